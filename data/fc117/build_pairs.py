import json, os
from build_common import Pair, HERE

OUT = []

# ---------------- pair 1: Forth oil spill (Fife)
P = Pair("p1a_scotland_oil_spill_caledonpress.txt", "p1b_scotland_oil_spill_fifecourant.txt")
P.f("day the oil spilled", "conflict", "date", "January 11", "10 January", "2026-01-11 (Sunday) vs 2026-01-10 (Saturday night).")
P.f("amount of crude spilled", "agree", "quantity", "estimated 120 tonnes", "Around 120 tonnes", "Same estimate, both qualified.")
P.f("oily waste recovered", "agree", "quantity", "almost 40 tonnes", "38.5 tonnes", "38.5 is 'almost 40'.")
P.f("length of shore affected", "agree", "quantity", "about 14 kilometres", "about nine miles", "14 km = 8.7 miles: same length in two units.")
P.f("people working on the clean-up", "related", "quantity", "About 250 people", "70 volunteers", "A: everyone at work (staff, contractors, volunteers); B: the volunteers only. Part vs whole.")
P.f("oiled birds", "agree", "quantity", "more than 300 oiled seabirds", "312 oiled birds", "312 is more than 300.")
P.f("cost of the clean-up", "related", "quantity", "£6 million", "about £2.5m", "A: council's total estimate; B: council's cost a week. Total vs weekly rate.")
P.f("beaches closed until", "agree", "date", "January 31", "end of January", "Same date at two grains (2026-01-31 'at least' vs 2026-01 'end of').")
P.f("clean-up began", "agree", "date", "Monday morning", "Monday", "Both 2026-01-12.")
P.f("who said 'We will not leave until the last of this oil is off the beaches'", "conflict", "quote",
    "We will not leave until the last of this oil is off the beaches,", "We will not leave until the last of this oil is off the beaches,",
    "Same words: A gives them to Forthline chief executive Alastair Drummond, B to council leader Graham Lindsay.")
P.f("councillor on the smell", "agree", "quote", "The smell reaches right up the High Street,",
    "You can smell it right up the High Street, and it gets into the house,", "Both Moira Dunlop; reworded.")
P.f("who pays for the clean-up", "conflict", "statement",
    "He said the company had agreed to pay the full cost of the clean-up",
    "Forthline Shipping, which operates the vessel, has not yet agreed to cover the cost of the clean-up",
    "Opposite polarity: has agreed to pay vs has not yet agreed.")
P.f("drinking water", "agree", "statement",
    "said there was no threat to drinking water", "SEPA confirmed that drinking water supplies were not affected",
    "Same SEPA statement, worded differently.")
P.f("inquiries into the spill", "related", "statement",
    "Police Scotland said it had opened an investigation into the cause of the spill",
    "The Marine Accident Investigation Branch has sent two inspectors to the ship",
    "Two different inquiries (police vs MAIB): compatible, not the same fact.")
OUT.append(P.out())

# ---------------- pair 2: Foligno mosque permit (Umbria)
P = Pair("p2a_italy_mosque_permit_penisolapress.txt", "p2b_italy_mosque_permit_gazzettafolignate.txt")
P.f("votes in favour", "agree", "quantity", "19 votes", "19 votes", "Same.")
P.f("councillors against", "conflict", "quantity", "12 councillors", "13 councillors", "12 vs 13 against.")
P.f("prayer hall capacity", "agree", "quantity", "about 600 worshippers", "600 people", "Same.")
P.f("cost of the project", "agree", "quantity", "2.4 million euro", "€ 2,4 milioni", "Same, written with a decimal comma in B.")
P.f("floor area", "agree", "quantity", "1,150 square metres", "1.150 square metres", "Same, dot thousands separator in B.")
P.f("parking spaces required", "agree", "quantity", "45 parking spaces", "45 parking spaces", "Same.")
P.f("petition against the project", "agree", "quantity", "3,400 residents", "3.412 signatures", "A rounds 3,412 signatures.")
P.f("capacity of the rented garage", "agree", "quantity", "fewer than 200 people", "about 180 faithful", "180 is fewer than 200.")
P.f("size of the Muslim community", "related", "quantity", "about 2,000 members", "about 900 families", "Members vs families: different measures of the same community.")
P.f("day of the vote", "agree", "date", "Monday evening", "last night", "Both 2026-03-16.")
P.f("centre opens", "conflict", "date", "June 2027", "end of 2027", "By June 2027 vs the end of 2027.")
P.f("mayor: approving is a duty, not a favour", "agree", "quote",
    "A permit is not a favour. If a project meets the rules, the city has a duty to approve it,",
    "When a project respects the rules, approving it is a duty of the city, not a favour to anyone.", "Both Stefania Orlandi; reworded.")
P.f("Benali: money from local families", "agree", "quote",
    "Every euro comes from families who live and work here,",
    "Every euro comes from families who live here and pay their taxes here,", "Both Youssef Benali; reworded.")
P.f("Lega appeal to the TAR", "conflict", "statement",
    "said it would appeal to the regional administrative court",
    "ruled out an appeal to the TAR", "Opposite polarity: will appeal vs ruled out an appeal.")
P.f("minaret dropped", "agree", "statement",
    "Benali said the community had agreed to drop the minaret from earlier plans",
    "There will be no minaret", "Same fact: no minaret.")
P.f("open day for neighbours", "related", "statement",
    "The council also asked the community to hold an open day for neighbours once building work begins",
    "The community plans an open day for the neighbourhood as soon as the building site opens",
    "A: the council's request; B: the community's plan. Compatible, different actors.")
OUT.append(P.out())

# ---------------- pair 3: Nuits-Saint-Georges pesticide buffer (Burgundy)
P = Pair("p3a_france_pesticide_buffer_hexagonepresse.txt", "p3b_france_pesticide_buffer_echodelacote.txt")
P.f("width of the buffer zone", "agree", "quantity", "100 metres", "100 m", "Same.", b_occ=2)
P.f("pupils protected", "agree", "quantity", "about 450 pupils", "452 pupils", "A rounds 452.")
P.f("vineyard area inside the zone", "agree", "quantity", "about 60 hectares", "58 ha", "A rounds 58 ha.")
P.f("growers affected", "agree", "quantity", "some 40 winegrowers", "43 estates", "Some 40 growers vs 43 estates: compatible approximation.")
P.f("fine for breaking the ban", "agree", "quantity", "€1,500", "1 500 €", "Same; B puts the symbol after the figure with a space separator.")
P.f("compensation", "related", "quantity", "€120,000", "2 000 €", "A: total fund for the year; B: amount per hectare.")
P.f("ban takes effect", "conflict", "date", "May 1", "15 May", "2026-05-01 vs 2026-05-15.")
P.f("order signed", "agree", "date", "Wednesday", "Wednesday 8 April", "Both 2026-04-08.")
P.f("who said 'A school playground is not the place ...'", "conflict", "quote",
    "A school playground is not the place to learn what a fungicide smells like,",
    "A school playground is not the place to learn what a fungicide smells like,",
    "Same words: A gives them to Mayor Hélène Garnier, B to parents' association president Julien Morel.")
P.f("union leader: treated as poisoners", "agree", "quote",
    "We are being treated as poisoners, when we live here too and our children go to the same schools,",
    "They are treating us like poisoners. We live here, our children are at these schools,", "Both Bernard Lachaux; reworded.")
P.f("prefecture's approval", "conflict", "statement",
    "The prefecture of Côte-d'Or has not yet approved it",
    "The prefecture of Côte-d'Or approved the order on Tuesday", "Opposite polarity: not yet approved vs approved.")
P.f("growers' court challenge", "agree", "statement",
    "The local winegrowers' union said it would challenge the order in court",
    "says the union will take the order to the administrative court in Dijon", "Same.")
P.f("spraying in school holidays", "agree", "statement",
    "spraying is allowed during school holidays", "Spraying will be allowed during the school holidays", "Same.")
P.f("ways to keep farming the plots", "related", "statement",
    "growers may still work the affected plots by hand or use treatments approved for organic farming",
    "The chamber of agriculture has offered to fund anti-drift sprayers for estates near the schools",
    "A: what the order allows; B: an offer of the chamber of agriculture. Same topic, different facts.")
OUT.append(P.out())

# ---------------- pair 4: Frankfurt bus-lane cameras (Hesse)
P = Pair("p4a_germany_bus_lane_fines_bdpnews.txt", "p4b_germany_bus_lane_fines_stadtbote.txt")
P.f("number of cameras", "conflict", "quantity", "24 cameras", "18 cameras", "24 vs 18.")
P.f("fines start", "agree", "date", "June 1", "1 June", "Both 2026-06-01.")
P.f("council approval", "conflict", "date", "May 14", "7 May", "2026-05-14 vs 2026-05-07.")
P.f("fine for using a bus lane", "agree", "quantity", "€55", "55 Euro", "Same.")
P.f("fine for blocking a lane", "agree", "quantity", "€70", "70 Euro", "Same.")
P.f("offences in the trial", "agree", "quantity", "more than 3,100 drivers", "3.126 violations", "3,126 is more than 3,100.")
P.f("length of the trial", "agree", "quantity", "four-week", "four weeks", "Same.")
P.f("length of bus lanes", "agree", "quantity", "about 42 kilometres", "42 km", "Same.")
P.f("bus trips a day", "agree", "quantity", "some 1,200 bus trips", "some 1.200 bus journeys", "Same.")
P.f("money", "related", "quantity", "about €3.4 million", "2,1 Mio. Euro", "A: expected fine income a year; B: cost of the system over five years.")
P.f("deletion of innocent drivers' images", "agree", "quantity", "48 hours", "two days", "Same period.")
P.f("transport head: a bus lane is not a parking space", "agree", "quote",
    "A bus lane is not a parking space,", "A bus lane is not a parking spot, not even for five minutes,", "Both Tobias Wendland; reworded.")
P.f("cameras for loading bays", "conflict", "statement",
    "The city has ruled out extending the cameras to loading bays",
    "the city is considering extending the cameras to loading zones in the centre",
    "Opposite modality: ruled out vs considering.")
P.f("who may still use the lanes", "agree", "statement",
    "Taxis, bicycles and emergency vehicles may still use the lanes",
    "Taxis and bikes remain allowed in the lanes", "Same.")
P.f("criticism of the scheme", "related", "statement",
    "The motoring club ADAC criticised the scheme as a way to fill the city's coffers",
    "The Chamber of Industry and Commerce (IHK) asked for exemptions for deliveries",
    "Different critics and demands: ADAC vs IHK.")
OUT.append(P.out())

# ---------------- pair 5: stork nests (Alentejo)
P = Pair("p5a_portugal_stork_nests_ainnews.txt", "p5b_portugal_stork_nests_diariodaplanicie.txt")
P.f("nests to be moved", "conflict", "quantity", "460 white stork nests", "420 nests", "460 vs 420.")
P.f("power cuts caused by storks", "agree", "quantity", "37 power cuts", "37 outages", "Same.")
P.f("customers affected", "agree", "quantity", "more than 20,000 customers", "about 21.000 customers", "About 21,000 is more than 20,000.")
P.f("cost of the project", "agree", "quantity", "€1.8 million", "1,8 milhões de euros", "Same; decimal comma in B.")
P.f("cost per platform", "related", "quantity", "€1.8 million", "around € 4.300", "Total vs cost of one platform.")
P.f("distance of platform from pylon", "agree", "quantity", "about 30 metres", "between 20 and 40 metres", "About 30 lies within 20-40.")
P.f("year of the outages", "agree", "date", "2025", "Last year", "Both 2025.")
P.f("work starts", "agree", "date", "September 1", "1 September", "Both 2026-09-01.")
P.f("work finished by", "agree", "date", "February 2027", "February 2027", "Same.")
P.f("plan presented", "agree", "date", "Tuesday", "yesterday", "Both 2026-06-09.")
P.f("who said 'The storks were here long before the pylons'", "conflict", "quote",
    "The storks were here long before the pylons,",
    "The storks were here long before the pylons, and we have to learn to live with them,",
    "Same words: A gives them to bird group president Marta Caeiro, B to Redesul's Nuno Pacheco.")
P.f("Pacheco: moving, not evicting", "agree", "quote",
    "We are not evicting the storks, we are moving them next door,",
    "We are not throwing the storks out, we are only moving them a few metres.", "Both Nuno Pacheco; reworded.")
P.f("ICNF approval", "conflict", "statement",
    "The nature conservation institute ICNF has approved the plan",
    "has not yet approved the project", "Opposite polarity: approved vs not yet approved.")
P.f("no work while chicks are in the nest", "agree", "statement",
    "once the chicks have left the nests", "after the breeding season", "Same condition, worded differently.")
P.f("schools following the nests", "related", "statement",
    "Caeiro asked the company to fit cameras on a few of the new platforms so that schools could follow the birds",
    "A school in Évora has asked to follow one of the moved nests",
    "A: bird group's request for cameras; B: a school's request. Same topic, different actors.")
OUT.append(P.out())

# ---------------- pair 6: mountain rescue call-outs (Vorarlberg)
P = Pair("p6a_austria_mountain_rescue_ananews.txt", "p6b_austria_mountain_rescue_laendlerundschau.txt")
P.f("call-outs January to July", "conflict", "quantity", "612 times", "621 times", "612 vs 621.")
P.f("rise on a year earlier", "agree", "quantity", "18 percent", "18 Prozent", "Same.")
P.f("deaths", "agree", "quantity", "Fourteen people", "14 deaths", "Same; spelled out in A.")
P.f("call-outs in 2025", "agree", "quantity", "1,084 times", "1.084 Einsätze", "Same.")
P.f("volunteer rescuers", "agree", "quantity", "about 1,150 members", "roughly 1.150 mountain rescuers", "Same.")
P.f("rescuers available", "related", "quantity", "about 1,150 members", "about 300 people", "All members vs those on call on a weekend: whole vs part.")
P.f("call-outs on the busiest day", "agree", "quantity", "19 times", "19 call-outs", "Same.")
P.f("busiest day", "agree", "date", "August 15", "15 August", "Both 2026-08-15.", b_occ=2)
P.f("start of the period", "agree", "date", "January", "January", "Both 2026-01.")
P.f("day of the press conference", "conflict", "date", "Sunday", "Saturday", "2026-08-23 vs 2026-08-22.")
P.f("Tschofen: up in trainers, down by helicopter", "agree", "quote",
    "People go up in trainers and come down in a helicopter,",
    "They climb up in trainers and come down by helicopter. We see it every weekend,", "Both Reinhard Tschofen; reworded.")
P.f("Tschofen: no one with a broken leg should wait", "agree", "quote",
    "We do not want someone with a broken leg to wait because they are worried about the bill,",
    "Nobody with a broken leg should hesitate to call us because of the money,", "Both Reinhard Tschofen; reworded.")
P.f("charging unhurt hikers", "conflict", "statement",
    "The regional government has ruled out charging hikers who are rescued unhurt",
    "is considering a fee for people who are rescued without injury", "Opposite modality: ruled out vs considering.")
P.f("apps and social media", "agree", "statement",
    "He blamed social media posts and hiking apps",
    "influencers and hiking apps lure people onto paths they are not ready for", "Same claim, worded differently.")
P.f("safety measures for walkers", "related", "statement",
    "The Bergrettung and the Vorarlberg tourism board are running a summer campaign at cable car stations",
    "The Alpenverein offers free half-day courses for beginners", "Campaign vs courses: same topic, different measures and actors.")
OUT.append(P.out())

# ---------------- pair 7: Masurian lakes speed limit
P = Pair("p7a_poland_lake_speed_limit_aiwnews.txt", "p7b_poland_lake_speed_limit_gazetamazurska.txt")
P.f("speed limit near the shore", "conflict", "quantity", "12 km/h", "10 km/h", "12 vs 10 km/h.")
P.f("width of the shore zone", "agree", "quantity", "100 metres", "100 m", "Same.")
P.f("limit on canals", "agree", "quantity", "5 km/h", "5 km/h", "Same.")
P.f("fine", "agree", "quantity", "up to 500 zlotys", "up to 500 zł", "Same; currency word vs symbol.")
P.f("rule takes effect", "conflict", "date", "April 1, 2027", "1 May 2027", "2027-04-01 vs 2027-05-01.")
P.f("regulation signed", "agree", "date", "Monday", "yesterday", "Both 2026-09-14.")
P.f("registered motorboats", "agree", "quantity", "Some 12,000 motorboats", "some 12 000 registered motorboats", "Same; space separator in B.")
P.f("harm on the lakes", "related", "quantity", "23 accidents", "6 people", "A: motorboat accidents in 2025; B: drownings last summer (not all boat-related).")
P.f("new patrol boats", "agree", "quantity", "four new patrol boats", "four new boats", "Same.")
P.f("Mazury Czarter fleet", "agree", "quantity", "about 180 boats", "about 180 motorboats and yachts", "Same.")
P.f("who said 'The lakes are not a motorway'", "conflict", "quote",
    "The lakes are not a motorway,", "The lakes are not a motorway,",
    "Same words: A gives them to governor's spokesman Krzysztof Malinowski, B to sailing club commodore Tomasz Gajewski.")
P.f("speed limiters on charter boats", "conflict", "statement",
    "have agreed to fit speed limiters to their fleets",
    "refused to fit speed limiters to its boats", "Opposite polarity: agreed to (incl. Mazury Czarter) vs refused to.")
P.f("jet skis in nature reserves", "agree", "statement",
    "Jet skis will be banned altogether in nature reserves", "Water scooters will be banned in nature reserves", "Same.")
P.f("calls to widen the limit", "related", "statement",
    "said the limits should also cover the Krutynia river",
    "The Giżycko club wants the limit to apply also to sailing yachts running on engines in the canals",
    "Different demands from different groups.")
P.f("signs over the winter", "agree", "statement",
    "signs marking the 100-metre zone would be placed at harbours and beaches over the winter",
    "Signs will be placed on harbours and beaches during the winter", "Same.")
OUT.append(P.out())

# ---------------- pair 8: Yellowstone bison to Fort Peck (Montana)
P = Pair("p8a_usa_bison_transfer_plainswire.txt", "p8b_usa_bison_transfer_milkriverherald.txt")
P.f("bison transferred", "conflict", "quantity", "112 bison", "120 Yellowstone bison", "112 vs 120.")
P.f("tribal herd after the transfer", "agree", "quantity", "about 560 animals", "roughly 560 head", "Same.")
P.f("further quarantine", "agree", "quantity", "at least another 90 days", "at least three months", "90 days = three months.")
P.f("distance driven", "agree", "quantity", "roughly 450 miles", "450-mile", "Same.")
P.f("length of the drive", "agree", "quantity", "about 11 hours", "around 11 hours", "Same.")
P.f("project cost this year", "agree", "quantity", "about $1.2 million", "$1.2 million", "Same.")
P.f("extra testing cost", "related", "quantity", "about $1.2 million", "about $40,000", "A: the year's total cost; B: cost of the retesting the tribes must pay.")
P.f("bison sent to tribes since 2019", "agree", "quantity", "more than 600 bison", "more than 600 Yellowstone bison", "Same.")
P.f("Yellowstone herd", "agree", "quantity", "about 5,400 animals", "around 5,400 animals", "Same.")
P.f("arrival", "agree", "date", "Tuesday", "Tuesday", "Both 2026-11-10.", b_occ=2)
P.f("start of the programme", "agree", "date", "2019", "2019", "Same.")
P.f("who said 'These buffalo are coming home'", "conflict", "quote",
    "These buffalo are coming home,", "These buffalo are coming home,",
    "Same words: A gives them to chairman Raymond Eagle Shield, B to buffalo programme director Travis Red Bird.")
P.f("chairman on grandparents and grandchildren", "agree", "quote",
    "Our grandparents lived with them, and now our grandchildren will too.",
    "Our grandparents lived with them, and our grandchildren will grow up with them,", "Both Raymond Eagle Shield; reworded.")
P.f("livestock department and testing", "conflict", "statement",
    "Montana's Department of Livestock agreed to let the animals cross the state without a further round of testing",
    "The Montana Department of Livestock has refused to waive its own testing requirement",
    "Opposite polarity: agreed to waive further testing vs refused to waive it.")
P.f("meat plant", "agree", "statement",
    "the tribes planned to open a meat-processing plant on the reservation next year",
    "The tribes hope to open a small meat plant next year", "Same plan.")
P.f("ranchers' concerns", "related", "statement",
    "The Montana Stockgrowers' Council said it was still concerned but would not oppose the transfer",
    "wanted the fences checked", "A: the stockgrowers' group's position; B: one rancher's demand.")
OUT.append(P.out())

with open(os.path.join(HERE, "gold", "pairs.gold.json"), "w", encoding="utf-8") as f:
    json.dump(OUT, f, ensure_ascii=False, indent=1)
    f.write("\n")
print(len(OUT), "pairs,", sum(len(p["facts"]) for p in OUT), "facts")
