"""The clause walk: one frame per clause of a sentence (subject, predicate followed through
willingness and light verbs, object, polarity, modality, the speaker of a quoted clause)."""

from __future__ import annotations

import bisect
from typing import Optional

from spacy.attrs import DEP, ENT_TYPE, HEAD, IDX, IS_ALPHA, IS_PUNCT, IS_SPACE, IS_STOP, LEMMA, LENGTH, LIKE_NUM, POS
from spacy.parts_of_speech import AUX as AUX_ID, IDS, VERB as VERB_ID
from spacy.tokens import Doc, Span, Token

from ..extensions import doc_text
from .syntax import _Actors, _negated, _noun_phrase, _speech, _subject, noun_verbs, polarity_table


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


def _action(verb: Token, claim_nouns: frozenset = frozenset()) -> Optional[Token]:
    """The verb a governing verb passes its polarity or modality on to ("refused to SEND",
    "denied that it SENT"): its complement clause, which in English follows it. A complement
    before the verb is a fronted report or a run-on clause ("The UK agreed, Italy refused"),
    not what the verb governs. With no complement clause, the content clause of its object
    when the object is a noun of saying ("denied reports that it SENT": what the reports say is
    what is denied; data/polarity.json 'claim_nouns')."""
    got = next((c for c in verb.rights if c.dep_ in ("xcomp", "ccomp") and c.pos_ in ("VERB", "AUX")), None)
    if got is not None or not claim_nouns:
        return got
    return next((c for o in verb.rights if o.dep_ in ("dobj", "obj") and o.lemma_.lower() in claim_nouns
                 for c in o.rights if c.pos_ in ("VERB", "AUX") and _content_clause(c)), None)


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
        lemma = _table_lemma(verb, table)
        action = _action(verb, table["claim_nouns"] if lemma in table["negative"] else frozenset())
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


def _table_lemma(verb: Token, table: dict) -> str:
    """The verb's lemma as the polarity table lists it: the tagger's, else the regular past or
    participle's stem ("hoped" -> "hope", which a statistical lemmatizer may read as "hop")."""
    lemma = verb.lemma_.lower()
    if verb.tag_ in ("VBD", "VBN") and verb.lower_.endswith("ed") and not any(
            lemma in table[k] for k in ("negative", "positive", "modal_verbs")):
        stem = verb.lower_[:-1]
        if any(stem in table[k] for k in ("negative", "positive", "modal_verbs")):
            return stem
    return lemma


def _clause_subject(head: Token, verb: Token, chain: Optional[list] = None) -> Optional[Token]:
    """The subject of a clause: its own, a controlling verb's ("X plans to send"), or for a
    relative or participle clause the noun it describes ("the storm that hit", "the 12th storm
    to hit"); a passive participle's agent ("truces brokered by X"). Through a chain of
    governing verbs the nearest subject to the action counts ("X denied that the crew had
    failed to act": the crew)."""
    for t in (verb, *reversed((chain or [head])[:-1]), head):
        for c in t.children:
            if c.dep_ in ("nsubj", "nsubjpass", "csubj"):
                if c.lower_ in _RELATIVE and head.dep_ == "relcl":
                    return head.head
                return c
    controller = _object_controller(head)
    if controller is not None:
        return controller
    stray = _stray_subject(head)
    if stray is not None:
        return stray
    if head.dep_ == "advcl" and head.tag_ in ("VBG", "VBN", "VB") and not any(c.dep_ == "mark" for c in head.children):
        # "the ship ran aground, blocking the canal", "cut staff to save money": a participle or
        # infinitive adverbial clause has the main clause's subject (Quirk et al. 1985, 15.58)
        main = head.head
        return next((c for c in main.children if c.dep_ in ("nsubj", "nsubjpass")), None) if main.i != head.i else None
    if head.dep_ in ("relcl", "acl"):
        if head.tag_ == "VBN":
            agent = next((c for c in head.children if c.dep_ == "agent"), None)
            pobj = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
            return pobj
        return head.head
    return _subject(head)


#: Verbs of saying whose object is the addressee ("told reporters the bridge would close"): their
#: object is never the reported clause's subject.
_ADDRESSEE_VERBS = frozenset({"tell", "ask", "inform", "assure", "warn", "remind", "advise", "notify", "persuade",
                              "convince", "urge", "teach", "show", "promise", "brief"})


def _stray_subject(head: Token) -> Optional[Token]:
    """A reported clause with no subject whose speech verb has a noun object between them ("said
    workers in heavy jobs would be exempt"): the parser took the clause's subject for the speech
    verb's object, as a long subject phrase leads it to. A verb of saying takes a clause, not
    a noun and a clause, unless its object is the addressee ("told reporters ...")."""
    verb = head.head
    if head.dep_ != "ccomp" or verb.i == head.i or verb.lemma_.lower() in _ADDRESSEE_VERBS \
            or verb.lemma_.lower() not in _speech():
        return None
    return next((c for c in verb.children if c.dep_ in ("dobj", "obj") and verb.i < c.i < head.i
                 and c.pos_ in ("NOUN", "PROPN")), None)


def _object_controller(head: Token) -> Optional[Token]:
    """The object of the verb an infinitive complements, when it has one before it: that object
    is the infinitive's subject ("Chile asked Peru to send doctors": Peru sends; English object
    control, Quirk et al. 1985, 16.50-16.52)."""
    if head.dep_ != "xcomp" or head.head.i == head.i:
        return None
    return next((c for c in head.head.children if c.dep_ in ("dobj", "obj") and c.i < head.i
                 and c.pos_ in ("NOUN", "PROPN", "PRON")), None)


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
    sent_text = cols.text[sent.start_char:sent.end_char]  # Span.text rebuilds it from Tokens
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
        if lemma in speech and lemma not in table["negative"] and lemma not in table["directives"] \
                and said and verb.i == h.i:
            continue  # "said that ...": the content is the clause said (a directive is an act of its own)
        subj = _clause_subject(h, verb, chain)
        if h.dep_ == "xcomp" and h.head.lemma_.lower() in table["directives"]:
            # "asked Peru to send": what is asked for is not stated as done
            modality = modality or h.head.lemma_.lower()
        modality = _mood(h, chain, modality, table)
        subj_actor, subj_written = _subject_actor(subj, verb, actors, speakers)
        obj_tok = _object_token(h, verb)
        obj = None
        # a direct object is a noun phrase whatever its tag ("made landfall" tags it ADJ)
        if obj_tok is not None and (obj_tok.pos_ in ("NOUN", "PROPN", "PRON") or obj_tok.dep_ in ("dobj", "obj")):
            obj = _phrase(obj_tok)
            if any(c.dep_ == "det" and c.lower_ == "no" for c in obj_tok.children):
                negative = not negative
                cue = "no" if negative else cue
        negative, cue = _negative_subject(subj, negative, cue)
        if negative and modality == "may" and any(c.dep_ == "aux" and c.lower_ == "could" for t in chain for c in t.children):
            modality = "can"  # "could not be moved": it was not possible, not that it may not have been
        own, lo, hi = _clause_tokens(sent, sent_text, h, chain, subj, cols)
        terms = sorted({cols.term[i] for i in own if cols.term[i] is not None})
        predicate, subject_text = _predicate(verb), _subject_text(subj_written, cols.text)
        paid = _paid_for(predicate, obj_tok, table)
        if paid is not None:
            # "will foot the bill for a new roof": will pay for a new roof
            predicate, obj_tok = "pay", paid
            obj = _phrase(paid)
        nominal = _nominal_action(predicate, obj_tok, table) if verb.i == h.i else None
        if nominal is not None:
            # "was weighing a rise in the speed limit": the council may raise the limit
            predicate, how, action_obj = nominal
            if how == "not":
                negative = not negative
                cue = verb.lemma_.lower() if negative else cue
            else:
                modality = modality or how
            obj = _phrase(action_obj) if action_obj is not None else None
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
                obj = _phrase(event_obj)
        frame = {
            "subject": subj_actor,
            "subject_text": subject_text,
            "predicate": predicate,
            "object": obj,
            "polarity": "negative" if negative else "positive",
            "polarity_cue": cue if negative else None,
            "modality": modality,
            "terms": terms,
        }
        out.append((frame, lo, hi))
    return out


#: Modalities that state the action as done or as sure to be (or, negated, as impossible): a
#: mood that does not assert the action (a habit, a condition, a purpose) replaces them.
_ASSERTING = frozenset({None, "will", "would", "must", "can"})
#: Modifiers that make an infinitive after a noun state a fact ("the first company to launch",
#: "the only bank to refuse"), not a plan or a right ("a plan to launch", "the decision to sell").
_FACT_INFINITIVE = frozenset({"first", "last", "only", "second", "third", "next"})


def _mood(h: Token, chain: list, modality: Optional[str], table: dict) -> Optional[str]:
    """The modality of a clause that asserts its action less than its auxiliaries say
    (data/polarity.json 'mood'): a habit ("normally moves": 'usually'), a condition and the
    clause it conditions ("if the wind turns, flights may resume": 'if'), a modal perfect
    ("could have moved": 'hypothetical'), an infinitive of purpose ("cut staff to save money":
    'purpose'), and the infinitive complement of a verb the tables do not list as implicative
    ("tried to sell": 'try') or of a noun ("a plan to sell": 'plan')."""
    verb = chain[-1]
    if any(c.dep_ == "advmod" and c.lower_ in table["habitual"] for t in chain for c in t.children):
        return "usually" if modality in _ASSERTING else modality
    if modality in table["modal_perfect"] and verb.tag_ == "VBN" and any(
            c.dep_ == "aux" and c.lower_ == "have" for c in verb.children):
        return "hypothetical"
    if _conditional(h, table):
        # "may rise if fuel climbs": a possibility under a condition is the condition's
        return "if" if modality in _ASSERTING or modality == "may" else modality
    if modality is not None or h.tag_ != "VB" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in h.children):
        return modality
    governor = h.head
    if h.dep_ == "advcl":
        return "purpose"
    if h.dep_ == "xcomp" and governor.pos_ == "VERB" and governor.i != h.i:
        return governor.lemma_.lower()
    # the parser labels an infinitive after a noun acl or relcl ("a plan to sell", "no reason to
    # give up"): either way it names what the noun is about, not a deed
    if h.dep_ in ("acl", "relcl") and governor.pos_ == "NOUN" and not any(
            c.lower_ in _FACT_INFINITIVE or c.tag_ == "JJS" for c in governor.children):
        return governor.lemma_.lower()
    return modality


def _conditional(h: Token, table: dict) -> bool:
    """The clause is a condition ("if the wind turns") or holds one ("flights may resume if ...")."""
    if h.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in table["conditions"] for c in h.children):
        return True
    return any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in table["conditions"] for m in c.children)
               for c in h.children)


def _phrase(tok: Token) -> str:
    """A noun phrase as a frame writes it: its modifiers and its head's lemma."""
    head_lemma, mods = _noun_phrase(tok)
    return " ".join(mods + [head_lemma])


def _subject_actor(subj: Optional[Token], verb: Token, actors: _Actors,
                   speakers: Optional[list]) -> tuple[Optional[str], Optional[Token]]:
    """The actor id a clause's subject names, and the phrase that names it."""
    subj_actor = actors.of_phrase(subj)
    subj_written = subj
    if subj_actor is None and subj is not None and subj.lower_ in _ANAPHORS:
        # from the action: "X denied that it sent"; a pronoun stands for the phrase it takes
        # up, named or not ("the company said it would ...": the company)
        taken = _antecedent_phrase(verb)
        if taken is not None and taken.pos_ in ("NOUN", "PROPN") and _agrees(subj, taken):
            subj_actor = actors.of_phrase(taken)
            subj_written = taken
    if subj_actor is None and subj is not None and subj.lower_ in _FIRST_PERSON and speakers:
        subj_actor = _speaker_at(speakers, subj.idx)
    return subj_actor, subj_written


def _agrees(pronoun: Token, noun: Token) -> bool:
    """A pronoun takes up only a noun phrase it agrees with: "they" no single named person
    ("Ana Ortiz said they would appeal": her clients, not she), "he"/"she"/"it" no plural
    ("the unions said it ..." is not the unions; English pronoun agreement in number, Quirk et
    al. 1985, 6.10-6.12). "They" may take up an organisation, which English treats as plural;
    a name is one thing whatever its last word ("Harbour Terminals said it ...")."""
    word = pronoun.lower_
    plural = (noun.tag_ == "NNS" and noun.pos_ != "PROPN") or any(c.dep_ == "cc" for c in noun.children)
    if word == "they":
        return not (noun.ent_type_ == "PERSON" and not plural)
    return not plural


_OBJECT_DEPS = ("dobj", "obj", "attr", "oprd", "dative")


def _object_token(h: Token, verb: Token) -> Optional[Token]:
    """What the action is done to, never a figure or a date ("fell by 0.4%", "rose to 5.2%", "met
    on Monday" name no object: alignment never reads values)."""
    # the direct object before a recipient ("sent the board a plan": the plan is what was sent)
    obj_tok = min((c for c in verb.children if c.dep_ in _OBJECT_DEPS and not _is_value(c)),
                  key=lambda c: (_OBJECT_DEPS.index(c.dep_), c.i), default=None)
    if obj_tok is not None and obj_tok.lower_ in _RELATIVE and h.dep_ == "relcl":
        obj_tok = h.head  # "the plan, which the envoy proposed": the plan is what was proposed
    if obj_tok is None and verb.dep_ == "acl" and verb.tag_ == "VBN" and not _content_clause(verb):
        # "truces brokered by X": the truces are what was brokered (not so for a noun's content
        # clause: in "reports that the mine was closed" the reports were not closed)
        obj_tok = verb.head
    # a verb with a clause for complement ("would urge voters back it") has that
    # clause for object, not the noun of an adverbial ("in order to ...", "on Monday")
    if obj_tok is None and not any(c.dep_ == "ccomp" for c in verb.children):
        for c in verb.children:
            if c.dep_ in ("prep", "agent"):
                obj_tok = next((p for p in c.children if p.dep_ == "pobj" and not _is_value(p)), None)
                if obj_tok is not None:
                    break
    if obj_tok is not None and obj_tok.lemma_.lower() in _CLASSIFIER_NOUNS:
        # "rejected any form of X": the classifier noun's complement is what is rejected
        of = next((c for c in obj_tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        inner = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        obj_tok = inner if inner is not None else obj_tok
    return obj_tok


def _negative_subject(subj: Optional[Token], negative: bool, cue: Optional[str]) -> tuple[bool, Optional[str]]:
    """A negative subject ("nobody", "neither"), or one whose determiner negates it ("no appeal
    is possible", "neither side agreed"): the clause is negative."""
    neg_det = next((c.lower_ for c in subj.children if c.dep_ == "det" and c.lower_ in ("no", "neither")),
                   None) if subj is not None else None
    if subj is not None and (subj.lower_ in ("nobody", "none", "neither", "nothing") or neg_det):
        negative = not negative
        cue = (neg_det or subj.lower_) if negative else cue
    return negative, cue


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


#: Third-person pronouns that, as the subject of a reported or conjoined clause, usually take up
#: the subject of the clause that governs it ("Norway said it would ...", "Norway agreed but
#: later it withdrew"): English subject continuity across embedded and coordinated clauses.
_ANAPHORS = frozenset({"it", "they", "he", "she"})


def _content_clause(t: Token) -> bool:
    """A that-clause completing a noun ("wrote in a letter that it would ..."): the parser
    hangs it on the noun, whose verb governs it as a complement clause does."""
    return t.dep_ == "acl" and any(c.dep_ == "mark" and c.lower_ == "that" for c in t.children)


def _antecedent_phrase(head: Token) -> Optional[Token]:
    """The subject a pronoun subject takes up: the nearest governing clause's subject that is not
    itself a pronoun ("Norway said it would ...": Norway; "The company said it would ...": the
    company), through complement, conjoined and adverbial clauses and noun content clauses."""
    t = head
    for _ in range(4):
        if (t.dep_ not in ("ccomp", "conj", "advcl", "xcomp") and not _content_clause(t)) or t.head.i == t.i:
            return None
        t = t.head
        while t.pos_ not in ("VERB", "AUX") and t.head.i != t.i:
            t = t.head
        for c in t.children:
            if c.dep_ in ("nsubj", "nsubjpass"):
                if c.i > head.i:
                    return None  # a pronoun takes up what came before it, not a later subject
                if c.lower_ not in _ANAPHORS:
                    return c
    return None


#: Suffixes of English nouns made from verbs (Quirk et al. 1985, App. I.31-I.35): such a noun
#: names an action ("contamination", "withdrawal"); a noun the same as its verb needs the
#: complement an action takes ("an increase in", not "a plan for").
_ACTION_SUFFIXES = ("tion", "sion", "ment", "ance", "ence", "ure", "al", "ing")


def _nominal_action(predicate: str, obj_tok: Optional[Token], table: dict) -> Optional[tuple[str, str, Optional[Token]]]:
    """(the action's verb, its modality or 'not', what it is done to) when a verb of
    consideration, planning or ruling out (data/polarity.json 'nominal_governors') has for
    object a noun naming an action ("weighing a rise in the speed limit", "ruled out any
    rise above its budget"); the verb is the noun's derivation in WordNet."""
    how = table["nominal_governors"].get(predicate)
    if how is None or obj_tok is None or obj_tok.pos_ != "NOUN":
        return None
    noun = obj_tok.lemma_.lower()
    verbs = noun_verbs().get(noun)
    if not verbs:
        return None
    lemma = max(verbs, key=lambda v: (_shared_start(v, noun), -len(v)))
    # what the action is done to: the noun's complement ("a rise IN the speed limit", "a ban
    # ON fishing"); a noun the same as its verb ("increase", "plan") names an action only with
    # such a complement ("a plan for the harbour" is a thing)
    inner = next((p for c in obj_tok.children if c.dep_ == "prep" and c.lower_ in ("in", "of", "on", "to", "above", "below")
                  for p in c.children if p.dep_ == "pobj" and p.pos_ in ("NOUN", "PROPN") and not _is_value(p)), None)
    if lemma == noun and inner is None:
        return None
    if lemma != noun and not noun.endswith(_ACTION_SUFFIXES):
        return None
    return lemma, how, inner


def _paid_for(predicate: str, obj_tok: Optional[Token], table: dict) -> Optional[Token]:
    """What a support-verb idiom of paying pays for ("cover the cost of X", "foot the bill for X",
    "meet the costs of X": X), else None (data/polarity.json 'paying')."""
    if obj_tok is None or predicate not in table["paying_verbs"] or obj_tok.lemma_.lower() not in table["paying_nouns"]:
        return None
    return next((p for c in obj_tok.children if c.dep_ == "prep" and c.lower_ in ("of", "for")
                 for p in c.children if p.dep_ == "pobj" and p.pos_ in ("NOUN", "PROPN") and not _is_value(p)), None)


def _shared_start(v: str, noun: str) -> int:
    n = 0
    while n < min(len(v), len(noun)) and v[n] == noun[n]:
        n += 1
    return n


def _event_noun(verb: Token, subj: Optional[Token], table: dict) -> Optional[tuple[str, str, bool, Optional[Token], str]]:
    """'No recount is possible (after the vote)', 'a strike is likely': an event noun said to be
    possible, likely or due (data/polarity.json 'modal_adjectives') states its verb with that
    modality. Returns (the verb, the modality, whether the adjective negates it, the noun the
    event is done to, the adjective), or None. The verb is the noun's derivation in WordNet
    (data/noun_verbs.json) that shares the longest beginning with it ("approval": "approve")."""
    if verb.lemma_.lower() != "be" or subj is None or subj.pos_ != "NOUN":
        return None
    adj = next((c for c in verb.children if c.dep_ == "acomp" and c.lemma_.lower() in table["modal_adjectives"]), None)
    if adj is None:
        return None
    noun = subj.lemma_.lower()
    verbs = noun_verbs().get(noun)
    if not verbs:
        return None

    lemma = max(verbs, key=lambda v: (_shared_start(v, noun), -len(v)))
    obj = next((p for t in (subj, adj) for c in t.children if c.dep_ == "prep"
                for p in c.children if p.dep_ == "pobj" and p.pos_ in ("NOUN", "PROPN") and not _is_value(p)), None)
    word = adj.lemma_.lower()
    return lemma, table["modal_adjectives"][word], word in table["negative_adjectives"], obj, word


def _subject_text(subj: Optional[Token], full_text: str) -> Optional[str]:
    """The subject as written: its phrase up to 8 words (without a relative or appositive
    clause), else its head word. `full_text`: the Doc's text."""
    if subj is None:
        return None
    left, right = subj.left_edge.i, subj.right_edge.i  # read once: each read builds a Token
    if right - left > 40:
        return subj.text
    # the phrase without the clauses and appositions inside it
    subtree = list(subj.subtree)
    cut = [c for t in subtree for c in t.children if c.dep_ in ("relcl", "acl", "appos")]
    dropped = {t.i for c in cut for t in c.subtree}
    words = [t for t in subtree if t.i not in dropped and not t.is_space
             and not (t.is_punct and t.i in (left, right))]
    if not words or len(words) > 8:
        return subj.text
    text = full_text[words[0].idx:words[-1].idx + len(words[-1])]  # the span's text
    return " ".join(text.split()).strip(" ,")
