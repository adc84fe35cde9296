import json, os
from build_common import Pair, HERE

OUT = []

# ---------------- pair 1: Ibiza emergency landing
P = Pair("p1a_spain_emergency_landing_meridiapress.txt", "p1b_spain_emergency_landing_periodicopitiuso.txt")
P.f("people injured in the evacuation", "conflict", "quantity", "Nine people", "Eleven people", "9 vs 11 with minor injuries.")
P.f("passengers on board", "agree", "quantity", "184 passengers", "184 passengers", "Same.")
P.f("runway closure", "agree", "quantity", "two hours and 40 minutes", "almost three hours", "2 h 40 min is almost three hours.")
P.f("fire crews at the aircraft", "agree", "quantity", "within three minutes", "under three minutes", "Same response time, worded differently.")
P.f("flights hit by the closure", "related", "quantity", "Fourteen flights", "17 flights", "A: 14 delayed (plus 3 diverted); B: 17 affected in all. Part vs whole.")
P.f("compensation per passenger under EU rules", "agree", "quantity", "400 euros", "400 €", "Same amount.")
P.f("distance band of the EU rule", "agree", "quantity", "under 1,500 kilometres", "less than 1.500 km", "Same, B with dot thousands and km.")
P.f("fleet", "agree", "quantity", "38 aircraft", "38 planes", "Same.")
P.f("passengers carried in 2025", "agree", "quantity", "9.2 million passengers", "more than 9 million passengers", "9.2 million is more than 9 million.")
P.f("maintenance engineers", "related", "quantity", "95", "25 maintenance jobs", "A: staff level now (95, from 120); B: jobs cut (25). Level vs change.")
P.f("day of the emergency landing", "agree", "date", "Tuesday", "Tuesday morning", "Both 2026-01-13.")
P.f("month of the earlier Seville incident", "conflict", "date", "October", "November", "2025-10 vs 2025-11.")
P.f("who said the crew did what they are trained to do", "conflict", "quote",
    "The crew did exactly what they are trained to do, and everyone walked away,",
    "The crew did exactly what they are trained to do, and everyone walked away,",
    "Same words: A gives them to Vuelamar COO Ricard Olmos, B to airport director Joan Tur Costa.")
P.f("compensation for passengers", "conflict", "statement",
    "He said the airline would compensate every passenger with 400 euros",
    "The company has refused to pay compensation to the passengers of the flight",
    "Opposite polarity: will compensate vs has refused to pay.")
P.f("accident investigation", "agree", "statement",
    "Spain's civil aviation accident commission, CIAIAC, has opened an investigation",
    "The state accident commission (CIAIAC) has opened an investigation", "Same.")
P.f("maintenance cuts", "related", "statement",
    "Olmos denied that the reductions had affected safety",
    "announced that it would file a complaint with the national aviation safety agency, AESA",
    "Same topic (the maintenance cuts), different statements by different actors; compatible.")
OUT.append(P.out())

# ---------------- pair 2: Yuzhno-Sakhalinsk gas leak
P = Pair("p2a_russia_gas_leak_severinform.txt", "p2b_russia_gas_leak_ostrovnyevesti.txt")
P.f("residents evacuated", "agree", "quantity", "About 340 residents", "347 people", "347 is about 340.")
P.f("buildings evacuated", "agree", "quantity", "three apartment blocks", "three five-storey buildings", "Same.")
P.f("homes cut off from gas", "conflict", "quantity", "1,200 households", "1 450 flats", "1,200 vs 1,450 homes without gas.")
P.f("temperature during the evacuation", "agree", "quantity", "minus 18 degrees Celsius", "−18 °C", "Same, written two ways.")
P.f("pipe diameter", "agree", "quantity", "160-millimetre", "16 centimetres", "160 mm = 16 cm.")
P.f("people in the sports-school shelter", "agree", "quantity", "about 60 people", "58 people", "58 is about 60.")
P.f("OstrovGaz crews", "agree", "quantity", "45 emergency workers", "More than 40 OstrovGaz specialists", "45 is more than 40.")
P.f("city payments to evacuees", "related", "quantity", "10,000 roubles", "1 200 000 ₽", "Per family vs total set aside (also covers spoiled food).")
P.f("night of the leak", "agree", "date", "Tuesday", "10 February", "Both 2026-02-10.")
P.f("gas back on for everyone", "conflict", "date", "Friday", "15 February", "2026-02-13 vs 2026-02-15.")
P.f("Lanin on the risk", "agree", "quote", "The smell was so strong that we could not take any risk,",
    "The concentration was such that we simply had no right to take risks,", "Same speaker (Viktor Lanin), reworded.")
P.f("criminal case", "conflict", "statement",
    "Prosecutors in the Sakhalin region have opened a criminal case against the contractor",
    "The regional prosecutor's office has not yet opened a criminal case",
    "Opposite polarity: has opened vs has not yet opened.")
P.f("cause of the leak", "agree", "statement",
    "the excavator, which belonged to a contractor laying a new heating main, had struck",
    "a bucket excavator working on a new heating main broke a gas pipe", "Same cause.")
P.f("help for evacuated families", "related", "statement",
    "Mayor Sergei Nadyrov said the city would pay each evacuated family",
    "the firm has agreed to pay for hotel rooms for families from the third building",
    "A: city payments; B: contractor pays hotel rooms. Same topic, different payers, compatible.")
OUT.append(P.out())

# ---------------- pair 3: Loulé rabies case
P = Pair("p3a_portugal_rabies_case_atlanticopress.txt", "p3b_portugal_rabies_case_correioalgarvio.txt")
P.f("people bitten", "conflict", "quantity", "three people", "two people", "3 vs 2 bitten.")
P.f("contacts given post-exposure vaccination", "agree", "quantity", "14 people", "Fourteen people", "Same, B in words.")
P.f("leash zone radius", "agree", "quantity", "10-kilometre", "10 km", "Same.")
P.f("duration of the restrictions", "agree", "quantity", "90 days", "three months", "90 days is about three months.")
P.f("maximum fine", "agree", "quantity", "up to 3,740 euros", "up to 3 740 €", "Same, B with space thousands and symbol after.")
P.f("dogs in quarantine", "agree", "quantity", "Six dogs", "six dogs", "Same.")
P.f("vaccination campaign", "related", "quantity", "about 4,000 doses", "11 500 dogs", "Doses sent vs dogs on the register: different measures.")
P.f("laboratory confirmation", "agree", "date", "Tuesday", "14 April", "Both 2026-04-14.")
P.f("start of the restrictions", "agree", "date", "Wednesday", "15 April", "Both 2026-04-15.")
P.f("last native case", "agree", "date", "1961", "1961", "Same year.", a_occ=2)
P.f("who said 'no reason for alarm'", "conflict", "quote",
    "There is no reason for alarm, but there is every reason for caution,",
    "There is no reason for alarm, but there is every reason for caution,",
    "Same words: A gives them to DGAV's Helena Cordeiro, B to Loulé mayor Rui Brito Sousa.")
P.f("fate of the quarantined dogs", "conflict", "statement",
    "Cordeiro ruled out putting them down",
    "is considering putting them down",
    "Opposite modality: ruled out vs is considering.")
P.f("how the dog came in", "agree", "statement",
    "driven across the Strait of Gibraltar and through Spain without a rabies vaccination or a pet passport",
    "brought from Morocco through Spain by a relative of the family, had no vaccination and no documents",
    "Same route and same lack of papers.")
P.f("the people responsible for the dog", "related", "statement",
    "The GNR police have identified the person who brought the dog into the country",
    "The family, which has asked not to be named, is cooperating with the authorities",
    "Same topic (those behind the import), different statements; compatible.")
OUT.append(P.out())

# ---------------- pair 4: Yakutsk sinkhole
P = Pair("p4a_russia_sinkhole_vostokpress.txt", "p4b_russia_sinkhole_tuimaadasegodnya.txt")
P.f("width of the sinkhole", "conflict", "quantity", "about 12 metres", "15 metres", "About 12 m across vs 15 m in diameter.")
P.f("depth of the sinkhole", "agree", "quantity", "six metres", "6 m", "Same.")
P.f("people forced out", "agree", "quantity", "26 residents", "26 people", "Same.")
P.f("families in the house", "agree", "quantity", "12 families", "twelve families", "Same, B in words.")
P.f("Sunday's temperature", "agree", "quantity", "28 degrees Celsius", "+28 °C", "Same.")
P.f("city pipe and foundation programme", "agree", "quantity", "1.2 billion roubles", "1,2 billion roubles", "Same, B with decimal comma.")
P.f("aid for the residents", "related", "quantity", "50,000 roubles", "4,2 million roubles",
    "A: city aid per family; B: republic's reserve-fund allocation for temporary housing. Different payers and measures.")
P.f("day the sinkhole opened", "agree", "date", "Monday", "1 June", "Both 2026-06-01.")
P.f("hot day before", "agree", "date", "Sunday", "Sunday", "Both 2026-05-31.")
P.f("year the house was built", "conflict", "date", "1958", "1962", "1958 vs 1962.")
P.f("Sivtsev on permafrost and warm water", "agree", "quote",
    "The permafrost under Yakutsk is not a rock. It is ice, and ice melts when you pour warm water on it,",
    "Permafrost is ice, not stone, and if you pour warm water on it for weeks, it melts.",
    "Same speaker (Pavel Sivtsev), reworded.")
P.f("demolition of the house", "conflict", "statement",
    "City officials said the house, built in 1958, would be demolished",
    "The mayor's office has ruled out demolition for now",
    "Opposite polarity: will be demolished vs demolition ruled out for now.")
P.f("the car in the hole", "agree", "statement",
    "A car belonging to one of the residents, which had been parked in the courtyard overnight, slid into the hole",
    "A Toyota belonging to a neighbour, which had been left in the courtyard overnight, slid down into the pit",
    "Same event.")
P.f("the leak before the collapse", "related", "statement",
    "The municipal water company, Lena Vodservis, acknowledged that the pipe had been leaking",
    "Since April, they had complained to the water utility about water standing in the basement",
    "Same topic (the leak), different statements: utility's admission vs residents' earlier complaints.")
OUT.append(P.out())

# ---------------- pair 5: Sion football violence
P = Pair("p5a_switzerland_fan_violence_alpinawire.txt", "p5b_switzerland_fan_violence_courrierdurhone.txt")
P.f("police officers injured", "conflict", "quantity", "Fourteen police officers", "Twelve police officers", "14 vs 12.")
P.f("people detained", "agree", "quantity", "23 people", "Twenty-three supporters", "Same, B in words.")
P.f("crowd", "agree", "quantity", "8,400 spectators", "8'412 spectators", "A rounds 8,412.")
P.f("away supporters", "agree", "quantity", "about 1,100 visiting fans", "1'100 Zurich supporters", "Same.")
P.f("police deployed", "agree", "quantity", "more than 300 officers", "320 officers", "320 is more than 300.")
P.f("damage", "related", "quantity", "about 250,000 Swiss francs", "CHF 80'000.–",
    "A: damage in the station district (city); B: damage to the special train (railways). Different measures.")
P.f("day of the match", "agree", "date", "Saturday evening", "Saturday 8 August", "Both 2026-08-08.")
P.f("league disciplinary hearing", "conflict", "date", "August 20", "27 August", "2026-08-20 vs 2026-08-27.")
P.f("'nothing to do with football'", "conflict", "quote",
    "What we saw last night has nothing to do with football. It was organised violence against people who were doing their job,",
    "This has nothing to do with football: it was organised violence against people who were simply doing their job,",
    "Nearly the same words: A gives them to security director Christophe Mabillard, B to club president Nadia Fellay.")
P.f("closing the away sector", "conflict", "statement",
    "FC Valère Sion said it had agreed to close the sector for away supporters",
    "the club refused to close the away sector",
    "Opposite polarity: agreed to close vs refused to close.")
P.f("police response", "agree", "statement",
    "used tear gas, rubber bullets and a water cannon", "answered with tear gas and rubber bullets", "Compatible (A adds the water cannon).")
P.f("officers burned by flares", "agree", "statement",
    "Two of the injured officers were taken to hospital with burns from flares", "two of them seriously burned by flares", "Same.")
P.f("league proceedings", "agree", "statement",
    "The Swiss Football League said it had opened disciplinary proceedings against both clubs",
    "whose disciplinary commission will examine the case", "Same proceedings.")
P.f("going after those responsible", "related", "statement",
    "SC Limmat Zürich condemned the violence and said it would work with police to identify those responsible",
    "announced that the canton would seek damages from those responsible",
    "Same topic, different actors and steps (identification vs damages); compatible.")
OUT.append(P.out())

# ---------------- pair 6: Lugano prison escape
P = Pair("p6a_switzerland_prison_escape_helveticnews.txt", "p6b_switzerland_prison_escape_corrieredelceresio.txt")
P.f("height of the wall climbed", "conflict", "quantity", "six-metre", "5 m", "6 m vs 5 m.")
P.f("sentence of the recaptured man", "agree", "quantity", "eight years", "8 years", "Same.")
P.f("officers in the search", "agree", "quantity", "More than 100 officers", "About 120 officers", "About 120 is more than 100.")
P.f("new guards promised", "agree", "quantity", "15 additional guards", "15 new guards", "Same.")
P.f("renovation cost", "agree", "quantity", "18-million-franc", "fr. 18 mio.", "Same, B in Swiss abbreviation.")
P.f("prison occupancy", "related", "quantity", "152 inmates", "140 prisoners", "Inmates held now vs places the prison was designed for.")
P.f("guards on night duty", "related", "quantity", "6 guards", "five guards",
    "A: usual night-shift staffing; B: guards on duty on the night of the escape. Different measures.")
P.f("night of the escape", "conflict", "date", "Monday", "Sunday 13 September", "2026-09-14 vs 2026-09-13.")
P.f("day of the recapture", "agree", "date", "Tuesday", "Tuesday 15 September", "Both 2026-09-15.")
P.f("year of the new guards", "agree", "date", "next year", "2027", "Next year from 2026 = 2027.")
P.f("previous escape", "agree", "date", "2019", "2019", "Same.")
P.f("Bernasconi on outside help", "agree", "quote",
    "We have every reason to believe that they had help from outside, and we are looking very closely at who provided it,",
    "Someone from outside helped them, and we will find out who,", "Same speaker (Marco Bernasconi), reworded.")
P.f("external investigation", "conflict", "statement",
    "Ticino's justice department said it had ordered an external investigation",
    "the Council of State has refused to order an external investigation",
    "Opposite polarity: ordered vs refused to order.")
P.f("how they got down", "agree", "statement",
    "found knotted bedsheets hanging from the outer wall", "they lowered themselves with bedsheets tied together", "Same.")
P.f("search on the Italian side", "related", "statement",
    "had asked Italian authorities for help",
    "the Carabinieri in Como have set up checkpoints on the roads near the border",
    "Request for Italian help vs Italian checkpoints: same topic, compatible.")
OUT.append(P.out())

# ---------------- pair 7: Carinthia hunting accident
P = Pair("p7a_austria_hunting_accident_alpenlandpress.txt", "p7b_austria_hunting_accident_kaerntnerbergbote.txt")
P.f("distance of the shot", "conflict", "quantity", "about 120 metres", "150 metres", "About 120 m vs 150 m.")
P.f("size of the walking group", "agree", "quantity", "four hikers", "four hikers", "Same.")
P.f("hunters in Carinthia", "agree", "quantity", "about 13,000 members", "around 13.000 hunters", "Same, B with dot thousands (association members = hunters).")
P.f("maximum sentence", "agree", "quantity", "up to one year", "up to one year", "Same.")
P.f("hunting accidents with injuries last year", "agree", "quantity", "three accidents", "three hunting accidents", "Same.")
P.f("red deer in the Spittal district", "related", "quantity", "2,400 red deer", "2.150 red deer",
    "A: this season's culling quota; B: deer shot last season. Different measures.")
P.f("day of the shooting", "agree", "date", "Saturday evening", "Saturday, 10 October", "Both 2026-10-10.")
P.f("year of the three accidents", "agree", "date", "last year", "2025", "Last year from 2026 = 2025.")
P.f("'not one hundred percent sure'", "conflict", "quote",
    "Whoever is not one hundred percent sure of the target must not pull the trigger,",
    "Whoever is not one hundred percent sure of the target must not pull the trigger,",
    "Same words: A gives them to hunters' association head Gernot Wurzer, B to police spokesman Rainer Dullnig.")
P.f("hunting licence", "conflict", "statement",
    "has provisionally withdrawn his hunting licence",
    "has not yet withdrawn the man's hunting licence",
    "Opposite polarity: has withdrawn vs has not yet withdrawn.")
P.f("hunter's first aid", "agree", "statement",
    "called the emergency services and gave first aid until a rescue helicopter arrived",
    "alerted the rescue services and pressed a jacket onto the wound until the C 7 helicopter landed", "Same.")
P.f("what the hunter thought he saw", "agree", "statement",
    "believed it was a red deer stag", "at what he thought was a stag", "Same.")
P.f("hunter sober", "agree", "statement",
    "He was not drunk, a breath test showed", "was sober and cooperative", "Same (A: not drunk; B: sober).")
P.f("prevention", "related", "statement",
    "it would propose that hunters be required to wear bright orange clothing during drive hunts",
    "warning signs would be put up at all 14 trailheads in the area during the hunting season",
    "Different proposals by different actors; compatible.")
OUT.append(P.out())

# ---------------- pair 8: Styria protected linden felled
P = Pair("p8a_austria_protected_tree_felled_danubenews.txt", "p8b_austria_protected_tree_felled_suedsteirischerundschau.txt")
P.f("age of the tree", "conflict", "quantity", "about 500 years", "some 400 years", "About 500 vs some 400 years.")
P.f("height", "agree", "quantity", "28 metres", "28 m", "Same.")
P.f("trunk circumference", "agree", "quantity", "7.4 metres", "7,4 metres", "Same, B with decimal comma.")
P.f("size of the logistics hall", "agree", "quantity", "12,000-square-metre", "12.000 m²", "Same.")
P.f("young trees offered", "agree", "quantity", "20 young linden trees", "twenty young lindens", "Same, B in words.")
P.f("maximum fine", "agree", "quantity", "up to 36,000 euros", "€ 36.000", "Same ceiling (B: 'can reach').")
P.f("petition signatures", "related", "quantity", "1,800 signatures", "2.100 signatures", "Two moments: Thursday afternoon vs Friday morning.")
P.f("day the tree was felled", "agree", "date", "Tuesday", "Tuesday, 17 November", "Both 2026-11-17.")
P.f("year listed as a natural monument", "conflict", "date", "1936", "1951", "1936 vs 1951.")
P.f("last health survey", "agree", "date", "2019", "2019", "Same.")
P.f("Knaus on the tree's status", "agree", "quote",
    "This is not a misunderstanding. A tree of this age cannot be overlooked, and its status was known to everyone involved,",
    "Everyone on that site knew what kind of tree this was. You cannot miss a linden of that age.",
    "Same speaker (Herbert Knaus), reworded.")
P.f("stop to the building works", "conflict", "statement",
    "the authority had ordered all work on the site to stop",
    "The district authority in Leibnitz has not ordered the building works to stop",
    "Opposite polarity: ordered a stop vs has not ordered a stop.")
P.f("company's explanation", "agree", "statement",
    "had believed that the tree was diseased and posed a danger", "its crew believed the tree was sick and dangerous", "Same.")
P.f("legal steps", "related", "statement",
    "The environmental group Grünes Sausal said it had also filed a criminal complaint",
    "The municipality, he announced, will join the criminal proceedings as a private party",
    "Same topic (criminal case), different actors and steps; compatible.")
OUT.append(P.out())

with open(os.path.join(HERE, "gold", "pairs.gold.json"), "w", encoding="utf-8") as f:
    json.dump(OUT, f, ensure_ascii=False, indent=1)
    f.write("\n")
