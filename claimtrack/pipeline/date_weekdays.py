"""One weekday name, one day in an article.

A news story names a day of the week around its publication by the bare weekday ("on
Wednesday"), and names another week's by a modifier or a date ("last Wednesday", "Wednesday
Nov. 18"): in the TempEval-3 training news (TimeBank and AQUAINT, annotated by others) no article
gives one bare weekday name two dates (0 of 122 names), and in the team's gold 1 of 527. The
tense read from each clause (date_tense.py) may still split a name, and the split has a
direction: a future or scheduling form cannot take a day already past ("*will close last
Wednesday"), but a past form can tell of a coming day by the way it reaches it:

- through a preposition that bounds the act from after ("shoppers stocked up on fuel before
  Sunday", "the fare cap has been widened from Wednesday", "were told to pay by Friday");
- through a verb of ordering or planning whose complement holds the day ("the mayor ordered the
  pools shut on Saturday": what is ordered comes after the order);
- through a thing the weekday names, an event by its day ("seats for Saturday's final sold
  out", "rain put Sunday's Grand Prix at risk").

So where one mention of a weekday is read ahead and another, of the same name, is read behind
only in one of those ways, the behind one takes the day ahead. A past read from a verb the
weekday dates directly ("the storm hit the coast on Monday night", "shares fell on Friday") stays: a
story may tell of last Monday and of the coming one, and then both stand.
"""

from __future__ import annotations

from collections import Counter
from typing import Optional

from spacy.tokens import Doc

from ..parsers.lexicon import WEEKDAYS
from .date_ahead import _planned_by, _schedule, _verb_above
from .date_tense import _BOUNDING_PREPS, DAY_PARTS

#: Prepositions whose object bounds an act from after it or opens a stretch ("from", "before",
#: "until", "through", "by"): a past act may stop or start at a day still to come. The bounding
#: prepositions of date_tense but "since" and "after", whose day comes before the act.
_BOUND_AFTER = _BOUNDING_PREPS - {"after", "since"}


def with_one_day_per_weekday(doc: Doc, mentions: list[dict], tense) -> list[dict]:
    """The mentions with a bare weekday read behind only indirectly (see the module) re-dated to
    the day another mention of the same weekday is read ahead to; `tense` is the dates
    component's tense test (date_tense._is_future)."""
    readings: dict[str, list[tuple[int, Optional[bool]]]] = {}
    for k, m in enumerate(mentions):
        words = m["text"]
        if m.get("iso") and words.lower() in WEEKDAYS and words[:1].isupper():
            readings.setdefault(words.lower(), []).append((k, tense(m["start"], m["end"])))
    out = list(mentions)
    for name, read in readings.items():
        ahead = Counter(mentions[k]["iso"] for k, future in read if future is True)
        if len(ahead) != 1:
            continue  # no mention read ahead, or two coming days of one name: nothing to follow
        day = next(iter(ahead))
        for k, future in read:
            m = mentions[k]
            if future is False and m["iso"] < day and _reached_indirectly(doc, m):
                out[k] = {**m, "iso": day}
    return out


def _reached_indirectly(doc: Doc, mention: dict) -> bool:
    """Whether the weekday reaches its clause's past only through a bounding preposition, a verb
    of ordering or planning, or a thing it names (see the module)."""
    span = doc.char_span(mention["start"], mention["end"])
    if span is None or len(span) != 1:
        return False
    tok = span[0]
    head = tok.head
    if tok.dep_ in ("poss", "compound") and head.i != tok.i and head.pos_ in ("NOUN", "PROPN") \
            and head.lower_ not in DAY_PARTS:
        # "Friday's match", "Sunday's Grand Prix": an event named by its day (not a report,
        # "Tuesday's statement", whose day is the latest one)
        return head.pos_ == "PROPN" or _schedule(head)
    if tok.dep_ == "compound" and head.lower_ in DAY_PARTS:
        tok, head = head, head.head  # "on Monday night": the day and its part, read as one
    if tok.dep_ == "pobj" and head.lower_ in _BOUND_AFTER:
        return True
    # the verb the date hangs from, through a noun it dates at most twice
    verb = _verb_above(head.head if tok.dep_ == "pobj" else head, 3)
    return verb is not None and _planned_by(verb) is not None
