"""What a date dates, for people: the event compare.date_events reads, worded as the clause's
action with its object ("taking effect", "approving the budget"), the event noun ("the
festival") or the event word (compare.dates writes it in a pair's "about")."""

from __future__ import annotations

from .context import clause_frame_at
from .date_events import ASPECTUAL, CARRIERS, PUBLICATION, REPORT, TAKE_EFFECT
from .mentions import Mention
from .statements import LIGHT_VERBS



_VOWELS = "aeiou"
#: Endings of two-syllable verbs stressed on the last syllable, which double it too
#: ("admitting", "beginning", "occurring", "controlling", "compelling", "regretting").
_STRESSED_FINAL = ("mit", "gin", "cur", "trol", "pel", "gret")


def gerund(verb: str) -> str:
    """'take' -> 'taking', 'cut' -> 'cutting', 'die' -> 'dying', 'step up' -> 'stepping up':
    English spelling of the -ing form (a final silent e drops, a one-syllable verb ending in
    consonant-vowel-consonant doubles its last letter)."""
    head, _, rest = verb.partition(" ")
    w = head.lower()
    if w.endswith("ie"):
        w = w[:-2] + "y"
    elif w.endswith("e") and not w.endswith(("ee", "ye", "oe")) and len(w) > 2 and w != "be":
        w = w[:-1]
    elif (len(w) >= 3 and w[-1] not in _VOWELS + "wxy" and w[-2] in _VOWELS and w[-3] not in _VOWELS
          and (sum(1 for i, ch in enumerate(w) if ch in _VOWELS and (i == 0 or w[i - 1] not in _VOWELS)) == 1
               or w.endswith(_STRESSED_FINAL))):
        w = w + w[-1]
    return w + "ing" + (f" {rest}" if rest else "")


def event_label(m: Mention, event: str) -> str:
    """What a date dates, for people: the clause's action with its object ('taking effect',
    'approving pension reform'), else the event noun ('the festival'), else the event word."""
    if event == REPORT:
        return "the report"
    if event == PUBLICATION:
        return event
    if event == TAKE_EFFECT:
        return gerund(event)
    if m.frame is not None and (m.frame.event in ASPECTUAL or m.frame.event in CARRIERS) and event != m.frame.event:
        # "the inspection is due to start": the date of inspecting; "held a strike": the strike
        cf = clause_frame_at(m.claim, m.start, m.end)
        return f"the {event}" if cf is not None and event in (cf.terms or ()) else gerund(event)
    cf = clause_frame_at(m.claim, m.start, m.end)
    if cf is None or not cf.predicate or cf.predicate.split()[0] != event.split()[0]:
        # the clause of the event word, wherever the date sits in the sentence
        f = m.claim.frame
        cf = next((c for c in (getattr(f, "clauses", None) or ()) if c.predicate and c.predicate.split()[0] == event.split()[0]),
                  cf)
    if cf is not None and cf.predicate and cf.predicate.split()[0] == event.split()[0] and (event not in LIGHT_VERBS or cf.object):
        return gerund(cf.predicate) + (f" {cf.object}" if cf.object else "")
    if cf is not None and cf.predicate and cf.predicate != event and event in (cf.terms or ()):
        return f"the {event}"  # an event noun: "the festival", "the harvest"
    return event
