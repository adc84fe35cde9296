"""A header's dates weighed against the publication date its dateline gives: whether that date
is in doubt (`dateline_in_doubt`), and an all-number header date read the way that agrees with it
(`as_published`). Split from parsers/published.py, whose header reading (`dateline_picks`) they
use."""

from __future__ import annotations

from typing import Optional

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


def as_published(mention: dict, published: str) -> dict:
    """A header's all-number date mention valid both ways read the way that agrees with the
    publication date read from the same header: one page's header gives one day ("Updated
    05/03/2026" under "Thursday, 5 March 2026"), or a revision's on or after it, so of the two
    readings the one on or after the publication date, the nearer one, at any distance ("Updated
    06/03/2026" under "Thursday, 5 March 2026" is the 6th of March, not the 3rd of June).
    Other mentions unchanged."""
    iso, text = mention.get("iso"), mention.get("text") or ""
    if (mention.get("start", HEAD_CHARS) >= HEAD_CHARS or mention.get("grain") != "day" or not iso
            or iso == published or not ALL_NUMBERS.search(text)):
        return mention
    other = other_reading(iso)
    if other is None or other < published or published <= iso < other:
        return mention
    return {**mention, "iso": other, "ambiguous": False}
