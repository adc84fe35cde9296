import json, os
from build_common import Pair, HERE

OUT = []

# ---------------- pair 1: Dingle distillery refused
P = Pair("p1a_ireland_distillery_hiberniawire.txt", "p1b_ireland_distillery_kerrysentinel.txt")
P.f("cost of the distillery", "agree", "quantity", "€62 million", "€62m", "Same; written out vs abbreviated.", a_occ=2)
P.f("permanent jobs promised", "conflict", "quantity", "85 people", "110 jobs", "85 permanent jobs vs 110 jobs promised.")
P.f("daily water use", "agree", "quantity", "400,000 litres", "400 cubic metres", "Same volume in two units (400,000 l = 400 m3).")
P.f("objections received", "agree", "quantity", "more than 240 objections", "247 objections", "247 is more than 240.")
P.f("money already spent", "related", "quantity", "€4.5 million", "€1.2m", "A: land and design work; B: planning and design alone. Different measures of spending.")
P.f("site area", "agree", "quantity", "14-hectare", "35-acre", "14 ha = 34.6 acres; converted and rounded.")
P.f("river almost dry", "agree", "quantity", "23 days", "more than three weeks", "23 days is more than three weeks.")
P.f("bottling capacity", "agree", "quantity", "1.5 million bottles", "one and a half million bottles", "Same; figures vs words.")
P.f("decision day", "agree", "date", "Wednesday", "January 21", "Both 2026-01-21.")
P.f("appeal lodged", "conflict", "date", "March 2025", "April 2025", "2025-03 vs 2025-04.")
P.f("council permission", "agree", "date", "2024", "2024", "Same year.")
P.f("who said 'a gamble with a river'", "conflict", "quote",
    "A distillery that needs more water than the river can give is not a rural jobs plan, it is a gamble with a river,",
    "A distillery that needs more water than the river can give is not a rural jobs plan, it is a gamble with a river.",
    "Same words: A gives them to anglers' secretary Máire Ní Shé, B to residents' chair Tomás Ó Cinnéide.")
P.f("chief executive's reaction", "agree", "quote",
    "We are bitterly disappointed, and so are the people of this peninsula who wanted these jobs,",
    "We are bitterly disappointed, and so are the people of this peninsula who wanted these jobs,", "Both Declan Furlong, same words.")
P.f("TD on water and whiskey", "agree", "quote", "The decision is about water, not about whiskey,", "about water, not about whiskey",
    "Both Pádraig Moriarty; B quotes a fragment.")
P.f("court challenge", "conflict", "statement",
    "Furlong said the company would not appeal the decision to the High Court",
    "the company was considering a judicial review in the High Court",
    "Opposite modality: will not go to the High Court vs considering a judicial review there.")
P.f("new water supply for west Kerry", "related", "statement",
    "Local TD Pádraig Moriarty called on the Government to fund a new water scheme for west Kerry",
    "Kerry County Council said it would ask Uisce Éireann to study a new supply for the west of the county",
    "Same topic, different actors and steps (TD asks Government to fund; council asks Uisce Éireann to study).")
P.f("reason for refusal", "agree", "statement",
    "ruling that the plant would draw too much water from a small river",
    "the Milltown River could not spare the water", "Same ground for the refusal, worded differently.")
OUT.append(P.out())

# ---------------- pair 2: Lisbon azulejo theft trial
P = Pair("p2a_portugal_azulejo_theft_atlanticonews.txt", "p2b_portugal_azulejo_theft_lisbonpost.txt")
P.f("tiles stolen", "agree", "quantity", "about 2,300 hand-painted azulejo tiles", "2 312 tiles", "About 2,300 vs exact 2 312 (Portuguese space separator).")
P.f("prison sentence", "agree", "quantity", "seven and a half years", "seven years and six months", "Same 7.5 years, written two ways.", b_occ=2)
P.f("defendants convicted", "conflict", "quantity", "Five of the six defendants", "Four of the six accused", "5 vs 4 of 6 convicted (B: two builders acquitted; A: builders convicted).")
P.f("buildings stripped", "agree", "quantity", "17 churches and palaces", "seventeen buildings", "Same 17; digits vs words.")
P.f("value of stolen tiles", "agree", "quantity", "€1.8 million", "€1,8 million", "Same; decimal comma in B.")
P.f("money from buyers vs value of recovered tiles", "related", "quantity", "about €450,000", "roughly €600 000",
    "A: what buyers paid Valente; B: value of the recovered tiles. Different measures.")
P.f("tiles recovered", "agree", "quantity", "About 1,600 tiles", "about 1 580 tiles", "Both approximate, compatible.")
P.f("compensation ordered", "agree", "quantity", "€310,000", "€310 000", "Same; separator differs.")
P.f("prosecution request", "agree", "quantity", "nine years", "nine years", "Same.")
P.f("verdict day", "agree", "date", "Thursday", "yesterday", "Both 2026-03-12.")
P.f("start of the thefts", "agree", "date", "2019", "2019", "Same year.")
P.f("arrest", "conflict", "date", "October 2024", "November 2024", "2024-10 vs 2024-11.")
P.f("who said 'the memory of this country'", "conflict", "quote",
    "These tiles are not decoration, they are the memory of this country, and they were sold off by the square metre,",
    "These tiles are not decoration, they are the memory of this country, and they were sold off by the square metre.",
    "Same words: A gives them to judge Teresa Almada, B to prosecutor Henrique Saldanha.")
P.f("heritage association", "agree", "quote", "Every wall that is stripped is a page torn out of our history,",
    "Every wall that is stripped is a page torn out of our history,", "Both Leonor Pais.")
P.f("appeal by the defence", "conflict", "statement", "said he would appeal to the Lisbon Court of Appeal",
    "his client had decided not to appeal", "Opposite polarity, same lawyer: will appeal vs decided not to.")
P.f("what the authorities will do next", "related", "statement",
    "The Lisbon city council said it would spend €2 million over four years on a tile bank",
    "The Ministry of Culture is considering listing azulejos on façades as protected heritage",
    "Different measures by different bodies; compatible.")
P.f("dealer's defence", "agree", "statement", "Valente had denied knowing that the tiles were stolen",
    "He always insisted that he bought the panels in good faith", "Same denial, worded differently.")
OUT.append(P.out())

# ---------------- pair 3: bear attack in Somiedo
P = Pair("p3a_spain_bear_attack_mesetapress.txt", "p3b_spain_bear_attack_vozdesomiedo.txt")
P.f("day of the attack", "conflict", "date", "Sunday", "Saturday afternoon", "2026-06-07 vs 2026-06-06.")
P.f("bear's weight", "conflict", "quantity", "between 100 and 120 kilograms", "some 150 kilos", "Range 100-120 kg vs about 150 kg.")
P.f("distance from the village", "agree", "quantity", "about 2 kilometres", "some two kilometres", "Same; digits vs words.")
P.f("cubs", "agree", "quantity", "two cubs", "two cubs", "Same.")
P.f("stitches", "agree", "quantity", "more than 30 stitches", "32 stitches", "32 is more than 30.")
P.f("trails closed", "agree", "quantity", "three trails", "three paths", "Same three.")
P.f("bear population", "agree", "quantity", "about 370 animals", "Some 370 brown bears", "Same, differently qualified.")
P.f("compensation: total vs per beehive", "related", "quantity", "€1.4 million", "up to 600 euros",
    "A: total paid last year for bear and wolf damage; B: ceiling per beehive. Total vs per unit.")
P.f("trails closed until", "agree", "date", "June 22", "22 June", "Both 2026-06-22, written two ways.")
P.f("who said 'she was lucky'", "conflict", "quote",
    "She was lucky: she lay still and covered her neck, and that saved her life,",
    "She was lucky: she lay still and covered her neck, and that saved her life,",
    "Same words: A gives them to ranger chief Ramón Iglesias, B to surgeon Álvaro Menéndez.")
P.f("minister on shooting the bear", "agree", "quote", "Nobody is going to shoot a mother for doing what mothers do,",
    "Nobody is going to shoot a mother for defending her cubs,", "Both Elena Caso; reworded, same meaning.")
P.f("hiker on the encounter", "agree", "quote", "I walked into her kitchen. She told me to leave, in her own way,",
    "I went into her kitchen. She told me to go, in her own way,", "Both Marisa Fuertes; reworded.")
P.f("capturing the bear", "conflict", "statement", "ruled out killing or capturing the bear",
    "is considering capturing the she-bear to fit her with a GPS collar",
    "Ruled out capture vs is considering capture.")
P.f("hiker still in hospital", "conflict", "statement", "She was released from hospital on Monday.",
    "She remains in hospital", "Released on Monday vs still in hospital on Tuesday morning.")
P.f("calls after the attack", "related", "statement",
    "called for the population to be controlled",
    "asked walkers to carry bear spray and to make noise on forest trails",
    "Farmers' union wants control; conservation group advises walkers. Different demands, not contradictory.")
P.f("evacuation by air", "agree", "statement",
    "She was flown by helicopter to the Central University Hospital of Asturias in Oviedo",
    "She was airlifted to the HUCA hospital in Oviedo", "Same hospital (HUCA is its acronym).")
OUT.append(P.out())

# ---------------- pair 4: Athens short-term rental freeze
P = Pair("p4a_greece_rental_freeze_aegeanwire.txt", "p4b_greece_rental_freeze_athenscourier.txt")
P.f("districts added", "agree", "quantity", "four more districts", "four neighbourhoods", "Same four.")
P.f("listings in Athens", "agree", "quantity", "about 12,400 short-term listings", "More than 12.000 flats", "12,400 is more than 12,000 (Greek dot separator in B).")
P.f("rent rise since 2019", "conflict", "quantity", "38%", "almost 50%", "38% vs almost 50% since 2019 (ministry/Bank of Greece vs tenants' groups).")
P.f("fines", "agree", "quantity", "up to €20,000", "€5.000 to €20.000", "Ceiling vs range with the same ceiling: compatible.")
P.f("rents quoted", "related", "quantity", "€780 a month", "€650 a month", "A: average 60 m2 flat in the city; B: one-bedroom in Koukaki. Different things.")
P.f("new applications", "agree", "quantity", "2,300 applications", "Some 2.300 applications", "Same; B qualifies and uses a dot separator.")
P.f("announcement", "agree", "date", "Tuesday", "yesterday", "Both 2026-05-12.", a_after="ministry said on")
P.f("freeze takes effect", "agree", "date", "June 1", "1 June", "Both 2026-06-01.")
P.f("freeze ends", "conflict", "date", "December 31, 2027", "31/12/2026", "2027-12-31 vs 2026-12-31.")
P.f("who said 'every flat that becomes a hotel room'", "conflict", "quote",
    "Every flat that becomes a hotel room is a family that has to leave the centre,",
    "Every flat that becomes a hotel room is a family that has to leave the centre,",
    "Same words: A gives them to minister Katerina Lambrou, B to deputy mayor Nikos Vlachos.")
P.f("owners' association", "agree", "quote", "You are punishing the people who brought these buildings back to life,",
    "You are punishing the people who brought these buildings back to life.", "Both Stavros Mavridis.")
P.f("existing licences", "conflict", "statement", "existing licences would not be affected",
    "licences may be withdrawn where flats break building rules", "Not affected vs may be withdrawn (and must re-register).")
P.f("freeze on the islands", "conflict", "statement", "the government had no plans to extend the freeze to the islands",
    "The ministry is examining a similar measure for Santorini and Mykonos", "No plans vs examining.")
P.f("reaction of the sector", "related", "statement", "said it would challenge the decision at the Council of State",
    "Athens hotel owners welcomed the decision", "Owners' challenge vs hotels' welcome: different actors, not contradictory.")
P.f("aim of the freeze", "agree", "statement", "We want the neighbourhoods to have neighbours again.",
    "the aim was to bring residents back to the centre", "A quotes, B paraphrases the same minister.")
OUT.append(P.out())

# ---------------- pair 5: elephants killed by a train in Assam
P = Pair("p5a_india_elephant_train_subcontinentpress.txt", "p5b_india_elephant_train_brahmaputraherald.txt")
P.f("elephants killed", "conflict", "quantity", "three elephants", "Four elephants", "3 vs 4 killed by the same train (B: all four died by dawn, before A's report).", a_occ=2)
P.f("herd size", "agree", "quantity", "about 30 elephants", "25 to 30 elephants", "About 30 vs a 25-30 range: compatible.")
P.f("train speed", "agree", "quantity", "about 60 km an hour", "around 60 kmph", "Same; unit written differently.")
P.f("night speed limit", "agree", "quantity", "30 km an hour", "30 kmph", "Same.")
P.f("elephants killed on tracks since 2016", "agree", "quantity", "At least 48 elephants", "At least 48 elephants", "Same.")
P.f("track lengths", "related", "quantity", "146 km", "about 12 km", "A: track covered by the detection system; B: length of the corridor. Different measures.")
P.f("money for the underpasses", "agree", "quantity", "₹30 million", "Rs 3 crore", "Same: 3 crore = 30 million rupees (Indian numbering in B).")
P.f("underpasses", "agree", "quantity", "two underpasses", "two underpasses", "Same.")
P.f("night of the collision", "agree", "date", "Tuesday", "Tuesday night", "Both 2026-07-14.")
P.f("corridor notified", "agree", "date", "March 2024", "2024", "Same, different grain.")
P.f("inquiry report due", "conflict", "date", "July 31", "August 15", "2026-07-31 vs 2026-08-15.")
P.f("who said 'the elephants were here long before the railway line'", "conflict", "quote",
    "The elephants were here long before the railway line. It is the train that must give way,",
    "The elephants were here long before the railway line. It is the train that must give way,",
    "Same words: A gives them to forest officer Rituparna Bora, B to conservationist Dhruba Gogoi.")
P.f("railway spokesman's regret", "agree", "quote",
    "We deeply regret the loss. Every train in the corridor is meant to crawl at night, and we will find out why this one did not,",
    "We are deeply sorry for the loss. All trains in the corridor are supposed to crawl at night, and we will find out why this one did not.",
    "Both Pranjal Deka; reworded, same meaning.")
P.f("crew suspended", "conflict", "statement", "The loco pilot and his assistant have been suspended pending an inquiry",
    "He denied reports that the loco pilot and his assistant had been suspended", "Confirmed vs denied.")
P.f("demands after the accident", "related", "statement",
    "announced a three-member committee to examine the accident",
    "Conservation groups demanded that the night speed limit be cut to 20 kmph",
    "Minister's committee vs conservationists' demand: different steps, not contradictory.")
P.f("the train", "agree", "statement", "The goods train, carrying cement from Meghalaya to Dimapur",
    "a cement-laden goods train", "Same train and cargo.")
OUT.append(P.out())

# ---------------- pair 6: Komodo Island closure
P = Pair("p6a_indonesia_komodo_closure_nusantarawire.txt", "p6b_indonesia_komodo_closure_labuanbajotimes.txt")
P.f("length of the closure", "agree", "quantity", "12 months", "one year", "12 months = one year.")
P.f("dragons on the island", "agree", "quantity", "About 1,400 Komodo dragons", "1.383 dragons", "About 1,400 vs exact 1.383 (Indonesian dot separator).")
P.f("fall in deer numbers", "conflict", "quantity", "40%", "25%", "Deer down 40% since 2019 vs down 25% on five years ago (same period).")
P.f("park visitors last year", "agree", "quantity", "about 330,000 visitors", "331.000 tourists", "Rounded vs exact; 2025 in both.")
P.f("conservation membership", "agree", "quantity", "Rp 3.75 million", "Rp3.750.000 a year", "Same fee, written two ways.")
P.f("boats vs crew", "related", "quantity", "about 600 tour boats", "Some 1.200 boat crew", "Boats licensed vs crew employed: different measures.")
P.f("membership vs ordinary ticket", "related", "quantity", "Rp 3.75 million", "Rp150.000", "Annual membership for restricted zones vs ordinary Rinca ticket: two prices of different things.")
P.f("closure starts", "agree", "date", "January 1, 2027", "1 January 2027", "Both 2027-01-01.")
P.f("announcement", "agree", "date", "Wednesday", "Rabu (19/8)", "Both 2026-08-19 (B in Indonesian day-and-date style).")
P.f("closure first proposed", "conflict", "date", "2019", "2021", "2019 vs 2021.", a_after="first proposed in")
P.f("deputy minister on selfies", "agree", "quote",
    "The dragons do not need selfies, they need deer and quiet. One year without crowds is a small price for a species that has lived here for millions of years,",
    "Dragons do not need selfies. They need deer and they need quiet,", "Both Bambang Setiadi; B shorter.")
P.f("boat owners' cooperative", "agree", "quote",
    "Half the boats in the harbour take people to Komodo Island. Where will they go now?",
    "Half the boats in the harbour take people to Komodo Island. Where will they go now?", "Both Yohanes Jehaut.")
P.f("compensation for tour operators", "conflict", "statement", "Setiadi ruled out compensation for tour operators",
    "The ministry will pay compensation to licensed boat operators who lose bookings, Setiadi said", "Ruled out vs will pay, same official.")
P.f("local pushback", "related", "statement", "The Labuan Bajo Hotel Association said bookings for 2027 had already fallen",
    "said he would ask Jakarta to limit the closure to the rainy season", "Hotels report lost bookings; regent asks for a shorter closure. Different claims.")
P.f("other islands stay open", "agree", "statement", "the neighbouring islands of Rinca and Padar, which will stay open",
    "Rinca and Padar will stay open", "Same.")
OUT.append(P.out())

# ---------------- pair 7: Belém club sells its football company
P = Pair("p7a_brazil_club_sale_sulamericawire.txt", "p7b_brazil_club_sale_gazetaparaense.txt")
P.f("stake sold", "agree", "quantity", "70%", "70 per cent", "Same.", a_occ=2)
P.f("price", "agree", "quantity", "R$620 million", "R$ 620 million", "Same; B uses the Brazilian space after R$.", b_occ=2)
P.f("members who voted", "conflict", "quantity", "800 members", "810 members", "800 vs 810 voters.")
P.f("votes in favour", "agree", "quantity", "612 votes", "612", "Same 612 (B's bare number counts members).")
P.f("debt money", "related", "quantity", "R$350 million", "R$ 410 million", "A: part of the price set aside to pay debts; B: total debts. Different measures.")
P.f("stadium investment", "agree", "quantity", "R$150 million", "R$ 150 million", "Same.")
P.f("period of the stadium investment", "conflict", "quantity", "five years", "three years", "Over five vs over three years.")
P.f("stadium capacity", "agree", "quantity", "35,000-seat", "35.000-seat", "Same; separator differs.")
P.f("stake kept by the association", "agree", "quantity", "30%", "30 per cent", "Same.")
P.f("vote day", "agree", "date", "Saturday", "yesterday", "Both 2026-10-10.")
P.f("completion", "agree", "date", "January 31, 2027", "31 de janeiro de 2027", "Both 2027-01-31; B in Portuguese.")
P.f("relegation from the top division", "conflict", "date", "2003", "2005", "2003 vs 2005.")
P.f("investor's statement", "agree", "quote",
    "This is not a rescue. We are buying a sleeping giant, with one of the most passionate crowds in the Americas,",
    "We are not here to rescue anyone. We are buying a sleeping giant with one of the most passionate crowds in the Americas.",
    "Both Daniel Kessler; reworded, same meaning.")
P.f("president's future", "conflict", "statement", "said he would step down once the deal was completed",
    "said he had no intention of resigning", "Will step down vs no intention of resigning.")
P.f("scrutiny of the deal", "related", "statement",
    "Several hundred fans from the supporters' group Torcida Azulina protested outside the building during the vote",
    "The state prosecutor's office said it would examine the contract", "Fans' protest vs prosecutor's review: different actors and actions.")
P.f("veto over identity", "agree", "statement", "a veto over any change to the club's name, colours or crest",
    "a golden share that blocks any change to the badge, name and colours", "Same safeguard, worded differently.")
OUT.append(P.out())

# ---------------- pair 8: night ban on coal trucks on the N4
P = Pair("p8a_southafrica_coal_truck_ban_southerncrossnews.txt", "p8b_southafrica_coal_truck_ban_highveldecho.txt")
P.f("crash deaths", "conflict", "quantity", "nine people", "11 people", "9 vs 11 dead in the same crash.")
P.f("injured", "agree", "quantity", "Another 23 people", "A further 23 people", "Same.")
P.f("traffic on the road", "agree", "quantity", "About 12,000 trucks a day", "Some 12 000 heavy vehicles", "Same, both approximate (SA space separator in B).")
P.f("length of the banned section", "agree", "quantity", "60km", "60-kilometre", "Same.")
P.f("fines", "related", "quantity", "up to R100,000", "R2 500", "A: ceiling per offence for transport companies; B: fine for drivers. Different measures.")
P.f("review of the ban", "agree", "quantity", "six months", "six months", "Same.")
P.f("crash day", "agree", "date", "Sunday", "Sunday", "Both 2026-11-15.", b_after="The decision follows")
P.f("ban starts", "agree", "date", "December 1", "1 December", "Both 2026-12-01, written two ways.")
P.f("Ermelo coal line back in use", "conflict", "date", "March 2027", "June 2027", "2027-03 vs 2027-06 (both attributed to Transnet).")
P.f("announcement day", "agree", "date", "Tuesday", "yesterday", "Both 2026-11-17.")
P.f("freight association on rail", "agree", "quote",
    "You cannot switch a whole coal chain onto rail overnight. The trains are not there,",
    "You cannot switch a whole coal chain onto rail overnight. The trains are not there,", "Both Pieter Jordaan.")
P.f("exemption for Eskom supplies", "conflict", "statement",
    "trucks delivering coal to Eskom power stations would be exempt from the ban",
    "Trucks supplying Eskom power stations will also be covered by the ban", "Exempt vs covered.")
P.f("MEC on 'graveyards'", "conflict", "statement",
    "We will not allow our roads to become graveyards for the sake of a cheaper tonne of coal,",
    "We have allowed our roads to become graveyards for the sake of a cheaper tonne of coal,",
    "Same speaker (Mahlangu), reworded with the opposite meaning: will not allow (a warning) vs have allowed (an admission). Typed statement because the speakers match.")
P.f("reactions to the ban", "related", "statement", "He said the group would challenge the ban in the High Court",
    "The Mpumalanga Taxi Council welcomed the ban", "Freight group's court challenge vs taxi council's welcome: different actors.")
P.f("what is banned", "agree", "statement",
    "ban heavy coal trucks from a 60km stretch of the N4 highway at night",
    "Coal trucks will be kept off the N4 between eMalahleni and Middelburg at night", "Same measure.")
OUT.append(P.out())

with open(os.path.join(HERE, "gold", "pairs.gold.json"), "w", encoding="utf-8") as f:
    json.dump(OUT, f, ensure_ascii=False, indent=1)
    f.write("\n")
print(len(OUT), "pairs,", sum(len(p["facts"]) for p in OUT), "facts")
