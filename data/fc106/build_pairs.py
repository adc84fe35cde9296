import json, os
from build_common import Pair, HERE

OUT = []

# ---------------- pair 1: Orkney food bank demand
P = Pair("p1a_orkney_food_bank_caledonpress.txt", "p1b_orkney_food_bank_orkneytide.txt")
P.f("parcels handed out in December", "conflict", "quantity", "1,240 emergency food parcels", "1,320 food parcels", "1,240 vs 1,320 parcels in December 2025.")
P.f("rise on December 2024", "agree", "quantity", "38%", "nearly 40 per cent", "38% is 'nearly 40 per cent' (rounded up with a qualifier).")
P.f("households helped", "related", "quantity", "2,950 households", "about 250 households", "A: households over the whole of 2025; B: households a month now. Yearly total vs monthly rate.")
P.f("volunteers", "agree", "quantity", "64 volunteers", "sixty-four volunteers", "Same number, figure vs words.")
P.f("grant amount", "agree", "quantity", "£40,000", "£40,000", "Same amount of the council grant.")
P.f("heating oil price", "agree", "quantity", "£0.78 a litre", "78p a litre", "Same price written in pounds and in pence.")
P.f("food donated in 2025", "agree", "quantity", "more than 11 tonnes", "more than 10 tonnes", "Compatible lower bounds: more than 11 is also more than 10.")
P.f("day the figures were released", "agree", "date", "Tuesday", "Tuesday", "Both 2026-01-13 (A published Wednesday 14, B Thursday 15 January).")
P.f("Stromness distribution point opens", "conflict", "date", "2 February", "Monday 9 February", "2026-02-02 vs 2026-02-09.")
P.f("year the charity was set up", "agree", "date", "2013", "2013", "Same year.")
P.f("who said 'choose between heating and eating'", "conflict", "quote",
    "Nobody on these islands should have to choose between heating and eating.",
    "Nobody on these islands should have to choose between heating and eating,",
    "Same words: A gives them to manager Fiona Rendall, B to councillor Harald Spence.")
P.f("manager on the new clients", "agree", "quote",
    "We are seeing people who never imagined they would need us,",
    "These are folk who never thought they would walk through our door,", "Both Fiona Rendall; reworded.")
P.f("manager on January", "agree", "quote",
    "January is always hard, and this one looks harder,", "January is always hard, and this one looks harder,", "Same words, both Rendall.")
P.f("council grant decision", "conflict", "statement",
    "Orkney Islands Council has agreed to give the charity an emergency grant",
    "the council has not yet approved it", "Opposite polarity: council has agreed (A, per Rendall) vs has not yet approved (B).")
P.f("referral needed", "agree", "statement",
    "Rendall rejected suggestions that the food bank turned people away if they arrived without a referral",
    "No referral is needed to get a parcel", "Same fact: no one is turned away for lack of a referral.")
P.f("extra help and capacity", "related", "statement",
    "the board was considering opening on Saturdays from the spring",
    "Supermarket chain Skerry Stores pledged on Wednesday to deliver fresh fruit and vegetables to the food bank every week",
    "Different responses to the demand (extra opening day vs a supermarket pledge); not in conflict.")
OUT.append(P.out())

# ---------------- pair 2: Lofoten snowmobile restrictions
P = Pair("p2a_lofoten_snowmobile_nordkystnews.txt", "p2b_lofoten_snowmobile_vagakallentidende.txt")
P.f("trail network now", "agree", "quantity", "86 kilometres", "86 km", "Same starting length.")
P.f("trail network after the cut", "conflict", "quantity", "52 kilometres", "48 km", "52 km vs 48 km (B's headline also says 38 km disappear, i.e. 48 km left).")
P.f("length of trails removed vs length left", "related", "quantity", "52 kilometres", "38 kilometres", "A: length left; B headline: length cut. Different measures of the cut.")
P.f("votes for the plan", "agree", "quantity", "19", "19", "Same vote (19 to 8 / 19 against 8).", a_after="council voted", b_after="council voted")
P.f("registered snowmobiles", "agree", "quantity", "about 1,100 registered snowmobiles", "1 140 snowmobiles", "About 1,100 rounds 1 140.")
P.f("maximum fine", "agree", "quantity", "up to 15,000 kroner", "up to 15 000 kroner", "Same, different thousands separator.")
P.f("special permits last winter vs cabin owners' share", "related", "quantity", "310 special permits", "some 120", "A: all 310 permits; B: the part of them (some 120) that went to cabin owners. Part vs whole.")
P.f("day of the vote", "agree", "date", "Monday", "Monday", "Both 2026-02-09.")
P.f("rules take effect", "agree", "date", "March 1", "1 March", "Both 2026-03-01, written two ways.")
P.f("end of the season", "conflict", "date", "May 4", "5 May", "2026-05-04 vs 2026-05-05.")
P.f("who said 'not a racetrack'", "conflict", "quote", "The mountains are not a racetrack.", "The mountains are not a racetrack,",
    "Same words: A gives them to Mayor Ingrid Hanssen, B to outdoor association leader Tor Eilertsen.")
P.f("mayor: not a ban", "agree", "quote", "We are not banning snowmobiles, we are bringing them back to the trails,",
    "This is not a ban. It is about keeping the machines on the trails where they belong,", "Both Hanssen; reworded.")
P.f("county governor's approval", "conflict", "statement", "The county governor in Nordland has approved the plan",
    "the county governor has not yet approved it", "Opposite polarity: has approved vs has not yet approved.")
P.f("tour operators' next step", "related", "statement", "He said operators were considering a legal challenge.",
    "the association would now apply for a new trail on the eastern side of Austvågøy",
    "Different responses (a legal challenge under consideration vs applying for a new trail); B only notes he did not mention court action.")
P.f("night driving ban", "agree", "statement", "Driving will be banned between 10 p.m. and 7 a.m. on all trails.",
    "Night driving will be banned from 22.00 to 07.00.", "Same hours, 12-hour vs 24-hour clock.")
OUT.append(P.out())

# ---------------- pair 3: Saaremaa alcohol sales hours
P = Pair("p3a_saaremaa_alcohol_hours_hansawire.txt", "p3b_saaremaa_alcohol_hours_kuressaarekaja.txt")
P.f("votes in favour", "conflict", "quantity", "21", "19 votes", "21 vs 19 votes in favour.", a_after="council voted")
P.f("shops covered", "agree", "quantity", "about 140 shops, kiosks and petrol stations", "146 points of sale", "About 140 rounds 146.")
P.f("police call-outs", "related", "quantity", "412 alcohol-related disturbances", "160 alcohol-related incidents", "A: the whole of last summer; B: last July alone. Part vs whole of the period.")
P.f("people on the island", "related", "quantity", "about 31,000 permanent residents", "around 60 000 people", "Permanent population vs peak-summer headcount.")
P.f("traders' estimated loss", "agree", "quantity", "about 2 million euros", "1,8 miljonit eurot", "About 2 million rounds 1.8 million (decimal comma on B).")
P.f("maximum fine", "agree", "quantity", "up to 32,000 euros", "up to 32 000 €", "Same amount, different styles.")
P.f("restriction starts", "agree", "date", "June 1", "1 June", "Both 2026-06-01.")
P.f("restriction ends", "agree", "date", "August 31", "31 August", "Both 2026-08-31.")
P.f("day of the vote", "agree", "date", "Tuesday", "Tuesday", "Both 2026-04-14.")
P.f("review of the rule", "conflict", "date", "October", "November 2026", "2026-10 vs 2026-11.")
P.f("who said 'the party never ends'", "conflict", "quote",
    "Our island should not be known as a place where the party never ends,",
    "Our island should not be known as a place where the party never ends,",
    "Same words: A gives them to mayor Kadri Tamm, B to police chief Andrus Pihl.")
P.f("traders' chairman on the rule", "agree", "quote", "This punishes every shopkeeper for the behaviour of a few tourists,",
    "paying for what a handful of visitors do at night", "Both Marek Kask; B quotes a reworded fragment.")
P.f("mayor: a test", "agree", "quote", "This is a test, not a punishment,", "It is a test. If it does not work, we will drop it,", "Both Kadri Tamm; reworded.")
P.f("court challenge", "conflict", "statement", "It said it would challenge the decision in court.",
    "We have ruled out a lawsuit.", "Opposite: will challenge in court (A) vs ruled out a lawsuit (B, in Kask's quote).")
P.f("rule applies only to the town", "agree", "statement", "The rule applies only within Kuressaare's town limits",
    "Outside Kuressaare, nothing changes.", "Same scope.")
P.f("bars", "related", "statement", "Bars and restaurants are not affected and may keep serving until closing time.",
    "the municipality was considering limits on the hours of outdoor bar terraces", "Bars unaffected now (A) vs possible terrace limits next year (B): two moments.")
OUT.append(P.out())

# ---------------- pair 4: Jeju public rental housing
P = Pair("p4a_jeju_public_housing_hanbitnews.txt", "p4b_jeju_public_housing_tamnasinmun.txt")
P.f("number of homes", "conflict", "quantity", "620 public rental homes", "640 public rental flats", "620 vs 640 homes.")
P.f("cost", "agree", "quantity", "145 billion won", "1,450억 원", "Same: 1,450 eok = 145 billion won.")
P.f("rent level", "agree", "quantity", "about 40%", "60 percent", "About 40% below market = 60 percent of market rent.")
P.f("monthly rent", "agree", "quantity", "about 350,000 won", "35만 원", "Same: 35 man = 350,000 won.")
P.f("waiting list", "agree", "quantity", "More than 9,000 households", "9,400 households", "9,400 is more than 9,000.")
P.f("residence requirement", "agree", "quantity", "at least two years", "two years", "Same requirement.", b_after="registered as Jeju residents")
P.f("site size vs floor area", "related", "quantity", "4.2-hectare", "about 58,000 square metres", "Site area vs total floor area: different measures.")
P.f("approval day", "agree", "date", "Wednesday", "the 20th", "Both 2026-05-20.")
P.f("construction starts", "agree", "date", "October", "this October", "Both 2026-10.")
P.f("first tenants move in", "conflict", "date", "2029", "late 2028", "2029 vs 2028.")
P.f("who said 'two jobs to pay the rent'", "conflict", "quote",
    "A young family on Jeju should not need two jobs to pay the rent,", "A young family on Jeju should not need two jobs to pay the rent,",
    "Same words: A gives them to Governor Kang Min-seo, B to housing director Ko Eun-ji.")
P.f("governor: housing for those who keep the island running", "agree", "quote",
    "This is housing for the people who keep the island running.", "housing for those who keep the island running",
    "Both Kang Min-seo; reworded (B quotes a fragment from a statement).")
P.f("council approval of the money", "conflict", "statement", "The provincial council has approved the budget for the first phase",
    "The provincial council has yet to approve the funding", "Opposite polarity: has approved vs has yet to approve.")
P.f("traffic measures", "related", "statement", "the road would be widened before the first buildings were finished",
    "a new bus route linking the complex to Jeju City Hall and the university will open when the first buildings are ready",
    "Two different traffic measures, compatible.")
P.f("priority for the young and newlyweds", "agree", "statement", "Priority will go to newlyweds, young workers and families with small children",
    "310 will be reserved for young people under 39 and newlyweds", "Same priority groups; B adds the number.")
OUT.append(P.out())

# ---------------- pair 5: Gotland water alert
P = Pair("p5a_gotland_water_alert_balticanewswire.txt", "p5b_gotland_water_alert_gotlandskuriren.txt")
P.f("households affected", "conflict", "quantity", "about 18,000 households", "About 22 000 households", "About 18,000 vs about 22 000.")
P.f("positive samples", "agree", "quantity", "three samples", "three samples", "Same.")
P.f("expected duration", "agree", "quantity", "at least a week", "at least seven days", "Same minimum, week vs days.")
P.f("people ill", "agree", "quantity", "Four people", "Four residents", "Same four people.")
P.f("Visby population", "agree", "quantity", "about 24,000 residents", "24 000 inhabitants", "Same.")
P.f("water supplied", "related", "quantity", "40,000 litres", "12 000 litres", "A: bottled water handed out in total; B: capacity of each tanker. Different measures.")
P.f("day the samples were taken", "conflict", "date", "Saturday", "Sunday 12 July", "2026-07-11 vs 2026-07-12.")
P.f("day the advice was issued", "agree", "date", "Monday", "Monday", "Both 2026-07-13.")
P.f("who said 'warn too early'", "conflict", "quote", "We would rather warn too early than too late,", "We would rather warn too early than too late,",
    "Same words: A gives them to water chief Lars Engström, B to infection control doctor Sara Lindqvist.")
P.f("boiled water is safe", "agree", "quote", "The water is safe once it has been boiled.",
    "Boiled water is completely safe to drink. That is the most important message today,", "Both Lars Engström; reworded.")
P.f("pipe works at Roma as cause", "conflict", "statement",
    "The region has ruled out that the contamination came from new pipes laid at Roma this spring",
    "The region is considering whether the pipe works at Roma", "Ruled out (A) vs is considering (B).")
P.f("network measures", "related", "statement", "The region began adding extra chlorine to the network on Monday night.",
    "The water network will be flushed section by section starting in Roma on Wednesday", "Different measures at different moments.")
P.f("hospital not affected", "agree", "statement", "Visby hospital is not affected, as it has its own treated reserve",
    "draws water from its own reserve tanks and is not affected", "Same.")
P.f("showering allowed", "agree", "statement", "Water can still be used for showering and washing clothes.",
    "Showering and washing are still fine", "Same.")
OUT.append(P.out())

# ---------------- pair 6: Bornholm relocation grant
P = Pair("p6a_bornholm_relocation_grant_oresundpress.txt", "p6b_bornholm_relocation_grant_ostersobladet.txt")
P.f("grant per family", "agree", "quantity", "50,000 kroner", "50.000 kr.", "Same amount, English vs Danish style.", b_after="moving grant of")
P.f("families covered", "conflict", "quantity", "up to 200 families", "up to 240 families", "Up to 200 vs up to 240.")
P.f("budget", "related", "quantity", "10 million kroner", "5 mio. kr.", "A: total over two years; B: a year. Total vs yearly.")
P.f("minimum stay", "agree", "quantity", "at least three years", "at least three years", "Same.")
P.f("population", "agree", "quantity", "about 39,000 inhabitants", "39.200 inhabitants", "About 39,000 rounds 39.200.")
P.f("population past vs projected", "related", "quantity", "more than 47,000", "fewer than 35.000 residents", "1980s population vs 2040 projection: two moments.")
P.f("unfilled jobs", "agree", "quantity", "about 600 vacancies", "around 600 open positions", "Same.")
P.f("day of the vote", "agree", "date", "Tuesday", "Tuesday", "Both 2026-08-18.")
P.f("applications open", "conflict", "date", "1 October", "1 November", "2026-10-01 vs 2026-11-01.")
P.f("who said 'what we need is people'", "conflict", "quote", "We have houses, we have jobs, what we need is people,",
    "We have houses, we have jobs, what we need is people,", "Same words: A gives them to Mayor Anne-Mette Kofoed, B to business leader Poul Ipsen.")
P.f("mayor: invitation, not a bribe", "agree", "quote", "This is an invitation, not a bribe.",
    "It is an invitation and not a bribe. We want people who want to live here,", "Both Kofoed; reworded.")
P.f("opposition councillor", "agree", "quote", "Pay the people who stayed,", "Pay the people who stayed,", "Same words, both Bent Holm.")
P.f("tax on the grant", "conflict", "statement", "The Danish government has agreed to let the municipality pay the grant free of income tax",
    "The tax ministry has refused to make the grant tax-free", "Opposite polarity: agreed to tax-free vs refused.")
P.f("who may apply", "agree", "statement", "a family must have at least one child under 18",
    "Only families with children under 18 can apply", "Same condition.")
P.f("other measures", "related", "statement", "the municipality was also considering selling plots in Nexo and Aakirkeby for one krone",
    "the municipality will offer partners of new residents help to find a job", "Different additional measures; compatible.")
OUT.append(P.out())

# ---------------- pair 7: Tierra del Fuego gas pipeline route
P = Pair("p7a_tierradelfuego_gas_pipeline_southernconewire.txt", "p7b_tierradelfuego_gas_pipeline_vigiaporvenir.txt")
P.f("pipeline length", "conflict", "quantity", "118-km", "112 km", "118 km vs 112 km.", b_after="The pipe will run")
P.f("cost", "agree", "quantity", "$62 million", "US$ 62 million", "Same.")
P.f("homes that can connect", "agree", "quantity", "about 2,300 homes", "About 2.300 homes", "Same, different separator.")
P.f("construction jobs", "agree", "quantity", "about 300 jobs", "300 jobs", "Same.")
P.f("how long Porvenir has waited", "agree", "quantity", "forty years", "forty years", "Same figure (inside the disputed quote).")
P.f("strip width", "related", "quantity", "40-metre-wide", "15 metres", "Construction strip (A) vs permanent easement (B).")
P.f("route approval", "agree", "date", "Monday", "Monday the 14th", "Both 2026-09-14.")
P.f("construction starts", "agree", "date", "March 2027", "March next year", "Both 2027-03.")
P.f("first gas in Porvenir", "conflict", "date", "June 2028", "December 2028", "2028-06 vs 2028-12.")
P.f("who said 'waited forty years'", "conflict", "quote", "Porvenir has waited forty years for gas,", "Porvenir has waited forty years for gas,",
    "Same words: A gives them to Mayor Raúl Vidal, B to general manager Carolina Bórquez.")
P.f("regulator on the peat bogs", "agree", "quote", "The route we approved avoids the peat bogs entirely,", "does not touch a single peat bog",
    "Both Patricia Oyarzún; reworded.")
P.f("route through Karukinka", "conflict", "statement", "Fueguina has ruled out routing the pipe through the Karukinka nature reserve",
    "the company is considering a shorter variant that would cross the northern edge of the Karukinka reserve", "Ruled out (A) vs is considering (B).")
P.f("route follows the road", "agree", "statement", "For most of its length the pipe will follow the existing gravel road",
    "Along most of the way, the pipe will run beside the existing road.", "Same.")
P.f("ranchers and compensation", "related", "statement", "said it would seek compensation for the loss of grazing land",
    "he had accepted a one-off payment of $14.000.000 from the company", "Association seeks compensation vs one rancher already paid: different actors, compatible.")
OUT.append(P.out())

# ---------------- pair 8: Gozo height cap
P = Pair("p8a_gozo_height_cap_medwirepress.txt", "p8b_gozo_height_cap_ghawdexillum.txt")
P.f("height limit", "agree", "quantity", "three storeys", "3 floors", "Same cap, storeys vs floors.", a_after="island of Gozo at")
P.f("rural height limit", "agree", "quantity", "two storeys", "two floors", "Same.")
P.f("consultation submissions", "agree", "quantity", "1,900 submissions", "nearly 2,000 submissions", "1,900 is nearly 2,000.")
P.f("pending applications", "conflict", "quantity", "About 420 applications", "More than 500 applications", "About 420 vs more than 500.")
P.f("maximum fine", "agree", "quantity", "up to €50,000", "up to €50,000", "Same.")
P.f("vacant homes", "agree", "quantity", "about 14,000 vacant dwellings", "about 14,000 empty properties", "Same.")
P.f("population", "related", "quantity", "25%", "about 41,000 residents", "Growth over ten years (A) vs current population (B).")
P.f("board vote", "agree", "date", "Monday", "9 November", "Both 2026-11-09.")
P.f("cap takes effect", "conflict", "date", "January 1", "15 January", "2027-01-01 vs 2027-01-15.")
P.f("who said 'not a smaller Malta'", "conflict", "quote", "Gozo is not a smaller Malta waiting to be filled with concrete,",
    "Gozo is not a smaller Malta waiting to be filled with concrete,", "Same words: A gives them to NGO leader Marija Farrugia, B to Planning Authority chairman Joseph Said.")
P.f("chairman: a line on the skyline", "agree", "quote", "We are drawing a line on the skyline,", "This draws a line across the skyline, and we will defend it,",
    "Both Joseph Said; reworded.")
P.f("builders' guild stance", "conflict", "statement", "has refused to accept the policy and will appeal",
    "the guild had agreed to the policy", "Refused and will appeal (A) vs agreed (B).")
P.f("Comino covered", "agree", "statement", "The cap applies across Gozo and the tiny island of Comino",
    "Comino is also covered by the new rules.", "Same.")
P.f("further steps under consideration", "related", "statement", "it would consider similar rules for some Maltese villages",
    "The authority is also considering a transition period for projects that were approved before the vote",
    "Different possible follow-ups (government on Malta vs authority on approved projects); compatible.")
OUT.append(P.out())

with open(os.path.join(HERE, "gold", "pairs.gold.json"), "w", encoding="utf-8") as f:
    json.dump(OUT, f, ensure_ascii=False, indent=1)
    f.write("\n")
