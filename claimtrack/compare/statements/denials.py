"""Denials: the claim a denial names, and two denials of one claim in other words."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from ...text import pattern
from ..candidates import Candidate, actor_name
from ..context import key_terms, same_actor
from ..mention import Mention
from .lexicon import noun_names_action, verb_lemma, words_meet
from .modality import negative_verb
from .phrases import object_head, subject_head, subject_terms, term_of, text_terms, clause_terms, one_actor
from .states import BEING
from .subjects import bare_name, written_actor


# --- denials -----------------------------------------------------------------------------------
#
# A denial names the claim it denies in a complement ("denied that the mill had been sold",
# "rejected claims that the mill was sold", "dismissed reports that ...") or in a noun ("ruled out
# a sale of the mill"). Two sources report one denial with different verbs and say the claim in
# different words; what stays is the claim's content words. So two denials whose claims share
# most of their content words are one statement, and they agree: the denial verb is the
# polarity, the complement the claim (issue 13 (4)).

#: Shared content words two denied claims need (one word in common, "the mill", names a topic,
#: not a claim) ...
DENIAL_MIN_SHARED = 2
#: ... and the share of the shorter claim's content words they cover (most of what the shorter
#: one says is said by the other: "a strike by pilots" within "a strike called by the pilots' union").
DENIAL_MIN_COVER = 0.5


@lru_cache(maxsize=1)
def _denial_tables() -> tuple[frozenset, frozenset]:
    from ...tables import load_json

    raw = load_json("polarity.json")
    return frozenset(raw.get("denials", ())), frozenset(raw.get("claim_nouns", ()))


def _cue_at(text: str, cue: str) -> int:
    """Where the denial verb stands in a clause's text ("denied" for 'deny'), else 0."""
    root = cue[:-1] + "(?:y|ie|i)" if cue.endswith("y") else cue[:-1] if cue.endswith("e") else cue
    m = pattern(rf"\b{root}\w*", re.IGNORECASE).search(text)
    return m.start() if m else 0


def denied_claim(m: Mention) -> Optional[frozenset]:
    """The content words of the claim a clause denies, or None when it denies none: a clause
    negated by a denial verb ("X denied that the mill was sold": mill, sell), with an infinitive
    of purpose that follows it ("... sold to cover debts"), without the denier's words and the
    noun of saying ("claims that"); or a denial verb with a noun for object ("ruled out a sale of
    the mill": sale, mill)."""
    f = m.frame
    denials, claim_nouns = _denial_tables()
    if f.polarity == "negative" and f.polarity_cue in denials:
        after = text_terms(m.text[_cue_at(m.text, f.polarity_cue):])
        content = (clause_terms(f) & after) | text_terms(f.predicate or "")
        content |= _nested_terms(m)
        verbs = set(text_terms(f.polarity_cue))
    elif f.polarity == "positive" and negative_verb(f.predicate) in denials and object_head(f) \
            and _denies_by_noun(m, claim_nouns):
        # the object as written with the clause's terms: an -ing form the parser made a modifier
        # of the object ("denied dumping waste": dump) is what is denied
        content = (set(clause_terms(f)) | text_terms(f.object or "")) - subject_terms(f)
        verbs = set()
    else:
        return None
    content -= {term_of(n) for n in claim_nouns} | verbs
    return frozenset(content)


#: The denial verbs whose most frequent WordNet 3.0 sense is refusing to take what is offered or
#: put forward, not declaring it untrue: reject.v.01 'refuse to accept or acknowledge', dismiss.v.01
#: 'bar from attention or consideration' (deny.v.01 'declare untrue; contradict', refute.v.01 and
#: rebut.v.01 'overthrow by argument, evidence, or proof', repudiate.v.01 'reject as untrue').
_REFUSING = frozenset({"reject", "dismiss"})


def _denies_by_noun(m: Mention, claim_nouns: frozenset) -> bool:
    """A denial verb with a noun for object denies what the noun names, save a verb of refusing
    (`_REFUSING`) whose noun names no claim: "rejected the allegations" denies them, "rejected the
    tram plan" refuses the plan, a stance of its own ("would not oppose the plan" is no denial of
    it). A claim is a noun of data/polarity.json 'claim_nouns', or any noun after a demonstrative,
    which takes up what was just said ("rejected that reading": Quirk et al. 1985, 6.40-6.45)."""
    f = m.frame
    if negative_verb(f.predicate) not in _REFUSING:
        return True
    if object_head(f) in {term_of(n) for n in claim_nouns}:
        return True
    noun = re.escape(f.object.split()[-1])
    return pattern(rf"\b(?:that|this|these|those)\s+(?:[\w-]+\s+)?{noun}", re.IGNORECASE).search(m.text) is not None


def _nested_terms(m: Mention) -> set:
    """The words of the clauses the denied clause goes on into: what is denied is its whole
    complement, with the clauses nested in it. A clause right after it with only a space between
    is nested (a relative clause, "any part in which bids were opened"; a clause a preposition
    governs); so is an infinitive completing it after a comma or not, of purpose ("sold to cover
    debts") or its verb's complement ("was designed to shield rivals", whose modality is that
    verb's lemma). A clause after a comma and a participle (", saying ...") or a conjunction
    ("and said ...") is the denier's own, not the claim's."""
    f, claim = m.frame, m.claim
    out: set = set()
    end = m.end
    for c in sorted(getattr(claim.frame, "clauses", None) or (), key=lambda c: c.start):
        if c.start < end:
            continue
        gap = claim.text[end - claim.start:c.start - claim.start]
        if gap.strip() and not (c.modality in ("purpose", f.predicate) and len(gap) <= 2):
            break
        out |= clause_terms(c) | text_terms(c.predicate or "")
        end = c.end
    return out


def negated_claim(m: Mention) -> Optional[frozenset]:
    """The content words of a clause negated by a negator ("no ballots were lost", "the bridge
    was never closed": what it says did not happen), else None. A negated verb of denial or of
    ruling out ("did not rule out a strike", "did not deny that the pier was sold") is none: it
    denies nothing, and leaves what it names possible (Karttunen 1971: a one-way implicative's
    negation asserts nothing; data/polarity.json 'foreclosing'), so it is never one denial with
    "ruled out a strike"."""
    f = m.frame
    if f.polarity != "negative" or f.polarity_cue in _denial_tables()[0]:
        return None
    if negative_verb(f.predicate) in _denial_tables()[0]:
        return None
    return frozenset(clause_terms(f) | text_terms(f.predicate or ""))


#: Determiners that make a noun phrase take up what the text has just said ("rejected that
#: criticism", "dismissed these claims": Quirk et al. 1985, 6.40-6.45, demonstrative reference;
#: "denied the allegations": 5.30-5.32, the anaphoric definite article, when nothing after the
#: noun says which claim it is).
_DEMONSTRATIVES = ("that", "this", "these", "those", "such", "the")
#: Words after a claim noun that say what the claim is ("the report of a discount", "the claim
#: that ...", "the allegations about ..."): the phrase is not anaphoric then.
_COMPLEMENT = re.compile(r"\s+(?:of|that|about|from|by|in|on|over|against)\b")


def anaphoric_denial(m: Mention) -> bool:
    """The clause denies a claim by a claim noun that takes up what was said before it ("X
    rejected that criticism", "dismissed those reports"): a demonstrative before a noun of saying
    (data/polarity.json 'claim_nouns') as the denial verb's object. The claim itself is in an
    earlier sentence, so its words cannot be compared."""
    f = m.frame
    if f.polarity != "positive" or negative_verb(f.predicate) not in _denial_tables()[0] or not f.object:
        return False
    head = f.object.split()[-1]
    if head not in _denial_tables()[1]:
        return False
    after = m.text[_cue_at(m.text, f.predicate.split(" ")[0]):].lower()
    found = pattern(rf"\b({'|'.join(_DEMONSTRATIVES)})\s+(?:[\w-]+\s+)?{re.escape(head)}\w*").search(after)
    return found is not None and (found.group(1) != "the" or not _COMPLEMENT.match(after, found.end()))


def denier_id(m: Mention) -> Optional[str]:
    """The actor id of who denies in a denial clause: the denial verb's subject the frames
    resolved (`denied_by`; "She rejected claims that ..." with "she" taken up), or the subject of
    a denial verb with a noun for object ("X rejected that criticism"); else None."""
    f = m.frame
    if f.polarity == "negative" and f.polarity_cue in _denial_tables()[0]:
        return getattr(f, "denied_by", None) or _written_denier(m, f.polarity_cue)
    if f.polarity == "positive" and negative_verb(f.predicate) in _denial_tables()[0] and f.object:
        return f.subject or written_actor(f.subject_text, m.doc_actors)
    return None


def _written_denier(m: Mention, cue: str) -> Optional[str]:
    """The actor named right before the denial verb, by a name or alias its document's actors
    have ("Hanbit denied", "The company denied" where the company is Hanbit's alias), when the
    frames left the denier unresolved."""
    at = _cue_at(m.text, cue)
    return written_actor(m.text[:at], m.doc_actors) if at > 0 else None


def _judge_denials(a: Mention, b: Mention) -> Optional[Candidate]:
    """Two denials of one claim in other words, or a denial and a negation of it ("denied that
    the bridge was closed" / "said the bridge had never been closed"): the same denial, `agree`."""
    anaphoric = _judge_anaphoric(a, b)
    if anaphoric is not None:
        return anaphoric
    words = _judge_worded(a, b)
    return words if words is not None else _judge_one_denier(a, b)


#: Score of two denials told only by their one denier: below every denial matched by its words
#: (0.5 and up), so that a denier's denials worded alike pair first where there are several.
ONE_DENIER_SCORE = 0.4


#: Content words of a denied claim that name a topic, not a claim ("reports of a sale",
#: "that account"): nothing in them can show it to be another claim than the one denied in full.
TOPIC_CLAIM_WORDS = 1


def _names_by_noun(m: Mention) -> bool:
    """The denial verb has a noun for object, which names what is denied ("rejected reports of a
    sale", "rejected that account"), not a clause that states it ("denied that the landlord
    knew of the leak")."""
    f = m.frame
    return f.polarity == "positive" and negative_verb(f.predicate) in _denial_tables()[0] and bool(f.object)


def _judge_one_denier(a: Mention, b: Mention) -> Optional[Candidate]:
    """Two denials by one actor, shown by actor ids on both sides (resolved by the frames, or by
    a name the document's actors give: `subjects.written_actor`), one of which names what it
    denies by one noun for the denial verb's object ("Orvelle denied that it was selling the mine" / "the company
    rejected reports of a sale"; "He denied that the club was being sold" / "the chairman
    rejected that account"): one denial, `agree`. A story's party denies once
    (one denial per denier in 71 of the 72 team-set documents with a resolved denier), and a
    claim named by one noun is a topic, with no words to show it is another claim; two claims
    worded in full with nothing in common ("dumped ballast water" / "an accusation of price
    fixing from a rival") are two denials. Where a denier denies several things, the denials
    matched by their words score higher."""
    da, db = denied_claim(a), denied_claim(b)
    if not ((da is not None or anaphoric_denial(a)) and (db is not None or anaphoric_denial(b))):
        return None
    if not any(_names_by_noun(m) and len(d or ()) <= TOPIC_CLAIM_WORDS for m, d in ((a, da), (b, db))):
        return None
    ia, ib = denier_id(a), denier_id(b)
    if not (ia and ib and one_actor(ia, ib)):
        return None
    ca, cb = a.frame.polarity_cue or a.frame.predicate, b.frame.polarity_cue or b.frame.predicate
    return Candidate(a, b, "agree", "equal", f"denied by {actor_name(ia)}",
                     f"one denier ({actor_name(ia)}) denying on both sides ({ca} in A, {cb} in B), the claim "
                     f"worded apart", ONE_DENIER_SCORE)


def _judge_worded(a: Mention, b: Mention) -> Optional[Candidate]:
    """Two denials of one claim whose words meet (or a denial and a negation of it)."""
    da, db = denied_claim(a), denied_claim(b)
    if not da and not db:
        return None
    ca, cb = da or negated_claim(a), db or negated_claim(b)
    if not ca or not cb:
        return None
    shared = ca & cb
    # a word of one claim and its WordNet synonym or direct kind in the other count as one
    # ("hid the losses" / "concealed the losses"): reporters word a denied claim their own way
    # "there was no such deal" takes up the claim just said, in its own noun (the act's, "no
    # such sale" / "denied it had sold"): that noun is enough
    such = bool(da) != bool(db) and _no_such(b if da else a)
    synonyms = _synonym_pairs(ca - cb, cb - ca, acts=such) + _one_actor_two_names(a, b, ca, cb)
    met = len(shared) + len(synonyms)
    fa, fb = a.frame, b.frame
    # one denier named on both sides (the same head noun before the denial verb: "the navy" and
    # "the country's navy") denies one claim worded apart when a word of what it denies is common
    one = (bool(da and db) and _one_denier(a, b)) or such
    if met < (1 if one else DENIAL_MIN_SHARED) or (not one and met < DENIAL_MIN_COVER * min(len(ca), len(cb))):
        return None
    # only the subject both claims are about in common ("the night ferry"), not what they say of
    # it: two claims, unless one denier shown by actor ids denies on both sides, of one subject,
    # the same kind of thing (a story's party denies once: `_judge_one_denier`); worded matches
    # score higher
    subject_only = not synonyms and not shared - (subject_terms(fa) & subject_terms(fb))
    if subject_only and not (da and db and denier_id(a) and denier_id(b) and one
                             and subject_head(fa) is not None and subject_head(fa) == subject_head(fb)
                             and _said_of_subject(fa) == _said_of_subject(fb)):
        return None
    if fa.subject and fb.subject and fa.polarity == fb.polarity == "positive" and not same_actor(fa.subject, fb.subject):
        return None  # two named actors ruling out one thing are two stances
    verb = fa.polarity_cue or fa.predicate
    other = fb.polarity_cue or fb.predicate
    about = f"denied: {', '.join(sorted(shared) + [f'{x} ~ {y}' for x, y in synonyms])}"
    return Candidate(a, b, "agree", "equal", about,
                     f"one claim denied on both sides ({verb} in A, {other} in B), most of its words in common"
                     + (f" ({', '.join(f'{x} ~ {y}' for x, y in synonyms)}: one thing or act in WordNet)" if synonyms else "")
                     + (", by one denier, of one subject" if subject_only else ""),
                     ONE_DENIER_SCORE if subject_only else 0.5 + met / len(ca | cb))


def _said_of_subject(f) -> str:
    """What a claim says of its subject: a state it is in, by a linking verb ("the pier was
    unsafe", "remained a danger"), or an act it does or undergoes ("the pier was sold", "had been
    handed over"). A denier who denies a state and an act of one thing denies two claims, one about
    what the thing is and one about what was done ("denied that the pier was sold" / "rejected
    claims that the pier was unsafe"); two wordings of one claim say one kind of thing (a linking
    verb's clause against a clause of action; `states.BEING` are the linking verbs of a state)."""
    return "state" if (f.predicate or "").split(" ")[0] in BEING else "act"


#: "no such" before a noun: the noun takes up a claim the text has just made ("said there had been
#: no such payments": none of the payments just spoken of; Quirk et al. 1985, 6.44, 'such' as a
#: determiner of anaphoric reference).
_NO_SUCH_NOUN = re.compile(r"\bno\s+such\s+([a-z]+)", re.IGNORECASE)


def _no_such(m: Mention) -> bool:
    """The clause denies a claim by "no such" and the claim's noun ("there was no such deal",
    "no such payments were made"), negated by that "no"."""
    return no_such_noun(m) is not None


def no_such_noun(m: Mention) -> Optional[str]:
    """The noun after "no such" in a clause negated by that "no" ("no such payments": payments),
    else None."""
    f = m.frame
    if f.polarity != "negative" or f.polarity_cue != "no":
        return None
    found = _NO_SUCH_NOUN.search(m.text)
    return found.group(1).lower() if found else None


def _denier(m: Mention) -> Optional[str]:
    """The head noun of who denies, as written before the denial verb ("the navy" in "The navy
    rejected claims that ..."), or None (a pronoun, or no words before it)."""
    cue = m.frame.polarity_cue if m.frame.polarity == "negative" else (m.frame.predicate or "").split(" ")[0]
    at = _cue_at(m.text, cue or "")
    if at <= 0:
        return None
    surface: dict = {}
    terms = key_terms(m.text[:at], surface)
    return term_of(surface[terms[-1]]) if terms else None


def _one_denier(a: Mention, b: Mention) -> bool:
    """One denier on both sides: one actor (ids resolved through names, pronouns and roles: "the
    mayor" and "Maria Lopez"), or a body and the person who speaks for it (`_one_voice`); or,
    when either is not resolved, the same head noun before the denial verb ("the navy" and "the
    country's navy"), or a pronoun the frames left unresolved on one side ("He rejected
    accusations that ..."): news names a denier once and then takes it up by a pronoun (a story's
    party denies once: `_judge_one_denier`), so the pronoun is no evidence of another denier;
    two pronouns are one only when they are the same word ("she" is not "they")."""
    ia, ib = denier_id(a), denier_id(b)
    if ia and ib:
        return one_actor(ia, ib) or (_says_claim(a) and _says_claim(b) and _one_voice(a, ia, b, ib))
    pa, pb = _pronoun_denier(a), _pronoun_denier(b)
    if (pa or pb) and _says_claim(a) and _says_claim(b):
        return pa == pb if pa and pb else bool((pa and (ib or _denier(b))) or (pb and (ia or _denier(a))))
    da, db = _denier(a), _denier(b)
    return da is not None and da == db


def _says_claim(m: Mention) -> bool:
    """The clause denies a claim someone made, told in a that-clause or by a noun of saying
    ("denied that the dam leaked", "rejected reports of a leak"), stated outright: not an act
    ruled out ("ruled out closing the dam": what is to come, data/polarity.json 'foreclosing'),
    not a thing rejected ("rejected two nominees"), not under a condition ("if it rejects ...").
    Only such denials are read as one through a pronoun or a body's spokesperson (`_one_denier`)."""
    from .modality import _foreclosing

    f = m.frame
    if f.modality == "if" or getattr(f, "condition", None) is not None:
        return False
    if f.polarity == "negative":
        return f.polarity_cue in _denial_tables()[0] and f.polarity_cue not in _foreclosing()
    return bool(f.object) and f.object.split()[-1] in _denial_tables()[1] and negative_verb(f.predicate) not in _foreclosing()


#: Pronouns that stand for a denier the text named before ("She rejected claims that ...").
_PRONOUNS = frozenset({"he", "she", "it", "they", "we"})


def _pronoun_denier(m: Mention) -> Optional[str]:
    """The pronoun right before the denial verb, when the clause's denier is not resolved to an
    actor ("He rejected accusations that ..."), else None."""
    if denier_id(m):
        return None
    f = m.frame
    cue = f.polarity_cue if f.polarity == "negative" else (f.predicate or "").split(" ")[0]
    at = _cue_at(m.text, cue or "")
    words = re.findall(r"[\w'’]+", m.text[:at].lower()) if at > 0 else []
    return words[-1] if words and words[-1] in _PRONOUNS else None


def _one_voice(a: Mention, ia: str, b: Mention, ib: str) -> bool:
    """A body and the person who speaks for it, one on each side: a person whose title in either
    document holds the body's distinctive name ("Harlow Trust chairman"), or a minister and the
    government or ministry of the person's own story (`subjects.speaks_for_body`)."""
    from .subjects import speaks_for_body

    docs = tuple(d for d in (a.doc_actors, b.doc_actors) if d is not None)
    return bool(docs) and (speaks_for_body(ia, ib, docs, a) or speaks_for_body(ib, ia, docs[::-1], b))


def _judge_anaphoric(a: Mention, b: Mention) -> Optional[Candidate]:
    """One actor denying a claim on one side ("X denied that the permit was forged") and, on the
    other, rejecting "that accusation" (a claim noun taking up what was said before): one
    denial, told with the claim in full and by reference. One denier shown by actor ids on both
    sides: a description or a pronoun alone does not show who rejects."""
    for x, y in ((a, b), (b, a)):
        if not anaphoric_denial(x) or not (denied_claim(y) or anaphoric_denial(y)):
            continue
        ix, iy = denier_id(x), denier_id(y)
        if ix and iy and one_actor(ix, iy):
            cue = y.frame.polarity_cue or y.frame.predicate
            return Candidate(a, b, "agree", "equal", f"denied by {actor_name(ix)}",
                             f"one denier ({actor_name(ix)}) on both sides: the claim in full on one ({cue}), "
                             f"taken up by '{x.frame.object}' on the other", 0.5)
    return None


def _act_and_verb(noun: str, word: str) -> bool:
    """A noun naming the act of the verb another word is ("sale" and "sold", "bribes" and
    "bribed"; WordNet's derivational links, `lexicon.noun_names_action`): a reporter names a denied
    act by its verb or by its noun."""
    verb = verb_lemma(word)
    return verb is not None and noun_names_action(noun, verb)


def _named_actors(m: Mention) -> dict:
    """The document's actors the clause names, by a name or an alias the actors component gave
    them (`DocActors.by_name`, each naming one actor): id -> (that name, its words)."""
    doc = m.doc_actors
    if doc is None or not doc.by_name:
        return {}
    written = f" {bare_name(m.text)} "
    out: dict = {}
    for name, ids in doc.by_name.items():
        if len(ids) == 1 and f" {name} " in written:
            (aid,) = ids
            if len(name) > len(out.get(aid, ("",))[0]):
                out[aid] = (name, text_terms(name))
    return out


def _one_actor_two_names(x: Mention, y: Mention, cx: frozenset, cy: frozenset) -> list[tuple[str, str]]:
    """(name in x, name in y) for one actor named in both denied claims by names with no word in
    common ("International Monetary Fund" / "IMF": `context.same_actor` joins an id and its
    initials): news writes a body's name in full and then, or in another report, by its initials,
    and the two name one body. The actors component found both names; each counts as one word of
    the claim met on the other side. Only names all of whose words are the claim's own."""
    out = []
    named_y = _named_actors(y)
    for ix, (nx, wx) in sorted(_named_actors(x).items()):
        for iy, (ny, wy) in sorted(named_y.items()):
            if same_actor(ix, iy) and wx and wy and wx <= cx and wy <= cy and not wx & wy:
                out.append((nx, ny))
    return out


def _synonym_pairs(xs: frozenset, ys: frozenset, acts: bool = False) -> list[tuple[str, str]]:
    """Pairs of words, one from each side and each used once, that WordNet gives as one thing
    or one action (`lexicon.words_meet`), in a fixed order; with `acts`, also a noun and the verb
    whose act it names (`_act_and_verb`)."""
    out, used = [], set()
    for x in sorted(xs):
        for y in sorted(ys - used):
            if words_meet(x, y) or (acts and (_act_and_verb(x, y) or _act_and_verb(y, x))):
                out.append((x, y))
                used.add(y)
                break
    return out
