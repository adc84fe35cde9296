import json, os
from build_common import Pair, HERE

OUT = []

# ---------------- pair 1: Cumbria nuclear waste search
P = Pair("p1a_cumbria_nuclear_waste_search_albionpress.txt", "p1b_cumbria_nuclear_waste_search_fellsidecourier.txt")
P.f("votes against withdrawal", "conflict", "quantity", "four", "two", "Nine votes to four vs nine votes to two. Bare numbers annotated with unit vote (noun recoverable from 'nine votes').", a_after="nine votes to", b_after="nine votes to")
P.f("yearly community funding", "agree", "quantity", "£1 million", "£1m", "Same £1m a year, written two ways.")
P.f("total received vs yearly grant", "related", "quantity", "£4.3 million", "£1m", "A: total received since 2021; B (council leader): the yearly £1m. Total vs yearly amount.", b_occ=2)
P.f("date of the vote", "agree", "date", "Thursday", "15 January", "Both 2026-01-15.")
P.f("size of the search area", "agree", "quantity", "about 1,400 square kilometres", "roughly 540 square miles", "1,400 km2 = 540.5 sq mi.")
P.f("construction jobs", "agree", "quantity", "up to 4,000 jobs", "4,000 jobs", "Same figure, A qualified 'up to'.")
P.f("petition signatures", "agree", "quantity", "2,600 signatures", "more than 2,500 names", "2,600 is more than 2,500.")
P.f("survey opposition", "agree", "quantity", "58 per cent", "58%", "Same.")
P.f("partnership formed", "conflict", "date", "November 2021", "October 2021", "2021-11 vs 2021-10.")
P.f("who said 'a decision for the people of this valley'", "conflict", "quote",
    "This is a decision for the people of this valley, not for Whitehall.", "This is a decision for the people of this valley, not for Whitehall,",
    "Same words: A gives them to chair Helen Tyson, B to councillor Mark Bewley.")
P.f("chair's reaction", "agree", "quote", "We listened, and the answer was no,", "People listened to the science and still said no. We owe them that.",
    "Same speaker (Helen Tyson), reworded.")
P.f("return of the developer", "conflict", "statement", "the body ruled out returning to the area before 2030",
    "the body is considering a fresh approach to the area within two years", "Opposite modality: ruled out before 2030 vs considering within two years.")
P.f("council's next step", "related", "statement", "its cabinet would discuss the result at a meeting next month",
    "Council leader Peter Hindmoor said he would write to the energy secretary", "Two different council actions, compatible.")
P.f("grants not repaid", "agree", "statement", "that money does not have to be repaid", "none of it will have to be paid back", "Same.")
P.f("search ended", "agree", "statement", "voted to pull out of the search", "The long-running search for a nuclear waste store under the northern fells is over", "Same outcome.")
OUT.append(P.out())

# ---------------- pair 2: Donegal defective-block grant
P = Pair("p2a_donegal_defective_blocks_hibernianews.txt", "p2b_donegal_defective_blocks_tirchonaillpost.txt")
P.f("new grant cap", "conflict", "quantity", "€460,000", "€480,000", "€460,000 vs €480,000.")
P.f("old grant cap", "agree", "quantity", "€420,000", "€420,000", "Same.")
P.f("homes affected in Donegal", "agree", "quantity", "about 7,000 homes", "Some 7,000 households", "Same estimate, homes vs households.")
P.f("applications", "agree", "quantity", "3,900 applications", "Nearly 4,000", "3,900 is nearly 4,000.")
P.f("homes rebuilt", "agree", "quantity", "about 450 homes", "fewer than 500 houses", "Compatible.")
P.f("lifetime cost vs paid to date", "related", "quantity", "about €2.7 billion", "€310 million", "Expected lifetime cost vs grants paid so far.")
P.f("grant rate per area", "agree", "quantity", "€145", "€1,561", "€145 per square foot = €1,561 per square metre (x 10.764).")
P.f("rent allowance", "agree", "quantity", "up to €18,000", "up to €1,500", "€18,000 a year = €1,500 a month: same cap at two time bases.")
P.f("new cap applies from", "conflict", "date", "April 1", "1 May", "2026-04-01 vs 2026-05-01.")
P.f("announcement", "agree", "date", "Tuesday", "10 March", "Both 2026-03-10.")
P.f("who said 'progress, but not the finish line'", "conflict", "quote",
    "This is progress, but it is not the finish line,", "This is progress, but it is not the finish line,",
    "Same words: A gives them to Eileen McGlinchey, B to councillor Declan Boyle.")
P.f("minister on families out of pocket", "agree", "quote",
    "No family should be left out of pocket because of blocks they never chose,", "No family should be out of pocket for blocks they never chose,",
    "Same speaker (Colm Harkin), reworded.")
P.f("commercial premises", "conflict", "statement",
    "The government has not yet approved including shops, farm buildings and other commercial premises in the scheme",
    "Cabinet has approved extending the scheme to small business premises", "Opposite polarity: not yet approved vs approved.")
P.f("engineer's report refunded", "agree", "statement", "the state would also refund the cost of the first engineer's report",
    "the cost of the first engineer's assessment will be paid back to them", "Same.")
P.f("alliance's next step", "related", "statement", "has called a protest outside Leinster House",
    "members will meet the minister again next week", "Two different actions of the alliance, compatible.")
OUT.append(P.out())

# ---------------- pair 3: Kalamata police body cameras
P = Pair("p3a_peloponnese_police_body_cameras_hellaswire.txt", "p3b_peloponnese_police_body_cameras_tharrosmessinias.txt")
P.f("cameras bought", "conflict", "quantity", "60 body cameras", "48 cameras", "60 vs 48, same purchase at the same cost.")
P.f("equipment cost", "agree", "quantity", "€86,000", "86.000 €", "Same; B uses dot thousands and the symbol after the number.")
P.f("complaints: rise vs counts", "related", "quantity", "40%", "119", "A: % rise last year; B: the 2025 count (85 -> 119 = +40%). Different measures, consistent.")
P.f("officers", "agree", "quantity", "72 municipal police officers", "72-strong", "Same.")
P.f("trial length", "agree", "quantity", "six-month", "six-month", "Same.", a_occ=2)
P.f("battery life", "agree", "quantity", "12-hour", "12 hours", "Same.")
P.f("footage kept", "agree", "quantity", "30 days", "thirty days", "Same, figure vs words.")
P.f("cameras in use from", "conflict", "date", "May 4", "11 May", "2026-05-04 vs 2026-05-11.")
P.f("council vote", "agree", "date", "Tuesday", "14 April", "Both 2026-04-14.")
P.f("mayor on protection", "agree", "quote", "The cameras protect the citizen and the officer alike,", "The cameras protect citizens and officers alike,", "Same speaker (Dimitris Lambropoulos), reworded.")
P.f("union and the rules", "conflict", "statement", "The officers' union refused to sign the protocol",
    "the officers' union agreed to the rules on when cameras must be switched on", "Opposite polarity: refused vs agreed.")
P.f("data protection approval", "agree", "statement", "The Hellenic Data Protection Authority has approved the plan",
    "The Hellenic Data Protection Authority has approved the scheme", "Same.")
P.f("extension to other towns", "related", "statement",
    "the Peloponnese regional authority plans to offer the same equipment to municipal police in Sparta and Tripoli",
    "Neighbouring Messini and Pylos have already asked to join the scheme", "Different towns and actors; compatible.")
P.f("opposition vote", "agree", "statement", "Opposition councillors voted against the purchase", "The opposition bloc voted against", "Same.")
OUT.append(P.out())

# ---------------- pair 4: Extremadura overpayments
P = Pair("p4a_extremadura_benefit_overpayments_iberiapress.txt", "p4b_extremadura_benefit_overpayments_diariodelaraya.txt")
P.f("households overpaid", "agree", "quantity", "4,100 households", "4.100 households", "Same; B dot thousands.")
P.f("total overpaid", "agree", "quantity", "€5.2 million", "5,2 million euros", "Same; B decimal comma.", a_occ=2)
P.f("average overpayment", "agree", "quantity", "about €1,270", "1.268 €", "Rounded vs exact.")
P.f("households in Badajoz", "agree", "quantity", "About 2,600", "More than 2.500", "Compatible.")
P.f("minimum instalment vs monthly benefit", "related", "quantity", "€25", "about 620 €", "A: minimum monthly repayment; B: monthly benefit for a single adult. Different measures.")
P.f("repayment period", "agree", "quantity", "up to 24 months", "two years", "24 months = two years.")
P.f("time to contest", "agree", "quantity", "15 working days", "15 working days", "Same.")
P.f("error began", "conflict", "date", "September 2025", "October 2025", "2025-09 vs 2025-10.")
P.f("announcement", "agree", "date", "Monday", "18 May", "Both 2026-05-18.")
P.f("letters sent from", "agree", "date", "June 1", "1 June", "Both 2026-06-01, two orders.")
P.f("who said 'nobody will pay more than they can afford'", "conflict", "quote",
    "Nobody will be asked to pay back more than they can afford,", "Nobody will be asked to pay back more than they can afford,",
    "Same words: A gives them to minister Lucía Carrasco, B to director general Antonio Gil.")
P.f("charity on spent money", "agree", "quote", "Many of these families spent the money on food and rent months ago,",
    "These families spent that money on food and rent long ago,", "Same speaker (Marta Pizarro), reworded.")
P.f("writing off debts", "conflict", "statement", "the regional government had ruled out waiving the debts",
    "the Junta is considering writing off the smallest debts", "Opposite modality: ruled out vs considering.")
P.f("cause of the error", "agree", "statement", "caused by a faulty software update",
    "a computer update stopped other earnings from being taken into account", "Same cause.")
P.f("opposition demand", "related", "statement", "The opposition in the regional assembly called for the director of the benefits agency to resign",
    "The opposition has asked the Sindicatura de Cuentas, the regional audit office, to examine how the software was bought and tested",
    "Two different demands, compatible.")
P.f("supplier pays for corrections", "agree", "statement", "had been asked to pay for the cost of correcting the records",
    "will be asked to pay for the work of correcting the records", "Same (tense differs).")
OUT.append(P.out())

# ---------------- pair 5: Kimberley cattle haulage fine
P = Pair("p5a_kimberley_cattle_transport_fine_southernwire.txt", "p5b_kimberley_cattle_transport_fine_kimberleyechoes.txt")
P.f("company fine", "agree", "quantity", "A$120,000", "$120,000", "Same (A$ vs local $).", a_occ=2, b_occ=2)
P.f("cattle that died", "conflict", "quantity", "62 cattle", "64 head of cattle", "62 vs 64.")
P.f("cattle carried", "agree", "quantity", "about 400 cattle", "412 head of cattle", "Rounded vs exact.")
P.f("hours without water", "agree", "quantity", "more than 30 hours", "34 hours", "34 is more than 30.")
P.f("trip length", "agree", "quantity", "1,040-kilometre", "just over 1000km", "Compatible.")
P.f("road trains", "agree", "quantity", "three road trains", "3 road trains", "Same, word vs figure.")
P.f("driver's fine", "agree", "quantity", "A$8,000", "$8000", "Same.")
P.f("maximum penalties", "related", "quantity", "A$250,000", "up to $50,000", "A: maximum for a company; B: maximum for an individual.")
P.f("sentencing", "agree", "date", "Tuesday", "14 July", "Both 2026-07-14.")
P.f("date of the trip", "conflict", "date", "October 2024", "23 November 2024", "2024-10 vs 2024-11-23.")
P.f("charges laid", "agree", "date", "March 2025", "18 March 2025", "Same, month vs day grain.")
P.f("magistrate on the phone call", "agree", "quote", "These animals suffered because a phone call was not made,",
    "suffered for want of a single phone call", "Same speaker (Joanne Pell), reworded.")
P.f("appeal", "conflict", "statement", "considered the fine excessive and would appeal", "the company had decided not to appeal", "Opposite polarity.")
P.f("plea", "agree", "statement", "pleaded guilty", "admitted the charges", "Same.")
P.f("changes since the incident", "related", "statement", "all of its trucks had been fitted with GPS alarms",
    "a welfare officer had been hired to plan every trip", "Two different measures, compatible.")
OUT.append(P.out())

# ---------------- pair 6: Vermont farm right-to-repair law
P = Pair("p6a_vermont_farm_repair_law_continentalwire.txt", "p6b_vermont_farm_repair_law_lamoilleledger.txt")
P.f("law takes effect", "conflict", "date", "July 1, 2027", "Jan. 1, 2027", "2027-07-01 vs 2027-01-01.")
P.f("signing", "agree", "date", "Tuesday", "Aug. 11", "Both 2026-08-11.")
P.f("first introduced", "agree", "date", "2019", "2019", "Same.")
P.f("Senate votes against", "conflict", "quantity", "5", "6", "24 votes to 5 vs 24 votes to 6. Bare numbers annotated with unit vote.", a_after="24 votes to", b_after="24 votes to")
P.f("fine per violation", "agree", "quantity", "up to $10,000", "$10,000", "Same maximum.")
P.f("time to supply parts", "agree", "quantity", "30 days", "30 days", "Same.")
P.f("farms in Vermont", "agree", "quantity", "about 6,800 farms", "roughly 6,800 farms", "Same.")
P.f("all farms vs dairy farms", "related", "quantity", "about 6,800 farms", "fewer than 500", "Whole vs part (dairy farms).")
P.f("survey", "agree", "quantity", "72%", "72 percent", "Same.")
P.f("who said 'should not have to wait three weeks'", "conflict", "quote",
    "A farmer should not have to wait three weeks for a dealer to plug in a laptop,", "A farmer should not have to wait three weeks for a dealer to plug in a laptop,",
    "Same words: A gives them to farmer Dale Whitcomb, B to Sen. Ruth Ainsworth.")
P.f("governor on ownership", "agree", "quote", "This is about who owns the machine you paid for,", "It's about who owns a machine you already paid for,", "Same speaker (Ellen Marsh), reworded.")
P.f("dealers and a court challenge", "conflict", "statement", "would not challenge the law in court", "is considering a legal challenge", "Opposite modality.")
P.f("machines excluded", "agree", "statement", "The law does not cover forestry or construction machines",
    "lawmakers removed logging and construction equipment from the bill", "Same exclusion.")
P.f("machines covered", "agree", "statement", "covers tractors, combines, balers and milking equipment", "tractors, combines, balers and milking equipment", "Same list.")
P.f("next steps", "related", "statement", "Marsh said she would ask the attorney general's office to publish guidance",
    "Ainsworth said lawmakers plan to extend the same rights to powered wheelchairs", "Different follow-ups, compatible.")
OUT.append(P.out())

# ---------------- pair 7: Arequipa rector election annulled
P = Pair("p7a_arequipa_rector_election_annulled_andeswire.txt", "p7b_arequipa_rector_election_annulled_correodelmisti.txt")
P.f("election day", "agree", "date", "June 12", "12 June", "Both 2026-06-12.")
P.f("ruling", "agree", "date", "Tuesday", "6 October", "Both 2026-10-06.")
P.f("winning margin", "conflict", "quantity", "41 votes", "38 votes", "41 vs 38.")
P.f("challenged ballots", "agree", "quantity", "212 ballots", "More than 200 ballots", "Compatible.")
P.f("deadline for a new vote", "agree", "quantity", "90 days", "three months", "90 days ~ three months.")
P.f("costs", "agree", "quantity", "45,000 soles", "S/ 45.000", "Same; B local symbol and dot thousands.")
P.f("voters", "agree", "quantity", "2,340 eligible voters", "2.340 voters", "Same.")
P.f("voters vs students", "related", "quantity", "2,340 eligible voters", "about 28.000 students", "Electoral roll vs all students: part vs whole.")
P.f("length of the count", "agree", "quantity", "11 hours", "eleven hours", "Same.")
P.f("who said 'the will ... was not respected'", "conflict", "quote",
    "The will of the university community was not respected,", "The will of the university community was not respected,",
    "Same words: A gives them to Rosa Quispe Mamani, B to student leader Luis Ccama.")
P.f("judge on transparency", "agree", "quote", "The count was not transparent at any stage,", "At no stage was the count transparent,", "Same speaker (Carmen Llerena), reworded.")
P.f("appeal", "conflict", "statement", "Valdivia said he would appeal to the Supreme Court in Lima", "said he would not appeal", "Opposite polarity.")
P.f("interim rector", "agree", "statement", "vice-rector Mario Zegarra will run the university as interim rector", "Vice-rector Mario Zegarra will act as interim rector", "Same.")
P.f("outside bodies", "related", "statement", "SUNEDU, the national regulator of university education, said it would send observers to any new election",
    "the Ministry of Education has frozen approval of the university's new building projects", "Different bodies and actions.")
P.f("ballot boxes opened", "agree", "statement", "ballot boxes had been opened without observers present", "ballot boxes were opened with no observers in the room", "Same finding.")
OUT.append(P.out())

# ---------------- pair 8: Via dell'Amore padlocks
P = Pair("p8a_liguria_love_padlocks_removed_europresse.txt", "p8b_liguria_love_padlocks_removed_gazzettinocinqueterre.txt")
P.f("padlocks removed", "agree", "quantity", "about 12,000 padlocks", "More than 12.000 padlocks", "Compatible; B dot thousands.")
P.f("weight", "conflict", "quantity", "nearly 1.8 tonnes", "2,4 tonnes", "1.8 vs 2.4 tonnes (B decimal comma).")
P.f("removal cost", "agree", "quantity", "about €40,000", "40.000 euro", "Same.")
P.f("fine", "agree", "quantity", "up to €300", "from 100 to 300 euro", "Same maximum; B gives the range.")
P.f("path length", "agree", "quantity", "about 1 kilometre", "900 metres", "Compatible (about 1 km).")
P.f("visitors", "related", "quantity", "about 3 million visitors", "up to 1.300 visitors", "A: Cinque Terre a year; B: the path a day in summer.")
P.f("removal finished", "agree", "date", "Friday", "20 November", "Both 2026-11-20.")
P.f("fines apply from", "conflict", "date", "December 1", "15 December", "2026-12-01 vs 2026-12-15.")
P.f("path reopened", "agree", "date", "July 2024", "26 July 2024", "Same, month vs day grain.")
P.f("who said 'not a souvenir shop'", "conflict", "quote", "The railing is not a souvenir shop,", "The railing is not a souvenir shop,",
    "Same words: A gives them to park director Paola Bertone, B to mayor Fabrizio Raso.")
P.f("director on safety", "agree", "quote", "It holds people up above a drop to the sea.", "Those railings keep people safe above the sea,", "Same speaker (Paola Bertone), reworded.")
P.f("metal for an artist", "conflict", "statement", "the park had agreed to give the metal to a local artist",
    "The park refused a request from a La Spezia sculptor who wanted to use the locks", "Opposite polarity: agreed vs refused.")
P.f("shops asked to stop selling", "agree", "statement", "the park has asked shops in both villages to stop selling padlocks",
    "have been asked to stop selling them", "Same.")
P.f("other measures", "related", "statement", "The park also plans to set up a screen at the Riomaggiore end of the path",
    "cameras already installed for safety would help catch offenders", "Different measures, compatible.")
P.f("why the locks went", "agree", "statement", "the locks were rusting and staining the new stainless steel railings",
    "the salt air had turned many of the locks to rust", "Same reason.")
OUT.append(P.out())

with open(os.path.join(HERE, "gold", "pairs.gold.json"), "w", encoding="utf-8") as f:
    json.dump(OUT, f, ensure_ascii=False, indent=1)
    f.write("\n")
