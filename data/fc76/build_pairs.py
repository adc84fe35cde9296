import json, os
from build_common import Pair, HERE

OUT = []

# ---------------- pair 1: cricket board ruling (Pakistan)
P = Pair("p1a_pakistan_cricket_ruling_induspressagency.txt", "p1b_pakistan_cricket_ruling_lahoreledger.txt")
P.f("points deducted", "conflict", "quantity", "six points", "eight points", "Six vs eight points docked, both in the lead.", a_occ=2, b_occ=2)
P.f("Falcons' points after the deduction", "conflict", "quantity", "10 points", "eight points", "10 vs 8 points in the table (follows from the deduction conflict).", b_occ=3)
P.f("fine", "agree", "quantity", "25 million rupees", "Rs2.5 crore", "2.5 crore = 25 million (Pakistani lakh/crore style).", b_occ=2)
P.f("previous record fine", "agree", "quantity", "8 million rupees", "Rs80 lakh", "80 lakh = 8 million.")
P.f("new fine vs old record", "related", "quantity", "8 million rupees", "Rs2.5 crore", "Previous record (2022) vs this fine: same currency, different fines.", b_occ=2)
P.f("matches played while ineligible", "agree", "quantity", "four matches", "four games", "Same four games.")
P.f("manager's suspension", "agree", "quantity", "three months", "three months", "Same.")
P.f("Hawks' defeat margin", "agree", "quantity", "11 runs", "11-run", "Same margin.")
P.f("broadcast revenue", "agree", "quantity", "about 1.2 billion rupees", "topped Rs1 arab", "1 arab = 1 billion; 'about 1.2 billion' is compatible with 'topped 1 billion'.")
P.f("date of the Hawks' complaint", "conflict", "date", "December 18", "16 December", "2025-12-18 vs 2025-12-16.")
P.f("play-offs start", "agree", "date", "February 14", "14 February", "Same date, written two ways.")
P.f("day of the ruling", "agree", "date", "Tuesday", "Tuesday", "Both 2026-01-20.", b_occ=2)
P.f("registration lapsed", "agree", "date", "November 30", "end of November", "2025-11-30 lies in 2025-11.")
P.f("appeal", "conflict", "statement", "said the franchise would appeal", "had accepted the verdict and would not appeal",
    "Opposite polarity: will appeal (owner) vs will not appeal (chief executive).")
P.f("who said 'told by the board's own office'", "conflict", "quote",
    "We were told by the board's own office that the paperwork was in order", "We were told by the board's own office that the paperwork was in order",
    "Same words: A gives them to owner Shahid Baloch, B to chief executive Farhan Mirza.")
P.f("tribunal on the registration rules", "conflict", "statement",
    "The rules on registration are not a technicality", "are a formality, but formalities decide tables",
    "Same speaker (Qureshi), reworded with the opposite meaning: 'not a technicality' vs 'a formality'.")
P.f("the four results", "related", "statement", "Akhtar said the results of the four matches would stand",
    "The Hawks had asked for their 11-run defeat to the Falcons to be replayed", "Board's decision vs the Hawks' request: same topic, different facts.")
OUT.append(P.out())

# ---------------- pair 2: bird flu cull (Japan)
P = Pair("p2a_japan_bird_flu_cull_pacificrimwire.txt", "p2b_japan_bird_flu_cull_satsumaeveningpost.txt")
P.f("hens culled", "agree", "quantity", "about 182,000 laying hens", "roughly 180,000 hens", "Rounded on B.")
P.f("date of the positive test", "conflict", "date", "February 7", "February 6", "2026-02-07 vs 2026-02-06.")
P.f("prefectural staff on the cull", "conflict", "quantity", "About 400 prefectural staff", "Some 450 prefectural employees", "About 400 vs some 450.")
P.f("farms in the 10 km zone", "conflict", "quantity", "21 poultry farms", "23 farms", "21 vs 23 farms.")
P.f("birds in the zone", "agree", "quantity", "about 1.1 million birds", "about 1.1 million birds", "Same.")
P.f("cost of cull and disinfection", "agree", "quantity", "450 million yen", "¥450 million", "Same, written two ways.")
P.f("egg price rise since November", "agree", "quantity", "18 percent", "around 18%", "Same.")
P.f("epidemiologists sent", "agree", "quantity", "5 epidemiologists", "five epidemiologists", "Digits vs words.")
P.f("hens that died before the test", "agree", "quantity", "320 hens", "more than 300 hens", "320 is more than 300.")
P.f("record season", "agree", "quantity", "17.7 million birds", "17.7 million birds", "Same 2022-23 record.")
P.f("cull duration vs time since confirmation", "related", "quantity", "72 hours", "two days", "A: expected length of the cull; B: the cull began two days after confirmation.")
P.f("earliest lifting of the ban", "agree", "date", "March 3", "March 3", "Same.")
P.f("cull began", "agree", "date", "Monday", "Monday morning", "Both 2026-02-09.")
P.f("Self-Defense Forces", "conflict", "statement", "the prefecture had asked Japan's Self-Defense Forces to send troops to help with the cull",
    "saw no need to ask the Self-Defense Forces for help", "Asked for troops vs no need to ask.")
P.f("governor on the spread", "conflict", "statement", "we will not let this spread", "we cannot promise that it will not spread",
    "Same speaker (Arimura), reworded quote with the opposite modality: a pledge vs no promise.")
P.f("farm owner's loss", "agree", "quote", "Everything we built over 30 years is gone in a week", "Thirty years of work are gone in a week", "Same speaker (Noguchi), reworded.")
P.f("egg market", "related", "statement", "Egg prices in Japan have already risen 18 percent since November",
    "Local egg shops said customers were not yet panic-buying", "National price rise vs local buying behaviour.")
OUT.append(P.out())

# ---------------- pair 3: shark nets (Australia)
P = Pair("p3a_australia_shark_nets_southerncrossnewswire.txt", "p3b_australia_shark_nets_illawarratide.txt")
P.f("beaches losing nets", "conflict", "quantity", "12 of the 51 beaches", "Fifteen beaches", "12 vs 15 beaches.")
P.f("start of the season without nets", "conflict", "date", "September 1", "October 1", "2026-09-01 vs 2026-10-01.")
P.f("animals caught last season", "agree", "quantity", "376 animals", "376 marine animals", "Same.")
P.f("target sharks", "agree", "quantity", "only 41", "Just 41", "Same (counted noun elided on both sides, recoverable).")
P.f("cost of the replacement program", "agree", "quantity", "$8.6 million", "$8.6m", "Same.")
P.f("drones", "agree", "quantity", "40 drones", "40 drones", "Same.")
P.f("annual cost of netting", "agree", "quantity", "about $2 million a year", "around $2m a year", "Same.")
P.f("drone hours last summer", "agree", "quantity", "more than 6,000 hours", "more than 6000 drone hours", "Same; thousands separator dropped on B.")
P.f("lifesavers' condition", "agree", "statement", "Surf Life Saving NSW said it supported the trial provided volunteers were paid for drone shifts",
    "We're in, as long as our people are looked after", "Support on condition of pay: reported on A, quoted on B (statement: B's quote is paraphrased on A).")
P.f("net depth vs net length", "related", "quantity", "10 to 12 metres", "about 150m", "Water depth (range) vs length of a net: different measures in metres.")
P.f("program began", "agree", "date", "1937", "1937", "Same.")
P.f("review", "agree", "date", "2028", "2028", "Same.")
P.f("day of the announcement", "agree", "date", "Tuesday", "yesterday", "Both 2026-04-14.")
P.f("Sydney beaches", "conflict", "statement", "Donovan ruled out removing nets from Sydney's beaches while the trial runs",
    "Ms Donovan said the state was considering extending the removal to some Sydney beaches", "Ruled out vs is considering.")
P.f("who said 'It is a real test'", "conflict", "quote", "It is a real test, and the results will be watched worldwide", "It is a real test,",
    "A: marine scientist Rachel Ng; B: Lord Mayor Tony Fitzpatrick.")
P.f("opposition's word", "agree", "quote", "reckless", "reckless", "Same speaker (Ellery).")
P.f("safety record", "related", "statement", "There has been one fatal shark attack at a netted NSW beach since the program began in 1937",
    "Nets have been used in NSW since 1937", "Same history, different facts (deaths vs use).")
OUT.append(P.out())

# ---------------- pair 4: pulp mill fine (Uruguay)
P = Pair("p4a_uruguay_pulp_mill_fine_platawireservice.txt", "p4b_uruguay_pulp_mill_fine_ecodesoriano.txt")
P.f("fine", "agree", "quantity", "1.2 million U.S. dollars", "US$ 1,2 millones", "Same; decimal comma on B.")
P.f("dead fish collected", "conflict", "quantity", "roughly 4 tonnes", "some 9 tonnes", "About 4 vs some 9 tonnes.")
P.f("date of the spill", "conflict", "date", "May 2", "3 May", "2026-05-02 vs 2026-05-03.")
P.f("duration of the discharge", "agree", "quantity", "about six hours", "some six hours", "Same.")
P.f("clean-up cost", "agree", "quantity", "850,000 dollars", "US$ 850.000", "Same; dot as thousands separator on B.")
P.f("workforce", "agree", "quantity", "about 1,100 people", "around 1.100 workers", "Same.")
P.f("legal maximum fine", "agree", "quantity", "1.5 million dollars", "US$ 1,5 millones", "Same.")
P.f("clean-up cost vs maximum fine", "related", "quantity", "850,000 dollars", "US$ 1,5 millones", "Different amounts in USD: company's clean-up bill vs legal maximum fine.")
P.f("monitoring period", "agree", "quantity", "24 months", "two years", "Same period, converted.", b_after="river monitoring")
P.f("drinking water", "agree", "statement", "the city's drinking water, taken upstream of the mill, had not been affected",
    "tap water in Mercedes was never at risk because the intake lies upstream", "Same assurance, reworded.")
P.f("stretch affected", "agree", "quantity", "about 14 kilometres", "14 km", "Same.")
P.f("pulp exports", "agree", "quantity", "about 2.8 billion dollars", "about US$ 2.800 millones", "2,800 million = 2.8 billion.")
P.f("beaches closed", "agree", "date", "May 4", "4 May", "Both 2026-05-04.", b_occ=2)
P.f("beaches reopened", "agree", "date", "Sunday", "Sunday", "Both 2026-05-10.")
P.f("contesting the fine", "conflict", "statement", "said it would not contest the fine", "Celitor will challenge the fine in the courts",
    "Would not contest vs will challenge.")
P.f("minister on the cause", "agree", "quote", "This was not an accident of nature; it was a failure of maintenance that the company had been warned about",
    "This was not an accident of nature", "Same speaker (Ferreira); B truncates.")
P.f("raising the maximum fine", "related", "statement", "The government said it was studying a reform of the 2000 environmental law but had no date for it",
    "Senator Gonzalo Pereyra wants it multiplied by ten", "Government's position vs an opposition senator's demand.")
OUT.append(P.out())

# ---------------- pair 5: rose harvest (Bulgaria)
P = Pair("p5a_bulgaria_rose_harvest_balkanbusinesswire.txt", "p5b_bulgaria_rose_harvest_kazanlakvestnik.txt")
P.f("fall in the petal harvest", "conflict", "quantity", "30%", "almost 40%", "Down 30% vs almost 40%.")
P.f("petal harvest", "agree", "quantity", "about 11,000 tonnes", "11 000 tonnes", "Same; space separator on B.")
P.f("rose oil price", "agree", "quantity", "about 9,000 euros a kilogram", "around €9 000", "Same.")
P.f("last year's oil price", "agree", "quantity", "7,500 euros", "€7 500", "Same.")
P.f("frost night", "conflict", "date", "April 12", "14 April", "2026-04-12 vs 2026-04-14.")
P.f("frost temperature", "agree", "quantity", "minus 4 degrees Celsius", "–4 °C", "Same, written two ways.")
P.f("pickers' pay", "agree", "quantity", "1.10 euros per kilogram", "€1,10", "Same; decimal comma on B.")
P.f("oil output this year", "agree", "quantity", "around 3,100 kilograms", "3 100 kg", "Same.")
P.f("petals per kilogram of oil", "agree", "quantity", "about 3,500 kilograms", "About 3 500 kg", "Same.")
P.f("festival visitors", "agree", "quantity", "an estimated 50,000 visitors", "some 50 000 visitors", "Same.")
P.f("frost aid amount", "agree", "quantity", "4 million euros", "€4 million", "Same sum (its status differs: see the statement fact).")
P.f("exports vs aid", "related", "quantity", "about 40 million euros", "€4 million", "Annual exports vs frost aid: different sums in EUR.")
P.f("year of the comparison output", "agree", "date", "2025", "2025", "Both the 2025 oil output (4,700 kg).", b_occ=2)
P.f("frost aid", "conflict", "statement", "the government had agreed to pay growers 4 million euros in frost aid",
    "The Ministry of Agriculture has not yet agreed to any frost aid", "Has agreed vs has not yet agreed.")
P.f("who said 'never seen prices like this'", "conflict", "quote",
    "We have never seen prices like this, and we have never had so little to sell", "We have never seen prices like this",
    "A: association chairman Petar Dimov; B: distiller Elena Vasileva.")
P.f("timing in July", "related", "statement", "Payments will begin in July", "a decision would come in July at the earliest",
    "Payments starting vs a decision at the earliest: same month, different events.")
P.f("festival ceremony", "agree", "statement", "the festival's rose-picking ceremony had to use bushes from a greenhouse",
    "organisers had to bring bushes from a greenhouse in Plovdiv", "Same fact, B adds Plovdiv.")
OUT.append(P.out())

# ---------------- pair 6: street vendors (Guatemala)
P = Pair("p6a_guatemala_street_vendors_centroamericapress.txt", "p6b_guatemala_street_vendors_diariozona1.txt")
P.f("vendors ordered out", "conflict", "quantity", "about 2,300 street vendors", "more than 3,200 street vendors", "About 2,300 vs more than 3,200.")
P.f("deadline", "conflict", "date", "August 1", "15 August", "2026-08-01 vs 2026-08-15.", b_occ=2)
P.f("market cost", "agree", "quantity", "45 million quetzales", "Q45 millones", "Same.")
P.f("distance to the market", "agree", "quantity", "3 kilometres", "about 3 km", "Same.")
P.f("stalls ready", "agree", "quantity", "1,850 stalls", "1,850 stalls", "Same.")
P.f("stall rent", "agree", "quantity", "300 quetzales a month", "Q300 a month", "Same.")
P.f("union membership", "agree", "quantity", "some 1,600 vendors", "around 1,600 members", "Same.")
P.f("vendors' daily takings", "agree", "quantity", "80 to 150 quetzales", "between Q80 and Q150", "Same range.")
P.f("stall lottery", "agree", "statement", "Vendors who register before the deadline will get a stall by lottery",
    "Vendors who register will take part in a lottery for stalls", "Same rule, reworded.")
P.f("footfall", "agree", "quantity", "40,000 people a day", "around 40,000 people", "Same.")
P.f("vendors ordered out vs union members", "related", "quantity", "2,300 street vendors", "around 1,600 members", "All vendors covered vs members of one union.")
P.f("council vote", "agree", "date", "Tuesday", "Tuesday", "Both 2026-07-21.", b_occ=2)
P.f("earlier clear-out", "agree", "date", "2010", "2010", "Same.")
P.f("use of force", "conflict", "statement", "officers would not use force to remove vendors who stayed after the deadline",
    "officers would remove vendors who had not left by the deadline", "Would not remove by force vs would remove, with police support.")
P.f("who said 'The centre belongs to everyone'", "conflict", "quote", "The centre belongs to everyone, and today nobody can walk on its pavements",
    "The centre belongs to everyone", "A: Mayor Rodrigo Alvarado; B: shopkeeper Mario Estrada.")
P.f("union leader", "agree", "quote", "They are sending us to sell to the pigeons", "They are sending us to sell to the pigeons", "Same speaker (Xicará).")
P.f("shop sales", "related", "statement", "sales in their shops have fallen by up to 35% in five years",
    "his sales had dropped by a third since 2021", "Shops in general vs one shopkeeper.")
OUT.append(P.out())

# ---------------- pair 7: wine exports (Georgia)
P = Pair("p7a_georgia_wine_exports_caucasuswire.txt", "p7b_georgia_wine_exports_kakheticourier.txt")
P.f("bottles exported Jan-Aug", "conflict", "quantity", "62 million bottles", "64 million bottles", "62 vs 64 million.", a_occ=2)
P.f("average price per bottle", "conflict", "quantity", "about $3.16", "about $3.06", "$3.16 vs $3.06.")
P.f("start of the harvest", "conflict", "date", "September 14", "10 September", "2026-09-14 vs 2026-09-10.")
P.f("growth", "agree", "quantity", "14%", "14%", "Same.")
P.f("export revenue", "agree", "quantity", "$196 million", "$196 million", "Same.")
P.f("bottles to Russia", "agree", "quantity", "31 million bottles", "31 million bottles", "Same.")
P.f("bottles to China", "agree", "quantity", "6.2 million bottles", "more than 6 million", "6.2 million is more than 6 million.")
P.f("countries", "agree", "quantity", "72 countries", "72 countries", "Same.")
P.f("Kakheti's share", "agree", "quantity", "about 70%", "around 70 per cent", "Same.")
P.f("last year's total", "agree", "quantity", "110 million bottles", "110 million bottles", "Same.")
P.f("subsidy cost vs export value", "related", "quantity", "about 90 million lari", "roughly ₾530 million", "Budget cost of the grape subsidy vs export value in lari.")
P.f("total to be passed", "agree", "date", "November", "November", "Both 2026-11.")
P.f("grape subsidy", "conflict", "statement", "The government has agreed to subsidise the purchase of Rkatsiteli grapes",
    "The government is still considering whether to subsidise Rkatsiteli grapes", "Has agreed vs still considering.")
P.f("who said 'better diversified than ever'", "conflict", "quote", "We are better diversified than ever, but not yet safe",
    "We are better diversified than ever, but not yet safe", "A: exporters' union head Giorgi Lomidze; B: winemaker Nino Kapanadze.")
P.f("Saperavi in China", "agree", "quote", "Ten years ago nobody in Shanghai had heard of Saperavi", "Ten years ago nobody in China knew Saperavi",
    "Same speaker (Kapanadze), reworded.")
P.f("Russia's rank", "agree", "statement", "Russia remained the largest market", "Russia still buys more Georgian wine than anyone", "Same fact.")
P.f("grape price floor", "related", "statement", "wineries pay growers at least 1.40 lari", "Growers in Gurjaani want a guaranteed price of ₾1,50",
    "Floor in the scheme vs the growers' demand.")
OUT.append(P.out())

# ---------------- pair 8: palm weevil (Oman)
P = Pair("p8a_oman_palm_weevil_gulfregionalnewswire.txt", "p8b_oman_palm_weevil_nizwaobserver.txt")
P.f("palms to be felled", "conflict", "quantity", "3,400 of the infested palms", "some 4,300 date palms", "3,400 vs some 4,300.")
P.f("ban took effect", "conflict", "date", "November 8", "9 November", "2026-11-08 vs 2026-11-09.")
P.f("length of the ban", "agree", "quantity", "90 days", "90-day", "Same.")
P.f("infested trees", "agree", "quantity", "about 12,000 trees", "around 12,000 trees", "Same.")
P.f("fine for violators", "agree", "quantity", "1,000 Omani rials", "RO 1,000", "Same.")
P.f("campaign budget", "agree", "quantity", "2.5 million rials", "RO 2.5 million", "Same.")
P.f("extra inspectors", "agree", "quantity", "60 extra inspectors", "60 additional inspectors", "Same.")
P.f("compensation per tree", "agree", "quantity", "25 rials", "RO 25", "Same.")
P.f("farm size", "agree", "quantity", "4-hectare", "4 hectares", "Same farm (al-Busaidi).")
P.f("yield of a palm", "agree", "quantity", "100 kilograms", "up to 100 kg", "Same.")
P.f("per tree vs total budget", "related", "quantity", "25 rials", "RO 2.5 million", "Per-tree compensation vs the whole campaign budget.")
P.f("day of the announcement", "agree", "date", "Tuesday", "yesterday", "Both 2026-11-10.")
P.f("imports suspended since", "agree", "date", "2024", "2024", "Same.")
P.f("offshoot imports", "conflict", "statement", "It has refused to reopen imports of palm offshoots",
    "The ministry said it is considering allowing nurseries to import certified offshoots again next year", "Refused vs is considering.")
P.f("who said 'nobody came'", "conflict", "quote", "We told them in the summer, and nobody came", "We told them in the summer, and nobody came",
    "A: association head Khalfan al-Rawahi; B: farmer Hamed al-Busaidi.")
P.f("date market", "agree", "statement", "Nizwa's famous Friday date market will stay open", "The Friday date market at Nizwa fort will not close",
    "Same fact, positive vs negated wording.")
P.f("farmers' warnings", "related", "statement", "members had reported unusual palm deaths since June",
    "the association had written to the ministry in July", "Reports since June vs a letter in July: related events.")
OUT.append(P.out())

with open(os.path.join(HERE, "gold", "pairs.gold.json"), "w", encoding="utf-8") as f:
    json.dump(OUT, f, ensure_ascii=False, indent=1)
    f.write("\n")
