import json, os
from build_common import Pair, HERE

OUT = []

# ---------------- pair 1: Ireland-France power cable delay
P = Pair("p1a_ireland_france_cable_apa.txt", "p1b_ireland_france_cable_gazette.txt")
P.f("original budget of the cable", "agree", "quantity", "1.6 billion euros", "€1.6bn", "Same budget.")
P.f("cost overrun", "conflict", "quantity", "410 million euros", "€350m", "Same overrun: 410 vs 350 million euros.", a_occ=2)
P.f("length of the cable", "agree", "quantity", "575-kilometre", "about 575 km", "Same length.")
P.f("number of faults found", "agree", "quantity", "five faults", "five damaged joints",
    "A's revised count (its initial figure was three) matches B's five damaged joints.")
P.f("EU grant", "agree", "quantity", "530 million euros", "€530m", "Same grant.")
P.f("cable laid so far vs still to lay", "related", "quantity", "about 320 kilometres", "about 250 km",
    "A: length already laid; B: length still to be laid (575 - 320 = 255). Different measures, compatible.")
P.f("overrun vs cost to households", "related", "quantity", "410 million euros", "about €4",
    "A: total overrun (headline); B: about €4 a year per household bill. Total vs per unit.")
P.f("day the delay was announced", "agree", "date", "Monday", "16 February", "Both 2026-02-16.")
P.f("original start date", "agree", "date", "December 2027", "December 2027", "Both 2027-12.")
P.f("new completion date", "conflict", "date", "2029", "2030", "Same project: not finished until 2029 vs not switched on until 2030.", a_occ=2)
P.f("resumption of work at sea", "conflict", "date", "May", "June", "Cable work resumes in May vs the ship returns in June.")
P.f("who said 'We would rather be late...'", "conflict", "quote",
    "We would rather be late than build something that fails at the bottom of the sea,",
    "We would rather be late than build something that fails at the bottom of the sea,",
    "Same words: A gives them to chief executive Maeve Donnellan, B to project director Yann Le Goff.")
P.f("minister on the delay", "agree", "quote",
    "a serious disappointment, but not a reason to give up on the most important energy project of this decade",
    "the most important energy project of the decade",
    "Both quote Conor Whelan; B splits and rewords ('of the decade').")
P.f("who pays for the overrun", "conflict", "statement",
    "consumers would not pay for the overrun",
    "part of the overrun would be passed on to consumers through network charges",
    "Opposite polarity: consumers will not pay vs part passed on to consumers (both attributed to Donnellan).")
P.f("EU funding", "related", "statement",
    "may increase its contribution once a revised budget is submitted",
    "declined to comment on whether it would revisit its funding",
    "A: the EU may raise its grant (per the minister); B: the Commission would not comment. Compatible.")
P.f("cause of the damage", "agree", "statement",
    "denied suggestions that the damage had been caused by fishing trawlers",
    "The company ruled out damage by trawlers", "Same denial.")
OUT.append(P.out())

# ---------------- pair 2: Kenya Eurobond sale
P = Pair("p2a_kenya_bond_sale_ewn.txt", "p2b_kenya_bond_sale_herald.txt")
P.f("amount raised", "agree", "quantity", "1.5 billion U.S. dollars", "$1.5bn", "Same amount.", b_occ=2)
P.f("yield on the bond", "conflict", "quantity", "9.25%", "9.5 percent", "Same bond: 9.25% vs 9.5%.", a_occ=2)
P.f("orders received", "agree", "quantity", "$5.2 billion", "$5.2bn", "Final order book (A's earlier figure was more than $4 billion).")
P.f("maturity of the bond", "agree", "quantity", "10-year", "10-year", "Both 10-year.", a_occ=2)
P.f("yield on the previous bond", "agree", "quantity", "9.95%", "9.95 percent", "Same.")
P.f("bond to be bought back", "related", "quantity", "$900 million", "about $600m",
    "A: size of the 2027 bond; B: the part of it to be repurchased. Different measures.")
P.f("public debt", "related", "quantity", "about 68%", "11.4 trillion shillings",
    "A: debt as a share of GDP; B: debt in shillings. Different measures.")
P.f("day the bond was priced", "agree", "date", "Wednesday", "9 September", "Both 2026-09-09.")
P.f("maturity year", "agree", "date", "2036", "2036", "Both 2036.")
P.f("bond being repaid", "agree", "date", "February 2027", "2027", "Same bond falling due in 2027 (month vs year).")
P.f("previous Eurobond sale", "conflict", "date", "February 2025", "March last year", "Same earlier sale: 2025-02 vs 2025-03.")
P.f("who said 'The market has given Kenya a vote of confidence...'", "conflict", "quote",
    "The market has given Kenya a vote of confidence, but it has not given us a discount,",
    "The market has given Kenya a vote of confidence, but it has not given us a discount,",
    "Same words: A gives them to Cabinet Secretary David Kiprono, B to analyst Ruth Otieno.")
P.f("borrowing to repay, not to spend", "agree", "quote",
    "We are not borrowing to spend, we are borrowing to repay.",
    "We are not borrowing more money to spend it, we are borrowing to pay back what we owe,",
    "Both quote David Kiprono; reworded.")
P.f("new IMF programme", "conflict", "statement",
    "The Treasury said it would not seek a new programme with the International Monetary Fund",
    "the government plans to ask the International Monetary Fund for a new funding programme",
    "Opposite polarity: will not seek vs plans to ask for an IMF programme.")
P.f("further borrowing", "related", "statement",
    "Kenya may issue a second bond in Japanese yen or Chinese yuan next year",
    "The Treasury declined to say whether any further dollar borrowing was planned this financial year",
    "A: possible yen/yuan bond next year; B: no comment on more dollar borrowing this year. Compatible.")
P.f("cash shortfall", "agree", "statement",
    "denied that the sale had been rushed to cover a cash shortfall",
    "rejected claims that it had been short of cash before the sale", "Same denial.")
OUT.append(P.out())

# ---------------- pair 3: Kruger rhino poaching sentences
P = Pair("p3a_south_africa_rhino_trial_spw.txt", "p3b_south_africa_rhino_trial_times.txt")
P.f("rhinos killed", "agree", "quantity", "at least 26 rhinos", "26 rhinos", "26 is at least 26.")
P.f("ringleader's sentence", "conflict", "quantity", "25 years", "22 years", "Sipho Dlamini: 25 vs 22 years.", a_occ=2)
P.f("co-accused's sentences", "agree", "quantity", "12 years", "12 years", "Both 12 years each.")
P.f("horns seized", "agree", "quantity", "14 rhino horns", "14 horns", "Same.")
P.f("weight of the horns", "agree", "quantity", "38 kilograms", "38 kilograms", "Same.")
P.f("value of the haul", "agree", "quantity", "about 12 million rand", "R12m", "Same.")
P.f("horn value: haul vs per kilogram", "related", "quantity", "$660,000", "up to $60,000",
    "A: dollar value of the whole haul; B: street price per kilogram in Hanoi. Total vs per unit.")
P.f("rhino numbers", "related", "quantity", "about 2,600 animals", "499 rhinos",
    "A: Kruger's remaining white rhinos; B: rhinos poached nationally last year. Different measures.")
P.f("day of sentencing", "agree", "date", "Wednesday", "20 May", "Both 2026-05-20.")
P.f("date of the arrest", "conflict", "date", "August 2024", "September 2024", "Same arrest: 2024-08 vs 2024-09.")
P.f("who said 'These men treated a national heritage as a cash crop'", "conflict", "quote",
    "These men treated a national heritage as a cash crop,", "These men treated a national heritage as a cash crop,",
    "Same words: A gives them to Judge Thandiwe Mokoena, B to prosecutor Pieter van Wyk.")
P.f("judge on the cruelty of the crimes", "agree", "quote",
    "with a cruelty and a patience that this court has rarely seen", "a cruelty and patience rarely seen by this court",
    "Both quote Thandiwe Mokoena; reworded.")
P.f("conservation head welcomes the verdict", "agree", "quote",
    "This sends a message to every syndicate that the rangers, the police and the courts are working together,",
    "that rangers, police and the courts are finally working as one",
    "Both quote Lindiwe Shabalala; reworded.")
P.f("appeal", "conflict", "statement",
    "his clients would not appeal against their convictions or sentences", "they would appeal",
    "Opposite polarity, both from defence lawyer Andile Nkosi.")
P.f("further action by prosecutors", "related", "statement",
    "it may also seek to seize the men's houses and vehicles under asset-forfeiture laws",
    "Prosecutors declined to say whether a fourth suspect, believed to have fled to Mozambique, would be charged",
    "Asset forfeiture vs a possible fourth suspect: compatible, different claims.")
P.f("former ranger's role", "agree", "statement",
    "a former field ranger, had supplied the gang with the routes and timetables of anti-poaching patrols",
    "a former field ranger who had passed the routes of anti-poaching patrols to the gang", "Same finding.")
OUT.append(P.out())

# ---------------- pair 4: Bogota metro opens
P = Pair("p4a_bogota_metro_opening_lanw.txt", "p4b_bogota_metro_opening_andeantimes.txt")
P.f("riders on the first day", "agree", "quantity", "120,000 passengers", "about 120,000 riders",
    "A's revised total (its afternoon figure was about 95,000).")
P.f("length of the line", "agree", "quantity", "23.9-kilometre", "almost 24 km", "23.9 km is almost 24 km.")
P.f("number of stations", "agree", "quantity", "16 stations", "16 stations", "Same.")
P.f("cost of the line", "agree", "quantity", "about $3.4 billion", "$3.4bn", "Same.")
P.f("ticket price", "conflict", "quantity", "3,200 pesos", "3,500 pesos", "Single fare: 3,200 vs 3,500 pesos.")
P.f("trains ordered", "agree", "quantity", "30 driverless trains", "30 trains", "Same (22 delivered on both sides).")
P.f("end-to-end journey time", "agree", "quantity", "27 minutes", "about 27 minutes", "Same.")
P.f("capacity of the line", "related", "quantity", "72,000 passengers", "about 1 million passengers",
    "A: passengers per hour in each direction; B: passengers per day. Different measures.")
P.f("opening day", "agree", "date", "Saturday", "yesterday", "Both 2026-03-28.")
P.f("start of full service", "conflict", "date", "April 6", "13 April", "Full timetable from 6 vs 13 April.")
P.f("start of construction", "agree", "date", "October 2020", "2020", "Same year (month vs year).")
P.f("who said 'This is the day Bogota stopped waiting'", "conflict", "quote",
    "This is the day Bogota stopped waiting,", "This is the day Bogota stopped waiting,",
    "Same words: A gives them to Mayor Carolina Ruiz, B to metro company president Felipe Arango.")
P.f("mayor: grandparents and grandchildren", "agree", "quote",
    "For our grandparents the metro was a joke. For our grandchildren it will be normal.",
    "for our grandchildren, even though it was a joke for our grandparents",
    "Both quote Carolina Ruiz; reworded and reordered.")
P.f("fare rises", "conflict", "statement",
    "Ruiz said fares would not rise next year",
    "fares may have to rise next year to cover operating costs",
    "Opposite polarity/modality, both from the mayor: fares will not rise next year vs may have to rise next year.")
P.f("second line", "related", "statement",
    "also plans to bid for the construction of a second line",
    "The city has already started the tender for a second line",
    "Consortium plans to bid vs city has opened the tender: compatible.")
P.f("cracked pillars", "agree", "statement",
    "denied that cracks found in two concrete pillars last year had posed any risk to passengers",
    "the company said they were on the surface only and had been fixed", "Same reassurance.")
OUT.append(P.out())

# ---------------- pair 5: Malaysia chip factory subsidy
P = Pair("p5a_malaysia_chip_subsidy_apw.txt", "p5b_malaysia_chip_subsidy_post.txt")
P.f("subsidy amount", "agree", "quantity", "4.5 billion ringgit", "RM4.5bn", "Same.", a_occ=2, b_occ=2)
P.f("investment in the plant", "agree", "quantity", "$7 billion", "$7bn", "Same.")
P.f("jobs created", "agree", "quantity", "3,000 jobs", "3,000 people", "A's revised figure matches B's 3,000 direct jobs.")
P.f("plant capacity", "conflict", "quantity", "40,000 wafers", "up to 45,000 wafers", "40,000 vs up to 45,000 wafers a month.")
P.f("subsidy total vs per job", "related", "quantity", "4.5 billion ringgit", "about RM1.5 million",
    "A: total subsidy (headline); B: subsidy per job. Total vs per unit.")
P.f("jobs: initial vs final", "related", "quantity", "2,500 jobs", "3,000 people",
    "A's initial figure before a research centre was added; B's current figure. Different time.")
P.f("Malaysia's share of chip packaging", "agree", "quantity", "about 13%", "Some 13 percent", "Same.")
P.f("day the cabinet approved the subsidy", "agree", "date", "Tuesday", "July 14", "Both 2026-07-14.")
P.f("start of production", "conflict", "date", "2028", "2029", "Production due in 2028 vs not before 2029.")
P.f("groundbreaking", "agree", "date", "October", "October", "Both 2026-10.")
P.f("who said 'Malaysia is no longer just the place where chips are packaged'", "conflict", "quote",
    "Malaysia is no longer just the place where chips are packaged,",
    "Malaysia is no longer just the place where chips are packaged,",
    "Same words: A gives them to Investment Minister Farid Hakim, B to Kestrel chief executive Daniel Orr.")
P.f("minister: front of the line", "agree", "quote",
    "With this plant we are moving to the front of the line.", "moving to the front of the queue",
    "Both quote Farid Hakim; reworded ('line' / 'queue').")
P.f("payment schedule", "conflict", "statement",
    "the subsidy would not be paid up front",
    "Kestrel would receive the first RM1.2bn before construction begins",
    "Opposite: not paid up front vs first RM1.2bn before construction.")
P.f("future plans and rivals", "related", "statement",
    "Kestrel may build a second plant in Kedah",
    "Kestrel refused to say whether it had also been offered subsidies by Vietnam",
    "Possible second plant vs undisclosed rival offers: compatible.")
P.f("local hiring", "agree", "statement",
    "denied reports that it would bring in foreign engineers for most of the skilled positions",
    "most engineers at the plant would be hired locally", "Same claim (negative vs positive wording).")
OUT.append(P.out())

# ---------------- pair 6: Melbourne hospital cyberattack
P = Pair("p6a_melbourne_hospital_cyberattack_apw.txt", "p6b_melbourne_hospital_cyberattack_chronicle.txt")
P.f("patients whose records were stolen", "agree", "quantity", "about 260,000 patients", "260,000 patients",
    "A's revised figure (initially 180,000).")
P.f("ransom demanded", "agree", "quantity", "US$15 million", "A$23 million",
    "Same demand in two currencies (US$15 million is about A$23 million).", a_occ=2)
P.f("operations postponed", "conflict", "quantity", "More than 400 elective surgeries", "Around 350 operations",
    "More than 400 vs around 350 surgeries.")
P.f("ambulance diversion", "agree", "quantity", "36 hours", "36 hours", "Same.")
P.f("hospitals affected", "agree", "quantity", "four Melbourne hospitals", "four hospitals", "Same.")
P.f("beds closed", "agree", "quantity", "About 30%", "Around 360 beds",
    "About 30% of the 1,200 beds is about 360 beds: percentage vs count, same fact.")
P.f("cost of the attack vs cybersecurity budget", "related", "quantity",
    "about 8 million Australian dollars", "A$120 million",
    "A: cost to the company so far; B: the state's four-year cybersecurity budget. Different measures.")
P.f("start of the attack", "agree", "date", "Sunday", "8 November", "Both 2026-11-08.")
P.f("day of the statements", "agree", "date", "Tuesday", "yesterday", "Both 2026-11-10.")
P.f("systems restored by", "conflict", "date", "Friday", "next Monday", "2026-11-13 vs 2026-11-16.")
P.f("who said 'We will not pay criminals...'", "conflict", "quote",
    "We will not pay criminals for the return of stolen data,", "We will not pay criminals for the return of stolen data,",
    "Same words: A gives them to Health Minister Rachel Moore, B to chief executive Graham Liddell.")
P.f("police on the planning of the attack", "agree", "quote",
    "carefully planned and carried out by people who knew exactly where to hurt us",
    "carefully planned by people who knew exactly where it would hurt",
    "Both quote Karen Ashby; reworded.")
P.f("clinical data", "conflict", "statement",
    "clinical information such as test results and diagnoses had not been accessed",
    "the attackers also copied pathology results for thousands of patients",
    "Opposite polarity: test results not accessed vs pathology results copied.")
P.f("political response", "related", "statement",
    "the government may require all hospitals to report ransomware attacks within 24 hours",
    "The Opposition called for a parliamentary inquiry",
    "Federal reporting rule vs state inquiry call: compatible.")
P.f("where the hackers are based", "agree", "statement",
    "Police refused to confirm reports that the group was based in Russia",
    "She declined to say where the group was based", "Same refusal.")
P.f("identity protection", "agree", "statement",
    "the state would cover the cost of identity protection",
    "the state would pay for identity protection for affected patients", "Same promise.")
OUT.append(P.out())

# ---------------- pair 7: Winnipeg council recount
P = Pair("p7a_winnipeg_council_recount_cpn.txt", "p7b_winnipeg_council_recount_sentinel.txt")
P.f("winning margin", "agree", "quantity", "four votes", "Four votes", "Same.", a_occ=2)
P.f("winner's votes", "agree", "quantity", "5,212", "5,212 votes", "Same.")
P.f("election-night margin", "conflict", "quantity", "11 votes", "12 votes", "Dupuis's election-night lead: 11 vs 12 votes.")
P.f("disputed ballots", "agree", "quantity", "37 ballots", "37 ballots", "Same (A's initial figure was 21).")
P.f("cost of the recount", "agree", "quantity", "about 48,000 Canadian dollars", "C$48,000", "Same.")
P.f("recount cost: total vs per ballot", "related", "quantity", "about 48,000 Canadian dollars", "roughly $4.60",
    "A: total cost; B: cost per ballot. Total vs per unit.")
P.f("turnout", "related", "quantity", "41%", "more than 10,400 ballots",
    "A: turnout as a share of voters; B: ballots recounted. Different measures.")
P.f("size of the council", "agree", "quantity", "16 council seats", "16-member", "Same.")
P.f("election day", "agree", "date", "October 28", "last month", "2026-10-28 is in October 2026.")
P.f("day the result was announced", "agree", "date", "Thursday", "Yesterday", "Both 2026-11-19.")
P.f("swearing-in", "conflict", "date", "December 1", "8 December", "1 vs 8 December.")
P.f("who said 'Every vote really does count, and tonight proved it'", "conflict", "quote",
    "Every vote really does count, and tonight proved it,", "Every vote really does count, and tonight proved it,",
    "Same words: A gives them to Priya Sandhu, B to her campaign manager Ravi Gill.")
P.f("Dupuis concedes", "agree", "quote",
    "The voters have spoken, even if they spoke very quietly,", "quietly, but they have spoken",
    "Both quote Marc Dupuis; reworded.")
P.f("court challenge", "conflict", "statement",
    "He said he would not challenge the result in court",
    "Mr Dupuis would ask the Court of King's Bench to review the judge's decision",
    "Opposite polarity: no court challenge vs asks the court to review.")
P.f("election rules and equipment", "related", "statement",
    "Council may change its election by-law to allow automatic recounts",
    "She declined to say whether the city would replace its scanners",
    "Possible by-law change vs undecided scanner replacement: compatible.")
P.f("lost ballots", "agree", "statement",
    "denied that any ballots had been lost or mishandled",
    "insisted no ballots had gone missing at any stage", "Same denial by the clerk's office / clerk.")
OUT.append(P.out())

# ---------------- pair 8: India cancer drug price caps
P = Pair("p8a_india_cancer_drug_price_cap_ipw.txt", "p8b_india_cancer_drug_price_cap_tribune.txt")
P.f("number of drugs capped", "agree", "quantity", "42 cancer medicines", "42 drugs",
    "Same (A's initial list had 38).")
P.f("average price cut", "conflict", "quantity", "31%", "about 27 percent", "Average cut 31% vs about 27%.", a_occ=2)
P.f("yearly savings for patients", "agree", "quantity", "about 2,900 crore rupees", "₹29 billion",
    "2,900 crore = 29 billion rupees.")
P.f("patients treated each year", "agree", "quantity", "About 1.5 million people", "some 15 lakh patients",
    "15 lakh = 1.5 million.")
P.f("drug prices after the cap", "related", "quantity", "no more than 29,000 rupees", "around ₹3.5 lakh",
    "A: ceiling price of one trastuzumab vial; B: cost of a full course of treatment. Different measures.")
P.f("savings vs cost of immunotherapy", "related", "quantity", "about 2,900 crore rupees", "more than ₹1 crore",
    "A: total yearly savings; B: cost of one course of immunotherapy (not covered). Different measures.")
P.f("day the caps were announced", "agree", "date", "Monday", "yesterday", "Both 2026-08-24.")
P.f("caps take effect", "conflict", "date", "September 1", "1 October", "2026-09-01 vs 2026-10-01.")
P.f("who said 'No family should have to sell its land...'", "conflict", "quote",
    "No family should have to sell its land to pay for chemotherapy,",
    "No family should have to sell its land to pay for chemotherapy,",
    "Same words: A gives them to Health Minister Sunita Rao, B to authority chairman Arvind Mehta.")
P.f("industry: not sustainable", "agree", "quote",
    "We will comply, but this is not a sustainable way to make medicine affordable,",
    "not a sustainable way of making medicines affordable",
    "Both quote Vikram Bhalla; reworded fragment.")
P.f("supplies of capped drugs", "conflict", "statement",
    "its members would not cut supplies of any of the listed medicines",
    "Some companies warned that they may stop selling certain products in India",
    "Opposite polarity: will not cut supplies vs may stop selling.")
P.f("scope of the caps", "related", "statement",
    "the government plans to extend price caps to insulin and other diabetes medicines next year",
    "the list did not include newer immunotherapy drugs",
    "Planned extension to diabetes drugs vs immunotherapy left out: compatible.")
P.f("consultation of industry", "agree", "statement",
    "denied that manufacturers had been consulted only after the decision was taken",
    "rejected claims that it had ignored the industry, saying companies had been consulted at every stage",
    "Same rebuttal (authority vs ministry).")
P.f("patient groups' reaction", "related", "statement",
    "Patient groups welcomed the move", "These are still not cheap,",
    "A: patient groups welcome the caps; B: the same forum's Meena Kulkarni says the drugs remain expensive. Compatible.")
OUT.append(P.out())

with open(os.path.join(HERE, "gold", "pairs.gold.json"), "w", encoding="utf-8") as f:
    json.dump(OUT, f, ensure_ascii=False, indent=1)
    f.write("\n")
print(sum(len(p["facts"]) for p in OUT), "facts")
