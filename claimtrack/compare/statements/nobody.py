"""No one at all against someone: a clause whose subject is a negative universal pronoun ("no one
had been arrested", "nobody was hurt", "none came forward") denies its act of every person, so the
same act stated of a person on the other side ("police arrested two dock workers", "three walkers
were hurt") contradicts it. "No one was X" is "there is no person who was X" (the negative
universal pronouns no one, nobody, none: Quirk et al. 1985, 6.62-6.63), which one person who was X
falsifies."""

from __future__ import annotations

import re
from typing import Optional

from ...wordnet_nouns import PERSON_FILE, noun_lexfiles
from ..candidates import Candidate
from ..mention import Mention
from .levels import dated_apart
from .lexicon import LIGHT_VERBS, noun_lemma_in, person_nouns, nouns_meet, predicates_meet
from .modality import FUTURE, negated_up_to_now, not_until
from .phrases import POSTMODIFIERS, term_of
from .voice import passive, written_head

#: The negative universal pronouns of persons, as a clause's whole subject.
_NOBODY = frozenset({"no one", "no-one", "nobody", "none"})
#: WordNet senses of a noun read for a person: the most frequent only ("worker", "man",
#: "passenger"; not "machine", whose second sense is 'an efficient person').
_PERSON_SENSES = 1


#: The non-assertive and negative pronouns that stand as an object for no person or thing in
#: particular (Quirk et al. 1985, 6.59-6.62, 'anyone', 'anything' in a negative clause; 6.63,
#: 'nobody', 'nothing'), of persons and of things.
_ANY_PERSONS = frozenset({"anyone", "anybody", "nobody", "no one"})
_ANY_THINGS = frozenset({"anything", "nothing"})
#: Words after such a pronoun that restrict it to some of what it would cover ("anyone else",
#: "anything like this", "anything other than", "anybody but"; Quirk et al. 1985, 6.61 and 17.3,
#: postmodification of the indefinite pronouns).
_RESTRICTING = frozenset({"else", "like", "other", "but", "except", "besides", "of", "that", "who", "which",
                          "more", "less", "new"})


def _any_pronoun(m: Mention) -> Optional[str]:
    """The pronoun, when the clause is negated and its object is one of them standing alone ("would
    not pay anything", "did not arrest anyone"; not "anyone else"); a light verb names no act of its
    own ("did not have anything")."""
    f = m.frame
    word = re.sub(r"\s+", " ", (f.object or "").strip().lower())
    if f.polarity != "negative" or word not in _ANY_PERSONS | _ANY_THINGS or (f.predicate or "") in LIGHT_VERBS:
        return None
    found = re.search(rf"\b{word}\b\s*([\w'’]*)", m.text, re.IGNORECASE)
    return word if found is not None and found.group(1).lower() not in _RESTRICTING else None


#: Adjuncts that tie a clause's act to one moment of the story without a date (Quirk et al. 1985,
#: 8.51-8.56, adjuncts of time position: "at first", "initially", "later", "at the time"), and those
#: that place it at the event itself ("at the scene", "on the spot"): news tells a denial of one
#: moment beside a later act ("no one was held at the scene"; two were held the next day).
_MOMENT = re.compile(r"\b(?:at first|initially|at the time|later|afterwards|subsequently|at the scene|on the spot)\b",
                     re.IGNORECASE)


#: A negated present perfect ("have not arrested anyone", "hasn't paid anything"): a denial up to
#: the time of the report (Quirk et al. 1985, 4.20-4.22), which a later report's act does not
#: contradict.
_NEGATED_PERFECT = re.compile(r"\b(?:(?:has|have|'ve|’ve)\s+(?:not|never)|(?:hasn|haven)[’']t)\b", re.IGNORECASE)


def _one_moment(a: Mention, b: Mention) -> bool:
    """The two clauses tell one completed act of one time: in the same way (both told as done, or
    both under one modal; "will not sign anything until ..." says nothing of a contract signed), the
    negation not held up to a point or up to now ("until", "not yet": `modality.not_until`,
    `modality.negated_up_to_now`; a negated present perfect, `_NEGATED_PERFECT`), no date on one
    side that the other does not share (`levels.dated_apart`), and the same adjuncts of a moment on
    both sides, or none (`_MOMENT`)."""
    if a.frame.modality != b.frame.modality:
        return False
    for m in (a, b):
        if m.frame.polarity == "negative" and (
                not_until(m) or negated_up_to_now(m.frame, m.text) or _NEGATED_PERFECT.search(m.text)):
            return False
    moments = [frozenset(w.lower() for w in _MOMENT.findall(m.text)) for m in (a, b)]
    return not dated_apart(a, b) and moments[0] == moments[1]


def any_object(a: Mention, b: Mention) -> bool:
    """One clause is negated and its object is a pronoun of no person or thing in particular
    (`_any_pronoun`); the other names its object, a person for "anyone", a thing for "anything"
    (`_a_person`), and the two speak of one time (`_one_moment`): the negation denies the act of
    every person or thing the verb may take, so what the other side names ("agreed to pay 40,000
    euros", "arrested two dockers") is among what it denies, as "no one was arrested" denies the
    arrest of anyone (`judge_nobody`). A denial tied to a moment of its own ("did not arrest anyone
    at the scene", "refused in March to pay anything") says nothing of an act at another."""
    if not _one_moment(a, b):
        return False
    for x, y in ((a, b), (b, a)):
        word, other = _any_pronoun(x), y.frame.object
        if word is not None and other and _any_pronoun(y) is None \
                and (word in _ANY_PERSONS) == _a_person(y, None, other):
            return True
    return False


def _nobody(m: Mention) -> bool:
    """The clause denies its act of everyone: negative, its subject a negative universal pronoun."""
    f = m.frame
    if f.polarity != "negative" or f.subject:
        return False
    return re.sub(r"\s+", " ", (f.subject_text or "").strip().lower()) in _NOBODY


#: "none of the X", "not one of its X", "neither of the X": the negative universal pronoun
#: with a partitive "of" phrase names the set its denial covers (Quirk et al. 1985, 6.62-6.63 and
#: 5.25, the of-construction after a quantifier pronoun).
_NONE_OF = re.compile(r"^(?:none|not one|neither)\s+of\s+(.+)$", re.IGNORECASE)


def _none_of(m: Mention) -> Optional[str]:
    """The head noun of the set a negative partitive subject denies the clause's act of ("none of
    the ferry's crew were hurt": crew), else None."""
    f = m.frame
    found = _NONE_OF.match(re.sub(r"\s+", " ", (f.subject_text or "").strip()))
    if f.polarity != "negative" or f.subject or found is None:
        return None
    return written_head(found.group(1), POSTMODIFIERS)


def _member_of(other: Mention, head: str) -> bool:
    """The other clause's subject is written as members of the set `head` names ("one
    passenger", "two crew members"): its head is that noun or one WordNet gives as it, or the noun
    stands before its head as the kind of member it is."""
    text = other.frame.subject_text or ""
    theirs = written_head(text, POSTMODIFIERS)
    if theirs is None:
        return False
    words = {term_of(w) for w in re.findall(r"[\w'-]+", text)}
    return term_of(theirs) == term_of(head) or nouns_meet(theirs, head) or term_of(head) in words


def _judge_none_of(a: Mention, b: Mention) -> Optional[Candidate]:
    """"None of the X" denies its act of every X; the same act (`predicates_meet`) stated of some
    X on the other side ("two crew members were hurt"), in the same voice and at one time, is a
    conflict."""
    for x, y in ((a, b), (b, a)):
        fx, fy = x.frame, y.frame
        head = _none_of(x)
        if head is None or fy.polarity != "positive" or _none_of(y) is not None:
            continue
        if not predicates_meet(fx.predicate, fy.predicate) or not _one_time(fx, fy) or passive(x) != passive(y):
            continue
        if fy.subject or not _member_of(y, head):
            continue
        where = ("A", "B") if x is a else ("B", "A")
        return Candidate(a, b, "conflict", "polarity", f"{fy.predicate} (none of the {head} in {where[0]})",
                         f"'{fx.subject_text}' denies the act ({fx.predicate}) of each of the {head} in {where[0]}; "
                         f"{where[1]} states it of some", 0.55)
    return None


def _a_person(m: Mention, actor: Optional[str], text: Optional[str]) -> bool:
    """The participant is a person: an actor its document types PERSON, or a noun phrase whose
    head's most frequent WordNet sense is a person (noun.person: "dock workers", "a
    41-year-old man"), or whose head is a noun of a kind of person (data/person_nouns.json:
    "three hikers")."""
    if actor:
        return m.doc_actors is not None and m.doc_actors.types.get(actor) == "PERSON"
    head = written_head(text, POSTMODIFIERS)
    if not head:
        return False
    singular = head[:-1] if head.endswith("s") and not head.endswith("ss") else head
    return any(PERSON_FILE in noun_lexfiles(w, _PERSON_SENSES) for w in {head, singular}) \
        or noun_lemma_in(head, person_nouns()) is not None


def _same_role_a_person(nobody: Mention, other: Mention) -> bool:
    """The other clause states its act of a person in the role the pronoun has: done to one
    (the pronoun a passive's subject: "no one was detained"; the other's object, or its
    passive's subject), or done by one (the pronoun an active subject: "nobody came forward"; the
    other's active subject)."""
    f = other.frame
    if passive(nobody):
        if passive(other):
            return _a_person(other, f.subject, f.subject_text)
        return bool(f.object) and _a_person(other, None, f.object)
    return not passive(other) and _a_person(other, f.subject, f.subject_text)


def _one_time(fx, fy) -> bool:
    """Both clauses tell their act as done, or both as to come ("will", "would"): a denial of
    what can or may happen ("nobody can pay") states no fact that an act contradicts, and one of
    what is to come says nothing of what was done."""
    return (fx.modality is None and fy.modality is None) or (fx.modality in FUTURE and fy.modality in FUTURE)


def _one_object(fx, fy) -> bool:
    """The act done by everyone or no one is done to the same thing: the same object head, heads
    WordNet gives as one thing (`lexicon.nouns_meet`), or no object on either side ("nobody
    came forward"): "nobody pays full wages" denies no paying for flour."""
    if not fx.object and not fy.object:
        return True
    if not fx.object or not fy.object:
        return False
    x, y = fx.object.split()[-1], fy.object.split()[-1]
    return x == y or nouns_meet(x, y)


def judge_nobody(a: Mention, b: Mention) -> Optional[Candidate]:
    """One side denies an act of everyone (`_nobody`), the other states the same act (one verb, or
    verbs WordNet gives one sense: `predicates_meet`) of a person in the same role (and, done by
    everyone or no one, to one thing), both as done or both as to come: a conflict. None
    otherwise (the other side negated too, or hedged)."""
    partitive = _judge_none_of(a, b)
    if partitive is not None:
        return partitive
    for x, y in ((a, b), (b, a)):
        fx, fy = x.frame, y.frame
        if not _nobody(x) or _nobody(y) or fy.polarity != "positive":
            continue
        if not predicates_meet(fx.predicate, fy.predicate) or not _one_time(fx, fy):
            continue
        if not _same_role_a_person(x, y) or not (passive(x) or _one_object(fx, fy)):
            continue
        where = ("A", "B") if x is a else ("B", "A")
        return Candidate(a, b, "conflict", "polarity", f"{fy.predicate} (no one in {where[0]})",
                         f"'{fx.subject_text}' denies the act ({fx.predicate}) of everyone in {where[0]}; "
                         f"{where[1]} states it of a person", 0.55)
    return None
