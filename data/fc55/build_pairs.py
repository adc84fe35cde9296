import json, os
from build_common import Pair, HERE

OUT = []

# ---------------- pair 1: toquilla palm blight
P = Pair("p1a_ecuador_toquilla_blight_andeswire.txt", "p1b_ecuador_toquilla_blight_diariodelaustro.txt")
P.f("area of palm damaged", "conflict", "quantity", "about 1,800 hectares", "about 2,100 hectares", "Both give the ministry's figure for the same outbreak: 1,800 vs 2,100 ha.")
P.f("straw price now", "agree", "quantity", "$7", "$7", "Same bundle price.")
P.f("straw price before", "agree", "quantity", "$4", "$4", "Same October price.")
P.f("price rise", "agree", "quantity", "75%", "75%", "Same.")
P.f("weaving families", "agree", "quantity", "some 8,000 weaving families", "Around 8,300 families", "Approximate figures, compatible.")
P.f("farms with fungus", "agree", "quantity", "23 farms", "23 farms", "Same.")
P.f("seedlings", "agree", "quantity", "60,000 disease-free seedlings", "60,000 healthy seedlings", "Same.")
P.f("bonus per family", "agree", "quantity", "$300", "$300", "Same per-family payment.")
P.f("exporter's price rise", "conflict", "quantity", "15%", "12%", "Sombreros Azuay's increase to foreign buyers: 15% vs 12%, same date.")
P.f("hat and straw exports", "related", "quantity", "$11.6 million", "$1.1 million", "A: exports in all of 2025; B: exports in December. Different periods.")
P.f("outbreak review", "agree", "date", "February 15", "15 February", "Both 2026-02-15.")
P.f("exporter's price rise takes effect", "agree", "date", "February 1", "1 February", "Both 2026-02-01.")
P.f("who said the palm never died this fast", "conflict", "quote", "We have never seen the palm die this fast,", "We have never seen the palm die this fast,",
    "Same words: A gives them to grower leader Rosa Quimis, B to Deputy Minister Julio Arteaga.")
P.f("straw export restriction", "conflict", "statement", "Arteaga ruled out a ban on straw exports to Peru and Colombia",
    "Arteaga said the government is considering limits on raw-straw exports to Peru and Colombia", "Ruled out vs is considering: opposite polarity.")
P.f("existing export orders", "agree", "statement", "it would honour orders already placed", "said it would deliver all existing orders", "Same pledge by Sombreros Azuay.")
P.f("help for replanting", "related", "statement", "was considering a credit line for growers who replant", "The Manabí provincial government pledged $400,000",
    "A: ministry weighs a credit line; B: province pledges replanting money. Different actors and measures.")
OUT.append(P.out())

# ---------------- pair 2: Maracaibo blood shortage
P = Pair("p2a_venezuela_blood_shortage_lavozdellago.txt", "p2b_venezuela_blood_shortage_caribepress.txt")
P.f("operations postponed", "conflict", "quantity", "320 planned operations", "410 operations", "Both count operations postponed since the start of the week: 320 vs 410.", b_occ=2)
P.f("blood left in the bank", "agree", "quantity", "140 bags", "fewer than 150 bags", "140 is fewer than 150.", a_occ=2)
P.f("bags spoiled", "agree", "quantity", "About 600 bags", "About 600 bags", "Same.")
P.f("blackout length", "agree", "quantity", "five-hour", "five hours", "Same.")
P.f("donor target", "agree", "quantity", "5,000 donors", "5,000 donors", "Same.")
P.f("generator cost", "agree", "quantity", "18 million bolívares", "18 million bolívares", "Same; B adds a dollar value.")
P.f("donors who came", "related", "quantity", "260 people", "More than 1,100 people", "A: donors on Monday alone; B: donors since Sunday. Different periods.")
P.f("what Caracas sends", "related", "quantity", "200 bags", "20,000 blood-collection bags", "A: bags of blood; B: empty collection bags. Different things.")
P.f("day of the blackout", "agree", "date", "Saturday", "February 7", "Both 2026-02-07.", a_occ=2)
P.f("donor target deadline", "agree", "date", "March 15", "March 15", "Same.")
P.f("new generator running", "conflict", "date", "February 28", "early March", "2026-02-28 vs 2026-03.")
P.f("who said 'a life on hold'", "conflict", "quote", "Every bag of blood we lost on Saturday was a life on hold,", "Every bag of blood we lost on Saturday was a life on hold,",
    "Same words: A gives them to health secretary Urdaneta, B to hospital director Fuenmayor.")
P.f("blood from the national bank", "conflict", "statement", "The Ministry of Health has agreed to send blood from the national bank in Caracas",
    "the Ministry of Health in Caracas refused to send stocks from the national blood bank", "Agreed vs refused: opposite polarity.")
P.f("generator neglect", "agree", "statement", "denied that the old machine had been neglected",
    "Fuenmayor rejected claims by the doctors' union that maintenance had been skipped", "Same denial by the director.")
P.f("other help sought", "related", "statement", "asked private clinics in the city to share their own reserves",
    "pledged to pay for buses to carry donors", "A: secretary asks clinics for blood; B: governor pledges transport for donors. Different measures.")
OUT.append(P.out())

# ---------------- pair 3: Jakarta eviction compensation
P = Pair("p3a_indonesia_eviction_ruling_nusantaranewswire.txt", "p3b_indonesia_eviction_ruling_jakartaeveningpost.txt")
P.f("compensation", "agree", "quantity", "Rp 46.8 billion", "Rp 46.8 billion", "Same award.", a_occ=2)
P.f("compensation in dollars", "agree", "quantity", "US$2.8 million", "about US$2.8 million", "Same conversion.")
P.f("families", "agree", "quantity", "312 families", "312 homes", "Same 312 households/homes.")
P.f("per family", "agree", "quantity", "about Rp 150 million", "roughly Rp 150 million", "Same average.")
P.f("payment deadline", "conflict", "quantity", "90 days", "60 days", "Deadline set by the judge: 90 vs 60 days.")
P.f("legal costs", "agree", "quantity", "Rp 1.2 billion", "Rp 1.2 billion", "Same.")
P.f("size of the works", "related", "quantity", "15 metres", "4.6 hectares", "A: how far the bank was pushed back; B: land area taken. Different measures.")
P.f("effect on floods", "related", "quantity", "about 40%", "700", "A: fall in flooding after the work; B: households flooded last year. Different measures.")
P.f("date of the evictions", "conflict", "date", "August 2023", "September 2023", "2023-08 vs 2023-09.")
P.f("date of the ruling", "agree", "date", "Wednesday", "Wednesday", "Both 2026-03-25.")
P.f("lawyer's 'as if they were the flood'", "agree", "quote", "The city treated these families as if they were the flood itself,", "They bulldozed us as if we were the flood,",
    "Same speaker (Dewi Kartikasari), reworded.")
P.f("appeal", "conflict", "statement", "The city's legal bureau said it would appeal to the Jakarta High Court", "the city would not challenge the ruling",
    "Will appeal vs will not challenge: opposite polarity.")
P.f("lawfulness of evictions", "agree", "statement", "denied that the evictions had been unlawful", "rejected claims that the evictions were illegal", "Same denial by the legal bureau.")
P.f("offer of housing", "agree", "statement", "residents had been offered rented flats in public housing blocks", "the families had been offered public housing", "Same claim.")
P.f("flats for the families", "related", "statement", "Residents asked the city to move them into subsidised flats", "pledged that the families would also get priority for 500 new subsidised flats",
    "A: residents' request; B: governor's pledge. Different actors, compatible.")
OUT.append(P.out())

# ---------------- pair 4: Tampere tram delay
P = Pair("p4a_finland_tram_delay_nordicwire.txt", "p4b_finland_tram_delay_tampereentimes.txt")
P.f("cracked welds", "conflict", "quantity", "230 rail welds", "320 of the welds", "230 vs 320 cracked welds.")
P.f("length of branch", "agree", "quantity", "4.8-kilometre", "4,8 km", "Same (decimal comma in B).")
P.f("stops", "agree", "quantity", "nine stops", "nine stops", "Same.")
P.f("total cost", "agree", "quantity", "€112 million", "€112 million", "Same.")
P.f("overrun", "agree", "quantity", "about 14%", "14 per cent", "Same.")
P.f("repair cost", "agree", "quantity", "€3.5 million", "about €3,5 million", "Same estimate.")
P.f("passengers last year", "agree", "quantity", "17.2 million passengers", "17.2 million passengers", "Same.")
P.f("daily riders", "related", "quantity", "about 12,000 passengers a day", "about 5,500 a day", "A: forecast for the tram; B: current bus line 8. Different things.")
P.f("new opening date", "conflict", "date", "August 10", "17 August", "2026-08-10 vs 2026-08-17.")
P.f("original opening date", "agree", "date", "May 25", "25 May", "Both 2026-05-25.")
P.f("first tram lines opened", "agree", "date", "August 2021", "August 2021", "Same.")
P.f("test runs start", "agree", "date", "July", "July", "Both 2026-07.")
P.f("who said 'a line we do not trust'", "conflict", "quote", "We will not open a line we do not trust,", "We will not open a line we do not trust,",
    "Same words: A gives them to project director Laaksonen, B to Mayor Heinonen.")
P.f("who pays for repairs", "conflict", "statement", "has agreed to pay for the repairs", "refused to bear the cost of the repairs", "Agreed vs refused: opposite polarity (Pohjola Rail Works).")
P.f("replacement buses", "agree", "statement", "Bus line 8 will keep running on the route until the trams start", "Bus line 8 will continue to serve Lentävänniemi and Lamminpää until the opening", "Same.")
P.f("council response", "related", "statement", "is considering a free month of travel", "asked the city board for an independent inquiry", "A: free travel idea; B: inquiry request. Different measures by the same committee.")
OUT.append(P.out())

# ---------------- pair 5: Douro port allowance
P = Pair("p5a_portugal_port_quota_iberiapress.txt", "p5b_portugal_port_quota_jornaldonorte.txt")
P.f("new allowance", "agree", "quantity", "90,000 pipes", "90.000 pipes", "Same (B uses the Portuguese thousands point).")
P.f("last year's allowance", "agree", "quantity", "104,000", "104.000 pipes", "Same.")
P.f("size of the cut", "agree", "quantity", "13.5%", "about 14%", "13.5% rounded to about 14%.", a_occ=2)
P.f("number of growers", "conflict", "quantity", "Around 19,000 growers", "21.000 growers", "Growers sharing the allowance: about 19,000 vs 21,000.")
P.f("price of port must", "agree", "quantity", "about €1,050 a pipe", "around €1.050", "Same.")
P.f("growers' loss", "agree", "quantity", "about €14.7 million", "almost €15 million", "Compatible rounding of the growers' estimate.")
P.f("distillation aid", "conflict", "quantity", "€5 million", "€8 million", "The minister's distillation money: €5m vs €8m.")
P.f("port sales", "related", "quantity", "6%", "4%", "A: volume fall in 2025; B: value fall in the first half of 2026. Different measure and period.", b_after="Sales of port fell")
P.f("Douro vineyard area", "agree", "quantity", "about 43,000 hectares", "about 43.000 hectares", "Same.")
P.f("day of the board's decision", "conflict", "date", "Wednesday", "Tuesday", "2026-07-15 vs 2026-07-14.")
P.f("growers' protest", "agree", "date", "July 25", "25 July", "Both 2026-07-25.")
P.f("harvest start", "agree", "date", "September", "September", "Both 2026-09 (A: first week of September).", a_occ=2)
P.f("Borges on who pays for the crisis", "agree", "quote", "They are asking the smallest farmers to pay for a crisis they did not cause,",
    "They are asking the small farmer to pay for a crisis he did not create,", "Same speaker (Amelia/Amélia Borges), reworded.")
P.f("revision of the allowance", "conflict", "statement", "the board would review the figure in September if sales in the summer recovered",
    "ruled out any revision of the figure before the harvest", "Will review in September vs ruled out any revision before the harvest.")
P.f("buying below cost", "agree", "statement", "Exporters denied that they were buying grapes below cost",
    "The Port Wine Shippers' Association rejected that claim", "Same denial.")
P.f("growers' demands", "related", "statement", "asked the government to set a minimum price for table-wine grapes",
    "asked for the minister and the board's president to be heard in parliament's agriculture committee", "A: growers' price demand; B: MPs' request for a hearing. Different actors and asks.")
OUT.append(P.out())

# ---------------- pair 6: Greek ferry strike
P = Pair("p6a_greece_ferry_strike_mediterraneanpress.txt", "p6b_greece_ferry_strike_aegeanherald.txt")
P.f("strike length", "agree", "quantity", "48-hour", "48-hour", "Same.", a_occ=2)
P.f("ships idle", "agree", "quantity", "About 140 passenger ferries", "137 ships", "137 is about 140.")
P.f("passengers with cancelled trips", "conflict", "quantity", "about 23,000 passengers", "31.000 passengers",
    "Both: passengers with bookings for Wednesday and Thursday cancelled: about 23,000 vs 31,000.")
P.f("pay demand", "agree", "quantity", "12%", "12%", "Same.")
P.f("demand period", "agree", "quantity", "two years", "two years", "Same.")
P.f("seamen's pay", "related", "quantity", "about €1,450 a month", "€1.180 a month", "A: an experienced deckhand's pay; B: the minimum wage. Different things in the same unit.")
P.f("strike start", "agree", "date", "Wednesday", "Wednesday", "Both 2026-06-10.")
P.f("ships resume", "agree", "date", "Friday", "Friday", "Both 2026-06-12.")
P.f("court decision", "agree", "date", "Tuesday", "Tuesday", "Both 2026-06-09.")
P.f("last strike year", "agree", "date", "2018", "2018", "A: previous strikes in 2013 and 2018; B: first since 2018.")
P.f("next talks", "conflict", "date", "Monday", "17 June", "2026-06-15 vs 2026-06-17.")
P.f("Stamatakis on hostages of the season", "agree", "quote", "We are not hostages of the tourist season, and our members are not slaves of it either,",
    "The season will not hold us hostage,", "Same speaker, reworded.")
P.f("who promised medicine for the islands", "conflict", "quote", "No island will be left without medicine,", "The islands will not be left without medicine,",
    "Near-identical words: A gives them to Minister Papadakis, B to coast guard spokesman Lykos.")
P.f("legality of the strike", "conflict", "statement", "refused a request by the Union of Greek Coastal Shipowners to declare the strike illegal",
    "a court in Piraeus ruled on Tuesday evening that it was illegal", "Court refused to declare it illegal vs ruled it illegal.")
P.f("exempt sailings", "agree", "statement", "would sail under an agreement with the union", "sailed for the Dodecanese under an exemption agreed with the union", "Same exemption.")
P.f("island businesses", "related", "statement", "asked the government to compensate businesses if the strike is extended",
    "estimated that lost bookings on the two days were worth about €4 million", "Same chamber: a request in A, a loss estimate in B.")
OUT.append(P.out())

# ---------------- pair 7: Czech hop harvest
P = Pair("p7a_czechia_hop_harvest_centraleuropewire.txt", "p7b_czechia_hop_harvest_severniceskytydenik.txt")
P.f("harvest", "agree", "quantity", "about 4,100 tonnes", "4 138 tonnes", "Rounded once, exact once.")
P.f("fall in harvest", "agree", "quantity", "38%", "38 %", "Same.", a_occ=2)
P.f("growers", "agree", "quantity", "About 120 growers", "118 members", "118 is about 120.")
P.f("hop area", "agree", "quantity", "some 4,900 hectares", "4 900 hectares", "Same.")
P.f("spot price", "agree", "quantity", "about 420 crowns", "about 420 Kč", "Same.")
P.f("earlier price", "agree", "quantity", "290 crowns", "290 Kč", "Same.")
P.f("emergency aid", "conflict", "quantity", "250 million crowns", "300 million Kč", "Minister's aid: 250m vs 300m koruna.")
P.f("aid threshold", "agree", "quantity", "more than 30%", "more than 30 %", "Same.")
P.f("exports", "related", "quantity", "About 80%", "12 %", "A: share of crop exported; B: fall in exports January-August. Different measures.")
P.f("harvest ended", "conflict", "date", "September 12", "15 September", "2026-09-12 vs 2026-09-15.")
P.f("union's announcement", "agree", "date", "Tuesday", "Tuesday", "Both 2026-09-22.")
P.f("who said 'we need the growers'", "conflict", "quote", "We need the growers more than they need us,", "We need the growers more than they need us,",
    "Same words: A gives them to brewers' director Novakova, B to growers' chairman Brož.")
P.f("Brož on the worst harvest", "agree", "quote", "This is the worst harvest any of us has ever seen, and I have grown hops for 35 years,",
    "Thirty-five years I have been in the hop gardens, and I have never seen anything like this,", "Same speaker, reworded.")
P.f("drought surcharge", "conflict", "statement", "its members had agreed to pay a drought surcharge", "refused growers' calls for a drought surcharge",
    "Agreed vs refused: opposite polarity (Czech Brewers' Association).")
P.f("hop imports", "agree", "statement", "Kratochvil ruled out any limit on hop imports", "the government would not limit imports of hops", "Same.")
P.f("watering hop gardens", "related", "statement", "Growers asked the state to fund irrigation for hop gardens", "The ministry also plans to build a reservoir",
    "A: growers' request; B: ministry's reservoir plan. Related, compatible.")
OUT.append(P.out())

# ---------------- pair 8: MAV train order
P = Pair("p8a_hungary_train_order_danubebusinesswire.txt", "p8b_hungary_train_order_pestihirlap.txt")
P.f("trains ordered", "agree", "quantity", "40 double-deck electric trains", "40 trains", "Same.")
P.f("contract value", "agree", "quantity", "HUF 168 billion", "168 billion forints", "Same.", a_occ=2)
P.f("contract value in euros", "agree", "quantity", "about €420 million", "roughly 420 million euros", "Same conversion.")
P.f("price per train", "agree", "quantity", "HUF 4.2 billion", "4,2 billion forints", "Same (decimal comma in B).")
P.f("seats per train", "conflict", "quantity", "620 seats", "580 seats", "620 vs 580 seats per train.")
P.f("who pays", "related", "quantity", "About 85%", "about 25 billion forints", "A: EU share in percent; B: state's own payment in forints. Different measures (compatible: 15% of 168bn).")
P.f("jobs", "agree", "quantity", "about 900 jobs", "900 people", "Same hiring.")
P.f("ridership", "related", "quantity", "about 140 million passengers", "some 95 000 commuters", "A: MAV passengers a year; B: commuters a day on three lines.")
P.f("top speed", "agree", "quantity", "160 km per hour", "up to 160 km/h", "Same.")
P.f("line speed", "agree", "quantity", "120 km/h", "120 km/h", "Same.")
P.f("first train", "conflict", "date", "December 2028", "March 2029", "2028-12 vs 2029-03.")
P.f("signing", "agree", "date", "Wednesday", "yesterday", "Both 2026-11-18.")
P.f("Szentesi on dignity", "agree", "quote", "These trains will give commuters back their dignity,",
    "For thirty years commuters have been standing in old carriages. These trains will give them back their dignity,", "Same speaker, reworded and extended.")
P.f("losing bidder's challenge", "conflict", "statement", "said it would appeal the award to the Public Procurement Arbitration Board",
    "it would not challenge the result", "Will appeal vs will not challenge (Alpentrak AG).")
P.f("tailored tender", "agree", "statement", "MAV denied that the tender had been tailored to favour a Hungarian bidder",
    "MÁV rejected claims by opposition MPs that the tender had been written for a Hungarian maker", "Same denial.")
P.f("publishing the contract", "related", "statement", "Opposition lawmakers asked for the full contract to be published",
    "The minister pledged that the full contract would be published", "A: opposition request; B: minister's pledge. Compatible, different actors.")
OUT.append(P.out())

with open(os.path.join(HERE, "gold", "pairs.gold.json"), "w", encoding="utf-8") as f:
    json.dump(OUT, f, ensure_ascii=False, indent=1)
    f.write("\n")
print(len(OUT), "pairs,", sum(len(p["facts"]) for p in OUT), "facts")
