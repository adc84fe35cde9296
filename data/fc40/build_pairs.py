"""Pair facts of fc40 -> gold/pairs.gold.json (offsets by search with goldlib.Pair)."""
import json, os
from build_common import Pair, HERE

OUT = []
A, C, R = "agree", "conflict", "related"
QN, DT, QT, ST = "quantity", "date", "quote", "statement"

# ---------------- pair 1: Lake Assal salt export contract (Djibouti)
P = Pair("p1a_djibouti_salt_export_hornwire.txt", "p1b_djibouti_salt_export_djiboutiobserver.txt")
P.f("contract volume", A, QN, "1.2 million tonnes", "1.2 million tonnes", "Same total over five years.")
P.f("contract value in dollars", A, QN, "about $96 million", "US$96 million", "Same.")
P.f("contract value in francs", A, QN, "roughly 17 billion Djibouti francs", "DJF 17.1 billion", "A rounds 17.1 billion.")
P.f("price per tonne", A, QN, "$80", "80 dollars per tonne", "Same per-tonne price delivered at Doraleh.")
P.f("annual shipments", A, QN, "240,000 tonnes", "240,000 tonnes", "Same yearly volume.")
P.f("state stake", A, QN, "51%", "51 per cent", "Same.")
P.f("new hires", C, QN, "350 workers", "300 new workers", "350 vs 300 workers to be hired for the expansion.")
P.f("royalties", R, QN, "1.4 billion francs", "about DJF 7 billion", "A: per year; B: over the life of the contract (5 x 1.4 = 7). Per-year vs total.")
P.f("earlier exports", R, QN, "48,000 tonnes", "31,000 tonnes", "A: exports in 2025; B: exports in 2024. Different years.")
P.f("signing day", A, DT, "Wednesday", "yesterday", "Both 2026-01-14 (B published 2026-01-15).")
P.f("first vessel loads", C, DT, "March 9", "16 March", "2026-03-09 vs 2026-03-16.")
P.f("Farah: postcard to industry", A, QT, "This is the day Lake Assal stops being a postcard and becomes an industry,",
    "Today Lake Assal stops being a picture on a postcard. It becomes an industry,", "Same speaker, reworded.")
P.f("who said 'buying distance'", C, QT, "We are buying distance as much as we are buying salt,",
    "We are buying distance as much as we are buying salt,", "Same words: A gives them to procurement director Sanjay Menon, B to chairman Rakesh Iyer.")
P.f("deliveries to Ethiopian buyers", C, ST, "Farah ruled out cutting deliveries to Ethiopian buyers to meet the Indian order",
    "Ethiopian buyers will receive smaller volumes this year, the company confirmed", "Opposite polarity: no cut vs confirmed smaller volumes.")
P.f("award without a tender", A, ST, "He denied that the deal had been awarded without a tender",
    "The minister rejected claims that the contract had been handed out without competition", "Same denial by the finance minister.")
P.f("further investment", R, ST, "It plans to invest $22 million in a washing plant and a covered conveyor at the lake",
    "ASE is also considering a second loading jetty at Doraleh", "Different investments (washing plant at the lake vs jetty at the port); compatible.")
OUT.append(P.out())

# ---------------- pair 2: wheat import tender (Eritrea)
P = Pair("p2a_eritrea_wheat_tender_agritradebulletin.txt", "p2b_eritrea_wheat_tender_asmaraherald.txt")
P.f("volume bought", A, QN, "60,000 tonnes", "60,000 tonnes", "Same.")
P.f("price per tonne", C, QN, "$268 a tonne", "USD 274 per tonne", "$268 vs $274 a tonne, both delivered to Massawa.")
P.f("total value", A, QN, "about $16 million", "USD 16.4 million", "'about $16 million' is compatible with 16.4 million (though A's price gives 16.08).")
P.f("number of offers", A, QN, "seven offers", "seven companies", "Seven offers / seven companies took part.")
P.f("protein content", A, QN, "at least 12.5%", "12.5 percent", "Same.")
P.f("number of shipments", A, QN, "two cargoes", "two consignments", "Same.")
P.f("earlier purchase", R, QN, "50,000 tonnes", "45,000 tonnes", "A: wheat tender in October 2025; B: sorghum bought from farmers in December. Different purchases.")
P.f("tender closed", A, DT, "Monday", "Monday", "Both 2026-02-16.")
P.f("purchase announced", A, DT, "Tuesday", "yesterday", "Both 2026-02-17 (B published 2026-02-18).")
P.f("first ship arrives", C, DT, "March 28", "4 April", "2026-03-28 vs 2026-04-04.")
P.f("who said 'bread on the table'", C, QT, "Bread on the table comes before anything else,", "Bread on the table comes before anything else,",
    "Same words: A gives them to NGRA director Tesfaldet Ghebremedhin, B to trade minister Senait Woldu.")
P.f("further purchase before the harvest", C, ST, "The authority would not seek a second cargo before the June harvest",
    "the Authority is expected to launch another tender in March", "Opposite: no new purchase before June vs another tender in March.")
P.f("bread price rise", A, ST, "He denied reports that the subsidised price of a loaf would rise this spring",
    "She ruled out any increase in the subsidised price of bread", "Both deny a rise (A: director general; B: minister); same fact.")
P.f("future sourcing", R, ST, "The authority is considering buying from Black Sea origins directly in its next tender",
    "The Authority has also pledged to buy more grain from Eritrean farmers", "Different sourcing plans (direct imports vs local farmers); compatible.")
P.f("value in nakfa", A, QN, "roughly 240 million nakfa", "246 million Nakfa", "'roughly 240' is compatible with 246 (each follows its own dollar price).")
OUT.append(P.out())

# ---------------- pair 3: hail on apple orchards (Bhutan)
P = Pair("p3a_bhutan_hail_orchards_drukbroadcastnews.txt", "p3b_bhutan_hail_orchards_southasiapressagency.txt")
P.f("compensation total", A, QN, "Nu 38 million", "38 million ngultrum", "Same (A headline).")
P.f("households hit", A, QN, "1,150 households", "more than 1,100 households", "1,150 is more than 1,100.")
P.f("orchard area", A, QN, "640 acres", "about 260 hectares", "640 acres = 259 hectares: same area in two units.")
P.f("hailstone size", A, QN, "up to 4 centimetres", "up to 4cm", "Same.")
P.f("payment per acre", C, QN, "Nu 60,000", "45,000 ngultrum", "Nu 60,000 vs 45,000 per acre.")
P.f("share of crop lost", R, QN, "up to 70 percent", "about 30 percent", "A: blossom lost in worst-hit villages; B: share of Paro district's harvest. Different bases.")
P.f("money figures for growers", R, QN, "about Nu 25", "around 150,000 ngultrum", "A: price per kg of apples; B: cost of hail nets per acre. Different things in the same currency.")
P.f("storm date", C, DT, "Tuesday evening", "April 22", "2026-04-21 vs 2026-04-22.")
P.f("assessment done", A, DT, "May 10", "May 10", "Same.")
P.f("payments by", A, DT, "May 31", "31 May", "Same.")
P.f("Tandin: no farmer alone", A, QT, "No farmer will carry this loss alone,", "No farmer should have to carry this loss alone,", "Same speaker, reworded.")
P.f("who said 'stones from a slingshot'", C, QT, "The hail came down like stones from a slingshot,", "The hail came down like stones from a slingshot,",
    "Same words: A gives them to agriculture officer Karma Wangdi, B to farmer Pema Lhamo.")
P.f("unregistered orchards", C, ST, "the ministry will not extend compensation to orchards that are not registered with the dzongkhag",
    "Growers whose orchards are not on the official register would also be paid", "Opposite polarity.")
P.f("loan write-off", A, ST, "The minister rejected calls from growers to write off their farm loans", "He ruled out writing off farm loans", "Same refusal.")
P.f("further help", R, ST, "The ministry plans to install hail nets on 20 demonstration orchards",
    "Bhutan Development Bank said it was considering a six-month pause on loan repayments", "Different measures by different bodies; compatible.")
OUT.append(P.out())

# ---------------- pair 4: starch factory fined (Laos)
P = Pair("p4a_laos_starch_factory_fine_vientianemorningpost.txt", "p4b_laos_starch_factory_fine_mekongregionalwire.txt")
P.f("fine", A, QN, "850 million kip", "850 million kip", "Same.")
P.f("closure length", C, QN, "45 days", "60 days", "45 vs 60 days (B body).", b_occ=2)
P.f("wells contaminated", A, QN, "37 wells", "37 wells", "Same.")
P.f("villages", A, QN, "six villages", "six villages", "Same.")
P.f("people affected", A, QN, "about 2,400 villagers", "More than 2,000 people", "About 2,400 is more than 2,000.")
P.f("plant capacity", A, QN, "around 300 tonnes", "about 300 tonnes", "Same.")
P.f("workers", A, QN, "about 180 workers", "about 180 people", "Same.")
P.f("time to pay", A, QN, "30 days", "30 days", "Same.")
P.f("money for villagers", R, QN, "1.2 billion kip", "200,000 kip", "A: total compensation the company agreed; B: monthly district allowance per household. Different things in the same currency.")
P.f("factories to watch", R, QN, "14 starch factories", "more than 60 starch and chip plants", "A: factories in Savannakhet province; B: plants nationwide.")
P.f("inspection date", C, DT, "April 28", "April 30", "2026-04-28 vs 2026-04-30.")
P.f("plant halted", A, DT, "Tuesday", "May 12", "Both 2026-05-12.")
P.f("who said 'told the water was safe'", C, QT, "We were told the water was safe. It was not,", "We were told the water was safe. It was not,",
    "Same words: A gives them to village chief Bounmy Phommachanh, B to farmer Vongdeuan Inthavong.")
P.f("compensation", C, ST, "the company had agreed to pay compensation of", "Lao-Sino has refused to pay compensation to villagers until a government inquiry",
    "Opposite polarity: agreed to pay vs refused until an inquiry ends.")
P.f("deliberate discharge", A, ST, "The company denied that it had released wastewater deliberately",
    "Liu rejected claims that the plant had pumped waste into the stream on purpose", "Same denial.")
P.f("wider rules", R, ST, "the province plans to inspect all 14 starch factories in Savannakhet",
    "Ministry of Natural Resources and Environment is considering a national wastewater standard", "Different measures (provincial inspections vs national standard).")
OUT.append(P.out())

# ---------------- pair 5: football league sponsorship (Timor-Leste)
P = Pair("p5a_timorleste_football_sponsorship_sportsmoneyasia.txt", "p5b_timorleste_football_sponsorship_dilitribune.txt")
P.f("deal value", A, QN, "$3.5 million", "US$3.5 million", "Same.")
P.f("deal length", A, QN, "five-year", "five years", "Same.")
P.f("yearly payment", A, QN, "$700,000", "$700,000", "Same.")
P.f("clubs in the top division", C, QN, "10-club", "eight clubs", "10 vs 8 clubs.")
P.f("minimum monthly wage", A, QN, "$250", "at least $250", "Same.")
P.f("champions' prize", A, QN, "$60,000", "$60,000", "Same.")
P.f("money for women's football", R, QN, "15%", "$105,000", "Share vs amount of the same thing (15% of $700,000 = $105,000): different measures.")
P.f("audience and customers", R, QN, "more than 600,000 subscribers", "30 percent", "A: subscriber count; B: share of subscribers under 25. Different measures.")
P.f("signing day", A, DT, "Friday", "Friday", "Both 2026-07-10.")
P.f("deal runs to", A, DT, "2030", "2030", "Same.")
P.f("season kick-off", C, DT, "August 15", "22 August", "2026-08-15 vs 2026-08-22.")
P.f("who said 'run on love'", C, QT, "Football in Timor has always run on love. Now it will also run on money,",
    "Football in Timor has always run on love. Now it will also run on money,", "Same words: A gives them to FFT president Ximenes, B to Lafaek CEO Joana Belo.")
P.f("Belo: every match on every phone", A, QT, "We want every match on every phone in the country,", "We want every game on every phone in Timor-Leste.", "Same speaker, reworded.")
P.f("broadcast rights", C, ST, "the federation will not sell broadcast rights separately", "The federation plans to sell television rights to a separate bidder",
    "Opposite polarity.")
P.f("clubs consulted", A, ST, "The federation denied that clubs had been left out", "Mr Ximenes rejected complaints that clubs had not been consulted", "Same denial.")
P.f("stadium works", R, ST, "the FFT had asked the government to fund floodlights at Dili's Municipal Stadium",
    "The Ministry of Youth and Sport pledged on Friday to repair the pitch and changing rooms at the Municipal Stadium", "Different works at the same stadium (a request for floodlights vs a pledge to repair the pitch).")
OUT.append(P.out())

# ---------------- pair 6: storm surge breaches the Apia seawall (Samoa)
P = Pair("p6a_samoa_seawall_storm_surge_apiadailypress.txt", "p6b_samoa_seawall_storm_surge_pacificislandsradio.txt")
P.f("breach length", A, QN, "400-metre", "about 400 metres", "Same.")
P.f("families evacuated", C, QN, "230 families", "about 320 families", "230 vs about 320.")
P.f("wave height", A, QN, "up to 5 metres", "as high as 5m", "Same.")
P.f("repair cost", A, QN, "WST 12 million", "12 million tala", "Same.")
P.f("emergency money", R, QN, "WST 2 million", "NZ$1.5 million", "A: government emergency fund release; B: New Zealand aid. Different sources (and currencies); neither is the repair cost.")
P.f("market stalls", A, QN, "About 150 stalls", "150 stalls", "A: damaged stalls; B: stalls in the market. Compatible.")
P.f("surge date", C, DT, "Monday", "Sunday night", "Early Monday 2026-08-10 vs Sunday night 2026-08-09.")
P.f("wall completed", A, DT, "2019", "2019", "Same.")
P.f("market reopens", A, DT, "Friday", "Friday", "Both 2026-08-14.")
P.f("who said 'the sea has come to collect'", C, QT, "The sea has come to collect what we took from it,", "The sea has come to collect what we took from it,",
    "Same words: A gives them to minister Lemalu Tuala Sefo, B to high chief Tauiliili Peni.")
P.f("PM: people and money", A, QT, "We have the people and the money to deal with this ourselves,", "We have the people and we have the money to handle this,", "Same speaker, reworded.")
P.f("state of emergency", C, ST, "the government will not declare a state of emergency", "Cabinet is expected to declare a state of emergency",
    "Opposite: will not declare vs expected to declare.")
P.f("substandard rock", A, ST, "The ministry rejected claims that the contractor had used substandard rock", "denied that corners had been cut", "Same denial (ministry / minister).")
P.f("longer-term plans", R, ST, "The government plans to move the fish market further inland", "the government is considering raising the rebuilt wall",
    "Different measures (move the market vs raise the wall); compatible.")
P.f("breach length vs added height", R, QN, "400-metre", "one metre", "A: length of the breached section; B: proposed increase in the wall's height. Same unit, different measures.")
OUT.append(P.out())

# ---------------- pair 7: remittance fee cap (Tonga)
P = Pair("p7a_tonga_remittance_fee_cap_oceaniafinancewire.txt", "p7b_tonga_remittance_fee_cap_tongaweeklychronicle.txt")
P.f("fee cap", A, QN, "5%", "5 per cent", "Same (body mentions).", a_occ=2, b_occ=2)
P.f("transfer size covered", C, QN, "up to 1,500 pa'anga", "$1,000", "Up to 1,500 vs under 1,000 pa'anga.")
P.f("current average fee", A, QN, "9.4%", "nearly 10 per cent", "9.4% is nearly 10%.")
P.f("licensed operators", A, QN, "seven licensed operators", "seven licensed operators", "Same.")
P.f("savings for families", A, QN, "about 25 million pa'anga", "$25 million", "Same (B's $ is pa'anga).")
P.f("remittances last year", A, QN, "620 million pa'anga", "about US$260 million", "620m pa'anga at about 2.37 = US$262m: the same sum in two currencies.")
P.f("dependence on remittances", R, QN, "about 38%", "About 40 per cent", "A: share of GDP; B: share of households. Different bases.")
P.f("households receiving money from abroad", C, QN, "More than half", "About 40 per cent",
    "A: more than half of households (last census); B: about 40 per cent of households (TMA). One measure, "
    "incompatible values. Added in session 27 by the lead's ruling: a real conflict the annotator did not list.")
P.f("cap takes effect", A, DT, "January 1, 2027", "1 January 2027", "Same.")
P.f("announcement", A, DT, "Tuesday", "13 October", "Both 2026-10-13.")
P.f("fee schedules due", C, DT, "November 30", "15 December", "2026-11-30 vs 2026-12-15.")
P.f("year of the remittance figure", A, DT, "2025", "last year", "Both 2025 (B published 2026-10-16).")
P.f("Taufa: no more than to Sydney", A, QT, "No one should be paying more to send money to Tonga than to send it to Sydney,",
    "Nobody should pay more to send money to Tonga than to Sydney,", "Same speaker, reworded.")
P.f("Moana Money's response", C, ST, "said it would comply with the cap", "said it would challenge the cap in court", "Opposite: comply vs challenge in court.")
P.f("mobile wallets", A, ST, "The authority ruled out exempting mobile-wallet providers", "Mobile wallets will not be exempt", "Same refusal.")
P.f("other TMA steps", R, ST, "the authority was considering a low-cost remittance service run through Tonga Post",
    "The TMA has asked regulators in Australia and New Zealand to help keep bank accounts open", "Different measures; compatible.")
OUT.append(P.out())

# ---------------- pair 8: bottled-water extraction levy (Fiji)
P = Pair("p8a_fiji_water_levy_suvaeveningstar.txt", "p8b_fiji_water_levy_transpacificbusinesswire.txt")
P.f("new levy per litre", A, QN, "25 cents", "F$0.25", "Same (A body).", a_occ=2)
P.f("old levy per litre", C, QN, "15 cents", "12 cents", "15 vs 12 cents a litre.")
P.f("revenue a year", A, QN, "about FJ$45 million", "F$45 million", "Same.")
P.f("Viti Springs volume", A, QN, "about 180 million litres", "180 million litres", "Same.")
P.f("Viti Springs workforce", A, QN, "420 people", "more than 400 workers", "420 is more than 400.")
P.f("licensed exporters", A, QN, "five licensed exporters", "five licensed exporters", "Same.")
P.f("export markets", A, QN, "more than 30 countries", "more than 30 countries", "Same.")
P.f("Viti Springs payments", R, QN, "FJ$27 million", "F$1.2 million", "A: levies paid in 2025; B: fine for late payment in 2024. Fee vs fine.")
P.f("new rate applies from", C, DT, "January 1", "March 1, 2027", "2027-01-01 vs 2027-03-01.")
P.f("levy introduced", A, DT, "2016", "2016", "Same.")
P.f("announcement", A, DT, "today", "Thursday", "Both 2026-11-19.")
P.f("who said 'not a free gift'", C, QT, "Fiji's water is not a free gift to the world,", "Fiji's water is not a free gift to the world,",
    "Same words: A gives them to finance minister Naivalu, B to campaigner Salote Vuniwai.")
P.f("Whitcombe: a Fijian company", A, QT, "We are a Fijian company and we will stay a Fijian company,",
    "We are a Fijian company and we intend to stay one, but this makes it very hard,", "Same speaker, reworded.")
P.f("jobs at Viti Springs", C, ST, "would not cut jobs at its plant", "The company said it was likely to cut up to 60 jobs", "Opposite polarity.")
P.f("phase-in or delay", A, ST, "The minister rejected a phase-in.", "He ruled out delaying the increase", "Same refusal.")
P.f("use of the money", R, ST, "Ratu Josefa said that question would be considered separately in 2027",
    "pledged that part of the money would go to water supply projects in rural villages", "A: landowners' share to be considered later; B: pledge for rural water projects. Related, compatible.")
OUT.append(P.out())

with open(os.path.join(HERE, "gold", "pairs.gold.json"), "w", encoding="utf-8") as f:
    json.dump(OUT, f, ensure_ascii=False, indent=1)
    f.write("\n")
print(sum(len(p["facts"]) for p in OUT), "facts")
