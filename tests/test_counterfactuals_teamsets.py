"""Counterfactual conflicts on the team sets data/fc1..fc6, fc8, fc9, fc12 and fc36..fc38
(../shared/tools/mutate_pairs.py; see tests/counterfactuals.py): with tests/test_counterfactuals.py, every pairs.gold.json in the
project is read by `make test`, as issue 13 asks. A file of its own so that xdist (`--dist
loadfile`) runs it beside the other sets' file: it extracts the sets' 96 articles and 207 edited
copies (about 50 s of CPU on the session-7 machine with an empty cache; session 20: 192 articles
and 457 edited copies).

Measured when this test was written (main d0d832d): 96 of 207 caught (0.46), other facts kept
2043 of 2049; the same on d1f3241. Session 8 (h13c): 110 of 246 with fc8 at the start (bc35cf7),
120 of 246 once a weak pair that agrees when equal conflicts when different (compare.select._weak_one_fact),
121 once an open bound ("above 45 degrees") no longer counts as stating the other report's value.
Session 9: fc9 joined at 16 of its 47 (808a338), as measured on it while it was hidden; 17 once a
month or a year is a period of days (compare.periods), 138 of 293 in all; fc5 19 once a length
given attributively ("a 15-year lease") takes the weak route as a weight does (139).
Session 10 (h13c): 141 once a measurement before a noun ("a 190-metre carrier ran aground") is
the plain one whatever its clause's verb and roles, and a span that sizes a thing the other
clause names ("a 90-day moratorium" / "a moratorium period of 60 days") takes the weak route;
144 of 293 on session 10's final main (h13r's currency signs and rounding: fc2 15, fc9 18).
fc12 joined at session 10's end with 14 of its 40 (13 at the start, measured while it was hidden).
Session 11 (h13v): 147 of 293 once a figure stated with "will" or "would" is no value now against
one "expected to" (compare.standing.moment_clash) and a capital "May" is the month (fc3 14, fc5 20, fc6 15);
148 once figures whose frames tie them are one fact however few words their sentences share (fc9 19;
fc12 15 of 40); 150 once whether a report also states the other's value in another figure no
longer decides which figures are one fact (compare.select; fc1 22, fc2 16).
Session 11 (h16a): a story's country is also read from its towns (both articles of one fc1 pair
now name the island's government, and their daily hours of supply align as one fact); fc1 23
once a place before a lower-case "government" names that government ("the Nova Scotia
government") and a dateline's or masthead's town counts for the story's country (both steps,
measured on main 8703e7f).
Session 11 (h13v): fc12 16 once power, mass and volume convert to one unit (data/unit_factors.json:
gigawatts / MW, tonnes / quintals, bcm).
Session 12 (h13a): fc6 16 once the end of a change hangs from "to" ("from 8% to 9.5%", which the
parser reads as one range under "from") and selection reads two bounds from one side as the judge
does ("up to 300" / "as many as 450" differ).
Session 12 (h13d): fc4 26 once a negation just before the stretch a shorter quoted sentence
covers reaches it ("This is not a reform that punishes ..."; compare.quotes._scoped_negations).
Session 12 (end): fc12 17 with the session's comparison changes together (a bare "$" meets
"NZ$", modifiers that describe one group two ways; measured by the lead on main a5a51c5).
Session 13 (h13r): fc9 20 once a negation that asks a question ("we do not know whether ...")
negates nothing in a reworded quote (compare.quotes.negations).
Session 15 (h13v): fc12 18 once a figure's partner that counts another thing ranks below one of
the same thing (compare.select._partner_rank).
Session 16 (h16q): fc2 17 once a paper's plain "$" is its masthead country's dollar
(parsers/home_dollar.py: "C$6.5 million" / "$32.5 million" both CAD).
Session 16 (h16q): fc1 24 once "kroner" in a story naming only Norwegian towns is NOK
(parsers/story_places.py); fc9 20 -> 19, on purpose: "15 million soles" is now Peru's sol (gold:
PEN), not a count of "sol", and compare takes PEN 15 million against the mutated "75 million
soles" as another measure (related/different-measure) where it took two counts of one noun as
a conflict; the extraction is right, the money route of compare is the open part.
Session 17 (h13v): fc6 17, fc9 20, fc12 20 once an amount of money after "of" ("a fund of $20
million", "at a cost of 900 million euros") sizes that noun and is never counted through a group
as "delegates from 20 unions" is (compare.mentions); an amount given to "each" or "every" one
("offered each guest a voucher of 250 euros") prices one (compare.standing).
Session 17 (h13v): fc2 18 once the whole a partitive takes a part of ("a third of the bridge's 560
cables") is what its holder has, as "has 112 cables" is, and no change (compare.figure_kinds).
Session 17 (h13v): fc2 19 once two names of the people one verb counts ("drew 36,000 visitors" /
"drew 52,000 people") are one count, each the other's closest (compare.select._people_of_one_verb).
Session 17 (h13v): fc6 18 once a yearly rate stated as current ("draws about 40,000 tourists a
year") holds for last year too, against a count for last year (compare.moments.rate_covers).
Session 18 (h13v): fc2 20 once the word of an approximate figure is no preposition ("would cost
1.2 billion crowns" / "is expected to cost about ...": one frame, pipeline/frames/mentions.py).
Session 18 (h16q): fc12 21 once "2 million pesos for every day" is a rate per day (extraction).
Session 20 (h15): fc36, fc37 and fc38 (session 19's unseen sets, now team sets) joined at 23 of
46, 18 of 36 and 12 of 42, as measured on main c37e47d (with h15's comparison memos);
diff reads what depends on one mention once, which pays for part of their 124 edited copies.
Session 22 (lead): fc5 22, fc8 22 and fc12 22, as measured at the ends of sessions 21 and 22
(main 70b93f3 and 8666093).
Session 23 (h13v): fc12 23 and fc38 13 once the size of a workforce is one measure however it is
worded, people employed or jobs (compare.workforce: a pair of them conflicts as one measure does).
Per set, the floors below are those counts: a change that loses a counterfactual conflict on
any set fails here. Issue 13's target is 0.90; raise the floors as it improves."""

from __future__ import annotations

import pytest

from counterfactuals import MUTATE, assert_floors

pytestmark = pytest.mark.model

#: Counterfactual conflicts caught per set (caught, of mutations), as measured.
FLOORS = {"data/fc1/gold": (24, 29), "data/fc2/gold": (20, 30), "data/fc3/gold": (14, 25),
          "data/fc4/gold": (26, 43), "data/fc5/gold": (22, 42), "data/fc6/gold": (18, 38),
          "data/fc8/gold": (22, 39), "data/fc9/gold": (20, 47),
          "data/fc12/gold": (23, 40), "data/fc36/gold": (23, 46), "data/fc37/gold": (18, 36),
          "data/fc38/gold": (13, 42)}
KEPT_FLOOR = 0.99


@pytest.mark.skipif(not MUTATE.is_file(), reason="../shared/tools/mutate_pairs.py not present")
def test_counterfactual_conflicts_on_team_sets(tmp_path, gold_extraction, gold_pair_diffs, result_cache):
    assert_floors(FLOORS, KEPT_FLOOR, tmp_path, gold_extraction, require_all=False, diffs=gold_pair_diffs, cache=result_cache)
