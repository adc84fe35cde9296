"""An action stated by a support verb and an action noun ("opened talks", "offered his
resignation"), for two clauses of one act (actions.py): whether the noun names the other clause's
verb, whether two such nouns name one action, and the action worded for people."""

from __future__ import annotations

import re

from ...text import pattern
from ..mention import Mention
from .lexicon import ACTING_LIGHT, LINKING_AGENT, NOMINAL_SUPPORT, ROLE_VERBS, SUPPORT_VERBS, one_action_nouns, support_names
from .phrases import object_head, written_object_head


def nominal_action(m: Mention, other) -> bool:
    """The clause states its action by a support verb and an action noun ("opened talks",
    "offered his resignation", "voiced optimism", "are backers") that names the other
    clause's verb or state (lexicon.NOMINAL_SUPPORT, support_names)."""
    f = m.frame
    if f.predicate not in NOMINAL_SUPPORT or other.predicate in NOMINAL_SUPPORT or not f.object:
        return False
    head = written_object_head(m)
    if head and f.predicate in ROLE_VERBS and not _in_as_phrase(m.text, head):
        return False
    return bool(head) and support_names(f.predicate, head, other.predicate)


def _in_as_phrase(text: str, head: str) -> bool:
    """The noun heads the clause's "as" phrase ("acted as the city's mediator"): a verb of role
    names its role there (lexicon.ROLE_VERBS), and a direct object is whom it serves."""
    return pattern(rf"\bas\s+(?:[\w'’-]+\s+){{0,3}}{re.escape(head)}\b", re.IGNORECASE).search(text) is not None


def both_nominal(a: Mention, b: Mention) -> bool:
    """Both clauses state their action by a support verb and an action noun, and the two nouns
    name one action ("held talks" / "opened negotiations", "launched an inquiry" / "opened an
    investigation"; lexicon.one_action_nouns): the support verbs add only that the act is done,
    begun or offered (Mel'čuk's Oper1 and IncepOper1), so the nouns are the clauses' one action.
    Not after a linking verb ("is a supporter"), whose noun names the doer, nor after the lightest
    verbs of doing ("make", "give"), whose objects are as often things made or given as acts."""
    fa, fb = a.frame, b.frame
    supports = NOMINAL_SUPPORT - LINKING_AGENT - ROLE_VERBS - ACTING_LIGHT
    if fa.predicate not in supports or fb.predicate not in supports or not fa.object or not fb.object:
        return False
    if object_head(fa) == object_head(fb) and (fa.predicate == fb.predicate or fa.predicate in SUPPORT_VERBS):
        return False  # one verb, or two support verbs proper, and one object: one action as any are
    return one_action_nouns(written_object_head(a), written_object_head(b))


def action_label(f) -> str:
    """A clause's action for people: its verb, with its object after a support verb."""
    return f"{f.predicate} {f.object}" if f.predicate in NOMINAL_SUPPORT and f.object else f.predicate
