"""Dates of an act that happens once to one named thing (issue 13 item 1): a thing starts once
and ends once, a rule takes effect (begins) once, and a place closed for good, a firm founded, a
building sold is closed, founded, sold once (WordNet's acts that change their object once,
data/once_acts.json), so two such dates already past hold against each other like dates ahead
(`_once`), unless the words before the two things' head nouns tell them apart (`_told_apart`:
two permits of one holder). Moved out of compare/dates.py, which reads these."""

from __future__ import annotations

from typing import Optional

from ..parsers.lexicon import ARTICLES_DEMONSTRATIVES, POSSESSIVE_DETERMINERS
from .context import clause_frame_at, key_terms
from .date_events import _WHEN_WORDS, head_noun
from .date_one_event import parties_clash
from .date_spans import span_end
from .mentions import Mention


#: Aspectual verbs of starting and of ending (Levin 1993, 55.1 "begin" without resume/continue,
#: 55.2 "complete"): a thing starts once and ends once, unlike an act that can be repeated. A
#: permit, a term or a rule also ends by ceasing to be valid (WordNet 3.0 expire.v.01 "lose
#: validity" and its synonym run out; lapse.v.03 "end, at least for a long time"): once.
_ENDING = frozenset({"end", "finish", "complete", "conclude", "expire", "lapse"})
_ONCE = frozenset({"begin", "start", "commence"}) | _ENDING


def _once(a: Mention, b: Mention) -> bool:
    """The two dates date one act that happens once to one named thing: the start (or the end) of
    it ("the excavation began in May" / "the excavation started in June"; a rule that "took
    effect" / "began": `_once_phase`), or one act WordNet gives as done once to what it is done to
    (`once_act`, data/once_acts.json: ending, closing, creating, founding, opening, selling,
    authorising) under one verb or two of one sense ("the tannery closed in 2019" / "the
    tannery was shut in 2020"). A thing starts once, is closed for good once, is founded once, so two such
    dates already past hold against each other like dates ahead, although each was resolved
    against its article's date ("met on Monday" / "met last year" may be two meetings; a start is
    not repeated). What the act befalls is one thing: for a start or an end, the two clauses share
    a word of it; for an act done to a thing, the heads of its objects (else subjects) are one
    noun or WordNet synonyms or kinds (`_heads_meet`), which a start or an end may show too, and
    that thing is one definite thing on both sides (`_one_thing`: not "a lease", "two
    terminals"). And it is one doer's act: two dated clauses that name parties and share none
    (date_one_event.parties_clash: a guild's kiln built in one report, the state's in the
    other) tell two acts."""
    pa, pb = _once_phase(a), _once_phase(b)
    if pa is None or pb is None or not (pa == pb or _acts_meet(pa, pb)):
        return False
    if span_end(a) is not None or span_end(b) is not None or _told_apart(a, b) or parties_clash(a, b):
        return False  # (two doers named in the dated clauses, "Chile's ..." / "Peru's ...": two acts)
    if pa in ("start", "end"):
        return bool(_thing(a) & _thing(b)) or _heads_meet(a, b)
    # an act done to a thing: what it befalls is its object, else its subject ("the council sold
    # the hotel" / "the hotel was sold"), never the doer that two acts of one story share; and it
    # is one known thing on both sides ("a lease", "300 tickets" are a new one or many)
    return _heads_meet(a, b) and _one_thing(a) and _one_thing(b)


#: What a rule's taking effect is: it begins to apply (Collins English Dictionary, "take effect":
#: to begin to operate; "come into force", "enter into force" likewise, compare.date_events).
_BEGINNING = frozenset({"begin", "start", "commence"})


def _once_phase(m: Mention) -> Optional[str]:
    """'start' or 'end' for a date under a verb of starting or ending (`_ONCE`), a rule's taking
    effect being its start; the verb itself for an act WordNet gives as done once to what it is
    done to (`statements.already.once_act`: "close", "found", "sell"); else None."""
    from .date_events import TAKE_EFFECT, event_of
    from .statements.already import once_act

    if m.frame is None:
        return None  # a date with no frame dates no act (event_of)
    event = m.frame.event
    if event_of(m) == TAKE_EFFECT or event in _BEGINNING:
        return "start"
    if event in _ENDING:
        return "end"
    return event if event and once_act(event) else None


def _acts_meet(p: str, q: str) -> bool:
    """Two once-only acts (not phases) that are one act: two verbs of one WordNet sense ("close" /
    "shut", statements.predicates_meet)."""
    from .statements import predicates_meet

    return p not in ("start", "end") and q not in ("start", "end") and predicates_meet(p, q)


def _heads_meet(a: Mention, b: Mention) -> bool:
    """The heads of what the two clauses' acts befall (`_head`) are one noun, or WordNet synonyms or
    kinds (statements.words_meet), pronouns aside."""
    from .statements import words_meet

    ha, hb = _head(a), _head(b)
    return bool(ha and hb) and (ha == hb or words_meet(ha, hb))


def _one_thing(m: Mention) -> bool:
    """What the date's act befalls (its clause's direct object as written, `_object_as_written`,
    else its subject: `_direct_object`) is one definite thing: a definite determiner, a possessive
    or a name before it, no number or partitive, its head written singular
    (statements.already.one_definite_thing). An act done to a thing brought in as new ("signed a
    lease", "will open a silo") or to many ("sold 300 tickets", "approved the contracts") may be
    done again to another of them: each occasion has its own date."""
    from .statements.already import one_definite_thing
    from .units import singular

    cf = clause_frame_at(m.claim, m.start, m.end)
    if cf is None:
        return False
    phrase = _object_as_written(m, cf) if _direct_object(cf) else cf.subject_text
    head = head_noun(phrase) if phrase else None
    return bool(head) and singular(head) == head and one_definite_thing(phrase, head)


def _direct_object(cf) -> bool:
    """The clause has an object its verb takes directly (the frame's `object_prep` is null). What
    an act is done to is its direct object, or the subject of a passive or of a verb with no
    object ("the old customs house was sold to a developer": the house, not the developer; "the
    depot closed"); a preposition's object names a recipient, a place or a topic (Quirk et al.
    1985, 10.7 the affected participant; 16.5 prepositional verbs)."""
    return bool(cf.object) and not cf.object_prep


def _object_as_written(m: Mention, cf) -> Optional[str]:
    """The clause's object as the text writes it, its determiner or number included: the frame
    keeps the lemmas of its head and modifiers only ("sold the old customs house" has object
    "old custom house") and records where it stands (`object_start`, `object_end`, read from the
    parse in pipeline/frames). None when the record places it outside the claim."""
    lo = m.claim.start
    if cf.object_start is None or cf.object_end is None or cf.object_start < lo or cf.object_end > m.claim.end:
        return None
    return m.claim.text[cf.object_start - lo:cf.object_end - lo]


def _head(m: Mention) -> Optional[str]:
    """The head noun of what the date's act befalls: its clause's direct object (else its subject:
    "the depot closed", "the hotel was sold to a chain", `_direct_object`), in lower case and
    singular, not a pronoun."""
    from .date_one_event import PRONOUNS
    from .units import singular

    cf = clause_frame_at(m.claim, m.start, m.end)
    phrase = (cf.object if _direct_object(cf) else cf.subject_text) if cf is not None else None
    head = head_noun(phrase) if phrase else None
    if not head or not head.isalpha() or head.lower() in PRONOUNS:
        return None
    return singular(head.lower())


def _ends_of_two(a: Mention, b: Mention) -> bool:
    """Both dates date a start or an end (`_ONCE`) and the things starting or ending are told
    apart by their premodifiers (`_told_apart`)."""
    ea, eb = a.frame.event if a.frame else None, b.frame.event if b.frame else None
    return ea in _ONCE and eb in _ONCE and _told_apart(a, b)


def _told_apart(a: Mention, b: Mention) -> bool:
    """The words before the two subjects' head nouns (after a possessor or a determiner) name two
    things of one kind: "the firm's fishing licence" / "the firm's operating licence". Such words
    on one side only say no more than the bare head ("the bus's road permit" / "the operator's
    permit to drive that line"). Only classifiers tell two apart (`_classifiers`: a noun or an
    -ing form before the head, "liquor", "fishing"), and only when no two of them meet (one word,
    one key term, or WordNet synonyms or kinds, `words_meet`: "liquor licence" / "alcohol licence"
    is one licence); an adjective WordNet lists ("old", "new", "disputed") describes the thing,
    it does not classify it (Quirk et al. 1985, 17.97)."""
    from .statements import words_meet

    ca, cb = _classifiers(a), _classifiers(b)
    if not (ca and cb) or frozenset(key_terms(" ".join(ca))) & frozenset(key_terms(" ".join(cb))):
        return False
    return not any(x == y or words_meet(x, y) for x in ca for y in cb)


def _classifiers(m: Mention) -> tuple:
    """The words between the subject's (else the object's) possessor or determiner and its head
    (`_premodifiers`) that are no adjective of WordNet's (data/adjective_similar.json) and no
    calendar word, in lower case."""
    from .statements.states import _similar

    adjectives = _similar()
    return tuple(w for w in _premodifiers(m) if w.isalpha() and w not in adjectives
                 and not frozenset(key_terms(w)) <= _WHEN_WORDS)


def _premodifiers(m: Mention) -> tuple:
    """The words, in lower case, between the subject's possessor or determiner and its head; for a
    clause that names no subject, the words before its object's head (what ends is then the
    object: "the council ended the lease", or a parse that leaves "the export permit lapsed"
    without a subject)."""
    cf = clause_frame_at(m.claim, m.start, m.end)
    phrase = (cf.subject_text or cf.object) if cf is not None else None
    head = head_noun(phrase) if phrase else None
    if not head:
        return ()
    words = phrase.split()
    at = max((i for i, w in enumerate(words) if w.lower().strip(",.") == head.lower()), default=None)
    if at is None:
        return ()
    before = words[:at]
    cut = max((i + 1 for i, w in enumerate(before) if w.lower() in _DETERMINERS or w.endswith(("'s", "’s", "'", "’"))),
              default=0)
    return tuple(w.lower().strip(",.") for w in before[cut:])


#: The articles, demonstratives and possessives a subject's premodifiers follow (parsers.lexicon).
_DETERMINERS = ARTICLES_DEMONSTRATIVES | POSSESSIVE_DETERMINERS


def _thing(m: Mention) -> frozenset:
    """The words of what starts or ends: the subject and object of the date's clause frame
    (the parse's, however far the subject stands: "Repairs to the old pier, out past the
    fish market, started in March"), less calendar, scheduling and aspectual words."""
    cf = clause_frame_at(m.claim, m.start, m.end)
    words = set(m.ctx.clause)
    if cf is not None:
        words.update(key_terms(cf.subject_text or ""), key_terms(cf.object or ""))
    return frozenset(words) - _WHEN_WORDS
