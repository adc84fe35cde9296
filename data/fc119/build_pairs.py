"""pairs.gold.json for fc119: the facts each pair's two articles share."""
import json, os
from build_common import Pair, HERE

OUT = []

# ---------------- pair 1: Culm Vale council spending freeze
P = Pair("p1a_devon_council_finances_albionpress.txt", "p1b_devon_council_finances_exeterevening.txt")
P.f("budget gap", "agree", "quantity", "£9.4 million", "£9.4m", "Same gap, written two ways.")
P.f("council staff", "agree", "quantity", "about 640 staff", "642 employees", "A rounds 642.")
P.f("population served", "agree", "quantity", "some 82,000 residents", "roughly 82,000 people", "Same.")
P.f("reserves left", "conflict", "quantity", "£1.2 million", "£2.1m", "General reserves left: £1.2m vs £2.1m.")
P.f("temporary housing cost", "related", "quantity", "£5.6 million", "£3.1m",
    "A: total spent on B&B and short-term lets in nine months; B: the overspend. Different measures (5.6 - 2.5 = 3.1).")
P.f("referendum cap on council tax", "agree", "quantity", "4.99%", "4.99 per cent", "Same cap.")
P.f("notice issued", "agree", "date", "Monday", "Monday, 26 January", "Both 2026-01-26 (weekday vs day and month).")
P.f("full council meeting", "conflict", "date", "February 9", "16 February", "2026-02-09 vs 2026-02-16.")
P.f("budget to be agreed", "agree", "date", "March 11", "March", "A: before March 11; B: in March. Day vs month grain, compatible.")
P.f("who said 'not a bankrupt council'", "conflict", "quote",
    "We are not a bankrupt council, but we cannot spend money we do not have,",
    "We are not a bankrupt council, but we cannot spend money we do not have,",
    "Same words: A gives them to leader Helen Tregarthen, B to finance director Mark Ashby.")
P.f("asking to exceed the council-tax cap", "conflict", "statement",
    "the council had written to the Ministry of Housing, Communities and Local Government asking for permission to raise council tax by up to 15% in April",
    "Council leader Helen Tregarthen ruled out asking the Government to let the council raise council tax above the usual 4.99 per cent cap",
    "Opposite polarity: has asked for permission vs ruled out asking.")
P.f("statutory services continue", "agree", "statement",
    "Bin collections, homelessness support and other statutory services will continue",
    "Residents will still have their bins emptied and social care and homelessness services will carry on as normal",
    "Same promise, reworded.")
P.f("asset sales", "related", "statement",
    "The council also plans to sell two town-centre car parks in Tiverton.",
    "the council was considering selling the Riverside leisure centre in Tiverton",
    "Different assets (car parks vs a leisure centre): compatible, not a conflict.")
P.f("government commissioners", "agree", "statement",
    "had no plans at present to send commissioners to run the council",
    "although ministers have not done so in Culm Vale",
    "Both: no commissioners sent.")
OUT.append(P.out())

# ---------------- pair 2: Avezzano hospital assaults
P = Pair("p2a_abruzzo_hospital_assaults_italpress.txt", "p2b_abruzzo_hospital_assaults_centromarsica.txt")
P.f("assaults at San Camillo since 2025", "conflict", "quantity", "37 assaults", "43 assaults",
    "Same period (since the start of / since January 2025): hospital records 37 vs union count 43.")
P.f("assaults in Abruzzo in 2025", "agree", "quantity", "212 attacks", "212 attacks", "Same.")
P.f("security budget", "agree", "quantity", "€1.8 million", "€1,8 milioni", "Same, decimal point vs comma.")
P.f("three-year total vs Avezzano's yearly share", "related", "quantity", "€1.8 million", "about €200.000 a year",
    "A: total for four departments over three years; B: Avezzano's yearly share. Different measures.")
P.f("security guards", "agree", "quantity", "six private security guards", "Six security guards", "Same.")
P.f("nurse's prognosis", "agree", "quantity", "30 days", "thirty days", "Digits vs words.")
P.f("emergency doctors to hire", "agree", "quantity", "12 more emergency doctors", "12 emergency doctors", "Same.")
P.f("patients a year", "agree", "quantity", "about 48,000 patients", "some 48.000 patients", "Same, comma vs dot thousands.")
P.f("police post opens", "agree", "date", "April 1", "1° aprile", "Both 2026-04-01.")
P.f("night of the attack", "conflict", "date", "Saturday night", "Sunday night", "2026-03-14 vs 2026-03-15.")
P.f("court appearance", "agree", "date", "Thursday", "tomorrow", "Both 2026-03-19.")
P.f("union secretary on the delay", "agree", "quote",
    "We have been asking for this for five years, and it took a broken nose to get it,",
    "It took a broken nose for the Region to act, after five years of asking,", "Same speaker (Ciampoli), reworded.")
P.f("councillor on staff safety", "agree", "quote",
    "We cannot ask people to care for others while they are afraid for their own safety,",
    "while they fear for their own safety", "Same speaker (Di Bartolo); B quotes part and reports the rest.")
P.f("24-hour police presence", "conflict", "statement",
    "The prefect of L'Aquila has agreed to station officers in the department around the clock",
    "the prefect has not yet agreed to a round-the-clock presence",
    "Opposite polarity: has agreed vs has not yet agreed.")
P.f("alarm buttons vs CCTV", "related", "statement",
    "The money will also pay for 40 alarm buttons linked directly to the hospital's control room.",
    "CCTV will be extended to the car park and the ambulance bay",
    "Different security measures from the same plan.")
P.f("arrest of the attacker", "agree", "statement",
    "A 41-year-old man was arrested at the scene", "Carabinieri arrested the man, a 41-year-old from the Marsica",
    "Same arrest.")
OUT.append(P.out())

# ---------------- pair 3: Cartagena participatory budget
P = Pair("p3a_murcia_participatory_budget_iberwire.txt", "p3b_murcia_participatory_budget_elfaro.txt")
P.f("winning projects", "agree", "quantity", "14 neighbourhood projects", "14 projects", "Same.")
P.f("budget", "agree", "quantity", "€3 million", "3 millones de euros", "Same amount; symbol vs Spanish words.")
P.f("participants", "conflict", "quantity", "9,412 people", "9.214 residents", "9,412 vs 9,214 voters.")
P.f("votes for the top project", "agree", "quantity", "1,870 votes", "1.870 votes", "Same, comma vs dot thousands.")
P.f("cost of the top project", "agree", "quantity", "€310,000", "310.000 euros", "Same.")
P.f("proposals submitted", "agree", "quantity", "212 proposals", "212 proposals", "Same.")
P.f("proposals screened out vs passed", "related", "quantity", "61", "151",
    "A: rejected in review; B: passed review. Parts of the same 212 (212 - 61 = 151).")
P.f("cap per project", "agree", "quantity", "no more than €400,000", "400.000 euros", "Same maximum.")
P.f("vote closed", "agree", "date", "April 12", "12 April", "Both 2026-04-12.")
P.f("works start", "conflict", "date", "September", "October", "2026-09 vs 2026-10.")
P.f("last projects finished", "conflict", "date", "2027", "2028", "A: by the end of 2027; B: in 2028.")
P.f("scheme repeated", "agree", "date", "next year", "2027", "Both 2027.")
P.f("who said 'Neighbourhoods have decided'", "conflict", "quote",
    "Neighbourhoods have decided, not politicians,", "Neighbourhoods have decided, not politicians,",
    "Same words: A gives them to Mayor Elena Sandoval, B to participation councillor Juan Carlos Muñoz.")
P.f("funding the runners-up", "conflict", "statement",
    "Sandoval said the council would not fund any of the projects that came just below the cut-off",
    "the council is considering paying for some runners-up",
    "Opposite modality: will not fund vs is considering funding.")
P.f("criticism of capture by associations", "agree", "statement",
    "The council rejected that criticism", "The council denied that", "Same rejection.")
P.f("turnout by district", "related", "statement",
    "turnout in some districts had been below 2%",
    "Turnout was highest in Los Dolores and lowest in the western districts of the municipality",
    "Different measures of turnout spread: compatible.")
OUT.append(P.out())

# ---------------- pair 4: Thionville district heating
P = Pair("p4a_lorraine_district_heating_hexagonepresse.txt", "p4b_lorraine_district_heating_echothionvillois.txt")
P.f("length of new pipes", "conflict", "quantity", "14 kilometres", "16 km of new pipes", "14 vs 16 km.")
P.f("homes to be connected", "agree", "quantity", "about 3,200 more homes", "3 200 extra homes", "Same, space thousands in B.")
P.f("cost", "agree", "quantity", "€38 million", "38 M€", "Same, French M€ notation in B.")
P.f("Heat Fund grant", "agree", "quantity", "€11.4 million", "11,4 M€", "Same, decimal comma in B.")
P.f("grant vs loan guarantee", "related", "quantity", "€11.4 million", "up to 15 M€",
    "A: ADEME grant; B: town's loan guarantee. Different sums.")
P.f("votes in favour", "agree", "quantity", "39", "39 votes", "Same vote.")
P.f("tariff", "agree", "quantity", "about €92", "about 92 €", "Same price per MWh; symbol before vs after.")
P.f("CO2 saved", "agree", "quantity", "about 9,000 tonnes", "around 9 000 tonnes", "Same.")
P.f("wood burned", "agree", "quantity", "about 45,000 tonnes", "45 000 tonnes", "Same (A qualifies).")
P.f("council vote", "agree", "date", "Monday evening", "Monday evening", "Both 2026-06-08.")
P.f("works start", "conflict", "date", "September", "October", "2026-09 vs 2026-10.")
P.f("extension finished", "agree", "date", "December 2028", "2028", "Month vs year grain (end of 2028).")
P.f("Keller on getting off gas", "agree", "quote",
    "This is the cheapest way to take a whole neighbourhood off gas,", "is the cheapest way to get it off gas",
    "Same speaker (Keller), reworded.")
P.f("tariff freeze", "conflict", "statement",
    "Keller said Thermolor had agreed to freeze the network's tariff until the end of 2027",
    "Ms Keller said Thermolor refused to freeze prices",
    "Opposite polarity: agreed to freeze vs refused.")
P.f("compulsory connection", "agree", "statement",
    "but not for existing private houses",
    "owners of existing houses would not be obliged to connect",
    "Same: existing houses not obliged to connect.")
P.f("wood supply concerns", "related", "statement",
    "welcomed the project but questioned the supply of wood",
    "asked for a public register of wood deliveries",
    "Same group, different demands: question vs request for a register.")
OUT.append(P.out())

# ---------------- pair 5: Brandenburg Landtag pay freeze
P = Pair("p5a_brandenburg_mps_pay_nordpost.txt", "p5b_brandenburg_mps_pay_markischerbote.txt")
P.f("votes in favour", "conflict", "quantity", "58", "56 votes", "58 vs 56.")
P.f("votes against", "agree", "quantity", "22", "22", "Same.", a_after="voted 58 to", b_after="56 votes in favour")
P.f("monthly allowance", "agree", "quantity", "€9,870 a month", "9.870 Euro", "Same, comma vs dot thousands.")
P.f("size of the skipped rise", "agree", "quantity", "4.1%", "4,1 Prozent", "Same, decimal point vs comma, % vs Prozent.")
P.f("saving next year", "agree", "quantity", "about €1.1 million", "around 1,1 Millionen Euro a year", "Same.")
P.f("saving a year vs over the term", "related", "quantity", "about €1.1 million", "3,4 Millionen Euro",
    "A: one year's saving; B: possible saving to 2029 if extended. Different measures.")
P.f("spending cut asked of departments", "agree", "quantity", "3%", "3 Prozent", "Same.")
P.f("budget gap", "agree", "quantity", "about €1.4 billion", "around 1,4 Milliarden Euro", "Same.")
P.f("vote day", "agree", "date", "Tuesday", "Tuesday", "Both 2026-07-14.")
P.f("previous suspension", "conflict", "date", "2021", "2020", "2021 vs 2020.")
P.f("budget debate", "agree", "date", "September 16", "16 September", "Both 2026-09-16.")
P.f("Wollenberg on tightening belts", "agree", "quote",
    "We cannot ask nurses, teachers and bus drivers to tighten their belts and then help ourselves,",
    "We cannot tell nurses, teachers and bus drivers to tighten their belts and then serve ourselves.",
    "Same speaker, reworded in translation.")
P.f("president's signature", "conflict", "statement",
    "Landtag President Heike Brandt has already signed the amended law",
    "President Heike Brandt has not yet signed it",
    "Opposite polarity: has signed vs has not yet signed.")
P.f("pensions", "related", "statement",
    "The freeze also applies to the 88 members' pension entitlements",
    "lawyers are checking whether the pension rules need a separate vote",
    "Same topic, different points: coverage vs legal check.")
P.f("taxpayers' federation", "agree", "statement",
    "welcomed the vote but called for the automatic mechanism to be abolished altogether",
    "welcomed the decision, but wants the automatic increase abolished entirely",
    "Same position.")
P.f("opposition alternative", "agree", "statement",
    "the group had instead proposed cutting the number of state secretaries in the government",
    "The group wants fewer state secretaries instead.", "Same proposal.")
OUT.append(P.out())

# ---------------- pair 6: Ionian Nautical College campus
P = Pair("p6a_kefalonia_nautical_college_hellaswire.txt", "p6b_kefalonia_nautical_college_kefaloniakirykas.txt")
P.f("campus cost", "agree", "quantity", "€14.2 million", "€14,2 εκατ.", "Same; Greek abbreviation for million in B.")
P.f("EU funding", "agree", "quantity", "€9.8 million", "€9,8 εκατ.", "Same.")
P.f("cadets", "agree", "quantity", "320 cadets", "320 cadets", "Same.")
P.f("dormitory places", "agree", "quantity", "180 cadets", "180 beds", "Same capacity, cadets vs beds.")
P.f("housing allowance vs parents' demand", "related", "quantity", "€250 a month", "€300 a month",
    "A: allowance the ministry will pay; B: what parents ask for. Different measures.")
P.f("applicants", "conflict", "quantity", "410 applicants", "460 applicants", "410 vs 460.")
P.f("new cadets", "agree", "quantity", "96 first-year students", "96 new cadets", "Same.")
P.f("ferry crossing", "agree", "quantity", "about 25 minutes", "around half an hour", "Both approximate; compatible.")
P.f("inauguration", "agree", "date", "Monday", "Monday", "Both 2026-09-07.", b_after="was inaugurated")
P.f("lessons begin", "conflict", "date", "September 21", "28 September", "2026-09-21 vs 2026-09-28.")
P.f("college founded", "agree", "date", "1998", "1998", "Same.")
P.f("earthquake", "agree", "date", "1953", "August 1953", "Year vs month grain.")
P.f("director's words", "agree", "quote",
    "For the first time, our cadets will train in a building designed for them, not in borrowed classrooms,",
    "For the first time our cadets train in a school made for them, not in borrowed rooms,",
    "Same speaker (Lykiardopoulos), reworded.")
P.f("parents' chairman on rents", "agree", "quote",
    "You cannot find a room in Lixouri for €250 between June and September,",
    "You cannot find a room in Lixouri for €250 between June and September,", "Same speaker, same words.")
P.f("housing allowance", "conflict", "statement",
    "The ministry has agreed to pay each cadet a housing allowance of €250 a month",
    "the ministry has not yet approved the housing allowance",
    "Opposite polarity: has agreed vs has not yet approved.")
P.f("free ferry", "agree", "statement",
    "The ministry said cadets would travel free of charge.",
    "The ferry between Lixouri and Argostoli will be free for cadets", "Same.")
P.f("Lixouri's revival", "related", "statement",
    "the college would bring life back to a town that has been losing residents",
    "Today young people come back to Lixouri,",
    "Same speaker and theme; B quotes, A paraphrases a different point.")
OUT.append(P.out())

# ---------------- pair 7: Horotiu Valley College enrolment zone
P = Pair("p7a_waikato_school_zone_kiwinewswire.txt", "p7b_waikato_school_zone_waikatowatchman.txt")
P.f("out-of-zone places for 2027", "conflict", "quantity", "about 60 places", "about 45", "About 60 vs about 45 (B: Year 9).")
P.f("roll", "agree", "quantity", "1,480", "1480", "Same; NZ style without comma in B.")
P.f("capacity", "agree", "quantity", "1,350 places", "1350 places", "Same.")
P.f("out-of-zone students this year", "agree", "quantity", "around 230", "230 students", "Same (A qualifies).")
P.f("opening roll vs teachers", "related", "quantity", "410 students", "96 teachers",
    "A: students at opening in 2019; B: teachers now. Different measures.")
P.f("submissions", "agree", "quantity", "312 submissions", "312 submissions", "Same.")
P.f("new classrooms", "agree", "quantity", "eight new classrooms", "eight more classrooms", "Same.")
P.f("classroom cost", "agree", "quantity", "NZ$9.6 million", "$9.6m", "Same; NZ$ vs $ in a NZ paper.")
P.f("bus trip", "agree", "quantity", "25-minute", "about 25 minutes", "Same.")
P.f("zone approved", "conflict", "date", "October 9", "8 October", "2026-10-09 vs 2026-10-08.")
P.f("ballot drawn", "agree", "date", "November 20", "20 November", "Both 2026-11-20.")
P.f("applications close", "agree", "date", "November 6", "6 November", "Both 2026-11-06.")
P.f("who said 'a symptom of the government's failure'", "conflict", "quote",
    "a symptom of the government's failure to plan ahead", "a symptom of the government's failure to plan ahead",
    "Same words: A gives them to Secondary Principals' Association spokesperson Hemi Karaka, B to board chair Rangi Paewai.")
P.f("priority for staff children", "conflict", "statement",
    "Brothers and sisters of current students will get priority in the ballot, as will children of staff.",
    "Children of staff will not, after the ministry refused the school's request",
    "Opposite polarity: staff children get priority vs will not.")
P.f("current students stay", "agree", "statement",
    "the college would not remove any current students who live outside the zone",
    "no current student would be asked to leave because of the zone", "Same.")
P.f("growth in the north", "related", "statement",
    "said new housing in the north of the city had outpaced school building",
    "Hamilton's population is growing fast", "Same topic, different claims.")
P.f("principal on zoning", "agree", "quote",
    "A zone is the only fair way to manage growth.", "A zone is the fairest way to manage growth,",
    "Same speaker (Whitcombe), reworded.")
OUT.append(P.out())

# ---------------- pair 8: Mendoza school year extension
P = Pair("p8a_mendoza_school_calendar_andinapress.txt", "p8b_mendoza_school_calendar_correocuyano.txt")
P.f("last day of classes", "conflict", "date", "December 18", "19 de diciembre", "2026-12-18 vs 2026-12-19.", b_after="confirmed yesterday")
P.f("days added", "agree", "quantity", "five days", "five days", "Same.")
P.f("pupils affected", "agree", "quantity", "About 412,000 pupils", "some 412.000 pupils", "Same.")
P.f("days lost", "agree", "quantity", "seven teaching days", "between six and eight days", "Seven lies in the range.")
P.f("days lost vs days added", "related", "quantity", "seven teaching days", "five days",
    "A: days lost; B: days added. Different measures.")
P.f("schools closed in July", "conflict", "quantity", "about 300 schools", "about 350 buildings", "About 300 vs about 350.")
P.f("teaching days", "agree", "quantity", "183 teaching days", "183 days", "Same.")
P.f("teachers' payment", "agree", "quantity", "85,000 pesos", "$ 85.000", "Same; B uses the local peso sign and dot thousands.")
P.f("private schools' share", "agree", "quantity", "about 30%", "about 30 %", "Same.")
P.f("pay rise", "agree", "quantity", "22%", "22 %", "Same.")
P.f("final-year exams end", "agree", "date", "December 11", "11 de diciembre", "Both 2026-12-11.")
P.f("2027 school year starts", "agree", "date", "February 24", "24 de febrero", "Both 2027-02-24.")
P.f("Zuccardi on lost days", "agree", "quote",
    "Every day a child is not in the classroom is a day we cannot give back,",
    "A day without class is a day we can never give back to a child,", "Same speaker, reworded.")
P.f("union's position", "conflict", "statement",
    "has agreed to the extension in exchange for the payment",
    "it refused to accept the extension",
    "Opposite polarity: agreed vs refused.")
P.f("private schools decide", "agree", "statement",
    "will be allowed to decide for themselves whether to extend, provided they reach 180 days",
    "can decide on their own, as long as they meet the 180 days", "Same.")
P.f("parents' holidays", "related", "statement",
    "the later end of term will clash with family holidays",
    "many parents had already paid for holidays starting on December 14",
    "Same complaint at different levels of detail.")
OUT.append(P.out())

with open(os.path.join(HERE, "gold", "pairs.gold.json"), "w", encoding="utf-8") as f:
    json.dump(OUT, f, ensure_ascii=False, indent=1)
    f.write("\n")
