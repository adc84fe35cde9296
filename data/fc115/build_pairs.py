import json, os
from build_common import Pair, HERE

OUT = []

# ---------------- pair 1: Galway cycle lane
P = Pair("p1a_ireland_cycle_lane_eireannnews.txt", "p1b_ireland_cycle_lane_galwaytideline.txt")
P.f("councillors voting for removal", "conflict", "quantity", "10 votes", "11 votes", "10 (to 7, one abstention) vs 11 (to 7).")
P.f("length of the lane", "agree", "quantity", "1.4 km", "1,400-metre", "Same length in km and metres.")
P.f("cost of removal", "agree", "quantity", "€380,000", "nearly €400,000", "B rounds up with 'nearly'.")
P.f("cost of building the lane", "agree", "quantity", "€1.2 million", "€1,150,000", "A rounds 1.15 million.")
P.f("weekday cyclists", "agree", "quantity", "about 900 cyclists a day", "896 cyclists", "About 900 vs 896 on an average weekday.")
P.f("cyclists a day vs bike trips a week", "related", "quantity", "about 900 cyclists a day", "some 6,200 bike trips", "Daily weekday count vs weekly total: different measures.")
P.f("parking spaces restored", "agree", "quantity", "34 on-street parking spaces", "Thirty-four parking spaces", "Same, figure vs words.")
P.f("vote", "agree", "date", "Monday night", "Monday night", "Both 2026-01-19.")
P.f("lane opened", "agree", "date", "September 2023", "2023", "Month vs year grain.")
P.f("removal works start", "agree", "date", "March 2", "2 March", "Both 2026-03-02, written two ways.")
P.f("works finished", "conflict", "date", "the end of April", "mid-May", "2026-04 vs 2026-05.")
P.f("who said 'taking a lane away from children'", "conflict", "quote",
    "We are taking a lane away from children on bikes,", "We are taking a lane away from children on bikes,",
    "Same words: A gives them to forum chair Orla Keady, B to Green councillor Niamh Ruane.")
P.f("mayor on congestion", "agree", "quote",
    "The traffic on the Salthill road has been gridlocked since the day this lane opened,",
    "Since the lane went in, the road has been jammed morning and evening,", "Both Mayor Declan Furey; reworded.")
P.f("NTA funding of the removal", "conflict", "statement",
    "has refused to fund the removal", "has agreed to cover part of the cost of the works",
    "Opposite polarity: refused vs agreed.")
P.f("what replaces the lane", "agree", "statement",
    "the lane would be replaced by painted advisory cycle markings",
    "cyclists will be left with painted markings on the road surface", "Same replacement.")
P.f("campaigners' next step", "related", "statement",
    "The forum said it would take legal advice", "The Galway Cycle Forum has started a petition",
    "Legal advice (A) and a petition (B): different actions, both compatible.")
OUT.append(P.out())

# ---------------- pair 2: Kladno dog shelter
P = Pair("p2a_czechia_dog_shelter_czechpressbureau.txt", "p2b_czechia_dog_shelter_kladenskyobzor.txt")
P.f("capacity", "agree", "quantity", "60 dogs", "sixty", "Same; B's noun elided ('designed for sixty').")
P.f("dogs now at the shelter", "conflict", "quantity", "94", "Ninety-seven dogs", "94 vs 97.")
P.f("emergency package", "agree", "quantity", "2.5 million koruna", "2,5 mil. Kč", "Same, decimal point vs comma.")
P.f("yearly budget vs monthly cost per dog", "related", "quantity", "CZK 6.8 million", "1 200 Kč", "A: shelter budget a year; B: cost per dog a month.")
P.f("dogs taken in during 2025", "agree", "quantity", "412 stray dogs", "more than 400 dogs", "412 is more than 400.")
P.f("new kennels", "agree", "quantity", "40 new kennels", "forty new kennels", "Same.")
P.f("rise in vet bills", "agree", "quantity", "30%", "29,6 %", "A rounds 29.6%.")
P.f("adoption fee", "agree", "quantity", "1,500 koruna", "1 500 Kč", "Same; local thousands space.")
P.f("intake stopped", "agree", "date", "Monday", "16 February", "Both 2026-02-16.")
P.f("council vote", "agree", "date", "February 26", "26 February", "Both 2026-02-26.")
P.f("new kennels ready", "conflict", "date", "June", "September", "2026-06 vs 2026-09.")
P.f("who said 'run out of room'", "conflict", "quote",
    "We have run out of room, not out of love.", "We have run out of room, not out of love,",
    "Same words: A gives them to director Jana Horáková, B to Deputy Mayor Tomáš Beneš.")
P.f("director on crowding", "agree", "quote",
    "Every kennel now holds two dogs, some hold three,", "We have two dogs in every kennel and three in some of them,",
    "Both Horáková; reworded.")
P.f("region's contribution", "conflict", "statement",
    "has refused to contribute to the cost", "has agreed to pay half of the cost of the new kennels",
    "Opposite polarity: refused vs agreed.")
P.f("what finders should do", "agree", "statement",
    "are asked to report it to the municipal police", "Call the city police on 156", "Same advice.")
P.f("appeal for help", "related", "statement",
    "the shelter also needed volunteers to walk dogs at weekends", "The shelter is also short of food",
    "Volunteers (A) vs food donations (B): different appeals.")
OUT.append(P.out())

# ---------------- pair 3: Anglesey glyphosate
P = Pair("p3a_wales_glyphosate_ukpresswire.txt", "p3b_wales_glyphosate_ynysmonchronicle.txt")
P.f("glyphosate used a year", "agree", "quantity", "about 1,900 litres", "nearly 2,000 litres", "Both approximate, compatible.")
P.f("road length", "agree", "quantity", "1,200 miles", "roughly 1,930 km", "1,200 miles = 1,931 km.")
P.f("hot-foam machines", "conflict", "quantity", "three hot-foam machines", "four hot-foam machines", "3 vs 4.")
P.f("machines bought vs yearly running cost", "related", "quantity", "£240,000", "£62,000", "One-off purchase vs extra running cost a year.")
P.f("seasonal staff", "agree", "quantity", "six new seasonal workers", "Six seasonal staff", "Same.")
P.f("petition", "agree", "quantity", "more than 4,000 signatures", "4,212 names", "4,212 is more than 4,000.")
P.f("spraying ends", "agree", "date", "April 1", "1 April", "Both 2026-04-01.")
P.f("executive decision", "agree", "date", "Tuesday", "Tuesday", "Both 2026-03-10.")
P.f("trial", "agree", "date", "2025", "May 2025", "Year vs month grain.")
P.f("full phase-out", "conflict", "date", "2028", "the end of 2027", "2028 vs 2027.")
P.f("who said 'not a chemical dump'", "conflict", "quote",
    "Our verges are not a chemical dump,", "Our verges are not a chemical dump,",
    "Same words: A gives them to cabinet member Gwenan Pritchard, B to beekeeper Iolo Hughes.")
P.f("leader on bees", "agree", "quote",
    "We want the island's bees to have a future, and that starts at the edge of the road,",
    "The bees on this island need a future, and the road verge is where we can start.", "Both Rhys Penrhyn; reworded.")
P.f("glyphosate for knotweed", "conflict", "statement",
    "The council ruled out a complete ban, however.",
    "the council is considering ending its use even for Japanese knotweed",
    "Ruled out vs is considering.")
P.f("Natural Resources Wales", "agree", "statement",
    "Natural Resources Wales backed the move", "Natural Resources Wales welcomed the decision", "Same support.")
P.f("worries about the change", "related", "statement",
    "warned that weeds left to seed on verges could spread into neighbouring fields",
    "contractors who had spray contracts with the council were worried about their work",
    "Farmers' worry (A) vs contractors' worry (B).")
OUT.append(P.out())

# ---------------- pair 4: Central Otago fluoridation
P = Pair("p4a_newzealand_fluoridation_aotearoapress.txt", "p4b_newzealand_fluoridation_centrallakesclarion.txt")
P.f("people on the two supplies", "agree", "quantity", "about 14,000 residents", "Around 13,600 people", "Both approximate, compatible.")
P.f("cost of dosing plants", "conflict", "quantity", "NZ$3.1 million", "$3.4m", "NZ$3.1m vs $3.4m.")
P.f("government subsidy vs yearly running cost", "related", "quantity", "NZ$2.6 million", "$140,000", "Capital grant vs running cost a year.")
P.f("fluoride level", "agree", "quantity", "0.7 to 1.0 milligrams per litre", "between 0.7 and 1 mg/L", "Same range, unit abbreviated.")
P.f("fine for non-compliance", "agree", "quantity", "up to NZ$200,000", "$200,000", "Same maximum.")
P.f("submissions", "agree", "quantity", "more than 1,800 submissions", "1,846 submissions", "1,846 is more than 1,800.")
P.f("length of the dispute", "agree", "quantity", "two-year", "two years", "Same.")
P.f("fluoridation starts", "conflict", "date", "June 30", "1 July", "2026-06-30 vs 2026-07-01.")
P.f("directive issued", "agree", "date", "October 2024", "2024", "Month vs year grain.")
P.f("council vote", "agree", "date", "Tuesday", "Tuesday", "Both 2026-05-12.")
P.f("who said 'follow the law'", "conflict", "quote",
    "We are not here to argue the science, we are here to follow the law,",
    "We are not here to argue the science, we are here to follow the law,",
    "Same words: A gives them to Mayor Fiona Tamatea, B to chief executive Grant Whitcombe.")
P.f("opponents' spokesman", "agree", "quote",
    "This is medication without consent,", "It is medicating people without their consent, and we will keep saying so,",
    "Both Colin Reddaway; reworded.")
P.f("legal challenge", "conflict", "statement",
    "The council has not ruled out a legal challenge, however.", "She ruled out any legal challenge",
    "Not ruled out vs ruled out.")
P.f("unfluoridated water point", "agree", "statement",
    "An unfluoridated tap will be installed at the Alexandra water treatment plant",
    "the council will put in a filling station with unfluoridated water at the Alexandra plant", "Same facility.")
P.f("health case", "related", "statement",
    "Health New Zealand said community water fluoridation was a safe and effective way to reduce tooth decay",
    "Alexandra dentist Dr Priya Raman said she welcomed the change", "Agency's general claim vs a local dentist's view.")
OUT.append(P.out())

# ---------------- pair 5: Parga beach camping ban
P = Pair("p5a_greece_camping_hellenicwire.txt", "p5b_greece_camping_pargaecho.txt")
P.f("fine", "agree", "quantity", "€300", "300 €", "Same; symbol before vs after.", b_occ=2)
P.f("campervans counted on one weekend", "conflict", "quantity", "about 120 campervans", "180 campervans", "About 120 vs 180.")
P.f("second-offence fine vs fines collected", "related", "quantity", "€600", "42.600 €", "Per-offence fine vs season total.")
P.f("legal campervan spaces", "agree", "quantity", "80 spaces", "eighty pitches", "Same.")
P.f("nightly charge", "agree", "quantity", "€15", "15 €", "Same.")
P.f("beaches covered", "agree", "quantity", "nine beaches", "9 beaches", "Same.")
P.f("ban starts", "agree", "date", "June 15", "15 June", "Both 2026-06-15.")
P.f("ban ends", "conflict", "date", "September 30", "15 October", "2026-09-30 vs 2026-10-15.")
P.f("council vote", "agree", "date", "Monday", "Monday evening", "Both 2026-06-08.")
P.f("count taken", "agree", "date", "late August last year", "Last August", "Both 2025-08.")
P.f("who said 'not a free car park'", "conflict", "quote",
    "Parga is not a free car park,", "Parga is not a free car park,",
    "Same words: A gives them to Mayor Spyros Kalogirou, B to Deputy Mayor Eleni Zerva.")
P.f("motorhome association", "agree", "quote",
    "Families in campervans spend money in Parga like anyone else,",
    "Campervan tourists spend in the shops and tavernas like any other visitor,", "Both Nikos Papadimas; reworded.")
P.f("police night patrols", "conflict", "statement",
    "Police in Preveza have agreed to carry out night patrols",
    "the force does not have the staff for night patrols", "Agreed to patrol vs no staff to patrol.")
P.f("camping already illegal", "agree", "statement",
    "Camping outside licensed sites has been illegal in Greece for decades",
    "Camping outside organised sites has been against the law in Greece since the 1970s", "Same; 'decades' vs 'since the 1970s'.")
P.f("other measures", "related", "statement",
    "put barriers at the entrance to two dirt tracks",
    "Signs in Greek, English, German and Italian will direct drivers there", "Barriers (A) vs signs (B).")
OUT.append(P.out())

# ---------------- pair 6: Saskatchewan rodeo rules
P = Pair("p6a_canada_rodeo_rules_dominionpress.txt", "p6b_canada_rodeo_rules_prairiesentinel.txt")
P.f("rodeos a year", "agree", "quantity", "about 60 rodeos", "62 sanctioned rodeos", "About 60 vs 62.")
P.f("maximum fine", "conflict", "quantity", "up to $25,000", "up to $50,000", "Both maxima; incompatible.")
P.f("medical-cover fund", "related", "quantity", "$360,000", "$180,000", "Two-year total vs a year: different measures (compatible).")
P.f("paramedics required", "agree", "quantity", "two paramedics", "two paramedics", "Same.")
P.f("riders hospitalised last season", "agree", "quantity", "more than 40 riders", "47 riders", "47 is more than 40.")
P.f("rules take effect", "agree", "date", "January 1, 2027", "Jan. 1, 2027", "Both 2027-01-01.")
P.f("rider injured", "conflict", "date", "July 11", "Sunday, July 12", "2026-07-11 vs 2026-07-12.")
P.f("rules announced", "agree", "date", "Monday", "Monday", "Both 2026-07-20.")
P.f("who said 'without a paramedic waiting'", "conflict", "quote",
    "Nobody should be carried out of an arena without a paramedic waiting,",
    "Nobody should be carried out of an arena without a paramedic waiting,",
    "Same words: A gives them to Minister Dale Fehr, B to the rider's mother Cheryl Kowalchuk.")
P.f("association president", "agree", "quote",
    "We have been asking for proper medical rules for years,",
    "We've wanted real medical standards for a long time, and now we have them,", "Both Wade Lindgren; reworded.")
P.f("mutton busting", "conflict", "statement",
    "The province has ruled out banning children's events such as mutton busting",
    "the province is considering a ban on mutton busting", "Ruled out vs is considering.")
P.f("minimum age for bull riding", "conflict", "statement",
    "set a minimum age of 14 for bull and bareback riding",
    "Riders under 16 will no longer be allowed on bulls or bareback horses",
    "14 vs 16; ages are left open as quantities (ignore), so the fact is typed statement.")
P.f("helmets and vests", "agree", "statement",
    "make helmets and protective vests compulsory for all riders under 18",
    "helmets and vests will be mandatory for anyone under 18", "Same rule.")
P.f("injured rider", "related", "statement",
    "remains there in stable condition, his family said",
    "Friends have set up an online fundraiser for his family", "Condition (A) vs fundraiser (B).")
OUT.append(P.out())

# ---------------- pair 7: Errotazar weir
P = Pair("p7a_spain_weir_removal_iberiapress.txt", "p7b_spain_weir_removal_diariodelarga.txt")
P.f("weir height", "agree", "quantity", "4.5-metre", "4,5-metre", "Same, decimal point vs comma.")
P.f("cost", "conflict", "quantity", "€1.8 million", "1,6 millones de euros", "€1.8m vs €1.6m.")
P.f("EU money vs EU share", "related", "quantity", "€1.1 million", "65 %", "Amount vs percentage of a different total.")
P.f("river reopened", "agree", "quantity", "about 23 km", "23 km", "Same.")
P.f("material removed", "agree", "quantity", "About 3,200 cubic metres", "some 3.200 m³", "Same; unit symbol and dot thousands.")
P.f("path closed", "agree", "quantity", "600-metre", "600 m", "Same.")
P.f("weir built", "agree", "date", "1912", "1912", "Same.")
P.f("works began", "agree", "date", "Monday", "Monday", "Both 2026-09-14.")
P.f("works end", "conflict", "date", "the end of October", "November", "2026-10 vs 2026-11.")
P.f("who said 'a river needs to run'", "conflict", "quote",
    "A river needs to run, and this one has been stopped for a century,",
    "A river needs to run, and this one has been stopped for a century,",
    "Same words: A gives them to CHE engineer Ainhoa Etxeberria, B to councillor Marta Goñi.")
P.f("anglers' president", "agree", "quote",
    "We have waited thirty years to see this wall come down,",
    "Thirty years we have been waiting for this wall to fall,", "Both Patxi Urrutia; reworded.")
P.f("two more weirs", "conflict", "statement",
    "The confederation has not yet approved a plan to remove two more of them",
    "the CHE had already approved the removal of two more weirs", "Not yet approved vs already approved.")
P.f("old mill", "agree", "statement",
    "will be kept and restored by Villava council as a visitor centre",
    "Villava town council plans to turn it into a visitor centre", "Same plan.")
P.f("flood risk", "agree", "statement",
    "The confederation said studies showed the opposite", "Engineers told them that the opposite was true", "Same answer to flood fears.")
P.f("who loses out", "related", "statement",
    "Some residents of Burlada had feared that removing the weir would increase the risk of flooding",
    "The Villava canoe club has trained for decades on the calm pool above the weir",
    "Residents' flood fears (A) vs the canoe club's loss (B).")
OUT.append(P.out())

# ---------------- pair 8: Bahía de Kino municipality
P = Pair("p8a_mexico_new_municipality_continentalwire.txt", "p8b_mexico_new_municipality_costasonora.txt")
P.f("deputies voting for", "conflict", "quantity", "29 deputies", "28 deputies", "29 vs 28.")
P.f("population", "agree", "quantity", "about 9,000 residents", "8,900 residents", "A rounds.")
P.f("area", "agree", "quantity", "about 1,200 square kilometres", "about 120,000 hectares", "1,200 km² = 120,000 ha.")
P.f("distance from Hermosillo", "agree", "quantity", "about 110 km", "107 km", "A rounds.")
P.f("first-year budget", "agree", "quantity", "85 million pesos", "$85 million", "Same; local $ sign with MXN.")
P.f("fishermen vs voters", "related", "quantity", "About 2,000 fishermen", "some 5,600 registered voters", "Two different parts of the population.")
P.f("Congress vote", "agree", "date", "Monday", "9 November", "Both 2026-11-09.")
P.f("interim council takes office", "conflict", "date", "January 1, 2027", "1 March 2027", "2027-01-01 vs 2027-03-01.")
P.f("first election", "agree", "date", "June 2027", "2027", "Month vs year grain.", b_after="the vote in ")
P.f("who said 'waited long enough'", "conflict", "quote",
    "Kino has waited long enough to govern itself,", "Kino has waited long enough to govern itself,",
    "Same words: A gives them to Deputy Rosalba Quiñones, B to committee leader Ernesto Félix.")
P.f("Hermosillo mayor", "agree", "quote",
    "Hermosillo will not stand in the way of Kino,", "We are not going to block Kino. It is their right,",
    "Both Alejandro Ruibal; reworded.")
P.f("water network handover", "conflict", "statement",
    "The Hermosillo city council has agreed to hand over the town's water network",
    "Hermosillo has refused to hand over the Kino water system", "Agreed vs refused.")
P.f("Punta Chueca", "agree", "statement",
    "will remain part of Hermosillo at its own request", "asked to stay with Hermosillo", "Same.")
P.f("what comes next for the decree", "related", "statement",
    "The decree must still be signed by the governor and published in the state's official bulletin",
    "a group of them is preparing a challenge before the Supreme Court",
    "Formal steps (A) vs a planned court challenge (B).")
OUT.append(P.out())

with open(os.path.join(HERE, "gold", "pairs.gold.json"), "w", encoding="utf-8") as f:
    json.dump(OUT, f, ensure_ascii=False, indent=1)
    f.write("\n")
print(len(OUT), "pairs,", sum(len(p["facts"]) for p in OUT), "facts")
