import json, os
from build_common import Pair, HERE

OUT = []

# ---------------- pair 1: Cocos lagoon canoe race
P = Pair("p1a_cocoskeeling_canoe_race_indopacwire.txt", "p1b_cocoskeeling_canoe_race_lagoonbulletin.txt")
P.f("canoes in the race", "agree", "quantity", "Thirty-four canoes", "thirty-four canoes", "Same field of 34.")
P.f("paddlers taking part", "conflict", "quantity", "112 paddlers", "120 paddlers", "112 vs 120 (B calls it a record).")
P.f("course length", "agree", "quantity", "14-kilometre", "14 km", "Same, written two ways.")
P.f("delay to the start", "agree", "quantity", "40 minutes", "forty minutes", "Same, figure vs spelled out.")
P.f("spectators", "agree", "quantity", "roughly 300 spectators", "some 300 people", "Both approximate 300.")
P.f("winners' prize", "agree", "quantity", "A$5,000", "$5000", "Same prize; B omits the A and the comma (Australian local style).")
P.f("prize pool vs second prize", "related", "quantity", "A$12,000", "$3000", "A: total prize pool; B: second-place prize. Different measures in AUD.")
P.f("money raised for the school", "agree", "quantity", "A$8,400", "$8400", "Same.")
P.f("canoe shed cost", "agree", "quantity", "A$65,000", "$65,000", "Same estimate/proposal.")
P.f("race day", "agree", "date", "Saturday", "24 January", "Saturday before 25 Jan 2026 = 2026-01-24.")
P.f("year the race began", "conflict", "date", "1984", "1986", "First held in 1984 vs run every year since 1986.")
P.f("canoe shed funding", "conflict", "statement", "the council had agreed to pay for a new canoe shed on Home Island",
    "The shire has not yet agreed to fund the canoe shed", "Agreed (money found, work in March) vs not yet agreed (February meeting).")
P.f("moving the finish", "conflict", "statement", "organisers would consider moving the finish to Direction Island next year",
    "there were no plans to move the finish from West Island", "Would consider vs no plans, same speaker Whitford.")
P.f("capsized canoe", "agree", "statement", "one canoe capsized near the halfway mark", "One canoe rolled over near the halfway buoy",
    "Same incident, crew unhurt on both sides.")
P.f("next year's race", "related", "statement", "Organisers said they expected even more entries in 2027.",
    "Mr Johari said his crew would be back next January to defend the title.", "Both about the 2027 race, different claims.")
P.f("dedication to the old boat builders", "agree", "quote", "This one is for the old men who taught us to build these boats.",
    "This one is for the old men who taught us to build boats,", "Same speaker Johari, 'these' dropped.")
OUT.append(P.out())


# ---------------- pair 2: Pitcairn botanical garden
P = Pair("p2a_pitcairn_botanical_garden_pacificnewsagency.txt", "p2b_pitcairn_botanical_garden_adamstowndispatch.txt")
P.f("species in the garden", "agree", "quantity", "48 species", "48 kinds of plant", "Same count, different noun.")
P.f("endemic species", "agree", "quantity", "11 of them", "eleven of them", "Same, figure vs spelled out.")
P.f("cost of the garden", "conflict", "quantity", "NZ$380,000", "$410,000", "NZ$380,000 vs final bill $410,000 (NZD).")
P.f("hutia shrubs planted", "agree", "quantity", "22 young Pitcairn hutia shrubs", "Twenty-two hutia shrubs", "Same.")
P.f("garden area", "agree", "quantity", "two-hectare", "2 ha", "Same, spelled out vs abbreviated.")
P.f("rainwater storage", "related", "quantity", "40,000 litres", "20,000 litres", "A: both tanks together; B: each of two tanks. Total vs per unit, compatible.")
P.f("fee for cruise passengers", "agree", "quantity", "NZ$25", "$25", "Same proposed fee (whether it was adopted is the statement conflict).")
P.f("goats removed", "agree", "quantity", "About 200 goats", "About 200 goats", "Same.")
P.f("island population", "agree", "quantity", "about 35 people", "about 35 residents", "Same.")
P.f("opening day", "agree", "date", "Monday", "16 February", "Monday before 17 Feb 2026 = 2026-02-16.", b_occ=2)
P.f("project start", "agree", "date", "September 2024", "September 2024", "Same.")
P.f("cruise passenger visits", "conflict", "statement", "the island council had agreed to allow cruise passengers to visit the garden",
    "The council has turned down a proposal to charge ship passengers $25 to walk through", "Agreed vs turned down.")
P.f("second garden on Henderson Island", "conflict", "statement", "a second, smaller garden on Henderson Island was not being considered",
    "the council was looking at a small second garden on Henderson Island", "Not being considered vs looking at it.")
P.f("volunteer work", "related", "statement", "Volunteers from most of the island's households cleared the site over 18 months",
    "the garden now needs a roster of helpers for weeding and watering", "Past clearing work vs helpers needed now.")
P.f("'insurance policy'", "conflict", "quote", "This garden is our insurance policy.", "This garden is our insurance policy,",
    "Same words: A gives them to conservation officer Jonah Warren, B to Mayor Harriet Quintal.")
P.f("'if a cyclone or a fire'", "conflict", "quote",
    "If a cyclone or a fire takes the last wild plants on the cliffs, we will still have them here,",
    "If a cyclone or a fire takes the last wild plants, we will still have them here.", "Near-same words: Warren in A, Quintal in B.")
OUT.append(P.out())


# ---------------- pair 3: Burkina Faso sorghum price cap
P = Pair("p3a_burkinafaso_sorghum_price_sahelpress.txt", "p3b_burkinafaso_sorghum_price_echodukadiogo.txt")
P.f("price ceiling per bag", "agree", "quantity", "27,500 CFA francs", "27 500 FCFA", "Same ceiling; B uses a space as thousands separator.", b_occ=2)
P.f("bag size", "agree", "quantity", "100-kilogram", "100 kg", "Same.")
P.f("market price this week", "conflict", "quantity", "31,000 CFA francs", "32 000 FCFA", "31,000 vs 32,000 a bag at Sankaryaaré, same week.")
P.f("price after the harvest", "agree", "quantity", "21,500 francs", "21 500 FCFA", "Same.")
P.f("price of a tine", "agree", "quantity", "900 francs", "900 FCFA", "Same retail price.")
P.f("price rise vs transport cost rise", "related", "quantity", "more than 40%", "30 %", "A: rise in the sorghum price since the harvest; B: rise in transport costs. Different measures, both percent.")
P.f("maximum fine", "agree", "quantity", "up to 500,000 CFA francs", "up to 500 000 FCFA", "Same.")
P.f("how long the cap applies", "conflict", "quantity", "three months", "six months", "Three vs six months.")
P.f("reserve grain released", "agree", "quantity", "15,000 tonnes", "15 000 tonnes", "Same.")
P.f("last cereal harvest", "agree", "quantity", "about 4.9 million tonnes", "4,9 million tonnes", "Same; B uses a decimal comma.")
P.f("cap takes effect", "agree", "date", "March 16", "Monday 16 March", "Both 2026-03-16.")
P.f("cabinet decision", "agree", "date", "Wednesday", "Wednesday 11 March", "Both 2026-03-11.")
P.f("transport costs", "agree", "statement", "transport costs had risen by a third", "pushed transport costs up by 30 %",
    "A third vs 30%: compatible rounding (A's 'a third' is left open as a quantity).")
P.f("sorghum export ban", "conflict", "statement", "He ruled out a ban on sorghum exports to neighbouring countries for now.",
    "the government is studying a temporary ban on sorghum exports", "Ruled out vs studying.")
P.f("enforcement", "related", "statement", "Previous caps, introduced in 2022 on rice and cooking oil, were widely ignored in rural markets",
    "the minister promised weekly price checks in all 13 regions", "Past caps ignored vs promised checks: same topic, different claims.")
P.f("'a cap ... only paper'", "agree", "quote", "A cap without grain in the shops is only a piece of paper,",
    "A price cap without sorghum in the shops is only paper,", "Same speaker Mariam Ouédraogo, reworded without change of meaning.")
OUT.append(P.out())


# ---------------- pair 4: Bossangoa groundnut-oil mill
P = Pair("p4a_centralafrica_groundnut_oil_mill_afriquecentralewire.txt", "p4b_centralafrica_groundnut_oil_mill_courrierdebangui.txt")
P.f("daily pressing capacity", "conflict", "quantity", "20 tonnes", "between 25 and 30 tonnes", "20 tonnes a day vs a range of 25 to 30: single value outside the range.")
P.f("cost of the mill", "agree", "quantity", "1.8 billion CFA francs", "1,8 billion FCFA", "Same; B uses a decimal comma.")
P.f("jobs", "agree", "quantity", "65 people", "Sixty-five workers", "Same.")
P.f("farmers supplying the mill", "agree", "quantity", "some 4,000 smallholder farmers", "About 4 000 farmers", "Same approximate figure.")
P.f("daily oil output", "agree", "quantity", "about 6,000 litres", "around 6 000 litres", "Same.")
P.f("price paid to farmers", "agree", "quantity", "450 CFA francs", "450 FCFA", "Same, per kilo of shelled nuts.")
P.f("traders' price last season", "agree", "quantity", "350 francs", "350 FCFA", "Same.")
P.f("mill oil vs imported oil", "related", "quantity", "1,500 francs", "about 2 000 FCFA", "A: litre of the mill's oil; B: litre of imported oil. Two prices of different things.")
P.f("improved seed promised", "agree", "quantity", "120 tonnes", "120 tonnes", "Same.")
P.f("groundnut cake", "agree", "statement", "would also sell groundnut cake, the residue of pressing, as animal feed",
    "The groundnut cake will be sold to livestock farmers.", "Same plan, reworded.")
P.f("opening day", "agree", "date", "Tuesday", "Tuesday 21 April", "Both 2026-04-21.", b_occ=2)
P.f("full capacity reached", "conflict", "date", "July", "August", "2026-07 vs 2026-08.")
P.f("second production line", "agree", "date", "2027", "2027", "Same year.")
P.f("customs exemption on spare parts", "conflict", "statement",
    "the government had agreed to exempt the mill from import duties on spare parts for five years",
    "the State will not grant any customs exemption on spare parts", "Agreed vs will not grant.")
P.f("security of the oil trucks", "related", "statement",
    "trucks carrying oil to Bangui, 300 km to the south, would travel in convoy",
    "on a road where armed men still stop vehicles", "Company measure vs state of the road: same topic, different claims.")
P.f("'cannot wait for perfect peace'", "conflict", "quote",
    "We are not naïve about security, but we cannot wait for perfect peace to start working,",
    "We cannot wait for perfect peace to start working,", "Same words: A gives them to director Ndakala, B to union leader Gbazo.")
P.f("'the value stays here'", "agree", "quote",
    "For years our farmers sold their groundnuts raw at the roadside for whatever buyers offered. Now the value stays here,",
    "Now the value stays here, with our farmers,", "Same speaker Ndakala; B keeps only the end, with an addition.")
OUT.append(P.out())


# ---------------- pair 5: Guinea-Bissau mango export
P = Pair("p5a_guineabissau_mango_export_lusowire.txt", "p5b_guineabissau_mango_export_vozdobissau.txt")
P.f("containers shipped", "agree", "quantity", "Four", "Four containers", "Same four containers (A: 'Four 40-foot containers').", a_after="Four 40-foot")
P.f("weight of the first cargo", "agree", "quantity", "84 tonnes", "Eighty-four tonnes", "Same, figure vs spelled out.")
P.f("growers supplying", "agree", "quantity", "310 growers", "310 producers", "Same.")
P.f("price paid to growers", "agree", "quantity", "150 CFA francs", "150 XOF", "Same, per kilogram; currency written two ways.")
P.f("season target", "agree", "quantity", "600 tonnes", "600 t", "Same.")
P.f("export-tax waiver", "conflict", "quantity", "two years", "one year", "Waiver for two years vs one year only.")
P.f("transit time to Lisbon", "agree", "quantity", "about 12 days", "about two weeks", "Both approximate; compatible.")
P.f("packing-house workers", "agree", "quantity", "120 seasonal workers", "120 seasonal workers", "Same.")
P.f("national mango production", "agree", "quantity", "an estimated 45,000 tonnes", "around 45 000 tonnes", "Same FAO estimate.")
P.f("season revenue vs daily wage", "related", "quantity", "about 480 million CFA francs", "2 000 XOF",
    "A: expected season revenue; B: a sorter's daily wage. Two XOF sums of different things.")
P.f("cashew share of exports", "conflict", "quantity", "about 90%", "about 70 %", "About 90% vs about 70% of exports: incompatible even with 'about'.")
P.f("departure day", "agree", "date", "Monday", "Monday, 8 June", "Both 2026-06-08.")
P.f("second shipment", "conflict", "date", "June 22", "24 June", "2026-06-22 vs 2026-06-24.")
P.f("buyers in Spain and elsewhere", "conflict", "statement", "the company had not yet found a buyer in Spain or France",
    "it already sells to buyers in Lisbon and Madrid", "Not yet found a buyer in Spain vs already sells in Madrid.")
P.f("inspection result", "agree", "statement", "Cabral said all four containers had passed inspection.", "The four containers passed.", "Same.")
P.f("packing house", "related", "statement", "a packing house in Safim, 15 km from the capital, which opened in April",
    "Women sort Kent mangoes at the Safim packing house on Saturday, two days before loading.", "Opening of the packing house vs work there before loading.")
P.f("trader on local prices", "agree", "quote", "My customers complain, but the growers are smiling,",
    "The growers are smiling, the customers less,", "Same speaker Aua Djaló, reworded, same meaning.")
OUT.append(P.out())


# ---------------- pair 6: Sao Tome pepper export
P = Pair("p6a_saotome_pepper_export_gulfnewsservice.txt", "p6b_saotome_pepper_export_jornaldoequador.txt")
P.f("pepper under contract", "agree", "quantity", "18 tonnes", "18 t", "Same.")
P.f("price of black pepper", "agree", "quantity", "14 euros", "€14", "Same, per kilogram.")
P.f("price of white pepper", "agree", "quantity", "19 euros", "€19", "Same, per kilogram.")
P.f("black pepper price in dobras", "agree", "quantity", "14 euros", "about 343 Db", "Same price converted (about 24.5 dobras to the euro).")
P.f("contract value", "agree", "quantity", "about 290,000 euros", "around €290.000", "Same; B uses a point as thousands separator.")
P.f("member families", "agree", "quantity", "260 farming families", "some 260 families", "Same.")
P.f("exports last year", "agree", "quantity", "2.5 tonnes", "2,5 tonnes", "Same; B uses a decimal comma.")
P.f("first shipment vs whole contract", "related", "quantity", "6 tonnes", "18 t", "A: first shipment; B: total over three harvests. Part vs total.")
P.f("community premium", "agree", "quantity", "1 euro", "€1", "Same, per kilogram.", b_after="pay €1")
P.f("certification cost", "agree", "quantity", "about 9,000 euros", "some €9.000", "Same, per year.")
P.f("signing day", "agree", "date", "Wednesday", "Wednesday, 12 August", "Both 2026-08-12.")
P.f("first shipment date", "conflict", "date", "December", "January", "Shipped in December (2026-12) vs expected in January (2027-01).", a_occ=2)
P.f("state pays certification", "conflict", "statement", "the government had agreed to cover the cost of organic certification",
    "the State is still studying whether to pay the organic certification", "Agreed vs still studying.")
P.f("new members", "conflict", "statement", "the cooperative would not accept new members until the first harvest under the contract had been delivered",
    "the cooperative will open its doors to new members this year", "Would not accept vs will open its doors.")
P.f("the buyer's representative", "related", "statement", "the company had tested samples for two years before signing",
    "Katrin Albers, did not travel to São Tomé", "Both about Nordgewürz and Albers, different claims.")
P.f("minister on quality", "agree", "quote", "Small islands cannot compete on quantity. We compete on quality,",
    "We compete on quality, not on quantity,", "Same speaker Celestino Pires, reordered.")
OUT.append(P.out())


# ---------------- pair 7: Kiribati solar water pumps
P = Pair("p7a_kiribati_solar_pump_pacificwire.txt", "p7b_kiribati_solar_pump_tarawatimes.txt")
P.f("pumps in the programme", "agree", "quantity", "150 solar-powered water pumps", "150 pumps", "Same.")
P.f("outer islands covered", "agree", "quantity", "12 outer islands", "a dozen outer islands", "12 = a dozen.")
P.f("programme cost", "agree", "quantity", "A$7.2 million", "$7.2m", "Same, written two ways.")
P.f("Australia's contribution", "agree", "quantity", "A$4.5 million", "$4.5m", "Same.")
P.f("pumps in the first phase", "conflict", "quantity", "40 pumps", "50 pumps", "40 vs 50 pumps on Abaiang, Marakei and Butaritari by year end.", b_after="with 50 pumps")
P.f("households per pump", "agree", "quantity", "about 80 households", "about 80 households", "Same.")
P.f("tank size", "agree", "quantity", "10,000-litre", "10,000 litres", "Same.")
P.f("cost of one unit", "agree", "quantity", "about A$38,000", "about $38,000", "Same.")
P.f("household maintenance fee", "agree", "quantity", "A$5", "$5", "Same, per month.", b_after="pay $5")
P.f("pilot pumps still working", "conflict", "quantity", "10 of the pumps", "only 7", "10 vs 7 of the 12 Abemama pilot pumps still working.")
P.f("pilot pumps vs programme pumps", "related", "quantity", "12 pumps", "150 pumps", "A: pumps in the 2024 pilot; B: pumps in the new programme.")
P.f("launch day", "agree", "date", "Monday", "yesterday", "Both 2026-09-14.")
P.f("Kiritimati", "conflict", "statement", "The government has not decided whether to extend the programme to Kiritimati",
    "Kiritimati will be included in the second phase of the programme in 2027", "Undecided vs will be included.")
P.f("pilot diesel savings", "agree", "statement", "cut diesel use by the island council by about 9,000 litres a year",
    "the island council is now using less diesel", "Same effect; B gives no figure.")
P.f("village roles", "related", "statement", "two residents from each village will be trained as technicians",
    "We are ready to dig the tank foundations ourselves", "Training of technicians vs villagers offering labour.")
P.f("'a slow pump'", "conflict", "quote", "A slow pump protects the water for our grandchildren,",
    "A slow pump protects the water for our grandchildren,", "Same words: A gives them to Minister Toaman, B to contractor Ioane Tetabo.")
P.f("'no mother ... carrying water'", "agree", "quote", "No mother on an outer island should spend two hours a day carrying water,",
    "No mother on an outer island should have to carry water for two hours a day,", "Same speaker Toaman, reworded.")
OUT.append(P.out())


# ---------------- pair 8: Nauru weightlifting championships
P = Pair("p8a_nauru_weightlifting_championships_oceaniasportswire.txt", "p8b_nauru_weightlifting_championships_nauruvoice.txt")
P.f("Nauru's gold medals", "conflict", "quantity", "14 gold medals", "15 gold medals", "14 vs 15.")
P.f("lifters competing", "agree", "quantity", "96 lifters", "Ninety-six lifters", "Same.")
P.f("countries taking part", "agree", "quantity", "11 countries and territories", "eleven nations", "Same count (B loosely calls them nations).")
P.f("Adeang's total", "agree", "quantity", "231 kilograms", "231kg", "Same.")
P.f("Adeang's clean and jerk", "agree", "quantity", "131 kg", "131kg", "Same.")
P.f("snatch vs total", "related", "quantity", "100 kg", "231kg", "A: her snatch; B: her combined total. Part vs total.")
P.f("upgrade spending", "agree", "quantity", "A$1.6 million", "$1.6 million", "Same.")
P.f("visitors flown in", "agree", "quantity", "Around 400 visitors", "Some 400 visitors", "Same.")
P.f("spectators", "agree", "quantity", "about 3,500 spectators", "Around 3500 fans", "Same; B without thousands separator.")
P.f("positive drug tests", "conflict", "quantity", "Two lifters", "one lifter", "Two vs one lifter.")
P.f("last day of the championships", "agree", "date", "Sunday", "22 November", "Both 2026-11-22.", b_occ=2)
P.f("training twice a day since", "conflict", "date", "July", "June", "2026-07 vs 2026-06.")
P.f("bid for 2028", "conflict", "statement", "the government had agreed to bid to host the 2028 Oceania championships",
    "Nauru would not bid for the 2028 Oceania championships", "Agreed to bid vs would not bid.")
P.f("next championships", "agree", "statement", "The next championships will be held in Fiji in 2027.",
    "The next Pacific championships go to Fiji in 2027.", "Same.")
P.f("lodging the visitors", "related", "statement", "filling every hotel room on the island",
    "families in Aiwo and Denigomodu put up officials in their homes", "Hotels full vs families hosting: related, not contradictory.")
P.f("'capital of Pacific weightlifting'", "conflict", "quote", "For one week, Nauru was the capital of Pacific weightlifting,",
    "For one week, Nauru was the capital of Pacific weightlifting,", "Same words: A gives them to minister Gadabu, B to committee chairman Lionel Akubor.")
OUT.append(P.out())

json.dump(OUT, open(os.path.join(HERE, "gold", "pairs.gold.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
