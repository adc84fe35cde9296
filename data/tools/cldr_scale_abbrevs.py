#!/usr/bin/env python3
"""Build claimtrack/data/cldr_scale_abbrevs.json: the short words other languages' papers write
after a figure for a power of ten ("4,5 Mio. Euro", "1,2 Mrd. €", "85 mln zł", "300 tys.
mieszkańców"), from the Unicode CLDR's short compact decimal formats as Babel ships them; the
companion of cldr_scales.py, which keeps the words of four letters or more.

For every CLDR locale, each short compact decimal pattern ("0 Mio'.'" at 10^6) gives an
abbreviation and its power of ten. An abbreviation is kept as CLDR writes it, its abbreviating
full stop dropped ("Mio", "mio": the reader takes the full stop and the case as written), when
its stem (lower case: "mio") passes these:
- it is written in Latin letters, three letters or more before its full stop (one or two letters,
  "M", "Md", "mi", are too often something else after a figure); a stem of three letters, only
  when a locale writes it with its abbreviating full stop or it holds no vowel ("Mio.", "mld"; a
  bare syllable, Portuguese "tri", is too often something else);
- every locale that writes the stem, with a full stop or without, in any case, gives it the same
  power, a thousand or more (Czech "mil." is 10^6, Spanish "mil" 10^3: left out);
- it is no English word (a lemma Princeton WordNet 3.0 writes in lower case, any part of speech:
  "mill.", "mil."; an acronym it writes in capitals, "MRD", is no word of running text; but see
  `after_full_stop` below). An
  abbreviation English papers write themselves (numbers.json: "mln", "mio") is kept with the
  power English gives it, for the forms English's table does not read ("Mio.", "Mln"); one
  English gives another power is left out (Italian "Bln" is 10^12, the wires' "bln" 10^9).

An abbreviation that is an English word or name as written ("tis", "bio", "Mio", "mill": a lemma
of WordNet, or a word of SCOWL's largest English lists as Debian's wamerican-huge and
wbritish-huge ship them, in lower case, or as written) but passes the other rules, and that a
locale writes with its abbreviating full stop, is kept in `after_full_stop` with the territories
whose official languages write it: read only as CLDR writes it, with that full stop, and only where
the full stop cannot be the sentence's (a lower-case word, a comma, semicolon or colon, or a currency follows), the
figure is written in the locale's way (a decimal comma, "4,5 Mio."), or the story is about one of
those territories ("NOK 140 mill." in a story about Norway). Those that are WordNet lemmas, nouns
of English ("bill", "mill"), are listed in `after_full_stop_home_only`: read only in a story about
one of their territories. "He ate 2 bio yoghurts", "By 2019 Mio Tanaka had won", "a $20 bill"
stay English.

An abbreviation left out by those rules for its stem alone (two powers: Spanish and Portuguese
"mil" is 10^3, Czech and Slovak "mil." 10^6; an English word, "mil"; a bare syllable, Portuguese
"tri") is kept in `by_territory` for each territory whose official languages (CLDR's
territoryInfo) write it with one power, three letters or more, and not one English reads
everywhere (numbers.json scale_abbrevs; its money-only "mil", a million after a ringgit figure,
gives way): read only in a story about that country ("250 mil habitantes", "R$ 40 mil" in a
story about Brazil). An English word no locale writes with a full stop (Uzbek "ming") is kept
there too; one a locale writes with it and two locales read differently is left out, unless
English papers write it as a scale too ("mil").

    python data/tools/cldr_scale_abbrevs.py claimtrack/data/cldr_scale_abbrevs.json [/usr/share/wordnet]

Needs babel (a claimtrack dependency), Debian's `wordnet-base` database and its `wamerican-huge`
and `wbritish-huge` word lists (/usr/share/dict). The output is
committed; claimtrack reads only the JSON at run time (parsers/number_tables.py).
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from pathlib import Path
from typing import Optional

import babel
from babel import Locale, languages, localedata
from babel.core import get_cldr_version, get_global

sys.path.insert(0, str(Path(__file__).resolve().parent))
import wordnet  # noqa: E402
from english_words import SCOWL_LICENSE, english_forms, lower_case_words  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
_ABBREV = re.compile(r"([^\W\d_]+)\.?")


def _latin(word: str) -> bool:
    return all("LATIN" in unicodedata.name(ch, "") for ch in word)


def _pattern_abbrev(pattern: str, magnitude: int) -> tuple[str, int, bool] | None:
    """'0 Mio.' at 1000000 -> ('Mio', 1000000, True: written with a full stop); None for a pattern
    with no one-word abbreviation."""
    text = pattern.replace("\u00a0", " ").replace("'", "")
    zeros = text.count("0")
    if zeros == 0:
        return None
    m = _ABBREV.fullmatch(text.replace("0", "").strip())
    if m is None:
        return None
    return m.group(1), magnitude // 10 ** (zeros - 1), m.group(0).endswith(".")


def _territories(langs: dict[str, set[int]], power: Optional[int] = None) -> dict[str, int]:
    """Each territory whose official languages write the abbreviation with one power (`power`
    if given), that power."""
    out = {}
    for terr in sorted(get_global("territory_languages")):
        powers = set().union(*(langs.get(lang, set()) for lang in languages.get_official_languages(terr, de_facto=True)))
        if len(powers) == 1 and next(iter(powers)) >= 1000 and power in (None, next(iter(powers))):
            out[terr] = next(iter(powers))
    return out


def _cldr_forms() -> tuple[dict[str, set[int]], dict[str, dict[str, set[int]]], set[str], set[str]]:
    """Every locale's short compact abbreviations: (stem -> powers, stem -> language -> powers,
    the stems a locale writes with a full stop, every form as written)."""
    found: dict[str, set[int]] = {}
    by_language: dict[str, dict[str, set[int]]] = {}
    stopped: set[str] = set()
    forms: set[str] = set()
    for ident in localedata.locale_identifiers():
        try:
            formats = Locale.parse(ident).compact_decimal_formats
        except (ValueError, KeyError):
            continue
        for by_magnitude in formats.get("short", {}).values():
            for magnitude, pattern in by_magnitude.items():
                got = _pattern_abbrev(str(getattr(pattern, "pattern", pattern)), int(magnitude))
                if got is not None:
                    forms.add(got[0])
                    found.setdefault(got[0].lower(), set()).add(got[1])
                    by_language.setdefault(got[0].lower(), {}).setdefault(ident.split("_")[0], set()).add(got[1])
                    if got[2]:
                        stopped.add(got[0].lower())
    return found, by_language, stopped, forms


def build(wndb: Path) -> dict:
    found, by_language, stopped, forms = _cldr_forms()
    numbers = json.loads((ROOT / "claimtrack/data/numbers.json").read_text())
    for part in ("scale_words", "scale_abbrevs", "scale_abbrevs_money_only"):
        for word, power in numbers[part].items():
            if word.lower() in found:
                found[word.lower()].add(power)
    # English's own read wherever the story is; its money-only ones ("mil", a million after a
    # ringgit figure) give way to the story's country's language
    own = {k.lower() for part in ("scale_words", "scale_abbrevs") for k in numbers[part]}
    money_only = {k.lower() for k in numbers["scale_abbrevs_money_only"]}
    english, written = english_forms(wndb)
    wordnet_words = lower_case_words(wndb)
    abbrevs = {}
    after_full_stop: dict[str, dict[str, int]] = {}
    for stem, powers in sorted(found.items()):
        if len(powers) != 1 or len(stem) < 3 or not _latin(stem) or (stem in wordnet_words and stem not in stopped):
            continue
        plain = unicodedata.normalize("NFD", stem)
        if len(stem) == 3 and stem not in stopped and re.search("[aeiouy]", plain):
            continue
        power = next(iter(powers))
        if power < 1000:
            continue
        for form in (f for f in forms if f.lower() == stem):
            if form in written or stem in english:
                if stem in stopped:  # an English word or name: only with the full stop CLDR writes
                    after_full_stop[form] = _territories(by_language[stem], power)
            else:
                abbrevs[form] = power
    by_territory: dict[str, dict[str, int]] = {}
    for stem, langs in sorted(by_language.items()):
        if stem in own or len(stem) < 3 or not _latin(stem) or any(f.lower() == stem for f in [*abbrevs, *after_full_stop]):
            continue
        if stem in english and stem in stopped and stem not in money_only:
            continue  # an English word two locales read differently, unless English papers write it as a scale ("mil")
        if _territories(langs):
            by_territory[stem] = _territories(langs)
    return {
        "_source": (f"Unicode CLDR {get_cldr_version()} as shipped by Babel {babel.__version__} (Unicode License v3): "
                    "the short compact decimal formats of every locale, each abbreviation (as written, its full "
                    "stop dropped) with the power of ten it stands for; less those of fewer than three letters or "
                    "not in Latin letters, those of three letters with a vowel that no locale writes with a full stop, "
                    "those two locales (or English's own, numbers.json) give two powers, and English words or names "
                    "(lemmas Princeton WordNet 3.0 writes in lower case; words of SCOWL's largest American and British "
                    "lists, in lower case or as written); after_full_stop: those English words or names a locale "
                    "writes with its abbreviating full stop, with the territories whose official languages "
                    "(territoryInfo) write them, read only with that full stop (after_full_stop_home_only: those "
                    "WordNet has as lemmas, read only in a story about one of those territories); by_territory: "
                    "those left out for "
                    "their stem, for each territory whose official languages write them with one power. "
                    + wordnet.LICENSE + " " + SCOWL_LICENSE),
        "_built_by": "data/tools/cldr_scale_abbrevs.py",
        "abbrevs": dict(sorted(abbrevs.items())),
        "after_full_stop": dict(sorted(after_full_stop.items())),
        "after_full_stop_home_only": sorted(f for f in after_full_stop if f.lower() in wordnet_words),
        "by_territory": by_territory,
    }


def main(argv: list[str]) -> int:
    out = Path(argv[1])
    wndb = Path(argv[2]) if len(argv) > 2 else Path("/usr/share/wordnet")
    out.write_text(json.dumps(build(wndb), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
