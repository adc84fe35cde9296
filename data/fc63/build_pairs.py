import json, os
from build_common import Pair, HERE

OUT = []

# ---------------- pair 1: Balboa terminal concession
P = Pair("p1a_panama_port_concession_isthmuswire.txt", "p1b_panama_port_concession_laestrelladelistmo.txt")
P.f("length of the renewed concession", "agree", "quantity", "25 years", "25 years", "Same term (A body, B caption; B's headline 'until 2052' is consistent).", a_occ=2)
P.f("investment", "agree", "quantity", "$2.08 billion", "$2,080 million", "Same amount written two ways.")
P.f("investment, rounded", "agree", "quantity", "$2.1 billion", "$2,080 million", "A's headline rounds 2.08 billion.")
P.f("share of gross revenue paid to the state", "agree", "quantity", "10%", "10 per cent", "Same.")
P.f("fee per container", "conflict", "quantity", "$9", "$12", "$9 vs $12 for every container moved.")
P.f("state income from the terminal", "agree", "quantity", "$150 million", "about $150 million", "Same estimate.")
P.f("new cranes", "conflict", "quantity", "14 ship-to-shore cranes", "12 new cranes", "14 vs 12 cranes.")
P.f("containers handled in 2025", "agree", "quantity", "3.4 million containers", "3.4 million TEU", "A says the count is in twenty-foot equivalent units: same figure.")
P.f("comptroller's review", "related", "quantity", "30 days", "up to 60 days",
    "A: expected endorsement time; B: the longest the review could take. Different measures of the same step, not contradictory.")
P.f("cabinet decision", "agree", "date", "Tuesday", "yesterday", "Both 2026-01-20.")
P.f("old concession expires", "agree", "date", "March 31, 2027", "31 March 2027", "Same date, different style.")
P.f("start of construction", "conflict", "date", "April", "May", "2026-04 vs 2026-05.")
P.f("opposition deputy's words", "agree", "quote",
    "We are not against investment, we are against doing this behind closed doors,",
    "We are not against investment, we are against doing this behind closed doors,", "Same words, both Marisol Vega.")
P.f("union's stance on the deal", "conflict", "statement",
    "the union would not stand in the way of the deal",
    "it had not yet accepted the deal and would decide on a strike",
    "A: union will not block the deal; B: union has not accepted it and may strike. Opposite stance of the same union leader.")
P.f("no job cuts", "agree", "statement",
    "the company would not cut jobs during the construction",
    "Nobody will lose a job because of this contract,",
    "Same pledge by Arosemena (A paraphrase, B quote).")
P.f("review of the deal", "related", "statement",
    "Opposition deputies said they would ask the Supreme Court to review",
    "the contract would be examined \"line by line\"",
    "A: opposition court challenge; B: comptroller's scrutiny (anonymous official). Different actors and reviews.")
OUT.append(P.out())

# ---------------- pair 2: Chaco charcoal fines
P = Pair("p2a_paraguay_charcoal_fines_diariolaregion.txt", "p2b_paraguay_charcoal_fines_southconepress.txt")
P.f("total fines", "agree", "quantity", "Gs. 4.800 millones", "4.8 billion guaranies", "Same total; Paraguayan millones style vs billion.", a_occ=2)
P.f("total fines in dollars", "agree", "quantity", "about US$640.000", "about $640,000", "Same conversion; dot vs comma separator.")
P.f("forest cleared", "agree", "quantity", "3.200 hectares", "3,200 hectares", "Same.")
P.f("largest fine", "agree", "quantity", "Gs. 2.900 millones", "2.9 billion guaranies", "Same.")
P.f("area cleared by Carbonera Filadelfia", "agree", "quantity", "1.950 hectares", "about 2,000 hectares", "B rounds 1,950.")
P.f("illegal kilns", "conflict", "quantity", "41 of their kilns", "38 unlicensed kilns", "41 vs 38 kilns ordered destroyed.")
P.f("rise in clearing", "agree", "quantity", "27%", "27%", "Same.")
P.f("charcoal exports 2025", "agree", "quantity", "US$98 million", "$98 million", "Same.")
P.f("inspectors in the Chaco", "agree", "quantity", "12 inspectors", "12 inspectors", "Same current number.")
P.f("maximum penalty", "related", "quantity", "20.000 daily minimum wages", "around 2.2 billion guaranies",
    "A gives the cap in minimum wages; B gives both the wages and their guarani value. Same cap, different measure.")
P.f("meeting with Ayoreo leaders", "agree", "date", "February 20", "Feb. 20", "Both 2026-02-20.")
P.f("forest inventory completed", "conflict", "date", "June", "July", "2026-06 vs 2026-07.")
P.f("exporters' leader's words", "agree", "quote",
    "You cannot punish a whole sector for the sins of three firms,",
    "You cannot punish a whole sector for the sins of three firms,", "Same words, both Diego Sanabria.")
P.f("ban on export licences", "conflict", "statement",
    "she was considering a temporary ban on new charcoal export licences",
    "She said she would not suspend charcoal export licences",
    "Opposite polarity: minister considering a licence ban vs ruling it out.")
P.f("Carbonera Filadelfia's response", "conflict", "statement",
    "Carbonera Filadelfia said in a statement that it would appeal",
    "the company would pay the fine but would not accept the demolition order",
    "A: the company will appeal (the fine); B: it will pay the fine and contest only the demolition.")
P.f("Ayoreo leaders", "related", "statement",
    "Indigenous Ayoreo leaders have asked the ministry to suspend all clearing permits",
    "She is due to meet Ayoreo indigenous leaders on Feb. 20",
    "A: the leaders' demand; B: only the planned meeting. Same topic, different claims.")
OUT.append(P.out())

# ---------------- pair 3: Uruguay cattle-tracing outage
P = Pair("p3a_uruguay_cattle_tracing_outage_riverplateagrowire.txt", "p3b_uruguay_cattle_tracing_outage_diariodelplata.txt")
P.f("export plants halted", "agree", "quantity", "37 export slaughterhouses", "37 export plants", "Same.")
P.f("animals waiting on farms", "related", "quantity", "about 120,000 animals", "Some 140.000 animals",
    "A on Tuesday, B a day later with the outage longer: an update, not a contradiction.")
P.f("exports on hold per day", "conflict", "quantity", "about US$11 million", "about US$ 15 million", "Both from the Meat Institute: 11 vs 15 million dollars a day.")
P.f("records in the damaged index", "agree", "quantity", "11.8 million animals", "11.8 million animals", "Same.")
P.f("fall in steer price", "agree", "quantity", "6%", "6%", "Same.")
P.f("steer price", "agree", "quantity", "US$4.30", "US$ 4,30", "Same price, decimal point vs comma.")
P.f("beef in cold stores", "agree", "quantity", "about 9,000 tonnes", "some 9.000 tonnes", "Same.")
P.f("maintenance contract", "agree", "quantity", "48 million pesos", "$ 48 millones", "Same (B uses the local $ for pesos).")
P.f("beef exports 2025", "agree", "quantity", "US$2.6 billion", "US$ 2.600 millones", "Same.")
P.f("outage began", "agree", "date", "Saturday", "last Saturday", "Both 2026-03-14.")
P.f("expected restoration", "related", "date", "Thursday", "Friday",
    "A: Thursday estimate; B reports the estimate was revised to Friday. An update, B itself cites the earlier Thursday.")
P.f("backup server ready", "agree", "date", "June", "June", "Both by the end of 2026-06.")
P.f("minister on markets", "agree", "quote",
    "We have lost four days, we are not going to lose a market,",
    "We have lost days, but we will not lose a single market,", "Both Larrañaga, reworded.")
P.f("paper certificates", "conflict", "statement",
    "Larrañaga said he would not allow paper certificates",
    "Yesterday the minister agreed to a request from the meat packers' chamber",
    "Opposite polarity: refuses vs agreed to the paper certificates.")
P.f("testing of the update", "conflict", "statement",
    "denied that the company had skipped tests before the update",
    "admitted that an update tested only partially was put into production",
    "Pereyra denies skipping tests (A) vs admits partial testing (B).")
P.f("ranchers' federation demands", "related", "statement",
    "Her federation called for a backup system to be built",
    "The ranchers' federation will meet on Thursday in Durazno to discuss compensation",
    "Same federation, different demands (backup vs compensation).")
OUT.append(P.out())

# ---------------- pair 4: Guatemala City bus strike
P = Pair("p4a_guatemala_bus_extortion_strike_centralamericawire.txt", "p4b_guatemala_bus_extortion_strike_prensadelvalle.txt")
P.f("buses on strike", "conflict", "quantity", "About 1,800 buses", "some 1,700 buses", "About 1,800 vs some 1,700, both as the day's count.")
P.f("routes on strike", "conflict", "quantity", "94 routes", "87 routes", "94 vs 87 routes.")
P.f("length of the strike", "conflict", "quantity", "48 hours", "72 hours", "48 vs 72 hours announced.")
P.f("drivers killed this year", "agree", "quantity", "At least 14 bus drivers and fare collectors", "16 drivers and helpers", "16 is at least 14.")
P.f("extortion per bus", "agree", "quantity", "up to Q1,500", "up to Q1,500", "Same, a week.")
P.f("TransMetro buses", "agree", "quantity", "120 of its own TransMetro buses", "120 TransMetro units", "Same.")
P.f("losses per day", "agree", "quantity", "Q85 million", "Q85 million", "Same chamber estimate.")
P.f("employees absent", "related", "quantity", "up to 40%", "Some 35 per cent",
    "A: up to 40% of employees (businesses in general); B: 35% in the trade sector. Different bases.")
P.f("extortion complaints", "agree", "quantity", "19,300", "19,300", "Same (2025).")
P.f("requested subsidy", "agree", "quantity", "Q1.50", "Q1.50", "Same request.")
P.f("second killing", "agree", "date", "May 7", "7 May", "Both 2026-05-07.")
P.f("phone signals blocked in prisons by", "conflict", "date", "June", "July", "End of 2026-06 vs end of 2026-07.")
P.f("union leader on the state", "agree", "quote",
    "We are paying with our lives for a service that the state does not protect,",
    "We are paying with our lives for a service that the state does not protect,", "Same words, both Walter Chávez Morales.")
P.f("soldiers on buses", "conflict", "statement",
    "rejected the union's demand for the army to ride on buses",
    "soldiers would travel on board some buses from today",
    "Opposite polarity: minister rejects soldiers on board vs announces them.")
P.f("subsidy request", "conflict", "statement",
    "The finance ministry said it was studying the request",
    "The finance ministry rejected an increase this year",
    "Studying vs rejected.")
P.f("mayor's appeal", "related", "statement",
    "Mayor Ricardo Sandoval asked residents to share rides",
    "Mayor Ricardo Sandoval asked employers to be flexible with late arrivals",
    "Same mayor, different appeals to different groups.")
OUT.append(P.out())

# ---------------- pair 5: Honduras smart meters
P = Pair("p5a_honduras_smart_meters_mesoamericabusinesswire.txt", "p5b_honduras_smart_meters_diariosampedrano.txt")
P.f("contract value in dollars", "agree", "quantity", "$310 million", "about $310 million", "Same.", a_occ=2)
P.f("contract value in lempiras", "agree", "quantity", "7.6 billion lempiras", "L7,600 million", "Same, billion vs million style.")
P.f("meters to be installed", "agree", "quantity", "1.2 million smart electricity meters", "1.2 million old meters", "Same 1.2 million (replaced old / new smart).")
P.f("length of the programme", "conflict", "quantity", "four years", "five years", "Four vs five years.")
P.f("energy lost", "agree", "quantity", "about 32%", "32 per cent", "Same.")
P.f("IDB loan", "agree", "quantity", "$250 million", "$250 million", "Same.")
P.f("first shipment of meters", "agree", "quantity", "150,000 meters", "150,000 meters", "Same.")
P.f("meter readers", "agree", "quantity", "about 1,100 meter readers", "1,100 meter readers", "Same workforce.")
P.f("readers' jobs at risk", "related", "quantity", "about 1,100 meter readers", "at least 400 of them",
    "A: all 1,100 jobs would go (union); B: at least 400 layoffs in the first year. Different measure and period.")
P.f("installation starts", "conflict", "date", "September", "October", "2026-09 vs 2026-10, both in San Pedro Sula.")
P.f("contract signing", "agree", "date", "July 20", "20 July", "Both 2026-07-20.", a_after="signed on")
P.f("award day", "agree", "date", "Wednesday", "yesterday", "Both 2026-07-08.")
P.f("manager on power theft", "agree", "quote",
    "Every kilowatt that is stolen is paid for by the families who do pay,",
    "Every stolen kilowatt is paid by the families who pay their bills,", "Both Padilla, reworded.")
P.f("who pays for the meters", "conflict", "statement",
    "Customers will not pay for the meters",
    "customers will pay for the meters in instalments",
    "A reports no customer charge; B reports a monthly charge from the tender document (B also carries Padilla's denial).")
P.f("prosecutors' review", "agree", "statement",
    "the government had asked the anti-corruption unit of the public prosecutor's office to review the process",
    "the government had already asked prosecutors to review the tender", "Same step, both Funes.")
P.f("appeals by losing bidders", "related", "statement",
    "Losing bidders have ten days to appeal",
    "the company would appeal the award within the ten-day period",
    "A: the right to appeal; B: Enertec says it will appeal. Compatible, different claims.")
OUT.append(P.out())

# ---------------- pair 6: Windhoek water reclamation
P = Pair("p6a_namibia_water_reclamation_capitalchronicle.txt", "p6b_namibia_water_reclamation_southernafricanewsagency.txt")
P.f("contract value", "agree", "quantity", "N$1.87 billion", "N$1.87 billion", "Same.")
P.f("reclaimed share of the city's water", "related", "quantity", "about 26%", "about 45%",
    "A's 26% is today's share; B's 45% is the share after the expansion (A gives 45% too). Different times.")
P.f("contract in two currencies", "agree", "quantity", "N$1.87 billion", "about $105 million", "1.87bn / 17.8 = $105m: same value in NAD and USD.")
P.f("new plant capacity", "agree", "quantity", "40,000 cubic metres", "40,000 cubic metres", "Same, a day.")
P.f("dam levels", "conflict", "quantity", "14%", "12%", "Both 'last week': 14% vs 12% of capacity.")
P.f("share of the city's water after expansion", "agree", "quantity", "about 45%", "about 45%", "Same.")
P.f("water restrictions", "related", "statement",
    "Water restrictions at level 2 remain in force",
    "could be raised to level 3 in October if there is no rain",
    "A: level 2 in force; B: level 2 now, possibly level 3 later. Compatible, B adds a possible change.")
P.f("AfDB loan", "agree", "quantity", "N$1.2 billion", "N$1.2 billion", "Same.")
P.f("government grant", "agree", "quantity", "N$500 million", "N$500 million", "Same.")
P.f("tariff rise", "agree", "quantity", "8%", "8%", "Same.")
P.f("construction jobs", "agree", "quantity", "about 450 jobs", "about 450 workers", "Same.")
P.f("signing day", "agree", "date", "yesterday", "Thursday", "Both 2026-08-13.")
P.f("new units running", "agree", "date", "April 2029", "2029", "April is in the second quarter of 2029: compatible grains.", b_after="second quarter of")
P.f("who said 'we drink our own water twice'", "conflict", "quote",
    "We drink our own water twice, and we will do it proudly,",
    "We drink our own water twice, and we are proud of it,",
    "A gives the words to Mayor Nangolo, B to chief executive Amukoto.")
P.f("purpose of the tariff rise", "conflict", "statement",
    "he denied that the increase was to pay for the plant",
    "to help repay the loan",
    "Amukoto: A denies the rise pays for the plant; B says it will help repay the plant's loan.")
P.f("exemption for small users", "related", "statement",
    "Amukoto said the council would consider the request in September",
    "the request was \"likely to be accepted\"",
    "A: to be considered in September; B: an anonymous councillor expects approval. Compatible, different claims.")
OUT.append(P.out())

# ---------------- pair 7: Botswana copper mine financing
P = Pair("p7a_botswana_copper_mine_financing_kalaharimining.txt", "p7b_botswana_copper_mine_financing_gaboronevoice.txt")
P.f("financing raised", "agree", "quantity", "$780 million", "$780 million", "Same.", a_occ=2)
P.f("financing in pula", "agree", "quantity", "$780 million", "P10.4 billion", "Same deal in USD and BWP (about 13.3 pula to the dollar).")
P.f("state fund's shares", "agree", "quantity", "$100 million", "$100 million", "Same.")
P.f("state fund's stake", "agree", "quantity", "15%", "15 per cent", "Same.")
P.f("copper output after expansion", "agree", "quantity", "about 120,000 tonnes", "about 120,000 tonnes", "Same.")
P.f("jobs for citizens", "agree", "statement",
    "The company has pledged to fill at least 90% of the posts with citizens",
    "said 90 per cent of them would go to Batswana",
    "Same pledge of 90% of jobs for citizens.")
P.f("permanent jobs", "agree", "quantity", "700 permanent jobs", "700 permanent jobs", "Same.")
P.f("water use", "related", "quantity", "about 8 million cubic metres", "about 16 million cubic metres",
    "A: current use; B: need after expansion (double). Consistent, different things.")
P.f("pipeline cost", "agree", "quantity", "P1.1 billion", "P1.1 billion", "Same.")
P.f("community fund", "related", "quantity", "P20 million", "P35 million",
    "A: fund under negotiation (company's figure); B: the council's demand (B also gives the P20 million offer).")
P.f("construction starts", "conflict", "date", "November", "January", "2026-11 vs 2027-01.")
P.f("new plant producing", "agree", "date", "2028", "2028", "Third quarter vs end of 2028: same year.")
P.f("minister's words", "agree", "quote",
    "We want to be a partner, not an owner,", "We want to be a partner, not an owner,", "Same words, both Dintwe.")
P.f("who said 'copper is the metal of the energy transition'", "conflict", "quote",
    "Copper is the metal of the energy transition, and Botswana has it,",
    "Copper is the metal of the energy transition, and Botswana has it.",
    "A gives the words to CEO Molefhe, B to Minister Dintwe.")
P.f("selling a stake in the mine", "conflict", "statement",
    "the company would not sell a stake in the mine itself",
    "the company was considering selling a minority stake in the Motswedi mine",
    "Opposite polarity: will not sell vs considering selling.")
P.f("state role in the company", "related", "statement",
    "the government was not seeking control of the company",
    "the government would take a seat on the company's board",
    "A: no control sought; B: a board seat. Compatible, different claims.")
OUT.append(P.out())

# ---------------- pair 8: Kigali moto-taxi meters
P = Pair("p8a_rwanda_moto_taxi_meters_eastafricawire.txt", "p8b_rwanda_moto_taxi_meters_kigalitribune.txt")
P.f("base fare", "agree", "quantity", "300 Rwandan francs", "Frw300", "Same.")
P.f("fare per extra kilometre", "agree", "quantity", "107 francs", "Frw107", "Same.")
P.f("meter price", "agree", "quantity", "95,000 francs", "Frw95,000", "Same.")
P.f("fine without a meter", "conflict", "quantity", "25,000 francs", "Frw50,000", "25,000 vs 50,000 francs.")
P.f("government share of the meter price", "conflict", "quantity", "60%", "50 per cent", "60% vs 50% subsidy.")
P.f("riders in Kigali", "agree", "quantity", "About 30,000 moto-taxi riders", "about 32,000 registered moto riders",
    "Approximate counts, compatible (arguable).")
P.f("fares today", "related", "quantity", "between 800 and 1,500 francs", "between Frw1,000 and Frw1,200",
    "A: a trip across the city; B: an 8 km ride. Different trips.")
P.f("pilot riders", "agree", "quantity", "1,200 riders", "1,200 riders", "Same.")
P.f("income rise in pilot", "agree", "quantity", "12%", "12 per cent", "Same.")
P.f("deadline", "agree", "date", "January 31", "January", "2027-01-31 and 2027-01 (end of January): compatible grains.")
P.f("pilot began", "agree", "date", "June", "June", "Both 2026-06.")
P.f("regulator's words", "agree", "quote",
    "The meter protects the passenger and the rider at the same time,",
    "With a meter, the passenger is protected and so is the rider,", "Both Uwase, reworded.")
P.f("federation's words", "agree", "quote",
    "We are not against meters, we are against rushing,",
    "We are not against meters, we are against rushing,", "Same words, both Ndayisaba.")
P.f("extension of the deadline", "conflict", "statement",
    "the government would not extend the January deadline",
    "the government was considering a two-month extension",
    "Opposite polarity: minister rules out an extension vs anonymous official says one is considered.")
P.f("federation's request", "agree", "statement",
    "asked the regulator to delay the rule by six months",
    "The federation asked for a delay to the end of July",
    "Six months from 31 January is the end of July: same request.")
P.f("riders' gathering", "related", "statement",
    "Police said the gathering was peaceful and no one was arrested",
    "before police asked them to leave",
    "Different details of the same gathering; not contradictory.")
OUT.append(P.out())

with open(os.path.join(HERE, "gold", "pairs.gold.json"), "w", encoding="utf-8") as f:
    json.dump(OUT, f, ensure_ascii=False, indent=1)
    f.write("\n")
print(sum(len(p["facts"]) for p in OUT), "facts")
