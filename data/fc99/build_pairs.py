import json, os
from build_common import Pair, HERE

OUT = []

# ---------------- pair 1: Macao LED street lights
P = Pair("p1a_macao_led_streetlights_pearlriverwire.txt", "p1b_macao_led_streetlights_pontediaria.txt")
P.f("street lamps to be converted", "agree", "quantity", "about 24,000 sodium street lamps", "24.300 street lights", "A rounds ('about 24,000'); B exact with a dot thousands separator.")
P.f("contract value", "agree", "quantity", "MOP 186 million", "MOP 186,4 million", "A rounds MOP 186.4 million (B, decimal comma).", a_occ=2)
P.f("energy saving", "conflict", "quantity", "55 percent", "60 per cent", "Cut in the public-lighting bill/electricity: 55% vs 60%.")
P.f("savings: yearly vs over the guarantee", "related", "quantity", "about MOP 14 million a year", "around MOP 140 million",
    "A: yearly saving once complete; B: total over ten years. Compatible, different measures.")
P.f("workforce", "related", "quantity", "about 80 extra workers", "about 120 people", "A: extra hires for the job; B: the firm's total staff in Macao.")
P.f("bids", "agree", "quantity", "five bids", "Five companies", "Same five bidders.")
P.f("new lamp wattage", "agree", "quantity", "60-watt", "60 W", "Same, written two ways.")
P.f("warranty", "agree", "quantity", "ten-year", "ten years", "Ten-year warranty / ten years of guarantee.")
P.f("electricity used by street lighting", "agree", "quantity", "roughly 38 million kilowatt-hours", "about 38 million kWh", "Same, unit spelled out vs abbreviated.")
P.f("contract awarded", "agree", "date", "Tuesday", "13 January", "Both 2026-01-13.")
P.f("work starts", "agree", "date", "February 2", "2 February", "Both 2026-02-02.")
P.f("whole network finished", "conflict", "date", "December 2027", "June 2027", "2027-12 vs 2027-06.")
P.f("who said 'brighter city, smaller bills'", "conflict", "quote",
    "The city will be brighter and the bills will be smaller,", "The city will be brighter and the bills will be smaller,",
    "Same words: A gives them to committee president Leong Wai Man, B to vice-president Carlos Sequeira.")
P.f("Ng on residents not being asked", "agree", "quote",
    "Residents were never asked what kind of light they want outside their windows,",
    "Nobody asked the residents what light they want outside their windows,", "Same speaker, reworded.")
P.f("dimming at night", "conflict", "statement",
    "Leong ruled out dimming the new lamps late at night",
    "Sequeira said the bureau was considering dimming lamps on quiet residential streets after midnight",
    "Opposite modality: ruled out vs considering.")
P.f("night work", "agree", "statement",
    "would carry out most of the work between 11 p.m. and 6 a.m.", "crews would work mainly at night", "Same, B less precise.")
P.f("consulting residents", "related", "statement",
    "the bureau should have held a public consultation",
    "The bureau said it would hold information sessions in each parish from March",
    "A: legislator's call for a consultation (before the choice); B: bureau's information sessions (after). Same topic, compatible.")
OUT.append(P.out())

# ---------------- pair 2: Anguilla postcodes
P = Pair("p2a_anguilla_postcodes_caribnewsagency.txt", "p2b_anguilla_postcodes_valleyobserver.txt")
P.f("postcode zones", "agree", "quantity", "14 postcode zones", "fourteen zones", "Figure vs words.")
P.f("addresses coded", "agree", "quantity", "about 9,600 addresses", "9,642 properties", "A rounds.")
P.f("cost of the system", "conflict", "quantity", "EC$1.8 million", "EC$2.1 million", "EC$1.8m vs EC$2.1m.")
P.f("roads without a name vs roads named", "related", "quantity", "About 120 roads", "Thirty-five roads",
    "A: roads still unnamed; B: roads named last year. Different measures.")
P.f("surveyors", "agree", "quantity", "12 surveyors", "a dozen surveyors", "12 = a dozen.")
P.f("street signs", "agree", "quantity", "about 1,100 new street signs", "more than 1,000 street signs", "Compatible (qualified).")
P.f("survey length", "agree", "quantity", "two years", "two-year", "Same.")
P.f("launch", "agree", "date", "Monday", "16th February", "Both 2026-02-16.")
P.f("survey began", "agree", "date", "March 2024", "2024", "Same date at two grains.", b_after="began in")
P.f("codes required on official forms from", "conflict", "date", "July 1", "1st September", "2026-07-01 vs 2026-09-01.")
P.f("who said 'every home has an address'", "conflict", "quote",
    "Every home on this island now has an address that a stranger can find,",
    "Every home on this island now has an address that a stranger can find.",
    "Same words: A gives them to Minister Shernelle Hodge-Lake, B to Postmaster General Vernon Fleming.")
P.f("Webster on couriers", "agree", "quote", "For couriers this is the end of guessing,", "This ends the guessing for couriers,",
    "Same speaker, reworded.")
P.f("home delivery", "conflict", "statement",
    "the post office had no plans to start door-to-door delivery",
    "Fleming said home delivery was expected to begin in some districts later this year",
    "Opposite polarity (same speaker): no plans vs expected to begin.")
P.f("emergency services use the codes", "agree", "statement",
    "The Royal Anguilla Police Force and the fire service had already loaded the codes into their dispatch system",
    "Police and fire crews already have the new codes in their dispatch software", "Same, reworded.")
P.f("external funding", "agree", "statement",
    "paid partly by a grant from the Caribbean Development Bank",
    "the rest from a regional development grant", "Same grant; B does not name the bank.")
P.f("how residents learn their code", "related", "statement",
    "Residents can look up their code on a government website",
    "Every household will receive a printed directory of codes", "Different channels, compatible.")
OUT.append(P.out())

# ---------------- pair 3: Tristan da Cunha cemetery
P = Pair("p3a_tristan_cemetery_atlanticpress.txt", "p3b_tristan_cemetery_settlementchronicle.txt")
P.f("unused plots left", "conflict", "quantity", "four unused plots", "six free plots", "4 vs 6.")
P.f("size of the extension", "agree", "quantity", "0.3 hectares", "about three-quarters of an acre", "0.3 ha = 0.74 acre.")
P.f("new graves", "agree", "quantity", "about 140 new graves", "140 burial plots", "A qualifies.")
P.f("cost", "agree", "quantity", "£48,000", "£48,000", "Same.")
P.f("cost of the wall vs whole", "related", "quantity", "£48,000", "about £12,000", "B's £12,000 is the wall, part of the £48,000 total.")
P.f("burials: yearly average vs 2025", "related", "quantity", "around three a year", "five burials",
    "A: average a year; B: the 2025 count. Different measures.")
P.f("headstone height limit", "agree", "quantity", "one metre", "one metre", "Same.")
P.f("council vote", "agree", "date", "Tuesday", "17th March", "Both 2026-03-17.")
P.f("consecration (priest's visit)", "agree", "date", "September", "September", "Both 2026-09.")
P.f("work starts", "conflict", "date", "May", "June", "2026-05 vs 2026-06.", a_after="Work will begin")
P.f("who said 'nobody should have to worry'", "conflict", "quote",
    "Nobody should have to worry about where they will be laid to rest,",
    "Nobody should have to worry about where they will be laid to rest,",
    "Same words: A gives them to Administrator Philip Garrow, B to Chief Islander Marlene Rogers.")
P.f("Garrow on dignity", "agree", "quote", "This is about dignity for every family on Tristan.", "about dignity for all our families",
    "Same speaker, reworded fragment.")
P.f("Glass family and the land", "conflict", "statement",
    "Garrow said the family had agreed to give up part of the paddock",
    "The Glass family has not yet agreed to hand over the paddock",
    "Opposite polarity: has agreed vs has not yet agreed.")
P.f("wall from local basalt", "agree", "statement",
    "Island workers will build a new boundary wall from local basalt", "building the wall from island basalt", "Same.")
P.f("Potato Patches site rejected", "agree", "statement",
    "the council rejected that idea", "were turned down because of the distance", "Same rejection, reworded.")
P.f("help with the works", "related", "statement",
    "has offered to carry them free of charge",
    "Anyone who can help on Saturdays should give their name to the Administration office",
    "A: fishing company carries materials; B: call for volunteer labour. Different contributions, compatible.")
OUT.append(P.out())

# ---------------- pair 4: Mayotte uniform grant
P = Pair("p4a_mayotte_uniform_grant_indianoceanwire.txt", "p4b_mayotte_uniform_grant_journaldulagon.txt")
P.f("grant per pupil", "agree", "quantity", "€120", "120 €", "Same, symbol before vs after.", a_occ=2, b_occ=2)
P.f("pupils reached", "conflict", "quantity", "about 38,000 children", "around 42 000 pupils", "About 38,000 vs around 42,000.")
P.f("first-year budget", "agree", "quantity", "€4.6 million", "4,6 millions d'euros", "Same, decimal point vs comma.")
P.f("multi-year cost", "related", "quantity", "about €18 million", "13,8 millions d'euros",
    "A: to at least 2029; B: over three years. Different periods.")
P.f("cost of a full outfit", "agree", "quantity", "around €200", "between 180 and 220 €", "Point estimate inside B's range.")
P.f("council vote", "agree", "date", "Monday", "lundi 13 avril", "Both 2026-04-13.")
P.f("payment date", "conflict", "date", "August 20", "1er septembre", "Paid by 2026-08-20 vs from 2026-09-01.")
P.f("who said 'a child in a clean uniform'", "conflict", "quote",
    "A child in a clean uniform is a child who goes to school with his head held high,",
    "A child in a clean uniform is a child who goes to school with his head held high,",
    "Same words: A gives them to president Fatima Said Boinali, B to vice-president Houssamoudine Abdallah.")
P.f("vouchers so the money stays", "agree", "statement",
    "Otherwise the money will leave the island on the first container ship,",
    "so that the money does not leave the island on the first container ship",
    "Anli Madi: quoted in A, paraphrased in B.")
P.f("common uniform design", "conflict", "statement",
    "has approved a single uniform design for all public primary schools",
    "has not yet approved a common uniform for primary schools",
    "Opposite polarity: has approved vs has not yet approved.")
P.f("local tailors", "related", "statement",
    "Boinali said the council hoped that up to 300 jobs could be created in sewing workshops",
    "President Fatima Said Boinali promised that local dressmakers would be favoured",
    "Jobs hoped for vs a promise to favour local dressmakers: same topic, compatible.")
P.f("automatic eligibility", "agree", "statement",
    "Families who receive the back-to-school allowance from the family benefits fund will qualify automatically",
    "Families already receiving the allocation de rentrée scolaire from the CAF will not need to apply", "Same rule.")
P.f("unanimous vote", "agree", "statement",
    "passed with 21 votes in favour and none against", "unanimously approved", "Same, figure vs word.")
P.f("where to apply", "agree", "statement",
    "at one of the council's 17 local offices", "at the council's antennas in each commune",
    "Same offices (Mayotte has 17 communes).")
OUT.append(P.out())

# ---------------- pair 5: Aruba beach toilets
P = Pair("p5a_aruba_public_toilets_caribbeanwire.txt", "p5b_aruba_public_toilets_diariodimainta.txt")
P.f("toilet blocks", "agree", "quantity", "22 public toilet blocks", "22 public toilet blocks", "Same.")
P.f("programme cost", "agree", "quantity", "2.45 million florins", "Afl. 2.450.000", "Same, written two ways.", b_occ=2)
P.f("duration of the works", "conflict", "quantity", "nine months", "eight months", "9 vs 8 months.")
P.f("tourism authority's share vs total", "related", "quantity", "2.45 million florins", "Afl. 800.000",
    "B: the visitor board's share; A: the total (A says the board pays about a third). Part vs whole.")
P.f("cleaning contract", "agree", "quantity", "480,000 florins a year", "Afl. 480.000 per year", "Same.")
P.f("offers in the tender", "agree", "quantity", "four offers", "Four companies", "Same.")
P.f("blocks closed at a time", "agree", "quantity", "three of the blocks", "no more than three blocks", "Same limit.")
P.f("stay-over visitors", "agree", "quantity", "about 1.3 million stay-over visitors", "1,28 million stay-over tourists", "A rounds.")
P.f("cruise passengers", "agree", "quantity", "nearly 800,000 cruise passengers", "some 790.000 cruise passengers", "Compatible, both qualified.")
P.f("announcement", "agree", "date", "Monday", "Monday 8 June", "Both 2026-06-08.")
P.f("works start", "agree", "date", "June 15", "15 June", "Both 2026-06-15.")
P.f("programme finished", "conflict", "date", "March 2027", "February 2027", "2027-03 vs 2027-02.")
P.f("who said 'our beaches are world class'", "conflict", "quote",
    "Our beaches are world class, and our toilets should be too,",
    "Our beaches are world class, and our toilets should be too,",
    "Same words: A gives them to Minister Raymond Lacle-Tromp, B to AVB director Yvonne Rasmijn.")
P.f("fee for tourists", "conflict", "statement",
    "The government ruled out charging visitors to use the facilities",
    "the ministry was considering a fee of Afl. 1 per visit for tourists",
    "Opposite modality: ruled out vs considering.")
P.f("opposition stance", "agree", "statement",
    "said the money would have been better spent on the island's hospitals, but did not oppose the plan",
    "said she supported the plan, but asked why the hospitals had to wait", "Same position, reworded.")
P.f("complaints", "related", "statement",
    "Tourists have long posted photos of closed or flooded toilets on review websites",
    "The hotel sector has been asking for better beach facilities for years",
    "Tourists' online complaints vs the hotel sector's requests: same topic.")
OUT.append(P.out())

# ---------------- pair 6: Saint-Martin defibrillators
P = Pair("p6a_saintmartin_defibrillators_antillesagency.txt", "p6b_saintmartin_defibrillators_lecourriermarigot.txt")
P.f("defibrillators", "agree", "quantity", "60 automated external defibrillators", "sixty defibrillators", "Figure vs words.")
P.f("programme cost", "conflict", "quantity", "€420,000", "380 000 €", "€420,000 vs €380,000.")
P.f("cost per device", "agree", "quantity", "about €1,800", "around 1 800 €", "Same.")
P.f("cardiac arrests: yearly average vs 2025", "related", "quantity", "about 50 cardiac arrests a year", "43 cardiac arrests",
    "A: about 50 a year; B: 43 in 2025. Different measures.")
P.f("survival rate", "agree", "quantity", "fewer than 5 percent", "less than 5 %", "Same.")
P.f("residents trained", "agree", "quantity", "1,200 residents", "more than 1 000 residents", "1,200 is more than 1,000.")
P.f("survival drop per minute", "agree", "quantity", "ten percent", "ten percent", "Same figure inside the reworded quote.")
P.f("announcement", "agree", "date", "Wednesday", "Wednesday 15 July", "Both 2026-07-15.")
P.f("installation starts", "agree", "date", "July 20", "20 juillet", "Both 2026-07-20.")
P.f("all devices in place", "conflict", "date", "October 31", "30 septembre", "2026-10-31 vs 2026-09-30.")
P.f("Arrondell on each minute", "agree", "quote",
    "Every minute without a shock, the chance of survival drops by ten percent,",
    "Each minute lost without a shock is ten percent less chance of survival,", "Same speaker, reworded.")
P.f("who said 'not a gadget'", "conflict", "quote",
    "This is not a gadget, it is a machine that saves lives,", "This is not a gadget, it is a machine that saves lives,",
    "Same words: A gives them to hospital emergency head Dr Hélène Caradec, B to SAMU doctor Dr Frantz Daniel.")
P.f("locked cabinets", "conflict", "statement",
    "The cabinets will not be locked", "The defibrillators will be placed in locked cabinets",
    "Opposite polarity: not locked vs locked.")
P.f("public map of the devices", "agree", "statement",
    "A map of all the sites will be published on the Collectivité's website",
    "The Collectivité also said it would publish an online map of the devices", "Same.")
P.f("training providers", "related", "statement",
    "The French Red Cross will run free two-hour training sessions",
    "The firefighters of the SDIS will give introductory sessions in the collèges and lycées",
    "Red Cross sessions (A) vs firefighters' sessions in schools (B, which also mentions the Red Cross): different parts, compatible.")
OUT.append(P.out())

# ---------------- pair 7: Ascension volunteer fire brigade
P = Pair("p7a_ascension_fire_brigade_atlanticpress.txt", "p7b_ascension_fire_brigade_islandweekly.txt")
P.f("volunteers sought", "conflict", "quantity", "20 new volunteer firefighters", "25 new members", "20 vs 25.")
P.f("active members", "agree", "quantity", "11 active members", "eleven active volunteers", "Figure vs words.")
P.f("pay per call-out", "agree", "quantity", "£15", "£15", "Same.")
P.f("training length", "agree", "quantity", "12-week", "three months", "12 weeks is about three months.")
P.f("residents", "agree", "quantity", "roughly 800 residents", "Around 800 people", "Same, both qualified.")
P.f("response time", "agree", "quantity", "ten minutes", "ten minutes", "Same figure inside the quote both sides carry.")
P.f("call-outs: 2025 total vs grass fires this year", "related", "quantity", "46 call-outs", "nine grass fires",
    "A: all call-outs in 2025; B: grass fires so far in 2026. Different measures.")
P.f("new engine vs station refurbishment", "related", "quantity", "£310,000", "£85,000",
    "A: cost of the new fire engine; B: cost of refurbishing the station. Different items.")
P.f("drive launched", "agree", "date", "Wednesday", "9th September", "Both 2026-09-09.")
P.f("first course starts", "agree", "date", "November 2", "2nd November", "Both 2026-11-02.")
P.f("applications close", "conflict", "date", "October 9", "16th October", "2026-10-09 vs 2026-10-16.")
P.f("who said 'when the siren goes'", "conflict", "quote",
    "When the siren goes, we need people who can be at the station in ten minutes,",
    "When the siren goes, we need people who can be at the station in ten minutes,",
    "Same words: A gives them to Chief Fire Officer Gareth Pryce, B to Administrator Claire Whitcombe.")
P.f("short-term contract workers", "conflict", "statement",
    "The Ascension Island Government has agreed to let workers on short-term contracts join the brigade",
    "The Government has refused to let workers on short-term contracts join the brigade",
    "Opposite polarity: agreed vs refused.")
P.f("employers release staff", "agree", "statement",
    "have agreed to release staff for call-outs during working hours",
    "Pryce praised employers for agreeing to let volunteers leave work when the siren sounds", "Same.")
P.f("running on goodwill", "agree", "statement",
    "running on goodwill and overtime", "running on goodwill and overtime since Easter",
    "Pryce: quoted fragment in A, paraphrase in B.")
P.f("entry requirements", "related", "statement",
    "Applicants must be fit, hold a driving licence and pass a medical examination",
    "Applicants must be at least 18, hold a driving licence and pass a fitness test",
    "Medical examination (A) vs fitness test and minimum age (B): overlapping, compatible requirements.")
OUT.append(P.out())

# ---------------- pair 8: Cayman Islands plastic bag ban
P = Pair("p8a_cayman_plastic_bags_caribnewsagency.txt", "p8b_cayman_plastic_bags_caymansentinel.txt")
P.f("vote count", "agree", "quantity", "15 votes", "15 votes", "15 to 3 on both sides.")
P.f("maximum fine", "agree", "quantity", "up to CI$5,000", "up to $5,000", "Same; B's '$' is the Cayman dollar.")
P.f("minimum charge for a paper or reusable bag", "conflict", "quantity", "at least 25 cents", "a minimum of 10 cents", "25 vs 10 cents.")
P.f("bags used", "agree", "quantity", "about 20 million plastic bags a year", "Some 20 million plastic bags", "Same yearly figure.")
P.f("shops affected", "agree", "quantity", "more than 400 retailers", "About 430 shops", "Compatible.")
P.f("free reusable bags", "agree", "quantity", "30,000 reusable bags", "30,000 free reusable bags", "Same.")
P.f("government spending on the switch", "related", "quantity", "CI$250,000", "CI$1 million",
    "A: awareness campaign; B: grants to small retailers. Different items.")
P.f("ban takes effect", "agree", "date", "April 1, 2027", "1 April 2027", "Same date, two orders.")
P.f("vote", "agree", "date", "Tuesday", "Tuesday night", "Both 2026-11-17.")
P.f("end of warnings-only period", "conflict", "date", "July 1, 2027", "1 October 2027", "2027-07-01 vs 2027-10-01.")
P.f("who said 'turtles do not know the difference'", "conflict", "quote",
    "The turtles in our sea do not know the difference between a bag and a jellyfish,",
    "The turtles in our sea do not know the difference between a bag and a jellyfish,",
    "Same words: A gives them to Minister Celia Yates-Ebanks, B to Department of Environment director Tamsin Rankine.")
P.f("meat and fish bags", "conflict", "statement",
    "The law does not exempt the thin bags used for raw meat and fish",
    "Bags for raw meat, fish and medicines are exempt", "Opposite polarity: not exempt vs exempt.")
P.f("Merren on shoppers adapting", "agree", "statement",
    "People forget their bags once, maybe twice, and then they don't,",
    "People forget their bags once or twice and then they remember",
    "Nigel Merren: quoted in A, paraphrased without quotation marks in B.")
P.f("cost of paper bags", "agree", "statement",
    "which he said were four times as expensive as plastic", "He said paper bags cost four times as much as plastic ones", "Same (Carlton Bush).")
P.f("review of the law", "agree", "statement",
    "The government said a review of the law would take place after two years.",
    "The government will review how the law is working in 2029.", "Two years after April 2027 falls in 2029: compatible.")
P.f("tourism and the ban", "related", "statement",
    "The islands' tourism industry, which draws more than 2 million visitors a year, most of them on cruise ships, had backed the measure",
    "Cruise lines calling at George Town have been told the ban covers their onshore shops and excursion stalls",
    "Industry support (A) vs how the ban applies to cruise lines (B): same topic.")
OUT.append(P.out())

with open(os.path.join(HERE, "gold", "pairs.gold.json"), "w", encoding="utf-8") as f:
    json.dump(OUT, f, ensure_ascii=False, indent=1)
    f.write("\n")
