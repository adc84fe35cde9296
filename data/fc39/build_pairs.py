import json, os
from build_common import Pair, HERE

OUT = []

# ---------------- pair 1: Bahamas contribution rate
P = Pair("p1a_bahamas_contribution_rate_caribbeanwire.txt", "p1b_bahamas_contribution_rate_nassausentinel.txt")
P.f("new contribution rate", "agree", "quantity", "11.3%", "11.3 per cent", "Same new rate (A body, B body).", a_after="from 9.8% to", b_after="from 9.8 per cent to")
P.f("old contribution rate", "agree", "quantity", "9.8%", "9.8 per cent", "Same current rate.")
P.f("employers' share of the rise", "agree", "quantity", "1 percentage point", "1 point", "Employers pay one point of the 1.5-point rise on both sides.")
P.f("fund reserves", "agree", "quantity", "B$1.5 billion", "$1.52 billion", "A rounds B's exact figure (Bahamian dollars on both sides).")
P.f("benefits paid last year", "agree", "quantity", "B$310 million", "$310 million", "Same.")
P.f("contributions collected last year", "agree", "quantity", "B$262 million", "$262 million", "Same.")
P.f("number of contributors", "agree", "quantity", "about 180,000 contributors", "178,600 insured workers", "'about 180,000' is compatible with 178,600.")
P.f("new wage ceiling", "agree", "quantity", "B$900 a week", "$900 a week", "Same weekly ceiling.")
P.f("extra weekly cost to a worker", "related", "quantity", "about B$6 a week", "about $2.25",
    "A: worker at the B$900 ceiling (rate rise plus ceiling rise); B: a cashier on $450 a week. Different workers, same currency; both consistent with a half-point rise.")
P.f("date the rise takes effect", "agree", "date", "July 1", "July 1st", "Both 2026-07-01.")
P.f("day of the announcement", "agree", "date", "Tuesday", "yesterday", "Both 2026-01-13 (B published 2026-01-14).")
P.f("year reserves run out", "conflict", "date", "2034", "2035", "Same actuarial review, exhaustion year 2034 vs 2035.")
P.f("who said 'fix this now with a small step'", "conflict", "quote",
    "We can fix this now with a small step, or our children will face a cliff,", "We can fix this now with a small step, or our children will face a cliff,",
    "Same words: A gives them to Minister Carlton Moxey, B to fund director Ingrid Rolle.")
P.f("retirement age", "conflict", "statement",
    "the government would not raise the retirement age of 65",
    "the Cabinet is considering raising the pension age from 65 to 67",
    "Opposite polarity: A minister says the age will not be raised; B (anonymous official) says Cabinet is considering raising it.")
P.f("investment losses", "agree", "statement",
    "The fund denied that its investment losses had caused the shortfall",
    "He rejected claims that the fund had lost money on bad investments",
    "Same denial (the fund in A, the minister in B).")
P.f("reactions of employers and unions", "related", "statement",
    "The Bahamas Employers' Council asked the government to phase in the increase over two years",
    "The Bahamas Commonwealth Workers' Union pledged to march on Parliament on January 28th",
    "A: employers ask for a phase-in; B: union pledges a march. Different actors and acts, compatible.")
OUT.append(P.out())

# ---------------- pair 2: Barbados flour mill silo
P = Pair("p2a_barbados_flour_mill_silo_islandnewsagency.txt", "p2b_barbados_flour_mill_silo_bajanrecorder.txt")
P.f("bread price rise", "agree", "quantity", "50 cents", "50 cents", "Same rise in both headlines.")
P.f("new loaf price", "agree", "quantity", "BDS$5.75", "$5.75", "Same controlled price (B in Barbados dollars).")
P.f("wheat lost", "agree", "quantity", "about 4,200 tonnes", "More than 4,000 tonnes", "'about 4,200' is compatible with 'more than 4,000'.")
P.f("damage", "agree", "quantity", "BDS$18 million", "US$9 million", "Same estimate in two currencies (BBD pegged at 2 to the US dollar).")
P.f("length of the shutdown", "conflict", "quantity", "about six weeks", "eight weeks", "About six weeks (A) vs eight weeks (B, chief engineer).")
P.f("daily flour output", "agree", "quantity", "about 110 tonnes", "about 110 tonnes", "Same.")
P.f("mill employees", "agree", "quantity", "140 mill employees", "140 workers", "Same.")
P.f("imported flour on the way", "related", "quantity", "about 600 tonnes", "some 1,100 tonnes",
    "A: the first shipment; B: two shipments together. Different measures, compatible.")
P.f("day of the collapse", "agree", "date", "Sunday, March 8", "Sunday", "Both 2026-03-08.")
P.f("new bread price from", "agree", "date", "Friday", "Friday", "Both 2026-03-13.")
P.f("mill restart", "conflict", "date", "April 20", "early May", "2026-04-20 vs 2026-05.")
P.f("who said 'nothing like it in forty years'", "conflict", "quote",
    "Nobody in this building has seen anything like it in forty years,", "Nobody in this building has seen anything like it in forty years.",
    "Same words: A gives them to managing director Stephen Alleyne, B to chief engineer Neville Clarke.")
P.f("import duty on flour", "conflict", "statement",
    "the government had agreed to suspend the 10% import duty on flour for 90 days",
    "stopped short of cutting the import duty",
    "Opposite polarity: duty suspended (A) vs duty not cut (B).")
P.f("pay of mill workers", "conflict", "statement",
    "The company pledged to keep paying all 140 mill employees in full for the duration of the shutdown",
    "wages would be paid in full for the first two weeks only",
    "Full pay for the whole shutdown (A) vs full pay for two weeks only (B, anonymous company source).")
P.f("skipped inspection", "agree", "statement",
    "Carlisle denied suggestions that the silo had missed a required structural inspection",
    "Managing director Stephen Alleyne rejected claims that safety checks had been skipped",
    "Same denial (the company / its managing director).")
P.f("bakers and imports", "related", "statement",
    "The Barbados Bakers' Association asked for the price rise to be reviewed after the mill reopens",
    "government would not stand in the way of bakers importing flour from Guyana or anywhere else",
    "A: bakers ask for a review of the price; B: government will not block imports. Different claims, compatible.")
OUT.append(P.out())

# ---------------- pair 3: Belize bus fares
P = Pair("p3a_belize_bus_fares_belizenewsservice.txt", "p3b_belize_bus_fares_cayotimes.txt")
P.f("new Belize City-Belmopan fare", "conflict", "quantity", "BZ$9", "$8.50", "BZ$9 vs $8.50 for the same route.", b_after="from $7 to")
P.f("old Belize City-Belmopan fare", "agree", "quantity", "BZ$7", "$7", "Same.")
P.f("new Corozal fare", "agree", "quantity", "BZ$15", "$15", "Same.")
P.f("diesel subsidy per gallon", "agree", "quantity", "BZ$1.10 a gallon", "$1.10", "Same.")
P.f("cost of the subsidy", "related", "quantity", "about BZ$2.3 million a month", "about $27 million a year",
    "Monthly vs yearly cost; consistent (2.3 x 12 = 27.6).")
P.f("diesel pump price", "agree", "quantity", "BZ$13.40 a gallon", "about $3.54 a litre", "Same price in two units (13.40 / 3.785 = 3.54).")
P.f("buses", "agree", "quantity", "about 600 buses", "612 licensed buses", "'about 600' is compatible with 612.")
P.f("daily riders", "agree", "quantity", "About 70,000 people", "about 70,000 Belizeans", "Same.")
P.f("previous fare rise", "agree", "quantity", "20%", "20 per cent", "Same.")
P.f("new fares from", "agree", "date", "Monday, April 20", "Monday, 20 April", "Both 2026-04-20.")
P.f("subsidy ended", "agree", "date", "April 1", "1 April", "Both 2026-04-01.", a_after="expired on")
P.f("year of the last fare rise", "conflict", "date", "2022", "2021", "2022 (A) vs 2021 (B).", a_occ=2)
P.f("commuter's daily cost", "agree", "quote",
    "I pay BZ$14 a day already to get to work and back,", "Fourteen dollars a day now, seventeen next week,",
    "Both Alicia Pech, reworded (her new figure differs with the fare: BZ$18 vs seventeen).")
P.f("restoring the subsidy", "conflict", "statement",
    "the government would not restore the subsidy",
    "the government is expected to reintroduce a smaller subsidy",
    "Opposite polarity: will not restore (A, minister) vs expected to reintroduce (B, anonymous officials).")
P.f("secret promise of a rise", "agree", "statement",
    "Association president Marvin Gongora denied that operators had been promised the increase in secret talks",
    "Association president Marvin Gongora rejected accusations that the operators had been promised the increase in secret meetings",
    "Same denial.")
P.f("the planned strike", "related", "statement",
    "it had called off a strike planned for April 13",
    "had gone ahead with a one-day stoppage on 13 April despite the association's decision to call it off",
    "A: the association called off the strike; B adds that some northern members struck anyway. Compatible.")
OUT.append(P.out())

# ---------------- pair 4: Brunei housing trust embezzlement
P = Pair("p4a_brunei_housing_trust_embezzlement_borneowire.txt", "p4b_brunei_housing_trust_embezzlement_temburongpost.txt")
P.f("prison sentence", "agree", "quantity", "nine years", "nine years", "Same.", a_occ=2)
P.f("sum embezzled", "agree", "quantity", "B$4,618,300", "$4.62 million", "B rounds A's exact figure (Brunei dollars).")
P.f("number of counts", "agree", "quantity", "37 counts", "37 charges", "Same.")
P.f("sentence sought by the prosecution", "conflict", "quantity", "12 years", "14 years", "12 vs 14 years.")
P.f("money recovered", "conflict", "quantity", "B$1.2 million", "$1.5 million", "B$1.2 million vs $1.5 million recovered so far.")
P.f("frozen accounts returned", "agree", "quantity", "B$800,000", "$800,000", "Same.")
P.f("delayed houses", "agree", "quantity", "48 terrace houses", "48 terrace houses", "Same.")
P.f("size of the trial", "related", "quantity", "23-day", "19 witnesses", "Length of trial vs number of witnesses: different measures.")
P.f("conviction", "agree", "date", "last month", "April", "Both 2026-04.")
P.f("sentencing day", "agree", "date", "Thursday", "yesterday", "Both 2026-05-14.")
P.f("audit flagged payments", "agree", "date", "March 2024", "March 2024", "Same.")
P.f("end of the thefts", "agree", "date", "2023", "2023", "Same period 2019-2023.")
P.f("judge on money held in trust", "agree", "quote",
    "Public money held in trust is not the property of the person who happens to hold the key,",
    "Money held in trust for the public does not belong to whoever holds the key.",
    "Both Judge Rosnah Abdul Karim; reworded.")
P.f("appeal against conviction", "conflict", "statement",
    "his client would appeal against both conviction and sentence",
    "his client would not appeal the conviction",
    "Opposite polarity, same lawyer.")
P.f("defendant's denial", "agree", "statement",
    "Haziq, who had denied all the charges throughout the 23-day trial",
    "having denied the charges throughout a trial",
    "Both say he denied the charges throughout.")
P.f("other staff investigated", "related", "statement",
    "declined to say whether other staff were under investigation",
    "the Anti-Corruption Bureau is examining the role of two other former employees",
    "A: the bureau declines to comment; B: a source says two others are examined. Not contradictory.")
OUT.append(P.out())

# ---------------- pair 5: Maldives card limit
P = Pair("p5a_maldives_dollar_card_limit_atollwire.txt", "p5b_maldives_dollar_card_limit_maleherald.txt")
P.f("new monthly card limit", "conflict", "quantity", "$400 a month", "US$500 a month", "$400 vs US$500 a month.")
P.f("previous card limit", "agree", "quantity", "$1,000", "$1,000", "Same (set October 2025).")
P.f("usable reserves", "agree", "quantity", "$380 million", "less than US$400 million", "$380 million is less than $400 million.")
P.f("import cover", "agree", "quantity", "about three weeks", "about three weeks", "Same.")
P.f("official exchange rate", "agree", "quantity", "15.42 to the dollar", "MVR 15.42", "Same peg.")
P.f("exemption ceiling", "agree", "quantity", "up to $2,500 a month", "up to US$2,500", "Same.")
P.f("bond repayment", "agree", "quantity", "$500 million", "US$500 million", "Same Islamic bond / sukuk.")
P.f("tourist arrivals", "related", "quantity", "1.02 million", "2.3 million",
    "A: arrivals in January-May; B: expected arrivals for the whole year. Different periods.")
P.f("limit applies from", "agree", "date", "June 15", "15 June", "Both 2026-06-15.")
P.f("announcement day", "agree", "date", "Monday", "yesterday", "Both 2026-06-08.")
P.f("bond due", "agree", "date", "March 2027", "early next year", "2027-03 vs 2027: compatible grains.")
P.f("previous limit set", "agree", "date", "October 2025", "last October", "Both 2025-10.")
P.f("who said 'not in a crisis'", "conflict", "quote",
    "We are not in a crisis, but we will not wait for one,", "We are not in a crisis, but we will not wait for one,",
    "Same words: A gives them to governor Ahmed Shiham Waheed, B to deputy governor Hussain Nazim.")
P.f("rufiyaa band", "conflict", "statement",
    "He ruled out any change to the peg of the rufiyaa",
    "The authority is considering widening the band within which the rufiyaa is allowed to trade",
    "A: governor rules out any change to the peg or its band; B: an anonymous official says a wider band is under consideration.")
P.f("IMF loan", "agree", "statement",
    "Waheed denied reports that the government had asked the International Monetary Fund for a loan",
    "The governor dismissed rumours of an IMF bailout",
    "Same denial.")
P.f("other steps to rebuild reserves", "related", "statement",
    "The Maldives Resort Owners' Forum asked resorts to convert a larger share of their dollar earnings into rufiyaa",
    "He also pledged that reserves would be rebuilt to two months of imports by December",
    "A: resort owners' request; B: governor's pledge. Different actors and acts.")
OUT.append(P.out())

# ---------------- pair 6: Seychelles radiotherapy unit
P = Pair("p6a_seychelles_radiotherapy_unit_indianoceanpress.txt", "p6b_seychelles_radiotherapy_unit_seychellestribune.txt")
P.f("cost of the centre", "agree", "quantity", "SCR 310 million", "about €20 million", "Same cost in two currencies (about 15.5 rupees to the euro).")
P.f("patients sent abroad each year", "conflict", "quantity", "about 180 cancer patients a year", "More than 200 Seychellois", "About 180 vs more than 200.")
P.f("cost of treatment abroad", "related", "quantity", "about SCR 45 million a year", "SCR 250,000",
    "Total yearly cost (A) vs average cost per patient (B); same currency.")
P.f("daily capacity", "agree", "quantity", "up to 40 patients a day", "40 patients daily", "Same.")
P.f("machines", "agree", "quantity", "two linear accelerators", "two machines", "Same two machines.")
P.f("radiation oncologists recruited", "conflict", "quantity", "Four radiation oncologists", "three radiation oncologists", "Four recruited (A) vs three, a fourth due in October (B).")
P.f("local technicians", "agree", "quantity", "six Seychellois technicians", "Six local radiotherapy technicians", "Same.")
P.f("loan", "agree", "quantity", "about US$16 million", "US$16 million", "Same.")
P.f("new cancer cases a year", "agree", "quantity", "about 300 new cases", "Around 300 new cancer cases", "Same.")
P.f("first patient treated", "agree", "date", "Monday, August 10", "Monday", "Both 2026-08-10.")
P.f("official opening", "agree", "date", "Tuesday", "yesterday afternoon", "Both 2026-08-11.")
P.f("original opening year", "agree", "date", "2024", "2024", "Both say it was due / awaited in 2024.")
P.f("who said 'sickest people on aeroplanes'", "conflict", "quote",
    "For years we have put our sickest people on aeroplanes at the worst moment of their lives,",
    "For years we have put our sickest people on aeroplanes at the worst moment of their lives,",
    "Same words: A gives them to Health Minister Bernadette Labiche, B to President Jean-Paul Savy.")
P.f("charges for treatment", "conflict", "statement",
    "treatment would remain free of charge for all Seychellois citizens",
    "patients will not all be treated for free",
    "Free for all citizens (A) vs a registration fee for most patients (B).")
P.f("maintenance contract", "agree", "statement",
    "She declined to disclose the value of the ten-year maintenance contract",
    "Mrs Labiche refused to say how much the government will pay the equipment supplier",
    "Same refusal.")
P.f("demands on the government", "related", "statement",
    "asked for a special allowance for staff working with radiation",
    "called for an audit of the project",
    "A: nurses' union asks for an allowance; B: opposition calls for an audit. Different actors.")
OUT.append(P.out())

# ---------------- pair 7: Mauritius telecom data breach
P = Pair("p7a_mauritius_telecom_data_breach_mascarenewswire.txt", "p7b_mauritius_telecom_data_breach_lavoixdelile.txt")
P.f("customers affected", "agree", "quantity", "412,000 customers", "About 410,000 Lagon Telecom customers", "'About 410,000' is compatible with 412,000.")
P.f("ransom demanded", "conflict", "quantity", "$2 million", "US$2.5 million", "$2 million vs US$2.5 million.")
P.f("subscribers", "agree", "quantity", "780,000 subscribers", "about 780,000 subscribers", "Same.")
P.f("free airtime", "agree", "quantity", "Rs 100", "Rs 100", "Same.")
P.f("airtime vs ID card cost", "related", "quantity", "Rs 100", "Rs 500",
    "A: airtime credit offered by Lagon; B: cost of replacing an ID card. Different things in the same currency.")
P.f("maximum fine", "agree", "quantity", "up to Rs 200,000", "Rs 200,000", "Same cap.")
P.f("share price fall", "agree", "quantity", "6.4%", "more than 6 per cent", "6.4% is more than 6 per cent.")
P.f("breach discovered", "conflict", "date", "September 28", "30 September", "2026-09-28 vs 2026-09-30.")
P.f("company's announcement", "agree", "date", "Tuesday", "yesterday", "Both 2026-10-06.")
P.f("customers told by", "agree", "date", "Friday, October 9", "Friday", "Both 2026-10-09.")
P.f("who said 'Paying only tells them to come back'", "conflict", "quote",
    "Paying only tells them to come back.", "Paying only tells them to come back,",
    "Same words: A gives them to CEO Vikash Ramdin, B to consultant Priya Doorgakant.")
P.f("paying the ransom", "conflict", "statement",
    "We will not pay criminals, not one rupee and not one bitcoin,",
    "Chief executive Vikash Ramdin would not say whether the company would pay",
    "Opposite: flat refusal to pay (A) vs has not ruled out any option (B), same CEO.")
P.f("bank card data", "agree", "statement",
    "Ramdin denied that bank card data had been taken",
    "No credit card or bank card data was stolen,",
    "Same denial (A paraphrase, B quote).")
P.f("regulator's investigation", "agree", "statement",
    "The Data Protection Office said it had opened an investigation",
    "The Data Protection Office has opened an inquiry",
    "Same.")
P.f("requests to protect customers", "related", "statement",
    "The Bank of Mauritius asked banks to watch for fraudulent loan applications",
    "asked Lagon to also pay for a free replacement of ID cards",
    "A: central bank's request to banks; B: consumers' group's request to Lagon. Different actors.")
OUT.append(P.out())

# ---------------- pair 8: Comoros cholera on Anjouan
P = Pair("p8a_comoros_cholera_anjouan_sudoceanagency.txt", "p8b_comoros_cholera_anjouan_anjouanhebdo.txt")
P.f("cases", "conflict", "quantity", "1,240 cases", "1,180 cases", "1,240 (A, Tuesday) vs 1,180 (B, published a day later): incompatible counts.")
P.f("deaths", "agree", "quantity", "23 people", "23 deaths", "Same.")
P.f("vaccine doses", "agree", "quantity", "300,000 doses", "Three hundred thousand doses", "Same.")
P.f("treatment centres", "agree", "quantity", "five treatment centres", "five cholera centres", "Same.")
P.f("beds", "agree", "quantity", "220 beds", "220 beds", "Same.")
P.f("cost of the campaign", "agree", "quantity", "about 1.2 billion Comorian francs", "€2.4 million", "Same cost in two currencies (2.4m x 491.97 = 1.18bn KMF).")
P.f("shares of cases", "related", "quantity", "About 40%", "just under 2%", "A: share of cases in children; B: case fatality rate. Different bases.")
P.f("first case", "agree", "date", "October 19", "19 October", "Both 2026-10-19.")
P.f("vaccination starts", "conflict", "date", "Saturday, November 14", "Monday 16 November", "2026-11-14 vs 2026-11-16.")
P.f("previous outbreak", "agree", "date", "2024", "2024", "Same.")
P.f("who said 'a race against the rains'", "conflict", "quote",
    "We are in a race against the rains,", "We are in a race against the rains,",
    "Same words: A gives them to Health Minister Fatima Said Abdallah, B to Dr Anfane Soilihi.")
P.f("inter-island boats", "conflict", "statement",
    "The government has halted passenger boats between Anjouan and Grande Comore for two weeks",
    "The government said it would not suspend boats between the islands",
    "Opposite polarity: halted (A) vs will not suspend (B).")
P.f("piped water blamed", "agree", "statement",
    "Abdallah denied that the outbreak had started in Mutsamudu's water network",
    "Health minister Dr Fatima Said Abdallah rejected claims that the piped water in Mutsamudu was to blame",
    "Same denial.")
P.f("requests for more staff", "related", "statement",
    "Doctors on the island asked for more nurses to be sent from Moroni",
    "asked the French authorities in Mayotte for a team of doctors",
    "A: doctors ask Moroni for nurses; B: governor asks Mayotte for doctors. Different actors and requests.")
P.f("past outbreak deaths", "related", "quantity", "more than 10,000 people", "about 150 people",
    "A: people who fell ill in 2024; B: people who died in 2024. Different measures of the same outbreak.")
OUT.append(P.out())

with open(os.path.join(HERE, "gold", "pairs.gold.json"), "w", encoding="utf-8") as f:
    json.dump(OUT, f, ensure_ascii=False, indent=1)
    f.write("\n")
