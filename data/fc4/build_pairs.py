import os, sys
import json
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "tools"))
import goldlib  # noqa: E402

goldlib.use(HERE)
Pair = goldlib.Pair
OUT = []

# ---------------- pair 1: Copenhagen painting restitution dispute
P = Pair("p1a_copenhagen_painting_nws.txt", "p1b_copenhagen_painting_observer.txt")
P.f("price paid for the painting (crowns)", "agree", "quantity", "48.2 million Danish crowns", "more than 48 million kroner",
    "48.2 million is more than 48 million.")
P.f("price paid for the painting (euros)", "agree", "quantity", "about 6.5 million euros", "€6.5m", "Same amount.")
P.f("number of heirs who filed the claim", "conflict", "quantity", "seven heirs", "five heirs", "Seven vs five heirs of Emil Rosenthal.")
P.f("sum Rosenthal received in 1938", "conflict", "quantity", "9,000 Reichsmarks", "4,500 Reichsmarks",
    "Same 1938 transaction: 9,000 vs 4,500 Reichsmarks.")
P.f("visitor numbers", "related", "quantity", "about 85,000 visitors", "430,000 visitors",
    "A: visitors to the painting since it went on display; B: the museum's total visitors last year. Different measures.")
P.f("how the purchase was financed", "related", "quantity", "Around 60%", "19 million kroner",
    "A: private foundations' share (60%); B: the state's contribution in kroner (about 40% of 48.2 million). Different parts, compatible.")
P.f("when the museum bought the painting", "agree", "date", "November 2025", "last November",
    "B's 'last November' from 11 March 2026 is 2025-11.")
P.f("day the museum rejected the claim", "agree", "date", "Tuesday", "yesterday", "Both 2026-03-10.")
P.f("painting on display since", "conflict", "date", "February 3", "January 27", "Same start of display, different days.")
P.f("Washington Principles", "agree", "date", "1998", "1998", "Both 1998.")
P.f("director's defence of the purchase", "agree", "quote",
    "We bought this painting in good faith, after more than a year of provenance research, and we see no legal or moral basis for returning it,",
    "We acquired the work in good faith after more than a year of research, and there is no legal or moral basis to hand it back,",
    "Both quote Henrik Vestergaard; reworded between the outlets.")
P.f("who said 'The painting was not sold, it was surrendered'", "conflict", "quote",
    "The painting was not sold, it was surrendered,", "The painting was not sold, it was surrendered,",
    "Same words: A gives them to great-granddaughter Rachel Rosenthal-Hart, B to lawyer Daniel Aufhauser.")
P.f("minister wants a fair solution", "agree", "quote", "a fair and just solution",
    "This is a matter for the museum and the family, and I hope they can find a fair and just solution,",
    "Both quote Sofie Lindqvist; A quotes only the fragment.")
P.f("referral to the advisory committee on looted art", "conflict", "statement",
    "The museum said it would not submit the case to Denmark's advisory committee on looted art",
    "the museum was willing to let the national advisory committee on looted art review the purchase",
    "Opposite polarity: would not submit vs willing to let the committee review.")
P.f("ministry's role", "related", "statement",
    "The culture ministry said separately that it may ask the committee to examine the claim anyway",
    "declined to say whether her ministry would intervene",
    "A: the ministry may refer the case; B: the minister would not say whether it would intervene. Compatible, not the same claim.")
P.f("museum keeps the painting", "agree", "statement",
    "it would not return a 17th-century Dutch landscape", "the museum refused to give the painting back",
    "Same refusal, both negative.")
OUT.append(P.out())

# ---------------- pair 2: Bergen Line timetable
P = Pair("p2a_bergen_railway_timetable_fna.txt", "p2b_bergen_railway_timetable_herald.txt")
P.f("weekly services withdrawn", "agree", "quantity", "15 weekly services", "15 services",
    "A's revised figure (its initial figure was 12) matches B's 15.")
P.f("average fare rise", "agree", "quantity", "8%", "8 percent", "Same rise.", a_occ=2)
P.f("cost of the renovation", "agree", "quantity", "2.4 billion Norwegian crown", "NOK 2.4bn", "Same amount.")
P.f("journey time saved after the works", "conflict", "quantity", "40 minutes", "25 minutes", "40 vs 25 minutes faster.")
P.f("passenger numbers", "related", "quantity", "about 720,000 passengers", "Around 2,000 passengers",
    "A: per year; B: per day. Different measures (compatible).")
P.f("length of the line", "agree", "quantity", "496-kilometre", "almost 500 km", "496 km is almost 500 km.")
P.f("tunnels", "related", "quantity", "10-kilometre", "182 tunnels", "Length of one tunnel (Finse) vs number of tunnels on the line.")
P.f("flight time Oslo-Bergen", "agree", "quantity", "about 50 minutes", "under an hour", "About 50 minutes is under an hour.")
P.f("start of the new timetable", "agree", "date", "December 13", "13 December", "Both 2026-12-13.")
P.f("day of the announcement", "agree", "date", "Tuesday", "yesterday", "Both 2026-06-16.")
P.f("end of the works", "conflict", "date", "2028", "2029", "Same project, completion 2028 vs 2029.")
P.f("CEO on why the work is needed", "agree", "quote",
    "We know this is painful for passengers, but without this work the line will not be safe to run at today's speeds in ten years' time,",
    "Without this work, we would not be able to run the line safely at the speeds we have today within a decade,",
    "Both quote Anders Brekke; reworded.")
P.f("who said 'Bergen is being pushed further away from the capital'", "conflict", "quote",
    "Bergen is being pushed further away from the capital,", "Bergen is being pushed further away from the capital,",
    "Same words: A gives them to mayor Kari Solheim, B to passengers' association chair Tor Eide.")
P.f("night train during the works", "conflict", "statement",
    "the night train between the two cities would not be affected",
    "the night train between Oslo and Bergen will be suspended on Fridays and Saturdays during the tunnel works",
    "Opposite polarity: not affected vs suspended on two nights a week.")
P.f("ministry's response", "related", "statement",
    "may order the company to keep additional departures",
    "had not been consulted on the cuts before they were announced and would study the plan over the summer",
    "A: the ministry may order more departures; B: it was not consulted and will study the plan. Compatible.")
P.f("replacement buses", "agree", "statement",
    "replacement buses would run on the sections closed at weekends", "it will offer replacement buses when sections are closed",
    "Same measure.")
OUT.append(P.out())

# ---------------- pair 3: Santiago admissions fraud
P = Pair("p3a_santiago_admissions_aps.txt", "p3b_santiago_admissions_chronicle.txt")
P.f("students admitted with falsified scores", "agree", "quantity", "214 students", "More than 200 students",
    "214 is more than 200 (A's earlier figure was 180).", a_occ=2)
P.f("share of the first-year class", "agree", "quantity", "about 7%", "7 percent", "Same share.")
P.f("fraudulent admissions to medicine", "conflict", "quantity", "Sixty-one students", "Fifty-eight students", "61 vs 58.")
P.f("people arrested", "conflict", "quantity", "four people", "Five people", "Four arrested vs five detained.")
P.f("admissions officials among those held", "agree", "quantity", "two admissions officials", "two officials", "Both two.")
P.f("money paid", "related", "quantity", "up to 12 million pesos", "about 1.9 billion pesos",
    "A: maximum price per place; B: total payments uncovered. Per unit vs total.")
P.f("size of the university", "agree", "quantity", "about 28,000 students", "about 28,000 students", "Same.")
P.f("when the exam was held", "agree", "date", "December 2025", "last December", "Both 2025-12.")
P.f("investigation became public", "agree", "date", "Monday", "Monday", "Both 2026-04-06.", b_occ=2)
P.f("court hearing for the suspects", "conflict", "date", "April 20", "27 April", "Same hearing, different days.")
P.f("day of the prosecutors' statement", "agree", "date", "Wednesday", "yesterday", "Both 2026-04-08.")
P.f("prosecutor describes the network", "agree", "quote",
    "This was an organised network that sold places at a public university to the highest bidder,",
    "organised network that sold places at a public university to whoever paid the most",
    "Both quote Lucía Barrientos; reworded ending.")
P.f("who said 'There are young people who studied for years...'", "conflict", "quote",
    "There are young people who studied for years and lost their place to someone who paid,",
    "There are young people who studied for years and lost their place to someone who paid,",
    "Same words: A gives them to student leader Matías Rojas, B to Education Minister Paula Sepúlveda.")
P.f("rector's position", "conflict", "statement", "Rector Javier Montes said he would not resign",
    "Rector Javier Montes offered his resignation", "Opposite polarity: will not resign vs offered his resignation.")
P.f("fate of the students", "related", "statement",
    "Students admitted with false scores may be expelled once the investigation is complete",
    "the students concerned would be allowed to finish the semester while the investigation continues",
    "May be expelled after the investigation vs may stay during it: compatible.")
P.f("review of admissions at state universities", "agree", "statement",
    "ordered an audit of admissions at all 18 state universities",
    "announced a review of admissions at all state universities", "Same measure by the minister.")
OUT.append(P.out())

# ---------------- pair 4: Morocco drought harvest
P = Pair("p4a_morocco_drought_harvest_mw.txt", "p4b_morocco_drought_harvest_courier.txt")
P.f("expected cereal harvest", "agree", "quantity", "2.9 million tonnes", "29 million quintals",
    "29 million quintals = 2.9 million tonnes (1 quintal = 100 kg).", b_occ=2)
P.f("fall from last year's harvest", "conflict", "quantity", "38%", "41 percent", "38% vs 41% lower.")
P.f("rainfall deficit", "agree", "quantity", "45%", "45 percent", "Same.")
P.f("emergency aid", "agree", "quantity", "4 billion dirhams", "4 billion dirhams", "Same.")
P.f("reservoir fill rate now", "conflict", "quantity", "27.4%", "31 percent", "27.4% vs 31% full.")
P.f("reservoir fill rate a year earlier", "conflict", "quantity", "31.2%", "33 percent", "31.2% vs 33% a year before.")
P.f("farming at stake", "related", "quantity", "around 1.2 million farmers", "about 2.5 million hectares",
    "Farmers vs hectares sown: different measures.")
P.f("economic growth", "related", "quantity", "3.1%", "3.2 percent",
    "A: central bank forecast for 2026; B: growth last year. Different years, not a conflict.")
P.f("day the minister spoke", "agree", "date", "Monday", "18 May", "Both 2026-05-18.")
P.f("first aid payments", "conflict", "date", "June", "July", "June vs July.")
P.f("minister on the structural drought", "agree", "quote",
    "We are facing a structural drought, not a bad year,", "facing a drought that is structural, not a single bad year",
    "Both quote Karim Benjelloun; reworded.")
P.f("who said 'The help comes after the harvest has failed'", "conflict", "quote",
    "The help comes after the harvest has failed,", "The help comes after the harvest has failed,",
    "Same words: A gives them to union leader Hassan Ait Ouali, B to farmer Abdelkader Lahlou.")
P.f("price of subsidised flour", "conflict", "statement",
    "the government would not raise the price of subsidised flour",
    "the price of subsidised flour would rise by 10 centimes per kilo from September",
    "Opposite polarity: no rise vs a rise.")
P.f("wheat imports", "related", "statement",
    "Morocco will need to import about 7 million tonnes of wheat",
    "The national grain office expects to buy most of its wheat from France, Russia and Argentina",
    "How much vs where from: compatible.")
P.f("import subsidy continues", "agree", "statement",
    "The government extended an import subsidy of 150 dirhams per tonne",
    "The government will continue to pay importers a subsidy", "Same policy.")
OUT.append(P.out())

# ---------------- pair 5: Belgian pension reform vote
P = Pair("p5a_belgium_pension_vote_bpx.txt", "p5b_belgium_pension_vote_ledger.txt")
P.f("votes in favour", "agree", "quantity", "81 votes", "81", "Both 81.", b_after="final vote was")
P.f("votes against", "conflict", "quantity", "62", "60", "62 vs 60.", a_after="81 votes to ", b_after="81 to ")
P.f("annual savings", "agree", "quantity", "€1.2 billion", "1.2 billion euros", "Same.")
P.f("career length exempt from the penalty", "agree", "quantity", "at least 35 years", "35 years", "Same threshold.")
P.f("size of the penalty", "related", "quantity", "2%", "up to 6%",
    "A: per year of early retirement; B: the maximum total. Per unit vs cap, compatible.")
P.f("protesters", "agree", "quantity", "about 15,000 people", "Some 15,000 protesters",
    "A's revised police figure (initially 12,000) matches B's.")
P.f("pension spending share of GDP", "agree", "quantity", "about 12.5%", "12.5%", "Same.")
P.f("entry into force", "agree", "date", "January 1, 2027", "1 January 2027", "Both 2027-01-01.")
P.f("day of the vote", "agree", "date", "Thursday", "25 June", "Both 2026-06-25.")
P.f("national strike date", "conflict", "date", "October 6", "13 October", "6 vs 13 October.")
P.f("minister on the children's burden", "agree", "quote",
    "If we do nothing, our children will pay for pensions they will never receive themselves,",
    "If we do nothing, our children will pay for pensions that they themselves will never get,",
    "Both quote Marc Delvaux; reworded.")
P.f("union leader on the reform", "agree", "quote", "This reform punishes those who started work young,",
    "This is a reform that punishes those who started working young,", "Both quote Annelies Coppens; reworded.")
P.f("employers' verdict", "agree", "quote", "a first step, not the end of the road", "a first step",
    "Both quote Pieter Claes; B a shorter fragment.")
P.f("exemption for heavy jobs", "conflict", "statement",
    "would be exempt from the penalty", "heavy jobs will not be exempt from the penalty",
    "Opposite polarity: A (the minister) says demanding jobs are exempt; B (the opposition) says they are not.")
P.f("unions' next steps", "related", "statement",
    "The three main unions said they would hold a national strike",
    "The unions said they may also challenge the law at the Constitutional Court",
    "Strike vs court challenge: different, compatible actions.")
P.f("penalty for early retirement", "agree", "statement",
    "will cut the pensions of people who retire early", "Its central element is a penalty for early retirement",
    "Same core of the reform.")
OUT.append(P.out())

# ---------------- pair 6: Bali ash flight ban
P = Pair("p6a_bali_ash_flights_apn.txt", "p6b_bali_ash_flights_tribune.txt")
P.f("flights cancelled", "conflict", "quantity", "236 flights", "More than 300 flights",
    "236 (by midday) vs more than 300: incompatible as stated.", a_occ=2)
P.f("passengers stranded", "agree", "quantity", "about 38,000 passengers", "some 38,000 travellers", "Same.")
P.f("height of the ash column", "agree", "quantity", "4,000 metres", "about 4 km", "4,000 m = 4 km.")
P.f("exclusion zone", "agree", "quantity", "6 kilometres", "6km", "Same.")
P.f("people evacuated", "related", "quantity", "about 4,500 people", "About 11,000 people",
    "A's 4,500 is the initial evacuation (A itself updates it to 11,000); B gives the later total.")
P.f("economic losses", "related", "quantity", "about $20 million", "300 billion rupiah",
    "A: loss per day; B: total so far. Per unit vs total.")
P.f("2017 airport closure", "agree", "quantity", "three days", "three days", "Same.")
P.f("height of the volcano", "agree", "quantity", "3,031 metres", "3,031 metres", "Same.")
P.f("start of the eruption", "agree", "date", "Monday", "10 August", "Both 2026-08-10.")
P.f("airport closed until", "conflict", "date", "Wednesday", "Thursday", "Until Wednesday 6 a.m. vs until Thursday at the earliest.")
P.f("previous major eruption", "agree", "date", "2017", "2017", "Same.")
P.f("airport spokesman on the risk", "agree", "quote",
    "The ash is moving south-west, directly towards the airport, and we cannot put aircraft and passengers at risk,",
    "We cannot put aircraft and passengers at risk while the ash is moving south-west, straight towards the airport,",
    "Both quote Made Suardana; reordered and reworded.")
P.f("governor on safety", "agree", "quote",
    "We will not take risks with people's lives, but we want the airport open as soon as it is safe,",
    "We will not take risks with people's lives,", "Both quote I Wayan Artana; B quotes the first half.")
P.f("Lombok airport", "conflict", "statement", "The airport in neighbouring Lombok would remain open",
    "Lombok airport was also closed on Tuesday afternoon", "Opposite polarity: open vs closed.")
P.f("airlines' plans", "related", "statement",
    "Airlines may resume flights as early as Wednesday if the wind changes direction",
    "Several airlines, including the national carrier, said they would waive fees for passengers who rebooked their flights",
    "Possible resumption vs fee waivers: compatible.")
P.f("where evacuees stay", "agree", "statement",
    "housed in schools and sports halls in Karangasem regency",
    "Many are sleeping in sports halls in Amlapura, the main town of Karangasem regency", "Compatible; B names the town.")
OUT.append(P.out())

# ---------------- pair 7: Budapest festival cancellation
P = Pair("p7a_budapest_festival_dpa.txt", "p7b_budapest_festival_times.txt")
P.f("tickets sold", "agree", "quantity", "nearly 95,000 tickets", "nearly 95,000 tickets", "Same.")
P.f("organiser's debts", "agree", "quantity", "5.8 million euros", "€5.8 million", "Same.")
P.f("acts on the bill", "conflict", "quantity", "48 acts", "60 acts", "48 vs 60 acts.")
P.f("ticket money", "related", "quantity", "189 euros", "about €14 million",
    "A: average price per ticket; B: total value of tickets sold. Per unit vs total.")
P.f("festival staff", "related", "quantity", "About 1,200 seasonal workers", "300 volunteers",
    "Seasonal workers vs volunteers: different groups.")
P.f("last year's visits", "agree", "quantity", "about 210,000 visits", "210,000 visits", "Same.")
P.f("planned opening", "agree", "date", "July 29", "29 July", "Both 2026-07-29.")
P.f("day of the announcement", "agree", "date", "Wednesday", "yesterday", "Both 2026-07-08.")
P.f("refund deadline", "conflict", "date", "September 30", "August", "By 30 September vs by the end of August.")
P.f("CEO on the decision", "agree", "quote",
    "This is the hardest decision I have taken in 20 years in this business,",
    "the hardest decision of my 20 years in the business", "Both quote Gábor Fehérvári; reworded.")
P.f("who said 'It is a blow for the city's image...'", "conflict", "quote",
    "It is a blow for the city's image, but Budapest will still have a summer full of music,",
    "It is a blow for the city's image, but Budapest will still have a summer full of music,",
    "Same words: A gives them to Deputy Mayor Anna Szőke, B to union representative Eszter Lakatos.")
P.f("refunds", "conflict", "statement", "all ticket holders would get full refunds",
    "Ticket holders will not get their money back in full", "Opposite polarity: full refunds vs capped at 70 percent.")
P.f("the city's role", "related", "statement",
    "The city of Budapest said it may organise a free concert on the island",
    "The city council refused to give the organiser an emergency loan",
    "A free concert plan vs a refused loan: different, compatible acts of the city.")
P.f("loss of the sponsor", "agree", "statement", "Voltra, ended its contract in June", "blamed the loss of its main sponsor",
    "Same cause.")
P.f("bankruptcy protection", "agree", "statement", "The firm applied for bankruptcy protection",
    "has filed for bankruptcy protection", "Same fact.")
OUT.append(P.out())

# ---------------- pair 8: satellite collision
P = Pair("p8a_satellite_collision_tpw.txt", "p8b_satellite_collision_star.txt")
P.f("tracked fragments", "agree", "quantity", "more than 300 tracked fragments", "around 300 fragments",
    "More than 300 vs around 300: compatible (A's earlier figure was 120).")
P.f("altitude of the collision", "agree", "quantity", "about 550 kilometres", "about 340 miles", "340 miles is about 547 km.")
P.f("closing speed", "agree", "quantity", "about 11 kilometres per second", "roughly 40,000 km/h",
    "11 km/s = 39,600 km/h.")
P.f("mass of Hoshimi-7", "conflict", "quantity", "420-kilogram", "650-kilogram", "420 vs 650 kg.")
P.f("cost of the satellite", "agree", "quantity", "$61 million", "$61 million", "Same.")
P.f("warning before the crash", "agree", "quantity", "about 36 hours", "36 hours", "Same.")
P.f("Hoshimi's fleet", "related", "quantity", "12 satellites", "11 working satellites",
    "A: satellites operated (apparently before the loss); B: working satellites left after it. Different times.")
P.f("share price fall", "agree", "quantity", "14%", "14 percent", "Same.")
P.f("day of the collision", "agree", "date", "Sunday", "4 October", "Both 2026-10-04.")
P.f("launch year of Hoshimi-7", "conflict", "date", "2023", "2024", "2023 vs 2024.")
P.f("CEO's reaction", "agree", "quote",
    "This is the worst day in our company's history, but we will learn from it and share everything we know,",
    "This is the worst day in our history, but we will learn from it,", "Both quote Keiko Tanabe; reworded and shortened.")
P.f("researcher on debris", "agree", "quote",
    "Every collision creates debris that will threaten other satellites for years,",
    "Every collision creates debris that will threaten other satellites for years,", "Both quote Hiroshi Mori.")
P.f("avoidance manoeuvre", "conflict", "statement",
    "Tanabe denied that her company's satellite had failed to carry out an avoidance manoeuvre",
    "acknowledged yesterday that its Hoshimi-7 satellite did not perform an avoidance manoeuvre",
    "Opposite polarity: denied failing to manoeuvre vs acknowledged not manoeuvring.")
P.f("the US satellite could not move", "agree", "statement",
    "its satellite had lost contact with ground control two days before the collision and could not be moved",
    "It had stopped responding to commands two days before the crash", "Same fact.")
P.f("consequences for other spacecraft", "related", "statement",
    "the debris posed no immediate danger to the International Space Station",
    "operators of other satellites at similar altitudes may have to move them more often",
    "ISS not in danger vs other satellites may need to move: compatible.")
OUT.append(P.out())

with open(os.path.join(HERE, "gold", "pairs.gold.json"), "w", encoding="utf-8") as f:
    json.dump(OUT, f, ensure_ascii=False, indent=1)
    f.write("\n")
print(len(OUT), "pairs,", sum(len(p["facts"]) for p in OUT), "facts")
