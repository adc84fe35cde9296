"""A local paper's masthead date written in its country's language above an English story
(parsers/published.py local_header_dates, date_order.country_languages; sentences invented)."""

from __future__ import annotations

import pytest

from claimtrack.parsers.date_order import country_languages, country_order
from claimtrack.parsers.published import local_header_dates


@pytest.mark.parametrize(
    "country, expected",
    [("Mexico", ("es",)), ("Poland", ("pl",)), ("Czechia", ("cs",)), ("Senegal", ("wo", "fr")),
     # the actor tables' English short names, which pycountry knows only by their ISO names
     ("Turkey", ("tr",)), ("Russia", ("ru",)), ("Ivory Coast", ("fr",)),
     ("United States", ()), ("Jamaica", ()), ("Atlantis", ()), (None, ()), ("", ())],
)
def test_the_languages_a_country_writes_officially(country, expected):
    assert country_languages(country) == expected


def test_country_order_knows_the_actor_tables_names():
    assert country_order("Turkey") == country_order("TR") is not None
    assert country_order("Russia") == country_order("RU") is not None


def _dates(text, languages, known=()):
    return [(text[s:e], iso) for s, e, iso in local_header_dates(text, languages, known)]


def test_a_masthead_date_in_the_local_language():
    text = "THE HIGHLAND OBSERVER\nMiércoles 4 de febrero de 2026\n\nCoffee growers said prices fell."
    assert _dates(text, ("es",)) == [("Miércoles 4 de febrero de 2026", "2026-02-04")]
    text = "THE DAKAR DISPATCH — mardi 3 mars 2026 | Edition 812\n\nFishermen said the catch fell."
    assert _dates(text, ("wo", "fr")) == [("mardi 3 mars 2026", "2026-03-03")]
    text = "DIE LANDESZEITUNG\nDonnerstag, 5. März 2026\n\nBrewers said barley cost more."
    assert _dates(text, ("de",)) == [("Donnerstag, 5. März 2026", "2026-03-05")]


def test_no_language_no_date_and_no_sentence():
    text = "THE HIGHLAND OBSERVER\nMiércoles 4 de febrero de 2026\n\nCoffee growers said prices fell."
    assert _dates(text, ()) == []
    # a headline with a year and a number is no date
    assert _dates("Budget 2026: 12 clinics to close\n\nThe ministry said.", ("es",)) == []
    # a date in a sentence below the header is the English parser's business
    text = "THE OBSERVER\n\n" + "The growers met the ministry and said prices had fallen again. " * 8 + "\n4 de febrero de 2026"
    assert _dates(text, ("es",)) == []


def test_a_dateline_place_before_a_local_date():
    # a wire-style dateline: the place, a comma, then the date in the country's language
    text = "EL HERALDO DEL SUR\n\nValparaíso, viernes 6 de marzo de 2026\n\nPort workers said cranes stood idle."
    assert _dates(text, ("es",)) == [("viernes 6 de marzo de 2026", "2026-03-06")]
    text = "LA VOZ DEL VALLE\nSan Pedro Sula, lunes 2 de febrero de 2026\n\nBus drivers said fares rose."
    assert _dates(text, ("es",)) == [("lunes 2 de febrero de 2026", "2026-02-02")]
    # a weekday and a comma is no place: the whole part is the date, as before
    text = "DIE LANDESZEITUNG\nDonnerstag, 5. März 2026\n\nBrewers said barley cost more."
    assert _dates(text, ("de",)) == [("Donnerstag, 5. März 2026", "2026-03-05")]
    # a sentence with a comma is not a dateline
    text = "THE OBSERVER\nGrowers in the valley, who met on 6 de marzo de 2026, were angry\n\nThey said so."
    assert _dates(text, ("es",)) == []


def test_blank_lines_are_not_header_lines():
    # masthead, headline, byline and an update stamp, each set apart by a blank line: the stamp
    # is the ninth line of the text but the fifth that holds anything
    from claimtrack.parsers.published import find_dateline

    text = ("THE RIVER POST\n\nCity hall, Harbourtown\n\nFerry fares to rise in spring\n\n"
            "By Ana Ruiz\n\nUpdated 17/09/2026 08:40\n\nFerry fares will rise, the operator said.")
    assert find_dateline(text) == "2026-09-17"
    # nine lines that hold something: the ninth is no longer the header's
    lines = "\n".join(f"Line {i} of the page" for i in range(8))
    assert find_dateline(lines + "\nUpdated 17/09/2026 08:40\n\nFerry fares will rise.") is None


def test_a_date_the_english_parser_read_is_not_asked_again():
    text = "THE HIGHLAND OBSERVER\n4 February 2026\n\nCoffee growers said prices fell."
    assert _dates(text, ("es",), known=((22, 37),)) == []


@pytest.mark.model
def test_a_local_masthead_dates_the_story_and_its_relative_dates():
    from claimtrack import extract

    text = ("THE VISTULA HERALD\nPiątek, 6 marca 2026\n\n"
            "WARSAW - Polish apple growers said yesterday that Poland's cold snap had cut the harvest, "
            "and the Polish farm ministry will answer next week.")
    out = extract([], text=text)
    doc = out.documents[0]
    assert (doc.published, doc.published_source) == ("2026-03-06", "dateline")
    dates = [(d.text, d.iso) for c in out.claims for d in c.dates]
    assert ("Piątek, 6 marca 2026", "2026-03-06") in dates
    assert ("yesterday", "2026-03-05") in dates
    assert not any(t == "2026" for t, _ in dates)  # the year alone is no longer a mention
    # a date the caller gives wins; the masthead is still a date of the text
    out = extract([], text=text, published="2026-03-09")
    assert out.documents[0].published == "2026-03-09"
    assert ("Piątek, 6 marca 2026", "2026-03-06") in [(d.text, d.iso) for c in out.claims for d in c.dates]


@pytest.mark.model
@pytest.mark.parametrize(
    "update, published, update_iso, yesterday",
    [
        # an all-number date valid both ways: the masthead's day says which reading is the page's
        ("Actualizado: 09/04/2026 07:40", "2026-04-09", "2026-04-09", "2026-04-08"),
        # a revision's date on or soon after the masthead's: that reading, and the masthead dates the story
        ("Updated 10/04/2026 12:05", "2026-04-09", "2026-04-10", "2026-04-08"),
    ],
)
def test_a_local_masthead_outweighs_a_header_date_in_doubt(update, published, update_iso, yesterday):
    from claimtrack import extract

    text = (f"THE ANDEAN LEDGER\nArequipa, jueves 9 de abril de 2026\n{update}\n\n"
            "Alpaca breeders said yesterday that the wool price had slipped for a third month.")
    out = extract([], text=text)
    assert (out.documents[0].published, out.documents[0].published_source) == (published, "dateline")
    dates = [(d.text, d.iso) for c in out.claims for d in c.dates]
    assert (update.split()[1], update_iso) in dates
    assert ("yesterday", yesterday) in dates


def test_a_header_all_number_date_takes_the_reading_on_or_soon_after_publication():
    from claimtrack.parsers.header_dates import as_published

    def reading(text, iso, published, start=40):
        m = {"start": start, "end": start + len(text), "text": text, "iso": iso, "grain": "day"}
        return as_published(m, published)["iso"]

    assert reading("05/03/2026", "2026-05-03", "2026-03-05") == "2026-03-05"  # the same day
    assert reading("06/03/2026", "2026-06-03", "2026-03-05") == "2026-03-06"  # the day after
    assert reading("03/06/2026", "2026-03-06", "2026-03-05") == "2026-03-06"  # already the nearer one
    assert reading("02/03/2026", "2026-02-03", "2026-03-05") == "2026-02-03"  # no reading after: kept
    assert reading("06/03/2026", "2026-06-03", "2026-03-05", start=900) == "2026-06-03"  # not the header


def test_a_header_date_in_doubt_is_an_update_or_an_all_number_date_valid_both_ways():
    from claimtrack.parsers.header_dates import dateline_in_doubt

    assert dateline_in_doubt("THE ANDEAN LEDGER\nUpdated 12 April 2026\n\nBreeders said prices slipped.")
    assert dateline_in_doubt("THE ANDEAN LEDGER\n09/04/2026\n\nBreeders said prices slipped.")
    assert not dateline_in_doubt("THE ANDEAN LEDGER\n23/04/2026\n\nBreeders said prices slipped.")
    assert not dateline_in_doubt("THE ANDEAN LEDGER\nThursday 9 April 2026\nUpdated 10/04/2026\n\nBreeders said.")


# ------------------------------------------------------------------ a masthead in another language
# A paper may print its masthead date in a language its country does not officially write (or
# the story's country is not found): the month word, a full month name in CLDR that is no
# English word (data/cldr_month_words.json), says which languages dateparser is asked.

def _other(text, known=()):
    from claimtrack.parsers.published import other_language_header_dates

    return [(text[s:e], iso) for s, e, iso in other_language_header_dates(text, known)]


def test_a_masthead_date_in_a_language_no_country_gave():
    text = "THE ATLANTIC STAR\nsexta-feira, 9 de outubro de 2026\n\nTuna boats stayed in port, skippers said."
    assert _other(text) == [("sexta-feira, 9 de outubro de 2026", "2026-10-09")]
    text = "KABAR PAGI\nSelasa, 14 Juli 2026\n\nRice traders said prices held."
    assert _other(text) == [("Selasa, 14 Juli 2026", "2026-07-14")]


@pytest.mark.parametrize(
    "head",
    ["Mars 12 rover lands in 2026", "Sold out 12 times in 2026", "Round 5 of the 2026 season",
     "Tuesday 14 July 2026", "Budget 2026: 12 clinics to close"],
)
def test_english_header_lines_are_not_read_in_another_language(head):
    assert _other(f"THE ATLANTIC STAR\n{head}\n\nTuna boats stayed in port, skippers said.") == []


@pytest.mark.model
def test_a_masthead_in_another_language_dates_a_story_with_an_english_speaking_country():
    from claimtrack import extract

    text = ("THE ATLANTIC STAR\nsexta-feira, 9 de outubro de 2026\n\n"
            "WALVIS BAY - Namibian tuna skippers said yesterday that the quota was too small.")
    out = extract([], text=text)
    assert (out.documents[0].published, out.documents[0].published_source) == ("2026-10-09", "dateline")
    dates = [(d.text, d.iso) for c in out.claims for d in c.dates]
    assert ("sexta-feira, 9 de outubro de 2026", "2026-10-09") in dates
    assert ("yesterday", "2026-10-08") in dates


def test_the_month_word_table_is_what_the_tool_builds_from_the_installed_cldr(tmp_path):
    import json
    import subprocess
    import sys
    from pathlib import Path

    if not Path("/usr/share/wordnet/index.noun").exists():
        pytest.skip("Debian's wordnet-base is not installed")
    root = Path(__file__).resolve().parents[1]
    out = tmp_path / "months.json"
    subprocess.run([sys.executable, str(root / "data" / "tools" / "cldr_months.py"), str(out)], check=True)
    shipped = root / "claimtrack" / "data" / "cldr_month_words.json"
    assert json.loads(out.read_text(encoding="utf-8")) == json.loads(shipped.read_text(encoding="utf-8"))


# ---- a label around the date: the day, month and year read alone (parsers/published._date_core)

def test_a_local_date_with_a_label_in_its_language():
    # a page labels its date in its own language; the label is no part of the date
    text = "LA GAZETTE DES QUAIS\nPublié le jeudi 12 novembre 2026\n\nDockers said the cranes stood idle."
    assert _other(text) == [("jeudi 12 novembre 2026", "2026-11-12")]
    text = "IL CORRIERE DEL LAGO\nPubblicato il 7 aprile 2026 alle 18:40\n\nFerry crews said the lake was low."
    assert _other(text) == [("7 aprile 2026", "2026-04-07")]
    # the country's own languages, too
    text = "EL DIARIO DEL PUERTO\nActualizado el martes 3 de marzo de 2026\n\nStevedores said ships waited."
    assert _dates(text, ("es",)) == [("martes 3 de marzo de 2026", "2026-03-03")]


def test_a_local_date_inside_a_sentence_is_still_not_a_header_date():
    text = "THE OBSERVER\nLes dockers du port ont voté la grève le 12 novembre 2026\n\nThey said so."
    assert _other(text) == []


# ------------------------------------------------------------------ session 19 (KINDS.md E7)
@pytest.mark.model
@pytest.mark.parametrize(
    "head, day",
    [("Samedi 17 janvier 2026", "2026-01-17"),
     ("HABARI ZA PWANI — Ijumaa, 16 Oktoba 2026", "2026-10-16")],
)
def test_the_day_number_of_a_masthead_date_is_no_quantity(head, day):
    from claimtrack import extract

    text = f"{head}\n\nFishermen said the catch fell by 30 percent yesterday."
    out = extract([], text=text)
    assert out.documents[0].published == day
    assert [q.text for c in out.claims for q in c.quantities] == ["30 percent"]


@pytest.mark.parametrize(
    "text, iso",
    [("2026年10月14日", "2026-10-14"), ("2026年10月14日 星期三", "2026-10-14"), ("2026년 10월 14일", "2026-10-14")],
)
def test_a_cjk_masthead_date_is_the_publication_date(text, iso):
    from claimtrack.parsers.dates import find_dates
    from claimtrack.parsers.published import find_dateline

    page = f"{text}\n\nFishermen said the catch fell by a third yesterday."
    assert find_dateline(page) == iso
    assert [(m.text, m.iso) for m in find_dates(page, iso)][0] == (text.split()[0] if "년" not in text else text, iso)


@pytest.mark.parametrize(
    "text, iso",
    [
        # a dateline with no agency and no dash: the place, then the full date closing its line
        ("Nickel exports slide\n\nPacific Trade Wire - Markets\nNOUMEA, New Caledonia, May 21, 2026\n\nExports fell.", "2026-05-21"),
        ("Harvest news\nSUVA, Fiji, 8 October 2026\n\nCane growers met.", "2026-10-08"),
        # an agency whose name holds a hyphen or a number
        ("Cotton prices rise\n\nPORTO-NOVO, Oct 2, 2026 (Sahel-Coast Agency) - Growers met.", "2026-10-02"),
        ("Cotton prices rise\n\nLOME, 3 Oct 2026 (Wire 24) - Growers met.", "2026-10-03"),
        # a day of another calendar, then the Gregorian one in brackets (two-calendar mastheads)
        ("THE KABUL OBSERVER\nSaturday, 12 Jawza 1405 (2 June 2026)\n\nFlour prices climb", "2026-06-02"),
        ("ADDIS MORNING\n25 Ginbot 2018 (2 June 2026)\n\nFlights resume", "2026-06-02"),
        # controls: a sentence ends with a full stop; a headline's date after "on" is an event's
        ("Talks fail\n\nDelegates met in Vienna, Austria, on May 21, 2026.\n\nNo deal.", None),
        ("Talks fail\n\nThousands marched in Lisbon, Portugal, on May 21, 2026\n\nNo deal.", None),
    ],
)
def test_datelines_of_other_shapes_and_a_date_in_two_calendars(text, iso):
    from claimtrack.parsers.published import find_dateline

    assert find_dateline(text) == iso


@pytest.mark.parametrize(
    "head, iso",
    [
        # a month name that is an English word too ("mars", "mei", "mayo") is read as a month
        # when a weekday of the same language stands beside it
        ("LE COURRIER DES ILES - English edition\nJeudi 12 mars 2026\n\nFerry fares rise\n", "2026-03-12"),
        ("THE SURABAYA LEDGER\nRabu, 13 Mei 2026\n\nPort fees rise\n", "2026-05-13"),
        ("LA VOZ DEL VALLE\nMiércoles 13 de mayo de 2026\n\nFares rise\n", "2026-05-13"),
        # without one it stays an English word
        ("THE DAILY\nMars 2026 probe: 11 days late\n\nThe launch slipped.\n", None),
    ],
)
def test_a_month_word_that_is_also_english_needs_a_weekday_of_its_language(head, iso):
    from claimtrack.parsers.published import other_language_header_dates

    found = other_language_header_dates(head)
    assert [f[2] for f in found] == ([iso] if iso else [])


@pytest.mark.parametrize(
    "body, iso",
    [
        # written with dots: the day comes first, the way the parser reads it
        ("The harbour board voted on 04.03.2031 to close the pier to lorries.", "2031-03-04"),
        # a weekday beside it: 4 March 2031 is a Tuesday, 3 April a Thursday
        ("The harbour board voted on Tuesday, 04/03/2031, to close the pier to lorries.", "2031-03-04"),
        # the document's other all-number date can be read day first only
        ("The harbour board voted on 04/03/2031 to close the pier to lorries from 17/03/2031.", "2031-03-04"),
    ],
)
def test_a_date_the_document_reads_one_way_keeps_its_reading_under_a_later_update(body, iso):
    from claimtrack import extract

    # the update (5 March) is later than the day the story tells of; the other reading (3 April)
    # would be on or after it, which a header date is, but a story's date need not be
    sep = "." if "04.03" in body else "/"
    text = f"THE LAKE COURIER\nUpdated 05{sep}03{sep}2031, 09:10\n\n{body}"
    out = extract([], text=text)
    assert out.documents[0].published == "2031-03-05"
    dates = {d.text.split()[-1].strip(","): d.iso for c in out.claims for d in c.dates}
    assert dates[f"04{sep}03{sep}2031"] == iso
