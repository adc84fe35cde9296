import json, os
from build_common import Pair, HERE

OUT = []

# ---------------- pair 1: Cluj measles
P = Pair("p1a_romania_measles_eurocentralpress.txt", "p1b_romania_measles_transylvaniagazette.txt")
P.f("confirmed cases", "agree", "quantity", "412 confirmed cases", "412 cases", "A's revised count (first 360) matches B.")
P.f("children dead", "agree", "quantity", "two young children", "Two children", "Same two deaths.", b_occ=2)
P.f("children in intensive care", "conflict", "quantity", "Nine children", "Eleven children", "9 vs 11.")
P.f("vaccination coverage", "agree", "quantity", "71%", "71 per cent", "Same share.")
P.f("coverage target", "agree", "quantity", "95%", "95 per cent", "Same target.")
P.f("catch-up campaign budget", "agree", "quantity", "2.4 million lei", "2.4 million lei", "Same.")
P.f("cost per dose vs campaign total", "related", "quantity", "about 60 lei per dose", "2.4 million lei",
    "A: cost per dose; B: total budget. Per-unit vs total, same currency.")
P.f("deaths in the 2016-2020 epidemic", "agree", "quantity", "more than 60 people", "64 people", "64 is more than 60.")
P.f("first case", "agree", "date", "January 19", "19 January", "Both 2026-01-19.")
P.f("schools reopen", "conflict", "date", "Monday, February 23", "2 March",
    "2026-02-23 vs 2026-03-02 (A: reopen on the 23rd; B: not before 2 March).")
P.f("WHO team arrives", "conflict", "date", "Thursday", "Friday, 20 February", "2026-02-19 vs 2026-02-20.")
P.f("who said 'This outbreak was predictable...'", "conflict", "quote",
    "This outbreak was predictable and it was preventable,", "This outbreak was predictable and it was preventable,",
    "Same words: A gives them to directorate head Mihaela Stanciu, B to health minister Andrei Popovici.")
P.f("father's words", "agree", "quote",
    "We thought measles was a disease from our grandparents' time,",
    "My parents' generation thought measles was finished. We believed them,", "Both quote Radu Marin; reworded.")
P.f("compulsory vaccination for school entry", "conflict", "statement",
    "The health ministry will not make measles vaccination compulsory for school entry",
    "the ministry may make measles vaccination a condition for enrolling in kindergarten and school",
    "Opposite polarity: will not vs may.")
P.f("getting more children vaccinated", "related", "statement",
    "Family doctors said they had vaccinated about 3,500 children since the start of the month",
    "He also asked family doctors to open their surgeries on Saturdays",
    "A: what family doctors have done; B: minister's request to them. Compatible, different claims.")
P.f("vaccine stocks", "agree", "statement",
    "Stanciu denied reports that vaccine stocks in the county had run short",
    "rejected suggestions that the county had run out of vaccine", "Same denial by Stanciu.")
OUT.append(P.out())

# ---------------- pair 2: tennis match-fixing
P = Pair("p2a_spain_tennis_fixing_meridianpress.txt", "p2b_spain_tennis_fixing_valenciacoastherald.txt")
P.f("length of ban", "agree", "quantity", "eight years", "eight years", "Same.", a_occ=2)
P.f("fine", "agree", "quantity", "$150,000", "$150,000", "Same.")
P.f("matches fixed", "conflict", "quantity", "six matches", "seven matches", "6 vs 7.")
P.f("money received", "agree", "quantity", "about 38,000 euros", "about 38,000 euros", "Same.")
P.f("payment per match", "agree", "quantity", "5,000 euros per match", "5,000 euros", "Same per-match payment.")
P.f("per-match payment vs total", "related", "quantity", "5,000 euros per match", "about 38,000 euros",
    "A: per match; B: total received. Per-unit vs total.")
P.f("days to pay the fine vs days to appeal", "related", "quantity", "60 days", "21 days",
    "A: deadline for the fine; B: deadline for an appeal. Different deadlines, same unit.")
P.f("first fixed match", "agree", "date", "March 2024", "March 2024", "Same.")
P.f("last fixed match", "agree", "date", "October 2025", "October 2025", "Same.")
P.f("ban ends", "agree", "date", "May 2034", "May 2034", "Same.")
P.f("tribunal hearing", "agree", "date", "last month", "April", "Both 2026-04.")
P.f("who said 'Tennis cannot survive...'", "conflict", "quote",
    "Tennis cannot survive if fans stop believing what they see,",
    "Tennis cannot survive if fans stop believing what they see,",
    "Same words: A gives them to panel chair Helen Okafor, B to federation president Jordi Sala.")
P.f("lawyer on Reyes's state", "agree", "quote", "devastated but calm", "He is shattered, but he is not finished,",
    "Both quote Marta Gil; reworded.")
P.f("appeal", "conflict", "statement", "Reyes will not appeal",
    "Reyes may still take the case to the Court of Arbitration for Sport", "Opposite polarity: will not vs may.")
P.f("betting on small tournaments", "related", "statement",
    "The panel plans to review the contracts that let betting companies receive live scores from small tournaments",
    "The federation has asked the government to ban betting on matches at junior and lower-tier events",
    "A: panel's review plan; B: federation's request. Compatible, different claims.")
P.f("Reyes's denial", "agree", "statement", "Reyes denied ever losing a match on purpose",
    "Reyes has always denied throwing a match", "Same denial, reworded.")
OUT.append(P.out())

# ---------------- pair 3: bank merger vote
P = Pair("p3a_southafrica_bank_merger_sapress.txt", "p3b_southafrica_bank_merger_johannesburgledger.txt")
P.f("deal value", "agree", "quantity", "R46.2 billion", "R46 billion", "Exact vs rounded.")
P.f("Highveld vote in favour", "agree", "quantity", "78.4%", "Some 78%", "Exact vs rounded.")
P.f("Cape Mutual vote in favour", "agree", "quantity", "91%", "91 per cent", "Same.")
P.f("job cuts", "conflict", "quantity", "up to 3,000 jobs", "2,500 jobs", "Up to 3,000 vs 2,500 (B cites the banks' documents).")
P.f("workforce", "agree", "quantity", "about 28,000 employees", "28,000 people", "Same (unit employee / person).")
P.f("share swap ratio", "agree", "quantity", "1.35 Cape Mutual shares", "1.35 Cape Mutual shares", "Same.")
P.f("annual savings vs Highveld valuation", "related", "quantity", "about R2.1 billion", "about R21 billion",
    "A: yearly cost savings; B: value of Highveld in the swap. Different measures, same currency.")
P.f("Highveld share move", "agree", "quantity", "2.3%", "2.3 per cent", "Same.")
P.f("deal announced", "agree", "date", "March", "March", "Both 2026-03.")
P.f("Competition Tribunal hearing", "conflict", "date", "November 12", "November 19", "2026-11-12 vs 2026-11-19.")
P.f("completion", "agree", "date", "2027", "next year", "Both 2027.")
P.f("who said 'This is a merger of equals...'", "conflict", "quote",
    "This is a merger of equals, not a rescue,", "This is a merger of equals, not a rescue,",
    "Same words: A gives them to CEO Thandiwe Mokoena, B to chairman Pieter van der Berg.")
P.f("union leader on the cost to workers", "agree", "quote",
    "We will not let workers pay for this wedding,", "pay for the party", "Both quote Sipho Dlamini; reworded.")
P.f("rural branches", "conflict", "statement",
    "the merged bank will not close branches in rural areas",
    "the group may close some rural branches where the two banks overlap", "Opposite polarity: will not vs may.")
P.f("union response", "related", "statement",
    "The Bank Employees Union said it plans to strike if the banks do not promise that there will be no forced layoffs",
    "asked for an urgent meeting with the finance minister before the Competition Tribunal hearing",
    "A: strike plan; B: request for a meeting. Compatible, different claims.")
P.f("takeover or merger", "agree", "statement",
    "She denied that Cape Mutual was taking over her bank",
    "Chief executive Thandiwe Mokoena also rejected that reading", "Same denial by Mokoena.")
OUT.append(P.out())

# ---------------- pair 4: Peru rail landslide
P = Pair("p4a_peru_rail_landslide_andeswire.txt", "p4b_peru_rail_landslide_elsurobserver.txt")
P.f("stranded visitors", "agree", "quantity", "about 1,800 tourists", "around 1,800 visitors",
    "A's revised estimate (first 1,200) matches B; unit tourist / visitor.")
P.f("workers killed", "agree", "quantity", "two track workers", "Two railway workers", "Same.")
P.f("workers injured", "conflict", "quantity", "Five other workers", "Seven workers", "5 vs 7.")
P.f("tourists airlifted on Tuesday", "conflict", "quantity", "340 tourists", "some 250 tourists", "340 vs about 250.")
P.f("length of closure", "conflict", "quantity", "at least three weeks", "about two weeks", "At least 3 vs about 2 weeks.")
P.f("repair cost", "agree", "quantity", "about 15 million soles", "15 million soles", "Same.")
P.f("refund", "agree", "quantity", "$70 per person", "around $70", "Same refund.")
P.f("daily vs yearly visitors", "related", "quantity", "up to 4,500 visitors", "roughly 1.5 million people",
    "A: daily visitors in high season; B: yearly visitors. Different measures.")
P.f("evacuated in 2010", "agree", "quantity", "about 4,000 tourists", "about 4,000 people", "Same 2010 figure.")
P.f("night of the slide", "agree", "date", "Monday", "Monday", "Both 2026-02-09.")
P.f("line reopens", "conflict", "date", "March 2", "23 February", "2026-03-02 vs 2026-02-23.")
P.f("previous long closure", "agree", "date", "2010", "2010", "Same.")
P.f("governor's promise", "agree", "quote",
    "We are moving people as fast as the weather allows, and nobody will be left behind,",
    "Nobody is going to be abandoned in Aguas Calientes. We will get every person out,", "Both quote Carlos Huaman; reworded.")
P.f("state of emergency", "conflict", "statement",
    "The national government will not declare a state of emergency in the area",
    "the government may declare a state of emergency if more rain falls this week", "Opposite polarity: will not vs may.")
P.f("help during the closure", "related", "statement",
    "The company plans to run buses between Ollantaytambo and the trailhead at kilometre 82",
    "The Aguas Calientes hotel association asked the government for tax relief for the months the line is closed",
    "A: operator's bus plan; B: hotels' request. Compatible, different claims.")
P.f("warnings about the slope", "agree", "statement",
    "Andina Rail denied that it had ignored warnings from geologists about the slope",
    "Andina Rail rejected that criticism", "Same denial by the operator.")
OUT.append(P.out())

# ---------------- pair 5: Ghana gold
P = Pair("p5a_ghana_gold_purchase_atlanticmarketswire.txt", "p5b_ghana_gold_purchase_accradailystandard.txt")
P.f("gold bought in May", "agree", "quantity", "12.4 tonnes", "12.4 tonnes", "A's revised figure (first 11.2) matches B.", b_occ=2)
P.f("gold bought in May (headline)", "agree", "quantity", "12 tonnes", "12.4 tonnes", "A's headline rounding.")
P.f("cost of May purchases", "agree", "quantity", "about $1.1 billion", "$1.08 billion", "Rounded vs exact.")
P.f("total holdings", "conflict", "quantity", "48 tonnes", "46 tonnes", "48 vs 46.")
P.f("average price per ounce", "agree", "quantity", "about $2,760 an ounce", "$2,760", "Same.")
P.f("gold share a year earlier", "agree", "quantity", "9%", "9 per cent", "Same.")
P.f("May inflation", "agree", "quantity", "14.8%", "14.8 per cent", "Same.")
P.f("refinery capacity vs gold sold by miners", "related", "quantity", "up to 30 tonnes", "more than 40 tonnes",
    "A: planned refinery capacity a year; B: gold sold by small miners since 2021. Same unit, different things.")
P.f("month of purchases", "agree", "date", "May", "May", "Both 2026-05.", a_after="12.4 tonnes of gold in May", b_after="In May alone")
P.f("announcement", "agree", "date", "Monday", "yesterday", "Both 2026-06-15.")
P.f("next policy meeting", "conflict", "date", "July 20", "27 July", "2026-07-20 vs 2026-07-27.")
P.f("who said 'Gold is our insurance...'", "conflict", "quote",
    "Gold is our insurance against the next storm,", "Gold is our insurance against the next storm,",
    "Same words: A gives them to Governor Kwabena Ofori-Atta, B to Deputy Governor Abena Darko.")
P.f("miners' leader", "agree", "quote",
    "For years we sold our gold raw and cheap. Now our own bank buys it,",
    "We used to sell our gold cheap and raw to foreigners. Today we sell it to our own bank,", "Both quote Yaw Mensah; reworded.")
P.f("selling gold for fuel imports", "conflict", "statement",
    "the bank will not sell any of its gold to pay for fuel imports",
    "the bank may sell part of the gold to cover fuel imports", "Opposite polarity: will not vs may.")
P.f("refinery and transparency", "related", "statement",
    "The bank plans to build a refinery near Kumasi",
    "has asked the bank to publish more detail on where its gold comes from",
    "A: bank's refinery plan; B: IMF request. Compatible, different claims.")
P.f("purchases and inflation", "agree", "statement",
    "Ofori-Atta denied that paying miners in newly printed cedis was fuelling inflation",
    "Governor Kwabena Ofori-Atta rejected that view yesterday", "Same denial by the governor.")
OUT.append(P.out())

# ---------------- pair 6: film festival boycott
P = Pair("p6a_greece_film_festival_boycott_continentalarts.txt", "p6b_greece_film_festival_boycott_thessalonikipost.txt")
P.f("films withdrawn", "agree", "quantity", "37 films", "Thirty-seven films", "Same (A headline).")
P.f("films selected", "agree", "quantity", "140 films", "140 titles", "Same programme size (unit film / title).")
P.f("films withdrawn by Monday", "agree", "quantity", "25 films", "25 films", "Same earlier count.")
P.f("sponsorship a year", "agree", "quantity", "1.2 million euros", "1.2 million euros", "Same.")
P.f("ministry grant", "agree", "quantity", "800,000 euros", "800,000 euros", "Same.")
P.f("festival budget vs sponsorship", "related", "quantity", "4.5 million euro", "1.2 million euros",
    "A: whole budget; B: the sponsor's share. Different measures, same currency.")
P.f("festival length", "agree", "quantity", "ten days", "ten days", "Same.")
P.f("count on Monday", "agree", "date", "Monday", "Monday", "Both 2026-11-02.")
P.f("opening day", "conflict", "date", "Thursday, November 5", "Friday, 6 November", "2026-11-05 vs 2026-11-06.")
P.f("sponsorship deal: signed vs ends", "related", "date", "2025", "2027",
    "A: deal signed in 2025 (three years); B: deal runs until 2027. Different events, compatible.")
P.f("who said 'Art cannot be the advertising board...'", "conflict", "quote",
    "Art cannot be the advertising board of a polluter,", "Art cannot be the advertising board of a polluter,",
    "Same words: A gives them to Sofia Lindqvist, B to Nikos Karras.")
P.f("director on losing the money", "agree", "quote",
    "Without this money there is no festival, and without a festival there is no stage for anyone, including those who are leaving,",
    "If we lose this sponsor, we lose the festival, and then nobody has a screen,", "Both quote Eleni Vasilaki; reworded.")
P.f("keeping the sponsor", "conflict", "statement",
    "the festival will not drop the sponsor",
    "the festival may end the sponsorship after this year", "Opposite polarity: will not vs may.")
P.f("where the withdrawn films are shown", "conflict", "statement",
    "Lindqvist said she plans to show the withdrawn films at a counter-festival in a disused tobacco warehouse in the city during the same week",
    "Swedish director Sofia Lindqvist, one of the leaders of the boycott, will not be in the city this week",
    "A: Lindqvist plans a counter-festival in Thessaloniki that week; B: she will not be in the city (others screen in Athens).")
P.f("culture ministry", "related", "statement",
    "said it would not take sides",
    "The culture ministry asked the festival yesterday to publish all its sponsorship contracts in full",
    "A: ministry stays neutral; B: ministry asks for contracts. Compatible, different claims.")
P.f("sponsor and film selection", "agree", "statement",
    "Vasilaki denied that Helios had any say over which films were chosen",
    "She rejected claims that the oil company had influenced the selection of films", "Same denial by Vasilaki.")
OUT.append(P.out())

# ---------------- pair 7: Chile data-centre water permit
P = Pair("p7a_chile_datacentre_water_permit_pacificcoastwire.txt", "p7b_chile_datacentre_water_permit_diariometropolitano.txt")
P.f("project cost", "agree", "quantity", "$600 million", "US$600 million", "Same.")
P.f("permitted pumping", "agree", "quantity", "210 litres per second", "210 litres per second", "Same.")
P.f("capacity", "agree", "quantity", "36-megawatt", "36 megawatts", "Same.")
P.f("permanent jobs", "agree", "quantity", "400 permanent jobs", "400 people", "Same (unit job / person).")
P.f("dried-up wells", "conflict", "quantity", "about 20 wells", "34 wells", "About 20 vs 34.")
P.f("time for new assessment", "agree", "quantity", "six months", "six months", "Same.")
P.f("data-centre pipeline", "agree", "quantity", "28 such projects", "28 data-centre projects", "Same.")
P.f("people on the aquifer vs families on trucks", "related", "quantity", "about 120,000 people", "more than 200 families",
    "A: people supplied by the aquifer; B: families relying on water trucks. Different measures.")
P.f("permit granted", "agree", "date", "December", "last December", "Both 2025-12.")
P.f("ruling", "agree", "date", "Wednesday", "Yesterday", "Both 2026-08-19.")
P.f("hearing on halting construction", "conflict", "date", "September 9", "16 September", "2026-09-09 vs 2026-09-16.")
P.f("Nimbus manager's promise", "agree", "quote",
    "We have listened, and we will build a data centre that uses less water than a supermarket,",
    "We have listened, and we will build a data centre that uses less water than a supermarket,",
    "Same words, same speaker (Andres Fuentes) on both sides.")
P.f("residents' spokeswoman", "agree", "quote",
    "This is a victory for every family that has watched its tap run dry,",
    "Every family that has watched its tap run dry won today,", "Both quote Camila Rojas; reworded.")
P.f("regulator's appeal", "conflict", "statement",
    "may appeal to the Supreme Court within 15 days",
    "The regulator will not appeal the ruling", "Opposite polarity: may vs will not.")
P.f("Nimbus's next step", "related", "statement",
    "It said it would not abandon the project and plans to redesign the cooling system",
    "the company may still ask the court to reconsider",
    "A: redesign plan; B: possible request to reconsider. Compatible, different claims.")
P.f("effect on the water table", "agree", "statement",
    "denied that the data centre would lower the water table",
    "denied that its wells had lowered the water table", "Same denial by Nimbus.")
OUT.append(P.out())

# ---------------- pair 8: Hanoi ride-hailing ban
P = Pair("p8a_vietnam_ridehailing_ban_asiapacificnewswire.txt", "p8b_vietnam_ridehailing_ban_hanoimorningpost.txt")
P.f("districts covered", "conflict", "quantity", "four central districts", "five inner districts", "4 vs 5 (B adds Tay Ho).")
P.f("votes in favour", "agree", "quantity", "78 votes", "78 votes", "Same.")
P.f("fine per violation", "conflict", "quantity", "2 million dong per violation", "3 million dong", "2 vs 3 million dong.")
P.f("drivers affected", "agree", "quantity", "about 60,000 ride-hailing drivers", "Nearly 60,000 drivers", "Same.")
P.f("protesters", "agree", "quantity", "about 2,000 people", "Around 2,000 drivers",
    "A's later figure (police first said about 500) matches B; unit person / driver.")
P.f("retraining grant", "agree", "quantity", "5 million dong", "5 million dong", "Same per-driver grant.")
P.f("registered drivers vs GoRide's drivers", "related", "quantity", "110,000 registered drivers", "40,000 motorbike drivers",
    "A: all registered ride-hailing drivers; B: GoRide's motorbike drivers in Hanoi. Same unit, different groups.")
P.f("population", "agree", "quantity", "about 8.5 million people", "about 8.5 million people", "Same.")
P.f("motorbikes in Hanoi", "agree", "quantity", "more than 7 million motorbikes", "more than 7 million motorbikes", "Same.")
P.f("ban starts", "agree", "date", "January 1, 2027", "the first day of 2027", "Both 2027-01-01.")
P.f("council vote", "agree", "date", "Tuesday", "Yesterday", "Both 2026-10-27.")
P.f("who said 'Our streets cannot carry...'", "conflict", "quote",
    "Our streets cannot carry any more motorbikes,", "Our streets cannot carry any more motorbikes,",
    "Same words: A gives them to vice-chairman Nguyen Van Thanh, B to council chair Tran Thi Lan.")
P.f("driver's worry", "agree", "quote",
    "I have two children in school. If I cannot work in the centre, I do not know how I will pay for them,",
    "My children are in school. Without the centre, how do I pay for them?", "Both quote Le Minh Duc; reworded.")
P.f("extending the ban to cars", "conflict", "statement",
    "The city will not extend the ban to ride-hailing cars",
    "The city may extend the ban to ride-hailing cars in a later phase", "Opposite polarity: will not vs may.")
P.f("opposition to the ban", "related", "statement",
    "said it plans to petition the National Assembly to overturn the decision",
    "GoRide, Vietnam's biggest app, asked the city to delay the ban by six months",
    "A: drivers' association plans a petition; B: GoRide asks for a delay. Compatible, different claims.")
P.f("favour to taxi firms", "agree", "statement",
    "He denied that the ban was designed to protect traditional taxi companies",
    "He rejected claims that the ban was a favour to taxi firms", "Same denial by Thanh.")
OUT.append(P.out())

with open(os.path.join(HERE, "gold", "pairs.gold.json"), "w", encoding="utf-8") as f:
    json.dump(OUT, f, ensure_ascii=False, indent=1)
    f.write("\n")
print(len(OUT), "pairs,", sum(len(p["facts"]) for p in OUT), "facts")
