import json, os
from build_common import Pair, HERE

OUT = []

# ---------------- pair 1: Falklands shearing contract
P = Pair("p1a_falklands_sheep_shearing_southatlanticpress.txt", "p1b_falklands_sheep_shearing_campcourier.txt")
P.f("contract value", "conflict", "quantity", "£1.2 million", "£1.35 million", "£1.2m vs £1.35m over the life of the same three-year deal.")
P.f("contract length", "agree", "quantity", "three-year", "three-year", "Same.")
P.f("shearers and shed hands per season", "agree", "quantity", "38 shearers and shed hands", "Thirty-eight shearers and shed hands", "Same number, digits vs spelled out.")
P.f("rate per sheep", "agree", "quantity", "£2.10 per sheep", "£2.10 a head", "Same rate, 'per sheep' vs 'a head'.")
P.f("old rate per sheep", "agree", "quantity", "£1.85", "£1.85", "Same.")
P.f("government share of airfares", "related", "quantity", "about £90,000 a year", "some £270,000",
    "A: per year; B: total over three years. Same unit, different measure (consistent: 3 x 90,000).")
P.f("island flock", "agree", "quantity", "about 480,000 sheep", "480,000", "Same; B's bare number follows 'flock ... puts at'.")
P.f("sheep threshold vs sheep expected", "related", "quantity", "fewer than 300,000 sheep", "About 320,000 sheep",
    "A: the get-out threshold of the contract; B: the number expected to be shorn this season. Different measures.")
P.f("sheep shorn a day", "agree", "quantity", "about 3,500 sheep a day", "3,500 a day", "Same daily target.")
P.f("wool export earnings 2025", "agree", "quantity", "about £4.6 million", "£4.6m", "Same, A qualified.")
P.f("fall in wool price", "agree", "quantity", "12%", "12 per cent", "Same.")
P.f("first gangs start work", "conflict", "date", "January 26", "2 February", "2026-01-26 vs 2026-02-02.")
P.f("last instalment due", "agree", "date", "April 30", "30 April", "Both 2026-04-30, written two ways.")
P.f("who said 'three years of certainty'", "conflict", "quote",
    "We have bought ourselves three years of certainty,", "We have bought ourselves three years of certainty,",
    "Same words: A gives them to association chair Rhona McKay, B to MLA Gavin Pitaluga.")
P.f("subsidy for shearers' wages", "conflict", "statement",
    "He ruled out any direct subsidy for shearers' wages", "Government is considering a top-up for shearers' wages",
    "Opposite modality: ruled out vs is considering (both attributed to Pitaluga).")
P.f("training scheme for islanders", "related", "statement",
    "the association had also asked the government to fund a training scheme",
    "will be discussed by the Legislative Assembly in March",
    "A: the request; B: the next step (an Assembly debate). Same topic, different stage; compatible.")
P.f("previous contractor left", "agree", "statement",
    "The previous contractor, a Chilean firm, pulled out in October",
    "the Chilean contractor walked out in October", "Same fact, reworded.")
OUT.append(P.out())

# ---------------- pair 2: Svalbard halibut quota
P = Pair("p2a_svalbard_halibut_quota_nordicwire.txt", "p2b_svalbard_halibut_quota_isfjordposten.txt")
P.f("2026 quota", "conflict", "quantity", "9,200 tonnes", "9 400 tonnes", "9,200 vs 9 400 tonnes (B in Norwegian number style).")
P.f("2025 quota", "agree", "quantity", "10,800 tonnes", "10 800 tonnes", "Same, two number styles.")
P.f("size of the cut", "conflict", "quantity", "15%", "around 13 per cent", "15% vs about 13% (each follows from its own quota figure).", a_occ=2)
P.f("cost to the fleet", "agree", "quantity", "about 70 million Norwegian crowns", "some 70 million kroner", "Same estimate; crowns vs kroner.")
P.f("lost catch vs export value", "related", "quantity", "about 70 million Norwegian crowns", "NOK 1,3 billion",
    "A: the cut's cost to the fleet; B: last year's export value. Same currency, different measures.")
P.f("first-hand price", "agree", "quantity", "about 44 crowns a kilo", "kr 44 a kilo", "Same price.")
P.f("coastal vessels licensed", "agree", "quantity", "About 45 coastal vessels", "some 45 coastal vessels", "Same.")
P.f("scientists' advice", "agree", "quantity", "up to 20%", "up to 20 per cent", "Same.")
P.f("coastal fleet share", "agree", "quantity", "60%", "60 per cent", "Same.")
P.f("exports last year", "agree", "quantity", "about 19,000 tonnes", "19 000 tonnes", "Same, A qualified.")
P.f("fishery opens", "conflict", "date", "March 1", "15 March", "2026-03-01 vs 2026-03-15.")
P.f("zone policed since", "agree", "date", "1977", "1977", "Same.")
P.f("Eide's verdict", "agree", "quote", "a bitter pill", "a bitter pill", "Same words, same speaker.")
P.f("minister's words on closing the fishery", "conflict", "statement",
    "We are not closing the fishery, we are protecting the next generation of it,",
    "We are not closing the fishery, but we may have to if nothing changes.",
    "Same speaker (Solbakken), reworded with a changed meaning: closure excluded vs closure possible.")
P.f("raising the quota later in the year", "conflict", "statement",
    "She said the ministry would not revise the quota upwards during the year",
    "the ministry could raise the quota in the summer",
    "Opposite modality: will not revise upwards vs could raise.")
P.f("Russian request for extra days", "agree", "statement",
    "The ministry also turned down a request from Russian trawler owners for extra fishing days in the zone",
    "The ministry has rejected a request from Russian trawlers for extra days in the zone", "Same refusal.")
P.f("high prices and the skippers", "related", "statement",
    "which would soften the blow for skippers", "says that is cold comfort",
    "A: association leader says prices soften the blow; B: a skipper calls them cold comfort. Different speakers' views, not a factual conflict.")
OUT.append(P.out())

# ---------------- pair 3: South Sudan teak auction
P = Pair("p3a_southsudan_teak_auction_hornnilewire.txt", "p3b_southsudan_teak_auction_equatoriavoice.txt")
P.f("volume sold", "agree", "quantity", "4,500 cubic metres", "4,500 m3", "Same volume, 'cubic metres' vs 'm3'.", b_after="whole lot of ")
P.f("winning bid per cubic metre", "conflict", "quantity", "$310 per cubic metre", "$290 per cubic metre", "$310 vs $290 a cubic metre.")
P.f("reserve price", "agree", "quantity", "$180 per cubic metre", "$180 per cubic metre", "Same.")
P.f("number of bidders", "agree", "quantity", "ten other companies", "Eleven firms", "Winner plus ten others = eleven bidders.")
P.f("state share", "agree", "quantity", "30%", "30 percent", "Same.")
P.f("community share", "agree", "quantity", "10%", "10 percent", "Same.")
P.f("sale total vs state share", "related", "quantity", "about $1.4 million", "roughly $390,000",
    "A: total proceeds; B: the state's 30% share. Same currency, different measures.", a_occ=2)
P.f("local jobs", "agree", "quantity", "at least 200 local workers", "at least two hundred", "Same pledge, digits vs words.")
P.f("observers' report due", "agree", "quantity", "14 days", "two weeks", "Same period, days vs weeks.")
P.f("auction day", "agree", "date", "Monday", "Monday", "Both 2026-03-23.", b_after="Juba on ")
P.f("felling starts", "agree", "date", "April", "April", "Both 2026-04.")
P.f("logging suspended", "agree", "date", "2023", "2023", "Same year.", b_after="halted in ")
P.f("timber must be removed by", "conflict", "date", "June 30", "end of May", "2026-06-30 vs 2026-05.")
P.f("who said 'the first time the people ... can see what their trees are worth'", "conflict", "quote",
    "This is the first time the people of Western Equatoria can see what their trees are worth,",
    "This is the first time the people of Western Equatoria can see what their trees are worth,",
    "Same words: A gives them to Deputy Minister Joseph Wani Lado, B to county commissioner Peter Zande Mbiko.")
P.f("export of raw logs", "conflict", "statement",
    "The deputy minister denied that any of the auctioned teak would leave the country as raw logs",
    "The ministry confirmed that part of the teak will leave South Sudan as unprocessed logs",
    "Opposite polarity: denied vs confirmed.")
P.f("what local money should do", "related", "statement",
    "Local leaders in Nzara County have asked for the communities' share to be raised to 20%",
    "pledged that the state's share would be spent on repairing the Yambio-Nzara road",
    "A: local leaders ask for a bigger community share; B: governor pledges the state share for a road. Different actors and claims.")
P.f("sawmill promised by the buyer", "agree", "statement",
    "the buyer had agreed to build a sawmill in Nzara", "the sawmill the buyer has promised",
    "Both say the buyer has committed to a sawmill (B adds it will not be ready before next year).")
OUT.append(P.out())

# ---------------- pair 4: Bethlehem choir festival grant
P = Pair("p4a_palestine_choir_festival_levantpress.txt", "p4b_palestine_choir_festival_bethlehemtoday.txt")
P.f("ministry grant", "agree", "quantity", "420,000 shekels", "₪420,000", "Same; 'shekels' vs '₪'.", a_occ=2, b_occ=2)
P.f("last year's grant", "agree", "quantity", "180,000 shekels", "₪180,000", "Same.")
P.f("EU contribution", "conflict", "quantity", "€60,000", "€75,000", "€60,000 vs €75,000.")
P.f("choirs taking part", "agree", "quantity", "24 choirs", "Two dozen choirs", "24 = two dozen.")
P.f("singers taking part", "agree", "quantity", "about 700 singers", "more than 650 singers", "Compatible: about 700 is more than 650.")
P.f("massed opening choir", "agree", "quantity", "300 voices", "300 voices", "Same.")
P.f("youth programme share", "agree", "quantity", "50,000 shekels", "₪50,000", "Same.")
P.f("ticket price", "agree", "quantity", "40 shekels", "₪40", "Same.")
P.f("ticket price vs total grant", "related", "quantity", "40 shekels", "₪420,000",
    "Same currency, different things: a ticket vs the ministry grant.", b_occ=2)
P.f("April hotel occupancy", "agree", "quantity", "below 15%", "less than 15 percent", "Same.")
P.f("opening concert", "conflict", "date", "June 18", "19 June", "2026-06-18 vs 2026-06-19.", a_occ=2)
P.f("closing concert", "agree", "date", "June 21", "21 June", "Both 2026-06-21.", a_occ=2)
P.f("festival founded", "agree", "date", "2014", "2014", "Same.")
P.f("minister on music", "agree", "quote",
    "Music is how this city speaks to the world when the world forgets to listen,",
    "Music is how Bethlehem speaks to the world when the world is not listening,", "Both Darwazeh; reworded, same meaning.")
P.f("entry permits for foreign choirs", "conflict", "statement",
    "organisers say they have already obtained entry permits for choirs from Jordan and Cyprus",
    "the festival has not yet received entry permits for the choirs from Jordan and Cyprus",
    "Opposite: has already obtained vs has not yet received.")
P.f("money taken from other groups", "agree", "statement",
    "The ministry said it had not cut grants to other cultural groups to fund the festival",
    "The ministry denied taking money from anyone else", "Same denial.")
P.f("festival director's needs", "related", "statement",
    "Festival director Khalil Nassar said the grant would pay for travel, accommodation and sound equipment",
    "Nassar has asked the municipality for a permanent rehearsal hall",
    "A: what the grant pays for; B: a separate request to the municipality. Compatible.")
OUT.append(P.out())

# ---------------- pair 5: St Helena fire station
P = Pair("p5a_sthelena_fire_station_atlanticnewsservice.txt", "p5b_sthelena_fire_station_islandecho.txt")
P.f("annual saving", "conflict", "quantity", "about £145,000 a year", "£120,000 a year", "About £145,000 vs £120,000 a year.")
P.f("running cost vs saving", "related", "quantity", "about £210,000 a year", "£120,000 a year",
    "A: what the station costs to run; B: what closing it saves. Same currency, different measures.")
P.f("Longwood crew", "agree", "quantity", "eight part-time firefighters", "eight retained firefighters", "Same crew; 'part-time' = 'retained'.")
P.f("Longwood calls last year", "agree", "quantity", "41 calls", "41 call-outs", "Same.")
P.f("Jamestown calls last year", "agree", "quantity", "212", "212", "Same bare figure on both sides (calls / call-outs).")
P.f("response time now", "agree", "quantity", "about 6 minutes", "six minutes", "Same.")
P.f("response time after closure", "agree", "quantity", "about 14 minutes", "up to 15 minutes", "Compatible: about 14 vs at most 15.")
P.f("age of the engine", "agree", "quantity", "22-year-old", "22 years old", "Same.")
P.f("cost of a new engine", "agree", "quantity", "about £320,000", "£320,000", "Same.")
P.f("petition signatures", "agree", "quantity", "more than 900 signatures", "930 signatures", "Compatible: 930 is more than 900 (B a day later).")
P.f("Longwood population", "agree", "quantity", "about 700 people", "about 700 residents", "Same.")
P.f("station closes", "conflict", "date", "July 31", "end of September", "2026-07-31 vs 2026-09.")
P.f("engine failed inspection", "agree", "date", "March", "March", "Both 2026-03.")
P.f("who said 'an engine idle for a fire that may never come'", "conflict", "quote",
    "We cannot keep an engine idle for a fire that may never come while the hospital is short of nurses,",
    "We cannot keep an engine idle for a fire that may never come,",
    "Same words (A longer): A gives them to Chief Fire Officer Mark Thomas, B to Financial Secretary Andrea Clifford.")
P.f("job losses", "conflict", "statement",
    "the government had ruled out compulsory redundancies",
    "two of the eight firefighters are expected to lose their posts",
    "Opposite: no one loses their job vs two expected to lose their posts (anonymous sources).")
P.f("review of fire cover", "agree", "statement",
    "the government had agreed to publish one before the end of the year",
    "has agreed to publish a review of fire cover on the island by December", "Same commitment; 'end of the year' vs 'by December'.")
P.f("keeping the station open", "related", "statement",
    "The petition asks the government to keep the station open at least until a new engine can be bought",
    "Government refused to delay the closure",
    "A: residents' request; B: the government's refusal to delay. Request vs answer, compatible.")
OUT.append(P.out())

# ---------------- pair 6: American Samoa tattoo licence
P = Pair("p6a_americansamoa_tattoo_licence_pacificwireservice.txt", "p6b_americansamoa_tattoo_licence_tutuilatribune.txt")
P.f("customers infected", "conflict", "quantity", "nine customers", "11 customers", "9 vs 11.")
P.f("length of suspension", "agree", "quantity", "90 days", "three months", "90 days = three months.", b_occ=2)
P.f("fine", "agree", "quantity", "$2,500", "$2,500", "Same.")
P.f("fine vs licence fee", "related", "quantity", "$2,500", "$350 a year", "A: the fine; B: the annual licence fee. Same currency, different things.")
P.f("studios to be inspected", "agree", "quantity", "14 licensed studios", "14 licensed studios", "Same.")
P.f("cruise calls this year", "agree", "quantity", "About 40 cruise ships", "some 40 ships", "Same.")
P.f("studio staff", "agree", "quantity", "eight employees", "eight artists", "Same eight staff.")
P.f("hygiene course", "agree", "quantity", "two days", "two-day", "Same.")
P.f("suspension took effect", "agree", "date", "Monday", "Monday, July 13", "Both 2026-07-13.")
P.f("hearing before the judge", "conflict", "date", "July 28", "Aug. 4", "2026-07-28 vs 2026-08-04.")
P.f("inspections finished by", "agree", "date", "end of August", "end of August", "Both 2026-08.")
P.f("who said 'Traditional tatau is not the problem'", "conflict", "quote",
    "Traditional tatau is not the problem. Dirty needles are,", "Traditional tatau is not the problem. Dirty needles are,",
    "Same words: A gives them to Health Director Fa'amoana Leiataua, B to Senator Tauiliili Mapu.")
P.f("no licence for traditional tattooists", "agree", "quote",
    "We will not put a licence between a tufuga and a family,", "We will not put a licence between a tufuga and a family,", "Same words, same speaker (Leiataua).")
P.f("owner's response to the suspension", "conflict", "statement",
    "said she would appeal the suspension", "she would not contest the suspension",
    "Opposite: will appeal vs will not contest.")
P.f("reuse of needles", "agree", "statement",
    "denied that her staff had reused needles", "She denied her artists ever reused a needle", "Same denial.")
P.f("traditional tattooists and the law", "related", "statement",
    "The 2024 law exempts traditional tattooists",
    "the Fono is considering a voluntary register for traditional tattooists",
    "A: the current exemption; B: a possible voluntary register. Compatible, different claims.")
OUT.append(P.out())

# ---------------- pair 7: Karelia mushroom permits
P = Pair("p7a_russia_mushroom_permit_eurasianewsline.txt", "p7b_russia_mushroom_permit_onegaherald.txt")
P.f("permit price", "conflict", "quantity", "1,500 roubles", "2 000 ₽", "1,500 vs 2 000 roubles a season.")
P.f("daily limit", "agree", "quantity", "up to 20 kilograms", "20 kg", "Same limit.")
P.f("fine for selling without a permit", "conflict", "quantity", "10,000 roubles", "from 3 000 to 5 000 ₽", "Single value outside the range: 10,000 vs 3,000-5,000.")
P.f("permit revenue", "agree", "quantity", "40 million roubles a year", "40 million ₽ a year", "Same.")
P.f("new rangers", "agree", "quantity", "35 extra rangers", "35 new rangers", "Same.")
P.f("mushrooms picked in 2025", "agree", "quantity", "around 6,000 tonnes", "6 000 tonnes", "Same, A qualified.")
P.f("size of visiting crews", "agree", "quantity", "up to 50 pickers", "up to 50 people", "Same.")
P.f("porcini price rise", "agree", "quantity", "at least 100 roubles", "at least 100 ₽", "Same.")
P.f("forestry offices selling permits", "agree", "quantity", "18 forestry offices", "18 forestry offices", "Same.")
P.f("fall in mushroom exports", "related", "quantity", "18%", "25 per cent", "A: fall by volume; B: fall by value. Different measures.")
P.f("rules take effect", "agree", "date", "October 1", "1 October", "Both 2026-10-01, written two ways.")
P.f("full system from", "agree", "date", "2027", "2027", "Same season.")
P.f("decree signed", "conflict", "date", "Wednesday", "Tuesday, 15 September", "2026-09-16 vs 2026-09-15.", a_occ=2)
P.f("Voronin on the forest", "agree", "quote",
    "The forest is not a free warehouse for people who come with lorries,", "The forest is not a free warehouse,",
    "Same speaker; B shortens the sentence.")
P.f("permits for personal picking", "conflict", "statement",
    "Residents picking mushrooms for their own table will not need a permit",
    "Even people picking for their own families will have to register",
    "Opposite: no permit needed vs must register (free).")
P.f("Finnish rules", "agree", "statement",
    "commercial pickers must register but are not charged", "commercial pickers register but pay nothing", "Same.")
P.f("reaction to the permits", "related", "statement",
    "Buyers' associations criticised the plan.", "If a permit stops them, I will buy one myself.",
    "A: buyers oppose; B: a pensioner supports. Different actors' views, not a conflict of fact.")
OUT.append(P.out())

# ---------------- pair 8: Mariehamn snow-clearing contract
P = Pair("p8a_aland_snow_clearing_balticnewsdesk.txt", "p8b_aland_snow_clearing_mariehamnsnyheter.txt")
P.f("contract value", "conflict", "quantity", "€1.86 million", "2,1 million euro", "€1.86m vs €2.1m (B with decimal comma).", a_occ=2)
P.f("contract length", "agree", "quantity", "three-winter", "three seasons", "Same: three winters = three seasons.")
P.f("total value vs hourly rate", "related", "quantity", "€1.86 million", "95 euro an hour",
    "A: total contract; B: hourly rate per plough. Total vs per-unit.", a_occ=2)
P.f("expected savings", "agree", "quantity", "about €240,000 a year", "around 240 000 euro a year", "Same, two number styles.")
P.f("council vote", "agree", "quantity", "14 votes", "14 votes", "Same 14-11 vote.")
P.f("vehicles on call", "agree", "quantity", "12 vehicles", "Twelve machines", "Same.")
P.f("snow threshold", "agree", "quantity", "more than 5 centimetres", "more than 5 cm", "Same.")
P.f("time to get ploughs out", "agree", "quantity", "two hours", "two hours", "Same.")
P.f("number of bidders", "conflict", "quantity", "Four companies", "Three companies", "4 vs 3.")
P.f("new loaders", "agree", "quantity", "four new loaders", "four new loaders", "Same.")
P.f("city snow-clearing workers", "agree", "quantity", "nine snow-clearing workers", "nine snow-clearing workers", "Same.")
P.f("cost of snow clearing last winter", "agree", "quantity", "about €730,000", "730 000 euro", "Same.")
P.f("contractor starts", "agree", "date", "December 1", "1 december", "Both 2026-12-01 (B lower-case Swedish style).")
P.f("day of the council vote", "conflict", "date", "Monday", "last Thursday", "2026-11-09 vs 2026-11-05.")
P.f("runner-up's appeal", "conflict", "statement",
    "said it would appeal the decision to the Market Court in Helsinki", "said on Monday it had decided not to appeal",
    "Opposite: will appeal vs decided not to appeal.")
P.f("union asks for a written promise", "agree", "statement",
    "Their union, JHL, has asked the city for a written guarantee", "the union JHL has asked for the promise in writing", "Same request.")
P.f("opposition's response", "related", "statement",
    "Opposition councillors said the city was giving up control of an essential service",
    "the Social Democrats would bring the question back to the council if the first winter goes badly",
    "A: criticism; B: a conditional plan to reopen the question. Compatible.")
OUT.append(P.out())

with open(os.path.join(HERE, "gold", "pairs.gold.json"), "w", encoding="utf-8") as f:
    json.dump(OUT, f, ensure_ascii=False, indent=1)
    f.write("\n")
