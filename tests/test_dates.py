"""Dates: real news phrasings in, ISO dates out; publication-date helpers; property tests."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimtrack.dateparse import find_dateline, find_dates, normalise_published
from claimtrack.pipeline.extensions import DATES, PUBLISHED, views
from conftest import examples


def dates(text, published=None):
    return [(m.text, m.iso) for m in find_dates(text, published) if m.iso]


# ------------------------------------------------------------------ absolute dates, text only

@pytest.mark.parametrize(
    "text, expected",
    [
        ("Voters in Germany went to the polls on September 26, 2021, to elect a new Bundestag.",
         [("September 26, 2021", "2021-09-26")]),
        ("The earthquake struck on 6 February 2023 near the Syrian border.", [("6 February 2023", "2023-02-06")]),
        ("Lehman Brothers filed for bankruptcy on Sept. 15, 2008.", [("Sept. 15, 2008", "2008-09-15")]),
        ("The final was played on Sunday, July 15th, 2018, in Moscow.", [("Sunday, July 15th, 2018", "2018-07-15")]),
        ("Markets closed early on 11/22/2024 ahead of the holiday.", [("11/22/2024", "2024-11-22")]),
        ("The filing is dated 2024-03-05.", [("2024-03-05", "2024-03-05")]),
        ("Britain left the EU on the 31st of January 2020.", [("the 31st of January 2020", "2020-01-31")]),
        ("Inflation peaked in October 2022 at 11.1 percent.", [("October 2022", "2022-10")]),
        ("Russia annexed Crimea in 2014 and invaded in 2022.", [("2014", "2014"), ("2022", "2022")]),
        ("Ukraine has been independent since 1991.", [("1991", "1991")]),
        ("The hurricane made landfall on Aug. 29, 2005, near New Orleans.", [("Aug. 29, 2005", "2005-08-29")]),
        ("The ceasefire signed on 21/04/2016 collapsed.", [("21/04/2016", "2016-04-21")]),
        # dots: day first; a space after each dot (Central European papers); a full stop after it
        ("The referendum is set for 04.10.2026.", [("04.10.2026", "2026-10-04")]),
        ("Posted 3. 11. 2025, 14:20", [("3. 11. 2025", "2025-11-03")]),
    ],
)
def test_absolute_dates(text, expected):
    assert dates(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The army deployed 2,025 troops to the region.",
        "Shares fell 3.5% at 10:30 a.m. in New York.",
        "Leaders will meet again the day the war ends.",
        "Prices are expected to rise in the coming months.",
        "Turnout has fallen in recent years.",
        "It was the worst flood of the 21st century.",
        "The dispute has lasted for decades.",
        "He scored 2 goals in 90 minutes.",
        "Call 555-2014-33 for tickets.",
        "Police said about 1500 people marched.",
        "Firmware 2.1.2026.3 fixed the bug.",
    ],
)
def test_not_dates(text):
    assert dates(text, "2025-09-04") == []


def test_span_excludes_preposition_and_offsets_exact():
    text = "Talks resumed on March 3, 2025 in Geneva, and in 2024 they failed."
    found = find_dates(text)
    assert [m.text for m in found] == ["March 3, 2025", "2024"]  # both found (the loop alone passed on none)
    for m in found:
        assert text[m.start : m.end] == m.text
        assert not m.text.lower().startswith(("on ", "in "))


# ------------------------------------------------------------------ relative dates

@pytest.mark.parametrize(
    "text, published, expected",
    [
        ("Polls closed on Thursday and counting began.", "2025-09-06", [("Thursday", "2025-09-04")]),
        ("The central bank will announce its decision on Thursday.", "2025-09-01", [("Thursday", "2025-09-04")]),
        ("The club sacked its manager yesterday.", "2025-09-05", [("yesterday", "2025-09-04")]),
        ("Exports fell last month, data showed.", "2025-01-15", [("last month", "2024-12")]),
        ("The index has gained 12% this year.", "2025-09-04", [("this year", "2025")]),
        ("The floods began on March 11 and lasted a week.", "2025-04-02", [("March 11", "2025-03-11")]),
        ("The elections are due in May next year.", "2025-09-04", [("May next year", "2026-05")]),
        ("The company said two years ago that it would list.", "2025-09-04", [("two years ago", "2023")]),
        ("Rescuers reached the village last Friday.", "2025-09-04", [("last Friday", "2025-08-29")]),
        ("The strike ends this coming Monday.", "2025-09-04", [("this coming Monday", "2025-09-08")]),
        ("The vote was held in March.", "2025-09-04", [("March", "2025-03")]),
    ],
)
def test_relative_dates(text, published, expected):
    assert dates(text, published) == expected


def test_relative_without_publication_date_is_null():
    got = find_dates("Officials said on Thursday that the dam broke on March 11.")
    assert [m.text for m in got] == ["Thursday", "March 11"]
    assert all(m.iso is None for m in got)


def test_month_day_takes_year_of_nearby_full_date():
    assert dates("The storm hit on July 12, 2014. By July 13 the river had burst.") == [
        ("July 12, 2014", "2014-07-12"),
        ("July 13", "2014-07-13"),
    ]


def test_future_duration_only_when_verb_looks_forward(nlp):
    doc = nlp.make_doc("The new stadium will open in two weeks. Prices hit the highest level in three weeks.")
    doc._.set(PUBLISHED, "2025-09-04")
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    assert [(m.text, m.iso) for m in views(doc, DATES) if m.iso] == [("two weeks", "2025-09-18")]


def test_component_on_model(nlp):
    text = (
        "Sept. 4, 2025\n"
        "The council meets on Friday. The 2022 elections were disputed, and 2000 troops were sent last year."
    )
    doc = nlp.make_doc(text)
    doc._.set(PUBLISHED, "2025-09-04")
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    got = [(m.text, m.iso) for m in views(doc, DATES)]
    assert got == [("Sept. 4, 2025", "2025-09-04"), ("Friday", "2025-09-05"), ("2022", "2022"), ("last year", "2024")]
    starts = [m.start for m in views(doc, DATES)]
    assert starts == sorted(starts)


# ------------------------------------------------------------------ publication dates

@pytest.mark.parametrize(
    "value, expected",
    [
        ("2025-09-04", "2025-09-04"),
        ("2025-09-04T23:10:00-05:00", "2025-09-04"),
        ("Thu, 04 Sep 2025 10:00:00 +0000", "2025-09-04"),
        ("Sep 4, 2025", "2025-09-04"),
        ("4 September 2025", "2025-09-04"),
        ("not a date", None),
        ("2025-13-45", None),
        ("", None),
        (None, None),
        (20250904, None),
    ],
)
def test_normalise_published(value, expected):
    assert normalise_published(value) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("PARIS, Sept. 4, 2025 (Reuters) - European leaders met on Thursday.", "2025-09-04"),
        ("Published: 4 September 2025\n\nThe flood waters rose.", "2025-09-04"),
        ("Jane Doe\n\n9/4/2025 2 min read\n\nThe match ended 2-1.", "2025-09-04"),
        ("Updated Sep 4, 2025, 10:02 a.m. ET\nStocks fell.", "2025-09-04"),
        ("Storm batters coast\nThursday 4 September 2025 14.02 BST\nWinds reached 100 mph.", "2025-09-04"),
        ("By Jane Doe | Sept. 4, 2025\nThe vote was close.", "2025-09-04"),
        ("Title of the story\nOn September 4, 2025, leaders gathered in Paris to discuss the war.", None),
        # a masthead: capitalised words, a comma and the date closing the line
        ("THE HARBOUR GAZETTE, Thursday 4 September 2025\n\nTugs idle as pilots strike", "2025-09-04"),
        ("The Times of Harbourside, 4 September 2025\n\nTugs idle as pilots strike", "2025-09-04"),
        ("Pilots met the port owners, 4 September 2025\n\nTugs idle", None),  # lower-case words: a sentence
        # an update's date is a revision's: the masthead or the "Published" line is the publication
        ("THE HARBOUR GAZETTE\nThursday, 4 September 2025\n\nTugs idle\n\nUpdated 5 September 2025, 08:10\n\nx",
         "2025-09-04"),
        ("Tugs idle\nUpdated 5 September 2025\nPublished 4 September 2025\n\nPilots struck.", "2025-09-04"),
        ("Tugs idle\nLast updated 5 September 2025\n\nPilots struck.", "2025-09-05"),  # nothing else: the update's
        ("The summit ended without a deal.", None),
        ("Markets rallied in 2024 as inflation cooled.", None),
        ("", None),
    ],
)
def test_find_dateline(text, expected):
    assert find_dateline(text) == expected


def test_dateline_without_year_uses_year_from_header():
    text = "Updated 4 September 2025\nLONDON, Sept. 4 (Reuters) - Shares rose."
    assert find_dateline(text) == "2025-09-04"


def test_dateline_without_year_takes_the_year_nearest_a_header_date():
    # a full date in the standfirst, months before the dateline's day: the year after it
    text = ("Ferry crews end walkout\nThe dispute began on 18 November 2025.\n\n"
            "PORT LOUIS, Feb 9 (Wire) - Ferries sailed again on Monday.")
    assert find_dateline(text) == "2026-02-09"


def test_dateline_without_year_takes_the_pages_publication_line_further_down():
    body = "Ferries sailed again on Monday after crews accepted the offer. " * 8
    text = ("Ferry crews end walkout\nThe dispute began on 18 November 2025.\n\n"
            f"PORT LOUIS, Feb 9 (Wire) - {body}\n\nPublished 9 February 2026, 6:15 p.m. MUT\n")
    assert find_dateline(text) == "2026-02-09"
    assert find_dateline(text.replace("Published", "Updated")) == "2026-02-09"  # nearest, as above
    text = f"PORT LOUIS, Feb 9 (Wire) - {body}\n\nPosted 9 February 2026\n"
    assert find_dateline(text) == "2026-02-09"


# ------------------------------------------------------------------ properties

_alphabet = st.sampled_from(list("0123456789 /-.,:'’()ThursdaySeptemberMayMarch2025 of the in on last\n"))
_texts = st.one_of(st.text(max_size=120), st.lists(_alphabet, max_size=80).map("".join))


@settings(max_examples=examples(300), deadline=None)
@given(_texts, st.one_of(st.none(), st.dates().map(lambda d: d.isoformat()), st.text(max_size=12)))
def test_find_dates_never_raises_and_offsets_exact(text, published):
    first = find_dates(text, published)
    for m in first:
        assert text[m.start : m.end] == m.text
        assert m.iso is None or len(m.iso) in (4, 7, 10)
    assert [m.start for m in first] == sorted(m.start for m in first)
    for a, b in zip(first, first[1:]):
        assert a.end <= b.start
    assert first == find_dates(text, published)  # deterministic


@settings(max_examples=examples(200), deadline=None)
@given(st.text(max_size=200))
def test_helpers_never_raise(text):
    a = find_dateline(text)
    b = normalise_published(text)
    for value in (a, b):
        assert value is None or (len(value) == 10 and value[4] == "-" and value[7] == "-")


@settings(max_examples=examples(200), deadline=None)
@given(st.dates(min_value=__import__("datetime").date(1900, 1, 1), max_value=__import__("datetime").date(2099, 12, 31)))
def test_written_dates_round_trip(day):
    month = day.strftime("%B")
    for text in (f"{month} {day.day}, {day.year}", f"{day.day} {month} {day.year}", f"{day.month}/{day.day}/{day.year}"):
        assert dates(f"It happened on {text}.") == [(text, day.isoformat())]
        assert normalise_published(text) == day.isoformat()


# ------------------------------------------------------------------ holidays, compounds, names

@pytest.mark.parametrize(
    "text, published, expected",
    [
        ("Churches were attacked on Easter Sunday 2019 in Sri Lanka.", None, [("Easter Sunday 2019", "2019-04-21")]),
        ("Retailers hope Black Friday 2024 will beat last year.", None, [("Black Friday 2024", "2024-11-29")]),
        ("Shoppers spent a record on Thanksgiving 2023.", None, [("Thanksgiving 2023", "2023-11-23")]),
        ("The ceasefire agreed on Christmas Day 2014 held briefly.", None, [("Christmas Day 2014", "2014-12-25")]),
        ("Sales fell sharply over last Christmas.", "2025-09-04", [("last Christmas", "2024-12-25")]),
        ("Ratings for Thursday's debate were high.", "2025-09-06", [("Thursday", "2025-09-04")]),
        ("The verdict came three days after January 12th.", "2025-09-04", [("three days after January 12th", "2025-01-15")]),
        ("The summit will take place on Friday next week.", "2025-09-04", [("Friday next week", "2025-09-12")]),
        ("The report is due on the first Monday of March 2026.", None, [("the first Monday of March 2026", "2026-03-02")]),
        ("Payments resume on the 15th of next month.", "2025-09-04", [("the 15th of next month", "2025-10-15")]),
        ("The hearing was moved to two weeks from March 3.", "2025-02-20", [("two weeks from March 3", "2025-03-17")]),
        # "for N months from <date>": how long something lasts from the date, which stays the date
        ("Tolls will be waived for three months from March 3.", "2025-02-20", [("March 3", "2025-03-03")]),
        ("Rents were capped for up to two years from June 1.", "2025-09-04", [("June 1", "2025-06-01")]),
    ],
)
def test_holidays_and_compounds(text, published, expected):
    assert dates(text, published) == expected


@pytest.mark.parametrize(
    "text, published, expected",
    [
        # a count of days or weeks around a holiday: the occurrence nearest the publication date,
        # whatever the tense (a past act told a week before the holiday, or weeks after it)
        ("Garden centres were packed days before Father's Day.", "2025-06-09", [("Father's Day", "2025-06-15")]),
        ("Toy sales slumped in the weeks before Christmas.", "2026-01-14", [("Christmas", "2025-12-25")]),
        ("Hotels filled up a few days ahead of Easter.", "2025-04-14", [("Easter", "2025-04-20")]),
        # no count: the tense decides (a past act: the last one)
        ("Garden centres were packed on Father's Day.", "2025-06-09", [("Father's Day", "2024-06-16")]),
    ],
)
def test_a_holiday_days_or_weeks_away_is_the_nearest(text, published, expected):
    assert dates(text, published) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the month a counted weekday falls in, after "of" as after "in" (published 2025-09-04)
        ("Growers meet on the third Thursday of October.", [("the third Thursday of October", "2025-10-16")]),
        ("The ferry sails on the 2nd Saturday of November.", [("the 2nd Saturday of November", "2025-11-08")]),
        # no month: the nth weekday of a month the text does not name, or after an event, is
        # not the nearest such weekday
        ("The assembly sits again on the second Wednesday.", []),
        ("Voting began on the first Sunday after the floods.", []),
    ],
)
def test_weekdays_counted_by_an_ordinal(text, expected):
    assert dates(text, "2025-09-04") == expected


@pytest.mark.parametrize(
    "text",
    [
        "USA Today first reported the deal.",
        "Candidates campaigned hard before Super Tuesday.",
        "Relatives marked the anniversary of Bloody Sunday.",
        "Protesters gathered outside 1600 Pennsylvania Avenue.",
        "The curfew starts at 1800 GMT.",
    ],
)
def test_names_and_codes_are_not_dates(text):
    assert dates(text, "2025-09-04") == []


def test_easter_algorithm_known_years():
    from claimtrack.dateparse import easter

    assert [easter(y).isoformat() for y in (2000, 2019, 2024, 2025, 2038)] == [
        "2000-04-23", "2019-04-21", "2024-03-31", "2025-04-20", "2038-04-25",
    ]


@pytest.mark.parametrize(
    "text, published, expected",
    [
        ("The storm hit the coast on Dec. 28, officials said.", "2025-01-05", [("Dec. 28", "2024-12-28")]),
        ("Leaders will meet again on Jan. 10.", "2025-12-20", [("Jan. 10", "2026-01-10")]),
        ("The league resumes on Jan. 10 after the break.", "2025-01-02", [("Jan. 10", "2025-01-10")]),
    ],
)
def test_month_day_across_new_year(nlp, text, published, expected):
    doc = nlp.make_doc(text)
    doc._.set(PUBLISHED, published)
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    assert [(m.text, m.iso) for m in views(doc, DATES) if m.iso] == expected


def model_dates(nlp, text, published):
    doc = nlp.make_doc(text)
    doc._.set(PUBLISHED, published)
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    return [(m.text, m.iso) for m in views(doc, DATES) if m.iso]


# Published on Wednesday 2026-11-04: the coming Friday is 11-06, the last one 10-30.
@pytest.mark.parametrize(
    "text, expected",
    [
        # forward-looking: reported future, plans, modals, present schedules, event nouns
        ("Aid groups said the rescue window would close on Friday.", "2026-11-06"),
        ("The inquiry's report is due to be published on Friday.", "2026-11-06"),
        ("The regulator is expected to rule on Friday.", "2026-11-06"),
        ("The committee meets on Friday to choose a leader.", "2026-11-06"),
        ("The vote on Friday could bring down the government.", "2026-11-06"),
        ("Ministers said they would reopen the border on Friday.", "2026-11-06"),
        # past: a past verb, a reporting verb before the reported clause, a date describing a thing
        ("Shares fell 3% on Friday.", "2026-10-30"),
        ("The company said on Friday it would cut 500 jobs.", "2026-10-30"),
        ("The buyer will pay $12 a share, a premium of 25% to the target's closing price on Friday, the firms said.",
         "2026-10-30"),
        ("Rivals will match the offer, a discount of 10% to the stock's value on Friday, a source said.",
         "2026-10-30"),
        ("He would have won on Friday but for the rain.", "2026-10-30"),
    ],
)
def test_weekday_tense(nlp, text, expected):
    assert model_dates(nlp, text, "2026-11-04") == [("Friday", expected)]


@pytest.mark.parametrize(
    "text, published, expected",
    [
        # a past event on a weekday: the latest one before publication, or the same day
        ("The merger talks collapsed on Tuesday, the two firms said.", "2026-10-14", "2026-10-13"),
        ("The mayor resigned on Wednesday.", "2026-10-14", "2026-10-14"),
    ],
)
def test_past_weekday_is_the_latest(nlp, text, published, expected):
    assert [iso for _, iso in model_dates(nlp, text, published)] == [expected]


@pytest.mark.parametrize(
    "text, published, expected",
    [
        ("Inflation was 3.1% in the year to March.", "2026-05-07", [("March", "2026-03")]),
        ("Retail sales rose 2% in the three months to September.", "2026-02-10", [("September", "2025-09")]),
        ("Prices have risen 4% since October.", "2026-02-10", [("October", "2025-10")]),
        ("The plant closed in March.", "2026-02-10", [("March", "2025-03")]),
        ("Elections will be held in March.", "2026-11-04", [("March", "2027-03")]),
        ("The central bank expects inflation to reach its target by March.", "2026-11-04", [("March", "2027-03")]),
        ("The new law takes effect in January.", "2026-11-04", [("January", "2027-01")]),
        ("The bar for another move in June is high.", "2026-05-07", [("June", "2026-06")]),
        ("The summit is scheduled for next March.", "2026-11-04", [("next March", "2027-03")]),
    ],
)
def test_month_alone_takes_year_by_tense(nlp, text, published, expected):
    assert model_dates(nlp, text, published) == expected


def test_a_library_that_cannot_be_imported_is_raised_not_read_as_an_odd_text(monkeypatch):
    # a broken install is no odd text: without this every relative date of every document
    # would stay unresolved and nothing would say why
    from claimtrack.parsers import date_relative

    def broken(*args, **kwargs):
        raise ImportError("cannot import name 'easter'")

    monkeypatch.setattr(date_relative, "holiday_date", broken)
    with pytest.raises(ImportError):
        find_dates("The market reopens after Easter, on Monday.", "2026-03-10")
