import json, os
from build_common import Pair, HERE

OUT = []

# ---------------- pair 1: Lord Howe Island drone ban
P = Pair("p1a_australia_lordhowe_drone_ban_southerncrosswire.txt", "p1b_australia_lordhowe_drone_ban_islandsignal.txt")
P.f("ban takes effect", "conflict", "date", "February 1, 2026", "15 February", "2026-02-01 vs 2026-02-15.")
P.f("drone incidents last breeding season", "conflict", "quantity", "14 drone incidents", "19 drone incidents", "14 vs 19 incidents near colonies in the same season.")
P.f("on-the-spot fine", "agree", "quantity", "A$2,200", "$2,200", "Same fine; B writes the local dollar without the A$ prefix.")
P.f("visitor cap", "agree", "quantity", "about 400", "400 visitor beds", "Tourists at any one time vs visitor beds: the same cap of 400, A qualified.")
P.f("permit: validity vs fee", "related", "quantity", "12 months", "$150", "A: permits issued for 12 months; B: annual permit costs $150. Different measures of the same permit.")
P.f("distances in the rules", "related", "quantity", "below 50 metres", "at least 300 metres", "A: height below which drones flush petrels; B: distance permitted flights must keep from colonies. Different measures.")
P.f("vote day", "agree", "date", "Tuesday", "Tuesday", "Both 2026-01-20.")
P.f("who said 'our birds were here long before the cameras'", "conflict", "quote",
    "Our birds were here long before the cameras, and they will be here long after,",
    "Our birds were here long before the cameras, and they will be here long after,",
    "Same words: A gives them to board chair Helen Marsh, B to senior ranger Tom Wickham.")
P.f("drone photography at weddings", "conflict", "statement",
    "the board had not yet approved drone photography at weddings",
    "The board has agreed to allow drone photography at weddings",
    "Opposite polarity: not yet approved (to be considered in March) vs agreed to allow.")
P.f("vote margin", "agree", "statement", "The board voted five to two for the measure", "passed it by five votes to two",
    "Same tally, written two ways.")
P.f("enforcement", "agree", "statement", "will be responsible for enforcement together with the local police officer",
    "issued on the spot by rangers or police", "Rangers and police enforce in both.")
P.f("effect of low flights on petrels", "agree", "statement",
    "drones flying below 50 metres caused petrels to flush from their burrows",
    "low flights sent adult birds off their burrows for up to 20 minutes", "Same point by Ruth Calloway; B adds a duration.")
P.f("business objections", "related", "statement",
    "Tour operators had asked the board for a 12-month transition period",
    "Dive shop owner Anika Reyes told the meeting the rules would hurt small businesses",
    "Same topic (business reaction), different claims: a request for transition vs a warning of harm.")
P.f("Denholm's criticism", "related", "statement", "the board had \"moved too fast\"",
    "the board was treating visitors as suspects", "Same speaker, different criticisms.")
OUT.append(P.out())

# ---------------- pair 2: Kangaroo Island road sealing
P = Pair("p2a_australia_kangarooisland_road_sealing_meridianpress.txt", "p2b_australia_kangarooisland_road_sealing_islandercourier.txt")
P.f("state funding", "agree", "quantity", "A$48 million", "$48m", "Same amount (A$ / $m).", a_occ=2)
P.f("length to be sealed", "conflict", "quantity", "62 kilometres", "58km", "62 vs 58 km.")
P.f("total vs cost per kilometre", "related", "quantity", "A$48 million", "around $830,000 a kilometre", "Total budget vs unit cost: a different measure.")
P.f("crashes in five years", "agree", "quantity", "37 crashes", "37 crashes", "Same police figure.")
P.f("visitors a year", "agree", "quantity", "roughly 140,000 visitors a year", "about 140,000 visitors a year", "Same.")
P.f("construction jobs", "agree", "quantity", "about 80 jobs", "about 80 people", "Same workforce estimate.")
P.f("night speed limit", "agree", "quantity", "80 km/h", "80km/h", "Same.")
P.f("announcement day", "agree", "date", "Wednesday", "yesterday", "Both 2026-03-11.")
P.f("work begins", "agree", "date", "July 2026", "July", "Both 2026-07.")
P.f("tenders", "agree", "date", "May", "May", "Both 2026-05.", a_after="bid for the work in May", b_after="open in May")
P.f("programme finished", "conflict", "date", "the end of 2028", "mid-2029", "2028 vs 2029.")
P.f("minister on a proper surface", "agree", "quote",
    "These roads carry school buses, grain trucks and tourists who have never driven on gravel in their lives. They deserve a proper surface,",
    "They deserve a proper surface, and they are going to get one,", "Same speaker (Daniel Okafor), overlapping and reworded.")
P.f("council contribution", "conflict", "statement", "Kangaroo Island Council agreed to contribute A$6 million",
    "The council has refused to contribute to the construction cost", "Opposite polarity: agreed to contribute vs refused to contribute.")
P.f("council maintenance", "agree", "statement", "will take over maintenance of the sealed sections",
    "the council would maintain the new surface once it was finished", "Same.")
P.f("how long the council waited", "agree", "statement", "Mayor Joanne Pike said the council had waited two decades for the money",
    "We have waited twenty years for this money,", "A paraphrases (two decades), B quotes Pike (twenty years).")
P.f("farmers want a second stage", "agree", "statement", "members would keep lobbying for a second stage",
    "members would lobby for a second stage", "Same.")
P.f("crash numbers", "related", "statement", "Police figures cited by the department show 37 crashes",
    "Locals say the true number is higher", "Official figure vs claim that it undercounts: not a conflict.")
OUT.append(P.out())

# ---------------- pair 3: Andalusia bullfighting schools
P = Pair("p3a_spain_andalusia_bullfighting_schools_iberianewswire.txt", "p3b_spain_andalusia_bullfighting_schools_diariocampina.txt")
P.f("total grants", "agree", "quantity", "€2.4 million", "€2,4 millones", "Same (decimal comma in B).")
P.f("number of schools", "conflict", "quantity", "nine schools", "11 schools", "9 vs 11.")
P.f("pupils", "agree", "quantity", "about 360 pupils", "About 360 young people", "Same.")
P.f("grant per school", "agree", "quantity", "up to €130,000 a year", "between €60.000 and €130.000 a year", "Compatible: same ceiling, B adds the floor.")
P.f("grants vs wider package", "related", "quantity", "€2.4 million", "€11 millones", "Part (bullfighting schools) vs whole programme (festivals, crafts, flamenco).")
P.f("protest measures", "related", "quantity", "48,000 signatures", "around 200 protesters", "Signatures collected vs protesters at a rally: different measures.")
P.f("Ronda school pupils", "agree", "quantity", "42 pupils", "42 pupils", "Same.")
P.f("breeders' ranches", "agree", "quantity", "210 ranches", "about 210 ranches", "Same.")
P.f("approval day", "agree", "date", "Tuesday", "Tuesday", "Both 2026-04-14.")
P.f("first payments", "conflict", "date", "June", "September", "2026-06 vs 2026-09.")
P.f("minimum age", "conflict", "statement", "Medina ruled out setting a minimum age for pupils",
    "the Junta is considering raising the minimum age for pupils to 16", "Modality: ruled out vs is considering.")
P.f("Medina on heritage", "agree", "quote",
    "Bullfighting is part of the cultural heritage of Andalusia and the schools are where that heritage is passed on,",
    "These schools are where our heritage is handed down,", "Same speaker, reworded.")
P.f("Galván on closures", "agree", "quote", "Without help, several schools would have closed within two years,",
    "Without help, several schools would have closed within two years,", "Same speaker, same words.")
P.f("'a step backwards'", "agree", "quote", "a step backwards", "a step backwards for Andalusia", "Same speaker (Lucía Beltrán); B's quote is longer.")
P.f("court challenge", "agree", "statement", "said it would challenge the grants in court", "said it would take the Junta to court", "Same.")
P.f("use of the money vs conditions", "related", "statement",
    "the grants would pay for instructors, insurance, veterinary care and travel",
    "once the schools have submitted their pupil lists and accounts", "What the grants pay for vs the condition for payment.")
OUT.append(P.out())

# ---------------- pair 4: Mullion pub buyout
P = Pair("p4a_england_cornwall_pub_buyout_albionnews.txt", "p4b_england_cornwall_pub_buyout_penwithpacket.txt")
P.f("purchase price", "agree", "quantity", "£365,000", "£365,000", "Same.")
P.f("shareholders", "conflict", "quantity", "620 shareholders", "640 people", "620 vs 640 share buyers.")
P.f("share offer raised", "agree", "quantity", "£412,000", "£412k", "Same, written two ways.", a_occ=2)
P.f("share money vs grant", "related", "quantity", "£412,000", "£150,000", "Share capital vs a separate government grant.")
P.f("size of stakes", "agree", "quantity", "from £100 to £10,000", "£100", "Same minimum stake; B gives the maximum separately.")
P.f("votes per member", "agree", "quantity", "one vote", "one vote", "Same.")
P.f("time to raise the money", "agree", "quantity", "six months", "six months", "Same.")
P.f("village population", "agree", "quantity", "about 2,100 residents", "just over 2,000", "Compatible (B: winter population).")
P.f("purchase completed", "agree", "date", "May 12", "Tuesday", "Both 2026-05-12.", b_after="On Tuesday")
P.f("reopening", "conflict", "date", "June 20", "4 July", "2026-06-20 vs 2026-07-04.")
P.f("who said 'a village without a pub'", "conflict", "quote",
    "A village without a pub is a village without a living room,", "A village without a pub is a village without a living room,",
    "Same words: A gives them to chair Peter Trewhella, B to secretary Rosie Angwin.")
P.f("Trewhella on savings", "agree", "quote",
    "People have put their savings into this because they want somewhere to meet, not because they expect a return.",
    "People have put their savings into this because they want somewhere to meet,", "Same speaker; B truncates.")
P.f("brewery supply", "conflict", "statement", "Kernow Vale Brewing agreed to keep supplying beer to the inn for two years",
    "Kernow Vale Brewing refused to continue supplying the pub after the sale", "Opposite polarity: agreed vs refused.")
P.f("asset of community value", "agree", "statement", "Cornwall Council had listed the Cormorant as an asset of community value",
    "Cornwall Council listed the Cormorant as an asset of community value", "Same.")
P.f("use of money vs reopening", "related", "statement",
    "The money left over after the purchase will pay for a new kitchen, repairs to the roof and a ramp",
    "once a new kitchen is fitted and the roof is patched", "What the surplus pays for vs the condition for reopening.")
OUT.append(P.out())

# ---------------- pair 5: Chicxulub drilling
P = Pair("p5a_mexico_yucatan_chicxulub_drilling_continentalwire.txt", "p5b_mexico_yucatan_chicxulub_drilling_diariopeninsular.txt")
P.f("target depth", "conflict", "quantity", "1,600 metres", "1,800 metres", "1,600 vs 1,800 m.")
P.f("cost in dollars", "agree", "quantity", "US$18 million", "around US$18 million", "Same.")
P.f("cost in two currencies", "agree", "quantity", "US$18 million", "$320 million pesos", "Same cost: 320m pesos is about US$18m.")
P.f("Mexican share vs total", "related", "quantity", "about 4 million dollars", "$320 million pesos", "Mexico's science council's share vs total project cost.")
P.f("drilling time", "agree", "quantity", "about 100 days", "around 100 days", "Same.")
P.f("scientists", "agree", "quantity", "About 30 scientists", "About 30 researchers", "Same.")
P.f("local jobs", "agree", "quantity", "25 local workers", "25 people", "Same.")
P.f("partner countries", "agree", "quantity", "12 countries", "a dozen other countries", "Same (12 = a dozen).")
P.f("2016 depth", "agree", "quantity", "1,335 metres", "1,335 metres", "Same.")
P.f("crater width", "agree", "quantity", "about 180 kilometres", "180 km", "Same.")
P.f("drilling began", "agree", "date", "Monday", "Monday 13 July", "Both 2026-07-13.")
P.f("drilling ends", "conflict", "date", "the end of October", "November", "2026-10 vs 2026-11.")
P.f("Canché on reading the first chapter", "agree", "quote",
    "We are going to read the first chapter of the world after the catastrophe, page by page,",
    "like reading, page by page, the first chapter after the catastrophe", "Same speaker, reworded.")
P.f("water permit", "conflict", "statement",
    "The Yucatan state government has approved a permit allowing the project to draw up to 40,000 litres of water a day",
    "The state government has not yet approved the use of water from the aquifer", "Opposite polarity: has approved vs has not yet approved.")
P.f("visitor centre", "agree", "statement", "the university had promised to open a small visitor centre once drilling ends",
    "would leave behind a visitor centre", "Same promise.")
P.f("water concerns", "related", "statement", "Local environmental groups had raised concerns about the region's fragile aquifer",
    "the team is for now bringing water in by tanker", "Same topic (water), different facts.")
OUT.append(P.out())

# ---------------- pair 6: Friesland farm buy-out
P = Pair("p6a_netherlands_friesland_farm_buyout_lowlandspress.txt", "p6b_netherlands_friesland_farm_buyout_leeuwarderkompas.txt")
P.f("farms bought out", "conflict", "quantity", "87 dairy farms", "94 Frisian dairy farms", "87 vs 94.", a_occ=2)
P.f("budget", "agree", "quantity", "€214.5 million", "€ 214,5 miljoen", "Same (decimal comma in B).")
P.f("total vs average per farm", "related", "quantity", "€214.5 million", "around € 2,3 miljoen", "Total budget vs average payment per farm.")
P.f("cows", "agree", "quantity", "about 12,000 cows", "more than 12.000 cows", "Compatible, qualified differently.")
P.f("land", "agree", "quantity", "some 6,800 hectares", "6.800 hectare", "Same.")
P.f("nitrogen cut", "agree", "quantity", "about 40%", "some 40 procent", "Same.")
P.f("dairy farms in Friesland", "agree", "quantity", "about 3,400 dairy farms", "about 3.400 dairy farms", "Same.")
P.f("housing unblocked", "related", "quantity", "around 1,500 stalled housing projects", "around 1.500 homes", "Projects vs homes: different units.")
P.f("announcement day", "agree", "date", "Tuesday", "Tuesday", "Both 2026-08-18.")
P.f("signing deadline", "conflict", "date", "November 30, 2026", "31-12-2026", "2026-11-30 vs 2026-12-31.")
P.f("Hoekstra: nobody forced", "agree", "quote",
    "Nobody is being forced off their land. These are families who have chosen to stop, and we are giving them a fair price to do so,",
    "Nobody is being forced off their land,", "Same speaker; B splits and rewords the rest.")
P.f("farmers' union and the courts", "conflict", "statement", "said it would not challenge the scheme in court",
    "announced on Tuesday evening that it will go to court over the scheme", "Opposite polarity.")
P.f("national share of the cost", "agree", "statement", "The national government, which is paying 80% of the cost",
    "The national government pays four-fifths of the bill", "80% = four-fifths (B's fraction left open in the gold).")
P.f("payments begin", "agree", "statement", "Hoekstra said payments would begin in early 2027",
    "The first money is expected in the spring of next year", "Compatible: early 2027 / spring 2027.")
P.f("Waddenfront wants more", "agree", "statement", "at least three times as many farms would need to close or change",
    "at least three times as many farms would need to stop", "Same.")
P.f("union's objections", "related", "statement",
    "members were nonetheless worried that the loss of so many farms would weaken dairy cooperatives and rural schools",
    "saying the province had pressured farmers by threatening stricter permits", "Different objections from the same union.")
OUT.append(P.out())

# ---------------- pair 7: Tuchola Forest lynx
P = Pair("p7a_poland_pomerania_lynx_release_vistulapress.txt", "p7b_poland_pomerania_lynx_release_kurierpomorski.txt")
P.f("lynx released", "conflict", "quantity", "six Eurasian lynx", "Eight lynx", "6 vs 8.")
P.f("cost of the stage", "agree", "quantity", "1.2 million zlotys", "1,2 mln zł", "Same.")
P.f("wild-born kittens", "agree", "quantity", "at least 14 wild-born kittens", "at least 14 kittens", "Same.")
P.f("road deaths", "agree", "quantity", "seven released lynx", "seven adults", "Same seven animals.")
P.f("lynx in the north", "agree", "quantity", "About 60 lynx", "about 60 lynx", "Same.")
P.f("national vs northern population", "related", "quantity", "roughly 200", "about 60 lynx", "Whole (Poland) vs part (north).")
P.f("core zone", "agree", "quantity", "5,000-hectare core zone", "50 km²", "Same area in two units (5,000 ha = 50 km²).")
P.f("adult weight", "agree", "quantity", "between 18 and 30 kilograms", "up to 30 kg", "Same upper bound.")
P.f("wildlife bridges", "agree", "quantity", "two wildlife bridges", "two green bridges", "Same request.")
P.f("release day", "agree", "date", "Monday", "Monday, 12 October", "Both 2026-10-12.")
P.f("who said 'each cat that walks out of that pen'", "conflict", "quote",
    "Each cat that walks out of that pen is a small piece of the forest given back,",
    "Each cat that walks out of that pen is a small piece of the forest given back,",
    "Same words: A gives them to project leader Magdalena Zielińska, B to forester Krzysztof Nowicki.")
P.f("compensation for farmers", "conflict", "statement", "The environment ministry has ruled out paying compensation to farmers",
    "The environment ministry is considering a compensation fund for farmers", "Modality: ruled out vs is considering.")
P.f("programme age", "agree", "statement", "since the programme began in 2019",
    "has been bringing the cats back to Pomerania for seven years", "2019 to 2026 = seven years.")
P.f("hunters' winter ban", "agree", "statement", "agreed this year to stop hunting roe deer",
    "Hunters have agreed to a winter ban on roe-deer hunting", "Same.")
P.f("electric fencing", "agree", "statement", "the government preferred to subsidise electric fencing",
    "the ministry offers grants of up to 12 500 zł for electric fencing", "Same policy; B gives the ceiling.")
P.f("farmers' complaints", "related", "statement", "Farmers' groups in the Chojnice and Bytów districts have criticised the programme",
    "Sheep farmer Jan Bieszk from Brusy said he lost three sheep last winter", "Same topic, different complaints.")
OUT.append(P.out())

# ---------------- pair 8: Hranice garrison
P = Pair("p8a_czechia_moravia_garrison_closure_centraleuropeanwire.txt", "p8b_czechia_moravia_garrison_closure_hanackyvecernik.txt")
P.f("soldiers moving", "conflict", "quantity", "620 soldiers", "about 650 troops", "620 vs about 650.")
P.f("cost of new base", "agree", "quantity", "2.4 billion koruna", "2,4 mld. Kč", "Same.")
P.f("garrison spending in town", "agree", "quantity", "about 60 million koruna a year", "roughly 60 mil. Kč a year", "Same.")
P.f("investment vs local spending", "related", "quantity", "2.4 billion koruna", "roughly 60 mil. Kč a year", "One-off base cost vs yearly local spending.")
P.f("civilian staff", "agree", "quantity", "About 140 civilians", "140 civilian staff", "Same.")
P.f("town population", "agree", "quantity", "about 18,000 people", "18 000 inhabitants", "Same.")
P.f("barracks area", "agree", "quantity", "38 hectares", "some 380 000 m²", "Same area in two units (38 ha = 380,000 m²).")
P.f("announcement day", "agree", "date", "Tuesday", "Tuesday", "Both 2026-11-17.", b_after="confirmed on Tuesday")
P.f("move completed", "conflict", "date", "the end of 2027", "June 2028", "2027 vs 2028-06.")
P.f("who said 'the end of a long story'", "conflict", "quote",
    "This is the end of a long story, but it can be the beginning of a new one,",
    "This is the end of a long story, but it can be the beginning of a new one,",
    "Same words: A gives them to Mayor Jitka Horáková, B to regional governor Petr Hlaváček.")
P.f("barracks handed to the town", "conflict", "statement", "The ministry agreed to transfer the barracks to the town free of charge",
    "the ministry has refused to hand over the barracks for free", "Opposite polarity: agreed vs refused.")
P.f("first units leave", "agree", "statement", "The first units are due to leave Hranice in March 2027",
    "with the first units going next spring", "Compatible: March 2027 / spring 2027.")
P.f("public consultation", "agree", "statement", "the town would hold a public consultation in the spring",
    "The town will hold a public consultation in the spring", "Same.")
P.f("NATO exercises", "agree", "statement", "has taken part in NATO exercises in the Baltic states and Slovakia",
    "The battalion has served in NATO exercises in the Baltic states and in Slovakia", "Same.")
P.f("consultation complaints", "related", "statement", "the decision was taken without consulting local authorities",
    "the town had learned of the decision only a week before it was announced", "Same topic, different complaints (opposition lawmakers vs mayor).")
OUT.append(P.out())

with open(os.path.join(HERE, "gold", "pairs.gold.json"), "w", encoding="utf-8") as f:
    json.dump(OUT, f, ensure_ascii=False, indent=1)
    f.write("\n")
print(sum(len(p["facts"]) for p in OUT), "facts")
