"""Clause mentions and their blocking keys.

Records extracted with the frames component carry one frame per clause (models.ClauseFrame in
the claim's frame). Each clause is a statement mention of its own, so a sentence that says two
things ("the club will not sell its striker but is open to loan offers") is aligned on each, and a
sentence with a figure, a date or a quote still states who does what. Alignment reads the
frames only (subject, predicate, object, the clause's terms: never a number or a date); the
polarity and the modality then decide the status."""

from __future__ import annotations

from typing import Optional

from ...models import Claim
from ..context import context_of
from ..mention import Mention
from .act_nouns import act_noun_keys
from .assent import assent_keys
from .aspect import aspect
from .costless import free_keys
from .exemptions import freed_thing
from .denials import anaphoric_denial, denied_claim, denier_id, negated_claim, no_such_noun
from .lexicon import LIGHT_VERBS, NOMINAL_SUPPORT, opposite_pairs, predicate_keys, act_keys, action_noun_keys, verb_noun_keys
from .modality import _foreclosing, negative_verb
from .nonanswers import non_answer_key
from .paraphrase import PARAPHRASE_KEY_TERMS
from .payments import pays
from .phrases import object_head, subject_head, written_object_head, clause_terms
from .levels import changes_level, comparative_act, kept_level, level_thing, unaffected
from .recourse import recourse
from .undergoing import UNDERGOING


def clause_mentions(claim: Claim, seen: Optional[set] = None, actors=None) -> Optional[list[Mention]]:
    """One statement mention per clause of the claim, or None when the claim has no clause
    frames (older records: the claim itself is the statement, compared by its words). `seen`
    collects the spans already made into mentions, for claims that overlap; `actors`: the
    document's actors (subjects.DocActors), which each mention carries."""
    f = claim.frame
    if f is None or not getattr(f, "clauses", None):
        return None
    seen = set() if seen is None else seen
    out = []
    for c in f.clauses:
        if not c.predicate or c.start < claim.start or c.end > claim.end or c.start >= c.end or (c.start, c.end) in seen:
            continue
        seen.add((c.start, c.end))
        text = claim.text[c.start - claim.start:c.end - claim.start]
        out.append(Mention("statement", claim, c.start, c.end, text, context_of(claim, c.start, c.end),
                           frame=c, doc_actors=actors))
    return out


def clause_keys(m: Mention) -> set:
    """Blocking keys of a clause (value-free): its predicate, its object's head, its subject."""
    m = comparative_act(m)
    f = m.frame
    # a light verb aligns only through its object: its predicate alone would meet every "is"
    if f.predicate in LIGHT_VERBS:
        # ... but by its predicate with each of its terms ("made" + "landfall")
        keys = {("light", f.predicate, t) for t in clause_terms(f)}
    else:
        keys = {("pred", p) for p in predicate_keys(f.predicate)} | act_noun_keys(f.predicate)
    head = object_head(f)
    if head:
        keys.add(("obj", head))
    if not f.subject and subject_head(f):
        # what an intransitive or passive clause is about meets the object of a transitive one
        keys.add(("obj", subject_head(f)))
    if f.subject:
        keys.add(("subj", f.subject))
    # a support verb's action noun meets the verb it names ("opened talks" / "negotiate")
    if (f.predicate in NOMINAL_SUPPORT or f.predicate in UNDERGOING) and f.object:
        keys.update(action_noun_keys(written_object_head(m) or f.object.split()[-1]))
    elif f.predicate and f.predicate not in LIGHT_VERBS:
        keys.update(verb_noun_keys(f.predicate))
        if f.object and negative_verb(f.predicate) in _foreclosing():
            # a ruled-out act noun meets the act's verb ("ruled out a subsidy" / "will subsidise")
            keys.update(action_noun_keys(written_object_head(m) or f.object.split()[-1]))
    keys.update(("opp",) + pair for pair in opposite_pairs(f.predicate))
    # an assent and its formal act ("agreed to the deal" / "signed the agreement"): assent.py
    keys.update(assent_keys(f.predicate))
    denied = denied_claim(m)
    keys.update(("denied", t) for t in denied or negated_claim(m) or ())
    # "no such sale" meets "denied it had sold" by the noun's WordNet senses and those of the
    # nouns the denied verb names the act of (sale, selling)
    such = no_such_noun(m)
    if such or (denied and f.predicate):
        keys.update(("denied-act", k) for k in act_keys(such or f.predicate))
    # one denier's denials meet whatever words each gives the claim ("denied that ..." /
    # "rejected that criticism")
    if (denied is not None or anaphoric_denial(m)) and denier_id(m):
        keys.add(("denier", denier_id(m)))
        # ... and one actor under two ids ("health-ministry" / "ministry-of-health"): the judge
        # reads them as one (`phrases.one_actor`), which no key written from one id can show; a
        # story's party denies once or twice, so every resolved denial meets every other
        keys.add(("denier",))
    # going to court, however worded ("will appeal" / "may take the case to the tribunal")
    if recourse(f) is not None:
        keys.add(("recourse",))
    # a level kept, changed or not affected, by what it is of ("fares will be frozen" / "will not
    # raise fares" / "fares will not be affected")
    if level_thing(f) and (kept_level(m) or changes_level(f) or unaffected(f)):
        keys.add(("level", level_thing(f)))
    # a thing exempt from a charge, and a payer of one ("small firms will be exempt" / "small
    # firms will have to pay"): what is exempt does not pay, whatever noun names it on each side
    if freed_thing(m) is not None or (pays(f.predicate, f.object) and subject_head(f)):
        keys.add(("exempt-payer",))
    # a thing free of charge, and a payment or charge for it ("rides will be free" / "riders will
    # not be charged for rides")
    keys.update(free_keys(f))
    # an act said to go on or to stop, whatever verb says so ("will halt the spraying" / "the
    # spraying will continue")
    going = aspect(m)
    if going is not None:
        keys.add(("aspect", going.act))
    silent = non_answer_key(f)
    if silent:
        keys.add(silent)
    # two clauses sharing PARAPHRASE_MIN_SHARED content words share a pair of them (a clause
    # has a dozen content words at most; longer ones are a parser's run-on and not keyed so)
    terms = sorted(clause_terms(f))
    if len(terms) <= PARAPHRASE_KEY_TERMS:
        keys.update(("terms", x, y) for i, x in enumerate(terms) for y in terms[i + 1:])
    return keys
