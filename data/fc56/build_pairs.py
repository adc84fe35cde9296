import json, os
from build_common import Pair, HERE

OUT = []

# ---------------- pair 1: Timisoara tram delay
P = Pair("p1a_romania_tram_delay_danubiawire.txt", "p1b_romania_tram_delay_gazetadetimis.txt")
P.f("penalty imposed on Carpatrail", "agree", "quantity", "12.4 million lei", "12.4 million lei", "Same penalty (A's headline rounds it to 12 million).")
P.f("trams ordered", "agree", "quantity", "40 trams", "40 trams", "Same order.")
P.f("contract value", "agree", "quantity", "€96 million", "477 million lei", "Same contract value in two currencies (about 4.97 lei per euro).")
P.f("delay", "agree", "quantity", "about 18 months", "a year and a half", "18 months = a year and a half.")
P.f("councillors in favour", "agree", "quantity", "19 votes", "19 councillors", "Same vote count.")
P.f("trams in service vs delivered", "related", "quantity", "11 of the trams", "14", "A: 11 in service; B: 14 delivered to the depot, 'fewer still carry passengers'. Different measures, compatible.")
P.f("penalty as a percentage", "related", "quantity", "2.6%", "13%", "A: share of contract value; B: share of the amount invoiced so far. Different bases.")
P.f("factory output from spring", "conflict", "quantity", "three trams a month", "two trams a month", "3 vs 2 trams a month from March/spring.")
P.f("council vote", "agree", "date", "Wednesday", "yesterday", "Both 2026-01-21.")
P.f("order placed", "agree", "date", "March 2023", "March 2023", "Same.")
P.f("final delivery deadline", "conflict", "date", "June 2027", "September 2027", "2027-06 vs 2027-09 for the last trams.")
P.f("mayor's 'waited long enough'", "agree", "quote", "We have waited long enough, and the people of Timisoara have waited on cold platforms,", "We have waited long enough,",
    "Same speaker (Vlădescu); B quotes only the first clause.")
P.f("who said 'Every tram we build in Arad...'", "conflict", "quote", "Every tram we build in Arad is a tram built by Romanian workers,", "Every tram we build in Arad is a tram built by Romanian workers,",
    "Same words: A gives them to CEO Ilinca Dobrescu, B to production director Radu Pîrvu.")
P.f("court challenge of the penalty", "conflict", "statement", "it would appeal the fine in court", "Carpatrail said it would not challenge the penalty in court",
    "Opposite polarity: will appeal vs will not challenge and will pay.")
P.f("cancelling the contract", "agree", "statement", "The mayor ruled out cancelling the order", "Vlădescu said the city would not cancel the contract",
    "Same refusal, both citing the EU funding.")
P.f("stop-gap for passengers", "related", "statement", "He said the city would instead lease 20 diesel buses", "the city plans to keep about 30 of its oldest Timiș2 trams running for another two winters",
    "Different interim measures (leased buses vs keeping old trams); not contradictory.")
OUT.append(P.out())

# ---------------- pair 2: Moulay Yacoub spa concession
P = Pair("p2a_morocco_spa_concession_maghrebbusinesswire.txt", "p2b_morocco_spa_concession_lechodefes.txt")
P.f("concession length", "agree", "quantity", "30-year", "30-year", "Same.")
P.f("investment", "conflict", "quantity", "1.2 billion dirhams", "1.4 billion dirhams", "1.2 vs 1.4 billion dirhams for the renovation.")
P.f("visitors a year", "agree", "quantity", "about 250,000 visitors", "250,000 people", "Same.")
P.f("jobs created", "agree", "quantity", "about 600 jobs", "around 600 jobs", "Same.")
P.f("hotel size", "agree", "quantity", "120-room", "120 rooms", "Same.")
P.f("current staff", "agree", "quantity", "340 people", "340 workers", "Same workforce.")
P.f("current entry price", "agree", "quantity", "50 dirhams", "50 dirhams", "Same current price (B's figure is inside an anonymous quote).")
P.f("payment to the state", "related", "quantity", "38 million dirhams", "6%", "A: fixed annual fee; B: revenue share 'on top of a fixed fee'. Different parts of the payment.")
P.f("signing", "agree", "date", "Monday", "Monday", "Both 2026-03-16.")
P.f("reopening", "conflict", "date", "January 2028", "June 2027", "2028-01 vs 2027-06.")
P.f("who said 'deserves better than broken pipes and closed pools'", "conflict", "quote",
    "Moulay Yacoub is a national treasure, and it deserves better than broken pipes and closed pools,", "Moulay Yacoub deserves better than broken pipes and closed pools.",
    "A: minister Nadia Benkirane; B: chairman Karim Lahlou.")
P.f("'the water stays Moroccan'", "agree", "quote", "This is not a sale. The water stays Moroccan.", "the water will remain Moroccan, whoever runs the pools",
    "Same speaker (Benkirane), reworded.")
P.f("entry prices for Moroccans", "conflict", "statement", "Benkirane ruled out any increase in entry prices for Moroccan residents", "Entry prices are expected to rise once the new complex opens",
    "Ruled out vs expected to rise (B's anonymous official says the 50-dirham price cannot stay).")
P.f("union and jobs", "agree", "statement", "the union had agreed to the deal after the company pledged to keep every current employee", "signed an agreement with Atlas Thermes guaranteeing all jobs",
    "Same job guarantee accepted by the union.")
P.f("losses of the state operator", "related", "statement", "has lost money for 11 of the past 12 years", "has piled up losses of 210 million dirhams over the past decade",
    "Same topic, different measures (loss years vs total losses).")
OUT.append(P.out())

# ---------------- pair 3: Adomi Bridge
P = Pair("p3a_ghana_bridge_closure_goldcoastnewswire.txt", "p3b_ghana_bridge_closure_voltaeveningherald.txt")
P.f("weight limit", "agree", "quantity", "10 tonnes", "10 tonnes", "Same.")
P.f("length of closure", "conflict", "quantity", "six weeks", "eight weeks", "6 vs 8 weeks.", a_occ=2)
P.f("repair cost", "agree", "quantity", "GH¢85 million", "GH¢85 million", "Same.")
P.f("detour length", "agree", "quantity", "about 120 kilometres", "75-mile", "120 km ≈ 75 miles: same detour in two units.")
P.f("traffic on the bridge", "related", "quantity", "About 1,800 heavy vehicles", "Around 6,000 vehicles", "Heavy vehicles vs all vehicles a day.")
P.f("damaged hangers", "agree", "quantity", "17", "17 damaged hangers", "Same (A's '17' counts hangers).", a_after="found 17")
P.f("truckers' loss per trip", "agree", "quantity", "up to GH¢2,000", "about GH¢2,000", "Compatible.")
P.f("bridge built", "agree", "date", "1957", "1957", "Same.")
P.f("closure starts", "agree", "date", "Monday, April 13", "Monday", "Both 2026-04-13.")
P.f("announcement", "agree", "date", "Wednesday", "yesterday", "Both 2026-04-08.")
P.f("inspection", "agree", "date", "March 31", "last month", "2026-03-31 lies in 2026-03.")
P.f("reopening to trucks", "conflict", "date", "late May", "June", "Late May vs the second week of June.")
P.f("who said 'We will not gamble with lives on this bridge'", "conflict", "quote", "We will not gamble with lives on this bridge,", "We will not gamble with lives on this bridge.",
    "A: minister Asante-Mensah; B: deputy minister Ama Frimpong-Boateng.")
P.f("help for truck owners", "conflict", "statement", "the government had agreed to pay a fuel allowance to registered haulage companies", "the minister ruled out any compensation for truck owners",
    "Agreed to pay vs ruled out.")
P.f("request to suspend tolls", "agree", "statement", "the council had asked the government to suspend tolls on the detour route", "the council had written to the minister asking for tolls on the detour to be suspended",
    "Same request.")
P.f("alternative crossing", "related", "statement", "The government is also considering a temporary ferry for cargo", "The government plans to build a second bridge downstream of the old one",
    "Different options (ferry vs second bridge), both compatible; A also mentions the bridge study.")
OUT.append(P.out())

# ---------------- pair 4: Ethiopian coffee exchange outage
P = Pair("p4a_ethiopia_coffee_exchange_hornmarketswire.txt", "p4b_ethiopia_coffee_exchange_addisweeklyledger.txt")
P.f("coffee stuck in warehouses", "agree", "quantity", "about 14,500 tonnes", "Around 14,000 tonnes", "Both approximate; compatible.")
P.f("value of the coffee held", "conflict", "quantity", "about 4.2 billion birr", "some 3.1 billion birr", "4.2 vs 3.1 billion birr: too far apart for rounding.")
P.f("suppliers affected", "agree", "quantity", "Some 2,300 coffee suppliers", "2,300 suppliers", "Same.")
P.f("deadline extension", "agree", "quantity", "10 days", "ten days", "Same.")
P.f("backup data centre cost", "agree", "quantity", "around 600 million birr", "600 million birr", "Same.")
P.f("price before the outage", "agree", "quantity", "1,650 birr per feresula", "1,650 birr per feresula", "Same.")
P.f("coffee export earnings", "related", "quantity", "about $140 million", "about $1.4 billion", "A: a month in the first half of the fiscal year; B: all of last year.")
P.f("earlier outage", "agree", "quantity", "two-day", "two days", "The 2021 outage.")
P.f("outage began", "agree", "date", "Tuesday", "Tuesday, May 12", "Both 2026-05-12.")
P.f("trading resumes", "conflict", "date", "Monday, May 18", "Thursday", "2026-05-18 vs 2026-05-21.")
P.f("exchange founded", "agree", "date", "2008", "2008", "Same.")
P.f("no data lost", "agree", "quote", "No data was lost and no trade was changed,", "No trades were changed and we lost no data,", "Same speaker (Alemu), reworded.")
P.f("who said 'Every day without trading costs the country...'", "conflict", "quote",
    "Every day without trading costs the country money it cannot afford to lose,", "Every day without trading costs the country money it cannot afford to lose,",
    "A: association president Dawit Tesfaye; B: association secretary Lidya Girma.")
P.f("hacking", "conflict", "statement", "Alemu denied reports on social media that the system had been hacked", "the exchange did not rule out a cyberattack",
    "Denied vs did not rule out (B's technician says someone got in).")
P.f("more time for exporters", "agree", "statement", "it had agreed to extend by 10 days the deadline for exporters", "Exporters will get extra time to ship coffee sold before the breakdown",
    "Same extension.")
P.f("second data centre", "related", "statement", "it was considering building a backup data centre outside the capital", "the exchange had asked the government for 600 million birr to build a second data centre in Adama",
    "Considering a project vs asking for its funding; different steps, not contradictory.")
OUT.append(P.out())

# ---------------- pair 5: Saudi midday work ban
P = Pair("p5a_saudiarabia_heat_work_ban_arabianpeninsulapress.txt", "p5b_saudiarabia_heat_work_ban_riyadhmorningcourier.txt")
P.f("heat-stroke cases", "agree", "quantity", "212 workers", "212 heat-stroke patients", "Same (B's lead rounds to 'more than 200').")
P.f("length of extension", "conflict", "quantity", "two weeks", "a full month", "Two weeks vs a full month beyond the usual end.")
P.f("deaths", "conflict", "quantity", "three workers", "Four workers", "3 vs 4 deaths.")
P.f("workers covered", "agree", "quantity", "more than 2 million workers", "2.3 million workers", "Compatible.")
P.f("peak temperature", "agree", "quantity", "49.5 degrees Celsius", "49.5°C", "Same.")
P.f("fine per worker", "agree", "quantity", "SR10,000 per worker", "SR10,000", "Same first-offence fine.")
P.f("share of cases in construction", "agree", "quantity", "64%", "64 per cent", "Same.")
P.f("violations", "related", "quantity", "1,340 violations", "about 9,000 violations", "A: June 2026 alone; B: the whole of last summer.")
P.f("ban now ends", "conflict", "date", "September 30", "October 15", "2026-09-30 vs 2026-10-15.")
P.f("hottest day", "agree", "date", "Sunday", "Sunday, July 12", "Both 2026-07-12.")
P.f("announcement", "agree", "date", "Tuesday", "yesterday", "Both 2026-07-14.", a_after="said on ")
P.f("'No project is worth a worker's life'", "agree", "quote", "No project in this country is worth a worker's life,", "No project is worth a worker's life,", "Same speaker (Al-Harbi), shortened.")
P.f("'Companies that ignore the rules will pay'", "agree", "quote", "Companies that ignore the rules will pay, and they will pay for every worker.", "Companies that ignore the rules will pay for every worker,", "Same speaker, reworded.")
P.f("oil and gas sites", "conflict", "statement", "the ministry would not exempt oil and gas sites from the extended ban", "The ministry agreed to exempt some oil and gas sites",
    "Would not exempt vs agreed to exempt.")
P.f("repeat offenders", "agree", "statement", "which doubles for repeat offences", "repeat offenders will be fined SR20,000 per worker", "Doubled fine = SR20,000.")
P.f("water and shade", "related", "statement", "it plans to require all sites with more than 50 workers to provide shaded rest areas with cooled drinking water from next summer",
    "The minister asked employers to provide free water, shade and electrolyte drinks to all outdoor staff", "A future requirement vs a request now.")
OUT.append(P.out())

# ---------------- pair 6: red palm weevil, Al Ain
P = Pair("p6a_uae_palm_weevil_khaleejwireservice.txt", "p6b_uae_palm_weevil_theoasisgazette.txt")
P.f("palms felled", "agree", "quantity", "4,600 date palms", "Nearly 4,600 palms", "Compatible.", a_occ=2)
P.f("infested farms", "conflict", "quantity", "310 farms", "290 farms", "310 vs 290.")
P.f("compensation per palm", "agree", "quantity", "Dh1,500", "AED 1,500 per palm", "Same.")
P.f("total compensation", "agree", "quantity", "Dh6.9 million", "about AED 7 million", "Rounded once.")
P.f("pheromone traps", "conflict", "quantity", "20,000 pheromone traps", "12,000 traps", "20,000 vs 12,000.")
P.f("palm population", "related", "quantity", "about 2.1 million date palms", "some 1.2 million palms", "A: emirate of Abu Dhabi; B: Al Ain only.")
P.f("yield per palm", "related", "quantity", "up to 100 kilograms", "about 80 kilograms", "A: maximum of a mature Khalas palm; B: one farmer's trees.")
P.f("first cases", "agree", "date", "June", "early June", "2026-06.", a_after="confirmed in ")
P.f("announcement", "agree", "date", "Wednesday", "yesterday", "Both 2026-08-19.")
P.f("quarantine ends", "conflict", "date", "December 31", "November", "31 December vs the end of November.", b_after="end of ")
P.f("'an enemy we cannot see'", "agree", "quote", "We are fighting an enemy we cannot see until the tree is already dying,", "we cannot see until the tree is already dying", "Same speaker (Al Dhaheri), partial in B.")
P.f("who said 'Cutting a healthy-looking palm is painful'", "conflict", "quote",
    "Cutting a healthy-looking palm is painful, but it is the only way to protect the oasis.", "Cutting a healthy-looking palm is painful,",
    "A: director Hamad Al Dhaheri; B: field inspector Khalifa Al Nuaimi.")
P.f("growers and the compensation", "conflict", "statement", "The Al Ain Date Growers Association rejected the compensation as too low.", "Growers at the Al Ain date market said they had accepted the compensation",
    "Rejected vs accepted (same association chairman quoted on both sides).")
P.f("aerial spraying", "agree", "statement", "Al Dhaheri ruled out spraying pesticide from the air", "There will be no spraying from the air.", "Same.")
P.f("offshoot sales", "agree", "statement", "the authority would not allow any offshoots to be sold at the Al Ain date market during that period", "ADAFSA has banned the sale of offshoots at the date market while the quarantine lasts", "Same ban.")
P.f("future planting", "related", "statement", "it was considering a scheme to replace felled palms with weevil-free tissue-culture plants", "ADAFSA plans to register all nurseries that sell palms from January 2027",
    "Different measures for future planting.")
OUT.append(P.out())

# ---------------- pair 7: Hamad Port crane collapse
P = Pair("p7a_qatar_port_crane_gulfshippingwire.txt", "p7b_qatar_port_crane_dohadailytribune.txt")
P.f("ship size", "agree", "quantity", "14,000-TEU", "14,000 containers", "14,000 twenty-foot containers = 14,000 TEU.")
P.f("crane weight", "agree", "quantity", "1,800 tonnes", "1,800-tonne", "Same.")
P.f("injured", "agree", "quantity", "Two dock workers", "Two workers", "Same.")
P.f("damage", "agree", "quantity", "$30 million", "about QR110m", "Same estimate in two currencies.")
P.f("berth closure", "conflict", "quantity", "about three weeks", "about five weeks", "3 vs 5 weeks.")
P.f("ships rescheduled", "conflict", "quantity", "nine vessels", "seven ships", "9 vs 7 over the coming week.")
P.f("port throughput vs capacity", "related", "quantity", "1.6 million TEU", "7.5 million TEU", "A: handled last year; B: capacity.")
P.f("new crane", "agree", "quantity", "at least 14 months", "more than a year", "Compatible.")
P.f("collision", "agree", "date", "Sunday", "Sunday morning", "Both 2026-09-27.")
P.f("berth reopens", "conflict", "date", "October 18", "early November", "2026-10-18 vs 2026-11.")
P.f("port opened", "agree", "date", "2017", "2017", "Same.")
P.f("who said 'A ship does not hit a crane by accident'", "conflict", "quote",
    "A ship does not hit a crane by accident. Something went wrong, and we will find out what.", "A ship does not hit a crane by accident,",
    "A: QTerminals CEO Yousef Al-Mannai; B: ministry official Ali Al-Suwaidi.")
P.f("'we were lucky'", "agree", "quote", "We were lucky that this happened at night, when few people were on the quay,", "We were lucky it happened when few people were on the quay,", "Same speaker (Al-Mannai), reworded.")
P.f("blame on crane crews", "conflict", "statement", "Al-Mannai denied that the crane operators were at fault", "did not rule out human error by the crane crews", "Denied vs did not rule out.")
P.f("damages claim", "agree", "statement", "The operator said it plans to claim damages from the shipowner and its insurers.", "The operator wants the ship's owner, Pelagic Container Lines of Singapore, to pay for the damage.", "Same.")
P.f("cause of the collision", "related", "statement", "the vessel's harbour pilot had reported a steering problem minutes before the collision", "was being guided in by tugs when it veered towards the quay, witnesses said",
    "Different accounts of the approach from different sources; not contradictory.")
OUT.append(P.out())

# ---------------- pair 8: Moonleaf Tea fine
P = Pair("p8a_taiwan_tea_chain_fine_formosanewsagency.txt", "p8b_taiwan_tea_chain_fine_taipeicourier.txt")
P.f("fine", "agree", "quantity", "NT$2 million", "NT$2 million", "Same.", a_occ=2)
P.f("tapioca seized", "agree", "quantity", "1,200 kilograms", "1.2 tonnes", "Same weight in two units.")
P.f("how long expired", "conflict", "quantity", "three months", "five months", "3 vs 5 months.")
P.f("customers who complained", "conflict", "quantity", "23 customers", "31 consumers", "23 vs 31.")
P.f("shops", "agree", "quantity", "86 shops", "86 shops", "Same.")
P.f("refund per drink", "conflict", "quantity", "up to NT$65 per drink", "NT$50 per cup", "Up to 65 vs 50 per drink.")
P.f("sales", "related", "quantity", "NT$1.5 billion", "about NT$100 billion", "A: Moonleaf's annual sales; B: the whole sector's.")
P.f("kitchens to inspect", "agree", "quantity", "150 kitchens", "150 central kitchens", "Same.")
P.f("inspection", "agree", "date", "Nov. 3", "November 3", "Both 2026-11-03.")
P.f("deadline for corrective plan", "conflict", "date", "Nov. 20", "November 30", "2026-11-20 vs 2026-11-30.")
P.f("fine announced", "agree", "date", "Wednesday", "yesterday", "Both 2026-11-11.")
P.f("who said 'Changing a date on a label is not a mistake'", "conflict", "quote",
    "Changing a date on a label is not a mistake, it is a choice,", "Changing a date on a label is not a mistake, it is a choice, and it was our choice,",
    "A: health commissioner Lin Pei-shan; B: chairman Chen Wei-jie.")
P.f("'one cup at a time'", "agree", "quote", "We are ashamed, and we will earn back our customers' trust one cup at a time,", "We will earn back trust one cup at a time.", "Same speaker (Chen), reworded.")
P.f("who ordered the relabelling", "conflict", "statement", "Moonleaf chairman Chen Wei-jie denied that managers had ordered staff to relabel the products",
    "Chen said the relabelling had been done on the instructions of a kitchen manager", "Denied vs admitted that a manager ordered it.")
P.f("closing Taipei shops", "agree", "statement", "it had agreed to close all its Taipei outlets for two days for cleaning", "The company agreed to shut its outlets in Taipei for cleaning.", "Same.")
P.f("raising the maximum fine", "related", "statement", "the city was considering asking the Legislative Yuan to raise the limit",
    "Legislators from both main parties plan to propose an amendment raising the ceiling to NT$30 million", "City considering a request vs legislators planning a bill.")
OUT.append(P.out())

with open(os.path.join(HERE, "gold", "pairs.gold.json"), "w", encoding="utf-8") as f:
    json.dump(OUT, f, ensure_ascii=False, indent=1)
    f.write("\n")
