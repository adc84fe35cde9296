"""The one reading of data/titles.txt (claimtrack.titles), shared by actors, quotes and compare."""

from __future__ import annotations

from claimtrack.titles import title_table


def test_phrases_and_words_ignore_case_periods_and_hyphens():
    t = title_table()
    assert t.is_title("Prime Minister") and t.is_title("gov.") and t.is_title("Secretary-General")
    assert t.is_title("secretary general") and not t.is_title("Prime Sinister")
    assert {"secretary", "of", "state", "general"} <= t.words
    assert "of" not in t.content_words and "mr" not in t.content_words and "minister" in t.content_words
    assert "minister" in t.heads and "general" in t.heads and "mr" not in t.heads
    assert t.max_words >= 3


def test_a_name_starts_after_the_last_title_word():
    t = title_table()
    assert t.strip("Deputy Prime Minister Lena Oakes") == "Lena Oakes"
    assert t.strip("Freedonian Defence Minister Lena Oakes") == "Lena Oakes"
    assert t.strip("Secretary of State Omar Vance") == "Omar Vance"
    assert t.strip("Dr. Ama Boateng") == "Ama Boateng"
    assert t.strip("Ama Boateng") == "Ama Boateng"
    assert t.strip("Minister") == "Minister"  # nothing but a title: kept as written
    assert t.name_start(["sir", "ama", "boateng"], frozenset({"sir"})) == 1


def test_every_user_reads_the_same_table():
    from claimtrack.compare.quotes import _title_words
    from claimtrack.pipeline.actors import load_tables
    from claimtrack.pipeline.quotes.tables import title_word_sets as quote_titles

    t = title_table()
    tables = load_tables()
    assert tables.titles == t.phrases and tables.title_words == t.words and tables.title_max_words == t.max_words
    assert quote_titles() == (t.heads, t.content_words)
    assert t.words <= _title_words()
