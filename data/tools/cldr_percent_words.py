#!/usr/bin/env python3
"""Build claimtrack/data/cldr_percent_words.json: the words other languages write after a figure
for "per cent" ("40 procent", "12 Prozent", "7 por ciento", "3 pour cent"), which papers abroad
leave in their English text, from the Unicode CLDR's unit patterns (concentr-percent) as Babel
ships them.

For every CLDR locale, each long, short or narrow pattern of the percent unit that writes the
figure first ("{0} procent") gives the words after it. They are kept as CLDR writes them (case
included: German "Prozent"; the reader matches them as written) when they are written in Latin
letters, are not English's own ("per cent", "percent", "pct", read anyway), and, one word, are
no English word or name (a lemma Princeton WordNet 3.0 writes in lower case, or a word of SCOWL's
largest American and British lists, in lower case or as written; two words, "pour cent", "y
cant", are no English phrase after a figure). Patterns that write the words first ("yüzde {0}",
"asilimia {0}") are left out: before a figure such a word reads as a name.

    python data/tools/cldr_percent_words.py claimtrack/data/cldr_percent_words.json [/usr/share/wordnet]

Needs babel (a claimtrack dependency), Debian's `wordnet-base`, `wamerican-huge` and
`wbritish-huge`. The output is committed; claimtrack reads only the JSON at run time
(parsers/number_tables.py).
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from pathlib import Path

import babel
from babel import Locale, localedata
from babel.core import get_cldr_version

sys.path.insert(0, str(Path(__file__).resolve().parent))
import wordnet  # noqa: E402
from english_words import SCOWL_LICENSE, english_forms  # noqa: E402

#: English's own, which numbers.json's pattern reads in any case
ENGLISH_OWN = {"per cent", "percent", "pct", "pct."}


def _latin(text: str) -> bool:
    return all("LATIN" in unicodedata.name(ch, "") for ch in text if not ch.isspace())


def _patterns(data) -> list[str]:
    """Every pattern string under a locale's concentr-percent unit data (by length and count)."""
    out = []
    for key in data:
        value = data[key]
        if isinstance(value, str):
            out.append(value)
        elif hasattr(value, "keys"):
            out.extend(_patterns(value))
    return out


def build(wndb: Path) -> dict:
    lower, written = english_forms(wndb)
    words: dict[str, set[str]] = {}
    for ident in localedata.locale_identifiers():
        try:
            units = Locale.parse(ident)._data["unit_patterns"]
        except (ValueError, KeyError):
            continue
        if "concentr-percent" not in units:
            continue
        for pattern in _patterns(units["concentr-percent"]):
            text = re.sub(r"[\u00a0\u202f]", " ", pattern)
            if not text.startswith("{0}"):
                continue
            after = " ".join(text[3:].split())
            if not after or not _latin(after) or not re.fullmatch(r"[^\W\d_]+(?: [^\W\d_]+)*", after):
                continue
            if after.lower() in ENGLISH_OWN or (" " not in after and (after in written or after.lower() in lower)):
                continue
            words.setdefault(after, set()).add(ident.split("_")[0])
    return {
        "_source": (f"Unicode CLDR {get_cldr_version()} as shipped by Babel {babel.__version__} (Unicode License v3): "
                    "the unit patterns of the percent unit (concentr-percent) of every locale that write the figure "
                    "first, the words after it as written, in Latin letters, less English's own and single words "
                    "that are English words or names (lemmas Princeton WordNet 3.0 writes in lower case; words of "
                    "SCOWL's largest American and British lists, in lower case or as written); with the languages "
                    "writing each. " + wordnet.LICENSE + " " + SCOWL_LICENSE),
        "_built_by": "data/tools/cldr_percent_words.py",
        "words": {w: sorted(langs) for w, langs in sorted(words.items())},
    }


def main(argv: list[str]) -> int:
    out = Path(argv[1])
    wndb = Path(argv[2]) if len(argv) > 2 else Path("/usr/share/wordnet")
    out.write_text(json.dumps(build(wndb), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
