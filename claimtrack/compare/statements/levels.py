"""A level kept against the same level changed: a price, rate, fare or budget frozen, pegged or
held steady is not raised or cut. "Fares will be frozen" agrees with "has no plans to raise
fares"; "the bank held rates steady" conflicts with "the bank raised rates". The words come from
data/verb_paraphrases.json 'levels' (WordNet's freeze.v.05, peg.v.04, keep.v.01 with an
adjective of no change, and the verbs under increase and decrease)."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from typing import Optional

from ...text import pattern
from ...wordnet_nouns import noun_lexfiles
from ..candidates import Candidate
from ..mention import Mention, per_mention
from .lexicon import LIGHT_VERBS, base_verb, senses_of, linked_state, verb_senses, nouns_meet, predicates_meet
from .modality import FUTURE, _asserts, negative_verb
from .phrases import noun_lemma, object_head, object_words, subject_head, subject_words, subjects_meet, who_label, written_object_head


@lru_cache(maxsize=1)
def _table() -> dict:
    from ...tables import load_json

    raw = load_json("verb_paraphrases.json")["levels"]
    return {k: frozenset(v) for k, v in raw.items() if isinstance(v, list)}


@lru_cache(maxsize=1)
def _comparatives() -> tuple[dict, dict]:
    """(comparative -> (its positive degree, the change verb of its direction), data/verb_paraphrases.json
    'levels' 'comparatives'; verb -> what it does to the act its object names, data/polarity.json
    'nominal_governors': 'consider', 'plan', 'not' for ruling out, 'done' for putting in force)."""
    from ...tables import load_json

    raw = load_json("verb_paraphrases.json")["levels"]["comparatives"]
    return {k: tuple(v) for k, v in raw.items()}, dict(load_json("polarity.json")["nominal_governors"])


@per_mention
def comparative_act(m: Mention) -> Mention:
    """The clause with its act read from a comparative: a verb of considering, planning, ruling
    out or putting in force whose object is a level written with a comparative ("is considering a
    higher offer", "ruled out lower fares") states the act of changing that level that way
    (raise the offer, cut the fares), with the governing verb's modality ('consider', 'plan'),
    negated by a ruling out, or done ("introduced cheaper fares"); else the clause unchanged. Read
    once per mention (the clause read anew is shared, and never changed in place)."""
    f = m.frame
    comparatives, governors = _comparatives()
    how = governors.get(f.predicate or "")
    head = written_object_head(m)
    if how is None or not head or len(f.object.split()) < 2 or getattr(f, "nominal", None):
        return m
    found = pattern(rf"\b({'|'.join(comparatives)})\s+(?:[\w'’-]+\s+){{0,2}}{re.escape(head)}\b", re.IGNORECASE).search(m.text)
    if found is None:
        return m
    positive, verb = comparatives[found.group(1).lower()]
    thing = " ".join(w for w in f.object.split() if w != positive)
    update = {"predicate": verb, "object": thing}
    if how in ("consider", "plan"):
        update["modality"] = how
    elif how == "not":
        # ruled out: not done; not ruled out: left possible
        update.update({"polarity": "negative", "polarity_cue": negative_verb(f.predicate)} if f.polarity == "positive"
                      else {"polarity": "positive", "polarity_cue": None, "modality": "may"})
    return replace(m, frame=f.model_copy(update=update))


def keeps_level(f) -> bool:
    """The clause keeps a level: a verb that does so by itself ("froze fares", "pegged the
    currency"), a verb of keeping in a state with an adjective of no change ("kept rates
    unchanged", "held fares steady"), or a linking verb with one ("fares will stay unchanged");
    or it says the level will not change at all ("fees will not change", "did not alter the
    rate": the verb above every rise and cut, negated)."""
    table = _table()
    p = f.predicate or ""
    if p in table["any_change"]:
        return f.polarity == "negative"
    if f.polarity == "negative":
        return False
    if p in table["keep"] or (linked_state(p) or "") in table["no_change"]:
        return True
    return p in table["keep_in_state"] and bool(table["no_change"] & set(f.terms or ()))


@lru_cache(maxsize=1)
def _staying_verb():
    """The forms of a verb of staying (data/verb_paraphrases.json 'levels' 'staying': stay.v.01
    'stay the same; remain in a certain state', "stay", "remain", both regular)."""
    forms = "|".join(f"{v}|{v}s|{v}ed|{v}ing" for v in sorted(_table()["staying"]))
    return pattern(rf"\b(?:{forms})\b", re.IGNORECASE)


#: After a verb of staying: a figure ("will stay at £4": its digits or its currency sign).
_AT_FIGURE = re.compile(r"\s+at\s+(?:about\s+|around\s+|roughly\s+)?[£$€¥]?\d")
#: ... "the same", and the noun after it if any ("rents will remain the same", "at the same level").
_SAME = re.compile(r"\s+(?:at\s+)?(?:the|its|their)\s+same\b(?:\s+([a-z][\w'-]*))?")
#: ... the level there is, by its noun ("at current levels", "at its present rate").
_CURRENT = re.compile(r"\s+at\s+(?:(?:the|its|their)\s+)?(?:current|present|existing)\s+([a-z][\w'-]*)")
#: WordNet 3.0's lexicographer files of what a level is of: noun.attribute (07: "level", "size"),
#: noun.possession (21: "price", "fee", "wage"), noun.quantity (23: "quota", "number") and noun.time
#: (28: "rate"); not a place or a building ("site", "base", "premises", "terminal": noun.location,
#: noun.artifact), where a thing stays without a level being kept.
_LEVEL_FILES = frozenset({7, 21, 23, 28})
#: Words "the same" is followed by without naming a thing ("the fee will stay the same as it was").
_AFTER_SAME = frozenset({"as", "until", "till", "for", "through", "throughout", "in", "on", "after", "this", "next",
                         "while", "despite", "since", "and", "but", "or", "at", "from"})


def _level_noun(word: str) -> bool:
    """The noun names a level: one of its two most frequent WordNet senses in `_LEVEL_FILES`."""
    return bool(set(noun_lexfiles(noun_lemma(word) or word, 2)) & _LEVEL_FILES)


@per_mention
def stays_level(m: Mention) -> bool:
    """The clause says a level stays where it is: its verb of staying, stated, with a figure after
    it, "the same" alone, or a level noun after "the same" or "current" ("the toll will stay at £4",
    "the fare would remain at the same level", "at current levels"); not a place ("will stay at the
    old terminal", "will remain at its present base") nor a bare "will remain", which says only
    that a thing goes on being. The words read are those right after the clause's first verb of
    staying, its own verb (a nested clause's follows it: "the port will remain open while the toll
    stays at £4" keeps no level of the port)."""
    f = m.frame
    if f.polarity != "positive" or (f.predicate or "") not in _table()["staying"]:
        return False
    verb = _staying_verb().search(m.text)
    if verb is None:
        return False
    rest = m.text[verb.end():].lower()
    if _AT_FIGURE.match(rest):
        return True
    same = _SAME.match(rest)
    if same is not None:
        return same.group(1) is None or same.group(1) in _AFTER_SAME or _level_noun(same.group(1))
    current = _CURRENT.match(rest)
    return current is not None and _level_noun(current.group(1))


def kept_level(m: Mention) -> bool:
    """The clause keeps a level (`keeps_level`) or says it stays at one (`stays_level`)."""
    return keeps_level(m.frame) or stays_level(m)


def changes_level(f) -> bool:
    """The clause's verb changes a level ("raise", "cut", "rise"; irregular and re- forms read)."""
    p = f.predicate or ""
    senses, _ = verb_senses()
    return p in _table()["change"] or base_verb(p, senses) in _table()["change"]


def level_thing(f) -> Optional[str]:
    """What the level is of: the clause's object, else its subject when no doer is named
    ("fares will be frozen"); for a verb of staying, its subject ("the fare will remain at the same
    level": what the frame reads as its object is where the fare stays)."""
    if (f.predicate or "") in _table()["staying"]:
        return subject_head(f)
    return object_head(f) or (None if f.subject else subject_head(f))


def _done_to(f) -> bool:
    """The clause's verb is done to an object, so its subject is a doer: not a verb of staying,
    whose object in the frame is where its subject stays ("remain at the same level")."""
    return object_head(f) is not None and (f.predicate or "") not in _table()["staying"]


def _clause_dates(m: Mention) -> frozenset:
    """The dates written in the clause's own words (ISO, at the grain written)."""
    f = m.frame
    return frozenset(d.iso for d in (m.claim.dates or ()) if d.iso and f.start <= d.start and d.end <= f.end)


def dated_apart(a: Mention, b: Mention) -> bool:
    """A clause dates its act and the other does not share that date ("held rates in March" /
    "raised rates in June"; "kept rates unchanged" / "raised rates three times last year"): the
    two may be two decisions, not one told two ways (an update, not a conflict). Undated on both
    sides, both tell the story's own decision."""
    da, db = _clause_dates(a), _clause_dates(b)
    return bool(da or db) and not da & db


def _when(a: Mention, b: Mention) -> str:
    if dated_apart(a, b):
        return "dated apart"
    return f"{a.frame.modality or 'done'} in A, {b.frame.modality or 'done'} in B"


def _one_thing(x: Optional[str], y: Optional[str]) -> bool:
    return bool(x and y) and (x == y or nouns_meet(x, y))


def _stated_at_one_time(a: Mention, b: Mention, fx, fy) -> bool:
    """Both clauses state their act (`_asserts`) and at one time: both ahead or both not
    (modality), and no two dates that hold them apart (`dated_apart`). A keep against a change,
    or "not affected" against a change, is a conflict only then."""
    times_apart = (fx.modality in FUTURE) != (fy.modality in FUTURE) or dated_apart(a, b)
    return _asserts(fx) and _asserts(fy) and not times_apart


def judge_levels(a: Mention, b: Mention) -> Optional[Candidate]:
    """One side keeps a level, the other changes it (or keeps it in other words, or says it is not
    affected: `_both_kept`): the same thing (the same head or WordNet's
    one thing), and subjects that may be one when both clauses name a doer. Kept and not changed agree; kept and changed
    conflict when both state it and at one time (a freeze to come does not contradict a rise told
    as done, nor a hold in March a rise in June, nor an undated hold a rise dated); a level not kept says nothing of a change."""
    fa, fb = a.frame, b.frame
    ka, kb = kept_level(a), kept_level(b)
    # a thing not affected undergoes no change (`unaffected`): it is kept as much as a level held
    # or frozen ("the night fare will not be affected" / "the night fare will stay the same")
    if (ka or unaffected(fa)) and (kb or unaffected(fb)) and (ka or kb):
        return _both_kept(a, b)
    if ka and changes_level(fb):
        kept, changed = fa, fb
    elif kb and changes_level(fa):
        kept, changed = fb, fa
    else:
        return judge_unaffected(a, b)
    thing = level_thing(kept)
    if not _one_thing(thing, level_thing(changed)):
        return None
    # one doer where both name one ("the bank held rates" / "the bank cut rates"); a level said of
    # itself ("fares will be frozen") names none
    if _done_to(fa) and _done_to(fb) and not subjects_meet(fa, fb):
        return None
    about = f"{who_label(fa, fb)}{fa.predicate} / {fb.predicate} {thing}"
    how = f"the {thing} kept ({'not ' if kept.polarity == 'negative' else ''}{kept.predicate}) on one side"
    if changed.polarity == "negative":
        return Candidate(a, b, "agree", "equal", about, f"{how}, not changed ({changed.predicate}) on the other", 0.6)
    if _stated_at_one_time(a, b, kept, changed):
        return Candidate(a, b, "conflict", "polarity", about, f"{how}, changed ({changed.predicate}) on the other", 0.6)
    return Candidate(a, b, "related", "different-action", about,
                     f"{how}, changed ({changed.predicate}) on the other, not both stated at one time "
                     f"({_when(a, b)})", 0.4)


def _both_kept(a: Mention, b: Mention) -> Optional[Candidate]:
    """A level kept on both sides, in two wordings ("fares will be frozen" / "fares will not
    change" / "fares will stay at two pounds" / "fares will not be affected"): agree, for one thing
    and subjects that may be one. One verb on both sides is left to the comparison of actions."""
    fa, fb = a.frame, b.frame
    thing = level_thing(fa)
    if fa.predicate == fb.predicate or not _one_thing(thing, level_thing(fb)):
        return None
    if _done_to(fa) and _done_to(fb) and not subjects_meet(fa, fb):
        return None
    return Candidate(a, b, "agree", "equal", f"{who_label(fa, fb)}{fa.predicate} / {fb.predicate} {thing}",
                     f"the {thing} kept on both sides ({fa.predicate} in A, {fb.predicate} in B)", 0.6)


@lru_cache(maxsize=1 << 12)
def changes_thing(p: Optional[str]) -> bool:
    """The verb changes what it is said of: one of its senses (its three most frequent, and those
    news writes it in) lies under change.v.01 or change.v.02 ('undergo a change; become
    different', 'cause to change; make different'), by the hypernyms data/verb_senses.json keeps
    ("suspend", "cut", "delay", "close"; not "say", "visit", "sell"). Light verbs never: their
    senses cover too much ("have", "get")."""
    senses, hypernyms = verb_senses()
    if not p or p in LIGHT_VERBS or p not in senses and base_verb(p, senses) not in senses:
        return False
    roots = frozenset(senses["change"][:2])
    todo = list(senses_of(base_verb(p, senses), senses))
    seen = set(todo)
    while todo:
        x = todo.pop()
        if x in roots:
            return True
        for h in hypernyms.get(x, ()):
            if h not in seen:
                seen.add(h)
                todo.append(h)
    return False


def unaffected(f) -> bool:
    """The clause says a thing undergoes no change at all: a verb of affecting it or of changing it,
    negated ("the night ferry will not be affected", "the timetable will not change")."""
    return f.polarity == "negative" and (f.predicate in _table()["affecting"] or f.predicate in _table()["any_change"])


def _thing_words(f) -> frozenset:
    """The words of what a clause is done to or said of (its object, else its subject)."""
    return object_words(f) if object_head(f) else subject_words(f)


def judge_unaffected(a: Mention, b: Mention) -> Optional[Candidate]:
    """A thing said not to be affected (or not to change) on one side, and changed on the other
    ("the night ferry will not be affected" / "the night ferry will be suspended on Sundays"):
    one statement, a conflict when both sides state it at one time, agreement when the change is
    negated too. One thing: the same head (or WordNet's one thing), words before it that do not
    name two ("the night ferry" / "the day ferry"), subjects that may be one when both name a
    doer."""
    for x, y in ((a, b), (b, a)):
        fx, fy = x.frame, y.frame
        # one verb on both sides ("will not change" / "changed") is one action, left to actions
        if not unaffected(fx) or unaffected(fy) or not changes_thing(fy.predicate) or predicates_meet(fx.predicate, fy.predicate):
            continue
        thing = level_thing(fx)
        if not _one_thing(thing, level_thing(fy)):
            continue
        if object_head(fx) and object_head(fy) and not subjects_meet(fx, fy):
            continue
        mx, my = _thing_words(fx) - {thing}, _thing_words(fy) - {level_thing(fy)}
        if mx and my and not mx & my:
            continue
        about = f"{who_label(fx, fy)}{fx.predicate} / {fy.predicate} {thing}"
        how = f"the {thing} said to undergo no change ({fx.predicate}, negative) on one side"
        if fy.polarity == "negative":
            return Candidate(a, b, "agree", "equal", about, f"{how}, not {fy.predicate} on the other", 0.5)
        if _stated_at_one_time(a, b, fx, fy):
            return Candidate(a, b, "conflict", "polarity", about,
                             f"{how}, changed ({fy.predicate}) on the other: a thing not affected undergoes no change",
                             0.55)
        return Candidate(a, b, "related", "different-action", about,
                         f"{how}, changed ({fy.predicate}) on the other, not both stated at one time ({_when(a, b)})", 0.4)
    return None
