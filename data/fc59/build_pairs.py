import json, os
from build_common import Pair, HERE

OUT = []

# ---------------- pair 1: Lankatyre radial plant
P = Pair("p1a_srilanka_tyre_plant_ceylonbusinesswire.txt", "p1b_srilanka_tyre_plant_horanatimes.txt")
P.f("investment", "agree", "quantity", "Rs 14.2 billion", "Rs 14.2 billion", "Same exact cost (A's headline rounds it to Rs 14 billion).")
P.f("annual output at full capacity", "conflict", "quantity", "1.8 million tyres a year", "1.5 million tyres a year", "1.8 vs 1.5 million tyres a year, both at full output in 2027.")
P.f("jobs when fully staffed", "agree", "quantity", "850 people", "850", "Same target; B's bare '850' is people on the payroll.", b_after="will have")
P.f("already hired", "agree", "quantity", "610", "610 people", "Same count.", a_after="of whom")
P.f("bank loan", "agree", "quantity", "$28 million", "US$ 28 million", "Same loan.")
P.f("investment in dollars vs loan", "related", "quantity", "about $47 million", "US$ 28 million", "Both USD: A's total investment converted vs B's bank loan, different things.")
P.f("growers under contract", "agree", "quantity", "3,200 growers", "3,200 smallholders", "Same.")
P.f("premium paid to growers", "agree", "quantity", "Rs 20 a kilogram", "Rs 20 per kilo", "Same per-kilo premium.")
P.f("tyre import bill 2025", "agree", "quantity", "Rs 31 billion", "Rs 31 billion", "Same.")
P.f("opening day", "agree", "date", "Monday", "yesterday", "Both 2026-01-12 (B published 13 January).")
P.f("first export shipment", "agree", "date", "February 3", "3rd February", "Both 2026-02-03.")
P.f("quote on size of investment", "agree", "quote", "This is the largest single investment in our industry since the 1990s,",
    "This is the biggest investment our industry has seen in thirty years,", "Same speaker (Wickramasuriya), reworded.")
P.f("extension of the tax holiday", "conflict", "statement",
    "the government would not extend the tax holiday it granted the project in 2024 beyond its original five years",
    "the government was prepared to extend the project's five-year tax holiday if the export target was met",
    "Opposite polarity: will not extend vs prepared to extend (Perera on both sides).")
P.f("truck-tyre line", "conflict", "statement",
    "Lankatyre is considering a second line for truck tyres, which would cost another Rs 6 billion, but has not set a date",
    "a second line for truck tyres, costing about Rs 6 billion, would be built and should open in 2028",
    "A: only under consideration, no date; B: will be built, opening 2028.")
P.f("growers' demand", "agree", "statement", "said growers had asked for Rs 35", "We asked for Rs 35.",
    "Same demand: A reports it, B quotes Abeyratne.")
P.f("growers' reaction", "related", "statement",
    "Rubber growers' groups welcomed the contracts but said the premium was too small.",
    "A grower from Bulathsinhala, who asked not to be named, was more positive.",
    "Different growers' reactions to the same contracts; not contradictory.")
OUT.append(P.out())

# ---------------- pair 2: porters' minimum wage
P = Pair("p2a_nepal_porter_wages_himalayanpress.txt", "p2b_nepal_porter_wages_pokharapost.txt")
P.f("minimum daily wage", "agree", "quantity", "2,500 rupees", "at least Rs 2,500 a day", "Same floor.")
P.f("current pay", "agree", "quantity", "1,800 rupees", "Rs 1,800 to Rs 2,000", "1,800 is within B's range.")
P.f("load limit", "agree", "quantity", "25 kilograms", "no more than 25 kg", "Same limit.")
P.f("insurance cover", "agree", "quantity", "1.5 million rupees", "Rs 1.5 million", "Same.")
P.f("porters in peak season", "agree", "quantity", "An estimated 45,000 people", "About 45,000 porters", "Same.")
P.f("inspection points", "conflict", "quantity", "14 trailhead posts", "12 checkpoints", "14 vs 12 ministry inspection points.")
P.f("review interval", "conflict", "quantity", "two years", "three years", "Wage reviewed every two vs every three years.")
P.f("30 kg: informal limit vs actual load", "related", "quantity", "30 kg", "30 kilos",
    "A: the informal limit being replaced; B: what a porter carries in the guide's quote. Different things.")
P.f("small agencies", "related", "quantity", "about 70%", "roughly 1,800",
    "Share vs count of small firms among the 2,600 agencies: different measures, compatible.")
P.f("wage takes effect", "agree", "date", "April 1", "April 1", "Both 2026-04-01.")
P.f("agreement signed", "agree", "date", "Tuesday", "yesterday", "Both 2026-02-17.", a_after="(Himalayan Press)")
P.f("Karki on trek cost", "agree", "quote", "Nobody will cancel a holiday over $50,",
    "It comes to about 50 dollars on a two-week trek. Nobody will cancel a holiday over that,", "Same speaker (Karki), reworded.")
P.f("minister: backbone of tourism", "agree", "quote",
    "Porters are the backbone of our tourism, and for too long they have been paid like they were invisible,",
    "the backbone of our tourism", "Same speaker (Thapa Magar); B quotes a fragment.")
P.f("high-altitude pay", "conflict", "statement",
    "Thapa Magar said he had ruled out a separate wage for high-altitude work above 5,000 metres for now",
    "promised that a separate high-altitude allowance would be introduced next year for work above 5,000 metres",
    "Ruled out vs promised for next year.")
P.f("union stays out", "agree", "statement", "said it would not sign the deal",
    "their largest union has refused to put its name to it", "Same refusal.")
P.f("reactions of the trade", "related", "statement",
    "Tour operators in Thamel, Kathmandu's backpacker district, said some agencies already paid more than 2,500 rupees.",
    "In Pokhara, guides said the change was overdue.", "Different groups in different places; compatible.")
OUT.append(P.out())

# ---------------- pair 3: Kabd waste-to-energy plant
P = Pair("p3a_kuwait_waste_energy_gulfmarketswire.txt", "p3b_kuwait_waste_energy_kuwaitobserver.txt")
P.f("contract value", "agree", "quantity", "KD 198 million", "KD 198 million", "Same.")
P.f("daily waste capacity", "conflict", "quantity", "3,200 tonnes of household waste a day", "3,000 tonnes of rubbish a day", "3,200 vs 3,000 tonnes a day.")
P.f("power output", "agree", "quantity", "85 megawatts", "85 MW", "Same.")
P.f("power price", "agree", "quantity", "24 fils per kilowatt-hour", "24 fils per kWh", "Same tariff.")
P.f("gate fee", "agree", "quantity", "KD 9", "KD 9 a tonne", "Same per-tonne fee.")
P.f("plant cost vs lifetime gate fees", "related", "quantity", "KD 198 million", "about KD 260 million",
    "Both KWD: construction cost vs the Observer's estimate of 25 years of gate fees.")
P.f("number of bids", "agree", "quantity", "two rival bids", "three bidders", "Winner plus two rivals = three bidders.")
P.f("permanent staff", "agree", "quantity", "220 permanent staff", "220 permanent workers", "Same.")
P.f("contract awarded", "agree", "date", "Tuesday", "yesterday", "Both 2026-03-24.")
P.f("start of operation", "agree", "date", "2029", "2029", "Same year.")
P.f("finance committee review", "agree", "date", "next month", "April", "Both April 2026.")
P.f("quote on landfill", "agree", "quote", "This ends the era of burying everything in the desert,",
    "This ends the age of burying everything in the desert,", "Same speaker (Al-Rashidi), one word differs.")
P.f("delay caused by MPs", "conflict", "statement",
    "Al-Rashidi denied that the tender had been delayed by objections from lawmakers",
    "said the award had been held up for months by questions from members of the National Assembly",
    "Denied vs asserted (B's anonymous source; B's headline also speaks of an 18-month delay).")
P.f("Kuwaiti share of jobs", "conflict", "statement", "at least 30% of them Kuwaiti citizens",
    "a quarter of the jobs would go to Kuwaitis", "At least 30% vs a quarter, both from Park Jin-woo.")
P.f("emission limits", "related", "statement",
    "Al-Rashidi said the limits followed European Union rules and would be made public before construction",
    "the government had refused to publish emission limits for the plant",
    "A: the authority's promise to publish later; B: an activist's complaint that they have not been published. Not strictly contradictory.")
P.f("second plant", "agree", "date", "2027", "next year", "Both 2027.", b_after="Al-Subiya")
OUT.append(P.out())

# ---------------- pair 4: Jordan's EV tax
P = Pair("p4a_jordan_ev_duty_levantwire.txt", "p4b_jordan_ev_duty_ammandaily.txt")
P.f("new tax rate", "agree", "quantity", "40%", "40 per cent", "Same.", a_occ=2)
P.f("old tax rate", "agree", "quantity", "27%", "27 per cent", "Same.")
P.f("rate for expensive cars", "agree", "quantity", "50%", "50 per cent", "Same.")
P.f("threshold for higher rate", "agree", "quantity", "above 25,000 dinars", "more than JD 25,000", "Same.")
P.f("extra revenue", "conflict", "quantity", "about 95 million dinars a year", "JD 80 million a year", "95 vs 80 million dinars a year, both from Haddadin.")
P.f("grace period for shipped cars", "conflict", "quantity", "60 days", "30 days", "60 vs 30 days to clear customs.")
P.f("EV share of registrations", "agree", "quantity", "38%", "38 per cent", "Same.")
P.f("cars in the pipeline", "agree", "quantity", "about 6,000 cars", "about 6,000 cars", "Same.")
P.f("price rise: typical car vs a neighbour's car", "related", "quantity", "about 2,400 dinars", "two thousand dinars",
    "A: importers' estimate for a typical compact car; B: one buyer's anecdote. Different cars.")
P.f("money for chargers", "agree", "quantity", "10 million dinars", "JD 10 million", "Same.")
P.f("effective date", "agree", "date", "May 15", "15 May", "Both 2026-05-15.")
P.f("Cabinet decision", "agree", "date", "Tuesday", "yesterday", "Both 2026-05-05.")
P.f("Haddadin on fuel revenue", "agree", "quote", "We cannot keep losing fuel revenue while the roads are paid for by everyone else,",
    "The roads are paid for by everyone, and we cannot keep losing fuel revenue,", "Same speaker, reordered.")
P.f("court challenge", "conflict", "statement", "He said the association would ask the Constitutional Court to review the decision.",
    "He said the association would not go to court but would lobby MPs", "Will go to court vs will not.")
P.f("tax on hybrids", "conflict", "statement", "He said the government had no plans to change the tax on hybrid cars this year.",
    "the government was also considering a higher tax on hybrid cars", "No plans (minister) vs considering (anonymous official).")
P.f("fuel distributors", "related", "statement", "Haddadin rejected claims that the government was bowing to pressure from fuel distributors.",
    "Fuel distributors welcomed the decision.", "Same actors, different facts: a denial vs their reaction.")
OUT.append(P.out())

# ---------------- pair 5: Volkert plant in Kairouan
P = Pair("p5a_tunisia_wiring_plant_maghrebwire.txt", "p5b_tunisia_wiring_plant_lecourrierducentre.txt")
P.f("investment", "agree", "quantity", "145 million dinars", "TND 145 million", "Same.")
P.f("jobs when fully staffed", "conflict", "quantity", "2,400 people", "2,000 people", "2,400 vs 2,000 by 2027.")
P.f("hired so far", "agree", "quantity", "About 1,100 workers", "1,100", "Same.", b_after="already taken on")
P.f("overtime pay", "agree", "quantity", "125%", "25 per cent premium", "125% of the normal rate = a 25% premium: different bases, same pay.")
P.f("sector vs company workforce", "related", "quantity", "About 90,000 people", "9,500 people",
    "Wiring-harness workers nationwide vs Volkert's existing Tunisian staff.")
P.f("unemployment in Kairouan", "agree", "quantity", "21%", "21 per cent", "Same.")
P.f("car-parts exports", "agree", "quantity", "11.7 billion dinars", "TND 11.7 billion", "Same.")
P.f("sea time to Genoa", "agree", "quantity", "two days", "two days", "Same.")
P.f("opening day", "agree", "date", "Tuesday", "yesterday", "Both 2026-06-09.")
P.f("first shipment", "agree", "date", "June 22", "22 June", "Both 2026-06-22.")
P.f("rail link", "conflict", "date", "2028", "2030",
    "A: siding promised by 2028 (under study); B: not planned before 2030.")
P.f("Ben Salah on Kairouan", "agree", "quote", "Kairouan has the people and the roads. What it lacked was investment,",
    "Kairouan has the people. What it lacked was someone willing to invest,", "Same speaker, reworded.")
P.f("who said the 12-hour-shifts line", "conflict", "quote", "We will not accept 12-hour shifts dressed up as opportunity,",
    "We will not accept 12-hour shifts dressed up as opportunity,", "Same words: A gives them to regional secretary Hedi Jlassi, B to Sousse delegate Nejib Ayari.")
P.f("further grants", "conflict", "statement", "She ruled out further cash grants to the company.",
    "would consider a further grant if the company reached its hiring target", "Ruled out vs would consider.")
P.f("forced overtime", "agree", "statement", "Ben Salah denied that the company used forced overtime",
    "The company says overtime is voluntary", "Same denial.")
P.f("collective agreement", "related", "statement", "said it would seek a collective agreement at the site",
    "the union had already asked for talks on a collective agreement", "Will seek vs has already asked: same aim, different stage.")
OUT.append(P.out())

# ---------------- pair 6: Senegal baccalaureate
P = Pair("p6a_senegal_bac_results_dakarpress.txt", "p6b_senegal_bac_results_lequotidiendepikine.txt")
P.f("pass rate", "agree", "quantity", "44.2%", "44.2 per cent", "Same.", a_occ=2)
P.f("pass rate 2025", "agree", "quantity", "51.6%", "51.6 per cent", "Same.")
P.f("candidates", "agree", "quantity", "168,400 candidates", "168,400 candidates", "Same.")
P.f("passed at first session", "agree", "quantity", "74,430", "74,430", "Same.")
P.f("centres cancelled", "conflict", "quantity", "14 centres", "16 centres", "14 vs 16 centres.")
P.f("protesters in Pikine", "conflict", "quantity", "about 200 people", "about 300 parents", "About 200 (police) vs about 300.")
P.f("exam cost", "agree", "quantity", "4.8 billion CFA francs", "CFA 4.8 billion", "Same.")
P.f("jammer cost vs total cost", "related", "quantity", "1.2 billion CFA francs", "CFA 4.8 billion", "Both XOF: part (jammers) vs whole.")
P.f("second round starts", "agree", "date", "August 3", "3 August", "Both 2026-08-03.")
P.f("resit", "agree", "date", "August 10", "10 August", "Both 2026-08-10.")
P.f("honest results quote", "conflict", "quote",
    "A lower rate with honest results is worth more than a high rate nobody believes,",
    "A high rate that nobody believes is worth less than a lower rate with honest results,",
    "Same idea, reworded: A gives it to office director Sow, B to minister Diagne.")
P.f("Ndiaye on teachers", "agree", "quote", "You cannot pass physics without a physics teacher,",
    "You cannot pass physics without a physics teacher,", "Same words, same speaker.")
P.f("jammers next year", "conflict", "statement",
    "The government said it would keep the jammers for next year's exam and extend them to all centres.",
    "The ministry has not decided whether they will be used again next year.", "Decided vs undecided.")
P.f("candidates of cancelled centres", "related", "statement",
    "He rejected calls from parents' groups to let all candidates in cancelled centres pass automatically.",
    "the government was considering a special session for candidates from cancelled centres who can prove they did not cheat",
    "No automatic pass vs a possible special session: different remedies, compatible.")
P.f("pass mark", "agree", "statement", "the government would not lower the pass mark", "the pass mark would stay", "Same.")
P.f("teacher recruitment", "agree", "quantity", "2,000 teachers", "2,000 teachers", "Same pledge, by October.")
OUT.append(P.out())

# ---------------- pair 7: TAPOSCO token outage
P = Pair("p7a_tanzania_power_tokens_eastafricawire.txt", "p7b_tanzania_power_tokens_thedarmirror.txt")
P.f("customers affected", "agree", "quantity", "about 1.9 million households", "roughly 2 million prepaid customers", "1.9 million ~ roughly 2 million.")
P.f("outage length", "agree", "quantity", "three-day", "three days", "Same.")
P.f("free units", "agree", "quantity", "10 free units", "10 free units", "Same.")
P.f("compensation per customer", "agree", "quantity", "about 3,560 shillings", "TSh 3,560 per customer", "Same.")
P.f("compensation in total", "agree", "quantity", "about 6.8 billion shillings", "close to TSh 7 billion", "6.8 bn ~ close to 7 bn.")
P.f("per-customer vs total", "related", "quantity", "about 3,560 shillings", "close to TSh 7 billion", "Both TZS: per customer vs total.")
P.f("customer base", "agree", "quantity", "5.1 million customers", "5.1 million customers", "Same.")
P.f("traders' losses", "agree", "quantity", "45 billion shillings", "TSh 45 billion", "Same estimate.")
P.f("maximum fine", "agree", "quantity", "500 million shillings", "up to TSh 500 million", "Same cap.")
P.f("outage began", "agree", "date", "Saturday, September 12", "Saturday", "Both 2026-09-12.")
P.f("audit deadline", "conflict", "date", "October 15", "30 October", "2026-10-15 vs 2026-10-30.")
P.f("apology", "agree", "quote", "We failed our customers, and I apologise to every family that sat in the dark,",
    "I apologise to every family that sat in the dark. We let our customers down,", "Same speaker (Mwakyusa), reworded.")
P.f("private operator for vending", "conflict", "statement", "ruled out privatising the vending platform",
    "the government was open to bringing in a private partner to run the vending platform", "Ruled out vs open to it (Kombo).")
P.f("action against the contractor", "conflict", "statement", "TAPOSCO said it was considering legal action against the firm.",
    "TAPOSCO said it would sue the firm.", "Considering vs decided.")
P.f("cause of the failure", "related", "statement", "a software update to its vending system went wrong",
    "the update had been installed without testing", "Same update; B adds an anonymous claim about testing.")
P.f("engineers", "agree", "quantity", "380 engineers", "380 engineers", "Same.")
OUT.append(P.out())

# ---------------- pair 8: vanilla picking ban
P = Pair("p8a_uganda_vanilla_ban_ugandanewsagency.txt", "p8b_uganda_vanilla_ban_mukonotribune.txt")
P.f("ban until", "agree", "date", "November 30", "30th November", "Both 2026-11-30.")
P.f("buyer registration deadline", "agree", "date", "November 20", "20th November", "Both 2026-11-20.", a_after="buyers by")
P.f("seizure in Luweero", "agree", "date", "Sunday", "Sunday", "Both 2026-11-01.")
P.f("maximum fine", "agree", "quantity", "up to 2 million shillings", "up to Shs 2 million", "Same.")
P.f("maximum jail term", "conflict", "quantity", "six months", "a year in prison", "Six months vs a year.")
P.f("vanilla farmers", "conflict", "quantity", "60,000 farmers", "70,000 farmers", "60,000 vs 70,000, both in Namutebi's quote.")
P.f("farm-gate price", "agree", "quantity", "about 35,000 shillings a kilogram", "Shs 35,000", "Same.")
P.f("farm-gate vs export price", "related", "quantity", "about 35,000 shillings a kilogram", "about $95 per kilogram",
    "Green beans at the farm gate (UGX) vs cured vanilla for export (USD): different products and markets.")
P.f("exports", "agree", "quantity", "310 tonnes", "310 tonnes", "Same.")
P.f("export earnings", "agree", "quantity", "about $31 million", "some US$31 million", "Same.")
P.f("Namutebi on traders", "agree", "quote", "We will not allow a few traders to ruin it for 60,000 farmers.",
    "We will not let a handful of traders ruin the name of Ugandan vanilla for 70,000 farmers,", "Same speaker, reworded (the figure differs: see 'vanilla farmers').")
P.f("Ssemakula on theft", "agree", "quote", "If I wait, thieves harvest my vines at night,",
    "If you wait, they come at night and strip your vines,", "Same speaker, reworded.")
P.f("timing of the ban", "conflict", "statement", "said it came too late, as many farmers had already picked",
    "said the ban had come in time to save most of the crop", "Too late vs in time (Okello on both sides).")
P.f("minimum farm-gate price", "conflict", "statement", "the ministry was considering a minimum farm-gate price for next season",
    "a minimum farm-gate price would be introduced for next season", "Considering vs will be introduced.")
P.f("help for exporters", "agree", "statement", "Namutebi denied that the ban was meant to help large exporters.",
    "Namutebi said the ban was not designed to favour big exporters", "Same denial.")
P.f("traders' challenge", "related", "statement", "Small traders in Kayunga said they would challenge the ban. Their association said it would petition parliament.",
    "Small traders in Kayunga have threatened to go to court.", "Same opposition, different routes (parliament vs court); compatible.")
OUT.append(P.out())

with open(os.path.join(HERE, "gold", "pairs.gold.json"), "w", encoding="utf-8") as f:
    json.dump(OUT, f, ensure_ascii=False, indent=1)
    f.write("\n")
