import json, os
from build_common import Pair, HERE

OUT = []

# ---------------- pair 1: Tunisia phosphate rail halt
P = Pair("p1a_tunisia_phosphate_rail_halt_medwire.txt", "p1b_tunisia_phosphate_rail_halt_courrierdusud.txt")
P.f("start of the sit-in", "conflict", "date", "January 11", "12 January", "2026-01-11 vs 2026-01-12.")
P.f("number of protesters", "conflict", "quantity", "about 150 unemployed young men", "Around 200 protesters", "About 150 vs around 200: both approximate, but too far apart to be the same estimate.")
P.f("trains a day normally", "agree", "quantity", "14 trains", "fourteen trains", "Same, spelled out in B.")
P.f("daily loss", "agree", "quantity", "2.4 million dinars", "2,4 millions de dinars", "Same; B uses the decimal comma.", a_occ=2)
P.f("loss so far", "agree", "quantity", "about 22 million dinars", "21,6 millions de dinars", "A rounds 21.6 million.")
P.f("phosphate stockpile", "agree", "quantity", "340,000 tonnes", "Some 340.000 tonnes", "Same; B uses the point as thousands separator.")
P.f("SMD workforce", "agree", "quantity", "6,800 people", "about 7.000 workers", "B rounds 6,800.")
P.f("fertiliser plants' utilisation", "agree", "quantity", "40% of capacity", "40% of capacity", "Same.")
P.f("phosphate output at two times", "related", "quantity", "above 8 million tonnes", "3,5 millions de tonnes", "A: past peak output (more than 8 Mt a year); B: 2025 output. Same measure at different times.")
P.f("talks on Thursday", "agree", "date", "Thursday", "Thursday", "Both 2026-01-22.")
P.f("earlier unrest", "agree", "date", "2008", "2008", "Same year of the Redeyef/mining-basin unrest.")
P.f("who said 'the country loses money'", "conflict", "quote",
    "Every day the trains stand still, the country loses money it cannot afford,", "Every day the trains stand still, the country loses money it cannot afford,",
    "Same words: A gives them to SMD chief executive Karim Ben Salah, B to industry minister Hédi Zaouali.")
P.f("Haddad: staying on the tracks until a signed plan", "agree", "quote",
    "We have degrees and we have nothing. We will stay on these tracks until somebody in Tunis signs a paper,",
    "A promise on the radio is not a job. We want a signature,", "Both Walid Haddad; different words, same demand.")
P.f("talks with the protesters", "conflict", "statement",
    "The government has refused to negotiate while the line is blocked",
    "Gafsa governor Slim Mejri has agreed to meet the young men", "Refused to negotiate while blocked vs agreed to meet the protesters before the line is cleared.")
P.f("moving phosphate by road", "conflict", "statement",
    "the company was considering moving part of the stockpile to the coast by road",
    "It has already started sending phosphate to Gabès by lorry", "Considering vs has already started.")
P.f("job cuts at SMD", "agree", "statement",
    "Ben Salah denied reports that SMD was preparing to cut jobs", "SMD, which has about 7.000 workers, said it was not planning any job cuts", "Same denial.")
P.f("unions", "related", "statement",
    "Governor Slim Mejri is due to meet local union leaders on Thursday",
    "The union of railway workers has said it backs the protesters' demands but not the blockade",
    "A: governor's meeting with union leaders; B: rail union's position. Same actors, different facts.")
OUT.append(P.out())

# ---------------- pair 2: Angola cassava-flour import ban
P = Pair("p2a_angola_cassava_flour_ban_lusowire.txt", "p2b_angola_cassava_flour_ban_jornaldokikolo.txt")
P.f("ban starts", "conflict", "date", "April 1", "15 April", "2026-04-01 vs 2026-04-15.")
P.f("length of the ban", "agree", "quantity", "12 months", "one year", "Same length in two units.")
P.f("announcement day", "agree", "date", "Monday", "Monday", "Both 2026-03-09.", b_occ=2)
P.f("imports last year (volume)", "conflict", "quantity", "48,000 tonnes", "45.000 toneladas", "48,000 vs 45,000 tonnes, both given as ministry figures.")
P.f("imports last year (value)", "agree", "quantity", "about $31 million", "31 milhões de dólares", "Same, in Portuguese in B.")
P.f("year of the import figures", "agree", "date", "2025", "last year", "Both 2025.")
P.f("cassava harvest", "agree", "quantity", "about 11 million tonnes", "about 11 milhões de toneladas", "Same.")
P.f("working mills", "agree", "quantity", "40 industrial mills", "40 mills", "Same.")
P.f("credit line for millers", "agree", "quantity", "5 billion kwanza", "5 mil milhões de kwanzas", "Same (mil milhões = billion).")
P.f("price of fuba", "related", "quantity", "about 9,500 kwanzas", "380 Kz", "A: a 25-kg sack of imported fuba; B: a kilo. Different units sold (9,500/25 = 380 per kg, consistent).")
P.f("inflation in February", "agree", "quantity", "19%", "19,1%", "A rounds 19.1%.")
P.f("Kapenda on Angola's fields", "agree", "quote",
    "We cannot feed Angolans with flour milled in other countries while our own fields are full,",
    "Angola's fields are full, and Angolans will eat flour from Angolan fields,", "Both Kapenda; reworded, same meaning.")
P.f("Dala on the lorries from Malanje", "agree", "quote",
    "The local flour is good but there is not enough of it in the city, and the lorries from Malanje come when they want,",
    "The flour from Malanje is good, but the trucks come when they want. If they do not come, who feeds my customers?",
    "Both Filomena Dala; reworded.")
P.f("exemptions for breweries and biscuit makers", "conflict", "statement",
    "The ministry ruled out exemptions for breweries and biscuit makers",
    "The ministry said it was studying exemptions for breweries and biscuit factories", "Ruled out vs studying.")
P.f("traders' association and the ban", "conflict", "statement",
    "said it would ask the government to delay the ban by three months",
    "said it would respect the ban", "ACA asks for a delay vs says it will respect the ban and asks only for clear port rules.")
P.f("SADC rules", "agree", "statement",
    "He denied that the measure broke Angola's commitments in the Southern African Development Community",
    "Minister Kapenda rejected claims that the ban broke the rules of the Southern African Development Community", "Same denial.")
P.f("accompanying measures", "related", "statement",
    "the ministry would publish weekly flour prices",
    "has promised to repair 300 km of rural roads in Malanje and Uíge", "Different measures announced with the ban; both can be true.")
OUT.append(P.out())

# ---------------- pair 3: Botswana elephant-hunting quota
P = Pair("p3a_botswana_elephant_quota_kalahariwire.txt", "p3b_botswana_elephant_quota_maunreporter.txt")
P.f("quota", "agree", "quantity", "400 elephants", "400 animals", "Same.")
P.f("previous quota", "agree", "quantity", "287", "287", "Same (noun elided on both sides).")
P.f("season opens", "conflict", "date", "May 1", "15 May", "2026-05-01 vs 2026-05-15.")
P.f("announcement day", "agree", "date", "Tuesday", "yesterday", "Both 2026-04-14.")
P.f("people killed by elephants in 2025", "agree", "quantity", "12 people", "A dozen people", "Same.")
P.f("licence fee", "agree", "quantity", "P120,000", "P120 000", "Same; B uses a space as thousands separator.")
P.f("community share of fees", "conflict", "quantity", "65%", "50 per cent", "A: 65% will go to community trusts; B: 50% under the new rules (65% was the old share).")
P.f("elephant population", "agree", "quantity", "about 130,000 elephants", "more than 130 000", "Compatible.")
P.f("price of a hunt", "agree", "quantity", "$45,000 to $60,000", "around US$50 000", "B's single value lies inside A's range.")
P.f("money: fees vs damage claims", "related", "quantity", "about P48 million", "P6.2 million", "A: expected licence revenue; B: damage claims last year. Different measures in pula.")
P.f("aerial count", "agree", "date", "October 2025", "last October", "Both 2025-10.")
P.f("Morake: pride but not masters", "agree", "quote",
    "Elephants are our pride, but they cannot be our masters,",
    "Our elephants are a national treasure, but they must not rule over our people,", "Both Morake; reworded.")
P.f("who said 'written for trophy hunters'", "conflict", "quote",
    "This quota is written for trophy hunters, not for farmers,", "This quota is written for trophy hunters, not for farmers,",
    "Same words: A gives them to Tiro Sebina (Okavango Wildlife Trust), B to farmer Mpho Rapula.")
P.f("hunting inside Chobe National Park", "conflict", "statement",
    "hunting would not be allowed inside Chobe National Park",
    "Minister Morake did not rule out hunting near the Chobe riverfront, inside the national park", "Not allowed vs not ruled out.")
P.f("court challenge", "conflict", "statement",
    "Sebina said the group would ask the High Court to review the decision",
    "would not go to court for now", "Will go to court vs will not for now.")
P.f("old survey data", "agree", "statement",
    "rejected claims that the quota was based on out-of-date surveys",
    "She dismissed claims that the quota had been set on the basis of old aerial counts", "Same rejection.")
P.f("foreign trophy markets", "related", "statement",
    "Germany is considering a ban on trophies of protected species",
    "Safari operators said bookings from American hunters remain strong", "Different markets; both true.")
OUT.append(P.out())

# ---------------- pair 4: Estonia oil-shale plant closure
P = Pair("p4a_estonia_oil_shale_closure_nordbaltwire.txt", "p4b_estonia_oil_shale_closure_narvakuller.txt")
P.f("closure date", "conflict", "date", "end of 2026", "March 2027", "By the end of 2026 vs March 2027.")
P.f("jobs lost", "conflict", "quantity", "420 jobs", "about 480 people", "420 vs about 480.", a_occ=2)
P.f("units", "agree", "quantity", "two remaining oil-shale units", "two oil-shale units", "Same.")
P.f("capacity", "agree", "quantity", "330 megawatts", "330 MW", "Same.")
P.f("severance fund", "agree", "quantity", "€18 million", "18 miljonit eurot", "Same, in Estonian in B.")
P.f("carbon cost", "related", "quantity", "about €82", "€140 million", "A: price per tonne of CO2; B: total permit bill of all plants last year. Per-unit vs total.")
P.f("Just Transition Fund", "agree", "quantity", "€340 million", "€340 million", "Same.")
P.f("oil shale's share in 2025", "agree", "quantity", "18%", "18 per cent", "Same.")
P.f("Ida-Viru unemployment", "agree", "quantity", "11.4%", "11,4 protsenti", "Same; B in Estonian with decimal comma.")
P.f("announcement day", "agree", "date", "Tuesday", "yesterday", "Both 2026-05-19.")
P.f("council session", "agree", "date", "Thursday", "Thursday", "Both 2026-05-21.")
P.f("year shale gave three-quarters", "agree", "date", "2018", "2018", "Same.")
P.f("who said 'we owe these workers'", "conflict", "quote",
    "Oil shale kept the lights on in Estonia for sixty years, and we owe these workers more than a handshake,",
    "Oil shale kept the lights on in Estonia for sixty years, and we owe these workers more than a handshake,",
    "Same words: A gives them to CEO Margus Lepik, B to Narva mayor Aleksei Voronov.")
P.f("Ivanova: told 2030", "agree", "quote", "We were told 2030. Now we have seven months,",
    "They promised us 2030. Now we have less than a year, and nobody in Tallinn has asked what Narva will do,", "Both Ivanova; reworded.")
P.f("units as a reserve", "conflict", "statement",
    "The government has ruled out keeping the units as a cold reserve",
    "The units will be kept in reserve until 2030", "Same minister: ruled out vs will be kept.")
P.f("link to the share sale", "agree", "statement",
    "Lepik denied that the company was closing the units to raise cash before a planned sale of minority shares",
    "Lepik rejected suggestions that the closure was linked to the planned sale of a minority stake", "Same denial.")
P.f("future use of the site", "related", "statement",
    "the Balti site would host a 100-megawatt battery park from 2028",
    "The city wants some of it spent on a data centre on the plant's land", "Company plan vs city wish; both can hold.")
OUT.append(P.out())

# ---------------- pair 5: Moldova gas transit tariff
P = Pair("p5a_moldova_gas_transit_tariff_danubewire.txt", "p5b_moldova_gas_transit_tariff_curierulchisinau.txt")
P.f("new tariff", "conflict", "quantity", "$6.50", "$6,80", "$6.50 vs $6.80 per 1,000 m3 per 100 km.")
P.f("old tariff", "agree", "quantity", "$4.10", "$4,10", "Same; B decimal comma.")
P.f("tariff unit volume", "agree", "quantity", "1,000 cubic metres", "1.000 cubic metres", "Same.")
P.f("takes effect", "agree", "date", "August 1", "1 August", "Both 2026-08-01.")
P.f("decision day", "agree", "date", "Monday", "Monday", "Both 2026-07-06.")
P.f("transit volume this year", "agree", "quantity", "about 2.1 billion cubic metres", "2,1 miliarde m³", "Same.")
P.f("extra revenue", "agree", "quantity", "roughly $38 million", "about $40 million", "Both approximate; compatible.")
P.f("size of the rise vs Romanian discount", "related", "quantity", "59%", "20% discount", "A: Moldovan increase; B: discount offered by Romania. Different measures in percent.", a_occ=2)
P.f("cost coverage of the old tariff", "agree", "quantity", "about 60%", "about 60%", "Same.")
P.f("Energy Community hearing", "conflict", "date", "September 15", "22 September", "2026-09-15 vs 2026-09-22.")
P.f("Munteanu on carrying gas at a loss", "agree", "quote",
    "Moldova cannot carry other countries' gas at a loss. Our consumers have paid for this pipe for too long,",
    "We will not carry foreign gas at a loss any longer. Moldovan consumers have paid for this pipeline enough,", "Both Munteanu; reworded.")
P.f("who said 'a toll road with no road'", "conflict", "quote", "This is a toll road with no road,", "This is a toll road with no road,",
    "A: Aegean CEO Nikos Drakos; B: an unnamed spokesman for Ukraine's gas operator.")
P.f("Ciobanu: a tariff is not a favour/gift", "agree", "quote", "A tariff is not a favour,", "A tariff is not a gift,", "Both Ciobanu; one word differs, same meaning.")
P.f("will Aegean pay", "conflict", "statement",
    "said it would not pay the higher tariff", "has agreed to pay Moldova's new gas transit tariff under protest", "Would not pay vs agreed to pay.")
P.f("Romanian discount", "conflict", "statement",
    "Romania's grid operator has not said whether it would offer discounts",
    "Romania's gas grid operator has offered traders a 20% discount", "Not said vs has offered.")
P.f("budget motive", "agree", "statement",
    "ANRE denied that the increase was designed to fill holes in the state budget",
    "ANRE rejected claims that the rise was meant to plug the state budget", "Same denial.")
P.f("Ukraine's stake", "related", "statement",
    "Naftogaz, the Ukrainian state company, had no immediate comment",
    "Kyiv was \"watching closely\" because the route carries gas for Ukrainian storage", "A: no comment from Naftogaz; B: unnamed Ukrainian operator spokesman comments. Different sources.")
OUT.append(P.out())

# ---------------- pair 6: Panama canal draught restriction
P = Pair("p6a_panama_canal_draught_isthmuswire.txt", "p6b_panama_canal_draught_elistmodiario.txt")
P.f("new maximum draught", "agree", "quantity", "13.41 metres", "13.4 metres", "Same (44 feet = 13.41 m; B rounds).")
P.f("limit takes effect", "conflict", "date", "August 20", "August 24", "2026-08-20 vs 2026-08-24.")
P.f("announcement day", "agree", "date", "Tuesday", "Tuesday", "Both 2026-08-11.", b_occ=2)
P.f("Gatun Lake level", "agree", "quantity", "79.2 feet", "24.1 metres", "Same level in two units (79.2 ft = 24.14 m).")
P.f("rain deficit", "agree", "quantity", "30%", "nearly 30 per cent", "Compatible.")
P.f("daily transits after the cut", "conflict", "quantity", "31", "32", "31 vs 32 a day.", a_after="from 36 to", b_after="transits to")
P.f("daily transits before the cut", "agree", "quantity", "36", "36", "Same.", a_after="fall from", b_after="to 32, from")
P.f("lost tolls", "agree", "quantity", "$150 million to $200 million", "up to US$200 million", "B gives the upper end of A's range.")
P.f("shipping surcharge per container", "conflict", "quantity", "$300", "B/. 200 to B/. 250", "A: $300; B: a range of 200-250 balboas (= USD). Single value outside the range.")
P.f("annual toll revenue", "agree", "quantity", "about $5 billion", "B/.4,990 million", "Same, in balboas in B (par with USD).")
P.f("Río Indio cost", "agree", "quantity", "$1.6 billion", "US$1,600 million", "Same, written two ways.")
P.f("Río Indio completion", "agree", "date", "2031", "2031", "Same.")
P.f("people to be moved", "related", "quantity", "About 2,000 people", "roughly 500 families", "People vs families: different measures.")
P.f("who said 'managing water, not ships'", "conflict", "quote", "We are managing water, not ships. Every lockage costs us millions of gallons that we do not have,",
    "We are managing water, not ships,", "A: administrator Almengor; B: water director Ilka Guardia.")
P.f("further cut", "conflict", "statement",
    "Almengor ruled out a further cut before October",
    "the authority is considering a further reduction to 13.1 metres in September", "Ruled out vs considering, same speaker.")
P.f("customers leaving for good", "agree", "statement",
    "Almengor denied that the canal was losing customers permanently to other routes",
    "Almengor rejected the idea that shippers were abandoning the route for good", "Same denial.")
P.f("who is hit", "related", "statement",
    "Liquefied natural gas tankers, which pay some of the highest tolls, have been among the first to switch routes",
    "Colón Free Zone traders said higher freight costs would hit imports from Asia", "Different groups affected.")
OUT.append(P.out())

# ---------------- pair 7: Trinidad and Tobago steelpan workshop fire
P = Pair("p7a_trinidad_steelpan_fire_caribnews.txt", "p7b_trinidad_steelpan_fire_belmontsentinel.txt")
P.f("pans destroyed", "conflict", "quantity", "85 steelpans", "One hundred and ten pans", "85 vs 110.")
P.f("night of the fire", "agree", "date", "Tuesday night", "Tuesday", "Both 2026-10-13.")
P.f("fire units", "agree", "quantity", "four units", "four tenders", "Same.")
P.f("time to put out the fire", "agree", "quantity", "almost three hours", "nearly three hours", "Same.")
P.f("damage", "agree", "quantity", "about TT$2.5 million", "TT$2.5m", "Same, abbreviated in B.")
P.f("cost of one pan vs total loss", "related", "quantity", "around TT$15,000", "TT$2.5m", "Per-pan cost vs total damage.")
P.f("band founded", "agree", "date", "1971", "1971", "Same.")
P.f("tuner with the band since", "agree", "date", "1988", "1988", "Same.")
P.f("young players", "agree", "quantity", "About 60 young players", "about 60 children", "Same.")
P.f("benefit concert", "conflict", "date", "October 24", "31st October", "2026-10-24 vs 2026-10-31.")
P.f("who said 'forty years of music'", "conflict", "quote", "We lost forty years of music in one night,", "We lost forty years of music in one night,",
    "A: captain Roslyn Baptiste; B: manager Keston Alleyne.")
P.f("who said pan keeps youths off the block", "conflict", "quote", "Pan is what keeps these youths off the block,", "Pan keeps our youths off the block,",
    "Reworded and given to different speakers: A tuner Clive Moreau, B neighbour Marcia Thomas.")
P.f("Panorama 2027", "conflict", "statement",
    "Alleyne said the band would not compete in Panorama 2027",
    "Captain Roslyn Baptiste said the band will be on stage for Panorama 2027", "Will not compete vs will be on stage.")
P.f("arson", "conflict", "statement",
    "The Fire Service has not ruled out arson", "Police said arson had been ruled out", "Not ruled out vs ruled out.")
P.f("government help", "agree", "statement",
    "promised government help to rebuild", "The Ministry of Culture said it would help with the rebuilding", "Same pledge.")
P.f("borrowed instruments", "related", "statement",
    "the ministry would ask other bands to lend instruments to Silver Harmonics",
    "Other bands, including two from Laventille, have already offered instruments", "Ministry's request vs bands' offers; compatible.")
OUT.append(P.out())

# ---------------- pair 8: PNG coffee licence suspension
P = Pair("p8a_png_coffee_licence_suspension_pacificwire.txt", "p8b_png_coffee_licence_suspension_highlandspost.txt")
P.f("exporters suspended", "conflict", "quantity", "11 companies", "nine exporters", "11 vs 9.", b_occ=2)
P.f("length of the suspension", "agree", "quantity", "90 days", "three months", "Same length in two units.")
P.f("suspension took effect", "agree", "date", "November 20", "November 20", "Both 2026-11-20.")
P.f("announcement day", "agree", "date", "Tuesday", "yesterday", "Both 2026-11-24.")
P.f("maximum fine", "agree", "quantity", "up to K50,000", "up to K50,000", "Same.")
P.f("end of the review", "conflict", "date", "February 2027", "January 2027", "2027-02 vs 2027-01.")
P.f("exports last year", "agree", "quantity", "780,000 bags", "about 47,000 tonnes", "780,000 bags of 60 kg = 46,800 t.")
P.f("export earnings", "agree", "quantity", "about K1.1 billion", "about K1.1 billion", "Same.")
P.f("growing households", "agree", "quantity", "about 400,000 households", "Some 400,000 families", "Same.")
P.f("containers rejected", "agree", "quantity", "14 containers", "14 containers", "Same.")
P.f("coffee prices", "related", "quantity", "K9.50", "K12", "A: current floor price; B: floor price the farmers' union wants. Different measures.")
P.f("Kaupa on one bad bag", "agree", "quote", "One bad bag can undo the name of every honest grower in the Highlands,",
    "One bad bag can ruin the good name of every honest grower in our province,", "Both Kaupa; reworded.")
P.f("who said 'the grower ... pockets empty'", "conflict", "quote",
    "The grower is the one who will go home with his bags full and his pockets empty,",
    "The grower is the one who will go home with his bags full and his pockets empty,",
    "A: exporters' chairman Peter Yagi; B: grower Anna Kuman.")
P.f("names of the exporters", "conflict", "statement",
    "it had not yet named the exporters", "The Coffee Industry Corporation has published the names of nine exporters", "Not yet named vs has published.")
P.f("compensation for exporters", "conflict", "statement",
    "He ruled out compensation for the suspended exporters",
    "the state would look at compensation for exporters who are cleared by the review", "Ruled out vs would look at (same minister).")
P.f("keeping the crop moving", "related", "statement",
    "other exporters could buy the crop the suspended firms would have taken",
    "provincial police would help check trucks carrying coffee", "Different accompanying measures (buyers vs checks on trucks); both can hold.")
P.f("exporters deny wrongdoing", "agree", "statement",
    "said its members had done nothing wrong", "said the companies had done nothing wrong", "Same denial.")
OUT.append(P.out())

with open(os.path.join(HERE, "gold", "pairs.gold.json"), "w", encoding="utf-8") as f:
    json.dump(OUT, f, ensure_ascii=False, indent=1)
    f.write("\n")
