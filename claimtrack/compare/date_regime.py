"""The start of a rule told two ways (issue 13 item 1, one event from the frames): one report
dates the rule taking effect ("the toll takes effect on 1 March", "the fee will apply from 1 July
2032"), the other dates what people will do under it from then on ("hauliers will pay 9 dollars an
axle from 1 February, after the assembly passed the toll bill"). A rule's coming into force and
the first day its charge is paid, or its price holds, are one moment: the day a new state of
affairs opens (a change of state is the start of the state it leads to: Dowty 1979, BECOME; a
"from" date opens the span the state holds over). Two such dates are one event's when the second
clause looks forward and its sentence names the rule (its noun, or a WordNet synonym or kind:
"caps" / "ceiling prices")."""

from __future__ import annotations

from typing import Optional

from .context import clause_frame_at, key_terms
from .date_events import TAKE_EFFECT, head_noun, event_of
from .date_spans import span_end
from .mention import Mention, per_mention
from .units import singular

#: A verb that says a rule holds from a date on ("the fee will apply from 1 July": Collins English
#: Dictionary, apply "to be relevant or appropriate": a rule applies from the day it is in force).
_APPLY = frozenset({"apply"})
#: Modalities of a clause that looks forward (the clause frame's `modality`), as compare.dates
#: reads them: what will be done from the date on.
_FORWARD = frozenset({"will", "would", "shall", "should", "must", "expect", "plan", "schedule", "set", "go"})
_PRONOUNS = frozenset("it they this that these those which".split())


@per_mention
def rule_starting(m: Mention) -> Optional[str]:
    """The noun of the rule whose start the date dates: the head of the subject of a clause that
    takes effect ("the toll takes effect on 1 March", compare.date_events TAKE_EFFECT) or applies
    from the date ("the fee will apply from 1 July"); None otherwise, and for a pronoun subject."""
    if m.frame is None:
        return None
    if event_of(m) != TAKE_EFFECT and not (m.frame.event in _APPLY and span_end(m) == "start"):
        return None
    cf = clause_frame_at(m.claim, m.start, m.end)
    head = head_noun(cf.subject_text) if cf is not None else None
    if not head or not head.isalpha() or head in _PRONOUNS:
        return None
    return singular(head)


def _done_from_under(m: Mention, rule: str) -> bool:
    """The date opens a span ("from 1 February") in a clause or sentence that looks forward, other than a rule's
    own start, and its sentence names `rule` (the noun, its singular, or a WordNet synonym or kind
    of it among the sentence's words)."""
    from .statements import words_meet

    if span_end(m) != "start" or rule_starting(m) is not None or event_of(m) == TAKE_EFFECT:
        return False
    cf = clause_frame_at(m.claim, m.start, m.end)
    sentence = m.claim.frame.modality if m.claim.frame is not None else None
    # the clause looks forward, or the sentence does ("lorries must pay to cross from 1 July":
    # the date's clause is the infinitive)
    if cf is None or cf.polarity != "positive" or not (cf.modality in _FORWARD or sentence in _FORWARD):
        return False
    surface: dict = {}
    terms = key_terms(m.claim.text, surface)
    words = {singular(surface.get(t, t).lower()) for t in terms}
    return rule in words or any(w.isalpha() and words_meet(rule, w) for w in words)


def regime_start(a: Mention, b: Mention) -> bool:
    """One date is a rule's start (`rule_starting`) and the other the first day of what is done
    under that rule, in a sentence naming it (`_done_from_under`): one moment, the start of the new
    state of affairs, whatever verbs the two reports chose."""
    return any(rule is not None and _done_from_under(y, rule)
               for rule, y in ((rule_starting(a), b), (rule_starting(b), a)))
