"""A header's dates weighed against the publication date its dateline gives: whether that date
is in doubt (`dateline_in_doubt`), and an all-number header date read the way that agrees with it
(`as_published`). Split from parsers/published.py, whose header reading (`dateline_picks`) they
use."""

from __future__ import annotations

import re
from typing import Optional

from .date_order import DAY_FIRST, _numeric_order, weekday_before
from .date_patterns import RE_NUM_DOT
from .published import ALL_NUMBERS, HEAD_CHARS, dateline_picks, never_raises, other_reading


@never_raises(False)
def dateline_in_doubt(text: str, order: Optional[str] = None) -> bool:
    """Whether the publication date `published.find_dateline` reads in `text` is one a date written with a
    month word in the same header should override: it stands on an "Updated" or "Last
    modified" line (a revision's date, taken only because the header gives no other full date
    the English parser reads), or it is all numbers and valid both ways ("04/03/2026"), read in
    an order the text does not show. Never raises on what the text holds; a broken data table
    raises."""
    if not isinstance(text, str) or not text:
        return False
    found = dateline_picks(text, order)
    if not found.picks:
        return False
    pick = found.picks[min(found.picks)]
    return min(found.picks) in found.updates or bool(pick.iso and ALL_NUMBERS.search(pick.text)
                                                     and other_reading(pick.iso))


def as_published(mention: dict, published: str, text: Optional[str] = None) -> dict:
    """A header's all-number date mention valid both ways read the way that agrees with the
    publication date read from the same header: one page's header gives one day ("Updated
    05/03/2026" under "Thursday, 5 March 2026"), or a revision's on or after it, so of the two
    readings the one on or after the publication date, the nearer one, at any distance ("Updated
    06/03/2026" under "Thursday, 5 March 2026" is the 6th of March, not the 3rd of June).
    Other mentions unchanged, and so is a date written with dots, which is written day first
    (date_patterns.RE_NUM_DOT, the order of the countries that write dates with dots), and a
    reading the document itself gives (`text`, the whole text the mention's offsets are in): one
    a weekday written before the date falls on and the other reading does not ("announced on
    Tuesday, 10/02/2026" under an update of 11/02/2026: 10 February was a Tuesday, 2 October a
    Friday), or one in the order the document's other all-number dates show (a writer of "23/02/2026"
    writes day first)."""
    iso, words = mention.get("iso"), mention.get("text") or ""
    if (mention.get("start", HEAD_CHARS) >= HEAD_CHARS or mention.get("grain") != "day" or not iso
            or iso == published or not ALL_NUMBERS.search(words)):
        return mention
    other = other_reading(iso)
    if other is None or other < published or published <= iso < other:
        return mention
    if RE_NUM_DOT.search(words) or text is not None and (_written_so(text, mention, iso, other)
                                                      or _in_text_order(text, words, iso)):
        return mention
    return {**mention, "iso": other, "ambiguous": False}


#: The all-number date inside a mention's words: its first number ("Tuesday, 10.02.2026": 10).
_NUMBERS = re.compile(r"(\d{1,2})\s?[/.\-]\s?\d{1,2}\s?[/.\-]")


def _written_so(text: str, mention: dict, iso: str, other: str) -> bool:
    """A weekday before the mention's numbers falls on its reading, and not on the other one."""
    found = _NUMBERS.search(mention.get("text") or "")
    if found is None:
        return False
    at = mention["start"] + found.start()
    return weekday_before(text, at, iso) is True and weekday_before(text, at, other) is False


def _in_text_order(text: str, words: str, iso: str) -> bool:
    """The reading puts the day first and the document's all-number dates that can be read one
    way only put the day first (`date_order._numeric_order`), or both put the month first. Not
    its dates in words: a header's own date outweighs the body's style ("Thursday, 5 March 2026"
    over a body that writes "March 4")."""
    order, found = _numeric_order(text), _NUMBERS.search(words)
    if order is None or found is None:
        return False
    return (order == DAY_FIRST) == (int(found.group(1)) == int(iso[8:10]))
