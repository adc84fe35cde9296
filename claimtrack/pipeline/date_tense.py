"""The tense a date's clause looks in: whether a bare weekday, a month or a day-month a clause
governs is the next one or the last one (`FutureTest` for `claimtrack.parsers.dates`), and the
event a date describes. Read from the dependency parse; used by the dates component
(`claimtrack.pipeline.dates`) and by the claim frames. Its parts: `verb_tense` (what a verb's
form says of its time), `date_ahead` (constructions that put a date after the act whatever the
tense) and `date_described` (a clause that describes the date itself, and the event it names)."""

from __future__ import annotations

import bisect
import re
from functools import lru_cache
from typing import Optional

from spacy.tokens import Doc

from ..parsers.date_patterns import CAPTION_LABEL, OPTION_VERBS, PLAN_VERBS
from ..parsers.dates import FutureTest
from ..parsers.lexicon import WEEKDAYS
from .date_ahead import _ahead_whatever_tense, _arranged_for, _plan_word, _plans, _schedule, _wanted_done
from .date_compared import comparison_base
from .date_described import _describing_clause, described_event  # noqa: F401 (frames.mentions imports it here)
from ..tables import load_json, speech_verbs
from ..parsers.lexicon import names_matter
from .extensions import doc_text
from .quotes.marks import pair_quote_marks
from .verb_tense import (FUTURE_AUX, PAST_AUX, PERFECT, PRESENT_PASSIVE, auxiliaries, clause_verb_of_noun,
                         future_clause_of_noun, imperative, negated, tensed)


def _is_future(doc: Doc) -> FutureTest:
    text = doc_text(doc)
    present_is_past = _historical_present(text)

    def test(start: int, end: int) -> Optional[bool]:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or len(span) == 0:
            return None
        if _NOW_AND.search(text, max(0, start - 48), start):
            return True  # "between now and late May": a stretch from now ends ahead
        # "the first strike in 20 years": how far back the record reaches; else a clause that
        # describes the date itself (date_described.py) gives its tense
        described = False if _stretch_of_a_superlative(span) else _describing_clause(span)
        if described is not None:
            return described
        tok = _stands_for(span.root)
        weekday = span.root.lower_ in WEEKDAYS
        day_part = tok.dep_ == "compound" and tok.head.lower_ in DAY_PARTS and tok.head.i == tok.i + 1
        if day_part:
            tok = tok.head  # "on Thursday morning": the day and its part are one time, read as one
        if weekday and tok.dep_ in ("poss", "compound") and tok.head.pos_ in ("NOUN", "PROPN") \
                and not _schedule(tok.head):
            # "Tuesday's declaration", "Thursday's closing price": a weekday naming when a thing
            # (not a planned event) happened reports it: the latest such day
            return False
        if not weekday and tok.dep_ in ("poss", "compound") and tok.head.pos_ in ("NOUN", "PROPN"):
            # a month naming a thing: the subject of a clause ("the April frost had killed the
            # blossom") takes that clause's tense, since what a clause says its subject did has
            # happened or is still to come; a thing named otherwise ("won the primary, setting up
            # a November election") may come before or after the act: no tense. A thing named after
            # a bounding preposition ("reopens before the Easter holidays", "has doubled since the
            # March floods") bounds what the clause's verb tells, as a bare date there would: the
            # verb's tense decides (climbed to below)
            bounding = tok.head.dep_ == "pobj" and tok.head.head.lower_ in _BOUNDING_PREPS
            if tok.head.dep_ not in ("nsubj", "nsubjpass") and not bounding:
                return None
        if _ahead_whatever_tense(tok):
            # "pushed the launch back to September", "extended the warning until Friday"; "a board
            # office created effective Feb. 1", "the dividend is payable Jan. 2"; "expects a
            # verdict in late May", "forecast a surplus in 2031"
            return True
        if comparison_base(tok):
            return False  # "is 4.2%, down from 5% in May": the figure compared with is earlier
        arranging = _arranged_for(tok)
        if arranging is not None:
            # "has called a demonstration for Monday", "the vote was set for May 3", "the next
            # trip, set for December", "tickets booked for June": what a thing is arranged for
            # comes after the arranging, and news reports arrangements as they are made (s22
            # KINDS D15: the nearest month was last year's in a spring story). Only a month
            # that a finished arranging, told in the past and not reported, set ("mills booked
            # cargo space for August", in September) may lie behind: no tense (the nearest)
            finished = arranging.tag_ == "VBD" or arranging.tag_ == "VBN" and auxiliaries(arranging) & {"was", "were"}
            month_only = not weekday and not any(t.like_num for t in span)
            return None if month_only and finished and not _reported(arranging) else True
        prev = tok
        first_noun = True
        described = None
        for _ in range(6):  # climb to the governing verb
            if tok.pos_ in ("VERB", "AUX") or tok.head.i == tok.i:
                break
            if tok.i != span.root.i and tok.pos_ in ("NOUN", "PROPN") and prev.dep_ == "prep" and first_noun \
                    and weekday and prev.lower_ not in _BOUNDING_PREPS:
                first_noun = False
                if not _schedule(tok):
                    # "the closing price on Tuesday", "a statement on Monday": a date that describes
                    # a thing, not a planned event, reports what happened (the latest one) unless
                    # the verb plans the thing it governs ("engineers plan a fresh test on Friday")
                    described = tok
            prev, tok = tok, tok.head
        if tok.pos_ not in ("VERB", "AUX") or not _known_verb(tok):
            # no verb; or a word the tagger read as one that no dictionary lists as a verb ("the
            # seawall late on Sunday" tagged a present-tense verb): its "tense" says nothing
            return False if described is not None else None
        if described is not None:
            return _verb_plans_thing(tok, described)
        if _reported_before_its_cue(tok, prev, span):
            return None
        verb = tensed(tok)
        if day_part and verb.tag_ in ("VBZ", "VBP") and not auxiliaries(verb):
            # a bare present read through "Thursday morning" is as often a misparse (the date hung
            # from a relative clause's "the line that links A to B") as a schedule: what a
            # weekday with its part reports stays the latest one unless a future form says more
            return False
        return _verb_future(verb, span, present_is_past(start))

    return test


@lru_cache(maxsize=1)
def _wordnet_verbs() -> frozenset:
    """The verb lemmas of WordNet 3.0 (data/verb_senses.json, built by data/tools/verb_senses.py)."""
    return frozenset(load_json("verb_senses.json")["senses"])


def _known_verb(tok) -> bool:
    """An auxiliary, or a word whose lemma WordNet lists as a verb."""
    return tok.pos_ == "AUX" or tok.lemma_.lower() in _wordnet_verbs() or tok.lower_ in _wordnet_verbs()


def _reported_before_its_cue(verb, below, span) -> bool:
    """'Talks on the contract resume in November, the ministry said': the tagger read the
    reported clause's verb as a noun ("resume", "restarts") and the parse hung the reported
    words from the reporting verb. A date in them is in what was said, not in the saying, and
    the saying's tense says nothing of it: the climb reached a speech verb after the date
    through a noun (not through a preposition or a time word of its own: "On Monday, the
    ministry said ..."), and that verb's own subject stands between the date and it."""
    if below.i == span.root.i or below.pos_ not in ("NOUN", "PROPN") or below.dep_ in ("prep", "pobj") \
            or below.dep_ == "npadvmod" and below.ent_type_ in ("DATE", "TIME"):
        return False
    strong, weak = speech_verbs()
    if verb.i < span.end or verb.lemma_.lower() not in strong | weak:
        return False
    return any(c.dep_ in ("nsubj", "nsubjpass") and span.end <= c.i < verb.i and c.i != below.i
               for c in verb.children)


#: Prepositions that put a time before, after or at an end of an act ("from Sunday", "until
#: Friday", "by Monday"): a weekday after one bounds what the clause's verb tells, whatever noun the
#: parser hangs it from ("fares climb by a mean of 9% from Sunday"); only a weekday that dates a
#: thing ("the closing price on Tuesday") describes the noun.
_BOUNDING_PREPS = frozenset({"from", "until", "till", "by", "before", "after", "since", "through", "starting"})

#: Nouns of a part of a month or a year that the date is the object of ("the close of April", "the
#: second week of June", "the start of 2027"): the part takes the place the date would.
_PART_NOUNS = frozenset({"end", "start", "beginning", "middle", "close", "turn", "half", "week", "weeks", "part"})


def _stands_for(tok):
    """The token whose place in the clause the date's root takes: the first of dates joined by
    "and"/"or" ("on Wednesday and Thursday": both share the preposition and the verb), and the
    noun of a part of the month or year ("until the end of April" stands where "until
    April" would)."""
    while tok.dep_ == "conj" and tok.head.i < tok.i and tok.head.ent_type_ == "DATE":
        tok = tok.head
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lower_ in _PART_NOUNS:
        tok = tok.head.head
    return tok


#: Parts of a day a weekday names with it ("Thursday morning", "Friday night").
DAY_PARTS = frozenset({"morning", "afternoon", "evening", "night", "lunchtime", "midday", "noon", "midnight"})


def _verb_future(tok, span, historic: bool) -> Optional[bool]:
    """Whether the verb governing a date looks forward, from its auxiliaries and tense;
    `historic`: the date stands in a headline or caption (see _historical_present)."""
    if tok.dep_ == "ccomp" and tok.head.i < span.start:
        subj = [c.left_edge.i for c in tok.children if c.dep_ in ("nsubj", "nsubjpass", "expl")]
        opened = any(c.dep_ == "mark" and c.i < span.start for c in tok.children)
        if subj and span.end <= min(subj) and not opened:
            # "the firm announced on Friday that it planned ...": the date sits before the reported clause's
            # subject, so it belongs to the verb of saying (the parser often hangs it lower); a date
            # inside the subject ("said the August rains would come late"), or after the clause's
            # "that" ("said that from Monday the shop would open late"), is the clause's own
            tok = tok.head
    marks = [c.i for c in tok.children if c.dep_ == "mark"]
    if marks and span.end <= min(marks):
        # a clause begins at its complementizer or subordinator ("that", "whether", "because"):
        # a date before it lies outside the clause ("warned on Thursday that strikes could
        # harm ties", which the parser may hang from the inner verb); its own verb is unknown
        return None
    if imperative(tok):
        return True  # an imperative asks for what is still to come: "call me on Friday"
    aux = auxiliaries(tok)
    if tok.tag_ == "VBG" and not aux and tok.dep_ != "ROOT" and tok.head.pos_ in ("VERB", "AUX") \
            and tok.head.i != tok.i:
        # a present participle without "be" has no tense of its own ("was found on Sunday
        # clinging to a tube", which the parser may hang the date from): its head verb's
        return _verb_future(tensed(tok.head), span, historic)
    if "could" in aux and negated(tok) and (tok.dep_ not in ("ccomp", "xcomp") or _in_quotation(tok)):
        # "could not" outside reported speech is the past of "cannot" (Quirk et al. 1985, 4.60:
        # past ability is written with "could" mostly in negative clauses): "divers could not
        # reach the wreck on Sunday" tells what happened, and so does a speaker's own "we could
        # not reach the wreck on Sunday" in quotation marks, which the parser hangs from "said"
        # as its complement (direct speech keeps the speaker's tenses: no backshift). Reported
        # ("said the road could not reopen before June") it stays a prediction
        return False
    if aux & FUTURE_AUX and not aux & PERFECT:  # not "would have won on Tuesday"
        return True
    # (a plan told in the past perfect says nothing of the planned day: _past_perfect_plan)
    if "to" in aux and not _past_perfect_plan(tok) and (_plans(tok) or tok.dep_ in ("acl", "ROOT") or "be" in aux and not aux & PERFECT
                        or not aux & PERFECT and not historic and _present_governor(tok)):
        # "is due to be published on Friday", "expects to cut rates in March", and an
        # infinitive that says what a thing is for: "an agreement to buy the bank in January";
        # and a passive infinitive, which is still to happen: "rules to be published in May";
        # an infinitive that governs nothing is a headline's future ("Mayor to quit on Friday");
        # and one under a present-tense clause (see _present_governor)
        return True
    if tok.tag_ == "VBN" and tok.dep_ in ("acl", "advcl") and not aux and span[0].head.lower_ in ("from", "starting") \
            and span[0].head.head.i == tok.i and not _closed_after(span):
        # "fund inhalers for children seen in rural surgeries from January": "from" opens a
        # stretch that goes on, which a participle's finished act cannot start; the parser hung
        # the date from the participle (as a noun's modifier or a clause of its own), but it
        # bounds the clause the participle belongs to
        verb = clause_verb_of_noun(tok.head) if tok.dep_ == "acl" else tok.head
        if verb is not None and verb.pos_ in ("VERB", "AUX") and verb.i != tok.i:
            return _verb_future(tensed(verb), span, historic)
    lead = _stands_for(span.root)
    if tok.tag_ == "VBN" and tok.dep_ == "acl" and not aux and lead.head.lower_ == "by" \
            and lead.head.head.i == tok.i and future_clause_of_noun(tok.head):
        # "cars registered by May 31 would be allowed in": "by" a date sets a deadline, and one
        # that a rule still to apply sets has not passed; the date may be a part of a month
        # standing where the month would ("season tickets renewed by early March"). Not
        # "before", which after a participle as often dates what was done earlier ("would refund
        # tickets bought before March"). Otherwise a past participle after a noun keeps its
        # anterior reading ("will discuss a report published on Monday")
        return True
    if tok.tag_ == "VBN" and not aux and _wanted_done(tok):
        # "wants all schools connected by September", "expects the bridge finished in June": a
        # participle that completes the object of a verb of wanting or planning (Quirk et al.
        # 1985, 16.52: the complex-transitive -ed complement) is a state still to be brought about
        return True
    if _present_perfect_dated(tok, span, aux) or _reduced_relative_ahead(tok, span, aux) or _backshifted(tok, aux) \
            or _reported_plan(tok, aux) or _reported_option(tok, aux):
        return True
    if aux & PAST_AUX or tok.tag_ in ("VBD", "VBN") and not aux & PRESENT_PASSIVE:
        return False
    if tok.tag_ == "VBP" and not aux and tok.lower_ in _PAST_AS_BASE and _singular_subject(tok):
        return False  # "weakness hurt the index on Friday": a present would agree ("hurts")
    if tok.tag_ in ("VBZ", "VBP", "VBG", "VBN") and historic:
        # a headline's or a caption's present tells what happened as often as what is
        # scheduled ("Rebels seize town on Sunday", "Fare caps start in October"): no tense
        return None
    if tok.tag_ == "VBN":
        return True  # "the deal is expected in December", "talks are scheduled for Monday"
    if tok.tag_ in ("VBZ", "VBP") and tok.lemma_ == "be" and not _scheduled_subject(tok):
        # a present copula states what holds now ("Inflation in December is the highest in a
        # decade"), not a plan, unless its subject is an event ("the vote is on Friday")
        return None
    if tok.tag_ in ("VBZ", "VBP", "VBG"):
        return True  # "the council meets on Thursday", "is meeting on Friday"
    return None


def _past_perfect_plan(infinitive) -> bool:
    """Whether a 'to'-infinitive is what a plan told in the past perfect was for ("the offer had
    been due to lapse on Friday", "the crew had planned to land in May"): the past perfect sets
    the plan before a past time of the story, from which the planned day may lie before or after
    the day of writing, and such a plan is mostly told because it no longer holds (the offer
    was extended). Reported, the past perfect is the backshifted present perfect ("said the firm
    had agreed to resume talks on Thursday": "has agreed"), a plan still standing: not here."""
    head = _plan_word(infinitive)  # the plan word, as _plans finds it, and the verb it completes
    if head is None:
        return False
    verb = head if head.pos_ in ("VERB", "AUX") else head.head
    aux = auxiliaries(verb) if verb.pos_ in ("VERB", "AUX") else set()
    return "had" in aux and not _reported(verb)


def _in_quotation(tok) -> bool:
    """Whether the token stands between a pair of quotation marks (quotes.marks), read once per Doc."""
    doc = tok.doc
    opens = doc.user_data.get(_QUOTE_PAIRS)
    if opens is None:
        pairs = pair_quote_marks(doc_text(doc))
        opens = doc.user_data[_QUOTE_PAIRS] = ([p.open for p in pairs], [p.close for p in pairs])
    k = bisect.bisect_right(opens[0], tok.idx) - 1
    return k >= 0 and tok.idx < opens[1][k]


#: The Doc's quotation marks as (opening offsets, closing offsets), kept in Doc.user_data.
_QUOTE_PAIRS = "claimtrack_date_tense_quote_pairs"


#: Subordinators of a clause whose act comes with or after the main clause's ("once the kiln was
#: installed", "until the port reopened"); not "after" (its act comes first, and may be past).
_TIME_MARKS = frozenset({"once", "when", "until", "till", "before", "if", "unless"})
#: Modals that backshift a future or a possibility into reported speech (will, may, shall).
_BACKSHIFT_MODALS = frozenset({"would", "might", "should"})
#: "between now and ..." right before the date, or before the part of it the date names.
_NOW_AND = re.compile(r"\bbetween\s+now\s+and\s+(?:the\s+)?(?:(?:end|start|beginning|middle)\s+of\s+(?:the\s+)?|early\s+|mid-?\s*|late\s+)?$",
                      re.IGNORECASE)


def _backshifted(tok, aux: set) -> bool:
    """Whether a past form is the backshifted present of a clause of time or condition in reported
    speech ("said the plant would run at full speed once a kiln was installed by the end of May"):
    after a past verb of saying the past stands for the present the speaker used (Quirk et al.
    1985, 14.31-14.33, backshift), and a clause of time under the reported "would" tells what is
    still to come, as under "will" (the kiln "is installed"). Only in a clause the past verb
    reports; not under a perfect ("would have run once it was installed": a past that did not
    happen), nor in a clause of "after", whose act came first."""
    if not (tok.tag_ == "VBD" or tok.tag_ == "VBN" and aux & {"was", "were"}) or aux & {"had", "have", "has"}:
        return False
    if tok.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ in _TIME_MARKS for c in tok.children):
        return False
    modal = tok.head
    governing = auxiliaries(tensed(modal)) if modal.pos_ in ("VERB", "AUX") else set()
    if not governing & _BACKSHIFT_MODALS or governing & PERFECT:
        return False
    return _reported(modal)


def _reported(verb) -> bool:
    """Whether `verb`'s clause (or the one it is coordinated with) is what a past verb reports."""
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    return verb.dep_ == "ccomp" and verb.head.tag_ in ("VBD", "VBN")


#: Words of scheduling and expecting whose past passive or past "be" complement, reported, is the
#: backshifted present of a plan ("said the results were due in May": "are due"); not the
#: directive verbs of PLAN_VERBS ("was told on Wednesday" reports the telling).
_PLANNED = frozenset({"schedule", "scheduled", "expect", "expected", "slate", "slated", "set", "plan", "planned",
                      "intend", "intended", "due", "likely", "poised"})


def _reported_plan(tok, aux: set) -> bool:
    """Whether a reported past states a plan or an expectation ("the agency said the results were
    expected in October", "said the vote was scheduled for May", "said the report was due in
    June"): backshifted from "are expected", "is scheduled", "is due" (Quirk et al. 1985,
    14.31), it looks ahead. Not a past perfect ("had been due")."""
    if not _reported(tok) or aux & {"had", "have", "has"}:
        return False
    if tok.tag_ == "VBN" and aux & {"was", "were"}:
        return tok.lemma_.lower() in _PLANNED or tok.lower_ in _PLANNED
    return tok.lemma_ == "be" and tok.tag_ == "VBD" and any(
        c.dep_ == "acomp" and c.lower_ in _PLANNED for c in tok.children)


#: The option verbs of deliberating (data/dates.json option_verbs from WordNet 3.0 contemplate.v.02
#: 'consider as a possibility' and consider.v.05 'think about carefully; weigh'): what they take is a
#: possibility by the verb's sense ("was debating a pause in the levy for June").
_DELIBERATING = frozenset({"contemplate", "entertain", "consider", "debate", "deliberate", "moot"})


def _reported_option(tok, aux: set) -> bool:
    """Whether a reported past progressive weighs or readies an option ("the board said it was
    weighing a second levy in March", "said they were preparing a ballot on Friday"): after a
    past verb of saying the past progressive is the backshifted present progressive (Quirk et al.
    1985, 14.31), an act still going on when the words were said, so a date it governs cannot
    be the time of the weighing, long past; it is the time of the option weighed, which is still
    to come (data/dates.json option_verbs). A verb of deliberating (`_DELIBERATING`) has a
    possibility for its object whatever the noun; the others (weigh, prepare, plan...) only when
    their object names a course of action, an act, an event, a communication or a sum by its first
    WordNet sense (`parsers.lexicon.names_matter`: "a levy", "a ballot"): "said the fisherman was
    weighing his catch on Sunday", "said the family was preparing dinner" tell a past act going
    on. Not a past perfect ("said it had been weighing a levy in March")."""
    if tok.tag_ != "VBG" or not aux & {"was", "were"} or aux & (PERFECT | {"had"}):
        return False
    if tok.lemma_.lower() not in OPTION_VERBS:
        return False
    objects = [c for c in tok.children if c.dep_ == "dobj"]
    if tok.lemma_.lower() not in _DELIBERATING and not (objects and all(names_matter(o.text) for o in objects)):
        return False
    return _reported(tok)


def _present_perfect_dated(tok, span, aux: set) -> bool:
    """Whether a present perfect governs the date as its adverbial: the present perfect takes no
    adverbial of a definite past time (Quirk et al. 1985, 4.22: "*I have seen him yesterday"),
    so the date is the time of what the act is about."""
    return tok.tag_ == "VBN" and not aux & {"had", "was", "were", "to"} and any(
        c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ in ("VBZ", "VBP") for c in tok.children) \
        and _adverbial_of(span.root, tok)


def _reduced_relative_ahead(tok, span, aux: set) -> bool:
    """Whether a past participle after a noun (the tagger may call it a past), with no auxiliary
    of its own, stands under a future or modal clause: no finite past but a reduced relative
    clause, what it dates is still to come there ("bills posted in August will carry the new
    rate"). Set off by a comma it describes a thing already there ("the plant, opened in
    October, will employ 300"); under another tense it keeps its anterior reading, and so does
    a weekday under any ("will discuss a report published on Monday": the latest Monday)."""
    if aux or not (tok.tag_ == "VBN" or tok.tag_ == "VBD" and tok.dep_ == "acl") or tok.dep_ not in ("acl", "amod", "csubj") \
            or any(t.lower_ in WEEKDAYS for t in span) or tok.i > 0 and tok.doc[tok.i - 1].text == ",":
        return False
    # the parser hangs the participle from its noun, or makes it a clausal subject of the verb
    verb = tok.head if tok.dep_ == "csubj" else clause_verb_of_noun(tok.head)
    if verb is None or verb.i == tok.i or verb.pos_ not in ("VERB", "AUX"):
        return False
    governing = auxiliaries(tensed(verb))
    return bool(governing & FUTURE_AUX) and not governing & PERFECT


def _closed_after(span) -> bool:
    """Whether "to", "until", "till" or "through" follows the date, closing the stretch "from" it
    opened ("shares bought from Aug. 26 to Oct. 20"): a finished stretch, which a participle's
    act may fill."""
    doc = span.doc
    return span.end < len(doc) and doc[span.end].lower_ in ("to", "until", "till", "through", "-", "–")


def _adverbial_of(root, verb) -> bool:
    """Whether the date is a time adverbial of `verb` through "in", "on" or "for" ("in the middle
    of June": through the noun of a part of the period)."""
    while root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.pos_ == "NOUN":
        root = root.head.head
    return root.dep_ == "pobj" and root.head.lower_ in ("in", "on", "for") and root.head.head.i == verb.i


#: Verbs whose past tense is spelled as their base form (the regular pattern's exceptions listed
#: in every English grammar, e.g. Quirk et al. 1985, 3.16 "Class 7" irregular verbs): the tagger
#: may read such a past as a present (VBP).
_PAST_AS_BASE = frozenset({"bet", "bid", "broadcast", "burst", "cast", "cost", "cut", "fit", "forecast", "hit",
                           "hurt", "let", "put", "quit", "rid", "set", "shed", "shut", "slit", "split", "spread",
                           "thrust", "upset"})


def _singular_subject(verb) -> bool:
    """Whether the verb's subject is one singular noun ("the index", "Weakness"), with which a
    present tense verb takes -s: a bare form after it is a past."""
    subj = [c for c in verb.children if c.dep_ == "nsubj"]
    return len(subj) == 1 and subj[0].tag_ in ("NN", "NNP") and not any(c.dep_ == "conj" for c in subj[0].children)


#: Dependencies by which a non-finite verb hangs from the clause whose tense it is read against.
_NONFINITE_DEPS = frozenset({"xcomp", "advcl", "conj", "ccomp", "acl", "relcl"})


def _present_governor(verb) -> bool:
    """Whether a to-infinitive's nearest finite verb is in the present tense (or has a future
    auxiliary). An infinitive has no tense of its own: what it names is unrealised at the time
    of the clause it hangs from, simultaneous or later (Stowell 1982, "The tense of
    infinitives"), so under a present or future clause it lies ahead: "the council wants the
    museum's roof to be mended and the hall to reopen on Friday". Under a past clause it may
    lie behind ("she went there to meet him on Monday", "he was the first to land on Monday"):
    no answer. The climb passes through other non-finite verbs and the nouns an infinitive
    hangs from (the parser often hangs a coordinated infinitive from the nearest noun or
    infinitive rather than the finite verb), at most five heads."""
    tok = verb
    for _ in range(5):
        if tok.head.i == tok.i:
            return False
        if tok.pos_ in ("VERB", "AUX") and tok.dep_ not in _NONFINITE_DEPS:
            return False  # a subject or object clause, a parenthetical: not governed by a tense
        tok = tok.head
        if tok.pos_ not in ("VERB", "AUX"):
            if tok.pos_ not in ("NOUN", "PROPN", "PRON", "NUM"):
                return False
            continue  # the noun an infinitive or its coordinated subject hangs from: climb on
        aux = {c.lower_ for c in tok.children if c.dep_ in ("aux", "auxpass")}
        if tok.tag_ in ("VB", "VBG") and not (aux - {"to"}):
            continue  # another non-finite verb: climb on
        if aux & FUTURE_AUX and not aux & PERFECT:
            return True
        return tok.tag_ in ("VBZ", "VBP") and not aux & PAST_AUX
    return False


def _scheduled_subject(verb) -> bool:
    """The verb's subject is an event that can be scheduled (data/dates.json schedule_nouns),
    or its complement says the subject is planned ("is due in two weeks", "is set for May")."""
    return any(c.dep_ in ("nsubj", "nsubjpass") and _schedule(c)
               or c.dep_ in ("acomp", "attr", "oprd") and c.lower_ in PLAN_VERBS for c in verb.children)


_SENTENCE_END = re.compile(r"[.!?][\"”’')]*[ \t]*$")


def _historical_present(text: str):
    """Whether the line at a character offset is a headline or a photo caption, where news
    writes the present tense of what happened ("Rebels seize town on Sunday"; "Photo: Voters
    queue outside a polling station on Monday"): the historical present of headlines and
    captions (AP Stylebook, "captions"; Mårdh 1980, Headlinese), beside the present of what is
    scheduled ("Fare caps start in October"), so their present says nothing of the time. The
    headline is the text's first non-blank line when it has no closing stop; a caption is a line
    that starts with a caption label. A future form keeps its reading ("Minister to quit on
    Friday", "will")."""
    first = next((m for m in re.finditer(r"[^\n]+", text) if m.group(0).strip()), None)
    headline = (first.start(), first.end()) if first and not _SENTENCE_END.search(first.group(0)) else None

    def test(start: int) -> bool:
        if headline and headline[0] <= start < headline[1]:
            return True
        lo = text.rfind("\n", 0, start) + 1
        return bool(CAPTION_LABEL.match(text, lo))

    return test


def _verb_plans_thing(verb_tok, described) -> bool:
    """Whether the verb governing a weekday-dated thing ("a statement on Monday") plans that thing:
    the thing must be what the verb acts on, and the verb a present plan or an imperative
    ("engineers plan a fresh test on Friday"), not "will pay a premium to Tuesday's price"."""
    if described.head.i != verb_tok.i or described.dep_ not in ("dobj", "nsubjpass"):
        return False  # the thing is not what the verb acts on
    verb = tensed(verb_tok)
    aux = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    planned = (verb.lemma_.lower() in PLAN_VERBS and verb.tag_ in ("VBZ", "VBP", "VB", "VBG")
               and not aux & PAST_AUX)
    return bool(planned or imperative(verb))


def _stretch_of_a_superlative(span) -> bool:
    """Whether "in N years" closes a phrase ranked by an ordinal or a superlative ("the first
    strike in 20 years", "for the second time in three months", "the highest level in a
    decade"): the stretch of time the ranking covers, before now, whatever the verb's tense.
    Words back from "in" to the nearest verb or clause mark are read: an ordinal (the parse's
    ORDINAL entity, or "last"/"next") or a superlative (JJS/RBS) among them makes it a stretch."""
    first = span[0]
    if first.lower_ != "in" or len(span) < 2 or not (span[1].like_num or span[1].lower_ in ("a", "an")):
        return False
    doc = first.doc
    i = first.i - 1
    while i >= first.sent.start:
        t = doc[i]
        if t.pos_ in ("VERB", "AUX") or t.is_punct and t.text not in ("-", "'", "’"):
            return False
        if t.tag_ in ("JJS", "RBS") or t.ent_type_ == "ORDINAL" or t.lower_ in ("last", "next") and t.dep_ == "amod":
            return True
        i -= 1
    return False
