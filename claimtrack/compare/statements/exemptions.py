"""Exemptions: a thing exempt from a rule is a thing the rule does not apply to. "Donations are
exempt from the ban" agrees with "the ban would not apply to donations", and conflicts with "the
ban will apply to donations" (exempt.a.01 'freed from or not subject to an obligation or
liability', WordNet: to be exempt from a rule is not to be subject to it). A rule that covers a
thing applies to it: "the cap will not apply to clinics" conflicts with "clinics will be covered by
the cap" (`judge_scope`). A thing exempt from a charge, or spared it, does not pay it: "small
bakeries will be exempted from the levy" conflicts with "small bakeries must pay the levy"
(`judge_exempt_payer`)."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from ...wordnet_nouns import noun_lexfiles
from ..candidates import Candidate
from ..mention import Mention
from .lexicon import linked_state, nouns_meet, nouns_same
from .modality import _asserts, _committed
from .payments import pays, paid_noun
from .phrases import _head_of, object_head, object_words, subject_head, subject_words, term_of, clause_terms
from .voice import passive

#: The verbs that say a rule holds for a thing ("the levy applies to imports", "the ban covers
#: charities"): WordNet's apply.v.02 'be pertinent or relevant or applicable' and cover.v.06
#: 'include in scope; include as part of something broader'.
_APPLYING = frozenset({"apply", "cover"})


def _exempt(f) -> Optional[str]:
    """The head of what a clause says is exempt ("donations are exempt": donation), else None."""
    return subject_head(f) if linked_state(f.predicate) == "exempt" else None


def judge_exemption(a: Mention, b: Mention) -> Optional[Candidate]:
    """One side says a thing is exempt from a rule, the other that the rule applies to it (or
    not): one statement. Exempt and not applying agree; exempt and applying conflict when both
    sides state it. The rule must be named on the exempt side too ("exempt from the ban")."""
    for x, y, first in ((a, b, True), (b, a, False)):
        fx, fy = x.frame, y.frame
        thing = object_head(fy)
        # what the rule applies to is what is exempt: its head among the exempt clause's words
        # (lemmas there, as the object's head is)
        if _exempt(fx) is None or fy.predicate not in _APPLYING or thing is None or thing not in clause_terms(fx):
            continue
        rule = subject_head(fy)
        if rule is None or term_of(rule) not in clause_terms(fx):
            continue
        about = f"{thing} exempt from the {rule}"
        one = (fx.polarity == "positive") != (fy.polarity == "positive")
        if _committed(fx.modality) != _committed(fy.modality) or not (_asserts(fx) and _asserts(fy)):
            return Candidate(a, b, "related", "modality", about,
                             f"exempt on one side, the {rule} applying or not on the other, not both stated", 0.4)
        status = "agree" if one else "conflict"
        where = ("A", "B") if first else ("B", "A")
        return Candidate(a, b, status, "equal" if one else "polarity", about,
                         f"exempt ({fx.polarity}) in {where[0]}, the {rule} applying ({fy.polarity}) in {where[1]}: "
                         f"to be exempt from a rule is not to be subject to it", 0.7)
    return None


def _scope(f, other) -> Optional[tuple[str, str]]:
    """(rule, thing) heads of a clause saying a rule holds or not for a thing: "the cap applies to
    clinics", "the cap covers clinics" (the rule its subject, the thing its object), or "clinics
    are covered by the cap" (the thing its subject, no object, the other clause's rule among its
    words); else None."""
    if f.predicate not in _APPLYING:
        return None
    if f.object:
        rule, thing = subject_head(f), object_head(f)
        return (rule, thing) if rule and thing else None
    thing, rule = subject_head(f), subject_head(other) if other.object else None
    return (rule, thing) if thing and rule and term_of(rule) in clause_terms(f) else None


def judge_scope(a: Mention, b: Mention) -> Optional[Candidate]:
    """A rule said to apply (or not) to a thing on one side and to cover it (or not) on the
    other, in the active or the passive ("the cap will not apply to clinics" / "clinics will be
    covered by the cap"): one statement, whose polarity sets the status as for one action."""
    fa, fb = a.frame, b.frame
    if fa.predicate == fb.predicate:
        return None
    sa, sb = _scope(fa, fb), _scope(fb, fa)
    if sa is None or sb is None or sa != sb:
        return None
    rule, thing = sa
    about = f"the {rule} applying to {thing}"
    if _committed(fa.modality) != _committed(fb.modality) or not (_asserts(fa) and _asserts(fb)):
        return Candidate(a, b, "related", "modality", about, f"the {rule} said to apply or not to the {thing}, "
                         "not both stated", 0.4)
    same = fa.polarity == fb.polarity
    return Candidate(a, b, "agree" if same else "conflict", "equal" if same else "polarity", about,
                     f"the {rule} said to hold for the {thing} ({fa.predicate}, {fa.polarity}) in A and "
                     f"({fb.predicate}, {fb.polarity}) in B: a rule that covers a thing applies to it", 0.7)



@lru_cache(maxsize=1)
def _exempting() -> tuple[frozenset, frozenset]:
    """(the verbs that free a thing from a rule or a charge, the adjectives that say it is free of
    one): data/polarity.json 'exempting' (exempt.v.01 and its troponym spare.v.02; exempt.a.01)."""
    from ...tables import load_json

    table = load_json("polarity.json")["exempting"]
    return frozenset(table["verbs"]), frozenset(table["adjectives"])


#: The "from" phrase that names what a thing is exempted from, up to the end of its clause words
#: or a punctuation mark ("exempt from the new flour levy, the minister said": the new flour levy).
_FROM = re.compile(r"\bfrom\s+([^,;:.()\"“”]+)", re.IGNORECASE)

#: WordNet 3.0's lexicographer file noun.possession (21): a tax, a levy, a fee, a toll.
_POSSESSION = 21


def freed_thing(m: Mention) -> Optional[tuple[str, Optional[str]]]:
    """(head of what a clause frees from a rule or a charge, head of that rule or charge when the
    clause names it): the subject of an adjective of exemption ("small bakeries will be exempt
    from the levy": bakery, levy) or of a verb of exempting in the passive ("were exempted from
    the levy", "were spared the levy": the thing spared is the verb's object); the object of a
    verb of exempting in the active, with its "from" phrase ("the council will exempt bakeries
    from the levy"); else None. "spare" in the active takes two objects ("spared the bakeries the
    levy"), which the frame does not tell apart, and is left."""
    f = m.frame
    verbs, adjectives = _exempting()
    p = f.predicate or ""
    named = _FROM.search(m.text)
    rule = _head_of(named.group(1)) if named else None
    if linked_state(p) in adjectives:
        thing = subject_head(f)
    elif p in verbs and passive(m):
        thing, rule = subject_head(f), object_head(f) or rule
    elif p == "exempt" and f.object:
        thing = object_head(f)
    else:
        return None
    return (thing, rule) if thing else None


def _charge(noun: str) -> bool:
    """The noun names an amount to pay: an amount paid (`payments.paid_noun`: cost.n.01 and its
    hyponyms, "fee", "toll", "fine") or a noun of WordNet's possession file among its two most
    frequent senses ("levy", "tax")."""
    return paid_noun(noun) or _POSSESSION in noun_lexfiles(noun, 2)


def judge_exempt_payer(a: Mention, b: Mention) -> Optional[Candidate]:
    """A thing freed from a charge on one side (`freed_thing`: "small bakeries will be exempted from the
    levy", "were spared the levy"), and paying on the other (`payments.pays`: "small bakeries will
    have to pay the levy"), said of one thing (the same head or WordNet's one thing: "fishing
    boats" / "fishing vessels"): to be exempt from a charge is not to pay it (exempt.a.01 'freed
    from or not subject to an obligation or liability (as e.g. taxes)'), so exempt and paying
    conflict when both sides state it, exempt and not paying agree. Every word the exempt side
    names its things by before their head ("local fishing boats"), the paying side must name its
    payer by too: "foreign fishing boats will pay", "safari boats will pay" and "boats will pay"
    (all but those exempt) say nothing of them, which is how an exemption is told, one kind exempt
    and the others paying. The charge, where both sides
    name it, is one ("exempt from the levy" says nothing of "will pay the harbour fee"); named on
    the exempt side only, it must be a charge ("exempt from the ban" says nothing of paying); not
    named there ("small shops will be exempt"), nothing is read: the rule may be any."""
    for x, y, first in ((a, b, True), (b, a, False)):
        fx, fy = x.frame, y.frame
        freed = freed_thing(x)
        if freed is None or not pays(fy.predicate, fy.object):
            continue
        thing, rule = freed
        payer, paid = subject_head(fy), object_head(fy)
        if payer is None or not (payer == thing or nouns_meet(payer, thing)):
            continue
        # the words before the head name which things: "local fishing boats" are exempt of all
        # boats, so the payer must be named by every one of them ("local fishing vessels will pay"):
        # "foreign fishing boats", "safari boats", "fishing boats" or all "boats" paying may be
        # the others, those not exempt
        kinds = (object_words(fx) if fx.object and thing == object_head(fx) else subject_words(fx)) - {thing}
        named = subject_words(fy) - {payer}
        if not all(k in named or any(nouns_same(k, n) for n in named) for k in kinds):
            continue
        # the charge must be named on the exempt side: "small shops will be exempt" names none (news
        # names the rule a sentence before, as often a ban, hours or a curfew as a charge)
        if not rule or (not (paid == rule or nouns_meet(paid, rule)) if paid else not _charge(rule)):
            continue
        about = f"{thing} exempt" + (f" from the {rule}" if rule else "") + " / paying"
        if _committed(fx.modality) != _committed(fy.modality) or not (_asserts(fx) and _asserts(fy)):
            return Candidate(a, b, "related", "modality", about,
                             "exempt on one side, paying or not on the other, not both stated", 0.4)
        one = (fx.polarity == "positive") != (fy.polarity == "positive")
        where = ("A", "B") if first else ("B", "A")
        return Candidate(a, b, "agree" if one else "conflict", "equal" if one else "polarity", about,
                         f"exempt ({fx.polarity}) in {where[0]}, paying ({fy.polarity}) in {where[1]}: what is "
                         f"exempt from a charge does not pay it", 0.7)
    return None
