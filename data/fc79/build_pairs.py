import json, os
from build_common import Pair, HERE

OUT = []

# ---------------- pair 1: Mozambique prawn-trawling licence auction
P = Pair("p1a_mozambique_prawn_licences_southernafricawire.txt", "p1b_mozambique_prawn_licences_beiracoastaltimes.txt")
P.f("licences sold", "agree", "quantity", "18 shallow-water prawn-trawling licences", "eighteen prawn-trawling licences", "18 in digits vs spelled out.")
P.f("total raised", "agree", "quantity", "1.24 billion meticais", "MT 1 240 million", "Same sum; B writes it with the metical symbol and a space as thousands separator.", a_occ=2)
P.f("total raised in dollars", "agree", "quantity", "about $19.4 million", "about US$19,4 million", "Same; B uses a decimal comma.")
P.f("number of bidders", "conflict", "quantity", "Eleven companies", "Nine companies", "11 vs 9 companies took part.")
P.f("price per licence", "related", "quantity", "68.9 million meticais", "MT 112 million", "A: average per licence; B: the single most expensive licence. Different measures.")
P.f("local ownership share", "agree", "quantity", "at least 51 percent", "at least 51%", "Same rule.")
P.f("total allowable catch", "agree", "quantity", "2,500 tonnes", "2 500 tonnes", "Same; B uses a space as thousands separator.")
P.f("prawn export earnings", "related", "quantity", "$62 million", "US$ 71 million", "A: 2025; B: 2024. Same measure at two different times.")
P.f("licence term", "agree", "quantity", "five-year", "5 years", "Same term, spelled out vs digits.", b_after="licences last")
P.f("auction day", "agree", "date", "Wednesday", "21 January", "Both 2026-01-21.")
P.f("season opens", "conflict", "date", "March 1", "1 April", "2026-03-01 vs 2026-04-01.")
P.f("previous auction", "agree", "date", "2019", "2019", "Same year.", a_occ=2)
P.f("who said 'the sea is not for sale'", "conflict", "quote",
    "The sea is not for sale, it is for rent, and the rent has gone up,", "The sea is not for sale, it is for rent, and the rent has gone up,",
    "Same words: A gives them to minister Lurdes Mabunda, B to fisheries director Tomás Guambe.")
P.f("Cossa on members' debts", "agree", "quote",
    "Many of our members paid for the last licences with loans they are still repaying,", "many of our members are still paying the banks for the licences of 2019.",
    "Both Arlindo Cossa; reworded, same meaning.")
P.f("second round of sales", "conflict", "statement", "Mabunda ruled out a second round of sales this year",
    "the ministry is considering a second round in June", "Ruled out vs is considering (B: for deep-water licences, same year).")
P.f("under-reporting of catches", "agree", "statement", "The association denied that its members had under-reported catches",
    "The association also rejected, once again, the ministry's claim that trawler owners under-declared their catches", "Same denial.")
P.f("use of the proceeds", "related", "statement", "the proceeds would go to the national Fisheries Development Fund",
    "Part of the money will buy a patrol boat for the Sofala coast", "A: where the money goes; B: one thing it will buy. Compatible.")
OUT.append(P.out())

# ---------------- pair 2: Qatar camel-race prize fund
P = Pair("p2a_qatar_camel_prize_fund_gulfbusinesswire.txt", "p2b_qatar_camel_prize_fund_alrayyangazette.txt")
P.f("prize fund", "agree", "quantity", "85 million riyals", "QR85m", "Same; B in local 'QR..m' style.", a_occ=2, b_occ=2)
P.f("previous season's fund", "conflict", "quantity", "60 million riyals", "QR65m", "60 vs 65 million riyals.")
P.f("fund in dollars", "agree", "quantity", "about $23.3 million", "about US$23m", "B rounds.")
P.f("number of races", "agree", "quantity", "more than 200 races", "214 races", "214 is more than 200.")
P.f("camels entered", "agree", "quantity", "Some 9,000 camels", "8,700 camels", "Approximate vs exact, compatible.")
P.f("top race money", "related", "quantity", "5 million riyals", "QR12m", "A: the winner's prize in the final race; B: the total purse of that race (first ten). Different measures.", a_after="take home")
P.f("per-camel payments", "related", "quantity", "2,000 riyals", "QR1,500", "A: entry fee per camel; B: transport allowance per camel. Different things.")
P.f("festival opens", "agree", "date", "February 20", "20 February", "Both 2026-02-20.")
P.f("festival ends", "conflict", "date", "March 7", "14 March", "2026-03-07 vs 2026-03-14.")
P.f("announcement day", "agree", "date", "Sunday", "yesterday", "Both 2026-02-08.")
P.f("who said 'heritage has to pay its way'", "conflict", "quote",
    "Camel racing is our heritage, and heritage has to pay its way,", "Camel racing is our heritage, and heritage has to pay its way,",
    "Same words: A chairman Al-Marri, B secretary-general Al-Kuwari.")
P.f("young people back to the track", "agree", "quote", "We want young Qataris to come back to the track,",
    "Our young people must come back to the track,", "Both Al-Marri; reworded.")
P.f("foreign-owned camels in heritage races", "conflict", "statement",
    "The committee said it would not allow camels owned by non-Gulf nationals to enter the heritage races",
    "camels owned by residents of any nationality will be allowed into the heritage races for the first time", "Would not allow vs will be allowed.")
P.f("doping tests", "agree", "statement", "The committee said every winning camel would be tested for banned substances",
    "Doping tests will be carried out on all winners", "Same rule.")
P.f("free access", "related", "statement", "school groups would be admitted free on weekdays",
    "Parking at the track will be free for families throughout the festival", "Different free offers; compatible.")
OUT.append(P.out())

# ---------------- pair 3: Rwanda gorilla-permit price
P = Pair("p3a_rwanda_gorilla_permits_eastafricanewswire.txt", "p3b_rwanda_gorilla_permits_musanzemirror.txt")
P.f("new permit price", "agree", "quantity", "$1,800", "US$ 1,800", "Same.", a_occ=2, b_occ=2)
P.f("old permit price", "agree", "quantity", "$1,500", "US$ 1,500", "Same.")
P.f("new price takes effect", "conflict", "date", "June 1", "1 July", "2026-06-01 vs 2026-07-01.")
P.f("announcement day", "agree", "date", "Monday", "yesterday", "Both 2026-03-16.")
P.f("permits sold last year", "conflict", "quantity", "About 43,000 gorilla permits", "39,500 permits", "About 43,000 vs 39,500, both for 2025.")
P.f("daily visitor limit", "related", "quantity", "96 permits", "eight people", "A: total permits a day; B: visitors per gorilla family a day (12 x 8 = 96). Total vs per-unit.")
P.f("community revenue share", "agree", "quantity", "10 percent", "Ten per cent", "Same.")
P.f("low-season discount", "agree", "quantity", "30 percent", "30%", "Same.")
P.f("price for Rwandans", "agree", "quantity", "100,000 Rwandan francs", "Frw 100,000", "Same.")
P.f("gorilla census", "agree", "quantity", "604 animals", "604 mountain gorillas", "Same.")
P.f("tourism earnings", "related", "quantity", "$647 million", "US$ 620 million", "A: 2025; B: 2024. Same measure at two times.")
P.f("who said 'low volume, high value'", "conflict", "quote",
    "Low volume, high value is not a slogan, it is how we protect the gorillas,", "Low volume, high value is not a slogan, it is how we protect the gorillas,",
    "Same words: A chief executive Uwimana, B chief tourism officer Habimana.")
P.f("clients crossing to Uganda", "agree", "quote", "Some of them will simply go across the border.",
    "some clients will just cross the border to Uganda.", "Both Nkurunziza; reworded.")
P.f("permits bought at the old price", "conflict", "statement",
    "Permits already bought at the old price will be honoured",
    "Tourists who had already booked at the old price will have to pay the difference", "Honoured vs must pay the difference.")
P.f("further increases", "conflict", "statement", "We have no plans to raise the price again before 2028,",
    "Clarisse Uwimana said the fee could rise again next year", "A quotes Uwimana: no rise before 2028; B paraphrases her: could rise in 2027. Opposite modality.")
P.f("request to delay", "agree", "statement", "the board had rejected a request from tour operators to delay the increase",
    "the board would not postpone the change", "Same refusal (Uwimana / Habimana).")
P.f("use of the money", "related", "statement", "it was also building a new visitor centre at Kinigi",
    "the money would fund ranger patrols and the upkeep of the park's trails", "Different spending; compatible.")
OUT.append(P.out())

# ---------------- pair 4: Ireland turf-cutting ban
P = Pair("p4a_ireland_turf_ban_hiberniapress.txt", "p4b_ireland_turf_ban_midlandleader.txt")
P.f("bogs covered by the ban", "agree", "quantity", "14 more raised bogs", "fourteen bogs", "Same ('more' means additional, not 'more than').", a_occ=2)
P.f("ban starts", "agree", "date", "May 1", "1 May", "Both 2026-05-01.", a_occ=2, b_occ=2)
P.f("announcement day", "agree", "date", "Tuesday", "Tuesday", "Both 2026-04-14.")
P.f("area of the bogs", "agree", "quantity", "about 5,200 hectares", "nearly 13,000 acres", "5,200 ha = about 12,850 acres.")
P.f("cutters affected", "agree", "quantity", "About 1,900 turf cutters", "Some 1,870 plot holders", "Compatible approximations.")
P.f("annual compensation", "agree", "quantity", "€1,500", "€1,500", "Same ('a year' / 'annually').")
P.f("compensation term", "agree", "quantity", "15 years", "15-year", "Same.")
P.f("cost of the scheme", "conflict", "quantity", "up to €22 million", "€25 million", "At most 22 vs 25 million.")
P.f("maximum fine", "agree", "quantity", "€100,000", "up to €100,000", "Same ('can reach' / 'up to').")
P.f("consultation closes", "conflict", "date", "May 29", "12 June", "2026-05-29 vs 2026-06-12.")
P.f("payments to cutters", "related", "quantity", "€1,500", "€500", "A: annual compensation; B: one-off relocation grant. Different things.", b_after="one-off grant")
P.f("who said 'taking the heat out of people's homes'", "conflict", "quote",
    "You are taking the heat out of people's homes,", "You are taking the heat out of people's homes,",
    "Same words: A association chairman Paddy Moran, B Offaly TD Declan Feeney.")
P.f("Moran: a betrayal", "agree", "quote", "a betrayal of rural Ireland", "a betrayal of every family on the bog.", "Both Moran; reworded.")
P.f("relocation at Clara", "conflict", "statement", "relocation to an alternative bog had already been agreed for cutters at Clara",
    "At Clara, no relocation site has yet been found", "Already agreed vs not yet found.")
P.f("exemption for domestic cutters", "agree", "statement", "Kerrigan refused to exempt domestic cutters who cut only for their own fires",
    "The minister would not make an exception for people who cut turf only for their own fire", "Same refusal.")
P.f("political pushback", "related", "statement", "they would table a motion in the Dáil asking for the ban to be delayed by two years",
    "who has called on the minister to come to Tullamore and meet the cutters", "Different demands; compatible.")
OUT.append(P.out())

# ---------------- pair 5: Bhutan cordyceps harvest permits
P = Pair("p5a_bhutan_cordyceps_permits_southasiawireservice.txt", "p5b_bhutan_cordyceps_permits_thimphuobserver.txt")
P.f("permits issued", "agree", "quantity", "4,950 permits", "Nearly 5,000 permits", "4,950 is nearly 5,000.")
P.f("season opens", "agree", "date", "May 20", "20th May", "Both 2026-05-20.", b_occ=2)
P.f("season closes", "conflict", "date", "June 30", "25th June", "2026-06-30 vs 2026-06-25.")
P.f("announcement day", "agree", "date", "Friday", "yesterday", "Both 2026-05-15.")
P.f("eligible households", "agree", "quantity", "About 2,600 highland households", "2,581 households", "Compatible.")
P.f("collection areas", "agree", "quantity", "11 designated areas", "eleven areas", "Digits vs spelled out.")
P.f("permit fee", "agree", "quantity", "Nu 1,000", "Nu 1000", "Same; B without thousands separator.")
P.f("last year's harvest", "conflict", "quantity", "about 620 kilograms", "Just under 500 kg", "About 620 vs under 500 kg sold in 2025.")
P.f("price per kilogram", "related", "quantity", "Nu 1.6 million", "Nu 18 lakh", "A: average price at last year's auctions; B: expected price this year (18 lakh = 1.8 million). Two different times.")
P.f("first auction", "agree", "date", "July 10", "10th July", "Both 2026-07-10.")
P.f("camp altitude", "agree", "quantity", "above 4,000 metres", "above 4,000 metres", "Same.")
P.f("who said 'a gift of the mountains'", "conflict", "quote",
    "The fungus is a gift of the mountains, and it will not last if we take everything at once,",
    "The fungus is a gift of the mountains, and it will not last if we take everything at once.",
    "Same words: A chief forestry officer Karma Tenzin, B Gasa Dzongdag Tshering Penjor.")
P.f("Dawa Om on school fees", "agree", "quote", "Our children are in school in Thimphu, and this money pays their fees,",
    "This money is our children's education,", "Both Dawa Om; reworded.")
P.f("collectors per household", "conflict", "statement", "The government has lifted a rule that limited each household to one collector",
    "The rule allowing only one collector per household remains in place", "Lifted vs remains in place.")
P.f("core zone of the national park", "agree", "statement", "Collection inside the core zone of Jigme Dorji National Park remains banned",
    "Collection is strictly prohibited inside the core zone of Jigme Dorji National Park", "Same ban.")
P.f("support in the camps", "related", "statement", "The government will send mobile health teams to the main camps",
    "gewog offices will give each camp solar lanterns and a satellite phone", "Different support; compatible.")
OUT.append(P.out())

# ---------------- pair 6: Greece sponge-diving quota
P = Pair("p6a_greece_sponge_quota_mediterraneannewswire.txt", "p6b_greece_sponge_quota_kalymnosecho.txt")
P.f("quota", "conflict", "quantity", "14 tonnes", "12,5 tonnes", "14 vs 12.5 tonnes (B uses a decimal comma).", a_occ=2, b_occ=2)
P.f("boats licensed", "agree", "quantity", "38 boats", "Thirty-eight boats", "Digits vs spelled out.")
P.f("divers", "agree", "quantity", "About 150 divers", "147 divers", "Compatible.")
P.f("season opens", "agree", "date", "July 1", "1 July", "Both 2026-07-01.")
P.f("season closes", "conflict", "date", "October 31", "30 September", "2026-10-31 vs 2026-09-30.")
P.f("announcement day", "agree", "date", "Monday", "Monday 8 June", "Both 2026-06-08.")
P.f("price of raw sponges", "agree", "quantity", "about €45", "about €45", "Same, per kilogram.")
P.f("sponge exports", "related", "quantity", "€2.1 million", "€2,4 million", "A: 2025 (statistics authority); B: 2024 (cooperative). Two times.")
P.f("depth limit", "agree", "quantity", "more than 60 metres", "60 metres", "Both: banned deeper than 60 metres.")
P.f("who said 'the sea has given us sponges'", "conflict", "quote",
    "The sea has given us sponges for three thousand years; now we must give something back,",
    "The sea has given us sponges for three thousand years; now we must give something back,",
    "Same words: A deputy minister Vasilaki, B mayor Kambourakis.")
P.f("Pizanias on the quota", "agree", "quote", "We are not against a quota, but fourteen tonnes will not keep the boats at sea,",
    "A quota we can accept, but with this tonnage the boats stay tied up,", "Both Pizanias; reworded.")
P.f("Karpathos beds", "conflict", "statement", "The ministry said it had agreed to reopen sponge beds off Karpathos",
    "the ministry's decision leaves them closed", "Reopen vs stay closed.")
P.f("satellite trackers", "agree", "statement", "boats will have to carry a satellite tracker", "every boat must carry a satellite tracker", "Same rule.")
P.f("reactions on Kalymnos", "related", "statement", "the municipality would ask for European funds to train young divers",
    "The cooperative will meet on Friday to decide whether to appeal to the Council of State", "Different responses; compatible.")
P.f("review of the quota", "agree", "statement", "The ministry will review the quota after the first season",
    "The ministry has promised to review the quota after the season", "Same.")
OUT.append(P.out())

# ---------------- pair 7: Nicaragua coffee-rust outbreak
P = Pair("p7a_nicaragua_coffee_rust_centralamericanwire.txt", "p7b_nicaragua_coffee_rust_vozdejinotega.txt")
P.f("share of harvest at risk", "conflict", "quantity", "between 15% and 20%", "35%", "Range 15-20% (IPSA) vs 35% (Jinotega producers).")
P.f("area affected", "agree", "quantity", "about 12,000 manzanas", "8,400 hectares", "Same area in manzanas vs hectares (1 mz = 0.7 ha).")
P.f("emergency fund", "agree", "quantity", "180 million córdobas", "C$180 millones", "Same; B with the córdoba symbol and Spanish 'millones'.")
P.f("free fungicide threshold", "agree", "quantity", "fewer than 10 manzanas", "fewer than 10 manzanas", "Same.")
P.f("cooperative members", "agree", "quantity", "620 members", "620 members", "Same.")
P.f("last harvest's exports", "agree", "quantity", "about 3.1 million quintals", "3.1 million quintales", "Same.")
P.f("harvest forecasts", "related", "quantity", "3.3 million quintals", "1.2 million quintales", "A: national forecast; B: Jinotega department alone. Different scope.")
P.f("technicians", "agree", "quantity", "300 technicians", "300 technicians", "Same.")
P.f("coffee families", "agree", "quantity", "Some 44,000 families", "Some 44,000 families", "Same.")
P.f("emergency declared", "agree", "date", "Monday", "17 August", "Both 2026-08-17.")
P.f("harvest begins", "agree", "date", "November", "November", "Both 2026-11.")
P.f("last major outbreak", "agree", "date", "2012", "2012", "Same (2012 and 2013).")
P.f("who said 'not the rust our grandparents knew'", "conflict", "quote",
    "This is not the rust our grandparents knew,", "This is not the rust our grandparents knew,",
    "Same words: A IPSA director Castellón, B cooperative manager Rivas.")
P.f("Rivas on leaves and cherries", "agree", "quote",
    "If the rust takes the leaves, the cherries never ripen, and there is no harvest to pick,",
    "Without leaves there are no cherries, and without cherries there is nothing to pick,", "Both Rivas; reworded.")
P.f("new strain", "conflict", "statement", "Castellón confirmed that laboratory tests had identified a new, more aggressive strain",
    "Rodrigo Castellón denied on Monday that a new strain had been found", "Confirmed vs denied.")
P.f("fungicide distribution", "related", "statement", "Distribution began last week through municipal offices",
    "several cooperatives said none had yet arrived in their municipalities", "Started (officially) vs not yet received by some cooperatives: compatible.")
P.f("movement of seedlings", "agree", "statement", "the government would not restrict the movement of coffee seedlings between departments",
    "seedlings may continue to move between departments", "Same.")
OUT.append(P.out())

# ---------------- pair 8: Fiji sea-cucumber moratorium
P = Pair("p8a_fiji_seacucumber_moratorium_pacificislandswire.txt", "p8b_fiji_seacucumber_moratorium_westerntides.txt")
P.f("stock held by exporters", "agree", "quantity", "37 tonnes", "about 40 tonnes", "37 is about 40.")
P.f("deadline to ship stock", "conflict", "date", "December 31", "30 November", "2026-12-31 vs 2026-11-30.")
P.f("ban starts", "agree", "date", "January 1, 2027", "1st January 2027", "Same date, two styles.")
P.f("announcement day", "agree", "date", "Tuesday", "Tuesday", "Both 2026-10-13.")
P.f("length of the ban", "agree", "quantity", "five years", "five-year", "Same.", a_occ=2)
P.f("export earnings", "related", "quantity", "FJ$14 million", "$9.8m", "A: 2025; B: 2024. Two times.")
P.f("survey sites", "agree", "quantity", "120 reef sites", "120 sites", "Same.")
P.f("sandfish density", "agree", "quantity", "fewer than 10 per hectare", "under 10 per hectare", "Same.")
P.f("people earning from sea cucumbers", "agree", "quantity", "About 5,000 people", "Some 5,000 villagers", "Same.")
P.f("maximum fine", "agree", "quantity", "up to FJ$50,000", "up to FJ$50,000", "Same.")
P.f("earlier sandfish ban", "agree", "date", "2017", "2017", "Same.")
P.f("time left to ship", "conflict", "quantity", "eleven weeks", "seven weeks", "11 vs 7 weeks (follows from the differing deadlines).")
P.f("review of the ban", "conflict", "quote",
    "We will review the ban after three years, once we know whether the reefs are recovering,",
    "We will not review the ban for five years, whatever happens on the reefs,",
    "Reworded with the opposite meaning and different speakers: A minister Ratu, B permanent secretary Vunisea.")
P.f("Tora: last chance", "agree", "quote", "This is the last chance for sandfish in Fiji,", "It is the last chance for sandfish,", "Both Tora; reworded.")
P.f("compensation for exporters", "conflict", "statement", "The ministry said it would not compensate exporters for lost business",
    "The Ministry is preparing a FJ$2 million support package for exporters", "Would not compensate vs preparing a package.")
P.f("earlier bans", "related", "statement", "have been banned since 2018",
    "a partial ban on sandfish had been in force since 2017", "Different earlier rules (night/scuba diving vs sandfish).")
P.f("alternative income", "agree", "statement", "It will instead offer grants to coastal villages to start seaweed and pearl farming",
    "the Ministry will offer grants for seaweed farming as an alternative income", "Same.")
OUT.append(P.out())

with open(os.path.join(HERE, "gold", "pairs.gold.json"), "w", encoding="utf-8") as f:
    json.dump(OUT, f, ensure_ascii=False, indent=1)
    f.write("\n")
