"""Dates inside quotations that the publication date does not resolve.

"Today", "tonight" and "tomorrow" name a day by the moment they are said. In the reporter's
own words that moment is the publication date; inside a quotation it is the moment the speaker
spoke, which may be the day before ("we will vote today," the senator told us on Monday, in a
Tuesday paper), and speakers use the words as often for the present and the future at large
("today nobody pays cash", "the engineers of tomorrow"). A quotation's speaker's day is no calendar
date the text states, so those words inside one are not dated. A quotation that holds nothing
but a capitalised date phrase ("Today", "This Week") is a name: the title of a programme, a
column or a section, not a date.
"""

from __future__ import annotations

import bisect

from .quotes.marks import pair_quote_marks

#: Day words whose day is the moment of speaking (parsers/date_patterns: the day words).
SPEAKERS_DAYS = frozenset({"today", "tonight", "tomorrow"})
_TRIM = " \t\n,.;:!?"


def without_speakers_days(text: str, mentions: list[dict]) -> list[dict]:
    """The date mentions less a speaker's day inside a quotation and a quoted title."""
    pairs = pair_quote_marks(text)
    if not pairs:
        return mentions
    opens = [p.open for p in pairs]

    def dropped(m: dict) -> bool:
        k = bisect.bisect_right(opens, m["start"]) - 1
        if k < 0 or m["end"] > pairs[k].close:
            return False
        words = m["text"]
        if " ".join(words.lower().split()) in SPEAKERS_DAYS:
            return True
        return words[:1].isupper() and text[pairs[k].open + 1 : pairs[k].close].strip(_TRIM) == words

    return [m for m in mentions if not dropped(m)]
