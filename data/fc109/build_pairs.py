import json, os
from build_common import Pair, HERE

OUT = []

# ---------------- pair 1: Sikkim exam paper leak
P = Pair("p1a_india_exam_leak_bharatnewswire.txt", "p1b_india_exam_leak_gangtokchronicle.txt")
P.f("candidates for the exam", "agree", "quantity", "about 18,000 candidates", "18,240 candidates", "A rounds the registered figure.")
P.f("posts on offer", "agree", "quantity", "312 government posts", "three hundred and twelve vacancies", "Same number, B spells it out.")
P.f("exam centres", "conflict", "quantity", "46 centres", "52 centres", "46 vs 52 centres.")
P.f("arrests", "agree", "quantity", "three people", "Three men", "Same three arrests.")
P.f("cost of the re-test", "agree", "quantity", "Rs 1.6 crore", "₹1,60,00,000", "1.6 crore = 1,60,00,000 rupees (Indian digit grouping).")
P.f("fee per candidate vs total refunds", "related", "quantity", "Rs 500", "about ₹91 lakh",
    "Per-candidate fee vs total refunds if all claim (18,240 x 500 = 91.2 lakh): different measures.")
P.f("exam held", "agree", "date", "January 11", "11 January", "Both 2026-01-11.")
P.f("arrest day", "agree", "date", "Monday", "Monday", "Both 2026-01-12.")
P.f("exam cancelled", "agree", "date", "Tuesday", "yesterday", "Both 2026-01-13 (B published 14 Jan).")
P.f("re-test date", "conflict", "date", "March 8", "15 March", "2026-03-08 vs 2026-03-15.")
P.f("who said the exam's sanctity was compromised", "conflict", "quote",
    "The sanctity of this examination has been compromised, and we will not ask honest candidates to live with that,",
    "The sanctity of this examination has been compromised,",
    "Same words: A gives them to chairman Tenzing Bhutia, B to controller of examinations Meena Rai.")
P.f("CBI investigation", "conflict", "statement",
    "the commission had not yet decided whether to ask for the case to be handed to the Central Bureau of Investigation",
    "The state government has agreed to hand the investigation into the leak to the Central Bureau of Investigation",
    "Not yet decided vs agreed (A: commission; B: state government, anonymous official).")
P.f("insider involvement", "agree", "statement",
    "He denied that any of the commission's own staff had been involved",
    "The commission rejected suggestions that an insider at its own office had leaked the paper",
    "Same denial (chairman / commission).")
P.f("help for candidates", "related", "statement",
    "demanded a one-year relaxation of the upper age limit",
    "the transport department will run free buses on the day of the re-test",
    "A: graduates' forum demands an age relaxation; B: free buses. Different measures for candidates.")
OUT.append(P.out())

# ---------------- pair 2: Gili horse carts
P = Pair("p2a_indonesia_horse_carts_nusantarawire.txt", "p2b_indonesia_horse_carts_wartarinjani.txt")
P.f("carts covered", "agree", "quantity", "about 250 horse-drawn carts", "248 cidomo", "A rounds 248.")
P.f("passenger limit", "conflict", "quantity", "four passengers", "no more than three passengers", "4 vs 3 passengers per trip.")
P.f("daily working limit", "agree", "quantity", "six hours", "no more than 6 hours", "Same limit, spelled out vs digits.")
P.f("fine", "agree", "quantity", "Rp 2.5 million", "Rp2.500.000", "Same fine; B uses Indonesian dot thousands.")
P.f("horse deaths", "agree", "quantity", "at least 12 horses", "14 horses", "14 is at least 12.")
P.f("visitors in 2025", "agree", "quantity", "about 1.2 million", "1,18 juta wisatawan", "1.18 million rounded; B decimal comma.")
P.f("electric carts", "related", "quantity", "20 electric carts", "Rp3 miliar", "A: number of carts in the trial; B: budget for carts and charging points.")
P.f("rules take effect", "agree", "date", "March 1", "1 Maret 2026", "Both 2026-03-01.")
P.f("regulation signed", "conflict", "date", "Monday", "Friday", "A: 2026-02-16; B: 2026-02-13 ('Friday (13/2)').")
P.f("regent on horses not machines", "agree", "quote",
    "Horses are not machines, and the Gilis cannot sell themselves as a paradise while animals collapse on the road,",
    "A horse is not a machine,", "Both regent Wiratama; reworded.")
P.f("future of horse carts", "conflict", "statement",
    "The regency has ruled out a total ban on horse carts",
    "the regency is considering phasing out horse carts entirely by 2028",
    "Ruled out vs considering a full phase-out.")
P.f("overwork", "agree", "statement",
    "The Gili Cart Drivers' Association rejected claims that its members overwork their animals",
    "The drivers' association denied that horses were being worked to death", "Same denial.")
P.f("other welfare measures", "related", "statement",
    "Tourists will be able to report mistreatment through a hotline printed on each cart's tag",
    "Several hotels on Gili Trawangan have offered to pay for a shaded rest area",
    "Different measures: hotline vs hotel-funded rest area.")
OUT.append(P.out())

# ---------------- pair 3: Sarawak EV chargers
P = Pair("p3a_malaysia_ev_charging_asiapacificwire.txt", "p3b_malaysia_ev_charging_borneokenyalangpost.txt")
P.f("contract value", "agree", "quantity", "RM186 million", "RM186 juta", "Same; B in Malay ('juta').", a_after="KUCHING")
P.f("stations", "agree", "quantity", "120 fast-charging stations", "120 fast-charging stations", "Same.")
P.f("highway length", "agree", "quantity", "about 1,000 km", "1,060km", "A rounds.")
P.f("spacing of stations", "conflict", "quantity", "roughly every 60 km", "50km", "About 60 km vs every 50 km.", b_after="1,060km")
P.f("first stations", "agree", "quantity", "first 40 stations", "first 40 stations", "Same.")
P.f("electric cars registered", "agree", "quantity", "about 3,400 electric cars", "3,412 electric vehicles", "A rounds.")
P.f("2030 target", "related", "quantity", "10,000 electric vehicles", "30 per cent",
    "A: fleet of EVs on the road; B: share of new car sales. Different measures.")
P.f("charging price", "agree", "quantity", "RM1.30 per kWh", "RM1.30 sekWh", "Same (B 'sekWh', Malay 'per kWh').")
P.f("technicians", "agree", "quantity", "about 90 technicians", "some 90 technicians", "Same.")
P.f("contract signed", "agree", "date", "Wednesday", "yesterday", "Both 2026-04-15.")
P.f("first 40 stations open by", "conflict", "date", "October", "September", "2026-10 vs 2026-09.")
P.f("EV count as of", "agree", "date", "the end of March", "31 March", "2026-03 vs 2026-03-31: same date at two grains.")
P.f("who said no Sarawakian should worry", "conflict", "quote",
    "No Sarawakian should worry about running out of charge between Kuching and Miri,",
    "No Sarawakian should worry about running out of charge between Kuching and Miri,",
    "Same words: A gives them to minister Jonathan Sebli, B to SarCharge CEO Audrey Lim.")
P.f("home charger subsidy", "conflict", "statement",
    "the state had not yet approved a subsidy for home chargers",
    "the state cabinet had approved a RM2,000 rebate for households that install a home charger",
    "Has not yet approved vs has approved.")
P.f("hydrogen plans", "agree", "statement",
    "The minister denied that the state had abandoned its plans for hydrogen-powered transport",
    "Sebli rejected claims that Sarawak had dropped its hydrogen plans", "Same denial.")
P.f("power source", "related", "statement",
    "power for the network would come from the state's hydroelectric dams",
    "30 of the stations would have solar panels on their roofs",
    "Grid hydro power vs rooftop solar at some stations: compatible, different facts.")
OUT.append(P.out())

# ---------------- pair 4: Chiapas jaguar crossings
P = Pair("p4a_mexico_jaguar_crossings_hemisferionews.txt", "p4b_mexico_jaguar_crossings_diariodelusumacinta.txt")
P.f("crossings", "agree", "quantity", "14 wildlife crossings", "14 wildlife passes", "Same.")
P.f("cost", "conflict", "quantity", "312 million peso", "$298 millones de pesos", "312 vs 298 million pesos.")
P.f("jaguars killed since 2021", "agree", "quantity", "at least nine jaguars", "11 jaguars", "11 is at least nine.")
P.f("road stretch", "agree", "quantity", "58-km", "58 kilómetros", "Same length.")
P.f("underpasses", "agree", "quantity", "13 underpasses", "13 underpasses", "Same.")
P.f("traffic", "agree", "quantity", "about 2,500 vehicles a day", "Around 2,500 vehicles", "Same daily traffic.")
P.f("speed limit", "agree", "quantity", "60 km/h", "60 km/h", "Same.")
P.f("jaguar population", "related", "quantity", "about 200 jaguars", "an estimated 4,800 jaguars",
    "Lacandon forest vs all of Mexico: part vs whole.")
P.f("works start", "agree", "date", "July", "July", "Both 2026-07.")
P.f("works finished", "conflict", "date", "December 2027", "March 2028", "2027-12 vs 2028-03.")
P.f("announcement", "agree", "date", "Tuesday", "yesterday", "Both 2026-05-19.")
P.f("secretary on jaguars crossing roads", "agree", "quote",
    "A jaguar should not have to gamble its life on a highway to survive,",
    "No jaguar should have to risk its life crossing a road in order to survive.",
    "Both Rosario Gómez Ventura; reworded.")
P.f("night closure of the road", "conflict", "statement",
    "The federal government refused to close the road at night",
    "federal authorities agreed to close the road to traffic at night", "Refused vs agreed.")
P.f("rerouting the highway", "agree", "statement",
    "rejected proposals to move the highway away from the jungle",
    "opposed any plan to reroute the highway further from the jungle", "Ejidos oppose rerouting on both sides.")
P.f("other measures", "related", "statement",
    "Camera traps will be placed at every crossing",
    "Young people from the communities will be trained as nature guides",
    "Monitoring vs guide training: different measures.")
OUT.append(P.out())

# ---------------- pair 5: Shetland tidal array
P = Pair("p5a_scotland_tidal_array_britishnewsagency.txt", "p5b_scotland_tidal_array_shetlandlookout.txt")
P.f("turbines", "agree", "quantity", "24 tidal turbines", "Two dozen tidal turbines", "Two dozen = 24.")
P.f("capacity", "agree", "quantity", "12 megawatts", "12MW", "Same.")
P.f("cost", "conflict", "quantity", "£68 million", "£72m", "£68m vs £72m.")
P.f("homes supplied", "agree", "quantity", "about 9,000 homes", "nearly 9,000 homes", "Same.")
P.f("jobs", "agree", "quantity", "around 40 permanent jobs", "Forty full-time posts", "Same, B spelled out.")
P.f("community fund", "related", "quantity", "£60,000 a year", "£1.5m",
    "Yearly payment vs total over the 25-year life (60,000 x 25 = 1.5m).")
P.f("licence granted", "agree", "date", "Wednesday", "yesterday", "Both 2026-06-17.")
P.f("construction start", "conflict", "date", "May 2027", "September 2027", "2027-05 vs 2027-09.")
P.f("first power", "agree", "date", "2028", "April 2028", "2028 vs 2028-04: same at two grains.")
P.f("Isbister on putting tides to work", "agree", "quote",
    "This licence lets us finally put them to work.", "Now we can put them to work for the isles.",
    "Both Freya Isbister; reworded.")
P.f("Contracts for Difference", "conflict", "statement",
    "The company said it would not bid for a government price guarantee in the next Contracts for Difference auction",
    "The firm is considering bidding in the next Contracts for Difference round",
    "Would not bid vs considering bidding.")
P.f("fishermen's objection", "agree", "statement",
    "withdrew their objection last month", "dropped their objection in May", "Same (A published in June: last month = May).")
P.f("local effects", "related", "statement",
    "The Yell ferries, which cross the sound dozens of times a day, will not be affected",
    "the company will pay for a new pier extension and a workshop",
    "Ferries unaffected vs harbour works: different facts.")
OUT.append(P.out())

# ---------------- pair 6: Rhodes diving park
P = Pair("p6a_greece_dive_park_hellenicpresswire.txt", "p6b_greece_dive_park_rodiakospalmos.txt")
P.f("cost", "agree", "quantity", "€4.2 million", "4,2 million euros", "Same; B decimal comma, figure before the currency.")
P.f("area", "agree", "quantity", "about 30 hectares", "300.000 square metres", "30 ha = 300,000 m².")
P.f("dive sites", "conflict", "quantity", "eight dive sites", "nine marked dive sites", "8 vs 9.")
P.f("daily cap", "agree", "quantity", "No more than 120 divers", "120 divers", "Same limit.")
P.f("entry fee", "agree", "quantity", "€15", "15 €", "Same, symbol before vs after.")
P.f("dives a year", "agree", "quantity", "about 20,000 dives a year", "about 20.000 dives", "Same.")
P.f("fee vs yearly income", "related", "quantity", "€15", "300.000 €", "Per-diver fee vs expected yearly income (15 x 20,000).")
P.f("depths", "related", "quantity", "5 to 30 metres", "28 metres", "Park depth range vs depth of the wreck.")
P.f("opening", "agree", "date", "Tuesday", "Tuesday 11 August", "Both 2026-08-11.")
P.f("patrol boat sunk", "conflict", "date", "March", "April", "2026-03 vs 2026-04.")
P.f("who called the sea a museum without walls", "conflict", "quote",
    "The sea around Rhodes is a museum without walls, and now we can open its doors,",
    "The sea around Rhodes is a museum without walls,",
    "Same words: A gives them to deputy governor Stavros Kallergis, B to archaeologist Anna Voulgari.")
P.f("dives at the ancient wreck", "conflict", "statement",
    "The culture ministry has approved guided dives at the site of a wrecked Roman merchant ship",
    "the ministry of culture has not yet approved dives over the ancient merchant wreck", "Has approved vs has not yet approved.")
P.f("fishing ban", "agree", "statement",
    "Fishing and anchoring will be banned inside the park", "Fishing is forbidden within the park", "Same.")
P.f("access to the park", "related", "statement",
    "Only dive centres holding a special licence from the region will be able to take clients into the water",
    "a glass-bottom boat will leave from Kallithea Springs", "Licensed dive centres vs boat for non-divers.")
OUT.append(P.out())

# ---------------- pair 7: Flemish chatbot
P = Pair("p7a_belgium_chatbot_europresswire.txt", "p7b_belgium_chatbot_scheldeblad.txt")
P.f("residents given wrong information", "conflict", "quantity", "1,900 people", "2.300 residents", "1,900 vs 2,300.")
P.f("conversations", "agree", "quantity", "about 310,000 conversations", "310.000 gesprekken", "Same; B in Dutch with dot thousands.")
P.f("development cost", "agree", "quantity", "€2.4 million", "2,4 miljoen euro", "Same.")
P.f("languages", "agree", "quantity", "four languages", "vier talen", "Same, in Dutch.")
P.f("contact-centre staff", "agree", "quantity", "about 40 civil servants", "Veertig ambtenaren", "Same.")
P.f("grant per household vs total missed", "related", "quantity", "€10,000", "about 1,3 miljoen euro",
    "Maximum grant per household vs opposition estimate of total missed.")
P.f("launch", "agree", "date", "March", "maart", "Both 2026-03.")
P.f("offline since", "conflict", "date", "Friday", "Thursday 1 October", "2026-10-02 vs 2026-10-01.")
P.f("minister in parliament", "agree", "date", "Monday", "yesterday", "Both 2026-10-05.", b_occ=2)
P.f("minister on checking answers", "agree", "quote",
    "We will not switch it back on until every answer about grants has been checked by a person,",
    "until every answer about premiums has been checked by a person", "Both Joke Verhaegen; reworded.")
P.f("who said wrong advice is worse than none", "conflict", "quote",
    "A chatbot that gives wrong advice is worse than no chatbot at all.",
    "A chatbot that gives wrong advice is worse than no chatbot at all,",
    "Same words: A gives them to minister Verhaegen, B to ombudsman Luc Desmet.")
P.f("compensation", "conflict", "statement",
    "the government had agreed to pay compensation to residents",
    "the government refused to pay damages to residents", "Agreed vs refused.")
P.f("staff replaced", "agree", "statement",
    "Verhaegen denied that the chatbot had replaced human staff",
    "Verhaegen rejected claims that jobs had been cut at the contact centre because of the chatbot", "Same denial.")
P.f("follow-up", "related", "statement",
    "an outside audit of the system would be ordered this week",
    "Opposition party members in Brussels asked for a hearing in the parliament's committee",
    "Audit vs hearing: different follow-ups.")
OUT.append(P.out())

# ---------------- pair 8: Catalonia school phone ban
P = Pair("p8a_spain_school_phone_ban_iberiapress.txt", "p8b_spain_school_phone_ban_diaridelvalles.txt")
P.f("schools", "agree", "quantity", "about 1,100 public and state-funded secondary schools", "1.087 instituts", "A rounds 1,087.")
P.f("students", "related", "quantity", "some 380,000 students", "some 125.000 students",
    "All secondary students vs the 16-18 group newly covered: whole vs part.")
P.f("pouches", "conflict", "quantity", "200,000 lockable pouches", "250.000 magnetic pouches", "200,000 vs 250,000.")
P.f("cost of pouches", "agree", "quantity", "€3.5 million", "3,5 milions d'euros", "Same.")
P.f("pilot schools", "agree", "quantity", "Some 60 schools", "Seixanta centres", "Same, B in Catalan words.")
P.f("teachers in favour", "agree", "quantity", "62%", "62%", "Same.")
P.f("announcement", "agree", "date", "Tuesday", "yesterday", "Both 2026-11-17.")
P.f("rule takes effect", "conflict", "date", "January 2027", "September 2027", "2027-01 vs 2027-09.")
P.f("consultation closed", "agree", "date", "October 30", "30 d'octubre", "Both 2026-10-30.")
P.f("who said the classroom is for paying attention", "conflict", "quote",
    "The classroom has to be a place for paying attention, not for scrolling,",
    "The classroom has to be a place for paying attention, not for scrolling,",
    "Same words: A gives them to minister Núria Casals, B to parents' federation president Montse Garriga.")
P.f("sanctions", "conflict", "statement",
    "The department ruled out sanctions specific to phones",
    "The department is considering suspensions for students who repeatedly break the rule", "Ruled out vs considering.")
P.f("searching bags", "agree", "statement",
    "refused to let its members search students' bags", "ruled out teachers searching pupils' bags", "Same refusal by the union.")
P.f("medical exemption", "agree", "statement",
    "Students with medical conditions, such as diabetes monitored through a phone app, will be exempt",
    "Students with medical needs will be exempt", "Same exemption.")
P.f("contact in emergencies", "related", "statement",
    "Students will still be able, as before, to call home from the school office in an emergency",
    "Each school will also have to set aside a telephone line for families in an emergency",
    "Students calling out vs a line for families calling in.")
OUT.append(P.out())

with open(os.path.join(HERE, "gold", "pairs.gold.json"), "w", encoding="utf-8") as f:
    json.dump(OUT, f, ensure_ascii=False, indent=1)
    f.write("\n")
