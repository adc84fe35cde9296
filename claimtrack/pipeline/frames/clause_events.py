"""Statement records for acts written as nouns: a noun made from a verb, with what the act is done
to or who does it, states that act as a clause of its own ("the closure of the depot", "Norway's
withdrawal from the treaty", "the ban on night trawling", "depot closures"). Its predicate is the
noun's verb (WordNet's derivational link, data/noun_verbs.json), so a report that names the act
by a noun and one that tells it by a verb meet on one action.

A noun names an act only when one of its two most frequent WordNet senses is an act, an event
or a process (lexicographer files noun.act, noun.event, noun.process: "closure", "strike",
"rise"; not "cost", "rate" or "number", whose verbs name no act the noun reports), or it names a
prohibition ("ban"), and none is a body of people ("government"); it is read only with an
argument or a named agent: a bare "the strike" says nothing of who or what. The nouns other rooms read are left to them: a noun of intention,
of request or of claim, a noun of saying, and the action noun a verb of planning, considering,
ruling out or imposing already makes its clause's action (clause_nominals).

An event noun is presupposed by the sentence around it (Grimshaw 1990, complex event nominals):
"protests against the closure of the depot" takes the closure as done or decided. What governs
the noun may say otherwise, and the record then says so:
- not done: the noun's own "no" ("no increase in fares"), "without" before it, a noun of absence
  before its of-phrase ("the absence of any inspection"), a verb that ends or calls off the act
  ("lifted the ban on X", "cancelled the sale of the site"; data/polarity.json 'cessation',
  'prohibition_enders');
- not stated as done (modality): an adjective of plan or possibility on the noun ("the planned
  closure", "a possible strike"), a clause that only asks for, considers or fears it (the
  modality of the clause that has it, or that clause's verb when it is negated: "did not order an
  audit" says no audit was done only of that order; the act itself is left open).
"""

from __future__ import annotations

from typing import Optional

from spacy.tokens import Span, Token

from ...wordnet_nouns import GROUP_FILE, noun_lexfiles
from .children import children_of
from .clause_nominals import _ACTION_SUFFIXES, _ARGUMENT_PREPS, _DOING, _EVENT_FILES, _shared_start
from .clause_holders import said_by
from .clause_roles import _is_value, _phrase, _subject_text, object_span
from .syntax import _Actors, _negated, _speech, noun_verbs, polarity_table, present_perfect

#: Entity types whose words are a name, never an act the text reports ("the Data Protection
#: Agency", "the Transport Strike Committee").
_NAME_ENTS = frozenset({"ORG", "PERSON", "GPE", "LOC", "FAC", "NORP", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW"})
#: Places: "a strike in Porto" says where, not what is struck.
_PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})
#: Suffixes that make act nouns from verbs less often than clause_nominals._ACTION_SUFFIXES do:
#: read only for a noun WordNet files as an act or an event and derives from a verb at its start.
_FEWER_SUFFIXES = ("y", "th", "er")
#: Nouns whose of-phrase names what is not there ("the absence of an inspection", "a lack of
#: funding"): the act that noun names is not done.
_ABSENCE = frozenset({"absence", "lack"})
#: Adjectives on an act noun that say it is intended or possible, not done ("the planned closure",
#: "a proposed ban", "a possible strike", "the threatened walkout"), with the modality each gives.
_HEDGES = {"planned": "plan", "proposed": "plan", "intended": "plan", "threatened": "plan", "possible": "may",
           "potential": "may", "likely": "may", "expected": "expect", "future": "will", "imminent": "will"}


def event_verb(noun: Token, table: dict) -> Optional[str]:
    """The verb an act noun names (see the module docstring), else None."""
    if noun.pos_ != "NOUN" or not noun.is_alpha or noun.ent_type_ in _NAME_ENTS:
        return None
    return _lemma_verb(noun.lemma_.lower(), table)


#: The verb each noun lemma names as an act (None: no act), per table in force (a saved pipeline
#: may bring its own): a sentence's nouns are looked up once per lemma, not per token.
_LEMMA_VERBS: dict[tuple[int, int], dict[str, Optional[str]]] = {}


def _lemma_verb(lemma: str, table: dict) -> Optional[str]:
    known = _LEMMA_VERBS.setdefault((id(table), id(noun_verbs())), {})
    if lemma not in known:
        known[lemma] = _read_lemma_verb(lemma, table)
    return known[lemma]


def _read_lemma_verb(lemma: str, table: dict) -> Optional[str]:
    if lemma.endswith("ing"):
        # "planning for future needs", "funding for schools": a gerund the parser tags as a noun
        # names the act in general, whoever does it (its understood subject is any agent; Quirk
        # et al. 1985, 15.10): no particular act of anyone's to align
        return None
    if lemma in table["intention_nouns"] or lemma in table["request_nouns"] or lemma in table["claim_nouns"] \
            or lemma in _ABSENCE:
        return None
    verbs = noun_verbs().get(lemma)
    files = noun_lexfiles(lemma, 2)
    # a noun one of whose two most frequent senses is a body of people (noun.group: "government",
    # "administration", "leadership", "delegation") names who acts more often than an act
    if not verbs or GROUP_FILE in files or not (_EVENT_FILES.intersection(files) or set(verbs) & table["prohibitions"]):
        return None
    made_from = [v for v in verbs if v != lemma and v not in _DOING] if lemma.endswith(_ACTION_SUFFIXES) else []
    # ... and by the suffixes that make fewer act nouns ("delivery", "robbery", "growth", "merger":
    # -y, -ery, -th, -er; Quirk et al. 1985, App. I.31-I.35), from the verb that stands at its start
    made_from = made_from or [v for v in verbs if lemma.endswith(_FEWER_SUFFIXES) and v != lemma and v not in _DOING
                              and _shared_start(v, lemma) >= min(4, len(v))]
    # a noun made from a phrasal verb by joining its particle ("takeover", "walkout", "layoff",
    # "sell-off": conversion of phrasal verbs to nouns, Quirk et al. 1985, App. I.25) names that verb
    made_from = made_from or [v for v in verbs if " " in v and v.replace(" ", "") == lemma.replace("-", "")]
    if not made_from and lemma not in verbs:
        return None  # "absence": WordNet's verb "absent (oneself)" is not what the noun reports
    verb = max(made_from or verbs, key=lambda v: (_shared_start(v, lemma), -len(v)))
    if verb in _DOING or verb in _speech():
        return None
    return verb


def _hung_on_verb(noun: Token) -> Optional[Token]:
    """The noun of an "on" phrase the parser hangs on the verb that has a noun of prohibiting for
    object ("lifted the ban ON night flights", "kept its embargo ON arms"): "on" is that noun's
    complement (a ban on sth; Quirk et al. 1985, 17.51), not the verb's; never a date ("on
    Monday")."""
    verb = noun.head
    if noun.dep_ not in ("dobj", "obj", "nsubjpass") or verb.pos_ not in ("VERB", "AUX") or verb.i == noun.i:
        return None
    return next((p for c in children_of(verb) if c.dep_ == "prep" and c.lower_ == "on" and c.i > noun.i
                 for p in children_of(c) if p.dep_ == "pobj" and p.pos_ in ("NOUN", "PROPN") and not _is_value(p)), None)


def _argument(noun: Token, verb: str) -> Optional[Token]:
    """What the act is done to: the noun of its first argument phrase (not a place after "in"),
    else, for a noun made from its verb by a suffix, the noun before it in a compound ("depot
    closures": the depots are closed; Quirk et al. 1985, App. I.57). A noun that is its verb
    unchanged takes no such compound ("air patrols", "metro line" are kinds of the thing), nor
    does a compound that is itself an -ing noun ("demining operations")."""
    for c in children_of(noun):
        if c.dep_ == "prep" and c.lower_ in _ARGUMENT_PREPS and c.i > noun.i:
            got = next((p for p in children_of(c) if p.dep_ == "pobj" and p.pos_ in ("NOUN", "PROPN") and not _is_value(p)
                        and not (c.lower_ == "in" and p.ent_type_ in _PLACE_ENTS)), None)
            if got is not None:
                return got
    if verb == noun.lemma_.lower():
        return None
    return next((c for c in children_of(noun) if c.dep_ == "compound" and c.pos_ == "NOUN" and not _is_value(c)
                 and not c.lower_.endswith("ing")), None)


def _without_patient(noun: Token) -> Optional[Token]:
    """What the act a "without" phrase denies is done to, when its noun names nothing of its own:
    the patient of the clause the phrase is an adjunct of, its passive subject ("the permit was
    granted without a hearing": no hearing of the permit) or its object ("granted the permit
    without a hearing"). "Without" negates its own phrase only and leaves the clause's act
    asserted (Quirk et al. 1985, 10.66-10.67, local negation; 9.54), and an act noun with no
    complement takes its participants from the event the clause tells (Grimshaw 1990, complex
    event nominals: "the permit was granted after a review" is a review of the permit). None when
    the phrase hangs on no verb, or the clause has no noun patient."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "without" or prep.dep_ != "prep":
        return None
    verb = prep.head
    if verb.pos_ not in ("VERB", "AUX") or verb.i == prep.i:
        return None
    return next((c for c in children_of(verb) if c.dep_ in ("nsubjpass", "dobj", "obj")
                 and c.pos_ in ("NOUN", "PROPN") and not _is_value(c)), None)


def _without_roles(noun: Token, around: Optional[dict]) -> tuple[Optional[Token], Optional[str], Optional[str]]:
    """(what the act is done to, its doer's actor id, its doer as written) of an act noun a
    "without" phrase has and that names nothing of its own (`_without_patient`): the doer is the
    subject of an active clause ("the board granted the permit without a hearing"), none for a
    passive one ("the permit was granted without a hearing": who would have heard it is not said)."""
    patient = _without_patient(noun)
    if patient is None or patient.dep_ == "nsubjpass" or around is None:
        return patient, None, None
    return patient, around.get("subject"), around.get("subject_text")


def _participants(noun: Token, verb: str, actors: _Actors, around: Optional[dict], table: dict) -> tuple:
    """(what the act is done to, the "on" phrase hung on the verb when that is it, the doer's actor
    id, the phrase naming the doer, the doer as written when no phrase names it) of an act noun:
    its argument (`_argument`; for a prohibition, `_hung_on_verb`) and its agent (`_agent`); with
    neither, under "without", the clause's own (`_without_roles`)."""
    obj_tok, hung = _argument(noun, verb), None
    if obj_tok is None and verb in table["prohibitions"]:
        obj_tok = hung = _hung_on_verb(noun)
    subject, written = _agent(noun, actors)
    if obj_tok is None and written is None:
        # "the permit was granted without a hearing": no hearing of the permit
        patient, doer, doer_text = _without_roles(noun, around)
        if patient is not None:
            return patient, None, doer, None, doer_text
    return obj_tok, hung, subject, written, None


def _agent(noun: Token, actors: _Actors) -> tuple[Optional[str], Optional[Token]]:
    """Who does the act: the noun's possessor ("Norway's withdrawal"), the noun of its "by" phrase
    ("the sale of the site by the council"), or a name on it ("the Norwegian withdrawal"); as an
    actor id and the phrase that names it."""
    for c in children_of(noun):
        if c.dep_ == "poss":
            return actors.of_phrase(c), c
        if c.dep_ == "prep" and c.lower_ == "by":
            p = next((p for p in children_of(c) if p.dep_ == "pobj"), None)
            if p is not None:
                return actors.of_phrase(p), p
    for c in children_of(noun):
        if c.dep_ in ("compound", "amod") and c.i in actors.by_token:
            return actors.by_token[c.i], c
    return None, None


def existential_act(verb: Token, attr: Optional[Token], actors: _Actors, table: dict) -> Optional[tuple]:
    """(the act's verb, what it is done to, its agent's actor id, the phrase naming the agent, the
    noun's lemma, the modality an adjective of plan or possibility gives it) when the clause is
    existential and what it says exists is an act noun: "there will be no compensation", "there
    was no vote on the bill", "there could be a strike at the port". An existential clause
    asserts or denies that its noun phrase's referent is there (Quirk et al. 1985, 18.44-18.50);
    for an act that is the act happening, so the clause states the act itself, whether or not the
    noun says what it is done to. The clause's "no" and its tense and modal stay the clause's.
    None for any other clause ("there is no evidence", "there are two reasons")."""
    if attr is None or attr.dep_ != "attr" or verb.lemma_.lower() != "be" \
            or not any(c.dep_ == "expl" for c in children_of(verb)):
        return None
    act = event_verb(attr, table)
    if act is None or attr.i in actors.by_token or attr.i in actors.ref_heads:
        return None
    if any(c.dep_ in ("acl", "relcl") and any(g.dep_ == "aux" and g.lower_ == "to" for g in children_of(c))
           for c in children_of(attr)):
        return None  # "there will be no time to lock the gates": the act is the infinitive's, the noun says when
    obj = _argument(attr, act)
    subject, written = _agent(attr, actors)
    hedge = next((_HEDGES[c.lower_] for c in children_of(attr) if c.dep_ == "amod" and c.lower_ in _HEDGES), None)
    return act, obj, subject, written, attr.lemma_.lower(), hedge


#: Subjects or objects that are themselves a negation ("nobody", "nothing").
_NEGATIVE_PRONOUNS = frozenset({"nobody", "nothing", "none", "noone"})


def _negated_clause(verb: Token) -> bool:
    """The clause a "without" phrase hangs on is negated: a negation on its verb ("will not close
    the pier without a consultation") or a negative subject or object ("no ferry will be sold
    without an inspection", "nothing will be sold without ..."). "Not X without Y" says that X
    comes only with Y, a condition on X (Quirk et al. 1985, 10.68, two negations in one clause, and
    15.34-15.35, 'without' in conditions): what "without" names is then not denied (REVIEW s34
    finding 3)."""
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    if _negated(verb) is not None:
        return True
    return any(c.dep_ in ("nsubj", "nsubjpass", "dobj", "obj") and (
        c.lower_ in _NEGATIVE_PRONOUNS or any(d.dep_ == "det" and d.lower_ in ("no", "neither") for d in children_of(c)))
        for c in children_of(verb))


def _governed(noun: Token, table: dict) -> tuple[bool, Optional[str], Optional[str]]:
    """(negative, cue, modality) that the words governing the noun give its act (module docstring):
    its own determiner and adjectives first, then the preposition or verb that has it."""
    if any(c.dep_ == "det" and c.lower_ in ("no", "neither") for c in children_of(noun)):
        return True, "no", None
    hedge = next((_HEDGES[c.lower_] for c in children_of(noun) if c.dep_ == "amod" and c.lower_ in _HEDGES), None)
    head = noun.head
    if noun.dep_ == "pobj" and head.dep_ == "prep":
        if head.lower_ == "without":
            if _negated_clause(head.head):
                # "no ferry will be sold without an inspection": the two negations make the act a
                # condition of the clause's, to be done before it, not one denied
                return False, None, hedge or "if"
            return True, "without", hedge
        if head.lower_ == "of" and head.head.lemma_.lower() in _ABSENCE:
            return True, head.head.lemma_.lower(), hedge
    if noun.dep_ in ("dobj", "obj", "nsubjpass") and head.pos_ in ("VERB", "AUX"):
        lemma = head.lemma_.lower()
        if lemma in table["cessation"] or lemma in table["prohibition_enders"]:
            if _negated(head) is None:
                return True, lemma, hedge
            return False, None, hedge or lemma
    return False, None, hedge


def _asked_for(noun: Token, table: dict) -> Optional[tuple[bool, Optional[str], Optional[str], bool]]:
    """(negative, cue, modality, answered) for an act noun that a noun of request asks for by its
    "for" phrase ("rejected calls for an inspection of the gates", "granted a request for an
    extension"; data/polarity.json 'request_nouns'): the act is what the request asks, so the verb
    that has the request for object answers it as it answers a request's to-infinitive
    (clause_intentions._answered, 'request_answers'): refused, it is not done, the refuser's act
    ("rejected calls for an inspection": no inspection); granted, it is done; a refusal negated
    leaves it possible. A request ignored is read as its to-infinitive is (clause_intentions._answered):
    up to now ('unanswered' in the present perfect: "has ignored calls for an inspection") the act
    is negated, with the verb for cue, which compare reads as not done up to now
    (modality.negated_up_to_now), saying nothing of what is to come; ignored at a time before
    ("ignored calls for an inspection last year") it only asks. A request nobody is said to answer
    ("unions made calls for an inspection") only asks: the noun is its modality. Else None."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ != "for":
        return None
    request = prep.head
    if request.pos_ != "NOUN" or request.lemma_.lower() not in table["request_nouns"]:
        return None
    verb = request.head
    lemma = verb.lemma_.lower()
    particle = next((c.lower_ for c in children_of(verb) if c.dep_ == "prt"), None)
    how = table["request_answers"].get(f"{lemma} {particle}" if particle else lemma) \
        if request.dep_ in ("dobj", "obj") and verb.i != request.i else None
    if how is None or (how == "unanswered" and not present_perfect(verb)):
        return False, None, request.lemma_.lower(), False
    turned = _negated(verb)
    if how in ("not", "unanswered"):
        return (False, None, "may", True) if turned is not None else (True, f"{lemma} {particle}" if particle else lemma, None, True)
    return (True, turned, None, True) if turned is not None else (False, None, None, True)


def _answerer(answered: bool, subject, written, written_text, around: Optional[dict]) -> tuple:
    """(subject, written, written_text) of an act a request asks for: the one who answers the
    request is the one asked to act (clause_intentions._answered), the subject of the clause around the
    noun, when the noun names no agent of its own."""
    if answered and subject is None and (written is None or written.tag_ == "PRP$") and around is not None:
        return around.get("subject"), None, around.get("subject_text")
    return subject, written, written_text


#: The most words a noun's phrase is read over: a longer subtree is a parser's run-on.
_MAX_WORDS = 25


def _own_words(head: int, cols) -> list[int]:
    """The noun phrase's words (indices): the noun's subtree without the clauses nested in it
    ("the closure of the depot that serves the port": not "serves the port"); the noun and its
    direct dependents alone when the phrase runs longer than _MAX_WORDS."""
    out, stack = [], [head]
    while stack:
        i = stack.pop()
        out.append(i)
        stack.extend(c for c in cols.kids[i] if not cols.head_clause[c])
    if len(out) > _MAX_WORDS:
        out = [head] + [c for c in cols.kids[head] if not cols.head_clause[c]]
    return out


#: Verbs that, with an act noun for object, say the act is done or under way ("staged a strike",
#: "launched an inquiry into", "began a review of"; the support verbs of Quirk et al. 1985, 10.47).
_STAGING = frozenset({"stage", "launch", "mount", "conduct", "carry", "perform", "undertake", "hold", "begin",
                      "start", "open", "complete", "finish", "make", "have", "take", "give", "do"})


#: Verbs that, with an act noun for object, deny or admit the subject's own act ("denied any
#: involvement", "admitted its role"): the act noun's meaning after them, 'deny' or 'admit'.
_OWNING = {"deny": "deny", "admit": "admit", "acknowledge": "admit", "confess": "admit"}


def _owned(noun: Token, governor: Token) -> Optional[str]:
    """'deny' or 'admit' when the act noun is the object of a verb of denying or admitting."""
    if noun.dep_ not in ("dobj", "obj") or governor.pos_ != "VERB" or governor.i == noun.i:
        return None
    return _OWNING.get(governor.lemma_.lower())


def _wanted(noun: Token, table: dict) -> Optional[str]:
    """The modality a verb of asking, wanting, planning or promising gives the act noun it has for
    object, directly or through its preposition ("demanded the closure of the clinic", "called for
    a ban on X": asked for; "sought the sale of the site": planned; "promised an increase in pay":
    pledged; data/polarity.json 'directives', 'modal_verbs'), else None."""
    verb = noun.head
    if noun.dep_ == "pobj" and verb.dep_ == "prep":
        verb = verb.head
    elif noun.dep_ not in ("dobj", "obj"):
        return None
    if verb.pos_ not in ("VERB", "AUX") or verb.i == noun.i:
        return None
    lemma = verb.lemma_.lower()
    if lemma in table["directives"]:
        return lemma
    return table["modal_verbs"].get(lemma)


def _indefinite(noun: Token) -> bool:
    """The noun phrase introduces its act ("a strike", "any review", "new talks"), not one known:
    no definite or demonstrative determiner and no possessor."""
    return not any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these", "those"))
                   for c in children_of(noun))


def _enclosing(noun: Token, clauses: list) -> Optional[dict]:
    """The frame of the narrowest clause whose words hold the noun."""
    inside = [(hi - lo, frame) for frame, lo, hi in clauses if lo <= noun.i < hi]
    return min(inside, key=lambda x: x[0])[1] if inside else None


def event_frames(sent: Span, actors: _Actors, clauses: list, cols) -> list[tuple[dict, int, int]]:
    """One frame per act noun of the sentence with an argument or an agent: (frame, first token,
    last token + 1), the frame's fields those of a clause (clauses.clause_frames) and `nominal`,
    the noun's lemma. `clauses`: the sentence's clause frames, each with its token range."""
    table = polarity_table()
    out = []
    doc = sent.doc
    for i in range(sent.start, sent.end):
        # cols.term: the lemma of an alphabetic noun, name or adjective that is no value or stop
        # word; a lemma that names no act is dismissed before its token is built
        if cols.term[i] is None or _lemma_verb(cols.term[i], table) is None:
            continue
        if i in actors.by_token or i in actors.ref_heads:
            continue  # a word of an actor's name or the head of a description of one
        noun = doc[i]
        verb = event_verb(noun, table)
        if verb is None:
            continue
        governor = noun.head
        if noun.dep_ in ("dobj", "obj") and governor.lemma_.lower() in table["nominal_governors"]:
            continue  # "announced a ban on X": that clause's action already (clause_nominals)
        around = _enclosing(noun, clauses)
        if around is not None and (around.get("predicate") or "").split(" ")[0] == verb:
            continue  # the clause around it already states this act
        obj_tok, hung, subject, written, written_text = _participants(noun, verb, actors, around, table)
        asked = _asked_for(noun, table)
        if obj_tok is None and subject is None and not (asked is not None and asked[3] and around is not None
                                                        and (around.get("subject") or around.get("subject_text"))):
            # "its reduction", "the city's transport": no act that can be told apart; but an act a
            # request asks for, the request answered ("turned down appeals for a fresh audit"), is its
            # answerer's (`_answerer`), told apart by who answers
            continue
        negative, cue, modality = _governed(noun, table)
        if asked is not None:
            negative, cue, modality, answered = asked
            subject, written, written_text = _answerer(answered, subject, written, written_text, around)
        owned = _owned(noun, governor)
        if owned is not None:
            # "denied any involvement in the dredging", "admitted its role in the delay": the
            # act is the denier's or admitter's own (deny/admit + action nominal = deny or admit
            # having done it; Quirk et al. 1985, 16.39), denied; a denial negated asserts nothing
            if subject is None and (written is None or written.tag_ == "PRP$") and around is not None:
                subject, written = around.get("subject"), None
                written_text = around.get("subject_text")
            negative = owned == "deny" and _negated(governor) is None
            cue = "deny" if negative else None
            if owned == "deny" and not negative:
                modality = "deny"  # "did not deny its involvement": asserted by nobody
        if modality is None and around is not None and owned is None:
            # what the clause around it only asks for, considers or fears, it states no more
            # as a noun; a negated clause leaves the act of its subject or object open ("did not
            # order an audit", "the use of force was not authorised")
            modality = around.get("modality") or (
                governor.lemma_.lower() if around.get("polarity") == "negative"
                and noun.dep_ in ("dobj", "obj", "nsubj", "nsubjpass") else None)
        if modality is None and owned is None:
            modality = _wanted(noun, table)
        if modality is None and owned is None and _indefinite(noun) and noun.dep_ in ("dobj", "obj") and governor.pos_ == "VERB" \
                and governor.lemma_.lower() not in _STAGING:
            # "threatened a strike over pay", "demanded an inquiry into the crash": an act a verb
            # has for indefinite object is one it wants, fears or proposes, not one known to be
            # done (no presupposition without a definite; Heim 1982); the verb is its modality
            modality = governor.lemma_.lower()
        words = [i for i in _own_words(noun.i, cols) if sent.start <= i < sent.end]
        if hung is not None:
            words += [i for i in range(noun.i + 1, hung.right_edge.i + 1) if i < sent.end and not cols.head_clause[i]]
        lo, hi = min(words), max(words) + 1
        while hi - 1 > lo and cols.skip[hi - 1]:
            hi -= 1
        terms = sorted({cols.term[i] for i in words if cols.term[i] is not None})
        frame = {
            "subject": subject,
            "subject_text": _subject_text(written, cols.text) if written is not None else written_text,
            "predicate": verb,
            "object": _phrase(obj_tok) if obj_tok is not None else None,
            **object_span(obj_tok),
            "polarity": "negative" if negative else "positive",
            "polarity_cue": cue if negative else None,
            "modality": modality,
            "terms": terms,
            "nominal": noun.lemma_.lower(),
        }
        if negative and cue == "deny" and subject is not None:
            frame["denied_by"] = subject  # as a clause a denial verb negates (clauses._denier)
        holder = said_by(noun, actors, None, cols.text)
        if holder is not None:
            frame["said_by"] = holder
        out.append((frame, lo, hi))
    return out
