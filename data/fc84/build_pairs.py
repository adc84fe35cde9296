import json, os
from build_common import Pair, HERE

OUT = []

# ---------------- pair 1: Marshall Islands copra price
P = Pair("p1a_marshallislands_copra_price_pacificwire.txt", "p1b_marshallislands_copra_price_majurotidings.txt")
P.f("new copra price", "agree", "quantity", "35 cents a pound", "35¢ a pound", "Same price, written in cents and with the cent sign.", a_occ=2)
P.f("old copra price", "agree", "quantity", "25 cents", "25¢", "Same.")
P.f("number of producers", "agree", "quantity", "About 6,000 producers", "Some 6,000 copra cutters", "Same approximate count, different noun.")
P.f("buying points vs atolls", "related", "quantity", "24 outer-island buying points", "two dozen atolls and islands",
    "Same number but different counted things (buying points vs atolls and islands).")
P.f("cost of the subsidy", "conflict", "quantity", "$4.2 million", "$3.6 million", "$4.2m vs $3.6m for the year.")
P.f("copra bought in two years", "related", "quantity", "4,800 tons of copra", "about 5,600 tons", "A: 2025 volume; B: 2024 volume. Figure at two different times.")
P.f("price takes effect", "conflict", "date", "February 1", "February 15", "2026-02-01 vs 2026-02-15.")
P.f("day of the announcement", "agree", "date", "Wednesday", "yesterday", "Both 2026-01-14 (B published Jan 15).")
P.f("payment delay with second ship", "agree", "quantity", "30 days", "30 days", "Same.")
P.f("waiting time now", "agree", "quantity", "up to three months", "three months", "A: up to three months; B: a cutter says 'sometimes' three months. Compatible.")
P.f("price asked by the chiefs", "agree", "quantity", "40 cents", "40¢", "Same.")
P.f("who said 'no one left to cut copra'", "conflict", "quote",
    "If we do nothing, in ten years there will be no one left to cut copra,", "If we do nothing, in ten years there will be no one left to cut copra,",
    "Same words: A gives them to manager Lorna Jibon, B to Finance Minister Kinoj Abner.")
P.f("minister on keeping people on the outer islands", "agree", "quote",
    "Copra is what keeps people on the outer islands, and the price has to reflect that,", "keep people on the outer islands",
    "Both Abner; B quotes a fragment.")
P.f("further increase in 2026", "conflict", "statement", "Abner ruled out a further increase this year",
    "the cabinet is considering a second rise in July", "Ruled out vs is considering.")
P.f("second collection ship", "agree", "statement", "The company will also add a second field-trip ship to its collection route",
    "the company would put a second ship on the route", "Same plan.")
P.f("reaction of the chiefs", "related", "statement", "The increase was welcomed by the Council of Iroij",
    "said they would keep pushing", "A: chiefs welcomed the rise; B: chiefs will keep pushing for 40 cents. Different aspects, compatible.")
OUT.append(P.out())

# ---------------- pair 2: Guinea-Bissau bread cap
P = Pair("p2a_guineabissau_bread_cap_westafricawire.txt", "p2b_guineabissau_bread_cap_bissaudiario.txt")
P.f("capped bread price", "agree", "quantity", "150 CFA francs", "150 FCFA", "Same cap.", a_occ=2, b_after="held at")
P.f("loaf weight", "agree", "quantity", "250-gram loaf", "250 g loaf", "Same.")
P.f("length of the cap", "agree", "quantity", "six months", "six months", "Same.")
P.f("price before the cap", "agree", "quantity", "200 francs", "200 FCFA", "Same.")
P.f("suspended flour duty", "agree", "quantity", "10%", "10 per cent", "Same.")
P.f("maximum fine", "agree", "quantity", "up to 500,000 CFA francs", "500.000 FCFA", "Same; B uses the dot as thousands separator.")
P.f("cost of the duty suspension", "agree", "quantity", "around 1.8 billion CFA francs", "about 1,8 thousand million FCFA", "Same; B uses a decimal comma and 'thousand million'.")
P.f("flour sack price now and a year ago", "related", "quantity", "24,000 CFA francs", "18.000 FCFA", "A: price now (2026); B: price in January 2025. Two times.")
P.f("bakeries fined for underweight bread", "conflict", "quantity", "37 bakeries", "52 bakeries", "37 vs 52.")
P.f("number of bakeries", "agree", "quantity", "Around 400 bakeries", "about 400 bakeries", "Same.")
P.f("review of the cap", "agree", "quantity", "three months", "three months", "Same review point (ministry).", b_occ=2)
P.f("cap takes effect", "conflict", "date", "February 16", "23 February", "2026-02-16 vs 2026-02-23.")
P.f("day of the announcement", "agree", "date", "Tuesday", "Tuesday, 10.02.2026", "Both 2026-02-10.")
P.f("bakers and the agreement", "conflict", "statement", "The National Bakers' Association refused to sign the agreement.",
    "The bakers' association agreed to the cap", "Refused vs agreed.")
P.f("bakers closing ovens", "conflict", "statement",
    "At this price we are working for nothing. Some of us will have to close our ovens,",
    "At this price we are working for nothing, but we will not close our ovens,",
    "Same speaker (Sambú), reworded with the opposite meaning: some will close vs we will not close.")
P.f("minister on bread every morning", "agree", "quote",
    "Bread is not a luxury in this country. A family must be able to buy bread every morning,", "must be able to buy bread every morning",
    "Both Nhaga; B quotes a fragment.")
P.f("what happens after three months", "related", "statement",
    "the cap would be reviewed after three months and lifted early if flour prices fell",
    "the bakers would ask the government to revisit the price in three months",
    "A: ministry may lift early; B: bakers will ask for a higher price. Different parties and aims.")
OUT.append(P.out())

# ---------------- pair 3: Liberia passport fee
P = Pair("p3a_liberia_passport_fee_atlanticnewsagency.txt", "p3b_liberia_passport_fee_capitolstar.txt")
P.f("new passport fee", "agree", "quantity", "$75", "75 United States dollars", "Same, spelled out in B.", a_occ=2)
P.f("new fee in Liberian dollars", "agree", "quantity", "$75", "about L$14,000", "Converted (about 186 L$ per US$).")
P.f("old passport fee", "agree", "quantity", "$35", "US$35", "Same.")
P.f("express fee", "conflict", "quantity", "$150", "US$120", "$150 vs $120.")
P.f("express delivery time", "agree", "quantity", "three working days", "three days", "Compatible.")
P.f("passport validity", "agree", "quantity", "five years", "5-year passport", "Same.")
P.f("passport office volume", "related", "quantity", "about 300 applications a day", "58,000 passports",
    "Daily applications vs passports issued in a year: different measures.")
P.f("new fee applies from", "conflict", "date", "April 1", "April 15", "2026-04-01 vs 2026-04-15.")
P.f("day of the announcement", "agree", "date", "Monday", "March 9", "Both 2026-03-09.")
P.f("old fee abroad until", "agree", "date", "June 30", "end of June", "Same (day vs month grain).")
P.f("last fee change", "agree", "date", "2014", "2014", "Same.")
P.f("who said 'not a bag of rice'", "conflict", "quote",
    "Nobody wants to pay more, but a passport is not a bag of rice,", "Nobody wants to pay more, but a passport is not a bag of rice,",
    "Same words: A gives them to Deputy Minister Gbeh-Sackor, B to passport director Musu Tarpeh.")
P.f("security document", "agree", "quote", "It is a security document, and security costs money.", "a security document",
    "Both Gbeh-Sackor; B splits it into fragments.")
P.f("tax on the poor", "agree", "quote", "a tax on the poor", "a tax on the poor.", "Both Alphonso Wleh.")
P.f("e-passport contract", "conflict", "statement", "The ministry has not yet signed a contract for the new e-passports",
    "It has already signed a US$14 million contract", "Has not yet vs has already signed.")
P.f("easing the queues", "related", "statement", "it would open a second passport office in Gbarnga",
    "the Monrovia office will open on Saturdays from April", "Two different measures against queues.")
P.f("Senate's response", "related", "statement", "did not say whether the Senate would try to block it",
    "the Senate would call the minister to explain the increase", "A: no word on blocking; B: will summon the minister. Compatible.")
OUT.append(P.out())

# ---------------- pair 4: Mauritania seaweed farm
P = Pair("p4a_mauritania_seaweed_farm_saharanwire.txt", "p4b_mauritania_seaweed_farm_lephare.txt")
P.f("farm area before", "agree", "quantity", "40 hectares", "40 hectares", "Same.")
P.f("farm area after", "agree", "quantity", "250 hectares", "250 hectares", "Same.")
P.f("investment", "agree", "quantity", "$18 million", "about 720 million ouguiyas", "Converted at about 40 MRU per US$.")
P.f("investment period", "agree", "quantity", "three years", "three years", "Same.")
P.f("jobs", "conflict", "quantity", "about 600 people", "1 200 jobs", "About 600 vs 1,200.")
P.f("seaweed output", "related", "quantity", "2,000 tonnes of dried seaweed a year", "around 350 tonnes of dried seaweed a year",
    "A: output at full capacity; B: current output.")
P.f("distance from the port", "agree", "quantity", "about 12 kilometres", "12 km", "Same.")
P.f("fishing share of exports", "agree", "quantity", "about 40%", "about 40 %", "Same; French spacing in B.")
P.f("yearly fee per hectare", "agree", "quantity", "1,500 ouguiyas per hectare", "1 500 UM", "Same; UM is the local symbol for the ouguiya.")
P.f("licence term", "agree", "quantity", "15 years", "15 years", "Same.")
P.f("licence signed", "conflict", "date", "Tuesday", "Wednesday 22 April", "A: Tuesday 2026-04-21; B: 2026-04-22.")
P.f("first new harvest", "agree", "date", "October", "October", "Both 2026-10.")
P.f("farm started", "agree", "date", "2022", "2022", "Same.")
P.f("who said 'the sea can feed us'", "conflict", "quote",
    "The sea can feed us without being emptied,", "The sea can feed us without being emptied,",
    "Same words: A gives them to Minister Mint Bowba, B to company head Ould Bezeid.")
P.f("fishermen's federation and the project", "conflict", "statement", "has agreed not to oppose the project",
    "it would challenge the licence before the administrative court", "Agreed not to oppose vs will go to court.")
P.f("Banc d'Arguin", "agree", "statement", "an environmental study had found no risk to the Banc d'Arguin National Park",
    "a study shows no danger for the Banc d'Arguin", "Same finding.")
P.f("what happens to the seaweed", "related", "statement", "sold mainly to makers of agar and carrageenan",
    "The company will build a drying and pressing plant at the port of Nouadhibou", "Buyers vs a processing plant: different aspects.")
OUT.append(P.out())

# ---------------- pair 5: Gambia route cancellation
P = Pair("p5a_gambia_route_cancellation_coastalwire.txt", "p5b_gambia_route_cancellation_kombotimes.txt")
P.f("passengers carried last year", "conflict", "quantity", "about 41,000 passengers", "26,000 passengers", "About 41,000 vs 26,000 in 2025.")
P.f("capacity", "related", "quantity", "180-seat", "about 540 seats a week", "Seats per aircraft vs seats per week (3 x 180).")
P.f("return fare", "agree", "quantity", "about €450", "around D36,000", "Converted at about 80 dalasi per euro.")
P.f("tourism share of GDP", "agree", "quantity", "about 20%", "about 20 per cent", "Same.")
P.f("Portuguese share of arrivals", "agree", "quantity", "about 8%", "about 8 per cent", "Same.")
P.f("flight time", "agree", "quantity", "about four hours", "4-hour", "Same.")
P.f("years of operation", "agree", "quantity", "seven years", "seven years", "Same (B inside a quote).")
P.f("last flight", "conflict", "date", "July 31", "28th August", "2026-07-31 vs 2026-08-28.")
P.f("day of the announcement", "agree", "date", "Tuesday", "16th June", "Both 2026-06-16.")
P.f("route launched", "agree", "date", "2019", "2019", "Same.")
P.f("who said 'empty seats'", "conflict", "quote", "We cannot fly empty seats to Banjul,", "We cannot fly empty seats to Banjul,",
    "Same words: A gives them to commercial director Ines Cordeiro, B to CEO Rui Valadares.")
P.f("minister on paying for routes", "agree", "quote", "buy routes with public money.", "will not pay airlines to fly here",
    "Both Ceesay-Jallow, different words, same meaning.")
P.f("hotel association on lost routes", "agree", "quote", "Every route that closes is a hotel that stays half empty,",
    "Each route we lose is a hotel half empty,", "Both Touray-Sanneh, reworded.")
P.f("landing fee request", "conflict", "statement", "The government refused the request",
    "the government had agreed to cut landing fees by 20 per cent in May", "Refused vs agreed.")
P.f("talks with other carriers", "agree", "statement", "the ministry was already talking to two other European airlines",
    "is in talks with other carriers", "Same.")
P.f("keeping Iberian tourists", "related", "statement", "Tour operators in Portugal said they would send clients through Dakar",
    "The Gambia Tourism Board said it would launch a promotion campaign in Portugal and Spain", "Different responses by different actors.")
OUT.append(P.out())

# ---------------- pair 6: Grenada clove forecast
P = Pair("p6a_grenada_clove_forecast_caribbeanregionalpress.txt", "p6b_grenada_clove_forecast_spiceisleclarion.txt")
P.f("forecast harvest", "conflict", "quantity", "38 tonnes", "between 30 and 35 tonnes", "Single value 38 outside the range 30-35.")
P.f("last season's harvest", "agree", "quantity", "52 tonnes", "52 tonnes", "Same.")
P.f("last season: volume vs value", "related", "quantity", "52 tonnes", "EC$1.9 million", "Volume vs value of the same crop.", a_occ=2)
P.f("value of last season's crop", "agree", "quantity", "about EC$1.9 million", "EC$1.9 million", "Same.")
P.f("rainfall shortfall", "agree", "quantity", "about 40%", "40 per cent", "Same.")
P.f("farmers", "agree", "quantity", "about 1,100 farmers", "1,100-odd growers", "Same approximate count.")
P.f("old farm-gate price", "agree", "quantity", "EC$15", "EC$15 per lb", "Same.")
P.f("world clove price", "agree", "quantity", "about $9 a kilogram", "about US$9 per kg", "Same.")
P.f("buying stations open", "conflict", "date", "September 21", "October 1st", "2026-09-21 vs 2026-10-01.")
P.f("day of the forecast", "agree", "date", "Monday", "August 10th", "Both 2026-08-10.")
P.f("start of the dry spell", "agree", "date", "February", "February", "Both 2026-02.")
P.f("who said 'the trees are tired'", "conflict", "quote", "The trees are tired and the rain did not come,", "The trees are tired and the rain did not come,",
    "Same words: A gives them to board chairman Alexis-Noel, B to Minister Claudette Fortune.")
P.f("weakest crop", "agree", "quote", "We are looking at one of the weakest crops in ten years.", "one of the weakest crops in a decade.",
    "Both Alexis-Noel; 'ten years' vs 'a decade'.")
P.f("farm-gate price rise", "conflict", "statement", "The board has already raised its farm-gate price",
    "the board has not yet decided whether to raise", "Has already raised vs has not yet decided.")
P.f("seedlings", "agree", "statement", "The board said it would hand out 5,000 clove seedlings",
    "The board will also give out clove seedlings", "Same plan; B gives no number.")
P.f("water for farmers", "related", "statement", "the government would look at ways to help farmers store water",
    "The Ministry of Agriculture plans a pilot drip-irrigation project", "Water storage vs irrigation pilot: different measures.")
OUT.append(P.out())

# ---------------- pair 7: Iraq tobacco auction
P = Pair("p7a_iraq_tobacco_auction_tigriswire.txt", "p7b_iraq_tobacco_auction_sulaimaniherald.txt")
P.f("average price on day one", "conflict", "quantity", "9,500 Iraqi dinars a kilogram", "8,750 dinars per kilo", "9,500 vs 8,750 dinars/kg.")
P.f("last year's average price", "agree", "quantity", "7,200 dinars", "7,200 dinars", "Same.")
P.f("leaf sold on day one", "conflict", "quantity", "About 1,240 tonnes of leaf", "About 980 tonnes of dried leaf", "About 1,240 vs about 980 tonnes.")
P.f("day-one value vs best lot", "related", "quantity", "about 11.8 billion dinars", "14,000 dinars per kilo",
    "Total sales value vs the price of the best lot per kilo.")
P.f("growers", "agree", "quantity", "around 3,000 growers", "Some 3,000 farmers", "Same.")
P.f("registered buyers", "agree", "quantity", "Seventeen companies", "seventeen buying firms", "Same.")
P.f("Zagros purchase", "agree", "quantity", "at least 400 tonnes", "at least 400 tonnes", "Same.")
P.f("smoking rate", "agree", "quantity", "about 40%", "About 40 per cent", "Same.")
P.f("grower's plot", "related", "quantity", "two hectares", "2 dunams", "A: a typical grower's area in hectares; B: one farmer's plot in dunams. Different measures.")
P.f("opening day", "agree", "date", "Tuesday", "15/9", "Both 2026-09-15.")
P.f("auction ends", "conflict", "date", "September 24", "30/9", "2026-09-24 vs 2026-09-30.")
P.f("who said 'best opening since the war'", "conflict", "quote",
    "This is the best opening we have had since the war,", "This is the best opening we have had since the war,",
    "Same words: A gives them to market manager Rashid, B to ministry director general Karim.")
P.f("grower on diesel", "agree", "quote",
    "The price is better, but the diesel for the pump costs double what it cost two years ago,",
    "The price is better, but diesel costs double. We are not getting rich,", "Both Omer Qadir, reworded.")
P.f("import ban", "conflict", "statement", "has banned imports of foreign leaf until the auction ends",
    "denied that any import ban had been imposed", "Confirmed ban vs denied.")
P.f("local leaf cheaper", "agree", "statement", "local leaf was now cheaper than imported leaf",
    "choosing local tobacco because it was cheaper", "Same.")
P.f("support for growers", "related", "statement", "has tried to revive farming to reduce the region's dependence on oil revenue",
    "Farmers are asking the government to pay a subsidy of 1,000 dinars on every kilo sold", "Government policy vs farmers' demand.")
OUT.append(P.out())

# ---------------- pair 8: Monaco ship-registry fee
P = Pair("p8a_monaco_ship_registry_fee_rivierabusinesswire.txt", "p8b_monaco_ship_registry_fee_lerocherquotidien.txt")
P.f("new fee 24-40 m", "agree", "quantity", "€6,500", "6 500 €", "Same; French number style in B.")
P.f("old fee 24-40 m", "agree", "quantity", "€4,000", "4 000 €", "Same.")
P.f("size band", "agree", "quantity", "between 24 and 40 metres", "24 m to 40 m", "Same range.")
P.f("new fee above 40 m", "conflict", "quantity", "€12,000 a year", "15 000 € a year", "€12,000 vs €15,000.")
P.f("yachts on the registry", "agree", "quantity", "About 420 yachts", "Some 420 yachts", "Same.")
P.f("registry revenue", "related", "quantity", "about €1.7 million", "about 900 000 €", "A: total fees last year; B: extra revenue expected each year.")
P.f("small-boat fee", "agree", "quantity", "€350 a year", "350 € per year", "Same.")
P.f("new fees take effect", "conflict", "date", "January 1, 2027", "1 April 2027", "2027-01-01 vs 2027-04-01.")
P.f("day of the announcement", "agree", "date", "Tuesday", "Tuesday 3 November", "Both 2026-11-03.")
P.f("last increase", "agree", "date", "2017", "2017", "Same.")
P.f("Monaco Yacht Show visitors", "agree", "quantity", "about 30,000 visitors", "some 30 000 visitors", "Same.")
P.f("who said 'a flag is a promise of quality'", "conflict", "quote",
    "A flag is a promise of quality, and quality has a price,", "A flag is a promise of quality, and quality has a price,",
    "Same words: A gives them to Counsellor-Minister Vassallo-Ferrand, B to maritime affairs director Hélène Barral.")
P.f("registry that answers the phone", "agree", "quote", "Owners who choose Monaco choose a registry that answers the phone.",
    "choose a registry that answers the phone", "Both Vassallo-Ferrand.")
P.f("brokers and the increase", "conflict", "statement", "would not challenge it",
    "plans to file an appeal with the Supreme Court", "Would not challenge vs plans an appeal.")
P.f("small boats unaffected", "agree", "statement", "which make up most of the boats in Monaco's harbours, are not affected",
    "the great majority in Port Hercule and Fontvieille, keep their fee", "Same.")
P.f("other uses of the reform", "related", "statement", "considering a discount of up to 20% for yachts with hybrid-electric propulsion",
    "will hire four more inspectors and finish its digital registry", "Discount under study vs hiring: different measures.")
OUT.append(P.out())

with open(os.path.join(HERE, "gold", "pairs.gold.json"), "w", encoding="utf-8") as f:
    json.dump(OUT, f, ensure_ascii=False, indent=1)
    f.write("\n")
