"""How the ledger groups mentions into facts (claimtrack.ledger.aligned), on invented articles.

Each test states a general property of news reports: two extents of one quote are one
utterance; a figure's holder may be named by one source only; the old and the new value of a
change are two facts; one sentence's two figures are two facts; reports of different stories
never share a fact.
"""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from claimtrack.cli import app

pytestmark = pytest.mark.model


def _facts(tmp_path, articles: dict) -> list[dict]:
    for name, text in articles.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    db = str(tmp_path / "l.db")
    res = CliRunner().invoke(app, ["track", "add", *[str(tmp_path / n) for n in articles], "--db", db, "-q"])
    assert res.exit_code == 0, res.output
    res = CliRunner().invoke(app, ["facts", "--db", db, "-f", "json"])
    assert res.exit_code == 0, res.output
    return json.loads(res.stdout)["facts"]


def _holding(facts, *texts) -> list[dict]:
    return [f for f in facts if all(any(t in v["text"] for v in f["versions"]) for t in texts)]


def test_a_partial_quote_and_the_whole_utterance_are_one_fact(tmp_path):
    facts = _facts(tmp_path, {
        "a.txt": "Published 2 March 2026\n\nThe harbour master spoke after the storm. \"We will reopen the northern "
                 "channel before the weekend, whatever the insurers say,\" Ingrid Solberg said on Monday.\n",
        "b.txt": "Published 2 March 2026\n\nStorm damage closed the harbour. Ingrid Solberg, the harbour master, "
                 "said: \"We will reopen the northern channel before the weekend.\"\n",
    })
    quotes = [f for f in facts if f["kind"] == "quote"]
    assert len(quotes) == 1 and quotes[0]["status"] == "agree"
    assert {v["doc"] for v in quotes[0]["versions"]} == {"a.txt", "b.txt"}


def test_a_figure_whose_holder_only_one_source_names_is_one_fact(tmp_path):
    facts = _facts(tmp_path, {
        "a.txt": "Published 9 May 2026\n\nSoldiers evacuated 4,200 residents from the flooded river valley on "
                 "Friday as rescue teams reached the last villages.\n",
        "b.txt": "Published 9 May 2026\n\nMoldova evacuated more than 4,000 residents from the flooded river "
                 "valley on Friday, as rescue teams reached the last villages.\n",
    })
    [fact] = _holding(facts, "4,200 residents", "4,000 residents")
    assert fact["status"] == "agree"


def test_figures_of_two_named_holders_never_conflict(tmp_path):
    facts = _facts(tmp_path, {
        "a.txt": "Published 9 May 2026\n\nMoldova evacuated 4,200 residents from the flooded river valley on "
                 "Friday as rescue teams reached the last villages.\n",
        "b.txt": "Published 9 May 2026\n\nRomania evacuated 900 residents from the flooded river valley on "
                 "Friday, as rescue teams reached the last villages.\n",
    })
    assert not _holding(facts, "4,200 residents", "900 residents")


def test_the_old_and_the_new_value_of_a_change_are_two_facts(tmp_path):
    facts = _facts(tmp_path, {
        "a.txt": "Published 14 May 2026\n\nThe central bank of Norland cut its deposit rate from 4.5% to 4.25% "
                 "on Thursday, citing weaker lending and slowing wage growth.\n",
        "b.txt": "Published 14 May 2026\n\nNorland's central bank cut its deposit rate to 4.25% from 4.5% "
                 "on Thursday after weaker lending and slowing wage growth.\n",
    })
    figures = [f for f in facts if f["kind"] == "quantity"]  # the clause itself is a statement fact
    assert not [f for f in facts if f["status"] == "conflict"]
    assert _holding(figures, "4.25%") and _holding(figures, "4.5%")
    assert not _holding(figures, "4.25%", "4.5%")


def test_reports_of_different_stories_share_no_fact(tmp_path):
    facts = _facts(tmp_path, {
        "a.txt": "Published 3 June 2026\n\nThe ferry operator carried 12,000 passengers across the strait during "
                 "the holiday weekend, its harbour office said, as crossings resumed after the dockers' strike.\n"
                 "Dockers returned to the quays on Friday after the union accepted a pay offer from the port "
                 "authority, ending a walkout that had stranded lorries and freight for nine days.\n",
        "b.txt": "Published 3 June 2026\n\nThe orchestra's special concert trains carried 9,000 passengers on "
                 "Sunday, the conductor said, praising the violin soloists and the new concert hall.\n"
                 "Critics admired the premiere of a cello sonata by a young composer, and the festival's director "
                 "announced on Monday an autumn tour of opera houses in the northern cities.\n",
    })
    assert not _holding(facts, "12,000", "9,000")


def test_one_event_verb_dating_two_events_is_no_conflict(tmp_path):
    facts = _facts(tmp_path, {
        "a.txt": "Published 5 November 2026\n\nAn earthquake struck the hill district on 3 November 2026, destroying "
                 "bridges and schools. A similar earthquake struck the same district in April 2015.\n",
        "b.txt": "Published 5 November 2026\n\nThe earthquake struck the hill district on 3 November 2026, cutting "
                 "roads to the villages, officials said.\n",
    })
    assert not [f for f in facts if f["kind"] == "date" and f["status"] == "conflict"]


def test_the_one_count_of_a_thing_each_report_gives_is_one_fact_however_worded(tmp_path):
    facts = _facts(tmp_path, {
        "a.txt": "Published 20 April 2026\n\nThe truce in the northern province will be watched by 40 observers "
                 "from a regional commission, the mediators said after talks in the capital ended.\n",
        "b.txt": "Published 20 April 2026\n\nMediators said the regional commission would send 60 monitors to the "
                 "northern province once the truce took hold, after talks in the capital ended.\n",
    })
    [fact] = _holding(facts, "40 observers", "60 monitors")
    assert fact["status"] == "conflict"


def test_two_counts_of_one_sentence_are_two_facts(tmp_path):
    facts = _facts(tmp_path, {
        "a.txt": "Published 20 April 2026\n\nThe truce in the northern province will be watched by 40 observers "
                 "from a regional commission, the mediators said after talks in the capital ended.\n",
        "b.txt": "Published 20 April 2026\n\nMediators said the regional commission would send 60 monitors to the "
                 "northern province once the truce took hold, and 15 monitors to the border, after talks in the "
                 "capital ended.\n",
    })
    # "60 monitors to the province" and "15 monitors to the border": whatever the other report's
    # one count meets, one sentence's two counts are never one fact
    assert not _holding(facts, "60 monitors", "15 monitors")


def test_a_clause_of_a_sentence_with_a_figure_is_a_statement_too(tmp_path):
    facts = _facts(tmp_path, {
        "a.txt": "Published 2 February 2026\n\nNorway will not raise its tariffs on rice, although it imported "
                 "3,000 tonnes of rice last year, the trade ministry said on Monday.\n",
        "b.txt": "Published 2 February 2026\n\nNorway will raise its tariffs on rice, the trade ministry said on Monday "
                 "after talks with importers.\n",
    })
    statements = [f for f in facts if f["kind"] == "statement"]
    assert [(f["status"], f["relation"]) for f in statements] == [("conflict", "polarity")]
    assert sorted(v["text"] for v in statements[0]["versions"]) == [
        "Norway will not raise its tariffs on rice", "Norway will raise its tariffs on rice"]


def test_the_new_value_of_a_change_is_the_value_a_plain_report_gives(tmp_path):
    facts = _facts(tmp_path, {
        "a.txt": "Published 14 May 2026\n\nNorland's unemployment rate fell to 6.2% in April from 6.8%, the "
                 "statistics office said on Thursday.\n",
        "b.txt": "Published 14 May 2026\n\nNorland's unemployment rate was 6.2% in April, the statistics office "
                 "said on Thursday, the lowest in a decade.\n",
    })
    assert not [f for f in facts if f["status"] == "conflict"]
    [fact] = _holding(facts, "6.2%")
    assert {v["doc"] for v in fact["versions"]} == {"a.txt", "b.txt"} and fact["status"] == "agree"
