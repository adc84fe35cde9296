import json, os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tools"))
import goldlib  # noqa: E402

goldlib.use(os.path.dirname(os.path.abspath(__file__)))
ART, GOLD = goldlib.ART, goldlib.GOLD
Pair = goldlib.Pair

P = Pair("303_typhoon_philippines_reuters.txt", "305_typhoon_philippines_guardian.txt")
P.f("publication date", "agree", "date", "September 22, 2026", "Tue 22 Sep 2026", "Both dated 2026-09-22.")
P.f("day of landfall", "agree", "date", "Tuesday", "Tuesday",
    "A: slammed into the northern Philippines on Tuesday; B: made landfall before dawn on Tuesday. Both 2026-09-22.",
    b_after="made landfall")
P.f("day evacuations began", "agree", "date", "Sunday", "Sunday",
    "A: evacuations began on Sunday; B: pre-emptive evacuations had begun on Sunday. Both 2026-09-20.")
P.f("death toll", "agree", "quantity", "at least nine people", "at least nine people", "Identical: at least nine killed.")
P.f("sustained wind speed at landfall", "agree", "quantity", "185 kph", "185km/h", "Same sustained winds, 185 km/h.")
P.f("people forced from their homes", "conflict", "quantity", "more than 450,000 people", "about 310,000 people",
    "Same measure (people forced to flee their homes), same day (Tuesday 22 September): A more than 450,000, B about 310,000. Incompatible.")
P.f("wind speed: sustained winds vs gusts", "related", "quantity", "185 kph", "up to 230km/h",
    "A gives sustained winds (185 kph); B's 230km/h is for gusts. Different measures, not a conflict.")
P.f("evacuees vs population under the highest warning", "related", "quantity", "more than 450,000 people", "About 1.2 million people",
    "B's 1.2 million is the population living under Signal No 5, not the number evacuated. Different measure.")
P.f("cancelled flights", "agree", "quantity", "126 flights", "More than 100 flights", "126 satisfies 'more than 100'.")
P.f("storms per year in the Philippines", "agree", "quantity", "about 20 storms a year", "about 20 storms a year", "Identical.")
P.f("Haiyan death toll", "agree", "quantity", "more than 6,300 people", "more than 6,300 people", "Identical.")
P.f("date of Haiyan", "agree", "date", "November 2013", "November 2013", "Both 2013-11.")
P.f("storms to hit the country this year", "agree", "statement", "It is the 14th storm to hit the country this year",
    "Sanvu is the 14th named storm to hit the Philippines this year", "Same ordinal, same year (2026).")
P.f("OCD spokesperson: teams cannot reach some villages", "agree", "quote",
    "Our teams cannot reach some villages yet because bridges are down and roads are blocked by landslides,",
    "Our teams cannot reach some villages yet because bridges are down and roads are blocked by landslides.",
    "Same speaker (Raffy Dizon), identical words (only the final punctuation differs).")
P.f("PAGASA forecaster: flood danger will last at least two more days", "agree", "quote",
    "The eye has left land, but the rain bands are huge, and the danger from flooding will last for at least two more days,",
    "The eye is out over the water now, but the rain bands are enormous, so the flooding danger will stay with us for two more days at least,",
    "Same speaker (Lorna Villanueva), same statement worded differently.")
P.f("duration of the flood danger", "agree", "quantity", "at least two more days", "two more days at least",
    "Both at least two more days, inside the forecaster's quote.")
P.f("landfall place", "agree", "statement", "near the town of Santa Ana in Cagayan province",
    "near Santa Ana, a fishing town in Cagayan province", "Same place.")
P.f("landfall time", "agree", "statement", "made landfall at about 4 a.m.", "made landfall before dawn",
    "About 4 a.m. is before dawn: compatible.")

with open(os.path.join(GOLD, "pairs.gold.json"), "w", encoding="utf-8") as f:
    json.dump([P.out()], f, ensure_ascii=False, indent=1)
    f.write("\n")
