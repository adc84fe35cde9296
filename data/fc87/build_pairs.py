import json, os
from build_common import Pair, HERE

OUT = []

# ---------------- pair 1: Libya driving-licence fee
P = Pair("p1a_libya_driving_licence_fee_mediterraneanwire.txt", "p1b_libya_driving_licence_fee_tripolieveningpost.txt")
P.f("new first-licence fee", "agree", "quantity", "150 dinars", "LD150", "Same fee, spelled out vs LD prefix.", a_occ=2, b_occ=2)
P.f("old first-licence fee", "agree", "quantity", "30 dinars", "LD30", "Same.")
P.f("renewal fee", "conflict", "quantity", "80 dinars", "LD100", "80 vs 100 dinars for a renewal.")
P.f("licence validity", "agree", "quantity", "ten years", "10 years", "Spelled out vs digits.")
P.f("licences issued in 2025", "agree", "quantity", "about 210,000 licences", "212,400 licences", "A rounds B's exact figure.")
P.f("fee money", "related", "quantity", "some 63 million dinars", "LD12 million",
    "A: expected yearly fee revenue; B: cost of the card-printing machines. Same currency, different measures.")
P.f("new fee applies from", "agree", "date", "February 1", "1/2/2026", "Both 2026-02-01 (B in Libyan day/month order).")
P.f("announcement day", "agree", "date", "Sunday", "Sunday", "Both 2026-01-11.")
P.f("online test booking opens", "conflict", "date", "March 15", "1 April", "2026-03-15 vs 2026-04-01.")
P.f("who said 'a responsibility, not a souvenir'", "conflict", "quote",
    "A licence is a responsibility, not a souvenir,", "A licence is a responsibility, not a souvenir,",
    "Same words: A gives them to Transport Minister Nouri Sharif, B to authority head Salem Abu Khadra.")
P.f("driving schools on young drivers", "agree", "quote",
    "Young people in the south will simply drive without a licence,",
    "Boys in Sabha and Ubari will just drive without papers, because who has LD150?",
    "Both Fathi Ghariani; reworded, same meaning.")
P.f("discount for students", "conflict", "statement",
    "Sharif ruled out exemptions for students or the unemployed",
    "the ministry was studying a discount for university students",
    "Ruled out vs is studying (anonymous ministry official).")
P.f("new chip cards", "agree", "statement",
    "plastic licence cards carrying an electronic chip", "The new licences will be chip-based cards", "Same card.")
P.f("enforcement against unlicensed drivers", "related", "statement",
    "The ministry also plans to raise the fine for driving without a licence",
    "Traffic police will step up roadside checks from February",
    "A: higher fine planned; B: more checks, existing fine. Different measures on the same topic; not contradictory.")
OUT.append(P.out())

# ---------------- pair 2: Micronesia weather radar
P = Pair("p2a_micronesia_weather_radar_pacificnewsagency.txt", "p2b_micronesia_weather_radar_kolonianislandtimes.txt")
P.f("cost of the station", "agree", "quantity", "$4.8 million", "$4.8m", "Same.", a_occ=2)
P.f("radar range", "agree", "quantity", "up to 400 kilometres", "about 250 miles", "400 km = 249 miles; converted.")
P.f("tower height", "agree", "quantity", "30-metre tower", "98-foot tower", "30 m = 98.4 ft; converted.")
P.f("wind rating", "agree", "quantity", "250 kilometres per hour", "155 mph", "250 km/h = 155 mph; converted.")
P.f("who paid", "related", "quantity", "$4.2 million", "$600,000",
    "A: Japan's grant; B: the national government's own share. Two parts of the cost, not the same figure.")
P.f("trained technicians", "conflict", "quantity", "six technicians", "eight technicians", "6 vs 8.")
P.f("switched on", "agree", "date", "Monday", "Monday", "Both 2026-03-16.", b_occ=2)
P.f("full operation", "conflict", "date", "June 1", "July", "2026-06-01 vs 2026-07.")
P.f("grant signed", "agree", "date", "October 2024", "October 2024", "Same.")
P.f("old radar destroyed", "agree", "date", "2015", "2015", "Same typhoon year.", a_occ=2)
P.f("Joseph on the radar gap", "agree", "quote",
    "For the first time in a decade, we will see storms coming before they arrive,",
    "For ten years we have been blind to storms until they hit us,", "Both Kasiano Joseph; reworded.")
P.f("who said 'for the fishermen and the farmers'", "conflict", "quote",
    "This radar is for the fishermen and the farmers on the outer islands,",
    "This radar is for the fishermen and the farmers on the outer islands,",
    "Same words: A gives them to Japanese Ambassador Hiroshi Tanabe, B to Pohnpei Governor Reed Alik.")
P.f("sharing data with Guam", "conflict", "statement",
    "The government has not yet decided whether to share the new radar's data with Guam",
    "Images from the radar will already be shared with the National Weather Service on Guam",
    "Has not yet decided vs will already share.")
P.f("landowners consulted", "agree", "statement",
    "The weather service denied that the site on Sokehs Ridge had been chosen without consulting its traditional landowners",
    "Officials rejected claims, raised on local radio last month, that landowners on the ridge had not been consulted",
    "Same denial.")
P.f("after the opening", "related", "statement",
    "Japan will also pay for spare parts and maintenance for five years",
    "Technicians will also receive further training in Honolulu later this year",
    "Maintenance funding vs further training: different follow-ups, compatible.")
OUT.append(P.out())

# ---------------- pair 3: St Vincent marina concession
P = Pair("p3a_stvincent_marina_concession_caribbeannewsline.txt", "p3b_stvincent_marina_concession_kingstownherald.txt")
P.f("concession length", "agree", "quantity", "30-year", "thirty years", "Same.", a_occ=2, b_occ=2)
P.f("investment", "agree", "quantity", "EC$54 million", "US$20 million", "EC$ pegged at 2.70 to US$: 54m = 20m.")
P.f("berths", "conflict", "quantity", "120 berths", "150 berths", "120 vs 150.", b_occ=2)
P.f("money paid", "related", "quantity", "EC$1.2 million", "EC$3",
    "A: yearly concession fee to the state; B: berth rate per foot per night. Different measures.")
P.f("jobs", "related", "quantity", "about 200 construction jobs", "80 permanent jobs", "Construction vs permanent jobs.")
P.f("yacht arrivals 2025", "agree", "quantity", "about 9,000 yacht arrivals", "8,700 yacht arrivals", "A rounds (about).")
P.f("Cabinet decision", "agree", "date", "Monday", "Monday, 20th April", "Both 2026-04-20.")
P.f("construction start", "conflict", "date", "September", "January 2027", "2026-09 vs 2027-01.")
P.f("opening", "agree", "date", "2028", "2028", "Same.")
P.f("minister on Bequia", "agree", "quote",
    "Bequia deserves a marina that matches its beauty,", "Bequia deserves a marina as beautiful as the island itself,",
    "Both Carlene Providence; reworded.")
P.f("who said 'the water belongs to Bequians'", "conflict", "quote",
    "The water in this harbour belongs to Bequians,", "The water in this harbour belongs to Bequians,",
    "Same words: A gives them to cooperative chairman Orville Ollivierre, B to opposition MP Dwayne Hazell.")
P.f("sale of the waterfront land", "conflict", "statement",
    "The government has refused to sell the waterfront land to the company",
    "the government has agreed to sell the company the waterfront plot",
    "Refused vs agreed (B from an unnamed ministry source).")
P.f("fishing boats moor free", "agree", "statement",
    "fishing boats would continue to moor in the bay free of charge",
    "Fishermen will not pay to tie up at the marina's public quay", "Same assurance, negated wording on B.")
P.f("no tender", "agree", "statement",
    "Opposition lawmakers said the concession had been awarded without a public tender",
    "the deal was rushed through Cabinet without a tender", "Same opposition charge.")
P.f("environmental study", "related", "statement",
    "An environmental study by consultants from Barbados found no coral reef inside the area to be dredged",
    "The company's environmental impact assessment is to be published on the government website",
    "Finding of the study vs its publication: different facts on the same topic.")
OUT.append(P.out())

# ---------------- pair 4: Andorra ski pass
P = Pair("p4a_andorra_ski_pass_price_iberiawire.txt", "p4b_andorra_ski_pass_price_andorracourier.txt")
P.f("adult season pass", "agree", "quantity", "€1,150", "1.150 €", "Same (B in local number style).", b_occ=2)
P.f("price increase", "agree", "quantity", "9.5%", "almost 10%", "9.5% is almost 10%.")
P.f("weekend day pass", "conflict", "quantity", "€62", "65 €", "62 vs 65 euros.")
P.f("child season pass", "conflict", "quantity", "€690", "350 €", "690 vs 350 euros.")
P.f("getting to the slopes", "related", "quantity", "about €1.4 million", "12 €",
    "A: state cost of shuttle buses per season; B: daily parking fee. Different measures.")
P.f("snow cannons", "agree", "quantity", "240 new snow cannons", "240 snow guns", "Same, synonym.")
P.f("summer investment", "agree", "quantity", "€18 million", "18 million €", "Same.")
P.f("skier days last season", "agree", "quantity", "2.1 million skier days", "2,1 million skier days", "Same (decimal comma on B).")
P.f("new chairlifts", "agree", "quantity", "two new chairlifts", "two chairlifts", "Same.")
P.f("season opens", "agree", "date", "December 5", "5 December", "Both 2026-12-05.")
P.f("early-bird deadline", "conflict", "date", "November 30", "15 November", "2026-11-30 vs 2026-11-15.")
P.f("prices announced", "agree", "date", "Monday", "Monday", "Both 2026-11-09.")
P.f("Casamajor on the snow", "agree", "quote",
    "Prices follow the snow, and the snow now costs money to make,", "The snow now has to be made, and making it costs money,",
    "Both Jordi Casamajor; reworded.")
P.f("who said 'only for the rich'", "conflict", "quote",
    "Andorra cannot become a ski resort only for the rich,", "Andorra cannot become a ski resort only for the rich,",
    "Same words: A gives them to consumer association president Meritxell Pujol, B to Tourism Minister Albert Vidal.")
P.f("freeze of the residents' pass", "conflict", "statement",
    "Casamajor ruled out a price freeze for residents",
    "the company is considering freezing the price of the residents' pass", "Ruled out vs is considering.")
P.f("recouping last season's losses", "agree", "statement",
    "Casamajor denied that the price increase was meant to cover losses from that poor start",
    "The company rejected suggestions that it was recouping losses", "Same denial.")
P.f("access to the slopes", "related", "statement",
    "The government plans to run free shuttle buses", "Parking at the base stations in Soldeu and El Tarter will cost",
    "Free buses (government) vs parking fee (company): different measures.")
OUT.append(P.out())

# ---------------- pair 5: Bahamas conch closed season
P = Pair("p5a_bahamas_conch_season_atlanticnewswire.txt", "p5b_bahamas_conch_season_abacochronicle.txt")
P.f("closed season starts", "agree", "date", "July 1", "1st July", "Both 2026-07-01.")
P.f("closed season ends", "conflict", "date", "October 31", "30th September", "2026-10-31 vs 2026-09-30.")
P.f("length of the closure", "conflict", "quantity", "four-month", "three-month", "4 vs 3 months.", b_occ=2)
P.f("maximum fine", "agree", "quantity", "up to $3,000", "up to B$3,000", "Same.")
P.f("minimum lip thickness", "agree", "quantity", "at least 15 millimetres", "15mm or more", "Same, abbreviated.")
P.f("export cap", "agree", "quantity", "240,000 pounds", "about 110 tonnes", "240,000 lb = 108.9 t; converted and rounded.")
P.f("conch fishers", "agree", "quantity", "about 9,000 fishers", "About 9,300 licensed fishers", "Both approximate; compatible.")
P.f("support for fishers", "related", "quantity", "$500", "$4.5 million",
    "A: monthly payment per fisher; B: total fund. Per-unit vs total.")
P.f("announcement", "agree", "date", "Monday", "Monday", "Both 2026-06-01.")
P.f("who said 'conch in pictures'", "conflict", "quote",
    "If we do nothing, our grandchildren will only see conch in pictures,",
    "If we do nothing, our grandchildren will only see conch in pictures,",
    "Same words: A gives them to Minister Vernal Rolle, B to scientist Kendra Moss.")
P.f("Cartwright on the closure", "agree", "quote",
    "You cannot close a man's kitchen for four months and call it conservation,",
    "You can't shut a man's kitchen and call it conservation,", "Both Lionel Cartwright; B shortens.")
P.f("conch exports", "conflict", "statement",
    "Rolle said the government would not ban conch exports outright",
    "The ministry plans to end conch exports by 2028", "Would not ban vs plans to end.")
P.f("conch salad from frozen stock", "agree", "statement",
    "Conch salad stands at Arawak Cay and elsewhere will be allowed to sell conch frozen before July 1",
    "Stand owners can keep selling conch salad made from frozen stock", "Same.")
P.f("enforcement", "related", "statement",
    "Royal Bahamas Defence Force would step up patrols",
    "Restaurants will have to keep receipts for conch bought before July", "Patrols at sea vs receipts on land.")
P.f("publication in the Gazette", "agree", "statement",
    "The measures will be published in the Official Gazette this month",
    "The rules will be published in the Gazette this month", "Same.")
OUT.append(P.out())

# ---------------- pair 6: Belize shrimp-farm licence
P = Pair("p6a_belize_shrimp_farm_licence_centralamericapress.txt", "p6b_belize_shrimp_farm_licence_stanncreeksun.txt")
P.f("farm area", "agree", "quantity", "500-acre", "about 200 hectares", "500 acres = 202 ha; converted.", a_occ=2)
P.f("investment", "agree", "quantity", "US$14 million", "BZ$28 million", "BZ$ pegged at 2 to US$.")
P.f("jobs", "conflict", "quantity", "350 jobs", "between 250 and 300 people", "350 against a range of 250-300: outside the range.")
P.f("licence term", "agree", "quantity", "15-year", "15 years", "Same.")
P.f("payments to the state", "related", "quantity", "BZ$75,000", "BZ$500,000",
    "A: yearly licence fee; B: one-off environmental bond. Different measures.")
P.f("yearly output", "agree", "quantity", "about 3,000 tonnes", "6.6 million pounds", "3,000 t = 6.61 million lb.")
P.f("ponds", "agree", "quantity", "64 ponds", "64 ponds", "Same.")
P.f("licence signed", "agree", "date", "July 9", "9th July", "Both 2026-07-09.")
P.f("production start", "conflict", "date", "mid-2027", "2028", "2027 vs 2028 (both Aldana).")
P.f("Habet on the conditions", "agree", "quote",
    "This licence comes with the strictest conditions we have ever set,",
    "These are the toughest conditions ever attached to a farm licence in Belize,", "Both Orlando Habet; reworded.")
P.f("who said 'another pipe full of shrimp waste'", "conflict", "quote",
    "The reef does not need another pipe full of shrimp waste,", "The reef does not need another pipe full of shrimp waste,",
    "Same words: A gives them to council chairwoman Marcella Nunez, B to Colin Gentle of Sittee Reef Watch.")
P.f("environmental impact assessment", "conflict", "statement",
    "The company has already completed its environmental impact assessment",
    "the company has not yet submitted its final environmental impact assessment", "Has already vs has not yet.")
P.f("no discharge into the river", "agree", "statement",
    "The farm may not discharge water into the Sittee River", "No water from the ponds may go into the river", "Same condition.")
P.f("infrastructure", "related", "statement",
    "The company will also build a hatchery", "villagers asked the government to pave the road to the farm",
    "Hatchery vs road: different items.")
OUT.append(P.out())

# ---------------- pair 7: Djibouti dredging contract
P = Pair("p7a_djibouti_port_dredging_hornafricawire.txt", "p7b_djibouti_port_dredging_courrierdjibouti.txt")
P.f("contract value", "agree", "quantity", "$78 million", "13,9 billion FDJ", "FDJ pegged at 177.7 to US$: 78m = 13.86bn.", a_occ=2, b_occ=2)
P.f("target depth", "agree", "quantity", "18 metres", "18 m", "Same.")
P.f("present depth", "conflict", "quantity", "15.5 metres", "16 m", "15.5 vs 16 m.")
P.f("volume dredged", "agree", "quantity", "about 6.5 million cubic metres", "6,5 million m³", "Same (decimal comma, symbol).")
P.f("duration", "agree", "quantity", "14 months", "14 months", "Same.")
P.f("size of ships", "related", "quantity", "up to 24,000 containers", "up to 400 m",
    "Capacity vs length of the largest ships: different measures.")
P.f("Ethiopia's trade via Djibouti", "agree", "quantity", "about 90%", "About 90 %", "Same.")
P.f("signing", "agree", "date", "Monday", "Monday 17 August", "Both 2026-08-17.")
P.f("work starts", "conflict", "date", "October", "September", "2026-10 vs 2026-09.")
P.f("chairman on big ships", "agree", "quote",
    "Djibouti must be able to welcome the largest ships in the world,",
    "The biggest ships on earth must be able to call at Djibouti,", "Both Abdourahman Youssouf Ali; reworded.")
P.f("who said 'not one tonne near the coral'", "conflict", "quote",
    "Not one tonne of sediment will be dumped near the coral,", "Not one tonne of sediment will be dumped near the coral,",
    "Same words: A gives them to project manager Pieter Hoogland, B to Environment Minister Fatouma Said Ahmed.")
P.f("Chinese loan", "conflict", "statement",
    "The authority denied that the contract had been financed by a loan from a Chinese bank",
    "The authority confirmed that part of the contract would be paid with a loan from a Chinese bank",
    "Denied vs confirmed.")
P.f("why deepen", "agree", "statement",
    "the government is trying to keep that business as Ethiopia looks for other outlets to the sea",
    "The deeper channel is meant above all to hold on to Ethiopian traffic", "Same aim.")
P.f("side effects of the works", "related", "statement",
    "the spoil would be used to reclaim land for a new logistics zone west of Doraleh",
    "Fishermen in Tadjourah have asked the government for compensation",
    "Use of spoil vs fishermen's claim: different facts.")
OUT.append(P.out())

# ---------------- pair 8: Eritrea goat export permit
P = Pair("p8a_eritrea_goat_export_permit_redseanewsservice.txt", "p8b_eritrea_goat_export_permit_massawaherald.txt")
P.f("goats to export", "agree", "quantity", "40,000 live goats", "40 000 goats", "Same (space as thousands separator on B).")
P.f("value of the deal", "agree", "quantity", "about $6 million", "90 million Nakfa", "Nakfa pegged at 15 to US$: 90m = 6m.")
P.f("number of shipments", "conflict", "quantity", "four shipments", "five shipments", "4 vs 5.")
P.f("price per goat", "related", "quantity", "$150", "Nfa 2,000",
    "A: export price paid by the Jeddah buyer; B: price paid to herders. Different measures (USD 150 vs about USD 133).")
P.f("permit validity", "agree", "quantity", "six months", "six months", "Same.")
P.f("quarantine", "agree", "quantity", "21 days", "21-day", "Same.")
P.f("first shipment", "agree", "date", "October 5", "5 October", "Both 2026-10-05.", b_occ=2)
P.f("permit signed", "conflict", "date", "Monday", "Friday", "2026-09-21 vs 2026-09-18.")
P.f("Saudi ban imposed", "agree", "date", "2023", "2023", "Same.")
P.f("Saudi ban lifted", "agree", "date", "July", "July", "Both 2026-07.")
P.f("Tesfai on herders", "agree", "quote",
    "Our herders deserve access to the best markets,", "Herders in Gash-Barka deserve the best market prices,",
    "Both Tesfai Ghebremedhin; reworded.")
P.f("who said 'healthy and vaccinated'", "conflict", "quote",
    "Every goat that leaves Massawa must be healthy and vaccinated,",
    "Every goat that leaves Massawa must be healthy and vaccinated,",
    "Same words: A gives them to veterinary director Mehret Haile, B to company manager Idris Osman Nur.")
P.f("female goats", "conflict", "statement",
    "The ministry ruled out the export of female goats", "Female goats may be shipped under the permit",
    "Ruled out vs allowed.")
P.f("reason for the ban", "agree", "statement",
    "after cases of Rift Valley fever were reported in the region", "because of fears of Rift Valley fever", "Same reason.")
P.f("company plans", "related", "statement",
    "Red Sea Livestock plans to build a feedlot near Massawa", "The company employs 60 people at the quarantine station",
    "Feedlot plan vs quarantine staff: different facts.")
OUT.append(P.out())

with open(os.path.join(HERE, "gold", "pairs.gold.json"), "w", encoding="utf-8") as f:
    json.dump(OUT, f, ensure_ascii=False, indent=1)
    f.write("\n")
