import json, os
from build_common import Pair, HERE

OUT = []

# ---------------- pair 1: Hartley's Bakehouse administration
P = Pair("p1a_uk_bakery_administration_albionnewswire.txt", "p1b_uk_bakery_administration_yorkshireeveningcourier.txt")
P.f("shops closing", "agree", "quantity", "112", "112", "Both: 112 shops/outlets close. Bare '112' on both sides, noun from '186 shops/outlets' after it.", a_after="will close", b_after="yesterday that")
P.f("total shops", "agree", "quantity", "186 shops", "186 outlets", "Same chain size.")
P.f("jobs lost", "agree", "quantity", "1,430 jobs", "about 1,400 jobs", "B rounds A's exact 1,430.")
P.f("debts", "conflict", "quantity", "£48.6 million", "£52 million", "Total debts £48.6m vs £52m, both from filings: incompatible.")
P.f("money owed to creditors", "related", "quantity", "£3.2 million", "£9.5 million", "A: owed to suppliers; B: owed to HMRC. Different creditors, same unit.")
P.f("sales fall", "agree", "quantity", "18%", "18 per cent", "Same fall in the year to September.")
P.f("Morley energy bill", "agree", "quantity", "£5.1 million", "more than £5 million", "£5.1m is more than £5m.")
P.f("job losses at central bakery", "agree", "quantity", "about 300", "Around 300", "Same figure.")
P.f("shops staying open", "agree", "quantity", "74 shops", "74 shops", "Same.")
P.f("administrators appointed", "agree", "date", "Tuesday", "Tuesday", "Both 2026-01-20.")
P.f("closures completed by", "conflict", "date", "January 31", "7 February", "2026-01-31 vs 2026-02-07.")
P.f("who said 'a viable business at the heart of Hartley's'", "conflict", "quote",
    "There is a viable business at the heart of Hartley's, but it cannot carry the costs it has built up,",
    "There is a viable business at the heart of Hartley's, but it cannot carry the costs it has built up,",
    "Same words: A gives them to administrator Fiona Marsh, B to chief executive Gareth Pryce.")
P.f("union organiser on the warnings ignored", "agree", "quote",
    "These are skilled people who have been let down by a business that ignored every warning,",
    "These workers are skilled, and they were let down by bosses who ignored every warning,", "Both Dean Royle; reworded.")
P.f("sale of the whole chain", "conflict", "statement",
    "Marsh ruled out a sale of the whole chain", "Administrators are considering bids for the whole chain",
    "Opposite polarity: whole-chain sale ruled out vs being considered (B from an anonymous source).")
P.f("staff pensions", "agree", "statement",
    "The company denied that staff pensions were at risk", "He insisted that staff pensions were protected",
    "Same claim (the company / its chief executive).")
P.f("council help for the shopfronts", "related", "statement",
    "Leeds City Council said it would offer business rate relief for six months",
    "the council would look at \"every option\" to keep shopfronts occupied",
    "A: a definite rate-relief offer; B: the leader will look at options. Same topic, different commitment; not contradictory.")
OUT.append(P.out())

# ---------------- pair 2: Port Stephens oyster virus
P = Pair("p2a_australia_oyster_virus_southerncrosspress.txt", "p2b_australia_oyster_virus_hunterherald.txt")
P.f("leases closed", "agree", "quantity", "147 oyster leases", "147 leases", "Same.", a_occ=2)
P.f("worst mortality on farms", "conflict", "quantity", "up to 80%", "as much as 90 per cent", "Peak loss 'up to 80%' vs 'as much as 90%': incompatible maxima.")
P.f("oysters dead", "agree", "quantity", "About 12 million oysters", "12.5 million oysters", "'About 12 million' is compatible with 12.5 million.")
P.f("businesses in the estuary", "agree", "quantity", "38 businesses", "38 farming businesses", "Same.")
P.f("industry value", "agree", "quantity", "about A$26 million", "$26m", "Same annual value; B's $ is Australian.")
P.f("relief package", "agree", "quantity", "A$4.5 million", "$4.5 million", "Same package.")
P.f("support per business", "related", "quantity", "up to A$250,000", "$15,000",
    "A: loans of up to A$250,000 per business that growers asked for; B: a A$15,000 grant per business in the package. Different instruments.")
P.f("closure length", "conflict", "quantity", "60 days", "90 days", "Closure for 60 days vs 90 days.")
P.f("water temperature", "agree", "quantity", "26 degrees Celsius", "around 26C", "Same.")
P.f("virus detected", "agree", "date", "last Friday", "6 February", "Both 2026-02-06.")
P.f("closure ordered", "agree", "date", "Thursday", "yesterday", "Both 2026-02-12.")
P.f("who said 'ten years of work in ten days'", "conflict", "quote",
    "We have lost ten years of work in ten days,", "We have lost ten years of work in ten days,",
    "Same words: A gives them to grower Tom Beattie, B to association president Lisa Tran.")
P.f("minister on the blow to families", "agree", "quote",
    "This is a devastating blow to families who have farmed these waters for generations,",
    "a heartbreaking hit for families who have worked these waters for generations", "Both Karen Willoughby; reworded.")
P.f("compensation for dead stock", "conflict", "statement",
    "ruled out compensation for lost stock", "She pledged compensation for growers whose stock had died",
    "Opposite polarity: compensation ruled out vs pledged.")
P.f("hatchery spat as source", "agree", "statement",
    "Fisheries officials denied that the virus had arrived with hatchery spat",
    "The department rejected claims that the outbreak had come from hatchery spat", "Same denial.")
P.f("lease rents", "related", "statement",
    "asked for lease rents to be waived for the full year", "lease fees will be waived for six months",
    "A: growers' request for a full-year waiver; B: the package's six-month waiver. Request vs decision, not a contradiction.")
OUT.append(P.out())

# ---------------- pair 3: Lough Carrig distillery
P = Pair("p3a_ireland_distillery_planning_celticmarketsreport.txt", "p3b_ireland_distillery_planning_munsterexaminer.txt")
P.f("investment", "agree", "quantity", "€180 million", "€180m", "Same.", a_occ=2)
P.f("permanent jobs", "conflict", "quantity", "240 permanent jobs", "250 permanent jobs", "240 vs 250.")
P.f("construction jobs", "agree", "quantity", "up to 600 construction jobs", "up to 600 construction workers", "Same.")
P.f("capacity", "agree", "quantity", "8 million litres", "8 million litres", "Same, litres of pure alcohol a year.")
P.f("bottles", "related", "quantity", "about 1.1 million bottles", "about 32 million bottles",
    "A: bottles sold last year; B: bottles the new capacity could fill. Different measures.")
P.f("water cap", "agree", "quantity", "1.2 million litres", "1,200 cubic metres", "Same daily cap in two units (1,200 m3 = 1.2 million litres).")
P.f("objections", "agree", "quantity", "46 objections", "More than 40 objections", "46 is more than 40.")
P.f("planning conditions", "conflict", "quantity", "22 conditions", "19 conditions", "22 vs 19.")
P.f("decision day", "agree", "date", "Monday", "yesterday", "Both 2026-03-16.")
P.f("application lodged", "agree", "date", "June 2025", "last June", "Both 2025-06.")
P.f("first spirit from new stills", "conflict", "date", "2028", "late 2029", "2028 vs late 2029.")
P.f("chief executive on a great day", "agree", "quote",
    "This is a great day for Waterford and for Irish whiskey,", "It's a great day for Waterford, and for Irish whiskey,", "Both Niamh Colbert; reworded.")
P.f("court challenge by residents", "conflict", "statement",
    "will not challenge the decision in the High Court", "they plan to seek a judicial review in the High Court",
    "Opposite polarity: residents will not go to court vs plan a judicial review.")
P.f("harm to salmon", "agree", "statement",
    "The board rejected claims that the abstraction would harm salmon", "Planners dismissed fears that salmon in the river would suffer", "Same finding.")
P.f("construction start", "agree", "statement",
    "Construction is due to start in September", "building would start in the autumn", "September falls in the autumn: compatible.")
P.f("anglers", "related", "statement",
    "rejecting appeals from residents and an angling club",
    "asked the company to fund an independent fish count every year",
    "A: the anglers' appeal was rejected; B: the angling club asks for a yearly fish count. Same actor, different acts.")
OUT.append(P.out())

# ---------------- pair 4: Vasundhara Pharma import alert
P = Pair("p4a_india_drug_import_alert_indusbusinesswire.txt", "p4b_india_drug_import_alert_deccanledger.txt")
P.f("share fall at close", "conflict", "quantity", "14.2%", "11.6%", "Both Wednesday's close: 14.2% vs 11.6% lower.")
P.f("products barred", "agree", "quantity", "27 products", "27 generic medicines", "Same.")
P.f("products exempted", "agree", "quantity", "Four drugs", "Four products", "Same.")
P.f("US sales from the plant", "agree", "quantity", "Rs 1,240 crore", "₹1,240 crore", "Same; Rs and ₹ are both INR.")
P.f("US share of revenue", "agree", "quantity", "about 38%", "38 per cent", "Same.")
P.f("FDA observations", "conflict", "quantity", "nine observations", "11 observations", "9 vs 11.")
P.f("plant workforce", "agree", "quantity", "About 2,100 workers", "about 2,000 people", "Both approximate; compatible.")
P.f("remediation spending", "related", "quantity", "Rs 85 crore", "₹40 crore",
    "A: planned spend this financial year; B: already spent last year. Different periods.")
P.f("time to lift an alert", "agree", "quantity", "18 to 24 months", "18 to 24 months", "Same analyst range.")
P.f("alert issued", "agree", "date", "Tuesday", "May 19", "Both 2026-05-19.")
P.f("expected reinspection", "conflict", "date", "September", "November", "2026-09 vs 2026-11.")
P.f("founded", "agree", "date", "1987", "1987", "Same.")
P.f("who said 'we take this very seriously'", "conflict", "quote",
    "We take this very seriously and have already fixed most of the issues,",
    "We take this very seriously and have already fixed most of the issues,",
    "Same words: A gives them to MD Rakesh Venkataraman, B to CFO Shalini Rao.")
P.f("job cuts at the plant", "conflict", "statement",
    "The company said it would not cut jobs at the plant", "Vasundhara is expected to lay off several hundred contract workers",
    "Opposite polarity: no job cuts vs expected lay-offs (B from an anonymous official).")
P.f("safety of exported medicine", "agree", "statement",
    "Vasundhara denied that any medicine already shipped to the United States was unsafe",
    "Vasundhara denied that any medicine it had exported was unsafe", "Same denial.")
P.f("what happens to workers", "related", "statement",
    "would shift some workers to its Vizag unit", "asked the state government to step in to protect jobs",
    "A: the company's plan to move workers; B: the union's request to the state. Different actors and acts.")
OUT.append(P.out())

# ---------------- pair 5: Santos grain terminal fire
P = Pair("p5a_brazil_grain_terminal_fire_atlanticowire.txt", "p5b_brazil_grain_terminal_fire_gazetasantista.txt")
P.f("fire duration", "agree", "quantity", "nine hours", "nine hours", "Same.")
P.f("firefighters", "agree", "quantity", "more than 80 firefighters", "86 firefighters", "86 is more than 80.")
P.f("injured workers", "agree", "quantity", "Three workers", "Three workers", "Same.")
P.f("ships waiting", "conflict", "quantity", "23 ships", "Nineteen ships", "23 vs 19, both from the port authority.")
P.f("damage", "conflict", "quantity", "R$120 million", "R$180 million", "R$120m vs R$180m estimated damage.")
P.f("terminal throughput", "agree", "quantity", "about 14 million tonnes", "14 million tonnes", "Same.")
P.f("demurrage", "related", "quantity", "about US$35,000", "around US$800,000",
    "A: per ship per day; B: total per day for all ships. Per-unit vs total.")
P.f("soy premium rise", "agree", "quantity", "12 cents", "US$0.12", "Same, in cents vs dollars.")
P.f("terminal staff", "agree", "quantity", "about 650 employees", "about 650 people", "Same.")
P.f("fire began", "agree", "date", "Tuesday", "Tuesday, 7 July", "Both 2026-07-07.")
P.f("reopening", "conflict", "date", "August 20", "1 September", "Resume loading 2026-08-20 vs closed until at least 2026-09-01.")
P.f("terminal opened", "agree", "date", "1998", "1998", "Same.")
P.f("chief executive on rebuilding", "agree", "quote",
    "We will rebuild the galleries as fast as it is humanly possible.", "rebuild as quickly as humanly possible",
    "Both Ricardo Vasconcelos; reworded.")
P.f("diverting ships to Paranagua", "conflict", "statement",
    "The Santos Port Authority ruled out diverting waiting ships to Paranagua",
    "The port authority has begun diverting some of the waiting ships to Paranagua",
    "Opposite polarity: ruled out vs already under way.")
P.f("skipped safety inspections", "agree", "statement",
    "Graneleira denied that safety inspections of the conveyor had been skipped",
    "Graneleira said claims that safety checks had been skipped were false", "Same denial.")
P.f("responses to the fire", "related", "statement",
    "Civil police in Santos have opened an investigation into the cause of the fire",
    "it plans a stoppage on Friday at the neighbouring terminals to demand a full safety audit",
    "A: police inquiry; B: the union's planned stoppage. Different actors and acts.")
OUT.append(P.out())

# ---------------- pair 6: Hurricane Octavio, Los Cabos
P = Pair("p6a_mexico_hurricane_loscabos_pacificrimwire.txt", "p6b_mexico_hurricane_loscabos_heraldobajasur.txt")
P.f("tourists stranded", "conflict", "quantity", "About 22,000 tourists", "More than 25,000 visitors", "About 22,000 vs more than 25,000 on the same Thursday: incompatible.")
P.f("wind speed", "agree", "quantity", "185 km/h", "115 mph", "Same speed in two units (185 km/h = 115 mph).")
P.f("deaths", "conflict", "quantity", "Two people", "one person", "Two deaths vs one (B calls the second report false).")
P.f("flights cancelled", "agree", "quantity", "340 flights", "Some 340 flights", "Same.")
P.f("shelters", "agree", "quantity", "48 shelters", "48 temporary shelters", "Same.")
P.f("people in shelters", "agree", "quantity", "About 6,300 people", "6,300 residents", "Same.")
P.f("rainfall", "related", "quantity", "up to 300 millimetres", "212 mm",
    "A: forecast maximum; B: measured in San José in 24 hours. Different measures.")
P.f("state emergency money", "agree", "quantity", "500 million pesos", "MXN 500 million", "Same.")
P.f("customers without power", "related", "quantity", "about 70%", "about 60%",
    "A: Thursday (time not given), Los Cabos customers; B: Thursday evening. Earlier vs later figure.")
P.f("landfall", "agree", "date", "Wednesday", "Wednesday", "Both 2026-08-26.")
P.f("airport reopening", "agree", "date", "Saturday", "the 29th", "Both 2026-08-29.")
P.f("governor: been through worse", "agree", "quote",
    "We have been through worse, and we will be back on our feet quickly,", "come through worse than this", "Both Claudia Aréchiga; reworded.")
P.f("governor: tourists safe", "agree", "quote",
    "Tourists are safe and they are being looked after.", "Our visitors are safe and being cared for,", "Both Claudia Aréchiga; reworded.")
P.f("charging stranded guests", "conflict", "statement",
    "pledged that member hotels would not charge stranded guests for the extra nights",
    "refused to waive charges for the extra nights", "Opposite polarity: the same association pledged no charges vs refused to waive them.")
P.f("airline change fees", "agree", "statement",
    "Major carriers agreed to waive change fees", "airlines agreed to let passengers rebook at no cost", "Same.")
P.f("further government action", "related", "statement",
    "The federal government is considering declaring a disaster zone",
    "The state has asked the army to deliver drinking water", "Different levels of government and different measures.")
OUT.append(P.out())

# ---------------- pair 7: Morgenzon Unit 4
P = Pair("p7a_southafrica_power_unit_return_capemeridianwire.txt", "p7b_southafrica_power_unit_return_lowveldpost.txt")
P.f("unit size", "agree", "quantity", "720-megawatt", "720MW", "Same.")
P.f("repair cost", "conflict", "quantity", "R2.3 billion", "R2.8bn", "R2.3bn vs R2.8bn (B: board figures, says the public figure is lower).")
P.f("repair duration", "agree", "quantity", "14 months", "14 months", "Same.")
P.f("repair workforce", "agree", "quantity", "some 1,100 contractors", "about 1,100 workers", "Same.")
P.f("units at the station", "agree", "quantity", "six units", "six 720MW units", "Same.")
P.f("availability in August", "related", "quantity", "64%", "61%",
    "A: energy availability factor of the whole fleet; B: availability of Morgenzon's units. Different bases.")
P.f("electricity prices", "related", "quantity", "12.7%", "about R1.92",
    "A: tariff increase from April; B: current municipal price per kWh. Different measures.")
P.f("workers hurt in the breakdown", "agree", "quantity", "two workers", "two workers", "Same.")
P.f("back on the grid", "conflict", "date", "Sunday", "Saturday", "Synchronised 2026-09-13 vs 2026-09-12.")
P.f("breakdown", "agree", "date", "July 2025", "July last year", "Both 2025-07.")
P.f("full load", "agree", "date", "Monday", "Monday", "Both 2026-09-14.", b_after="Caption")
P.f("who said 'this unit is back'", "conflict", "quote",
    "This unit is back, and it is staying back,", "This unit is back, and it is staying back,",
    "Same words: A gives them to CEO Thandeka Mokoena, B to minister Sipho Ngcobo.")
P.f("union on the workers' hours", "agree", "quote",
    "People have been working themselves into the ground,", "We worked twelve-hour shifts, six days a week,",
    "Both Lerato Dube, on the same long hours; different words.")
P.f("load-shedding this summer", "conflict", "statement",
    "Mokoena ruled out load-shedding this summer", "would not rule out load-shedding in December",
    "Opposite polarity: ruled out vs not ruled out for the same period.")
P.f("contractor overpaid", "agree", "statement",
    "Vukani denied that the main repair contractor, Tshwane Boiler Works, had been overpaid",
    "The utility denied claims that Tshwane Boiler Works, the contractor that led the rebuild, was overpaid", "Same denial.")
P.f("requests for money", "related", "statement",
    "he plans to ask the National Treasury for a further R15 billion",
    "Emalahleni Local Municipality asked Vukani to help pay for repairs to the R544 road",
    "Different actors asking different bodies for money.")
OUT.append(P.out())

# ---------------- pair 8: Idanre cocoa plant
P = Pair("p8a_nigeria_cocoa_processing_westafricabusinesswire.txt", "p8b_nigeria_cocoa_processing_sunshineherald.txt")
P.f("plant cost", "agree", "quantity", "₦48 billion", "N48bn", "Same; N and ₦ both naira.")
P.f("project money in dollars", "related", "quantity", "$22 million", "about $31 million",
    "A: the loan; B: the whole project cost in dollars. Part vs total.")
P.f("capacity", "agree", "quantity", "60,000 tonnes", "60,000 metric tonnes", "Same.")
P.f("direct jobs", "conflict", "quantity", "850 direct jobs", "1,200 people", "850 vs 1,200 direct jobs.")
P.f("farmers supplying", "agree", "quantity", "about 40,000 farmers", "About 40,000 smallholders", "Same.")
P.f("state stake", "agree", "quantity", "20%", "20 per cent", "Same.")
P.f("share exported", "agree", "quantity", "About 70%", "70 per cent", "Same.")
P.f("farm-gate price", "agree", "quantity", "about ₦9.5 million", "N9.5m", "Same per tonne.")
P.f("national crop", "agree", "quantity", "about 310,000 tonnes", "310,000 tonnes", "Same.")
P.f("share of cocoa", "related", "quantity", "less than 20%", "about 40 per cent",
    "A: share of Nigeria's crop processed at home; B: Ondo's share of national output. Different bases.", b_occ=2)
P.f("commissioning", "agree", "date", "Thursday", "yesterday", "Both 2026-11-12.")
P.f("construction began", "conflict", "date", "March 2024", "2023", "2024-03 vs 2023.")
P.f("who said 'Ondo will no longer export raw wealth'", "conflict", "quote",
    "Ondo will no longer export raw wealth and import finished goods,",
    "Ondo will no longer export raw wealth and import finished goods,",
    "Same words: A gives them to Governor Ajibola, B to agriculture commissioner Bisola Akintoye.")
P.f("ban on raw bean exports", "conflict", "statement",
    "the state government will not ban exports of raw beans", "the state plans to ban the export of raw cocoa beans",
    "Opposite polarity: will not ban vs plans to ban from 2028.")
P.f("paying farmers fast", "agree", "statement",
    "The company pledged to pay farmers within 48 hours", "The company promised to pay farmers within 48 hours", "Same pledge.")
P.f("what comes next", "related", "statement",
    "the company was considering a second line to make cocoa butter",
    "asked the state to repair feeder roads in Idanre and Owo", "Company plan vs farmers' request: different actors and acts.")
OUT.append(P.out())

with open(os.path.join(HERE, "gold", "pairs.gold.json"), "w", encoding="utf-8") as f:
    json.dump(OUT, f, ensure_ascii=False, indent=1)
    f.write("\n")
