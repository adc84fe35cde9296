"""pairs.gold.json for the 8 pairs of fc1: every fact stated by both articles of a pair."""
import json
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tools"))
import goldlib  # noqa: E402

goldlib.use(os.path.dirname(os.path.abspath(__file__)))
Pair = goldlib.Pair
OUT = []

# ---------------- 1 Porto transit strike
P = Pair("01a_porto_strike_wire.txt", "01b_porto_strike_paper.txt")
P.f("start of the strike", "agree", "date", "Tuesday", "Tuesday",
    "Both: the strike began on Tuesday, resolved against 10 March 2026 (a Tuesday) to 2026-03-10.")
P.f("length of the strike", "agree", "quantity", "48-hour", "two days",
    "A: a 48-hour strike; B: walked out for two days. 48 hours = two days.")
P.f("metro network shut", "agree", "statement", "shutting all six metro lines", "Every metro station was shuttered",
    "Both: the whole metro was closed.")
P.f("share of bus services cancelled (Metro Norte figures)", "conflict", "quantity", "more than 70%", "about 60%",
    "Same measure, same source (the operator): A more than 70% cancelled, B about 60%. Incompatible.")
P.f("size of the union", "conflict", "quantity", "roughly 2,400 members", "some 2,100 drivers",
    "A: roughly 2,400 members; B: the union says it represents some 2,100 drivers and maintenance staff. Both approximate but 300 apart: incompatible.")
P.f("union's pay demand", "agree", "quantity", "9%", "9%", "Both: a 9% pay rise.")
P.f("operator's pay offer", "related", "quantity", "4.5%", "3%",
    "A gives the whole offer (4.5% over two years), B only this year's part (3%, with a further productivity-linked rise). Different measures, not a conflict.")
P.f("'Porto rents on Porto wages' quote", "conflict", "quote",
    "We have been patient for 14 months. Our members cannot pay Porto rents on Porto wages,",
    "Our members cannot pay Porto rents on Porto wages,",
    "Same words attributed to different people: A to union secretary general Rui Carvalhal, B to union spokeswoman Ana Lobo.")
P.f("how long the dispute has lasted", "agree", "quantity", "14 months", "more than a year",
    "A (Carvalhal, in a quote): patient for 14 months; B (Carvalhal, reported): more than a year. 14 months is more than a year.")
P.f("operator's position on negotiating during the strike", "conflict", "statement",
    "will not negotiate under the pressure of a strike",
    "said the company had agreed to return to talks on Thursday",
    "Opposite polarity: A quotes Helena Sarmento refusing to negotiate under strike pressure; B reports her saying the company agreed to talks on Thursday.")
P.f("operator's position on improving the pay offer", "conflict", "statement",
    "Metro Norte ruled out any increase above its current offer",
    "We are open to improving our offer",
    "A: ruled out any increase; B quotes Sarmento as open to improving the offer. Opposite polarity (quote on one side only, so a statement).")
P.f("extra buses laid on by the city", "agree", "quantity", "40 extra shuttle buses", "more than 35 extra buses",
    "40 satisfies 'more than 35'. Both from the transport commissioner Joana Brito.")
P.f("transport commissioner on commuters", "agree", "quote",
    "No one should be forced to choose between their job and their commute,",
    "No one should be forced to choose between their job and their commute,",
    "Same words, same speaker (Joana Brito); B introduces her by role first and names her in the same sentence.")
P.f("length of the next threatened strike", "agree", "quantity", "72-hour", "three-day",
    "72 hours = three days.")
P.f("date of the next threatened strike", "agree", "date", "March 24", "this month",
    "A: from March 24 (2026-03-24); B: later this month (2026-03). Compatible at month grain.")
P.f("passenger numbers", "related", "quantity", "about 230,000 passengers", "around 410,000 passenger journeys",
    "A: metro passengers on a weekday; B: journeys across metro and buses a day. Different measures.")
P.f("third strike this year", "agree", "statement",
    "It is the third transport strike in Porto since January.",
    "the third stoppage to hit the city's public transport this year",
    "Same count of strikes in 2026, paraphrased.")
OUT.append(P.out())

# ---------------- 2 Kiel Canal blockage
P = Pair("02a_kiel_canal_wire.txt", "02b_kiel_canal_paper.txt")
P.f("date of the grounding", "agree", "date", "Tuesday", "Tuesday",
    "Both: Tuesday, resolved against 17 June 2026 (a Wednesday) to 2026-06-16.")
P.f("ships waiting to pass (agency figure)", "conflict", "quantity", "more than 60 vessels", "Forty-seven ships",
    "Same source (the Federal Waterways and Shipping Agency): A more than 60, B 47. 47 is below A's lower bound.")
P.f("busiest artificial waterway", "agree", "statement", "the world's busiest artificial waterway",
    "the busiest artificial waterway in the world", "Same claim, paraphrased.")
P.f("ship's destination", "agree", "statement", "from Rostock to Rotterdam", "meant to reach Rotterdam",
    "Both: bound for Rotterdam.")
P.f("cargo on board", "agree", "quantity", "28,000 tonnes", "nearly 28,000 tonnes", "Same figure, B approximates.")
P.f("length of the ship", "agree", "quantity", "190-metre", "190m", "Both 190 metres.")
P.f("crew", "agree", "quantity", "21 crew members", "21 crew members", "Both 21; A: none injured, B: unhurt.")
P.f("cause of the grounding (ship manager)", "conflict", "statement",
    "denied that a mechanical fault had caused the grounding",
    "confirmed that an engine failure had preceded the grounding",
    "Opposite polarity: A says Kessler Shipmanagement denied a mechanical fault; B says it confirmed an engine failure.")
P.f("pilot on board", "conflict", "statement",
    "The agency said a pilot had been on board at the time.",
    "The waterways agency has not said whether a pilot was aboard.",
    "A reports the agency saying a pilot was aboard; B says the agency has not said. Incompatible accounts of the agency's statement.")
P.f("spokesman on reopening within 72 hours", "agree", "quote",
    "We expect the canal to reopen within 72 hours, but I will not promise a time,",
    "We expect the canal to reopen within 72 hours,",
    "Same speaker (Lars Oetjen), B truncates the sentence.")
P.f("date of the next salvage attempt", "agree", "date", "Thursday", "Thursday",
    "Both: Thursday, 2026-06-18.")
P.f("annual traffic through the canal", "related", "quantity", "about 27,000 ships", "29,500 transits",
    "A: last year (2025); B: 2024. Different years, not a conflict.")
P.f("length of the detour around Denmark", "agree", "quantity", "460-kilometre", "about 250 nautical miles",
    "460 km is about 248 nautical miles: compatible, different units.")
P.f("cost of the closure to the region", "related", "quantity", "up to €4 million", "€2.5 million",
    "A: the port director's ceiling for a closure beyond Friday; B: the chamber of commerce's estimate. Different sources and measures; 2.5 is also within 'up to 4'.")
P.f("port director on losing ships to Skagen", "agree", "quote",
    "Every day this canal is shut, Kiel loses ships to Skagen,",
    "Every day this canal is shut, Kiel loses ships to Skagen,",
    "Same words, same speaker (Anke Vossberg); B attributes it to 'the port's director' and names her in the next sentence.")
OUT.append(P.out())

# ---------------- 3 Halbrook University funding
P = Pair("03a_halbrook_funding_wire.txt", "03b_halbrook_funding_paper.txt")
P.f("size of the grant cut", "agree", "quantity", "C$38 million", "C$38 million", "Both C$38 million.", a_occ=2)
P.f("size of the grant cut in percent", "agree", "quantity", "about 12%", "roughly 12 per cent", "Both about 12%.")
P.f("date of the announcement", "agree", "date", "Tuesday", "Tuesday",
    "Both: Tuesday, resolved against 23 September 2026 (a Wednesday) to 2026-09-22.")
P.f("when the cut takes effect", "agree", "date", "next year", "April 2027",
    "A: next year (2027); B: starting in April 2027. Compatible.")
P.f("jobs at risk", "conflict", "quantity", "up to 300 positions", "as many as 450 jobs",
    "Same measure (the university's estimate of jobs lost): A at most 300, B as many as 450. Incompatible ceilings.")
P.f("minister on blank cheques", "agree", "quote",
    "We are not going to write blank cheques to an institution that will not control its spending,",
    "We are not going to write blank cheques to an institution that will not control its spending,",
    "Same words, same speaker (Colin MacAskill).")
P.f("university sent a recovery plan", "agree", "statement",
    "a 40-page plan had been sent to the department in June",
    "Halbrook had sent the department a 40-page recovery plan in June",
    "Both: Osei says a 40-page plan was sent in June; A has her 'categorically reject' the claim, B has her call it untrue.")
P.f("date the recovery plan was sent", "agree", "date", "June", "June", "Both June 2026.")
P.f("tuition for domestic students next year", "conflict", "statement",
    "the board had ruled out raising tuition for domestic students next year",
    "the board confirmed on Tuesday that tuition for Nova Scotia students would rise by 3% next year",
    "Opposite polarity: A ruled out a rise; B confirmed a 3% rise.")
P.f("number of students", "related", "quantity", "about 19,000 students", "18,700 students",
    "A: current enrolment (about 19,000); B: last year's enrolment (18,700). Different years.")
P.f("date of the student protest", "agree", "date", "Tuesday", "Tuesday",
    "A: protested on Tuesday afternoon; B: marched on Tuesday. Both 2026-09-22.", a_occ=2, b_occ=4)
P.f("size of the student protest", "agree", "quantity", "More than 2,000 students", "About 2,500 students",
    "2,500 satisfies 'more than 2,000'.")
P.f("date of the faculty strike vote", "agree", "date", "next month", "October 14",
    "A: next month (2026-10); B: October 14 (2026-10-14). Compatible.")
P.f("years of trouble cited by the minister", "related", "quantity", "four years", "three years",
    "A: deficits in each of the last four years; B: three years of warnings from the department. Different measures.")
OUT.append(P.out())

# ---------------- 4 Nordlys launch
P = Pair("04a_nordlys_launch_wire.txt", "04b_nordlys_launch_paper.txt")
P.f("date of the launch", "agree", "date", "Thursday", "Thursday", "Both 2026-05-14 (publication day, a Thursday).")
P.f("height of the rocket", "agree", "quantity", "28-metre", "28-metre", "Both 28 metres.")
P.f("satellites deployed", "conflict", "quantity", "six small satellites", "Five satellites",
    "A: released all six satellites; B: five deployed, the sixth failed to separate. Incompatible.")
P.f("orbit altitude", "agree", "quantity", "520-kilometre", "around 520 km", "Both 520 km.")
P.f("chief executive on Europe's front door", "agree", "quote",
    "Today Europe has its own front door to space,", "Today Europe has its own front door to space,",
    "Same words, same speaker (Sigrid Haugland).")
P.f("money raised by Nordlys", "agree", "quantity", "about 1.9 billion Norwegian crowns", "more than 1.8 billion kroner",
    "About 1.9 billion is compatible with more than 1.8 billion.")
P.f("further launches planned this year", "conflict", "quantity", "four more launches", "three more missions",
    "A: four more before the end of the year; B: three more in 2026. Incompatible.")
P.f("government support", "conflict", "statement",
    "the government would not provide further direct subsidies",
    "the government had agreed to provide a further 300 million kroner in direct support",
    "Opposite polarity: A has minister Eirik Lunde ruling out further direct subsidies, B has him announcing 300 million kroner in direct support.")
P.f("Hanseatic Launch's postponed debut", "agree", "date", "September", "September", "Both: postponed to September 2026.")
P.f("first orbital launch from continental Europe", "agree", "statement",
    "the first company to put satellites into orbit from continental Europe",
    "the first orbital launch from continental European soil", "Same claim, paraphrased.")
P.f("founding of Nordlys", "agree", "statement", "since it was founded in 2019", "founded the company seven years ago",
    "2026 minus seven years = 2019; B states it only as a relative date (left open in the per-article gold).")
P.f("earlier delays", "related", "statement", "after two postponements this month", "a scrubbed attempt on Monday",
    "A counts two postponements in May; B mentions one scrub on Monday caused by wind. Different detail of the same delays, not a conflict.")
OUT.append(P.out())

# ---------------- 5 Greenvale recall
P = Pair("05a_greenvale_recall_wire.txt", "05b_greenvale_recall_paper.txt")
P.f("date of the recall announcement", "agree", "date", "Thursday", "Thursday", "Both 2026-02-05.")
P.f("tubs recalled", "agree", "quantity", "about 410,000 tubs", "around 400,000 tubs", "Both approximate; compatible after rounding.")
P.f("products covered by the recall", "conflict", "quantity", "14 product lines", "12 products",
    "Same recall, same ranges: A 14 product lines, B 12 products. Incompatible exact counts.")
P.f("ranges recalled", "agree", "statement", "Greenvale's Pure and Kids ranges", "the Pure and Kids ranges",
    "Same ranges (the product counts differ, see the next fact).")
P.f("last best-before date", "agree", "date", "March 3", "March 3", "Both 2026-03-03.")
P.f("complaints received by the regulator", "agree", "quantity", "23 complaints", "23 complaints", "Both 23.")
P.f("people reporting mouth injuries", "conflict", "quantity", "four people", "Three people", "A four, B three.")
P.f("'Customers should not eat these products' quote", "conflict", "quote",
    "Customers should not eat these products and should return them to the place of purchase for a full refund,",
    "Customers should not eat these products and should return them to the place of purchase for a full refund,",
    "Same words attributed to different people: A to regulator chief Megan Tully, B to Greenvale's Paul Ferrante.")
P.f("deliberate contamination", "conflict", "statement",
    "ruled out any deliberate contamination",
    "could not yet exclude deliberate tampering",
    "Opposite polarity: A has the company ruling out deliberate contamination; B has it unable to exclude tampering.")
P.f("day the plant was shut", "conflict", "date", "Monday", "Sunday",
    "A: shut down on Monday (2026-02-02); B: halted since Sunday (2026-02-01).")
P.f("size of Greenvale's yoghurt business", "related", "quantity", "roughly 8%", "A$74 million",
    "A: market share; B: last year's sales value. Different measures.")
P.f("supermarkets remove the products", "agree", "statement",
    "Coastline said it had removed the products from its 640 stores",
    "Coastline and two other supermarket chains pulled the products from their shelves",
    "Both report Coastline pulling the products; B adds two other chains.")
P.f("cost of the recall", "related", "statement",
    "The recall is expected to cost Greenvale about A$6 million",
    "the cost of the recall would be covered by insurance",
    "A gives an analysts' estimate of the cost; B says who pays. Same topic, different facts.")
OUT.append(P.out())

# ---------------- 6 Telvia breach
P = Pair("06a_telvia_breach_wire.txt", "06b_telvia_breach_paper.txt")
P.f("date of Telvia's disclosure", "agree", "date", "Thursday", "Thursday", "Both 2026-10-08.")
P.f("customers whose data was stolen", "conflict", "quantity", "4.2 million customers", "Nearly 5 million customers",
    "A 4.2 million; B nearly 5 million. 4.2 million is not 'nearly 5 million': incompatible.", a_occ=2)
P.f("date the breach was detected", "agree", "date", "September 27", "27 September", "Both 2026-09-27.")
P.f("payment card data", "conflict", "statement",
    "It denied that any bank account or payment card details had been taken.",
    "Telvia also confirmed that the last four digits of payment cards belonging to around 300,000 customers had been exposed",
    "Opposite polarity: A has Telvia denying any card details were taken; B has it confirming partial card numbers were exposed.")
P.f("kind of data stolen", "agree", "statement", "the names, addresses and phone numbers",
    "names, home addresses, phone numbers and dates of birth",
    "Compatible: B lists the same fields plus dates of birth.")
P.f("ransom demanded", "agree", "quantity", "$5 million", "5 million dollars", "Same amount.")
P.f("Telvia will not pay the ransom", "agree", "statement", "Telvia said it would not pay.", "Telvia has refused to pay.",
    "Same polarity, paraphrased.")
P.f("chief executive's apology", "agree", "quote",
    "We deeply regret this incident and we are contacting every affected customer individually,",
    "We deeply regret this incident,",
    "Same speaker (Javier Olmedo); B splits the sentence into two quotes.")
P.f("maximum fine under EU rules", "agree", "quantity", "up to 4%", "up to 4%", "Both up to 4% of global turnover.")
P.f("Telvia's revenue", "agree", "quantity", "3.1 billion euros", "3.1 billion euros",
    "Both 3.1 billion euros, for last year / 2025.")
P.f("regulator's investigation", "agree", "statement",
    "Spain's data protection regulator said it had opened an investigation",
    "faces an investigation by Spain's data protection agency",
    "Same fact, paraphrased.")
P.f("size of Telvia's customer base", "related", "quantity", "about 9 million customers", "11 million mobile and broadband lines",
    "A counts customers in Spain; B counts lines. Different measures.")
OUT.append(P.out())

# ---------------- 7 Hallstrom repatriation
P = Pair("07a_hallstrom_repatriation_wire.txt", "07b_hallstrom_repatriation_paper.txt")
P.f("objects to be returned", "agree", "quantity", "112 pre-Columbian objects", "more than 100 objects",
    "112 satisfies 'more than 100'.")
P.f("start of the excavations", "conflict", "date", "1908", "1906",
    "A: between 1908 and 1911; B: between 1906 and 1911. Same period, different start year.")
P.f("end of the excavations", "agree", "date", "1911", "1911", "Both end in 1911.")
P.f("year of the donation", "agree", "date", "1934", "1934", "Both 1934.")
P.f("director on an obligation", "agree", "quote",
    "These objects were removed without the consent of the people to whom they belonged. Returning them is not a favour; it is an obligation,",
    "Returning them is not a favour; it is an obligation,",
    "Same speaker (Karin Lindqvist); B quotes only the second sentence.")
P.f("who pays for transport", "conflict", "statement",
    "The board refused to pay for the transport of the collection",
    "The museum agreed to cover the cost of shipping",
    "Opposite polarity.")
P.f("date of the handover ceremony", "agree", "date", "September 15", "mid-September",
    "2026-09-15 is in mid-September (2026-09).")
P.f("Peru's culture minister welcomes the return", "agree", "statement",
    "welcomed the decision", "an act of justice that other museums must follow",
    "A reports Rosa Huaman welcoming the decision; B quotes her. Quote on one side only, so a statement.")
P.f("objects kept back", "agree", "quantity", "About 40 further objects", "43 objects", "43 is about 40.")
P.f("value of the collection", "related", "quantity", "45 million Swedish crowns", "52 million kronor",
    "A: current insurance value; B: a 2021 valuation. Different measures and dates.")
P.f("day of the board's decision", "related", "date", "Thursday", "Wednesday",
    "A: the board announced the decision on Thursday (2026-07-02); B: the board voted on Wednesday (2026-07-01). Different events (vote vs announcement).")
P.f("length of the claim", "agree", "statement", "a claim that Lima first lodged in 2019", "After seven years of talks",
    "2019 to 2026 = seven years.")
P.f("Swedish government approval", "related", "statement",
    "is expected to sign off in August",
    "which has so far not commented",
    "Both say the government must approve; A gives an expected date, B says it has not commented. Not contradictory.")
OUT.append(P.out())

# ---------------- 8 Larnaca water rationing
P = Pair("08a_larnaca_water_wire.txt", "08b_larnaca_water_paper.txt")
P.f("hours without water each day", "agree", "quantity", "12 hours", "12 hours", "Both 12 hours a day.")
P.f("start of rationing", "agree", "date", "Monday", "24 August",
    "A: from Monday, resolved against 19 August 2026 (a Wednesday) to 2026-08-24; B: from 24 August.")
P.f("date of the announcement", "agree", "date", "Wednesday", "Wednesday", "Both 2026-08-19.")
P.f("reservoir level", "agree", "quantity", "9%", "8.7%", "A rounds 8.7% to 9%.", a_occ=2)
P.f("people affected", "agree", "quantity", "about 145,000 residents", "some 150,000 people",
    "Both approximate; compatible after rounding.")
P.f("duration of the order", "related", "quantity", "at least six weeks", "four weeks",
    "A: minimum duration; B: the order will be reviewed after four weeks. Different measures.")
P.f("minister on every litre", "agree", "quote",
    "We have no more water to give. Every litre we do not use now is a litre we will need in October,",
    "Every litre we do not use now is a litre we will need in October,",
    "Same speaker (Andreas Charalambous); B introduces him as 'the agriculture minister' and names him in the next sentence.")
P.f("hotels exempt or not", "conflict", "statement", "Hotels and hospitals are exempt.",
    "hotels will have their supply reduced by 20%",
    "A: hotels exempt; B: hotels' supply cut by 20%. Opposite. (Both agree hospitals are exempt.)")
P.f("hospitals exempt", "agree", "statement", "Hotels and hospitals are exempt.", "Hospitals are exempt",
    "Both: hospitals exempt (the two differ on hotels, see the previous fact).")
P.f("day of the reservoir reading", "agree", "date", "Tuesday", "Tuesday",
    "A: 26 million cubic metres on Tuesday; B: 8.7% of capacity on Tuesday. Both 2026-08-18.")
P.f("maximum fine for households", "conflict", "quantity", "up to 500 euros", "up to 300 euros",
    "Same ceiling, different values.")
P.f("cut in irrigation water", "conflict", "quantity", "40%", "35%", "A 40%, B 35%.")
P.f("farmers' position on further cuts", "conflict", "statement", "will not accept",
    "the Cyprus Farmers' Federation agreed to a further 10% cut in exchange for compensation",
    "A: Stelios Georgiou says growers 'will not accept' any further cuts this year, whatever compensation is offered; B: the federation agreed to a further 10% cut in exchange for compensation. Opposite polarity.")
P.f("reservoirs a year earlier", "related", "quantity", "52 million cubic metres", "21%",
    "A: volume a year earlier; B: percentage full last August. Different measures.")
OUT.append(P.out())

with open(os.path.join(goldlib.GOLD, "pairs.gold.json"), "w", encoding="utf-8") as f:
    json.dump(OUT, f, ensure_ascii=False, indent=1)
    f.write("\n")
