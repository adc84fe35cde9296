import json, os
from build_common import Pair, HERE

OUT = []

# ---------------- pair 1: Oregon wildfire settlement
P = Pair("p1a_us_wildfire_settlement_pacificwire.txt", "p1b_us_wildfire_settlement_statesmanledger.txt")
P.f("settlement total", "agree", "quantity", "$1.18 billion", "$1.18 billion", "Same exact figure.")
P.f("claimants", "agree", "quantity", "about 2,300 households and businesses", "some 2,300 claimants", "Same approximate count.")
P.f("homes destroyed by the fire", "agree", "quantity", "640 homes", "640 homes", "Same.")
P.f("area burned", "agree", "quantity", "roughly 48,000 acres", "48,000 acres", "Same (A also gives hectares).")
P.f("first instalment", "agree", "quantity", "$400 million", "$400 million", "Same, within 60 days of approval.")
P.f("period for paying the balance", "conflict", "quantity", "three years", "five years", "Balance paid over three vs five years.")
P.f("plaintiffs opting out for trial", "conflict", "quantity", "About 90 plaintiffs", "Some 120 plaintiffs", "About 90 vs some 120: incompatible.")
P.f("share for fire district and city", "agree", "quantity", "About 12%", "12 percent", "Same share.")
P.f("homes lost: valley vs town", "related", "quantity", "640 homes", "212 homes", "640 in the whole valley vs 212 in the town of Gates: different scope.")
P.f("settlement filed", "agree", "date", "Tuesday", "Tuesday", "Both 2026-02-10.")
P.f("date of the fire", "agree", "date", "September 2024", "September 2024", "Same.")
P.f("approval hearing", "conflict", "date", "March 17", "March 24", "2026-03-17 vs 2026-03-24.")
P.f("Costa on rebuilding", "agree", "quote", "Nobody walks away from this whole, but people can start rebuilding now,", "Nobody walks away from this whole, but people can start rebuilding now,", "Same words, same speaker.")
P.f("rate increase to cover payout", "conflict", "statement", "said it would not raise rates to cover the payout",
    "said the utility could not rule out a rate increase next year", "Opposite polarity: will not raise rates vs cannot rule out a rise.")
P.f("liability", "agree", "statement", "Cascade Ridge has not admitted liability", "the deal is not an admission of liability",
    "Both say no admission of liability (B also quotes the CEO 'accepts responsibility', but reports the filing the same way).")
P.f("burying more line", "related", "statement", "the company was considering burying a further 180 miles of line",
    "The company says it plans to bury 180 more miles of power line", "Same project; A says considering (and needs approval), B says plans: modality differs, not a flat contradiction.")
OUT.append(P.out())

# ---------------- pair 2: Leeds university cuts
P = Pair("p2a_uk_university_cuts_northernpost.txt", "p2b_uk_university_cuts_yorkshiredesk.txt")
P.f("jobs to be cut", "agree", "quantity", "310 jobs", "310 posts", "Same.", a_occ=2)
P.f("deficit", "agree", "quantity", "£34.6m", "nearly £35m", "B rounds A's exact figure.")
P.f("annual savings", "agree", "quantity", "£21m", "£21m", "Same.")
P.f("academic posts cut", "conflict", "quantity", "Around 190 of the posts", "About 200 academic posts", "190 vs 200 academic posts; the split 190/120 vs 200/110 is incompatible.")
P.f("professional/support posts cut", "conflict", "quantity", "120", "110 support roles", "120 vs 110 non-academic posts.", a_after="Around 190")
P.f("language undergraduates", "agree", "quantity", "410 undergraduates", "about 400 undergraduates", "410 is about 400.")
P.f("fall in international recruitment", "agree", "quantity", "28%", "28%", "Same.")
P.f("staff: school vs whole university", "related", "quantity", "46 staff", "2,900 staff", "46 in the languages school vs 2,900 in the whole university: same unit, different things.")
P.f("strike ballot date", "agree", "date", "30 March", "30 March", "Same.")
P.f("severance scheme opens", "agree", "date", "Monday", "23 March", "A's 'Monday' (published Thu 19 March) = 2026-03-23.")
P.f("severance scheme closes", "agree", "date", "24 April", "24 April", "Same.")
P.f("council vote", "agree", "date", "Tuesday", "Tuesday", "Both 2026-03-17.")
P.f("Whitlow on vandalism", "agree", "quote", "an act of vandalism against a subject this country badly needs", "This is an act of vandalism against a subject this country badly needs,", "Same words, same speaker.")
P.f("union's redundancy-freeze request", "conflict", "statement", "the union had asked for a two-year freeze on compulsory redundancies, which management refused",
    "The university said it had considered that request and would respond next week", "A: refused; B: still to respond. Incompatible.")
P.f("compulsory redundancies", "agree", "statement", "it hoped to keep compulsory redundancies below 100", "it will try to keep compulsory job losses to fewer than 100", "Same aim.")
P.f("council's decision", "related", "statement", "The university said the vote was not unanimous but would not give numbers",
    "It said the decision was made \"after long and careful debate\"", "Both on the council vote; different points, compatible.")
OUT.append(P.out())

# ---------------- pair 3: Quebec City hockey arena
P = Pair("p3a_canada_hockey_arena_maplewire.txt", "p3b_canada_hockey_arena_capitalegazette.txt")
P.f("refit cost", "agree", "quantity", "C$48.5 million", "$48.5-million", "Same.")
P.f("provincial contribution", "agree", "quantity", "C$20 million", "$20 million", "Same.")
P.f("annual rent", "agree", "quantity", "C$1.1 million", "$1.1 million", "Same.")
P.f("share of ticket revenue", "agree", "quantity", "8%", "8 per cent", "Same.")
P.f("new capacity", "agree", "quantity", "7,500 seats", "7,500", "Same.")
P.f("expansion fee", "agree", "quantity", "US$15 million", "US$15-million", "Same.")
P.f("construction time", "conflict", "quantity", "14 months", "about 18 months", "14 vs about 18 months.")
P.f("jobs", "agree", "quantity", "120 permanent and part-time jobs", "120 jobs", "Same.")
P.f("fee in C$ vs provincial grant", "related", "quantity", "roughly C$20.6 million", "$20 million", "About C$20 million in both, but A's is the expansion fee converted, B's the province's grant: different things.")
P.f("council vote", "agree", "date", "Wednesday", "Wednesday", "Both 2026-04-22.")
P.f("construction start", "agree", "date", "September", "September", "Both 2026-09.")
P.f("'fair deal for taxpayers'", "conflict", "quote", "a fair deal for taxpayers and a historic one for girls who play this sport.",
    "This is a fair deal for taxpayers and a historic one for girls who play this sport,", "Same words: A gives them to Mayor Drouin, B to owner Hélène Marchand.")
P.f("vote tally", "conflict", "statement", "council voted 15-6 on Wednesday", "Council voted 14-7 late Wednesday", "15-6 vs 14-7 (tallies left open as quantities).")
P.f("relocating an existing team", "agree", "statement", "It has ruled out moving an existing club to Quebec City.",
    "the league had \"no plans to relocate any team\"", "Same position; paraphrase vs quote.")
P.f("further public money", "related", "statement", "Marchand said she would not seek further public money.",
    "A spokesperson said the group \"does not expect to ask for more public money\" but would not commit in writing", "A: firm 'would not'; B: 'does not expect', no written commitment. Weaker, not contradictory.")
P.f("independent review", "agree", "statement", "He asked for an independent review of the figures, which the mayor rejected.",
    "He asked that the auditor general review the numbers. Drouin's party voted his motion down.", "Same request, refused.")
OUT.append(P.out())

# ---------------- pair 4: Murrumbidgee water buyback
P = Pair("p4a_australia_water_buyback_southerncross.txt", "p4b_australia_water_buyback_riverinaleader.txt")
P.f("volume bought", "agree", "quantity", "44.3 gigalitres", "44.3GL", "Same.")
P.f("cost", "agree", "quantity", "A$162 million", "$162 million", "Same.")
P.f("price per megalitre", "agree", "quantity", "A$3,660", "$3,660", "Same per-unit price.")
P.f("premium over market", "agree", "quantity", "about 4%", "around 4 per cent", "Same.")
P.f("sellers", "conflict", "quantity", "Sixty-three farm businesses", "58 irrigators", "63 vs 58 sellers.")
P.f("community fund", "agree", "quantity", "A$40 million", "$40 million", "Same.")
P.f("recovered so far", "agree", "quantity", "221 GL", "221 gigalitres", "Same.")
P.f("recovery target", "agree", "quantity", "450 gigalitres", "450GL", "Same.")
P.f("jobs lost: alliance vs mayor", "related", "quantity", "260 jobs", "up to 400", "260 is the Alliance's estimate (B gives it too); 'up to 400' is the mayor's: different sources.")
P.f("tender closed", "conflict", "date", "30 April", "May 1", "2026-04-30 vs 2026-05-01.")
P.f("community fund opens", "conflict", "date", "July", "September", "2026-07 vs 2026-09.")
P.f("Goulburn tender opens", "agree", "date", "August", "August", "Same.")
P.f("Kavanagh on jobs", "agree", "quote", "Every megalitre that leaves the valley takes work with it,", "Every megalitre that leaves the valley takes work with it,", "Same words, same speaker.")
P.f("NSW stance", "conflict", "statement", "said it would not stand in the way of the purchases",
    "The NSW Government has vowed to fight further purchases.", "Opposite polarity.")
P.f("opposition would halt buybacks", "agree", "statement", "said a Coalition government would halt buybacks if elected",
    "would halt buybacks altogether if it wins government", "Same pledge.")
P.f("NSW request to Canberra", "related", "statement", "wanted the Commonwealth to fund infrastructure projects first",
    "he would ask the Commonwealth to pause buybacks until an economic study of the region was finished", "Different requests from the state, not contradictory.")
OUT.append(P.out())

# ---------------- pair 5: Auckland rates
P = Pair("p5a_newzealand_council_rates_tasmanwire.txt", "p5b_newzealand_council_rates_harbourherald.txt")
P.f("average residential rates rise", "agree", "quantity", "7.9%", "7.9 per cent", "Same (B's headline rounds to 8pc).")
P.f("rise consulted on", "agree", "quantity", "9.5%", "9.5 per cent", "Same.")
P.f("savings", "agree", "quantity", "NZ$118 million", "$118m", "Same.")
P.f("operating spending", "agree", "quantity", "NZ$6.4 billion", "$6.4 billion", "Same.")
P.f("extra per average household a year", "agree", "quantity", "NZ$296", "about $296", "Same.")
P.f("submissions", "agree", "quantity", "About 34,000 people", "More than 34,000 submissions", "Compatible approximations.")
P.f("roles cut since last year", "conflict", "quantity", "240 roles", "310 positions", "240 vs 310 roles gone.")
P.f("weekly vs yearly cost", "related", "quantity", "about NZ$5.70", "about $296", "Same cost per week (A) vs per year (B): different measure.")
P.f("hiring freeze until", "agree", "date", "December", "December", "Same.")
P.f("first instalment due", "agree", "date", "31 August", "August 31", "Both 2026-08-31.")
P.f("Tamahori 'lowest'", "agree", "quote", "the lowest we could responsibly go.", "the lowest we could responsibly go", "Same words, same speaker.")
P.f("Walsh on headcount", "agree", "quote", "People are being asked to pay more for the same services while the council's headcount keeps growing,",
    "People are being asked to pay more for the same services while the council's headcount keeps growing,", "Same.")
P.f("vote tally", "conflict", "statement", "Councillors voted 14 to 7 in favour.", "Councillors backed the budget 13 votes to 8", "14-7 vs 13-8 (tallies left open as quantities).")
P.f("national rates cap", "conflict", "statement", "she was considering a cap on rates rises", "has ruled out capping council rates", "Considering vs ruled out: opposite.")
P.f("airport share sale", "agree", "statement", "council had rejected selling more of its shares in Auckland International Airport",
    "to sell part of the council's remaining 18 per cent stake in Auckland Airport to lower rates was defeated", "Same outcome.")
P.f("ratepayer lobby's reaction", "related", "statement", "said it would campaign for a freeze in next year's budget",
    "for households already struggling with mortgage costs", "Both report the lobby's criticism; A adds a campaign, B a reason: different points.")
OUT.append(P.out())

# ---------------- pair 6: Dublin Airport cap
P = Pair("p6a_ireland_airport_cap_liffeywire.txt", "p6b_ireland_airport_cap_fingalchronicle.txt")
P.f("new cap", "agree", "quantity", "36 million", "36 million passengers", "Same.")
P.f("old cap", "agree", "quantity", "32 million", "32m", "Same.")
P.f("increase", "agree", "quantity", "4 million passengers", "four million", "Same.")
P.f("insulation spending", "agree", "quantity", "at least €25 million", "a minimum of €25m", "Same floor.")
P.f("cap sought", "agree", "quantity", "40 million", "40m", "Same.")
P.f("night flight limit", "agree", "quantity", "13,000", "13,000", "Same.")
P.f("passengers last year", "agree", "quantity", "33.4 million passengers", "33.4 million passengers", "Same (2025).")
P.f("new Emerald Air routes", "conflict", "quantity", "22 routes", "18 routes", "22 vs 18.")
P.f("expansion programme", "conflict", "quantity", "€2.1 billion", "€2.4bn", "€2.1bn vs €2.4bn.")
P.f("insulation: total vs per home", "related", "quantity", "at least €25 million", "about €2,000", "Total fund vs a TD's per-household share: different measure.")
P.f("new rules take effect", "agree", "date", "1 January 2027", "January 1st next", "Both 2027-01-01.")
P.f("Brophy on sleep", "agree", "quote", "The board has chosen airline profits over people's sleep,", "The board has chosen airline profits over people's sleep,", "Same.")
P.f("Furlong 'a step'", "agree", "quote", "a step in the right direction, but only a step", "A step in the right direction, but only a step,", "Same words, same speaker.")
P.f("operator's next move", "related", "statement", "He said the company would not appeal.",
    "had not ruled out a further application in a few years", "Not appealing now vs a possible new application later: compatible.")
P.f("SkyÉire base", "conflict", "statement", "said it was considering a new base", "said it had no plans to open a Dublin base", "Considering vs no plans.")
P.f("board unanimity", "conflict", "statement", "One board member dissented", "The board's decision was unanimous", "Opposite.")
OUT.append(P.out())

# ---------------- pair 7: Singapore vaccine plant
P = Pair("p7a_singapore_vaccine_plant_straitswire.txt", "p7b_singapore_vaccine_plant_lionbusinesstimes.txt")
P.f("investment", "agree", "quantity", "S$1.3 billion", "$1.3 billion", "Same (B's $ is Singapore dollars).")
P.f("full capacity", "agree", "quantity", "up to 300 million doses", "300 million doses", "Same.")
P.f("jobs", "agree", "quantity", "650 people", "650 jobs", "Same.")
P.f("build time", "conflict", "quantity", "26 months", "28 months", "26 vs 28 months.")
P.f("initial output", "agree", "quantity", "about 100 million doses", "about 100 million doses", "Same.")
P.f("training programme", "agree", "quantity", "S$40 million", "$40 million", "Same.")
P.f("pandemic priority doses", "agree", "quantity", "up to 20 million doses", "up to 20 million doses", "Same.")
P.f("revenue 2025", "agree", "quantity", "CHF 4.2 billion", "4.2 billion Swiss francs", "Same, code vs words.")
P.f("other investment on site", "related", "quantity", "S$500 million", "$60 million", "A: possible second building; B: a research lab. Different things.")
P.f("opening", "agree", "date", "Wednesday", "yesterday", "Both 2026-10-07.")
P.f("full capacity reached", "conflict", "date", "2029", "2030", "2029 vs 2030.")
P.f("'speed, skills and certainty'", "conflict", "quote", "Singapore gave us speed, skills and certainty,",
    "Singapore gave us speed, skills and certainty - that is what we offer every serious investor.", "Same words: A gives them to CEO Brenner, B to minister Lim.")
P.f("Teo on confidence", "agree", "quote", "It is a vote of confidence in Singapore as a manufacturing base at a time of high costs,",
    "a vote of confidence in Singapore as a manufacturing base at a time of high costs", "Same speaker.")
P.f("first commercial batch", "conflict", "statement", "The first commercial batch is due in the first quarter of 2027",
    "The first batches should ship in the second quarter of 2027", "Q1 vs Q2 2027 (quarters are not a FORMAT date grain).")
P.f("second building", "conflict", "statement", "Meridian also said it was considering a second building on the site",
    "Meridian had ruled out building a second facility in Singapore for now", "Considering vs ruled out.")
P.f("India", "related", "statement", "Brenner said talks with India were continuing but would not give details.",
    "It declined to comment on reports that it was negotiating with India.", "Confirms talks vs declines to comment: compatible, different stance.")
OUT.append(P.out())

# ---------------- pair 8: Shomer Labs acquisition
P = Pair("p8a_israel_cyber_acquisition_levantwire.txt", "p8b_israel_cyber_acquisition_yarkondaily.txt")
P.f("price", "agree", "quantity", "$2.35 billion", "$2.35 billion", "Same.")
P.f("price in shekels", "agree", "quantity", "$2.35 billion", "about NIS 8.7 billion", "Same price in another currency (3.71 NIS/$ = 8.72bn).", a_occ=2)
P.f("employees", "agree", "quantity", "about 380 employees", "380 people", "Same.")
P.f("employees in Israel", "conflict", "quantity", "290", "320", "290 vs 320.", b_after="380 people")
P.f("recurring revenue", "agree", "quantity", "$140 million", "$140 million", "Same.")
P.f("research centre target", "agree", "quantity", "400 engineers", "400 engineers", "Same.")
P.f("state grants", "agree", "quantity", "about 9 million shekels", "roughly NIS 9 million", "Same.")
P.f("total raised", "agree", "quantity", "$185 million", "$185 million", "Same.")
P.f("option holders: total vs average", "related", "quantity", "about $310 million", "over $800,000", "Total pool vs average per employee.")
P.f("founded", "conflict", "date", "2019", "2018", "2019 vs 2018.")
P.f("expected closing", "agree", "date", "2027", "2027", "First quarter of 2027 in both.")
P.f("last funding round", "agree", "date", "March 2025", "March 2025", "Same.")
P.f("Osterman on the team", "agree", "quote", "We are not buying a product, we are buying a team that thinks like attackers,",
    "We are buying a team that thinks like attackers,", "Same speaker; B trims the quote.")
P.f("cash/stock split", "conflict", "statement", "Northbeam will pay about 60% of the price in cash and the rest in shares",
    "Half of the consideration will be paid in cash and half in Northbeam shares", "About 60% vs half in cash.")
P.f("job cuts", "agree", "statement", "the company would not cut jobs at Shomer", "Northbeam said it had no plans for layoffs",
    "Company's position the same (B adds an anonymous contrary view).")
P.f("research centre growth", "related", "statement", "Northbeam had pledged to keep the research centre in Israel and to grow it to 400 engineers within two years",
    "the Israeli research centre would expand to 400 engineers by the end of 2028", "Same goal, timing framed differently (two years from Nov 2026 vs end of 2028): compatible.")
OUT.append(P.out())

with open(os.path.join(HERE, "gold", "pairs.gold.json"), "w", encoding="utf-8") as f:
    json.dump(OUT, f, ensure_ascii=False, indent=1)
    f.write("\n")
