"""CSV for spreadsheets and databases: one row per mention, typed columns, no formula injection."""

from __future__ import annotations

import csv
import io

from claimtrack.export import CSV_COLUMNS, to_string
from claimtrack.models import Claim, DateMention, DocumentInfo, DocumentResult, Generator, Quantity, Quote

TEXT = (
    "=HYPERLINK(\"http://evil\") said -5 things. Allies pledged €800 billion and between 10,000 and "
    "30,000 troops on March 12. \"@all of us agree,\" the minister said."
)


def _result() -> DocumentResult:
    def span(s: str) -> tuple[int, int]:
        i = TEXT.index(s)
        return i, i + len(s)

    s1, e1 = span("Allies pledged €800 billion and between 10,000 and 30,000 troops on March 12.")
    money = Quantity(start=span("€800 billion")[0], end=span("€800 billion")[1], text="€800 billion",
                     value=8e11, currency="EUR", qualifier="approx")
    troops = Quantity(start=span("between 10,000 and 30,000 troops")[0], end=span("between 10,000 and 30,000 troops")[1],
                      text="between 10,000 and 30,000 troops", low=10000, high=30000, unit="troop")
    march = DateMention(start=span("March 12")[0], end=span("March 12")[1], text="March 12", iso=None)
    q_start, q_end = span("@all of us agree,")
    formula = "=HYPERLINK(\"http://evil\") said -5 things."
    claims = [
        Claim(id="c1", doc="=evil.txt", kind="statement", start=0, end=len(formula), text=formula, actors=["-x"]),
        Claim(id="c2", doc="=evil.txt", kind="quantity", start=s1, end=e1, text=TEXT[s1:e1],
              quantities=[money, troops], dates=[march]),
        Claim(id="c3", doc="=evil.txt", kind="quote", start=q_start - 1, end=len(TEXT), text=TEXT[q_start - 1:],
              quote=Quote(start=q_start, end=q_end, text=TEXT[q_start:q_end], speaker="+Minister", speaker_id="minister",
                          cue="said")),
    ]
    return DocumentResult(document=DocumentInfo(doc="=evil.txt", sha256="0" * 64, chars=len(TEXT)), claims=claims)


def _rows() -> list[dict]:
    out = to_string([_result()], "csv", Generator(version="test", model="none"))
    return list(csv.DictReader(io.StringIO(out)))


def test_one_row_per_mention_with_typed_columns():
    rows = _rows()
    assert list(rows[0]) == CSV_COLUMNS
    for col in ("doc", "claim_id", "claim_kind", "mention", "start", "end", "text", "value", "low", "high",
                "unit", "currency", "qualifier", "iso", "speaker", "speaker_id", "cue"):
        assert col in CSV_COLUMNS
    by_text = {r["text"]: r for r in rows}
    money = by_text["€800 billion"]
    assert money["mention"] == "quantity" and money["claim_id"] == "c2" and money["claim_kind"] == "quantity"
    assert money["value"] == "800000000000" and float(money["value"]) == 8e11  # a number, not "800,000,000,000 EUR"
    assert money["currency"] == "EUR" and money["qualifier"] == "approx" and money["unit"] == ""
    troops = by_text["between 10,000 and 30,000 troops"]
    assert troops["value"] == "" and troops["low"] == "10000" and troops["high"] == "30000" and troops["unit"] == "troop"
    date = by_text["March 12"]
    assert date["mention"] == "date" and date["iso"] == ""  # unresolved: empty, not "?March 12"
    assert int(date["start"]) == TEXT.index("March 12") and int(date["end"]) == TEXT.index("March 12") + 8
    # every mention has its own row; a claim without mentions still has one row (mention "claim")
    assert [r["mention"] for r in rows if r["claim_id"] == "c2"] == ["quantity", "quantity", "date"]
    assert [r["mention"] for r in rows if r["claim_id"] == "c1"] == ["claim"]
    quote = next(r for r in rows if r["mention"] == "quote")
    assert quote["cue"] == "said" and quote["speaker_id"] == "minister"


def test_cells_that_start_a_formula_are_neutralised_and_numbers_stay_numbers():
    rows = _rows()
    for row in rows:
        for col, cell in row.items():
            assert not cell[:1] in ("=", "+", "-", "@"), (col, cell)
    statement = next(r for r in rows if r["claim_id"] == "c1")
    assert statement["doc"] == "'=evil.txt" and statement["text"].startswith("'=HYPERLINK")
    assert statement["actors"] == "'-x"
    quote = next(r for r in rows if r["mention"] == "quote")
    assert quote["text"] == "'@all of us agree," and quote["speaker"] == "'+Minister"
    # a negative number is still written as a number
    neg = DocumentResult(
        document=DocumentInfo(doc="n.txt", sha256="1" * 64),
        claims=[Claim(id="n", doc="n.txt", kind="quantity", start=0, end=2, text="-5",
                      quantities=[Quantity(start=0, end=2, text="-5", value=-5.0)])])
    row = next(csv.DictReader(io.StringIO(to_string([neg], "csv", Generator(version="t", model="n")))))
    assert row["value"] == "-5" and row["text"] == "'-5"
