"""One event's date stated twice in one report (compare.repeats.link_date_repeats): a headline and
the body, a photo caption and the body. Each statement lists the other (`also`), so a match on one
reports both; a day of the same value that dates another event is another fact and is not listed.
Invented sentences through the real extractor."""

from __future__ import annotations

import pytest

from claimtrack.compare import diff_pair
from claimtrack.compare.pair import prepare

from extracted import extracted_doc

pytestmark = pytest.mark.model

_PUBLISHED = "2031-05-06"
_A = ("Lorry drivers block Varna bypass on Sunday\n\nLorry drivers blocked the Varna bypass on Sunday, 4 May, to "
      "protest against the price of diesel. Ferries to Lunde ran late on Sunday, the port said.")


def _dates(text: str) -> dict:
    return {(m.start, m.text): m for m in prepare(extracted_doc(text, "a.txt", _PUBLISHED)).mentions if m.kind == "date"}


def test_a_headline_and_the_body_dating_one_event_list_each_other():
    dates = _dates(_A)
    head, body, ferries = (dates[k] for k in sorted(dates))
    assert [t for _, _, t in head.also] == ["Sunday, 4 May"] and [t for _, _, t in body.also] == ["Sunday"]
    # control: the ferries' day has the same value and dates another event
    assert ferries.also == () and all(s != ferries.start for s, _, _ in head.also + body.also)


def test_a_match_reports_every_statement_of_the_date():
    b = ("Drivers blocked the Varna bypass on Saturday, 3 May, to protest against the price of diesel, the "
         "hauliers' union said.")
    report = diff_pair(extracted_doc(_A, "a.txt", _PUBLISHED), extracted_doc(b, "b.txt", _PUBLISHED))
    spans = [{m.a.text, *(x.text for x in m.a.also)} for m in report.matches if m.kind == "date" and m.b.text == "Saturday, 3 May"]
    assert {"Sunday", "Sunday, 4 May"} in spans


def test_one_verb_done_on_one_day_by_two_things_told_apart_is_two_facts():
    # (REVIEW s35 on fdd8cf9d) two ferries sailing on one Monday: no restatement
    text = ("The Varden ferry sailed from Oslo on Monday with 300 passengers. A second ferry, the Kestrel, "
            "sailed from Bergen on Monday with 120 passengers.")
    assert all(m.also == () for m in _dates(text).values())
