import json, os
from build_common import Pair, HERE

OUT = []

# ---------------- pair 1: Oban allotments
P = Pair("p1a_scotland_allotments_caledonpress.txt", "p1b_scotland_allotments_lorncourier.txt")
P.f("people on the council's waiting list", "conflict", "quantity", "1,120 people", "1,210 names", "1,120 vs 1,210 on the Argyll and Bute list (both council-wide, both current).")
P.f("plots on the new site", "agree", "quantity", "64 plots", "64 plots", "Same.")
P.f("budget for land and works", "agree", "quantity", "£380,000", "£0.38m", "Same sum written two ways.")
P.f("size of each plot", "agree", "quantity", "250 square metres", "roughly 300 square yards", "250 m² = 299 sq yd; B converts and rounds.")
P.f("yearly plot rent", "agree", "quantity", "£45", "£45", "Same rent; B adds a concession rate.")
P.f("waiting time", "related", "quantity", "four years", "up to seven years", "A: average wait council-wide; B: the longest waits in Oban. Different measures.")
P.f("existing plots", "related", "quantity", "310 plots", "41 plots", "A: all council plots on nine sites; B: the one existing Oban site. Part vs whole.")
P.f("first tenants move in", "conflict", "date", "April 2027", "May 2027", "2027-04 vs 2027-05.")
P.f("committee vote", "agree", "date", "Tuesday", "yesterday", "Both 2026-01-20.")
P.f("who said 'waiting longer for a plot than for a council house'", "conflict", "quote",
    "People are waiting longer for a plot than for a council house,", "People are waiting longer for a plot than for a council house,",
    "Same words: A gives them to committee chair Morag Lindsay, B to association chair Hamish Drummond.")
P.f("purchase of the field", "conflict", "statement",
    "Argyll and Bute Council agreed on Tuesday to buy a field", "The council has not yet approved the purchase itself",
    "Opposite polarity: A says the council agreed to buy; B says only negotiation was approved, the purchase is not yet approved.")
P.f("next steps on fees and plot sizes", "related", "statement",
    "the committee would consider raising fees in next year's budget", "the association would ask the council to split some of the new plots in half",
    "A: council may raise fees; B: association will ask for half plots. Same topic, different measures; compatible.")
P.f("flooding of the field", "agree", "statement",
    "the field, which floods in heavy rain, was a poor choice", "the field was waterlogged for much of the winter",
    "Same objection by opponents (A unnamed, B councillor Munro).")
P.f("size of the vote", "agree", "statement",
    "The purchase was backed by eight votes to two.", "The committee vote was eight to two.", "Same 8-2 vote (numbers left in ignore as elided).")
P.f("legal duty under the 2015 act", "agree", "statement",
    "councils must take reasonable steps to keep waiting lists below half of the number of plots they hold",
    "which asks local authorities to keep lists down to a reasonable length", "Same statutory duty; A more precise.")
OUT.append(P.out())

# ---------------- pair 2: asbestos in Treviso schools
P = Pair("p2a_italy_school_asbestos_adriaticanews.txt", "p2b_italy_school_asbestos_corrieredelsile.txt")
P.f("buildings with asbestos", "agree", "quantity", "37 school buildings", "thirty-seven buildings", "Same, B in words.")
P.f("schools surveyed", "agree", "quantity", "212 schools", "212 schools", "Same.")
P.f("pupils moved", "agree", "quantity", "About 1,400 pupils", "1.380 students", "A rounds 1,380.")
P.f("cost of removal", "conflict", "quantity", "€6.2 million", "€ 6,8 million", "€6.2m vs €6.8m for the whole programme.")
P.f("who pays", "related", "quantity", "€4 million", "€ 2,8 million", "A: the region's share; B: the municipalities' share. Different parts of the bill.")
P.f("fibres in the air", "agree", "quantity", "fewer than 2 fibres per litre", "under 2 fibres per litre", "Same.")
P.f("length of Castelfranco work", "agree", "quantity", "four months", "about four months", "Same, B qualified.")
P.f("closure from", "agree", "date", "Monday", "Monday 16 February", "Both 2026-02-16.")
P.f("survey began", "agree", "date", "October 2025", "last October", "Both 2025-10.")
P.f("end of the work", "conflict", "date", "September 2027", "the end of 2026", "2027-09 vs 2026.")
P.f("asbestos ban", "agree", "date", "1992", "1992", "Same.")
P.f("councillor on health risk", "agree", "quote",
    "There is no danger to children's health today,", "Today there is no risk at all for the health of the pupils,", "Both Bortolin; reworded.")
P.f("parents on the silence", "agree", "quote",
    "We were told nothing for three weeks,", "Three weeks of silence, and then we read it on Facebook,", "Both Zanin; different words, same complaint.")
P.f("closing other schools", "conflict", "statement",
    "the region had ruled out closing any other schools", "The Region is considering closing two more buildings",
    "Ruled out vs is considering.")
P.f("parents' next step", "related", "statement",
    "A parents' committee in Castelfranco said it would pay for its own independent air tests",
    "who has collected 900 signatures asking for a public meeting with the mayor", "Different actions by the same committee.")
P.f("contract under emergency rules", "agree", "statement",
    "The contract was awarded without a tender under emergency rules", "has been entrusted to a local company under emergency procedures", "Same.")
OUT.append(P.out())

# ---------------- pair 3: Zaragoza pothole claims
P = Pair("p3a_spain_pothole_claims_meridianwire.txt", "p3b_spain_pothole_claims_diariodelebro.txt")
P.f("claims in 2025", "agree", "quantity", "2,340 damage claims", "2.340 claims", "Same.")
P.f("compensation paid in 2025", "conflict", "quantity", "€1.9 million", "1,6 millones de euros", "€1.9m vs €1.6m.", a_occ=2)
P.f("streets to resurface", "agree", "quantity", "60 km", "sixty kilometres", "Same, B in words.")
P.f("cost of the plan", "related", "quantity", "€12 million", "4 millones de euros", "A: three-year total; B: this year's share (B also gives about 12 millones in total).")
P.f("potholes filled", "agree", "quantity", "more than 9,000 potholes", "9.412 potholes", "9,412 is more than 9,000.")
P.f("time to settle a claim", "agree", "quantity", "eight months", "about eight months", "Same.")
P.f("length of the plan", "agree", "quantity", "three-year", "three years", "Same.")
P.f("fall claims vs rejected riders", "related", "quantity", "212 claims", "186 riders", "A: claims from people who fell; B: cyclists rejected for lack of a report. Different measures.")
P.f("plan approved", "agree", "date", "Monday", "Monday", "Both 2026-03-16.")
P.f("resurfacing begins", "conflict", "date", "April 6", "20 April", "2026-04-06 vs 2026-04-20.")
P.f("who said 'a pothole is not an accident'", "conflict", "quote",
    "A pothole is not an accident, it is a bill waiting to arrive,", "A pothole is not an accident, it is a bill waiting to arrive,",
    "Same words: A gives them to opposition spokesman Jorge Lasheras, B to cyclists' association member Marta Gimeno.")
P.f("cyclists without a police report", "conflict", "statement",
    "The council has refused to pay claims from cyclists who cannot show a police or hospital report",
    "The city has agreed to pay cyclists' claims even without a police report", "Refused vs agreed.")
P.f("other money matters", "related", "statement",
    "The city's insurer, Aseguradora Moncayo, raised the premium for its civil liability policy by 18% in January",
    "The council is also considering taking legal action against the company that resurfaced the Avenida de Cataluña in 2023",
    "Insurer's premium rise vs a possible suit against a contractor: same topic, different facts.")
P.f("cause of the damage", "agree", "statement",
    "blamed the coldest winter in a decade, when repeated frosts opened cracks in ageing asphalt",
    "the frost of this winter, the hardest in ten years, had destroyed streets", "Same explanation by Ansó.")
P.f("night work", "agree", "statement",
    "will be carried out mostly at night", "most of the work will be done at night", "Same.")
OUT.append(P.out())

# ---------------- pair 4: Marseille rats
P = Pair("p4a_france_marseille_rats_europress.txt", "p4b_france_marseille_rats_voixduvieuxport.txt")
P.f("yearly rat-control budget", "agree", "quantity", "€3 million", "3 M€", "Same.")
P.f("last year's spend vs increase", "related", "quantity", "€1.5 million", "1,5 M€", "A: what the city spent in 2025; B: the amount added. Same figure, different measures (consistent with a doubling).")
P.f("new agents", "agree", "quantity", "18 more pest-control agents", "18 agents", "Same.")
P.f("complaints in 2025", "agree", "quantity", "4,800 complaints", "nearly 5 000 reports", "B rounds 4,800.")
P.f("estimated rats", "conflict", "quantity", "about 870,000 rats", "1,7 million", "870,000 (one per inhabitant) vs 1.7 million (two per inhabitant).")
P.f("bait stations", "agree", "quantity", "12,000 sealed bait stations", "12 000 locked bait boxes", "Same.")
P.f("fine for rubbish bags", "agree", "quantity", "€68", "68 €", "Same.")
P.f("plan starts", "agree", "date", "May 4", "4 May", "Both 2026-05-04.")
P.f("evening collection starts", "conflict", "date", "June 1", "15 June", "2026-06-01 vs 2026-06-15.")
P.f("announcement", "agree", "date", "Wednesday", "yesterday", "Both 2026-04-15.")
P.f("deputy mayor on poison", "agree", "quote",
    "We will not win this war with poison alone,", "Poison alone won't win us this war,", "Both Benali; reworded.")
P.f("feeding pigeons", "conflict", "statement",
    "the city had ruled out a ban on feeding pigeons", "The city is also considering fines for people who feed pigeons",
    "Ruled out vs is considering.")
P.f("demands from others", "related", "statement",
    "it would call a strike if the city tried to stretch existing teams",
    "wants more public bins and more frequent street cleaning rather than more poison",
    "Union's strike warning vs residents' demands: same topic, different actors and facts.")
P.f("glue traps", "agree", "statement",
    "Glue traps, which animal welfare groups have long opposed, will not be used.", "glue traps will not be used", "Same.")
OUT.append(P.out())

# ---------------- pair 5: Bialystok lead pipes
P = Pair("p5a_poland_lead_pipes_balticanews.txt", "p5b_poland_lead_pipes_gazetanadnarwianska.txt")
P.f("lead connections to replace", "agree", "quantity", "about 2,600 lead pipes", "2 640 lead connections", "A rounds 2,640.")
P.f("cost of the programme", "agree", "quantity", "48 million zlotys", "48 mln zł", "Same.")
P.f("EU money", "related", "quantity", "60%", "28,8 mln zł", "A: EU share in percent; B: the EU amount in zloty (60% of 48m). Share vs amount.")
P.f("buildings over the lead limit", "conflict", "quantity", "14", "17 buildings", "14 vs 17 buildings in the winter tests.")
P.f("legal lead limit", "agree", "quantity", "10 micrograms per litre", "10 µg/l", "Same, B abbreviated.")
P.f("people in affected buildings", "agree", "quantity", "About 8,500 people", "around 8 500 people", "Same.")
P.f("time per connection", "agree", "quantity", "about three days", "three days", "Same.")
P.f("longest water cut", "agree", "quantity", "no more than eight hours", "up to eight hours", "Same.")
P.f("work began", "agree", "date", "Monday", "yesterday", "Both 2026-06-08.")
P.f("programme ends", "conflict", "date", "the end of 2030", "2032", "2030 vs 2032.")
P.f("who said 'nobody is drinking poisoned water'", "conflict", "quote",
    "Nobody in Bialystok is drinking poisoned water,", "Nobody in Białystok is drinking poisoned water,",
    "Same words: A gives them to BPW president Tomasz Zawadzki, B to deputy mayor Agnieszka Kulesza.")
P.f("who pays for the section on private land", "conflict", "statement",
    "Owners of buildings will not have to pay for the work", "Owners will have to pay for the section of the connection on their own plot",
    "Opposite polarity.")
P.f("protection for children meanwhile", "related", "statement",
    "the city will deliver bottled water to schools and nurseries in the two districts",
    "Kindergartens in the two districts will have their water tested every month", "Different measures for the same children; compatible.")
P.f("where the lead pipes are", "agree", "statement",
    "most of the lead connections were in pre-war tenements and early post-war houses in the Bojary and Piaski districts",
    "The lead pipes are mostly in pre-war tenements in Bojary and Piaski", "Same.")
P.f("how samples were taken", "agree", "statement",
    "the water had been standing in the pipes overnight", "the samples were taken from water that had stood in the pipes all night", "Same.")
OUT.append(P.out())

# ---------------- pair 6: Mytilene time capsule
P = Pair("p6a_greece_time_capsule_aegeanpress.txt", "p6b_greece_time_capsule_lesviakifoni.txt")
P.f("items in the capsule", "conflict", "quantity", "43 items", "47 objects", "43 vs 47.")
P.f("length of the cylinder", "agree", "quantity", "60 centimetres", "60 cm", "Same.")
P.f("value of the coins", "agree", "quantity", "158 drachmas", "158 drachmas", "Same.")
P.f("crowd", "agree", "quantity", "About 300 people", "more than 250 people", "About 300 is more than 250.")
P.f("letters vs class size", "related", "quantity", "26 letters", "31 pupils", "A: letters found; B: pupils in the class that wrote. Different measures.")
P.f("burial date", "conflict", "date", "May 21, 1976", "12 June 1976", "1976-05-21 vs 1976-06-12.")
P.f("opening day", "agree", "date", "Saturday", "Yesterday", "Both 2026-07-18.")
P.f("capsule found", "agree", "date", "last month", "June", "Both 2026-06.", b_after="Town Hall steps in")
P.f("new capsule to be buried", "agree", "date", "next year", "2027", "Both 2027.")
P.f("who said 'we promised the children of 1976'", "conflict", "quote",
    "We promised the children of 1976 that someone would read their words,", "We promised the children of 1976 that someone would read their words,",
    "Same words: A gives them to Mayor Stratos Kalogirou, B to retired teacher Eleni Vatousiou.")
P.f("original letters", "conflict", "statement",
    "The municipality agreed to hand the original letters to their authors or their families",
    "The municipality refused to return the original letters", "Agreed vs refused.")
P.f("public display", "related", "statement",
    "The items will go on display at the town hall until the end of August.",
    "The objects will be shown to the public at the Municipal Gallery from September",
    "Two moments and places of display; compatible.")
P.f("water damage", "agree", "statement",
    "Water had seeped through a cracked seal and damaged some of the photographs",
    "Damp had got into the tube through the seal and some photographs were badly damaged", "Same.")
P.f("cassette", "agree", "statement",
    "The cassette will be sent to a specialist laboratory in Thessaloniki",
    "The cassette, which could not be played, will be sent to a laboratory for restoration", "Same (A names the city).")
OUT.append(P.out())

# ---------------- pair 7: Eau Claire participatory budget
P = Pair("p7a_usa_participatory_budget_midlandwire.txt", "p7b_usa_participatory_budget_chippewaledger.txt")
P.f("money to share", "agree", "quantity", "$1.5 million", "$1.5 million", "Same.")
P.f("voters", "agree", "quantity", "8,214 residents", "More than 8,000 Eau Claire residents", "8,214 is more than 8,000.")
P.f("projects on the ballot", "conflict", "quantity", "22 projects", "24 projects", "22 vs 24.")
P.f("winning projects", "agree", "quantity", "seven projects", "Seven projects", "Same.")
P.f("splash pad cost", "agree", "quantity", "$410,000", "$410K", "Same, B abbreviated.")
P.f("online vs paper", "related", "quantity", "About 71%", "2,380 paper ballots", "A: online share; B: paper ballots counted. Different measures (consistent: ~29% of 8,214).")
P.f("project cap vs running cost", "related", "quantity", "no more than $500,000", "$95,000", "A: cap on a project's build cost; B: the splash pad's yearly running cost. Different measures.")
P.f("library van margin", "agree", "quantity", "fewer than 100 votes", "86 votes", "86 is fewer than 100.")
P.f("voting opened", "agree", "date", "Aug. 24", "Aug. 24", "Both 2026-08-24.")
P.f("results announced", "agree", "date", "Tuesday", "Tuesday", "Both 2026-09-15.")
P.f("council approval", "conflict", "statement",
    "The City Council approved the results on Tuesday.", "The council has not yet approved the results",
    "Has approved vs has not yet approved (B: vote scheduled Oct. 13).")
P.f("a second round in 2027", "conflict", "statement",
    "Kowalczyk said the city would repeat the process next year with the same budget",
    "Kowalczyk ruled out a second round in 2027", "Will repeat vs ruled out.")
P.f("city manager on what residents want", "agree", "quote",
    "People told us what they want their city to look like, and it turns out they want somewhere to sit down, somewhere to cool off and somewhere safe to ride a bike,",
    "Residents told us what kind of city they want, and the answer was: a place to sit, a place to cool off and a safe place to ride,",
    "Both Kowalczyk; reworded.")
P.f("widening the vote", "related", "statement",
    "would try to bring in more voters from the north side, where turnout was lowest",
    "calling for the budget to be doubled to $3 million and the vote to be held every year",
    "City's turnout aim vs a council member's call for more money; same topic, different proposals.")
P.f("recount request", "agree", "statement",
    "asked for a recount of the paper ballots", "wants a recount", "Same.")
P.f("project rules", "agree", "statement",
    "Every project had to be built on public land", "All projects had to be on public land", "Same.")
OUT.append(P.out())

# ---------------- pair 8: Puebla community radio
P = Pair("p8a_mexico_community_radio_continentalpress.txt", "p8b_mexico_community_radio_diariolamalinche.txt")
P.f("fine", "agree", "quantity", "180,000 pesos", "$180 mil pesos", "Same, B in local style.")
P.f("transmitter power", "agree", "quantity", "1,000 watts", "1 kW", "Same in two units.")
P.f("listeners", "conflict", "quantity", "about 40,000 listeners", "about 60 mil people", "40,000 vs 60,000.")
P.f("years without technical reports", "agree", "quantity", "three years", "three years", "Same.")
P.f("time to ask for a review", "agree", "quantity", "15 working days", "15 días hábiles", "Same.")
P.f("people running the station", "related", "quantity", "35 volunteers", "twelve people", "A: volunteers; B: part-time paid workers. Different groups.")
P.f("licensed community stations in Mexico", "agree", "quantity", "About 150 stations", "about 150 community and indigenous stations", "Same.")
P.f("off the air from", "conflict", "date", "December 31", "15 de diciembre", "2026-12-31 vs 2026-12-15.")
P.f("on air since", "agree", "date", "2009", "2009", "Same.")
P.f("permit request", "agree", "date", "2023", "2023", "Same.")
P.f("march", "agree", "date", "Sunday", "Sunday", "Both 2026-11-15.")
P.f("who said 'they are silencing the only radio'", "conflict", "quote",
    "They are silencing the only radio that speaks our language,", "They are silencing the only radio that speaks our language,",
    "Same words: A gives them to station director Rosa Tepetla, B to community council president Juan Xicale.")
P.f("paying the fine", "conflict", "statement",
    "the station had agreed to pay the fine in instalments", "the station refused to pay the fine", "Agreed vs refused.")
P.f("offers of help", "related", "statement",
    "had offered the station legal advice",
    "offered on Wednesday to carry Radio Tlayolo's programmes on its internet radio platform",
    "Governor's office offers legal advice; university offers to stream. Different offers.")
P.f("review of the revocation", "agree", "statement",
    "would ask the regulator to review the revocation", "would instead ask for the sanction to be reviewed", "Same.")
OUT.append(P.out())

with open(os.path.join(HERE, "gold", "pairs.gold.json"), "w", encoding="utf-8") as f:
    json.dump(OUT, f, ensure_ascii=False, indent=1)
    f.write("\n")
print(len(OUT), "pairs,", sum(len(p["facts"]) for p in OUT), "facts")
