"""What a verb's form says of its time, read from the dependency parse: its auxiliaries (shared by
a bare verb coordinated with another), the verb whose tense a participle or gerund shares, the
imperative, negation. Shared by the readers of a date's tense (`date_tense`, `date_ahead`,
`date_described`); moved out of pipeline/date_tense.py."""

from __future__ import annotations

#: Auxiliaries that look forward: "will", "would close on Friday" (reported future), and modals of
#: possibility before a base verb ("the vote on Friday could topple the government").
FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo", "going", "would", "'d", "could", "may", "might", "should",
                         "must"})
PAST_AUX = frozenset({"have", "had", "has", "was", "were", "did", "been"})
PERFECT = frozenset({"have", "'ve", "been"})
PRESENT_PASSIVE = frozenset({"is", "are", "am", "'s", "'re"})


def negated(verb) -> bool:
    """Whether the verb's clause is negative: the verb carries a negation ("not", "n't",
    "never"), or its subject is a negative word or phrase ("nobody", "none", "no officials",
    "neither the pilot nor ..."), which makes the whole clause negative (Quirk et al. 1985,
    10.54-10.58: clause negation by a negative word other than "not")."""
    if any(c.dep_ == "neg" for c in verb.children):
        return True
    for c in verb.children:
        if c.dep_ in ("nsubj", "nsubjpass") and (c.lower_ in _NEGATIVE_PRONOUNS or any(
                k.dep_ in ("det", "preconj") and k.lower_ in ("no", "neither") for k in c.children)):
            return True
    return False


#: Negative pronouns (Quirk et al. 1985, 10.58): as a subject, they negate the clause.
_NEGATIVE_PRONOUNS = frozenset({"nobody", "none", "nothing", "neither"})


def auxiliaries(verb) -> set[str]:
    """The verb's auxiliaries; a base-form verb joined to another by "and"/"or" with no subject
    or auxiliary of its own shares the first verb's, which English does not repeat ("the coach
    would rebuild the squad and win in May": "win" is as future as "rebuild"). A finite
    verb has its own tense ("must be returned ... and set Friday as the deadline"). So does a
    coordinated verb whose own auxiliaries are base forms ("would step down in May and be
    replaced in June"): the modal before the first verb covers both."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    aux = {c.lower_ for c in auxes}
    first = min(auxes, key=lambda c: c.i) if auxes else verb
    if first.tag_ != "VB" or verb.dep_ != "conj" or verb.head.pos_ not in ("VERB", "AUX"):
        return aux
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        return aux
    return aux | {c.lower_ for c in verb.head.children if c.dep_ in ("aux", "auxpass")}


#: Dependencies by which a participle clause hangs from the verb whose tense it shares.
_PARTICIPLE_DEPS = frozenset({"advcl", "xcomp", "pcomp", "conj"})


def tensed(tok):
    """The verb whose tense a verb shares: a participle clause has none of its own ("...,
    saying on Friday that", "closing unchanged Friday", "began gathering early Tuesday" take
    their head's), nor has a gerund after a preposition ("after touring the capital Thursday,
    he said"), nor a present participle that modifies a noun (a reduced relative clause: "raided
    a warehouse storing stolen cars on Sunday" is as past as "raided"; its time is that of the
    clause the noun belongs to). A past participle modifying a noun ("a report published on
    Monday") keeps its own, anterior, reading."""
    for _ in range(3):
        if tok.tag_ != "VBG" or any(c.dep_ == "aux" for c in tok.children):
            break
        if tok.dep_ == "acl":
            noun_verb = clause_verb_of_noun(tok.head)
            if noun_verb is None:
                break
            tok = noun_verb
            continue
        if tok.dep_ not in _PARTICIPLE_DEPS:
            break
        head = tok.head
        if tok.dep_ == "pcomp" and head.pos_ in ("ADP", "SCONJ") and head.head.i != head.i:
            head = head.head
        if head.i == tok.i or head.pos_ not in ("VERB", "AUX"):
            break
        tok = head
    return tok


def future_clause_of_noun(noun) -> bool:
    """Whether the clause a noun stands in has a future auxiliary ("cars ... would be allowed")."""
    verb = clause_verb_of_noun(noun)
    if verb is None:
        return False
    aux = auxiliaries(verb)
    return bool(aux & FUTURE_AUX) and not aux & PERFECT


def clause_verb_of_noun(noun, climbs: int = 3):
    """The verb whose clause a noun belongs to (its subject, object, or the object of a
    preposition of it), climbing at most `climbs` heads; None when the climb reaches no verb."""
    tok = noun
    for _ in range(climbs):
        if tok.head.i == tok.i:
            return None
        tok = tok.head
        if tok.pos_ in ("VERB", "AUX"):
            return tok
    return None


def imperative(verb) -> bool:
    """A base-form main verb with no subject or auxiliary: "call me again in two weeks"."""
    return verb.tag_ == "VB" and verb.dep_ == "ROOT" and not any(
        c.dep_ in ("nsubj", "nsubjpass", "expl", "aux", "auxpass") for c in verb.children)
