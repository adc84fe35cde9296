"""A clause's polarity, modality and mood: from its head through the verbs that only set them
("refused to", "plans to", "is open to", "denied reports that") to the action they govern, and
the moods that assert the action less than its auxiliaries say (a habit, a condition, a purpose,
a modal perfect, an infinitive after a noun). Tables: data/polarity.json."""

from __future__ import annotations

from typing import Optional

from spacy.tokens import Token

from ...wordnet_nouns import GROUP_FILE, PERSON_FILE, noun_lexfiles
from .syntax import _negated, noun_verbs, polarity_table
from .children import children_of


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
    return next((c for o in verb.rights if o.dep_ in ("dobj", "obj") and o.lemma_.lower() in claim_nouns
                 for c in _noun_clauses(o) if c.pos_ in ("VERB", "AUX") and _content_clause(c)), None)


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


def _prohibition(h: Token, table: dict) -> Optional[tuple[str, bool]]:
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


def prepositional_action(verb: Token, table: dict) -> Optional[tuple[Token, str, bool]]:
    """(the action, the verb as the table lists it, whether the action is negated) when the verb
    is a prepositional implicative (data/polarity.json 'prepositional') whose preposition has an
    -ing clause for object: "refrained FROM selling", "balked AT paying" (not done), "succeeded
    IN selling" (done). A phrasal one is listed with its particle or adverb ("hold off on",
    "back away from", "stop short of"), on which the parser may hang the preposition. Not when
    the -ing clause has a subject of its own ("balked at the mayor's selling"), nor when the
    preposition's object is a noun ("refrained from comment"). None otherwise."""
    lemma = verb.lemma_.lower()
    forms = [(lemma, verb)] + [(f"{lemma} {c.lower_}", c) for c in children_of(verb)
                               if c.dep_ in ("prt", "advmod") and c.i > verb.i]
    for form, host in forms:
        for how, verbs in table["prepositional"].items():
            word = verbs.get(form)
            if word is None:
                continue
            for prep in (c for t in (verb, host) for c in children_of(t) if c.dep_ == "prep" and c.lower_ == word and c.i > verb.i):
                for g in children_of(prep):
                    if g.dep_ in ("pcomp", "pobj") and g.tag_ == "VBG" and not any(
                            k.dep_ in ("nsubj", "poss") for k in children_of(g)):
                        return g, form, how == "negative"
    return None


def _implied(verb: Token, action: Optional[Token], lemma: str, table: dict) -> Optional[tuple[Token, str, bool]]:
    """(the action, the polarity cue, whether it is negated) when the verb states whether the act
    it governs was done without being listed as an implicative of a to-infinitive: a
    prepositional implicative (`prepositional_action`: "refrained from selling"), or 'have' or
    'be' with 'yet' before its to-infinitive (data/polarity.json 'pending': "has yet to approve",
    "is yet to approve": not done so far). None otherwise."""
    if action is None:
        return prepositional_action(verb, table)
    if action.dep_ == "xcomp" and lemma in table["pending"] and any(
            c.dep_ == "advmod" and c.lower_ == table["pending_adverb"] and c.i < action.i for c in children_of(verb)):
        return action, table["pending_adverb"], True
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


def _follow(head: Token, table: dict) -> tuple[Token, bool, Optional[str], Optional[str], list[Token]]:
    """From a clause head through the verbs that only set polarity or modality to the action.

    Returns (action verb, negative, polarity cue, modality, the verbs passed through). A negative
    implicative or denial verb ("refuse", "deny", "rule out") flips the polarity of what it
    governs; a positive one ("agree", "manage") keeps it; a verb of intention ("plan", "pledge")
    or an adjective of readiness ("open to", "ready to") sets the modality."""
    verb = head
    cue = _negated(verb) or _negated_disjunct(verb, table)
    negative = cue is not None
    modality = None
    prohibited = _prohibition(head, table)
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
        lemma = _table_lemma(verb, table)
        action = _action(verb, table["claim_nouns"] if lemma in table["negative"] else frozenset())
        if action is not None and _open_question(action):
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
            # "refrained from selling", "has yet to approve": not done; "succeeded in selling": done
            action, form, negated = implied
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
        return False  # (an infinitive after a noun, "a plan to sell", names what the noun is about: `_mood`)
    # ... on a kind: a plural, a quantified noun or an indefinite pronoun ("farmers who", "any
    # driver who", "those who"); on one thing ("a clerk who had signed the forms", "the pilot
    # who was grounded") it tells what that one did, and asserts it
    kind = noun.tag_ in ("NNS", "NNPS") or noun.lower_ in _KIND_PRONOUNS or any(
        c.dep_ == "det" and c.lower_ in _QUANTIFIERS for c in children_of(noun))
    if not kind:
        return False
    first = min(h.left_edge.i, h.i)
    return first > h.doc[0].i and h.doc[first - 1].text not in (",", "(", "\u2014", "\u2013", "-")


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
    ("tried to sell": 'try') or of a noun ("a plan to sell": 'plan'), and a defining relative
    clause ("drivers who have not renewed their permits": 'defining', `_defining_relative`)."""
    verb = chain[-1]
    if _open_question(h):
        return _withheld(h, table) or ("may" if modality in _ASSERTING else modality)
    noun = _noun_of_gerund(h, table)
    if noun is not None and modality in _ASSERTING and _prohibition(h, table) is None:
        # "no decision on closing the plant", "talks on raising the fee": the -ing clause names
        # what the noun is about, not a deed, as an infinitive after a noun does
        return noun.lemma_.lower()
    if any(c.dep_ == "advmod" and c.lower_ in table["habitual"] for t in chain for c in children_of(t)):
        return "usually" if modality in _ASSERTING else modality
    if modality in table["modal_perfect"] and verb.tag_ == "VBN" and any(
            c.dep_ == "aux" and c.lower_ == "have" for c in children_of(verb)):
        return "hypothetical"
    if modality in _ASSERTING and _defining_relative(h) and not _content_clause(h):
        return "defining"
    conditional = _conditional(h, table)
    if conditional == "condition" or (conditional and modality in _ASSERTING):
        # "will rise if fuel climbs": an action stated under a condition is the condition's; the
        # condition itself ("if fuel climbs") is asserted by neither side. A possibility under a
        # condition ("may rise if fuel climbs") stays a possibility: the condition narrows when
        # it may happen, and a flat "will not rise" still excludes it (Palmer 2001, 1.2)
        return "if" if modality in _ASSERTING or modality == "may" else modality
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


def _open_question(h: Token) -> bool:
    """The clause is an indirect yes/no question ("decided whether to sell the mill", "has not
    said if it will sell"): it leaves its action open, whatever the verb it completes says of
    it (Quirk et al. 1985, 15.6, subordinate yes/no interrogative clauses). "If" opens such a
    clause only as a complement; as an adverbial it is a condition."""
    return any(c.dep_ == "mark" and (c.lower_ == "whether" or (c.lower_ == "if" and h.dep_ in ("ccomp", "xcomp")))
               for c in children_of(h))


def _drawn(verb: Token) -> bool:
    """"Be drawn (on)", a verb of saying in its passive: 'to be persuaded to say something'
    (Collins English Dictionary, draw: "would not be drawn on whether ...")."""
    return verb.lemma_.lower() == "draw" and any(c.dep_ == "auxpass" for c in children_of(verb))


#: Auxiliaries whose negation with a verb of saying is a refusal to say ("would not say", "won't
#: say"), not a lack of knowledge ("could not say") nor a report not yet made ("has not said").
_REFUSING_AUX = frozenset({"would", "will", "wo", "'d"})


def _withheld(h: Token, table: dict) -> Optional[str]:
    """The saying verb's lemma when the indirect question `h` completes a refusal to say
    ("declined to say whether it would sell", "would not say if the mine will reopen", "refused to
    disclose whether", "would not be drawn on whether"): the source withholds the answer and asserts neither it nor its opposite,
    as "did not deny that" asserts nothing (modality `deny`). "Has not said if" stays an open
    question ('may'); "could not say" is not knowing. Else None."""
    from ...tables import DISCLOSING_VERBS, speech_verbs

    gov = h.head
    if gov.dep_ == "prep":
        gov = gov.head  # "would not comment on whether", "would not be drawn on whether"
    if gov.i == h.i or gov.pos_ not in ("VERB", "AUX"):
        return None  # a root clause (its own head) completes no verb of its own
    strong, weak = speech_verbs()
    lemma = gov.lemma_.lower()
    if lemma not in strong and lemma not in weak and lemma not in DISCLOSING_VERBS and not _drawn(gov):
        return None
    refused = gov.dep_ == "xcomp" and _table_lemma(gov.head, table) in table["negative"]
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


def _condition_mark(h: Token, table: dict) -> Optional[str]:
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


def _content_clause(t: Token) -> bool:
    """A that-clause completing a noun ("wrote in a letter that it would ..."): the parser
    hangs it on the noun, whose verb governs it as a complement clause does. The parser may
    label it a relative clause and its "that" an object; but a relative clause lacks the
    argument its relative pronoun stands for, and an appositive clause lacks none (Quirk et al.
    1985, 17.8 and 17.26: "reports that the mine sold its plant" is complete; "reports that the
    mine denied" is not), so a clause whose object slot "that" would fill is already filled is
    a content clause."""
    if t.dep_ == "acl" and any(c.dep_ == "mark" and c.lower_ == "that" for c in children_of(t)):
        return True
    if t.dep_ in ("acl", "ccomp") and (t.head.pos_ in ("NOUN", "PROPN") or t.head.dep_ in _NOUN_FUNCTIONS) and _complete(t):
        # "rejected claims the well was poisoned", "denied reports it had sold the mill": an
        # appositive clause may leave out its "that" as a verb's object clause may (Quirk et al.
        # 1985, 17.26, 15.3); a relative clause that leaves out its pronoun lacks the object the
        # pronoun stands for ("the claims the board made"), which such a clause has
        return True
    if t.dep_ in ("acl", "relcl") and _no_claim_maker(t):
        return True
    if t.dep_ != "relcl":
        return False
    that = next((c for c in children_of(t) if c.lower_ == "that" and c.i == t.left_edge.i), None)
    if that is None:
        return False
    return that.dep_ == "mark" or (that.dep_ in ("dobj", "obj") and any(
        c.dep_ in ("dobj", "obj") and c.i != that.i for c in children_of(t)))


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
