import json, os
from build_common import Pair, HERE

OUT = []

# ---------------- pair 1: Brenna ski jump
P = Pair("p1a_poland_ski_jump_cen.txt", "p1b_poland_ski_jump_kurierbeskidzki.txt")
P.f("total cost of the rebuild", "agree", "quantity", "38.6 million zloty", "38,6 mln zł", "Same figure; B writes it with a decimal comma and 'mln zł'.")
P.f("region's share", "agree", "quantity", "24 million zloty", "24 mln zł", "Same.")
P.f("ministry contribution", "conflict", "quantity", "12 million zloty", "14 mln zł", "12 vs 14 million zloty from the Ministry of Sport.")
P.f("stand capacity", "conflict", "quantity", "6,000 spectators", "5 000 people", "6,000 vs 5,000 spectators.")
P.f("new hill size", "agree", "quantity", "104 metres", "104 m", "Same.")
P.f("old hill size", "agree", "quantity", "85 metres", "85 m", "Same.")
P.f("yearly running cost", "agree", "quantity", "about 1.5 million zloty", "1,5 mln zł", "Same official estimate (A 'about').")
P.f("young jumpers at the club", "agree", "quantity", "about 120 young jumpers", "roughly 120 children", "Same, both approximate.")
P.f("votes in favour", "agree", "quantity", "33 votes", "33 councillors", "Same vote, counted as votes vs councillors.")
P.f("jump-only cost vs whole investment", "related", "quantity", "38.6 million zloty", "41 mln zł", "B's 41m includes an access road and car park; A's 38.6m is the jump alone. Part vs whole, not a conflict.", a_occ=1)
P.f("closed for", "agree", "quantity", "nearly seven years", "almost seven years", "Same, both approximate.")
P.f("day of the vote", "agree", "date", "Wednesday", "Yesterday", "Both 2026-01-21.")
P.f("hill finished", "conflict", "date", "November 2027", "December 2027", "2027-11 vs 2027-12.")
P.f("who said 'Brenna deserves to see skiers fly again'", "conflict", "quote",
    "Brenna deserves to see skiers fly again, and so do the children who train here,",
    "Brenna deserves to see skiers fly again, and so do the children who train here,",
    "Same words: A gives them to marshal Marek Zawisza, B to mayor Anna Kmita.")
P.f("ministry money approved?", "conflict", "statement",
    "the Ministry of Sport has approved a contribution", "it has not yet approved the money",
    "Opposite polarity: approved vs not yet approved.")
P.f("hill stays public", "agree", "statement",
    "the region would not sell the hill to a private operator", "the hill would stay in public hands",
    "Same pledge by Zawisza, negative vs positive wording.")
P.f("extras planned at the site", "related", "statement",
    "A smaller 40-metre training jump for children will be built next to it.",
    "The region is also considering a small museum of ski jumping in the old judges' tower",
    "Different additions to the project; compatible.")
OUT.append(P.out())

# ---------------- pair 2: Galicia beekeeping aid
P = Pair("p2a_spain_beekeeping_aid_ina.txt", "p2b_spain_beekeeping_aid_vozdomino.txt")
P.f("aid package", "agree", "quantity", "3.6 million euro", "3,6 million euros", "Same; B uses a decimal comma.")
P.f("payment per hive", "conflict", "quantity", "12 euros", "10 €", "12 vs 10 euros per hive.")
P.f("payment per hive in 2025", "agree", "quantity", "7 euros", "7 €", "Same.")
P.f("ceiling of hives per holding", "agree", "quantity", "400 hives", "400 hives", "Same.")
P.f("money for per-hive payments", "agree", "quantity", "About 1.8 million euros", "some 1,8 million euros", "Same, both approximate.")
P.f("number of beekeepers", "agree", "quantity", "some 6,800 beekeepers", "6.800 beekeepers", "Same; dot thousands in B.")
P.f("association's request per hive", "agree", "quantity", "20 euros", "20 €", "Same.")
P.f("2025 honey harvest", "related", "quantity", "about 1,100 tonnes", "30%", "A gives the volume, B the fall on 2024: two measures of the same harvest.")
P.f("day of approval", "agree", "date", "Monday", "yesterday", "Both 2026-02-16.")
P.f("applications open", "agree", "date", "March 2", "2 March", "Same date, two orders.")
P.f("applications close", "conflict", "date", "March 31", "15 April", "2026-03-31 vs 2026-04-15.")
P.f("hornet first detected", "agree", "date", "2012", "2012", "Same.")
P.f("minister on charity", "agree", "quote",
    "Our beekeepers are not asking for charity, they are asking for help to survive a pest that arrived on a ship,",
    "Beekeepers do not want charity, they want help to survive a plague that came in on a ship,",
    "Both Maria Outeiral; reworded.")
P.f("compensation for destroyed colonies", "conflict", "statement",
    "Outeiral ruled out direct compensation for colonies destroyed by the hornet",
    "her department is studying a compensation scheme for beekeepers whose colonies are destroyed by the hornet",
    "Opposite modality: ruled out vs studying.")
P.f("association's verdict on the rise", "agree", "statement",
    "welcomed the increase but said it fell short of the 20 euros per hive",
    "called the rise \"a step, but a short one\"",
    "Same judgement by Rego: A paraphrases, B quotes.")
P.f("further demands", "related", "statement",
    "called for the hornet to be declared an agricultural emergency",
    "He also asked the Xunta to cut the paperwork",
    "Different demands from different actors (opposition vs Apigal).")
OUT.append(P.out())

# ---------------- pair 3: Uigeadail community buyout
P = Pair("p3a_scotland_land_buyout_bpa.txt", "p3b_scotland_land_buyout_siarachtimes.txt")
P.f("purchase price", "agree", "quantity", "2.85 million pounds", "£2,850,000", "Same price, in words vs in full.")
P.f("size of the estate", "agree", "quantity", "9,400-hectare", "about 23,000 acres", "9,400 ha = about 23,200 acres.")
P.f("residents", "conflict", "quantity", "340 people", "380 people", "340 vs 380 residents.")
P.f("Land Fund grant", "agree", "quantity", "2.1 million pounds", "£2.1m", "Same.")
P.f("community's own money vs online appeal", "related", "quantity", "about 750,000 pounds", "£85,000", "A: whole community share (appeal, loan, turbine); B: the online appeal alone. Part vs whole.")
P.f("yes vote", "agree", "quantity", "78%", "almost 80%", "78% is almost 80%.")
P.f("length of talks", "agree", "quantity", "18 months", "eighteen months", "Same, digits vs words.")
P.f("affordable homes planned", "agree", "quantity", "12 affordable homes", "a dozen homes", "Same.")
P.f("community-owned share of the Western Isles", "agree", "quantity", "Roughly 70%", "about 70 per cent", "Same.")
P.f("day the deal was confirmed", "agree", "date", "Thursday", "Yesterday", "Both 2026-04-09.")
P.f("handover", "conflict", "date", "May 28", "1 June", "2026-05-28 vs 2026-06-01.")
P.f("ballot", "agree", "date", "March 14", "14 March", "Same date, two orders.")
P.f("Anstruthers bought the estate", "agree", "date", "1987", "1987", "Same.")
P.f("chair on absentee owners", "agree", "quote",
    "For 200 years this land has been owned by people who never lived on it,",
    "For two hundred years the owners have never lived here,", "Both Catriona MacIver; reworded.")
P.f("fishing and shooting rights", "conflict", "statement",
    "the family had agreed to include the fishing and shooting rights in the sale",
    "refused to include the fishing and shooting rights",
    "Opposite polarity: agreed to include vs refused to include.")
P.f("seller and the funding application", "agree", "statement",
    "The seller did not oppose the application to the Land Fund",
    "raised no objection to the community's application for public funding", "Same, worded differently.")
P.f("other plans of the trust", "related", "statement",
    "to open a small business hub in a former school",
    "It is also considering a small hydro scheme", "Different projects; compatible.")
OUT.append(P.out())

# ---------------- pair 4: Itsaslapur society admits women
P = Pair("p4a_spain_gastronomic_society_ews.txt", "p4b_spain_gastronomic_society_donostiakoberriak.txt")
P.f("votes in favour", "agree", "quantity", "212 votes", "212 votes", "Same.")
P.f("votes against", "conflict", "quantity", "88", "84", "88 vs 84 votes against (bare numbers, unit vote recoverable).", a_after="212 votes to", b_after="in favour and")
P.f("members", "agree", "quantity", "340 members", "some 340 members", "Same (B 'some').")
P.f("entry fee", "agree", "quantity", "3,000 euros", "3.000 €", "Same; dot thousands and symbol after the figure in B.")
P.f("annual fee vs monthly quota", "related", "quantity", "480 euros", "40 €", "A gives the yearly fee, B the monthly quota (12 x 40 = 480): different measures, not a conflict.")
P.f("waiting list", "agree", "quantity", "About 60 people", "about sixty names", "Same, digits vs words.")
P.f("societies in the city", "agree", "quantity", "about 120 gastronomic societies", "roughly 120 societies", "Same.")
P.f("age of the society", "agree", "quantity", "115-year", "More than a century", "115 years is more than a century.")
P.f("day of the vote", "agree", "date", "Sunday", "Sunday", "Both 2026-05-24.", b_after="decided it on")
P.f("applications open", "agree", "date", "July 1", "1 July", "Same date, two orders.")
P.f("who said 'A kitchen has no gender'", "conflict", "quote",
    "A kitchen has no gender, and a society that forgets that will have no future,",
    "A kitchen has no gender, and a society that forgets that will have no future,",
    "Same words: A gives them to president Inaki Etxeberria, B to member Joxe Mari Arregi.")
P.f("places reserved for women", "conflict", "statement",
    "the board ruled out setting aside a quota of places for women",
    "the board is considering keeping some places for women",
    "Opposite modality: ruled out vs considering.")
P.f("pressure from the city", "agree", "statement",
    "Etxeberria denied that the society had acted under pressure from the city council",
    "Etxeberria rejected the idea that the city hall had pushed the society into the vote", "Same denial.")
P.f("opponents accept the result", "agree", "statement",
    "They said they would respect the result.", "they would not challenge the result", "Same, positive vs negative wording.")
P.f("what Emakunde does", "related", "statement",
    "said two other Old Town clubs were preparing similar ballots this year",
    "Emakunde agency has offered to pay part of the cost of adapting societies' premises",
    "Different actions around the same change; compatible.")
OUT.append(P.out())

# ---------------- pair 5: Apulia heat order
P = Pair("p5a_italy_heat_work_ban_mps.txt", "p5b_italy_heat_work_ban_gazzettadeltavoliere.txt")
P.f("fines", "agree", "quantity", "between 500 and 3,000 euros", "from 500 to 3.000 €", "Same range.")
P.f("farm labourers at the peak", "agree", "quantity", "About 180,000 people", "around 180.000 labourers", "Same; dot thousands in B.")
P.f("heat deaths last summer", "conflict", "quantity", "Two labourers", "three labourers", "2 vs 3 labourers dead in the Foggia area in 2025.")
P.f("temperature last summer", "agree", "quantity", "44 degrees Celsius", "passed 42 degrees", "44 degrees is past 42: compatible.")
P.f("regional spending on shade and transport", "agree", "quantity", "1.2 million euros", "1,2 million euros", "Same.")
P.f("bus money vs whole package", "related", "quantity", "400,000 euros", "1,2 million euros", "A's 400,000 is the bus part of the 1.2m B gives in full. Part vs whole.")
P.f("day the order was signed", "agree", "date", "Thursday", "yesterday", "Both 2026-06-18.")
P.f("order in force from", "agree", "date", "June 20", "tomorrow", "Both 2026-06-20.")
P.f("order in force until", "conflict", "date", "August 31", "15 September", "2026-08-31 vs 2026-09-15.")
P.f("president on a life", "agree", "quote",
    "No harvest and no building is worth a life,", "A harvest is not worth a life, and neither is a building,",
    "Both Vito Lamacchia; reworded.")
P.f("farmers' association and the courts", "conflict", "statement",
    "said it would not challenge the order", "announced that it will appeal to the regional administrative court",
    "Opposite polarity: will not challenge vs will appeal.")
P.f("exemptions", "agree", "statement",
    "The order does not apply to emergency repairs and civil protection work.",
    "The order does not cover urgent repairs or civil protection.", "Same exemption.")
P.f("pay by the crate", "agree", "statement",
    "too many labourers were still paid by the crate, which pushes them to work through the heat",
    "As long as people are paid by the box, someone will stay in the field at two in the afternoon",
    "Rizzo's point: paraphrased in A, quoted in B.")
P.f("farmers' response on harvests", "related", "statement",
    "members would need to start shifts at dawn", "for some crops the harvest cannot wait",
    "Different points by the same speaker (Sansone); compatible.")
OUT.append(P.out())

# ---------------- pair 6: Avacha Bay wreck
P = Pair("p6a_russia_wreck_salvage_prw.txt", "p6b_russia_wreck_salvage_kamchatskyvestnik.txt")
P.f("length of the trawler", "agree", "quantity", "54-metre", "54 m", "Same.")
P.f("weight of the hull", "conflict", "quantity", "about 1,200 tonnes", "about 1 400 tonnes", "About 1,200 vs about 1,400 tonnes.")
P.f("fuel and oily water pumped out", "agree", "quantity", "38 tonnes", "about 40 tonnes", "38 is about 40.")
P.f("cost of the lift", "agree", "quantity", "62 million roubles", "62 mln ₽", "Same; B abbreviates and uses the rouble sign.")
P.f("wrecks on the programme", "agree", "quantity", "23 abandoned wrecks", "more than 20 wrecks", "23 is more than 20.")
P.f("official list vs ecologists' count", "related", "quantity", "23 wrecks", "at least 60 sunken boats and barges",
    "A: wrecks on the federal programme; B: ecologists' count including smaller boats not on the list. Different measures.")
P.f("floating cranes", "agree", "quantity", "two floating cranes", "Two floating cranes", "Same.")
P.f("day of the lift", "agree", "date", "Monday", "Monday", "Both 2026-08-10.", b_occ=2)
P.f("year the trawler sank", "conflict", "date", "1998", "1996", "1998 vs 1996.")
P.f("programme to end", "agree", "date", "2028", "2028", "Same.")
P.f("next lift", "agree", "date", "September", "September", "Both 2026-09.")
P.f("salvor on the bay", "agree", "quote",
    "The bay has been a graveyard of ships for thirty years, and every one of them is a small oil spill waiting to happen,",
    "For thirty years the bay has been a cemetery of ships, and each one is a small oil spill waiting to happen,",
    "Both Andrei Sholokhov; reworded (translation).")
P.f("sinking the hull at sea", "conflict", "statement",
    "The regional government ruled out towing it out to sea and sinking it in deeper water",
    "the region is considering towing it out and sinking it in deep water",
    "Opposite modality: ruled out vs considering.")
P.f("no leak during the lift", "agree", "statement",
    "No fuel leaked into the water during the lift", "No oil slick was seen on the water during the lift", "Same finding, worded differently.")
P.f("wider clean-up", "related", "statement",
    "the region would push for the clean-up to be extended to other harbours on the peninsula",
    "the smaller wrecks, which are not on the official list, also leak",
    "Different calls to widen the work (governor vs ecologists); compatible.")
P.f("winter stop", "agree", "statement",
    "storms and ice make diving difficult from November", "Salvage work stops for the winter, when storms make diving too dangerous",
    "Same seasonal limit.")
OUT.append(P.out())

# ---------------- pair 7: Amazonas floating courthouse
P = Pair("p7a_brazil_floating_court_sap.txt", "p7b_brazil_floating_court_diariodosolimoes.txt")
P.f("cost of the boat", "agree", "quantity", "14.8 million reais", "R$ 14,8 million", "Same; decimal comma and R$ in B.")
P.f("length of the boat", "agree", "quantity", "32-metre", "32 m", "Same.")
P.f("municipalities on the first circuit", "conflict", "quantity", "18 municipalities", "16 municipalities", "18 vs 16.")
P.f("length of the route", "agree", "quantity", "about 1,600 kilometres", "1.600 km", "Same.")
P.f("length of the trip", "agree", "quantity", "45-day", "45 days", "Same.")
P.f("people on board", "agree", "quantity", "26 crew and staff", "26 people", "Same.")
P.f("caseload", "related", "quantity", "about 12,000 cases a year", "around 1.000 hearings a month",
    "Cases a year vs hearings a month during a circuit: different measures.")
P.f("running costs", "related", "quantity", "2.4 million reais", "R$ 200 mil",
    "A: a year; B: a month (12 x 200,000 = 2.4m). Different periods, not a conflict.")
P.f("launch day", "agree", "date", "Tuesday", "yesterday", "Both 2026-09-29.")
P.f("first departure", "agree", "date", "October 5", "5 October", "Same date, two orders.")
P.f("first floating court", "agree", "date", "2010", "2010", "Same.")
P.f("who said 'Justice has to travel by river'", "conflict", "quote",
    "Justice has to travel by river, because that is how our people travel,",
    "Justice has to travel by river, because that is how our people travel,",
    "Same words: A gives them to court president Helena Braga, B to public defender Marcos Tavares.")
P.f("state money for running costs", "conflict", "statement",
    "The state government has approved 2.4 million reais a year", "The state government has not yet approved the money for fuel and crew",
    "Opposite polarity: approved vs not yet approved.")
P.f("older boat", "agree", "statement",
    "The older boat will stay in service", "will keep working on the Rio Negro and the lower Amazon", "Same.")
P.f("visits per community", "agree", "statement",
    "each community is visited at least twice a year", "each riverside community should get a visit at least every six months",
    "Same frequency, two wordings.")
P.f("public defender's view", "related", "statement",
    "the boats would make a real difference for Indigenous communities and for women seeking protection orders",
    "Many people simply give up,",
    "Different points by Tavares: who benefits (A) vs people giving up claims (B, quoted).")
OUT.append(P.out())

# ---------------- pair 8: Sylt beach sauna heritage listing
P = Pair("p8a_germany_sauna_heritage_cpa.txt", "p8b_germany_sauna_heritage_sylterinselbote.txt")
P.f("new entries this year", "conflict", "quantity", "seven new entries", "six new entries", "7 vs 6.")
P.f("size of the inventory", "agree", "quantity", "158 customs, crafts and practices", "158 entries", "Same.")
P.f("members of the association", "agree", "quantity", "1,250 members", "1.250 members", "Same; dot thousands in B.")
P.f("beach saunas on Sylt", "agree", "quantity", "four beach saunas", "four beach saunas", "Same.")
P.f("yearly visits", "agree", "quantity", "about 85,000 visits a year", "around 85.000 guests a year", "Same.")
P.f("day ticket", "agree", "quantity", "29 euros", "29 €", "Same.")
P.f("island visitors vs overnight stays", "related", "quantity", "around 900,000 visitors a year", "about 3,2 million overnight stays",
    "Visitors vs overnight stays: different measures of tourism.")
P.f("day of the announcement", "agree", "date", "Wednesday", "yesterday", "Both 2026-11-18.")
P.f("first beach sauna", "conflict", "date", "1965", "1967", "1965 vs 1967.")
P.f("Finland's sauna on the UNESCO list", "agree", "date", "2020", "2020", "Same.")
P.f("chair on the tradition", "agree", "quote",
    "What we do is simple: heat, wind, cold sea, and people talking to each other without their phones,",
    "What we do is simple: heat, wind and a cold sea, and people talking without their phones. It is nice that this is now worth protecting,",
    "Both Kerrin Paulsen; reworded and merged in B.")
P.f("UNESCO international list", "conflict", "statement",
    "The association has ruled out applying for UNESCO's international list",
    "the association is considering an application to UNESCO's international list",
    "Opposite modality: ruled out vs considering.")
P.f("no money with the listing", "agree", "statement",
    "The listing brings no money with it", "The inclusion is not linked to any funding", "Same.")
P.f("hopes for the off-season", "agree", "statement",
    "Local officials hope the listing will help to fill hotels outside the summer season",
    "The tourism office also hopes for more guests in the quiet months", "Same hope, different wording.")
P.f("main sauna season", "related", "statement",
    "most of them between October and April", "the season is at its best from November to March",
    "Where most visits fall vs the best months: overlapping periods, different measures.")
OUT.append(P.out())

with open(os.path.join(HERE, "gold", "pairs.gold.json"), "w", encoding="utf-8") as f:
    json.dump(OUT, f, ensure_ascii=False, indent=1)
    f.write("\n")
print(len(OUT), "pairs,", sum(len(p["facts"]) for p in OUT), "facts")
