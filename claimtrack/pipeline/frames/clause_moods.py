"""A clause's mood: the modality of a clause that asserts its action less than its auxiliaries
say (a habit, a condition and the clause it conditions, a modal perfect, a purpose, an
infinitive after a noun or a verb, an indirect question, a refusal to say, a defining relative
clause), read once the polarity chain (`clause_polarity.follow`) has reached the action. Tables:
data/polarity.json."""

from __future__ import annotations

from typing import Optional

from spacy.tokens import Token

from .syntax import _negated, noun_verbs
from .children import children_of
from .clause_kinds import content_clause, open_question
from .clause_polarity import have_object, prohibition, table_lemma


#: Pronouns and determiners that make a relative clause's noun a kind ("those who", "anyone who",
#: "any driver who", "every shop that").
_KIND_PRONOUNS = frozenset("those anyone anybody everyone everybody whoever someone somebody".split())


_QUANTIFIERS = frozenset("any every each all no".split())


#: Entity types of names: a relative clause on a name comments on it (a defining one is rare).
_NAMES = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC"})


def _defining_relative(h: Token) -> bool:
    """A relative clause on a kind (a plural, "any driver", "those"), not set off by a comma ("shops
    that have not reopened", "the drivers who renewed their permits"): a defining (restrictive) relative clause
    picks out which members of the noun's kind are meant and states nothing of the kind as a whole,
    so it asserts nothing another report could deny ("shops that have not reopened will get a
    grant" says no shop did not reopen). A clause after a comma ("the union, which has not
    signed") comments on a thing named and asserts (Quirk et al. 1985, 17.3-17.5, restrictive and
    non-restrictive relative clauses)."""
    noun = h.head
    if h.dep_ != "relcl" or noun.pos_ not in ("NOUN", "PROPN", "PRON") or noun.ent_type_ in _NAMES \
            or any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(h)):
        return False  # (an infinitive after a noun, "a plan to sell", names what the noun is about: `mood`)
    # ... on a kind: a plural, a quantified noun or an indefinite pronoun ("farmers who", "any
    # driver who", "those who"); on one thing ("a clerk who had signed the forms", "the pilot
    # who was grounded") it tells what that one did, and asserts it
    kind = noun.tag_ in ("NNS", "NNPS") or noun.lower_ in _KIND_PRONOUNS or any(
        c.dep_ == "det" and c.lower_ in _QUANTIFIERS for c in children_of(noun))
    if not kind:
        return False
    first = min(h.left_edge.i, h.i)
    return first > h.doc[0].i and h.doc[first - 1].text not in (",", "(", "\u2014", "\u2013", "-")


#: Modalities that state the action as done or as sure to be (or, negated, as impossible): a
#: mood that does not assert the action (a habit, a condition, a purpose) replaces them.
ASSERTING = frozenset({None, "will", "would", "must", "can"})


#: Modifiers that make an infinitive after a noun state a fact ("the first company to launch",
#: "the only bank to refuse"), not a plan or a right ("a plan to launch", "the decision to sell").
_FACT_INFINITIVE = frozenset({"first", "last", "only", "second", "third", "next"})


def mood(h: Token, chain: list, modality: Optional[str], table: dict) -> Optional[str]:
    """The modality of a clause that asserts its action less than its auxiliaries say
    (data/polarity.json 'mood'): a habit ("normally moves": 'usually'), a condition and the
    clause it conditions ("if the wind turns, flights may resume": 'if'), a modal perfect
    ("could have moved": 'hypothetical'), an infinitive of purpose ("cut staff to save money":
    'purpose'), and the infinitive complement of a verb the tables do not list as implicative
    ("tried to sell": 'try') or of a noun ("a plan to sell": 'plan'), and a defining relative
    clause ("drivers who have not renewed their permits": 'defining', `_defining_relative`)."""
    verb = chain[-1]
    if open_question(h):
        return withheld(h, table) or ("may" if modality in ASSERTING else modality)
    noun = _noun_of_gerund(h, table)
    if noun is not None and modality in ASSERTING and prohibition(h, table) is None:
        # "no decision on closing the plant", "talks on raising the fee": the -ing clause names
        # what the noun is about, not a deed, as an infinitive after a noun does
        return noun.lemma_.lower()
    if any(c.dep_ == "advmod" and c.lower_ in table["habitual"] for t in chain for c in children_of(t)):
        return "usually" if modality in ASSERTING else modality
    if modality in table["modal_perfect"] and verb.tag_ == "VBN" and any(
            c.dep_ == "aux" and c.lower_ == "have" for c in children_of(verb)):
        return "hypothetical"
    if modality in ASSERTING and _defining_relative(h) and not content_clause(h):
        return "defining"
    conditional = _conditional(h, table)
    if conditional == "condition" or (conditional and modality in ASSERTING):
        # "will rise if fuel climbs": an action stated under a condition is the condition's; the
        # condition itself ("if fuel climbs") is asserted by neither side. A possibility under a
        # condition ("may rise if fuel climbs") stays a possibility: the condition narrows when
        # it may happen, and a flat "will not rise" still excludes it (Palmer 2001, 1.2)
        return "if" if modality in ASSERTING or modality == "may" else modality
    if modality is not None or h.tag_ != "VB" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(h)):
        return modality
    governor = h.head
    if h.dep_ == "advcl":
        return "purpose"
    owned = have_object(governor, h)
    if owned is not None:
        return owned.lemma_.lower()  # "had no power to stop": as after the noun (below)
    if h.dep_ == "xcomp" and governor.pos_ == "VERB" and governor.i != h.i:
        return governor.lemma_.lower()
    # the parser labels an infinitive after a noun acl or relcl ("a plan to sell", "no reason to
    # give up"): either way it names what the noun is about, not a deed
    if h.dep_ in ("acl", "relcl") and governor.pos_ == "NOUN" and not any(
            c.lower_ in _FACT_INFINITIVE or c.tag_ == "JJS" for c in children_of(governor)):
        return governor.lemma_.lower()
    return modality


#: Prepositions that introduce a noun's complement ("a decision ON", "talks ABOUT", "the risk OF",
#: "a plan FOR"); "after", "before", "since", "by", "despite" introduce adverbials of the verb
#: (Quirk et al. 1985, 17.37-17.41, prepositional postmodifiers).
_NOUN_COMPLEMENT = frozenset({"on", "about", "over", "of", "for", "to", "into", "regarding", "concerning", "towards",
                              "toward"})


def _noun_of_gerund(h: Token, table: dict) -> Optional[Token]:
    """The noun an -ing clause completes through a preposition ("a decision ON closing the
    plant", "talks ON raising the fee"), which the parser may hang on the verb that has the
    noun for object or passive subject when that verb only holds or makes the noun ("no
    decision has been made on closing": data/polarity.json 'intention_holders'); else None.
    Not "of" after a noun of intention ("no intention of closing": the holder's intention,
    clause_intentions.intention_of)."""
    prep = h.head
    if h.dep_ != "pcomp" or h.tag_ != "VBG" or prep.dep_ != "prep" or prep.i == h.i or prep.lower_ not in _NOUN_COMPLEMENT:
        return None
    noun = prep.head
    if noun.pos_ in ("VERB", "AUX") and noun.lemma_.lower() in table["intention_holders"]:
        # ... only a noun naming an act or event (one WordNet derives from a verb: "decision",
        # "progress"), not a place or a thing ("reached the valley after crossing the pass")
        noun = next((c for c in children_of(noun) if c.dep_ in ("dobj", "obj", "nsubjpass") and c.i < prep.i
                     and noun_verbs().get(c.lemma_.lower())), noun)
    if noun.pos_ != "NOUN" or noun.i == prep.i:
        return None
    if prep.lower_ == "of" and noun.lemma_.lower() in table["intention_nouns"]:
        return None
    return noun


def _drawn(verb: Token) -> bool:
    """"Be drawn (on)", a verb of saying in its passive: 'to be persuaded to say something'
    (Collins English Dictionary, draw), as in "the harbourmaster could not be drawn on a date"."""
    return verb.lemma_.lower() == "draw" and any(c.dep_ == "auxpass" for c in children_of(verb))


#: Auxiliaries whose negation with a verb of saying is a refusal to say ("would not say", "won't
#: say"), not a lack of knowledge ("could not say") nor a report not yet made ("has not said").
_REFUSING_AUX = frozenset({"would", "will", "wo", "'d"})


def withheld(h: Token, table: dict) -> Optional[str]:
    """The saying verb's lemma when the indirect question `h` completes a refusal to say
    ("declined to tell reporters if the ferry would be sold", "would not say if the mine will reopen",
    "refused to disclose whether", "will not be drawn on if or when"): the source withholds the answer and asserts neither it nor its opposite,
    as "did not deny that" asserts nothing (modality `deny`). "Has not said if" stays an open
    question ('may'); "could not say" is not knowing. Else None."""
    from ...tables import DISCLOSING_VERBS, speech_verbs

    gov = h.head
    if gov.dep_ == "prep":
        gov = gov.head  # "would not comment on whether", "will not be drawn on if or when"
    if gov.i == h.i or gov.pos_ not in ("VERB", "AUX"):
        return None  # a root clause (its own head) completes no verb of its own
    strong, weak = speech_verbs()
    lemma = gov.lemma_.lower()
    if lemma not in strong and lemma not in weak and lemma not in DISCLOSING_VERBS and not _drawn(gov):
        return None
    refused = gov.dep_ == "xcomp" and table_lemma(gov.head, table) in table["negative"]
    aux = {c.lower_ for c in children_of(gov) if c.dep_ == "aux"}
    return lemma if refused or (_negated(gov) and aux & _REFUSING_AUX) else None


def _conditional(h: Token, table: dict) -> Optional[str]:
    """'condition' when the clause is a condition ("if the wind turns"), 'conditioned' when it
    holds one ("flights may resume if ..."), else None. A concessive condition ("the mill will
    stay open even if the harvest fails") conditions nothing: its clause holds whether or not the
    condition is met (Quirk et al. 1985, 15.39, concessive conditional clauses), so the clause
    that holds it keeps its own modality; the "even if" clause itself is still asserted by
    neither side."""
    if h.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in table["conditions"] for c in children_of(h)):
        return "condition"
    if any(c.dep_ == "advcl" and not _concessive(c) and any(
            m.dep_ == "mark" and m.lower_ in table["conditions"] for m in children_of(c)) for c in children_of(h)):
        return "conditioned"
    return None


def _concessive(clause: Token) -> bool:
    """The adverbial clause opens with "even" before its conjunction ("even if the harvest
    fails"): a concessive condition, not an open one."""
    mark = next((c for c in children_of(clause) if c.dep_ == "mark"), None)
    return mark is not None and any(c.dep_ == "advmod" and c.lower_ == "even" and c.i == mark.i - 1
                                    for c in children_of(clause))


def condition_mark(h: Token, table: dict) -> Optional[str]:
    """The conjunction of the condition a clause holds ("will reopen IF the inquiry ends": 'if';
    "will not reopen UNLESS ...": 'unless'), else None; None for a condition clause itself. An
    open condition ('if') leaves the clause a possibility; a negative one ('unless', "if not")
    states what holds unless the condition is met (Quirk et al. 1985, 15.33-15.35)."""
    if _conditional(h, table) != "conditioned":
        return None
    for c in children_of(h):
        if c.dep_ == "advcl" and not _concessive(c):
            mark = next((m.lower_ for m in children_of(c) if m.dep_ == "mark" and m.lower_ in table["conditions"]), None)
            if mark is not None:
                return mark
    return None
