"""Scale abbreviations of other languages that English text may hold as words of its own, read
only where they cannot be English (data/cldr_scale_abbrevs.json, built from CLDR):

* `by_territory` ("mil", "tri"): the power the story's country's languages give them ("250 mil"
  in a story about Brazil is 250,000, "R$ 40 mil" too; in a story about Czechia "40 mil." is 40
  million);
* `after_full_stop` ("tis", "bio", "Mio", "mill": an English word or name as well): only as CLDR
  writes them, with their abbreviating full stop, and only where that full stop cannot end the
  sentence (a lower-case word, a comma, semicolon or colon, or a currency follows: "40 tis. obyvatel", "2
  bio. kroner"), the figure is written in the locale's way (a decimal comma: "4,5 Mio."), or the
  story is about a country whose languages write it ("NOK 140 mill." in a story about Norway);
  never after an indefinite article before the figure ("a NOK 200 bill." is a banknote: after an
  article the word is the noun), and an English noun ("bill", "mill": a WordNet lemma) only in a
  story about such a country.
  "She ate 2 bio yoghurts", "By 2019 Mio Tanaka had won", "a $20 bill." stay English.
"""

from __future__ import annotations

import re
from typing import Optional

from .number_tables import _tables

#: a decimal comma: one or two digits after the last comma ("4,5", "12,75")
_DECIMAL_COMMA = re.compile(r",\d{1,2}$")
#: an indefinite article before the figure: the word after it is the noun the figure counts ("a
#: $50 bill.", "a 200 bill."), never a scale, which would leave the phrase without its noun
_ARTICLE_BEFORE = re.compile(r"\b(?i:an?)\s+$")
#: after an abbreviating full stop, what a sentence's full stop is never followed by: a word in
#: lower case, a comma, semicolon or colon (not a closing bracket, nor a figure: "(... a $20
#: bill.)", "... bill. 2025 was ..." end sentences)
_GOES_ON = re.compile(r"\s*(?:[,;:]|[^\W\d_])")


def local_scale(text: str, m, ctx) -> Optional[int]:
    """The power of ten of the abbreviation after the figure `m` (numbers' amount pattern), when
    it is a local form these tables read here; None when it is none or stays unread."""
    t = _tables()
    ab = m.group("ab")
    if ab in t.territory_abbrevs:
        return ctx.home_code(t.territory_abbrevs[ab]) if ctx is not None else None
    by_territory = t.stop_abbrevs.get(ab)
    if (by_territory is None or not text.startswith(".", m.end("ab"))
            or _ARTICLE_BEFORE.search(text, max(0, m.start() - 4), m.start())):
        return None
    home = ctx is not None and ctx.home_code(by_territory) is not None
    if ab in t.stop_abbrevs_home_only and not home:
        return None  # an English noun ("bill", "mill"): only in a story about a country writing it
    if home or _stop_goes_on(text, m) or _DECIMAL_COMMA.search(m.group("d")):
        return next(iter(by_territory.values()))
    return None


def _stop_goes_on(text: str, m) -> bool:
    """Whether the full stop after the abbreviation is no sentence's: a currency follows it
    ("40 tis. Kč", "4,5 Mio. Euro"), or a lower-case word, a comma, a semicolon or a colon."""
    if m.group("ss") or m.group("sc") or m.group("sn") or m.group("sp"):
        return True
    after = _GOES_ON.match(text, m.end("ab") + 1)
    return after is not None and not after.group(0)[-1].isupper()
