"""Claim frames: what each figure measures, what each date dates, who speaks, who does what.

Read from the dependency parse, never from the values: the comparison aligns two mentions when
their frames say they state the same thing, and only then looks at the values.

* quantity: the counted or measured thing (head noun lemma, modifiers, unit class), the
  predicate the figure belongs to (verb or event noun) and its role (subject, object, oblique
  with its preposition), the holder (the actor that has or does it), the as-of date (a date in
  the same clause, else the publication date) and the place or event ("at the Paris meeting");
* date: the event it dates; a bare weekday or "today" with no event is no fact;
* quote: the speaker's actor id and whether it is resolved to a name;
* statement (every sentence with a verbal root): subject actor, predicate, object, polarity
  (negation, and the refusal/denial verbs of data/polarity.json) and modality.

The component writes plain data: `doc._.ct_frames`, a list of dicts
`{"kind", "start", "end", "frame": {...}}` (JSON-serialisable, so DocBin keeps it), and
`doc.spans["ct_frames"]`, one span per framed mention labelled by kind (the tokens the frame
was read from). `claimtrack.records` turns them into the pydantic frames of models.py.
"""

from __future__ import annotations

import bisect
import logging
import re
from functools import lru_cache
from typing import Optional

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ..tables import load_json, speech_verbs
from .extensions import ACTOR_SPANS, ACTORS, DATES, PUBLISHED, QUANTITIES, QUOTES, views

log = logging.getLogger(__name__)

#: The Doc extension and span group the component writes.
FRAMES = "ct_frames"
SPANS_KEY = "ct_frames"

_SUBJ = frozenset({"nsubj", "nsubjpass", "csubj", "expl", "agent"})
_OBJ = frozenset({"dobj", "obj", "attr", "oprd", "dative"})
#: Dependencies a figure's phrase climbs through to reach the word it belongs to.
_CLIMB = frozenset({"nummod", "quantmod", "compound", "amod", "nmod", "appos", "conj", "npadvmod", "advmod", "pobj", "prep", "poss"})
_BARE_DATE = re.compile(
    r"^(?:on\s+|this\s+|last\s+|next\s+|early\s+|late\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tonight|yesterday|tomorrow)"
    r"(?:\s+(?:morning|afternoon|evening|night))?$", re.IGNORECASE)
_PLACE_PREPS = frozenset({"at", "in", "during", "for"})
_PRONOUNS = frozenset("i me we us you he him she her they them it this that who one someone".split())


@lru_cache(maxsize=1)
def polarity_table() -> dict:
    raw = load_json("polarity.json")
    return {
        "negative": frozenset(raw["negative"]),
        "particles": dict(raw.get("negative_particles", {})),
        "positive": frozenset(raw["positive"]),
        "modal_aux": dict(raw["modal_auxiliaries"]),
        "modal_verbs": dict(raw["modal_verbs"]),
        "negators": frozenset(raw["negators"]),
    }


@lru_cache(maxsize=1)
def _speech() -> frozenset:
    strong, weak = speech_verbs()
    return strong | weak


def install() -> None:
    if not Doc.has_extension(FRAMES):
        Doc.set_extension(FRAMES, default=None)


install()


@Language.factory(
    "claimtrack_frames",
    requires=["token.dep", "token.head", "token.lemma", f"doc._.{QUANTITIES}", f"doc._.{DATES}",
              f"doc._.{QUOTES}", f"doc._.{ACTOR_SPANS}"],
    assigns=[f"doc._.{FRAMES}", "doc.spans"],
)
def make_frames(nlp: Language, name: str):
    return FrameBuilder()


class FrameBuilder:
    """Sets doc._.ct_frames (plain dicts) and doc.spans['ct_frames'] (see module docstring)."""

    def __call__(self, doc: Doc) -> Doc:
        frames, spans = build_frames(doc)  # errors propagate: the runner reports them per document
        doc._.set(FRAMES, frames)
        doc.spans[SPANS_KEY] = spans
        return doc

    def to_disk(self, path, exclude=()):  # stateless: nothing to save
        return None

    def from_disk(self, path, exclude=()):
        return self


# ---------------------------------------------------------------------------------------------


class _Actors:
    """Actor ids by token: a token inside an actor mention maps to its id."""

    def __init__(self, doc: Doc) -> None:
        self.by_token: dict[int, str] = {}
        for s, e, aid in doc._.get(ACTOR_SPANS) or []:
            span = doc.char_span(s, e, alignment_mode="expand")
            if span is not None:
                for t in span:
                    self.by_token.setdefault(t.i, aid)
        self.info = {a.id: a for a in views(doc, ACTORS)}

    def of_phrase(self, token: Optional[Token]) -> Optional[str]:
        """The actor a noun phrase names by its head or the words right on it ("the French
        President", "Italy's government"), not an actor deeper in it ("truces brokered by X");
        for conjoined subjects, the first."""
        if token is None:
            return None
        if token.i in self.by_token:
            return self.by_token[token.i]
        for c in token.children:
            if c.dep_ in ("compound", "poss", "amod", "appos", "nmod") and c.i in self.by_token:
                return self.by_token[c.i]
        return None

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


def _noun_phrase(token: Token) -> tuple[str, list[str]]:
    """(head lemma, modifier lemmas) of a noun."""
    mods = [c.lemma_.lower() for c in token.children
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
    for c in verb.children:
        if c.dep_ in ("nsubj", "nsubjpass", "csubj"):
            return c
    # "X plans to send": the controlled verb's subject is its governor's.
    if verb.dep_ in ("xcomp", "conj", "advcl") and verb.head.i != verb.i:
        return _subject(verb.head) if verb.dep_ != "advcl" else None
    return None


def _negated(verb: Token) -> Optional[str]:
    neg = polarity_table()["negators"]
    for c in verb.children:
        if c.dep_ == "neg" or (c.dep_ in ("advmod",) and c.lower_ in neg):
            return c.lower_
        if c.dep_ in ("aux", "auxpass"):
            for cc in c.children:
                if cc.dep_ == "neg":
                    return cc.lower_
    return None


def _place(tokens) -> Optional[str]:
    """'Paris meeting' for '... at the Paris meeting': the object of a place/event preposition."""
    for t in tokens:
        for prep in t.children:
            if prep.dep_ == "prep" and prep.lower_ in _PLACE_PREPS:
                for pobj in prep.children:
                    if pobj.dep_ == "pobj" and pobj.pos_ in ("NOUN", "PROPN") and not pobj.like_num \
                            and pobj.ent_type_ not in ("DATE", "TIME", "CARDINAL", "QUANTITY", "MONEY", "PERCENT"):
                        # the noun with the words before it that name it ("closed-door meeting")
                        start = pobj.i
                        for c in pobj.lefts:
                            if c.dep_ in ("compound", "amod", "nmod"):
                                start = min(start, c.left_edge.i)
                        return pobj.doc[start:pobj.i + 1].text
    return None


def _measured_noun(tok: Token) -> Optional[str]:
    """The lemma of a noun a figure sizes; a pronoun object ("lowering them from 3.75%") stands
    for the object of the clause it hangs from ("cut interest rates ..., lowering them")."""
    if tok.pos_ in ("NOUN", "PROPN") and not tok.like_num:
        return tok.lemma_.lower()
    if tok.pos_ == "PRON" and tok.head.dep_ in ("advcl", "conj", "xcomp", "ccomp") and tok.head.head.i != tok.head.i:
        for c in tok.head.head.children:
            if c.dep_ == tok.dep_ and c.pos_ in ("NOUN", "PROPN"):
                return c.lemma_.lower()
    return None


def _governs(d_tok: Token, targets: set) -> bool:
    """The date hangs from one of the target tokens (through nouns and prepositions only)."""
    t = d_tok
    for _ in range(8):
        if t.i in targets:
            return True
        if t.pos_ in ("VERB", "AUX") or t.head.i == t.i:
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
            if t.pos_ in ("VERB", "AUX") or t.head.i == t.i:
                break
            t = t.head

    def governed_by(self, i: int) -> Optional[tuple[str, int]]:
        """(iso, start) of the first date with an ISO value that token `i` governs, else None."""
        for k in self.by_token.get(i, ()):
            d_iso, _, d_start = self[k]
            if d_iso:
                return d_iso, d_start
        return None


def _governing_date(pred: Token, date_heads: list) -> Optional[tuple[str, int]]:
    """The ISO date of the clause a predicate heads: a date hanging from it; else one hanging from
    the clause it depends on (a relative or adverbial clause, "hit by a quake in November 2023
    that killed 153"; not a reported one), nearest clause first."""
    t = pred
    for _ in range(4):
        found = date_heads.governed_by(t.i)
        if found is not None:
            return found
        if t.dep_ not in ("relcl", "advcl", "acl", "xcomp") or t.head.i == t.i:
            return None
        t = t.head
        while t.pos_ not in ("VERB", "AUX") and t.head.i != t.i:
            found = date_heads.governed_by(t.i)
            if found is not None:
                return found
            t = t.head
    return None


def _quantity_frame(doc: Doc, q, actors: _Actors, date_heads: list, published: Optional[str]) -> Optional[tuple[dict, Span]]:
    from ..compare.units import classify

    span = doc.char_span(q.start, q.end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    root = _root_of(span)
    role, prep, measured = None, None, None
    if root.dep_ == "prep" or root.pos_ == "ADP":
        # "over four years", "from 3.75%": the preposition is part of the mention.
        pobj = next((c for c in root.children if c.dep_ == "pobj"), None)
        if pobj is not None:
            role, prep = "oblique", root.lower_
            root = pobj
    # The counted noun: the phrase's head when it is a noun, else the noun the number modifies.
    thing_tok = root if root.pos_ in ("NOUN", "PROPN", "SYM") or root.text == "%" else None
    if thing_tok is None and root.dep_ in ("nummod", "quantmod", "compound") and root.head.pos_ in ("NOUN", "PROPN"):
        thing_tok = root.head
    unit = q.unit or ("amount" if q.currency else None)
    thing, mods = (unit, [m.lower() for m in (q.modifiers or [])])
    if thing_tok is not None:
        lemma, tmods = _noun_phrase(thing_tok)
        if not thing:
            thing = lemma
        mods = sorted(set(mods) | {m for m in tmods if m not in (thing or "").split()})
    family = None
    if q.currency:
        family = f"money:{q.currency}"
    elif thing:
        cls, known = classify(thing, tuple(mods))
        family = cls if known else None
    # Climb from the phrase to the predicate it belongs to, noting the role on the way.
    head = thing_tok or root
    t = head
    pred: Optional[Token] = None
    for _ in range(6):
        dep = t.dep_
        if dep in _SUBJ:
            role = role or "subject"
        elif dep in _OBJ:
            role = role or ("attribute" if dep in ("attr", "oprd") else "object")
        elif dep == "pobj" and t.head.dep_ == "prep":
            role = role or "oblique"
            prep = prep or t.head.lower_
        elif dep in ("amod", "nmod", "compound", "nummod"):
            role = role or "modifier"
            if measured is None and t.head.pos_ in ("NOUN", "PROPN") and not (span.start <= t.head.i < span.end):
                measured = t.head.lemma_.lower()  # "the 2% target", "a 15-day curfew": the size of that noun
        if t.head.i == t.i:
            break
        nxt = t.head if dep != "pobj" else t.head.head
        if nxt.pos_ in ("VERB", "AUX"):
            pred = nxt
            break
        if nxt.pos_ == "NOUN" and dep in ("pobj",) and prep in ("of",):
            # "a toll of 300", "a rate of 3%": the figure sizes that noun.
            measured = measured or nxt.lemma_.lower()
        t = nxt
    predicate = pred.lemma_.lower() if pred is not None else None
    if pred is not None and measured is None and (q.currency or (thing in ("percent", "percentage point", "basis point"))):
        # "kept its main interest rate at 3.25%": the share sizes the verb's object (or subject).
        kids = sorted(pred.children, key=lambda c: c.dep_ not in ("dobj", "obj"))
        for c in kids:
            if c.dep_ in ("dobj", "obj", "nsubj", "nsubjpass") and not (span.start <= c.i < span.end):
                measured = _measured_noun(c)
                if measured:
                    break
    holder = None
    if thing_tok is not None:
        for c in thing_tok.children:
            if c.dep_ == "poss":
                holder = actors.of(c)
    if holder is None and pred is not None:
        subj = _subject(pred)
        if subj is not None and subj not in span:
            holder = actors.of(subj)
    as_of, as_of_source, as_of_start = None, None, None
    if pred is not None:
        got = _governing_date(pred, date_heads)
        if got is not None:
            as_of, as_of_start = got
            as_of_source = "stated"
    if as_of is None and published:
        as_of, as_of_source = published, "published"
    place = _place([x for x in (thing_tok, pred) if x is not None])
    negated = bool(pred is not None and _negated(pred))
    frame = {"thing": thing, "modifiers": mods, "measured": measured, "family": family, "predicate": predicate,
             "role": role or "other", "prep": prep, "holder": holder, "as_of": as_of, "as_of_source": as_of_source, "as_of_start": as_of_start,
             "place": place, "negated": negated}
    return frame, span


def _date_frame(doc: Doc, d) -> Optional[tuple[dict, Span, Token]]:
    span = doc.char_span(d.start, d.end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    root = _root_of(span)
    event = None
    t = root
    path = {root.i}
    for _ in range(6):
        if t.head.i == t.i:
            break
        t = t.head
        if t.pos_ in ("VERB", "AUX"):
            # "said on Tuesday" dates the saying, no event; "slammed into the coast on Tuesday"
            # (a speech verb with an object or a preposition of its own) is an event.
            own = [c for c in t.children if c.dep_ in ("dobj", "prep", "agent") and c.i not in path]
            if t.lemma_.lower() not in _speech() or own:
                event = t.lemma_.lower()
            break
        path.add(t.i)
        if t.pos_ == "NOUN" and t.dep_ not in ("pobj",) and not t.ent_type_:
            event = t.lemma_.lower()
            break
    bare = bool(_BARE_DATE.match(" ".join(d.text.split())))
    return {"event": event, "fact": not (bare and event is None)}, span, root


def _is_proper_name(name: str) -> bool:
    """'Ilse Brandt', 'Mayor Ilse Brandt', 'UNICEF'; not 'he', 'a spokesman', 'The ministry'."""
    words = name.split()
    if not words or name.lower() in _PRONOUNS or words[0].lower() in ("a", "an", "the", "one", "some"):
        return False
    return any(w[:1].isupper() for w in words)


def _quote_frame(q, actors: _Actors) -> dict:
    aid = q.speaker_id
    actor = actors.info.get(aid) if aid else None
    name = actor.name if actor is not None else (q.speaker or "")
    return {"speaker": aid, "resolved": _is_proper_name(name.strip())}


def statement_frame(sent: Span, actors: _Actors) -> Optional[dict]:
    """The frame of a sentence's main clause (through a speech verb to what was said)."""
    root = sent.root
    if root.pos_ not in ("VERB", "AUX"):
        return None
    table = polarity_table()
    verb = root
    # "X said (that) Y refused ...": the statement is what was said.
    if verb.lemma_.lower() in _speech() and verb.lemma_.lower() not in table["negative"]:
        for c in verb.children:
            if c.dep_ in ("ccomp", "xcomp") and c.pos_ in ("VERB", "AUX"):
                verb = c
                break
    polarity_cue = _negated(verb)
    negative = polarity_cue is not None
    modality = None
    subj_tok = _subject(verb)
    for c in verb.children:
        if c.dep_ == "aux" and c.lower_ in table["modal_aux"]:
            modality = table["modal_aux"][c.lower_]
    # Implicative, denial and intention verbs pass on to the action they govern.
    for _ in range(3):
        lemma = verb.lemma_.lower()
        action = next((c for c in verb.children if c.dep_ in ("xcomp", "ccomp") and c.pos_ in ("VERB", "AUX")), None)
        particle = table["particles"].get(lemma)
        if particle and not any(c.dep_ == "prt" and c.lower_ == particle for c in verb.children):
            particle_ok = False
        else:
            particle_ok = True
        if lemma in table["negative"] and particle_ok:
            if action is None:
                # "rejected any notion of demilitarisation": the object is the action denied.
                negative = not negative
                polarity_cue = lemma if negative else polarity_cue
                break
            negative = not negative
            polarity_cue = lemma if negative else polarity_cue
            verb = action
        elif action is not None and action.dep_ == "xcomp" and (lemma in table["positive"] or lemma in table["modal_verbs"]):
            if lemma in table["modal_verbs"]:
                modality = modality or table["modal_verbs"][lemma]
            verb = action
        else:
            break
        inner = _negated(verb)
        if inner:
            negative = not negative
            polarity_cue = inner if negative else polarity_cue
    if subj_tok is None:
        subj_tok = _subject(verb)
    obj = None
    for c in verb.children:
        if c.dep_ in ("dobj", "obj", "attr", "dative") or (c.dep_ == "pobj"):
            head, mods = _noun_phrase(c)
            obj = " ".join(mods + [head])
            if any(cc.dep_ == "det" and cc.lower_ == "no" for cc in c.children):
                negative = not negative
                polarity_cue = "no" if negative else polarity_cue
            break
    if obj is None:
        for c in verb.children:
            if c.dep_ == "prep":
                for p in c.children:
                    if p.dep_ == "pobj":
                        head, mods = _noun_phrase(p)
                        obj = " ".join(mods + [head])
                        break
            if obj:
                break
    if obj is None and verb.lemma_.lower() in table["negative"]:
        pass
    return {
        "subject": actors.of(subj_tok) if subj_tok is not None else None,
        "subject_text": " ".join(t.text for t in subj_tok.subtree) if subj_tok is not None and len(list(subj_tok.subtree)) <= 8 else (subj_tok.text if subj_tok is not None else None),
        "predicate": verb.lemma_.lower(),
        "object": obj,
        "polarity": "negative" if negative else "positive",
        "polarity_cue": polarity_cue if negative else None,
        "modality": modality,
    }


# --- clauses ---------------------------------------------------------------------------------

#: Dependencies that head a clause of their own (spaCy's English labels, ClearNLP style).
_CLAUSE_DEPS = frozenset({"ROOT", "ccomp", "xcomp", "advcl", "relcl", "acl", "conj", "pcomp", "csubj",
                          "csubjpass", "parataxis"})
#: Nouns that classify or quantify the noun of their of-phrase ("any form of X", "the idea of X",
#: "a kind of X", "a number of X"): the object of the clause is X (English classifier and
#: partitive nouns, Quirk et al. 1985, 5.8 and 17.34).
_CLASSIFIER_NOUNS = frozenset({"form", "kind", "sort", "type", "notion", "idea", "concept", "prospect",
                               "possibility", "number", "lot", "part", "piece", "amount", "series", "range"})
#: The adverbial particles of English phrasal verbs ("pull back", "step up"), which the parser
#: sometimes labels as adverbs rather than particles (Quirk et al. 1985, 16.2-16.4).
_PARTICLES = frozenset({"up", "down", "out", "off", "back", "away", "over", "in", "on", "through", "along", "aside"})
#: Relative pronouns: a relative clause whose subject is one of these is about its head noun.
_RELATIVE = frozenset({"that", "which", "who", "whom", "whose"})
#: Entity types whose words are values, never what a clause is about (alignment never reads them).
_VALUE_ENTS = frozenset({"DATE", "TIME", "CARDINAL", "QUANTITY", "MONEY", "PERCENT", "ORDINAL"})
_TERM_POS = frozenset({"NOUN", "PROPN", "ADJ"})


def _is_value(t: Token) -> bool:
    """A figure, a unit sign or a date: "%" in "0.4%", "2031", "March", "Monday"."""
    return t.like_num or t.is_digit or not t.is_alpha or t.ent_type_ in _VALUE_ENTS or t.pos_ == "NUM"


def _is_clause_head(t: Token) -> bool:
    if t.pos_ not in ("VERB", "AUX") or t.dep_ not in _CLAUSE_DEPS:
        return False
    # a conjunct is a clause only when it joins verbs ("sent troops and pledged aid")
    return t.dep_ != "conj" or t.head.pos_ in ("VERB", "AUX")


def _action(verb: Token) -> Optional[Token]:
    """The verb a governing verb passes its polarity or modality on to ("refused to SEND",
    "denied that it SENT"): its complement clause, which in English follows it. A complement
    before the verb is a fronted report or a run-on clause ("The UK agreed, Italy refused"),
    not what the verb governs."""
    return next((c for c in verb.rights if c.dep_ in ("xcomp", "ccomp") and c.pos_ in ("VERB", "AUX")), None)


def _willing(verb: Token, table: dict) -> Optional[tuple[Token, str]]:
    """'is open to supporting', 'is ready to send': (the adjective, its modality) when the verb's
    complement is an adjective of readiness from data/polarity.json."""
    for c in verb.children:
        if c.dep_ == "acomp" and c.lemma_.lower() in table["modal_verbs"]:
            return c, table["modal_verbs"][c.lemma_.lower()]
    return None


def _follow(head: Token, table: dict) -> tuple[Token, bool, Optional[str], Optional[str], list[Token]]:
    """From a clause head through the verbs that only set polarity or modality to the action.

    Returns (action verb, negative, polarity cue, modality, the verbs passed through). A negative
    implicative or denial verb ("refuse", "deny", "rule out") flips the polarity of what it
    governs; a positive one ("agree", "manage") keeps it; a verb of intention ("plan", "pledge")
    or an adjective of readiness ("open to", "ready to") sets the modality."""
    verb = head
    cue = _negated(verb)
    negative = cue is not None
    modality = None
    chain = [verb]
    for c in verb.children:
        if c.dep_ == "aux" and c.lower_ in table["modal_aux"]:
            modality = table["modal_aux"][c.lower_]
    for _ in range(4):
        lemma = verb.lemma_.lower()
        action = _action(verb)
        particle = table["particles"].get(lemma)
        particle_ok = not particle or any(c.dep_ == "prt" and c.lower_ == particle for c in verb.children)
        willing = _willing(verb, table)
        if lemma in table["negative"] and particle_ok and action is not None:
            # "refused to send": the action refused is negative. Without a verb to govern
            # ("withdrew its troops", "rejected the plan") the verb is the action itself, stated
            # positively: a denial verb and its synonym ("withdraw", "pull back") stay one action.
            negative = not negative
            cue = lemma if negative else cue
        elif action is not None and action.dep_ == "xcomp" and (lemma in table["positive"] or lemma in table["modal_verbs"]):
            if lemma in table["modal_verbs"]:
                modality = modality or table["modal_verbs"][lemma]
        elif willing is not None:
            adj, mod = willing
            action = next((c for c in adj.children if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX")), None)
            if action is None:
                prep = next((c for c in adj.children if c.dep_ == "prep"), None)
                action = next((c for c in prep.children if c.dep_ == "pcomp" and c.pos_ == "VERB"), None) if prep is not None else None
            modality = modality or mod
            if action is None:
                break
        else:
            break
        verb = action
        chain.append(verb)
        inner = _negated(verb)
        if inner:
            negative = not negative
            cue = inner if negative else cue
        for c in verb.children:
            if c.dep_ == "aux" and c.lower_ in table["modal_aux"]:
                modality = modality or table["modal_aux"][c.lower_]
    return verb, negative, cue, modality, chain


def _clause_subject(head: Token, verb: Token) -> Optional[Token]:
    """The subject of a clause: its own, a controlling verb's ("X plans to send"), or for a
    relative or participle clause the noun it describes ("the storm that hit", "the 12th storm
    to hit"); a passive participle's agent ("truces brokered by X")."""
    for t in (verb, head):
        for c in t.children:
            if c.dep_ in ("nsubj", "nsubjpass", "csubj"):
                if c.lower_ in _RELATIVE and head.dep_ == "relcl":
                    return head.head
                return c
    if head.dep_ in ("relcl", "acl"):
        if head.tag_ == "VBN":
            agent = next((c for c in head.children if c.dep_ == "agent"), None)
            pobj = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
            return pobj
        return head.head
    return _subject(head)


def _predicate(verb: Token) -> str:
    """The action's lemma with its particle ("step up", "rule out") or, for a linking verb with
    an adjective, the adjective ("be cautious", "remain open")."""
    lemma = verb.lemma_.lower()
    prt = next((c.lower_ for c in verb.children if c.dep_ == "prt" or (
        c.dep_ == "advmod" and c.i == verb.i + 1 and c.lower_ in _PARTICLES)), None)
    if prt:
        return f"{lemma} {prt}"
    if not any(c.dep_ in ("dobj", "obj") for c in verb.children):
        acomp = next((c for c in verb.children if c.dep_ == "acomp"), None)
        if acomp is not None:
            return f"{lemma} {acomp.lemma_.lower()}"
    return lemma


class _Columns:
    """What the clause walk reads of every token, read once per Doc as plain lists: the walk
    visits each token of a clause a few times, and a spaCy Token is rebuilt on every access."""

    def __init__(self, doc: Doc) -> None:
        n = len(doc)
        self.kids: list[list[int]] = [[] for _ in range(n)]
        self.head_clause = [False] * n
        self.idx = [0] * n
        self.skip = [False] * n  # punctuation, white space, 'and', 'that': not where a clause starts or ends
        self.term: list[Optional[str]] = [None] * n
        for t in doc:
            i, hi = t.i, t.head.i
            if hi != i:
                self.kids[hi].append(i)
            self.head_clause[i] = _is_clause_head(t)
            self.idx[i] = t.idx
            self.skip[i] = t.is_punct or t.is_space or t.dep_ in ("cc", "mark")
            if t.pos_ in _TERM_POS and t.is_alpha and not t.like_num and t.ent_type_ not in _VALUE_ENTS \
                    and not t.is_stop and len(t) > 1:
                self.term[i] = t.lemma_.lower()


def _own_tokens(cols: _Columns, head: int, absorbed: set) -> list[int]:
    """The clause's own words (indices): the head's subtree without the clauses nested in it."""
    out, stack = [], [head]
    while stack:
        i = stack.pop()
        out.append(i)
        for c in cols.kids[i]:
            if c in absorbed or not cols.head_clause[c]:
                stack.append(c)
    return out


#: In quoted words, the first person is the speaker ("'We will not send troops,' the minister
#: said": the minister's side); the quote's resolved speaker becomes the clause's subject.
_FIRST_PERSON = frozenset({"i", "we"})


def _speaker_at(speakers: list, offset: int) -> Optional[str]:
    """The speaker id of the quote whose words hold the offset, if any."""
    k = bisect.bisect_right(speakers, (offset, float("inf"))) - 1
    if k >= 0 and speakers[k][0] <= offset < speakers[k][1]:
        return speakers[k][2]
    return None


def clause_frames(sent: Span, actors: _Actors, cols: Optional[_Columns] = None,
                  speakers: Optional[list] = None) -> list[tuple[dict, int, int]]:
    """One frame per clause of a sentence: (frame, first token, last token + 1).

    A clause is headed by a verb (the root, a complement, an adverbial, relative or participle
    clause, a conjoined verb); the verbs that only set polarity or modality ("refused to",
    "plans to", "is open to") are folded into the clause of the action they govern, and a speech
    verb's clause gives way to what was said ("said (that) X ...")."""
    table = polarity_table()
    speech = _speech()
    cols = cols if cols is not None else _Columns(sent.doc)
    heads = [sent.doc[i] for i in range(sent.start, sent.end) if cols.head_clause[i]]
    sent_text = sent.text
    absorbed: set[int] = set()
    followed = {}
    for h in heads:
        if h.i in absorbed:
            continue
        got = _follow(h, table)
        followed[h.i] = got
        absorbed.update(t.i for t in got[4][1:])
    out = []
    for h in heads:
        if h.i in absorbed or h.i not in followed:
            continue
        verb, negative, cue, modality, chain = followed[h.i]
        lemma = h.lemma_.lower()
        said = any(c.dep_ in ("ccomp", "xcomp") and c.pos_ in ("VERB", "AUX") for c in h.children)
        if lemma in speech and lemma not in table["negative"] and said and verb.i == h.i:
            continue  # "said that ...": the content is the clause said
        subj = _clause_subject(h, verb)
        subj_actor = actors.of_phrase(subj)
        if subj_actor is None and subj is not None and subj.lower_ in _ANAPHORS:
            subj_actor = _antecedent(verb, actors)  # from the action: "X denied that it sent"
        if subj_actor is None and subj is not None and subj.lower_ in _FIRST_PERSON and speakers:
            subj_actor = _speaker_at(speakers, subj.idx)
        # what the action is done to, never a figure or a date ("fell by 0.4%", "rose to 5.2%",
        # "met on Monday" name no object: alignment never reads values)
        obj_tok = next((c for c in verb.children if c.dep_ in ("dobj", "obj", "attr", "dative", "oprd")
                        and not _is_value(c)), None)
        if obj_tok is not None and obj_tok.lower_ in _RELATIVE and h.dep_ == "relcl":
            obj_tok = h.head  # "the plan, which the envoy proposed": the plan is what was proposed
        if obj_tok is None and verb.dep_ == "acl" and verb.tag_ == "VBN":
            obj_tok = verb.head  # "truces brokered by X": the truces are what was brokered
        if obj_tok is None:
            for c in verb.children:
                if c.dep_ in ("prep", "agent"):
                    obj_tok = next((p for p in c.children if p.dep_ == "pobj" and not _is_value(p)), None)
                    if obj_tok is not None:
                        break
        obj = None
        if obj_tok is not None and obj_tok.lemma_.lower() in _CLASSIFIER_NOUNS:
            # "rejected any form of X": the classifier noun's complement is what is rejected
            of = next((c for c in obj_tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            inner = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
            obj_tok = inner if inner is not None else obj_tok
        # a direct object is a noun phrase whatever its tag ("made landfall" tags it ADJ)
        if obj_tok is not None and (obj_tok.pos_ in ("NOUN", "PROPN", "PRON") or obj_tok.dep_ in ("dobj", "obj")):
            head_lemma, mods = _noun_phrase(obj_tok)
            obj = " ".join(mods + [head_lemma])
            if any(c.dep_ == "det" and c.lower_ == "no" for c in obj_tok.children):
                negative = not negative
                cue = "no" if negative else cue
        if subj is not None and subj.lower_ in ("nobody", "none", "neither", "nothing"):
            negative = not negative
            cue = subj.lower_ if negative else cue
        own: list[int] = []
        chain_ids = {x.i for x in chain}
        for t in chain:
            own += _own_tokens(cols, t.i, chain_ids)
        # a clause ends at a line break, as claims do (records.sentence_bounds): a headline or
        # a dateline the parser ran into the next line is no part of that line's clause
        base = sent.start_char  # sent_text is the sentence's (Doc.text joins the whole document)
        lo_char = base + sent_text.rfind("\n", 0, h.idx - base) + 1
        hi_char = sent_text.find("\n", h.idx - base)
        hi_char = sent.end_char if hi_char == -1 else base + hi_char
        own = [i for i in own if sent.start <= i < sent.end and lo_char <= cols.idx[i] < hi_char]
        # the span is the clause's own words; an inherited subject ("X plans to go and stays")
        # adds its words to the terms, not to the span
        words = [i for i in own if not cols.skip[i]] or own
        lo, hi = min(words), max(words) + 1
        if subj is not None and subj.i not in set(own) and lo_char <= subj.idx < hi_char:
            # an inherited subject adds its phrase (a bounded one: a subject shared by many
            # conjoined clauses is read once per clause)
            phrase = range(subj.left_edge.i, subj.right_edge.i + 1) if subj.right_edge.i - subj.left_edge.i <= 40 else (subj.i,)
            own += [i for i in phrase if not cols.head_clause[i]]
        terms = sorted({cols.term[i] for i in own if cols.term[i] is not None})
        frame = {
            "subject": subj_actor,
            "subject_text": _subject_text(subj),
            "predicate": _predicate(verb),
            "object": obj,
            "polarity": "negative" if negative else "positive",
            "polarity_cue": cue if negative else None,
            "modality": modality,
            "terms": terms,
        }
        out.append((frame, lo, hi))
    return out


#: Third-person pronouns that, as the subject of a reported or conjoined clause, usually take up
#: the subject of the clause that governs it ("Norway said it would ...", "Norway agreed but
#: later it withdrew"): English subject continuity across embedded and coordinated clauses.
_ANAPHORS = frozenset({"it", "they", "he", "she"})


def _antecedent(head: Token, actors: _Actors) -> Optional[str]:
    """The actor a pronoun subject takes up: the nearest governing clause's named subject."""
    t = head
    for _ in range(4):
        if t.dep_ not in ("ccomp", "conj", "advcl", "xcomp") or t.head.i == t.i:
            return None
        t = t.head
        while t.pos_ not in ("VERB", "AUX") and t.head.i != t.i:
            t = t.head
        for c in t.children:
            if c.dep_ in ("nsubj", "nsubjpass"):
                if c.i > head.i:
                    return None  # a pronoun takes up what came before it, not a later subject
                found = actors.of_phrase(c)
                if found is not None:
                    return found
                if c.lower_ not in _ANAPHORS:
                    return None
    return None


def _subject_text(subj: Optional[Token]) -> Optional[str]:
    """The subject as written: its phrase up to 8 words (without a relative or appositive
    clause), else its head word."""
    if subj is None:
        return None
    if subj.right_edge.i - subj.left_edge.i > 40:
        return subj.text
    # the phrase without the clauses and appositions inside it
    cut = [c for t in subj.subtree for c in t.children if c.dep_ in ("relcl", "acl", "appos")]
    dropped = {t.i for c in cut for t in c.subtree}
    words = [t for t in subj.subtree if t.i not in dropped and not t.is_space
             and not (t.is_punct and t.i in (subj.left_edge.i, subj.right_edge.i))]
    if not words or len(words) > 8:
        return subj.text
    text = subj.doc[words[0].i:words[-1].i + 1].text
    return " ".join(text.split()).strip(" ,")


def build_frames(doc: Doc) -> tuple[list[dict], list[Span]]:
    """Every frame of a parsed Doc (the components' mentions must be set)."""
    if not len(doc) or not doc.has_annotation("DEP"):
        return [], []
    actors = _Actors(doc)
    published = doc._.get(PUBLISHED)
    frames: list[dict] = []
    spans: list[Span] = []
    date_heads = _DateHeads()
    for d in views(doc, DATES):
        got = _date_frame(doc, d)
        if got is None:
            continue
        frame, span, root = got
        date_heads.add(d.iso, root, d.start)
        frames.append({"kind": "date", "start": d.start, "end": d.end, "frame": frame})
        spans.append(Span(doc, span.start, span.end, label="date"))
    for q in views(doc, QUANTITIES):
        got = _quantity_frame(doc, q, actors, date_heads, published)
        if got is None:
            continue
        frame, span = got
        frames.append({"kind": "quantity", "start": q.start, "end": q.end, "frame": frame})
        spans.append(Span(doc, span.start, span.end, label="quantity"))
    for q in views(doc, QUOTES):
        frames.append({"kind": "quote", "start": q.start, "end": q.end, "frame": _quote_frame(q, actors)})
        span = doc.char_span(q.start, q.end, alignment_mode="expand")
        if span is not None and len(span):
            spans.append(Span(doc, span.start, span.end, label="quote"))
    cols = _Columns(doc)
    speakers = sorted((q.start, q.end, q.speaker_id) for q in views(doc, QUOTES) if q.speaker_id)
    for sent in doc.sents:
        frame = statement_frame(sent, actors)
        if frame is not None:
            frames.append({"kind": "statement", "start": sent.start_char, "end": sent.end_char, "frame": frame})
            spans.append(Span(doc, sent.start, sent.end, label="statement"))
        for clause, lo, hi in clause_frames(sent, actors, cols, speakers):
            start, end = doc[lo].idx, doc[hi - 1].idx + len(doc[hi - 1])
            frames.append({"kind": "clause", "start": start, "end": end, "frame": clause})
            spans.append(Span(doc, lo, hi, label="clause"))
    return frames, spans
