"""The clause walk: one frame per clause of a sentence (subject, predicate followed through
willingness and light verbs, object, polarity, modality, the speaker of a quoted clause).

The clause's polarity and modality are read in `clause_polarity` (its mood in `clause_moods`), its subject, predicate and
object in `clause_roles`, nouns naming an action in `clause_nominals`."""

from __future__ import annotations

from typing import Optional

from spacy.attrs import DEP, ENT_TYPE, HEAD, IDX, IS_ALPHA, IS_PUNCT, IS_SPACE, IS_STOP, LEMMA, LENGTH, LIKE_NUM, POS
from spacy.parts_of_speech import AUX as AUX_ID, IDS, VERB as VERB_ID
from spacy.tokens import Doc, Span, Token

from ..extensions import doc_text
from .children import children_of
from .clause_events import existential_act
from .clause_holders import said_by
from .clause_nominals import _event_noun, _nominal_action, _paid_for, planned_for, stance_argument
from .clause_moods import ASSERTING, condition_mark, mood
from .clause_polarity import follow, negation_focus, table_lemma
from .clause_intentions import Intention, intention_of
from .clause_roles import (
    _VALUE_ENTS, _clause_subject, _negative_subject, _object_token, _phrase, _predicate, _subject_actor, _subject_text,
    from_clause_governor, object_span,
)
from .syntax import _Actors, _negated, _speech, _subject, noun_verbs, polarity_table


_CLAUSE_DEPS = frozenset({"ROOT", "ccomp", "xcomp", "advcl", "relcl", "acl", "conj", "pcomp", "csubj",
                          "csubjpass", "parataxis"})
_TERM_POS = frozenset({"NOUN", "PROPN", "ADJ"})


def _is_clause_head(t: Token) -> bool:
    if t.pos_ not in ("VERB", "AUX") or t.dep_ not in _CLAUSE_DEPS:
        return False
    # a conjunct is a clause only when it joins verbs ("sent troops and pledged aid")
    return t.dep_ != "conj" or t.head.pos_ in ("VERB", "AUX")


class _Columns:
    """What the clause walk reads of every token, read once per Doc as plain lists: the walk
    visits each token of a clause a few times, and a spaCy Token is rebuilt on every access."""

    def __init__(self, doc: Doc) -> None:
        # one to_array per Doc and a look-up per distinct value: reading the attributes token by
        # token builds a Token and decodes each string (the walk's largest single cost)
        n = len(doc)
        self.text = doc_text(doc)  # the Doc's text: a span's text is a slice of it
        self.kids: list[list[int]] = [[] for _ in range(n)]
        self.head_clause = [False] * n
        self.skip = [False] * n  # punctuation, white space, 'and', 'that': not where a clause starts or ends
        self.term: list[Optional[str]] = [None] * n
        if not n:
            self.idx: list[int] = []
            return
        array = doc.to_array(_COLUMN_ATTRS)  # uint64; HEAD is an offset, negative to the left
        head = array[:, 0].astype("int64").tolist()
        pos, dep, ent, lemma, self.idx, length, punct, space, alpha, num, stop = array[:, 1:].T.tolist()
        strings = doc.vocab.strings
        dep_name = {h: strings[h] for h in set(dep)}
        value_ent = {h: strings[h] in _VALUE_ENTS for h in set(ent)}
        lemmas: dict[int, str] = {}
        for i in range(n):
            hi = i + head[i]
            if hi != i:
                self.kids[hi].append(i)
            d = dep_name[dep[i]]
            # _is_clause_head on the columns
            self.head_clause[i] = pos[i] in _VERB_POS and d in _CLAUSE_DEPS and (d != "conj" or pos[hi] in _VERB_POS)
            self.skip[i] = bool(punct[i] or space[i]) or d in ("cc", "mark")
            if pos[i] in _TERM_POS_IDS and alpha[i] and not num[i] and not value_ent[ent[i]] \
                    and not stop[i] and length[i] > 1:
                word = lemmas.get(lemma[i])
                if word is None:
                    word = lemmas[lemma[i]] = strings[lemma[i]].lower()
                self.term[i] = word


_COLUMN_ATTRS = [HEAD, POS, DEP, ENT_TYPE, LEMMA, IDX, LENGTH, IS_PUNCT, IS_SPACE, IS_ALPHA, LIKE_NUM, IS_STOP]
_VERB_POS = frozenset({VERB_ID, AUX_ID})
_TERM_POS_IDS = frozenset(IDS[p] for p in _TERM_POS)


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
    sent_text = cols.text[sent.start_char:sent.end_char]  # Span.text rebuilds it from Tokens
    absorbed: set[int] = set()
    followed = {}
    for h in heads:
        if h.i in absorbed:
            continue
        got = follow(h, table)
        followed[h.i] = got
        absorbed.update(t.i for t in got[4][1:])
    out = []
    refused: dict[int, str] = {}  # a clause's action verb -> its negation cue, when the clause is negative
    doubted: dict[int, str] = {}  # a clause a negated guarantee reports -> that negation's cue
    for h in heads:
        if h.i in absorbed or h.i not in followed:
            continue
        verb, negative, cue, modality, chain = followed[h.i]
        lemma = h.lemma_.lower()
        doubted.update(_doubted(h, verb, negative, cue, table))
        said = any(c.dep_ in ("ccomp", "xcomp") and c.pos_ in ("VERB", "AUX") and not _sentential_relative(c)
                   for c in children_of(h))
        if lemma in speech and lemma not in table["negative"] and lemma not in table["directives"] \
                and said and verb.i == h.i and not (negative and _asks(h)):
            continue  # "said that ...": the content is the clause said (a directive is an act of its own)
        subj = _clause_subject(h, verb, chain)
        modality, negative, cue = _directed(h, modality, negative, cue, refused, doubted, table)
        modality = mood(h, chain, modality, table)
        intent = intention_of(h, table)
        subject_verb = verb
        if intent is not None:
            # "the mill has no plans to close the plant": the mill's act, negated and planned
            subj, subject_verb, modality, negative, cue = _intended(intent, subj, verb, modality, negative, cue)
        subj_actor, subj_written = _subject_actor(subj, subject_verb, actors, speakers)
        obj_tok = _object_token(h, verb)
        if obj_tok is None and verb.i == h.i:
            # "is open to a lower offer": what the adjective of readiness is ready for
            obj_tok = stance_argument(verb, table)
        obj = None
        # a direct object is a noun phrase whatever its tag ("made landfall" tags it ADJ)
        if obj_tok is not None and (obj_tok.pos_ in ("NOUN", "PROPN", "PRON") or obj_tok.dep_ in ("dobj", "obj")):
            obj = _phrase(obj_tok)
            if any(c.dep_ == "det" and c.lower_ == "no" for c in children_of(obj_tok)) and not _with_no(obj_tok):
                negative = not negative
                cue = "no" if negative else cue
        negative, cue = _negative_subject(subj, negative, cue)
        if negative and modality == "may" and any(c.dep_ == "aux" and c.lower_ == "could" for t in chain for c in children_of(t)):
            modality = "can"  # "could not be moved": it was not possible, not that it may not have been
        if negative and modality in ASSERTING:
            # "did not just raise the fare", "has never struck coins this fast": the negation bears
            # on the extent, the action is presupposed
            modality = negation_focus(chain) or modality
        own, lo, hi = _clause_tokens(sent, sent_text, h, chain, subj, cols)
        terms = sorted({cols.term[i] for i in own if cols.term[i] is not None})
        predicate, subject_text = _predicate(verb), _subject_text(subj_written, cols.text)
        paid = _paid_for(predicate, obj_tok, table)
        if paid is not None:
            # "will foot the bill for a new roof": will pay for a new roof
            predicate, obj_tok = "pay", paid
            obj = _phrase(paid)
        # "has no plans for another pier": does not plan a second pier (its "no" read above)
        predicate, obj_tok, obj, negative, cue = _plan_for(h, verb, intent, predicate, obj_tok, obj, negative, cue, table)
        obj_at = obj_tok  # the head of the object as written (an act noun's argument below replaces it)
        nominal = _nominal_action(predicate, obj_tok, table) if verb.i == h.i else None
        if nominal is not None:
            # "was weighing a rise in the speed limit": the council may raise the limit; the
            # act is written as a noun, which the frame keeps as `nominal`
            predicate, how, action_obj = nominal
            negative, cue, modality = _governed(how, verb.lemma_.lower(), negative, cue, modality, table)
            obj, obj_at = (_phrase(action_obj), action_obj) if action_obj is not None else (None, None)
        event = _event_noun(verb, subj, table)
        if event is not None:
            # "no recount is possible after the vote": the action is the noun's verb, hedged
            # as the adjective says; who would appeal is not said
            predicate, mod, flip, event_obj, adjective = event
            modality = modality or mod
            if flip:
                negative = not negative
                cue = adjective if negative else cue
            subj_actor, subject_text = None, None
            if event_obj is not None:
                obj, obj_at = _phrase(event_obj), event_obj
        ruled = _ruled_act(verb, subj, negative, cue, modality, table) if event is None else None
        if ruled is not None:
            # "smoking in schools is still allowed", "fishing in the lake is banned": the act the
            # gerund names, allowed or forbidden; who would do it is not said
            predicate, act_obj, negative, cue, modality = ruled
            subj_actor, subject_text = None, None
            obj, obj_at = (_phrase(act_obj), act_obj) if act_obj is not None else (None, None)
        frame = {
            "subject": subj_actor,
            "subject_text": subject_text,
            "predicate": predicate,
            "object": obj,
            **object_span(obj_at if obj is not None else None, verb),
            "polarity": "negative" if negative else "positive",
            "polarity_cue": cue if negative else None,
            "modality": modality,
            "terms": terms,
        }
        # the act a governing verb reads from its object noun is written as that noun
        frame["nominal"] = obj_tok.lemma_.lower() if nominal is not None and event is None and ruled is None else None
        if verb.i == h.i and event is None and ruled is None:
            _existential(frame, verb, obj_tok, actors, table, cols.text)
        frame.update(_holders(h, chain, cue if negative else None, table, actors, speakers, cols.text))
        condition = condition_mark(h, table)
        if condition is not None:
            frame["condition"] = condition
        refused[verb.i] = cue if negative else None
        out.append((frame, lo, hi))
    return out


def _existential(frame: dict, verb: Token, attr: Optional[Token], actors: _Actors, table: dict, text: str) -> None:
    """An existential clause whose noun names an act states that act (clause_events.existential_act):
    "there will be no compensation for farmers" is [compensate | farmer], negative and future,
    with the noun as `nominal`; the frame is rewritten in place. Any other clause is left as it is."""
    there = existential_act(verb, attr, actors, table)
    if there is None:
        return
    predicate, obj, subject, agent, noun, hedge = there
    frame.update(subject=subject, subject_text=_subject_text(agent, text) if agent is not None else None,
                 predicate=predicate, object=_phrase(obj) if obj is not None else None,
                 modality=frame["modality"] or hedge, nominal=noun, **object_span(obj))


#: Words that open an indirect question ("say who paid", "say whether it will close").
_QUESTION_WORDS = frozenset({"who", "whom", "whose", "what", "which", "when", "where", "why", "how", "whether", "if"})


def _asks(h: Token) -> bool:
    """The verb has an indirect question for complement ("would not say WHO bought the club",
    "did not say WHETHER the plant will close"). Negated, a verb of saying with such a
    complement states that its subject does not tell (a non-answer): a statement of its own,
    while the question states nothing; "said that X" gives way to X."""
    return any(c.dep_ == "ccomp" and c.left_edge.lower_ in _QUESTION_WORDS and c.left_edge.i > h.i
               for c in children_of(h))


def _ruled_act(verb: Token, subj: Optional[Token], negative: bool, cue: Optional[str], modality: Optional[str],
               table: dict) -> Optional[tuple]:
    """(the act, what it is done to, polarity, cue, modality) when a gerund is the passive subject
    of a verb of permission or prohibition ("smoking in schools is still allowed", "night fishing
    is banned"; data/polarity.json 'permissions', 'prohibitions'): the gerund's verb is the act,
    allowed (modality the verb of permission, negated with it: "is not allowed") or forbidden
    (negative with the prohibiting verb for cue; "is no longer banned": allowed), as after the
    active verb ("banned smoking", "will not allow smoking"). None otherwise."""
    lemma = verb.lemma_.lower()
    if subj is None or subj.dep_ != "nsubjpass" or not subj.lower_.endswith("ing") or (
            lemma not in table["permissions"] and lemma not in table["prohibitions"]):
        return None
    act = subj.lemma_.lower() if subj.tag_ == "VBG" else next(iter(noun_verbs().get(subj.lemma_.lower(), ())), None)
    if act is None:
        return None
    obj = next((c for c in children_of(subj) if c.dep_ in ("dobj", "obj")), None) or next(
        (p for c in children_of(subj) if c.dep_ == "prep" for p in children_of(c) if p.dep_ == "pobj"), None)
    if lemma in table["permissions"]:
        return act, obj, negative, cue, lemma
    if negative:
        return act, obj, False, None, "allow"  # a ban lifted or not in force leaves the act allowed
    return act, obj, True, lemma, modality


def _doubted(h: Token, verb: Token, negative: bool, cue: Optional[str], table: dict) -> dict[int, str]:
    """The content clauses of a negated verb of guaranteeing ("could not promise that ...", "would
    not guarantee that ..."; data/polarity.json 'modal_verbs' as 'pledge', Searle's commissives),
    each with the negation's cue: what a source will not guarantee it states as possibly not so."""
    if not negative or verb.i != h.i or table["modal_verbs"].get(h.lemma_.lower()) != "pledge":
        return {}
    return {c.i: cue for c in children_of(h) if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX") and c.i > h.i}


def _directed(h: Token, modality: Optional[str], negative: bool, cue: Optional[str], refused: dict,
              doubted: dict, table: dict) -> tuple[Optional[str], bool, Optional[str]]:
    """The modality, polarity and cue of a clause a directive or a negated guarantee governs.
    A verb of preventing negates its "from" -ing clause ("barred the club from selling").
    "Asked Peru to send": what is asked for is not stated as done (modality 'ask'); nor what is
    allowed, the parser giving it a subject of its own ("allowed lorries to use", "let workers
    pay"). A permission negated or refused is a prohibition ("will not allow shops to import
    seeds", "refused to let tenants vote"), so the act is negated with the permission's cue
    (data/polarity.json 'permissions'); `refused` holds the cue of each negative clause's verb
    already read. "Could not promise that all staff would keep their jobs": not sure to keep them
    is may not keep them (not necessarily P is possibly not P; `doubted`, from `_doubted`)."""
    if h.i in doubted:
        return "may", not negative, doubted[h.i] if not negative else None
    preventer = from_clause_governor(h)
    if preventer is not None:
        # "barred the club from selling": the club does not sell; "did not prevent the club from
        # selling" says nothing of its selling (data/polarity.json 'prevention')
        lemma = preventer.lemma_.lower()
        if _negated(preventer) is not None:
            return modality or lemma, negative, cue
        return modality, not negative, lemma if not negative else cue
    governor = h.head.lemma_.lower()
    if governor not in table["directives"] or not (h.dep_ == "xcomp" or (h.dep_ == "ccomp" and h.tag_ == "VB")):
        return modality, negative, cue
    forbidding = refused.get(h.head.i) if governor in table["permissions"] else None
    if forbidding is not None:
        negative = not negative
        cue = forbidding if negative else cue
    return modality or governor, negative, cue


def _plan_for(h: Token, verb: Token, intent: Optional[Intention], predicate: str, obj_tok: Optional[Token],
              obj: Optional[str], negative: bool, cue: Optional[str], table: dict) -> tuple:
    """(predicate, object token, object, negative, cue) of a clause whose verb holds a noun of
    intention with a "for" phrase (clause_nominals.planned_for): "has no plans for another pier"
    plans the pier, negated by the noun's "no" (read with the object); "shelved plans for a second
    pier" gives the plan up, which negates it. Any other clause: as given."""
    planned = planned_for(predicate, obj_tok, table) if verb.i == h.i and intent is None else None
    if planned is None:
        return predicate, obj_tok, obj, negative, cue
    thing_verb, thing, given_up = planned
    if given_up:
        negative = not negative
        cue = predicate if negative else cue
    return thing_verb, thing, _phrase(thing), negative, cue


def _governed(how: str, governor: str, negative: bool, cue: Optional[str], modality: Optional[str],
              table: dict) -> tuple[bool, Optional[str], Optional[str]]:
    """The polarity, cue and modality of the act a noun names under a verb that governs it
    (data/polarity.json 'nominal_governors'): 'not' negates it ("ruled out a rise"; negated in
    turn, it leaves it possible: "did not rule out a rise"), 'done' states it ("announced a ban
    on X"), any other gives its modality ("was weighing a rise": 'consider')."""
    if how == "not":
        if negative and governor in table["foreclosing"]:
            modality = modality or "may"
        negative = not negative
        cue = governor if negative else cue
    elif how != "done":
        modality = modality or how
    return negative, cue, modality


def _intended(intent: Intention, subj: Optional[Token], verb: Token, modality: Optional[str], negative: bool,
              cue: Optional[str]) -> tuple:
    """The subject, the verb it is read from, the modality and the polarity of a clause naming
    the act of a noun of intention (clause_intentions.intention_of): the intention's holder and its
    verb, the noun's modality ('done' and 'not': none; 'bound', an agreement: none when a party
    holds it, else the noun), negated by the noun's "no", the holder's
    verb or a noun of refusal. With no holder the noun stays the subject ("plans to close the
    plant were dropped"), whose "no" the negative subject reads."""
    if intent.holder is not None:
        subj, verb = intent.holder, intent.verb or verb
    noun = intent.noun.lemma_.lower()
    # an infinitive of a request the parser hung on the verb reads as one of purpose ("rejected
    # calls by two unions to cancel the fines"): it is the act asked for
    if modality is None or modality == noun or (intent.request and modality == "purpose"):
        modality = None if intent.how in ("done", "not") else intent.how
        if intent.how == "bound":
            # "signed a deal to supply wheat": the signer is bound to it, done as after "agreed to";
            # "the deal to supply wheat collapsed": no party is said to hold it
            modality = None if intent.holder is not None else noun
    # the noun's own "no" when it is not the subject: as the subject ("there were no plans to
    # sell", "no plans to sell were made") the negative subject reads it (a Token is rebuilt on
    # every access, so the noun is known by its index, not by identity)
    own = subj is not None and subj.i == intent.noun.i
    for word in (intent.negative if not own else None, noun if intent.how == "not" else None):
        if word is not None:
            negative = not negative
            cue = word if negative else cue
    return subj, verb, modality, negative, cue


def _sentential_relative(clause: Token) -> bool:
    """A clause set off by a comma and opened by "which" comments on the whole clause before it
    ("could call a snap poll, which would delay the budget"): a sentential relative clause
    (Quirk et al. 1985, 15.57), never what a verb of saying reports, though the parser may hang
    it on the verb as its complement."""
    which = next((c for c in children_of(clause) if c.lower_ == "which" and c.dep_ in ("nsubj", "nsubjpass", "dobj")), None)
    return which is not None and which.i > 0 and which.nbor(-1).text == ","


def _holders(h: Token, chain: list, cue: Optional[str], table: dict, actors: _Actors, speakers: Optional[list],
             text: str) -> dict:
    """Who denies the clause (`denied_by`, see `_denier`) and who asserts it (`said_by`,
    clause_holders.said_by), those of the two that are known."""
    out = {"denied_by": _denier(chain, cue, table, actors, speakers), "said_by": said_by(h, actors, speakers, text)}
    return {k: v for k, v in out.items() if v is not None}


def _denier(chain: list, cue: Optional[str], table: dict, actors: _Actors, speakers: Optional[list]) -> Optional[str]:
    """Who denies a clause a denial verb negates: the actor the denial verb's subject names
    ("Vasilaki denied that the sponsor chose the films": Vasilaki), a pronoun or a description
    resolved as a clause subject is ("He dismissed reports that ..."). The clause's own subject
    is what the claim is about (the sponsor), not who denies it; two reports of one denial name
    one denier, whatever each says the claim is."""
    if cue is None or cue not in table["denials"]:
        return None
    verb = next((t for t in chain if table_lemma(t, table) == cue), None)
    subj = _subject(verb) if verb is not None else None
    return _subject_actor(subj, verb, actors, speakers)[0] if subj is not None else None


def _clause_tokens(sent: Span, sent_text: str, h: Token, chain: list, subj: Optional[Token],
                   cols: _Columns) -> tuple[list[int], int, int]:
    """The clause's own tokens (with an inherited subject's phrase) and its span (first token,
    last token + 1)."""
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
    first, end, idx = sent.start, sent.end, cols.idx  # read once, not per token
    own = [i for i in own if first <= i < end and lo_char <= idx[i] < hi_char]
    # the span is the clause's own words; an inherited subject ("X plans to go and stays")
    # adds its words to the terms, not to the span
    words = [i for i in own if not cols.skip[i]] or own
    lo, hi = min(words), max(words) + 1
    if subj is not None and subj.i not in set(own) and lo_char <= subj.idx < hi_char:
        # an inherited subject adds its phrase (a bounded one: a subject shared by many
        # conjoined clauses is read once per clause)
        phrase = range(subj.left_edge.i, subj.right_edge.i + 1) if subj.right_edge.i - subj.left_edge.i <= 40 else (subj.i,)
        own += [i for i in phrase if not cols.head_clause[i]]
    return own, lo, hi


def _with_no(obj_tok) -> bool:
    """The object is a "with" phrase's noun ("was handed out with no bidding"): "with no X" is
    "without X", a negation local to the adjunct that leaves the act asserted (Quirk et al. 1985,
    10.66-10.67, local negation; 9.54, 'with' and 'without' as opposites)."""
    return obj_tok.dep_ == "pobj" and obj_tok.head.lower_ == "with"
