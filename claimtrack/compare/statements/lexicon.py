"""What the words of a clause mean, from tables with a source: one action under two verbs
(WordNet senses, troponyms, the cause pointer), one thing under two nouns, antonyms and the
states linking verbs state, light and support verbs. No frame or mention logic here."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from ...wordnet_nouns import noun_senses
from .legal_acts import legal_acts
from .news_verbs import irregular_base, news_hypernyms, news_opposites, news_opposites_of, news_senses
from .states import BEING, adjectives_meet, near_synonyms


#: Verbs that say little by themselves ("is", "has", "made landfall", "took the lead"): two such
#: clauses are one action only when their objects name the same thing.
LIGHT_VERBS = frozenset({"be", "have", "make", "take", "give", "get", "do", "go", "come", "put", "hold", "keep"})
#: Support verbs: with a noun naming an action for object they add little but tense and agent
#: ("carried out an inspection", "conducted an inspection", "performed a manoeuvre"; Quirk et
#: al. 1985, 10.47, eventive objects; Grimshaw & Mester 1988, 'Light verbs and theta-marking'),
#: so two of them with the same action noun are one action. The lightest verbs (make, take,
#: give, have) are not among them: "made an offer" and "took an offer" are two acts.
SUPPORT_VERBS = frozenset({"perform", "carry out", "conduct", "undertake", "execute", "stage", "launch", "mount"})


@lru_cache(maxsize=1)
def noun_verbs() -> dict:
    from ...tables import load_json

    return load_json("noun_verbs.json")["verbs"]


def action_noun(frame) -> bool:
    """The object's head is a noun WordNet derives from a verb ("inspection", "manoeuvre")."""
    return bool(frame.object and noun_verbs().get(frame.object.split()[-1]))


#: Linking verbs: with an adjective they state that the subject is in a state ("remained open",
#: "is legal"; Quirk et al. 1985, 16.21-16.24), which the adjective names.
_LINKING = frozenset({"be", "remain", "stay", "become", "seem", "appear", "look"})


def linked_state(p: Optional[str]) -> Optional[str]:
    """The adjective of a linking predicate ("remain open": "open"), else None."""
    parts = (p or "").split(" ", 1)
    return parts[1] if len(parts) == 2 and parts[0] in _LINKING else None


@lru_cache(maxsize=1)
def _antonyms() -> tuple[dict, dict]:
    from ...tables import load_json

    raw = load_json("verb_senses.json")
    return raw.get("antonyms", {}), raw.get("adjective_antonyms", {})


@lru_cache(maxsize=1 << 14)
def opposite_pairs(p: Optional[str]) -> frozenset:
    """(word, antonym) pairs, each sorted, of a predicate's verb or state adjective (WordNet's
    direct antonyms: "open" / "close", "legal" / "illegal"; a state adjective's indirect ones, the
    antonyms of its near-synonyms: "inadequate" / "sufficient", `states`; and the opposite actions
    news reports that WordNet does not give, data/verb_paraphrases.json: "approve" / "reject")."""
    verbs, adjectives = _antonyms()
    word = linked_state(p) or p
    if not word:
        return frozenset()
    being = bool(linked_state(p)) and p.split(" ", 1)[0] in BEING  # "is tired", not "seems tired"
    indirect = (q for s in near_synonyms(word) for q in adjectives.get(s, ())) if being else ()
    return frozenset(tuple(sorted((word, q))) for q in (*verbs.get(word, ()), *adjectives.get(word, ()),
                                                        *news_opposites_of(word), *indirect))


def opposite(p: Optional[str], q: Optional[str]) -> Optional[str]:
    """'state' when two predicates are antonyms and one of them states a state ("remain open" /
    "closed": they cannot both hold) or both are stances ("accept" / "reject"), 'event' for two
    opposite events ("rose" / "fell", which
    may both happen at different times), else None."""
    wp, wq = linked_state(p) or p, linked_state(q) or q
    pair = tuple(sorted((wp, wq))) if p and q else None
    if pair is None or (pair not in opposite_pairs(p) and pair not in opposite_pairs(q)):
        return None
    # a stance ("accepted the offer" / "rejected the offer") holds like a state: the verbs of
    # consent and refusal of data/polarity.json
    return "state" if linked_state(p) or linked_state(q) or (wp in _stance_verbs() and wq in _stance_verbs()) else "event"


@lru_cache(maxsize=1)
def polarity_table() -> dict:
    """data/polarity.json, read once for every room of the statement judge."""
    from ...tables import load_json

    return load_json("polarity.json")


@lru_cache(maxsize=1)
def negative_implicatives() -> frozenset:
    """The negative implicative verbs: their act withholds what they govern ("refused to sign",
    "declined to comment"; data/polarity.json 'negative', Karttunen 1971)."""
    return frozenset(polarity_table()["negative"])


@lru_cache(maxsize=1)
def _stance_verbs() -> frozenset:
    raw = polarity_table()
    return frozenset(raw["positive"]) | negative_implicatives() | frozenset(raw.get("directives", ()))


@lru_cache(maxsize=1)
def verb_senses() -> tuple[dict, dict]:
    from ...tables import load_json

    raw = load_json("verb_senses.json")
    return raw["senses"], {int(k): frozenset(v) for k, v in raw["hypernyms"].items()}


def senses_of(p: str, senses: dict) -> frozenset:
    """A predicate's WordNet senses: its three most frequent (data/verb_senses.json) and those
    news writes it in beyond them (data/verb_paraphrases.json: "halt" work is close.v.03, 'cease
    to operate'; "fall due" is mature.v.03)."""
    return frozenset(senses.get(p) or ()) | news_senses(p)


def _hypernyms_of(sense: int, hypernyms: dict) -> frozenset:
    return hypernyms.get(sense) or news_hypernyms().get(sense) or frozenset()


@lru_cache(maxsize=1)
def _sole_senses() -> dict:
    """verb with one WordNet sense -> the verbs listing that sense among their rarer ones
    (data/verb_senses.json 'sole_sense_of': "give back" -> "return")."""
    from ...tables import load_json

    return {k: frozenset(v) for k, v in load_json("verb_senses.json").get("sole_sense_of", {}).items()}


@lru_cache(maxsize=1)
def _causes() -> dict:
    from ...tables import load_json

    return {int(k): frozenset(v) for k, v in load_json("verb_senses.json").get("causes", {}).items()}


def one_change(p: Optional[str], q: Optional[str]) -> bool:
    """Two verbs naming one change of the thing they are said of: the same action
    (`predicates_meet`), or one verb causing the other ("raise" the fare / the fare "rose";
    WordNet's cause pointer, data/verb_senses.json). Light verbs never."""
    if predicates_meet(p, q):
        return True
    if not p or not q or p in LIGHT_VERBS or q in LIGHT_VERBS:
        return False
    senses, _ = verb_senses()
    causes = _causes()
    sp = senses_of(base_verb(p, senses), senses)
    sq = senses_of(base_verb(q, senses), senses)
    if any(causes.get(x, frozenset()) & sq for x in sp) or any(causes.get(x, frozenset()) & sp for x in sq):
        return True
    dp, dq = level_direction(p), level_direction(q)
    return dp is not None and dp == dq


#: WordNet 3.0's verbs of a change in amount, by direction: increase.v.01 'become bigger or
#: greater in amount' and increase.v.02 'make bigger or more'; decrease.v.01 'decrease in size,
#: extent, or range' and decrease.v.02 'make smaller' (synset offsets in data.verb).
_DIRECTIONS = {156601: "up", 153263: "up", 151689: "down", 441445: "down"}


@lru_cache(maxsize=1 << 12)
def level_direction(p: Optional[str]) -> Optional[str]:
    """'up' or 'down' for a verb of changing a level (data/verb_paraphrases.json 'levels'
    'change': "cut", "lower", "raise", "boost") whose most frequent senses are that change or
    lie under it in WordNet within `LEVEL_STEPS` ("cut" is reduce.v.01 and "lower" turn_down.v.01,
    both under decrease.v.02; "rise" two steps under increase.v.01): said of one level, two such
    verbs of one direction name one change
    ("ruled out cutting the fare" / "the fare could be lowered"); else None. Only the verbs of
    the levels table: WordNet also files "extend" and "add" under increase, which change a
    level in time or by joining, not its amount."""
    from ...tables import load_json

    if not p or p not in load_json("verb_paraphrases.json")["levels"]["change"] or p in SIZED_CHANGES:
        return None
    found = {_DIRECTIONS[x] for x in senses_under(p, frozenset(_DIRECTIONS), LEVEL_STEPS)}
    return found.pop() if len(found) == 1 else None


#: Hypernym steps from a verb of the levels table up to its change of amount: "rise", "drop",
#: "go up", "double" and "triple" lie two steps under increase or decrease (rise.v.02 'increase in
#: value' is filed under a change of degree first), the others one; every verb of the table then
#: has its one direction, and only the table's verbs are read (`level_direction`).
LEVEL_STEPS = 2
#: The verbs of the levels table that name the size of their change (WordNet 3.0 double.v.01
#: 'increase twofold', triple.v.01 'increase threefold'): one change only with the same size on
#: the other side (the same verb, `predicates_meet`), never any change of their direction: ruling
#: out tripling fares leaves a smaller rise open.
SIZED_CHANGES = frozenset({"double", "triple"})


def senses_under(p: str, roots: frozenset, depth: Optional[int] = None) -> frozenset:
    """The WordNet verb senses of `roots` that one of the predicate's senses (`senses_of`) is, or
    lies under by the hypernym pointer within `depth` steps (None: any number): the one walk up
    WordNet's verbs for `level_direction` (direct hypernyms) and `already.once_act` (any)."""
    senses, hypernyms = verb_senses()
    found, seen, todo = set(), set(), [(s, 0) for s in senses_of(base_verb(p, senses), senses)]
    while todo:
        sense, steps = todo.pop()
        if sense in roots:
            found.add(sense)
        if sense not in seen and (depth is None or steps < depth):
            seen.add(sense)
            todo.extend((h, steps + 1) for h in _hypernyms_of(sense, hypernyms))
    return frozenset(found)


@lru_cache(maxsize=1 << 16)  # two words against fixed tables, asked again in every pair of clauses
def predicates_meet(p: Optional[str], q: Optional[str]) -> bool:
    """One action under two verbs: equal lemmas, a shared WordNet sense among each verb's most
    frequent ("pull back" and "withdraw", "break down" and "collapse"), or one a direct troponym
    of the other ("spearhead" a way to "head"), from data/verb_senses.json (Princeton WordNet
    3.0); or a verb of one sense only and a verb that has that sense among its rarer ones ("give
    back" and "return"): the one-sense verb says which sense the other has here. The senses news
    writes beyond the most frequent count too ("halt" and "suspend" work, "close" a plant; "fall
    due" and "mature"; data/verb_paraphrases.json). Light verbs meet only themselves: their
    senses cover too much."""
    if not p or not q:
        return False
    if p == q:
        return True
    if linked_state(p) and linked_state(q) and p.split(" ", 1)[0] in BEING and q.split(" ", 1)[0] in BEING \
            and adjectives_meet(linked_state(p), linked_state(q)):
        return True  # one state: "remained shut" / "is closed" (`states`)
    if p in LIGHT_VERBS or q in LIGHT_VERBS:
        return False
    senses, hypernyms = verb_senses()
    p, q = base_verb(p, senses), base_verb(q, senses)
    if p == q:
        return True
    sp, sq = senses_of(p, senses), senses_of(q, senses)
    if not sp or not sq:
        return False
    if sp & sq:
        return True
    sole = _sole_senses()
    if q in sole.get(p, ()) or p in sole.get(q, ()):
        return True
    up_p = frozenset().union(*(_hypernyms_of(x, hypernyms) for x in sp))
    up_q = frozenset().union(*(_hypernyms_of(x, hypernyms) for x in sq))
    return bool(up_p & sq or up_q & sp)


def noun_lemma_in(word: str, senses: dict) -> Optional[str]:
    """The WordNet noun a word as written stands for: itself, or its singular by the regular
    English plural endings ("queues", "ferries", "buses")."""
    w = word.lower()
    for cut, add in (("", ""), ("s", ""), ("es", ""), ("ies", "y")):
        if w.endswith(cut) and (not cut or len(w) > len(cut) + 2) and w[:len(w) - len(cut)] + add in senses:
            return w[:len(w) - len(cut)] + add
    return None


@lru_cache(maxsize=1 << 16)  # two words against fixed tables, asked again in every pair of clauses
def nouns_meet(x: str, y: str) -> bool:
    """Two nouns naming one thing in other words: the same lemma, a shared WordNet sense among
    each noun's most frequent ("medicine" and "medication"), or one sense directly under the
    other ("queue" is a kind of "line"; data/noun_wordnet.json, Princeton WordNet 3.0)."""
    senses, hypernyms = noun_senses()
    p, q = noun_lemma_in(x, senses), noun_lemma_in(y, senses)
    if p is None or q is None:
        return False
    if p == q:
        return True
    sp, sq = _spelled_senses(p, senses), _spelled_senses(q, senses)
    if sp & sq:
        return True
    up_p = frozenset().union(*(hypernyms.get(s, ()) for s in sp))
    up_q = frozenset().union(*(hypernyms.get(s, ()) for s in sq))
    return bool(up_p & sq or up_q & sp)


#: British spellings and their American forms, which WordNet lists with more of the word's
#: senses ("licence" has one sense there, "license" three): -ence/-ense, -re/-er, -our/-or,
#: -amme/-am ("licence", "centre", "harbour", "programme").
AMERICAN_SPELLINGS = ((re.compile(r"(?<=[ft])ence$|(?<=ic)ence$"), "ense"), (re.compile(r"(?<=[^aeiou])re$"), "er"),
             (re.compile(r"(?<=\w\w)our$"), "or"), (re.compile(r"amme$"), "am"))


def _spelled_senses(noun: str, senses: dict) -> frozenset:
    """A noun's WordNet senses with those of its American spelling, when WordNet lists that."""
    out = frozenset(senses[noun])
    for pattern, repl in AMERICAN_SPELLINGS:
        other = pattern.sub(repl, noun)
        if other != noun and other in senses:
            out |= frozenset(senses[other])
    return out


@lru_cache(maxsize=1 << 14)
def nouns_same(x: str, y: str) -> bool:
    """Two nouns WordNet gives one sense to, among each noun's most frequent, its American
    spelling's included ("licence" and "permit", "ballot" and "vote"): synonyms, not a thing and
    its kind (`nouns_meet` takes those too)."""
    senses, _ = noun_senses()
    p, q = noun_lemma_in(x, senses), noun_lemma_in(y, senses)
    return p is not None and q is not None and (p == q or bool(_spelled_senses(p, senses) & _spelled_senses(q, senses)))


def base_verb(p: str, senses: dict) -> str:
    """A verb WordNet does not list, made with the prefix re- ("reapply", "re-register"), is its
    base verb done again (English derivation, Quirk et al. 1985, App. I.20); a listed verb
    ("refuse", "return") is its own, and a hyphenated one WordNet writes solid is that verb
    ("re-open": "reopen")."""
    if p in senses or not p.startswith("re") or len(p) < 6:
        return p
    if p[2] == "-" and "re" + p[3:] in senses:
        return "re" + p[3:]  # "re-open": WordNet writes "reopen"
    base = p[3:] if p[2] == "-" else p[2:]
    return base if base in senses else p


def predicate_keys(p: str) -> set:
    """Blocking keys of a predicate that `predicates_meet` can pair: the lemma, its kept WordNet
    senses and their direct hypernyms (a verb meets its synonyms and troponyms by one of them)."""
    senses, hypernyms = verb_senses()
    p = base_verb(p, senses)
    own = senses_of(p, senses)
    # a one-sense verb meets the verbs with its sense among their rarer ones by their lemmas
    return {p} | set(own) | {h for x in own for h in _hypernyms_of(x, hypernyms)} | _sole_senses().get(p, frozenset())


#: Regular English verb inflections, undone (Quirk et al. 1985, 3.5-3.8): "-ies"/"-ied" from a
#: final y, "-es", "-s", "-ed"/"-d", "-ing" (with a final e restored, or a doubled consonant undone).
#: A one-syllable stem ending in a single vowel letter and a single consonant letter (not w, x or y),
#: whose final consonant English doubles before -ed and -ing (Quirk et al. 1985, 3.7: "stop" /
#: "stopped", "spar" / "sparred").
_CLOSED_SYLLABLE = re.compile(r"[^aeiou]*[aeiou][^aeiouwxy]")
_VERB_ENDINGS = (("ies", "y"), ("ied", "y"), ("es", ""), ("s", ""), ("ed", ""), ("ed", "e"), ("d", ""),
                 ("ing", ""), ("ing", "e"))


@lru_cache(maxsize=1 << 16)
def verb_lemma(word: str) -> Optional[str]:
    """The WordNet verb a word as written stands for ("steals" -> "steal", "required" -> "require",
    "stopped" -> "stop"), by the regular inflections, and an irregular form by WordNet's list of
    them ("sold" -> "sell", "stole" -> "steal"; data/verb_paraphrases.json); None when WordNet lists
    no such verb. Kept per word as written (the tables it reads are loaded once per process): the
    statement judge asks it of the same words in every pair of clauses it weighs."""
    senses, _ = verb_senses()
    w = word.lower()
    base = irregular_base(w)
    if base is not None:
        return base
    if w in senses:
        return w
    for cut, add in _VERB_ENDINGS:
        if w.endswith(cut) and len(w) > len(cut) + 2:
            base = w[:len(w) - len(cut)]
            if cut in ("ed", "ing") and not add and _CLOSED_SYLLABLE.fullmatch(base) and base + "e" in senses:
                # "spared", "rated", "hoping": a one-syllable verb ending in one vowel and one
                # consonant doubles it before -ed and -ing ("sparred", "hopping"), so the
                # undoubled form is of the verb with a final e (spare, rate, hope)
                return base + "e"
            for cand in (base + add, base[:-1] if cut in ("ed", "ing") and base[-1:] == base[-2:-1] else None):
                if cand and cand in senses:
                    return cand
    return None


def words_meet(x: str, y: str) -> bool:
    """Two words as written naming one thing or one action: nouns by `nouns_meet`, verbs by
    `predicates_meet` ("requires" and "demanded", "robs" and "steals"; light verbs only
    themselves)."""
    if nouns_meet(x, y):
        return True
    p, q = verb_lemma(x), verb_lemma(y)
    return p is not None and q is not None and predicates_meet(p, q)


def opposite_words(x: str, y: str) -> bool:
    """Two words as written that WordNet gives as direct antonyms, verbs ("win" / "lose",
    "admit" / "deny", irregular forms read: "sold" / "buy") or adjectives ("legal" / "illegal";
    data/verb_senses.json), or that news reports as opposite actions ("approved" / "rejected";
    data/verb_paraphrases.json)."""
    verbs, adjectives = _antonyms()
    wx, wy = x.lower(), y.lower()
    if wy in adjectives.get(wx, ()) or wx in adjectives.get(wy, ()):
        return True
    p, q = verb_lemma(x), verb_lemma(y)
    return p is not None and q is not None and (q in verbs.get(p, ()) or p in verbs.get(q, ()) or news_opposites(p, q))


def opposite_modifiers(x: Optional[str], y: Optional[str]) -> Optional[tuple[str, str]]:
    """A word before the head of each of two noun phrases (a clause's object as the frames write
    it, its head last) that WordNet gives as the other's direct antonym (`opposite_words`): "the
    northern terminal" / "the southern terminal", "domestic routes" / "foreign routes". A
    restrictive premodifier narrows its head to a subclass (Quirk et al. 1985, 17.3-17.4), and
    two opposite ones narrow one head to two disjoint subclasses: two things of one kind. The
    two words (the first's, the second's), else None."""
    before_x, before_y = (x or "").split()[:-1], (y or "").split()[:-1]
    return next(((p, q) for p in before_x for q in before_y if p != q and opposite_words(p, q)), None)


#: Verbs that, with a noun naming an action for object, add to that action only that it is done,
#: begun or offered: Mel'čuk's lexical functions Oper1 ("hold talks", "conduct an inspection"),
#: IncepOper1 ("open talks", "launch an inquiry", "begin negotiations") and the commissive
#: "offer"/"tender"/"submit" ("offered his resignation"); Quirk et al. 1985, 10.47, eventive
#: objects. "offered his resignation" states the act "resign", as "opened talks" states "negotiate",
#: and the verbs of bringing a proceeding (WordNet's file.v and lodge.v, 'file a formal charge
#: against') do the proceeding's act: "filed a challenge" challenges, "lodged an appeal" appeals.
#: The lightest verbs of doing, with a noun naming an action for object, do that act: "made a
#: commitment" commits, "gave its approval" approves (Mel'čuk's Oper1 of "make" and "give";
#: Quirk et al. 1985, 10.47). "take" and "get" are left out: with many nouns the subject
#: undergoes the act ("took a beating", "got approval"; Mel'čuk's Oper2), and "have" names a
#: possession as often ("has the support of").
ACTING_LIGHT = frozenset({"make", "give"})
#: Verbs of expressing an attitude, with the attitude's noun for object, state that the subject
#: holds it: "voiced optimism" is "was optimistic", "expressed anger" is "was angry",
#: "signalled its support" supports (the attitude is the eventive object; WordNet's express.v.01
#: 'give expression to', and voice, signal, indicate in that use).
EXPRESSING = frozenset({"express", "voice", "signal", "indicate"})
#: Linking verbs with an agent noun for complement state the noun's act of the subject: "are
#: supporters of the plan" support it, "is a critic of the deal" criticizes it (English agent
#: nouns in -er/-or/-ent/-ic name the doer of their verb; Quirk et al. 1985, App. I.34; the
#: nouns: data/person_nouns.json, their verbs: WordNet's derivational pointers).
LINKING_AGENT = frozenset({"be", "remain"})
#: Verbs of playing a role, with an agent noun in their "as" phrase, state the noun's act of the
#: subject as a linking verb does: "acted as mediator" mediates, "will serve as adviser to the
#: city" advises it (the "as" phrase names the role the subject plays, a complement of the
#: subject). Only with "as": "serves owners" names whom it serves.
ROLE_VERBS = frozenset({"act", "serve"})
#: Verbs of bringing a proceeding, with a proceeding as the act ("filed a challenge"), never a
#: document filed ("filed its tax returns": legal_acts.py "proceedings").
PROCEEDING_SUPPORT = frozenset({"file", "lodge"})
NOMINAL_SUPPORT = SUPPORT_VERBS | ACTING_LIGHT | EXPRESSING | LINKING_AGENT | ROLE_VERBS | PROCEEDING_SUPPORT | frozenset(
    {"open", "begin", "start", "initiate", "hold", "offer", "tender", "submit", "enter"})


@lru_cache(maxsize=1)
def _noun_adjectives() -> dict:
    from ...tables import load_json

    return load_json("noun_adjectives.json")["adjectives"]


@lru_cache(maxsize=1)
def person_nouns() -> frozenset:
    from ...tables import load_json

    return frozenset(load_json("person_nouns.json")["nouns"])


def derived_entry(noun: str, table: dict) -> tuple:
    """A noun's entry in a WordNet derivation table, as written ("talks") or by its singular
    ("supporters")."""
    w = noun.lower()
    found = table.get(w)
    if found is None:
        lemma = noun_lemma_in(w, table)
        found = table.get(lemma) if lemma else None
    return tuple(found or ())


def noun_names_state(noun: str, predicate: Optional[str]) -> bool:
    """A noun naming the state a linking predicate states: the noun's adjective ("anger" and
    "stay angry", "optimism" and "is optimistic"), or a participle of one of its verbs
    ("concern" and "was concerned", "worry" and "is worried"); WordNet's derivational pointers
    (data/noun_adjectives.json, data/noun_verbs.json)."""
    adjective = linked_state(predicate)
    if not noun or not adjective:
        return False
    if adjective in derived_entry(noun, _noun_adjectives()):
        return True
    verb = verb_lemma(adjective) if adjective.endswith(("ed", "d")) else None
    return verb is not None and verb not in LIGHT_VERBS and verb in derived_entry(noun, noun_verbs())


def support_names(support: str, noun: str, other: Optional[str]) -> bool:
    """A support verb with its object's head noun states what the other clause's predicate states:
    the noun names that action (`noun_names_action`: "offered his resignation" / "resign", "made a
    commitment" / "commit"); after a verb of expressing, also the state ("voiced optimism" /
    "was optimistic"); after a linking verb, only an agent noun names its act ("is a supporter"
    / "supports"; not "is a withdrawal")."""
    if support not in NOMINAL_SUPPORT or not noun or not other or other in NOMINAL_SUPPORT:
        return False
    if support in LINKING_AGENT or support in ROLE_VERBS:
        return noun_lemma_in(noun, person_nouns()) is not None and noun_names_action(noun, other)
    if support in EXPRESSING and noun_names_state(noun, other):
        return True
    if support in PROCEEDING_SUPPORT and (noun_lemma_in(noun, noun_senses()[0]) or noun.lower()) not in legal_acts("proceedings"):
        return False
    return noun_names_action(noun, other)


@lru_cache(maxsize=1)
def _verb_nouns() -> dict:
    """verb -> the nouns WordNet derives from it (the inverse of data/noun_verbs.json)."""
    out: dict = {}
    for noun, verbs in noun_verbs().items():
        for v in verbs:
            out.setdefault(v, []).append(noun)
    return out


def noun_names_action(noun: str, verb: str) -> bool:
    """A noun naming the action a verb names: the noun derives from the verb or from a verb of
    one of its senses ("resignation" -> "resign", "inquiry" -> "inquire"), or a noun derived
    from the verb shares a WordNet sense with it ("negotiation" and "talks"); WordNet's
    derivational links (data/noun_verbs.json) and senses. Light verbs never."""
    if not noun or not verb or verb in LIGHT_VERBS:
        return False
    verbs = derived_entry(noun, noun_verbs())
    if any(v not in LIGHT_VERBS and predicates_meet(v, verb) for v in verbs):
        return True
    senses, _ = verb_senses()
    return any(nouns_meet(n, noun) for n in _verb_nouns().get(base_verb(verb, senses), ()))


def one_action_nouns(x: Optional[str], y: Optional[str]) -> bool:
    """Two nouns naming one action, each derived from a verb that is not a light one: one thing
    by WordNet ("talks" and "negotiations", `nouns_meet`), or derived from verbs of one action
    ("an inquiry" and "an investigation": "inquire" and "investigate", `predicates_meet`);
    WordNet's derivational links (data/noun_verbs.json). After two support verbs ("held talks",
    "opened negotiations") such nouns are the clauses' one action."""
    if not x or not y:
        return False
    vx = [v for v in derived_entry(x, noun_verbs()) if v not in LIGHT_VERBS]
    vy = [v for v in derived_entry(y, noun_verbs()) if v not in LIGHT_VERBS]
    if not vx or not vy:
        return False
    return nouns_meet(x, y) or any(predicates_meet(p, q) for p in vx for q in vy)


@lru_cache(maxsize=1 << 14)
def action_noun_keys(noun: str) -> frozenset:
    """Blocking keys under which `noun_names_action` can pair an action noun with a verb: the
    predicate keys of the verbs it derives from, and its own WordNet noun senses."""
    verbs = [v for v in derived_entry(noun, noun_verbs()) if v not in LIGHT_VERBS]
    keys = {("pred", k) for v in verbs for k in predicate_keys(v)}
    # the state it names after a verb of expressing ("optimism": "optimistic"; "worry": "worried")
    keys |= {("state", a) for a in derived_entry(noun, _noun_adjectives())} | {("state", v) for v in verbs}
    senses, _ = noun_senses()
    lemma = noun_lemma_in(noun, senses)
    return frozenset(keys | {("nsense", s) for s in (senses.get(lemma) or ())} if lemma else keys)


@lru_cache(maxsize=1 << 14)
def act_keys(word: str) -> frozenset:
    """Blocking keys under which `noun_names_action` (or `nouns_meet`) can pair a word with a noun
    naming its act: the WordNet senses, and their direct hypernyms, of the word as a noun and of
    the nouns derived from it as a verb ("sold": selling; "sale")."""
    senses, hypernyms = noun_senses()
    vsenses, _ = verb_senses()
    verb = verb_lemma(word)
    nouns = [word] + list(_verb_nouns().get(base_verb(verb, vsenses), ()) if verb and verb not in LIGHT_VERBS else [])
    out = set()
    for n in nouns:
        lemma = noun_lemma_in(n, senses)
        for x in senses.get(lemma, ()) if lemma else ():
            out.add(x)
            out.update(hypernyms.get(x, ()))
    return frozenset(out)


@lru_cache(maxsize=1 << 14)
def verb_noun_keys(verb: str) -> frozenset:
    """The WordNet noun senses of the nouns derived from a verb, and the state a linking
    predicate states (the other half of `action_noun_keys`)."""
    senses, _ = verb_senses()
    nsenses, _ = noun_senses()
    out = set()
    adjective = linked_state(verb)
    if adjective:  # a state meets the nouns naming it ("stay optimistic": "optimism", `noun_names_state`)
        out.add(("state", adjective))
        # ... and the states its near-synonyms name ("is inadequate" / "was insufficient")
        out.update(("state", s) for s in near_synonyms(adjective))
        participle = verb_lemma(adjective) if adjective.endswith(("ed", "d")) else None
        if participle:
            out.add(("state", participle))
    for n in _verb_nouns().get(base_verb(verb, senses), ()):
        lemma = noun_lemma_in(n, nsenses)
        out.update(("nsense", s) for s in (nsenses.get(lemma) or ()))
    return frozenset(out)
