"""Hostile input in bounded time and memory (issue 14, items 8-9).

Each test counts what the guarded code does (bytes read, characters handed to the tokenizer or
the model, parser calls): timings belong in `make bench` (bench/hostile.py).
"""

from __future__ import annotations

import io
import re

import pytest

from claimtrack.ingest import decode as ingest_decode, read as ingest_read
from claimtrack.ingest import Document, Limits, document_from_bytes, read_documents, read_stream
from claimtrack.models import Skipped

SENTENCE = "The ministry said 26 nations pledged 4,000 troops on Thursday.\n"


class _Endless(io.RawIOBase):
    """A readable stream of `size` bytes that counts what was read from it."""

    def __init__(self, size: int, byte: bytes = b"a"):
        self.size, self.byte, self.read_bytes = size, byte, 0

    def readable(self) -> bool:
        return True

    def readinto(self, buf) -> int:
        n = min(len(buf), self.size - self.read_bytes)
        buf[:n] = self.byte * n
        self.read_bytes += n
        return n


# --------------------------------------------------------------------------- sizes before work


def test_stdin_is_read_only_up_to_the_limit():
    stream = _Endless(50_000_000)
    data = read_stream(stream, Limits(max_file_bytes=1_000_000, max_chars=2_000_000))
    assert len(data) == 1_000_001 and stream.read_bytes == 1_000_001
    item = document_from_bytes(data, limits=Limits(max_file_bytes=1_000_000, max_chars=2_000_000))
    assert isinstance(item, Skipped) and "over the 1 MB limit (--max-file-mb)" in item.reason


def test_stdin_is_read_only_up_to_what_max_chars_allows():
    stream = _Endless(50_000_000)
    limits = Limits(max_file_bytes=200_000_000, max_chars=10_000)
    data = read_stream(stream, limits)
    assert stream.read_bytes == len(data) == 4 * 10_000 + 4 + 1
    item = document_from_bytes(data, limits=limits)
    assert isinstance(item, Skipped) and "--max-chars" in item.reason


def test_cli_stdin_stops_reading_past_the_limit(tmp_path):
    import subprocess
    import sys

    out = tmp_path / "out.json"
    proc = subprocess.Popen([sys.executable, "-m", "claimtrack", "extract", "-", "--max-file-mb", "1",
                             "--no-cache", "-q", "-o", str(out)],
                            stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    written = 0
    chunk = b"word " * 13_107  # 64 kB
    try:
        while written < 30_000_000:  # a pipe takes only what its reader reads (plus its buffer)
            proc.stdin.write(chunk)
            written += len(chunk)
        proc.stdin.close()
    except (BrokenPipeError, OSError):
        pass
    err = proc.stderr.read().decode()
    assert proc.wait() == 2, err  # nothing could be read: nothing written
    assert written < 4_000_000, "the command read stdin far past the 1 MB limit"


def test_a_text_file_too_long_for_max_chars_is_not_read_or_decoded(tmp_path, monkeypatch):
    path = tmp_path / "big.txt"
    path.write_text(SENTENCE * 2_000, encoding="utf-8")  # ~128 kB, > 4 bytes x 10,000 characters
    calls = []
    monkeypatch.setattr(ingest_read, "decode_bytes", lambda data: calls.append(len(data)) or ("", None))
    items = list(read_documents([path], limits=Limits(max_chars=10_000)))
    assert calls == []
    assert isinstance(items[0], Skipped) and "--max-chars" in items[0].reason


def test_a_file_within_the_bytes_of_max_chars_is_still_read(tmp_path):
    path = tmp_path / "ok.txt"
    path.write_text("\u20ac" * 9_000 + "\n", encoding="utf-8")  # 27 kB, 9,001 characters
    items = list(read_documents([path], limits=Limits(max_chars=10_000)))
    assert isinstance(items[0], Document)


def test_html_too_big_for_max_chars_is_not_parsed(tmp_path, monkeypatch):
    import trafilatura

    path = tmp_path / "page.html"
    path.write_text("<html><body><article>" + "<p>" + SENTENCE + "</p>" * 1 + "<div></div>" * 10_000
                    + "</article></body></html>", encoding="utf-8")  # ~110 kB of markup
    parsed = []
    monkeypatch.setattr(trafilatura, "extract", lambda *a, **k: parsed.append(1))
    items = list(read_documents([path], limits=Limits(max_chars=10_000)))  # 5 x 10,000 bytes allowed
    assert parsed == []
    assert isinstance(items[0], Skipped) and "before parsing" in items[0].reason


def test_html_within_the_markup_allowance_is_parsed(tmp_path):
    path = tmp_path / "page.html"
    path.write_text("<html><body><article>" + "".join(f"<p>{SENTENCE}</p>" for _ in range(5))
                    + "</article></body></html>", encoding="utf-8")
    items = list(read_documents([path], limits=Limits(max_chars=1_000)))
    assert isinstance(items[0], Document)


def test_nul_bytes_are_not_decoded_as_utf16_first():
    # a sparse file or /dev/zero: every other byte is NUL, so it looks like UTF-16 at first sight
    assert ingest_decode._bomless_utf16(b"\x00" * 100_000) is None
    item = document_from_bytes(b"\x00" * 100_000)
    assert isinstance(item, Skipped) and "binary" in item.reason
    # real BOM-less UTF-16 is still read
    doc = document_from_bytes(SENTENCE.encode("utf-16-le"))
    assert isinstance(doc, Document) and doc.text == SENTENCE


# --------------------------------------------------------------------------- the tokenizer and the model


@pytest.fixture()
def spy_tokenizer(nlp, monkeypatch):
    """Records every text the model's tokenizer is given."""
    seen: list[str] = []
    real = nlp.tokenizer

    def tokenizer(text):
        seen.append(text)
        return real(text)

    monkeypatch.setattr(nlp, "tokenizer", tokenizer)
    return seen


def _longest_run(texts) -> int:
    return max((len(m.group(0)) for t in texts for m in re.finditer(r"\S+", t)), default=0)


@pytest.mark.parametrize("run", ["\u20ac=()!_\"'?", "\U0001F600\U0001F4B6\u2764\ufe0f"])
def test_long_whitespace_free_runs_never_reach_the_tokenizer(nlp, spy_tokenizer, run):
    from claimtrack.runner import process_documents
    from claimtrack.ingest import document_from_text
    from claimtrack.pipeline.windows import MAX_RUN

    text = "Prices rose. " + run * 2_000 + " " + SENTENCE + run * 50 + "x\n" + SENTENCE
    result = list(process_documents([document_from_text(text)], nlp))[0]
    assert 0 < _longest_run(spy_tokenizer) <= MAX_RUN
    assert result.claims, "the ordinary sentences are still extracted"
    for claim in result.claims:
        assert text[claim.start:claim.end] == claim.text
        for q in claim.quantities:
            assert text[q.start:q.end] == q.text
    assert any(q.value == 4000 for c in result.claims for q in c.quantities)


def test_make_doc_keeps_the_text_and_ordinary_tokens(nlp):
    from claimtrack.pipeline.windows import MAX_RUN, make_doc

    run = "=" * (3 * MAX_RUN + 7)
    text = "He said  " + run + "  then 5 left.\n" + run + " "
    doc = make_doc(nlp, text)
    assert doc.text == text
    assert max(len(t.text) for t in doc) == MAX_RUN
    ordinary = nlp.make_doc("then 5 left.\n")
    tail = [t.text for t in doc][-len(ordinary) - 4:]
    assert [t.text for t in ordinary] == [t for t in tail if t in {t.text for t in ordinary}][:len(ordinary)]


def test_windows_cover_the_text_and_cut_at_paragraphs():
    from claimtrack.pipeline.windows import windows

    paras = [("Paragraph %d says something. " % i) * 20 for i in range(40)]
    text = "\n\n".join(paras) + "\n"
    spans = windows(text, 3_000)
    assert spans[0][0] == 0 and spans[-1][1] == len(text)
    assert all(a == prev_b for (_, prev_b), (a, _) in zip(spans, spans[1:]))
    assert all(b - a <= 3_000 for a, b in spans)
    assert all(text[b - 2:b] == "\n\n" for _, b in spans[:-1])
    # no break in reach: white space, else anywhere
    assert all(b - a <= 100 for a, b in windows("x" * 1_000, 100))


def test_a_long_document_reaches_the_model_in_windows(nlp, spy_tokenizer, monkeypatch):
    from claimtrack.runner import process_documents
    from claimtrack.ingest import document_from_text
    from claimtrack.pipeline import windows

    monkeypatch.setattr(windows, "WINDOW_CHARS", 2_000)
    paras = ["Minister Anna Berg said %d,000 troops would leave on Thursday, officials confirmed." % i
             for i in range(1, 80)]
    text = "\n\n".join(paras) + "\n"
    result = list(process_documents([document_from_text(text)], nlp))[0]
    assert len(text) > 6_000
    assert spy_tokenizer and max(len(t) for t in spy_tokenizer) <= 2_000
    found = sorted(q.value for c in result.claims for q in c.quantities if q.unit == "troop")
    assert found == [i * 1000 for i in range(1, 80)]
    for claim in result.claims:
        assert text[claim.start:claim.end] == claim.text
    # actors are merged over the whole document, across windows
    bergs = [a for a in result.document.actors if "Berg" in a.name]
    assert len(bergs) == 1 and len(bergs[0].mentions) == 79


def test_a_document_below_the_window_size_takes_the_usual_path(nlp, monkeypatch):
    from claimtrack.ingest import document_from_text
    from claimtrack.pipeline import windows
    from claimtrack.runner import process_documents

    calls = []
    real = windows.model_doc
    monkeypatch.setattr(windows, "model_doc", lambda *a, **k: calls.append(1) or real(*a, **k))
    text = SENTENCE * 50
    assert len(text) < windows.WINDOW_CHARS
    plain = list(process_documents([document_from_text(text)], nlp))[0]
    assert calls == []
    # the windowed path gives the same records on it (one window: the same Doc)
    monkeypatch.setattr(windows, "needs_guard", lambda text: True)
    guarded = list(process_documents([document_from_text(text)], nlp))[0]
    assert calls == [1]
    assert guarded.model_dump() == plain.model_dump()


# --------------------------------------------------------------------------- linear time in our components


def steps(fn, *args) -> int:
    """Lines of Python executed by `fn(*args)` (every frame it opens): an operation count that
    does not depend on the machine's speed or load."""
    import sys

    count = 0

    def tracer(frame, event, arg):
        nonlocal count
        if event == "line":
            count += 1
        return tracer

    old = sys.gettrace()
    sys.settrace(tracer)
    try:
        fn(*args)
    finally:
        sys.settrace(old)
    return count


def growth(fn, make, n: int) -> float:
    """How much the work of `fn(make(n))` grows when n doubles (2.0: linear, 4.0: quadratic)."""
    fn(make(2))  # tables and caches loaded once, outside the count
    return steps(fn, make(2 * n)) / steps(fn, make(n))


def test_unit_fractions_take_linear_time():
    from claimtrack.parsers.numbers import find_expressions

    assert growth(find_expressions, lambda n: "a half " * n, 400) < 2.3
    found = find_expressions("more than a half and a quarter of an hour, then a half")
    assert [e.text for e in found] == [e.text for e in sorted(found, key=lambda e: e.start)]


def _model_only(nlp, text):
    from claimtrack.pipeline import COMPONENTS

    with nlp.select_pipes(disable=[c for c in COMPONENTS if c in nlp.pipe_names]):
        return nlp(text)


def test_title_search_before_a_name_is_bounded(nlp):
    actors = nlp.get_pipe("claimtrack_actors")
    docs = {n: _model_only(nlp, "President " * n + "Emmanuel Macron said 26 nations pledged.\n") for n in (2, 150, 300)}
    actors(docs[2])  # tables loaded outside the count
    assert steps(actors, docs[300]) / steps(actors, docs[150]) < 2.5
    # a title is still found before a name
    doc = actors(_model_only(nlp, "French President Emmanuel Macron said 26 nations pledged.\n"))
    found = [a for a in doc._.ct_actors if a["name"] == "Emmanuel Macron"]
    assert found and any("President" in t for t in found[0]["titles"])


def test_quote_mark_pairing_takes_linear_time():
    from claimtrack.pipeline.quotes.marks import pair_quote_marks

    line = "He said \u2018we are \u201cready\u201d now\u2019 and \u201cyes\u201d, they wrote. "
    assert growth(pair_quote_marks, lambda n: line * n, 200) < 2.3
    pairs = pair_quote_marks(line)
    assert [(line[p.open], line[p.close]) for p in pairs] == [("\u2018", "\u2019"), ("\u201c", "\u201d")]


def _dated_result(name: str, days: list[int]):
    from claimtrack.models import Claim, DateMention, DocumentInfo, DocumentResult

    claims, pos = [], 0
    for i, day in enumerate(days):
        month, dd = divmod(day, 28)
        date_text = f"{['January', 'March', 'May', 'July', 'September', 'November'][month % 6]} {dd + 1}"
        sent = f"The council met on {date_text}."
        d0 = pos + sent.index(date_text)
        iso = f"{2020 + month // 6}-{1 + 2 * (month % 6):02d}-{dd + 1:02d}"
        claims.append(Claim(id=f"{name}{i}", doc=name, kind="date", start=pos, end=pos + len(sent), text=sent,
                            dates=[DateMention(start=d0, end=d0 + len(date_text), text=date_text, iso=iso, grain="day")]))
        pos += len(sent) + 1
    return DocumentResult(document=DocumentInfo(doc=name, sha256="0" * 64, chars=pos), claims=claims)


def test_diff_meets_only_dates_that_can_match(monkeypatch):
    """Hundreds of dates in like sentences: alignment reads no values (issue 13), and keys that
    every date shares are not used for blocking, so the comparisons stay few."""
    from claimtrack.compare import blocking, diff_pair

    calls = []
    real = blocking.judge_dates
    monkeypatch.setattr(blocking, "judge_dates", lambda a, b, *r: calls.append((a.payload.iso, b.payload.iso)) or real(a, b, *r))
    n = 300
    report = diff_pair(_dated_result("a", list(range(n))), _dated_result("b", list(range(n))[::-1]))
    assert len(calls) <= 2 * n, "dates were compared with every date"
    assert not report.conflicts


def test_claims_are_assembled_in_linear_time(nlp):
    from claimtrack.records import build_claims

    article = "\u201cWe sent 5 troops,\u201d he said. They sent 7 jets on Monday. "
    docs = {n: nlp(article * n) for n in (2, 60, 120)}
    build_claims("x", docs[2])
    assert steps(build_claims, "x", docs[120]) / steps(build_claims, "x", docs[60]) < 2.3
    claims = build_claims("x", docs[2])
    kinds = [c.kind for c in claims]
    assert kinds.count("quote") == 2 and kinds.count("quantity") == 2
    assert all(q.value == 5 for c in claims if c.kind == "quote" for q in c.quantities)


def test_no_component_rebuilds_the_text_per_clause_or_mention(nlp):
    """spaCy's Doc.text re-joins every token on each read: read per clause or per mention, it
    made claim frames quadratic (a 40k-character article cost 3x, 2M characters hours). Every
    component reads the text through `extensions.doc_text`, once per Doc, however many clauses."""
    from spacy.tokens import Doc

    reads = []

    class CountingDoc(Doc):
        @property
        def text(self):
            reads.append(1)
            return super().text

    sentence = ("The minister said they refused to send 5 troops, and the army agreed to train 40 pilots "
                "on Monday, while officials who met in Paris denied that 12 jets were lost. ")
    counts = {}
    for n in (2, 20):
        base = nlp.make_doc(sentence * n)
        doc = CountingDoc(base.vocab, words=[t.text for t in base], spaces=[bool(t.whitespace_) for t in base])
        reads.clear()
        doc = nlp(doc)
        assert doc._.ct_frames, "claim frames ran"
        counts[n] = len(reads)
    assert counts[20] == counts[2] <= 2, counts


# --------------------------------------------------------------------------- windows and runs, fuzzed

from hypothesis import given  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from test_properties import ACTIVE, check_result, newsy  # noqa: E402  (tests/ is on sys.path)

long_runs = st.builds(lambda unit, n: (unit * (n // max(1, len(unit)) + 1))[:n],
                      st.text(alphabet=st.sampled_from('€=()!_"\'?“”‘’🙂x1.,-/'), min_size=1, max_size=6),
                      st.integers(min_value=251, max_value=700))
hostile_text = st.lists(st.one_of(newsy, long_runs, st.sampled_from(["\n\n", "\n", " ", ". "])), max_size=12).map("".join)


@pytest.mark.fuzz
@pytest.mark.model
@ACTIVE
@given(text=hostile_text)
def test_offsets_stay_exact_through_runs_and_windows(nlp, text):
    """Long runs kept from the tokenizer and a document cut into model windows (300 characters
    here): every span still indexes the text exactly, and nothing raises."""
    from unittest import mock

    from claimtrack.ingest import document_from_text
    from claimtrack.pipeline import windows
    from claimtrack.runner import process_documents

    with mock.patch.object(windows, "WINDOW_CHARS", 300):
        items = list(process_documents([document_from_text(text)], nlp, include_text=True))
    check_result(items[0].document.text, items[0])


def test_claim_frames_look_up_governing_dates(nlp):
    """Each figure finds the date its clause hangs from by a look-up, not a walk from every
    date of the document (quadratic in a long document)."""
    frames = nlp.get_pipe("claimtrack_frames")
    article = "On March 3 the ministry sent 5,000 troops. They left 2 bases in May. "
    docs = {n: nlp(article * n) for n in (2, 60, 120)}
    frames(docs[2])
    assert steps(frames, docs[120]) / steps(frames, docs[60]) < 2.3
