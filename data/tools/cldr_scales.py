#!/usr/bin/env python3
"""Build claimtrack/data/cldr_scale_words.json: the words other languages write after a figure
for a power of ten ("40 millones", "1,9 milliard", "11,6 mln"), from the Unicode CLDR's compact
decimal formats as Babel ships them, for a figure an English text gives in the words of the
story's own language ("Bs 40 millones", "US$300 millones").

For every CLDR locale, each long and short compact decimal pattern ("00 millones" at 10^7: the
word "millones" is 10^6, the pattern's magnitude over its zeros) gives a word and its power of
ten. A word is kept when:
- it is written in Latin letters (with spaces between words: "mil millones"), four letters or
  more (a three-letter abbreviation is too often something else after a figure: "tri", "bio";
  English news's own, "mln", "bln", are numbers.json's), a trailing full stop dropped;
- every locale that writes it gives it the same power, English's too (German "Billion" is 10^12,
  the English billion 10^9: left out) and the power is a thousand or more;
- it is no English word (Princeton WordNet 3.0, any part of speech: Spanish "mil" is a unit of
  length) unless WordNet's first noun sense of it is a large number ("milliard": a hyponym of
  large_integer), nor the plural of one unless of such a large number and of the power English
  gives it ("millions", French 10^6 as English "million"; not "billions", French 10^12, English
  10^9);
- English itself does not write it: claimtrack's own scale words (numbers.json) stay as they are.

    python data/tools/cldr_scales.py claimtrack/data/cldr_scale_words.json [/usr/share/wordnet]

Needs babel (a claimtrack dependency) and Debian's `wordnet-base` database. The output is
committed; claimtrack reads only the JSON at run time.
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

ROOT = Path(__file__).resolve().parents[2]
_WORDS = re.compile(r"[^\W\d_]+(?: [^\W\d_]+)*")


def _latin(word: str) -> bool:
    return all(not ch.isalpha() or "LATIN" in unicodedata.name(ch, "") for ch in word)


def _pattern_word(pattern: str, magnitude: int) -> tuple[str, int] | None:
    """'00 millones' at 10000000 -> ('millones', 1000000); None for a pattern with no word."""
    text = pattern.replace("\u00a0", " ").replace("'", "")
    zeros = text.count("0")
    if zeros == 0:
        return None
    word = text.replace("0", "").strip().rstrip(".").strip()
    if not _WORDS.fullmatch(word):
        return None
    return word.lower(), magnitude // 10 ** (zeros - 1)


def _large_numbers(wndb: Path) -> set[str]:
    """Lemmas whose first WordNet noun sense is a large integer (a hyponym of large_integer)."""
    idx = wordnet.index(wndb, "noun")
    syn = wordnet.synsets(wndb, "noun")
    target = idx["large_integer"][0][0]

    def under(off: int, depth: int = 0) -> bool:
        if off == target:
            return True
        if depth > 8:
            return False
        return any(under(p[1], depth + 1) for p in syn[off].pointers if p[0] in ("@", "@i"))

    return {w for w, (offs, _) in idx.items() if offs and under(offs[0])}


def build(wndb: Path) -> dict:
    found: dict[str, set[int]] = {}
    for ident in localedata.locale_identifiers():
        try:
            formats = Locale.parse(ident).compact_decimal_formats
        except (ValueError, KeyError):
            continue
        for kind in ("long", "short"):
            for by_magnitude in formats.get(kind, {}).values():
                for magnitude, pattern in by_magnitude.items():
                    got = _pattern_word(str(getattr(pattern, "pattern", pattern)), int(magnitude))
                    if got is not None:
                        found.setdefault(got[0], set()).add(got[1])
    english: set[str] = set()
    for pos in ("noun", "verb", "adj", "adv"):
        english.update(w.lower().replace("_", " ") for w in wordnet.index(wndb, pos))
    large = _large_numbers(wndb)
    numbers = json.loads((ROOT / "claimtrack/data/numbers.json").read_text())
    own = {k.lower() for part in ("scale_words", "scale_abbrevs") for k in numbers[part]}
    # the power English gives a large number: its own scale words, else the one power CLDR gives it
    english_power = {k.lower(): v for k, v in numbers["scale_words"].items()}
    english_power.update({w: next(iter(p)) for w, p in found.items()
                          if len(p) == 1 and w.replace(" ", "_") in large and w not in english_power})
    scales = {}
    for word, powers in sorted(found.items()):
        if len(powers) != 1 or len(word.replace(" ", "")) < 4 or not _latin(word) or word in own:
            continue
        power = next(iter(powers))
        if power < 1000:
            continue
        if word in english and word.replace(" ", "_") not in large:
            continue  # an English word
        if word.endswith("s") and word[:-1] in english and english_power.get(word[:-1]) != power:
            # the plural of an English word, unless of a large number of the power English gives
            # it ("millions", as French writes "4,6 millions", is 10^6 as "million" is; French
            # "billions" are 10^12, English ones 10^9)
            continue
        scales[word] = power
    return {
        "_source": (f"Unicode CLDR {get_cldr_version()} as shipped by Babel {babel.__version__} (Unicode License v3): "
                    "the long and short compact decimal formats of every locale, each word with the power of ten it "
                    "stands for; less words two locales give two powers, words of fewer than four letters or "
                    "not in Latin letters, and English words (Princeton WordNet 3.0) other than large numbers and "
                    "their plurals other than those of a large number with the power English gives it. "
                    + wordnet.LICENSE),
        "_built_by": "data/tools/cldr_scales.py",
        "scales": scales,
    }


def main(argv: list[str]) -> int:
    out = Path(argv[1])
    wndb = Path(argv[2]) if len(argv) > 2 else Path("/usr/share/wordnet")
    out.write_text(json.dumps(build(wndb), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
