"""What kind of clause completes a noun or a verb: a content clause (what a noun of saying says,
"reports that the mine had closed", told from a relative clause, "the reports that the inquiry
published") and an indirect yes/no question ("decided whether to sell"), which leaves its action
open. Read by the polarity chain (`clause_polarity`), the moods (`clause_moods`) and the roles
(`clause_roles`). Tables: data/polarity.json 'claim_nouns'; WordNet's noun files."""

from __future__ import annotations

from spacy.tokens import Token

from ...wordnet_nouns import GROUP_FILE, PERSON_FILE, noun_lexfiles
from .syntax import polarity_table
from .children import children_of


def open_question(h: Token) -> bool:
    """The clause is an indirect yes/no question ("decided whether to sell the mill", "has not
    said if it will sell"): it leaves its action open, whatever the verb it completes says of
    it (Quirk et al. 1985, 15.6, subordinate yes/no interrogative clauses). "If" opens such a
    clause only as a complement; as an adverbial it is a condition."""
    return any(c.dep_ == "mark" and (c.lower_ == "whether" or (c.lower_ == "if" and h.dep_ in ("ccomp", "xcomp")))
               for c in children_of(h))


def _complete(t: Token) -> bool:
    """A finite clause with no relative word that lacks no argument a relative pronoun could
    stand for: a subject, and its object slot filled (an object, a complement clause, a
    predicative) or none to fill (a passive); no preposition left without its object ("the
    reports the minister referred to")."""
    kids = list(children_of(t))
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in kids) or any(c.lower_ in _RELATIVE_WORDS for c in kids):
        return False
    if any(c.dep_ == "prep" and not any(p.dep_ in ("pobj", "pcomp") for p in children_of(c)) for c in kids):
        return False
    return any(c.dep_ in ("nsubjpass", "auxpass", "dobj", "obj", "ccomp", "attr", "acomp", "oprd") for c in kids)


#: Functions only a noun phrase has: a head the tagger took for a verb ("rejected claims the
#: ...", "claims" tagged VERB) is a noun when it is an object or a subject.
_NOUN_FUNCTIONS = frozenset({"dobj", "obj", "pobj", "nsubj", "nsubjpass", "attr"})


#: Words that open a relative clause (Quirk et al. 1985, 17.9-17.16).
_RELATIVE_WORDS = frozenset({"that", "which", "who", "whom", "whose", "where", "when", "why"})


def content_clause(t: Token) -> bool:
    """A that-clause completing a noun ("wrote in a letter that it would ..."): the parser
    hangs it on the noun, whose verb governs it as a complement clause does. The parser may
    label it a relative clause and its "that" an object; but a relative clause lacks the
    argument its relative pronoun stands for, and an appositive clause lacks none (Quirk et al.
    1985, 17.8 and 17.26: "reports that the mine sold its plant" is complete; "reports that the
    mine denied" is not), so a clause whose object slot "that" would fill is already filled is
    a content clause."""
    if t.dep_ in ("acl", "ccomp") and (t.dep_ == "acl" or t.head.pos_ in ("NOUN", "PROPN")) \
            and any(c.dep_ == "mark" and c.lower_ == "that" for c in children_of(t)):
        # "that" as a conjunction opens a content clause ("claims that fumes were vented", the
        # parser hanging it on the noun as a complement clause or as a clause modifier)
        return True
    if t.dep_ in ("acl", "ccomp") and (t.head.pos_ in ("NOUN", "PROPN") or t.head.dep_ in _NOUN_FUNCTIONS) and _complete(t):
        # "rejected claims the well was poisoned", "denied reports it had sold the mill": an
        # appositive clause may leave out its "that" as a verb's object clause may (Quirk et al.
        # 1985, 17.26, 15.3); a relative clause that leaves out its pronoun lacks the object the
        # pronoun stands for ("the claims the board made"), which such a clause has
        return True
    if t.dep_ in ("acl", "relcl") and _no_claim_maker(t):
        return True
    if t.dep_ in ("acl", "relcl", "ccomp") and opening_that(t) is not None:
        return True
    if t.dep_ != "relcl":
        return False
    that = next((c for c in children_of(t) if c.lower_ == "that" and c.i == t.left_edge.i), None)
    if that is None:
        return False
    return that.dep_ == "mark" or (that.dep_ in ("dobj", "obj") and any(
        c.dep_ in ("dobj", "obj") and c.i != that.i for c in children_of(t)))


def opening_that(t: Token):
    """The "that" opening a clause that the parser took for its subject while another word is its
    subject too ("reports that permits were being sold", "that" and "permits" both a passive
    subject): a clause has one subject, so "that" is the conjunction that opens a content clause,
    not a relative pronoun standing for the subject (Quirk et al. 1985, 17.26, appositive clauses;
    a relative clause lacks the argument its pronoun stands for). Else None."""
    kids = list(children_of(t))
    that = next((c for c in kids if c.lower_ == "that" and c.i == t.left_edge.i and c.dep_ in _SUBJECTS), None)
    if that is None or not any(c.dep_ in _SUBJECTS and c.i != that.i for c in kids):
        return None
    return that


_SUBJECTS = ("nsubj", "nsubjpass")


def _no_claim_maker(t: Token) -> bool:
    """A clause after a noun of saying (data/polarity.json 'claim_nouns'; "rumours on a farming
    podcast that milk had leaked"), opened by a "that" the parser took for its object, whose subject
    could not make, spread or hear the claim. A relative clause on such a noun tells who did ("the
    claims that the union made", "the report that the inquiry published"): a person or group, or an
    act or writing that reports (`_MAKER_FILES`); a thing as subject ("milk", "the kits") says what
    the claim is, an appositive clause (Quirk et al. 1985, 17.26). Unknown words stay as parsed."""
    noun = t.head
    if noun.dep_ == "pobj" and noun.head.dep_ == "prep":
        noun = noun.head.head  # "rumours on a farming podcast that ...": the parser hangs it on "podcast"
    if noun.lemma_.lower() not in polarity_table()["claim_nouns"]:
        return False
    kids = list(children_of(t))
    that = any(c.lower_ == "that" and c.i == t.left_edge.i and c.dep_ in ("dobj", "obj") for c in kids)
    subject = next((c for c in kids if c.dep_ == "nsubj"), None)
    if not that or subject is None or subject.pos_ != "NOUN" or subject.ent_type_ in _AGENT_NAMES:
        return False
    files = noun_lexfiles(subject.lemma_.lower(), 2)
    return bool(files) and not _MAKER_FILES & set(files)


#: WordNet 3.0's noun files of what can make or hold a claim: noun.person (18), noun.group (14),
#: noun.act (04: "the inquiry published"), noun.cognition (09: "the study made") and
#: noun.communication (10: "the documents contain"), in the noun's two most frequent senses.
_MAKER_FILES = frozenset({PERSON_FILE, GROUP_FILE, 4, 9, 10})


#: Entity types of names of those who make or spread claims: people, bodies, peoples, states
#: (a place or a facility named, "the Brenmoor dam", is a thing).
_AGENT_NAMES = frozenset({"PERSON", "ORG", "NORP", "GPE"})
