"""Front matter is metadata and page furniture is not article text, in every input format.

Both are blanked (each character but line breaks becomes a space), so the offsets of everything
else are unchanged: they index the file (text formats) or the record's text exactly as before.
"""

from __future__ import annotations

import json

import pytest

from claimtrack.ingest import Document, document_from_bytes, read_documents

ARTICLE = (
    "Harbour workers in Gdansk walked out on Tuesday over pay, the union said.\n"
    "The strike involves about 1,400 workers, according to port officials.\n"
)

#: Furniture lines invented for the test, in the shapes news pages give them.
FURNITURE = [
    "4 min read",
    "12 Comments",
    "No comments",
    "> Read the article on the Baltic Courier website",
    "Read the full story at harbour-news.example",
    "Share this article",
    "Share on Facebook",
    "Facebook | Twitter | LinkedIn | Email",
    "Subscribe to our newsletter",
    "Sign up for the Morning Docks newsletter",
    "Follow us on Twitter and Instagram",
    "ADVERTISEMENT",
    "Listen to this article",
    "Photo 2 of 9",
    "Image 4/7",
    "1.2K shares",
    "Rating: 3.5/5",
    "★★★☆☆ 3.8 (2,417 reviews)",
]

#: Lines that look a little like furniture but are article text: they must stay.
KEPT = [
    "Share prices of the port operator fell 3% on Monday.",
    "Subscribers to the union's fund rose to 2,000 this year.",
    "12 comments were filed against the plan by residents.",
    "He said he would read the article on the ministry website later.",
    "The photo shows 2 of the 9 cranes.",
    "310 shares changed hands before noon on the Warsaw exchange.",
    "Inspectors rated 4 of the 5 docks unsafe.",
]


def _text_with_furniture() -> str:
    lines = [FURNITURE[0], ARTICLE.splitlines()[0], *FURNITURE[1:7], *KEPT, ARTICLE.splitlines()[1], *FURNITURE[7:]]
    return "\n".join(lines) + "\n"


def _only(items) -> Document:
    docs = [d for d in items if isinstance(d, Document)]
    assert len(docs) == 1, items
    return docs[0]


def _check(doc: Document, original: str) -> None:
    assert len(doc.text) == len(original)  # blanked, not removed: offsets are unchanged
    for a, b in zip(doc.text, original):
        assert a == b or (a == " " and b not in "\n")
    for line in FURNITURE:
        assert line not in doc.text
    for line in KEPT + ARTICLE.splitlines():
        assert original.index(line) == doc.text.index(line)  # kept, at the same offset


def test_furniture_lines_are_blanked_in_text_files(tmp_path):
    text = _text_with_furniture()
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    _check(_only(read_documents([tmp_path / "a.txt"])), text)


def test_furniture_lines_are_blanked_in_json_records_and_stdin(tmp_path):
    text = _text_with_furniture()
    (tmp_path / "feed.jsonl").write_text(json.dumps({"id": "x", "text": text}) + "\n", encoding="utf-8")
    _check(_only(read_documents([tmp_path / "feed.jsonl"])), text)
    (tmp_path / "one.json").write_text(json.dumps({"text": text}), encoding="utf-8")
    _check(_only(read_documents([tmp_path / "one.json"])), text)
    _check(document_from_bytes(text.encode("utf-8")), text)


def test_furniture_lines_are_dropped_from_html(tmp_path):
    paragraphs = "".join(f"<p>{line}</p>\n" for line in _text_with_furniture().splitlines())
    html = f"<html><head><title>Strike</title></head><body><article>{paragraphs}</article></body></html>"
    (tmp_path / "a.html").write_text(html, encoding="utf-8")
    doc = _only(read_documents([tmp_path / "a.html"]))
    for line in FURNITURE:
        assert line.lstrip("> ") not in doc.text, line
    for line in KEPT:
        assert line in doc.text


FRONT = (
    "---\n"
    "title: \"Dockers say 'we will not back down' as strike spreads\"\n"
    "date: 2024-11-05\n"
    "url: https://harbour-news.example/strike\n"
    "publisher: Baltic Courier\n"
    "tags: [strike, port]\n"
    "---\n"
)


def test_markdown_front_matter_is_metadata_not_text(tmp_path):
    (tmp_path / "a.md").write_text(FRONT + ARTICLE, encoding="utf-8")
    doc = _only(read_documents([tmp_path / "a.md"], published="2030-01-01"))
    assert doc.title == "Dockers say 'we will not back down' as strike spreads"
    assert doc.published == "2024-11-05" and doc.published_source == "metadata"  # over --published
    assert doc.url == "https://harbour-news.example/strike" and doc.source == "Baltic Courier"
    assert len(doc.text) == len(FRONT + ARTICLE)
    assert doc.text[: len(FRONT)].strip() == ""  # the block is blanked, line breaks kept
    assert doc.text[: len(FRONT)].count("\n") == FRONT.count("\n")
    assert doc.text[len(FRONT):] == ARTICLE


def test_toml_front_matter_and_text_that_only_looks_like_it(tmp_path):
    toml = '+++\ntitle = "Port strike"\ndate = "2024-11-05T08:00:00Z"\n+++\n'
    (tmp_path / "a.md").write_text(toml + ARTICLE, encoding="utf-8")
    doc = _only(read_documents([tmp_path / "a.md"]))
    assert doc.title == "Port strike" and doc.published == "2024-11-05"
    # a rule line in the middle of a text, or an unclosed block, is text
    body = ARTICLE + "---\ntitle: not metadata\n"
    (tmp_path / "b.md").write_text(body, encoding="utf-8")
    assert _only(read_documents([tmp_path / "b.md"])).text == body
    unclosed = "---\ntitle: x\n" + ARTICLE
    (tmp_path / "c.md").write_text(unclosed, encoding="utf-8")
    assert _only(read_documents([tmp_path / "c.md"])).text == unclosed


@pytest.mark.model
def test_front_matter_gives_no_quote_and_no_date_claim(tmp_path):
    from claimtrack import extract

    (tmp_path / "a.md").write_text(FRONT + ARTICLE, encoding="utf-8")
    out = extract(tmp_path / "a.md")
    assert out.documents[0].published == "2024-11-05" and out.documents[0].title.startswith("Dockers")
    assert all(c.start >= len(FRONT) for c in out.claims), [c.text for c in out.claims]
    assert not any(c.kind == "quote" for c in out.claims)
    text = (FRONT + ARTICLE)
    for c in out.claims:
        for q in c.quantities:
            assert text[q.start:q.end] == q.text  # offsets index the file


@pytest.mark.parametrize("row, kept, blanked", [
    # the furniture items of a page's metadata row go; the byline and the date stay
    ("By Tomas Greer | 5 min read | 2 March 2026", ["By Tomas Greer", "2 March 2026"], ["5 min read"]),
    ("Valley Herald · 14 Comments · Updated 9 June 2026", ["Valley Herald", "Updated 9 June 2026"], ["14 Comments"]),
    # a row with no furniture item is left whole
    ("Valley Herald | Published 9 June 2026 | By Ines Moura", ["Valley Herald", "By Ines Moura"], []),
])
def test_furniture_items_of_a_metadata_row_are_blanked(row, kept, blanked):
    from claimtrack.boilerplate import blank_furniture

    text = f"{row}\nThe ferry carried 212 passengers.\n"
    out = blank_furniture(text)
    assert len(out) == len(text)
    assert out.endswith("The ferry carried 212 passengers.\n")
    for item in kept:
        assert item in out
    for item in blanked:
        assert item not in out
