"""A wire dateline without a year takes the year of the run's dated articles (ingest/run_dates.py).

Texts are invented: a wire story leaves the year to the feed's metadata ("OSLO, May 3 (Agency) -");
saved without it, the day is read in the year that puts it nearest a publication date another
article of the same run states.
"""

from __future__ import annotations

import datetime as dt

from claimtrack.ingest import Document, read_documents
from claimtrack.ingest.run_dates import with_run_years
from claimtrack.models import Skipped
from claimtrack.parsers.published import yearless_dateline_day

WIRE = "Fishing quota cut by a fifth\n\nOSLO, May 3 (Nordic Wire) - Norway cut its cod quota on Tuesday.\n"
DATED = "THE FJORD POST\nSaturday 2 May 2026\n\nQuota talks end in a cut\n\nThe ministry cut the quota.\n"


def _doc(name, text, published=None, source=None):
    return Document(name=name, text=text, published=published, published_source=source)


def test_the_dateline_day_is_read_without_a_year():
    assert yearless_dateline_day(WIRE) == (5, 3, "May 3")
    # a weekday alone names no day of the calendar; a dateline with its year is no year-less one
    assert yearless_dateline_day("ROME, Tuesday (Agency) - Talks ended.") is None
    assert yearless_dateline_day("ROME, May 3, 2026 (Agency) - Talks ended.") is None
    assert yearless_dateline_day("Talks in Rome ended on May 3 without a deal.") is None


def test_a_yearless_dateline_takes_the_year_of_the_runs_dated_article():
    docs = list(with_run_years([_doc("a.txt", WIRE), _doc("b.txt", DATED, "2026-05-02", "dateline")]))
    assert [d.name for d in docs] == ["a.txt", "b.txt"]  # input order kept
    assert (docs[0].published, docs[0].published_source) == ("2026-05-03", "dateline")
    assert any("gives no year" in w and "2026" in w for w in docs[0].warnings)
    assert docs[1].published == "2026-05-02"


def test_the_nearest_year_wins_across_a_new_year():
    wire = WIRE.replace("May 3", "Dec 30")
    (doc, _) = with_run_years([_doc("a.txt", wire), _doc("b.txt", DATED, "2027-01-04", "metadata")])
    assert doc.published == "2026-12-30"


def test_a_run_without_a_dated_article_reads_the_day_on_or_before_the_day_it_is_read():
    # the last resort: a dateline is never after the day the text is read
    (doc,) = with_run_years([_doc("a.txt", WIRE)], today=dt.date(2026, 12, 5))
    assert (doc.published, doc.published_source) == ("2026-05-03", "dateline")
    assert any("no article of the run states a date" in w and "2026-12-05" in w for w in doc.warnings)
    # a day later in the year than the reading is last year's
    (doc,) = with_run_years([_doc("a.txt", WIRE.replace("May 3", "Dec 30"))], today=dt.date(2026, 12, 5))
    assert doc.published == "2025-12-30"
    # the day itself is no later than the day of reading
    (doc,) = with_run_years([_doc("a.txt", WIRE.replace("May 3", "Dec 5"))], today=dt.date(2026, 12, 5))
    assert doc.published == "2026-12-05"
    # 29 February: the last leap year's
    (doc,) = with_run_years([_doc("a.txt", WIRE.replace("May 3", "Feb 29"))], today=dt.date(2026, 12, 5))
    assert doc.published == "2024-02-29"


def test_without_a_given_day_the_clock_dates_the_reading():
    (doc,) = with_run_years([_doc("a.txt", WIRE)])
    assert doc.published is not None and dt.date.fromisoformat(doc.published) <= dt.date.today()


def test_a_masthead_in_another_language_is_left_to_date_the_page():
    # the dates component reads "Samedi 2 mai 2026" as the publication date (pipeline/date_header.py)
    text = "LE COURRIER DU NORD\nSamedi 2 mai 2026\n\nOSLO, May 3 (Nordic Wire) - Norway cut its cod quota.\n"
    (doc,) = with_run_years([_doc("a.txt", text)], today=dt.date(2026, 12, 5))
    assert doc.published is None and not doc.warnings


def test_the_runs_stated_date_wins_over_the_day_of_reading():
    items = [_doc("a.txt", WIRE.replace("May 3", "Dec 30")), _doc("b.txt", DATED, "2027-01-04", "metadata")]
    (doc, _) = with_run_years(items, today=dt.date(2027, 6, 1))
    assert doc.published == "2026-12-30"


def test_the_day_is_read_in_the_year_of_the_nearest_dated_article():
    wire = WIRE.replace("May 3", "Aug 20")
    items = [_doc("b.txt", DATED, "2025-03-01", "metadata"), _doc("a.txt", wire), _doc("c.txt", DATED, "2026-09-01", "metadata")]
    assert [d.published for d in with_run_years(items)] == ["2025-03-01", "2026-08-20", "2026-09-01"]


def test_skips_and_documents_keep_their_order_while_a_dateline_waits():
    skip = Skipped(path="c.bin", reason="not text")
    items = list(with_run_years([_doc("a.txt", WIRE), skip, _doc("b.txt", DATED, "2026-05-02", "metadata")]))
    assert [getattr(i, "name", None) or i.path for i in items] == ["a.txt", "c.bin", "b.txt"]


def test_a_date_the_document_states_is_never_replaced(tmp_path):
    (tmp_path / "a.txt").write_text(WIRE, encoding="utf-8")
    (tmp_path / "b.txt").write_text(DATED, encoding="utf-8")
    # --published (the option) dates every document: nothing is left year-less
    docs = list(with_run_years(read_documents([tmp_path], published="2026-04-30")))
    assert [(d.published, d.published_source) for d in docs] == [("2026-04-30", "option")] * 2
    docs = list(with_run_years(read_documents([tmp_path])))
    assert [d.published for d in docs] == ["2026-05-03", "2026-05-02"]
