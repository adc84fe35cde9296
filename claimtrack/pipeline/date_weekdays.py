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
weekday dates directly ("the fire broke out on Monday night", "shares fell on Friday") stays: a
story may tell of last Monday and of the coming one, and then both stand.
"""

from __future__ import annotations

from collections import Counter
from typing import Optional

from spacy.tokens import Doc

from ..parsers.date_patterns import PLAN_VERBS
from ..parsers.lexicon import WEEKDAYS
from .date_ahead import _schedule

#: Prepositions whose object bounds an act from after it or opens a stretch ("from", "before",
#: "until", "through", "by"): a past act may stop or start at a day still to come. Not "since" nor "after",
#: whose day comes before the act.
_BOUND_AFTER = frozenset({"from", "before", "until", "till", "through", "by", "starting"})
#: Parts of a day a weekday names with it ("Monday night"): the day itself, not a thing it names.
_DAY_PARTS = frozenset({"morning", "afternoon", "evening", "night", "lunchtime", "midday", "noon", "midnight"})
#: Dependencies by which an ordered or planned act hangs from the verb of ordering or planning.
_COMPLEMENTS = frozenset({"xcomp", "ccomp", "oprd"})


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
            and head.lower_ not in _DAY_PARTS:
        # "Friday's match", "Sunday's Grand Prix": an event named by its day (not a report,
        # "Tuesday's statement", whose day is the latest one)
        return head.pos_ == "PROPN" or _schedule(head)
    if tok.dep_ == "compound" and head.lower_ in _DAY_PARTS:
        tok, head = head, head.head  # "on Monday night": the day and its part, read as one
    if tok.dep_ == "pobj" and head.lower_ in _BOUND_AFTER:
        return True
    verb = head.head if tok.dep_ == "pobj" else head
    for _ in range(3):  # the verb the date hangs from, through a noun it dates at most twice
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    return verb.pos_ in ("VERB", "AUX") and verb.dep_ in _COMPLEMENTS and verb.head.i != verb.i \
        and verb.head.lemma_.lower() in PLAN_VERBS
