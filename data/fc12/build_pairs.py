import json, os
from build_common import Pair, HERE

OUT = []

# ---------------- pair 1: Ottawa ice storm
P = Pair("p1a_canada_ice_storm_northgatepress.txt", "p1b_canada_ice_storm_ottawaledger.txt")
P.f("peak outage", "conflict", "quantity", "212,000", "215,000 customers", "212,000 vs 215,000 customers at the peak, both 'shortly after midnight'. A's bare '212,000' is annotated with unit customer (noun recoverable from 'customers' before it).")
P.f("customers without power now vs later", "related", "quantity", "176,400 customers", "About 150,000 Ottawa homes and businesses",
    "A: Tuesday 4 p.m.; B: Wednesday morning. Earlier vs later figure.")
P.f("broken poles", "agree", "quantity", "More than 1,100 utility poles", "1,140 broken poles", "1,140 is more than 1,100.")
P.f("ice accumulation", "agree", "quantity", "up to 30 millimetres", "Up to 30 millimetres", "Same.")
P.f("warming centres", "agree", "quantity", "14 warming centres", "Fourteen warming centres", "Same.")
P.f("deaths", "agree", "quantity", "Two people", "Two deaths", "Same two carbon monoxide deaths.")
P.f("share restored by Friday", "agree", "quantity", "90%", "90 per cent", "Same target.")
P.f("repair cost", "agree", "quantity", "C$45 million", "at least $45 million", "Same utility estimate (A 'so far', B 'at least').")
P.f("workforce", "related", "quantity", "about 600 line workers", "240 crews", "Workers vs crews: different measures of the same effort.")
P.f("storm began", "agree", "date", "Monday evening", "Monday night", "Both 2026-01-12.")
P.f("90% restored by", "agree", "date", "Friday", "Friday", "Both 2026-01-16.")
P.f("rural customers reconnected", "conflict", "date", "January 20", "January 22", "2026-01-20 vs 2026-01-22.")
P.f("who said 'worst damage in a generation'", "conflict", "quote",
    "This is the worst damage to our network in a generation,", "This is the worst damage to our network in a generation,",
    "Same words: A gives them to CEO Marianne Leduc, B to operations VP Dev Sandhu.")
P.f("calling in the army", "conflict", "statement",
    "He said he had asked the Ontario government to request help from the Canadian Armed Forces",
    "Mayor Paul Venner ruled out calling in the military", "Opposite polarity: mayor asked for the army vs ruled it out.")
P.f("tree trimming", "agree", "statement",
    "Leduc rejected criticism that the utility had cut its tree-trimming budget",
    "The company denied that it had skimped on tree trimming", "Same denial (Leduc / the company).")
P.f("help for customers", "related", "statement",
    "it was considering a one-time credit on the bills of customers",
    "Premier Diane Marchetti pledged C$10 million in emergency aid for households",
    "A: utility considers a bill credit; B: province pledges aid. Different measures, compatible.")
OUT.append(P.out())

# ---------------- pair 2: Guadalajara airport terminal
P = Pair("p2a_mexico_airport_terminal_hemispherewire.txt", "p2b_mexico_airport_terminal_jaliscocourier.txt")
P.f("contract value", "agree", "quantity", "18.4 billion peso", "18.4 billion peso", "Same.")
P.f("contract value in dollars", "agree", "quantity", "$1 billion", "about US$1.07 billion", "A's headline rounds; 18.4bn pesos at 17.2 = $1.07bn.")
P.f("terminal capacity", "conflict", "quantity", "12 million passengers a year", "15 million passengers a year", "12 vs 15 million a year.")
P.f("gates", "agree", "quantity", "22 gates", "22 boarding gates", "Same.")
P.f("passengers last year", "agree", "quantity", "18 million passengers", "17.8 million passengers", "A rounds 17.8 million.")
P.f("number of bids", "conflict", "quantity", "four bids", "three bids", "4 vs 3.")
P.f("winning margin", "related", "quantity", "9%", "1.6 billion pesos", "A: percent below next bid; B: absolute peso gap. Different measures (consistent: 1.6/17.7 = 9%).")
P.f("construction jobs", "agree", "quantity", "about 4,500 construction jobs", "4,500 jobs", "Same.")
P.f("daily delay penalty", "agree", "quantity", "2 million pesos", "2 million pesos a day", "Same per-day penalty.")
P.f("award day", "agree", "date", "Monday", "yesterday", "Both 2026-03-09.")
P.f("construction starts", "agree", "date", "June 2026", "June", "Both 2026-06.")
P.f("terminal opens", "conflict", "date", "December 2028", "early 2029", "2028-12 vs 2029.")
P.f("governor on the old airport", "agree", "quote",
    "Guadalajara cannot keep growing with an airport built for the last century,",
    "Our airport was designed for another century, and our city has outgrown it,", "Both Garibay; reworded.")
P.f("passenger fees", "conflict", "statement",
    "said it would not raise passenger fees to pay for the work",
    "Passenger fees are expected to rise by about 80 pesos per ticket",
    "Opposite polarity: operator will not raise fees vs anonymous operator official says they are expected to rise.")
P.f("favouritism", "agree", "statement",
    "The state denied that the tender had been written to favour Altavista",
    "She rejected claims of favouritism towards Altavista", "Same denial (the state / the governor).")
P.f("challenges to the award", "related", "statement",
    "had not decided whether to challenge it in court",
    "asked the state to order a new impact study", "A: runner-up undecided on a court case; B: green group asks for a study. Different actors and claims.")
OUT.append(P.out())

# ---------------- pair 3: Jamaica sargassum
P = Pair("p3a_jamaica_sargassum_antillespress.txt", "p3b_jamaica_sargassum_montegobaysentinel.txt")
P.f("beaches closed", "conflict", "quantity", "23 public beaches", "Nineteen public beaches", "23 vs 19.")
P.f("seaweed removed", "agree", "quantity", "about 8,000 tonnes", "Some 8,400 tonnes", "'about 8,000' is compatible with 8,400 (B a day later).")
P.f("clean-up budget", "agree", "quantity", "J$350 million", "J$350 million", "Same.")
P.f("budget vs daily pay per worker", "related", "quantity", "J$350 million", "J$9,000 a day",
    "A: total budget; B: daily pay per worker. Per-unit vs total, same currency.")
P.f("temporary workers", "agree", "quantity", "1,200 temporary workers", "1,200 people", "Same.")
P.f("length of floating barriers", "agree", "quantity", "4 kilometres", "2.5 miles", "4 km = 2.49 miles: same length in two units.")
P.f("hotel occupancy", "related", "quantity", "61%", "17 percentage points",
    "A: level (61%, from 78%); B: the drop in points. Different measures, consistent (78-61=17).")
P.f("clean-up began", "agree", "date", "March 30", "30 March", "Both 2026-03-30.")
P.f("barriers in place", "conflict", "date", "April 24", "1 May", "2026-04-24 vs 2026-05-01.")
P.f("minister's announcement", "agree", "date", "Wednesday", "yesterday", "Both 2026-04-15.")
P.f("large sargassum events since", "agree", "date", "2011", "2011", "Same.")
P.f("who said 'fighting the sea with rakes'", "conflict", "quote",
    "We are fighting the sea with rakes and wheelbarrows,", "We are fighting the sea with rakes and wheelbarrows,",
    "Same words: A gives them to Tourism Minister Everton Blake, B to hotel association president Marcia Pinnock.")
P.f("national emergency", "conflict", "statement",
    "Blake said the government would not declare a national emergency",
    "The Cabinet is expected to declare a national emergency over the sargassum crisis",
    "Opposite polarity: minister says no emergency vs anonymous official says Cabinet expected to declare one.")
P.f("chemical sprays", "agree", "statement",
    "He ruled out the use of chemical sprays to break up the mats",
    "He would not allow chemical dispersants", "Same refusal by Blake.")
P.f("further relief", "related", "statement",
    "Its members have asked for a six-month break on the hotel room tax",
    "his ministry was considering a contract with a local company, Green Tide Ltd",
    "A: hoteliers ask for a tax break; B: ministry considers a fertiliser contract. Different claims.")
OUT.append(P.out())

# ---------------- pair 4: Polish offshore wind auction
P = Pair("p4a_poland_offshore_wind_auction_centraleuropewire.txt", "p4b_poland_offshore_wind_auction_gdanskcourier.txt")
P.f("capacity awarded", "agree", "quantity", "4.1 gigawatts", "4,100 megawatts", "Same capacity in GW and MW.")
P.f("strike price", "agree", "quantity", "476 zloty per megawatt-hour", "476 zloty per megawatt-hour", "Same.")
P.f("ceiling price vs margin below it", "related", "quantity", "512 zloty", "about 7 per cent",
    "A: the cap in zloty; B: how far the price sits below it. Different measures, consistent (476/512 = 93%).")
P.f("contract length", "agree", "quantity", "25 years", "25-year", "Same.")
P.f("total investment", "conflict", "quantity", "about 60 billion zloty", "75 billion zloty", "60 vs 75 billion zloty.", b_occ=2)
P.f("distance from shore", "agree", "quantity", "about 22 kilometres", "roughly 22 km", "Same.")
P.f("construction jobs", "agree", "quantity", "about 12,000 jobs", "About 12,000 people", "Same workforce.")
P.f("bids received", "agree", "quantity", "Five bids", "five bids", "Same.")
P.f("results announced", "agree", "date", "Tuesday", "yesterday", "Both 2026-05-19.")
P.f("construction starts", "agree", "date", "2028", "2028", "Same.")
P.f("first power", "conflict", "date", "2031", "2032", "2031 vs 2032.")
P.f("minister on the price", "agree", "quote", "This is the cheapest new power Poland can buy,",
    "the cheapest new electricity Poland can get", "Both Wrona; reworded.")
P.f("second auction", "conflict", "statement",
    "The government has no plans to hold a second offshore auction before 2027",
    "Wrona said a second auction could be held as early as this autumn",
    "Opposite: no plans before 2027 vs could be held this autumn (2026). Same speaker (government / Wrona).")
P.f("loser's appeal", "conflict", "statement",
    "said it would appeal to the competition court",
    "said it would not challenge the result in court", "Opposite polarity: Amber Offshore will appeal vs will not.")
P.f("favouring state bidders", "agree", "statement",
    "The regulator rejected claims by opposition lawmakers that the rules favoured state-owned bidders",
    "The office denied that state-controlled companies had been given preferential treatment", "Same denial.")
P.f("local content", "related", "statement",
    "Unions asked for a guarantee that turbine towers and foundations would be built in Polish yards",
    "pledged to source at least 40 per cent of components from Polish suppliers",
    "A: unions' demand; B: winners' pledge. Same topic, different claims.")
OUT.append(P.out())

# ---------------- pair 5: Czech brewery takeover bid
P = Pair("p5a_czechia_brewery_bid_eurasiamarketswire.txt", "p5b_czechia_brewery_bid_praguedailypost.txt")
P.f("value of the bid", "agree", "quantity", "about 32 billion koruna", "31.9 billion koruna", "A rounds 31.9bn.")
P.f("price per share", "agree", "quantity", "1,450 koruna per share", "1,450 koruna a share", "Same.")
P.f("per-share price vs total", "related", "quantity", "1,450 koruna per share", "31.9 billion koruna", "Per-unit vs total, same currency.")
P.f("premium offered", "related", "quantity", "38%", "27 per cent",
    "Different bases stated: A vs Friday's close, B vs the three-month average. Not a conflict.")
P.f("Hollander's existing stake", "agree", "quantity", "9.8%", "9.8 per cent", "Same.")
P.f("share price rise", "related", "quantity", "14%", "12.9 per cent", "A: jump during trading (to 1,312); B: gain at the close (1,298). Intraday vs close.")
P.f("employees", "agree", "quantity", "about 2,600 people", "2,600 employees", "Same.")
P.f("breweries", "conflict", "quantity", "four breweries", "all five of Vltava's breweries", "4 vs 5.")
P.f("bid rejected", "agree", "date", "Monday", "yesterday", "Both 2026-07-06.")
P.f("founded", "agree", "date", "1869", "1869", "Same.")
P.f("offer lapses", "conflict", "date", "August 14", "21 August", "2026-08-14 vs 2026-08-21.")
P.f("who said 'not for sale at this price'", "conflict", "quote",
    "Vltava is not for sale at this price,", "Vltava is not for sale at this price,",
    "Same words: A gives them to chairman Jan Hrubý, B to chief executive Tereza Malá.")
P.f("a higher offer", "conflict", "statement",
    "the company would not raise its offer",
    "is considering a higher offer", "Opposite: spokesman says no raise vs anonymous sources say a higher offer is being considered.")
P.f("government blocking the deal", "agree", "statement",
    "The industry ministry said it had no grounds to block a foreign takeover",
    "the government would not stand in the way of the takeover", "Same position (ministry / minister).")
P.f("breweries and jobs", "related", "statement",
    "Vltava's trade union asked the board for a guarantee that no brewery would be closed",
    "has pledged to keep all five of Vltava's breweries open for at least five years",
    "A: union's demand of the board; B: bidder's pledge. Same topic, different claims.")
OUT.append(P.out())

# ---------------- pair 6: Turkish Black Sea gas find
P = Pair("p6a_turkey_gas_discovery_leventenergywire.txt", "p6b_turkey_gas_discovery_istanbulchronicle.txt")
P.f("reserves", "agree", "quantity", "75 billion cubic metres", "75 bcm", "Same (bcm = billion cubic metres).")
P.f("value of the gas", "agree", "quantity", "about $20 billion", "about $20 billion", "Same.")
P.f("well depth", "conflict", "quantity", "3,850 metres", "3,580 metres", "3,850 vs 3,580 m (transposed digits).")
P.f("distance offshore", "agree", "quantity", "about 170 kilometres", "roughly 170 km", "Same.")
P.f("daily output", "related", "quantity", "about 15 million cubic metres a day", "40 million cubic metres a day",
    "A: first phase; B: plateau. Earlier vs later output level, same unit.")
P.f("cost of drilling campaign", "agree", "quantity", "about $130 million", "about 5.9 billion lira",
    "Same cost in two currencies (B itself converts to roughly $130 million).")
P.f("Turkey's annual gas use", "agree", "quantity", "roughly 50 billion cubic metres", "about 50 bcm", "Same.")
P.f("further wells", "conflict", "quantity", "two more wells", "three appraisal wells",
    "2 vs 3 wells around Yildiz-1 (A: by the end of the year; B: next year).")
P.f("announcement", "agree", "date", "Tuesday", "yesterday", "Both 2026-08-25.")
P.f("production starts", "agree", "date", "2028", "2028", "Same.")
P.f("Azerbaijan contract expires", "agree", "date", "2027", "next year", "Both 2027.")
P.f("who said 'This gas belongs to our nation, and our nation alone will produce it'", "conflict", "quote",
    "This gas belongs to our nation, and our nation alone will produce it,",
    "This gas belongs to our nation, and our nation alone will produce it,",
    "Same words: A gives them to minister Selim Aydemir (A's Öztürk only echoes the first half), B to Karadeniz Petrol's Nihat Öztürk.")
P.f("foreign partners", "conflict", "statement",
    "would develop it without foreign partners",
    "Aydemir did not rule out bringing in international companies",
    "Opposite: develop without foreign partners vs did not rule out bringing them in. Same speaker.")
P.f("size of the find", "agree", "statement",
    "Aydemir dismissed doubts about the size of the discovery",
    "The ministry rejected suggestions that the reserves had been exaggerated", "Same denial (minister / ministry).")
P.f("checking the estimate", "related", "statement",
    "Opposition lawmakers called for an independent audit of the reserve estimate",
    "the estimate had been checked by two independent laboratories",
    "A: opposition demands an audit; B: ministry says it was checked. Same topic, compatible claims.")
OUT.append(P.out())

# ---------------- pair 7: Kazakh copper mine flood
P = Pair("p7a_kazakhstan_mine_flood_silkroadnewswire.txt", "p7b_kazakhstan_mine_flood_astanatribune.txt")
P.f("miners trapped", "agree", "quantity", "31 workers", "Thirty-one men", "Same.")
P.f("miners still missing", "related", "quantity", "four men", "Three miners",
    "A: Thursday evening (27 out); B: Friday morning after a 28th man was rescued. Earlier vs later figure, not a conflict.")
P.f("depth of trapped men", "agree", "quantity", "about 480 metres", "about 480 metres", "Same.")
P.f("water inflow", "agree", "quantity", "about 1,200 cubic metres an hour", "about 1,200 cubic metres an hour", "Same.")
P.f("pumps", "conflict", "quantity", "Eighteen pumps", "12 high-capacity pumps", "18 vs 12.")
P.f("company workforce", "agree", "quantity", "about 9,000 people", "9,000 employees", "Same.")
P.f("support for families", "related", "quantity", "500 million tenge", "10 million tenge",
    "A: total fund; B: payment per family. Total vs per-unit, same currency.")
P.f("rescued miners in hospital", "agree", "quantity", "Nine of the rescued men", "Nine rescued miners", "Same.")
P.f("flood began", "conflict", "date", "Tuesday", "Wednesday morning", "2026-10-06 (late Tuesday) vs 2026-10-07.")
P.f("rescue day", "agree", "date", "Thursday", "Thursday", "Both 2026-10-08.", b_after="Nine rescued miners")
P.f("investigation reports", "agree", "date", "November 30", "November 30", "Same.")
P.f("minister: men alive", "agree", "quote",
    "There is still air in the upper galleries, and we believe the four men are alive,",
    "The upper galleries still have air. We have every reason to think the men are alive,", "Both Seitkali; reworded.")
P.f("mother will not leave", "agree", "quote", "I will not leave until he comes up.", "I am not leaving this place until he is out,",
    "Both the missing man's mother Gulnara (Abenova); reworded.")
P.f("other mines", "conflict", "statement",
    "said it would not suspend work at its two other mines",
    "has halted work at its two other mines", "Opposite polarity: will not suspend vs has halted.")
P.f("sabotage", "agree", "statement", "The ministry ruled out sabotage", "Investigators have excluded foul play", "Same finding.")
P.f("official response", "related", "statement",
    "Prosecutors in the Ulytau region opened a criminal case for breach of safety rules",
    "the head of state had ordered an inspection of every underground mine in the country",
    "A: criminal case; B: nationwide inspections. Different measures, compatible.")
OUT.append(P.out())

# ---------------- pair 8: NZ supermarket fine
P = Pair("p8a_newzealand_supermarket_fine_tasmanpress.txt", "p8b_newzealand_supermarket_fine_wellingtonstandard.txt")
P.f("penalty", "agree", "quantity", "NZ$4.2 million", "$4.2m", "Same (B's $ is NZ$).", a_occ=2, b_occ=2)
P.f("penalty sought vs imposed", "related", "quantity", "NZ$6 million", "$4.2m", "A: what the commission asked for; B: what the court imposed.")
P.f("products with misleading labels", "agree", "quantity", "more than 1,400 products", "1,437 products", "1,437 is more than 1,400.")
P.f("stores", "agree", "quantity", "186 stores", "186 stores", "Same.")
P.f("amount overpaid by shoppers", "conflict", "quantity", "about NZ$3.8 million", "$3.1m", "NZ$3.8m vs NZ$3.1m, both the commission's estimate.")
P.f("new pricing system", "agree", "quantity", "NZ$12 million", "$12m", "Same.")
P.f("market share", "agree", "quantity", "about 31%", "roughly 31 per cent", "Same.")
P.f("labels used from", "agree", "date", "March 2023", "March 2023", "Same.")
P.f("labels used until", "agree", "date", "June 2024", "June 2024", "Same.")
P.f("ruling day", "conflict", "date", "Tuesday", "Monday afternoon", "2026-11-24 vs 2026-11-23.")
P.f("grocery code in force", "agree", "date", "July 2027", "mid-2027", "2027-07 is mid-2027: compatible grains.")
P.f("who said 'Every shopper who reached for a yellow label...'", "conflict", "quote",
    "Every shopper who reached for a yellow label trusted that it meant a saving,",
    "Every shopper who reached for a yellow label trusted that it meant a saving,",
    "Same words: A gives them to Justice Helen Marsh (in her ruling), B to commission chair Aroha Ngata.")
P.f("'a special has to be special'", "agree", "quote",
    "The message to the whole sector is simple: a special has to be special,", "A special has to be special.",
    "Both Ngata; B quotes only the end.")
P.f("refunds to shoppers", "conflict", "statement",
    "has agreed to refund shoppers who can show a receipt",
    "The supermarket chain will not offer refunds to individual shoppers", "Opposite polarity: agreed to refund vs will not.")
P.f("deliberate overpricing", "agree", "statement",
    "denied that staff had been told to inflate prices on purpose",
    "rejected claims that the pricing had been deliberate", "Same denial by Thornbury.")
P.f("further action", "related", "statement",
    "the regulator was considering similar action against a second supermarket chain",
    "did not rule out fines for individual directors who breach it",
    "A: commission weighs a case against another chain; B: minister leaves door open to fining directors. Different actors and measures.")
OUT.append(P.out())

with open(os.path.join(HERE, "gold", "pairs.gold.json"), "w", encoding="utf-8") as f:
    json.dump(OUT, f, ensure_ascii=False, indent=1)
    f.write("\n")
print(len(OUT), "pairs,", sum(len(p["facts"]) for p in OUT), "facts")
