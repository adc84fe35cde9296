import json, os
from build_common import Pair, HERE

OUT = []

# ---------------- pair 1: Vienna museum theft
P = Pair("p1a_vienna_museum_theft_cew.txt", "p1b_vienna_museum_theft_courier.txt")
P.f("number of items stolen", "agree", "quantity", "11 pieces", "11 objects",
    "A's revised count (police first said eight items) matches B's 11 objects.")
P.f("value of the haul", "agree", "quantity", "about 14 million euros", "around €14m", "Same estimate.")
P.f("time spent inside", "agree", "quantity", "less than seven minutes", "six and a half minutes",
    "Compatible: 6.5 minutes is less than seven.")
P.f("display cases smashed", "agree", "quantity", "two display cases", "two glass cases", "Same two cases.")
P.f("number of thieves", "conflict", "quantity", "four people", "three men", "Same gang: four people vs three men.")
P.f("one item vs whole haul", "related", "quantity", "3.2 million euros", "around €14m",
    "A: insured value of the snuffbox alone; B: value of all 11 objects. Per item vs total.")
P.f("reward vs value of the haul", "related", "quantity", "about 14 million euros", "€300,000",
    "A: value of the jewellery; B: the insurer's reward for information. Different measures.")
P.f("visitors a year", "agree", "quantity", "about 120,000 visitors", "120,000 visitors", "Same attendance.")
P.f("night of the theft", "agree", "date", "Sunday", "8 March", "Both 2026-03-08.")
P.f("museum opened", "agree", "date", "1998", "1998", "Both 1998.")
P.f("museum reopens", "conflict", "date", "Friday", "17 March", "Reopens Friday 2026-03-13 vs closed until 2026-03-17.")
P.f("who said 'This was not an opportunistic burglary...'", "conflict", "quote",
    "This was not an opportunistic burglary. They knew exactly which cases to open,",
    "This was not an opportunistic burglary. They knew exactly which cases to open,",
    "Same words: A gives them to police spokesman Martin Eder, B to director Katharina Brandl.")
P.f("museum did what the insurers asked", "agree", "quote",
    "We did everything the insurers asked of us,", "We did everything our insurers required,",
    "Both quote Katharina Brandl; reworded.")
P.f("paying for the return of the pieces", "conflict", "statement",
    "the museum would not pay a ransom for the return of the pieces",
    "the museum was prepared to pay for the return of the pieces",
    "Opposite polarity: will not pay vs prepared to pay (both attributed to Brandl).")
P.f("international alert", "related", "statement",
    "Police plan to ask Interpol to circulate photographs of all 11 objects",
    "Europol has been informed",
    "A: police plan an Interpol notice; B: Europol already informed. Compatible steps.")
P.f("night guards", "agree", "statement",
    "She denied that the museum had cut the number of night guards to save money",
    "Ms Brandl rejected reports that the museum had reduced its security staff", "Same denial.")
OUT.append(P.out())

# ---------------- pair 2: South Korea minimum wage
P = Pair("p2a_korea_minimum_wage_apn.txt", "p2b_korea_minimum_wage_herald.txt")
P.f("new hourly minimum wage", "agree", "quantity", "10,640 won", "₩10,640", "Same rate.", a_occ=2, b_occ=2)
P.f("size of the increase", "agree", "quantity", "3.1%", "3.1 percent", "Same rise.", a_occ=2)
P.f("current rate", "agree", "quantity", "10,320 won", "₩10,320", "Same current rate.")
P.f("monthly equivalent", "agree", "quantity", "2,223,760 won", "about ₩2.22 million",
    "Exact vs rounded monthly figure.")
P.f("votes for the decision", "agree", "quantity", "16 votes", "16", "Both 16 votes to 9.", b_after="vote of 16")
P.f("unions' opening demand", "conflict", "quantity", "11,500 won", "₩11,800", "Unions' first demand: 11,500 vs 11,800 won.")
P.f("new rate vs size of the rise in won", "related", "quantity", "10,640 won", "₩320",
    "A: the new hourly rate (headline); B: the increase per hour. Different measures.")
P.f("inflation vs growth", "related", "quantity", "about 2.4%", "about 1.8 percent",
    "A: inflation rate; B: expected economic growth. Same unit, different things.")
P.f("day of the decision", "agree", "date", "Thursday", "9 July", "Both 2026-07-09.")
P.f("new rate takes effect", "agree", "date", "January 1, 2027", "1 January 2027", "Both 2027-01-01.")
P.f("deadline to confirm the rate", "conflict", "date", "August 5", "8 August", "2026-08-05 vs 2026-08-08.")
P.f("who said 'This is the smallest increase...'", "conflict", "quote",
    "This is the smallest increase we could justify in a year of rising prices,",
    "This is the smallest increase we could justify in a year of rising prices,",
    "Same words: A gives them to council chairman Park Jae-won, B to Vice Labour Minister Jung Hae-sung.")
P.f("workers paying for the economy", "agree", "quote",
    "Workers are being asked to pay for an economy they did not break,",
    "Working people are being made to pay for an economy they did not wreck,",
    "Both quote Kim Min-seo; reworded.")
P.f("sending the decision back", "conflict", "statement",
    "the government would not ask the council to reconsider the decision",
    "the ministry may send the decision back to the council for review",
    "Opposite polarity: will not ask for reconsideration vs may send it back for review.")
P.f("unions' response", "related", "statement",
    "Her federation plans to hold a rally in central Seoul on Saturday",
    "The federation said it would challenge the vote in court",
    "A: a rally; B: a court challenge. Different, compatible actions.")
P.f("government pressure on the council", "agree", "statement",
    "The council denied that the government had pressured its public-interest members",
    "rejected any suggestion of interference from the government", "Same denial.")
OUT.append(P.out())

# ---------------- pair 3: Gulf of Guinea piracy
P = Pair("p3a_gulf_of_guinea_piracy_wan.txt", "p3b_gulf_of_guinea_piracy_guardian.txt")
P.f("crew kidnapped", "agree", "quantity", "10 crew members", "Ten seafarers",
    "Same ten (A first reported six missing).")
P.f("size of the crew", "conflict", "quantity", "21-member", "22 people", "21-member crew vs 22 people on board.")
P.f("distance offshore", "agree", "quantity", "about 140 nautical miles", "some 140 nautical miles", "Same.")
P.f("cargo of diesel", "agree", "quantity", "about 30,000 tonnes", "30,000 tonnes", "Same cargo.")
P.f("cargo value: total vs per tonne", "related", "quantity", "about $24 million", "roughly $800",
    "A: value of the whole cargo; B: value per tonne. Total vs per unit (30,000 x $800 = $24m).")
P.f("incidents this year", "agree", "quantity", "27 reported incidents", "27 incidents", "Same count.")
P.f("2020 kidnapping record", "agree", "quantity", "130 crew members", "some 130 seafarers", "Same record.")
P.f("night of the attack", "agree", "date", "Tuesday", "13 October", "Both 2026-10-13.")
P.f("tanker reaches Lome", "conflict", "date", "Thursday", "yesterday",
    "Expected Thursday 2026-10-15 vs arrived 'yesterday' 2026-10-14.")
P.f("record year", "agree", "date", "2020", "2020", "Both 2020.")
P.f("anti-piracy law", "agree", "date", "2019", "2019", "Both 2019.")
P.f("who said 'Our priority is to bring every one of them home safely'", "conflict", "quote",
    "Our priority is to bring every one of them home safely,",
    "Our priority is to bring every one of them home safely,",
    "Same words: A gives them to Harbourline's Nikos Varvaris, B to navy spokesman Ibrahim Lawal.")
P.f("unpunished attacks", "agree", "quote",
    "Every attack that goes unpunished is an advertisement for the next one,",
    "Each attack that goes unpunished is an advertisement for the next,",
    "Both quote Adaeze Okafor; reworded.")
P.f("talks with the kidnappers", "conflict", "statement",
    "the company would not negotiate with the kidnappers",
    "it had opened talks with the kidnappers through an intermediary",
    "Opposite polarity: will not negotiate vs has opened talks (both Harbourline).")
P.f("naval follow-up", "related", "statement",
    "the navy plans to send two additional patrol vessels to the waters off Bayelsa",
    "Togo's navy, which escorted the tanker into port, said it would question the remaining crew",
    "Different navies, different compatible steps.")
P.f("ship inside the patrol zone", "agree", "statement",
    "denied that the tanker had been sailing outside the area patrolled by Nigerian warships",
    "rejecting claims by shipping groups that it was unprotected", "Same rebuttal by the navy.")
OUT.append(P.out())

# ---------------- pair 4: Ecuador banana disease
P = Pair("p4a_ecuador_banana_disease_lanw.txt", "p4b_ecuador_banana_disease_telegrafo.txt")
P.f("farms quarantined", "agree", "quantity", "seven farms", "Seven farms",
    "A's updated count (initially three farms) matches B.")
P.f("area quarantined", "agree", "quantity", "about 450 hectares", "450 hectares", "Same area.")
P.f("banana exports last year", "agree", "quantity", "$3.6 billion", "$3.6bn", "Same.")
P.f("jobs in the industry", "conflict", "quantity", "around 250,000 people", "Around 300,000 jobs",
    "Direct employment: about 250,000 vs about 300,000.")
P.f("emergency fund", "agree", "quantity", "$20 million", "$20m", "Same fund.")
P.f("compensation per hectare vs fund", "related", "quantity", "$1,500", "$20m",
    "A: payment per destroyed hectare; B: the whole emergency fund. Per unit vs total.")
P.f("quarantine area vs one grower's farm", "related", "quantity", "about 450 hectares", "12 hectares",
    "A: total quarantined area; B: one grower's holding near the line. Different measures.")
P.f("day of confirmation", "agree", "date", "Tuesday", "21 April", "Both 2026-04-21.")
P.f("first signs", "agree", "date", "March", "last month", "Both 2026-03.")
P.f("arrival in Colombia", "agree", "date", "2019", "2019", "Both 2019.")
P.f("detection in Peru", "agree", "date", "2021", "2021", "Both 2021.")
P.f("who said 'Nobody will report a sick plant for that money'", "conflict", "quote",
    "Nobody will report a sick plant for that money,", "Nobody will report a sick plant for that money,",
    "Same words: A gives them to federation president Mariana Castro, B to grower Julio Arteaga.")
P.f("biggest test for the industry", "agree", "quote",
    "We are not facing the end of Ecuadorian bananas, but we are facing the biggest test this industry has ever had,",
    "We are not facing the end of Ecuadorian bananas, but this is the biggest test our industry has ever faced,",
    "Both quote Rodrigo Salazar; reworded.")
P.f("exports from El Oro", "conflict", "statement",
    "the government would not halt banana exports from El Oro",
    "the ministry may suspend shipments from the quarantined zone if importers demand it",
    "Opposite polarity: will not halt exports vs may suspend shipments (both the minister).")
P.f("extra inspection capacity", "related", "statement",
    "The ministry plans to hire 200 more inspectors",
    "Peru's agriculture ministry offered to send specialists",
    "A: Ecuador hires inspectors; B: Peru offers specialists. Compatible.")
P.f("spread to Los Rios", "agree", "statement",
    "He denied that the disease had already spread to the neighbouring province of Los Ríos",
    "The ministry rejected reports that infected plants had been found in Los Ríos", "Same denial.")
OUT.append(P.out())

# ---------------- pair 5: Romania no-confidence vote
P = Pair("p5a_romania_no_confidence_cew.txt", "p5b_romania_no_confidence_observer.txt")
P.f("votes for the motion", "conflict", "quantity", "241 votes", "243 votes",
    "Final tally 241 (A, after a correction from 239) vs 243.")
P.f("votes needed", "agree", "quantity", "233 votes", "233 votes", "Same majority.")
P.f("members of parliament", "agree", "quantity", "464 members", "464 lawmakers", "Same.")
P.f("planned VAT rate", "agree", "quantity", "23%", "23 percent", "Same.")
P.f("deficit: share of GDP vs lei", "related", "quantity", "8.4%", "about 150 billion lei",
    "A: deficit as % of GDP; B: deficit in lei. Different measures.")
P.f("savings vs deficit", "related", "quantity", "about 30 billion lei", "about 150 billion lei",
    "A: savings the package would bring next year; B: last year's deficit. Same unit, different things.")
P.f("deadline for two cabinets", "agree", "quantity", "60 days", "60 days", "Same constitutional window.")
P.f("day of the vote", "agree", "date", "Wednesday", "yesterday", "Both 2026-06-03.")
P.f("government took office", "conflict", "date", "April 2025", "May last year", "2025-04 vs 2025-05.")
P.f("previous government removed", "agree", "date", "October 2021", "October 2021", "Both 2021-10.")
P.f("who said 'The country cannot be governed...'", "conflict", "quote",
    "The country cannot be governed by people who only know how to say no,",
    "The country cannot be governed by people who only know how to say no,",
    "Same words: A gives them to Prime Minister Mihai Dragomir, B to rebel leader Sorin Vlad.")
P.f("opposition on the public finances", "agree", "quote",
    "lied to Romanians about the state of the public finances",
    "misled Romanians about the real state of the country's finances",
    "Both quote Ioana Marinescu; reworded.")
P.f("economist on the next government", "agree", "quote",
    "Whoever governs next will inherit the same arithmetic,",
    "The numbers do not change because the government changes,",
    "Both quote Radu Ionescu; different words, same point.")
P.f("Dragomir's party leadership", "conflict", "statement",
    "he would not step down as leader of his Social Liberal Union",
    "he would resign as party leader at an extraordinary congress this month",
    "Opposite polarity: will not step down vs will resign as party leader.")
P.f("what the president does next", "related", "statement",
    "The president may call early elections if parliament rejects two proposed cabinets within 60 days",
    "The president is due to begin consultations with party leaders on Friday",
    "A: possible early elections; B: consultations on Friday. Compatible.")
P.f("hidden deficit", "agree", "statement",
    "Dragomir denied that his ministers had hidden the true size of the deficit",
    "The outgoing finance minister rejected accusations that the government had concealed the deficit",
    "Same denial (prime minister vs finance minister).")
OUT.append(P.out())

# ---------------- pair 6: Karachi heatwave and power cuts
P = Pair("p6a_karachi_heatwave_power_cuts_apn.txt", "p6b_karachi_heatwave_power_cuts_eveningpost.txt")
P.f("death toll", "agree", "quantity", "31 people", "At least 31 people",
    "A's updated toll (initially 23 deaths) matches B.")
P.f("heatstroke patients", "agree", "quantity", "More than 1,200 people", "1,240 patients",
    "Compatible: 1,240 is more than 1,200.")
P.f("peak temperature", "agree", "quantity", "46.5 degrees Celsius", "46.5C", "Same.")
P.f("length of power cuts", "conflict", "quantity", "up to 14 hours", "up to 12 hours", "Up to 14 vs up to 12 hours a day.")
P.f("record demand", "agree", "quantity", "3,850 megawatts", "3,850 megawatts", "Same.")
P.f("shortfall vs supply", "related", "quantity", "about 900 megawatts", "less than 3,000 megawatts",
    "A: the power shortfall; B: what the utility can supply. Same unit, different measures.")
P.f("heatstroke patients vs 2015 deaths", "related", "quantity", "More than 1,200 people", "more than 1,200 people",
    "A: people treated for heatstroke this week; B: people who died in 2015. Same figure, different things.")
P.f("start of the heatwave", "agree", "date", "Sunday", "24 May", "Both 2026-05-24.")
P.f("earlier deadly heatwave", "agree", "date", "June 2015", "2015", "Same event (month vs year).")
P.f("heat eases", "conflict", "date", "Saturday", "Monday", "Expected to ease 2026-05-30 vs not until 2026-06-01.")
P.f("who said 'People are not dying of heat alone...'", "conflict", "quote",
    "People are not dying of heat alone, they are dying of heat without electricity,",
    "People are not dying of heat alone, they are dying of heat without electricity,",
    "Same words: A gives them to Dr Saima Qureshi, B to activist Shehzad Rizvi.")
P.f("utility keeps hospitals running", "agree", "quote",
    "We are doing everything we can to keep hospitals and water pumps running,",
    "doing all it can to keep the hospitals and the water pumps going",
    "Both quote KPSC spokesman Imran Siddiqui; reworded.")
P.f("shopkeeper on the heat", "agree", "quote",
    "No one comes out before sunset,", "Nobody comes out until the sun goes down,",
    "Both quote Aslam Memon; reworded.")
P.f("load-shedding", "conflict", "statement",
    "the company would not suspend load-shedding",
    "it will suspend load-shedding in residential areas from Friday",
    "Opposite polarity: will not suspend vs will suspend load-shedding (both KPSC).")
P.f("relief measures", "related", "statement",
    "The provincial government plans to open 60 heat relief camps",
    "The federal government may release emergency fuel oil from its reserves",
    "Relief camps vs emergency fuel: different, compatible measures.")
P.f("power cuts and the deaths", "agree", "statement",
    "denied that any of the deaths had been caused by power cuts",
    "rejected claims that the power cuts were to blame for the deaths", "Same denial by the provincial government.")
OUT.append(P.out())

# ---------------- pair 7: Ethiopian marathon runner's doping ban
P = Pair("p7a_ethiopia_marathon_doping_ban_afw.txt", "p7b_ethiopia_marathon_doping_ban_entotoherald.txt")
P.f("length of the ban", "agree", "quantity", "four-year", "four years", "Same ban.")
P.f("positive samples", "agree", "quantity", "three samples", "three samples",
    "A's final count (first two urine samples) matches B.")
P.f("money to return", "agree", "quantity", "about $185,000", "$185,000", "Same.")
P.f("one prize vs total to return", "related", "quantity", "$60,000", "$185,000",
    "A: Amsterdam winner's prize; B: all money to be returned. Part vs total.")
P.f("Ethiopian athletes serving bans", "conflict", "quantity", "More than 40 Ethiopian athletes", "31 Ethiopian athletes",
    "More than 40 (AIB figures) vs 31 (federation list).")
P.f("world championships squad", "agree", "quantity", "12-member", "12-member", "Same squad size.")
P.f("day of the decision", "agree", "date", "Monday", "17 August", "Both 2026-08-17.")
P.f("Amsterdam win", "agree", "date", "October 2025", "last October", "Both 2025-10.", b_occ=2)
P.f("start of the ban", "conflict", "date", "May 12", "12 June", "Backdated to 2026-05-12 vs 2026-06-12.")
P.f("world championships", "agree", "date", "next year", "next year", "Both 2027.")
P.f("who said 'This is a sad day for Ethiopian running...'", "conflict", "quote",
    "This is a sad day for Ethiopian running, but a necessary one,",
    "This is a sad day for Ethiopian running, but a necessary one,",
    "Same words: A gives them to federation president Dawit Bekele, B to AIB head Claire Moreau.")
P.f("doping is not victimless", "agree", "quote",
    "Cheating in distance running is not a victimless act; it steals from every athlete who finished behind her,",
    "Doping in distance running is never victimless. It robs every runner who finished behind her,",
    "Both quote Claire Moreau; reworded.")
P.f("did she take EPO", "conflict", "statement",
    "Wolde, 27, denied taking EPO",
    "the athlete had admitted using EPO during a period of injury",
    "Opposite polarity: denied vs admitted.")
P.f("further consequences", "related", "statement",
    "The federation plans to test all members of its marathon squad before the world championships next year",
    "Her shoe sponsor, Stride Athletic, said it had suspended her contract",
    "Squad testing vs sponsor suspension: compatible.")
P.f("appeal to CAS", "agree", "statement",
    "She will appeal to the Court of Arbitration for Sport",
    "she would nevertheless ask the Court of Arbitration for Sport to reduce the ban", "Both: a CAS appeal.")
OUT.append(P.out())

# ---------------- pair 8: Brisbane Olympic stadium overrun
P = Pair("p8a_brisbane_olympic_stadium_overrun_apn.txt", "p8b_brisbane_olympic_stadium_overrun_courier.txt")
P.f("original budget", "agree", "quantity", "A$3.8 billion", "A$3.8 billion", "Same budget.")
P.f("size of the overrun", "conflict", "quantity", "A$1.2 billion", "A$900 million", "A$1.2bn vs A$900m.", a_occ=2)
P.f("new cost", "conflict", "quantity", "A$5 billion", "A$4.7 billion", "A$5bn vs A$4.7bn.", a_occ=2)
P.f("stadium capacity", "agree", "quantity", "63,000-seat", "63,000-seat", "Same.")
P.f("workers on site", "agree", "quantity", "about 2,600 workers", "About 2,600 people",
    "A's current figure (up from 2,000 workers) matches B.")
P.f("contingency vs overrun", "related", "quantity", "A$400 million", "A$900 million",
    "A: contingency for future price rises; B: the overrun. Same unit, different things.")
P.f("total cost vs cost per seat", "related", "quantity", "A$5 billion", "about A$74,000",
    "A: total cost (headline); B: cost per seat. Total vs per unit.")
P.f("day of the announcement", "agree", "date", "Tuesday", "24 November", "Both 2026-11-24.")
P.f("completion", "agree", "date", "2031", "2031", "Both 2031.")
P.f("the Games", "agree", "date", "2032", "2032", "Both 2032.")
P.f("start of earthworks", "conflict", "date", "February", "January", "2026-02 vs 2026-01.")
P.f("who said 'Every dollar of this will be accounted for'", "conflict", "quote",
    "Every dollar of this will be accounted for,", "Every dollar of this will be accounted for,",
    "Same words: A gives them to minister Rachel Tanner, B to GVQ chief executive Lachlan Ward.")
P.f("paying for it twice", "agree", "quote",
    "Queenslanders were told this stadium would pay for itself. Now they are paying for it twice,",
    "We were told this stadium would pay its own way. Now Queenslanders are paying for it twice,",
    "Both quote Daniel Kerr; reworded.")
P.f("stadium capacity cut", "conflict", "statement",
    "the government would not reduce the stadium's capacity to save money",
    "GVQ may cut the number of seats to about 55,000 seats",
    "Opposite polarity: capacity will not be reduced vs may be cut to about 55,000.")
P.f("outside help and scrutiny", "related", "statement",
    "declined to say whether it would contribute more to the stadium",
    "The International Olympic Committee plans to send a team of inspectors to Brisbane",
    "A: Canberra silent on more money; B: IOC inspection planned. Compatible.")
P.f("other venues", "agree", "statement",
    "She denied that the extra spending would force cuts to other Olympic venues",
    "Ms Tanner rejected suggestions that other venues would be scaled back", "Same denial.")
OUT.append(P.out())

with open(os.path.join(HERE, "gold", "pairs.gold.json"), "w", encoding="utf-8") as f:
    json.dump(OUT, f, ensure_ascii=False, indent=1)
    f.write("\n")
print(sum(len(p["facts"]) for p in OUT), "facts")
