#!/usr/bin/env python3
"""Build claimtrack/data/cldr_local_currency_names.json: the names a currency's own countries write
for it in their official languages, as their papers leave them in English text after a figure
("5 eura" in a Zagreb story, "300 eurų" in a Vilnius one, "40 korun" in a Brno one), from the
Unicode CLDR as Babel ships it; the companion of cldr_money.py, which keeps English's names.

For every territory, each currency that is legal tender there today (CLDR's currencyData) and
each official language of the territory (CLDR's territoryInfo) give the currency's display name
and its count forms in that language ("euro", "eura", "eur" in Croatian). A name is kept, lower
case, with the territories whose own language writes it for their tender (ISO 3166 alpha-2 ->
ISO 4217), when:
- it is one word of Latin letters, three letters or more;
- it names one currency only, over every territory and language (Spanish "dólares" is the US
  dollar in Ecuador and the Puerto Rican press, "pesos" many pesos: left out when two codes);
- it is no English word (a lemma Princeton WordNet 3.0 writes in lower case, any part of speech:
  "real", "mark") and no name English already writes (cldr_currencies.json's full names and
  nouns, currencies.json's names: those are read already).
As each names one currency only, a name is read as that currency wherever the story is, as the
hand table's "eur" is (parsers/currency_tables.py); the territories say where it comes from.

    python data/tools/cldr_local_currency_names.py claimtrack/data/cldr_local_currency_names.json [/usr/share/wordnet]

Needs babel (a claimtrack dependency) and Debian's `wordnet-base` database. The output is
committed; claimtrack reads only the JSON at run time.
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from datetime import date
from pathlib import Path

import babel
from babel import Locale, languages, numbers
from babel.core import UnknownLocaleError, get_cldr_version, get_global

sys.path.insert(0, str(Path(__file__).resolve().parent))
import wordnet  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
_WORD = re.compile(r"[^\W\d_]{3,}")


def _latin(word: str) -> bool:
    return all("LATIN" in unicodedata.name(ch, "") for ch in word)


def _lower_case_words(wndb: Path) -> set[str]:
    """Every lemma WordNet writes in lower case in a synset of any part of speech."""
    words: set[str] = set()
    for pos in ("noun", "verb", "adj", "adv"):
        for synset in wordnet.synsets(wndb, pos).values():
            words.update(w.split("(")[0] for w in synset.words if w.islower())
    return words


def _names(locale: Locale, code: str) -> set[str]:
    """The display name of `code` in `locale` and its count forms, lower case."""
    names = {locale.currencies.get(code) or ""}
    plural = locale._data["currency_names_plural"].get(code) if "currency_names_plural" in locale._data else None
    if plural:
        names.update(plural.values())
    return {n.lower() for n in names if n}


def build(wndb: Path) -> dict:
    found: dict[str, dict[str, str]] = {}
    today = date.today()
    for terr in sorted(get_global("territory_currencies")):
        codes = numbers.get_territory_currencies(terr, start_date=today, end_date=today, tender=True)
        if not codes:
            continue
        for lang in languages.get_official_languages(terr, de_facto=True):
            try:
                locale = Locale.parse(f"{lang}_{terr}")
            except (UnknownLocaleError, ValueError):
                try:
                    locale = Locale.parse(lang)
                except (UnknownLocaleError, ValueError):
                    continue
            for code in codes:
                for name in _names(locale, code):
                    if _WORD.fullmatch(name) and _latin(name):
                        found.setdefault(name, {})[terr] = code
    english = _lower_case_words(wndb)
    cldr = json.loads((ROOT / "claimtrack/data/cldr_currencies.json").read_text(encoding="utf-8"))
    hand = json.loads((ROOT / "claimtrack/data/currencies.json").read_text(encoding="utf-8"))
    known = set(cldr["full_names"]) | set(cldr["nouns"]) | {n.lower() for n in hand["names"]}
    known |= {f.lower() for entry in hand["national"].values() for f in entry["forms"]}
    out = {name: dict(sorted(by_terr.items())) for name, by_terr in sorted(found.items())
           if len(set(by_terr.values())) == 1 and name not in english and name not in known}
    return {
        "_source": (f"Unicode CLDR {get_cldr_version()} as shipped by Babel {babel.__version__} (Unicode License v3): "
                    "for each territory, the display names and count forms, in the territory's official languages "
                    "(territoryInfo), of each currency legal tender there today (currencyData); one-word names in "
                    "Latin letters of three letters or more that name one currency only, less English words (lemmas "
                    "Princeton WordNet 3.0 writes in lower case) and names English already writes. "
                    + wordnet.LICENSE),
        "_built_by": "data/tools/cldr_local_currency_names.py",
        "names": out,
    }


def main(argv: list[str]) -> int:
    out = Path(argv[1])
    wndb = Path(argv[2]) if len(argv) > 2 else Path("/usr/share/wordnet")
    out.write_text(json.dumps(build(wndb), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
