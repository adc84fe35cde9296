import json, os
from build_common import Pair, HERE

OUT = []

# ---------------- pair 1: Rathkeale reception centre
P = Pair("p1a_ireland_refugee_centre_shannonwire.txt", "p1b_ireland_refugee_centre_westlimericksentinel.txt")
P.f("number of residents", "conflict", "quantity", "160 people", "Around 140 asylum seekers",
    "160 (department) vs around 140: 'around' does not stretch to 160.")
P.f("contract value", "related", "quantity", "€9.4 million", "€3.1 million a year",
    "Total for three years vs a yearly figure (3 x 3.1 = 9.3, close to 9.4): different measures, not a conflict.")
P.f("contract length", "agree", "quantity", "three-year contract", "three years", "Same three years.")
P.f("rooms", "agree", "quantity", "48 rooms", "Forty-eight bedrooms", "Same, one spelled out.")
P.f("children among residents", "agree", "quantity", "About 40 of the residents", "About 40 of the new residents", "Same.")
P.f("meeting attendance", "agree", "quantity", "More than 300 people", "Over 300 people", "Same, worded differently.")
P.f("town population", "agree", "quantity", "about 1,500", "1,480 people", "Rounded vs census figure.")
P.f("first arrivals", "conflict", "date", "February 2", "9 February", "2026-02-02 vs 2026-02-09.")
P.f("public meeting", "agree", "date", "Tuesday night", "Tuesday, January 20", "Both 2026-01-20.")
P.f("who said 'told nothing until the contract was signed'", "conflict", "quote",
    "We were told nothing until the contract was signed,", "We were told nothing until the contract was signed,",
    "Same words: A gives them to Councillor Maura Kiely, B to TD Declan Furlong.")
P.f("minister: every county must play its part", "agree", "quote",
    "Every county must play its part, and Limerick has been generous,",
    "Every county has to play its part, and I think Limerick has been very generous.",
    "Same speaker (Aidan Roche), reworded.")
P.f("second building / function room", "conflict", "statement",
    "The department said it had ruled out using a second building on the hotel grounds, a former function room, as extra accommodation",
    "the department is considering converting the hotel's old function room into extra bedrooms",
    "Ruled out vs considering.")
P.f("health care on site", "related", "statement",
    "The Health Service Executive will run a weekly clinic at the centre",
    "The HSE said a public health nurse would be based at the hotel two days a week",
    "Weekly clinic vs nurse two days a week: same topic, different provision, compatible.")
P.f("how the town learned of the plan", "agree", "statement",
    "the town had first learned of the plan from a newspaper advertisement for security staff",
    "the first anyone heard of the centre was a job advert for security guards",
    "Same: a job advert for security staff.")
P.f("hotel empty", "agree", "statement", "The hotel has been closed since October 2023.",
    "has been empty for more than two years", "October 2023 to January 2026 is more than two years.")
OUT.append(P.out())

# ---------------- pair 2: Piedmont youth job scheme
P = Pair("p2a_italy_youth_jobs_meridiananews.txt", "p2b_italy_youth_jobs_gazzettasubalpina.txt")
P.f("target of permanent jobs", "conflict", "quantity", "5,000 permanent jobs", "6.000 young people",
    "5,000 vs 6,000 young people in permanent jobs by the end of 2027.")
P.f("budget", "related", "quantity", "€42 million", "21 million euro a year",
    "Two-year total vs yearly amount (2 x 21 = 42): different measures.")
P.f("bonus per hire", "agree", "quantity", "€8,000", "8.000 euro", "Same; B writes the dot thousands separator.", a_occ=2)
P.f("retention period", "agree", "quantity", "at least 24 months", "within two years", "24 months = two years, the period within which the bonus is repaid.")
P.f("youth unemployment", "agree", "quantity", "19.4%", "19,4%", "Same; decimal comma in B.")
P.f("votes in favour", "agree", "quantity", "29 votes", "29 votes", "Same.")
P.f("votes against", "agree", "quantity", "16", "16", "Same.", a_after="29 votes to", b_after="votes in favour and")
P.f("applications open", "agree", "date", "March 2", "2 March", "Both 2026-03-02.")
P.f("day of the council vote", "conflict", "date", "Tuesday", "Monday",
    "A (published Wednesday 11 Feb): Tuesday = 2026-02-10; B: Monday = 2026-02-09.")
P.f("councillor: no need to leave Piedmont", "agree", "quote",
    "Young people should not have to leave Piedmont to find a real contract,",
    "No young person should have to leave Piedmont to find a proper contract,",
    "Same speaker (Elena Bruzzone), reworded.")
P.f("CLP union and the accord", "conflict", "statement", "refused to sign the accord", "agreed to sign the accord",
    "Refused vs agreed.")
P.f("funding source", "related", "statement",
    "The European Social Fund Plus, the European Union's main instrument for employment policy, will contribute to the cost",
    "Half of the money comes from the region's own budget, the rest from European funds.",
    "A names the EU contribution, B gives the split: compatible, different detail.")
P.f("permanent contracts only", "agree", "statement", "pay employers to take on people under 30 with open-ended contracts",
    "Only contracts \"a tempo indeterminato\", that is permanent ones, qualify.", "Same condition.")
P.f("reporting on results", "agree", "statement", "the region would publish the number of contracts signed every three months",
    "The region will publish a report on the results every quarter", "Every three months = every quarter.")
OUT.append(P.out())

# ---------------- pair 3: La Rioja anti-hail generators
P = Pair("p3a_spain_hail_generators_iberiapress.txt", "p3b_spain_hail_generators_ecodelnajerilla.txt")
P.f("petition signatories", "conflict", "quantity", "1,150 farmers", "1.400 farmers", "1,150 vs 1,400 farmers.")
P.f("number of generators", "agree", "quantity", "34 ground-based generators", "Thirty-four generators", "Same, spelled out in B.")
P.f("area protected", "agree", "quantity", "about 6,500 hectares", "6.500 hectares", "Same.")
P.f("2024 hail damage", "agree", "quantity", "some 1,800 hectares", "1.800 hectares", "Same storm of June 2024.")
P.f("cost of the network", "related", "quantity", "€210,000", "around 4.500 €",
    "Yearly running cost of the network vs installation cost of each generator: different measures.")
P.f("drought measure", "related", "quantity", "38%", "below 30 %",
    "Fall in rainfall vs reservoir level: different measures of the same drought.")
P.f("order takes effect", "agree", "date", "April 20", "Monday 20 April", "Both 2026-04-20.")
P.f("study results due", "conflict", "date", "end of September", "November", "2026-09 vs 2026-11.")
P.f("councillor: data first", "agree", "quote",
    "We are not taking sides. We are asking for data before anyone runs another generator,",
    "Before anyone switches on another generator, we want data,", "Same speaker (Carmen Arnedo), reworded.")
P.f("councillor: back on if harmless", "agree", "quote",
    "If the science says they do no harm, they will be switched back on.",
    "If the study shows they cause no harm, they will be back.", "Same speaker (Carmen Arnedo), reworded.")
P.f("court challenge by the cooperative", "conflict", "statement",
    "the cooperative would not challenge the order in court",
    "the cooperative will appeal against the order before the High Court of Justice of La Rioja",
    "Will not challenge vs will appeal.")
P.f("help for growers", "related", "statement",
    "the region will pay part of the growers' hail insurance premiums this season",
    "growers will be able to apply for subsidised anti-hail nets",
    "Insurance premiums vs hail nets: same topic, different measures, compatible.")
P.f("how the generators work", "agree", "statement", "burn a solution containing silver iodide",
    "burns acetone mixed with silver iodide", "Same; B adds acetone.")
P.f("AEMET's view", "agree", "statement",
    "AEMET, has said in the past that there is no solid scientific evidence that ground generators either prevent hail or reduce rainfall",
    "AEMET, has long been sceptical", "Same stance, B vaguer.")
P.f("university study", "agree", "statement", "the University of La Rioja completes a study of rainfall in both valleys",
    "the University of La Rioja will carry out with rain gauges in both valleys", "Same study.")
OUT.append(P.out())

# ---------------- pair 4: Vanoise refuge without a warden
P = Pair("p4a_france_mountain_refuge_hexagonepresse.txt", "p4b_france_mountain_refuge_reveiltarentaise.txt")
P.f("overnight stays in 2025", "conflict", "quantity", "4,100 overnight stays", "3 850 overnight stays", "4,100 vs 3,850 for the 2025 season.")
P.f("altitude", "agree", "quantity", "2,740 metres", "2 740 m", "Same; B writes the French space separator and abbreviation.")
P.f("beds", "agree", "quantity", "52 beds", "52 bunks", "Same.")
P.f("former warden's seasons", "agree", "quantity", "19 seasons", "nineteen seasons", "Same, spelled out in B.")
P.f("warden's pay", "related", "quantity", "about €2,300", "about 26 000 €",
    "Per month vs for the season: different measures, compatible.")
P.f("planned opening", "agree", "date", "June 20", "20 June", "Both 2026-06-20.")
P.f("former warden retired", "agree", "date", "October 2025", "October 2025", "Same.")
P.f("reopening aim", "agree", "date", "June 2027", "June 2027", "Same.")
P.f("refuge built", "agree", "date", "1952", "1952", "Same.")
P.f("who said 'a shelter with a door'", "conflict", "quote",
    "A refuge without a warden is just a shelter with a door,", "A refuge without a warden is just a shelter with a door,",
    "Same words: A gives them to club president Hélène Vuillermoz, B to mayor Bernard Jacquier.")
P.f("winter room", "conflict", "statement",
    "the club had ruled out opening the refuge's unheated winter room to walkers this summer",
    "The winter room, with its 12 bunks, will remain open all summer", "Ruled out vs will remain open.")
P.f("advice to walkers", "related", "statement",
    "The club is advising walkers to plan their routes around the Refuge du Col de la Vanoise",
    "The Vanoise National Park will put up signs at the trailheads",
    "Club's route advice vs park's warning signs: same topic, different measures.")
P.f("no applicants", "agree", "statement", "not a single candidate had applied",
    "nobody answered the call for applications", "Same.")
P.f("salaried couple idea", "agree", "statement",
    "It is also considering whether to hire a salaried couple rather than a self-employed warden",
    "including a warden couple paid a salary", "Same option under study.")
P.f("warden's status", "agree", "statement",
    "Wardens in France are usually self-employed and take a share of the takings from meals and beds",
    "The warden, who is not an employee, lives from the half-board and drinks sold.", "Same, reworded.")
OUT.append(P.out())

# ---------------- pair 5: Graubünden heli-skiing landing sites
P = Pair("p5a_switzerland_heliski_sites_helveticnews.txt", "p5b_switzerland_heliski_sites_buendnerbergbote.txt")
P.f("sites remaining", "conflict", "quantity", "10", "11", "From 14 to 10 vs from 14 to 11 sites.",
    a_after="Graubünden from 14 to", b_after="in the canton from 14 to")
P.f("sites before the cut", "agree", "quantity", "14", "14", "Same.", a_after="Graubünden from", b_after="in the canton from")
P.f("landings a year", "agree", "quantity", "about 2,600 landings a year", "around 2'600 landings a year", "Same; Swiss apostrophe separator in B.")
P.f("landing sites in Switzerland", "agree", "quantity", "42", "42 mountain landing sites", "Same.")
P.f("money", "related", "quantity", "about CHF 4.2 million", "Fr. 390.–",
    "Operator's yearly revenue vs the price of one flight per person: different measures.")
P.f("change takes effect", "agree", "date", "December 1", "1 December", "Both 2026-12-01.")
P.f("deadline for appeals", "conflict", "date", "August 7", "14 August", "2026-08-07 vs 2026-08-14.")
P.f("operator: guests will go to Italy", "agree", "quote",
    "We will lose jobs and guests will go to Italy, where there are almost no limits,",
    "We will lose jobs, and the guests will simply go to Italy, where there are hardly any limits,",
    "Same speaker (Reto Casutt), reworded.")
P.f("canton's position", "conflict", "statement", "The cantonal government in Chur said it backed the cuts",
    "the cantonal government said it opposes the cuts", "Backed vs opposes.")
P.f("economic fears", "related", "statement",
    "The Swiss Mountain Guides Association warned that guides who combine heli-drops with ski touring could lose up to a quarter of their winter bookings",
    "Hoteliers in the Engadin fear the loss of wealthy guests from abroad.",
    "Guides' bookings vs hotel guests: same topic, different groups.")
P.f("rescue and supply flights", "agree", "statement",
    "Rescue flights, flights supplying mountain huts and military flights are not affected by the change.",
    "Rescue flights by Rega and supply flights to the huts of the Swiss Alpine Club can continue as before",
    "Same exemption.")
P.f("conservationists' reaction", "agree", "statement", "Pro Natura welcomed the decision but said it did not go far enough",
    "are only half satisfied", "Same mixed reaction.")
P.f("Val Bever site closes", "agree", "statement", "one above the Val Bever",
    "Among the sites that will close is the popular landing spot above the Val Bever", "Same site.")
OUT.append(P.out())

# ---------------- pair 6: Komotini community radio
P = Pair("p6a_greece_community_radio_hellenicwire.txt", "p6b_greece_community_radio_thrakikifoni.txt")
P.f("staff", "conflict", "quantity", "11 staff", "14 employees", "11 vs 14 paid staff.")
P.f("daily listeners", "agree", "quantity", "about 30,000 listeners a day", "30.000 listeners every day", "Same; dot separator in B.")
P.f("money owed vs yearly fee", "related", "quantity", "€18,000", "6.000 €",
    "Total unpaid fees vs the annual licence fee: different measures (three years' fees).")
P.f("fundraising", "agree", "quantity", "€7,500", "€7.500", "Same.")
P.f("years on air", "agree", "quantity", "37 years", "37 years", "Same, both inside the director's quote.")
P.f("station founded", "agree", "date", "1989", "1989", "Same.")
P.f("went off the air", "conflict", "date", "Sunday, September 13", "Tuesday, 15 September", "2026-09-13 vs 2026-09-15.")
P.f("director: mistakes with the paperwork", "agree", "quote",
    "We made mistakes with the paperwork and we admit it. But you do not close a voice that has spoken for 37 years over a debt you could settle in a month,",
    "We made mistakes with the paperwork, we admit that. But you don't silence a voice of 37 years over a debt that could be settled in a month,",
    "Same speaker (Eleni Kourtidou), reworded.")
P.f("mayor: a loss for the city", "agree", "quote", "a loss for the whole city", "This is a loss for the whole city,",
    "Same speaker (Stavros Dimou); A quotes a fragment.")
P.f("going to court", "conflict", "statement", "the station would appeal to the Council of State",
    "the station would not go to court", "Will appeal vs will not go to court.")
P.f("future of the frequency", "related", "statement",
    "the frequency, 97.4 MHz, would be offered to other applicants in a new tender",
    "A commercial music station from Xanthi has already expressed interest in the frequency",
    "New tender vs an interested bidder: same topic, compatible.")
P.f("broadcast languages", "agree", "statement", "broadcasts in both Greek and Turkish", "its programmes in Greek and in Turkish", "Same.")
P.f("calls for more time", "agree", "statement",
    "Local politicians from several parties have called on the regulator to give the station more time",
    "who has written to the ESR asking for the station to be given more time", "Same call (B: the mayor, one of the local politicians).")
P.f("licence refused", "agree", "statement", "the national broadcasting regulator refused to renew its licence",
    "the National Council for Radio and Television (ESR) refused to renew its licence", "Same.")
OUT.append(P.out())

# ---------------- pair 7: Taranaki surf lifeguards
P = Pair("p7a_newzealand_surf_lifeguards_aotearoapress.txt", "p7b_newzealand_surf_lifeguards_coastalcourier.txt")
P.f("beaches patrolled this summer", "conflict", "quantity", "four Taranaki beaches", "Five Taranaki beaches",
    "Four vs five (A: Waitara loses patrols; B: Waitara kept on public holidays).")
P.f("beaches patrolled last season", "agree", "quantity", "seven", "seven", "Same.", a_after="down from", b_after="this summer, not")
P.f("active lifeguards", "agree", "quantity", "about 180 active lifeguards", "184 qualified lifeguards", "Rounded vs exact.")
P.f("budget shortfall", "agree", "quantity", "NZ$240,000", "$240,000", "Same, currency written two ways.")
P.f("shortfall vs training cost", "related", "quantity", "NZ$240,000", "about $1,300",
    "Budget gap vs cost of training one lifeguard: different measures, same currency.")
P.f("drownings last summer", "agree", "quantity", "three people", "Three people", "Same.")
P.f("swim test", "agree", "quantity", "400-metre", "400 metres", "Same distance.")
P.f("patrols begin", "agree", "date", "December 12", "12 December", "Both 2026-12-12.")
P.f("day of the announcement", "agree", "date", "Tuesday", "yesterday", "Both 2026-10-20 (B published Wednesday 21 October).")
P.f("who said 'can't put people on a beach we can't watch'", "conflict", "quote",
    "We simply can't put people on a beach we can't watch,", "We simply can't put people on a beach we can't watch,",
    "Same words: A gives them to regional manager Aroha Tipene, B to club captain Jamie Rowe.")
P.f("manager: every lifeguard trained", "agree", "quote",
    "Every lifeguard we train this spring is one more beach we can open next year,",
    "Every lifeguard we train now is another beach we can reopen,", "Same speaker (Aroha Tipene), reworded.")
P.f("council funding", "conflict", "statement",
    "The New Plymouth District Council has refused a request from the organisation for extra funding this year",
    "The New Plymouth District Council has agreed to the organisation's request for extra funding",
    "Refused vs agreed.")
P.f("cover for unpatrolled beaches", "related", "statement",
    "Surf Life Saving Taranaki will put up warning signs at the three beaches losing patrols",
    "Surf Life Saving Taranaki also plans a roving patrol in an inflatable rescue boat that will check the unpatrolled beaches",
    "Signs vs roving boat patrol: same topic, different measures.")
P.f("lost grants", "agree", "statement", "two grants from gaming trusts were not renewed",
    "gaming trust grants that covered about a third of the organisation's budget were not renewed this year", "Same.")
P.f("young lifeguards leaving", "agree", "statement", "Many young lifeguards have moved away for university or work",
    "many of his best young members left for university in Auckland, Wellington or Dunedin", "Same reason.")
OUT.append(P.out())

# ---------------- pair 8: Gippsland cattle theft
P = Pair("p8a_australia_cattle_theft_southerncrosswire.txt", "p8b_australia_cattle_theft_maffraadvocate.txt")
P.f("cattle stolen", "conflict", "quantity", "126 head of Angus cattle", "140 head of Angus cattle", "126 vs 140 head.")
P.f("value of the cattle", "agree", "quantity", "about A$380,000", "about $380,000", "Same; A writes A$.")
P.f("total value vs price per head", "related", "quantity", "about A$380,000", "around $2700",
    "Total loss vs price of one head: different measures.")
P.f("farm size", "agree", "quantity", "1,200-hectare", "1200ha", "Same; Australian style without separator and with ha in B.")
P.f("Heyfield theft", "agree", "quantity", "60 steers", "60 steers", "Same earlier theft.")
P.f("theft discovered", "conflict", "date", "November 3", "Thursday, 5 November", "2026-11-03 vs 2026-11-05.")
P.f("herd last seen", "agree", "date", "October 30", "30 October", "Both 2026-10-30.")
P.f("month of the Heyfield theft", "agree", "date", "August", "August", "Both 2026-08.")
P.f("detective: knew the property", "agree", "quote",
    "This was not opportunistic. Whoever did this knew the property, knew the road and knew how to handle cattle,",
    "Whoever did this knew the property, they knew the road, and they knew cattle,",
    "Same speaker (Karen Doyle), reworded.")
P.f("farmer: a lifetime building a herd", "agree", "quote",
    "You spend a lifetime building up a herd. Somebody drives off with it in a night,",
    "You spend your whole life building up a herd, and someone drives off with it in a single night,",
    "Same speaker (Graham Pettigrew), reworded.")
P.f("link to the Heyfield theft", "conflict", "statement",
    "Police have ruled out any link to the theft of 60 steers",
    "Police are investigating whether the theft is linked to the disappearance of 60 steers",
    "Ruled out vs investigating a possible link.")
P.f("police response", "related", "statement",
    "Police are checking records at saleyards in Sale, Pakenham and Wodonga",
    "Police have urged farmers across the Macalister irrigation district to lock gates",
    "Saleyard checks vs advice to farmers: same topic, different measures.")
P.f("how the cattle were taken", "agree", "statement",
    "the thieves used portable yards to load the animals onto a truck",
    "set up portable yards and loaded the stock onto a large truck", "Same method.")
P.f("no insurance", "agree", "statement", "The farm's stock were not insured against theft", "with no insurance to cover it", "Same.")
P.f("ear tags", "agree", "statement",
    "All the cattle carry electronic ear tags under the National Livestock Identification System",
    "The cattle carry NLIS tags", "Same; B uses the acronym.")
OUT.append(P.out())

with open(os.path.join(HERE, "gold", "pairs.gold.json"), "w", encoding="utf-8") as fh:
    json.dump(OUT, fh, ensure_ascii=False, indent=1)
    fh.write("\n")
print(len(OUT), "pairs,", sum(len(p["facts"]) for p in OUT), "facts")
