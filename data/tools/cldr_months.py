#!/usr/bin/env python3
"""Build claimtrack/data/cldr_month_words.json: the month names of every language dateparser
reads, from the Unicode CLDR as Babel ships it, each with the languages that write it.

A newspaper may print its masthead date in a language its country does not officially write
(a Portuguese date above an English edition): the month word says which languages to ask
dateparser (claimtrack.parsers.published.other_language_header_dates), which then reads the
date in those languages only, instead of loading all of them (seconds).

- `words`: each full month name (CLDR's wide width) in the format and stand-alone forms,
  lower-cased without a final dot ("setembro", "avril", "oktober"), with the languages
  (dateparser's codes) that write it. Abbreviations are left out: many are English words
  ("out", "set", "ago"); so is a word that is an English month name or abbreviation
  (claimtrack's data/dates.json `months`: English dates are the English parser's) or an
  English word in WordNet 3.0 in any part of speech ("mars", "out"): a header line holding an
  English word is not taken for a foreign date.
- `homographs`: the month names left out of `words` for being English words though no English
  month ("mars", "mayo", "mei", "mart"), with the languages that write them: read as a month only
  when a weekday name of the same language stands beside it ("Mercredi 11 mars 2026").
- `weekdays`: each full weekday name (wide, format and stand-alone), lower-cased, with the
  languages that write it.
- `joiners`: the lower-case words a language's full, long or medium date format writes between
  the date's parts (its quoted literals: Spanish "d 'de' MMMM 'de' y", Danish "EEEE 'den' d.
  MMMM y"), with the languages that write them: a page head's date line may hold them and still
  be a date and nothing else (claimtrack.pipeline.actors.outlets `_bare_date`).

    python data/tools/cldr_months.py claimtrack/data/cldr_month_words.json [/usr/share/wordnet]

Needs babel and dateparser (claimtrack dependencies) and Debian's `wordnet-base` database. The output is committed; claimtrack reads
only the JSON at run time. tests/test_dates_masthead.py rebuilds it with the installed Babel
and checks it is the same.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path


def build(wndb: Path = Path("/usr/share/wordnet")) -> dict:
    from babel import Locale
    from dateparser.languages.loader import default_loader

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    import wordnet

    words_en: set[str] = set()
    for pos in ("noun", "verb", "adj", "adv"):
        words_en.update(w.lower() for w in wordnet.index(wndb, pos))
    english_months = {k.lower() for k in json.loads(
        (Path(__file__).resolve().parents[2] / "claimtrack" / "data" / "dates.json").read_text(encoding="utf-8"))["months"]}
    english = words_en | english_months
    words: dict[str, set] = {}
    homographs: dict[str, set] = {}
    weekdays: dict[str, set] = {}
    joiners: dict[str, set] = {}
    for lang in sorted(default_loader.get_locale_map()):
        try:
            locale = Locale.parse(lang.replace("-", "_"))
            months, days = locale.months, locale.days
            patterns = [locale.date_formats[width].pattern for width in ("full", "long", "medium")]
        except Exception:  # a dateparser code Babel does not know
            continue
        for context in ("format", "stand-alone"):
            for width in ("wide",):
                for name in months[context][width].values():
                    word = name.lower().strip(".")
                    if word and word not in english:
                        words.setdefault(word, set()).add(lang)
                    elif word and word not in english_months:
                        homographs.setdefault(word, set()).add(lang)
                for name in days[context][width].values():
                    word = name.lower().strip(".")
                    if word:
                        weekdays.setdefault(word, set()).add(lang)
        for pattern in patterns:
            for literal in re.findall(r"'([^']+)'", pattern):
                for word in literal.split():
                    if word.isalpha() and word.islower():
                        joiners.setdefault(word, set()).add(lang)
    return {"_source": "Unicode CLDR full month and weekday names (format and stand-alone, wide) and the words "
                      "the full, long and medium date formats write between a date's parts, as Babel "
                      "ships them, for the languages dateparser reads; data/tools/cldr_months.py",
            "words": {w: sorted(v) for w, v in sorted(words.items())},
            "homographs": {w: sorted(v) for w, v in sorted(homographs.items())},
            "weekdays": {w: sorted(v) for w, v in sorted(weekdays.items())},
            "joiners": {w: sorted(v) for w, v in sorted(joiners.items())}}


def main(argv: list[str]) -> int:
    if len(argv) not in (2, 3):
        print("usage: python data/tools/cldr_months.py OUT.json [WORDNET_DIR]", file=sys.stderr)
        return 2
    table = build(*(Path(a) for a in argv[2:]))
    parts = []
    for key in ("words", "homographs", "weekdays", "joiners"):
        body = ",\n".join(f'"{k}": {json.dumps(v, ensure_ascii=False)}' for k, v in table[key].items())
        parts.append(f'"{key}": {{\n{body}\n}}')
    text = f'{{"_source": {json.dumps(table["_source"], ensure_ascii=False)},\n' + ",\n".join(parts) + "}\n"
    Path(argv[1]).write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
