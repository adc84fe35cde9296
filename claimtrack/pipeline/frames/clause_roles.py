"""Who does what to what in a clause: its subject (its own, a controlling verb's, the noun a
relative clause describes, a pronoun's antecedent, the speaker of first-person quoted words), its
predicate (with a particle or a predicative adjective), its object (never a figure or a date) and a
negative subject; and the subject as written."""

from __future__ import annotations

import bisect
from typing import Optional

from spacy.tokens import Token

from ...actorids.first_names import gender_detector
from ..extensions import doc_text
from .children import children_of
from .clause_kinds import content_clause, opening_that
from .syntax import _Actors, _noun_phrase, _speech, _subject, _without_clause, polarity_table


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


def _is_value(t: Token) -> bool:
    """A figure, a unit sign or a date: "%" in "0.4%", "2031", "March", "Monday"."""
    return t.like_num or t.is_digit or not t.is_alpha or t.ent_type_ in _VALUE_ENTS or t.pos_ == "NUM"


def _clause_subject(head: Token, verb: Token, chain: Optional[list] = None) -> Optional[Token]:
    """The clause's subject (`_read_subject`), never one on another line: a list item or a line
    the parser ran on into the one before ("- Portugal has said that ..." parsed with a noun of
    the line above for subject) shares no subject with another line, as a line ends the
    sentences of its text (records.sentence_bounds)."""
    subj = _read_subject(head, verb, chain)
    return None if subj is not None and _line_between(subj, head) else subj


def _read_subject(head: Token, verb: Token, chain: Optional[list] = None) -> Optional[Token]:
    """The subject of a clause: its own, a controlling verb's ("X plans to send"), or for a
    relative or participle clause the noun it describes ("the storm that hit", "the 12th storm
    to hit"); a passive participle's agent ("truces brokered by X"). Through a chain of
    governing verbs the nearest subject to the action counts ("X denied that the crew had
    failed to act": the crew)."""
    for t in (verb, *reversed((chain or [head])[:-1]), head):
        for c in children_of(t):
            if c.dep_ in ("nsubj", "nsubjpass", "csubj") and c is not opening_that(t):
                if c.lower_ in _RELATIVE and head.dep_ == "relcl":
                    return head.head
                return c
    controller = _object_controller(head)
    if controller is not None:
        return controller
    stray = _stray_subject(head)
    if stray is not None:
        return stray
    if _without_clause(head) and head.head.head.pos_ in ("VERB", "AUX"):
        # "the board sold the site without consulting the town": the -ing clause's understood
        # subject is the main clause's (Quirk et al. 1985, 15.58), not a passive one's patient
        main = head.head.head
        return next((c for c in children_of(main) if c.dep_ == "nsubj"), None)
    if head.dep_ == "advcl" and head.tag_ in ("VBG", "VBN", "VB") and not any(c.dep_ == "mark" for c in children_of(head)):
        # "the ship ran aground, blocking the canal", "cut staff to save money": a participle or
        # infinitive adverbial clause has the main clause's subject (Quirk et al. 1985, 15.58)
        main = head.head
        return next((c for c in children_of(main) if c.dep_ in ("nsubj", "nsubjpass")), None) if main.i != head.i else None
    if _interrogative_infinitive(head):
        # "was still studying whether to challenge the findings": an infinitive question's
        # understood subject is its governor's (Quirk et al. 1985, 15.6: "wondered whether to go")
        return _subject(head.head)
    if head.dep_ in ("relcl", "acl"):
        if head.tag_ == "VBN":
            agent = next((c for c in children_of(head) if c.dep_ == "agent"), None)
            pobj = next((c for c in children_of(agent) if c.dep_ == "pobj"), None) if agent is not None else None
            return pobj
        return head.head
    return _subject(head)


def _line_between(a: Token, b: Token) -> bool:
    """A line break stands between the two tokens: in the text from the first one's start to the
    second one's (the tokens between and their spaces tile it; read as a slice of the Doc's
    text, not token by token, as each Token read builds an object)."""
    first, last = (a, b) if a.i <= b.i else (b, a)
    return "\n" in doc_text(a.doc)[first.idx:last.idx]


def _interrogative_infinitive(head: Token) -> bool:
    """A subjectless to-infinitive opened by "whether" or a wh-word that the parser hangs on a
    verb as its complement clause, the verb having no object of its own to control it."""
    gov = head.head
    return head.dep_ == "ccomp" and head.tag_ == "VB" and gov.i != head.i and gov.pos_ in ("VERB", "AUX") \
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(head)) \
        and any(c.lower_ in ("whether", "how", "when", "where", "what", "which") and c.i < head.i for c in children_of(head)) \
        and not any(c.dep_ in ("dobj", "obj", "dative") for c in children_of(gov))


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
    return next((c for c in children_of(verb) if c.dep_ in ("dobj", "obj") and verb.i < c.i < head.i
                 and c.pos_ in ("NOUN", "PROPN")), None)


def _object_controller(head: Token) -> Optional[Token]:
    """The object of the verb an infinitive complements, when it has one before it: that object
    is the infinitive's subject ("Chile asked Peru to send doctors": Peru sends; English object
    control, Quirk et al. 1985, 16.50-16.52)."""
    prevented = from_clause_governor(head)
    if prevented is not None:
        # "barred the club from selling the ground": the club would sell; passive, "the club was
        # barred from selling": its subject (Quirk et al. 1985, 16.50-16.52, as for the infinitive)
        return next((c for c in children_of(prevented) if (c.dep_ in ("dobj", "obj") and c.i < head.i)
                     or c.dep_ == "nsubjpass"), None)
    if head.dep_ != "xcomp" or head.head.i == head.i:
        return None
    return next((c for c in children_of(head.head) if c.dep_ in ("dobj", "obj") and c.i < head.i
                 and c.pos_ in ("NOUN", "PROPN", "PRON")), None)


def from_clause_governor(head: Token) -> Optional[Token]:
    """The verb of preventing (data/polarity.json 'prevention') whose "from" phrase an -ing clause
    is ("kept the club FROM selling", "was barred FROM selling"; the parser may hang the phrase on
    the verb's object, "barred [the club from selling]"), else None."""
    prep = head.head
    if head.dep_ != "pcomp" or head.tag_ != "VBG" or prep.dep_ != "prep" or prep.lower_ != "from" or prep.i == head.i:
        return None
    verb = prep.head
    if verb.dep_ in ("dobj", "obj"):  # a direct object whatever its tag ("the oyster cooperative" tagged ADJ)
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in polarity_table()["prevention"]:
        return None
    return verb


def _prefixed_lemma(verb: Token) -> str:
    """The token's lemma; for a verb with the hyphenated prefix re- ("re-opened", one token by
    pipeline/tokenizer), "re-" and its stem's lemma by the regular inflections ("re-open"): the
    rule lemmatizer, not knowing the word, reads "re-opened" as "re-opene"."""
    lemma = verb.lemma_.lower()
    if not lemma.startswith("re-") or verb.lower_ == lemma:
        return lemma
    from ...compare.statements.lexicon import verb_lemma

    stem = verb_lemma(verb.lower_[3:])
    return f"re-{stem}" if stem else lemma


def _predicate(verb: Token) -> str:
    """The action's lemma with its particle ("step up", "rule out") or, for a linking verb with
    an adjective, the adjective ("be cautious", "remain open")."""
    lemma = _prefixed_lemma(verb)
    prt = next((c.lower_ for c in children_of(verb) if c.dep_ == "prt" or (
        c.dep_ == "advmod" and c.i == verb.i + 1 and c.lower_ in _PARTICLES)), None)
    if prt:
        return f"{lemma} {prt}"
    if not any(c.dep_ in ("dobj", "obj") for c in children_of(verb)):
        acomp = next((c for c in children_of(verb) if c.dep_ == "acomp"), None)
        if acomp is not None:
            return f"{lemma} {acomp.lemma_.lower()}"
    return lemma


#: In quoted words, the first person is the speaker ("'We will not send troops,' the minister
#: said": the minister's side); the quote's resolved speaker becomes the clause's subject.
_FIRST_PERSON = frozenset({"i", "we"})


def _speaker_at(speakers: list, offset: int) -> Optional[str]:
    """The speaker id of the quote whose words hold the offset, if any."""
    k = bisect.bisect_right(speakers, (offset, float("inf"))) - 1
    if k >= 0 and speakers[k][0] <= offset < speakers[k][1]:
        return speakers[k][2]
    return None


def _phrase(tok: Token) -> str:
    """A noun phrase as a frame writes it: its modifiers and its head's lemma."""
    head_lemma, mods = _noun_phrase(tok)
    return " ".join(mods + [head_lemma])


#: Adverb particles that also serve as prepositions (Quirk et al. 1985, 16.3-16.4): right after the
#: verb they make a phrasal verb whose object is direct ("called off the regatta", "set up a fund").
_PARTICLE_PREPOSITIONS = frozenset({"off", "out", "up", "down", "away", "back", "over"})


def object_span(tok: Optional[Token], verb: Optional[Token] = None) -> dict:
    """`object_start` and `object_end`: the character offsets of the object as the text writes it,
    from the first word of its head's subtree (its determiner, possessor, number and premodifiers:
    "the town's old customs house") to the end of its head, its postmodifiers left out (an "of"
    phrase or a relative clause describes the thing, Quirk et al. 1985, 17.2-17.5); and
    `object_prep`, the preposition the clause's verb (`verb`) takes the object through ("was sold
    to a developer": `to`), None for a direct object or an act noun's argument: a prepositional object names a recipient, a place or a
    topic, not what the act is done to (Quirk et al. 1985, 16.5, prepositional verbs; 10.7 the
    affected participant is the direct object, or the passive subject). All None for a clause
    with no object. The comparison reads the object as written from them (a determiner or a
    number says whether the object is one known thing, compare.date_once)."""
    if tok is None:
        return {"object_start": None, "object_end": None, "object_prep": None}
    prep = tok.head if tok.dep_ == "pobj" and tok.head.dep_ in ("prep", "dative") else None
    on_verb = prep is not None and verb is not None and prep.head.i == verb.i
    if on_verb and prep.lower_ in _PARTICLE_PREPOSITIONS and prep.i == verb.i + 1:
        on_verb = False  # "called off the regatta": a phrasal verb's particle, tagged a preposition; its object is direct
    return {"object_start": tok.left_edge.idx, "object_end": tok.idx + len(tok),
            "object_prep": prep.lower_ if on_verb else None}


def _subject_actor(subj: Optional[Token], verb: Token, actors: _Actors,
                   speakers: Optional[list]) -> tuple[Optional[str], Optional[Token]]:
    """The actor id a clause's subject names, and the phrase that names it."""
    subj_actor = actors.of_phrase(subj)
    subj_written = subj
    if subj_actor is None and subj is not None and subj.lower_ in _ANAPHORS:
        # from the action: "X denied that it sent"; a pronoun stands for the phrase it takes
        # up, named or not ("the company said it would ...": the company)
        taken = _antecedent_phrase(verb)
        if taken is not None and taken.pos_ in ("NOUN", "PROPN") and _agrees(subj, taken, actors):
            subj_actor = actors.of_phrase(taken)
            subj_written = taken
    if subj_actor is None and subj is not None and subj.lower_ in _FIRST_PERSON and speakers:
        subj_actor = _speaker_at(speakers, subj.idx)
    if subj_actor is None and subj is not None and subj.lower_ in _PERSONAL and subj_written.i == subj.i:
        # no antecedent in its own sentence ("The driver said he ..." takes up the driver)
        subj_actor = _only_person_before(subj, actors)
    if subj_actor is None and subj is not None and subj.lower_ == "it" and subj_written.i == subj.i:
        subj_actor = _previous_subject(subj, verb, actors)
    return subj_actor, subj_written


#: Verbs whose "it" subject may be the empty one of an extraposed clause or of the weather ("it
#: is unclear whether ...", "it seems that ...", "it rained"; Quirk et al. 1985, 10.26, 18.33).
_EMPTY_IT_VERBS = frozenset({"be", "seem", "appear", "become", "remain", "happen", "rain", "snow", "take", "cost"})


def _previous_subject(subj: Token, verb: Token, actors: _Actors, depth: int = 2) -> Optional[str]:
    """The organisation or country an "it" opening its sentence takes up: the subject of the
    previous sentence's main clause, when that names an actor that is not a person ("The
    ministry offered refunds. It rejected claims that ...": the ministry). With no noun before
    it in its own sentence, a subject pronoun takes up the most salient entity of the previous
    utterance, its subject (Centering: Grosz, Joshi & Weinstein 1995; Brennan, Friedman & Pollard
    1987); "it" agrees only with a singular non-person. An "it" that the verb may leave empty
    ("it is unclear whether ...") takes up nothing; a previous "it" is followed back once more."""
    sent = subj.sent
    if verb.lemma_.lower() in _EMPTY_IT_VERBS or sent.start == 0 or any(
            t.pos_ in ("NOUN", "PROPN") for t in subj.doc[sent.start:subj.i]):
        return None
    prev = subj.doc[sent.start - 1].sent
    root = prev.root
    head = next((c for c in children_of(root) if c.dep_ in ("nsubj", "nsubjpass")), None)
    if head is None:
        return None
    if head.lower_ == "it":
        return _previous_subject(head, root, actors, depth - 1) if depth > 1 else None
    aid = actors.of_phrase(head)
    kind = getattr(actors.info.get(aid), "type", None) if aid is not None else None
    plural = head.tag_ in ("NNS", "NNPS") or any(c.dep_ == "cc" for c in children_of(head))
    return aid if kind in ("ORG", "GPE") and not plural else None


#: Pronouns of one person. With no antecedent in their own sentence ("Later she told reporters she
#: would stay"), they take up the person the text has just named: the preferred antecedent is the most
#: salient entity of the previous utterance (Centering, Grosz, Joshi & Weinstein 1995), and with
#: exactly one person named since the start of the previous sentence whose given name does not
#: contradict the pronoun's gender, there is no other to take up. Two or more leave it unresolved.
_PERSONAL = frozenset({"he", "she", "him", "her"})
#: The gender-guesser answers that rule a pronoun out (a name unknown to it rules nothing out).
_NOT_FOR = {"he": ("female", "mostly_female"), "him": ("female", "mostly_female"),
            "she": ("male", "mostly_male"), "her": ("male", "mostly_male")}


def _may_be(pronoun: str, name: str) -> bool:
    """The pronoun may stand for a person of this name: its given name's gender does not rule it out."""
    detector = gender_detector()
    first = name.split()[0] if name.split() else ""
    return detector is None or not first or detector.get_gender(first) not in _NOT_FOR.get(pronoun, ())


def _only_person_before(subj: Token, actors: _Actors) -> Optional[str]:
    """The one person actor named from the start of the previous sentence up to the pronoun
    whose given name agrees with it, else None."""
    start = subj.sent.start
    if start > 0:
        start = subj.doc[start - 1].sent.start
    persons = {aid for i in range(start, subj.i) if (aid := actors.by_token.get(i)) is not None
               and getattr(actors.info.get(aid), "type", None) == "PERSON"}
    persons = {aid for aid in persons if _may_be(subj.lower_, getattr(actors.info.get(aid), "name", "") or "")}
    return next(iter(persons)) if len(persons) == 1 else None


def _agrees(pronoun: Token, noun: Token, actors: Optional[_Actors] = None) -> bool:
    """A pronoun takes up only a noun phrase it agrees with: "they" no single named person
    ("Ana Ortiz said they would appeal": her clients, not she), "he"/"she"/"it" no plural
    ("the unions said it ..." is not the unions; English pronoun agreement in number, Quirk et
    al. 1985, 6.10-6.12). "They" may take up an organisation, which English treats as plural;
    a name is one thing whatever its last word ("Harbour Terminals said it ..."). A person is one
    the named-entity tagger or the document's actors (`actors`) say is a person: the tagger may
    miss a name the actor component knows ("Lawyer Ama Nkwe said they would appeal": her
    clients)."""
    word = pronoun.lower_
    plural = (noun.tag_ == "NNS" and noun.pos_ != "PROPN") or any(c.dep_ == "cc" for c in children_of(noun))
    if word == "they":
        aid = actors.of_phrase(noun) if actors is not None else None
        person = noun.ent_type_ == "PERSON" or getattr(actors.info.get(aid), "type", None) == "PERSON" if aid else \
            noun.ent_type_ == "PERSON"
        return not (person and not plural)
    return not plural


_OBJECT_DEPS = ("dobj", "obj", "attr", "oprd", "dative")
#: Prepositions whose phrase is an adjunct, never what the action is done to: "without" (the
#: negative of "with": what it names is absent), those of time ("during", "after", "until",
#: "since", "throughout", "amid"), of concession ("despite", "notwithstanding") and of cause
#: ("because of"; Quirk et al. 1985, ch. 9, prepositions of time, cause and concession): their
#: noun says when, why or in spite of what the action happens.
_ADJUNCT_PREPOSITIONS = frozenset({"without", "during", "after", "until", "till", "since", "throughout", "amid",
                                   "amidst", "despite", "notwithstanding", "because"})


def _object_token(h: Token, verb: Token) -> Optional[Token]:
    """What the action is done to, never a figure or a date ("fell by 0.4%", "rose to 5.2%", "met
    on Monday" name no object: alignment never reads values)."""
    # the direct object before a recipient ("sent the board a plan": the plan is what was sent)
    # ... and not a clause-opening "that" the parser took for a relative pronoun when the clause
    # has its own object: such a clause is a noun's content clause (clause_kinds.content_clause)
    # ... nor a "that" before the subject of a clause that is no relative clause, which opens the
    # clause ("said that they would appeal", the parser taking it for the verb's object): an
    # object pronoun follows the subject; a relative "that" ("the act that others follow") comes first
    subject_at = None if "relcl" in (h.dep_, verb.dep_) else next(
        (c.i for c in children_of(verb) if c.dep_ in ("nsubj", "nsubjpass")), None)
    obj_tok = min((c for c in children_of(verb) if c.dep_ in _OBJECT_DEPS and not _is_value(c)
                   and not (c.lower_ == "that" and c.i == verb.left_edge.i and content_clause(verb))
                   and not (c.lower_ == "that" and subject_at is not None and c.i < subject_at)),
                  key=lambda c: (_OBJECT_DEPS.index(c.dep_), c.i), default=None)
    if obj_tok is not None and obj_tok.lower_ in _RELATIVE and h.dep_ == "relcl":
        obj_tok = h.head  # "the plan, which the envoy proposed": the plan is what was proposed
    if obj_tok is None:
        # "called off the regatta": the parser may hang the object on the particle, which takes
        # none of its own (a phrasal verb's particle is an adverb, Quirk et al. 1985, 16.2)
        obj_tok = next((p for c in children_of(verb) if c.dep_ == "prt" for p in children_of(c)
                        if p.dep_ in ("pobj", "dobj") and not _is_value(p)), None)
    if obj_tok is None and verb.dep_ == "acl" and verb.tag_ == "VBN" and not content_clause(verb):
        # "truces brokered by X": the truces are what was brokered (not so for a noun's content
        # clause: in "reports that the mine was closed" the reports were not closed)
        obj_tok = verb.head
    # a verb with a clause for complement ("would urge voters back it") has that
    # clause for object, not the noun of an adverbial ("in order to ...", "on Monday")
    if obj_tok is None and not any(c.dep_ == "ccomp" for c in children_of(verb)):
        for c in children_of(verb):
            # ... nor what "without" says is absent ("the mill closed without job losses": no
            # losses came with the closing; they are not what closed), nor the noun of an adjunct
            # of time or concession ("struck despite the court order", "sank during the storm"),
            # nor a passive's "by" agent, who does the action ("the ore will not be exported by the
            # board": the board is who would export it, not what is exported), nor a phrase put
            # before the verb ("Under a pact with the council, the drivers accepted a smaller
            # raise"): a verb's prepositional object follows it; a phrase fronted before the
            # subject is an adverbial (Quirk et al. 1985, 8.15, 18.20: initial position), save the
            # complement of "be" fronted with the subject put after it ("Among the losses were
            # two barns": subject-verb inversion, 18.23)
            if c.dep_ == "prep" and c.lower_ not in _ADJUNCT_PREPOSITIONS and (c.i > verb.i or verb.lemma_ == "be"):
                obj_tok = next((p for p in children_of(c) if p.dep_ == "pobj" and not _is_value(p)), None)
                if obj_tok is not None:
                    break
    if obj_tok is not None and obj_tok.lemma_.lower() in _CLASSIFIER_NOUNS:
        # "rejected any form of X": the classifier noun's complement is what is rejected
        of = next((c for c in children_of(obj_tok) if c.dep_ == "prep" and c.lower_ == "of"), None)
        inner = next((c for c in children_of(of) if c.dep_ == "pobj"), None) if of is not None else None
        obj_tok = inner if inner is not None else obj_tok
    return obj_tok


def _negative_subject(subj: Optional[Token], negative: bool, cue: Optional[str]) -> tuple[bool, Optional[str]]:
    """A negative subject ("nobody", "neither"), or one whose determiner negates it ("no appeal
    is possible", "neither side agreed", "not one painting will leave", "not a single nurse
    was hired": "not" before "one" or "a" is the negative determiner's emphatic form, Quirk et
    al. 1985, 10.60): the clause is negative. So is one whose universal quantifier "not" denies
    ("not all staff will keep their jobs", "not every school will reopen"; Quirk et al. 1985,
    10.64, negation of the quantifier): it contradicts "all staff will keep their jobs", though
    it leaves some who will (cue "not all")."""
    neg_det = next((c.lower_ for c in children_of(subj) if c.dep_ == "det" and c.lower_ in ("no", "neither")),
                   None) if subj is not None else None
    if neg_det is None and subj is not None and _not_one(subj):
        neg_det = "not"
    if neg_det is None and subj is not None:
        neg_det = _not_all(subj)
    if subj is not None and (subj.lower_ in ("nobody", "none", "neither", "nothing") or neg_det):
        negative = not negative
        cue = (neg_det or subj.lower_) if negative else cue
    return negative, cue


#: The words "not" negates as a determiner when it stands before them ("not one", "not a single").
_NOT_ONE = frozenset({"one", "a", "an", "single"})


def _not_one(subj: Token) -> bool:
    """The subject is counted as none: "not" on the noun with "a" ("Not a single nurse") or with
    its "one" ("Not even one ferry", the parser hanging "not" on the noun), on "one" or "any"
    itself ("Not one of the paintings", "Not any of the ferries"), or on its "one" ("Not one
    original painting")."""
    if any(c.dep_ == "neg" for c in children_of(subj)) and (
            subj.lower_ in ("one", "any") or any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in children_of(subj))
            or any(c.dep_ == "nummod" and c.lower_ == "one" for c in children_of(subj))):
        return True
    return any(c.lower_ in _NOT_ONE and any(g.dep_ == "neg" for g in children_of(c)) for c in children_of(subj))


#: Universal quantifiers a "not" before them denies ("not all", "not every", "not everyone").
_UNIVERSAL = frozenset({"all", "every", "everyone", "everybody", "everything"})


def _not_all(subj: Token) -> Optional[str]:
    """'not all' (or 'not every' ...) when "not" denies the subject's universal quantifier: on the
    subject itself ("Not everyone agreed"), on its determiner ("Not all staff") or on the noun
    with that determiner ("Not every school", as the parser hangs it); else None."""
    every = next((c.lower_ for c in children_of(subj) if c.dep_ == "det" and c.lower_ in _UNIVERSAL), None)
    if every is not None and any(c.dep_ == "neg" for c in children_of(subj)):
        return f"not {every}"
    for t in (subj, *children_of(subj)):
        if t.lower_ in _UNIVERSAL and (t.i == subj.i or t.dep_ in ("det", "predet", "amod")) and any(
                g.dep_ == "neg" for g in children_of(t)):
            return f"not {t.lower_}"
    return None


#: Third-person pronouns that, as the subject of a reported or conjoined clause, usually take up
#: the subject of the clause that governs it ("Norway said it would ...", "Norway agreed but
#: later it withdrew"): English subject continuity across embedded and coordinated clauses.
_ANAPHORS = frozenset({"it", "they", "he", "she"})


def _antecedent_phrase(head: Token) -> Optional[Token]:
    """The subject a pronoun subject takes up: the nearest governing clause's subject that is not
    itself a pronoun ("Norway said it would ...": Norway; "The company said it would ...": the
    company), through complement, conjoined and adverbial clauses and noun content clauses."""
    t = head
    for _ in range(4):
        if (t.dep_ not in ("ccomp", "conj", "advcl", "xcomp") and not content_clause(t)) or t.head.i == t.i:
            return None
        t = t.head
        while t.pos_ not in ("VERB", "AUX") and t.head.i != t.i:
            t = t.head
        for c in children_of(t):
            if c.dep_ in ("nsubj", "nsubjpass"):
                if c.i > head.i:
                    return None  # a pronoun takes up what came before it, not a later subject
                if c.lower_ not in _ANAPHORS:
                    return None if _line_between(c, head) else c
    return None
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
    cut = [c for t in subtree for c in children_of(t) if c.dep_ in ("relcl", "acl", "appos")]
    dropped = {t.i for c in cut for t in c.subtree}
    words = [t for t in subtree if t.i not in dropped and not t.is_space
             and not (t.is_punct and t.i in (left, right))]
    if not words or len(words) > 8:
        return subj.text
    text = full_text[words[0].idx:words[-1].idx + len(words[-1])]  # the span's text
    return " ".join(text.split()).strip(" ,")
