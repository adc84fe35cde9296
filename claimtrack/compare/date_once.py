"""Dates of a start or an end of one named thing (issue 13 item 1): a thing starts once and
ends once, so two such dates already past hold against each other like dates ahead (`_once`),
unless the words before the two things' head nouns tell them apart (`_told_apart`: two permits
of one holder). Moved out of compare/dates.py, which reads these."""

from __future__ import annotations

from ..parsers.lexicon import ARTICLES_DEMONSTRATIVES, POSSESSIVE_DETERMINERS
from .context import clause_frame_at, key_terms
from .date_events import _WHEN_WORDS, head_noun
from .date_spans import span_end
from .mentions import Mention


#: Aspectual verbs of starting and of ending (Levin 1993, 55.1 "begin" without resume/continue,
#: 55.2 "complete"): a thing starts once and ends once, unlike an act that can be repeated. A
#: permit, a term or a rule also ends by ceasing to be valid (WordNet 3.0 expire.v.01 "lose
#: validity" and its synonym run out; lapse.v.03 "end, at least for a long time"): once.
_ENDING = frozenset({"end", "finish", "complete", "conclude", "expire", "lapse"})
_ONCE = frozenset({"begin", "start", "commence"}) | _ENDING


def _once(a: Mention, b: Mention) -> bool:
    """The two dates date the start (or the end) of one named thing: "the excavation began in
    May" / "the excavation started in June". A thing starts once, so two such dates already
    past hold against each other like dates ahead, although each was resolved against its
    article's date ("met on Monday" / "met last year" may be two meetings; a start is not
    repeated)."""
    ea, eb = a.frame.event if a.frame else None, b.frame.event if b.frame else None
    if ea not in _ONCE or eb not in _ONCE or ((ea in _ENDING) != (eb in _ENDING)):
        return False
    return (bool(_thing(a) & _thing(b)) and not _told_apart(a, b) and span_end(a) is None
            and span_end(b) is None)


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
