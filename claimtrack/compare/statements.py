"""Statements compared: who does what (subject, action, object) aligned, polarity and modality
deciding the status."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from ..models import Claim
from .candidates import Candidate, actor_name
from .context import context_of, fold, jaccard, key_terms, same_actor, shared_actors, stem
from .mention import Mention

#: Two statements share a topic (and are shown as `related`) when this share of their content
#: words is common (Jaccard); near-identical sentences reach well above it.
STATEMENT_TOPIC = 0.2
#: Without frames: the same actor and predicate, and this share of the words (about a third, as
#: for CONFLICT_MIN), is one statement.
STATEMENT_SAME = 0.35


def _objects_meet(x: Optional[str], y: Optional[str]) -> bool:
    if not x or not y:
        return not x and not y
    return bool(set(key_terms(x)) & set(key_terms(y)))


def judge_statements(a: Mention, b: Mention) -> Optional[Candidate]:
    """Who does what: subject, action and object aligned; polarity decides the status."""
    fa, fb = a.frame, b.frame
    if hasattr(fa, "terms") or hasattr(fb, "terms"):  # clause frames (models.ClauseFrame)
        return judge_clauses(a, b) if hasattr(fa, "terms") and hasattr(fb, "terms") else None
    words = jaccard(a.ctx.sentence, b.ctx.sentence)
    if fa is not None and fb is not None and fa.subject and fb.subject and fa.predicate and fb.predicate:
        if not same_actor(fa.subject, fb.subject):
            return None
        who = actor_name(fa.subject)
        if fa.predicate == fb.predicate and _objects_meet(fa.object, fb.object):
            about = f"{who}: {fa.predicate}" + (f" {fa.object}" if fa.object else "")
            if fa.polarity != fb.polarity:
                neg, pos = ("A", "B") if fa.polarity == "negative" else ("B", "A")
                cue = (fa if fa.polarity == "negative" else fb).polarity_cue
                return Candidate(a, b, "conflict", "polarity", about,
                                 f"same actor and action ({fa.predicate}), negative in {neg} ('{cue}') but not in {pos}",
                                 0.5 + words)
            if (fa.modality or None) != (fb.modality or None):
                return Candidate(a, b, "related", "modality", about,
                                 f"same actor and action, stated as {fa.modality or 'done'} in A and {fb.modality or 'done'} in B",
                                 0.3 + words)
            return Candidate(a, b, "agree", "equal", about, "same actor, action and polarity"
                             + (f" ({fa.modality})" if fa.modality else ""), 0.5 + words)
        if words >= STATEMENT_TOPIC:
            about = f"{who}{fa.predicate} / {fb.predicate}"
            return Candidate(a, b, "related", "different-action", about,
                             f"same actor, different actions ({fa.predicate} in A, {fb.predicate} in B)", words)
        return None
    # Records without frames: the claim's predicate and negation.
    shared = shared_actors(a.ctx.actors, b.ctx.actors)
    if not shared or not a.ctx.predicate or a.ctx.predicate != b.ctx.predicate:
        return None
    about = f"{', '.join(actor_name(x) for x in sorted(shared))}: {a.ctx.predicate}"
    if a.ctx.negated != b.ctx.negated and words >= STATEMENT_SAME:
        neg, pos = ("A", "B") if a.ctx.negated else ("B", "A")
        return Candidate(a, b, "conflict", "polarity", about,
                         f"same actor and action ({a.ctx.predicate}), negated in {neg} but not in {pos}", words)
    if a.ctx.negated == b.ctx.negated and words >= 0.6:
        return Candidate(a, b, "agree", "equal", about, f"same actor, action and {int(words * 100)}% of the key words", words)
    return None



# --- clauses -----------------------------------------------------------------------------------
#
# Records extracted with the frames component carry one frame per clause (models.ClauseFrame in
# the claim's frame). Each clause is a statement mention of its own, so a sentence that says two
# things ("the club will not sell its striker but is open to loan offers") is aligned on each, and a
# sentence with a figure, a date or a quote still states who does what. Alignment reads the
# frames only (subject, predicate, object, the clause's terms: never a number or a date); the
# polarity and the modality then decide the status.

#: Verbs that say little by themselves ("is", "has", "made landfall", "took the lead"): two such
#: clauses are one action only when their objects name the same thing.
LIGHT_VERBS = frozenset({"be", "have", "make", "take", "give", "get", "do", "go", "come", "put", "hold", "keep"})
#: Support verbs: with a noun naming an action for object they add little but tense and agent
#: ("carried out an inspection", "conducted an inspection", "performed a manoeuvre"; Quirk et
#: al. 1985, 10.47, eventive objects; Grimshaw & Mester 1988, 'Light verbs and theta-marking'),
#: so two of them with the same action noun are one action. The lightest verbs (make, take,
#: give, have) are not among them: "made an offer" and "took an offer" are two acts.
SUPPORT_VERBS = frozenset({"perform", "carry out", "conduct", "undertake", "execute", "stage", "launch", "mount"})
#: Modalities that commit the subject to the action as much as stating it done ("will send",
#: "pledged to send", "sent"); the others hedge it ("may send", "plans to send", "is open to").
COMMITTED = frozenset({None, "will", "would", "must", "pledge", "shall"})
#: Shared terms (besides the subject) that make two clauses with one predicate and no object in
#: common one statement when their subjects are not both named: a subject left as a pronoun or a
#: description ("we", "the bloc") is no evidence against, but not evidence for either.
UNNAMED_MIN_TERMS = 2


def clause_mentions(claim: Claim, seen: Optional[set] = None) -> Optional[list[Mention]]:
    """One statement mention per clause of the claim, or None when the claim has no clause
    frames (older records: the claim itself is the statement, compared by its words). `seen`
    collects the spans already made into mentions, for claims that overlap."""
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
        out.append(Mention("statement", claim, c.start, c.end, text, context_of(claim, c.start, c.end), frame=c))
    return out


_BRITISH = ((re.compile(r"isation$"), "ization"), (re.compile(r"(?<=\w{3})ise$"), "ize"),
            (re.compile(r"(?<=\w{3})our$"), "or"))


@lru_cache(maxsize=1 << 14)
def _term(word: str) -> str:
    """A term folded over accents, inflection and British/American spelling ("demilitarisation"
    and "demilitarization", "labour" and "labor" meet)."""
    w = fold(word)
    for pat, repl in _BRITISH:
        w = pat.sub(repl, w)
    return stem(w)


def clause_terms(frame) -> frozenset:
    return frozenset(_term(t) for t in frame.terms)


def _subject_terms(frame) -> frozenset:
    """Content words of the subject as written (none for a pronoun or a missing subject)."""
    return frozenset(_term(w) for w in key_terms(frame.subject_text or ""))


def _subjects_meet(fa, fb) -> bool:
    """Two subjects that may be one: the same actor; or words in common ("the storm" and "the
    storm, known locally as X"; "Bank of England" and "the Bank"); or a pronoun or no subject on
    one side, which says nothing either way. Two different nouns ("the Bank" and "lenders") are
    two subjects."""
    if fa.subject and fb.subject:
        return same_actor(fa.subject, fb.subject)
    sa, sb = _subject_terms(fa), _subject_terms(fb)
    if not sa or not sb:
        return True
    return bool(sa & sb)


#: Pronoun objects ("would not recommend it"): they name nothing by themselves, so the clause
#: is compared as one whose object is not written.
_PRONOUN_OBJECTS = frozenset("it them this that these those him her us me you one".split())


def _object_head(frame) -> Optional[str]:
    if not frame.object or frame.object in _PRONOUN_OBJECTS:
        return None
    return _term(frame.object.split()[-1])


@lru_cache(maxsize=1)
def _noun_verbs() -> dict:
    from ..tables import load_json

    return load_json("noun_verbs.json")["verbs"]


def _action_noun(frame) -> bool:
    """The object's head is a noun WordNet derives from a verb ("inspection", "manoeuvre")."""
    return bool(frame.object and _noun_verbs().get(frame.object.split()[-1]))


def _object_words(frame) -> frozenset:
    if not frame.object or frame.object in _PRONOUN_OBJECTS:
        return frozenset()
    return frozenset(_term(w) for w in key_terms(frame.object))


#: Words after which an English noun phrase's head has been written: its postmodifiers start
#: with a preposition or a relative word ("residents OF the zone", "the board THAT met"), and
#: premodifiers come before the head (Quirk et al. 1985, 17.2-17.6).
_POSTMODIFIER = frozenset({"of", "in", "at", "on", "from", "for", "with", "by", "to", "that", "which", "who",
                           "whose", "under", "near", "across", "around", "among", "between", "over"})


def _subject_head(frame) -> Optional[str]:
    """The head noun of the subject as written ("resident" for "residents of the zone", "executive"
    for "the union's executive"): the last content word before a postmodifier. None for a
    pronoun or no subject."""
    text = frame.subject_text or ""
    words = []
    for w in text.replace("\u2019", "'").split():
        if w.lower() in _POSTMODIFIER:
            break
        words.append(w)
    terms = key_terms(" ".join(words))
    return _term(terms[-1]) if terms else None


def _subject_words(frame) -> frozenset:
    """The content words of the subject's noun phrase up to its head (no postmodifier)."""
    words = []
    for w in (frame.subject_text or "").split():
        if w.lower() in _POSTMODIFIER:
            break
        words.append(w)
    return frozenset(_term(t) for t in key_terms(" ".join(words)))


def _conjunct_heads(frame) -> frozenset:
    """The head nouns of a subject's conjuncts: what is said of "hotels and hospitals" is said of
    each (coordination with "and" distributes the predicate; Quirk et al. 1985, 13.5)."""
    text = frame.subject_text or ""
    out = set()
    for part in re.split(r",|\band\b", text):
        head = _subject_head(type("F", (), {"subject_text": part})())
        if head is not None:
            out.add(head)
    return frozenset(out)


def same_subject(fa, fb) -> bool:
    """Two subjects shown to be one: the same named actor, or the same head noun written on both
    sides ("the board" and "the university's board", "residents" and "residents of the zone";
    "hospitals" and one conjunct of "hotels and hospitals"). A pronoun or a missing subject shows
    nothing, and two different names are two subjects."""
    if fa.subject and fb.subject:
        return same_actor(fa.subject, fb.subject)
    if re.search(r"\b(?:or|nor)\b", f"{fa.subject_text or ''} {fb.subject_text or ''}", re.IGNORECASE):
        return False  # "or" does not distribute: either may be meant
    if _names_another(fa, fb) or _names_another(fb, fa):
        return False
    ha, hb = _subject_head(fa), _subject_head(fb)
    if ha is not None and ha == hb:
        return True
    return bool(_conjunct_heads(fa) & _conjunct_heads(fb))


_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "these", "those"})


def _names_another(fa, fb) -> bool:
    """A proper name restricts which one of its kind a noun phrase means ("the airport in
    Lombok", "the Sziget festival"): a bare definite of the same noun on the other side ("the
    airport") is not shown to be that one, and may be the story's own."""
    words = (fa.subject_text or "").split()
    names = [w for w in words[1:] if w[:1].isupper()]
    other = (fb.subject_text or "").lower()
    if not names or any(n.lower() in other for n in names):
        return False
    content = [w for w in other.split() if w not in _DETERMINERS]
    return len(content) <= 1


def clause_keys(m: Mention) -> set:
    """Blocking keys of a clause (value-free): its predicate, its object's head, its subject."""
    f = m.frame
    # a light verb aligns only through its object: its predicate alone would meet every "is"
    if f.predicate in LIGHT_VERBS:
        # ... but by its predicate with each of its terms ("made" + "landfall")
        keys = {("light", f.predicate, t) for t in clause_terms(f)}
    else:
        keys = {("pred", p) for p in _predicate_keys(f.predicate)}
    head = _object_head(f)
    if head:
        keys.add(("obj", head))
    if not f.subject and _subject_head(f):
        # what an intransitive or passive clause is about meets the object of a transitive one
        keys.add(("obj", _subject_head(f)))
    if f.subject:
        keys.add(("subj", f.subject))
    keys.update(("opp",) + pair for pair in _opposite_pairs(f.predicate))
    keys.update(("denied", t) for t in denied_claim(m) or negated_claim(m) or ())
    # two clauses sharing PARAPHRASE_MIN_SHARED content words share a pair of them (a clause
    # has a dozen content words at most; longer ones are a parser's run-on and not keyed so)
    terms = sorted(clause_terms(f))
    if len(terms) <= PARAPHRASE_KEY_TERMS:
        keys.update(("terms", x, y) for i, x in enumerate(terms) for y in terms[i + 1:])
    return keys


#: Linking verbs: with an adjective they state that the subject is in a state ("remained open",
#: "is legal"; Quirk et al. 1985, 16.21-16.24), which the adjective names.
_LINKING = frozenset({"be", "remain", "stay", "become", "seem", "appear", "look"})


def _state(p: Optional[str]) -> Optional[str]:
    """The adjective of a linking predicate ("remain open": "open"), else None."""
    parts = (p or "").split(" ", 1)
    return parts[1] if len(parts) == 2 and parts[0] in _LINKING else None


@lru_cache(maxsize=1)
def _antonyms() -> tuple[dict, dict]:
    from ..tables import load_json

    raw = load_json("verb_senses.json")
    return raw.get("antonyms", {}), raw.get("adjective_antonyms", {})


def _opposite_pairs(p: Optional[str]) -> set:
    """(word, antonym) pairs, each sorted, of a predicate's verb or state adjective (WordNet's
    direct antonyms: "open" / "close", "legal" / "illegal")."""
    verbs, adjectives = _antonyms()
    word = _state(p) or p
    if not word:
        return set()
    return {tuple(sorted((word, q))) for q in (*verbs.get(word, ()), *adjectives.get(word, ()))}


def opposite(p: Optional[str], q: Optional[str]) -> Optional[str]:
    """'state' when two predicates are antonyms and one of them states a state ("remain open" /
    "closed": they cannot both hold) or both are stances ("accept" / "reject"), 'event' for two
    opposite events ("rose" / "fell", which
    may both happen at different times), else None."""
    wp, wq = _state(p) or p, _state(q) or q
    if not p or not q or tuple(sorted((wp, wq))) not in _opposite_pairs(p):
        return None
    # a stance ("accepted the offer" / "rejected the offer") holds like a state: the verbs of
    # consent and refusal of data/polarity.json
    return "state" if _state(p) or _state(q) or (wp in _stance_verbs() and wq in _stance_verbs()) else "event"


@lru_cache(maxsize=1)
def _stance_verbs() -> frozenset:
    from ..tables import load_json

    raw = load_json("polarity.json")
    return frozenset(raw["positive"]) | frozenset(raw["negative"]) | frozenset(raw.get("directives", ()))


@lru_cache(maxsize=1)
def _verb_senses() -> tuple[dict, dict]:
    from ..tables import load_json

    raw = load_json("verb_senses.json")
    return raw["senses"], {int(k): frozenset(v) for k, v in raw["hypernyms"].items()}


@lru_cache(maxsize=1)
def _causes() -> dict:
    from ..tables import load_json

    return {int(k): frozenset(v) for k, v in load_json("verb_senses.json").get("causes", {}).items()}


def one_change(p: Optional[str], q: Optional[str]) -> bool:
    """Two verbs naming one change of the thing they are said of: the same action
    (`predicates_meet`), or one verb causing the other ("raise" the fare / the fare "rose";
    WordNet's cause pointer, data/verb_senses.json). Light verbs never."""
    if predicates_meet(p, q):
        return True
    if not p or not q or p in LIGHT_VERBS or q in LIGHT_VERBS:
        return False
    senses, _ = _verb_senses()
    causes = _causes()
    sp = frozenset(senses.get(_base_verb(p, senses)) or ())
    sq = frozenset(senses.get(_base_verb(q, senses)) or ())
    return any(causes.get(x, frozenset()) & sq for x in sp) or any(causes.get(x, frozenset()) & sp for x in sq)


def _judge_patients(a: Mention, b: Mention) -> Optional[Candidate]:
    """One change of one thing, told from the thing's side in one source ("one lane would reopen")
    and from the doer's in the other ("X ruled out reopening a lane"; "raised the fare" / "the fare
    rose"): the same head noun as the object of one clause and the subject of the other, with verbs
    naming one change; the doer, named only on one side, is no evidence against."""
    fa, fb = a.frame, b.frame
    # the object of one clause is the (unnamed) subject of the other: "X would not open the
    # archive" / "the archive would open to readers" (the parser may give the latter an oblique object)
    oa, ob = _object_head(fa), _object_head(fb)
    sa = None if fa.subject else _subject_head(fa)
    sb = None if fb.subject else _subject_head(fb)
    pa = oa if oa is not None and oa == sb and oa != ob else sa if sa is not None and sa == ob and sa != oa else None
    if pa is None or not one_change(fa.predicate, fb.predicate):
        return None
    # one thing: the modifiers before the head do not name two ("the bus fare" and "the tram fare")
    obj_mods = (_object_words(fa) if pa == oa else _object_words(fb)) - {pa}
    subj_mods = (_subject_words(fb) if pa == oa else _subject_words(fa)) - {pa}
    if obj_mods and subj_mods and not obj_mods & subj_mods:
        return None
    verb = fa.predicate if fa.predicate == fb.predicate else f"{fa.predicate} ~ {fb.predicate}"
    about = f"{verb} {fa.object or fb.object}"
    score = len(clause_terms(fa) & clause_terms(fb)) / max(1, len(clause_terms(fa) | clause_terms(fb)))
    if fa.polarity != fb.polarity:
        neg, pos = ("A", "B") if fa.polarity == "negative" else ("B", "A")
        cue = (fa if fa.polarity == "negative" else fb).polarity_cue
        if _asserts(fa) and _asserts(fb):
            return Candidate(a, b, "conflict", "polarity", about,
                             f"one change of the {pa} ({fa.predicate} in A, {fb.predicate} in B), negative in {neg} "
                             f"('{cue}') but not in {pos}", 0.5 + score)
        return Candidate(a, b, "related", "polarity", about,
                         f"one change of the {pa}, negative in {neg} ('{cue}') but not in {pos}, and not stated as done "
                         f"({fa.modality or 'done'} in A, {fb.modality or 'done'} in B)", 0.3 + score)
    if _committed(fa.modality) != _committed(fb.modality):
        return Candidate(a, b, "related", "modality", about,
                         f"one change of the {pa}, stated as {fa.modality or 'done'} in A and {fb.modality or 'done'} in B",
                         0.3 + score)
    return Candidate(a, b, "agree", "equal", about, f"one change of the {pa}, with the same polarity", 0.5 + score)


def predicates_meet(p: Optional[str], q: Optional[str]) -> bool:
    """One action under two verbs: equal lemmas, a shared WordNet sense among each verb's most
    frequent ("pull back" and "withdraw", "break down" and "collapse"), or one a direct troponym
    of the other ("spearhead" a way to "head"), from data/verb_senses.json (Princeton WordNet
    3.0). Light verbs meet only themselves: their senses cover too much."""
    if not p or not q:
        return False
    if p == q:
        return True
    if p in LIGHT_VERBS or q in LIGHT_VERBS:
        return False
    senses, hypernyms = _verb_senses()
    p, q = _base_verb(p, senses), _base_verb(q, senses)
    if p == q:
        return True
    sp, sq = senses.get(p), senses.get(q)
    if not sp or not sq:
        return False
    sp, sq = frozenset(sp), frozenset(sq)
    if sp & sq:
        return True
    up_p = frozenset().union(*(hypernyms.get(x, ()) for x in sp))
    up_q = frozenset().union(*(hypernyms.get(x, ()) for x in sq))
    return bool(up_p & sq or up_q & sp)


def _noun_senses() -> tuple[dict, dict]:
    """(noun -> senses, sense -> direct hypernyms): the senses view of data/noun_wordnet.json
    (claimtrack/wordnet_nouns.py)."""
    from ..wordnet_nouns import noun_senses

    return noun_senses()


def _noun_lemma(word: str, senses: dict) -> Optional[str]:
    """The WordNet noun a word as written stands for: itself, or its singular by the regular
    English plural endings ("queues", "ferries", "buses")."""
    w = word.lower()
    for cut, add in (("", ""), ("s", ""), ("es", ""), ("ies", "y")):
        if w.endswith(cut) and (not cut or len(w) > len(cut) + 2) and w[:len(w) - len(cut)] + add in senses:
            return w[:len(w) - len(cut)] + add
    return None


def nouns_meet(x: str, y: str) -> bool:
    """Two nouns naming one thing in other words: the same lemma, a shared WordNet sense among
    each noun's most frequent ("medicine" and "medication"), or one sense directly under the
    other ("queue" is a kind of "line"; data/noun_wordnet.json, Princeton WordNet 3.0)."""
    senses, hypernyms = _noun_senses()
    p, q = _noun_lemma(x, senses), _noun_lemma(y, senses)
    if p is None or q is None:
        return False
    if p == q:
        return True
    sp, sq = frozenset(senses[p]), frozenset(senses[q])
    if sp & sq:
        return True
    up_p = frozenset().union(*(hypernyms.get(s, ()) for s in sp))
    up_q = frozenset().union(*(hypernyms.get(s, ()) for s in sq))
    return bool(up_p & sq or up_q & sp)


def _base_verb(p: str, senses: dict) -> str:
    """A verb WordNet does not list, made with the prefix re- ("reapply", "re-register"), is its
    base verb done again (English derivation, Quirk et al. 1985, App. I.20); a listed verb
    ("refuse", "return") is its own."""
    if p in senses or not p.startswith("re") or len(p) < 6:
        return p
    base = p[3:] if p[2] == "-" else p[2:]
    return base if base in senses else p


def _predicate_keys(p: str) -> set:
    """Blocking keys of a predicate that `predicates_meet` can pair: the lemma, its kept WordNet
    senses and their direct hypernyms (a verb meets its synonyms and troponyms by one of them)."""
    senses, hypernyms = _verb_senses()
    p = _base_verb(p, senses)
    own = senses.get(p) or ()
    return {p} | set(own) | {h for x in own for h in hypernyms.get(x, ())}


def _who(fa, fb) -> str:
    """'Chile: ' for a named subject, else the subject as written ('The storm: '), else ''."""
    for f in (fa, fb):
        if f.subject:
            return f"{actor_name(f.subject)}: "
    for f in (fa, fb):
        if _subject_terms(f):
            return f"{f.subject_text}: "
    return ""


def _committed(modality: Optional[str]) -> bool:
    return modality in COMMITTED


#: Modalities of a stance the subject is said to take towards the action (a plan, a pledge,
#: readiness, consideration, expectation, obligation, ability): the stance itself is asserted,
#: so its negation ("did not plan to", "ruled out") contradicts it.
STANCES = frozenset({"plan", "pledge", "willing", "consider", "expect", "must", "can"})


def _asserts(frame) -> bool:
    """The clause states its action as done, as sure to be, or as a stance of its subject's:
    only such clauses contradict each other. A possibility ("may be moved", "could have moved"),
    a habit ("normally moves"), a condition ("if ..."), a purpose ("to sell"), an attempt
    ("tried to sell") or what another asked for ("asked Peru to send") asserts nothing that the
    other side's negation could deny."""
    return frame.modality in COMMITTED or frame.modality in STANCES


#: Modalities that say the action will happen (or, negated, that it will not).
FUTURE = frozenset({"will", "would", "shall"})


def _excludes(fa, fb) -> bool:
    """One side says the action will not happen ("the toll will not go up"), the other that it
    may ("the toll may go up"): a negated future excludes the possibility the other asserts (will-not
    entails cannot-be-expected; Palmer 2001, Mood and Modality, 1.2, epistemic 'may' as
    possibility). A past negation ("did not go up") excludes nothing about what may come."""
    neg, pos = (fa, fb) if fa.polarity == "negative" else (fb, fa)
    return neg.polarity == "negative" and pos.polarity == "positive" and neg.modality in FUTURE and pos.modality == "may"


@lru_cache(maxsize=1)
def _directives() -> frozenset:
    from ..tables import load_json

    return frozenset(load_json("polarity.json").get("directives", ()))


def _asked(modality: Optional[str]) -> bool:
    """The clause is what another asked of its subject (the frames give a directive's
    complement the directive verb as modality: "asked Peru to send")."""
    return modality in _directives()


def judge_clauses(a: Mention, b: Mention) -> Optional[Candidate]:
    """Two clauses: the same action (predicate and what it is done to) by a compatible subject is
    one statement, whose status the polarity and the modality set; the same named subject doing
    different things on one topic is `related`. Two denials of one claim worded apart ("denied
    that the mill was sold" / "dismissed claims that a rival bought the mill") are one statement."""
    got = _judge_actions(a, b)
    if got is None or got.status == "related":
        return _judge_denials(a, b) or got or _judge_paraphrase(a, b)
    if got.status == "conflict" and got.relation == "polarity" and (_contrasted(a) or _contrasted(b)):
        return Candidate(a, b, "related", "polarity", got.about,
                         f"{got.reason}; but one sentence states the action both ways ('not X for this, X for "
                         f"that'): its negation bears on what differs, not on the action", got.score - 0.2)
    return got


def _contrasted(m: Mention) -> bool:
    """The clause's own sentence states its action both ways, by one subject ("we are not
    closing the depot to save money, we are closing it to build homes"; "it did not close the mine, it sold it"
    is no such case: two actions): a contrastive negation, whose focus is what tells the two
    clauses apart (the purpose, the time, the manner), not the action, which the sentence
    asserts (Quirk et al. 1985, 10.64-10.65, focus of negation)."""
    f = m.frame
    for c in getattr(m.claim.frame, "clauses", None) or ():
        if (c.start, c.end) == (f.start, f.end) or c.predicate != f.predicate or c.polarity == f.polarity:
            continue
        if (c.subject or f.subject) and c.subject == f.subject:
            return True
        if not (c.subject or f.subject) and _subject_head(c) is not None and _subject_head(c) == _subject_head(f):
            return True
    return False


def _judge_actions(a: Mention, b: Mention) -> Optional[Candidate]:
    fa, fb = a.frame, b.frame
    named = bool(fa.subject and fb.subject)
    patients = _judge_patients(a, b)
    if patients is not None:
        return patients
    if not _subjects_meet(fa, fb):
        return None
    ta, tb = clause_terms(fa), clause_terms(fb)
    subj = _subject_terms(fa) | _subject_terms(fb)
    shared = (ta & tb) - subj
    oa, ob = _object_head(fa), _object_head(fb)
    objects = oa is not None and oa == ob
    score = len(ta & tb) / max(1, len(ta | tb))
    who = _who(fa, fb)
    light = fa.predicate in LIGHT_VERBS or fb.predicate in LIGHT_VERBS
    # the objects do not say two different things: the same head, or one side names none
    open_objects = objects or oa is None or ob is None
    if objects and fa.predicate in SUPPORT_VERBS and fb.predicate in SUPPORT_VERBS and _action_noun(fa):
        # "carried out an inspection" / "performed an inspection": the action is the noun's
        same_action = True
    elif light:
        # "made landfall", "is the capital": the action is in the object or the words around it
        same_action = fa.predicate == fb.predicate and (objects or (open_objects and len(shared) >= UNNAMED_MIN_TERMS))
    else:
        # one subject: one named actor, or the same noun written on both sides ("talks on a
        # settlement" and "talks on a permanent settlement")
        one_subject = named or bool(_subject_terms(fa) & _subject_terms(fb))
        # objects with a word in common ("commercial decisions", "the bank's commercial
        # strategy") are one thing seen from two sides when the action is one
        near_objects = bool(_object_words(fa) & _object_words(fb))
        same_action = predicates_meet(fa.predicate, fb.predicate) and (
            objects or near_objects or (one_subject and (shared or open_objects))
            or (open_objects and len(shared) >= UNNAMED_MIN_TERMS))
    if same_action:
        verb = fa.predicate if fa.predicate == fb.predicate else f"{fa.predicate} ~ {fb.predicate}"
        about = f"{who}{verb}" + (f" {fa.object or fb.object}" if fa.object or fb.object else "")
        if fa.polarity != fb.polarity:
            neg, pos = ("A", "B") if fa.polarity == "negative" else ("B", "A")
            cue = (fa if fa.polarity == "negative" else fb).polarity_cue
            # a conflict needs the subject shown to be one (a name, or the same noun on both
            # sides) and the same thing done to: the same object, none on either side, or one
            # side's object among the other clause's words ("would not provide direct subsidies"
            # and "agreed to provide 300 million in direct support", whose object is a figure)
            one_thing = objects or (oa is None and ob is None) or (
                (oa is None) != (ob is None) and bool(_object_words(fa if oa else fb) & (tb if oa else ta)))
            # ... and the action the subject's own stance on both sides: what someone else asked
            # of it ("Chile asked Peru to send") is no stance of Peru's to contradict
            # ... and both stating it, not a possibility, a habit, a condition or a purpose
            if same_subject(fa, fb) and one_thing and (_asserts(fa) and _asserts(fb) or _excludes(fa, fb)):
                return Candidate(a, b, "conflict", "polarity", about,
                                 f"same actor and action ({fa.predicate}), negative in {neg} ('{cue}') but not in {pos}",
                                 0.5 + score)
            why = ("the subjects or objects are not shown to be one" if not (same_subject(fa, fb) and one_thing) else
                   f"not stated as done on both sides ({fa.modality or 'done'} in A, {fb.modality or 'done'} in B)")
            return Candidate(a, b, "related", "polarity", about,
                             f"one action ({fa.predicate}), negative in {neg} ('{cue}') but not in {pos}; {why}", 0.3 + score)
        if _committed(fa.modality) != _committed(fb.modality):
            return Candidate(a, b, "related", "modality", about,
                             f"same action, stated as {fa.modality or 'done'} in A and {fb.modality or 'done'} in B",
                             0.3 + score)
        how = "same actor, action and polarity" if named else "same action and polarity"
        if fa.modality != fb.modality:
            how += f" ({fa.modality or 'done'} in A, {fb.modality or 'done'} in B)"
        elif fa.modality:
            how += f" ({fa.modality})"
        return Candidate(a, b, "agree", "equal", about, how, 0.5 + score)
    kind = opposite(fa.predicate, fb.predicate)
    # a state's prepositional phrase ("open to traffic", "closed through the night") is no object
    if kind is not None and same_subject(fa, fb) and (objects or (oa is None and ob is None) or (
            kind == "state" and open_objects)):
        return _judge_opposite(a, b, kind, f"{who}{fa.predicate} / {fb.predicate}", score)
    if named and shared and score >= STATEMENT_TOPIC:
        about = f"{who}{fa.predicate} / {fb.predicate}"
        return Candidate(a, b, "related", "different-action", about,
                         f"same actor, different actions ({fa.predicate} in A, {fb.predicate} in B)", score)
    return None


def _judge_opposite(a: Mention, b: Mention, kind: str, about: str, score: float) -> Candidate:
    """One subject said to be in opposite states ("the pass would remain open" / "the pass was
    closed"): a conflict when both sides state it, and agreement when one of them is negated
    ("would not remain open" / "was closed"). Opposite events ("rose" / "fell") are related:
    both may happen, at different times."""
    fa, fb = a.frame, b.frame
    asserted = _asserts(fa) and _asserts(fb)
    if kind == "state" and asserted and fa.polarity == fb.polarity:
        return Candidate(a, b, "conflict", "polarity", about,
                         f"opposite states ({fa.predicate} in A, {fb.predicate} in B) of one subject", 0.5 + score)
    if kind == "state" and asserted:
        return Candidate(a, b, "agree", "equal", about,
                         f"opposite states, one of them negated ({fa.predicate} in A, {fb.predicate} in B)", 0.5 + score)
    return Candidate(a, b, "related", "different-action", about,
                     f"opposite actions ({fa.predicate} in A, {fb.predicate} in B)", 0.3 + score)


# --- denials -----------------------------------------------------------------------------------
#
# A denial names the claim it denies in a complement ("denied that the mill had been sold",
# "rejected claims that the mill was sold", "dismissed reports that ...") or in a noun ("ruled out
# a sale of the mill"). Two sources report one denial with different verbs and say the claim in
# different words; what stays is the claim's content words. So two denials whose claims share
# most of their content words are one statement, and they agree: the denial verb is the
# polarity, the complement the claim (issue 13 (4)).

#: Shared content words two denied claims need (one word in common, "the mill", names a topic,
#: not a claim) ...
DENIAL_MIN_SHARED = 2
#: ... and the share of the shorter claim's content words they cover (most of what the shorter
#: one says is said by the other: "a strike by pilots" within "a strike called by the pilots' union").
DENIAL_MIN_COVER = 0.5


@lru_cache(maxsize=1)
def _denial_tables() -> tuple[frozenset, frozenset]:
    from ..tables import load_json

    raw = load_json("polarity.json")
    return frozenset(raw.get("denials", ())), frozenset(raw.get("claim_nouns", ()))


def _cue_at(text: str, cue: str) -> int:
    """Where the denial verb stands in a clause's text ("denied" for 'deny'), else 0."""
    root = cue[:-1] + "(?:y|ie|i)" if cue.endswith("y") else cue[:-1] if cue.endswith("e") else cue
    m = re.search(rf"\b{root}\w*", text, re.IGNORECASE)
    return m.start() if m else 0


def denied_claim(m: Mention) -> Optional[frozenset]:
    """The content words of the claim a clause denies, or None when it denies none: a clause
    negated by a denial verb ("X denied that the mill was sold": mill, sell), with an infinitive
    of purpose that follows it ("... sold to cover debts"), without the denier's words and the
    noun of saying ("claims that"); or a denial verb with a noun for object ("ruled out a sale of
    the mill": sale, mill)."""
    f = m.frame
    denials, claim_nouns = _denial_tables()
    if f.polarity == "negative" and f.polarity_cue in denials:
        after = {_term(w) for w in key_terms(m.text[_cue_at(m.text, f.polarity_cue):])}
        content = (clause_terms(f) & after) | {_term(w) for w in key_terms(f.predicate or "")}
        for c in getattr(m.claim.frame, "clauses", None) or ():
            if c.modality == "purpose" and 0 <= c.start - m.end <= 2:
                content |= clause_terms(c) | {_term(w) for w in key_terms(c.predicate or "")}
        verbs = {_term(w) for w in key_terms(f.polarity_cue)}
    elif f.polarity == "positive" and (f.predicate or "").split(" ")[0] in denials and _object_head(f):
        content = set(clause_terms(f)) - _subject_terms(f)
        verbs = set()
    else:
        return None
    content -= {_term(n) for n in claim_nouns} | verbs
    return frozenset(content)


def negated_claim(m: Mention) -> Optional[frozenset]:
    """The content words of a clause negated by a negator ("no ballots were lost", "the bridge
    was never closed": what it says did not happen), else None."""
    f = m.frame
    if f.polarity != "negative" or f.polarity_cue in _denial_tables()[0]:
        return None
    return frozenset(clause_terms(f) | {_term(w) for w in key_terms(f.predicate or "")})


def _judge_denials(a: Mention, b: Mention) -> Optional[Candidate]:
    """Two denials of one claim in other words, or a denial and a negation of it ("denied that
    the bridge was closed" / "said the bridge had never been closed"): the same denial, `agree`."""
    da, db = denied_claim(a), denied_claim(b)
    if not da and not db:
        return None
    ca, cb = da or negated_claim(a), db or negated_claim(b)
    if not ca or not cb:
        return None
    shared = ca & cb
    if len(shared) < DENIAL_MIN_SHARED or len(shared) < DENIAL_MIN_COVER * min(len(ca), len(cb)):
        return None
    fa, fb = a.frame, b.frame
    if not shared - (_subject_terms(fa) & _subject_terms(fb)):
        return None  # only the subject both claims are about in common ("the night ferry"), not what they say of it
    if fa.subject and fb.subject and fa.polarity == fb.polarity == "positive" and not same_actor(fa.subject, fb.subject):
        return None  # two named actors ruling out one thing are two stances
    verb = fa.polarity_cue or fa.predicate
    other = fb.polarity_cue or fb.predicate
    about = f"denied: {', '.join(sorted(shared))}"
    return Candidate(a, b, "agree", "equal", about,
                     f"one claim denied on both sides ({verb} in A, {other} in B), most of its words in common",
                     0.5 + len(shared) / len(ca | cb))


# --- one statement in other words ---------------------------------------------------------------

#: Two clauses saying nearly all the same things (their nouns and adjectives: who, to whom, what,
#: where) are one statement in other words, whatever verb each uses ("supplied the crew with the
#: charts" / "passed the charts to the crew"): at least this many content words in common ...
PARAPHRASE_MIN_SHARED = 4
#: ... and this share of all the content words of both (Jaccard).
PARAPHRASE_MIN_SHARE = 0.6
#: Clauses with more content words than this are not keyed by their word pairs (blocking).
PARAPHRASE_KEY_TERMS = 12


def _judge_paraphrase(a: Mention, b: Mention) -> Optional[Candidate]:
    """One statement in other words: the same polarity, both stated as done (or both hedged),
    subjects that may be one, and nearly all content words in common; `agree`. Never a
    conflict: a verb not shown to be the same action cannot be said to be negated."""
    fa, fb = a.frame, b.frame
    if fa.polarity != fb.polarity or _committed(fa.modality) != _committed(fb.modality):
        return None
    ta, tb = clause_terms(fa), clause_terms(fb)
    # subjects that may be one, or one side's subject named among the other clause's words (an
    # appositive, "one of the five, a retired pilot, had ...", names its noun phrase again)
    if not (_subjects_meet(fa, fb) or _subject_head(fa) in tb or _subject_head(fb) in ta):
        return None
    shared = ta & tb
    if len(shared) < PARAPHRASE_MIN_SHARED or len(shared) < PARAPHRASE_MIN_SHARE * len(ta | tb):
        return None
    verb = fa.predicate if fa.predicate == fb.predicate else f"{fa.predicate} ~ {fb.predicate}"
    return Candidate(a, b, "agree", "paraphrased", f"{_who(fa, fb)}{verb}",
                     f"one statement in other words: {len(shared)} of {len(ta | tb)} content words in common, "
                     f"the same polarity", 0.4 + len(shared) / len(ta | tb))
