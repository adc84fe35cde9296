"""Nouns that name an action in a clause: an action noun as the object of a verb of
consideration or ruling out ("weighing a rise in the limit"), a support-verb idiom of paying
("cover the cost of X"), an event noun said to be possible or likely ("a strike is likely"). The
verb is the noun's derivation in WordNet (data/noun_verbs.json)."""

from __future__ import annotations

from typing import Optional

from spacy.tokens import Token

from ...wordnet_nouns import GROUP_FILE, PERSON_FILE, noun_lexfiles
from .children import children_of
from .clause_roles import _is_value
from .syntax import noun_verbs


#: Suffixes of English nouns made from verbs (Quirk et al. 1985, App. I.31-I.35): such a noun
#: names an action ("contamination", "withdrawal"); a noun the same as its verb needs the
#: complement an action takes ("an increase in", not "a plan for").
_ACTION_SUFFIXES = ("tion", "sion", "ment", "ance", "ence", "ure", "al", "ing")


#: Prepositions whose noun is what an act noun's act is done to or about ("the closure OF the
#: depot", "a ban ON trawling", "a rise IN fares", "an inquiry INTO the crash", "support FOR the
#: strikers", "an attack AGAINST the convoy", "access TO the port"; Quirk et al. 1985, 17.51-17.54,
#: the complementation of deverbal nouns).
_ARGUMENT_PREPS = ("of", "on", "in", "into", "for", "against", "to", "over")
#: The complements an act noun that is its verb unchanged takes as its act's ("a rise IN the
#: limit", "any rise ABOVE its budget"): "for" names a purpose there ("a plan for the harbour" is
#: a thing planned, not planning the harbour), so a noun made by a suffix alone reads all of
#: _ARGUMENT_PREPS ("an exemption FOR tickets": exempt tickets).
_SAME_FORM_PREPS = ("in", "of", "on", "to", "above", "below")

#: WordNet's lexicographer files of nouns naming something done or happening: noun.act (4),
#: noun.event (11), noun.process (22). Not noun.communication, whose nouns mostly name a message
#: or a sign ("account", "address", "sign", "form"), save a prohibition ("ban", "veto"), which
#: data/polarity.json 'prohibitions' names by its verb (clause_events).
_EVENT_FILES = frozenset({4, 11, 22})
#: _EVENT_FILES as the first sense alone, as `noun_lexfiles(noun, 1)` gives it.
_FIRST_EVENT = frozenset((f,) for f in _EVENT_FILES)
#: WordNet's verbs of doing in general (act.v.01 'perform an action', do.v.01, make.v.01): a noun
#: made from one of them names no particular act.
_DOING = frozenset({"act", "do", "make", "perform"})


def _nominal_action(predicate: str, obj_tok: Optional[Token], table: dict) -> Optional[tuple[str, str, Optional[Token]]]:
    """(the action's verb, its modality, 'not' or 'done', what it is done to) when a verb of
    consideration, planning, ruling out or announcing (data/polarity.json 'nominal_governors')
    has for object a noun naming an action ("weighing a rise in the speed limit", "ruled out any
    rise above its budget", "announced a ban on night fishing"); the verb is the noun's
    derivation in WordNet."""
    how = table["nominal_governors"].get(predicate)
    if how is None or obj_tok is None or obj_tok.pos_ != "NOUN":
        return None
    noun = obj_tok.lemma_.lower()
    verbs = noun_verbs().get(noun)
    if not verbs:
        return None
    # a noun with an action suffix that WordNet also lists as a rare verb of its own ("closure",
    # to cloture a debate) names the act of the verb it is made from ("close"); not the verbs of
    # doing in general, which name no act ("action": act; "legal action" is a lawsuit)
    made_from = [v for v in verbs if v != noun and v not in _DOING] if noun.endswith(_ACTION_SUFFIXES) else []
    lemma = max(made_from or verbs, key=lambda v: (_shared_start(v, noun), -len(v)))
    # what the action is done to: the noun's complement ("a rise IN the speed limit", "a ban
    # ON fishing"); a noun the same as its verb ("increase", "plan") names an action only with
    # such a complement ("a plan for the harbour" is a thing)
    preps = _SAME_FORM_PREPS if lemma == noun else _SAME_FORM_PREPS + _ARGUMENT_PREPS
    inner = next((p for c in children_of(obj_tok) if c.dep_ == "prep" and c.lower_ in preps
                  for p in children_of(c) if p.dep_ == "pobj" and p.pos_ in ("NOUN", "PROPN") and not _is_value(p)), None)
    if inner is None and (lemma != noun or noun_lexfiles(noun, 1)[:1] in _FIRST_EVENT):
        # ... or the noun before it in a compound ("branch closures", "a fuel tax rise"): the
        # modifier of a noun made from a verb is what its act is done to or changes (Quirk et
        # al. 1985, App. I.57, verb-object and subject-verb compounds: "closing branches", "the
        # tax rises"); so is that of a noun that is its verb unchanged when its most frequent
        # sense is an act or an event ("rise", "hike"), not a thing ("a tax plan" is a plan, not
        # planning taxes; "travel grants" are sums granted, not granting travel)
        inner = next((c for c in children_of(obj_tok) if c.dep_ == "compound" and c.pos_ == "NOUN" and not _is_value(c)),
                     None)
    if inner is None and how == "done" and obj_tok.dep_ in ("dobj", "obj"):
        # the parser hangs the noun's "on" on the verb ("imposed a fine ON the bank", "issued a
        # ban ON menthol cigarettes"): after a verb that puts a measure in force, an "on" phrase
        # that is no date names what the measure is put on (impose sth on sb; Quirk et al. 1985,
        # 16.59, prepositional verbs with two complements)
        verb = obj_tok.head
        inner = next((p for c in children_of(verb) if c.dep_ == "prep" and c.lower_ == "on" and c.i > obj_tok.i
                      for p in children_of(c) if p.dep_ == "pobj" and p.pos_ in ("NOUN", "PROPN") and not _is_value(p)),
                     None)
    # a noun whose most frequent WordNet sense is an act or an event ("a strike", "a tour", "a
    # merger"), or a phrasal verb written as one word ("a walkout", "a shutdown": nouns made from
    # phrasal verbs by conversion, Quirk et al. 1985, App. I.43), names its act with no complement
    # after a verb of planning or considering: "plans a strike" is planning to strike, whoever it
    # would be done to. Not after a verb that puts a measure in force ("issued licences": things)
    # or rules it out ("ruled out sabotage": a thing ruled out, compare/statements/foreclosed.py);
    # a noun of a verb of doing names no particular act ("legal action")
    act = how not in ("done", "not") and not _DOING.intersection(verbs) and (noun_lexfiles(noun, 1)[:1] in _FIRST_EVENT or (
        " " in lemma and noun == lemma.replace(" ", "")))
    if lemma == noun and inner is None and not act:
        return None
    if lemma != noun and not noun.endswith(_ACTION_SUFFIXES) and not act:
        return None
    return lemma, how, inner


def _paid_for(predicate: str, obj_tok: Optional[Token], table: dict) -> Optional[Token]:
    """What a support-verb idiom of paying pays for ("cover the cost of X", "foot the bill for X",
    "meet the costs of X": X), else None (data/polarity.json 'paying')."""
    if obj_tok is None or predicate not in table["paying_verbs"] or obj_tok.lemma_.lower() not in table["paying_nouns"]:
        return None
    return next((p for c in children_of(obj_tok) if c.dep_ == "prep" and c.lower_ in ("of", "for")
                 for p in children_of(c) if p.dep_ == "pobj" and p.pos_ in ("NOUN", "PROPN") and not _is_value(p)), None)


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
    adj = next((c for c in children_of(verb) if c.dep_ == "acomp" and c.lemma_.lower() in table["modal_adjectives"]), None)
    if adj is None:
        return None
    noun = subj.lemma_.lower()
    verbs = noun_verbs().get(noun)
    if not verbs:
        return None

    lemma = max(verbs, key=lambda v: (_shared_start(v, noun), -len(v)))
    obj = next((p for t in (subj, adj) for c in children_of(t) if c.dep_ == "prep"
                for p in children_of(c) if p.dep_ == "pobj" and p.pos_ in ("NOUN", "PROPN") and not _is_value(p)), None)
    word = adj.lemma_.lower()
    return lemma, table["modal_adjectives"][word], word in table["negative_adjectives"], obj, word


#: WordNet 3.0's lexicographer file of nouns of communication (noun.communication, 10): "talks",
#: "discussion", "negotiation" are about a matter, and readiness for them is no openness to the
#: matter itself (a party negotiates over what it says it will not accept).
_COMMUNICATION = 10


def stance_argument(verb: Token, table: dict) -> Optional[Token]:
    """What an adjective of readiness after a linking verb is ready for when its "to" phrase holds
    a noun, not a verb ("the guild is open to a smaller bid", "said it was ready for a merger"):
    the noun. The adjectives are data/polarity.json's 'modal_verbs' of 'willing' (Quirk et al.
    1985, 16.69-16.75, adjective complementation by a prepositional phrase). None when there is
    no such phrase, it holds a figure or a date, or a noun of communication ("ready for talks on
    the levy": talks about a thing, no stance on it)."""
    for adj in children_of(verb):
        if adj.dep_ != "acomp" or table["modal_verbs"].get(adj.lemma_.lower()) != "willing":
            continue
        prep = next((c for c in children_of(adj) if c.dep_ == "prep" and c.lower_ in ("to", "for")), None)
        noun = next((c for c in children_of(prep) if c.dep_ == "pobj"), None) if prep is not None else None
        if noun is None or noun.pos_ not in ("NOUN", "PROPN") or _is_value(noun):
            return None
        if noun_lexfiles(noun.lemma_.lower(), 1) == (_COMMUNICATION,):
            return None
        return noun
    return None


def planned_for(predicate: str, obj_tok: Optional[Token], table: dict) -> Optional[tuple[str, Token, bool]]:
    """(the verb, what it takes, whether the holding verb gives the intention up) when a verb that
    holds, makes or gives up an intention (data/polarity.json 'intention_holders': "has",
    "announced", "dropped"), or an existential "there is", has for object a noun of intention whose
    own verb governs a noun of what it intends ('nominal_governors': "plan", "proposal": plan,
    propose) and that noun's "for" phrase names what is intended: "has no plans for another pier"
    is [plan | pier], negated by its "no", as "is not planning a second pier" is; "unveiled a
    proposal for a toll" is [propose | toll]; "shelved plans for a second pier" gives it up. A
    deverbal noun takes as its "for" complement what its verb takes as object (Quirk et al. 1985,
    17.51-17.54). Not a figure or a date ("plans for 2031"), nor people or a body, for whom a plan
    is made and whom it does not name as its act's thing ("no plans for the 300 workers": the
    beneficiary; a name of a person, a group or a place, or a noun whose most frequent WordNet
    sense is a person or a group, noun.person / noun.group). None otherwise."""
    if obj_tok is None or obj_tok.pos_ != "NOUN":
        return None
    there = predicate == "be" and obj_tok.dep_ == "attr" and any(c.dep_ == "expl" for c in children_of(obj_tok.head))
    if predicate not in table["intention_holders"] and not there:
        return None
    noun = obj_tok.lemma_.lower()
    if noun not in table["intention_nouns"]:
        return None
    verb = next((v for v in noun_verbs().get(noun, ()) if v in table["nominal_governors"]), None)
    if verb is None:
        return None
    thing = next((p for c in children_of(obj_tok) if c.dep_ == "prep" and c.lower_ == "for"
                  for p in children_of(c) if p.dep_ == "pobj" and p.pos_ == "NOUN" and not _is_value(p)), None)
    if thing is None or thing.ent_type_ in _PARTY_ENTS or noun_lexfiles(thing.lemma_.lower(), 1) in _PARTY_FILES:
        return None
    return verb, thing, table["intention_holders"].get(predicate) == "not"


#: Names of the parties a plan may be for: people, bodies, groups, places.
_PARTY_ENTS = frozenset({"PERSON", "ORG", "NORP", "GPE"})
#: A noun whose most frequent sense is a person or a group ("workers", "residents", "the club").
_PARTY_FILES = frozenset({(PERSON_FILE,), (GROUP_FILE,)})
