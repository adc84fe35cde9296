import json, os
from build_common import Pair, HERE

OUT = []

# ---------------- pair 1: Auralis verdict
P = Pair("p1a_us_hearing_aid_verdict_continentalwire.txt", "p1b_us_hearing_aid_verdict_denverledger.txt")
P.f("total verdict", "agree", "quantity", "$48.3 million", "$48.3 million", "Same total award (A's headline rounds it to $48 million).")
P.f("number of plaintiffs", "agree", "quantity", "212 users", "212 plaintiffs", "Same 212 device users who sued.")
P.f("plaintiffs with second-degree burns", "agree", "quantity", "41", "41 of the plaintiffs", "Same 41; A's bare number annotated with unit plaintiff.")
P.f("length of deliberation", "conflict", "quantity", "four days", "three days", "Four vs three days of jury deliberation.")
P.f("after-hours share fall", "conflict", "quantity", "9.2%", "nearly 11%", "9.2% vs nearly 11% in the same after-hours session.")
P.f("legal fees sought", "agree", "quantity", "about $6 million", "about $6 million", "Same fee request.")
P.f("delay around the defect", "related", "quantity", "at least 18 months", "another 17 months",
    "A: how long the company knew of the defect before the recall; B: how long it kept selling after the May 2023 warning. Different spans of time.")
P.f("verdict day", "agree", "date", "Wednesday", "yesterday", "Both 2026-01-21 (B published 2026-01-22).")
P.f("fee hearing", "agree", "date", "February 18", "Feb. 18", "Both 2026-02-18.")
P.f("engineers' warning", "agree", "date", "May 2023", "May 2023", "Same month.")
P.f("who said 'quarterly numbers over the ears'", "conflict", "quote",
    "This company chose its quarterly numbers over the ears of its customers,", "This company chose its quarterly numbers over the ears of its customers,",
    "Same words: A gives them to plaintiffs' lawyer Daniel Okafor, B to advocate Rita Holloway.")
P.f("'the jury saw the emails'", "agree", "quote", "The jury saw the emails and understood exactly what happened.",
    "The jury saw the emails and understood exactly what happened,", "Okafor on both sides.")
P.f("appeal", "agree", "statement", "Auralis said it would appeal.", "will appeal this verdict and expects to win.",
    "A reports the appeal; B quotes Marsh saying it (B's quote, A's paraphrase).")
P.f("concealment of test results", "agree", "statement", "She denied that the company had concealed test results",
    "rejected the claim that anyone had hidden test data", "Same denial by Marsh.")
P.f("reducing the punitive award", "conflict", "statement", "She also declined to reduce the punitive award",
    "Villanueva has already agreed to consider cutting the punitive damages",
    "Opposite: the judge declined to reduce the award vs agreed to consider cutting it.")
P.f("company's response to users", "related", "statement", "every affected customer had been offered a free replacement",
    "she acknowledged that the company had been slow to act",
    "Both about how Auralis handled the defect, different claims; not contradictory.")
OUT.append(P.out())

# ---------------- pair 2: snow crab price
P = Pair("p2a_canada_snow_crab_price_atlanticbureau.txt", "p2b_canada_snow_crab_price_acadiecourier.txt")
P.f("opening price", "agree", "quantity", "$6.40", "$6.40", "Same arbitrated price a pound.", a_occ=2, b_occ=2)
P.f("union's demand", "agree", "quantity", "$7.25", "$7.25", "Same.")
P.f("boats / licence holders idle", "agree", "quantity", "about 1,100 boats", "About 1,100 licence holders", "Same fleet, counted as boats vs licence holders (one boat per licence).")
P.f("quota", "agree", "quantity", "31,500 tonnes", "31,500 tonnes", "Same catch limit.")
P.f("quota in pounds", "agree", "quantity", "31,500 tonnes", "about 69.4 million pounds", "Same quota in two units (31,500 t x 2,204 lb = 69.4 million lb).")
P.f("price rise on last year", "agree", "quantity", "18%", "about 18 per cent", "Same.")
P.f("last year's landings", "agree", "quantity", "34,600 tonnes", "34,600 tonnes", "Same.")
P.f("money at stake", "related", "quantity", "about $444 million", "about $1.4 million",
    "A: value of the whole catch to fishers; B: cost of the provincial grant to plant workers. Different things in dollars.")
P.f("arbitration ruling", "agree", "date", "Sunday", "Sunday", "Both 2026-03-29.")
P.f("boats leave port", "conflict", "date", "Wednesday, April 1", "Thursday, April 2", "2026-04-01 vs 2026-04-02.")
P.f("season closes", "agree", "date", "June 30", "June 30", "Same.")
P.f("who said 'we will not accept a price like this again'", "conflict", "quote",
    "We will not accept a price like this again next year.", "We will not accept a price like this again next year,",
    "Same words: A gives them to union president Josée Robichaud, B to processors' spokesman Marc-André Thériault.")
P.f("compensation for plant workers", "conflict", "statement", "The province said it had no plans to compensate workers for the delay.",
    "Premier Annie Gallant's government announced last night it would pay laid-off plant workers a one-time grant",
    "Opposite: no plans to compensate vs a $500 grant announced.")
P.f("extending the season", "agree", "statement", "he ruled out extending the season beyond its scheduled close",
    "would not extend the season", "Same refusal by the federal minister.")
P.f("challenge to arbitration", "agree", "statement", "The union said it was considering a challenge to the arbitration rules",
    "The union is weighing a court challenge to the arbitration system", "Same (considering / weighing).")
P.f("processors' position", "related", "statement", "Processors said they could not pay more because the main buyers in the United States have cut orders.",
    "He argued that the processors, too, were unhappy", "Both on the processors' view of the price, different points.")
OUT.append(P.out())

# ---------------- pair 3: Utrecht bicycle garage
P = Pair("p3a_netherlands_bike_garage_closure_lowlandspress.txt", "p3b_netherlands_bike_garage_closure_utrechtsdagblad.txt")
P.f("spaces closed", "agree", "quantity", "about 8,400", "8,400 spaces", "Same.")
P.f("temporary racks", "agree", "quantity", "3,000 spaces", "3,000 bicycles", "Same 3,000 places on the Jaarbeursplein.")
P.f("daily users", "agree", "quantity", "About 22,000 cyclists", "About 22,000 bicycles", "Same weekday use (one bike per cyclist).")
P.f("sprinkler shortfall", "conflict", "quantity", "about 40%", "about 55 per cent", "Same report, 40% vs 55% less water than required.")
P.f("repair cost", "agree", "quantity", "€7.8 million", "€7.8 million", "Same.")
P.f("capacity vs spaces left", "related", "quantity", "12,500 spaces", "about 4,100 places",
    "A: total capacity of the garage; B: spaces still open on the top floor. Different measures.")
P.f("garage cost", "agree", "quantity", "about €30 million", "around €30 million", "Same.")
P.f("closure", "agree", "date", "Thursday", "Thursday", "Both 2026-05-14.")
P.f("racks open", "agree", "date", "Monday", "Monday, 18 May", "Both 2026-05-18.")
P.f("works start", "agree", "date", "1 June", "1 June", "Same.")
P.f("who said 'three thousand places'", "conflict", "quote",
    "Three thousand places for more than 8,000 bikes is not a solution,", "Three thousand places for more than 8,000 bikes is not a solution.",
    "Same words: A gives them to a Fietsersbond spokesman, B to commuter Sanne Visser.")
P.f("'safety comes first'", "agree", "quote", "Safety comes first, even if it is inconvenient for tens of thousands of people.",
    "Safety comes first, even if it is inconvenient for tens of thousands of people,", "Femke de Roos on both sides.")
P.f("ProRail and the cost", "conflict", "statement", "ProRail said it was \"studying the request\"", "ProRail has refused to contribute",
    "Opposite: still studying the request vs has refused.")
P.f("earlier warning", "agree", "statement", "De Roos denied that the city had ignored earlier warnings",
    "De Roos rejected criticism that the city ignored a 2023 warning", "Same denial.")
P.f("charging ban", "agree", "statement", "The municipality is considering a ban on e-bike charging inside all its garages",
    "The city is also considering banning the charging of e-bikes in its municipal garages", "Same.")
P.f("political follow-up", "related", "statement", "Councillors from the opposition questioned why the problem was not found earlier.",
    "The council will debate the closure on 21 May.", "Both on the council's reaction, different events.")
OUT.append(P.out())

# ---------------- pair 4: Luleå ice road
P = Pair("p4a_sweden_ice_road_closure_nordicwire.txt", "p4b_sweden_ice_road_closure_norrbottensposten.txt")
P.f("thinnest ice", "conflict", "quantity", "as little as 28 centimetres", "only 30 centimetres", "Minimum thickness in places: 28 vs 30 cm.")
P.f("ice needed for cars", "agree", "quantity", "at least 40 cm", "at least 40 cm", "Same rule.")
P.f("peak traffic", "conflict", "quantity", "about 450 vehicles a day", "up to 500 vehicles a day", "Both the season's peak daily traffic: about 450 vs up to 500.")
P.f("island residents", "agree", "quantity", "Around 160 people", "About 160 permanent residents", "Same.")
P.f("hovercraft cost", "agree", "quantity", "about 1.9 million kronor", "1.9 million kronor", "Same.")
P.f("cancelled bookings", "agree", "quantity", "40 bookings", "40 bookings", "Same.")
P.f("money asked vs money lost", "related", "quantity", "5 million kronor", "around 120,000 kronor",
    "A: support the municipality asked for; B: value of one guesthouse's lost bookings. Different sums in kronor.")
P.f("season length 20 years ago", "agree", "quantity", "82", "82 days", "Same; A's bare 82 annotated in days.")
P.f("road opened", "agree", "date", "January 29", "29 January", "Both 2026-01-29.")
P.f("road closed", "agree", "date", "Tuesday", "Tuesday", "Both 2026-02-24.")
P.f("hovercraft starts", "conflict", "date", "Thursday", "Friday", "2026-02-26 vs 2026-02-27.")
P.f("who said 'we will not reopen the road this winter'", "conflict", "quote",
    "We will not reopen the road this winter,", "We will not reopen the road this winter,",
    "Same words: A gives them to Trafikverket's Erik Lindqvist, B to islander Lena Ström.")
P.f("'the ice is our road'", "agree", "quote", "The ice is our road, our shop and our living,", "The ice is our road, our shop and our living,", "Lena Ström on both sides.")
P.f("support for island businesses", "conflict", "statement", "A spokesman for the infrastructure ministry said the request would be considered",
    "The ministry has already turned the request down", "Opposite: request to be considered vs already turned down.")
P.f("other ice roads", "agree", "statement", "the remaining three, further from open water, are expected to stay open",
    "Three of the seven ice roads in the archipelago will stay open for now.", "Same.")
P.f("islanders' response", "related", "statement", "Islanders said the short season had hurt tourism.",
    "Residents say they are considering buying their own airboat.", "Both on islanders' reaction; different points.")
OUT.append(P.out())

# ---------------- pair 5: Brunner & Fils short-time work
P = Pair("p5a_switzerland_watchmaker_short_time_alpinefinance.txt", "p5b_switzerland_watchmaker_short_time_bielerbote.txt")
P.f("staff on short-time work", "agree", "quantity", "620 employees", "around 600 of its employees", "620 is around 600 (B rounds).")
P.f("cut in working hours", "conflict", "quantity", "40%", "50 per cent", "A: hours cut by 40%; B: by half (a worker speaks of 50 per cent less work).")
P.f("wage share paid by insurance", "agree", "quantity", "80%", "80 per cent", "Same rule.")
P.f("fall in U.S. orders", "conflict", "quantity", "25%", "almost 30 per cent", "25% vs almost 30% since January.")
P.f("Swiss workforce", "agree", "quantity", "1,850 people", "1,850 people", "Same.")
P.f("U.S. tariff", "agree", "quantity", "39%", "39 per cent", "Same.")
P.f("other firms on short-time work", "agree", "quantity", "At least 14 other watch companies", "Around 15 watch firms",
    "14 others besides Brunner vs about 15 firms: compatible.")
P.f("5,000 francs", "related", "quantity", "less than 5,000 francs a month", "about 5,000 francs",
    "A: pay threshold for Unia's top-up demand; B: what most workers earn. Different measures in francs.")
P.f("start of short-time work", "agree", "date", "1 July", "1 July", "Same.")
P.f("announcement", "agree", "date", "Tuesday", "yesterday", "Both 2026-06-09 (B published 2026-06-10).")
P.f("export figures month", "agree", "date", "April", "April", "Same month of the 17.5% fall.")
P.f("who said 'short-time work lets us keep our watchmakers'", "conflict", "quote",
    "Short-time work lets us keep our watchmakers. Once they leave, they do not come back,", "Short-time work lets us keep our watchmakers,",
    "A gives the sentence to CEO Laurent Brunner, B to Unia's Marco Gerber.")
P.f("'once they leave'", "agree", "quote", "Short-time work lets us keep our watchmakers. Once they leave, they do not come back,",
    "Once they leave, they do not come back,", "Laurent Brunner on both sides (A's quote is longer).")
P.f("moving production to Portugal", "conflict", "statement", "The group is considering moving part of its strap and packaging production to Portugal",
    "A rumoured transfer of strap production to Portugal was denied by a spokesman", "Considering the move vs denied: no such plans.")
P.f("top-up for low earners", "agree", "statement", "The company rejected that request", "which the company has refused", "Same refusal.")
P.f("job cuts", "related", "statement", "it had no plans for job cuts but did not rule them out if demand did not recover by the end of the year",
    "The company says it will not cut jobs this year.", "Compatible: A adds that cuts are not ruled out later; B only this year.")
OUT.append(P.out())

# ---------------- pair 6: KIFR fusion record
P = Pair("p6a_southkorea_fusion_record_asiasciencewire.txt", "p6b_southkorea_fusion_record_daejeontimes.txt")
P.f("record duration", "agree", "quantity", "420 seconds", "420 seconds", "Same.", a_occ=2)
P.f("plasma temperature", "agree", "quantity", "100 million degrees Celsius", "100 million degrees Celsius", "Same.")
P.f("previous record", "agree", "quantity", "102 seconds", "102 seconds", "Same.")
P.f("upgrade cost", "conflict", "quantity", "38 billion won", "41 billion won", "38 vs 41 billion won for the same tungsten upgrade.")
P.f("plasma shots", "agree", "quantity", "2,150 plasma shots", "more than 2,000 plasma experiments", "2,150 is more than 2,000.")
P.f("2027 budget", "agree", "quantity", "215 billion won", "215 billion won", "Same.")
P.f("ITER share", "agree", "quantity", "about 9%", "around 9 percent", "Same.")
P.f("1,000-second marks", "related", "quantity", "1,066 seconds", "1,000 seconds",
    "A: China's EAST record (at lower temperature); B: KIFR's next target. Different things in seconds.")
P.f("day of the run", "conflict", "date", "Aug. 13", "Aug. 12", "2026-08-13 vs 2026-08-12.")
P.f("year of previous record", "agree", "date", "2024", "2024", "Same.")
P.f("1,000-second target year", "conflict", "date", "2028", "2029", "Target by 2028 vs by 2029.")
P.f("who said 'seven minutes is not a power plant'", "conflict", "quote",
    "Seven minutes is not a power plant, but it is proof that the walls can survive,", "Seven minutes is not a power plant, but it is proof that the walls can survive,",
    "Same words: A gives them to operations chief Park Ji-hoon, B to KIFR president Yoon Sung-ho.")
P.f("'not going to fall behind China'", "agree", "quote", "not going to fall behind China", "We are not going to fall behind China,", "Minister Kang Min-seo on both sides.")
P.f("reactor time for private firms", "conflict", "statement", "The institute said it was considering opening the reactor to private fusion companies",
    "The institute ruled out opening the reactor to private companies", "Considering vs ruled out.")
P.f("requests from firms", "agree", "statement", "had received requests from three firms", "Three domestic start-ups had asked for time on the machine.", "Same three requests.")
P.f("publication of data", "related", "statement", "the institute had published only a summary",
    "KIFR said it would submit a paper to a peer-reviewed journal within three months.", "Present state vs plan; compatible.")
OUT.append(P.out())

# ---------------- pair 7: Argentine lemon exports
P = Pair("p7a_argentina_lemon_exports_southconewire.txt", "p7b_argentina_lemon_exports_gacetadelnorte.txt")
P.f("export volume", "agree", "quantity", "412,000 tonnes", "412,600 tonnes", "A rounds the record to 412,000, B gives it exactly.")
P.f("export revenue", "agree", "quantity", "$486 million", "US$ 486 million", "Same.")
P.f("shipments to the United States", "agree", "quantity", "61,000 tonnes", "61,000 tonnes", "Same.")
P.f("Tucumán harvest", "agree", "quantity", "1.9 million tonnes", "about 1.9 million tonnes", "Same.")
P.f("freight per container", "agree", "quantity", "about $4,800", "about US$ 4,800", "Same.")
P.f("pickers employed", "conflict", "quantity", "around 45,000 seasonal pickers", "some 50,000 pickers", "Around 45,000 vs some 50,000 for the same harvest.")
P.f("credit line requested", "agree", "quantity", "50 billion pesos", "50,000-million-peso", "Same sum written two ways.")
P.f("prices in pesos", "related", "quantity", "310 pesos a kilo", "28,000 pesos",
    "A: growers' price per kilo of lemons; B: pickers' agreed daily wage. Different things in pesos.")
P.f("announcement", "agree", "date", "Wednesday", "yesterday", "Both 2026-09-23 (B published 2026-09-24).")
P.f("export duty removed", "agree", "date", "March", "March", "Both 2026-03.", b_occ=2)
P.f("full report", "agree", "date", "Oct. 8", "8 October", "Both 2026-10-08.")
P.f("who said 'the season that pays back the debts'", "conflict", "quote",
    "This is the season that pays back the debts of last year,", "This is the season that pays back the debts of last year,",
    "Same words: A gives them to Fecinoa's Ricardo Zamora, B to Agriculture Secretary Martín Echeverría.")
P.f("investing in new orchards", "conflict", "statement", "we will not invest in new orchards",
    "growers were ready to plant new orchards if the government approved a credit line", "Will not invest vs ready to plant (with credit).")
P.f("return of the export duty", "agree", "statement", "there would be no return of the duty",
    "would not bring back the 4.5% export duty", "Same pledge by Echeverría.")
P.f("U.S. market", "related", "statement", "the first full season of sales to the United States since a phytosanitary dispute was settled",
    "the United States bought 61,000 tonnes, its largest volume ever", "Both on the U.S. market, different points.")
OUT.append(P.out())

# ---------------- pair 8: Mombasa tea auction
P = Pair("p8a_kenya_tea_auction_slump_eastafricabusiness.txt", "p8b_kenya_tea_auction_slump_nakurumirror.txt")
P.f("average auction price", "conflict", "quantity", "$1.91", "US$1.89", "US$1.91 vs US$1.89 a kilo at the same sale.")
P.f("price a year earlier", "agree", "quantity", "$2.45", "US$2.45", "Same.")
P.f("tea offered", "agree", "quantity", "11.2 million kg", "About 11.2 million kilogrammes", "Same.")
P.f("share unsold", "agree", "quantity", "about 38%", "nearly 40 per cent", "About 38% and nearly 40%: compatible.")
P.f("production January-October", "agree", "quantity", "598 million kg", "598 million kilogrammes", "Same.")
P.f("green-leaf payment", "agree", "quantity", "24 shillings", "Sh24", "Same.", b_after="been paid")
P.f("cut in leaf intake", "agree", "quantity", "10%", "10 per cent", "Same December cut.")
P.f("shilling sums per kilo", "related", "quantity", "24 shillings", "about Sh244", "A: farmers' pay per kilo of green leaf; B: auction price per kilo of made tea in shillings. Different things.")
P.f("auction day", "agree", "date", "Tuesday", "Tuesday", "Both 2026-11-10.")
P.f("next auction", "conflict", "date", "Nov. 17", "Monday next week", "2026-11-17 (a Tuesday) vs 2026-11-16.")
P.f("intake cut month", "agree", "date", "December", "December", "Same.")
P.f("who said 'buyers are sitting on stock'", "conflict", "quote",
    "Buyers are sitting on stock and waiting for lower prices,", "Buyers are sitting on stock and waiting for lower prices,",
    "Same words: A gives them to broker Grace Wanjiru, B to farmers' leader Samuel Langat.")
P.f("'the state cannot be a tea trader'", "agree", "quote", "The state cannot be a tea trader,", "The state cannot be a tea trader,", "Peter Kiprono on both sides.")
P.f("minimum reserve price", "conflict", "statement", "the government was considering a minimum reserve price at the auction",
    "ruled out a minimum reserve price at the auction", "Considering vs ruled out.")
P.f("state support", "related", "statement", "He ruled out buying surplus tea with public funds.",
    "the ministry would instead spend Sh2 billion on a campaign to promote Kenyan tea", "Both on state action; different measures, compatible.")
P.f("weak buying", "agree", "statement", "Egypt's buyers have cut purchases", "Pakistan and Egypt, which together buy more than half of Kenya's tea, have cut their orders.", "Same.")
OUT.append(P.out())

with open(os.path.join(HERE, "gold", "pairs.gold.json"), "w", encoding="utf-8") as f:
    json.dump(OUT, f, ensure_ascii=False, indent=1)
    f.write("\n")
