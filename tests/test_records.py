"""records.py: mentions grouped into claims, without the statistical model."""

from __future__ import annotations

import spacy

from claimtrack.ingest import Document
from claimtrack.models import DateMention, Quantity, Quote, Span
from claimtrack.pipeline import extensions as ext
from claimtrack.records import build_claims, build_result, sentence_bounds


def _doc(text: str):
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return nlp(text)


def _span(text: str, needle: str, start: int = 0) -> tuple[int, int]:
    i = text.index(needle, start)
    return i, i + len(needle)


def test_sentences_split_at_line_breaks_and_trimmed():
    text = "Headline Without Full Stop\nThe body starts here. It goes on.\n\n  Last line."
    doc = _doc(text)
    pieces = [text[s:e] for s, e in sentence_bounds(doc)]
    assert pieces == ["Headline Without Full Stop", "The body starts here.", "It goes on.", "Last line."]


def test_every_mention_lands_in_exactly_one_claim_with_kind_precedence():
    text = ('Officials said 26 nations signed on September 4, 2025. '
            'The vote is set for March 2026. '
            '“We are ready,” she said of the 3,000 troops.')
    doc = _doc(text)
    s, e = _span(text, "26 nations")
    q1 = Quantity(start=s, end=e, text=text[s:e], value=26, unit="nation")
    s, e = _span(text, "3,000 troops")
    q2 = Quantity(start=s, end=e, text=text[s:e], value=3000, unit="troop")
    s, e = _span(text, "September 4, 2025")
    d1 = DateMention(start=s, end=e, text=text[s:e], iso="2025-09-04", grain="day")
    s, e = _span(text, "March 2026")
    d2 = DateMention(start=s, end=e, text=text[s:e], iso="2026-03", grain="month")
    s, e = _span(text, "We are ready,")
    quote = Quote(start=s, end=e, text=text[s:e], speaker=None, cue="said")
    doc._.set(ext.QUANTITIES, [q1.model_dump(), q2.model_dump()])
    doc._.set(ext.DATES, [d1.model_dump(), d2.model_dump()])
    doc._.set(ext.QUOTES, [quote.model_dump()])
    doc._.set(ext.ACTOR_SPANS, [])
    claims = build_claims("a.txt", doc)
    assert [c.kind for c in claims] == ["quantity", "date", "quote"]
    first, second, third = claims
    assert [q.text for q in first.quantities] == ["26 nations"] and [d.iso for d in first.dates] == ["2025-09-04"]
    assert second.quantities == [] and [d.iso for d in second.dates] == ["2026-03"]
    assert third.quote == quote and [q.text for q in third.quantities] == ["3,000 troops"]
    for c in claims:
        assert text[c.start:c.end] == c.text
    assert len({c.id for c in claims}) == 3
    assert [c.id for c in build_claims("a.txt", doc)] == [c.id for c in claims]  # deterministic
    assert [c.id for c in build_claims("b.txt", doc)] != [c.id for c in claims]  # per document


def test_quote_claim_covers_the_attribution_on_a_previous_line():
    text = 'In his address, the minister declared:\n\n“We now have a plan. It awaits approval.”\n\nMore text follows here.'
    doc = _doc(text)
    s, e = _span(text, "We now have a plan. It awaits approval.")
    ss, se = _span(text, "the minister")
    quote = Quote(start=s, end=e, text=text[s:e], cue="declared", speaker_span=Span(start=ss, end=se, text=text[ss:se]))
    doc._.set(ext.QUOTES, [quote.model_dump()])
    claims = build_claims("a.txt", doc)
    assert len(claims) == 1
    assert claims[0].kind == "quote"
    assert claims[0].start <= ss and claims[0].end >= e
    assert "More text" not in claims[0].text


def test_build_result_carries_document_metadata():
    text = "A short text."
    doc = _doc(text)
    document = Document(name="x.txt", text=text, published="2025-01-02", published_source="option")
    result = build_result(document, doc, include_text=True)
    assert result.document.doc == "x.txt"
    assert result.document.published == "2025-01-02" and result.document.published_source == "option"
    assert result.document.text == text and result.document.chars == len(text)
    assert len(result.document.sha256) == 64
