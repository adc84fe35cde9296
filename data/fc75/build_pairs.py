import json, os
from build_common import Pair, HERE

OUT = []

# ---------------- pair 1: Ghana maths textbooks
P = Pair("p1a_ghana_textbooks_coastwire.txt", "p1b_ghana_textbooks_tamaleherald.txt")
P.f("textbooks delivered so far", "agree", "quantity", "about 1.2 million new mathematics textbooks", "some 1.2 million of the new books", "Same figure, both qualified.")
P.f("promised number of textbooks", "conflict", "quantity", "3 million copies", "3.5 million copies", "3 million vs 3.5 million copies promised for the start of term.")
P.f("contract value", "agree", "quantity", "96 million cedi", "GH₵96 million", "Same, written in words vs with the cedi sign.")
P.f("price per book", "agree", "quantity", "32 cedis", "GH₵32 a book", "Same unit price.")
P.f("amount paid so far", "agree", "quantity", "about 38.4 million cedis", "GH₵38.4 million", "Same (A qualified).")
P.f("contract total vs unit price", "related", "quantity", "96 million cedi", "GH₵32 a book", "Total contract value vs price per book: different measures in the same currency (3 million books x 32 = 96 million).")
P.f("daily printing output", "agree", "quantity", "around 80,000 copies", "about 80,000 books", "Same ('a day' / 'daily').")
P.f("schools reporting shortages", "agree", "quantity", "more than 2,000 schools", "more than 2,000 schools", "Same union figure.")
P.f("deadline for the remaining regions", "conflict", "date", "February 20", "the end of March", "2026-02-20 vs end of March 2026.")
P.f("paper arrived at Tema", "agree", "date", "December 29, 2025", "29th December, 2025", "Same date written two ways.")
P.f("end of the second term", "agree", "date", "April 17", "17th April", "Both 2026-04-17.")
P.f("who said 'We are behind, but we are not stopping'", "conflict", "quote", "We are behind, but we are not stopping.", "We are behind, but we are not stopping,",
    "Same words: A gives them to deputy minister Frimpong, B to head teacher Mariama Seidu.")
P.f("Frimpong's promise to pupils", "agree", "quote", "No child will sit an exam this year without the new book,", "We are behind, but we will not let a single child be left out,",
    "Both Frimpong; different words, same promise.")
P.f("foreign printers", "conflict", "statement", "had no plans to bring in foreign printers", "was considering bringing in a second printer from abroad",
    "Opposite modality: no plans (A, Frimpong) vs is considering (B, anonymous official).")
P.f("price complaint rebutted", "agree", "statement", "The ministry rejected that claim, saying the price included delivery to schools in remote districts.",
    "The ministry insists it covers transport to remote schools.", "Same rebuttal.")
P.f("opposition action", "related", "statement", "The minority in parliament has demanded an audit.", "has questioned the unit price of GH₵32 a book",
    "A: the minority demands an audit; B: its spokesman questions the unit price. Same topic, different actions.")
OUT.append(P.out())

# ---------------- pair 2: Modjo tanneries shut
P = Pair("p2a_ethiopia_tannery_horndispatch.txt", "p2b_ethiopia_tannery_modjotimes.txt")
P.f("length of closure", "agree", "quantity", "60 days", "two months", "60 days = two months.")
P.f("tanneries closed", "agree", "quantity", "three tanneries", "Three tanneries", "Same.")
P.f("Awash workforce", "agree", "quantity", "about 1,100 workers", "roughly 1,100 people", "Same, both qualified.")
P.f("Awash treatment spending", "agree", "quantity", "45 million birr", "Br 45 million", "Same ('in two years' / 'since 2024').")
P.f("fine per tannery", "agree", "quantity", "500,000 birr", "Br 500,000", "Same.")
P.f("dead cattle", "conflict", "quantity", "at least 30 cattle", "26 dead cattle", "'at least 30' is incompatible with 26, both since November.")
P.f("leather export earnings at two times", "related", "quantity", "more than $130 million", "roughly $120 million", "A: the peak a decade earlier; B: 2024/25. A figure at two different times.")
P.f("tanneries in Modjo", "agree", "quantity", "13 tanneries", "13 tanneries", "Same.")
P.f("export target", "agree", "quantity", "$500 million a year", "$500 million a year", "Same, by 2030.")
P.f("sampling date", "agree", "date", "February 9", "9 February", "Both 2026-02-09.")
P.f("new samples", "agree", "date", "March 2", "2 March", "Both 2026-03-02.")
P.f("'the river is not a drain'", "agree", "quote", "The river is not a drain, and the law applies to every factory, large or small,",
    "The river is not a drain, and the law applies to every factory, large or small,", "Same words, both Alemu.")
P.f("condition for reopening", "agree", "quote", "If the water is clean, the factories can talk to us about reopening,",
    "If the water is clean, the factories can talk to us about reopening,", "Same words, both Alemu.")
P.f("company's response to the order", "conflict", "statement", "the company would appeal the order", "would not challenge it in court",
    "Opposite polarity: will appeal vs accepted the order and will not challenge it.")
P.f("referral to prosecutors", "conflict", "statement", "It said it had not yet decided whether to refer the case to prosecutors.",
    "has already referred the case to the federal prosecutor", "Has not yet decided vs has already referred.")
P.f("harm to cattle", "related", "statement", "Residents of villages along the river have complained for years of a foul smell and of cattle falling ill",
    "he had lost four cows since the rains ended", "General complaints vs one farmer's losses: same topic, different facts.")
OUT.append(P.out())

# ---------------- pair 3: Safi Potash India deal
P = Pair("p3a_jordan_potash_levantwire.txt", "p3b_jordan_potash_ammanobserver.txt")
P.f("contract volume", "agree", "quantity", "1.5 million tonnes", "1.5 million tonnes", "Same.")
P.f("contract length", "agree", "quantity", "three years", "three years", "Same.")
P.f("contract value", "agree", "quantity", "about $510 million", "roughly JD360 million", "Converted: JD360m at 0.709 JD/$ = about $508m.")
P.f("first-year price", "conflict", "quantity", "$340 a tonne", "$345 per tonne", "$340 vs $345 a tonne.")
P.f("India's previous contract price", "agree", "quantity", "around $360 a tonne", "$360", "Same.")
P.f("contract value vs company value", "related", "quantity", "about $510 million", "about JD2.65 billion", "Value of the contract vs market value of the company: different measures.")
P.f("2025 output", "agree", "quantity", "2.9 million tonnes", "2.9 million tonnes", "Same ('in 2025' / 'last year').")
P.f("2026 output", "agree", "quantity", "3.2 million tonnes", "about 3.2 million tonnes", "Same.")
P.f("share price rise", "agree", "quantity", "4.2%", "4.2 per cent", "Same.")
P.f("potash exports 2025", "agree", "quantity", "about $1.1 billion", "about JD780 million", "Converted: JD780m = about $1.1bn.")
P.f("first deliveries", "conflict", "date", "June", "July", "Deliveries start in June vs first cargo sails in July.")
P.f("new refinery line", "agree", "date", "March", "March", "Both 2026-03.")
P.f("who said 'on the table of every Indian farmer'", "conflict", "quote",
    "This contract puts Jordanian potash on the table of every Indian farmer,", "This contract puts Jordanian potash on the table of every Indian farmer,",
    "Same words: A gives them to Safi's Rami Haddad, B to Kisan's Anil Mehra.")
P.f("Haddad on delivering", "agree", "quote", "It tells the market we can deliver, year after year.", "A contract is a promise, and now we have to keep it,",
    "Both Haddad; reworded.")
P.f("sales to China", "conflict", "statement", "the company would not cut sales to its existing customers in China",
    "Safi Potash will trim spot sales to Chinese buyers", "Would not cut vs will trim.")
P.f("cabinet approval", "agree", "statement", "The agreement still needs approval from the Jordanian cabinet, which is expected within a month",
    "The deal must still be approved by the cabinet, which is expected to decide in May.", "Same ('within a month' of April 8 / 'in May').")
P.f("water use", "related", "statement", "was studying a desalination link with the planned Aqaba-Amman water project",
    "the company already recycled about a third of the water it used", "Desalination study vs recycling share: same topic, different facts.")
OUT.append(P.out())

# ---------------- pair 4: Bangladesh onion prices
P = Pair("p4a_bangladesh_onion_bengalnews.txt", "p4b_bangladesh_onion_chattogramdaily.txt")
P.f("retail price of local onions", "agree", "quantity", "120 taka a kilogram", "Tk 120", "Same (Dhaka vs Chattogram, same day).")
P.f("imported onion prices", "related", "quantity", "110 taka", "Tk 95-100 a kilogram", "Retail price in Dhaka vs wholesale cost in Chattogram before transport: different measures.")
P.f("TCB subsidised price", "agree", "quantity", "50 taka a kilogram", "Tk 50 per kg", "Same.")
P.f("TCB trucks", "conflict", "quantity", "200 trucks", "150 trucks", "200 vs 150 trucks.")
P.f("limit per buyer", "agree", "quantity", "2 kilograms", "2 kg", "Same.")
P.f("import permits", "agree", "quantity", "100,000 tonnes", "1 lakh tonnes", "1 lakh = 100,000.")
P.f("Indian minimum export price", "agree", "quantity", "$550 a tonne", "$550 per tonne", "Same.")
P.f("onion production", "agree", "quantity", "3.4 million tonnes", "about 34 lakh tonnes", "34 lakh = 3.4 million.")
P.f("onion demand", "agree", "quantity", "about 2.8 million tonnes", "around 28 lakh tonnes", "28 lakh = 2.8 million.")
P.f("fines on traders", "agree", "quantity", "700,000 taka", "Tk 7 lakh", "7 lakh = 700,000.")
P.f("TCB sales start", "agree", "date", "May 17", "17 May", "Both 2026-05-17.")
P.f("Indian export price set", "agree", "date", "April 28", "28 April", "Both 2026-04-28.")
P.f("who said 'shortage of honesty'", "conflict", "quote",
    "There is no shortage of onions in the country. There is a shortage of honesty in the market,",
    "There is no shortage of onions in the country. There is a shortage of honesty in the market,",
    "Same words: A gives them to Commerce Minister Kabir, B to consumer group chairman Nurul Alam.")
P.f("Jamal Uddin on prices", "agree", "quote", "We buy dear and we sell dear. Go to the border and ask why,", "We buy dear and we sell dear.", "Both Jamal Uddin; B shortened.")
P.f("retail price cap", "conflict", "statement", "the government would not impose a cap on retail prices",
    "the government was considering a ceiling on retail prices", "Would not impose vs is considering.")
P.f("hoarding", "related", "statement", "denied that traders were hoarding", "14 traders in Dhaka had been fined Tk 7 lakh in total for hoarding",
    "A wholesaler's denial vs fines for hoarding: same topic, different facts.")
P.f("Eid demand", "related", "statement", "the price jump would hit poorer families hardest before Eid al-Adha", "Eid is coming and everything needs onion,",
    "Consumer group's warning (A) vs a shopper's words (B): same topic, different speakers and claims.")
OUT.append(P.out())

# ---------------- pair 5: South Korea elevators
P = Pair("p5a_southkorea_elevators_hanpress.txt", "p5b_southkorea_elevators_incheonilbo.txt")
P.f("elevators inspected", "agree", "quantity", "48,200 elevators", "48,200 lifts", "Same (elevators / lifts).")
P.f("elevators shut", "agree", "quantity", "312 elevators", "Some 312 lifts", "Same.")
P.f("national vs Incheon inspections", "related", "quantity", "48,200 elevators", "2,430 elevators", "Nationwide total vs Incheon share: different measures.")
P.f("fall height", "agree", "quantity", "four floors", "four floors", "Same.")
P.f("age threshold for six-month checks", "agree", "quantity", "older than 25 years", "over 25 years", "Same.")
P.f("repair deadline", "agree", "quantity", "30 days", "30 days", "Same.")
P.f("fine", "agree", "quantity", "up to 10 million won", "up to ₩10 million", "Same.")
P.f("replacement cost", "agree", "quantity", "between 80 million and 120 million won", "from ₩80 million to ₩120 million", "Same range.")
P.f("loans per elevator", "agree", "quantity", "up to 50 million won", "up to ₩50 million", "Same.")
P.f("elevators nationwide", "agree", "quantity", "about 850,000 elevators", "about 850,000 elevators", "Same.")
P.f("date of the fatal accident", "conflict", "date", "May 2", "May 3", "2026-05-02 vs 2026-05-03.")
P.f("parliament vote", "conflict", "date", "September", "November", "2026-09 vs 2026-11.")
P.f("repair database online", "agree", "date", "October 1", "October 1", "Same.")
P.f("who said 'whether the lift will hold'", "conflict", "quote", "Residents must never again wonder whether the lift will hold,",
    "Residents must never again wonder whether the lift will hold,", "Same words: A gives them to Vice Minister Park, B to the victim's son Lee Jae-won.")
P.f("maintenance firm's responsibility", "conflict", "statement", "accepts full responsibility for the inspection on our watch.",
    "has denied responsibility for the accident", "A quotes the firm accepting responsibility; B says it denied it. Opposite polarity.")
P.f("no delay to rules", "agree", "statement", "Park said the government would not delay the new rules despite the complaints.",
    "Park said the ministry had no plans to soften the new rules.", "Same stance.")
P.f("blame for the accident", "related", "statement", "the ministry said it had asked prosecutors to investigate the company",
    "the company had flagged a brake problem to the apartment's management office in March", "Prosecutors' probe vs the firm's defence: same topic, different facts.")
OUT.append(P.out())

# ---------------- pair 6: UBA fees for foreigners
P = Pair("p6a_argentina_tuition_pampawire.txt", "p6b_argentina_tuition_diariosur.txt")
P.f("annual fee", "agree", "quantity", "1.8 million pesos", "$ 1.800.000", "Same; B in Argentine style.", b_occ=2)
P.f("votes in favour", "conflict", "quantity", "38 votes", "36 votos", "38 vs 36 in favour (21 vs 23 against).")
P.f("foreign students without residency", "agree", "quantity", "roughly 9,000 students", "unos 9.000 alumnos de grado", "Same.")
P.f("undergraduates", "agree", "quantity", "about 320,000 undergraduate students", "320.000 estudiantes", "Same.")
P.f("expected revenue", "agree", "quantity", "about 16 billion pesos a year", "unos $ 16.000 millones al año", "16,000 millones = 16 billion.")
P.f("fee per student vs total revenue", "related", "quantity", "about $1,400", "unos $ 16.000 millones al año", "Per-student fee in dollars vs total yearly revenue in pesos.")
P.f("other national universities", "agree", "quantity", "60 national universities", "60 universidades nacionales", "Same.")
P.f("scholarship share", "conflict", "quantity", "20%", "25%", "20% vs 25% of paying students.")
P.f("real budget loss", "agree", "quantity", "about 30%", "cerca del 30%", "Same.")
P.f("fee starts", "agree", "date", "2027", "2027", "Same academic year.")
P.f("first students charged", "agree", "date", "March 2027", "marzo de ese año", "Both 2027-03.")
P.f("student strike", "agree", "date", "August 25", "martes 25 de agosto", "Both 2026-08-25.")
P.f("Ferreyra on free education", "agree", "quote",
    "Free education is a right of those who live and pay taxes here. It was never a gift to the whole continent,",
    "La educación gratuita es un derecho de quienes viven y pagan impuestos aquí", "Both Ferreyra; B in Spanish, shortened.")
P.f("Otero on Latin American students", "agree", "quote",
    "Latin American students have given this country doctors and engineers for decades,",
    "Los estudiantes latinoamericanos le dieron a este país médicos e ingenieros durante décadas", "Both Otero; same words in two languages.")
P.f("court challenge", "conflict", "statement", "would challenge the fee in federal court", "la federación no irá a la Justicia por ahora",
    "Will go to court vs will not go to court for now.")
P.f("current students", "agree", "statement", "Students already enrolled will not be charged", "Los alumnos que ya cursan no pagarán.", "Same.")
P.f("Brazil's interest", "related", "statement", "Brazil's embassy in Buenos Aires said it was studying the decision.",
    "Se estima que unos 2.500 brasileños estudian Medicina en la UBA.", "Embassy reaction vs number of Brazilian students: same topic, different facts.")
OUT.append(P.out())

# ---------------- pair 7: Roman wreck off Vis
P = Pair("p7a_croatia_shipwreck_adriaticwire.txt", "p7b_croatia_shipwreck_otocnilist.txt")
P.f("depth", "agree", "quantity", "52 metres", "52 m", "Same.", b_after="The wreck lies")
P.f("distance off the coast", "agree", "quantity", "about 1.5 nautical miles", "some 3 km", "1.5 nautical miles = 2.8 km; 'some 3 km' compatible.")
P.f("amphorae counted", "conflict", "quantity", "around 600 amphorae", "400 to 500 amphorae", "A single value of about 600 vs a range of 400-500.")
P.f("finder's reward", "agree", "quantity", "10,000 euros", "€10.000", "Same; B in Croatian style.")
P.f("protection zone", "agree", "quantity", "500 metres", "500 m", "Same.")
P.f("camera system", "agree", "quantity", "180,000 euros", "€180.000", "Same.")
P.f("camera vs museum room", "related", "quantity", "180,000 euros", "€250.000", "Two prices of different things (camera system vs town's museum room).")
P.f("amphorae lifted", "agree", "quantity", "12 amphorae", "Twelve amphorae", "Same.")
P.f("heritage budget next year", "agree", "quantity", "1.2 million euros", "€1,2 million", "Same; B with decimal comma.")
P.f("month of discovery", "conflict", "date", "June", "July", "Spotted in June vs found in July.")
P.f("lab results", "agree", "date", "December", "December", "Both 2026-12.")
P.f("Kovačić: time capsule", "agree", "quote", "We have a closed time capsule.", "We have a closed time capsule,", "Both Kovačić.")
P.f("Jurić: sea has kept it", "agree", "quote", "The sea has kept it for two thousand years. We will not rush,", "The sea has kept it for two thousand years,",
    "Both Jurić; B drops 'We will not rush' (see the statement conflict).")
P.f("raising the ship", "conflict", "statement", "the government would not raise the ship, at least for now",
    "the ministry was already preparing to raise part of the hull next summer", "Will not raise (for now) vs already preparing to raise.")
P.f("age of the wreck", "agree", "statement", "is believed to have sunk in the first century BC", "went down in the first century BC", "Same.")
P.f("effects of the zone", "related", "statement", "banned diving, anchoring and fishing within 500 metres",
    "said the new zone closed one of his best grounds", "The ban vs a fisherman's loss: same topic, different facts.")
OUT.append(P.out())

# ---------------- pair 8: Reykjavík crane collapse
P = Pair("p8a_iceland_crane_nordicwire.txt", "p8b_iceland_crane_reykjavikpostur.txt")
P.f("injured workers", "agree", "quantity", "two workers", "Two workers", "Same.", a_occ=2)
P.f("crane height", "agree", "quantity", "45-metre", "45-metre", "Same.")
P.f("gust speed at the collapse", "conflict", "quantity", "38 metres per second", "41 m/s", "38 vs 41 m/s measured.")
P.f("forecast vs measured gusts", "related", "quantity", "up to 35 metres per second", "41 m/s", "Forecast maximum vs measured gust: different measures.")
P.f("evacuated residents", "agree", "quantity", "about 60 residents", "About 60 people", "Same.")
P.f("hotel cost", "agree", "quantity", "around 1.5 million krónur", "about 1,5 million kr.", "Same; B with decimal comma.")
P.f("removal cost", "agree", "quantity", "about 20 million krónur", "roughly 20 million kr.", "Same.")
P.f("tower cranes in Reykjavík", "agree", "quantity", "about 140 tower cranes", "About 140 tower cranes", "Same.")
P.f("flats being built", "agree", "quantity", "96 apartments", "96 flats", "Same.")
P.f("collapse", "agree", "date", "Monday evening", "Monday night", "Both 2026-11-09.")
P.f("last inspection", "agree", "date", "October 28", "28 October", "Both 2026-10-28.")
P.f("storm warning to contractors", "agree", "date", "Sunday", "Sunday", "Both 2026-11-08.")
P.f("who said 'a miracle that nobody was killed'", "conflict", "quote", "It is a miracle that nobody was killed,", "It is a miracle that nobody was killed,",
    "Same words: A gives them to police spokesman Sigurðsson, B to Hraunberg's Einar Þórsson.")
P.f("Hallsdóttir on the warning", "agree", "quote", "Every contractor received a warning on Sunday. The question is what they did with it,",
    "The question is what they did with it,", "Both Hallsdóttir; B quotes only the second sentence.")
P.f("resuming work", "conflict", "statement", "the company would not resume work at the site until the investigation was complete",
    "work would restart on the parts of the site away from the crane as early as next week", "Would not resume before the investigation ends vs restart next week.")
P.f("state of the injured", "related", "statement", "One was released overnight and the other was in a stable condition",
    "Both were discharged yesterday morning", "Status at two different times (Tuesday report vs Wednesday paper).")
P.f("work halted", "agree", "statement", "has halted all work at the site", "stopped all work on the site", "Same.")
OUT.append(P.out())

with open(os.path.join(HERE, "gold", "pairs.gold.json"), "w", encoding="utf-8") as f:
    json.dump(OUT, f, ensure_ascii=False, indent=1)
    f.write("\n")
