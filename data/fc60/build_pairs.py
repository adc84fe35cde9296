import json, os
from build_common import Pair, HERE

OUT = []

# ---------------- pair 1: Zambia wagon lease
P = Pair("p1a_zambia_wagon_lease_zambezipress.txt", "p1b_zambia_wagon_lease_copperbeltcourier.txt")
P.f("wagons leased", "agree", "quantity", "300 ore wagons", "300 wagons", "Same 300 wagons.")
P.f("lease value", "agree", "quantity", "K1.2 billion", "K1.2 billion", "Same value.")
P.f("lease term", "agree", "quantity", "seven years", "seven-year", "Same seven-year term.")
P.f("first batch of wagons", "conflict", "quantity", "120 wagons", "100 wagons", "First batch due in March: 120 vs 100 wagons.")
P.f("wagon capacity", "agree", "quantity", "up to 60 tonnes", "up to 60 tonnes", "Same.")
P.f("freight carried last year", "agree", "quantity", "about 410,000 tonnes", "about 410,000 tonnes", "Same.")
P.f("freight target for 2028", "agree", "quantity", "1 million tonnes a year", "one million tonnes a year", "Same target.")
P.f("locomotives out of service", "conflict", "quantity", "About 40", "45", "About 40 vs 45 of 85 locomotives out of service.")
P.f("cost of road haulage", "related", "quantity", "K350", "roughly US$95 a tonne", "A: road levy per truck trip; B: hauliers' price per tonne. Different measures of road transport cost.")
P.f("first wagons arrive", "agree", "date", "March", "March", "Both 2026-03.")
P.f("overtime unpaid since", "conflict", "date", "October", "September", "Overtime unpaid since October vs since September (2025).")
P.f("Banda on losing cargo", "agree", "quote", "We have been losing cargo to trucks for ten years because we had no wagons to offer,",
    "For ten years we have been losing cargo to trucks because we had no wagons,", "Same speaker, wording reordered and shortened.")
P.f("no state money", "agree", "statement", "the state would not put new money into the railway this year",
    "ruled out any bailout", "Same refusal of state funds, reworded.")
P.f("tender claim denied", "agree", "statement", "He denied that the lease terms had been set without a tender",
    "Mr Banda rejected the claim", "Same denial, both citing four bidders.")
P.f("minister's stance on the deal", "related", "statement", "Transport minister Ruth Nkandu welcomed the lease",
    "Government would not stand in the way of the deal", "Welcomed vs would not stand in the way: different strength of support, compatible.")
P.f("second-hand locomotives", "conflict", "statement", "the company was considering buying second-hand engines from South Africa",
    "He said the company had no plans to buy second-hand engines.", "Considering buying vs no plans: opposite polarity.")
OUT.append(P.out())

# ---------------- pair 2: Cambodia pepper floods
P = Pair("p2a_cambodia_pepper_floods_mekongwire.txt", "p2b_cambodia_pepper_floods_kampotherald.txt")
P.f("area flooded", "agree", "quantity", "some 1,250 hectares", "1,250 hectares", "Same.")
P.f("red pepper price now", "agree", "quantity", "95,000 riel a kilogram", "95,000 riel a kilo", "Same Tuesday price.")
P.f("red pepper price a week earlier", "conflict", "quantity", "68,000 riel", "65,000 riel", "68,000 vs 65,000 riel a week before.")
P.f("black pepper price in dollars", "agree", "quantity", "about $15 a kilo", "about US$15", "Same.")
P.f("forecast before the rain", "agree", "quantity", "180 tonnes", "180 tonnes", "Same.")
P.f("expected harvest now", "agree", "quantity", "between 110 and 125 tonnes", "about 120 tonnes", "About 120 lies in 110-125.")
P.f("aid per family", "agree", "quantity", "400,000 riel each", "400,000 riel per family", "Same.")
P.f("days water stood", "conflict", "quantity", "four days", "five days", "Water stood four vs five days in the low gardens.")
P.f("forty per cent", "related", "quantity", "40%", "around 40 per cent", "A: farm-gate price rise in a week; B: France's share of the crop. Same unit, different things.")
P.f("rain began", "agree", "date", "October 3", "3 October", "Both 2026-10-03.")
P.f("aid paid by", "conflict", "date", "November", "December", "End of November vs end of December.")
P.f("damage report due", "agree", "date", "November 6", "6 November", "Both 2026-11-06.")
P.f("Sok Dara on lost vines", "agree", "quote", "Some of my neighbours lost vines that took five years to grow,",
    "Some of my neighbours lost vines that took five years to grow.", "Same words, same speaker.")
P.f("loan scheme", "conflict", "statement", "the ministry was also considering a loan scheme at 4% interest",
    "He ruled out any loan scheme this year", "Considering a loan scheme vs ruled it out: opposite polarity.")
P.f("late shipments to Europe", "related", "statement", "shipments due in December could be delayed",
    "orders from Europe due in December would go out late", "Could be delayed vs would go out late: different certainty, compatible.")
P.f("blending punished", "agree", "statement", "members caught selling blended pepper would lose their certification",
    "has pledged to strip certification from any member caught blending", "Same sanction, reworded.")
OUT.append(P.out())

# ---------------- pair 3: Mongolia heating outage
P = Pair("p3a_mongolia_heating_outage_steppewire.txt", "p3b_mongolia_heating_outage_ubdaily.txt")
P.f("homes without heat", "conflict", "quantity", "about 38,000 apartments", "about 35,000 homes", "38,000 vs 35,000 homes cut off by the same break.")
P.f("homes cut vs homes restored", "related", "quantity", "38,000 Ulaanbaatar homes", "about 15,000 apartments",
    "A: homes that lost heat; B: apartments with heat back by late Monday. Different things.")
P.f("pipe diameter", "agree", "quantity", "700-millimetre", "700 mm", "Same.")
P.f("workers on site", "agree", "quantity", "About 160 workers", "Some 160 workers", "Same.")
P.f("excavators", "conflict", "quantity", "22 excavators", "20 excavators", "22 vs 20.")
P.f("schools closed", "agree", "quantity", "46 schools and kindergartens", "46 schools and kindergartens", "Same.")
P.f("compensation per household", "agree", "quantity", "50,000 tugrik", "50,000 tugrik", "Same.")
P.f("repair cost", "agree", "quantity", "about 1.4 billion tugrik", "around 1.4 billion tugrik", "Same.")
P.f("ADB upgrade", "agree", "quantity", "$95 million", "US$95 million", "Same.")
P.f("pipe burst", "agree", "date", "Sunday night", "Sunday, 8 February", "Both 2026-02-08.")
P.f("heat fully back by", "conflict", "date", "Tuesday evening", "Wednesday morning",
    "A: company expects all heat back Tuesday evening; B: Wednesday morning.")
P.f("engineer on crews", "agree", "quote", "Our crews are working in shifts around the clock.", "Our crews are working in shifts around the clock,", "Same.")
P.f("councillor on the pipe", "agree", "quote", "Everybody knew this pipe would fail,", "Everybody knew this pipe would fail,", "Same.")
P.f("cut in February bills", "conflict", "statement", "She ruled out a cut in heating bills for February.",
    "She said the city was considering a cut in February heating bills", "Ruled out vs considering: opposite polarity.")
P.f("repairs delayed", "agree", "statement", "The mayor denied that repairs had been delayed",
    "The mayor's office rejected the claim that repairs had been held up", "Same denial.")
P.f("earlier failures of the pipe", "related", "statement", "had already been repaired twice",
    "Residents said the same section failed in January 2023.", "Repaired twice (company) vs failed in January 2023 (residents): compatible, different detail.")
OUT.append(P.out())

# ---------------- pair 4: Croatia opera premiere
P = Pair("p4a_croatia_theatre_premiere_adriaticnews.txt", "p4b_croatia_theatre_premiere_zagrebobserver.txt")
P.f("planned premiere", "agree", "date", "Saturday, March 14, 2026", "this Saturday", "Both 2026-03-14.")
P.f("new opening night", "conflict", "date", "April 18", "25 April", "2026-04-18 vs 2026-04-25.")
P.f("lift accident", "agree", "date", "Wednesday evening", "Wednesday", "Both 2026-03-11.")
P.f("tickets refunded", "agree", "quantity", "about 1,100 tickets", "1,100 tickets", "Same.")
P.f("refund cost", "agree", "quantity", "roughly €52,000", "around €52,000", "Same.")
P.f("how far the lift dropped", "conflict", "quantity", "about 1.5 metres", "around one metre", "About 1.5 m vs around 1 m.")
P.f("renovation programme", "agree", "quantity", "€6.8 million", "€6.8 million", "Same.")
P.f("machinery installed", "agree", "date", "1998", "1998", "Same.")
P.f("ministry report deadline", "agree", "date", "March", "31 March", "End of March = 31 March.", a_after="by the end of")
P.f("cast and chorus", "agree", "quantity", "96", "96 singers", "Same 96.", a_after="cast and chorus of")
P.f("people on the lift", "related", "quantity", "up to 40 performers", "Two chorus singers",
    "A: the lift's capacity; B: singers hurt in the fall. Different things.")
P.f("Horvat on safety", "agree", "quote", "Safety comes before any premiere.", "Safety comes before any premiere,", "Same words, same speaker.")
P.f("leaks logged", "related", "quote", "We wrote it down every week,", "We wrote it down every week,",
    "Same words: A from an anonymous member of staff, B from named stagehand Tomislav Babić; compatible, not contradictory.")
P.f("anyone hurt", "conflict", "statement", "No one was hurt", "Two chorus singers were treated for bruises",
    "Nobody hurt vs two singers treated: opposite polarity.")
P.f("ministry funding", "agree", "statement", "He denied that the ministry had withheld money for the machinery.",
    "the ministry had never refused to fund the machinery", "Same denial.")
P.f("playing without the lift", "related", "statement", "the theatre was considering renting a mobile stage platform",
    "he had agreed to rework parts of the staging", "A: the theatre may rent a platform; B: the director will rework the staging. Different measures, compatible.")
OUT.append(P.out())

exec(open(os.path.join(HERE, "build_pairs_p5_p8.py")).read())

json.dump(OUT, open(os.path.join(HERE, "gold", "pairs.gold.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print(len(OUT), "pairs", sum(len(p["facts"]) for p in OUT), "facts")
