"""Which members of a set a negative and a positive clause speak of: "the council sold the
plots" and "the remaining plots will not be sold" speak of two groups (other, remaining, the rest
of), and "most tenants did not move out" leaves room for tenants who did (a part of the set under
a negation). Polarity opposes such clauses without contradiction (data/quantifiers.json)."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from ..mention import Mention
from .phrases import object_head, term_of


#: Words of the noun phrase before the object's head read for its determiners ("the other two
#: stray dogs"): a determiner comes before at most a numeral and a few premodifiers (Quirk et
#: al. 1985, 17.2-17.6); the phrase ends at punctuation.
_NP_WORDS = 4


@lru_cache(maxsize=1)
def _classes() -> dict[str, re.Pattern]:
    from ...tables import load_json

    table = load_json("quantifiers.json")
    return {name: re.compile(r"\b(?:" + "|".join(re.escape(w) for w in sorted(table[name], key=len, reverse=True))
                             + r")\b", re.IGNORECASE)
            for name in ("other_members", "part_of_set", "whole_set")}


def _object_phrase(m: Mention, words: int = _NP_WORDS) -> str:
    """The object's noun phrase as the clause writes it: its head and up to `words` words
    before it, not across punctuation."""
    head = object_head(m.frame)
    if head is None:
        return ""
    # the head as written: the first word whose folded lemma is the head's ("ponies": "pony")
    found = next((w for w in re.finditer(r"[\w'’-]+", m.text) if term_of(w.group(0)) == head), None)
    if found is None:
        return ""
    before = re.split(r"[,;:()\u2014]", m.text[:found.start()])[-1].split()[-words:]
    return " ".join(before + [found.group(0)])


#: "Other" after a coordinator names the rest of a set beside its first conjunct ("the mayor and
#: two other councillors", "among other charities"): the phrase speaks of both, not of others only.
_BESIDE = re.compile(r"\b(?:and|or|nor|among)\s+(?:[\w'’-]+\s+)?others?\b", re.IGNORECASE)


#: A partitive after "any" or "no" ("would not lease any part of the quay", "no part of the depot
#: will be sold"): the non-assertive "any" under a negation, and "no" (not any), deny the act
#: of every part, so the phrase names no part left open (Quirk et al. 1985, 6.59-6.62, the
#: non-assertive and negative forms of the determiners).
_ANY_PART = re.compile(r"\b(?:any|no)\s+part\s+of\b", re.IGNORECASE)
#: The words "any part of" adds before a phrase's determiner: "any" itself and "part of" are three,
#: less the one `_NP_WORDS` already leaves for a determiner.
_ANY_WORDS = 2


def quantifiers(m: Mention) -> dict[str, frozenset]:
    """For each class of data/quantifiers.json, the words of that class in the noun phrases of
    the clause's set: its object, and its subject unless that names an actor (one body or person,
    no set); lower case, "others" and "other" as one. A partitive after "any" or "no" is none
    (`_ANY_PART`)."""
    f = m.frame
    text = _BESIDE.sub(" ", f"{'' if f.subject else f.subject_text or ''} | {_object_phrase(m)}")
    # the partitive is read in the object's own phrase, taken with `_ANY_WORDS` more words before
    # it ("any part of its 40% holding": the phrase alone keeps "part of its 40%"); never elsewhere
    # in the clause, whose span may hold a conjoined clause's words ("will lease part of the pier
    # but will not let any part of the quay")
    every = {"part of"} if _ANY_PART.search(_object_phrase(m, _NP_WORDS + _ANY_WORDS)) else set()
    return {name: frozenset(w.lower().rstrip("s") if w.lower() == "others" else w.lower()
                            for w in pattern.findall(text)) - every
            for name, pattern in _classes().items()}


def other_members(a: Mention, b: Mention) -> Optional[str]:
    """Why a negative clause and a positive one are about different members of one set: one names
    the other members ("the other dogs", "the remaining flats", "the rest of the herd"), the
    members besides those the positive side's act was done to, and the other does not name them
    so. None when nothing says so. (Not read for two positive clauses: "other" points back to
    members its own article named, "five other crew were hurt" after two killed, which the other
    article may count among its own "seven crew were hurt".)"""
    qa, qb = quantifiers(a)["other_members"], quantifiers(b)["other_members"]
    if qa != qb:
        side = "A" if qa - qb else "B"
        word = sorted((qa - qb) or (qb - qa))[0]
        return f"'{word}' in {side} speaks of other members of the set than the other side's"
    return None


def partly_denied(a: Mention, b: Mention) -> Optional[str]:
    """Why a negative clause and a positive one about one set do not contradict each other: the
    negative side denies the act of a part of the set only ("most residents did not leave", "did
    not sell several of the plots") or denies that it covers the whole ("not all schools will
    reopen"), and the positive side does not claim that same part or the whole. None otherwise."""
    neg, pos = (a, b) if a.frame.polarity == "negative" else (b, a)
    if neg.frame.polarity != "negative" or pos.frame.polarity == "negative":
        return None
    qn, qp = quantifiers(neg), quantifiers(pos)
    side = "A" if neg is a else "B"
    part = qn["part_of_set"] - qp["part_of_set"]
    if part:
        return f"the negation in {side} bears on part of the set ('{sorted(part)[0]}'), which leaves the rest open"
    whole = qn["whole_set"] - qp["whole_set"]
    if whole and not qp["whole_set"]:
        return f"the negation in {side} says only that not the whole set is meant ('not {sorted(whole)[0]}')"
    return None
