import json, os
from build_common import Pair, HERE

OUT = []

# ---------------- pair 1: Fiji kava
P = Pair("p1a_fiji_kava_exports_pacificwire.txt", "p1b_fiji_kava_exports_vitiherald.txt")
P.f("containers held at the ports", "agree", "quantity", "14 containers", "fourteen shipping containers", "Same count, digits vs spelled out.")
P.f("value of the held stock", "agree", "quantity", "about FJ$3.2 million", "more than $3 million", "FJ$3.2m is more than $3m (B's $ is FJD).")
P.f("consignments tested", "agree", "quantity", "40 consignments", "40 consignments", "Same.")
P.f("number of kava farmers", "conflict", "quantity", "About 12,000 farmers", "More than 20,000 kava growers", "About 12,000 vs more than 20,000 growers: incompatible.")
P.f("kava export earnings last year", "agree", "quantity", "FJ$68 million", "$68.4m", "A rounds 68.4 million.")
P.f("kava prices", "related", "quantity", "around FJ$95", "about $60", "A: farm-gate price of dried root (waka) per kg; B: market price of powder (lewena) per kilo. Different products.")
P.f("suspension in force from", "conflict", "date", "February 9", "February 6", "2026-02-09 vs 2026-02-06.")
P.f("test results", "agree", "date", "January 28", "28 January", "Both 2026-01-28, written two ways.")
P.f("review deadline", "agree", "date", "March 31", "31 March", "Both 2026-03-31.")
P.f("who said 'careless exporter'", "conflict", "quote",
    "We will not let a careless exporter ruin a whole industry,", "We will not let a careless exporter ruin a whole industry,",
    "Same words: A gives them to Agriculture Minister Josaia Ratu, B to Kava Council chair Mereani Tuilau.")
P.f("exporter says kava is tested and clean", "agree", "quote",
    "Our product is tested before it leaves Fiji, and it is clean,", "Everything we send is tested here first. It is clean product,",
    "Both Vinod Prasad; reworded, same meaning.")
P.f("compensation for held stock", "conflict", "statement",
    "The ministry said it would not compensate exporters for the stock held at the ports",
    "The government has agreed to compensate exporters for the held containers",
    "Opposite polarity: will not compensate vs has agreed to (B's source is an anonymous official).")
P.f("naming the exporter", "conflict", "statement",
    "the ministry had not yet named the exporter concerned",
    "On Tuesday the Ministry of Agriculture named the exporter as Rewa Roots Limited",
    "Has not yet named vs named on Tuesday (A published the same Tuesday evening).")
P.f("farms not to blame", "agree", "statement",
    "It denied that the contamination came from farms",
    "Officials rejected suggestions that growers were to blame", "Same denial.")
P.f("Australia", "related", "statement",
    "Australia, which reopened to commercial kava imports in 2021, said its own imports were not affected",
    "Australian importers said they were checking their stocks",
    "A: Australian government says imports unaffected; B: importers checking stock. Different actors and claims, compatible.")
OUT.append(P.out())

# ---------------- pair 2: Port Moresby betel-nut ban
P = Pair("p2a_png_betelnut_ban_melanesianews.txt", "p2b_png_betelnut_ban_moresbylens.txt")
P.f("fine for selling in the zone", "conflict", "quantity", "K500", "K1,000", "K500 vs K1,000 for vendors (A's body figure; the headline repeats K500).", a_occ=2)
P.f("on-the-spot fine for spitting", "agree", "quantity", "K200", "K200", "Same.")
P.f("city spending", "related", "quantity", "K4.5 million", "K1.2 million",
    "A: yearly cost of cleaning stains; B: already spent on new bins and signs. Different things in kina.")
P.f("vendors in the zone", "agree", "quantity", "About 3,000 vendors", "Some 3,000 sellers", "Same, both approximate.")
P.f("streets covered", "agree", "quantity", "12 streets", "a dozen streets", "12 = a dozen.")
P.f("designated markets", "agree", "quantity", "four designated markets", "four official markets", "Same.")
P.f("patrols", "agree", "quantity", "150 reserve police", "150 officers", "Same 150 police.")
P.f("ban starts", "agree", "date", "April 1", "1 April", "Both 2026-04-01.")
P.f("announcement", "agree", "date", "Monday", "16 March", "Both 2026-03-16 (A published Tuesday 17 March).")
P.f("earlier ban", "conflict", "date", "2013", "2014", "Previous full ban: 2013 vs 2014.")
P.f("who said 'clean streets'", "conflict", "quote", "Port Moresby deserves clean streets,", "Port Moresby deserves clean streets,",
    "Same words: A Governor Peter Kaupa, B city manager Alice Yawari.")
P.f("vendors' leader", "agree", "quote",
    "We are not criminals. We pay market fees and we feed our children with this money,",
    "We are mothers and we feed our families with this money. We are not criminals,", "Both Grace Wanma; reordered and reworded.")
P.f("ban on the whole city", "conflict", "statement",
    "Kaupa ruled out a total ban on buai in the city",
    "The commission is considering extending the ban to the whole city",
    "Ruled out vs is considering.")
P.f("vendors' response", "related", "statement",
    "said it would challenge the new rules in the National Court",
    "The association asked for a meeting with Governor Peter Kaupa",
    "Court challenge vs request for a meeting: different actions, both can be true.")
P.f("police violence in the past", "agree", "statement",
    "Police denied that officers had beaten vendors during the 2013 crackdown",
    "Police rejected claims that officers had used violence against vendors in the past", "Same denial.")
OUT.append(P.out())

# ---------------- pair 3: El Salvador school food law
P = Pair("p3a_elsalvador_school_snacks_istmopress.txt", "p3b_elsalvador_school_snacks_sansalvadorobserver.txt")
P.f("schools covered", "agree", "quantity", "5,100 public schools", "more than 5,000 public schools", "5,100 is more than 5,000.")
P.f("votes in favour", "agree", "quantity", "58 votes", "58", "Same; B's bare 58 counts deputies ('58 of the 60 deputies').")
P.f("pupils", "agree", "quantity", "about 1.2 million pupils", "some 1.2 million students", "Same.")
P.f("fine for vendors", "conflict", "quantity", "$1,500", "between $250 and $800", "Single fine of $1,500 vs a range of $250-$800.")
P.f("children overweight", "agree", "quantity", "31%", "30.8 per cent", "A rounds 30.8.")
P.f("vendors affected", "agree", "quantity", "about 9,000 vendors", "roughly 9,000 vendors", "Same.")
P.f("kiosk prices", "related", "quantity", "$0.75", "$0.35", "A: price of a soft drink; B: what a bottle of water earns. Different items.")
P.f("deadline for the list of banned products", "agree", "quantity", "15 days", "15 days", "Same.")
P.f("ban starts", "conflict", "date", "June 1", "July 1", "2026-06-01 vs 2026-07-01.")
P.f("law passed", "agree", "date", "Thursday", "April 30", "Both 2026-04-30 (A published Tuesday 5 May).")
P.f("who said 'empty stomach filled with sugar'", "conflict", "quote",
    "A child cannot learn on an empty stomach that has been filled with sugar,",
    "A child cannot learn on an empty stomach that has been filled with sugar,",
    "Same words: A Education Minister Karla Menjívar, B Health Minister Rodrigo Aparicio.")
P.f("vendor: children will buy sodas outside", "agree", "quote",
    "The children will just buy their sodas at the shop outside the gate,",
    "If I cannot sell sodas, the kids will buy them from the shop across the street,", "Both Rosa Elvira Cruz; reworded.")
P.f("loans for vendors", "conflict", "statement",
    "The ministry said it would not provide loans to vendors",
    "The Education Ministry plans to offer vendors small loans",
    "Would not vs plans to.")
P.f("no court challenge by the beverage industry", "agree", "statement",
    "it would not challenge the law in court",
    "The beverage industry has no plans to fight the law in court", "Same (would not / no plans).")
P.f("support and enforcement", "related", "statement",
    "it would run free training courses in healthy cooking during the school holidays",
    "School boards will inspect kiosks every month",
    "Training for vendors vs monthly inspections: different measures, compatible.")
OUT.append(P.out())

# ---------------- pair 4: Mozambique polymer banknotes
P = Pair("p4a_mozambique_banknotes_indianoceanwire.txt", "p4b_mozambique_banknotes_correiomaputo.txt")
P.f("number of denominations", "agree", "quantity", "six denominations", "six new notes", "Same six.")
P.f("new top note", "agree", "quantity", "2,000-metical note", "MT 2.000", "Same, local number style in B.", a_occ=2, b_occ=2)
P.f("printing cost", "conflict", "quantity", "$38 million", "US$ 41 million", "US$38m vs US$41m.")
P.f("notes ordered", "agree", "quantity", "about 420 million notes", "420 million banknotes", "Same.")
P.f("counterfeits seized last year", "related", "quantity", "11,400 counterfeit notes", "MT 14,2 million",
    "A: number of fake notes; B: their value in meticais. Count vs value.")
P.f("exchange rate", "agree", "quantity", "about 63.9", "63,9 meticais", "Same rate, decimal point vs comma.")
P.f("inflation in May", "agree", "quantity", "4.1%", "4,1%", "Same.")
P.f("circulation starts", "agree", "date", "September 1", "1 September", "Both 2026-09-01.")
P.f("old notes stop being legal tender", "conflict", "date", "March 31, 2027", "31.12.2026", "2027-03-31 vs 2026-12-31.")
P.f("launch", "agree", "date", "Tuesday", "Tuesday", "Both 2026-06-16.")
P.f("last redenomination", "agree", "date", "2006", "2006", "Same.")
P.f("who said 'a note that cannot be copied'", "conflict", "quote",
    "A note that cannot be copied is a note people can trust,", "A note that cannot be copied is a note people can trust,",
    "Same words: A Governor Alberto Mucavele, B Deputy Governor Luísa Nhantumbo.")
P.f("trader on the old notes", "agree", "quote",
    "The old notes are so dirty and torn that half of them are refused by customers,",
    "Half the notes I get are dirty or broken, and people do not want them,", "Both Ernesto Machava; reworded.")
P.f("removing zeros", "conflict", "statement",
    "He ruled out any plan to remove zeros from the currency",
    "the bank is considering a redenomination in the coming years",
    "Ruled out vs is considering.")
P.f("bigger note and inflation", "agree", "statement",
    "Mucavele denied that the 2,000-metical note would fuel inflation",
    "She rejected fears that the bigger note would push up prices", "Same denial (governor / deputy governor).")
P.f("exchange of old notes", "related", "statement",
    "Commercial banks will extend their opening hours on Saturdays during the exchange period",
    "Mobile money agents will accept old notes and credit the value to customers' phones",
    "Two different exchange channels, compatible.")
OUT.append(P.out())

# ---------------- pair 5: Zimbabwe bus crash
P = Pair("p5a_zimbabwe_bus_crash_limpopowire.txt", "p5b_zimbabwe_bus_crash_mutarebulletin.txt")
P.f("deaths", "conflict", "quantity", "Twenty-three people", "26 people", "23 vs 26 dead, both attributed to police and both 'at the scene'/total.")
P.f("injured", "agree", "quantity", "41", "More than 40 passengers", "41 is more than 40; A's bare 41 counts people ('41 were injured').")
P.f("passengers on board", "agree", "quantity", "about 70 passengers", "68 passengers", "68 is about 70.")
P.f("licensed capacity vs passengers on board", "related", "quantity", "65 passengers", "68 passengers",
    "A: licensed capacity; B: actual passengers. Different measures (shows overloading).")
P.f("funeral assistance per family", "agree", "quantity", "US$2,000", "US$2 000", "Same, local digit grouping.")
P.f("distance from Harare", "agree", "quantity", "about 170 km", "about 170 kilometres", "Same.")
P.f("crash", "agree", "date", "Sunday night", "Sunday", "Both 2026-07-19.")
P.f("police statement", "agree", "date", "Monday", "yesterday", "Both 2026-07-20.", b_after="Police said")
P.f("route permit expired", "conflict", "date", "March", "May", "2026-03 vs 2026-05.")
P.f("who said 'racing another bus'", "conflict", "quote",
    "He was racing another bus, and we begged him to slow down,", "He was racing another bus, and we begged him to slow down,",
    "Same words: A survivor Rudo Chikore, B passenger Blessing Mapfumo.")
P.f("minister on greed and speed", "agree", "quote",
    "We cannot keep burying our people because of greed and speed,",
    "Speed and greed are burying our people, and we will not allow it,", "Both Tichaona Gumbo; reworded.")
P.f("driver", "conflict", "statement",
    "was arrested at the scene",
    "The driver fled the scene on foot and police are still looking for him",
    "Arrested at the scene vs fled and still sought.")
P.f("overloading", "agree", "statement",
    "Nyanga Star Coaches denied that the bus had been overloaded",
    "Nyanga Star Coaches rejected claims that the bus was overloaded", "Same denial.")
P.f("state help", "related", "statement",
    "the crash had been declared a national disaster",
    "The government will pay funeral costs for all the victims",
    "Declaration vs funeral costs: A says the declaration allows paying funerals; different facts, compatible.")
OUT.append(P.out())

# ---------------- pair 6: Nicaragua turtle arribada
P = Pair("p6a_nicaragua_turtle_arribada_mesoamericapress.txt", "p6b_nicaragua_turtle_arribada_vigiarivas.txt")
P.f("turtles nesting", "conflict", "quantity", "More than 60,000 olive ridley sea turtles", "About 38,000 olive ridley turtles",
    "More than 60,000 (rangers) vs about 38,000 (biologists' count).")
P.f("length of the nesting", "agree", "quantity", "four-night", "four nights", "Same.")
P.f("beach length", "agree", "quantity", "800-metre", "800 metres", "Same.")
P.f("guards", "agree", "quantity", "120 soldiers and rangers", "120 guards", "Same 120.")
P.f("arrests", "agree", "quantity", "seven people", "Seven people", "Same.")
P.f("eggs seized", "agree", "quantity", "about 4,800 eggs", "4,800 eggs", "Same.")
P.f("egg trade money", "related", "quantity", "around C$20", "up to C$50,000", "A: price of an egg in bars; B: maximum fine for selling eggs. Different measures in córdobas.")
P.f("hatching", "agree", "quantity", "about 45 days", "about 45 days", "Same.")
P.f("arribada began", "conflict", "date", "September 9", "10 September", "2026-09-09 vs 2026-09-10.")
P.f("last arribada of this size", "agree", "date", "2023", "2023", "Same.")
P.f("who said 'never seen so many turtles'", "conflict", "quote",
    "We have never seen so many turtles on this beach at once,", "We have never seen so many turtles on this beach at once,",
    "Same words: A ranger chief Orlando Baltodano, B biologist Ana Lucía Centeno.")
P.f("tour operator on demand", "agree", "quote",
    "People are calling from Managua and Costa Rica. Everyone wants to see it,",
    "Everyone wants to come, from Managua, from Costa Rica. My phone does not stop,", "Both Kevin Obando; reworded.")
P.f("beach closed to tourists", "conflict", "statement",
    "The ministry has not closed the beach to tourists",
    "The refuge has closed the beach to visitors until the arribada ends",
    "Not closed vs closed.")
P.f("new ranger station", "agree", "statement",
    "it plans to build a second ranger station at the northern end of the refuge",
    "A new ranger post will be built at the north end of the beach", "Same plan (A gives a timeframe, B none).")
P.f("fishermen", "related", "statement",
    "Fishing boats have been ordered to stay at least 3 kilometres offshore",
    "asked the ministry for compensation for the days they have been kept away from their usual fishing grounds",
    "Restriction vs compensation request: different facts about the same fishermen.")
OUT.append(P.out())

# ---------------- pair 7: Madagascar cable cut
P = Pair("p7a_madagascar_cable_cut_rovapress.txt", "p7b_madagascar_cable_cut_courriertoliara.txt")
P.f("share of capacity lost / carried", "agree", "quantity", "about 70%", "close to 70 %", "Same share (lost capacity = cable's share of traffic).")
P.f("cable length", "agree", "quantity", "2,700-kilometre", "2 700 km", "Same.")
P.f("distance of the break offshore", "agree", "quantity", "about 40 kilometres", "about 40 km", "Same.")
P.f("depth of the break", "agree", "quantity", "around 1,200 metres", "1 200 metres", "Same.")
P.f("people affected", "related", "quantity", "about 4 million internet users", "some 3 million subscribers",
    "Internet users vs operators' subscribers: different measures.")
P.f("daily losses", "agree", "quantity", "$2.5 million", "Ar 11,25 billion", "Same estimate (Chamber of Commerce), converted: B also gives about 2,5 million dollars.")
P.f("refund of subscriptions", "conflict", "quantity", "three days", "five days", "Three vs five days refunded.")
P.f("mobile operators", "agree", "quantity", "three mobile operators", "three operators", "Same.")
P.f("cable cut", "agree", "date", "Sunday", "Sunday 4 October", "Both 2026-10-04.")
P.f("repair ship arrival", "conflict", "date", "October 19", "26 October", "2026-10-19 vs 2026-10-26.", b_occ=2)
P.f("third cable", "agree", "date", "2028", "2028", "Same.")
P.f("who said 'the fault is at sea'", "conflict", "quote",
    "Nothing is broken on land; the fault is at sea,", "Nothing is broken on land; the fault is at sea,",
    "Same words: A minister Haja Randrianarisoa, B Lemurtel chief executive Fara Rakotomalala.")
P.f("working at night", "agree", "quote",
    "We start at midnight and stop at six in the morning. It is the only time the connection works,",
    "We only work after midnight now, because the connection is usable only at night,", "Both Tojo Rasolofo; reworded.")
P.f("throttling video", "conflict", "statement",
    "said it would not order operators to limit video streaming",
    "the regulator has ordered operators to throttle video streaming",
    "Would not order vs has ordered.")
P.f("sabotage", "agree", "statement",
    "The consortium denied that the cable had been deliberately damaged",
    "The consortium ruled out sabotage", "Same (denied / ruled out).")
P.f("coping measures", "related", "statement",
    "Banks asked customers to visit branches for large transfers",
    "The University of Toliara has moved online exams to next week",
    "Different institutions' responses to the outage.")
OUT.append(P.out())

# ---------------- pair 8: Mauritius bottle deposit
P = Pair("p8a_mauritius_bottle_deposit_mascarenewire.txt", "p8b_mauritius_bottle_deposit_portlouiscourier.txt")
P.f("deposit per bottle", "agree", "quantity", "Rs 2", "Rs 2", "Same (B's body figure).", b_occ=2)
P.f("bottles used a year", "conflict", "quantity", "about 120 million plastic bottles", "some 180 million bottles", "About 120 million vs some 180 million.")
P.f("recycling rate", "agree", "quantity", "8%", "less than 10 %", "8% is less than 10%.")
P.f("bottling companies", "agree", "quantity", "six bottling companies", "six bottlers", "Same.")
P.f("money for the machines", "related", "quantity", "about Rs 450 million", "Rs 120 million",
    "A: total cost of machines and trucks over three years; B: the state's budget contribution. Different measures.")
P.f("landfill intake", "agree", "quantity", "about 1,500 tonnes", "1 500 tonnes", "Same, 'a day' / 'daily'.")
P.f("deposit starts", "agree", "date", "March 1, 2027", "1 March 2027", "Both 2027-03-01.")
P.f("law passed", "agree", "date", "Tuesday", "17 November", "Both 2026-11-17.")
P.f("landfill full", "conflict", "date", "2030", "2028", "Mare Chicose full by 2030 vs 2028.")
P.f("who said 'every bottle has a value'", "conflict", "quote",
    "Every bottle has a value, and nobody throws away money,", "Every bottle has a value, and nobody throws away money,",
    "Same words: A Environment Minister Kavita Ramsurrun, B bottlers' head Jean-Marc Lagesse.")
P.f("who pays for the scheme", "conflict", "statement",
    "have agreed to fund the scheme",
    "have refused to pay for the reverse-vending machines",
    "Bottlers agreed to fund vs refused to pay.")
P.f("hidden tax", "agree", "statement",
    "The government denied that the deposit was a hidden tax",
    "The minister dismissed claims that the deposit was a new tax in disguise", "Same denial.")
P.f("unclaimed deposits", "agree", "statement",
    "Unclaimed deposits will be used to pay for beach clean-ups",
    "Unclaimed deposits will go to a fund for cleaning beaches and rivers", "Same use (B adds rivers).")
P.f("roll-out", "related", "statement",
    "Rodrigues, the country's second-largest island, will join the scheme later",
    "Supermarkets will be the first to install machines, followed by petrol stations and village shops",
    "Different aspects of the roll-out.")
OUT.append(P.out())

with open(os.path.join(HERE, "gold", "pairs.gold.json"), "w", encoding="utf-8") as f:
    json.dump(OUT, f, ensure_ascii=False, indent=1)
    f.write("\n")
print(sum(len(p["facts"]) for p in OUT), "facts")
