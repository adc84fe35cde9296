"""A clause whose act a noun of intention or of request names ("has no plans to shut the
plant", "the decision to sell", "rejected calls to suspend the licence"): the noun, how it sets
the act's modality and polarity, and who holds it (data/polarity.json 'intention_nouns',
'intention_holders', 'request_nouns', 'request_answers'). Read by the clause walk (clauses.py)."""

from __future__ import annotations

from typing import NamedTuple, Optional

from spacy.tokens import Token

from .children import children_of
from .clause_polarity import have_object
from .syntax import _negated, _subject, present_perfect


class Intention(NamedTuple):
    """A clause that names the act a noun of intention is about ("has no plans TO SHUT the
    plant", "no intention OF SHUTTING it"): the noun, how it sets the act (data/polarity.json
    'intention_nouns'), the phrase that holds the intention and the verb it is the subject of
    (None when the noun's owner is written as a possessive or not at all), and whether the
    noun's determiner or that verb negates it (the word that does, else None)."""

    noun: Token
    how: str
    holder: Optional[Token]
    verb: Optional[Token]
    negative: Optional[str]
    #: the noun is a request its holder answers (`_answered`): the act is the one asked for
    request: bool = False


def intention_of(head: Token, table: dict) -> Optional[Intention]:
    """The noun of intention whose to-infinitive or of-gerund the clause headed by `head` is,
    with who holds it: the owner the noun is written with ("the council's decision to sell"),
    else the subject of a verb of having, making, announcing or giving up the intention that has
    the noun for object ("the mill has no plans to close", "scrapped plans to build"; Biber et
    al. 1999, 8.14; Quirk et al. 1985, 17.31). The noun negates the act with "no" ("has no
    plans to"), as its verb does when negated ("does not have any plans to") or when it gives the
    intention up ("dropped plans to"). None for any other clause."""
    request = _request_of(head, table)
    if request is not None:
        return _answered(request, table)
    if head.dep_ in ("acl", "relcl") and head.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(head)):
        noun = head.head
        if noun.pos_ == "NOUN" and noun.dep_ in ("dobj", "obj") and noun.head.lemma_.lower() == "have":
            # "had no time to read the report", "did not have the cash to pay": the one who has
            # the noun does the act (Quirk et al. 1985, 17.31), whatever the noun
            return _held(noun, table["intention_nouns"].get(noun.lemma_.lower(), noun.lemma_.lower()), table)
        if noun.lemma_.lower() in table["request_nouns"]:
            return _answered(noun, table)
    elif head.dep_ == "pcomp" and head.tag_ == "VBG" and head.head.lower_ == "of" and head.head.dep_ == "prep":
        noun = head.head.head
    elif have_object(head.head, head) is not None:
        # "had no power to stop the sale" (the parser hangs the infinitive on "have"): the act
        # of the holder of the noun, which sets its modality as after any noun ("no time to read")
        noun = have_object(head.head, head)
        return _held(noun, table["intention_nouns"].get(noun.lemma_.lower(), noun.lemma_.lower()), table)
    else:
        return None
    how = table["intention_nouns"].get(noun.lemma_.lower())
    if noun.i == head.i or noun.pos_ != "NOUN" or how is None:
        return None
    owner = next((c for c in children_of(noun) if c.dep_ == "poss" and c.pos_ in ("NOUN", "PROPN")), None)
    if owner is not None:
        return Intention(noun, how, owner, None, _no(noun))
    return _held(noun, how, table)


def _answered(noun: Token, table: dict) -> Optional[Intention]:
    """The act a request asks for, as the one asked answers it: "rejected calls to suspend the
    licence", "turned down a request to extend the deadline" (the rejecter's act, negated by the
    verb of refusal), "granted a request to extend" (done). A refusal negated leaves the act open
    ("did not reject calls to resign": may resign, as a negated one-way implicative asserts
    nothing, Karttunen 1971); a grant negated negates it ("did not grant the request"). None when
    the verb that has the request for object does not answer it (data/polarity.json
    'request_answers': "backed calls to ..." is not the backer's act). A request ignored up to now
    ('unanswered' in the present perfect: "has ignored calls to resign") is not done up to now,
    negated as a refusal is, with the verb for cue; compare reads that cue as "not yet"
    (modality.negated_up_to_now), so nothing is said of what is to come. Ignored at a time
    before ("ignored calls to resign last spring", "had ignored"), it says nothing of the act
    after that time: None, the act only asked for."""
    verb = noun.head
    if noun.dep_ not in ("dobj", "obj") or verb.i == noun.i:
        return None
    lemma = verb.lemma_.lower()
    if any(c.dep_ == "prt" for c in children_of(verb)):
        lemma = f"{lemma} {next(c.lower_ for c in children_of(verb) if c.dep_ == 'prt')}"
    how = table["request_answers"].get(lemma)
    if how is None or (how == "unanswered" and not present_perfect(verb)):
        return None
    refused = how in ("not", "unanswered")
    turned = _negated(verb)
    if turned is not None:
        return Intention(noun, "may", _subject(verb), verb, None, True) if refused else \
            Intention(noun, "done", _subject(verb), verb, turned, True)
    return Intention(noun, "done", _subject(verb), verb, lemma if refused else None, True)


#: Dependencies through which a to-infinitive the parser hung inside a request noun's phrase, or
#: on the verb that has the request for object, is followed back to them ("rejected calls by the
#: growers' unions to cancel the fines": the parser may hang "to cancel" on "unions", on "by" or
#: on "rejected").
_REQUEST_PATH = frozenset({"pobj", "prep", "conj", "compound", "appos", "poss"})


#: How many words the infinitive's head is followed back.
_REQUEST_STEPS = 5


def _request_of(head: Token, table: dict) -> Optional[Token]:
    """The request noun whose act a to-infinitive names ("rejected calls to cancel the fines",
    "rejected calls by two unions to cancel the fines", "rejected calls for the fines to be
    cancelled"): the noun of request (data/polarity.json 'request_nouns') before the infinitive,
    reached from the infinitive's head through the noun's own phrase (its prepositional phrases
    and their conjuncts), or as the direct object of the verb the parser hung the infinitive on.
    A noun of request takes a to-infinitive naming the act asked for (Biber et al. 1999, 8.14;
    with its "for" subject, Quirk et al. 1985, 16.42: "calls for the fines to be cancelled"),
    whatever the parser attached it to. Not an infinitive with a subject of its own that does the
    act ("calls for the union to strike": the one asked is the union), nor one before the noun."""
    if head.dep_ not in ("acl", "relcl", "advcl", "xcomp") or not any(
            c.dep_ == "aux" and c.lower_ == "to" for c in children_of(head)):
        return None
    if any(c.dep_ in ("nsubj", "expl") for c in children_of(head)):
        return None
    x = head.head
    for _ in range(_REQUEST_STEPS):
        if x.i >= head.i:
            return None
        if x.pos_ == "NOUN" and x.lemma_.lower() in table["request_nouns"]:
            return x
        if x.dep_ in _REQUEST_PATH and x.head.i != x.i:
            x = x.head
            continue
        if x.pos_ in ("VERB", "AUX"):
            return next((c for c in children_of(x) if c.dep_ in ("dobj", "obj") and c.pos_ == "NOUN"
                         and c.lemma_.lower() in table["request_nouns"] and c.i < head.i), None)
        return None
    return None


def _no(noun: Token) -> Optional[str]:
    return next((c.lower_ for c in children_of(noun) if c.dep_ == "det" and c.lower_ in ("no", "neither")), None)


def _held(noun: Token, how: str, table: dict) -> Intention:
    """The intention a noun names, held by the subject of the verb that has the noun for object
    when that verb holds, makes or gives up intentions (data/polarity.json 'intention_holders')."""
    negative = _no(noun)
    verb = noun.head
    given = table["intention_holders"].get(verb.lemma_.lower())
    if noun.dep_ not in ("dobj", "obj") or verb.i == noun.i or given is None or any(
            c.dep_ == "dative" for c in children_of(verb)):
        return Intention(noun, how, None, None, negative)
    for cue in (_negated(verb), verb.lemma_.lower() if given == "not" else None):
        if cue is not None:
            negative = None if negative else cue
    return Intention(noun, how, _subject(verb), verb, negative)
