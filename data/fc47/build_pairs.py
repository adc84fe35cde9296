import json, os
from build_common import Pair, HERE

OUT = []

# ---------------- pair 1: Chad ID card
P = Pair("p1a_chad_id_card_saharanwire.txt", "p1b_chad_id_card_ndjamenaobserver.txt")
P.f("free cards quota", "agree", "quantity", "3 million applicants", "three million biometric identity cards", "Same quota: the first 3 million cards are free.", a_occ=2)
P.f("card fee", "agree", "quantity", "5,000 CFA franc", "5,000-franc", "Same fee (XAF).")
P.f("people enrolled so far", "conflict", "quantity", "About 1.8 million people", "1.6 million people", "1.8 vs 1.6 million registered; 'about' does not stretch 200,000, and B is a day later so the count cannot have fallen.")
P.f("adults targeted", "agree", "quantity", "9 million adults", "about 9 million adults", "Same.")
P.f("contract value", "agree", "quantity", "46 billion CFA francs", "46 billion franc", "Same contract (XAF).")
P.f("state payment per free card", "agree", "quantity", "about 2,500 francs", "2,500 francs", "Same payment to Sahel Identité per free card.")
P.f("bank-account grace period vs deadline extension sought", "related", "quantity", "18 months", "twelve months",
    "A: time banks give account holders to update details; B: the opposition's requested extension of the card deadline. Different things in the same unit.")
P.f("announcement day", "agree", "date", "Tuesday", "yesterday", "Both 2026-01-20.")
P.f("deadline to replace old cards", "conflict", "date", "June 30, 2027", "31 December 2027", "2027-06-30 vs 2027-12-31; B says 'now gives', but nothing says the date was moved.")
P.f("minister on bread/meal and identity", "agree", "quote",
    "Nobody in Chad should have to choose between a meal and an identity,",
    "No Chadian should have to choose between bread and an identity card,", "Both Haggar; reworded (meal / bread).")
P.f("opposition spokesman on nomads", "agree", "quote",
    "We are not against the card. We are against a system that forgets the nomads,",
    "We are not against the card. We are against a system that forgets the nomads,", "Both Djibrine, same words.")
P.f("further free cards", "conflict", "statement",
    "the government had no plans for further free cards",
    "the government is considering a second waiver in 2027 for children turning 15",
    "Opposite: no plans for more free cards vs a second waiver under consideration (same minister).")
P.f("waiver for foreigners", "agree", "statement",
    "He ruled out extending the waiver to foreign residents",
    "Mr Haggar said foreigners would keep paying for their residence cards", "Same refusal.")
P.f("data sharing with other countries", "agree", "statement",
    "The ministry denied reports that data from the cards would be shared with foreign governments",
    "A spokeswoman for the ministry rejected rumours that the card's data would be handed to other countries", "Same denial (ministry / its spokeswoman).")
P.f("opposition and parliament", "related", "statement",
    "the party would ask parliament to push the date back by a year",
    "The opposition Union for Renewal said it had asked parliament to move the deadline back by twelve months",
    "A: will ask; B: has asked (a day later). Same aim, different stage: not a conflict.")
OUT.append(P.out())

# ---------------- pair 2: Mauritania data prices
P = Pair("p2a_mauritania_mobile_data_atlanticpressagency.txt", "p2b_mauritania_mobile_data_nouakchottcourier.txt")
P.f("size of the ordered cut", "conflict", "quantity", "30%", "35 per cent", "30% vs 35% (B's headline says 'a third').", a_occ=2)
P.f("new price of the 1 GB bundle", "conflict", "quantity", "no more than 70 ouguiyas", "65 MRU", "70 vs 65 MRU ceiling.")
P.f("current price of the 1 GB bundle", "agree", "quantity", "about 100 ouguiyas", "100 MRU", "Same (ouguiya = MRU).")
P.f("bundle size", "agree", "quantity", "one-gigabyte", "1 GB", "Same.")
P.f("subscriber lines", "agree", "quantity", "about 5.9 million subscriber lines", "5.9 million SIM cards", "Same count, lines / SIM cards.")
P.f("maximum fine", "agree", "quantity", "up to 2%", "up to 2 per cent", "Same (of turnover).")
P.f("data traffic growth", "agree", "quantity", "46%", "46 per cent", "Same (2025 / 'last year').")
P.f("share online monthly", "agree", "quantity", "About 62%", "62 per cent", "Same.")
P.f("household spending on mobile", "related", "quantity", "9.4%", "500 MRU",
    "A: share of monthly income spent on mobile services; B: a seller's customers' average monthly data spend in MRU. Different measures.")
P.f("day of the order", "agree", "date", "Wednesday", "yesterday", "Both 2026-02-11.")
P.f("new prices take effect", "conflict", "date", "March 1", "15 March", "2026-03-01 vs 2026-03-15.")
P.f("who said 'Data is no longer a luxury'", "conflict", "quote",
    "Data is no longer a luxury. It is how our children learn and how our traders get paid,",
    "Data is no longer a luxury. It is how our children learn and how our traders get paid,",
    "Same words: A gives them to ARCE president Sidiya, B to Telecommunications Minister Ould Ebnou.")
P.f("Chinguitel and the courts", "conflict", "statement",
    "Chinguitel said it would appeal against the order at the Supreme Court",
    "said it would not challenge the decision in court", "Opposite polarity: will appeal vs will not challenge.")
P.f("price-fixing accusation", "agree", "statement",
    "The three companies denied accusations from consumer groups that they had agreed prices among themselves",
    "All three companies rejected claims by the Consumer Protection Association that they fixed prices together", "Same denial.")
P.f("fourth operator", "related", "statement",
    "The regulator also said it was considering a licence for a fourth operator but gave no timetable",
    "The regulator said it would publish a tender for a fourth mobile licence before the end of June",
    "A: under consideration, no timetable; B: tender before end-June. Different stage of the same plan; arguable.")
P.f("Mauritel's response", "agree", "statement", "Mauritel, the largest operator with about 2.4 million lines, said it would comply",
    "Mauritel said it welcomed the decision", "Compatible: Mauritel accepts the order.")
OUT.append(P.out())

# ---------------- pair 3: Kampala market fire
P = Pair("p3a_uganda_market_fire_eastafricanewswire.txt", "p3b_uganda_market_fire_kampalaeveningstar.txt")
P.f("stalls destroyed", "conflict", "quantity", "about 1,400 stalls", "1,800 stalls", "About 1,400 vs 1,800 (B: vendors' association count).", a_occ=2)
P.f("traders' losses", "agree", "quantity", "more than 12 billion Ugandan shillings", "Shs12bn", "Same figure (A 'more than').")
P.f("injured", "agree", "quantity", "11 people", "Eleven people", "Same.")
P.f("relief fund", "agree", "quantity", "2 billion shillings", "Shs2bn", "Same.")
P.f("grant per trader", "agree", "quantity", "1.5 million shillings", "Shs1.5m", "Same.")
P.f("rebuilding cost", "agree", "quantity", "35 billion shillings", "Shs35bn", "Same.")
P.f("fire brigade response time", "agree", "quantity", "25 minutes", "25 minutes", "Same (A in Ssemakula's quote).")
P.f("people working at the market", "agree", "quantity", "About 8,000 people", "About 8,000 people", "Same.")
P.f("relief fund vs per-trader grant", "related", "quantity", "2 billion shillings", "Shs1.5m", "Total fund vs grant per trader: per-unit vs total, same currency.")
P.f("fire broke out", "conflict", "date", "Sunday", "Saturday",
    "A: early on Sunday (about 2 a.m.) = 2026-03-15; B: shortly before midnight on Saturday = 2026-03-14.")
P.f("new market opens", "agree", "date", "2028", "2028", "Same.")
P.f("relief fund approved / announced", "agree", "date", "Monday", "Monday", "Both 2026-03-16 (cabinet approval / minister in Parliament).", b_after="told Parliament on")
P.f("who said 'everything we built for twenty years'", "conflict", "quote",
    "We watched everything we built for twenty years go up in smoke in one night,",
    "We watched everything we built for twenty years go up in smoke in one night,",
    "Same words: A gives them to association chair Nabukeera, B to trader Musa Kizito.")
P.f("street selling meanwhile", "conflict", "statement",
    "the city would not allow traders to sell on the surrounding streets in the meantime",
    "the authority would tolerate street selling on Nakivubo Road for up to 14 days",
    "Opposite polarity, same speaker (Ssemakula).")
P.f("fire engines ran dry", "agree", "statement", "a charge the authority denied",
    "rejected claims that its engines had run dry", "Same denial by KCCA.")
P.f("state help for traders", "related", "statement",
    "the government would give each registered trader who lost a stall 1.5 million shillings to restart business",
    "The government has said it will not pay compensation for lost goods",
    "A: restart grant; B: no compensation for goods, but the same grant. Compatible: grant is not compensation.")
OUT.append(P.out())

# ---------------- pair 4: Niger heatwave
P = Pair("p4a_niger_heatwave_schools_radiofleuve.txt", "p4b_niger_heatwave_schools_panafricanwire.txt")
P.f("shorter day starts", "agree", "date", "next Monday", "April 27", "Both 2026-04-27.")
P.f("announcement day", "agree", "date", "Tuesday", "Tuesday", "Both 2026-04-21.")
P.f("primary exam date", "conflict", "date", "June 8", "June 15", "2026-06-08 vs 2026-06-15.")
P.f("pupils covered", "agree", "quantity", "about 3.4 million pupils", "some 3.4 million pupils", "Same.")
P.f("temperature in Niamey", "agree", "quantity", "46 degrees Celsius", "46 C", "Same.")
P.f("heat deaths", "conflict", "quantity", "9 deaths", "11 people",
    "9 vs 11 heat deaths; B (11) is the earlier report, so A's lower toll is not an update.")
P.f("people treated in hospital", "agree", "quantity", "214 people", "more than 200 people", "214 is more than 200.")
P.f("spending on tanks and shade", "agree", "quantity", "1.2 billion CFA francs", "1.2 billion CFA francs", "Same (XOF).")
P.f("peak power demand", "agree", "quantity", "242 megawatts", "242 MW", "Same.")
P.f("forecast temperature in early May", "agree", "quantity", "below 42 degrees", "below 42 C", "Same.")
P.f("hottest readings", "related", "quantity", "47°C", "above 45 C",
    "A: Birni N'Konni in Niger; B: across Mali, Burkina Faso and Niger. Different places.")
P.f("minister on children and heat", "agree", "quote",
    "We cannot ask a seven-year-old to learn in a tin classroom at 45 degrees,",
    "Their health comes first. We cannot ask a small child to study under a metal roof in this heat,", "Both the minister; reworded.")
P.f("union's stance on the shorter day", "conflict", "statement",
    "The teachers' union SNEN welcomed the decision",
    "SNEN, which opposed the shorter day", "Opposite polarity: welcomed vs opposed.")
P.f("moving the exams", "agree", "statement", "The minister refused.",
    "the primary school exam would not be postponed", "Same refusal.")
P.f("rolling blackouts", "agree", "statement",
    "Nigelec denied that it had planned rolling blackouts in Niamey",
    "The utility rejected reports that it was preparing rolling cuts in Niamey", "Same denial.")
P.f("power cuts", "related", "statement", "it could not rule out cuts",
    "some districts had already lost power for up to four hours a day",
    "A: Nigelec does not rule out future cuts; B: an anonymous engineer says cuts are happening. Different claims, not contradictory.")
OUT.append(P.out())

# ---------------- pair 5: Zambia school meals
P = Pair("p5a_zambia_school_meals_southernnewsagency.txt", "p5b_zambia_school_meals_lusakasentinel.txt")
P.f("pupils who fell ill", "conflict", "quantity", "212 pupils", "187 pupils", "212 vs 187.", a_occ=2)
P.f("pupils admitted", "agree", "quantity", "Forty-one children", "41 pupils", "Same.")
P.f("contract value", "agree", "quantity", "18.6 million kwacha", "K18.6 million", "Same (ZMW, annual).")
P.f("schools affected", "agree", "quantity", "four primary schools", "four schools", "Same.")
P.f("schools served by the supplier", "agree", "quantity", "more than 300 schools", "310 schools", "310 is more than 300.")
P.f("programme reach", "agree", "quantity", "about 1.9 million pupils", "about 1.9 million children", "Same.")
P.f("Kalulu's price above the cheapest bid", "agree", "quantity", "12%", "12 per cent", "Same.")
P.f("programme money", "related", "quantity", "410 million kwacha", "K450 million",
    "A: 2025 spending; B: 2026 budget (B also gives K410 million for last year). Different years.")
P.f("schools in the province's programme", "agree", "quantity", "about 520 schools", "all 520 schools", "Same.")
P.f("day the pupils fell ill", "agree", "date", "Monday", "Monday, 8 June", "Both 2026-06-08.")
P.f("lab results expected", "agree", "date", "June 19", "19 June", "Both 2026-06-19.")
P.f("who said 'No parent should fear the plate'", "conflict", "quote",
    "No parent should fear the plate we put in front of their child,",
    "No parent should fear the plate we put in front of their child,",
    "Same words: A gives them to the minister, B to Provincial Health Director Dr Zulu.")
P.f("arrests", "conflict", "statement",
    "Police in Chipata arrested two Kalulu Foods storekeepers on Tuesday",
    "Police said no one had been arrested", "Opposite: two arrested vs no arrests.")
P.f("supplier's denial", "agree", "statement",
    "Kalulu Foods denied that it had used spoiled or expired maize",
    "Kalulu Foods denied responsibility", "Same denial.")
P.f("fate of the contract", "related", "statement",
    "had been suspended pending laboratory tests",
    "is considering cancelling it outright", "A: suspended; B: suspended and cancellation considered. Compatible.")
P.f("procurement claim", "agree", "statement", "The ministry rejected that claim",
    "The ministry dismissed his claim", "Same rejection.")
OUT.append(P.out())

# ---------------- pair 6: Zimbabwe foot-and-mouth
P = Pair("p6a_zimbabwe_foot_and_mouth_masvingomirror.txt", "p6b_zimbabwe_foot_and_mouth_zambeziwire.txt")
P.f("infected herds", "conflict", "quantity", "63 herds", "71 herds", "63 (A, Friday) vs 71 (B, Thursday, up from 58 on Wednesday): B is the earlier report, so A's lower count is not an update.")
P.f("districts under the ban", "agree", "quantity", "four districts", "four districts", "Same.", a_occ=2)
P.f("length of the ban", "agree", "quantity", "at least 90 days", "three months", "90 days = three months; same period in two units.")
P.f("animals with symptoms", "agree", "quantity", "about 2,100 animals", "About 2,100 cattle", "Same.")
P.f("dead animals", "agree", "quantity", "14 cattle", "Fourteen calves", "Same 14 (A: 'mostly calves').")
P.f("cattle to vaccinate", "agree", "quantity", "250,000 cattle", "250,000 head of cattle", "Same.")
P.f("payment per culled animal", "agree", "quantity", "US$200", "$200", "Same (USD).")
P.f("beef export earnings", "agree", "quantity", "US$38 million", "$38 million", "Same, 2025.")
P.f("vaccine doses vs vaccine cost", "related", "quantity", "300,000 doses", "about $600,000",
    "A: doses flown in; B: their cost. Different measures of the same purchase.")
P.f("first case", "conflict", "date", "29 July", "July 27", "2026-07-29 vs 2026-07-27.")
P.f("ban review", "agree", "date", "15 November", "mid-November", "Compatible (day vs month grain).")
P.f("who said 'draw a line around this outbreak'", "conflict", "quote",
    "We have to draw a line around this outbreak and hold it,",
    "We have to draw a line around this outbreak and hold it,", "Same words: A Dr Mutasa, B union leader Marufu.")
P.f("who said 'Our cattle are our bank'", "conflict", "quote",
    "Our cattle are our bank. The ban has closed the bank,",
    "Our cattle are our bank. The ban has closed the bank,", "Same words: A Marufu, B Dr Mutasa (speakers swapped).")
P.f("pay for farmers unable to sell", "conflict", "statement",
    "Asked whether the state would pay farmers who could not sell, he said that was not possible.",
    "the government would pay a weekly allowance to communal farmers who cannot sell cattle during the ban",
    "Opposite polarity, same minister: not possible vs will pay an allowance.")
P.f("smuggling from Mozambique", "agree", "statement",
    "Veterinary officials denied that the outbreak had started with cattle smuggled from Mozambique",
    "The department rejected suggestions that animals smuggled from neighbouring Mozambique were to blame", "Same denial.")
P.f("culling", "related", "statement",
    "The department said it would not cull healthy animals in infected herds",
    "Officials have not decided whether to cull infected herds.",
    "A: department's stated line (only seriously ill animals culled); B: undecided, an anonymous official keeps whole-herd culling open. Arguable; scored related.")
OUT.append(P.out())

# ---------------- pair 7: Maputo bike-share
P = Pair("p7a_mozambique_bike_sharing_indianoceanpress.txt", "p7b_mozambique_bike_sharing_maputoweekly.txt")
P.f("bicycles at launch", "conflict", "quantity", "1,200 bicycles", "1,000 bicycles", "1,200 vs 1,000.", a_occ=2)
P.f("stations", "agree", "quantity", "80 docking stations", "80 stations", "Same.")
P.f("fare per half hour, standard bike", "conflict", "quantity", "20 meticais", "25 MT", "20 vs 25 MZN per 30 minutes.")
P.f("monthly pass", "agree", "quantity", "750 meticais", "750 MT", "Same.")
P.f("set-up cost in two currencies", "agree", "quantity", "about $4.5 million", "around 290 million meticais",
    "Same cost: 290 million MZN is about US$4.5 million (B gives both).")
P.f("cycle lanes", "agree", "quantity", "about 14 kilometres", "14 km", "Same.")
P.f("daily trips target", "agree", "quantity", "4,000 trips a day", "4,000 rides a day", "Same (A within six months, B by end of March).")
P.f("jobs", "agree", "quantity", "60 people", "60 jobs", "Same.")
P.f("trial trips", "agree", "quantity", "about 9,300 trips", "about 9,300 trips", "Same.")
P.f("people: city vs minibus riders", "related", "quantity", "two million people", "a million people",
    "A: Maputo's population (mayor); B: people chapas carry a day (Fematro). Different things.")
P.f("public opening", "conflict", "date", "Thursday", "Saturday, 3 October", "2026-10-01 vs 2026-10-03.")
P.f("trial runs", "agree", "date", "August", "August", "Both 2026-08.")
P.f("mayor on bikes as transport", "agree", "quote",
    "We want people to see the bicycle as transport, not as something for children or for the poor,",
    "A bicycle is transport. It is not a toy for children or something only the poor use,", "Both Sitoe; reworded.")
P.f("municipal money", "conflict", "statement",
    "The council said it would not put any municipal money into the scheme",
    "The municipality will add 40 million meticais from its own budget", "Opposite: no council money vs 40 million MZN from its budget.")
P.f("minibus owners", "agree", "statement", "would not oppose the project",
    "it would not stand in the way of the scheme", "Same: Fematro will not oppose.")
P.f("opening hours", "related", "statement",
    "The council said it was considering extending hours over the December holidays",
    "The bicycles will be available between 5h00 and 22h00", "A: possible holiday extension; B: normal hours only. Compatible.")
OUT.append(P.out())

# ---------------- pair 8: Madagascar plague
P = Pair("p8a_madagascar_plague_antananarivoherald.txt", "p8b_madagascar_plague_indianoceanwire.txt")
P.f("cases in the capital this month", "conflict", "quantity", "37 cases", "41 plague cases",
    "37 (A, a day later, 'since the start of the month') vs 41 (B): the later report cannot have fewer cases.", a_occ=2)
P.f("deaths", "agree", "quantity", "Four patients", "four patients", "Same.")
P.f("gathering limit", "agree", "quantity", "more than 50 people", "more than 50 people", "Same.")
P.f("contacts traced", "agree", "quantity", "about 410 contacts", "410 contacts", "Same.")
P.f("WHO antibiotics", "agree", "quantity", "15,000 courses of antibiotics", "15,000 antibiotic treatments", "Same.")
P.f("WHO money in two currencies", "agree", "quantity", "about €220,000", "$250,000",
    "Same WHO grant: Ar 1.1 billion, about €220,000 (A) = roughly $250,000 (B) at 2026 rates; approximate conversions.")
P.f("2017 outbreak", "agree", "quantity", "more than 2,400 people", "more than 2,400 cases", "Same.")
P.f("mask price", "agree", "quantity", "Ar 3,000", "3,000 ariary", "Same (MGA, pack of ten).")
P.f("capital vs nationwide cases", "related", "quantity", "37 cases", "96 cases",
    "A: Antananarivo this month; B: nationwide since August. Different scope.")
P.f("schools close", "agree", "date", "tomorrow", "Thursday", "Both 2026-11-19.")
P.f("end of gathering ban", "agree", "date", "30 November", "the end of November", "Compatible (day vs month grain).")
P.f("first case confirmed", "conflict", "date", "4 November", "November 2", "2026-11-04 vs 2026-11-02.")
P.f("minister: no panic", "agree", "quote",
    "There is no reason to panic. Plague can be cured if people come to us early,",
    "There is no need to panic. People who come to a clinic early can be cured of plague,", "Both Randrianarisoa; reworded.")
P.f("is the outbreak under control", "conflict", "statement",
    "He admitted that the outbreak was not yet under control",
    "the outbreak was under control", "Opposite polarity, same minister.")
P.f("hiding the outbreak", "agree", "statement",
    "He rejected claims on social media that the outbreak had been hidden for weeks",
    "He denied reports that the government had kept the outbreak secret", "Same denial.")
P.f("markets", "related", "statement",
    "the government would not close the capital's markets",
    "the government was considering closing the busy Analakely market for disinfection if more cases appeared there",
    "A: markets stay open; B: open, with a possible closure of one market if cases appear. Compatible.")
OUT.append(P.out())

with open(os.path.join(HERE, "gold", "pairs.gold.json"), "w", encoding="utf-8") as f:
    json.dump(OUT, f, ensure_ascii=False, indent=1)
    f.write("\n")
