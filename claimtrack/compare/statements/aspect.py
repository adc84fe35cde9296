"""Going on and stopping: one act said to go on in one source and to stop in the other.

"The agency would halt the spraying once the trial starts" / "spraying will continue during the
trial": the verbs of ending (Levin 1993, 55.2: stop, cease, halt, quit, discontinue, end,
suspend) and of continuing (Levin 1993, 55.1; WordNet 3.0 continue.v.01 {continue, go on,
proceed, go along, keep} 'continue a certain state, condition, or activity', whose antonym is
discontinue.v.01 {discontinue, stop, cease, give up, quit, lay off}) say one thing of an act:
whether it goes on (data/polarity.json 'cessation', 'continuation'). The act is what the verb
governs: its object ("halt the spraying"), its -ing complement ("stop spraying", which the frames
keep as the act with the modality 'stop'; "keep spraying", a clause of its own after "keep"),
its to-infinitive ("continue to spray", which the frames read as the act itself), or, with no
doer named, its subject ("the spraying will continue"). Two clauses that say opposite things of
one act, both stating them (done, sure to be, or committed to; not a possibility, nor an ability:
"cannot keep spraying"), by one doer or a doer named on one side only, contradict each other:
two reports of one story speak of one state of the act ("would not suspend the spraying" / "has
halted the spraying"). Said the same way ("will not stop spraying" / "spraying will continue"),
they agree.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple, Optional

from ..candidates import Candidate
from ..mention import Mention, per_mention
from .lexicon import noun_verbs, noun_names_action, nouns_meet, predicates_meet, verb_lemma
from .modality import COMMITTED
from ...wordnet_nouns import names_happening, noun_lexfiles
from .voice import oblique, written_head as _written_head
from .phrases import POSTMODIFIERS, noun_lemma, object_head, object_words, subject_head, subject_terms, subject_words, subjects_meet, term_of, who_label


@lru_cache(maxsize=1)
def aspect_verbs() -> tuple[frozenset, frozenset]:
    """(the verbs of ending, the verbs of continuing), data/polarity.json."""
    from ...tables import load_json

    raw = load_json("polarity.json")
    return frozenset(raw["cessation"]) | frozenset(raw["continuation"]["ending"]), frozenset(raw["continuation"]["going_on"])


#: Modalities that state the act's going on or its end: done, sure to be, or the subject's
#: commitment. Not ability ("we cannot keep selling at that price" says the going on is hard, not
#: that it stops), possibility, consideration or expectation.
_STATING = COMMITTED | {"pledge", "plan"}
#: A modal or a conjunction of condition written in a clause whose frame keeps only the aspect
#: ('stop'): the ending is then said to be possible or conditional, not stated.
_HEDGED = re.compile(r"\b(?:may|might|could|can|if|unless)\b", re.IGNORECASE)


#: The act of an Aspect whose verb of ending or continuing has no object or complement and a
#: subject that names no act ("the pumps will stop", "the crews kept on"): intransitive, these
#: verbs say the subject ceases or goes on doing what it does (WordNet 3.0 stop.v.01 'come to a
#: halt, stop moving', continue.v.01 'continue a certain state, condition, or activity'), so
#: the act is whichever the other side names the same subject doing.
OWN_ACTIVITY = ""
#: WordNet 3.0's noun lexicographer files of what does things: noun.animal (05), noun.artifact
#: (06: "pump", "ferry"), noun.group (14: "union", "council"), noun.person (18). A matter that
#: goes on ("the subsidy will continue") is itself what lasts, not a doer's activity.
DOER_FILES = frozenset({5, 6, 14, 18})


#: The verbs of a doer's own working, which an intransitive stop ends: WordNet 3.0's synset
#: {function, work, operate, go, run} 'perform as expected when applied' and work.v.01 'exert
#: oneself by doing mental or physical work'.
_WORKING = frozenset({"function", "work", "operate", "go", "run"})
#: A stop for a while, not an end (WordNet 3.0 stop.v.01 'come to a halt' is also a pause): a
#: "for" phrase of time or purpose ("will stop for lunch", "for two hours"), or an adverb of a
#: short time; "for good" and "for ever" end it.
_PAUSE = re.compile(r"\b(?:for(?!\s+(?:good|ever)\b)|briefly|temporarily|momentarily)\b", re.IGNORECASE)


def _own_activity(doer: str, act: str) -> bool:
    """The act is one a doer stops or goes on doing as its own activity: its working
    (`_WORKING`: "the pumps would keep running") or the act its own noun names (WordNet's
    derivational pointers, data/noun_verbs.json: "pump" / pump, "worker" / work); not any act
    ("the pumps would keep leaking" says nothing of their stopping work)."""
    return act in _WORKING or act in (noun_verbs().get(doer) or ())


def _names_doer(written: str) -> bool:
    """Whether a subject's head as written names what does things, not an act: its WordNet noun
    (the written word's noun lemma: "crossings" is "crossing", the act of crossing, though folded
    as a term it is the verb "cross", whose noun first names a structure) is no act or event in
    its two most frequent senses and its most frequent sense lies in `DOER_FILES`."""
    noun = noun_lemma(written) if written else None
    return bool(noun) and not names_happening(noun) and bool(set(noun_lexfiles(noun, 1)) & DOER_FILES)


class Aspect(NamedTuple):
    act: str  # the act's verb or noun, folded (`term_of`)
    words: frozenset  # the words that say which such act (modifiers, the act's own object)
    goes_on: bool  # the clause says the act goes on (else that it stops)
    stated: bool  # stated (done, sure, a stance), not a possibility or a condition
    doer: bool  # the clause names a doer besides the act


def _act_of_noun(head: str) -> str:
    """A noun naming an act as its verb when it is the verb's -ing form ("fogging": fog)."""
    return term_of(verb_lemma(head) or head) if head.endswith("ing") else head


def _next_clause(m: Mention):
    """The clause right after the mention's own words, with only a space between ("would keep |
    teaching through the winter"): the -ing complement of a verb of continuing."""
    claim = m.claim
    for c in getattr(claim.frame, "clauses", None) or ():
        if c.start >= m.end and not claim.text[m.end - claim.start:c.start - claim.start].strip():
            words = claim.text[c.start - claim.start:c.end - claim.start].split()
            return c if words and words[0].lower().endswith("ing") else None
    return None


def _continues_to(m: Mention) -> bool:
    """A verb of continuing right before "to" in the clause's words ("will continue to spray"):
    the frames read the infinitive as the act, and the continuing is in the words."""
    going_on = aspect_verbs()[1]
    words = re.findall(r"[\w']+", m.text.lower())
    return any(verb_lemma(w) in going_on and nxt == "to" for w, nxt in zip(words, words[1:]))


@per_mention
def aspect(m: Mention) -> Optional[Aspect]:
    """What the clause says of an act's going on (see the module docstring), else None."""
    f = m.frame
    ending, going_on = aspect_verbs()
    verb = f.predicate or ""
    negative = f.polarity == "negative"
    modality = f.modality
    if modality == "stop":
        # "would stop spraying the wetlands": the act, ending; the tense is in the words
        act, words, goes_on, doer = term_of(verb), object_words(f), negative, bool(f.subject or f.subject_text)
        return Aspect(act, words, goes_on, _HEDGED.search(m.text) is None, doer)
    if verb in ending or verb in going_on:
        goes_on = (verb in going_on) != negative
        # an object after a preposition ("will continue alongside the trial") is no act
        direct = object_head(f) if not oblique(m) else None
        nxt = _next_clause(m) if verb in going_on and direct is None else None
        if nxt is not None:
            # "would keep dredging until the spring": the act is the next clause's verb
            act, words, doer = term_of(nxt.predicate or ""), object_words(nxt), bool(f.subject or f.subject_text)
        elif verb == "keep":
            return None  # "keep the rate", "keep the fund open": a level or a state, not an act
        elif direct is not None:
            act, words, doer = _act_of_noun(direct), object_words(f) - {direct}, bool(f.subject or f.subject_text)
        elif not f.subject and subject_head(f) is not None:
            # "the spraying will continue": the act is the subject, no doer named; its last word
            # before a postmodifier folded as an object's is ("Spraying": spray)
            written = _written_head(f.subject_text or "", POSTMODIFIERS) or ""
            head = term_of(written)
            if _names_doer(written):
                # "the pumps will stop": a subject that names no act is the doer, and what stops
                # or goes on is its own activity (`_own_activity`); never the act itself, and
                # stopping for a while or at a place ("will stop for lunch", "will stop at
                # Lindholm", which the frames read as an object) ends nothing
                if f.object or _PAUSE.search(m.text):
                    return None
                return Aspect(OWN_ACTIVITY, frozenset(), goes_on, modality in _STATING and getattr(f, "condition", None) is None,
                              True)
            act, words, doer = head, subject_words(f) - {head}, False
        else:
            return None
    elif _continues_to(m):
        act, words, goes_on, doer = term_of(verb), object_words(f), not negative, bool(f.subject or f.subject_text)
    else:
        return None
    stated = modality in _STATING and getattr(f, "condition", None) is None
    return Aspect(act, frozenset(words), goes_on, stated, doer)


def _acts_meet(x: str, y: str) -> bool:
    """One act: the same word, nouns WordNet gives as one thing, or a noun naming the other's
    verb's act ("the sale" / "selling")."""
    return x == y or nouns_meet(x, y) or noun_names_action(x, y) or noun_names_action(y, x)


def judge_aspect(a: Mention, b: Mention) -> Optional[Candidate]:
    """One act said to go on on one side and to stop on the other (a conflict when both state it
    of one time), or the same of it on both (agree). At least one side must end or continue the
    act by a verb of aspect; the doers, when both sides name one, must meet; the words that say
    which such act must not name two ("spraying in the north" / "spraying in the south")."""
    fa, fb = a.frame, b.frame
    verbs = aspect_verbs()[0] | aspect_verbs()[1]
    if fa.predicate in verbs and fb.predicate in verbs and predicates_meet(fa.predicate, fb.predicate):
        return None  # one verb of aspect on both sides ("would not suspend" / "has suspended"): the action judge's
    sa, sb = aspect(a), aspect(b)
    if sa is None or sb is None:
        return None
    if OWN_ACTIVITY in (sa.act, sb.act):
        # the subject's own activity meets an act the other side tells of one subject written
        # with the same head ("the pumps will stop" / "the two pumps would keep running")
        head = subject_head(fa)
        if sa.act == sb.act or head is None or head != subject_head(fb):
            return None
        if not _own_activity(noun_lemma(_written_head(fa.subject_text or "", POSTMODIFIERS) or "") or head,
                             sb.act if sa.act == OWN_ACTIVITY else sa.act):
            return None  # "would keep leaking": another act than the doer's own working
        xa, xb = subject_terms(fa) - {head}, subject_terms(fb) - {head}
        if xa and xb and not xa & xb:
            return None  # "the pumps at the tannery" / "the pumps at the mill": two sets of pumps
        sa, sb = (sa._replace(act=sb.act), sb) if sa.act == OWN_ACTIVITY else (sa, sb._replace(act=sa.act))
    elif not _acts_meet(sa.act, sb.act):
        return None
    if sa.words and sb.words and not sa.words & sb.words:
        return None
    if sa.doer and sb.doer and not subjects_meet(fa, fb):
        return None
    about = f"{who_label(fa, fb)}{sa.act} (goes on / stops)"
    said = {True: "goes on", False: "stops"}
    how = f"the act ({sa.act}) {said[sa.goes_on]} in A and {said[sb.goes_on]} in B"
    if sa.goes_on == sb.goes_on:
        if not (sa.stated and sb.stated):
            return Candidate(a, b, "related", "modality", about, f"{how}; not stated on both sides", 0.35)
        return Candidate(a, b, "agree", "equal", about, how, 0.6)
    if sa.stated and sb.stated:
        return Candidate(a, b, "conflict", "polarity", about, f"{how}, both stated", 0.6)
    return Candidate(a, b, "related", "polarity", about, f"{how}; not stated on both sides", 0.35)
