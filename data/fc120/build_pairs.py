import json, os
from build_common import Pair, HERE

OUT = []

# ---------------- pair 1: Framlingham time capsule
P = Pair("p1a_suffolk_time_capsule_albionnewswire.txt", "p1b_suffolk_time_capsule_eastsuffolkmercury.txt")
P.f("capsule buried", "agree", "date", "July 1976", "9 July 1976", "Same date at two grains (1976-07 / 1976-07-09).")
P.f("capsule opened", "agree", "date", "Wednesday", "yesterday", "Both 2026-01-14 (B published Thursday 15 January).", b_after="squeezed into")
P.f("objects in the capsule", "conflict", "quantity", "43 items", "41 objects", "43 vs 41, both the full count of the contents.")
P.f("time underground", "agree", "quantity", "Almost 50 years", "49 and a half years", "July 1976 to January 2026; A rounds.")
P.f("former pupils attending", "agree", "quantity", "about 120 former pupils", "More than 100 old boys and girls", "About 120 is more than 100.")
P.f("size of the box", "agree", "quantity", "60-centimetre", "two-foot", "60 cm is about two feet (61 cm).")
P.f("school roll in 1976", "agree", "quantity", "96 pupils", "96 children", "Same.")
P.f("cost of capsule vs cost of display case", "related", "quantity", "£14", "£850",
    "A: the 1976 cost of the capsule; B: what the town council pays for a display case. Different things in GBP.")
P.f("display at the library opens", "conflict", "date", "February 2", "9 February", "2026-02-02 vs 2026-02-09.")
P.f("who said the capsule smelled like the 1976 classroom", "conflict", "quote",
    "It smelled exactly like the classroom did in 1976,", "It smelled exactly like the classroom did in 1976,",
    "Same words: A gives them to Janet Coe, B to Alan Kemp.")
P.f("headteacher on the long wait", "agree", "quote",
    "We've waited half a century for this morning, and the children have talked about nothing else,",
    "Half a century is a long time to wait for anything, and it was worth every minute,", "Both Priya Ashdown; reworded.")
P.f("Ruth Fairlie on her father", "agree", "quote", "He would have loved today,", "He would have been thrilled,", "Both Ruth Fairlie; reworded.")
P.f("new capsule", "conflict", "statement", "The school has agreed to bury a new capsule",
    "The school has not yet decided whether to bury a replacement capsule", "Opposite modality: agreed vs not yet decided.")
P.f("how the capsule was found", "agree", "statement", "found a sketch map in his diary",
    "came across a hand-drawn map in one of his diaries", "Same discovery, worded differently.")
P.f("help for the finds", "related", "statement", "Suffolk Archives has offered to conserve the damaged papers free of charge",
    "Framlingham Town Council has agreed to pay £850 for the case", "Different bodies and kinds of help; compatible.")
OUT.append(P.out())

# ---------------- pair 2: Ancona quadruplets
P = Pair("p2a_marche_quadruplets_italiapressagency.txt", "p2b_marche_quadruplets_ilcorrieredelconero.txt")
P.f("birth date", "agree", "date", "Sunday", "15 February", "Both 2026-02-15.")
P.f("weeks of pregnancy at birth", "conflict", "quantity", "30 weeks", "31 weeks", "30 vs 31 weeks.")
P.f("birth weights", "agree", "quantity", "between 1.1 and 1.4 kilograms", "between 1,12 and 1,39 kg", "B's exact range (decimal comma) rounds to A's.")
P.f("girls", "agree", "quantity", "three girls", "three girls", "Same.")
P.f("delivery team", "agree", "quantity", "22 doctors, nurses and midwives", "More than 20 staff", "22 is more than 20.")
P.f("expected discharge", "agree", "date", "early April", "April", "Both 2026-04.", b_after="go home in")
P.f("previous quadruplets at the Salesi", "agree", "date", "2009", "2009", "Same year.", a_occ=2)
P.f("cost for the family vs council help", "related", "quantity", "€1,500", "about € 3.600",
    "A: family's expected monthly spending; B: value of a year of nappies from Jesi council. Different measures in EUR.")
P.f("who said 'fighters'", "conflict", "quote", "They arrived in a hurry, but they are fighters,", "They arrived in a hurry, but they are fighters,",
    "Same words: A gives them to neonatologist Lucia Ferretti, B to obstetrician Marco Tonelli.")
P.f("father on four cots", "agree", "quote", "We still can't believe it, four cots in one bedroom,",
    "Four cots in one room – we still can't quite believe it,", "Both Davide Cingolani; reworded.")
P.f("natural conception", "agree", "statement", "The pregnancy was natural, without fertility treatment", "had no fertility treatment", "Same.")
P.f("odds of natural quadruplets", "agree", "statement", "Spontaneous quadruplets occur in about one in 700,000 pregnancies",
    "The odds of conceiving four babies naturally are roughly one in 700.000", "Same odds (B with dot thousands).")
P.f("regional support", "conflict", "statement", "The regional government of the Marche has approved a one-off grant",
    "The Marche Region has not yet approved the support", "Opposite polarity: has approved vs has not yet approved.")
P.f("other help", "related", "statement", "The hospital has opened a donation fund for the unit",
    "a local chain of pharmacies, Farmacie Esine, has offered a year's supply of infant formula", "Different offers of help; compatible.")
OUT.append(P.out())

# ---------------- pair 3: Cabezón de la Sal coat of arms
P = Pair("p3a_cantabria_coat_of_arms_iberiawire.txt", "p3b_cantabria_coat_of_arms_eldiariodelsaja.txt")
P.f("day of the vote", "agree", "date", "Tuesday", "Tuesday 14 April", "Both 2026-04-14.", b_occ=2)
P.f("votes in favour", "agree", "quantity", "11 votes", "11 votes", "Same.")
P.f("consultation participants", "agree", "quantity", "1,842 residents", "1.842 residents", "Same (B with dot thousands).")
P.f("share backing the winning design", "conflict", "quantity", "Some 62%", "58%", "62% vs 58% (B: 1,068 of 1,842).")
P.f("turnout vs votes for the winner", "related", "quantity", "about 24%", "1.068",
    "A: turnout as a share of eligible residents; B: votes for the winning design. Different measures.")
P.f("proposals received", "agree", "quantity", "37 proposals", "Thirty-seven entries", "Same, B in words.")
P.f("cost of the change", "agree", "quantity", "€48,000", "48.000 €", "Same; B puts the symbol after the figure.")
P.f("period of the spending", "agree", "quantity", "four years", "four years", "Same.")
P.f("old shield in use since", "agree", "date", "1952", "1952", "Same.")
P.f("flag first raised", "conflict", "date", "May 2", "9 May", "2026-05-02 vs 2026-05-09.")
P.f("who said 'not a logo'", "conflict", "quote", "A coat of arms is not a logo, it is the memory of a town,",
    "A coat of arms is not a logo, it is the memory of a town,", "Same words: A gives them to Mayor Inés Revuelta, B to historian Andrés Quijano.")
P.f("regional approval", "conflict", "statement", "The regional Government of Cantabria must still approve the new symbols",
    "the Government of Cantabria has already given the design its approval", "Opposite: still to approve vs already approved.")
P.f("new design", "agree", "statement", "The new shield shows a brine well and a salt pan, recalling the salt works that gave the town its name, beneath an oak tree",
    "puts a salt well and an oak on a green field", "Same elements, described differently.")
P.f("opposition objection", "agree", "statement", "saying the money would be better spent on roads",
    "said the expense was unjustified while several rural roads still wait for repair", "Same objection by Vecinos por Cabezón.")
P.f("other plans for the symbols", "related", "statement", "The council also plans a drawing competition for schoolchildren",
    "A textile workshop in Torrelavega, Tejidos Besaya, will sew the first twenty flags free of charge", "Different initiatives; compatible.")
OUT.append(P.out())

# ---------------- pair 4: Auch charity relay
P = Pair("p4a_gascony_charity_relay_francepresseservice.txt", "p4b_gascony_charity_relay_lechodugers.txt")
P.f("amount raised", "agree", "quantity", "€86,400", "86 400 €", "Same; B with space thousands, symbol after.", b_after="counter showed")
P.f("participants", "conflict", "quantity", "Some 1,350 walkers and runners", "1 530 participants", "1,350 vs 1,530.")
P.f("distance covered", "agree", "quantity", "9,600 km", "nearly 9 600 km", "Same (B qualified).")
P.f("last year's total", "agree", "quantity", "€71,000", "71 000 €", "Same.")
P.f("increase on last year", "related", "quantity", "22%", "15 400 €", "Percentage vs absolute increase (consistent: 15,400/71,000 = 21.7%).")
P.f("loop vs six laps", "related", "quantity", "1.2-kilometre", "about 7,2 km", "A: one lap; B: six laps. Different measures.")
P.f("volunteers", "agree", "quantity", "About 200 volunteers", "Two hundred volunteers", "Same, B in words.")
P.f("armagnac auction", "agree", "quantity", "€2,300", "2 300 €", "Same.")
P.f("relay started", "agree", "date", "Saturday", "Saturday 16 May", "Both 2026-05-16.")
P.f("cheque handed over", "conflict", "date", "June 5", "12 June", "2026-06-05 vs 2026-06-12.")
P.f("who said 'every step'", "conflict", "quote", "Every step was for a child who cannot walk today,", "Every step was for a child who cannot walk today,",
    "Same words: A gives them to organiser Claire Dupouy, B to mother Sandrine Lacoste.")
P.f("mayor on the town's heart", "agree", "quote", "Once again, Auch has shown it has a big heart,",
    "Auch has a big heart, and it showed it again this weekend,", "Both Jean-Marc Sabathé; reworded.")
P.f("next edition", "conflict", "statement", "They also ruled out holding the relay again next year",
    "the organisers are considering a 2027 relay", "Opposite modality: ruled out vs considering (next year = 2027).")
P.f("use of the money", "agree", "statement", "help buy a house near the hospital where parents can stay free of charge",
    "help the association buy a house near the children's hospital in Toulouse", "Same purpose.")
P.f("notable teams", "related", "statement", "One team of firefighters walked for all 24 hours in uniform",
    "The rugby club of Auch took the hardest shift", "Different groups; compatible.")
OUT.append(P.out())

# ---------------- pair 5: Westphalian pension fund divestment
P = Pair("p5a_westphalia_pension_divestment_germanwirenews.txt", "p5b_westphalia_pension_divestment_muensterlaenderbote.txt")
P.f("size of the fund", "agree", "quantity", "about €4.8 billion", "4,8 Mrd. Euro", "Same (B with decimal comma and 'Mrd.').")
P.f("holdings to be sold", "conflict", "quantity", "€310 million", "about 290 Mio. Euro", "310 vs about 290 million euros.", a_occ=2)
P.f("companies concerned", "agree", "quantity", "47 companies", "47 companies", "Same.")
P.f("member municipalities", "agree", "quantity", "124 municipalities", "124 municipalities", "Same.")
P.f("share of fossil holdings", "related", "quantity", "about 6.5%", "9 percent",
    "A: share of all assets; B: share of the equity portfolio. Part vs different whole.")
P.f("last year's return", "agree", "quantity", "5.2%", "5,2 Prozent", "Same.")
P.f("deadline for the sales", "agree", "date", "end of 2028", "end of 2028", "Same.")
P.f("day of the decision", "agree", "date", "Monday", "Monday, 15 June", "Both 2026-06-15.")
P.f("first sales", "conflict", "date", "July 1", "September", "2026-07-01 vs 2026-09.")
P.f("who said 'pensions paid in 2070'", "conflict", "quote", "We are investing for pensions that will be paid in 2070, not 2027,",
    "We are investing for pensions that will be paid in 2070, not 2027,", "Same words: A gives them to board chair Annette Brügger, B to managing director Jens Holtkamp.")
P.f("the board's vote", "agree", "statement", "The board voted 9 to 3", "The decision was taken with nine votes to three", "Same vote, digits vs words.")
P.f("utilities with coal plants", "conflict", "statement", "The fund will keep its holdings in power utilities that still operate coal-fired plants",
    "Utilities with coal-fired plants are also on the sale list", "Opposite: kept vs sold.")
P.f("taxpayers' group criticism", "agree", "statement", "said the decision put politics ahead of returns and could end up costing municipalities",
    "Returns must come first, said its chairman Helmut Kersting, because every euro the fund loses has to be made up by the municipalities",
    "Same criticism (A: the group; B: its chairman).")
P.f("new investments", "related", "statement", "The fund will also put €50 million into wind and solar farms",
    "The WKV also wants to double its investment in affordable housing", "Different new investments; compatible.")
OUT.append(P.out())

# ---------------- pair 6: Tipperary citizens' assembly
P = Pair("p6a_tipperary_citizens_assembly_irishnewsagency.txt", "p6b_tipperary_citizens_assembly_suirvalleyherald.txt")
P.f("recommendations adopted", "conflict", "quantity", "34 recommendations", "36 recommendations", "34 vs 36.")
P.f("members", "agree", "quantity", "66 members", "Sixty-six members", "Same, B in words.")
P.f("weekends of meetings", "agree", "quantity", "six weekends", "six weekends", "Same.")
P.f("support for the top proposal", "agree", "quantity", "91%", "91 per cent", "Same.")
P.f("vacant commercial buildings", "agree", "quantity", "about 1,100 vacant commercial buildings", "1,140 vacant commercial buildings", "A rounds 1,140.")
P.f("cost of the assembly", "related", "quantity", "€185,000", "€150", "A: total cost; B: payment per member per weekend. Different measures.")
P.f("final vote", "agree", "date", "Saturday", "last Saturday", "Both 2026-07-11.", b_occ=2)
P.f("council's formal response", "conflict", "date", "October", "end of September", "2026-10 vs 2026-09.")
P.f("who said 'lived in'", "conflict", "quote", "People don't want their towns preserved, they want them lived in,",
    "People don't want their towns preserved, they want them lived in,", "Same words: A gives them to chair Nuala Brennan, B to member Declan Moloney.")
P.f("council's commitment", "conflict", "statement", "the council had agreed to carry out every recommendation within its powers",
    "the council would not be bound by the recommendations", "Opposite: agreed to carry out vs not bound.")
P.f("first of its kind", "agree", "statement", "It is the first assembly of its kind to be run by a county council in Ireland",
    "the first set up by a county council anywhere in the State", "Same claim.")
P.f("derelict-property fund", "agree", "statement", "Members also voted for a council fund to buy derelict properties",
    "Members also backed a council fund to buy derelict buildings", "Same recommendation.")
P.f("speakers heard", "agree", "statement", "the members had heard from 41 speakers", "heard evidence from dozens of speakers", "41 is 'dozens'.")
P.f("car proposals", "related", "statement", "They rejected, by 35 votes to 29, a proposal to close the main street of Clonmel to cars",
    "A proposal for car-free Sundays on the main street of Nenagh passed narrowly", "Different proposals for different towns; compatible.")
OUT.append(P.out())

# ---------------- pair 7: Alberta glycol plant explosion
P = Pair("p7a_alberta_chemical_plant_explosion_northlandpress.txt", "p7b_alberta_chemical_plant_explosion_fortsaskledger.txt")
P.f("workers injured", "conflict", "quantity", "seven workers", "Eight workers", "7 vs 8.")
P.f("day of the explosion", "agree", "date", "Monday", "Monday, Sept. 21", "Both 2026-09-21.")
P.f("distance of broken windows", "agree", "quantity", "about 1.5 kilometres", "nearly a mile", "1.5 km is about 0.93 miles.")
P.f("plant employees", "agree", "quantity", "about 340 people", "340 people", "Same.")
P.f("plant capacity", "agree", "quantity", "450,000 tonnes", "about 450,000 tonnes", "Same yearly capacity.")
P.f("emergency response", "related", "quantity", "Around 60 firefighters", "Fourteen fire trucks and rescue units", "Firefighters vs vehicles: different measures.")
P.f("cost of the shutdown", "related", "quantity", "at least six weeks", "about $2 million", "A: length of the shutdown; B: lost output per day. Different measures.")
P.f("last inspection", "conflict", "date", "March 2025", "November 2025", "2025-03 vs 2025-11.")
P.f("who said the boom shook the windows", "conflict", "quote", "The boom shook the windows of my house three kilometres away,",
    "The boom shook the windows of my house three kilometres away,", "Same words: A gives them to resident Karen Olszewski, B to councillor Lisa Bertrand.")
P.f("plant manager's sympathy", "agree", "quote", "Our first thoughts are with the injured workers and their families,",
    "Our thoughts are with our injured colleagues and their families,", "Both Derek Halvorsen; reworded.")
P.f("seriously injured", "agree", "statement", "Two workers were in serious condition after being flown to the University of Alberta Hospital in Edmonton",
    "The two were airlifted to hospital in Edmonton", "Same two workers.")
P.f("independent investigation", "conflict", "statement", "The company has agreed to an independent investigation",
    "he refused to commit to an independent investigation", "Opposite: agreed vs refused to commit.")
P.f("air quality", "agree", "statement", "Air monitoring around the site found no harmful levels of any chemicals",
    "testing of the air had found no chemical hazard to residents", "Same finding.")
P.f("regulators", "related", "statement", "Alberta Occupational Health and Safety has issued a stop-work order for the damaged unit",
    "The Alberta Energy Regulator said it was also reviewing the incident", "Different agencies and actions; compatible.")
OUT.append(P.out())

# ---------------- pair 8: solo row Hobart - Lyttelton
P = Pair("p8a_canterbury_solo_rower_pacificnewsservice.txt", "p8b_canterbury_solo_rower_harbourlightnews.txt")
P.f("arrival", "agree", "date", "Sunday", "Sunday, 15 November", "Both 2026-11-15.")
P.f("length of the crossing", "agree", "quantity", "57 days", "eight weeks", "57 days is about eight weeks.")
P.f("departure from Hobart", "conflict", "date", "September 19", "18 September", "2026-09-19 vs 2026-09-18.")
P.f("distance rowed", "agree", "quantity", "about 2,600 km", "roughly 1,400 nautical miles", "1,400 nmi = 2,593 km.")
P.f("boat length", "agree", "quantity", "7-metre", "23-foot", "23 ft = 7.0 m.")
P.f("capsizes", "agree", "quantity", "three capsizes", "three times", "Same three capsizes ('rolled over three times').")
P.f("weight lost", "agree", "quantity", "11 kg", "11 kilos", "Same.")
P.f("money raised", "conflict", "quantity", "NZ$112,000", "$121,000", "A: NZ$112,000 by Monday morning; B: $121,000 already on Sunday night. A running total cannot fall, so the figures are incompatible.")
P.f("raised vs target", "related", "quantity", "NZ$112,000", "$150,000", "Amount raised vs fundraising target.")
P.f("who said the ocean doesn't care", "conflict", "quote", "The ocean doesn't care how tired you are,",
    "The ocean doesn't care how tired you are.", "Same words: A gives them to Clifford, B to her coach Rob Tahana (a message).")
P.f("shower and scone", "agree", "quote", "I want a hot shower and a cheese scone.", "A hot shower, then a cheese scone,", "Both Mereana Clifford; reworded.")
P.f("another ocean row", "conflict", "statement", "Clifford ruled out another ocean row",
    "She is considering an attempt to row across the Pacific", "Opposite modality: ruled out vs considering.")
P.f("first woman", "agree", "statement", "the first woman to row alone from Tasmania to New Zealand",
    "the first woman to row solo from Tasmania to New Zealand", "Same claim.")
P.f("safety and escort", "related", "statement", "Her position was tracked by satellite throughout the crossing",
    "escorted by the Lyttelton pilot launch and a flotilla of kayaks", "Different support at different moments; compatible.")
OUT.append(P.out())

with open(os.path.join(HERE, "gold", "pairs.gold.json"), "w", encoding="utf-8") as f:
    json.dump(OUT, f, ensure_ascii=False, indent=1)
    f.write("\n")
print(sum(len(p["facts"]) for p in OUT), "facts")
