"""The frames of the mentions: what a figure measures, what a date dates, who speaks, and each
sentence's statement (subject, predicate, object, polarity, modality)."""

from __future__ import annotations

from functools import lru_cache
from typing import Optional

from spacy.tokens import Doc, Span, Token

from ...parsers.date_patterns import SCHEDULE_NOUNS
from ...titles import title_table
from ..date_tense import described_event
from ..verb_tense import FUTURE_AUX, PERFECT, auxiliaries, clause_verb_of_noun, tensed
from .clause_polarity import prepositional_action
from .syntax import (
    _BARE_DATE, _OBJ, _PRONOUNS, _SUBJ, _Actors, _governing_date, _measured_noun, _negated, _noun_phrase, _place,
    _date_root, _root_of, _speech, _subject, polarity_table, standard_of_comparison,
)
from .children import children_of
from .shares import SHARE_UNITS, share_whole, unit_word


#: The prepositions that open the start and the end of a change ("from 8% to 9.5%").
_RANGE_ENDS = frozenset({"from", "to"})


def _quantity_frame(doc: Doc, q, actors: _Actors, date_heads: list, published: Optional[str]) -> Optional[tuple[dict, Span]]:
    span = doc.char_span(q.start, q.end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    root = _root_of(span)
    role, prep, measured = None, None, None
    approx = None
    if root.dep_ == "prep" or root.pos_ == "ADP":
        # "over four years", "from 3.75%": the preposition is part of the mention.
        pobj = next((c for c in children_of(root) if c.dep_ == "pobj"), None)
        if pobj is not None and _approximator(q, root, span):
            # "cost about SEK 6bn": the parser may take the word of an approximate figure for a
            # preposition; it only rounds the figure, whose place is the one it has without it
            role = "attribute" if root.head.lemma_ == "be" else "object" if root.head.pos_ in ("VERB", "AUX") else None
            approx, root = root, pobj
        elif pobj is not None:
            role, prep = "oblique", root.lower_
            root = pobj
    before = doc[span.start - 1] if span.start > 0 else None
    if role is None and before is not None and before.lower_ in _RANGE_ENDS and before.dep_ == "quantmod":
        # "lifted the levy from 8% to 9.5%": the parser reads "8% to 9.5" as one range under "from",
        # but English gives the end of a change after "to" (and its start after "from")
        role, prep = "oblique", before.lower_
    thing_tok, thing, mods, family = _counted(q, root, span)
    # a partitive's noun hangs below its number ("five of the port's cranes"): the number's
    # place in the clause is the mention's
    climb_from = approx or (root if thing_tok is None or root.is_ancestor(thing_tok) else thing_tok)
    role, prep, measured, pred = _climb(climb_from, span, role, prep, measured)
    if unit_word(measured):
        measured = None  # "12% of the 4,800 crates": the count is of crates, no "%"
    # "58 per cent of the returned ballots lacked a signature": a share that is its clause's subject
    # sizes the whole named after its "of" (none for a pronoun), not what the verb's object names
    subject = thing == "percent" and measured is None and climb_from.dep_ == "nsubj"
    of_whole, whole = share_whole(thing_tok, span) if subject else (False, None)
    measured = measured or whole or _predicated_of(climb_from)
    predicate = pred.lemma_.lower() if pred is not None else None
    holder = _holder(thing_tok, pred, span, actors)
    if pred is not None and measured is None and not of_whole \
            and (q.currency or (thing in SHARE_UNITS)):
        # "kept its main interest rate at 3.25%": the share sizes the verb's object (or subject).
        kids = sorted(children_of(pred), key=lambda c: c.dep_ not in ("dobj", "obj"))
        for c in kids:
            if c.dep_ in ("dobj", "obj", "nsubj", "nsubjpass") and not (span.start <= c.i < span.end):
                if c.dep_ == "nsubj" and not q.currency and holder is not None and actors.by_token.get(c.i) == holder:
                    continue  # "Rivland spends 9% on roads": the subject holds the share (not "the Rivland economy grew 2%")
                measured = _measured_noun(c)
                if unit_word(measured):
                    measured = None  # another share's own word ("50 per cent of X yet 10 per cent of Y")
                if measured:
                    break
    as_of, as_of_source, as_of_start = _own_date(climb_from, pred, date_heads, published) or _as_of(pred, date_heads, published)
    tense = _tense(pred) if pred is not None else None
    place = _place([x for x in (thing_tok, pred) if x is not None])
    negated = bool(pred is not None and _negated(pred))
    frame = {"thing": thing, "modifiers": mods, "measured": measured, "family": family, "predicate": predicate,
             "role": role or "other", "prep": prep, "holder": holder, "as_of": as_of, "as_of_source": as_of_source, "as_of_start": as_of_start,
             "tense": tense, "place": place, "negated": negated}
    return frame, span


#: The adjectives that take a measure phrase for an attribute of size or age: WordNet 3.0's
#: adjectives of dimension (data/quantity_context.json `dimension_adjectives`) and "old", the
#: attribute adjective of age.n.01.
_AGE_ADJECTIVES = ("old",)


@lru_cache(maxsize=1)
def _measure_adjectives() -> frozenset:
    from ...tables import load_json

    return frozenset(load_json("quantity_context.json").get("dimension_adjectives", ())) | frozenset(_AGE_ADJECTIVES)


def _predicated_of(tok: Token) -> Optional[str]:
    """The noun a measure is predicated of ("the truck is 19 years old", "the jetty, which is 350
    metres long"): the figure measures an adjective of size or age that complements a copula, so
    it sizes the copula's subject (a relative pronoun's antecedent; the noun after "of" of a share,
    "40% of the boilers are over 30 years old"), as "a 19-year-old truck" sizes its noun."""
    adj = tok.head
    if tok.dep_ != "npadvmod" or adj.dep_ != "acomp" or adj.head.lemma_ != "be" \
            or adj.lower_ not in _measure_adjectives():
        return None
    cop = adj.head
    subj = next((c for c in children_of(cop) if c.dep_ == "nsubj"), None)
    if subj is not None and subj.tag_ in ("WDT", "WP") and cop.dep_ == "relcl":
        subj = cop.head  # "the truck, which is 19 years old"
    if subj is not None and (subj.text == "%" or subj.like_num):
        of = next((c for c in children_of(subj) if c.dep_ == "prep" and c.lower_ == "of"), None)
        subj = next((c for c in children_of(of) if c.dep_ == "pobj"), None) if of is not None else None
    return subj.lemma_.lower() if subj is not None and subj.pos_ == "NOUN" else None


def _approximator(q, word: Token, span: Span) -> bool:
    """The mention's first word, read as a preposition, is the word the quantity parser read as its
    approximate qualifier ("about", "around", "some": data/qualifiers.json), not a preposition."""
    return q.qualifier == "approx" and word.i == span.start


def _counted(q, root: Token, span: Span) -> tuple[Optional[Token], Optional[str], list, Optional[str]]:
    """The counted noun's token, the thing counted, its modifiers and the measure's family."""
    from ...compare.units import classify

    # The counted noun: the phrase's head when it is a noun, else the noun the number modifies.
    thing_tok = root if root.pos_ in ("NOUN", "PROPN", "SYM") or root.text == "%" else None
    if thing_tok is None and root.dep_ in ("nummod", "quantmod", "compound") and root.head.pos_ in ("NOUN", "PROPN"):
        thing_tok = root.head
    if thing_tok is None:
        thing_tok = _partitive(root, span)
    unit = q.unit or ("amount" if q.currency else None)
    thing, mods = (unit, [m.lower() for m in (q.modifiers or [])])
    if thing_tok is not None:
        lemma, tmods = _noun_phrase(thing_tok)
        if not thing:
            thing = lemma
        # The words of the mention itself are the quantity parser's to read: those it did not
        # take as modifiers are its unit, number or qualifier ("per" of "38 per cent", "km" of
        # "40 km/h"); the parse adds the modifiers outside the mention ("of its 12 regional airports").
        outside = {c.lemma_.lower() for c in children_of(thing_tok) if not (span.start <= c.i < span.end)}
        mods = sorted(set(mods) | {m for m in tmods if m not in (thing or "").split() and m in outside})
    family = None
    if q.currency:
        family = f"money:{q.currency}"
    elif thing:
        cls, known = classify(thing, tuple(mods))
        family = cls if known else None
    return thing_tok, thing, mods, family


def _partitive(root: Token, span: Span) -> Optional[Token]:
    """The counted noun of a number with an "of" partitive inside the mention ("all five of the
    port's cranes": cranes, whose possessor is the holder); none for a pronoun ("five of them")."""
    if not root.like_num and root.pos_ != "NUM":
        return None
    for prep in children_of(root):
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for pobj in children_of(prep):
                if pobj.dep_ == "pobj" and pobj.pos_ in ("NOUN", "PROPN") and span.start <= pobj.i < span.end:
                    return pobj
    return None


def _climb(head: Token, span: Span, role: Optional[str], prep: Optional[str],
           measured: Optional[str]) -> tuple[Optional[str], Optional[str], Optional[str], Optional[Token]]:
    """Climb from the phrase to the predicate it belongs to, noting the role on the way:
    (role, preposition, the noun the figure sizes, the predicate's token)."""
    t = head
    pred: Optional[Token] = None
    for _ in range(6):
        dep = t.dep_
        if dep == "nsubjpass":
            # "Forty cabins were damaged": a passive's subject is what the act is done to, the object
            # of the active clause ("the storm damaged 40 cabins"), the same place of the verb
            role = role or "object"
        elif dep in _SUBJ:
            role = role or "subject"
        elif dep in _OBJ:
            role = role or ("attribute" if dep in ("attr", "oprd") else "object")
        elif dep == "pobj" and t.head.dep_ == "agent":
            role = role or "subject"  # "the fire was put out by 30 crews": the active's subject
        elif dep == "pobj" and t.head.dep_ == "prep":
            role = role or "oblique"
            prep = prep or t.head.lower_
        elif dep in ("amod", "nmod", "compound", "nummod"):
            role = role or "modifier"
            if measured is None and t.head.pos_ in ("NOUN", "PROPN") and not (span.start <= t.head.i < span.end):
                measured = t.head.lemma_.lower()  # "the 2% target", "a 15-day curfew": the size of that noun
        if t.head.i == t.i:
            break
        nxt = t.head if dep != "pobj" else t.head.head
        if nxt.pos_ in ("VERB", "AUX"):
            pred = nxt
            break
        if nxt.pos_ == "NOUN" and dep in ("pobj",) and prep in ("of",):
            # "a toll of 300", "a rate of 3%": the figure sizes that noun.
            measured = measured or nxt.lemma_.lower()
        t = nxt
    return role, prep, measured, pred


def _holder(thing_tok: Optional[Token], pred: Optional[Token], span: Span, actors: _Actors):
    """Whose figure it is: the counted noun's possessor, else the predicate's subject."""
    holder = None
    if thing_tok is not None:
        for c in children_of(thing_tok):
            if c.dep_ == "poss":
                holder = actors.of(c)
    if holder is None and pred is not None:
        subj = _subject(pred)
        if subj is not None and subj not in span:
            holder = actors.of(subj)
    return holder


def _own_date(tok: Token, pred: Optional[Token], date_heads, published: Optional[str]) -> Optional[tuple]:
    """(as_of, source, start) of a figure whose phrase sets it apart from its clause's date, else
    None (the clause's date, `_as_of`, holds):
    - the standard of a comparison with a date of its own ("down from 910 at the end of 2029"):
      that date, not the clause's ("reached 52 a week last month, up from 38 in March 2029"),
      which dates the newer figure;
    - a figure in an apposition ("the storm flooded Kelby, a hamlet of 300 people, in January
      2028"; "boarded the Halcyon Star, a trawler with a crew of 14, in August 2027"): the apposition
      describes its noun as the report knows it, as a relative clause in the present does ("which
      has 300 people"), so a date inside it, else the report's, is its as-of."""
    t = tok
    for _ in range(6):
        if pred is not None and t.i == pred.i:
            return None
        if standard_of_comparison(t):
            got = date_heads.governed_by(t.i)
            return (got[0], "stated", got[1]) if got is not None else None
        if t.dep_ == "appos":
            got = date_heads.governed_by(t.i)
            if got is not None:
                return got[0], "stated", got[1]
            return (published, "published", None) if published else None
        if t.head.i == t.i:
            return None
        t = t.head
    return None


def _as_of(pred: Optional[Token], date_heads: list, published: Optional[str]) -> tuple:
    """(as_of, its source, its start): the date governing the predicate, else the publication's."""
    as_of, as_of_source, as_of_start = None, None, None
    if pred is not None:
        got = _governing_date(pred, date_heads, published)
        if got is not None:
            as_of, as_of_start = got
            as_of_source = "stated"
    if as_of is None and published:
        as_of, as_of_source = published, "published"
    return as_of, as_of_source, as_of_start


#: Auxiliaries of a past tense: "had" (past perfect), "was"/"were" (past passive or progressive),
#: "did" (past with do-support).
_PAST_TENSE_AUX = frozenset({"had", "'d", "was", "were", "did"})


def _clause_verb(tok: Token) -> Optional[Token]:
    """The verb of the clause a word stands in, climbing at most six heads (a gerund's
    preposition, the noun it hangs from, that noun's own preposition...), else None."""
    return clause_verb_of_noun(tok, climbs=6)


#: Prepositions before a gerund that put its act before the act of the clause it hangs from:
#: the reason a court, a regulator or a critic gives ("jailed for diverting", "fined for dumping",
#: "convicted of taking", "sued over selling") and what came first ("after losing").
_EARLIER_PREPOSITIONS = frozenset({"for", "of", "over", "after"})


def _tense(pred: Token) -> Optional[str]:
    """The time the predicate's verb form states: 'future' for "will", "would" or a modal before
    it, 'past' for a simple past or a past perfect ("sold", "had sold", "was sold": an act over
    before the report), 'present' for a present or a present perfect ("sells", "has sold": as of
    the report). A participle or gerund shares the tense of the verb it hangs from (a gerund under
    a noun's preposition, that of the clause it stands in); a past participle modifying a noun
    ("the 40 buses delivered") is past; a to-infinitive ("plans to hire 300") names an act and
    places it in no time: None. 'earlier': a gerund after a preposition that puts its act before
    that of a past clause ("was jailed on Monday for diverting 380,000 euros"): over before the
    report, at a time the report does not give (the clause's date dates the jailing)."""
    gerund = pred.tag_ == "VBG" and pred.dep_ == "pcomp" and pred.head.lower_ in _EARLIER_PREPOSITIONS \
        and not any(c.dep_ == "aux" for c in pred.children)
    tok = tensed(pred)
    if tok.tag_ == "VBG" and not any(c.dep_ == "aux" for c in tok.children):
        # a gerund under a noun's preposition ("six years for diverting ..."): the clause it stands in
        tok = _clause_verb(tok) or tok
    aux = auxiliaries(tok)
    if aux & FUTURE_AUX and not aux & PERFECT:
        return "future"
    if aux & _PAST_TENSE_AUX or (tok.tag_ == "VBD" and not aux) or (tok.tag_ == "VBN" and not aux and tok.dep_ == "acl"):
        return "earlier" if gerund and tok.i != pred.i else "past"
    if "to" in aux or (tok.tag_ == "VB" and not aux):
        return None
    if tok.tag_ in ("VBZ", "VBP") or aux:
        return "present"
    return None


def _date_frame(doc: Doc, d) -> Optional[tuple[dict, Span, Token]]:
    span = doc.char_span(d.start, d.end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    root = _date_root(span)
    event = None
    t = root
    path = {root.i}
    for _ in range(6):
        if t.head.i == t.i:
            break
        t = t.head
        if t.pos_ in ("VERB", "AUX"):
            # "said on Tuesday" dates the saying, no event; "slammed into the coast on Tuesday"
            # (a speech verb with an object or a preposition of its own) is an event.
            own = [c for c in children_of(t) if c.dep_ in ("dobj", "prep", "agent") and c.i not in path]
            if t.lemma_.lower() not in _speech() or own:
                event = t.lemma_.lower()
            break
        path.add(t.i)
        if t.pos_ == "NOUN" and not t.ent_type_ and (t.dep_ not in ("pobj", "dobj") or t.lemma_.lower() in SCHEDULE_NOUNS):
            # the noun the date hangs from, unless it is only where something happens ("in the
            # museum on Monday") or the verb's object, which a time adjunct follows in English
            # ("will hear the appeal on 26 March": the hearing, not the appeal); a noun news
            # attaches dates to as an event is one wherever it stands ("before the hearing on 19
            # November", "called a strike on Monday": data/dates.json schedule_nouns)
            event = t.lemma_.lower()
            break
    event = described_event(span, root, event)  # "until 3 March, when the mill restarts": restart
    bare = bool(_BARE_DATE.match(" ".join(d.text.split())))
    return {"event": event, "fact": not (bare and event is None)}, span, root


def _is_proper_name(name: str) -> bool:
    """'Ilse Brandt', 'Mayor Ilse Brandt', 'UNICEF'; not 'he', 'a spokesman', 'The ministry', nor
    a title alone written with its capital ("the Governor said", "Prime Minister"): an office
    names whoever holds it, not a person (data/titles.txt, claimtrack.titles)."""
    words = name.split()
    if not words or name.lower() in _PRONOUNS or words[0].lower() in ("a", "an", "the", "one", "some"):
        return False
    if title_table().is_title(name):
        return False
    return any(w[:1].isupper() for w in words)


def _quote_frame(q, actors: _Actors) -> dict:
    aid = q.speaker_id
    actor = actors.info.get(aid) if aid else None
    name = actor.name if actor is not None else (q.speaker or "")
    return {"speaker": aid, "resolved": _is_proper_name(name.strip())}


def statement_frame(sent: Span, actors: _Actors) -> Optional[dict]:
    """The frame of a sentence's main clause (through a speech verb to what was said)."""
    root = sent.root
    if root.pos_ not in ("VERB", "AUX"):
        return None
    table = polarity_table()
    verb = root
    # "X said (that) Y refused ...": the statement is what was said.
    if verb.lemma_.lower() in _speech() and verb.lemma_.lower() not in table["negative"]:
        for c in children_of(verb):
            if c.dep_ in ("ccomp", "xcomp") and c.pos_ in ("VERB", "AUX"):
                verb = c
                break
    polarity_cue = _negated(verb)
    negative = polarity_cue is not None
    modality = None
    subj_tok = _subject(verb)
    for c in children_of(verb):
        if c.dep_ == "aux" and c.lower_ in table["modal_aux"]:
            modality = table["modal_aux"][c.lower_]
    verb, negative, polarity_cue, modality = _passed_on(verb, table, negative, polarity_cue, modality)
    if subj_tok is None:
        subj_tok = _subject(verb)
    obj, negative, polarity_cue = _statement_object(verb, negative, polarity_cue)
    subtree = list(subj_tok.subtree) if subj_tok is not None else []  # walked once: each walk builds its Tokens
    return {
        "subject": actors.of(subj_tok) if subj_tok is not None else None,
        "subject_text": " ".join(t.text for t in subtree) if subj_tok is not None and len(subtree) <= 8 else (subj_tok.text if subj_tok is not None else None),
        "predicate": verb.lemma_.lower(),
        "object": obj,
        "polarity": "negative" if negative else "positive",
        "polarity_cue": polarity_cue if negative else None,
        "modality": modality,
    }


def _passed_on(verb: Token, table: dict, negative: bool, polarity_cue, modality) -> tuple:
    """Implicative, denial and intention verbs pass on to the action they govern: (the action's
    verb, negative, the polarity cue, the modality) after at most three steps."""
    for _ in range(3):
        lemma = verb.lemma_.lower()
        action = next((c for c in children_of(verb) if c.dep_ in ("xcomp", "ccomp") and c.pos_ in ("VERB", "AUX")), None)
        particle = table["particles"].get(lemma)
        if particle and not any(c.dep_ == "prt" and c.lower_ == particle for c in children_of(verb)):
            particle_ok = False
        else:
            particle_ok = True
        prepositional = prepositional_action(verb, table) if action is None else None
        if prepositional is not None:
            # "refrained from selling", "balked at paying": the -ing clause is the action, not
            # done; "succeeded in selling": done; "committed to selling": pledged
            verb, form, negated, pledged = prepositional
            modality = modality or pledged
            if negated:
                negative = not negative
                polarity_cue = form if negative else polarity_cue
        elif lemma in table["negative"] and particle_ok:
            if action is None:
                # "rejected any notion of demilitarisation": the object is the action denied.
                negative = not negative
                polarity_cue = lemma if negative else polarity_cue
                break
            negative = not negative
            polarity_cue = lemma if negative else polarity_cue
            verb = action
        elif action is not None and action.dep_ == "xcomp" and (lemma in table["positive"] or lemma in table["modal_verbs"]):
            if lemma in table["modal_verbs"]:
                modality = modality or table["modal_verbs"][lemma]
            verb = action
        else:
            break
        inner = _negated(verb)
        if inner:
            negative = not negative
            polarity_cue = inner if negative else polarity_cue
    return verb, negative, polarity_cue, modality


def _statement_object(verb: Token, negative: bool, polarity_cue) -> tuple:
    """The verb's object phrase (its direct object, else a preposition's object), with the
    polarity a "no" determiner on it turns: (object, negative, polarity cue)."""
    obj = None
    for c in children_of(verb):
        if c.dep_ in ("dobj", "obj", "attr", "dative") or (c.dep_ == "pobj"):
            head, mods = _noun_phrase(c)
            obj = " ".join(mods + [head])
            if any(cc.dep_ == "det" and cc.lower_ == "no" for cc in children_of(c)):
                negative = not negative
                polarity_cue = "no" if negative else polarity_cue
            break
    if obj is None:
        for c in children_of(verb):
            if c.dep_ == "prep":
                for p in children_of(c):
                    if p.dep_ == "pobj":
                        head, mods = _noun_phrase(p)
                        obj = " ".join(mods + [head])
                        break
            if obj:
                break
    return obj, negative, polarity_cue


# --- clauses ---------------------------------------------------------------------------------

#: Dependencies that head a clause of their own (spaCy's English labels, ClearNLP style).
