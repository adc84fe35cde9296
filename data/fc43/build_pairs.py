import json, os
from build_common import Pair, HERE

OUT = []

# ---------------- pair 1: Kartvelian Air collapse
P = Pair("p1a_georgia_airline_collapse_caucasuswire.txt", "p1b_georgia_airline_collapse_tbilisiherald.txt")
P.f("stranded passengers", "agree", "quantity", "about 4,000 passengers", "Nearly 4,000 Georgians and tourists", "About 4,000 and nearly 4,000 are compatible (A's body gives 3,870).")
P.f("stranded passengers: first count vs now", "related", "quantity", "5,200", "Nearly 4,000 Georgians and tourists",
    "A's 5,200 is the ministry's Tuesday-night count, before two rescue flights; B's figure is for Thursday morning.")
P.f("debts", "conflict", "quantity", "310 million lari", "₾295 million", "Debts listed in the court filing: GEL 310m vs GEL 295m.")
P.f("fleet", "agree", "quantity", "nine aircraft", "nine planes", "Same nine aircraft.")
P.f("staff", "agree", "quantity", "1,150 people", "1,150 employees", "Same.")
P.f("rescue-flight money", "agree", "quantity", "4.5 million lari", "4.5 million lari", "A: set aside; B: spent so far. Same sum.")
P.f("network", "agree", "quantity", "23 cities", "23 destinations", "Same network size.")
P.f("extra Turkish flights", "agree", "quantity", "14 flights", "14 extra weekly flights", "Both 14 a week from Istanbul.")
P.f("tickets sold", "related", "quantity", "some 62,000 tickets", "About 28,000 people",
    "A: tickets for travel to the end of March; B: people booked for February alone. Different periods and measures.")
P.f("grounding", "agree", "date", "Tuesday", "20 January", "Tuesday = 2026-01-20.", b_after="Tbilisi City Court")
P.f("first creditors' meeting", "conflict", "date", "February 9", "16 February", "2026-02-09 vs 2026-02-16.")
P.f("extra flights start", "agree", "date", "February 1", "1 February", "Both 2026-02-01.")
P.f("who said 'everything we could'", "conflict", "quote",
    "We did everything we could to keep this company flying,", "We did everything we could to keep this company flying,",
    "Same words: A gives them to CEO Levan Abashidze at the airport, B to chairman Giorgi Tsereteli in a statement.")
P.f("state rescue of the airline", "conflict", "statement",
    "Economy Minister Nino Kvaratskhelia ruled out a state bailout",
    "the government is considering a state loan to keep part of the airline flying",
    "A: bailout ruled out; B: a state loan is under consideration (anonymous official). Opposite polarity.")
P.f("diverted ticket money", "agree", "statement",
    "Abashidze denied that money from ticket sales had been moved to other companies",
    "He rejected claims, first made by a pilots' union, that ticket revenue had been diverted",
    "Same denial by the CEO.")
P.f("help for travellers and airports", "related", "statement",
    "the airport operator said it would waive parking charges",
    "Kutaisi's mayor, Zurab Lomidze, asked the government to help the airport find a new carrier",
    "Different measures by different actors; compatible.")
OUT.append(P.out())

# ---------------- pair 2: Ayazdag mud volcano
P = Pair("p2a_azerbaijan_mud_volcano_bakuobserver.txt", "p2b_azerbaijan_mud_volcano_caspiannews.txt")
P.f("evacuated", "agree", "quantity", "Some 1,260 residents", "About 1,300 people", "1,260 and about 1,300 are compatible.")
P.f("flame height", "conflict", "quantity", "about 400 metres", "about 150 metres", "Both from the Emergencies Ministry: about 400 m vs about 150 m.")
P.f("area covered by mud", "agree", "quantity", "42 hectares", "0.42 square kilometres", "42 ha = 0.42 km2 (same measure in two units).")
P.f("sheep killed", "agree", "quantity", "about 200 sheep", "More than 150 sheep", "About 200 is more than 150.")
P.f("shepherds burned", "agree", "quantity", "Three shepherds", "three shepherds", "Same.")
P.f("pipeline section shut", "agree", "quantity", "18 km", "18 km", "Same.")
P.f("compensation", "related", "quantity", "2,500 manat", "1.1 million manat",
    "A: payment per evacuated household; B: total allocation incl. farmers. Per-unit vs total.")
P.f("gas cut", "related", "quantity", "30%", "some 4,500 households",
    "Share of homes in the district vs number of households: different measures.")
P.f("eruption", "agree", "date", "Sunday night", "February 15", "Sunday = 2026-02-15.", a_occ=2)
P.f("highway reopening", "conflict", "date", "Friday", "February 22", "A: by Friday 2026-02-20; B: closed until 2026-02-22.")
P.f("previous eruption", "agree", "date", "2018", "2018", "Same.")
P.f("who said 'volcanoes breathe'", "conflict", "quote",
    "These volcanoes breathe, and sometimes they cough.", "These volcanoes breathe, and sometimes they cough,",
    "Same words: A gives them to geologist Rauf Mammadli, B to Emergencies Minister Elnur Guliyev.")
P.f("return of villagers", "conflict", "statement",
    "residents of the two villages will not be allowed to return before March",
    "residents of the villages of Tuzlu and Qaradere are expected to return home next week",
    "Same minister: no return before March vs return expected next week (late February).")
P.f("pipeline leak", "agree", "statement",
    "The company denied reports on social media that gas had leaked from the pipe",
    "AzGasNet rejected suggestions that its pipeline had leaked",
    "Same denial by AzGasNet.")
P.f("future precautions", "related", "statement",
    "The ministry said it plans to install a permanent monitoring station",
    "Geologists have asked the government to ban new houses within 2 kilometres",
    "Different measures by different actors.")
OUT.append(P.out())

# ---------------- pair 3: Ak-Bulak sanatorium
P = Pair("p3a_kyrgyzstan_sanatorium_sale_eurasiabusinesswire.txt", "p3b_kyrgyzstan_sanatorium_sale_bishkekweekly.txt")
P.f("sale price", "agree", "quantity", "1.9 billion som", "1.9 billion soms", "Same.", a_occ=2)
P.f("sale price in dollars", "agree", "quantity", "$21.7 million", "about $22 million", "B rounds.")
P.f("starting price", "agree", "quantity", "1.2 billion som", "1.2 billion", "Same (B's currency from context).")
P.f("bidders", "conflict", "quantity", "Three bidders", "Four bidders", "3 vs 4 bidders in the auction.")
P.f("beds", "agree", "quantity", "620 beds", "620-bed", "Same.")
P.f("staff", "agree", "quantity", "340 staff", "340 workers", "Same.")
P.f("investment pledge", "agree", "quantity", "$40 million", "$40 million", "Same sum.")
P.f("investment period", "conflict", "quantity", "five years", "three years", "Same $40m pledge over five vs three years.")
P.f("losses", "related", "quantity", "64 million som", "150 million soms", "A: last year; B: over three years. Different periods.")
P.f("auction", "agree", "date", "Thursday", "12 March", "Thursday = 2026-03-12.")
P.f("handover", "conflict", "date", "June 1", "July", "2026-06-01 vs 2026-07.")
P.f("'buying a tradition'", "agree", "quote",
    "We are not buying a building, we are buying a tradition,", "We are not buying a building, we are buying a tradition,",
    "Both Seitkali (B quotes him through Toktosunova).")
P.f("auction on video", "agree", "quote", "Every step was public and recorded on video,", "Every step of this auction was public and filmed,",
    "Reworded, same speaker Bakyt Osmonov.")
P.f("jobs", "conflict", "statement",
    "pledged to invest $40 million over five years and to keep all 340 staff",
    "The new owner refused to guarantee jobs beyond 2027",
    "A: pledge to keep all staff; B: refuses to guarantee jobs. Opposite polarity.")
P.f("rigging", "agree", "statement",
    "rejected claims that the auction had been arranged in advance",
    "dismissed accusations that the result was decided in advance",
    "Same rejection by the fund chairman.")
P.f("challenges to the sale", "related", "statement",
    "she had asked parliament to annul the sale",
    "it is reviewing the sale after a complaint by a group of deputies",
    "A: deputy's request to parliament; B: prosecutor's review. Different steps, compatible.")
OUT.append(P.out())

# ---------------- pair 4: Farkhor bridge
P = Pair("p4a_tajikistan_panj_bridge_centralasiadispatch.txt", "p4b_tajikistan_panj_bridge_pamirtv.txt")
P.f("length", "agree", "quantity", "410-metre", "410 metres", "Same.")
P.f("length in feet", "agree", "quantity", "410-metre", "about 1,350 feet", "410 m = about 1,345 ft: same length in two units.")
P.f("cost", "agree", "quantity", "$62 million", "more than 680 million somoni", "$62m at about 11 somoni to the dollar is about 680m somoni: same cost in two currencies.")
P.f("truck capacity", "related", "quantity", "up to 600 trucks", "1,000 trucks",
    "A: initial capacity; B: capacity once the customs terminal is complete. Different times.")
P.f("external finance", "related", "quantity", "$45 million", "$17 million", "A: bank loan for the bridge; B: Japanese grant for border equipment.")
P.f("toll vs fine", "related", "quantity", "$50", "$300", "A: toll per truck; B: fine for overloading. Same unit, different things.")
P.f("trade", "related", "quantity", "$210 million", "$500 million", "A: last year's trade; B: a forecast for 2030.")
P.f("weight limit", "agree", "quantity", "60 tonnes", "60 tonnes", "Same.")
P.f("construction workforce", "agree", "quantity", "about 900 workers", "About 900 people", "Same.")
P.f("construction time", "conflict", "quantity", "three years", "27 months", "Three years vs 27 months.")
P.f("opening", "agree", "date", "Wednesday", "15 April", "Wednesday = 2026-04-15.")
P.f("customs terminal completion", "conflict", "date", "September", "end of October", "2026-09 vs 2026-10.")
P.f("'days, not weeks'", "agree", "quote", "Our goods will reach the sea in days, not weeks.", "Our goods will reach the sea in days, not weeks,",
    "Same words, same speaker (Nazarov).")
P.f("passenger traffic", "conflict", "statement",
    "Passenger traffic will not be allowed on the bridge this year",
    "Pedestrians and buses are expected to cross from May",
    "Not this year vs expected from May 2026. Opposite polarity.")
P.f("meeting with the Taliban", "agree", "statement",
    "Nazarov declined to say whether Tajik officials had met representatives of the Taliban administration",
    "the minister would not comment",
    "Same refusal to comment.")
P.f("plans around the crossing", "related", "statement",
    "it plans to build a 20-hectare warehouse and truck park",
    "The customs service is considering an electronic queue system",
    "Different plans by different actors.")
OUT.append(P.out())

# ---------------- pair 5: Coralline guarantee
P = Pair("p5a_guyana_oil_guarantee_demeraratimes.txt", "p5b_guyana_oil_guarantee_caribbeanpressservice.txt")
P.f("existing insurance", "agree", "quantity", "up to US$2 billion", "US$2 billion", "Same cover.")
P.f("worst-case spill cost", "agree", "quantity", "as much as US$8 billion", "up to US$8 billion", "Same.")
P.f("legal costs", "agree", "quantity", "G$5 million", "G$5 million", "Same.")
P.f("costs vs daily fine", "related", "quantity", "G$5 million", "G$10 million",
    "A: costs awarded to the claimants; B: daily fine for failing to comply. Same currency, different things.")
P.f("output", "conflict", "quantity", "about 340,000 barrels", "around 250,000 barrels", "About 340,000 vs around 250,000 barrels a day.")
P.f("wells", "agree", "quantity", "22 wells", "22 production wells", "Same.")
P.f("deadline length", "agree", "quantity", "30 days", "30 days", "Same.")
P.f("vessel distance offshore", "agree", "quantity", "about 190 km", "some 190 kilometres", "Same.")
P.f("oil money", "related", "quantity", "about US$2.9 billion", "about US$4.1 billion",
    "A: oil revenue last year; B: balance of the Natural Resource Fund.")
P.f("ruling", "agree", "date", "yesterday", "Monday", "Both 2026-06-15.")
P.f("deadline", "conflict", "date", "July 15", "July 31", "2026-07-15 vs 2026-07-31.")
P.f("who said 'keep the profits'", "conflict", "quote",
    "The law does not permit a company to keep the profits and leave the risk with the people of Guyana,",
    "The law does not permit a company to keep the profits and leave the risk with the people of Guyana,",
    "Same words: A gives them to Justice Fraser-Lowe, B to the claimants' lawyer Nadira Baksh.")
P.f("appeal", "conflict", "statement", "would appeal to the Court of Appeal", "it would comply with the order and would not challenge it",
    "Opposite polarity: appeal vs comply without challenge.")
P.f("adequacy of insurance", "agree", "statement",
    "The company denied that its insurance was insufficient",
    "It rejected any suggestion that its current insurance was inadequate", "Same denial.")
P.f("government's response", "agree", "statement",
    "the government respected the court and would not stand in the way of the ruling",
    "the government accepted the judgment", "Compatible: the minister accepts the ruling.")
P.f("follow-up", "related", "statement",
    "Industry analysts said an appeal would probably suspend the order",
    "The Environmental Protection Agency plans to review the insurance terms of all four oil licences",
    "Different consequences by different actors.")
OUT.append(P.out())

# ---------------- pair 6: Suriname malaria
P = Pair("p6a_suriname_malaria_outbreak_guianawire.txt", "p6b_suriname_malaria_outbreak_paramariboecho.txt")
P.f("confirmed cases", "agree", "quantity", "412 cases", "412 cases", "Same.")
P.f("cases a week earlier", "related", "quantity", "412 cases", "287", "B's 287 is last week's count; A gives the current 412.")
P.f("deaths", "conflict", "quantity", "Two people", "Three people", "Both from the ministry on Tuesday: 2 vs 3 dead.")
P.f("falciparum share", "agree", "quantity", "About 70 percent", "70%", "Same.")
P.f("mobile teams", "conflict", "quantity", "12 mobile teams", "Eight mobile teams", "12 vs 8 teams.")
P.f("bed nets", "agree", "quantity", "25,000 bed nets", "25,000 mosquito nets", "Same.")
P.f("emergency budget", "agree", "quantity", "SRD 14 million", "SRD 14 million", "Same.")
P.f("money in dollars", "related", "quantity", "about $380,000", "US$1.2 million",
    "A: the SRD 14m budget in dollars; B: a separate PAHO contribution.")
P.f("share of patients", "related", "quantity", "Around 65 percent", "Roughly 80 percent",
    "Different bases: Brazilian miners vs men aged 18-40.")
P.f("local cases last year", "agree", "quantity", "38 locally acquired cases", "38 local cases", "Same (2025).")
P.f("first cases", "agree", "date", "June 3", "3 June", "Same.")
P.f("spraying starts", "agree", "date", "Monday", "20 July", "Monday after Tuesday 14 July = 2026-07-20.")
P.f("who said 'another village infected'", "conflict", "quote",
    "Every day we lose is another village infected.", "Every day we lose is another village infected,",
    "Same words: A gives them to minister Ruth Pinas, B to programme director Hendrik Kartodikromo.")
P.f("travel to the gold fields", "conflict", "statement",
    "The government has halted charter flights to three mining airstrips",
    "the government will not restrict travel to the gold fields",
    "A: flights halted; B: no restriction on travel. Opposite polarity.")
P.f("test kits", "agree", "statement",
    "The ministry denied reports on local radio that rapid test kits had run out",
    "She also denied that the supply of test kits had run out", "Same denial.")
P.f("outside help", "related", "statement",
    "Suriname has asked Brazil and France for help",
    "The association of small-scale gold miners pledged to pay for test kits",
    "Different sources of help.")
OUT.append(P.out())

# ---------------- pair 7: Dominica water rates
P = Pair("p7a_dominica_water_rates_roseausun.txt", "p7b_dominica_water_rates_waitukubulifm.txt")
P.f("approved increase", "agree", "quantity", "19%", "19 percent", "Same.", a_occ=2, b_occ=2)
P.f("increase requested", "conflict", "quantity", "32%", "35 percent", "NIWCO's application: 32% vs 35%.")
P.f("average bill rise", "agree", "quantity", "EC$9.50", "about EC$114", "EC$9.50 a month = EC$114 a year.")
P.f("customers", "agree", "quantity", "about 24,000 customers", "23,800 customer accounts", "Compatible.")
P.f("water lost", "agree", "quantity", "about 45%", "45 per cent", "Same.")
P.f("investment plan", "agree", "quantity", "EC$48 million", "EC$48 million", "Same.")
P.f("business customers", "agree", "quantity", "23%", "23 percent", "Same.")
P.f("charges", "related", "quantity", "EC$15", "EC$12",
    "A: rejected monthly connection charge; B: price of the first 1,000 gallons. Same unit, different things.")
P.f("new rates take effect", "agree", "date", "October 1", "1st October", "Same.")
P.f("decision", "agree", "date", "Wednesday", "Wednesday 9th September", "Both 2026-09-09.")
P.f("tariff review", "conflict", "date", "March 2027", "2028", "2027-03 vs 2028.")
P.f("who said 'dry taps'", "conflict", "quote",
    "Nobody likes to pay more for water, but nobody likes dry taps either,",
    "Nobody likes to pay more for water, but nobody likes dry taps either,",
    "Same words: A gives them to commission chair Althea St. Jean, B to minister Francis Laville.")
P.f("'the minimum we need'", "agree", "quote",
    "This increase is the minimum we need to keep water flowing.", "It is the minimum we need to keep water flowing,",
    "Reworded, same speaker Carlton Baron.")
P.f("state help with bills", "conflict", "statement",
    "The government will not subsidise the increase",
    "the government is expected to cover the increase for pensioners",
    "Will not subsidise vs expected to cover for pensioners. Opposite polarity.")
P.f("connection charge", "agree", "statement",
    "The commission rejected NIWCO's request for a new fixed connection charge",
    "The commission turned down a fixed monthly connection fee", "Same refusal.")
P.f("opposition to the rise", "related", "statement",
    "it plans to collect signatures for a petition",
    "The Dominica Consumers' Association asked the commission for a public hearing",
    "Different actions by different groups.")
OUT.append(P.out())

# ---------------- pair 8: Grenada cocaine seizure
P = Pair("p8a_grenada_cocaine_yacht_spicepress.txt", "p8b_grenada_cocaine_yacht_grenadianvoice.txt")
P.f("cocaine seized", "agree", "quantity", "612 kilograms", "about 600 kg", "612 kg is about 600 kg.")
P.f("street value", "agree", "quantity", "EC$41 million", "US$15 million", "EC$41m at 2.7 = about US$15m: same value in two currencies.")
P.f("people arrested and charged", "conflict", "quantity", "Three men", "Four people", "3 vs 4 charged.")
P.f("yacht length", "agree", "quantity", "52-foot", "16-metre", "52 ft = 15.8 m: same length in two units.")
P.f("packages", "agree", "quantity", "540 bricks", "540 packages", "Same.")
P.f("interception distance", "agree", "quantity", "about 8 nautical miles", "about eight miles", "Compatible (B rounds, unit loose).")
P.f("maximum sentence", "agree", "quantity", "up to 25 years", "25 years", "Same maximum.")
P.f("other seizures", "related", "quantity", "about 380 kilograms", "1.1 tonnes",
    "A: the 2019 record haul; B: total seized this year. Different things.")
P.f("seizure", "agree", "date", "Sunday", "November 15", "Sunday = 2026-11-15.")
P.f("police announcement", "agree", "date", "Tuesday", "yesterday", "Both 2026-11-17.")
P.f("court appearance", "conflict", "date", "Thursday", "November 26", "2026-11-19 vs 2026-11-26.")
P.f("who said 'biggest blow'", "conflict", "quote",
    "This is the biggest blow we have ever struck against the traffickers who use our waters,",
    "This is the biggest blow we have ever struck against the traffickers who use our waters,",
    "Same words: A gives them to Commissioner Desmond Charles, B to Lt Cdr Anselm Noel.")
P.f("charges against the charter firm", "conflict", "statement",
    "Charles said the company will not be charged",
    "the charter company is expected to face charges",
    "Opposite polarity.")
P.f("foreign help", "agree", "statement",
    "Police declined to say whether foreign agencies had provided the tip",
    "Police Commissioner Desmond Charles would not say whether the United States or any other country helped",
    "Same refusal.")
P.f("response", "related", "statement",
    "the government plans to buy a second fast interceptor boat",
    "Opposition leader Terrence McQueen called for an independent inquiry",
    "Different responses by different actors.")
OUT.append(P.out())

with open(os.path.join(HERE, "gold", "pairs.gold.json"), "w", encoding="utf-8") as f:
    json.dump(OUT, f, ensure_ascii=False, indent=1)
    f.write("\n")
