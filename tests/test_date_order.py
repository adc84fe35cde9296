"""Which way round an all-number date is read: the document's own dates, then its country's CLDR
format (sentences invented here)."""

from __future__ import annotations

import pytest

from claimtrack.parsers.date_order import DAY_FIRST, MONTH_FIRST, pattern_order, country_order, text_order
from claimtrack.parsers.dates import find_dates
from claimtrack.parsers.published import find_dateline
from claimtrack.pipeline.extensions import COUNTRY, DATES, PUBLISHED, views


def _isos(text, **kw):
    return [(m.text, m.iso) for m in find_dates(text, **kw)]


@pytest.mark.parametrize(
    "pattern, expected",
    [("dd/MM/y", DAY_FIRST), ("M/d/yy", MONTH_FIRST), ("d.M.yy", DAY_FIRST), ("y-MM-dd", None),
     ("y/M/d", None), ("dd 'de' MM 'de' y", DAY_FIRST), ("", None), ("HH:mm", None)],
)
def test_cldr_patterns(pattern, expected):
    assert pattern_order(pattern) == expected


@pytest.mark.parametrize(
    "country, expected",
    [("KE", DAY_FIRST), ("Kenya", DAY_FIRST), ("United Kingdom", DAY_FIRST), ("Nigeria", DAY_FIRST),
     ("Brazil", DAY_FIRST), ("US", MONTH_FIRST), ("United States", MONTH_FIRST), ("Philippines", MONTH_FIRST),
     # CLDR's en_CA short format puts the year first; its "yMd" pattern (d/M/y) decides
     ("Canada", DAY_FIRST),
     ("Japan", None),  # both put the year first: no order for "04/07/2026"
     ("Atlantis", None), (None, None), ("", None)],
)
def test_country_order_from_cldr(country, expected):
    assert country_order(country) == expected


def test_no_evidence_keeps_month_first_and_says_so():
    assert _isos("The shelter reopens on 04/07/2026.") == [("04/07/2026", "2026-04-07")]
    assert [m.ambiguous for m in find_dates("The shelter reopens on 04/07/2026.")] == [True]


@pytest.mark.parametrize(
    "text, order",
    [
        ("The shelter reopens on 04/07/2026.", DAY_FIRST),  # the caller chose
        ("The shelter reopens on 04/07/2026.", MONTH_FIRST),
        ("Bids closed on 19/03/2026 and the shelter reopens on 04/07/2026.", None),  # the text chose
        ("The shelter reopens on 05/05/2026.", None),  # the same day both ways
        ("The shelter reopened on 23/04/2026.", None),  # only one way valid
    ],
)
def test_a_chosen_order_is_not_ambiguous(text, order):
    assert not any(m.ambiguous for m in find_dates(text, order=order))


def test_the_callers_order_decides_an_ambiguous_date():
    assert _isos("The shelter reopens on 04/07/2026.", order=DAY_FIRST) == [("04/07/2026", "2026-07-04")]
    assert _isos("The shelter reopens on 04/07/2026.", order=MONTH_FIRST) == [("04/07/2026", "2026-04-07")]


def test_an_unambiguous_date_of_the_same_text_beats_the_callers_order():
    text = "Bids closed on 19/03/2026 and the shelter reopens on 04/07/2026."
    assert _isos(text, order=MONTH_FIRST) == [("19/03/2026", "2026-03-19"), ("04/07/2026", "2026-07-04")]
    text = "Bids closed on 03/19/2026 and the shelter reopens on 04/07/2026."
    assert _isos(text, order=DAY_FIRST) == [("03/19/2026", "2026-03-19"), ("04/07/2026", "2026-04-07")]


def test_an_impossible_reading_is_never_taken():
    # 31 cannot be a month whatever the order says
    assert _isos("The permit expired on 31/01/2026.", order=MONTH_FIRST) == [("31/01/2026", "2026-01-31")]
    assert _isos("The permit expired on 01/31/2026.", order=DAY_FIRST) == [("01/31/2026", "2026-01-31")]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The ferry sailed on 2 March 2026; the next leaves 05/06/2026.", DAY_FIRST),
        ("The ferry sailed on March 2, 2026; the next leaves 05/06/2026.", MONTH_FIRST),
        ("The ferry sailed on 2nd March and again on 9 April.", DAY_FIRST),
        ("The ferry sailed on 2 March and on April 9.", None),  # one of each: no order
        ("The ferry leaves 05/06/2026.", None),
        ("Bids closed on 19/03/2026 after the 4 May and May 9 and June 3 and July 1 rounds.", DAY_FIRST),
        ("She had 2 may visits.", None),  # "may" in lower case is no month
    ],
)
def test_text_order(text, expected):
    assert text_order(text) == expected


def test_dates_in_words_choose_the_order_of_numbers():
    text = "The clinic opened on 3 February 2026. A second site follows on 05/06/2026."
    assert _isos(text)[-1] == ("05/06/2026", "2026-06-05")
    text = "The clinic opened on February 3, 2026. A second site follows on 05/06/2026."
    assert _isos(text)[-1] == ("05/06/2026", "2026-05-06")


def test_header_date_in_the_order_of_the_header():
    text = "THE HARBOUR TIMES · Tuesday, 6 October 2026\nUpdated 06/10/2026\n\nThe port reopened."
    assert find_dateline(text) == "2026-10-06"
    text = "Updated 06/10/2026\nTuesday, 6 October 2026\n\nThe port reopened."
    assert find_dateline(text) == "2026-10-06"


@pytest.mark.parametrize(
    "text, expected",
    [
        # 3 November 2026 is a Tuesday and 11 March 2026 a Wednesday
        ("Tuesday, 03/11/2026", DAY_FIRST),
        ("Wednesday, 03/11/2026", MONTH_FIRST),
        ("Tue. 03/11/2026", DAY_FIRST),
        ("Friday, 03/11/2026", None),  # neither reading is a Friday: no evidence
        ("Tuesday, 04/04/2026", None),  # one reading only
        ("the pool reopens 03/11/2026", None),  # no weekday
    ],
)
def test_a_weekday_before_an_all_number_date_decides_its_order(text, expected):
    assert text_order(text) == expected


def test_the_weekday_of_a_masthead_date_orders_the_whole_header():
    text = "THE LAKESIDE POST\nTuesday, 03/11/2026\n\nUpdated 03/11/2026, 07:10\n\nThe ferry sank."
    assert find_dateline(text) == "2026-11-03"
    assert _isos("Tuesday, 03/11/2026. The ferry was refloated 09/11/2026.")[-1] == ("09/11/2026", "2026-11-09")


@pytest.mark.model
def test_the_storys_country_decides_in_the_pipeline(nlp):
    text = ("NAIROBI, Kenya - The Kenyan roads authority said the bypass would open on 04/07/2026. "
            "Kenyan engineers began the work in spring.")
    doc = nlp.make_doc(text)
    doc._.set(PUBLISHED, "2026-03-01")
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    assert doc._.get(COUNTRY) == "Kenya"
    assert [(m.text, m.iso) for m in views(doc, DATES) if "/" in m.text] == [("04/07/2026", "2026-07-04")]
    # the control: a US story keeps month first
    text = ("DENVER, Colorado - The state roads agency said the bypass would open on 04/07/2026. "
            "American engineers began the work in the United States last spring.")
    doc = nlp.make_doc(text)
    doc._.set(PUBLISHED, "2026-03-01")
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    assert [(m.text, m.iso) for m in views(doc, DATES) if "/" in m.text] == [("04/07/2026", "2026-04-07")]


def test_a_header_number_date_is_read_in_the_order_of_the_whole_text():
    """The header's "04/07/2026" says nothing itself; the body's "23/07/2026" can only be day
    first, so the header's is 4 July (the whole text is read only for such a header)."""
    text = "Posted 04/07/2026\n\nThe lock gates were shut on 23/07/2026 and the barges waited."
    assert find_dateline(text) == "2026-07-04"
    text = "Posted 04/07/2026\n\nThe lock gates were shut on 07/23/2026 and the barges waited."
    assert find_dateline(text) == "2026-04-07"


def test_every_all_number_date_holds_what_the_header_check_looks_for():
    """find_dateline reads the whole text's order only when its header holds a digit, "/" or "-"
    and a digit: every all-number date the calendar reader orders has one."""
    from claimtrack.parsers.date_patterns import RE_NUM_MDY
    from claimtrack.parsers.published import NUMBER_SLASH_NUMBER

    for a in range(0, 32, 3):
        for b in range(1, 13, 2):
            for sep in "/-":
                for year in ("2026", "26"):
                    line = f"on {a}{sep}{b:02d}{sep}{year}, late"
                    if RE_NUM_MDY.search(line):
                        assert NUMBER_SLASH_NUMBER.search(line), line


_DAIRY_HEADER = "THE HILLSIDE GAZETTE\nUpdated 05/03/2026, 08:40\n\n"


def test_a_dateline_is_read_again_in_the_storys_order():
    from claimtrack.parsers.published import revise_dateline

    text = _DAIRY_HEADER + "Dairy farmers said milk prices fell yesterday."
    assert find_dateline(text) == "2026-05-03"  # ingest: no order known yet, month first
    assert revise_dateline(text, "2026-05-03", DAY_FIRST) == "2026-03-05"
    assert revise_dateline(text, "2026-05-03", MONTH_FIRST) is None  # unchanged
    assert revise_dateline(text, "2026-05-03", None) is None
    assert revise_dateline(text, None, DAY_FIRST) is None  # no dateline date to revise
    # the text shows its own order (23/04 can only be day first): the country has no say
    text = _DAIRY_HEADER + "Dairy farmers said milk prices fell on 23/04/2026."
    assert find_dateline(text) == "2026-03-05"
    assert revise_dateline(text, "2026-03-05", MONTH_FIRST) is None
    # a header written in words needs no order
    assert revise_dateline("Thursday 5 March 2026\n\nMilk prices fell.", "2026-03-05", MONTH_FIRST) is None


@pytest.mark.model
def test_the_storys_country_orders_the_header_date_and_the_relative_dates_follow():
    from claimtrack import extract

    body = ("NAIROBI, Kenya - Kenyan dairy farmers said milk prices fell yesterday, and the Kenyan "
            "cooperative union will meet growers in Nakuru next week.")
    out = extract([], text=_DAIRY_HEADER + body)
    assert (out.documents[0].published, out.documents[0].published_source) == ("2026-03-05", "dateline")
    assert [(d.text, d.iso) for c in out.claims for d in c.dates if d.text == "yesterday"] == [("yesterday", "2026-03-04")]
    # a US story keeps month first
    body = ("DENVER, Colorado - American dairy farmers said milk prices fell yesterday across the "
            "United States, and growers meet in Boulder next week.")
    out = extract([], text=_DAIRY_HEADER + body)
    assert out.documents[0].published == "2026-05-03"
    # a date the caller gives is never revised
    out = extract([], text=_DAIRY_HEADER + body.replace("DENVER, Colorado", "NAIROBI, Kenya"), published="2026-05-03")
    assert (out.documents[0].published, out.documents[0].published_source) == ("2026-05-03", "option")


_FERRY_HEADER = "THE ISLAND TIMES\nThursday, 5 March 2026\n\nFerry fares to rise\n\nBy Ana Cole\nPublished 05/03/2026, 09:10\n\n"


def test_a_header_gives_one_day():
    """The body writes "March 4" (month first), but the header's own date in words says which
    way its all-number date runs."""
    text = _FERRY_HEADER + "The operator warned on March 4 and again on March 2 that fares would rise."
    assert text_order(text) == MONTH_FIRST
    assert find_dateline(text) == "2026-03-05"
    # no date in words in the header: the text's order stands
    text = "THE ISLAND TIMES\n\nPublished 05/03/2026, 09:10\n\nThe operator warned on March 4 and again on March 2."
    assert find_dateline(text) == "2026-05-03"
    # a header date in words that matches neither reading says nothing
    text = "THE ISLAND TIMES\nSunday, 1 March 2026\n\nPublished 05/03/2026\n\nThe operator warned on March 4 and March 2."
    assert find_dateline(text) == "2026-05-03"


@pytest.mark.model
def test_the_header_mention_is_read_as_the_publication_date():
    from claimtrack import extract

    text = _FERRY_HEADER + "The operator warned on March 4 and again on March 2 that fares would rise."
    out = extract([], text=text)
    assert out.documents[0].published == "2026-03-05"
    dates = [(d.text, d.iso) for c in out.claims for d in c.dates]
    assert ("05/03/2026", "2026-03-05") in dates and ("March 4", "2026-03-04") in dates


def test_one_reading_of_the_country_words_serves_every_map():
    """data/countries.json is read into country words in one place (claimtrack.tables): the
    date order's name -> code map takes names and aliases only, the evaluation's government
    names take demonyms too, and none of them takes a capital."""
    from claimtrack.evaluate.match import _country_words, government_key
    from claimtrack.parsers.date_order import country_code
    from claimtrack.tables import country_codes, country_names

    kinds = {(word, kind) for word, kind, iso2 in country_names() if iso2 == "KE"}
    assert {("Kenya", "name"), ("Kenyan", "demonym"), ("Nairobi", "capital")} <= kinds
    assert country_codes()["kenya"] == "KE" and "kenyan" not in country_codes() and "nairobi" not in country_codes()
    assert country_code("Ivory Coast") == "CI" and country_code("kenya") == "KE"
    assert _country_words()["kenyan"] == "kenya" and "nairobi" not in _country_words()
    assert government_key("the Kenyan government") == government_key("Government of Kenya")


# ------------------------------------------------------------------ a day and a month, no year
# "15/9" after a word of dating: a day first when the first number can only be a day, when the
# document's other all-number dates with a year show day first, or when a weekday before it falls
# on it. Another yearless one ("23/9") shows no order: it may be a score as well.

@pytest.mark.parametrize(
    "text, expected",
    [
        ("Applications close on 15/9, the ministry said.", [("15/9", "2026-09-15")]),
        ("The ferry timetable changed on 8/9, and the winter one starts on 23/9.", [("23/9", "2026-09-23")]),
        ("The ferry timetable changed on 8/9 after the notice of 23/08/2026.",
         [("8/9", "2026-09-08"), ("23/08/2026", "2026-08-23")]),
        ("The depot opened on 14.09.2026 and shuts on 3/10.", [("14.09.2026", "2026-09-14"), ("3/10", "2026-10-03")]),
        ("Voting was held on Tuesday 8/9, the commission said.", [("Tuesday 8/9", "2026-09-08")]),
        # a fraction after a preposition of change, or before "of", is no date
        ("The levy was cut by 1/3 on 23/9.", [("23/9", "2026-09-23")]),
        ("Since 2/3 of the seats were filled on 23/9, the count went on.", [("23/9", "2026-09-23")]),
    ],
)
def test_a_day_and_month_without_a_year_read_day_first(text, expected):
    assert _isos(text, published="2026-09-16") == expected


@pytest.mark.parametrize(
    "text",
    [
        "The ferry timetable changed on 8/9, and the winter one starts on 10/9.",  # no order shown
        "Voting was held on Wednesday 8/9, the commission said.",  # 8 September 2026 is a Tuesday
        "Shares of the miller rose 5/8 in thin trading.",  # a fraction
        "The league has changed after 9/11, the coach said.",  # an event, written month first
        "She won 6/4 in the final set.",  # a score
        "The helpline is open 24/7.",
    ],
)
def test_a_day_and_month_without_a_year_needs_an_order_and_a_word_of_dating(text):
    assert not [iso for words, iso in _isos(text, published="2026-09-16") if "/" in words]


@pytest.mark.parametrize(
    "text, order",
    [
        # an event named by its numbers in a story that writes its dates in words, day first
        ("Families of those lost on 9/11 met in Leeds on 11 March, the charity said.", None),
        ("Families of those lost on 9/11 met in Leeds.", "day"),  # a story of a day-first country
        # cricket scores after a preposition, with no all-number date of the story to show an order
        ("Kent resumed from 23/1 overnight and were all out for 187 on 14 March.", None),
        ("Surrey slid from 18/4 to 91 all out on 3 March.", None),
        ("The hotline, on 24/7 standby since the storm, logged 2,000 calls.", None),  # the idiom
    ],
)
def test_a_yearless_pair_of_numbers_is_no_date_without_the_documents_own_order(text, order):
    found = _isos(text, published="2026-03-15", order=order)
    assert not [iso for words, iso in found if "/" in words]
