import json, os
from build_common import Pair, HERE

OUT = []

# ---------------- pair 1: Velora e-bike battery recall
P = Pair("p1a_netherlands_ebike_recall_lowlandswire.txt", "p1b_netherlands_ebike_recall_zwolsestadskrant.txt")
P.f("batteries recalled", "agree", "quantity", "47,850 battery packs", "47,850 batteries", "Same exact count on both sides.")
P.f("fires linked to the packs", "conflict", "quantity", "11 fires", "13 fires", "A says 11 fires, B 13, both as the count behind the recall.")
P.f("cost of the recall", "agree", "quantity", "€31.4 million", "€31.4 million", "Company estimate, same on both sides.")
P.f("voucher for owners", "conflict", "quantity", "€75 voucher", "€50 voucher", "Same voucher, €75 vs €50.")
P.f("share price fall", "related", "quantity", "12.6%", "21%", "A: fall on the day; B: fall since early December. Different periods.")
P.f("staff", "agree", "quantity", "about 640 people", "640 staff", "Same workforce.")
P.f("packs sold since", "agree", "date", "March 2024", "March 2024", "Same start of sales.")
P.f("sales halted", "agree", "date", "January 9", "9 January", "Both 2026-01-09.")
P.f("replacements shipped from", "agree", "date", "February 16", "16 February", "Both 2026-02-16.")
P.f("exchange finished by", "conflict", "date", "the end of June", "the end of August", "2026-06 vs 2026-08 for the end of the swap.")
P.f("Dekkers: stop charging", "agree", "quote", "We are not waiting for a regulator to tell us what to do. Stop charging these batteries today,", "Stop charging these batteries today,",
    "Same speaker; B splits and rewords the quote.")
P.f("who called it the largest recall", "conflict", "quote", "This is the largest battery recall in the Dutch bicycle trade that I know of,",
    "This is the largest battery recall in the Dutch bicycle trade that I know of,", "Same words: A gives them to analyst Pieter Hoogland, B to dealers' chairman Ruud Verbeek.")
P.f("job cuts", "conflict", "statement", "Dekkers said there would be no job cuts as a result of the recall",
    "Dekkers did not rule out job cuts at the plant if the cost of the recall rises further", "A: no job cuts; B: job cuts not ruled out. Polarity.")
P.f("cap on replacements", "agree", "statement", "ruled out any cap on the number of replacements", "There will be no limit on the number of replacements",
    "Both: no limit.")
P.f("regulator's action", "related", "statement", "had asked Velora to halt sales of the model", "it is considering a fine",
    "A: board asked for a sales halt (B also says so); B adds that a fine is being considered. Different steps by the same regulator.")
OUT.append(P.out())

# ---------------- pair 2: Sollefteå sawmill closure
P = Pair("p2a_sweden_sawmill_closure_nordicbusinesswire.txt", "p2b_sweden_sawmill_closure_adalenstidning.txt")
P.f("jobs lost", "agree", "quantity", "186 jobs", "186 employees", "Same 186 (A's body figure).", a_occ=2)
P.f("mill capacity", "agree", "quantity", "320,000 cubic metres", "320 000 m3", "Same capacity; B uses Swedish spacing and the m3 symbol.")
P.f("2025 loss", "conflict", "quantity", "SEK 148 million", "184 million kronor", "Same year's loss (B 'last year' = 2025): 148 vs 184 million kronor.")
P.f("closure money", "related", "quantity", "SEK 95 million", "40 million kronor", "A: restructuring charge booked by the group; B: severance fund per the union. Different sums.")
P.f("log price rise", "agree", "quantity", "38%", "more than a third", "38% is more than a third (A since 2023, B 'in two years').")
P.f("forest owners supplying the mill", "agree", "quantity", "Around 2,300 forest owners", "2 300 private forest owners", "Same.")
P.f("announcement", "agree", "date", "Tuesday", "yesterday", "Both 2026-02-10.")
P.f("closure date", "agree", "date", "the end of May", "31 May", "2026-05 and 2026-05-31 are compatible.")
P.f("mill opened", "agree", "date", "1952", "1952", "Same year.")
P.f("union talks begin", "conflict", "date", "February 17", "Monday 16 February", "2026-02-17 vs 2026-02-16.")
P.f("Sjöberg: no way to make the mill pay", "agree", "quote", "We have run out of ways to make this mill pay,", "There is no longer any way to make the mill pay,",
    "Same speaker, reworded.")
P.f("who said 'a dark day for Ådalen'", "conflict", "quote", "This is a dark day for Ådalen,", "This is a dark day for Ådalen,",
    "Same words: A gives them to union representative Lena Forsberg, B to municipal chairman Göran Nilsson.")
P.f("sale of the mill", "conflict", "statement", "The company said it would not sell the Sollefteå mill to a competitor",
    "Norrskog is open to selling the site to another operator", "A: will not sell; B: open to a sale. Polarity.")
P.f("volume moved to Kramfors", "agree", "statement", "Part of the mill's volume will be moved to its larger sawmill in Kramfors",
    "Some production will shift to the Kramfors sawmill", "Same.")
P.f("state's role", "related", "statement", "the government would not intervene in a commercial decision",
    "The municipality has asked the government for transition support", "A: minister rules out intervening; B: municipality asks for support. Different actors and requests; not contradictory.")
OUT.append(P.out())

# ---------------- pair 3: Liège night-flight cap
P = Pair("p3a_belgium_night_flights_eurocargomonitor.txt", "p3b_belgium_night_flights_courrierdeliege.txt")
P.f("night-flight cap", "agree", "quantity", "8,500 night flights", "8.500 night movements", "Same cap; B writes the Belgian thousands point.", a_after="cap of")
P.f("night movements last year", "conflict", "quantity", "about 11,200 night movements", "11.900 night movements", "Same 2025 count: about 11,200 vs 11,900 (700 apart, beyond 'about').")
P.f("share of traffic cut", "agree", "quantity", "roughly a quarter", "about a quarter", "Same.")
P.f("penalty vs surcharge", "related", "quantity", "€25,000", "€1.200", "A: fine per flight over the quota; B: noise surcharge per night landing. Different charges in the same currency.")
P.f("jobs tied to night flights", "conflict", "quantity", "Around 4,000 jobs", "about 6.000", "Around 4,000 vs about 6,000 jobs (A per the airport, B per the forwarders).")
P.f("residents under flight paths", "agree", "quantity", "Some 60,000 residents", "60.000 people", "Same.")
P.f("consultation responses", "agree", "quantity", "3,400 submissions", "3.400 objections", "Same consultation count.")
P.f("cargo traffic 2025", "related", "quantity", "1.2 million tonnes", "4%", "A: tonnage handled in 2025; B: the fall in cargo traffic last year. Different measures.")
P.f("decision taken", "agree", "date", "Monday", "yesterday", "Both 2026-03-16.")
P.f("cap in force from", "agree", "date", "1 November 2026", "1 November", "Both 2026-11-01.")
P.f("review of the cap", "conflict", "date", "2029", "2028", "Review year 2029 vs 2028.")
P.f("Lemaire: right to sleep", "agree", "quote", "Residents have a right to sleep, and the airport has a right to grow, but not at any hour,", "Residents have a right to sleep,",
    "Same speaker; B quotes only the first clause.")
P.f("who said cargo will go to Maastricht and Cologne", "conflict", "quote", "This decision will send cargo to Maastricht and Cologne,",
    "This decision will send cargo to Maastricht and Cologne,", "Same words: A airport CEO Marc Dethier, B forwarders' president Wim Claes.")
P.f("court challenge", "conflict", "statement", "The airport said it would challenge the decision before the Council of State",
    "would not go to court", "A: airport will challenge; B: will not go to court. Polarity.")
P.f("total night ban", "agree", "statement", "The regional government ruled out a full night ban", "A total night ban, she said, was never on the table", "Both: no full ban.")
P.f("SkyNord's move to Ostend", "related", "statement", "is considering moving part of its night schedule to Ostend",
    "plans to move part of its operations to Ostend", "A: considering; B: plans (per a company source). Different modality of the same intention; a careful reader would not call it a contradiction.")
OUT.append(P.out())

# ---------------- pair 4: Grengiols alpine solar park
P = Pair("p4a_switzerland_alpine_solar_alpineenergywire.txt", "p4b_switzerland_alpine_solar_wallisertagblatt.txt")
P.f("yes vote", "agree", "quantity", "62.4%", "62.4 per cent", "Same result.")
P.f("turnout", "conflict", "quantity", "71%", "74 per cent", "Turnout of the same vote: 71% vs 74%.")
P.f("capacity", "agree", "quantity", "48-megawatt", "48 MW", "Same.")
P.f("annual output", "agree", "quantity", "about 62 gigawatt hours", "62 GWh", "Same output, written out vs abbreviated.")
P.f("households supplied", "conflict", "quantity", "14,000 households", "17'000 households", "Same claim of households supplied: 14,000 vs 17,000.")
P.f("cost", "agree", "quantity", "CHF 118 million", "118 million francs", "Same.")
P.f("area", "agree", "quantity", "30 hectares", "about 300,000 square metres", "One measure in two units: 30 ha = 300,000 m2.")
P.f("payments for the land", "related", "quantity", "CHF 240,000", "CHF 1.50 per square metre", "A: yearly royalties to the municipality; B: per-square-metre rent to landowners. Different payments.")
P.f("vote", "agree", "date", "Sunday", "Sunday, 26 April", "Both 2026-04-26.")
P.f("construction start", "agree", "date", "June 2027", "June 2027", "Same.")
P.f("full operation", "conflict", "date", "2029", "2028", "Full operation in 2029 vs 2028.")
P.f("Imboden: the mountain", "agree", "quote", "The mountain does not belong to us alone, but it is our decision, and we have made it,", "The mountain does not belong to us alone,",
    "Same speaker; B splits the quote.")
P.f("Kämpfen: take this to court", "agree", "quote", "We will take this to court, because the Alps are not an industrial zone,",
    "We will take this to court, because the Alps are not an industrial zone,", "Same words, same speaker.")
P.f("appeal to the cantonal court", "conflict", "statement", "Pro Alpina said it would appeal against the project to the cantonal court",
    "Pro Alpina ruled out an appeal to the cantonal court", "A: will appeal; B: appeal ruled out (after a board meeting on Sunday evening). Polarity.")
P.f("removal after 40 years", "agree", "statement", "Sonnenalp pledged to remove all panels and restore the pasture after 40 years of operation",
    "The company has also pledged to dismantle the panels after 40 years", "Same pledge.")
P.f("building permit", "related", "statement", "The canton is expected to issue a building permit in the autumn",
    "Sonnenalp has asked the canton for a fast-track procedure for the building permit", "Same permit: A the canton's expected timing, B the company's request. Not contradictory.")
OUT.append(P.out())

# ---------------- pair 5: Stubai viaduct lorry restriction
P = Pair("p5a_austria_brenner_viaduct_tirolerrundschau.txt", "p5b_austria_brenner_viaduct_centraleuropetransportwire.txt")
P.f("cracks found", "conflict", "quantity", "14 cracks", "more than 20 cracks", "Same inspection: 14 vs more than 20 cracks.")
P.f("lorries per day", "agree", "quantity", "About 7,000 lorries", "about 7,200 heavy goods vehicles", "About 7,000 and about 7,200: compatible.")
P.f("lorries per year", "related", "quantity", "2.5 million", "Some 2.4 million lorries", "A: last year (2025) on the viaduct; B: 2024 over the Brenner pass. Different years.")
P.f("speed limit", "agree", "quantity", "60 km/h", "60 km/h", "Same.")
P.f("weight threshold", "agree", "quantity", "7.5 tonnes", "7.5 tonnes", "Same.")
P.f("tailbacks", "agree", "quantity", "up to 12 kilometres", "12 km", "Same expected length.")
P.f("replacement cost", "conflict", "quantity", "€ 410 million", "€380 million", "Cost of the new bridge: €410m vs €380m.")
P.f("inspection", "agree", "date", "last Thursday", "June 4", "Both 2026-06-04.")
P.f("restriction starts", "agree", "date", "1 July", "July 1", "Both 2026-07-01.", a_occ=2)
P.f("new bridge opens", "conflict", "date", "2031", "2033", "Due in 2031 vs not before 2033.")
P.f("Haselwanter: safety before transit", "agree", "quote", "Safety comes before transit, always,", "Transit must come second to safety,", "Same speaker, reworded.")
P.f("who said 'not taking any risks'", "conflict", "quote", "We are not taking any risks with 7,000 lorries a day.", "We are not taking any risks with 7,000 lorries a day,",
    "Same words: A operator CEO Günther Mair, B ministry spokesman Paul Strobl.")
P.f("Italy's position", "conflict", "statement", "Italy's government has asked Austria to lift the restriction during the holiday season",
    "said it would not stand in the way of measures needed for safety", "A: Italy asks for the restriction to be lifted; B: Italy will not stand in the way. Opposite stances.")
P.f("total closure", "agree", "statement", "Tyrol ruled out a total closure of the bridge", "the province had no plans to close the bridge completely", "Same.")
P.f("haulers' response", "related", "statement", "asked for compensation for its members", "is considering legal action against the restriction",
    "A: local association asks for compensation; B: national federation considers a lawsuit. Different steps.")
OUT.append(P.out())

# ---------------- pair 6: Viborg data-centre heat deal
P = Pair("p6a_denmark_datacentre_heat_midtjyskavis.txt", "p6b_denmark_datacentre_heat_dagenserhverv.txt")
P.f("homes heated", "agree", "quantity", "6.900 households", "about 7,000 homes", "6,900 (Danish point) and about 7,000: compatible.")
P.f("saving per household", "conflict", "quantity", "around kr. 1.850", "DKK 2,300 a year", "Yearly saving of an ordinary household: about DKK 1,850 vs DKK 2,300.")
P.f("heat capacity", "agree", "quantity", "up to 42 megawatts", "42 MW", "Same.")
P.f("contract length", "agree", "quantity", "15-year", "15-year", "Same.")
P.f("investment", "agree", "quantity", "DKK 310 million", "DKK 310m", "Same.")
P.f("share of Viborg's district heating", "conflict", "quantity", "40 per cent", "about a third", "40% vs about a third of the same demand.")
P.f("price of heat", "related", "quantity", "9 per cent", "DKK 480 per megawatt hour", "A: the percentage fall; B: the new tariff level. Different measures of the same price cut.")
P.f("signing", "agree", "date", "yesterday", "Wednesday", "Both 2026-08-12.")
P.f("first heat", "agree", "date", "1 January 2027", "January 2027", "2027-01-01 and 2027-01 are compatible.")
P.f("full capacity", "conflict", "date", "October 2027", "the end of 2028", "Full capacity by October 2027 vs only by the end of 2028.")
P.f("who said heat will go into radiators", "conflict", "quote", "Heat that used to go into the sky will now go into our radiators,",
    "Heat that used to go into the sky will now go into our radiators,", "Same words: A heating chairman Jens Kjærgaard, B Nordlys CEO Sofie Vinther.")
P.f("Vinther: good neighbour", "agree", "quote", "We want to be a good neighbour in Viborg, not just a big building in a field,", "We want to be good neighbours in Viborg.",
    "Same speaker; B shortens and rewords.")
P.f("payment for the heat", "conflict", "statement", "will not charge for the heat itself", "Nordlys will be paid for the heat",
    "A: the data centre will not charge; B: it will be paid a fixed price. Polarity.")
P.f("biomass plant rejected", "agree", "statement", "The municipality rejected a proposal last year to build a new biomass plant",
    "had rejected an alternative biomass plant in 2025 as too costly", "Same decision, same year.")
P.f("pipe route", "related", "statement", "The city council is expected to approve the route of the pipe in September",
    "Local residents in Tange have asked for the pipeline to be routed around Tange Lake", "Same route: A the council's expected approval, B residents' request. Not contradictory.")
OUT.append(P.out())

# ---------------- pair 7: Fjordnett bankruptcy
P = Pair("p7a_norway_fibre_bankruptcy_vestlandsposten.txt", "p7b_norway_fibre_bankruptcy_nordictelecomreport.txt")
P.f("customers affected", "agree", "quantity", "11 400 customers", "about 11,000 households and businesses", "11,400 (Norwegian spacing) and about 11,000: compatible.")
P.f("debts", "conflict", "quantity", "NOK 312 million", "NOK 213 million", "Same debts: NOK 312m vs NOK 213m.")
P.f("employees", "agree", "quantity", "64 employees", "64 staff", "Same.")
P.f("municipalities served", "agree", "quantity", "17 municipalities", "17 municipalities", "Same.")
P.f("monthly price", "agree", "quantity", "NOK 699 a month", "NOK 699 a month", "Same.")
P.f("public money", "related", "quantity", "NOK 20 million", "NOK 145 million", "A: county pledge to keep the network running; B: state subsidies received 2019-2024. Different sums.")
P.f("bankruptcy ruling", "agree", "date", "yesterday", "Monday", "Both 2026-10-12.")
P.f("company founded", "agree", "date", "2014", "2014", "Same.")
P.f("creditors' meeting", "agree", "date", "4 November", "Nov. 4", "Both 2026-11-04.")
P.f("service guaranteed until", "conflict", "date", "30 November", "Dec. 31", "2026-11-30 vs 2026-12-31.")
P.f("Solheim: no one cut off overnight", "agree", "quote", "Nobody will lose their internet connection overnight. That is my first priority,", "No one is going to be cut off overnight,",
    "Same speaker, reworded.")
P.f("who called it a scandal for rural Norway", "conflict", "quote", "This is a scandal for rural Norway,", "This is a scandal for rural Norway,",
    "Same words: A mayor Oddvar Hope, B MP Ingvild Bakke.")
P.f("Kystlink takeover", "conflict", "statement", "Rival operator Kystlink has said it is willing to take over the network",
    "said it had no interest in taking over the network", "A: willing to take over; B: no interest. Polarity.")
P.f("restructuring refused", "agree", "statement", "The court rejected Fjordnett's request for debt restructuring",
    "Bergen District Court turned down Fjordnett's bid for a debt restructuring", "Same.")
P.f("authorities' response", "related", "statement", "has asked the trustee for a plan by the end of the week",
    "The ministry is considering changes to the subsidy rules", "A: regulator asks for an emergency-call plan; B: ministry considers rule changes. Different responses.")
OUT.append(P.out())

# ---------------- pair 8: Starfall Saga loot-box refund
P = Pair("p8a_southkorea_lootbox_refund_koreaeconomicwire.txt", "p8b_southkorea_lootbox_refund_hangangdaily.txt")
P.f("players refunded", "agree", "quantity", "8,900 players", "about 8,900 plaintiffs", "Same.")
P.f("total refund", "agree", "quantity", "₩3.2 billion", "3.2 billion won", "Same; B adds a dollar conversion.")
P.f("refund per player", "related", "quantity", "an average of ₩360,000", "1.5 million won per player", "A: average spent per player; B: cap on each refund. Per-player figures of different kinds.")
P.f("advertised odds", "agree", "quantity", "1% chance", "1 percent", "Same.")
P.f("actual odds", "conflict", "quantity", "0.2%", "0.02 percent", "Actual drop rate: 0.2% vs 0.02%.")
P.f("regulator's fine", "agree", "quantity", "₩11.6 billion", "11.6 billion won", "Same Fair Trade Commission fine.")
P.f("payment deadline", "agree", "quantity", "30 days", "30 days", "Same.")
P.f("second suit", "agree", "quantity", "about 2,000 players", "2,000 or so players", "Same.")
P.f("ruling", "agree", "date", "Thursday", "yesterday", "Both 2026-11-19.")
P.f("game launched", "agree", "date", "2021", "2021", "Same.")
P.f("fine imposed", "conflict", "date", "March", "last year", "A: March 2026; B: last year (2025). Same fine.")
P.f("judge: chance that did not exist", "agree", "quote", "Players were promised a chance that did not exist,", "The players were promised a chance that simply did not exist,",
    "Same speaker, near-identical words.")
P.f("Lee: a price on a lie", "agree", "quote", "This is the first time a Korean court has put a price on a lie about probability,",
    "This is the first time a Korean court has put a price on lying about probability,", "Same speaker, slightly reworded.")
P.f("appeal", "conflict", "statement", "said it would appeal to the Seoul High Court", "Hanbit Pixel said it would not appeal",
    "A: will appeal; B: will not appeal and will pay. Polarity.")
P.f("trade-secret argument", "agree", "statement", "The court rejected Hanbit's argument that the probability settings were a trade secret",
    "The court dismissed Hanbit's claim that the probability figures were a protected trade secret", "Same.")
P.f("further regulation", "related", "statement", "The government plans to extend the disclosure rules to advertisements for mobile games",
    "lawmakers from both main parties are considering a bill that would raise the maximum fine", "A: ministry plans wider disclosure; B: lawmakers consider higher fines. Different measures.")
OUT.append(P.out())

with open(os.path.join(HERE, "gold", "pairs.gold.json"), "w", encoding="utf-8") as fh:
    json.dump(OUT, fh, ensure_ascii=False, indent=1)
    fh.write("\n")
