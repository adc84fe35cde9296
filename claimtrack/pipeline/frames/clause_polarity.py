"""A clause's polarity and modality: from its head through the verbs that only set them
("refused to", "plans to", "is open to", "denied reports that") to the action they govern
(`follow`), and what a negation bears on when it is not the action (`negation_focus`). The
moods that assert the action less than its auxiliaries say are read in `clause_moods`; what kind
of clause completes a noun or a verb in `clause_kinds`. Tables: data/polarity.json."""

from __future__ import annotations

from typing import Optional

from spacy.tokens import Token

from .syntax import _negated, noun_verbs
from .children import children_of
from .clause_kinds import content_clause, open_question


def _action(verb: Token, claim_nouns: frozenset = frozenset()) -> Optional[Token]:
    """The verb a governing verb passes its polarity or modality on to ("refused to SEND",
    "denied that it SENT"): its complement clause, which in English follows it. A complement
    before the verb is a fronted report or a run-on clause ("The UK agreed, Italy refused"),
    not what the verb governs. With no complement clause, the content clause of its object
    when the object is a noun of saying ("denied reports that it SENT": what the reports say is
    what is denied; data/polarity.json 'claim_nouns'), or the -ing clause after it ("ruled out
    SENDING troops": `_gerund_complement`); `claim_nouns` is given for the negative verbs only."""
    got = next((c for c in verb.rights if c.dep_ in ("xcomp", "ccomp") and c.pos_ in ("VERB", "AUX")), None)
    if got is None and claim_nouns:
        got = _gerund_complement(verb)
    if got is not None or not claim_nouns:
        return got
    return next((c for o in verb.rights if o.dep_ in _OBJECT_LABELS and o.lemma_.lower() in claim_nouns
                 for c in _noun_clauses(o) if c.pos_ in ("VERB", "AUX") and content_clause(c)), None)


#: The labels the parser gives a verb's object noun: its own, and, when an adjunct stands between
#: the two ("rejected, as it did in May, the report that ...", "rejected, for the third time, ..."),
#: an unlabelled dependent or a noun adverbial, as which it may take the noun cut off from its verb.
_OBJECT_LABELS = ("dobj", "obj", "dep", "npadvmod")


def have_object(verb: Token, infinitive: Token) -> Optional[Token]:
    """The object noun of "have" that a to-infinitive after it completes ("had no power to stop
    the sale", "had the staff to manage"), which the parser may hang on "have" itself: with an
    object, "have" is the verb of possession and the infinitive says what the noun is for, not the
    semi-auxiliary of obligation "have to" (Quirk et al. 1985, 3.47 and 17.31). Else None."""
    if verb.lemma_.lower() != "have" or infinitive.dep_ != "xcomp" or infinitive.head.i != verb.i:
        return None
    return next((c for c in children_of(verb) if c.dep_ in ("dobj", "obj") and c.pos_ == "NOUN" and c.i < infinitive.i), None)


def _negated_disjunct(verb: Token, table: dict) -> Optional[str]:
    """The negation that a verb joined by "or" or "nor" to a negated one shares: "not" or "neither"
    before the first of two verbs, or a refusal verb governing it, covers both ("did not confirm
    or deny", "would neither confirm nor deny", "declined to confirm or deny": neither confirmed
    nor denied; a negation before a disjunction negates each disjunct, not A or B = not A and
    not B). Not with "and" or "but" ("did not meet and postponed the vote": it postponed it)."""
    first = verb.head
    if verb.dep_ != "conj" or first.i == verb.i:
        return None
    cc = next((c.lower_ for c in children_of(first) if c.dep_ == "cc" and c.i < verb.i), None)
    if cc == "nor":
        return "nor"
    if cc != "or":
        return None
    cue = _negated(first)
    if cue is not None:
        return cue
    governor = first.head
    if first.dep_ == "xcomp" and governor.i != first.i and governor.lemma_.lower() in table["negative"]:
        return governor.lemma_.lower()  # "declined to confirm or deny"
    return None


def prohibition(h: Token, table: dict) -> Optional[tuple[str, bool]]:
    """(the noun, whether the prohibition holds) when the clause is the -ing complement of a noun
    of prohibiting ("the ban ON exporting ore", "a veto on hiring"; data/polarity.json
    'prohibitions', by the noun's WordNet verb) and the clause around the noun says whether it
    holds: put in force or kept ("imposed", "kept", "will extend the ban on ..."; the noun as the
    subject of a clause of its own, "the ban on ... stays") or ended ("lifted", "scrapped the ban
    on ..."), a negation of that verb turning it round. None otherwise: a ban only discussed or
    proposed says nothing of the action. The parser may hang the "on" phrase on the verb that has
    the noun for object."""
    prep = h.head
    if h.dep_ != "pcomp" or h.tag_ != "VBG" or prep.dep_ != "prep" or prep.lower_ != "on" or prep.i == h.i:
        return None
    noun = prep.head
    if noun.pos_ in ("VERB", "AUX"):
        noun = next((c for c in children_of(noun) if c.dep_ in ("dobj", "obj", "nsubjpass") and c.i < prep.i), noun)
    if noun.pos_ != "NOUN" or not set(noun_verbs().get(noun.lemma_.lower(), ())) & table["prohibitions"]:
        return None
    governor = noun.head
    lemma = governor.lemma_.lower()
    if governor.i == noun.i or governor.pos_ not in ("VERB", "AUX"):
        return None
    if noun.dep_ in ("dobj", "obj", "nsubjpass") and lemma in table["prohibition_enders"]:
        in_force = False
    elif (noun.dep_ in ("dobj", "obj", "nsubjpass") and lemma in table["prohibition_holders"]) or noun.dep_ == "nsubj":
        in_force = True
    else:
        return None
    negated = _negated(governor) is not None
    return noun.lemma_.lower(), in_force != negated


def _gerund_complement(verb: Token) -> Optional[Token]:
    """The -ing clause right after a verb of refusal or denial that has no object ("ruled out
    calling in the army", "denied inflating prices"): these verbs take an -ing clause for
    complement (Quirk et al. 1985, 16.39-16.40), which the parser may label an adverbial
    clause. Not one set off by a comma or opened by a conjunction ("rejected the plan, calling
    it reckless"; "declined after losing the vote"), nor one with a subject of its own."""
    if any(c.dep_ in ("dobj", "obj") for c in children_of(verb)):
        return None
    after = [c for c in verb.rights if c.dep_ not in ("prt", "neg", "advmod")]
    first = after[0] if after else None
    if first is None or first.dep_ != "advcl" or first.tag_ != "VBG" or any(
            c.dep_ in ("mark", "nsubj", "nsubjpass") for c in children_of(first)):
        return None
    between = verb.doc[verb.i + 1:first.left_edge.i]
    return first if all(t.dep_ in ("prt", "neg", "advmod") and t.head.i == verb.i for t in between) else None


def prepositional_action(verb: Token, table: dict) -> Optional[tuple[Token, str, bool, Optional[str]]]:
    """(the action, the verb as the table lists it, whether the action is negated, the modality
    the verb gives it) when the verb is a prepositional implicative or commissive (data/
    polarity.json 'prepositional') whose preposition has an -ing clause for object: "refrained
    FROM selling", "balked AT paying" (not done), "succeeded IN selling" (done), "committed TO
    selling" (pledged, not done: the table's 'pledge', as "pledged to sell"). A phrasal one is
    listed with its particle or adverb ("hold off on", "back away from", "stop short of"), on
    which the parser may hang the preposition. Not when the -ing clause has a subject of its own
    ("balked at the mayor's selling"), nor when the preposition's object is a noun ("refrained
    from comment"), nor a commissive with an object of its own ("committed $2 million to
    rebuilding the pier" gives money to the act, which it does not pledge to do). None otherwise."""
    lemma = verb.lemma_.lower()
    forms = [(lemma, verb)] + [(f"{lemma} {c.lower_}", c) for c in children_of(verb)
                               if c.dep_ in ("prt", "advmod") and c.i > verb.i]
    for form, host in forms:
        for how, verbs in table["prepositional"].items():
            word = verbs.get(form)
            if word is None or (how not in ("negative", "positive") and any(
                    c.dep_ in ("dobj", "obj") for c in children_of(verb))):
                continue
            for prep in (c for t in (verb, host) for c in children_of(t) if c.dep_ == "prep" and c.lower_ == word and c.i > verb.i):
                for g in children_of(prep):
                    if g.dep_ in ("pcomp", "pobj") and g.tag_ == "VBG" and not any(
                            k.dep_ in ("nsubj", "poss") for k in children_of(g)):
                        return g, form, how == "negative", None if how in ("negative", "positive") else how
    return None


def _implied(verb: Token, action: Optional[Token], lemma: str, table: dict) -> Optional[tuple[Token, str, bool, Optional[str]]]:
    """(the action, the polarity cue, whether it is negated, the modality it is given) when the
    verb states whether the act it governs was done, or pledges it, without being listed as an
    implicative of a to-infinitive: a prepositional implicative or commissive
    (`prepositional_action`: "refrained from selling", "committed to selling"), or 'have' or
    'be' with 'yet' before its to-infinitive (data/polarity.json 'pending': "has yet to approve",
    "is yet to approve": not done so far). None otherwise."""
    if action is None:
        return prepositional_action(verb, table)
    if action.dep_ == "xcomp" and lemma in table["pending"] and any(
            c.dep_ == "advmod" and c.lower_ == table["pending_adverb"] and c.i < action.i for c in children_of(verb)):
        return action, table["pending_adverb"], True, None
    return None


def _noun_clauses(noun: Token) -> list[Token]:
    """The clauses after a noun that may complete it: its own, and those the parser hangs on the
    noun of a prepositional phrase between them ("reports in the local press that the bridge
    would close"): a noun's postmodifiers may precede its appositive clause (Quirk et al. 1985,
    17.26), and the parser attaches a clause to the nearest noun."""
    out = [c for c in noun.rights if c.dep_ in _NOUN_CLAUSE_DEPS]
    for prep in noun.rights:
        if prep.dep_ == "prep":
            out += [c for p in children_of(prep) if p.dep_ == "pobj" for c in p.rights if c.dep_ in _NOUN_CLAUSE_DEPS]
    return out


#: The labels the parser gives a clause after a noun: a relative or participle clause, or a
#: complement clause ("claims the well was poisoned": `ccomp` on the noun, "that" left out).
_NOUN_CLAUSE_DEPS = ("acl", "relcl", "ccomp")


def _willing(verb: Token, table: dict) -> Optional[tuple[Token, str, bool]]:
    """'is open to supporting', 'is ready to send', 'is likely to approve', 'was unable to pay':
    (the adjective, its modality, whether it negates the act) when the verb's complement is an
    adjective of readiness or ability ('modal_verbs') or of likelihood ('modal_adjectives') from
    data/polarity.json; 'negative_adjectives' negate ("unlikely", "unable", "unwilling")."""
    for c in children_of(verb):
        word = c.lemma_.lower()
        if c.dep_ != "acomp":
            continue
        if word in table["modal_verbs"]:
            return c, table["modal_verbs"][word], word in table["negative_adjectives"]
        if word in table["modal_adjectives"]:
            return c, table["modal_adjectives"][word], word in table["negative_adjectives"]
    return None


def _negate(negative: bool, cue: Optional[str], word: str) -> tuple[bool, Optional[str]]:
    """The polarity and cue after a word that negates what follows it."""
    return not negative, (word if not negative else cue)


def follow(head: Token, table: dict) -> tuple[Token, bool, Optional[str], Optional[str], list[Token]]:
    """From a clause head through the verbs that only set polarity or modality to the action.

    Returns (action verb, negative, polarity cue, modality, the verbs passed through). A negative
    implicative or denial verb ("refuse", "deny", "rule out") flips the polarity of what it
    governs; a positive one ("agree", "manage") keeps it; a verb of intention ("plan", "pledge")
    or an adjective of readiness ("open to", "ready to") sets the modality."""
    verb = head
    cue = _negated(verb) or _negated_disjunct(verb, table)
    negative = cue is not None
    modality = None
    prohibited = prohibition(head, table)
    if prohibited is not None:
        # "kept the ban on exporting ore": ore is not exported; "lifted the ban on ...": it may be
        noun, in_force = prohibited
        negative, cue = (not negative, noun) if in_force else (negative, cue)
        modality = None if in_force else "allow"
    chain = [verb]
    for c in children_of(verb):
        if c.dep_ == "aux" and c.lower_ in table["modal_aux"]:
            modality = table["modal_aux"][c.lower_]
    for _ in range(4):
        lemma = table_lemma(verb, table)
        action = _action(verb, table["claim_nouns"] if lemma in table["negative"] else frozenset())
        if action is not None and open_question(action):
            break  # "has not decided whether to sell": the governing verb's polarity is its own
        particle = table["particles"].get(lemma)
        particle_ok = not particle or any(c.dep_ == "prt" and c.lower_ == particle for c in children_of(verb))
        willing = _willing(verb, table)
        if lemma in table["cessation"] and action is not None and action.tag_ == "VBG":
            # "stopped falling": a change of state (it fell, it no longer does), not a negation;
            # a modal before it bears on the ending ("would stop dredging" says the dredging will
            # end, never that it will go on), so the aspect is the modality the frame keeps
            modality = "stop"
        elif lemma in table["negative"] and particle_ok and action is not None:
            # "refused to send": the action refused is negative. Without a verb to govern
            # ("withdrew its troops", "rejected the plan") the verb is the action itself, stated
            # positively: a denial verb and its synonym ("withdraw", "pull back") stay one action.
            if negative and lemma in table["foreclosing"]:
                modality = modality or "may"  # "did not rule out sending": it may send
            elif negative and lemma in table["denials"]:
                # "did not deny that the mill would close": a one-way implicative negated asserts
                # nothing (Karttunen 1971); the claim is left as an attempt's complement is
                modality = modality or lemma
            negative = not negative
            cue = lemma if negative else cue
        elif (implied := _implied(verb, action, lemma, table)) is not None:
            # "refrained from selling", "has yet to approve": not done; "succeeded in selling": done;
            # "committed to selling": pledged
            action, form, negated, pledged = implied
            modality = modality or pledged
            if negated:
                negative = not negative
                cue = form if negative else cue
        elif action is not None and action.dep_ == "xcomp" and (lemma in table["positive"] or lemma in table["modal_verbs"]) \
                and have_object(verb, action) is None:
            if lemma in table["modal_verbs"]:
                modality = modality or table["modal_verbs"][lemma]
        elif willing is not None:
            adj, mod, negated = willing
            action = next((c for c in children_of(adj) if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX")), None)
            if action is None:
                prep = next((c for c in children_of(adj) if c.dep_ == "prep"), None)
                action = next((c for c in children_of(prep) if c.dep_ == "pcomp" and c.pos_ == "VERB"), None) if prep is not None else None
            modality = modality or mod
            if action is None:
                break
            negative, cue = _negate(negative, cue, adj.lemma_.lower()) if negated else (negative, cue)
        else:
            break
        verb = action
        chain.append(verb)
        inner = _negated(verb)
        if inner:
            negative = not negative
            cue = inner if negative else cue
        for c in children_of(verb):
            if c.dep_ == "aux" and c.lower_ in table["modal_aux"]:
                modality = modality or table["modal_aux"][c.lower_]
    return verb, negative, cue, modality, chain


#: Restrictive focusing subjuncts ("did not just raise the fare", "are not losing guests to the storm alone"):
#: a negation they follow denies that the action is all there is, not the action (Quirk et al.
#: 1985, 8.116-8.117, restrictive subjuncts; 10.64-10.65, focus of negation).
_RESTRICTIVE = frozenset({"only", "just", "merely", "solely", "simply", "alone", "exclusively", "purely"})
#: Degree words before an adverb or adjective ("this fast", "so quickly", "as much", "too far").
_DEGREE = frozenset({"this", "that", "so", "as", "too"})


def negation_focus(chain: list) -> Optional[str]:
    """What a negated clause's negation bears on when it is not the action: 'only' after a
    restrictive subjunct ("has not only cut fares", "not losing guests to the storm alone"), 'degree' on a
    degree or a comparison ("has never struck coins this fast", "will not pay more than last
    year"): such a clause presupposes its action and denies its extent, so it contradicts no
    report of the action itself (Quirk et al. 1985, 10.64-10.65); else None."""
    for verb in chain:
        for t in verb.subtree:
            if t.dep_ == "advmod" and t.lower_ in _RESTRICTIVE and _in_own_phrase(t, verb):
                return "only"
        for c in children_of(verb):
            if c.pos_ in ("ADV", "ADJ") and c.dep_ in ("advmod", "acomp", "npadvmod", "dobj") and any(
                    g.lower_ in _DEGREE and g.i < c.i and g.dep_ in ("advmod", "nsubj", "npadvmod")
                    for g in children_of(c)):  # (not "this year": a noun's determiner)
                return "degree"
            if c.tag_ in ("JJR", "RBR") and c.dep_ in ("advmod", "acomp", "dobj") and any(
                    t.lower_ == "than" for t in c.doc[c.i + 1:min(len(c.doc), c.i + 3)]):
                return "degree"
    return None


def _in_own_phrase(t: Token, verb: Token) -> bool:
    """t hangs from the verb through its objects and prepositional phrases, no clause between."""
    x = t.head
    while x.i != verb.i:
        if x.pos_ in ("VERB", "AUX") or x.head.i == x.i:
            return False
        x = x.head
    return True


def table_lemma(verb: Token, table: dict) -> str:
    """The verb's lemma as the polarity table lists it: the tagger's, else the regular past or
    participle's stem ("hoped" -> "hope", which a statistical lemmatizer may read as "hop")."""
    lemma = verb.lemma_.lower()
    if verb.tag_ in ("VBD", "VBN") and verb.lower_.endswith("ed") and not any(
            lemma in table[k] for k in ("negative", "positive", "modal_verbs")):
        stem = verb.lower_[:-1]
        if any(stem in table[k] for k in ("negative", "positive", "modal_verbs")):
            return stem
    return lemma
