import json, os
from build_common import Pair, HERE

OUT = []

# ---------------- pair 1: Armenia mortgage refund
P = Pair("p1a_armenia_mortgage_subsidy_araratlinenews.txt", "p1b_armenia_mortgage_subsidy_yerevanherald.txt")
P.f("households claiming the refund in 2025", "agree", "quantity", "Some 14,200 households", "14,200 households", "Same figure.")
P.f("cost of the refund in 2025", "agree", "quantity", "61.4 billion drams", "61 billion drams", "Exact vs rounded.")
P.f("new cap for Yerevan flats", "agree", "quantity", "1.5 million drams", "֏1.5 million", "Same cap.")
P.f("old cap / regional cap", "agree", "quantity", "3 million drams", "3 million drams", "Same ceiling (A: kept for the regions; B: the old Yerevan limit, which the regions keep).")
P.f("construction jobs at risk", "agree", "quantity", "about 9,000 construction jobs", "9,000 jobs", "Same union estimate.")
P.f("expected fall in sales of new flats", "conflict", "quantity", "35%", "25%", "Same union forecast for this year: 35% vs 25%.")
P.f("price per square metre vs one flat's price", "related", "quantity", "720,000 drams", "֏46 million", "Per-square-metre price in central Yerevan (both) vs the total price of one 68 m2 flat (B): different measures.")
P.f("mortgages lent in 2025", "agree", "quantity", "412 billion drams", "֏412 billion", "Same central-bank figure.")
P.f("date the cut takes effect", "conflict", "date", "1 March 2026", "1 April", "2026-03-01 vs 2026-04-01.")
P.f("day of the cabinet decision", "agree", "date", "Wednesday", "Wednesday evening", "Both 2026-01-21.")
P.f("next review of the scheme", "agree", "date", "September", "September", "Both 2026-09, when the 2027 budget is drafted.")
P.f("Avagyan on paying with everyone's taxes", "agree", "quote",
    "We cannot keep paying for the most expensive square metres in the country with everyone's taxes,",
    "We cannot keep paying for the most expensive square metres in the country with everyone's taxes,", "Same words, same speaker.")
P.f("who said developers will freeze projects", "conflict", "quote",
    "Developers will freeze projects that are already on paper,", "Developers will freeze projects that are already on paper,",
    "Same words: A gives them to union chairman Karen Mkhitaryan, B to deputy chairman Armen Grigoryan.")
P.f("refund for second-hand flats", "conflict", "statement",
    "the government would not extend it to second-hand flats",
    "the ministry is considering extending a reduced refund to older flats",
    "Opposite: ruled out (A) vs under consideration (B), same minister.")
P.f("abolishing the refund", "agree", "statement",
    "She ruled out abolishing the refund altogether before 2028",
    "the scheme as a whole would not be abolished while she was in office", "Both: no abolition (different time frames, same denial).")
P.f("builders' request", "related", "statement",
    "the union had asked the prime minister's office for a transition period of at least 12 months",
    "asking for the cut to be delayed until 2027", "Same union, different requests reported (transition period vs delay until 2027); not contradictory.")
OUT.append(P.out())

# ---------------- pair 2: Azerbaijan silk cocoons
P = Pair("p2a_azerbaijan_silk_cocoons_caspianeconomicwire.txt", "p2b_azerbaijan_silk_cocoons_shakivoice.txt")
P.f("new purchase price per kg", "conflict", "quantity", "22 manats", "21 manats", "22 vs 21 manats per kilogram for the same season.")
P.f("opening of state buying points", "conflict", "date", "May 20", "25 May", "2026-05-20 vs 2026-05-25.")
P.f("day of the announcement", "agree", "date", "Tuesday", "yesterday", "Both 2026-03-10.")
P.f("cocoons delivered last year", "agree", "quantity", "410 tonnes", "about 400 tonnes", "Exact vs approximate.")
P.f("2026 target", "agree", "quantity", "600 tonnes", "600 tonnes", "Same.")
P.f("purchase fund", "agree", "quantity", "14 million manats", "₼14m", "Same.")
P.f("free boxes of eggs", "agree", "quantity", "120,000 boxes", "120,000 boxes", "Same national figure.")
P.f("mulberry saplings planted", "agree", "quantity", "1.2 million mulberry saplings", "1.2 million mulberry saplings", "Same (since 2024 / past two years).")
P.f("silk exports 2025", "agree", "quantity", "$3.6 million", "$3.6m", "Same.")
P.f("silkworm families", "related", "quantity", "some 4,300 farming families", "1,100 growing families", "Nationwide vs Shaki district only.")
P.f("feeding period", "agree", "quantity", "about 35 days", "five weeks", "About 35 days = five weeks of feeding.")
P.f("who said silk is not nostalgia", "conflict", "quote",
    "Silk is not nostalgia, it is income for villages that have little else,", "Silk is not nostalgia, it is income for villages that have little else,",
    "Same words: A deputy minister Elnur Mammadli, B combine director Tofig Rzayev.")
P.f("payment in instalments", "conflict", "statement", "He ruled out paying farmers in instalments",
    "farmers would be paid in two instalments", "Opposite: instalments ruled out (A) vs two instalments (B).")
P.f("combine buys the harvest", "agree", "statement", "has agreed to buy the entire harvest",
    "the combine had agreed to take every kilogram the farmers bring in", "Same commitment.")
P.f("expansion plans", "related", "statement", "The ministry also plans to open a second silk-reeling line in Ganja by 2027",
    "It is considering building a dyeing workshop", "Different projects by different actors (ministry reeling line vs combine dyeing workshop).")
OUT.append(P.out())

# ---------------- pair 3: Albania drought power imports
P = Pair("p3a_albania_drought_power_imports_adriaticbusinesswire.txt", "p3b_albania_drought_power_imports_tiranaobserver.txt")
P.f("September imports", "agree", "quantity", "300 gigawatt-hours", "300 GWh", "Same volume, unit written out vs abbreviated.")
P.f("import cost", "agree", "quantity", "about €45 million", "€45m", "Same.")
P.f("Fierza level below normal", "conflict", "quantity", "12 metres", "14 metres", "12 vs 14 metres below normal, same day.")
P.f("July rainfall", "agree", "quantity", "62%", "38%", "62% below the average (A) = 38% of the normal level (B): different bases, same fact.")
P.f("hydro share of electricity", "agree", "quantity", "about 95%", "roughly 95%", "Same.")
P.f("wholesale price", "agree", "quantity", "around €150", "near €150", "Same per-MWh price.")
P.f("emergency support", "agree", "quantity", "5.5 billion leks", "5.5 billion lekë", "Same (English vs Albanian plural).")
P.f("ferrochrome smelter output cut", "conflict", "quantity", "40%", "30%", "40% vs 30% cut at the Elbasan smelter.")
P.f("solar capacity", "related", "quantity", "240 megawatts", "300 megawatts", "Two parks due by November (A) vs a planned auction (B): different projects.")
P.f("end of the energy emergency", "conflict", "date", "September 30", "31 October", "2026-09-30 vs 2026-10-31.")
P.f("month of the record imports", "agree", "date", "September", "next month", "Both 2026-09.")
P.f("day of the cabinet decision", "agree", "date", "Wednesday", "yesterday", "Both 2026-08-12.", a_after="5.5 billion", b_after="5.5 billion")
P.f("who said 'we are buying every megawatt-hour'", "conflict", "quote",
    "We are buying every megawatt-hour the neighbours can sell us, at whatever price the market demands,",
    "We are buying every megawatt-hour the neighbours can sell us, at whatever price the market demands,",
    "Same words: A minister Dritan Kola, B chief executive Arta Dervishi.")
P.f("household tariffs", "conflict", "statement", "the government would not raise household tariffs this year",
    "household electricity prices are expected to rise from October", "Opposite polarity on this year's household prices.")
P.f("power cuts", "agree", "statement", "ruled out scheduled power cuts", "there would be no rationing", "Same assurance.")
P.f("extra supply measures", "related", "statement", "Albania had asked the Greek grid operator for extra capacity",
    "The ministry is also considering a new auction for 300 megawatts of solar power", "Different measures (interconnector capacity vs solar auction).")
OUT.append(P.out())

# ---------------- pair 4: North Macedonia drug recall
P = Pair("p4a_northmacedonia_drug_recall_balkanhealthwire.txt", "p4b_northmacedonia_drug_recall_skopjeobserver.txt")
P.f("batches recalled", "conflict", "quantity", "14 batches", "12 batches", "14 vs 12 batches.")
P.f("packs affected", "agree", "quantity", "about 380,000 packs", "Around 380,000 packs", "Same.")
P.f("patients", "agree", "quantity", "some 52,000 patients", "roughly 50,000 people", "Compatible approximations.")
P.f("impurity level", "agree", "quantity", "2.6 times", "160%", "2.6 times the limit = 160% above it.")
P.f("recall cost", "agree", "quantity", "€3.2 million", "about 200 million denars", "Same cost in two currencies (about 61.5 denars per euro).")
P.f("price of a pack", "related", "quantity", "210 denars", "245 denars", "Vardarfarm's pack (A) vs the Slovenian replacement (B).")
P.f("share fall", "agree", "quantity", "8.4%", "8.4%", "Same.")
P.f("return deadline", "conflict", "date", "April 30", "15 May", "2026-04-30 vs 2026-05-15.")
P.f("day of the share fall", "agree", "date", "Tuesday", "Tuesday", "Both 2026-04-14.", a_after="8.4%")
P.f("agency director on the risk", "agree", "quote",
    "There is no immediate danger to anyone who has taken these tablets, but there is no reason to keep taking them either,",
    "Nobody is in danger today. But these tablets should not be in anybody's cupboard,", "Same speaker, reworded.")
P.f("CEO blames supplier", "agree", "quote", "We followed every rule and we were let down by a supplier,",
    "We were let down by a supplier, and we will take them to court,", "Same speaker, different wording.")
P.f("production of the tablets", "conflict", "statement", "has halted production of the tablets",
    "would not suspend production", "Opposite: halted (A) vs will not suspend (B).")
P.f("replacement paid by the fund", "agree", "statement", "The Health Insurance Fund pledged to pay for the replacement medicine",
    "The Health Insurance Fund will reimburse pharmacies for the replacement packs", "Same.")
P.f("ministry's follow-up", "related", "statement", "the ministry would order tests on all sartan-type medicines on the market",
    "plans to bring in a law requiring every generic maker to test each batch", "Different measures by the same minister.")
P.f("patients keep taking medicine", "agree", "statement", "Patients were told not to stop their treatment abruptly",
    "should keep taking their medicine until they get a replacement", "Same advice.")
OUT.append(P.out())

# ---------------- pair 5: Montenegro bauxite concession
P = Pair("p5a_montenegro_bauxite_mine_adriaticmarketsdesk.txt", "p5b_montenegro_bauxite_mine_niksicdaily.txt")
P.f("investment", "agree", "quantity", "€120 million", "€120m", "Same.")
P.f("jobs", "agree", "quantity", "450 jobs", "450 people", "Same.")
P.f("concession term", "agree", "quantity", "30-year", "30 years", "Same.")
P.f("annual output", "conflict", "quantity", "800,000 tonnes", "one million tonnes", "800,000 vs 1,000,000 tonnes a year.")
P.f("royalty", "agree", "quantity", "5%", "5%", "Same.")
P.f("fee per tonne", "agree", "quantity", "€2.50", "€2.50", "Same.")
P.f("bank loan", "agree", "quantity", "€70 million", "€70m", "Same.")
P.f("peak workforce", "agree", "quantity", "more than 1,800 people", "around 1,800 workers", "Compatible.")
P.f("yearly revenue from the mine", "related", "quantity", "about €4 million", "€1.2m", "State's total royalties and fees (A) vs the municipality's share (B).")
P.f("first shipment", "conflict", "date", "March 2027", "December 2026", "2027-03 vs 2026-12.")
P.f("signing day", "agree", "date", "Wednesday", "yesterday", "Both 2026-06-17.")
P.f("who said 'first time in fifteen years'", "conflict", "quote",
    "This is the first time in fifteen years that anyone has put real money into the north of this country,",
    "This is the first time in fifteen years that anyone has put real money into the north of this country,",
    "Same words: A prime minister Dragan Vukovic, B economy minister Vesna Radulovic.")
P.f("miners will not wait", "agree", "quote", "People here have waited five years. They will not wait another five,",
    "They will not wait another five years,", "Same speaker (Jovanovic), slightly reworded.")
P.f("processing plant", "conflict", "statement", "Adria pledged to build a plant to wash and dry the ore near Niksic by 2029",
    "Leitner ruled out building any processing plant in Montenegro", "Opposite: pledged vs ruled out.")
P.f("court challenge", "agree", "statement", "Green Home said it would challenge the concession in the administrative court",
    "Green Home, an NGO, said it would file a lawsuit against the concession", "Same.")
P.f("environmental study", "related", "statement", "The ministry said the study would be published within 30 days",
    "said the study \"is not finished yet.\"", "Publication promised vs study unfinished: compatible, different claims.")
OUT.append(P.out())

# ---------------- pair 6: Bosnia quarry and tombstones
P = Pair("p6a_bosnia_quarry_tombstones_southeastnewsservice.txt", "p6b_bosnia_quarry_tombstones_hercegovackiglasnik.txt")
P.f("cracked tombstones", "agree", "quantity", "17 of its carved tombstones", "17 tombstones", "Same.")
P.f("distance of the quarry", "agree", "quantity", "about 600 metres", "0.6 kilometres", "Same distance in two units.")
P.f("length of the halt", "conflict", "quantity", "90 days", "60 days", "90 vs 60 days.")
P.f("daily fine for breach", "agree", "quantity", "up to 50,000 convertible marks", "up to 50,000 marks", "Same.")
P.f("concession fee vs fine", "related", "quantity", "18,000 KM", "up to 50,000 marks", "Yearly concession fee vs daily fine: same currency, different things.")
P.f("company investment", "agree", "quantity", "3.4 million KM", "about 3.4 million KM", "Same.")
P.f("quarry employees", "conflict", "quantity", "64 people", "70 workers", "64 vs 70.")
P.f("vibration", "agree", "quantity", "14 millimetres per second", "14 mm per second", "Same.")
P.f("stećci at Radimlja", "agree", "quantity", "133 stećci", "133 of the medieval stećci", "Same.")
P.f("full hearing", "conflict", "date", "November 12", "19 November", "2026-11-12 vs 2026-11-19.")
P.f("day of the ruling", "agree", "date", "Tuesday", "Tuesday", "Both 2026-10-06.")
P.f("permit suspended", "agree", "date", "Monday", "Monday", "Both 2026-10-05.")
P.f("who said 'stone can be replaced'", "conflict", "quote", "Stone can be replaced, these tombstones cannot,",
    "Stone can be replaced, these tombstones cannot,", "Same words: A museum director Amra Begic, B commission chair Lejla Mehmedovic.")
P.f("appeal", "conflict", "statement", "said it would appeal", "it would not appeal", "Opposite polarity.")
P.f("further steps", "related", "statement", "The heritage commission asked UNESCO last week to send monitoring experts",
    "Officials are considering moving the area where extraction is allowed further east", "Different steps by different bodies.")
P.f("motorway supply", "agree", "statement", "because it could buy stone from other quarries",
    "whose builders said they would find other suppliers", "Same.")
OUT.append(P.out())

# ---------------- pair 7: Luxembourg frost
P = Pair("p7a_luxembourg_frost_vineyards_beneluxpressagency.txt", "p7b_luxembourg_frost_vineyards_mosellepost.txt")
P.f("share of harvest lost", "agree", "quantity", "about 35%", "35%", "Same.")
P.f("losses", "agree", "quantity", "€22 million", "€22m", "Same.")
P.f("lowest temperature", "agree", "quantity", "minus 4.5 degrees Celsius", "-4.5 °C", "Same.")
P.f("badly damaged area", "agree", "quantity", "780 hectares", "Around 800 hectares", "Exact vs rounded.")
P.f("damaged vs total vineyard area", "related", "quantity", "780 hectares", "1,300 hectares", "Damaged area (A) vs total planted area (B).")
P.f("emergency fund", "agree", "quantity", "€6 million", "€6m", "Same.")
P.f("aid per hectare", "conflict", "quantity", "up to €4,000", "€4,500", "Up to 4,000 vs 4,500 euros per hectare.")
P.f("crémant bottles last year", "agree", "quantity", "about 3.2 million bottles", "some 3.2 million bottles", "Same.")
P.f("Schroeder's farm", "agree", "quantity", "9 hectares", "nine hectares", "Same.")
P.f("night of the frost", "conflict", "date", "April 28", "27 April", "2026-04-28 vs 2026-04-27.")
P.f("applications open", "agree", "date", "June 1", "1 June", "Both 2026-06-01.")
P.f("applications close", "agree", "date", "July 15", "15 July", "Both 2026-07-15.")
P.f("who said 'nobody alive has seen a frost like this'", "conflict", "quote",
    "Nobody alive in this valley has seen a frost like this so late in the spring,",
    "Nobody alive in this valley has seen a frost like this so late in the spring,", "Same words: A minister Claude Weber, B federation president Josée Kremer.")
P.f("crémant prices", "conflict", "statement", "would not raise its crémant prices this year",
    "Crémant prices are expected to rise by the autumn", "Opposite polarity on this year's prices.")
P.f("EU crisis reserve", "agree", "statement", "The government has also asked the European Commission to release money from the EU's agricultural crisis reserve",
    "Luxembourg has also asked Brussels for help from the EU crisis reserve", "Same request.")
P.f("frost protection", "related", "statement", "Growers' organisations are considering a joint insurance scheme against frost and hail",
    "The government plans to subsidise wind machines", "Different measures (insurance vs wind machines).")
OUT.append(P.out())

# ---------------- pair 8: Malta language schools
P = Pair("p8a_malta_language_schools_mediterraneannewsagency.txt", "p8b_malta_language_schools_maltagazette.txt")
P.f("students lost", "agree", "quantity", "16,500 students", "16,500 students", "Same.")
P.f("students this year", "agree", "quantity", "68,000 foreign students", "68,000", "Same (Jan-Oct).")
P.f("pending visa applications", "conflict", "quantity", "some 4,200 visa applications", "About 5,000 non-EU students", "About 4,200 vs about 5,000 waiting.")
P.f("average wait", "agree", "quantity", "47 days", "seven weeks", "47 days is about seven weeks.")
P.f("fees lost", "agree", "quantity", "about €28 million", "€28m", "Same.")
P.f("teachers laid off", "agree", "quantity", "some 300 teachers", "around 300 teachers", "Same.")
P.f("visa fee", "agree", "quantity", "€120", "€120", "Same.")
P.f("current bank deposit", "agree", "quantity", "at least €4,000", "€4,000", "Same current requirement.")
P.f("length of stay", "related", "quantity", "3.1 weeks", "11 weeks", "All students (A) vs non-EU students (B).")
P.f("sector's worth", "agree", "quantity", "about €160 million", "some €160m", "Same.")
P.f("launch of online visa system", "conflict", "date", "January 15, 2027", "1 February 2027", "2027-01-15 vs 2027-02-01.")
P.f("day the figures were released", "agree", "date", "Wednesday", "yesterday", "Both 2026-11-11.")
P.f("who said 'every week a visa sits on a desk'", "conflict", "quote",
    "Every week a visa sits on a desk, a student books a course in Dublin instead,",
    "Every week a visa sits on a desk, a student books a course in Dublin instead,", "Same words: A Rebecca Zammit (schools), B Daniel Farrugia (directorate).")
P.f("bank deposit rule", "conflict", "statement", "Cauchi said the government would not relax the deposit rule",
    "he has agreed to cut the bank deposit that students must show", "Opposite polarity.")
P.f("deliberate slowing", "agree", "statement", "Joseph Cauchi denied that applications were being deliberately slowed",
    "Joseph Cauchi rejected claims that his ministry was slowing down applications on purpose", "Same denial.")
P.f("remedies proposed", "related", "statement", "The schools asked for a dedicated visa desk staffed by at least 20 officers",
    "The Malta Tourism Authority plans a marketing campaign in Mexico and Colombia", "Different measures by different actors.")
OUT.append(P.out())

with open(os.path.join(HERE, "gold", "pairs.gold.json"), "w", encoding="utf-8") as f:
    json.dump(OUT, f, ensure_ascii=False, indent=1)
    f.write("\n")
