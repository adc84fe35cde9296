"""Dates of one occurrence named by an ordinal (issue 13 item 1): "the first shipment", "a second
round of talks", "the first case". An ordinal before a noun picks out one member of a series
(Quirk et al. 1985, 5.20 and 6.64: "first", "second", "last" order the members of a set; Huddleston
& Pullum 2002, 5.9: an ordinal makes the noun phrase identify one of them), and one member of a
series happens once: two reports that date "the first delivery" date one event, whatever verbs
each chose ("the first delivery is due to leave in May" / "the first crates would be shipped in
June"). compare.date_align reads it as evidence of one event, as an event word both sides share."""

from __future__ import annotations

import re
from typing import Optional

from ..parsers.lexicon import ARTICLES_DEMONSTRATIVES, CARDINALS, ORDINAL_WORDS, POSSESSIVE_DETERMINERS
from ..wordnet_nouns import names_happening, noun_senses
from .candidates import CALENDAR_WORDS
from .context import clause_frame_at, fold, key_terms, stem
from .date_events import CARRIERS, PUBLICATION, REPORT, _action_verb, event_of
from .mention import per_mention
from .mentions import Mention
from .units import singular

#: The ordinals of a series as written before a noun (the day ordinals up to "tenth", and their
#: figures): higher ones order days of a month far more often than occurrences.
_ORDINALS = frozenset(w for w, n in ORDINAL_WORDS.items() if n <= 10 and "-" not in w and " " not in w) \
    | frozenset(f"{n}{s}" for n, s in ((1, "st"), (2, "nd"), (3, "rd"), *((n, "th") for n in range(4, 11))))
_WORD = re.compile(r"[^\W_]+(?:['’][^\W\d_]*)?|[,;:.()\u2014\u2013]")
#: Words that may stand between an ordinal and its noun: figures and number words ("the first 40
#: nurses"), and "of" or a possessive before a noun ("the first group of nurses").
_BETWEEN = frozenset({"of"}) | frozenset(CARDINALS)
#: Determiners of the noun after "of" ("the first round of the talks").
_DETERMINERS = ARTICLES_DEMONSTRATIVES | POSSESSIVE_DETERMINERS
#: Nouns an ordinal orders that are no occurrence of anything: times and parts of a period ("for
#: the first time", "the first half of the year", "the second week"); those are what a date says.
_NOT_OCCURRENCES = frozenset("time times half halves quarter quarters week weeks day days month months year years "
                             "place places".split()) | CALENDAR_WORDS
#: How many words after the ordinal its noun phrase may run.
_REACH = 5


def _is_noun(word: str) -> bool:
    senses = noun_senses()[0]
    return word in senses or singular(word) in senses


@per_mention
def ordinal_phrase(m: Mention) -> Optional[tuple[str, tuple[str, ...]]]:
    """The ordinal of the date's clause and the nouns it orders (as written, lower case, in the
    order written; the first is the head's series noun: "the first group of 25 welders" -> ("first",
    ("group", "welders"))), or None: no ordinal before a noun in the clause frame the date stands in
    (an ordinal read as an adverb, "was first opened", orders nothing), one of a time ("for the
    first time") or inside the date itself ("the first week of May"); or the date hangs from another
    word than that clause's verb, a noun's own phrase ("the first match is set for 4 May, with
    season tickets going on sale in April" dates the tickets' sale by April, not the match)."""
    from .statements import verb_lemma

    cf = clause_frame_at(m.claim, m.start, m.end)
    if cf is None or m.frame is not None and m.frame.event and m.frame.event.split()[0] != (cf.predicate or " ").split()[0]:
        return None  # the date hangs from another word than the clause's verb ("with sales opening in May")
    lo = max(0, cf.start - m.claim.start)
    text = m.claim.text[lo:max(lo, cf.end - m.claim.start)]
    words = [(w.group(0), lo + w.start(), lo + w.end()) for w in _WORD.finditer(text)]
    date_lo, date_hi = m.start - m.claim.start, m.end - m.claim.start
    verb = cf.predicate.split()[0] if cf.predicate else None
    for i, (word, start, end) in enumerate(words):
        if fold(word) not in _ORDINALS or date_lo <= start < date_hi:
            continue
        nouns: list[str] = []
        prev = ""
        for w, s, _e in words[i + 1:i + 1 + _REACH]:
            low = fold(w).replace("’", "'")
            if date_lo <= s < date_hi or not low[:1].isalnum():
                break
            bare = low[:-1] if low.endswith("'") else low[:-2] if low.endswith("'s") else low
            if low in _BETWEEN or bare.isdigit() or prev == "of" and low in _DETERMINERS:
                prev = low
                continue
            prev = low
            if not _is_noun(bare) or not key_terms(bare) or verb_lemma(bare) == verb:
                break  # a word no noun, a function word ("will") or the clause's verb ("leaves")
            nouns.append(bare)
        nouns = [n for n in nouns if n not in _NOT_OCCURRENCES and singular(n) not in _NOT_OCCURRENCES]
        if nouns:
            return fold(word), tuple(nouns)
    return None


def _stems(nouns: tuple[str, ...]) -> frozenset:
    return frozenset(stem(singular(n)) for n in nouns)


def _nouns_meet(na: tuple[str, ...], nb: tuple[str, ...]) -> bool:
    """The two ordered noun phrases name one series: a noun in common, or two that WordNet gives as
    one sense or one a kind of the other ("the first vessel" / "the first freighter")."""
    from .statements import words_meet

    if _stems(na) & _stems(nb):
        return True
    return any(words_meet(singular(x), singular(y)) for x in na for y in nb)


def _happening_head(nouns: tuple[str, ...]) -> Optional[str]:
    """The ordered noun that names a happening (an act or event among its two commonest WordNet
    senses: "shipment", "round", "mission"), the first of them, else None."""
    return next((n for n in nouns if names_happening(singular(n)) or names_happening(n)), None)


def _verbs_fit(a: Mention, b: Mention, na: tuple[str, ...], nb: tuple[str, ...]) -> bool:
    """The two dates' events may be one occurrence's: one verb or two of one WordNet sense; or one
    side's verb carries what its clause names and tells nothing of it (a light, support or
    scheduling verb: "the first welders are expected in May"; not an aspectual verb, which says
    which part of a happening it dates: "the first phase will be completed" is no date of its
    tender); or a noun ordered on either side
    names a happening ("the first shipment", "a second round"), which is the occurrence whatever
    verbs tell it ("is due to leave" / "would be shipped"). Never a day of saying or of
    publication: the telling of a happening is not the happening."""
    from .statements import predicates_meet

    ea, eb = event_of(a), event_of(b)
    if {ea, eb} & {PUBLICATION, REPORT}:
        return False
    if not ea or not eb or ea == eb or predicates_meet(ea, eb):
        return True
    if ea in CARRIERS or eb in CARRIERS:
        return True
    from .statements.nonanswers import saying_verbs

    if ea in saying_verbs() or eb in saying_verbs():
        return False
    ha, hb = _happening_head(na), _happening_head(nb)
    if ha or hb:
        return True
    return any(_action_verb(n) in (ea, eb) for n in na + nb)


def one_ordinal_occurrence(a: Mention, b: Mention) -> bool:
    """The two dates' clauses order one series with one ordinal ("the first shipment of cloth" /
    "the first bales of cloth", "a second visit" / "a second visit") and their events may be that
    occurrence's (`_verbs_fit`), so the two dates date one occurrence. Another ordinal ("the
    first" / "the second") orders another member, and a start and an end (`_phase`) are two
    moments of one: neither is one occurrence."""
    from .date_one_event import _phase

    oa, ob = ordinal_phrase(a), ordinal_phrase(b)
    if oa is None or ob is None or oa[0] != ob[0] or not _nouns_meet(oa[1], ob[1]):
        return False
    pa, pb = _phase(a), _phase(b)
    if pa and pb and pa != pb:
        return False
    return _verbs_fit(a, b, oa[1], ob[1])
