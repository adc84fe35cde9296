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
  "mill.", "mil."; an acronym it writes in capitals, "MRD", is no word of running text). An
  abbreviation English papers write themselves (numbers.json: "mln", "mio") is kept with the
  power English gives it, for the forms English's table does not read ("Mio.", "Mln"); one
  English gives another power is left out (Italian "Bln" is 10^12, the wires' "bln" 10^9).

An abbreviation left out by those rules for its stem alone (two powers: Spanish and Portuguese
"mil" is 10^3, Czech and Slovak "mil." 10^6; an English word, "mil"; a bare syllable, Portuguese
"tri") is kept in `by_territory` for each territory whose official languages (CLDR's
territoryInfo) write it with one power, three letters or more, no English word unless English
papers write it as a scale too ("mil"; not "bill", "mill"), and not one English reads
everywhere (numbers.json scale_abbrevs; its money-only "mil", a million after a ringgit figure,
gives way): read only in a story about that country ("250 mil habitantes", "R$ 40 mil" in a
story about Brazil).

    python data/tools/cldr_scale_abbrevs.py claimtrack/data/cldr_scale_abbrevs.json [/usr/share/wordnet]

Needs babel (a claimtrack dependency) and Debian's `wordnet-base` database. The output is
committed; claimtrack reads only the JSON at run time (parsers/number_tables.py).
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from pathlib import Path

import babel
from babel import Locale, languages, localedata
from babel.core import get_cldr_version, get_global

sys.path.insert(0, str(Path(__file__).resolve().parent))
import wordnet  # noqa: E402

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


def _lower_case_words(wndb: Path) -> set[str]:
    """Every lemma WordNet writes in lower case in a synset of any part of speech."""
    words: set[str] = set()
    for pos in ("noun", "verb", "adj", "adv"):
        for synset in wordnet.synsets(wndb, pos).values():
            words.update(w.split("(")[0] for w in synset.words if w.islower())
    return words


def build(wndb: Path) -> dict:
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
    numbers = json.loads((ROOT / "claimtrack/data/numbers.json").read_text())
    for part in ("scale_words", "scale_abbrevs", "scale_abbrevs_money_only"):
        for word, power in numbers[part].items():
            if word.lower() in found:
                found[word.lower()].add(power)
    # English's own read wherever the story is; its money-only ones ("mil", a million after a
    # ringgit figure) give way to the story's country's language
    own = {k.lower() for part in ("scale_words", "scale_abbrevs") for k in numbers[part]}
    money_only = {k.lower() for k in numbers["scale_abbrevs_money_only"]}
    english = _lower_case_words(wndb)
    abbrevs = {}
    for stem, powers in sorted(found.items()):
        if len(powers) != 1 or len(stem) < 3 or not _latin(stem) or stem in english:
            continue
        plain = unicodedata.normalize("NFD", stem)
        if len(stem) == 3 and stem not in stopped and re.search("[aeiouy]", plain):
            continue
        power = next(iter(powers))
        if power >= 1000:
            abbrevs.update({form: power for form in forms if form.lower() == stem})
    by_territory: dict[str, dict[str, int]] = {}
    for stem, langs in sorted(by_language.items()):
        if stem in own or len(stem) < 3 or not _latin(stem) or any(f.lower() == stem for f in abbrevs):
            continue
        if stem in english and stem not in money_only:
            continue  # an English word ("bill", "mill"), unless English papers write it as a scale ("mil")
        for terr in sorted(get_global("territory_languages")):
            powers = set().union(*(langs.get(lang, set()) for lang in languages.get_official_languages(terr, de_facto=True)))
            if len(powers) == 1 and next(iter(powers)) >= 1000:
                by_territory.setdefault(stem, {})[terr] = next(iter(powers))
    return {
        "_source": (f"Unicode CLDR {get_cldr_version()} as shipped by Babel {babel.__version__} (Unicode License v3): "
                    "the short compact decimal formats of every locale, each abbreviation (as written, its full "
                    "stop dropped) with the power of ten it stands for; less those of fewer than three letters or "
                    "not in Latin letters, those of three letters with a vowel that no locale writes with a full stop, "
                    "those two locales (or English's own, numbers.json) give two powers, and English words (lemmas "
                    "Princeton WordNet 3.0 writes in lower case); by_territory: those left out for their stem, "
                    "for each territory whose official languages (territoryInfo) write them with one power. " + wordnet.LICENSE),
        "_built_by": "data/tools/cldr_scale_abbrevs.py",
        "abbrevs": dict(sorted(abbrevs.items())),
        "by_territory": by_territory,
    }


def main(argv: list[str]) -> int:
    out = Path(argv[1])
    wndb = Path(argv[2]) if len(argv) > 2 else Path("/usr/share/wordnet")
    out.write_text(json.dumps(build(wndb), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
