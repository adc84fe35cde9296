"""From a processed spaCy Doc to claim records: the only place spaCy objects become pydantic.

A claim is one sentence (or, for a quote, the sentences the quote and its attribution cover)
with every quantity, date, quote and actor mention inside it. Kinds, by precedence:
quote > quantity > date > statement. Every mention found lands in exactly one claim.
"""

from __future__ import annotations

import bisect
import hashlib
from typing import TYPE_CHECKING, Iterable, Optional

from .ingest import Document
from .models import (Actor, Claim, ClauseFrame, DateFrame, DateMention, DocumentInfo, DocumentResult, Quantity, QuantityFrame, Quote,
                     QuoteFrame, StatementFrame)

if TYPE_CHECKING:  # spaCy (and the pipeline) load only when a Doc is turned into records:
    from spacy.tokens import Doc  # claim_id and document_info serve cache hits without them

#: Sentences shorter than this many alphabetic tokens never become statement claims.
MIN_STATEMENT_WORDS = 5


def claim_id(doc_name: str, kind: str, start: int, end: int, anchor: int) -> str:
    """Deterministic, short and unique within a run: a hash of the document name and span."""
    key = f"{doc_name}\x00{kind}\x00{start}\x00{end}\x00{anchor}".encode("utf-8", "surrogatepass")
    return hashlib.blake2b(key, digest_size=8).hexdigest()


def sentence_bounds(doc: Doc) -> list[tuple[int, int]]:
    """Character spans of the doc's sentences, split further at line breaks and trimmed."""
    from .pipeline.extensions import doc_text

    text = doc_text(doc)
    bounds: list[tuple[int, int]] = []
    for sent in doc.sents:
        bounds.extend(_split_lines(text, sent.start_char, sent.end_char))
    return bounds


def _split_lines(text: str, start: int, end: int) -> Iterable[tuple[int, int]]:
    pos = start
    while pos < end:
        nl = text.find("\n", pos, end)
        stop = end if nl == -1 else nl
        s, e = pos, stop
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            yield (s, e)
        pos = stop + 1


#: DocumentInfo fields the model decides: the actors, and the publication date when the date
#: component reads the dateline again once the story's country is known (build_result). Every
#: other field comes from the Document; a cached entry stores and restores only these
#: (runner._from_cache).
NLP_DOCUMENT_FIELDS = ("actors", "published", "published_source")


def document_info(document: Document, actors: list, *, include_text: bool = False,
                  published: Optional[str] = None) -> DocumentInfo:
    """The DocumentInfo of a document: its metadata plus the actors the model found.
    `published`: the date the pipeline settled on when it read the dateline again (the date
    component, once the story's country is known), else the document's own."""
    return DocumentInfo(
        doc=document.name,
        sha256=document.sha256,
        title=document.title,
        url=document.url,
        source=document.source,
        published=published or document.published,
        published_source="dateline" if published and not document.published_source else document.published_source,
        encoding=document.encoding,
        format=document.format,
        chars=len(document.text),
        actors=actors,
        text=document.text if include_text else None,
    )


def build_result(document: Document, doc: Doc, *, include_text: bool = False) -> DocumentResult:
    """Assemble the DocumentResult for one processed document."""
    from .pipeline.extensions import ACTORS, PUBLISHED

    actors = [Actor.model_validate(a) for a in doc._.get(ACTORS) or []]
    # the date component may read the dateline again, or find a masthead date in the story's
    # own language where ingest found none (pipeline/dates.py): never over metadata or --published
    published = doc._.get(PUBLISHED) if document.published_source in ("dateline", None) else None
    info = document_info(document, actors, include_text=include_text, published=published)
    return DocumentResult(document=info, claims=build_claims(document.name, doc))


def build_claims(doc_name: str, doc: Doc) -> list[Claim]:
    from .pipeline.extensions import ACTOR_SPANS, DATES, QUANTITIES, QUOTES, doc_text

    text = doc_text(doc)
    columns = _Columns(doc, text)
    sents = _Sentences(sentence_bounds(doc))
    quantities = [Quantity.model_validate(q) for q in doc._.get(QUANTITIES) or []]
    dates = [DateMention.model_validate(d) for d in doc._.get(DATES) or []]
    quotes = [Quote.model_validate(q) for q in doc._.get(QUOTES) or []]
    quantities, dates, quotes, statement_frames = _with_frames(doc, quantities, dates, quotes)
    actor_points = sorted((s, e, aid) for s, e, aid in doc._.get(ACTOR_SPANS) or [])

    # 1. Quote claims: the sentences from the quote's (or its speaker's) start to its end.
    claims = _quote_claims(quotes, sents)
    # 2. One claim per remaining sentence with something checkable in it.
    owners = _QuoteOwners(claims[:], sents)
    q_by_sent, orphan_q = _file_mentions(quantities, "quantities", owners, sents)
    d_by_sent, orphan_d = _file_mentions(dates, "dates", owners, sents)
    for i, (s, e) in enumerate(sents.bounds):
        qs = q_by_sent.get(i, [])
        ds = d_by_sent.get(i, [])
        if qs or ds:
            # A mention may run past a sentence break the parser put inside it: widen the claim.
            e2 = max([e] + [m.end for m in qs + ds])
            s2 = min([s] + [m.start for m in qs + ds])
            kind = "quantity" if qs else "date"
            claims.append({"kind": kind, "start": s2, "end": e2, "quantities": qs, "dates": ds, "anchor": s2})
        elif not any(c["start"] <= s and e <= c["end"] for c in owners.near(s)) and _is_statement(doc, columns, s, e, actor_points):
            claims.append({"kind": "statement", "start": s, "end": e, "anchor": s})
    if orphan_q or orphan_d:  # no sentence split at all (empty parse): one claim for the lot
        kind = "quantity" if orphan_q else "date"
        ms = orphan_q + orphan_d
        s2, e2 = min(m.start for m in ms), max(m.end for m in ms)
        claims.append({"kind": kind, "start": s2, "end": e2, "quantities": orphan_q, "dates": orphan_d, "anchor": s2})
    return [_claim(doc_name, doc, text, columns, actor_points, statement_frames, c)
            for c in sorted(claims, key=lambda c: (c["start"], c["anchor"], c["end"]))]


class _Sentences:
    """A document's sentence bounds, and the sentence an offset falls in."""

    def __init__(self, bounds: list[tuple[int, int]]) -> None:
        self.bounds = bounds
        self.starts = [s for s, _ in bounds]

    def index(self, offset: int) -> int:
        return max(0, bisect.bisect_right(self.starts, offset) - 1)


def _quote_claims(quotes: list, sents: _Sentences) -> list[dict]:
    """One claim per quote: the sentences from the quote's (or its speaker's) start to its end."""
    claims: list[dict] = []
    for quote in sorted(quotes, key=lambda q: (q.start, q.end)):
        lo = quote.start
        hi = quote.end
        if quote.speaker_span is not None:
            lo = min(lo, quote.speaker_span.start)
            hi = max(hi, quote.speaker_span.end)
        if sents.bounds:
            lo, hi = sents.bounds[sents.index(lo)][0], sents.bounds[sents.index(max(lo, hi - 1))][1]
        start, end = min(lo, quote.start), max(hi, quote.end)
        claims.append({"kind": "quote", "start": start, "end": end, "quote": quote, "anchor": quote.start})
    return claims


class _QuoteOwners:
    """The quote claims, each filed under every sentence it overlaps: a claim holding a mention
    or a sentence overlaps the sentence where that starts, so only the claims filed there are
    tried (in their order), not every quote claim of the document for every mention."""

    def __init__(self, quote_claims: list[dict], sents: _Sentences) -> None:
        self.quote_claims = quote_claims
        self.sents = sents
        self.by_sent: dict[int, list[int]] = {}
        if sents.bounds:
            for k, c in enumerate(quote_claims):
                for i in range(sents.index(c["start"]), sents.index(c["end"]) + 1):
                    self.by_sent.setdefault(i, []).append(k)

    def near(self, offset: int) -> list[dict]:
        if not self.sents.bounds:
            return self.quote_claims
        return [self.quote_claims[k] for k in self.by_sent.get(self.sents.index(offset), ())]

    def owner(self, mention_start: int, mention_end: int) -> Optional[dict]:
        for c in self.near(mention_start):
            if c["start"] <= mention_start and mention_end <= c["end"]:
                return c
        return None


def _file_mentions(mentions: list, key: str, owners: _QuoteOwners, sents: _Sentences) -> tuple[dict[int, list], list]:
    """Each mention into the quote claim holding it (under `key`), else under its sentence; the
    mentions of a document with no sentence split at all are returned apart."""
    by_sent: dict[int, list] = {}
    orphans: list = []
    for m in mentions:
        c = owners.owner(m.start, m.end)
        if c is not None:
            c.setdefault(key, []).append(m)
        elif sents.bounds:
            by_sent.setdefault(sents.index(m.start), []).append(m)
        else:
            orphans.append(m)
    return by_sent, orphans


def _claim(doc_name: str, doc: Doc, text: str, columns, actor_points: list, statement_frames: list, c: dict) -> Claim:
    """The record of one claim: its actors (a quote's speaker among them), predicate and frame."""
    start, end = c["start"], c["end"]
    actors = _actors_in(actor_points, start, end)
    quote = c.get("quote")
    if quote is not None and quote.speaker_id and quote.speaker_id not in actors:
        actors.append(quote.speaker_id)
    predicate, negated = _predicate(doc, columns, start, end)
    frame = _statement_frame(statement_frames, start, end)
    return Claim(
        id=claim_id(doc_name, c["kind"], start, end, c["anchor"]),
        doc=doc_name,
        kind=c["kind"],
        start=start,
        end=end,
        text=text[start:end],
        actors=actors,
        quantities=sorted(c.get("quantities", []), key=lambda m: m.start),
        dates=sorted(c.get("dates", []), key=lambda m: m.start),
        quote=quote,
        predicate=predicate,
        negated=negated,
        frame=frame,
    )


def _with_frames(doc: Doc, quantities: list, dates: list, quotes: list):
    """The mentions with the frames of the frames component (pipeline/frames.py) attached, as
    copies (the component's records stay untouched), and the statement frames by sentence."""
    from .pipeline.frames import FRAMES

    raw = doc._.get(FRAMES) if doc.has_extension(FRAMES) else None
    if not raw:
        return quantities, dates, quotes, []
    by_key = {(f["kind"], f["start"], f["end"]): f["frame"] for f in raw}

    def attach(items, kind, model):
        out = []
        for m in items:
            f = by_key.get((kind, m.start, m.end))
            out.append(m.model_copy(update={"frame": model(**f)}) if f is not None else m)
        return out

    statements = sorted((f["start"], f["end"], f["frame"]) for f in raw if f["kind"] == "statement")
    clauses = sorted(((f["start"], f["end"], f["frame"]) for f in raw if f["kind"] == "clause"), key=lambda c: c[:2])
    return (attach(quantities, "quantity", QuantityFrame), attach(dates, "date", DateFrame),
            attach(quotes, "quote", QuoteFrame), (statements, clauses))


def _statement_frame(frames: tuple, start: int, end: int) -> Optional[StatementFrame]:
    """The frame of the sentence the claim starts in, with the frames of the clauses inside the
    claim (a claim with no verbal main clause still keeps its clauses)."""
    if not frames:
        return None
    statements, clauses = frames
    k = bisect.bisect_left(clauses, (start,))
    inside = []
    while k < len(clauses) and clauses[k][0] < end:
        s, e, f = clauses[k]
        inside.append(ClauseFrame(start=s, end=min(e, end), **f))  # a clause the claim cuts ends with it
        k += 1
    i = bisect.bisect_right(statements, (start, float("inf"))) - 1
    if i >= 0 and statements[i][0] <= start < statements[i][1]:
        return StatementFrame(**statements[i][2], clauses=inside)
    return StatementFrame(clauses=inside) if inside else None


def _actors_in(actor_points: list[tuple[int, int, str]], start: int, end: int) -> list[str]:
    seen: list[str] = []
    i = bisect.bisect_left(actor_points, (start, -1, ""))
    while i < len(actor_points) and actor_points[i][0] < end:
        s, e, aid = actor_points[i]
        if e <= end and aid not in seen:
            seen.append(aid)
        i += 1
    return seen


class _Columns:
    """The token attributes the claim builder tests, read once per Doc as plain lists.

    Iterating a Span builds a new Token object per token on every pass; the statement and
    predicate checks visit every sentence, so they read these columns instead.
    """

    def __init__(self, doc: Doc, text: str) -> None:
        from spacy.attrs import DEP, IS_ALPHA, POS
        from spacy.parts_of_speech import AUX, VERB

        self.text = text
        if not len(doc):
            self.alpha: list[int] = []
            self.verbal: list[bool] = []
            self.verbal_root: list[bool] = []
            return
        alpha, pos, dep = doc.to_array([IS_ALPHA, POS, DEP]).T  # tested column-wise, not row by row
        verbal = (pos == VERB) | (pos == AUX)
        self.alpha = alpha.tolist()
        self.verbal = verbal.tolist()
        self.verbal_root = (verbal & (dep == doc.vocab.strings["ROOT"])).tolist()


def _is_statement(doc: Doc, columns: _Columns, start: int, end: int, actor_points) -> bool:
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    a, b = span.start, span.end
    if sum(columns.alpha[a:b]) < MIN_STATEMENT_WORDS:
        return False
    if columns.text[span.start_char:span.end_char].rstrip().endswith("?"):
        return False
    return any(columns.verbal[a:b])


def _predicate(doc: Doc, columns: _Columns, start: int, end: int) -> tuple[Optional[str], bool]:
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None, False
    try:
        first = columns.verbal_root.index(True, span.start, span.end)
    except ValueError:
        return None, False
    root = doc[first]
    negated = any(c.dep_ == "neg" for c in root.children) or any(
        c.dep_ == "neg" for aux in root.children if aux.dep_ in ("aux", "auxpass") for c in aux.children
    )
    return root.lemma_.lower(), negated
