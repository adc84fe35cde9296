import json, os
from build_common import Pair, HERE

OUT = []
A, C, R = "agree", "conflict", "related"

# ---------------- pair 1: Toyosu tuna auction
P = Pair("p1a_japan_tuna_auction_pacificrimwire.txt", "p1b_japan_tuna_auction_tokyoeveningcourier.txt")
P.f("winning bid", A, "quantity", "421.5 million yen", "¥421.5 million", "Same price.")
P.f("winning bid in dollars", A, "quantity", "$2.7 million", "roughly US$2.7 million", "Same conversion.")
P.f("weight of the fish", C, "quantity", "276-kilogram", "267 kilograms", "276 vs 267 kg for the same fish (B repeats 267 in the caption).")
P.f("previous record", A, "quantity", "333.6 million yen", "¥333.6 million", "Same 2019 record.")
P.f("Hanamori's Japanese restaurants", A, "quantity", "86 Japanese branches", "86 domestic outlets", "Same count.")
P.f("tuna offered", A, "quantity", "734 tuna", "734 bluefin", "Same count.")
P.f("offered vs sold", R, "quantity", "734 tuna", "about 690", "A gives fish offered, B also gives fish sold (about 690 of 734): different measures.")
P.f("average wholesale price", A, "quantity", "18,400 yen", "¥18,400", "Same.")
P.f("auction day", A, "date", "Monday", "Monday", "Both 2026-01-05.", b_after="The gavel")
P.f("fish landed", C, "date", "December 30", "December 29", "2025-12-30 vs 2025-12-29.")
P.f("who said 'respect for the catch'", C, "quote", "This is about respect for the catch, not about television,",
    "This is about respect for the catch, not about television,", "Same words: A gives them to president Morikawa, B to PR director Yumi Takeda.")
P.f("Morikawa's 'bright start'", A, "quote", "We wanted to give our customers a bright start to the year, and to thank the fishermen of Oma,",
    "a bright start to the year.", "Same speaker; B quotes only a fragment.")
P.f("Sasaki on prices and diesel", A, "quote", "Prices like this are a gift, but they do not pay for diesel the rest of the year,",
    "Prices like this are a gift, but they do not pay for diesel the rest of the year,", "Same words, same speaker.")
P.f("menu prices for the record tuna", C, "statement", "Morikawa said the chain would not raise menu prices to recover the cost of the fish",
    "The company said it would add a ¥300 surcharge to plates of the record tuna", "Opposite polarity: no price rise vs a surcharge.")
P.f("publicity-stunt claims", A, "statement", "rejected suggestions that the bid was an advertising stunt",
    "brushing aside claims that the purchase was a marketing exercise", "Same rejection (A: Morikawa; B: Takeda).")
P.f("bluefin catch limit", R, "statement", "The agency said it was considering an increase of up to 10% for the 2027 season",
    "The agency has said only that it is reviewing the limits.", "A gives a considered size and season, B only a review: compatible, B less specific.")
OUT.append(P.out())

# ---------------- pair 2: Cornish tin mine
P = Pair("p2a_uk_tin_mine_albionbusinesswire.txt", "p2b_uk_tin_mine_westcornwallpacket.txt")
P.f("state loan", A, "quantity", "£68 million", "£68m", "Same loan (A headline figure).")
P.f("total cost of reopening", C, "quantity", "£210 million", "£190 million", "£210m vs £190m for the same financing package.")
P.f("share sale", A, "quantity", "£96 million", "£96m", "Same.")
P.f("tin output a year", A, "quantity", "about 4,000 tonnes", "around 4,000 tonnes", "Same.")
P.f("tin vs ore", R, "quantity", "about 4,000 tonnes", "about 1.1 million tonnes", "Tonnes of tin vs tonnes of ore processed: same unit, different things.")
P.f("jobs at full production", A, "quantity", "320 people", "320 people", "Same.")
P.f("tin price", A, "quantity", "about $34,000", "about $34,000", "Same.")
P.f("loan agreed", A, "date", "Monday", "Monday", "Both 2026-02-09.")
P.f("pumping starts", A, "date", "May", "May", "Both 2026-05.")
P.f("first production", A, "date", "late 2028", "2028", "Same year (A finer wording).")
P.f("planning permission", C, "date", "March 2024", "June 2024", "2024-03 vs 2024-06.")
P.f("who said 'every smartphone ... needs tin'", C, "quote",
    "Every smartphone and every solar inverter needs tin. Today we are taking back a small part of that supply chain,",
    "Every smartphone and every solar inverter needs tin,", "Same words: A gives them to minister Alan Brackley, B to CEO Rebecca Tremayne.")
P.f("Tremayne: another forty years", A, "quote", "Cornwall mined tin for four thousand years. We intend to do it for another forty,",
    "We intend to do it for another forty years.", "Same speaker, reworded.")
P.f("mine water into the Red River", C, "statement", "the company would not discharge mine water into the Red River",
    "the company plans to discharge treated water into the Red River", "Opposite polarity.")
P.f("union demand for local jobs", A, "statement", "asked the company to guarantee that at least 70% of the workforce would be hired locally",
    "The GMB union has called for seven in ten jobs to go to local people", "Same demand (70% = seven in ten).")
P.f("company's local hiring answer", R, "statement", "The company said it aimed to recruit most of its staff in Cornwall",
    "Carn Brea has pledged to hire at least half of its workforce from within 20 miles", "Aim for most staff in Cornwall vs pledge of half within 20 miles: different measures.")
OUT.append(P.out())

# ---------------- pair 3: French truffle harvest
P = Pair("p3a_france_truffle_harvest_meridianpress.txt", "p3b_france_truffle_harvest_provencepost.txt")
P.f("Carpentras volume this season", A, "quantity", "3.2 tonnes", "3,2 tonnes", "Same (decimal comma in B).")
P.f("Carpentras volume last season", A, "quantity", "6.1 tonnes", "6,1 tonnes", "Same.")
P.f("national harvest", A, "quantity", "an estimated 22 tonnes", "about 22 tonnes", "Same.")
P.f("top wholesale price at the last market", C, "quantity", "€1,300", "between 1 150 and 1 250 euros", "€1,300 lies outside B's range of 1,150-1,250 for the same top grade at the same market.", a_occ=3)
P.f("price a year ago", A, "quantity", "€820", "about 800 euros", "Compatible (about 800).")
P.f("irrigation grants", A, "quantity", "€4 million", "4 million euros", "Same.")
P.f("share of equipment covered", C, "quantity", "up to 50%", "up to 40%", "Same subsidy cap, different figures.")
P.f("volume fall vs turnover fall", R, "quantity", "48%", "18%", "A: fall in volume; B: fall in turnover. Different measures.")
P.f("dead saplings", A, "quantity", "about 15%", "Around 15%", "Same.")
P.f("season start", A, "date", "November", "November", "Both 2025-11.")
P.f("last market", A, "date", "Friday", "Friday 6 March", "Both 2026-03-06.")
P.f("minister's visit to Richerenches", C, "date", "March 19", "12 March", "2026-03-19 vs 2026-03-12.")
P.f("who said 'the ground was empty'", C, "quote", "We dug where our fathers dug, and the ground was empty,",
    "We dug where our fathers dug, and the ground was empty,", "Same words: A federation president Lucien Arnaud, B grower Odile Fabre.")
P.f("disaster declaration", C, "statement", "Agriculture minister Claire Vautrin refused",
    "the agriculture ministry is expected to grant the request for the Vaucluse and the Drôme", "Refused vs expected to grant (B from an anonymous official).")
P.f("federation's request", A, "statement", "The growers' federation asked the government last month to declare an agricultural disaster in the three departments",
    "The federation wants the three main producing departments declared a disaster zone.", "Same request.")
P.f("growers' view of the grants", R, "statement", "Arnaud called the offer \"a drop of water in a dry field.\"",
    "Arnaud said growers needed five times as much.", "Both criticise the grants; B gives a measure, A an image.")
OUT.append(P.out())

# ---------------- pair 4: German wagonload freight
P = Pair("p4a_germany_rail_freight_rhinefinancialwire.txt", "p4b_germany_rail_freight_duisburgerabendpost.txt")
P.f("sidings dropped", A, "quantity", "140 sidings", "140 sidings", "Same (both headlines).")
P.f("single-wagon loss", A, "quantity", "412 million euros", "€412 Mio.", "Same.")
P.f("single-wagon revenue", A, "quantity", "1.9 billion euros", "€1,9 Mrd", "Same (decimal comma in B).")
P.f("jobs cut", A, "quantity", "about 1,200 jobs", "Around 1.200 jobs", "Same (German thousands point in B).")
P.f("hubs kept", A, "quantity", "38 regional hubs", "38 hubs", "Same.")
P.f("share of single-wagon traffic", A, "quantity", "less than 3%", "under 3%", "Same.")
P.f("wagons retired", A, "quantity", "2,300", "2.300 old wagons", "Same.")
P.f("extra lorry trips", R, "quantity", "about 45,000 extra lorry journeys", "6.500 lorry trips", "A: national estimate (chemical association); B: Duisburg area (chamber). Different scope.")
P.f("service ends", A, "date", "July 1", "1 July", "Both 2026-07-01.")
P.f("strike deadline", A, "date", "May 6", "6 May", "Both 2026-05-06.")
P.f("list of sidings", A, "date", "April 30", "30 April", "Both 2026-04-30.")
P.f("who said 'one wagon a week'", C, "quote", "We cannot keep running a locomotive 60 kilometres to collect one wagon a week,",
    "We cannot keep running a locomotive 60 kilometres to collect one wagon a week,", "Same words: A CEO Matthias Köhler, B freight director Petra Wendland.")
P.f("compulsory redundancies", C, "statement", "ruled out compulsory redundancies",
    "the company has not ruled out compulsory redundancies", "Opposite polarity.")
P.f("government and the cuts", C, "statement", "Transport minister Sabine Ortlieb said the government would not block the cuts",
    "Transport minister Sabine Ortlieb asked Frachtbahn to suspend the plan", "Would not block vs asked to suspend.")
P.f("higher subsidy", A, "statement", "The ministry is considering raising an existing subsidy for single-wagon traffic",
    "was looking at a higher subsidy", "Same.")
P.f("union's threat", R, "statement", "The rail union EVG rejected the plan and said it would call warning strikes if the company did not withdraw it by May 6",
    "Union official Jens Paulsen said drivers would not move wagons to the new hubs without a collective agreement", "Strike threat vs refusal to move wagons: different union actions.")
OUT.append(P.out())

# ---------------- pair 5: Serre tunnel ruling
P = Pair("p5a_italy_tunnel_ruling_adriaticnewswire.txt", "p5b_italy_tunnel_ruling_gazzettasubalpina.txt")
P.f("total damages", A, "quantity", "€38 million", "38 million euro", "Same.")
P.f("damages to region and road agency", A, "quantity", "€22.5 million", "22,5 million", "Same.")
P.f("damages to families and injured", A, "quantity", "€15.5 million", "15,5 million euro", "Same.")
P.f("days the motorway was closed", C, "quantity", "47 days", "52 days", "47 vs 52 days.")
P.f("traffic on the A32", A, "quantity", "around 12,000 vehicles", "about 12.000 vehicles", "Same.")
P.f("company revenue 2025", A, "quantity", "€610 million", "610 million euro", "Same.")
P.f("ceiling renewal so far", A, "quantity", "€96 million", "96 million euro", "Same.")
P.f("legal costs vs cost beyond provision", R, "quantity", "€1.2 million", "about 13 million", "A: legal costs ordered; B: cost of the ruling above the provision. Different measures.")
P.f("day of the ruling", A, "date", "Wednesday", "Mercoledì 17 giugno 2026", "Both 2026-06-17.")
P.f("collapse", A, "date", "3 October 2023", "3 October 2023", "Same.")
P.f("criminal trial opens", C, "date", "14 October", "21 October", "2026-10-14 vs 2026-10-21.")
P.f("who said 'safety was sacrificed to the balance sheet'", C, "quote",
    "The court has said clearly that safety was sacrificed to the balance sheet,", "Safety was sacrificed to the balance sheet,",
    "A gives the words to lawyer Giulia Ferraris, B to widower Vittorio Gilli.")
P.f("company statement on inspections", A, "quote", "always acted in line with the inspection plans approved by the ministry",
    "always acted in line with the inspection plans approved by the ministry", "Same words, same source (the company).")
P.f("appeal", C, "statement", "Autostrade Alpine said it would appeal.", "would not appeal", "Opposite polarity.")
P.f("concession", C, "statement", "the government was considering revoking the company's concession",
    "the government would not revoke the concession", "Considering revocation vs will not revoke.")
P.f("provision for claims", R, "statement", "It set aside €25 million last year for possible claims over the collapse.",
    "Analysts said the ruling would therefore cost the company about 13 million more than it had set aside.", "A states the provision; B what the ruling costs beyond it.")
OUT.append(P.out())

# ---------------- pair 6: agave price slump
P = Pair("p6a_mexico_agave_prices_hemisphericwire.txt", "p6b_mexico_agave_prices_voceroaltenos.txt")
P.f("current agave price", R, "quantity", "about 4 pesos", "$3.50", "A: typical price (about 4); B: lowest price paid ('as little as'). Different measures.")
P.f("peak price", A, "quantity", "around 40 pesos", "nearly $40", "Compatible.")
P.f("harvest cost per kilo", A, "quantity", "7 pesos", "about $7", "Same.")
P.f("government purchase volume", A, "quantity", "50,000 tonnes", "50 thousand tonnes", "Same.")
P.f("government purchase price", A, "quantity", "6 pesos", "$6", "Same ($ = pesos in B).")
P.f("government purchase total", A, "quantity", "300 million pesos", "$300 million", "Same.")
P.f("this year's crop", A, "quantity", "2.1 million tonnes", "2.1 million tonnes", "Same.")
P.f("tequila exports fall", A, "quantity", "6.2%", "6.2 per cent", "Same.")
P.f("length of the blockade", C, "quantity", "about nine hours", "eleven hours", "About nine vs eleven hours.")
P.f("blockade day", A, "date", "Tuesday", "Tuesday", "Both 2026-07-14.", b_occ=2)
P.f("first payments", A, "date", "August 3", "August 3", "Same.")
P.f("meeting in Mexico City", C, "date", "July 21", "July 28", "2026-07-21 vs 2026-07-28.")
P.f("who said 'a bandage on a broken leg'", C, "quote", "Three hundred million pesos is a bandage on a broken leg,",
    "Three hundred million pesos is a bandage on a broken leg,", "Same words: A farmer Rigoberto Navarro, B union president Esperanza Gudiño.")
P.f("governor on a price floor", C, "statement", "Jalisco governor Arturo Lomelí said the state would not impose a price floor.",
    "said he had asked the federal government to study a floor price and would support one if the distillers agreed", "Rules out vs would support.")
P.f("planting halt", A, "statement", "The council has asked farmers to stop planting new agave until 2028.",
    "The Tequila Regulatory Council has asked farmers not to plant more until 2028.", "Same request.")
P.f("minimum price", R, "statement", "The distillers' chamber rejected calls for a minimum price",
    "The union wants a guaranteed minimum price of $9 a kilo.", "Distillers' rejection vs union demand: two sides of the same issue.")
OUT.append(P.out())

# ---------------- pair 7: West Nile virus in Cyprus
P = Pair("p7a_cyprus_west_nile_levantpress.txt", "p7b_cyprus_west_nile_limassolmirror.txt")
P.f("confirmed cases", R, "quantity", "27 cases", "29", "B, the later evening story, says the count 'rose to 29': an update, not a contradiction.")
P.f("patients in hospital", C, "quantity", "6", "seven patients", "6 vs 7 still in hospital on the same day.", a_after="neuroinvasive")
P.f("communities sprayed", A, "quantity", "46 communities", "46 communities", "Same.")
P.f("length of spraying", A, "quantity", "three weeks", "three weeks", "Same.")
P.f("spraying budget", A, "quantity", "about €1.2 million", "€1.2 million", "Same.")
P.f("mosquito-control budget", A, "quantity", "€3.1 million", "€3.1 million", "Same.")
P.f("cases in 2025", A, "quantity", "18 cases", "18 infections", "Same.")
P.f("hotel bookings vs occupancy", R, "quantity", "94%", "91%", "A: September bookings vs last year; B: August occupancy. Different measures.")
P.f("second death", A, "date", "Wednesday", "Wednesday", "Both 2026-08-19.", b_occ=2)
P.f("first death", A, "date", "August 11", "11 August", "Both 2026-08-11.")
P.f("announcement", A, "date", "Thursday", "Thursday", "Both 2026-08-20.", b_occ=2)
P.f("Charalambous on the outbreak", A, "quote", "We are dealing with an outbreak that is larger and earlier than last year's,",
    "This outbreak is larger and earlier than last year's, and we expect more cases until the autumn,", "Same speaker, reworded.")
P.f("who said 'circulating in birds and mosquitoes'", C, "quote",
    "The virus is circulating in birds and mosquitoes in both districts, and we expect more cases until the autumn.",
    "The virus is circulating in birds and mosquitoes in both districts,", "A: minister Charalambous; B: epidemiologist Nikos Petrou.")
P.f("aerial spraying", C, "statement", "Charalambous ruled out aerial spraying",
    "is considering aerial treatment of the Akrotiri marshes", "Ruled out vs considering (B from an anonymous official).")
P.f("budget-cut claim", A, "statement", "The ministry denied that, saying spending had risen to €3.1 million this year.",
    "The health ministry rejected claims by the Greens that it had cut spending on mosquito control", "Same denial.")
P.f("tourism impact", R, "statement", "it had received no cancellations linked to the outbreak",
    "no tour operator had asked to move guests", "Cancellations vs requests to move guests: related measures of the same calm.")
OUT.append(P.out())

# ---------------- pair 8: Sydney hailstorm
P = Pair("p8a_australia_hailstorm_southernwire.txt", "p8b_australia_hailstorm_westernsydneygazette.txt")
P.f("insurance claims", A, "quantity", "more than 48,000 insurance claims", "more than 45,000 claims", "Compatible: 48,000 is more than 45,000.")
P.f("insured bill", A, "quantity", "about A$1.1 billion", "$1 billion", "Compatible: B 'expected to top $1 billion'.")
P.f("hailstone size", C, "quantity", "up to 9 centimetres", "10 centimetres", "Largest stones 9 vs 10 cm.")
P.f("wind gust", A, "quantity", "98 kilometres an hour", "98 km/h", "Same in two spellings.")
P.f("share of claims for cars", A, "quantity", "about 61%", "About 60 per cent", "Compatible.")
P.f("SES calls", A, "quantity", "6,350 calls", "6,350 calls", "Same.")
P.f("homes tarped", A, "quantity", "about 2,900 homes", "about 2,900 homes", "Same.")
P.f("payment per adult", A, "quantity", "A$1,000", "$1,000", "Same.")
P.f("1999 storm losses", R, "quantity", "more than A$5 billion", "$1.7 billion", "A: in today's money; B: at the time (A also gives A$1.7bn). Different measures.")
P.f("storm day", A, "date", "Sunday", "Sunday", "Both 2026-11-08.")
P.f("catastrophe declared", A, "date", "Monday", "Monday afternoon", "Both 2026-11-09.")
P.f("1999 storm", A, "date", "April 14, 1999", "14 April 1999", "Same.")
P.f("who said 'shot through with a rifle'", C, "quote", "We've seen roofs that look like they've been shot through with a rifle,",
    "We've seen roofs that look like they've been shot through with a rifle,", "A: insurers' chief Daniel Whitford; B: Penrith mayor Ross Tancredi.")
P.f("army help", C, "statement", "The premier ruled out asking for help from the Australian Defence Force",
    "the government had asked the Australian Defence Force to send 200 soldiers", "Ruled out vs asked.")
P.f("premiums", C, "statement", "Whitford said insurers would not raise premiums in the affected suburbs because of a single storm",
    "premiums in the western suburbs were \"likely to rise\"", "Would not raise vs likely to rise (same speaker).")
P.f("damaged cars at dealers", R, "statement", "Car dealers in Penrith reported hundreds of damaged new cars on their lots.",
    "One Penrith dealer said 340 new vehicles on his lot had been damaged", "Many dealers vs one dealer's count.")
OUT.append(P.out())

with open(os.path.join(HERE, "gold", "pairs.gold.json"), "w", encoding="utf-8") as f:
    json.dump(OUT, f, ensure_ascii=False, indent=1)
    f.write("\n")
