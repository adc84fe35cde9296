"""People who speak but are not named: each a PERSON actor, listed by the words the article uses.

News quotes and reports sources it does not name: "a dock worker who declined to be identified said",
"said one resident of the harbour district", "three clerks at the treasury said the list was
late", "according to a person briefed on the talks". Such a speaker is one of "the people ...
that act or speak in the article" (data/gold/FORMAT.md), so it is an actor, though a quotation
keeps `speaker` null (no one the article names) and the words in `speaker_mention`. Two ways in:
the speaker of a quotation the speaker step left unnamed, and the subject of a speech verb
of attribution ("say", "tell": AP style's verbs for a source) or the object of "according to",
outside quotation marks. The actor's name
is the words without the determiner ("dock worker"), its aliases the noun phrase as the article
writes it: with its determiner ("a dock worker"), to the first comma ("a nurse at the clinic"),
and whole ("a nurse at the clinic, who would not give her name").

Only an indefinite phrase introduces someone new: an article ("a", "an"), "one", "another" or a
number. A definite one ("the engineer said") takes up someone met before, usually named, that
the speaker step could not resolve; a bare plural ("officials said") is the voice of a body as
often as a few people: neither makes an actor. Nor does a spokesperson (data/speech_nouns.txt
`proxy`, not `unnamed`): the voice of a body, which is the speaker. The head must be a noun for a person
(quotes.persons.person_nouns: WordNet's commonest sense a person, "official", "resident",
"firefighter"; or "person"/"people"; or "source", which WordNet also files as an informant).

Such an actor's id is its name's with the document's own mark ("dock-worker-3fa2b1c0": the first
eight hex digits of the SHA-256 of the document's text, as its record's `sha256` starts): an
unnamed person belongs to one article, so "a ministry official" of one paper and "a ministry
official" of another stay two actors over a run and in a ledger, where ids are what join records.

Such an actor has no `mentions`: those are the places where a name stands (`doc._.ct_actor_spans`),
and an unnamed source has no name. Nor are its words an actor reference (`ct_actor_refs`): claims,
frames and `diff` would take two papers' "an official" for one person. They read exactly what
they read before; the words are in the aliases and in the quote's `speaker_span`.
"""

from __future__ import annotations

import hashlib
from functools import lru_cache
from typing import Iterator, Optional

from spacy.attrs import POS
from spacy.parts_of_speech import NOUN
from spacy.tokens import Doc, Span, Token

from ...actorids.names import actor_id
from ...tables import load_json
from ..extensions import doc_text
from .persons import person_nouns

#: Determiners (and number words) that make a noun phrase introduce someone new.
_INDEFINITE = frozenset({"a", "an", "one", "another", "two", "three", "four", "several"})
#: The verbs that attribute reported speech to a source (AP style: "said", "told").
ATTRIBUTION_VERBS = frozenset({"say", "tell"})
#: Nouns for people that WordNet files apart from a kind of person ("people" is a group noun).
_PEOPLE = frozenset({"person", "people"})


def unnamed_speakers(doc: Doc, quotes: list[dict], voices: frozenset, taken: set[str]) -> list[dict]:
    """Actor records (the fields of models.Actor) for the unnamed people who speak: the speakers
    of `quotes` (plain quote dicts) and the subjects of the attribution verbs outside them, one
    per name, leaving out an id already in `taken` and the `voices` of a body (spokesperson)."""
    found: dict[str, dict] = {}
    mark: Optional[str] = None
    for head in _speakers(doc, quotes, ATTRIBUTION_VERBS):
        if not _unnamed(head) or head.lemma_.lower() in voices:
            continue
        short, middle, full = _phrases(doc, head)
        name = _name(short)
        mark = mark or document_mark(doc)
        aid = f"{actor_id(name)}-{mark}"
        if aid in taken:
            continue
        actor = found.setdefault(aid, {"id": aid, "name": name, "type": "PERSON", "aliases": [],
                                       "titles": [], "mentions": []})
        for alias in (short.text, middle.text, full.text):
            if alias not in actor["aliases"]:
                actor["aliases"].append(alias)
    return list(found.values())


def document_mark(doc: Doc) -> str:
    """The first eight hex digits of the SHA-256 of the document's text (UTF-8), as
    `DocumentInfo.sha256` begins: what makes an unnamed person's id the document's own."""
    return hashlib.sha256(doc_text(doc).encode("utf-8", "surrogatepass")).hexdigest()[:8]


def _speakers(doc: Doc, quotes: list[dict], speech: frozenset) -> Iterator[Token]:
    """The head nouns of unnamed quotation speakers, then every subject of a speech verb and
    object of "according to" outside quotation marks, in text order."""
    for q in quotes:
        span = q.get("speaker_span")
        if q.get("speaker") is None and span:
            head = _head(doc, span["start"], span["end"])
            if head is not None:
                yield head
    inside = sorted((q["start"], q["end"]) for q in quotes)
    # the nouns by the POS column: a Token is built for each noun only (iterating the Doc builds one per token)
    for i in (doc.to_array(POS) == NOUN).nonzero()[0].tolist() if len(doc) else ():
        tok = doc[i]
        if any(a <= tok.idx < b for a, b in inside):
            continue
        if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.lemma_.lower() in speech \
                or tok.dep_ == "pobj" and tok.head.lower_ == "to" and tok.head.i > 0 \
                and doc[tok.head.i - 1].lower_ == "according":
            yield tok


def _head(doc: Doc, start: int, end: int) -> Optional[Token]:
    span = doc.char_span(start, end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


@lru_cache(maxsize=1)
def _informants() -> frozenset:
    """Nouns with a sense that is WordNet's informant.n.01, "a person who supplies information"
    ("source": data/person_nouns.json `informants`), though their commonest sense is no person:
    the subject of an attribution verb ("a police source said") is that person."""
    return frozenset(load_json("person_nouns.json").get("informants", ()))


def _unnamed(head: Token) -> bool:
    """A common noun for a person, introduced by an indefinite determiner or a number; nothing
    in it names someone (no proper name of a person, no possessor, no name in apposition)."""
    if head.pos_ != "NOUN":
        return False
    lemma = head.lemma_.lower()
    if lemma not in person_nouns() and lemma not in _informants() and lemma not in _PEOPLE \
            and head.lower_ not in _PEOPLE:
        return False
    kids = [c for c in head.children if c.i < head.i]
    if any(c.dep_ == "poss" or c.ent_type_ == "PERSON" for c in kids):
        return False  # "the firm's engineer", "engineer Ana Roe"
    if any(c.dep_ == "appos" for c in head.children):
        return False  # "a nurse, Ana Roe,": named
    dets = [c for c in kids if c.dep_ in ("det", "nummod", "quantmod")]
    if head.tag_ in ("NNS", "NNPS") and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in dets):
        # "a step officials say was overdue": the article takes no plural, so it belongs to the
        # noun before a relative clause whose subject is the person noun (the parse joined them)
        return False
    return bool(dets) and all(c.lower_ in _INDEFINITE or c.like_num for c in dets)


def _name(short: Span) -> str:
    """"a dock worker" -> "dock worker", "two officials" -> "officials": the words after the
    determiners and numbers."""
    k = 0
    while k < len(short) - 1 and (short[k].lower_ in _INDEFINITE or short[k].like_num or short[k].is_punct):
        k += 1
    return short[k:].text


def _phrases(doc: Doc, head: Token) -> tuple[Span, Span, Span]:
    """(determiner to head: "a nurse"; to the first comma after it: "a nurse at the clinic";
    the whole phrase: "a nurse at the clinic, who would not give her name"), on the head's line,
    without a trailing comma."""
    start = head.left_edge.i
    line_end = doc.text.find("\n", head.idx)
    end = head.right_edge.i + 1
    while end > head.i + 1 and (doc[end - 1].is_punct or doc[end - 1].is_space
                               or 0 <= line_end < doc[end - 1].idx):
        end -= 1
    comma = next((t.i for t in doc[head.i + 1:end] if t.text == ","), end)
    return doc[start:head.i + 1], doc[start:comma], doc[start:end]
