import json, os
from build_common import Pair, HERE

OUT = []

# ---------------- pair 1: Cabo Verde post-office closures
P = Pair("p1a_caboverde_post_offices_lusowire.txt", "p1b_caboverde_post_offices_jornalmorabeza.txt")
P.f("post offices to close", "conflict", "quantity", "19", "21", "19 vs 21 of the 41 post offices (lead of each article).", a_occ=2, b_occ=2)
P.f("post offices in the network", "agree", "quantity", "41 post offices", "41 post offices", "Same.")
P.f("fall in letters", "related", "quantity", "38%", "22 per cent",
    "A: fall in the number of letters since 2019; B: fall in letter revenue last year. Volume vs value, different periods.")
P.f("jobs cut", "agree", "quantity", "about 60 jobs", "62 posts", "62 is 'about 60'.")
P.f("annual savings", "agree", "quantity", "CVE 90 million", "90.000.000$00", "Same sum, ISO code vs local escudo notation.")
P.f("mobile vans", "agree", "quantity", "six mobile post vans", "six vans", "Same.")
P.f("2025 loss", "agree", "quantity", "CVE 210 million", "210.000.000$00", "A 'deficit', B 'lost': same sum in two notations.")
P.f("announcement day", "agree", "date", "Wednesday", "Wednesday, 14 January", "Both 2026-01-14.")
P.f("first closures", "agree", "date", "February 2", "Monday, 2 February", "Both 2026-02-02.")
P.f("programme completed by", "conflict", "date", "June 30", "the end of September", "2026-06-30 vs 2026-09.")
P.f("who said 'we are closing buildings'", "conflict", "quote",
    "We are not closing the post, we are closing buildings that nobody walks into any more,",
    "We are not closing the post, we are closing buildings that nobody walks into any more,",
    "Same words: A gives them to CEO Helena Tavares, B to board chairman Jorge Semedo.")
P.f("union leader on the elderly", "agree", "quote",
    "Take it away and you take away her link to the world.", "Without it she is cut off from the world.",
    "Both Osvaldo Lima; reworded, same meaning.")
P.f("islands left without a post office", "conflict", "statement",
    "She said no island would be left without a post office",
    "will leave the island of Brava without a single postal counter",
    "Opposite: no island left without a post office vs Brava loses its only counter.")
P.f("government approval", "conflict", "statement",
    "The government has approved the plan", "the government has not yet approved the plan",
    "Has approved (per the company) vs has not yet approved (per the ministry source).")
P.f("service for villages that lose a branch", "related", "statement",
    "selling stamps, taking parcels and paying pensions",
    "Pensions will also be paid through a network of partner shops and pharmacies",
    "A: vans pay pensions; B: partner shops and pharmacies also pay them. Compatible, different channels.")
P.f("union strike threat", "agree", "statement",
    "said it would call a strike if the company did not withdraw the plan", "is threatening a walkout",
    "Same threat, worded differently.")
OUT.append(P.out())

# ---------------- pair 2: São Tomé and Príncipe public holidays
P = Pair("p2a_saotome_public_holiday_gulfofguineapress.txt", "p2b_saotome_public_holiday_jornalobo.txt")
P.f("votes in favour", "conflict", "quantity", "38 votes", "36 votes", "38 vs 36 in favour (both 11 against).")
P.f("assembly size", "agree", "quantity", "55-seat", "55-seat", "Same.")
P.f("cost of a mid-week holiday", "agree", "quantity", "about 45 million dobras", "Db 45 milhões", "Same figure, English vs local notation.")
P.f("gain in output", "agree", "quantity", "1.5%", "1,5%", "Same, decimal point vs decimal comma.")
P.f("hotel occupancy on Príncipe", "agree", "quantity", "41%", "41 per cent", "Same.")
P.f("public holidays a year", "agree", "quantity", "ten public holidays", "ten public holidays", "Same.")
P.f("tourists", "related", "quantity", "50,000 tourist arrivals", "about 21,000 tourists",
    "A: government target for 2030; B: arrivals in 2025. Target vs current figure (consistent with A's 'more than double').")
P.f("day of the vote", "agree", "date", "Thursday", "19 February", "Both 2026-02-19.")
P.f("law takes effect", "agree", "date", "March 1", "1 March", "Both 2026-03-01.")
P.f("Agrarian Reform Day observed", "agree", "date", "Monday, September 28", "Monday 28 September", "Both 2026-09-28.")
P.f("finance minister on Tuesday holidays", "agree", "quote",
    "A holiday on a Tuesday is really a holiday of four days,", "A holiday on a Tuesday is really a holiday of four days,",
    "Both Leonel Carvalho.")
P.f("who said 'a law written for the hotels'", "conflict", "quote",
    "This is a law written for the hotels, not for the people,", "This is a law written for the hotels, not for the people,",
    "Same words: A gives them to opposition deputy Celeste Bragança, B to union leader Adalberto Mendes.")
P.f("union position", "conflict", "statement",
    "The main trade union federation, UGT-STP, backed the change", "The trade union federation UGT-STP opposed the bill",
    "Backed vs opposed.")
P.f("presidential signature", "conflict", "statement",
    "The President of the Republic signed the law on Friday morning", "The President of the Republic has not yet signed the law",
    "Has signed vs has not yet signed.")
P.f("Church not consulted", "agree", "statement",
    "it had not been consulted about the inclusion of a religious feast, Corpus Christi",
    "the Church \"was not heard\"", "Same complaint.")
P.f("challenges to the law", "related", "statement",
    "said the government had rushed the bill through in less than two weeks",
    "the unions would ask the Constitutional Court to review the law",
    "A: opposition complains of haste; B: unions plan a court challenge. Different objections, compatible.")
OUT.append(P.out())

# ---------------- pair 3: Equatorial Guinea church restoration grant
P = Pair("p3a_equatorialguinea_church_grant_centralafricawire.txt", "p3b_equatorialguinea_church_grant_diarioebano.txt")
P.f("grant", "agree", "quantity", "1.2 billion CFA francs", "1.200.000.000 FCFA", "Same sum, scaled words vs full local notation.", a_occ=2)
P.f("duration of works", "conflict", "quantity", "18 months", "two years", "18 months vs two years.", b_occ=2)
P.f("cost of works", "related", "quantity", "1.9 billion CFA francs", "400 millones FCFA",
    "A: cost of the full restoration; B: cost of the roof alone. Total vs part.")
P.f("workers hired", "agree", "quantity", "About 40 local workers", "40 workers", "Same (A qualified 'about').")
P.f("announcement day", "agree", "date", "Monday", "Monday, 9 March", "Both 2026-03-09.")
P.f("works begin", "agree", "date", "April 6", "6 April", "Both 2026-04-06.")
P.f("storm", "agree", "date", "October 2025", "last October", "Both 2025-10.")
P.f("church built", "conflict", "date", "1887", "1894", "1887 vs 1894.")
P.f("who said 'belongs to every Equatoguinean'", "conflict", "quote",
    "This church belongs to every Equatoguinean, believer or not,", "This church belongs to every Equatoguinean, believer or not,",
    "Same words: A gives them to minister Ramón Esono Obiang, B to parish priest Tomás Nsue.")
P.f("minister: the church will stand", "agree", "quote",
    "It has survived a hundred and forty years of rain, and it will survive this storm.",
    "The Luba church is part of our history, and the State will not let it fall,",
    "Both Esono Obiang; different words, same commitment.")
P.f("church open during works", "conflict", "statement",
    "the building would remain open for Sunday services while the works went on",
    "the church will close completely for safety reasons", "Remains open vs closes completely.")
P.f("Spanish agency and the windows", "conflict", "statement",
    "AECID, has agreed to pay for the repair of the church's stained-glass windows",
    "AECID, declined to take part in the financing", "Agreed to pay vs declined.")
P.f("link to elections denied", "agree", "statement",
    "The ministry denied that the grant had anything to do with the legislative elections",
    "The government rejected that suggestion", "Same denial (ministry / government).")
P.f("diocese fundraising", "related", "statement",
    "the diocese of Malabo has promised to raise the remainder from parishioners and from Catholic charities abroad",
    "The diocese will organise a collection in all its parishes on 19 April to raise funds for the bell tower",
    "A: general promise to raise the rest; B: a dated collection for the bell tower. Compatible, different detail.")
OUT.append(P.out())

# ---------------- pair 4: St Kitts pilots' pay settlement
P = Pair("p4a_saintkitts_pilots_pay_leewardnewsagency.txt", "p4b_saintkitts_pilots_pay_basseterrebeacon.txt")
P.f("pilots covered", "conflict", "quantity", "46", "48 pilots", "46 vs 48 pilots.")
P.f("pay rise", "related", "quantity", "12%", "4%",
    "A: total over three years; B: per year for three years. Total vs annual (compatible: 3 x 4%, about 12.5% compounded).", b_occ=2)
P.f("back pay", "agree", "quantity", "EC$1.1 million", "EC$1.1m", "Same.")
P.f("strike length", "agree", "quantity", "four days", "four days", "Same.")
P.f("flights cancelled", "agree", "quantity", "about 120 flights", "more than 100 flights", "About 120 is more than 100.")
P.f("salary by final year", "related", "quantity", "EC$18,500", "EC$11,200",
    "A: captain's monthly salary; B: first officer's. Different ranks.")
P.f("deal signed", "agree", "date", "Thursday", "16th April", "Both 2026-04-16.")
P.f("strike month", "agree", "date", "February", "February", "Both 2026-02.", b_after="Back in")
P.f("contract runs until", "conflict", "date", "March 2029", "December 2028", "2029-03 vs 2028-12.")
P.f("who said 'nobody won everything'", "conflict", "quote",
    "Nobody won everything, and that is how you know it is a fair deal,",
    "Nobody won everything, and that is how you know it is a fair deal,",
    "Same words: A gives them to pilots' leader Desmond Liburd, B to CEO Angela Hanley.")
P.f("minister: people depend on the airline", "agree", "quote",
    "The people of this Federation depend on this airline to see their families, to reach hospitals and to do business,",
    "Our people need this airline to get to their families, to the hospital and to their business,",
    "Both Vernon Claxton; reworded.")
P.f("fares", "conflict", "statement",
    "Chief executive Angela Hanley said the increase would be paid for partly through higher fares",
    "Ms Hanley ruled out any increase in fares to pay for the settlement",
    "Fares will rise vs ruled out.")
P.f("government money", "conflict", "statement",
    "agreed to guarantee a EC$6 million commercial loan",
    "has refused to put any more public money into the airline",
    "Government agreed to back a loan vs refused any more public money.")
P.f("future disputes", "agree", "statement",
    "Both sides have agreed that future disputes will go to binding arbitration",
    "The new deal sends future disputes to an independent arbitrator whose decision will be binding",
    "Same clause.")
P.f("airline expansion", "related", "statement",
    "it planned to recruit eight more pilots by the end of the year",
    "The airline plans to lease a sixth aircraft later this year",
    "A: more pilots; B: another aircraft. Compatible plans.")
OUT.append(P.out())

# ---------------- pair 5: Brunei rainwater-tank subsidy
P = Pair("p5a_brunei_rainwater_tanks_borneowire.txt", "p5b_brunei_rainwater_tanks_kampongayertimes.txt")
P.f("subsidy per household", "agree", "quantity", "B$500", "B$500", "Same (B: lead, not headline).", b_occ=2)
P.f("minimum tank size", "agree", "quantity", "at least 1,000 litres", "at least 1,000 litres", "Same.")
P.f("budget", "agree", "quantity", "B$2.4 million", "B$2.4 juta", "Same; B uses Malay 'juta' (million).")
P.f("households expected", "agree", "quantity", "about 4,800 households", "around 4,800 households", "Same.")
P.f("water use", "related", "quantity", "about 380 litres", "168 million litres",
    "A: per person per day; B: national daily consumption. Per-unit vs total.")
P.f("demand growth", "agree", "quantity", "12%", "12 per cent", "Same, Brunei-Muara over five years.")
P.f("rainfall", "agree", "quantity", "around 2,700 millimetres", "about 2,700mm", "Same.")
P.f("announcement day", "agree", "date", "Wednesday", "yesterday", "Both 2026-05-20.")
P.f("applications open", "agree", "date", "June 1", "1st June", "Both 2026-06-01.")
P.f("applications close", "conflict", "date", "December 31", "30th November", "2026-12-31 vs 2026-11-30.")
P.f("permanent secretary on rain", "agree", "quote",
    "Every drop that falls on a roof and goes into a drain is a drop we have paid to treat and pump,",
    "Every drop that falls on a roof and goes into a drain is a drop we have paid to treat and pump.",
    "Both Rosli bin Hamdan; same words.")
P.f("green group: subsidy too small", "agree", "quote",
    "A decent tank with a pump costs over a thousand dollars,",
    "The subsidy covers only half of a decent tank, and the poorest families still cannot afford the rest,",
    "Both Nur Aqilah Zainal; different words, same point.")
P.f("who is eligible", "conflict", "statement",
    "The subsidy is open to all households in the four districts",
    "is limited at first to households in the Brunei-Muara and Tutong districts",
    "All four districts vs two districts at first.")
P.f("water tariffs", "conflict", "statement",
    "The ministry ruled out raising water tariffs",
    "the government was considering a review of water charges for households that use the most",
    "Ruled out vs considering.")
P.f("installation rules", "related", "statement",
    "Tanks must be bought from one of 14 suppliers registered with the Public Works Department",
    "Only licensed plumbers registered with the Public Works Department will be allowed to connect the tanks",
    "A: registered suppliers; B: licensed plumbers. Different, compatible conditions.")
P.f("later extension", "agree", "statement",
    "could extend it to schools and mosques", "The scheme may later be extended to schools and mosques", "Same.")
OUT.append(P.out())

# ---------------- pair 6: Timor-Leste radio licence suspension
P = Pair("p6a_timorleste_radio_licence_asiapacificnewsline.txt", "p6b_timorleste_radio_licence_diariulorosae.txt")
P.f("length of suspension", "conflict", "quantity", "30 days", "60 days", "30 vs 60 days (B's headline: two months).", a_occ=2)
P.f("fine", "agree", "quantity", "$5,000", "US$5.000", "Same; B uses a point as thousands separator.")
P.f("listeners", "conflict", "quantity", "an estimated 80,000 listeners", "about 100,000 listeners", "80,000 vs 100,000.")
P.f("staff", "agree", "quantity", "14 people", "fourteen staff", "Same, digits vs words.")
P.f("the fine and the station's means", "related", "quantity", "more than four months", "15 days",
    "A: the fine equals more than four months of income; B: the station has 15 days to pay. Different measures.")
P.f("off the air from", "agree", "date", "Monday, July 6", "Monday, 6 July", "Both 2026-07-06.")
P.f("programme broadcast", "agree", "date", "June 19", "19 June", "Both 2026-06-19.")
P.f("media law", "agree", "date", "2014", "2014", "Same.")
P.f("regulator on licences", "agree", "quote",
    "A licence to broadcast is not a licence to accuse people without evidence,",
    "A licence to broadcast is not a licence to accuse people without evidence,", "Both Jacinto Soares.")
P.f("director on talk shows", "agree", "quote",
    "If that is a crime, then every talk show in this country is guilty.",
    "If that is a crime, then every talk show in this country is guilty.", "Both Maria Ximenes Belo.")
P.f("appeal", "conflict", "statement",
    "she had already filed an appeal with the Court of Appeal in Dili",
    "the station had not yet decided whether to appeal", "Already filed vs not yet decided.")
P.f("reaction of press bodies", "related", "statement",
    "The Timor-Leste Press Council said it was",
    "The Timor-Leste Journalists Association (AJTL) organised a small protest",
    "A: press council concern; B: journalists' protest. Different bodies, compatible.")
P.f("government stance", "agree", "statement",
    "the cabinet would not intervene in the regulator's decision",
    "the cabinet would respect the decision of the regulator and not intervene", "Same.")
P.f("official's response", "agree", "statement",
    "has denied the accusations and filed a complaint with the police for defamation",
    "has denied all the accusations and has complained to the police for defamation", "Same.")
OUT.append(P.out())

# ---------------- pair 7: Seychelles cemetery relocation
P = Pair("p7a_seychelles_cemetery_relocation_indianoceanpress.txt", "p7b_seychelles_cemetery_relocation_lasemainedemahe.txt")
P.f("graves to move", "conflict", "quantity", "about 1,300 graves", "Between 1,100 and 1,200 graves", "About 1,300 (single value) vs a range of 1,100-1,200 that excludes it.")
P.f("project cost", "agree", "quantity", "SCR 18 million", "SR18m", "Same; ISO code vs local 'SR'.")
P.f("chapel and memorial vs whole project", "related", "quantity", "SCR 18 million", "SR4.5m",
    "A: total cost; B: the part for the chapel and memorial wall. Total vs part.")
P.f("payment per grave", "agree", "quantity", "SCR 15,000", "SR15,000", "Same.")
P.f("workers", "agree", "quantity", "25 workers", "25 workers", "Same.")
P.f("announcement day", "agree", "date", "Tuesday", "Tuesday", "Both 2026-09-15.")
P.f("exhumations start", "agree", "date", "October 5", "5th October", "Both 2026-10-05.")
P.f("exhumations end", "conflict", "date", "March 2027", "the end of 2027", "2027-03 vs end of 2027.")
P.f("registration deadline", "agree", "date", "November 30", "30th November", "Both 2026-11-30.")
P.f("last burial", "agree", "date", "1994", "1994", "Same.")
P.f("minister: slowly, with respect", "agree", "quote",
    "We will do it slowly, with respect, and with the families at our side.",
    "We will do it slowly and with respect, with the families beside us.", "Both Gervais Hoareau; reworded.")
P.f("opposition: easy option", "agree", "quote",
    "This is the easy option for the engineers and the hard option for our people,",
    "This is the easy option for the engineers and the hard option for our people,", "Both Nadine Laporte.")
P.f("Church position", "conflict", "statement",
    "The Catholic diocese of Port Victoria has agreed to the relocation",
    "The Catholic Church has objected to the timetable", "Agreed vs objected.")
P.f("unclaimed remains", "agree", "statement",
    "Remains that are not claimed will be reburied in a common plot",
    "Unclaimed remains will go into a common grave", "Same.")
P.f("runway works", "related", "statement",
    "a second phase of works will lengthen the runway by 300 metres",
    "The Minister said reclamation would cost ten times more and take four years",
    "A: runway lengthening; B: why reclamation was rejected. Different aspects.")
OUT.append(P.out())

# ---------------- pair 8: Tonga university tuition freeze
P = Pair("p8a_tonga_tuition_freeze_pacificislandswire.txt", "p8b_tonga_tuition_freeze_ongoongofoou.txt")
P.f("length of freeze", "conflict", "quantity", "three years", "two years", "Three vs two years.", a_occ=2)
P.f("annual fee", "agree", "quantity", "2,400 pa'anga", "T$2,400", "Same; currency name vs T$.")
P.f("cancelled rise", "related", "quantity", "8%", "about T$190",
    "A: planned rise as a percentage; B: as an amount (8% of T$2,400 = T$192). Percent vs amount.")
P.f("government compensation", "agree", "quantity", "1.5 million pa'anga", "T$1.5m", "Same.")
P.f("students enrolled", "agree", "quantity", "About 2,100 students", "around 2,000 students", "Both approximate; compatible.")
P.f("scholarships", "agree", "quantity", "150", "150", "Same.", a_after="from 120 to")
P.f("inflation", "agree", "quantity", "9.4%", "9.4 per cent", "Same.")
P.f("announcement day", "agree", "date", "Wednesday", "today", "Both 2026-11-11.")
P.f("funding agreement deadline", "agree", "date", "December 15", "15 December", "Both 2026-12-15.")
P.f("medical programme starts", "agree", "date", "February 2027", "February next year", "Both 2027-02.")
P.f("who said 'no young Tongan'", "conflict", "quote",
    "No young Tongan should have to choose between a degree and feeding their family,",
    "No young Tongan should have to choose between a degree and feeding their family,",
    "Same words: A gives them to minister Sione Fifita, B to council chair 'Ana Taufa.")
P.f("university council", "conflict", "statement",
    "The university council has accepted the freeze", "The council did not agree to the freeze",
    "Accepted vs did not agree.")
P.f("course cuts", "conflict", "statement",
    "The university will not cut any courses as a result of the freeze",
    "the university is considering cutting two of its diploma courses",
    "Will not cut vs considering cuts.")
P.f("students' money troubles", "related", "statement",
    "about a fifth of students had fallen behind on fee payments this year",
    "Many of our members have been paying their fees with money sent from Auckland",
    "Both Mele Havili: arrears in A, remittances in B. Different facts, compatible.")
OUT.append(P.out())

with open(os.path.join(HERE, "gold", "pairs.gold.json"), "w", encoding="utf-8") as f:
    json.dump(OUT, f, ensure_ascii=False, indent=1)
    f.write("\n")
