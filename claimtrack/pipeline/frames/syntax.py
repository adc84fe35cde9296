"""The parse reading every frame shares: actor ids by token, noun phrases, clause verbs and
subjects, negation, places, and the dates that govern a predicate; the polarity table."""

from __future__ import annotations

import re
from contextvars import ContextVar
from functools import lru_cache
from typing import Callable, NamedTuple, Optional

from spacy.tokens import Doc, Span, Token

from ...tables import load_json, load_lines, parse_speech_verbs
from ..extensions import ACTOR_REFS, ACTOR_SPANS, ACTORS, doc_text, views
from .children import children_of

_SUBJ = frozenset({"nsubj", "nsubjpass", "csubj", "expl", "agent"})
_OBJ = frozenset({"dobj", "obj", "attr", "oprd", "dative"})
#: Dependencies a figure's phrase climbs through to reach the word it belongs to.
_CLIMB = frozenset({"nummod", "quantmod", "compound", "amod", "nmod", "appos", "conj", "npadvmod", "advmod", "pobj", "prep", "poss"})
_BARE_DATE = re.compile(
    r"^(?:on\s+|this\s+|last\s+|next\s+|early\s+|late\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tonight|yesterday|tomorrow)"
    r"(?:\s+(?:morning|afternoon|evening|night))?$", re.IGNORECASE)
_PLACE_PREPS = frozenset({"at", "in", "during", "for"})
_PRONOUNS = frozenset("i me we us you he him she her they them it this that who one someone".split())


#: The table files the frames are read with (saved with a pipeline: FrameBuilder.to_disk).
TABLE_FILES = ("polarity.json", "noun_verbs.json", "speech_verbs.txt")


class FrameTables(NamedTuple):
    polarity: dict
    noun_verbs: dict  # noun lemma -> its verbs
    speech: frozenset  # speech-verb lemmas, strong and weak


def build_frame_tables(json_of: Callable[[str], dict], lines_of: Callable[[str], tuple]) -> FrameTables:
    """The frames' tables from a reader of JSON tables and one of line tables, by file name."""
    raw = json_of("polarity.json")
    polarity = {
        "negative": frozenset(raw["negative"]),
        "cessation": frozenset(raw.get("cessation", ())),
        "prevention": frozenset(raw.get("prevention", ())),
        "prepositional": {how: dict(verbs) for how, verbs in raw.get("prepositional", {}).items()},
        "pending": frozenset(raw.get("pending", {}).get("verbs", ())),
        "pending_adverb": raw.get("pending", {}).get("adverb"),
        "particles": dict(raw.get("negative_particles", {})),
        "positive": frozenset(raw["positive"]),
        "modal_aux": dict(raw["modal_auxiliaries"]),
        "modal_verbs": dict(raw["modal_verbs"]),
        "negators": frozenset(raw["negators"]),
        "directives": frozenset(raw.get("directives", ())),
        "permissions": frozenset(raw.get("permissions", ())),
        "request_nouns": frozenset(raw.get("request_nouns", ())),
        "request_answers": dict(raw.get("request_answers", {})),
        "modal_adjectives": dict(raw.get("modal_adjectives", {})),
        "nominal_governors": dict(raw.get("nominal_governors", {})),
        "negative_adjectives": frozenset(raw.get("negative_adjectives", ())),
        "claim_nouns": frozenset(raw.get("claim_nouns", ())),
        "denials": frozenset(raw.get("denials", ())),
        "paying_verbs": frozenset(raw.get("paying", {}).get("verbs", ())),
        "paying_nouns": frozenset(raw.get("paying", {}).get("nouns", ())),
        "habitual": frozenset(raw.get("mood", {}).get("habitual_adverbs", ())),
        "conditions": frozenset(raw.get("mood", {}).get("condition_marks", ())),
        "modal_perfect": frozenset(raw.get("mood", {}).get("modal_perfect", ())),
        "intention_nouns": dict(raw.get("intention_nouns", {})),
        "intention_holders": dict(raw.get("intention_holders", {})),
        "foreclosing": frozenset(raw.get("foreclosing", ())),
        "prohibitions": frozenset(raw.get("prohibitions", ())),
        "prohibition_holders": frozenset(raw.get("prohibition_holders", ())) | frozenset(
            k for k, v in raw.get("nominal_governors", {}).items() if v == "done"),
        "prohibition_enders": frozenset(raw.get("prohibition_enders", ())),
    }
    strong, weak = parse_speech_verbs(lines_of("speech_verbs.txt"))
    return FrameTables(polarity, json_of("noun_verbs.json")["verbs"], strong | weak)


@lru_cache(maxsize=1)
def package_tables() -> FrameTables:
    """The package's own tables (WordNet's derivational pointers for noun_verbs.json)."""
    return build_frame_tables(load_json, load_lines)


#: The tables of a saved pipeline whose frame tables differ from the package's, while its
#: FrameBuilder runs (FrameBuilder.from_disk); None: the package's own.
SAVED_TABLES: ContextVar[Optional[FrameTables]] = ContextVar("claimtrack_frame_tables", default=None)


def polarity_table() -> dict:
    return (SAVED_TABLES.get() or package_tables()).polarity


def noun_verbs() -> dict:
    """Noun lemma -> its verbs by WordNet's derivational pointers (data/noun_verbs.json)."""
    return (SAVED_TABLES.get() or package_tables()).noun_verbs


def _speech() -> frozenset:
    return (SAVED_TABLES.get() or package_tables()).speech


class _Actors:
    """Actor ids by token: a token inside an actor mention maps to its id."""

    def __init__(self, doc: Doc) -> None:
        self.by_token: dict[int, str] = {}
        for s, e, aid in doc._.get(ACTOR_SPANS) or []:
            span = doc.char_span(s, e, alignment_mode="expand")
            if span is not None:
                for i in range(span.start, span.end):  # the indices: iterating a Span builds Tokens
                    self.by_token.setdefault(i, aid)
        self.info = {a.id: a for a in views(doc, ACTORS)}
        # definite descriptions the actor component links to a named actor ("the company" for
        # the shipbuilder named before): the head of such a subject names that actor
        self.ref_heads: dict[int, str] = {}
        for s, e, aid in (doc._.get(ACTOR_REFS) if Doc.has_extension(ACTOR_REFS) else None) or []:
            span = doc.char_span(s, e, alignment_mode="expand")
            if span is not None:
                self.ref_heads.setdefault(span.root.i, aid)

    def of_phrase(self, token: Optional[Token]) -> Optional[str]:
        """The actor a noun phrase names by its head or the words right on it ("the French
        President", "Italy's government"), not an actor deeper in it ("truces brokered by X");
        for conjoined subjects, the first; else the actor a definite description headed by it
        takes up ("the company")."""
        if token is None:
            return None
        if token.i in self.by_token:
            return self.by_token[token.i]
        for c in children_of(token):
            if c.dep_ in ("compound", "poss", "amod", "appos", "nmod") and c.i in self.by_token:
                return self.by_token[c.i]
        return self.ref_heads.get(token.i)

    def of(self, token: Optional[Token]) -> Optional[str]:
        """The actor a noun phrase headed by `token` names (the head, else a word of its phrase)."""
        if token is None:
            return None
        if token.i in self.by_token:
            return self.by_token[token.i]
        for t in token.subtree:
            if t.i in self.by_token and t.dep_ in ("compound", "poss", "amod", "pobj", "appos", "nmod"):
                return self.by_token[t.i]
        return None


def _root_of(span: Span) -> Token:
    """The token of the span whose head lies outside it (the phrase's head)."""
    return span.root


def _date_root(span: Span) -> Token:
    """The head of a date's phrase. A time adverbial is the object of the preposition before it
    ("on 11 May", "by March 3", "until 2030"), so when the parse splits the date's words between
    two heads ("reopen on 11 May once the repairs end" parsed with "11" under "on" and "May" under
    "end"), the word that preposition governs heads the phrase, not the one spaCy's Span.root
    picks for its shorter path to the sentence's root (the word hung on a later clause)."""
    root = span.root
    if span.start == 0 or root.head.i == span.start - 1:
        return root
    prep = span.doc[span.start - 1]
    if prep.dep_ != "prep":
        return root
    return next((t for t in span if t.head.i == prep.i), root)


def _noun_phrase(token: Token) -> tuple[str, list[str]]:
    """(head lemma, modifier lemmas) of a noun."""
    mods = [c.lemma_.lower() for c in children_of(token)
            if c.dep_ in ("amod", "compound", "nmod") and c.is_alpha and not c.like_num]
    return token.lemma_.lower(), mods


def _clause_verb(token: Token, limit: int = 8) -> Optional[Token]:
    t = token
    for _ in range(limit):
        if t.pos_ in ("VERB", "AUX") and t.dep_ not in ("amod",):
            return t
        if t.head.i == t.i:
            return None
        t = t.head
    return None


def _subject(verb: Token) -> Optional[Token]:
    for c in children_of(verb):
        if c.dep_ in ("nsubj", "nsubjpass", "csubj"):
            return c
    # "X plans to send": the controlled verb's subject is its governor's.
    if verb.dep_ in ("xcomp", "conj", "advcl") and verb.head.i != verb.i:
        return _subject(verb.head) if verb.dep_ != "advcl" else None
    return None


def _negated(verb: Token) -> Optional[str]:
    cue = _negation_cue(verb)
    if cue in ("not", "n't", "never") and _any_longer(verb):
        # "does not call there any more", "will not sell it anymore": WordNet 3.0 anymore.r.01 'at
        # the present or from now on; usually used with a negative', synonym 'any longer': the
        # negation "no longer" writes in one word (below), which says the act was done before
        return "no longer"
    return cue


def present_perfect(verb: Token) -> bool:
    """The verb is a present perfect ("has ignored", "have so far ignored") or its progressive
    ("has been ignoring"): a past participle, or "been" and an -ing form, with "have" in the
    present for auxiliary, which tells a state of affairs up to now; a simple past ("ignored ...
    last year") or a past perfect ("had ignored") tells one up to a time before it (Quirk et al.
    1985, 4.20-4.22)."""
    aux = [c for c in children_of(verb) if c.dep_ == "aux"]
    participle = verb.tag_ == "VBN" or (verb.tag_ == "VBG" and any(c.lower_ == "been" for c in aux))
    return participle and any(c.lemma_.lower() == "have" and c.tag_ in ("VBZ", "VBP") for c in aux)


def _any_longer(verb: Token) -> bool:
    """The verb has "anymore", or "any longer" / "any more" as its adverb (not "any more money",
    whose "more" is its object's)."""
    return any(c.dep_ == "advmod" and (c.lower_ == "anymore" or (
        c.lower_ in ("longer", "more") and any(g.lower_ == "any" for g in children_of(c)))) for c in children_of(verb))


def _negation_cue(verb: Token) -> Optional[str]:
    neg = polarity_table()["negators"]
    if _without_clause(verb):
        return "without"
    if any(c.dep_ == "preconj" and c.lower_ == "neither" for c in children_of(verb)):
        return "neither"  # "would neither confirm nor deny": the first of the two verbs is negated too
    for c in children_of(verb):
        if c.dep_ == "neg" or (c.dep_ in ("advmod",) and c.lower_ in neg):
            return c.lower_
        if c.dep_ == "advmod" and c.lower_ == "longer" and any(n.lower_ in ("no", "not") for n in children_of(c)):
            # "no longer funds the depot": WordNet 3.0 no_longer.r "not now", the antonym of "still",
            # the parser hanging the "no" on "longer"
            return "no longer"
        if c.dep_ in ("aux", "auxpass"):
            for cc in children_of(c):
                if cc.dep_ == "neg":
                    return cc.lower_
    return None


def _without_clause(verb: Token) -> bool:
    """An -ing clause governed by "without" ("left without paying", "closed the road without
    warning drivers"): "without" is the negative of "with", and the clause says its action was not
    done (the driver left and did not pay)."""
    return verb.dep_ == "pcomp" and verb.tag_ == "VBG" and verb.head.lower_ == "without" and verb.head.dep_ == "prep"


def _place(tokens) -> Optional[str]:
    """'Paris meeting' for '... at the Paris meeting': the object of a place/event preposition."""
    for t in tokens:
        for prep in children_of(t):
            if prep.dep_ == "prep" and prep.lower_ in _PLACE_PREPS:
                for pobj in children_of(prep):
                    if pobj.dep_ == "pobj" and pobj.pos_ in ("NOUN", "PROPN") and not pobj.like_num \
                            and pobj.ent_type_ not in ("DATE", "TIME", "CARDINAL", "QUANTITY", "MONEY", "PERCENT"):
                        # the noun with the words before it that name it ("closed-door meeting")
                        start = pobj.i
                        for c in pobj.lefts:
                            if c.dep_ in ("compound", "amod", "nmod"):
                                start = min(start, c.left_edge.i)
                        return doc_text(pobj.doc)[pobj.doc[start].idx:pobj.idx + len(pobj)]  # the span's text
    return None


def _measured_noun(tok: Token) -> Optional[str]:
    """The lemma of a noun a figure sizes; a pronoun object ("raising them to 9.4%") stands
    for the object of the clause it hangs from ("cut interest rates ..., lowering them")."""
    if tok.pos_ in ("NOUN", "PROPN") and not tok.like_num:
        return tok.lemma_.lower()
    if tok.pos_ == "PRON" and tok.head.dep_ in ("advcl", "conj", "xcomp", "ccomp") and tok.head.head.i != tok.head.i:
        for c in children_of(tok.head.head):
            if c.dep_ == tok.dep_ and c.pos_ in ("NOUN", "PROPN"):
                return c.lemma_.lower()
    return None


#: The adverbs of direction before "from" that open the standard a changed figure is compared
#: with ("now counts 640 members, down from 910 at the end of 2029").
_CHANGE_ADVERBS = frozenset({"up", "down"})


def standard_of_comparison(tok: Token) -> bool:
    """The preposition that opens the standard a figure is compared with: "from" after "up" or
    "down" ("reached 52 a week last month, up from 38 in March 2029"). A date inside that
    phrase dates the standard, not the clause it hangs from: the clause's figure is the newer one.
    ("than" after a comparative opens a standard too, "dearer than last year's 45 pounds"; it is
    left out until a price and a cost of making one thing are told apart when the other report
    names the cost with a noun, "their cost of production": its date hid that confusion on a
    read set.)"""
    return tok.dep_ == "prep" and tok.lower_ == "from" and tok.head.lower_ in _CHANGE_ADVERBS


def _governs(d_tok: Token, targets: set) -> bool:
    """The date hangs from one of the target tokens (through nouns and prepositions only, and
    not beyond the standard of a comparison: `standard_of_comparison`)."""
    t = d_tok
    for _ in range(8):
        if t.i in targets:
            return True
        if t.pos_ in ("VERB", "AUX") or t.head.i == t.i or standard_of_comparison(t):
            return False
        t = t.head
    return False


class _DateHeads(list):
    """The dates' (iso, head token, start), in order, indexed by every token each hangs from (the
    tokens `_governs` reaches from it): the first date a token governs is a look-up, not a walk
    from every date of the document for every figure (quadratic in a long document)."""

    def __init__(self) -> None:
        super().__init__()
        self.by_token: dict[int, list[int]] = {}

    def add(self, iso, tok: Token, start: int) -> None:
        k = len(self)
        self.append((iso, tok, start))
        t = tok
        for _ in range(8):  # the tokens _governs(tok, {i}) accepts, in its order
            self.by_token.setdefault(t.i, []).append(k)
            if t.pos_ in ("VERB", "AUX") or t.head.i == t.i or standard_of_comparison(t):
                break
            t = t.head

    def governed_by(self, i: int) -> Optional[tuple[str, int]]:
        """(iso, start) of the first date with an ISO value that token `i` governs, else None."""
        for k in self.by_token.get(i, ()):
            d_iso, _, d_start = self[k]
            if d_iso:
                return d_iso, d_start
        return None


def _fronted_date(verb: Token, date_heads: list) -> Optional[tuple[str, int]]:
    """(iso, start) of a date fronted before the first of two joined clauses, which it dates
    both ("On Monday the council closed the pool and laid off 12 staff": a sentence-initial
    adverbial scopes over the whole coordination); None for a date after the first verb ("closed
    the pool on Monday and laid off 12 staff" may date the closure alone), and for a clause
    with a modal of its own, which moves away from the date ("Last year the plant made 40 buses
    and it will make 60")."""
    if any(c.dep_ == "aux" and c.tag_ == "MD" for c in children_of(verb)):
        return None
    first = verb
    while first.dep_ == "conj" and first.head.i != first.i and first.head.pos_ in ("VERB", "AUX"):
        first = first.head
    if first.i == verb.i:
        return None
    found = date_heads.governed_by(first.i)
    if found is None or found[1] >= first.idx:
        return None
    return found


#: Subordinators that place a clause's event after the time of the clause it depends on (Quirk et
#: al. 1985, 15.25, clauses of time): "the council shut the pool on Friday before 200 swimmers
#: arrived" dates the closure, and the arrival came later, by the report at the latest; under a
#: head clause ahead of the report ("will shut the pool on 20 May before 200 swimmers arrive") the
#: head's date is the nearer bound (the event comes at it or later), so it stays the as-of
#: (`_later_than`). A clause after "after", "since" or "once" tells an event at or before the head
#: clause's time, so that time stays its as-of (its latest possible moment), as for any other
#: dependent clause.
_OTHER_TIME_MARKS = frozenset({"before", "until", "till"})


def _later_than(clause: Token) -> bool:
    """An adverbial clause of time whose event comes after its head clause's (`_OTHER_TIME_MARKS`)."""
    return clause.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _OTHER_TIME_MARKS
                                          for c in children_of(clause))


def _before_report(iso: str, published: Optional[str]) -> bool:
    """Whether a date lies wholly before the publication's (ISO strings; a date that contains the
    publication, its year or month, does not)."""
    return bool(published) and iso < published[:len(iso)]


def _own_time(clause: Token) -> bool:
    """A dependent clause that a date of the clause it depends on does not date: a
    relative clause in the present ("the mill, which employs 300 people, shut a line last year":
    what holds at the time of the report, Quirk et al. 4.4-4.6), unlike one in the past ("a quake in
    May that killed 40") or one that a time itself heads ("on 1 May, when the bank issues 40 new
    coins")."""
    if clause.dep_ == "relcl":
        verb = clause if clause.pos_ in ("VERB", "AUX") else None
        if verb is None or any(c.lower_ == "when" for c in children_of(verb)):
            return False  # "on 1 May, when the bank issues 40 new coins": the clause of a time is dated by it
        aux = [c for c in children_of(verb) if c.dep_ in ("aux", "auxpass")]
        if any(c.tag_ in ("VBD", "MD") for c in aux):
            return False
        return verb.tag_ in ("VBZ", "VBP") or any(c.tag_ in ("VBZ", "VBP") for c in aux)
    return False


def _governing_date(pred: Token, date_heads: list, published: Optional[str] = None) -> Optional[tuple[str, int]]:
    """The ISO date of the clause a predicate heads: a date hanging from it; else one hanging from
    the clause it depends on (a relative or adverbial clause, "hit by a quake in November 2023
    that killed 153"; not a reported one), nearest clause first. Past a clause whose event comes
    later (`_later_than`), a head's date before the publication (`published`) is none: the report
    is then the nearer bound."""
    t, later = pred, False

    def bounded(found):
        return None if later and _before_report(found[0], published) else found

    for _ in range(4):
        found = date_heads.governed_by(t.i)
        if found is None:
            found = _fronted_date(t, date_heads)
        if found is not None:
            return bounded(found)
        if t.dep_ not in ("relcl", "advcl", "acl", "xcomp") or t.head.i == t.i or _own_time(t):
            return None
        later = later or _later_than(t)
        t = t.head
        while t.pos_ not in ("VERB", "AUX") and t.head.i != t.i:
            found = date_heads.governed_by(t.i)
            if found is not None:
                return bounded(found)
            t = t.head
    return None
