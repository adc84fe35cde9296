"""Quotes compared by speaker and wording (rapidfuzz), with a word-level difference.

Speakers are compared by actor id first, else by name with titles, ranks and honorifics
dropped ("Brig. Gen. Jane Doe" is "Jane Doe"), accents folded, and "J. Doe" or "Doe" meeting
"Jane Doe", one family name of several or the name less its last one meeting the whole ("Garcia"
or "Ana Garcia" for "Ana Garcia Lopez"). A speaker that is missing, or only described ("an army spokesman"), is unknown:
never a different speaker. Two quotes are one utterance when their words overlap substantially
(`same_utterance`), whoever the speakers are: one fact per utterance. The same words under two
different speakers are an `other-speaker` conflict only when both speakers are resolved names
and the quotes are near-identical, one is a part of the other, they hold one sentence (or one
long clause) in nearly the same words (`shared_sentence`), each long enough not to be a stock
phrase, or they retell one utterance keeping most of its content words (`_retold`); with a missing or
described speaker the pair is `unresolved` (related, never a conflict).

A quote by one speaker in two wordings (the quotes clearly aligned: close token-set similarity)
is judged on meaning, with the word-level difference in the reason:

* `agree`/`paraphrased` when the meaning is preserved: the same polarity (the count of negations,
  no/not/never/nobody/nothing/none/n't..., has the same parity on both sides), no number and no
  name replaced by another, and enough content words shared (`_kept`: most of them, or two and
  ONE_UTTERANCE of the shorter quote's: "does not pay a single bill" and "pays nothing");
* `conflict`/`reworded` (CONTRACT.md: a reworded quote is a conflict) when the wording changes
  the meaning: a negation flips ("will accept" vs "will not accept"), a number or a named actor
  is replaced, or a word by its WordNet antonym ("we will win this war" vs "we will lose this war");
* `related`/`reworded` when only the content words drift (fewer than ONE_UTTERANCE shared, a
  WordNet synonym or kind counting as shared), or when two wordings aligned by a few content
  words alone (fewer than SAME_CONTENT) differ in a negation, a figure, a name or an antonym:
  reporters transcribe and translate one utterance in their own words, so a same-speaker
  rewording is never a conflict by its words alone.
"""

from __future__ import annotations

import difflib
import re
from bisect import bisect_left
from functools import lru_cache
from typing import Optional

from rapidfuzz import fuzz

from ..models import Claim, DocumentResult, Quote
from .candidates import Candidate
from .context import context_of, fold, key_terms, same_actor
from .mention import Mention
# the judgement of meaning, re-exported: callers and tests read it from here too
from .quote_meaning import (FEW_CONTENT, ONE_UTTERANCE, SAME_CONTENT, SAME_SPEAKER_TERMS, WINDOW_RATIO,  # noqa: F401
                            _content_met, _covered, _opposed, _present_negations, _scoped_negations, content_share,
                            meaning_change, negations, word_changes, words)

#: Same words: normalised similarity at or above this (0..100).
SAME_WORDS = 90
#: A part of the other quote: partial similarity at or above this, shorter side >= MIN_PART_WORDS.
PART_OF = 95
MIN_PART_WORDS = 3
#: Reworded: token-set similarity at or above this (below it, two different quotes).
REWORDED = 72
#: Word pairs this similar are spelling variants ("organisation"/"organization").
SPELLING = 85
#: The same words under two different speakers are a conflict only from this many words on
#: ("without delay" or "a clear message" may be said by anyone).
OTHER_SPEAKER_WORDS = 5

#: Words a speaker string may start with that are not part of the name (beside titles.txt).
_HONORIFICS = frozenset("mr mrs ms miss mx dr prof sir dame lord lady rev fr sr jr st".split())


@lru_cache(maxsize=1)
def _title_words() -> frozenset:
    """Every word of the person titles and ranks (claimtrack.titles: "brig", "gen", "minister"),
    with the honorifics above. A titles table that cannot be read raises (tables.TableError):
    comparing without it would quietly read titles as names."""
    from ..titles import title_table

    return title_table().words | _HONORIFICS


@lru_cache(maxsize=4096)
def name_words(speaker: str) -> tuple[str, ...]:
    """The words of a person's name: titles, ranks and honorifics before it dropped, accents folded.

    'Brig. Gen. Jane Doe' -> ('jane', 'doe'); 'Defence Minister John Roe' -> ('john', 'roe'); a
    name that is nothing but title words is kept as written.
    """
    ws = [w.strip(".") for w in words(speaker.replace(".", ". "))]
    ws = [w for w in ws if w]
    # The name follows the last title word that is not its final word ("Defence Minister X Y").
    from ..titles import title_table

    cut = title_table().name_start(ws, _HONORIFICS)
    return tuple(ws[cut:]) or tuple(ws)


def _is_name(speaker: str) -> bool:
    """A speaker written as a proper name (a capitalised word), not a description ("a spokesman")."""
    return any(w[:1].isupper() for w in speaker.split())


def same_speaker(a: Quote, b: Quote) -> Optional[bool]:
    """True/False when both speakers are known people or bodies, None when either is not.

    A description ("an army spokesman", "officials") could be anyone, so it is unknown too.
    """
    if a.speaker_id and b.speaker_id and a.speaker_id == b.speaker_id:
        return True
    sa, sb = (a.speaker or "").strip(), (b.speaker or "").strip()
    if sa and sb and fold(sa) == fold(sb):
        return True
    if not sa or not sb or not _is_name(sa) or not _is_name(sb):
        # A missing or merely described speaker, compared by id alone when both ids exist.
        return None
    full_a, full_b = tuple(words(sa)), tuple(words(sb))
    if _same_name(full_a, full_b):
        return True
    na, nb = name_words(sa), name_words(sb)
    # Words dropped before the name that are not titles ("Saudi", "Qatari") must not clash.
    titles = _title_words()
    qa = {w for w in full_a[: len(full_a) - len(na)] if w not in titles}
    qb = {w for w in full_b[: len(full_b) - len(nb)] if w not in titles}
    if not (qa and qb and not qa & qb) and _same_name(na, nb):
        return True
    # "UN envoy Jane Doe" and "Jane Doe": one name, with words before it.
    short, long_ = sorted((full_a, full_b), key=len)
    if len(short) >= 2 and long_[-len(short):] == short:
        return True
    return False


def _same_name(na: tuple, nb: tuple) -> bool:
    if not na or not nb:
        return False
    if na == nb or fuzz.ratio(" ".join(na), " ".join(nb)) >= 92:
        return True
    # "Merkel" and "Angela Merkel"; "J. Garcia" and "José García" (folded already).
    if na[-1] == nb[-1] and (len(na) == 1 or len(nb) == 1 or na[0][:1] == nb[0][:1]):
        return True
    # One name word alone and a name of three words or more that holds it after the first: a
    # family name among several ("Ortega" for "Lucia Ortega Ruiz", "Garcia" for "Ana Garcia
    # Lopez"): names of Arabic, Somali, Spanish or Portuguese form join a father's, a
    # grandfather's or two parents' names, and a report calls the person by one of them.
    # Two words or more that begin the longer name are the person without a last family name
    # ("Ana Garcia" for "Ana Garcia Lopez").
    short, long_ = sorted((na, nb), key=len)
    if len(short) >= 2 and long_[:len(short)] == short:
        return True
    return len(short) == 1 and len(long_) >= 3 and len(short[0]) > 2 and short[0] in long_[1:]


def word_diff(a: str, b: str, limit: int = 6) -> tuple[list[str], bool]:
    """Word-level changes from A to B ("-old +new"), and whether any is material (not spelling)."""
    wa, wb, changes = word_changes(a, b)
    out: list[str] = []
    material = False
    for op, i1, i2, j1, j2 in changes:
        old, new = " ".join(wa[i1:i2]), " ".join(wb[j1:j2])
        if op == "replace" and i2 - i1 == j2 - j1 and all(
            fuzz.ratio(x, y) >= SPELLING for x, y in zip(wa[i1:i2], wb[j1:j2])
        ):
            kind = "spelling"
        else:
            kind = "words"
            material = True
        if len(out) < limit:
            if op == "delete":
                out.append(f"-“{old}”")
            elif op == "insert":
                out.append(f"+“{new}”")
            else:
                out.append(f"“{old}” → “{new}”" + (" (spelling)" if kind == "spelling" else ""))
    return out, material


def speaker_resolved(q: Quote) -> bool:
    """The speaker is resolved to a name: the frame says so, else a speaker written as a name."""
    if q.frame is not None:
        return q.frame.resolved
    return bool(q.speaker) and _is_name(q.speaker.strip())


#: Attributions that name no one by themselves: a pronoun's speaker is the parser's guess at
#: whom it takes up ("..., he said"), too weak to say two sources disagree on who spoke.
_PRONOUNS = frozenset("he she they it we i you him her them".split())


def _named_in_text(q: Quote) -> bool:
    """The attribution writes the speaker's name (not a pronoun resolved to one)."""
    span = q.speaker_span
    return span is None or fold(span.text).strip() not in _PRONOUNS


def unsure_speakers(result: DocumentResult) -> frozenset:
    """The starts of the document's quotes whose speaker is not sure: a pronoun ("..., she said")
    resolved to neither of the two antecedents a reader takes it to: the last person the text
    names before it (outside the quote itself; the nearest suitable antecedent, Quirk et al. 1985,
    6.11-6.13) or the subject of the sentence before (the preferred centre of the next utterance:
    Grosz, Joshi & Weinstein 1995, centering). A pronoun given to someone else, across a newly
    named person who is no subject ("Ana Ruiz said ... At the market, Eva Lind, 61, sat by her
    stall. "...," she said"), is the parser's guess against the text's order. A written name, and
    a quote with no attribution at all, are left as they are."""
    claims = sorted(result.claims, key=lambda c: c.start)
    quoted = [(i, c.quote) for i, c in enumerate(claims) if c.quote is not None and c.quote.speaker_span is not None
              and c.quote.speaker_id and not _named_in_text(c.quote)]
    if not quoted:
        return frozenset()
    persons = sorted((span.start, actor.id) for actor in result.document.actors if actor.type == "PERSON"
                     for span in actor.mentions)
    out = set()
    for i, q in quoted:
        cut = q.speaker_span.start
        before = [who for at, who in persons if at < cut and not q.start <= at < q.end]
        if not before or before[-1] == q.speaker_id or _subject_before(claims, i, q.speaker_id):
            continue
        out.add(q.start)
    return frozenset(out)


def _subject_before(claims: list, i: int, speaker: str) -> bool:
    """The speaker is the subject of the sentence before the quote's (its frame's or a clause's)."""
    start = claims[i].start
    prev = next((c for c in reversed(claims[:i]) if c.end <= start and c.quote is None), None)
    f = prev.frame if prev is not None else None
    if f is None:
        return False
    return f.subject == speaker or any(c.subject == speaker for c in (getattr(f, "clauses", None) or ()))


def same_utterance(a: Quote, b: Quote) -> Optional[tuple[str, float]]:
    """('same-words' | 'part' | 'reworded', score) when two quotes are one utterance, else None.

    One utterance: nearly the same words, one quote a part of the other, or the two contents
    overlapping substantially (token-set similarity). The speakers play no part here."""
    ta, tb = " ".join(words(a.text)), " ".join(words(b.text))
    if not ta or not tb:
        return None
    ratio = fuzz.ratio(ta, tb)
    shorter = min(len(ta.split()), len(tb.split()))
    partial = fuzz.partial_ratio(ta, tb) if shorter >= MIN_PART_WORDS else 0.0
    if ratio >= SAME_WORDS:
        return "same-words", ratio / 100
    if partial >= PART_OF:
        return "part", partial / 100
    tset = fuzz.token_set_ratio(ta, tb)
    if tset >= REWORDED and shorter >= MIN_PART_WORDS:
        return "reworded", tset / 100
    return None


def same_speaker_content(a: Quote, b: Quote) -> Optional[tuple[str, float]]:
    """('reworded', share) when one resolved speaker says the same content words in both quotes
    ("a promise on paper does not heat one home" and "a promise on paper heats nobody"): reporters
    quote one utterance in their own transcriptions and translations, so the wording drifts
    while the content words stay. The words are counted as `content_share` counts them for the
    meaning (the overlap coefficient of content words, a WordNet synonym or direct kind counting
    as the same word: "lorries" for "trucks"), so that alignment and judgement read one measure.
    Never for unresolved speakers (anyone may say anything)."""
    if not (speaker_resolved(a) and speaker_resolved(b)) or same_speaker(a, b) is not True:
        return None
    met = _content_met(a.text, b.text)
    if met is None or met[0] < SAME_SPEAKER_TERMS:
        return None
    share = met[0] / met[1]
    return ("reworded", share) if share >= ONE_UTTERANCE else None


_SENTENCE = re.compile(r"[^.!?;]+")
#: A sentence that names nothing ("We are doing everything we can", "We will not give up on them":
#: no content word) is anyone's; one sentence is evidence of one utterance from two content words.
_SENTENCE_TERMS = 2


def shared_sentence(a: str, b: str) -> str:
    """A sentence of `a` that `b` holds in nearly the same words (SAME_WORDS: "The river was here
    before the road" / "The river was here long before the road"), at least OTHER_SPEAKER_WORDS
    words long and naming two things or more (content words), else ''. Reporters quote one utterance in parts: one takes its first sentence,
    another the first two, each transcribing a word or two differently; a sentence of that length
    in nearly the same words is one utterance, as the whole quote would be. A clause (up to a
    comma) counts as a sentence when it names three things or more (`_CLAUSE_TERMS`): one report
    quotes "The pier is the heart of the old town, and it must be saved", another "The pier is the
    heart of the old town, and the council has forgotten it"; the first clause is the utterance
    both heard, what follows it each reporter chose. A clause counts in nearly the same words only,
    not with a few words changed as a sentence may be."""
    for split, terms in ((_SENTENCE, _SENTENCE_TERMS), (_CLAUSE, _CLAUSE_TERMS)):
        sb = [" ".join(words(y)) for y in split.findall(b)]
        # a clause is one only in nearly the same words: the few words a sentence may change
        # (FEW_WORDS) are most of a clause, and two people of one story share an opening ("This
        # bridge is a lifeline for the valley and its farms" / "The bridge is a lifeline for the
        # valley, but it needs money": two utterances)
        changed = _few_words_changed if split is _SENTENCE else None
        for written in split.findall(a):
            x = " ".join(words(written))
            if len(x.split()) < OTHER_SPEAKER_WORDS or len(key_terms(written)) < terms:
                continue
            if any(len(y.split()) >= OTHER_SPEAKER_WORDS and (fuzz.ratio(x, y) >= SAME_WORDS or changed and changed(x, y))
                   for y in sb):
                return written.strip(" ,\"'\u201c\u201d")
    return ""


#: A clause: up to a comma, a semicolon or a stop.
_CLAUSE = re.compile(r"[^,.!?;]+")
#: A clause is evidence of one utterance from three content words (a sentence from two): a clause
#: is shorter, and two people of one story may share a short one ("a hard morning for all").
_CLAUSE_TERMS = 3
#: Two wordings under two speakers are one utterance told in other words when they share this many
#: content words and SAME_CONTENT of the smaller side's: more than one speaker's rewording needs
#: (SAME_SPEAKER_TERMS), because two people of one story share the story's words ("the buyers",
#: "the quality") when each says what they think of it.
OTHER_SPEAKER_TERMS = 3


def _retold(a: str, b: str) -> bool:
    """Two quotes aligned as one rewording (token-set similarity, `same_utterance`) that keep most
    of their content words as written, three or more (`OTHER_SPEAKER_TERMS`, `SAME_CONTENT`): "Two
    trains a day is bearable for a week, not for a winter" / "Two trains a day, you can bear that
    for a week, but not for a winter" are one utterance in two transcriptions, whoever each report
    says spoke it. A quotation gives the speaker's own words: two transcriptions of one utterance
    differ in its order, its small words and the forms of its words, not in a content word put
    for another of like sense ("the river carries the silt" / "this river moves silt"), which is
    how two people voice one idea; so words met only through WordNet (as `_content_met` also
    counts them) are no evidence here."""
    met = _content_met(a, b, as_written=True)
    return met is not None and met[0] >= OTHER_SPEAKER_TERMS and met[0] / met[1] >= SAME_CONTENT


#: "A few words changed": at most this many words of the two sentences together left out of their
#: common words in order (a word replaced counts on both sides: two replaced, or one inserted and
#: one replaced, or up to four inserted).
FEW_WORDS = 4


def _few_words_changed(x: str, y: str) -> bool:
    """Two sentences (words joined by spaces) that are one sentence with a few words changed: their
    common words in order (difflib's matching blocks) leave at most FEW_WORDS words of both out,
    keep OTHER_SPEAKER_WORDS words or more, two content words among them ("The orchard will never
    be the same again" / "The orchard will not be the same again"). Two people who happen to say alike things
    share a phrase, not a sentence with all but a word or two in its order."""
    wx, wy = x.split(), y.split()
    blocks = [m for m in difflib.SequenceMatcher(a=wx, b=wy, autojunk=False).get_matching_blocks() if m.size]
    kept = [w for m in blocks for w in wx[m.a:m.a + m.size]]
    return (len(wx) + len(wy) - 2 * len(kept) <= FEW_WORDS and len(kept) >= OTHER_SPEAKER_WORDS
            and len(key_terms(" ".join(kept))) >= _SENTENCE_TERMS)


def compare_quotes(a: Quote, b: Quote, sure: tuple = (True, True),
                   voice: Optional[bool] = None) -> Optional[tuple[str, str, str, float]]:
    """(status, relation, reason, score) for two quotes of one utterance, or None when they are
    different utterances.

    The same words under two different speakers conflict only when both speakers are resolved
    names, each sure (`sure`, A's and B's: see unsure_speakers); with a missing or merely
    described speaker the pair is `unresolved` (status related: shown, never a conflict).
    `voice` (see `speaks_for`): for a body on one side and a person on the other, True when the
    person speaks for the body (one speaker), False when the text does not say (unresolved)."""
    alike = same_utterance(a, b)
    how = alike or same_speaker_content(a, b) or _one_sentence(a, b)
    if how is None:
        return None
    # aligned by a few content words only: the rest is the reporters' own words (SAME_CONTENT)
    loose = alike is None and how[1] < SAME_CONTENT
    kind, score = how
    ta, tb = " ".join(words(a.text)), " ".join(words(b.text))
    sa, sb = a.speaker or "an unnamed speaker", b.speaker or "an unnamed speaker"
    changes, material = word_diff(a.text, b.text)
    diff = "; ".join(changes)
    resolved = speaker_resolved(a) and speaker_resolved(b)
    speaker = same_speaker(a, b) if resolved else None
    if speaker is False and voice is not None:
        speaker = True if voice else None
    if speaker is False:
        one_sentence = kind != "same-words" and shared_sentence(a.text, b.text)
        retold = kind == "reworded" and not one_sentence and _retold(a.text, b.text)
        if min(len(ta.split()), len(tb.split())) >= OTHER_SPEAKER_WORDS and all(sure) and (
                kind in ("same-words", "part") or one_sentence or retold):
            # the same words, or one side's words all inside the other's longer quote (a
            # reporter quotes the first sentence or two of an utterance), or one sentence (or a
            # long clause) of each in nearly the same words or with a few words changed, or one
            # utterance in two transcriptions (`_retold`): one utterance, two resolved speakers,
            # each sure (a name written, or a pronoun taking up the last person named before it)
            whose = ("the same words are" if kind == "same-words" else "the words of the shorter quote are"
                     if kind == "part" else "one utterance in other words is" if retold
                     else f"the sentence \u201c{one_sentence}\u201d is")
            return ("conflict", "other-speaker", f"{whose} attributed to {sa} in A and to {sb} in B", score)
        return ("related", "other-speaker", f"like words by {sa} in A and {sb} in B" + (f": {diff}" if diff else ""),
                score)
    if speaker is None:
        who = f"{sa} in A, {sb} in B"
        detail = "identical wording" if not changes else diff
        if voice is False:
            return ("related", "unresolved", f"one utterance, given to a body on one side and to a person the text does "
                    f"not tie to it on the other ({who}): {detail}", score)
        return ("related", "unresolved", f"one utterance, but the speaker is not resolved to a name ({who}): {detail}",
                score)
    if kind == "part":
        part = "A quotes part of B's quote" if len(ta) < len(tb) else "B quotes part of A's quote"
        shorter, longer = (a.text, b.text) if len(ta) < len(tb) else (b.text, a.text)
        # the negations of the part against those of the stretch of the whole it covers (the
        # rest of the whole may negate other things: "built without a permit. Tearing it down is
        # not a punishment" holds the part "Tearing it down is not a punishment")
        if negations(shorter) % 2 != negations(_covered(longer, shorter)) % 2 and negations(shorter) % 2 == 1:
            # The part itself negates what the whole says ("is not to reach" in "is to reach ...").
            return ("conflict", "reworded", f"{sa} quoted in different words that change the meaning, "
                    f"a negation flips: {diff}", score)
        return ("agree", "refines", f"quote by {sa}: {part}", score)
    if not material:
        detail = "identical wording" if not changes else "same words up to spelling: " + diff
        return ("agree", "equal", f"quote by {sa}: {detail}", score)
    why = meaning_change(a.text, b.text)
    if why and why.startswith(FEW_CONTENT):
        # one speaker's utterance in two transcriptions whose words drift: no negation flipped,
        # no figure, name or word replaced by its opposite, so nothing contradicts; but too few
        # words are common to call it the same statement either
        return ("related", "reworded", f"{sa} quoted in words too different to be read as one statement, {why}: "
                f"{diff}", score)
    if why and loose:
        # "We could not see the road" / "The road was invisible to us": two wordings that share a few
        # content words and little else may put a negation or an opposite anywhere
        return ("related", "reworded", f"{sa} quoted in words too far apart to read a change of meaning from, "
                f"{why}: {diff}", score)
    if why:
        return ("conflict", "reworded", f"{sa} quoted in different words that change the meaning, {why}: {diff}", score)
    if kind == "same-words":
        return ("agree", "equal", f"quote by {sa}: near-identical wording ({diff})", score)
    return ("agree", "paraphrased", f"{sa} quoted in different words with the same meaning: {diff}", score)


def _one_sentence(a: Quote, b: Quote) -> Optional[tuple[str, float]]:
    """('sentence', 0.9) when two quotes under two different resolved speakers hold one sentence
    in nearly the same words or with a few words changed (`shared_sentence`) although the whole
    quotes are not alike: a reporter quotes the first sentence of an utterance another quotes at
    length. Only the other-speaker judgement reads it (one speaker's quotes are aligned by their
    content words)."""
    if not (speaker_resolved(a) and speaker_resolved(b)) or same_speaker(a, b) is not False:
        return None
    return ("sentence", SAME_WORDS / 100) if shared_sentence(a.text, b.text) else None


#: Actor types that speak through people: an organisation, a state or its government, a people or
#: a party (models.ActorType).
_BODIES = frozenset({"ORG", "GPE", "NORP"})


def _body(m: Mention) -> bool:
    """The quote's speaker is an actor of a body's type (`_BODIES`) whose name holds a noun whose
    commonest WordNet sense names a group (noun.group: "federation", "council", "ministry",
    "union"): a body named as one. A person's name the model typed as an organisation or a place
    ("Fire Chief Ana Ruiz", a surname that is also a town's name) holds none, and keeps a person's
    judgement."""
    if m.speaker_type not in _BODIES:
        return False
    from ..wordnet_nouns import names_group

    return any(names_group(w) for w in words(m.payload.speaker or ""))


def speaks_for(a: Mention, b: Mention) -> Optional[bool]:
    """For two quotes given one to a body (`_BODIES`: "the growers' federation said") and the other
    to a person: True when the person's sentence names that body outside the quote (its actor, or
    a word of its name: "Ana Ruiz, the federation's treasurer, said"), so the person speaks as its
    officer; False when it does not (a body speaks through people, and the text does not say
    which); None for any other two speakers. A body's words are said by someone: a statement a
    body issues and the words of the officer who gave it are one utterance, not two speakers."""
    kinds = {"BODY" if _body(a) else a.speaker_type, "BODY" if _body(b) else b.speaker_type}
    if kinds != {"BODY", "PERSON"}:
        return None
    body, person = (a, b) if _body(a) else (b, a)
    claim, q = person.claim, person.payload
    lo, hi = max(0, q.start - claim.start), max(0, q.end - claim.start)
    outside = frozenset(key_terms(claim.text[:lo] + " " + claim.text[hi:])) - frozenset(key_terms(q.speaker or ""))
    return bool(frozenset(key_terms(body.payload.speaker or "")) & outside)


def judge_quotes(a: Mention, b: Mention) -> Optional[Candidate]:
    """One utterance in both (compare_quotes aligns on the words); the speakers decide the rest."""
    verdict = compare_quotes(a.payload, b.payload, (a.sure, b.sure), speaks_for(a, b))
    if verdict is None:
        return None
    status, relation, reason, score = verdict
    who = a.payload.speaker or b.payload.speaker
    return Candidate(a, b, status, relation, f"quote by {who}" if who else "quote", reason, score)

#: A quote restated without quotation marks: at least this many words, found in the other
#: document's sentence at this partial similarity (0..100), in a sentence naming the speaker.
RESTATED_WORDS = 5
RESTATED_MIN = 90


def _names_speaker(claim: Claim, qt, folded: Optional[str] = None) -> bool:
    """The claim names the quote's speaker: by actor id, or by the last word of the name
    (`folded`: the claim's text folded, when the caller has it)."""
    if qt.speaker_id and any(same_actor(qt.speaker_id, x) for x in claim.actors):
        return True
    name = name_words(qt.speaker or "")
    return bool(name) and len(name[-1]) > 2 and name[-1] in (folded if folded is not None else fold(claim.text))


class _Spans:
    """Character spans, asked whether any overlaps a given one (sorted starts, running max end)."""

    def __init__(self, spans: list[tuple[int, int]]):
        spans = sorted(spans)
        self.starts = [s for s, _ in spans]
        self.max_end, top = [], -1
        for _, e in spans:
            top = max(top, e)
            self.max_end.append(top)

    def overlaps(self, start: int, end: int) -> bool:
        k = bisect_left(self.starts, end)  # spans starting before `end`
        return k > 0 and self.max_end[k - 1] > start


def restated_quotes(ma: list[Mention], claims_b: list[Claim], swap: bool = False) -> list[Candidate]:
    """Statements: a quote of A whose words B states without quotation marks, attributed to the
    same speaker ("the agency called it 'a small step towards a fairer tariff'" and "the
    agency described it as a small step towards fairer tariffs"). `swap`: A and B exchanged."""
    out: list[Candidate] = []
    quoted_b = _Spans([(c.quote.start, c.quote.end) for c in claims_b if c.quote is not None])
    if not any(m.kind == "quote" for m in ma):
        return out
    terms_b = [frozenset(key_terms(c.text)) for c in claims_b]
    folded_b: dict[int, str] = {}
    postings: dict[str, list[int]] = {}  # key term -> B's claims holding it
    for i, tb in enumerate(terms_b):
        for t in tb:
            postings.setdefault(t, []).append(i)
    for m in ma:
        if m.kind != "quote":
            continue
        qt = m.payload
        quoted = " ".join(words(qt.text))
        if len(quoted.split()) < RESTATED_WORDS or not (qt.speaker or qt.speaker_id):
            continue
        terms = frozenset(key_terms(qt.text))
        need = min(3, len(terms))
        # A claim holding `need` of the quote's terms holds one of any len(terms) - need + 1 of
        # them: the rarest of those list every claim worth checking (exact, and near-linear).
        rare = sorted(terms, key=lambda t: len(postings.get(t, ())))[: len(terms) - need + 1]
        near = sorted({i for t in rare for i in postings.get(t, ())}) if terms else range(len(claims_b))
        for i in near:
            claim, tb = claims_b[i], terms_b[i]
            if len(terms & tb) < need:
                continue
            if i not in folded_b:
                folded_b[i] = fold(claim.text)
            if not _names_speaker(claim, qt, folded_b[i]):
                continue
            al = fuzz.partial_ratio_alignment(qt.text.lower(), claim.text.lower())
            if al is None or al.score < RESTATED_MIN:
                continue
            s, e = al.dest_start, al.dest_end
            # Widen to whole words.
            while s > 0 and claim.text[s - 1].isalnum():
                s -= 1
            while e < len(claim.text) and claim.text[e].isalnum():
                e += 1
            while e > s and not claim.text[e - 1].isalnum():
                e -= 1
            if quoted_b.overlaps(claim.start + s, claim.start + e):
                continue  # B quotes it too: compared as quotes
            text = claim.text[s:e]
            if not text.strip():
                continue
            other = Mention("statement", claim, claim.start + s, claim.start + e, text,
                            context_of(claim, claim.start + s, claim.start + e))
            mine = Mention("statement", m.claim, m.start, m.end, m.text, m.ctx, qt)
            who = qt.speaker or qt.speaker_id
            where = "B" if not swap else "A"
            a, b = (mine, other) if not swap else (other, mine)
            out.append(Candidate(a, b, "agree", "equal", f"statement by {who}",
                                 f"{where} states {who}'s quoted words without quotation marks "
                                 f"({int(al.score)}% alike)", al.score / 100))
    return out



