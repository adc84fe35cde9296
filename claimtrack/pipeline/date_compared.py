"""The date of the figure a comparison starts from ("inflation is 4.2%, down from 5% in May";
"rents average 900 euros, against 820 in June"): the figure compared with is an earlier reading than
the one the clause reports now, so its date lies behind the report. Read from the dependency
parse for `date_tense`."""

from __future__ import annotations

from .date_ahead import _verb_above
from .verb_tense import FUTURE_AUX, auxiliaries

#: Prepositions that introduce the figure a comparison starts from ("up from 4%", "against $3",
#: "versus 120"); "with"/"to" only after "compared" ("compared with 120").
_BASE_PREPS = frozenset({"from", "against", "versus", "vs", "vs."})


def _figure(tok) -> bool:
    """A number, an amount or a percentage (not a year: "from 2019" is a time)."""
    if tok.ent_type_ in ("DATE", "TIME"):
        return False
    return tok.like_num or tok.pos_ == "NUM" or tok.ent_type_ in ("MONEY", "PERCENT", "QUANTITY") \
        or any(c.dep_ == "nummod" for c in tok.children)


def _base_prep(prep) -> bool:
    low = prep.lower_
    return low in _BASE_PREPS or low in ("with", "to") and prep.head.lower_ in ("compared", "comparing")


def comparison_base(tok) -> bool:
    """Whether the date (its root token `tok`, after "in", "on" or "at") dates the figure a
    comparison starts from: hung from that figure or its preposition ("down from 5% in May") or
    from the verb right after the phrase of the figure ("average 900 euros, against 820 in
    June"). Not under a verb that looks ahead ("will rise to $5 from $4 in January": the rise
    may be January's)."""
    if tok.dep_ != "pobj" or tok.head.lower_ not in ("in", "on", "at") or tok.head.head.i == tok.head.i:
        return False
    prep = tok.head
    owner = prep.head
    if _figure(owner) and owner.dep_ == "pobj" and _base_prep(owner.head):
        base = True  # "down from 5% in May", the date hung from the figure
    elif owner.dep_ == "prep" and _base_prep(owner):
        base = any(o.dep_ == "pobj" and o.i < prep.i and _figure(o) for o in owner.children)  # from "from"
    else:
        base = any(  # from the verb, right after the phrase of the figure
            sib.dep_ == "prep" and sib.i < prep.i and sib.right_edge.i + 1 == prep.i and _base_prep(sib)
            and any(o.dep_ == "pobj" and _figure(o) for o in sib.children)
            for sib in owner.children)
    if not base:
        return False
    verb = _verb_above(owner, 4)
    aux = auxiliaries(verb) if verb is not None else set()
    return not (aux & FUTURE_AUX or "to" in aux)
