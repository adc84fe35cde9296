"""Property tests over the whole pipeline and over ingest, on arbitrary text and bytes.

For any text: no exception, every mention inside the text with `text[start:end] == mention.text`,
every mention inside its claim, ranges with low <= high, JSON-writable records, and the same
output on a second run. For any bytes: ingest returns a document or a skip reason, never raises.

Profiles: `make test` runs a small number of examples per test ("claimtrack-quick");
`make fuzz` sets HYPOTHESIS_PROFILE=fuzz and runs the tests marked `fuzz` with 10,000 each.
(The per-parser properties live in the parser owners' test files.)
"""

from __future__ import annotations

import json
import os

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimtrack import ingest
from claimtrack.extract import process_documents
from claimtrack.ingest import Document, InputError, document_from_bytes, document_from_text
from claimtrack.models import DocumentResult, Skipped

_SLOW_OK = [HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much]
settings.register_profile("claimtrack-quick", max_examples=60, deadline=None, suppress_health_check=_SLOW_OK)
settings.register_profile(
    "fuzz", max_examples=10_000, deadline=None, suppress_health_check=_SLOW_OK, print_blob=True
)
PROFILE = "fuzz" if os.environ.get("HYPOTHESIS_PROFILE") == "fuzz" else "claimtrack-quick"
if PROFILE == "fuzz":
    settings.load_profile("fuzz")
#: Settings for every test here: the active profile (decorator settings would override it).
ACTIVE = settings(settings.get_profile(PROFILE))

# ------------------------------------------------------------------ text that looks like news

FRAGMENTS = [
    # numbers, ranges, money, percentages, durations
    "26", "1,200", "4-2", "10,000–30,000", "between 10,000 and 30,000", "10,000 to 30,000", "$84.10",
    "€800 billion ($843 billion)", "£1.5bn", "EUR 5m", "twenty-six", "a dozen", "2.4%", "30-day",
    "more than", "nearly", "up to", "at least", "around", "million", "billion", "annually", "per day",
    "-", "–", "—", "0", "9" * 30, "1e308", "½", "٣", "Article 5", "No. 10", "1st", "3.5.1",
    # dates
    "March 11", "on Thursday", "last month", "2025-09-04", "Sept. 4, 2025", "the day the war ends",
    "in 1999", "31 February", "yesterday", "2025", "Q3",
    # quotes and speech
    '"', "“", "”", "‘", "’", "«", "»", "'", "said", "told reporters", "according to", "he said",
    "she added:", "declared", '"We will not retreat," she said.', "“Never” —",
    # actors
    "President Emmanuel Macron", "Macron", "Macron’s", "the U.S.", "United States", "Washington",
    "the United Nations", "NATO", "Kenya's health ministry", "Susan Nakhumicha", "the EU", "Paris",
    "Apple Inc.", "the Kremlin", "Mr.", "Dr.",
    # structure and noise
    ".", ",", ":", ";", "(", ")", "?", "!", "\n", "\n\n", "\r\n", "\t", " ", "  ", "\u00a0", "\u2028",
    "\u200b", "\ufeff", "\x00", "\x0c", "🙂", "👩🏽‍⚕️", "é", "e\u0301", "ﬁ", "İ", "ß", "中文", "العربية",
    "<p>", "&amp;", "http://example.com/a?b=1", "@user", "#tag",
]

words = st.one_of(
    st.sampled_from(FRAGMENTS),
    st.text(min_size=1, max_size=12),
    st.from_regex(r"[A-Z][a-z]{1,9}", fullmatch=True),
)
newsy = st.lists(st.tuples(words, st.sampled_from(["", " ", " ", " ", "\n"])), max_size=60).map(
    lambda parts: "".join(w + sep for w, sep in parts)
)
any_text = st.one_of(newsy, st.text(max_size=400), st.text(alphabet=st.sampled_from('"“”‘’«» .\n'), max_size=300))
published = st.one_of(st.none(), st.sampled_from(["2025-09-04", "2000-02-29", "1970-01-01"]))


def run_pipeline(nlp, text: str, pub) -> DocumentResult:
    items = list(process_documents([document_from_text(text, published=pub)], nlp, include_text=True))
    assert len(items) == 1
    result = items[0]
    assert isinstance(result, DocumentResult), result
    return result


def spans_of(result: DocumentResult):
    """Every span-like record in a result, with the claim it belongs to (None for actors)."""
    for actor in result.document.actors:
        for m in actor.mentions:
            yield m, None
    for claim in result.claims:
        yield claim, None
        for q in claim.quantities:
            yield q, claim
            if q.equivalent is not None:
                yield q.equivalent, None
        for d in claim.dates:
            yield d, claim
        if claim.quote is not None:
            yield claim.quote, claim
            if claim.quote.speaker_span is not None:
                yield claim.quote.speaker_span, None


def check_result(text: str, result: DocumentResult) -> None:
    # "no exception": process_documents catches what a component raises and keeps the document
    # without that component's mentions, so a raise shows only here, in the result's failures
    assert not result._failures, result._failures
    for span, claim in spans_of(result):
        assert 0 <= span.start <= span.end <= len(text), span
        assert text[span.start:span.end] == span.text, span
        if claim is not None:
            assert claim.start <= span.start and span.end <= claim.end, (span, claim)
    for claim in result.claims:
        assert claim.doc == result.document.doc
        for q in claim.quantities:
            if q.low is not None and q.high is not None:
                assert q.low <= q.high, q
    ids = [c.id for c in result.claims]
    assert len(ids) == len(set(ids))
    json.dumps(result.model_dump(mode="json"), ensure_ascii=False).encode("utf-8")


@pytest.mark.fuzz
@pytest.mark.model
@ACTIVE
@given(text=any_text, pub=published)
def test_pipeline_on_arbitrary_text(nlp, text, pub):
    result = run_pipeline(nlp, text, pub)
    check_result(text, result)
    again = run_pipeline(nlp, text, pub)
    assert again.model_dump(mode="json") == result.model_dump(mode="json")


@pytest.mark.fuzz
@pytest.mark.model
@ACTIVE
@given(parts=st.lists(any_text, min_size=2, max_size=4))
def test_documents_do_not_influence_each_other(nlp, parts):
    """Batched together or alone, each document gives the same records."""
    texts = [p for p in parts if p.strip()] or ["x"]
    docs = [document_from_text(t, name=f"d{i}") for i, t in enumerate(texts)]
    results = list(process_documents(docs, nlp))
    assert not [r._failures for r in results if r._failures]  # a component that raised (see check_result)
    together = [r.model_dump(mode="json") for r in results]
    alone = [
        next(iter(process_documents([document_from_text(t, name=f"d{i}")], nlp))).model_dump(mode="json")
        for i, t in enumerate(texts)
    ]
    assert together == alone


# ------------------------------------------------------------------ ingest on arbitrary bytes

SUFFIXES = [".txt", ".md", ".html", ".json", ".jsonl"]
json_like = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=30),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.sampled_from(["id", "text", "title", "published", "date", "url"]), inner, max_size=5),
    max_leaves=12,
)
raw_bytes = st.one_of(
    st.binary(max_size=600),
    any_text.map(lambda t: t.encode("utf-8")),
    any_text.map(lambda t: t.encode("utf-16")),
    any_text.map(lambda t: t.encode("cp1252", errors="ignore")),
    json_like.map(lambda v: json.dumps(v).encode()),
    st.lists(json_like.map(json.dumps), max_size=5).map(lambda ls: "\n".join(ls).encode()),
)


@pytest.mark.fuzz
@ACTIVE
@given(data=raw_bytes)
def test_decode_bytes_returns_text_or_a_one_line_reason(data):
    try:
        text, encoding = ingest.decode_bytes(data)
    except InputError as err:
        assert str(err) and "\n" not in str(err)
    else:
        assert isinstance(text, str)
        text.encode("utf-8")  # always writable
        if encoding is None:
            assert text == data.removeprefix(b"\xef\xbb\xbf").decode("utf-8")


@pytest.mark.fuzz
@ACTIVE
@given(data=raw_bytes, suffix=st.sampled_from(SUFFIXES))
def test_read_documents_never_raises(tmp_path_factory, data, suffix):
    folder = tmp_path_factory.mktemp("in")
    (folder / f"f{suffix}").write_bytes(data)
    items = list(ingest.read_documents([folder]))
    assert items
    for item in items:
        assert isinstance(item, (Document, Skipped))
        if isinstance(item, Skipped):
            assert item.reason and "\n" not in item.reason
        else:
            assert item.text.strip()
            item.text.encode("utf-8")
            assert item.name.startswith(f"f{suffix}")


@pytest.mark.fuzz
@ACTIVE
@given(data=raw_bytes)
def test_document_from_bytes_never_raises(data):
    item = document_from_bytes(data)
    assert isinstance(item, (Document, Skipped))
