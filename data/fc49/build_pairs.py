import json, os
from build_common import Pair, HERE

OUT = []

# ---------------- pair 1: Kano cold-storage hubs
P = Pair("p1a_nigeria_cold_storage_sahelwire.txt", "p1b_nigeria_cold_storage_kanodailymirror.txt")
P.f("loan amount", "agree", "quantity", "18.5 billion naira", "N18.5 billion", "Same loan, naira written out vs N prefix.")
P.f("number of hubs", "agree", "quantity", "12 solar-powered cold-storage hubs", "12 cold-storage hubs", "Same.")
P.f("hub capacity", "related", "quantity", "40 tonnes", "480 tonnes", "A: capacity of each hub; B: total of all 12 hubs (12 x 40 = 480). Per-unit vs total, not a conflict.")
P.f("post-harvest loss", "conflict", "quantity", "about 45%", "40 per cent", "Share of tomatoes lost after harvest: about 45% vs 40%, both as the state's/ministry's figure.")
P.f("storage fee", "agree", "quantity", "₦500 per crate per day", "N500 per crate per day", "Same fee.")
P.f("hubs opening first", "agree", "quantity", "four hubs", "four hubs", "Same first batch of four.")
P.f("farmers served", "agree", "quantity", "about 9,000 farmers", "about 9,000 farmers", "Same.")
P.f("loan term", "agree", "quantity", "seven years", "seven years", "Same.")
P.f("rival bidders", "agree", "quantity", "five other bidders", "five rival bidders", "Same.")
P.f("first hubs open", "agree", "date", "May", "May", "Both 2026-05.", a_after="Bunkure in")
P.f("all hubs running by", "conflict", "date", "June 30", "the end of September", "Completion: 2026-06-30 vs end of September 2026.")
P.f("day of the signing", "agree", "date", "Tuesday", "yesterday", "Both 2026-02-10 (B published 2026-02-11).")
P.f("who said 'a tomato that rots in the field'", "conflict", "quote",
    "A tomato that rots in the field is money that rots in the field,", "A tomato that rots in the field is money that rots in the field,",
    "Same words: A gives them to commissioner Hauwa Lawan Bichi, B to Dorayi Cooltech's Ibrahim Sani Dorayi.")
P.f("storage fee rise", "conflict", "statement", "the state will not raise the fee this year", "the fee is expected to rise in July",
    "Opposite polarity: fee will not rise this year vs expected to rise in July 2026.")
P.f("tender", "agree", "statement", "Dorayi Cooltech denied reports that it had won the contract without a public tender",
    "The company also rejected claims that it was handed the job without competition", "Same denial by the company.")
P.f("growers' association's demand", "related", "statement", "asked the state to add hubs in the southern districts",
    "plans to buy 30 refrigerated trucks with its own funds", "Same association, different requests/plans (more hubs vs own trucks): compatible.")
OUT.append(P.out())

# ---------------- pair 2: Egypt formula recall
P = Pair("p2a_egypt_formula_recall_nilebusinesswire.txt", "p2b_egypt_formula_recall_alexandriagazette.txt")
P.f("tins recalled", "agree", "quantity", "about 1.2 million tins", "1.25 million tins", "A's 'about 1.2 million' rounds B's 1.25 million.")
P.f("contaminated batches", "conflict", "quantity", "three production batches", "four batches", "3 vs 4 batches found contaminated.")
P.f("infants in hospital", "conflict", "quantity", "Eleven infants", "Nine babies", "11 vs 9, same hospitals, same week.")
P.f("plant closure", "conflict", "quantity", "at least 30 days", "two weeks", "Closure of at least 30 days vs two weeks.")
P.f("fine", "agree", "quantity", "2 million Egyptian pounds", "LE2 million", "Same fine.")
P.f("refund per tin vs total", "related", "quantity", "up to EGP 342 million", "LE285", "A: maximum total refund bill; B: refund per tin (285 x 1.2m = 342m). Total vs per unit.")
P.f("market share", "agree", "quantity", "around 14%", "about 14%", "Same.")
P.f("share fall", "agree", "quantity", "8.4%", "more than 8%", "8.4 is more than 8.")
P.f("production window start", "agree", "date", "January 5", "5 January", "Both 2026-01-05.")
P.f("production window end", "agree", "date", "February 20", "20 February", "Both 2026-02-20.")
P.f("return deadline", "agree", "date", "April 15", "15 April", "Both 2026-04-15.")
P.f("who said 'no room for hesitation'", "conflict", "quote",
    "There is no room for hesitation when the health of children is at stake,", "There is no room for hesitation when the health of children is at stake,",
    "Same words: A gives them to authority chairman Mansour, B to health minister Samira Hegazy.")
P.f("'every tin must come off the shelves'", "agree", "quote",
    "Every tin from those batches must come off the shelves.", "Every tin from those batches must come off the shelves,", "Mansour on both sides.")
P.f("limit on sales per customer", "conflict", "statement", "asked pharmacies not to limit sales to one tin per customer",
    "pharmacies may sell no more than two tins to each customer", "A: ministry asks for no limit; B: a limit of two tins. Opposite polarity.")
P.f("knowledge of contamination", "agree", "statement", "The company denied that it had known about the contamination before the authority's tests",
    "The company rejected suggestions that it had hidden early test results", "Same denial.")
P.f("refunds", "related", "statement", "said it would refund parents in full", "would be paid in cash at pharmacies",
    "A: refund in full; B: how refunds are paid. Same topic, compatible details.")
OUT.append(P.out())

# ---------------- pair 3: flood-tolerant rice
P = Pair("p3a_indonesia_rice_variety_javaharvesttimes.txt", "p3b_indonesia_rice_variety_archipelagonewswire.txt")
P.f("survival under water", "agree", "quantity", "up to 21 days", "three weeks", "21 days = three weeks.", b_occ=2)
P.f("trial yield", "agree", "quantity", "6.2 tonnes per hectare", "6.2 tonnes a hectare", "Same.")
P.f("yield of common variety", "agree", "quantity", "1.8 tonnes", "less than 2 tonnes", "1.8 is less than 2.")
P.f("trial flooding", "agree", "quantity", "two weeks", "14 days", "Same duration.")
P.f("seed handed out", "agree", "quantity", "1,500 tonnes", "1,500 tonnes", "Same.")
P.f("area sown", "agree", "quantity", "about 60,000 hectares", "around 60,000 hectares", "Same.")
P.f("area lost to floods", "agree", "quantity", "312,000 hectares", "about 310,000 hectares", "B rounds A's 312,000.")
P.f("flood losses", "agree", "quantity", "Rp 9.4 trillion", "Rp 9.4 trillion", "Same.")
P.f("rice production vs imports", "related", "quantity", "about 53 million tonnes", "up to 1 million tonnes", "A: national output last year; B: planned imports this year. Different measures of rice supply.")
P.f("seed distribution", "conflict", "date", "June", "July", "Free seed before June planting vs in July (2026-06 vs 2026-07).")
P.f("decree signed", "agree", "date", "Monday", "Monday", "Both 2026-04-13.")
P.f("who said 'first time a farmer can lose his field'", "conflict", "quote",
    "This is the first time a farmer can lose his field to a flood and still bring in a harvest,",
    "This is the first time a farmer can lose his field to a flood and still bring in a harvest,",
    "Same words: A gives them to breeder Anita Prameswari, B to minister Wibisono.")
P.f("'a pilot, not a programme'", "agree", "quote", "Sixty thousand hectares is a pilot, not a programme,",
    "Sixty thousand hectares is a pilot, not a programme,", "Henry Situmorang on both sides.")
P.f("rice imports this year", "conflict", "statement", "the government will not import rice this year",
    "Indonesia is expected to import up to 1 million tonnes of rice this year", "Opposite polarity: no imports vs imports expected whatever the harvest.")
P.f("testing rushed", "agree", "statement", "The minister rejected criticism from some legislators that the variety had been rushed through testing",
    "He denied that testing had been rushed.", "Same denial by the minister.")
P.f("expanding seed supply", "related", "statement", "had asked parliament for an extra Rp 120 billion to expand its seed farms",
    "The union said it would ask the ministry to double the seed allocation next year.", "Different actors, different requests, same aim of more seed.")
OUT.append(P.out())

# ---------------- pair 4: Turkish tile kilns
P = Pair("p4a_turkey_tile_plant_anatoliamarketswire.txt", "p4b_turkey_tile_plant_kutahyapostasi.txt")
P.f("gas price rise", "agree", "quantity", "38%", "38 per cent", "Same.", a_occ=2)
P.f("kilns at the plant", "agree", "quantity", "five kilns", "five kilns", "Same.")
P.f("workers sent on leave", "agree", "quantity", "650", "650 workers", "Same.")
P.f("output cut", "conflict", "quantity", "40%", "25 per cent", "Output falls by 40% vs about 25%.")
P.f("plant workforce", "agree", "quantity", "2,400 workers", "2,400 people", "Same.")
P.f("pay on leave (union)", "agree", "quantity", "70%", "70 per cent", "Union figure on both sides.")
P.f("sector employment", "agree", "quantity", "about 30,000 people", "about 30,000 people", "Same.")
P.f("export value", "related", "quantity", "$1.1 billion", "$310 million", "A: exports of the whole tile sector; B: Kalebaş's own exports. Different things.")
P.f("price rise took effect", "agree", "date", "May 1", "1 May", "Both 2026-05-01.")
P.f("plant opened", "agree", "date", "1978", "1978", "Same.")
P.f("restart decision", "agree", "date", "July 31", "the end of July", "Kilns off until at least July 31 / decision by end of July: 2026-07 compatible.")
P.f("who said 'every square metre we fire loses money'", "conflict", "quote",
    "At these prices every square metre we fire loses money,", "At these prices every square metre we fire loses money,",
    "Same words: A gives them to CEO Selin Aydoğdu, B to federation chairman Necati Önal.")
P.f("'will not sell below cost'", "agree", "quote", "We will not sell below cost to keep market share.",
    "We will not sell below cost to keep market share,", "Aydoğdu on both sides.")
P.f("moving production abroad", "conflict", "statement", "the company was considering moving part of its production to a plant in Egypt",
    "She said it had no plans to move production abroad.", "Considering a move to Egypt vs no plans to move abroad.")
P.f("closing the Kütahya plant", "agree", "statement", "ruled out closing the Kütahya site",
    "Aydoğdu denied rumours that the company planned to close the Kütahya plant", "Same refusal.")
P.f("requests for help", "related", "statement", "had asked the company for a written guarantee that no jobs would be lost",
    "She said she had asked Ankara for a 500 million lira support package", "Union asks company for job guarantee vs governor asks Ankara for aid: different requests.")
OUT.append(P.out())

# ---------------- pair 5: Wrocław parking zone
P = Pair("p5a_poland_parking_fees_wroclawobserver.txt", "p5b_poland_parking_fees_centraleuropewire.txt")
P.f("drivers who paid", "agree", "quantity", "about 14 200 drivers", "Some 14,000 drivers", "Approximate figures, compatible.")
P.f("refund bill", "agree", "quantity", "roughly 11,6 mln zł", "12 million zlotys", "11.6m (city hall) vs 12m (residents' group): B rounds; compatible.")
P.f("consultation period given", "agree", "quantity", "7 days", "a week", "Same.")
P.f("fines collected", "agree", "quantity", "2,3 mln zł", "2.3 million zlotys", "Same, Polish decimal comma vs point.")
P.f("parking fine", "agree", "quantity", "250 zł", "250 zlotys", "Same.")
P.f("first-hour fee", "agree", "quantity", "6 zł", "6 zlotys", "Same.")
P.f("resident subscription", "agree", "quantity", "120 zł", "120-zloty", "Same.")
P.f("appeal deadline", "conflict", "quantity", "30-day", "14 days", "Appeal deadline of 30 days vs 14 days.")
P.f("timing of refunds", "related", "quantity", "three months", "12 to 18 months", "A: repay within three months of a final judgment; B: time the higher court takes. Different periods.")
P.f("council vote", "agree", "date", "June 2025", "June 2025", "Same.")
P.f("day of the ruling", "agree", "date", "yesterday", "Tuesday", "Both 2026-06-16.")
P.f("fees suspended from", "agree", "date", "1 July", "July 1", "Both 2026-07-01 (whether decided is a separate fact).")
P.f("who said 'a consultation that nobody can take part in'", "conflict", "quote",
    "A consultation that nobody can take part in is not a consultation,", "A consultation that nobody can take part in is not a consultation,",
    "Same words: A gives them to judge Tomasz Bereza, B to Sąsiedzi chair Anna Dziedzic.")
P.f("suspending fees", "conflict", "statement", "City hall said it was considering suspending fees from 1 July, but no decision had been made",
    "The city has announced it will suspend fees in the two districts from July 1", "Undecided vs announced.")
P.f("zone as a money-raiser", "agree", "statement", "He denied that the zone had been introduced to raise revenue",
    "Sowa rejected claims that the extension was meant to raise money.", "Same denial by Sowa.")
P.f("fines and the ruling", "related", "statement", "lawyers for the association said they would file separate claims",
    "are not covered by the ruling, the court said", "A: association's plan to claim fines back; B: court says fines not covered. Compatible.")
OUT.append(P.out())

# ---------------- pair 6: Odesa war-risk premium
P = Pair("p6a_ukraine_ship_insurance_blackseashippingwire.txt", "p6b_ukraine_ship_insurance_odesaportherald.txt")
P.f("new premium", "agree", "quantity", "0.5%", "0.5 per cent", "Same.", a_occ=2)
P.f("old premium", "agree", "quantity", "1%", "1 per cent", "Same.")
P.f("savings for exporters", "conflict", "quantity", "about $40 million", "about $60 million", "Annual savings $40m vs $60m.")
P.f("size of cover facility", "conflict", "quantity", "$550 million", "$500 million", "$550m vs $500m.")
P.f("premium per voyage", "agree", "quantity", "$125,000", "$125,000", "Same.")
P.f("July throughput", "agree", "quantity", "11.8 million tonnes", "11.8 million tonnes", "Same.")
P.f("throughput target", "agree", "quantity", "14 million tonnes", "14 million tonnes", "Same monthly target.")
P.f("freight rate", "agree", "quantity", "about $24 a tonne", "about $24 a tonne", "Same.")
P.f("exports vs harvest", "related", "quantity", "41 million tonnes", "around 58 million tonnes", "A: grain exports last season; B: this year's expected harvest. Different measures.")
P.f("new rate from", "agree", "date", "Aug. 15", "15 August", "Both 2026-08-15.")
P.f("target date", "agree", "date", "December", "the end of the year", "By December / by the end of the year: 2026-12.")
P.f("who said 'the risk has fallen'", "conflict", "quote",
    "The risk has fallen, and the price must follow it,", "The risk has fallen, and the price must follow it,",
    "Same words: A gives them to ECAU's Dmytro Levchenko, B to shipowners' Andriy Tkachuk.")
P.f("more money for the facility", "conflict", "statement", "Kyiv had asked European partners to add $200 million to the cover facility",
    "the ministry would not ask European partners for more money for the insurance facility this year", "Asked vs will not ask.")
P.f("cover for Danube ports", "conflict", "statement", "ECAU said it was considering extending cover to ships calling at Danube ports such as Izmail",
    "Levchenko said it would not extend state cover to the Danube port of Izmail", "Considering vs ruled out.")
P.f("pressure from traders", "agree", "statement", "Levchenko denied that the agency had been pressured by grain traders to cut rates",
    "Levchenko rejected claims that grain traders had pushed the agency into the decision", "Same denial.")
P.f("reaction to the cut", "related", "statement", "Shipowners welcomed the move.",
    "the cut came too late for the harvest season", "Shipowners welcome it; an anonymous trader says it is too late. Different groups' views.")
OUT.append(P.out())

# ---------------- pair 7: Pho Xua Coffee sale
P = Pair("p7a_vietnam_coffee_chain_saigonbusinessdaily.txt", "p7b_vietnam_coffee_chain_asiadealswire.txt")
P.f("stake bought", "agree", "quantity", "65%", "65%", "Same.", a_occ=2)
P.f("price in dong", "agree", "quantity", "VND4,800 billion", "4.8 trillion dong", "Same amount, billions vs trillions.")
P.f("price in dollars", "agree", "quantity", "about US$182 million", "$180 mln", "B's headline rounds $182 million.")
P.f("valuation", "agree", "quantity", "around VND7,400 billion", "about 7.4 trillion dong", "Same.")
P.f("number of cafes", "conflict", "quantity", "412 cafés", "430 cafes", "412 vs 430 cafes now.")
P.f("new stores by 2029", "conflict", "quantity", "150 more stores", "200 stores", "150 vs 200 new stores by 2029.")
P.f("staff", "agree", "quantity", "about 6,800 staff", "some 6,800 people", "Same.")
P.f("revenue", "agree", "quantity", "VND2,150 billion", "2.15 trillion dong", "Same.")
P.f("annual sales", "related", "quantity", "VND2,150 billion", "about 410 billion yen", "A: Pho Xua's revenue; B: Hoshimi's own sales. Different companies.")
P.f("competition approval", "conflict", "date", "the end of November", "the end of October", "Expected approval 2026-11 vs 2026-10.")
P.f("completion", "agree", "date", "December", "December", "Both 2026-12.")
P.f("first Japan cafes", "agree", "date", "next year", "2027", "Both 2027.")
P.f("who said 'we have not sold our soul'", "conflict", "quote",
    "We have not sold our soul; we have found a partner to take Vietnamese coffee to the world,",
    "We have not sold our soul; we have found a partner to take Vietnamese coffee to the world,",
    "Same words: A gives them to founder Tran Van Khai, B to Hoshimi's Kenji Okabe.")
P.f("Mekong Ridge's stake", "conflict", "statement", "The fund said it would not sell its shares for now.",
    "has agreed to sell its stake to Hoshimi within two years", "Will not sell vs agreed to sell.")
P.f("financial difficulty", "agree", "statement", "Khải denied reports that the chain had been in financial difficulty",
    "Khai denied that the company had been in financial trouble", "Same denial.")
P.f("market reaction", "related", "statement", "Analysts at Bến Thành Securities said the price was",
    "Hoshimi shares rose 3.2% in Tokyo on Thursday morning.", "Analysts' view of the price vs buyer's share move: different reactions.")
OUT.append(P.out())

# ---------------- pair 8: Sudan sesame export ban
P = Pair("p8a_sudan_sesame_exports_portsudantribune.txt", "p8b_sudan_sesame_exports_eastafricacommoditieswire.txt")
P.f("harvest forecast", "agree", "quantity", "820,000 tonnes", "around 800,000 tonnes", "B's 'around 800,000' compatible with 820,000.")
P.f("area damaged", "agree", "quantity", "around 310,000 feddans", "about 310,000 feddans", "Same.")
P.f("seed stuck at the port", "agree", "quantity", "about 60,000 tonnes", "60,000 tonnes", "Same.")
P.f("grace period for contracted cargo", "conflict", "quantity", "10 days", "two weeks", "10 days vs two weeks to ship.")
P.f("sesame export earnings", "agree", "quantity", "about $700 million", "about $700 million", "Same.")
P.f("credit line for mills", "agree", "quantity", "1.5 trillion pound", "1.5 trillion Sudanese pound", "Same.")
P.f("local sesame price", "related", "quantity", "310,000 Sudanese pounds", "300,000 pounds",
    "A: Gedaref market price last week; B: what mill buyers pay now, per an anonymous trader. Different time and buyer.")
P.f("ban ends", "conflict", "date", "the end of January", "the end of February", "2027-01 vs 2027-02.")
P.f("ban starts", "agree", "date", "15 November", "Nov. 15", "Both 2026-11-15.")
P.f("exemption cut-off", "agree", "date", "October 1", "Oct. 1", "Both 2026-10-01.")
P.f("announcement", "agree", "date", "yesterday", "Sunday", "Both 2026-11-08.")
P.f("'we will not let our farmers' crop leave'", "agree", "quote",
    "We will not let our farmers' crop leave the country while our own oil mills stand idle,",
    "We will not let our farmers' crop leave the country while our own oil mills stand idle,", "Nour on both sides.")
P.f("exporters' union reaction", "agree", "quote",
    "This decision punishes the people who bring hard currency into this country,", "The ministry is closing the door on its best customers,",
    "Babiker on both sides, with different words for the same complaint.")
P.f("exempting earlier contracts", "conflict", "statement", "Nour rejected the request",
    "he agreed to exempt letters of credit opened before Oct. 1", "Rejected vs agreed.")
P.f("ban to help mills", "agree", "statement", "He also denied that the ban was meant to lower prices for government-linked mills",
    "The minister denied that the measure was designed to help state-linked crushers buy seed cheaply", "Same denial.")
P.f("other crop export bans", "related", "statement", "is considering a further ban on groundnut exports",
    "In June the government stopped exports of sorghum for three months", "Groundnuts considered vs past sorghum ban: different crops and times.")
OUT.append(P.out())

with open(os.path.join(HERE, "gold", "pairs.gold.json"), "w", encoding="utf-8") as f:
    json.dump(OUT, f, ensure_ascii=False, indent=1)
    f.write("\n")
