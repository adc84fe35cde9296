import json, os
from build_common import Pair, HERE

OUT = []

# ---------------- pair 1: Arcachon oysters
P = Pair("p1a_france_oyster_ban_atlanticwire.txt", "p1b_france_oyster_ban_gazettedubassin.txt")
P.f("oyster farms closed", "conflict", "quantity", "315 oyster farms", "310 oyster farms", "315 vs 310 farms covered by the order.")
P.f("length of the ban", "agree", "quantity", "at least 21 days", "21 days", "Same 21 days (A 'at least', B 'could be extended').")
P.f("ban ends", "conflict", "date", "January 29", "30 January", "2026-01-29 vs 2026-01-30.")
P.f("norovirus cases", "agree", "quantity", "342 cases", "342 cases", "Same.")
P.f("growers' losses", "conflict", "quantity", "€18 million", "€25 million", "Same committee estimate of losses: €18m vs €25m.")
P.f("jobs in the trade", "agree", "quantity", "about 1,200 jobs", "some 1,200 people", "Same.")
P.f("annual output", "agree", "quantity", "about 8,000 tonnes", "around 8,000 tonnes", "Same.")
P.f("state aid per farm", "agree", "quantity", "€4,000 per farm", "€4,000 per farm", "Same.")
P.f("testing fee waived", "agree", "quantity", "€85", "€85", "Same monthly fee.")
P.f("national sales fall vs seasonal share", "related", "quantity", "9%", "about 35%",
    "A: fall in national oyster sales in December; B: share of growers' turnover in Dec-Jan. Different bases.")
P.f("cases since", "agree", "date", "December 27", "27 December", "Both 2025-12-27.")
P.f("next test results", "agree", "date", "Monday", "Monday, 12 January", "Both 2026-01-12.", a_occ=2)
P.f("prefect on public health", "agree", "quote", "Public health comes first, even in the busiest week of the year for our growers,",
    "We have to protect consumers, even in the busiest week of the year,", "Both Vasseur; reworded.")
P.f("pumping stations", "conflict", "statement", "The water utility denied that its pumping stations had failed",
    "has admitted that two of its stations failed", "Opposite polarity: utility denied failures vs admitted two stations failed.")
P.f("wider ban", "related", "statement", "He ruled out a wider ban on oysters from other French basins",
    "the state was also considering a ban on mussels and clams from the bay",
    "A: minister rules out oysters from other basins; B: prefect considers other shellfish from this bay. Different scope, compatible.")
P.f("testing fee", "agree", "statement", "would not charge them the usual monthly fee",
    "the state would waive the €85 monthly testing fee", "Same: fee not charged / waived during the closure.")
OUT.append(P.out())

# ---------------- pair 2: Polish residents' strike
P = Pair("p2a_poland_doctors_strike_vistulanews.txt", "p2b_poland_doctors_strike_kurierwawelski.txt")
P.f("residents on strike", "conflict", "quantity", "About 9,000 resident doctors", "some 8,500 residents", "Same union count, 9,000 vs 8,500 nationwide.")
P.f("hospitals joining", "agree", "quantity", "212 hospitals", "about 200 hospitals", "'about 200' is compatible with 212.")
P.f("length of strike", "agree", "quantity", "72-hour", "three-day", "72 hours = three days.")
P.f("salary demanded", "agree", "quantity", "11,500 zloty", "11,500 zł", "Same.")
P.f("ministry offer", "agree", "quantity", "9,400 zloty", "9,400 zł", "Same.")
P.f("cost of offer", "agree", "quantity", "1.9 billion zloty", "1.9 bn zł", "Same.")
P.f("operations postponed", "related", "quantity", "about 1,400 planned operations", "620 planned procedures",
    "A: nationwide, first day (ministry); B: Kraków alone (city hospitals). Different scope.")
P.f("residents' working week", "agree", "quantity", "58 hours a week", "58 hours a week", "Same survey.")
P.f("offer starts", "agree", "date", "July 1", "1 July", "Both 2026-07-01.")
P.f("strike ends", "agree", "date", "Thursday, 19 February", "Thursday", "Both 2026-02-19.")
P.f("prime minister meets union", "conflict", "date", "Wednesday", "Tuesday", "2026-02-18 vs 2026-02-17.")
P.f("who said 'not asking for luxury'", "conflict", "quote",
    "We are not asking for luxury, we are asking to be able to stay in this country,", "We are not asking for luxury.",
    "Same words: A gives them to ZML chairwoman Agnieszka Wróbel, B to Kraków branch head Piotr Nowicki.")
P.f("ombudsman's call", "agree", "quote", "today, not next week", "today, not next week", "Both Stachurska.")
P.f("more money this year", "conflict", "statement", "the government would not go beyond its offer this year",
    "the government \"is ready to find more money\"", "Opposite: will not go beyond the offer vs ready to find more money (same minister, same day).")
P.f("docking strikers' pay", "agree", "statement", "He denied reports that the ministry planned to dock strikers' pay",
    "The minister will not cut anyone's pay for striking.", "Same: no pay cut (Kępa / anonymous ministry official).")
P.f("who is to blame", "related", "statement", "Kępa accused the union of putting patients at risk",
    "said she blamed the government", "A: minister blames the union; B: a patient blames the government. Different actors, not contradictory.")
OUT.append(P.out())

# ---------------- pair 3: Kaltenbach porcelain
P = Pair("p3a_germany_porcelain_insolvency_rheinmainwire.txt", "p3b_germany_porcelain_insolvency_oberfraenkischerkurier.txt")
P.f("workforce", "conflict", "quantity", "640 people", "620 workers", "640 vs 620 employees.")
P.f("sales 2025", "agree", "quantity", "€71.4 million", "€71.4 million", "Same.")
P.f("sales fall", "agree", "quantity", "18%", "18 per cent", "Same.")
P.f("energy share of costs", "agree", "quantity", "27%", "27 per cent", "Same.")
P.f("gas use vs gas bill", "related", "quantity", "about 60 gigawatt hours", "about €8 million a year",
    "A: gas burnt in GWh; B: annual gas spending in euros. Same topic, different measures.")
P.f("loan guarantee requested", "conflict", "quantity", "€15 million", "€12 million", "Same bridging loan: €15m vs €12m.")
P.f("Christmas bonus given up", "agree", "quantity", "about €1.1 million", "€1.1 million", "Same.")
P.f("share price fall", "agree", "quantity", "62%", "62 per cent", "Same.")
P.f("town's tax loss", "agree", "quantity", "around €2 million a year", "about €2 million a year", "Same.")
P.f("insolvency filed", "agree", "date", "Tuesday", "yesterday", "Both 2026-03-10.")
P.f("creditors' meeting", "agree", "date", "28 April", "28. April", "Both 2026-04-28.")
P.f("union works meeting", "conflict", "date", "Thursday", "Friday", "2026-03-12 vs 2026-03-13.")
P.f("who said 'We are not giving up'", "conflict", "quote", "We are not giving up,", "We are not giving up,",
    "Same words: A gives them to CEO Markus Vogt, B to works council chairwoman Birgit Lang.")
P.f("closing a plant", "conflict", "statement", "the company planned to close its smaller plant in Arzberg by the end of the year whatever the outcome",
    "the company would not close either plant before an investor was found", "Opposite polarity: plans to close Arzberg regardless vs will close neither plant before a buyer.")
P.f("state and a sale", "agree", "statement", "the state would not stand in the way of a sale",
    "We will not block a buyer", "Same: Bavaria will not block a sale (spokeswoman / anonymous official).")
P.f("search for an investor", "related", "statement", "My first task is to find an investor who keeps the brand in Selb.",
    "she had already spoken to \"several interested parties\"", "A: administrator's aim; B: talks already held. Same topic, different claims.")
OUT.append(P.out())

# ---------------- pair 4: Iberrápido fine
P = Pair("p4a_spain_rail_fine_iberianpress.txt", "p4b_spain_rail_fine_heraldodelllobregat.txt")
P.f("size of fine", "agree", "quantity", "€6.3 million", "€6.25 million", "A rounds €6.25m to €6.3m.", a_occ=2)
P.f("share of late trains", "conflict", "quantity", "31%", "29% of services", "Same agency figure for H2 2025: 31% vs 29%.")
P.f("permitted share of late trains", "agree", "quantity", "10%", "no more than 10%", "Same licence limit.")
P.f("passengers owed compensation", "agree", "quantity", "about 38,000 passengers", "38,000 travellers", "Same.")
P.f("refunds paid vs claims pending", "related", "quantity", "€2.1 million", "some 6,000 refund claims",
    "A: money paid out in refunds last year; B: claims still being processed. Different measures.")
P.f("time to present a plan", "agree", "quantity", "30 days", "a month", "30 days ~ a month.")
P.f("passengers last year", "agree", "quantity", "5.8 million passengers", "5.8 million people", "Same.")
P.f("cheapest fare", "agree", "quantity", "€19", "€19", "Same.")
P.f("fine imposed", "agree", "date", "Tuesday", "yesterday", "Both 2026-04-14.")
P.f("market entry", "agree", "date", "March 2023", "March 2023", "Same.")
P.f("payment deadline", "agree", "date", "May 14", "14 May", "Both 2026-05-14.")
P.f("new punctuality rules from", "agree", "date", "2027", "January 2027", "Compatible: 2027 / January 2027.")
P.f("agency president on the licence", "agree", "quote", "A licence is not a gift, it is a contract with the public,",
    "A licence is a contract with the public, not a present.", "Both Olmedo; reworded.")
P.f("appeal", "conflict", "statement", "said it would appeal to the National Court",
    "We will not go to court over this.", "Opposite polarity: will appeal vs will not go to court (company / its CEO).")
P.f("outstanding refund claims", "conflict", "statement", "denied that any valid claims were outstanding",
    "admitted that some 6,000 refund claims were still being processed", "Denied vs admitted outstanding claims.")
P.f("tighter punctuality rules", "related", "statement", "the government was considering stricter punctuality rules for all operators",
    "the government would tighten punctuality rules for every operator", "Considering vs will tighten: different modality of the same plan, not a contradiction.")
OUT.append(P.out())

# ---------------- pair 5: Luxor tomb
P = Pair("p5a_egypt_tomb_discovery_nilewire.txt", "p5b_egypt_tomb_discovery_cairoeveningpost.txt")
P.f("depth of the chamber", "conflict", "quantity", "9-metre", "11 metres", "Shaft/chamber depth 9 m vs 11 m.")
P.f("shabti figurines", "conflict", "quantity", "42 painted shabti figurines", "40 shabti figurines", "42 vs 40.")
P.f("other objects", "agree", "quantity", "more than 300 pieces", "around 310 objects", "'more than 300' compatible with about 310.")
P.f("mission size", "agree", "quantity", "65 Egyptian archaeologists and workers", "65 people", "Same.")
P.f("local jobs", "conflict", "quantity", "120 local guards and guides", "150 jobs", "Governor's promise: 120 vs 150 guards and guides.")
P.f("time for tests on the mummy", "related", "quantity", "about six months", "up to a year",
    "A: DNA tests; B: DNA and CT tests, an upper bound. Different scope, not contradictory.")
P.f("foreign ticket price", "agree", "quantity", "400 Egyptian pounds", "LE400", "Same.")
P.f("restoration cost", "agree", "quantity", "18 million pounds", "LE18 million", "Same.")
P.f("tourist arrivals 2025", "agree", "quantity", "15.7 million", "15.7 million tourists", "Same.")
P.f("chamber reached", "agree", "date", "April 27", "27 April", "Both 2026-04-27.")
P.f("tomb opens to visitors", "agree", "date", "October 2027", "October 2027", "Same.")
P.f("find announced", "agree", "date", "Tuesday", "yesterday", "Both 2026-05-19.")
P.f("who said 'Nothing was taken'", "conflict", "quote", "The seals were intact. Nothing was taken,", "The seals were intact. Nothing was taken,",
    "Same words: A gives them to minister Sherif Abdel-Aal, B to mission director Hany Mansour.")
P.f("more chambers", "conflict", "statement", "the team expected to find at least two more chambers linked to the shaft",
    "Mansour said he did not expect further chambers", "Opposite polarity, same speaker.")
P.f("looters", "agree", "statement", "Abdel-Aal denied reports that the tomb had been found by looters first",
    "dismissing rumours on social media that tomb robbers had reached the chamber first", "Same denial (minister / mission director).")
P.f("coffin abroad", "related", "statement", "He ruled out lending the coffin to foreign museums before it goes on display in Giza",
    "the ministry was \"open to\" an exhibition in Europe after 2028", "A: no loan before the Giza display (2027); B: open to Europe after 2028. Different periods, compatible.")
OUT.append(P.out())

# ---------------- pair 6: Taranto steelworks
P = Pair("p6a_italy_steel_court_order_medbusinesswire.txt", "p6b_italy_steel_court_order_gazzettadeiduemari.txt")
P.f("families who sued", "conflict", "quantity", "212 families", "214 families", "212 vs 214.")
P.f("time to comply", "agree", "quantity", "60 days", "60 days", "Same.")
P.f("coke output cap", "agree", "quantity", "no more than 1.1 million tonnes a year", "a maximum of 1.1 million tonnes", "Same.")
P.f("coke cap vs steel output", "related", "quantity", "5.1 million tonnes", "a maximum of 1.1 million tonnes",
    "A: steel made in 2025; B: the coke cap. Same unit, different things.")
P.f("daily penalty", "agree", "quantity", "€50,000 for each day", "€50,000", "Same per-day penalty.")
P.f("benzene level", "agree", "quantity", "6.8 micrograms per cubic metre", "6.8 micrograms", "Same.")
P.f("jobs at risk", "agree", "quantity", "2,500", "2,500 jobs", "Same.")
P.f("workforce", "agree", "quantity", "8,200 jobs", "8,000", "B's 8,000 reads as a round figure for 8,200.")
P.f("ruling", "agree", "date", "Tuesday", "yesterday", "Both 2026-07-21.")
P.f("compliance deadline", "conflict", "date", "September 19", "20 September", "2026-09-19 vs 2026-09-20.")
P.f("meeting in Rome", "agree", "date", "July 28", "28 July", "Both 2026-07-28.")
P.f("who said 'the air here makes people sick'", "conflict", "quote",
    "Today the court said what we have known for years: the air here makes people sick,",
    "The court said what this neighbourhood has known for years: the air here makes people sick,",
    "Near-identical words: A gives them to committee head Rosa De Palma, B to lawyer Vito Mastrangelo.")
P.f("appeal", "conflict", "statement", "said it would appeal",
    "The company will not appeal", "Opposite polarity: will appeal vs will not.")
P.f("emergency decree", "conflict", "statement", "the state was considering an emergency decree to keep the plant running",
    "He ruled out an emergency decree.", "Considering vs ruled out, same minister.")
P.f("company's request to the court", "related", "statement", "asked for the order to be suspended",
    "the company would ask the judge for more time to fit the filters", "Suspension vs more time: different requests on the same order.")
OUT.append(P.out())

# ---------------- pair 7: Asahikawa bus cuts
P = Pair("p7a_japan_bus_cuts_pacificrimpress.txt", "p7b_japan_bus_cuts_asahikawaherald.txt")
P.f("routes abolished", "conflict", "quantity", "31", "one of 29", "31 vs 29 routes.", a_after="would abolish")
P.f("total routes", "agree", "quantity", "118 routes", "118", "Same.")
P.f("drivers employed", "agree", "quantity", "212 drivers", "212 drivers", "Same.")
P.f("driver shortfall vs requirement", "related", "quantity", "58 fewer", "270",
    "A: shortfall (58 drivers); B: number needed (270). Different measures, consistent (212+58=270).")
P.f("daily services after cuts", "agree", "quantity", "roughly 1,450", "around 1,450", "Same.")
P.f("starting pay", "agree", "quantity", "270,000 yen", "¥270,000 a month", "Same.")
P.f("annual loss", "conflict", "quantity", "640 million yen", "¥680 million", "Loss in the year to March: ¥640m vs ¥680m.")
P.f("city taxi budget", "agree", "quantity", "300 million yen", "¥300 million", "Same.")
P.f("driver shortage by 2030", "agree", "quantity", "36,000 bus drivers", "36,000 drivers", "Same association estimate.")
P.f("cuts take effect", "agree", "date", "December 1", "December 1", "Both 2026-12-01.")
P.f("announcement", "agree", "date", "Tuesday", "yesterday", "Both 2026-09-15.")
P.f("petition to council", "agree", "date", "September 28", "28 September", "Both 2026-09-28.")
P.f("president on service promise", "agree", "quote", "We can no longer promise a bus to every neighbourhood.",
    "We can no longer guarantee a bus for every district,", "Both Morimoto; reworded.")
P.f("school routes", "conflict", "statement", "Morimoto said the company had agreed to keep all 9 school routes",
    "Morimoto refused, saying the company could keep only four of its nine school routes", "Agreed to keep all nine vs refused, only four.")
P.f("selling the bus business", "agree", "statement", "Morimoto denied that the company was preparing to sell its bus business",
    "Morimoto said the company would not sell the bus division", "Same denial.")
P.f("fares", "related", "statement", "Fares will not rise this year", "Fares will be raised by ¥30 from April next year",
    "No rise in 2026 vs a rise from April 2027: different periods, compatible.")
OUT.append(P.out())

# ---------------- pair 8: Bosphorus grounding
P = Pair("p8a_turkey_bosphorus_grounding_eurasiamaritimewire.txt", "p8b_turkey_bosphorus_grounding_bogazicigazetesi.txt")
P.f("wheat on board", "conflict", "quantity", "48,000 tonnes", "50,000 tonnes", "48,000 vs 50,000 tonnes, both exact.")
P.f("ship length", "agree", "quantity", "190 metres", "190-metre", "Same.")
P.f("distance from restaurant", "agree", "quantity", "about 30 metres", "only 30 metres", "Same.")
P.f("crew", "agree", "quantity", "22 crew", "All 22 crew members", "Same.")
P.f("ships waiting", "related", "quantity", "about 140 vessels", "152 ships",
    "A: Tuesday morning/evening count (83+57=140); B: by midnight. Later figure, not a contradiction.")
P.f("fine", "agree", "quantity", "12.5 million lira", "12.5 million lira", "Same.")
P.f("cost per waiting ship", "agree", "quantity", "between $30,000 and $50,000 a day per vessel", "$30,000 to $50,000", "Same range.")
P.f("annual traffic", "agree", "quantity", "About 40,000 ships", "Around 40,000 vessels", "Same.")
P.f("pilotage threshold", "agree", "quantity", "longer than 150 metres", "over 150 metres", "Same.")
P.f("grounding", "agree", "date", "Tuesday", "yesterday", "Both 2026-11-10.")
P.f("possible reopening", "agree", "date", "Thursday", "tomorrow", "Both 2026-11-12.")
P.f("previous serious grounding", "agree", "date", "2018", "2018", "Same.")
P.f("coastal safety chief on risk", "agree", "quote", "Our priority is the safety of the city. We will not take risks to save a day,",
    "We will not take risks to save a day.", "Both Ersoy; first sentence reworded.")
P.f("unloading cargo", "conflict", "statement", "a second attempt would be made after part of the cargo was unloaded onto barges",
    "salvage teams would not unload any cargo", "Opposite polarity: unload part of the cargo vs unload none.")
P.f("night ban for bulk carriers", "conflict", "statement", "Aydoğdu rejected calls from some Istanbul council members for the strait to be closed to large bulk carriers at night",
    "the government was now studying a ban on night transits for the largest bulk carriers", "Rejected vs studying, same minister.")
P.f("owner's response", "related", "statement", "The owner, Aegean Bulk Management, did not respond to requests for comment.",
    "said in a short statement that it \"regrets the incident\"", "No response (Tuesday) vs later statement: different times, not contradictory.")
OUT.append(P.out())

with open(os.path.join(HERE, "gold", "pairs.gold.json"), "w", encoding="utf-8") as f:
    json.dump(OUT, f, ensure_ascii=False, indent=1)
    f.write("\n")
