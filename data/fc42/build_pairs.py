import json, os
from build_common import Pair, HERE

OUT = []

# ---------------- pair 1: Westfjords salmon escape
P = Pair("p1a_iceland_salmon_escape_nordicwire.txt", "p1b_iceland_salmon_escape_vestfirdingur.txt")
P.f("number of escaped salmon", "agree", "quantity", "Some 3,500 farmed salmon", "about 3,500", "Both about 3,500 (A also gives the exact count 3,480).")
P.f("fine for late reporting", "conflict", "quantity", "120 million kronur", "ISK 150 million", "Same fine by the Aquaculture Authority: 120 vs 150 million kronur.")
P.f("fish recaptured", "related", "quantity", "410 fish", "520", "A: by Wednesday afternoon; B: by Wednesday evening. Later count, not a contradiction.")
P.f("fish in the damaged pen", "agree", "quantity", "about 180,000 salmon", "180,000 fish", "Same.")
P.f("pen vs all farms in the fjord", "related", "quantity", "about 180,000 salmon", "about 1.4 million salmon", "A: the damaged pen; B: all 14 pens in the fjord. Different things.")
P.f("escapees' share of river catch", "agree", "quantity", "4%", "4%", "Same federation figure for last summer.")
P.f("share price fall", "agree", "quantity", "6.2%", "6.2 per cent", "Same.")
P.f("time to appeal", "agree", "quantity", "30 days", "30 days", "Same.")
P.f("tear discovered", "conflict", "date", "Sunday, January 11", "Saturday, 10 January", "2026-01-11 vs 2026-01-10.")
P.f("recapture count date", "agree", "date", "Wednesday afternoon", "Wednesday evening", "Both 2026-01-14.")
P.f("licence freeze until", "agree", "date", "2027", "2027", "Both: freeze until the end of 2027.")
P.f("who said 'Every escaped fish is one too many'", "conflict", "quote",
    "Every escaped fish is one too many, and we take full responsibility,", "Every escaped fish is one too many,",
    "Same words: A gives them to CEO Gudrun Halldorsdottir, B to regulator Petur Arnason.")
P.f("early slaughter of the remaining stock", "conflict", "statement",
    "She said the company would not slaughter the rest of the stock in the fjord early",
    "Vestlax has begun slaughtering the remaining salmon in the damaged pen early",
    "Opposite polarity: will not slaughter early vs has begun slaughtering early.")
P.f("net maintenance", "agree", "statement",
    "Halldorsdottir denied that the nets had been past their service life",
    "Chief executive Gudrun Halldorsdottir denied that the company had saved money on net maintenance",
    "Same denial by the CEO (worded differently).")
P.f("river owners' demand", "agree", "statement",
    "The Federation of River Owners asked the government to freeze all new sea-farming licences",
    "wants the government to stop issuing sea-farming licences",
    "Same demand (A: the federation; B: its chairman).")
P.f("what the government rules out", "related", "statement",
    "She said the state was not considering a ban on open-net farming",
    "A freeze on licences was \"not on the table\"",
    "A: minister rules out a ban on open-net farming; B: an official rules out a licence freeze. Different measures, both negative.")
OUT.append(P.out())

# ---------------- pair 2: Malta film rebate
P = Pair("p2a_malta_film_rebate_medbizwire.txt", "p2b_malta_film_rebate_vallettacourier.txt")
P.f("old rebate rate", "agree", "quantity", "40%", "40 per cent", "Same.")
P.f("new rebate rate", "agree", "quantity", "30%", "30 per cent", "Same.", a_occ=2)
P.f("cap per production", "conflict", "quantity", "€12 million", "€10 million", "Ceiling per production: €12m vs €10m.", a_occ=2)
P.f("spending by foreign productions", "agree", "quantity", "€185 million", "€185.4 million", "Rounded vs exact, both 2025.")
P.f("rebate paid out", "related", "quantity", "€61 million", "€58 million", "A: 2025 payout; B: 2024 payout (B says 2025 unpublished). Different years.")
P.f("freelance crew", "agree", "quantity", "about 2,000 freelance crew jobs", "roughly 1,900 freelance crew members", "Approximate figures, compatible.")
P.f("expected savings", "agree", "quantity", "about €20 million", "around €20 million", "Same yearly saving.")
P.f("Island Studios share fall", "agree", "quantity", "4.8%", "4.8 per cent", "Same.")
P.f("water tank bookings", "agree", "quantity", "210 days", "210 days", "Same, 2025.")
P.f("start of the new rate", "conflict", "date", "1 April", "1 July 2026", "2026-04-01 vs 2026-07-01.")
P.f("day of the announcement", "agree", "date", "Tuesday", "yesterday", "Both 2026-02-17.")
P.f("who said 'You cannot change the rules in the middle of the game'", "conflict", "quote",
    "You cannot change the rules in the middle of the game,", "You cannot change the rules in the middle of the game,",
    "Same words: A gives them to producers' president Mark Vella, B to Film Commissioner Rita Bonello.")
P.f("rebate still a good deal", "agree", "quote",
    "A 30% rebate with sunshine and English-speaking crews is still a good deal,", "still a good deal",
    "Same speaker (Bonello), B quotes only a fragment.")
P.f("productions already approved", "conflict", "statement",
    "He ruled out exemptions for productions that had already received provisional approval",
    "productions already holding a provisional approval letter will keep the old 40 per cent rate",
    "Opposite: no exemption vs they keep the old rate.")
P.f("audit office link", "agree", "statement",
    "Zammit denied that the change followed a National Audit Office review",
    "Zammit rejected claims that the National Audit Office had forced his hand",
    "Same denial.")
P.f("productions may leave", "related", "statement",
    "warned that two large productions planned for the autumn, worth about €70 million together, could move to Greece or Spain",
    "the company was considering moving a 14-week shoot planned for October to Crete",
    "A: association warns two productions could move; B: one studio considering a move. Same worry, different claims.")
OUT.append(P.out())

# ---------------- pair 3: Andorra rockfall
P = Pair("p3a_andorra_rockfall_road_pyreneespress.txt", "p3b_andorra_rockfall_road_diariprincipat.txt")
P.f("volume of the rockfall", "agree", "quantity", "about 2,000 cubic metres", "some 2,000 cubic metres", "Same.")
P.f("length of closure (headlines)", "conflict", "quantity", "three weeks", "Six weeks",
    "A's headline: closed for three weeks; B's headline: six weeks (geologist's minimum). Incompatible closure lengths.")
P.f("government's estimate of closure", "agree", "quantity", "at least three weeks", "three weeks", "Both report the government's three weeks.")
P.f("traffic on the road", "agree", "quantity", "Around 16,000 vehicles", "16,500 vehicles", "Approx vs exact, compatible.")
P.f("detour length", "agree", "quantity", "about 95 kilometres", "nearly 100 km", "Compatible approximations.")
P.f("cost of clearing and netting", "agree", "quantity", "about €4.5 million", "€4.5 million", "Same.")
P.f("loss of trade", "related", "quantity", "30%", "45%", "A: traders' association expects 30% of monthly turnover lost; B: one petrol station's sales down 45% in a day. Different measures.")
P.f("population", "agree", "quantity", "about 85,000 people", "85,000 residents", "Same.")
P.f("visitors a year", "agree", "quantity", "roughly 8 million visitors", "8.1 million visitors", "Compatible.")
P.f("day of the rockfall", "conflict", "date", "Wednesday", "Tuesday night", "A: 23:40 on Wednesday (2026-03-11); B: Tuesday night (2026-03-10).")
P.f("year of the geological report", "agree", "date", "2023", "2023", "Same 2023 report.")
P.f("gamble with lives", "agree", "quote", "I am not going to gamble with people's lives.", "I am not going to gamble with people's lives,", "Same speaker (Casals), same words.")
P.f("reopening a lane", "conflict", "statement",
    "We will not reopen a single lane until the geologists tell me the slope is safe",
    "One lane is expected to reopen this weekend for ambulances, fire engines and fuel tankers",
    "A: no lane until the slope is safe; B: one lane expected to reopen this weekend (for emergency traffic). Opposite polarity on reopening a lane.")
P.f("ignored warning", "agree", "statement",
    "He denied that the government had ignored a 2023 geological report",
    "Casals insisted there had been no warning that was ignored",
    "Same denial.")
P.f("help for businesses", "related", "statement",
    "asked the government to defer social security payments for affected firms for 90 days",
    "The government is considering a free shuttle bus",
    "A: traders ask for deferred payments; B: government considers a shuttle bus. Different measures.")
OUT.append(P.out())

# ---------------- pair 4: Montenegro vine disease
P = Pair("p4a_montenegro_vine_disease_adriaticnews.txt", "p4b_montenegro_vine_disease_podgorickiglas.txt")
P.f("vines to be uprooted", "conflict", "quantity", "120,000 vines", "about 150,000 vines", "Same order: 120,000 vs about 150,000 vines.", a_occ=2)
P.f("infected area", "agree", "quantity", "about 40 hectares", "38 hectares", "Approx vs exact, compatible.")
P.f("payment per vine", "agree", "quantity", "€2.50", "€2.50", "Same.")
P.f("compensation fund", "agree", "quantity", "€1.2 million", "€1.2 million", "Same.")
P.f("quarantine zone", "agree", "quantity", "5-kilometre", "5 km", "Same.")
P.f("share of company vineyards", "agree", "quantity", "less than 2%", "less than 2 per cent", "Same.")
P.f("vineyards inspected", "agree", "quantity", "600 hectares", "600 hectares", "Same.")
P.f("wine exports", "related", "quantity", "€24 million", "€21 million", "A: 2025 exports; B: 2024 exports. Different years.")
P.f("disease confirmed", "agree", "date", "April 21", "Tuesday", "Both 2026-04-21.")
P.f("uprooting deadline", "conflict", "date", "May 15", "31 May", "2026-05-15 vs 2026-05-31.")
P.f("first inspection report", "agree", "date", "June 30", "30 June", "Both 2026-06-30.")
P.f("who said 'If we lose this spring, we lose the plain'", "conflict", "quote",
    "If we lose this spring, we lose the plain,", "If we lose this spring, we lose the plain,",
    "Same words: A gives them to minister Vesna Radovic, B to CEO Milan Vukovic.")
P.f("price of a coffee", "agree", "quote",
    "Twenty years of work, and they offer us the price of a coffee for each plant,",
    "They offer us the price of a coffee for twenty years of work,",
    "Same speaker (Perovic), reworded.")
P.f("sales from nurseries", "conflict", "statement",
    "The ministry said it would not ban the sale of young vines from nurseries inside the quarantine zone",
    "The ministry has halted all sales of vine saplings from the nurseries in the quarantine zone",
    "Opposite: no ban (plants tested) vs all sales halted.")
P.f("source of infection", "agree", "statement",
    "Chief executive Milan Vukovic denied that the infected vines had come from the company's own nursery",
    "He insisted the company's nursery was not the source",
    "Same denial.")
P.f("more help for growers", "related", "statement",
    "The Montenegrin Winemakers' Association asked the government to raise the payment",
    "was considering a separate loan scheme for replanting",
    "A: association asks for a higher payment; B: minister considers loans. Different measures.")
OUT.append(P.out())

# ---------------- pair 5: Kosovo zinc offtake
P = Pair("p5a_kosovo_zinc_offtake_balkanmarkets.txt", "p5b_kosovo_zinc_offtake_prishtinapost.txt")
P.f("value of the contract", "conflict", "quantity", "about €310 million", "€280 million", "A: about €310m (companies); B: €280m (documents). B says it is lower than the minister's figure.")
P.f("yearly tonnage", "agree", "quantity", "60,000 tonnes", "60,000 tonnes", "Same.")
P.f("zinc content", "agree", "quantity", "52%", "52 per cent", "Same.")
P.f("length of the contract", "agree", "quantity", "five years", "five years", "Same.")
P.f("advance payment", "agree", "quantity", "€25 million", "€25m", "Same.")
P.f("advance vs plant investment", "related", "quantity", "€25 million", "€40 million", "A: Varna's advance; B: Artana's own spending on a flotation plant. Different things in EUR.")
P.f("workforce", "agree", "quantity", "1,200 workers", "about 1,200 miners and plant workers", "Same.")
P.f("output growth last year", "conflict", "quantity", "18%", "12 per cent", "Both: 2025 output rise to 54,000 tonnes (on 2024): 18% vs 12%.")
P.f("output last year", "agree", "quantity", "54,000 tonnes", "54,000 tonnes", "Same.")
P.f("state stake", "agree", "quantity", "80%", "80 per cent", "Same.")
P.f("day of signing", "conflict", "date", "Monday, June 15", "Tuesday", "A: signed Monday 2026-06-15; B: signed on Tuesday 2026-06-16.", b_after="the contract signed on")
P.f("first deliveries", "agree", "date", "September", "September", "Both 2026-09.")
P.f("every tonne", "agree", "quote",
    "For the first time, our miners know who will buy every tonne they bring up, and at what price,",
    "Our miners finally know who will buy every tonne, and at what price,",
    "Same speaker (Gashi), reworded.")
P.f("selling the state stake", "conflict", "statement",
    "Gashi said the government would not sell any part of its 80% stake in Artana",
    "The government is expected to sell up to 30 per cent of its 80 per cent stake",
    "Opposite: no sale vs expected partial sale.")
P.f("price below market", "agree", "statement",
    "Chief executive Drita Berisha denied that the company had agreed to a price below the market",
    "Chief executive Berisha rejected the claim that the price was below market",
    "Same denial.")
P.f("miners' pay", "related", "statement",
    "The miners' union asked for a 15% pay rise once deliveries start",
    "The company is considering a bonus tied to output",
    "A: union asks for a pay rise; B: company considers a bonus. Different measures.")
OUT.append(P.out())

# ---------------- pair 6: North Macedonia rail contract
P = Pair("p6a_northmacedonia_rail_contract_southeastwire.txt", "p6b_northmacedonia_rail_contract_skopjeobserver.txt")
P.f("extra payment", "agree", "quantity", "€48 million", "€48m", "Same.", a_occ=2, b_occ=2)
P.f("original contract", "agree", "quantity", "€155 million", "155 million euros", "Same.")
P.f("progress", "agree", "quantity", "62%", "about 60 per cent", "Compatible.")
P.f("tunnel length", "agree", "quantity", "2.4-kilometre", "2,400-metre", "Same length in two units.")
P.f("section length", "agree", "quantity", "34-kilometre", "34 km", "Same.")
P.f("final section", "agree", "quantity", "24-kilometre", "24 km", "Same.")
P.f("workers on site", "agree", "quantity", "Around 700 workers", "About 700 people", "Same.")
P.f("cost increase", "related", "quantity", "31%", "45%", "A: overrun on this section's contract; B: rise in the whole railway's cost since the 2019 estimate. Different bases.")
P.f("completion of the section", "conflict", "date", "December 2027", "June 2028", "2027-12 (government) vs 2028-06 (railway company).")
P.f("day of cabinet approval", "agree", "date", "Tuesday", "Tuesday", "Both 2026-07-14.")
P.f("Bulgarian side finished", "agree", "date", "2027", "2027", "Both 2027.", a_after="Bulgaria has said")
P.f("who said 'stopping now would cost the country far more'", "conflict", "quote",
    "Nobody is happy to pay more, but stopping now would cost the country far more,",
    "Stopping now would cost the country far more,",
    "Same words: A gives them to minister Zoran Trajkovski, B to railway company director Elena Stojanovska.")
P.f("penalty for the delay", "conflict", "statement",
    "The contractor will not pay any penalty for the delay",
    "The contractor has agreed to pay a penalty of €3 million",
    "Opposite: no penalty vs agreed penalty.")
P.f("works without tender", "agree", "statement",
    "Trajkovski denied that the additional works had been awarded without competition",
    "The minister rejected suggestions that the new works had been handed over without a tender",
    "Same denial.")
P.f("opposition demands", "related", "statement",
    "the government had refused to terminate the contract with the Vardar Rail Joint Venture, as some opposition lawmakers had demanded",
    "called for a parliamentary inquiry",
    "A: opposition wanted the contract ended (refused); B: opposition MP calls for an inquiry. Different demands.")
OUT.append(P.out())

# ---------------- pair 7: Moldova battery storage
P = Pair("p7a_moldova_battery_storage_eastenergywire.txt", "p7b_moldova_battery_storage_ziarulcapitalei.txt")
P.f("number of bids", "conflict", "quantity", "seven bids", "nine bids", "7 vs 9 bids in the same tender.")
P.f("power", "agree", "quantity", "75-megawatt", "75 MW", "Same.")
P.f("storage", "agree", "quantity", "150 megawatt-hours", "150 MWh", "Same.")
P.f("project cost", "agree", "quantity", "€62 million", "about €63 million", "B converts 1.24 billion lei; compatible.")
P.f("EU grant", "agree", "quantity", "€25 million", "€25 million", "Same.")
P.f("grant vs loan", "related", "quantity", "€25 million", "€37 million", "A: EU grant; B: EBRD loan. Different sources of money.")
P.f("monthly fee", "agree", "quantity", "1.9 million lei", "1.9 million lei", "Same.")
P.f("operating term", "agree", "quantity", "12 years", "twelve years", "Same.")
P.f("balancing costs", "agree", "quantity", "about 700 million lei", "700 million lei", "Same.")
P.f("cut in balancing costs", "agree", "quantity", "20%", "20 per cent", "Same.")
P.f("grid connection", "conflict", "date", "December 2027", "March 2028", "2027-12 vs 2028-03.")
P.f("day winner was named", "agree", "date", "Tuesday", "yesterday", "Both 2026-09-22.")
P.f("flexibility", "agree", "quote",
    "This is the day Moldova stops being only a consumer of other people's flexibility,",
    "Moldova will no longer only buy flexibility from others, it will have its own,",
    "Same speaker (Ciobanu), reworded.")
P.f("challenge by runner-up", "conflict", "statement",
    "said it was disappointed but would not challenge the result",
    "has filed a challenge with the National Agency for Solving Complaints",
    "Opposite: will not challenge vs has filed a challenge.")
P.f("other bids' prices", "agree", "statement",
    "The ministry refused to disclose the prices offered by the other bidders",
    "The ministry declined to say how much Anadolu had bid",
    "Same refusal.")
P.f("next steps for storage", "related", "statement",
    "Ciobanu said a second tender, for another 50 megawatts, would be launched in 2027",
    "The energy regulator ANRE is considering a new tariff for storage services",
    "Different measures (second tender vs tariff).")
OUT.append(P.out())

# ---------------- pair 8: Armenia telescope mirror
P = Pair("p8a_armenia_telescope_mirror_caucasuspress.txt", "p8b_armenia_telescope_mirror_aragatsdaily.txt")
P.f("delay", "conflict", "quantity", "18 months", "about a year", "18 months vs about a year.", a_occ=2)
P.f("mirror size", "agree", "quantity", "1.8-metre", "1.8 m", "Same.", b_occ=2)
P.f("crack length", "agree", "quantity", "12-centimetre", "12 cm", "Same.")
P.f("repair cost", "agree", "quantity", "about $1.5 million", "roughly $1.5 million", "Same (B also in drams).")
P.f("telescope cost", "agree", "quantity", "$14 million", "$14 million", "Same.", a_occ=2)
P.f("insurance", "related", "quantity", "$2 million", "$900,000", "A: sum insured; B: insurers' offer so far. Different things in USD.")
P.f("shock recorded", "agree", "quantity", "more than 9 g", "9 g", "Compatible.")
P.f("road distance", "agree", "quantity", "430 kilometres", "430 km", "Same.")
P.f("altitude", "agree", "quantity", "about 3,200 metres", "3,200 m", "Same.")
P.f("regrinding time", "agree", "quantity", "at least nine months", "nine to twelve months", "Compatible.")
P.f("original first light", "agree", "date", "March 2027", "March 2027", "Same.")
P.f("day of announcement", "agree", "date", "Tuesday", "yesterday", "Both 2026-11-10.", a_after="Institute said on")
P.f("who said 'Glass like this survives a rocket launch'", "conflict", "quote",
    "Glass like this survives a rocket launch, it should survive a road,",
    "Glass like this survives a rocket launch, it should survive a road,",
    "Same words: A gives them to director Anahit Sargsyan, B to minister Gevorg Hakobyan.")
P.f("suing the carrier", "conflict", "statement",
    "The institute said it would not take the carrier to court for now",
    "the institute is preparing a lawsuit against the carrier",
    "Opposite: no court case for now vs preparing a lawsuit.")
P.f("carrier's responsibility", "agree", "statement",
    "denied responsibility", "Ararat Cargo rejected the accusations",
    "Same denial by the carrier.")
P.f("help for the project", "related", "statement",
    "Science Minister Gevorg Hakobyan said the government was considering emergency funding",
    "asked the ministry to extend the grants of 38 young researchers",
    "A: minister considers emergency funds; B: scientists ask for grant extensions. Different measures.")
OUT.append(P.out())

with open(os.path.join(HERE, "gold", "pairs.gold.json"), "w", encoding="utf-8") as f:
    json.dump(OUT, f, ensure_ascii=False, indent=1)
    f.write("\n")
