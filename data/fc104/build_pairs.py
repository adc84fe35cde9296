import json, os
from build_common import Pair, HERE

OUT = []

# ---------------- pair 1: Åland four-day week trial
P = Pair("p1a_aland_fourday_week_nordicwire.txt", "p1b_aland_fourday_week_mariehamnskurir.txt")
P.f("staff in the trial", "agree", "quantity", "420 of its civil servants", "Around 400 employees", "420 vs 'around 400': compatible rounding.")
P.f("length of the trial", "agree", "quantity", "six months", "26 weeks", "Six months = 26 weeks.")
P.f("new weekly hours", "agree", "quantity", "32 hours", "32 hours", "Same.")
P.f("cost of replacement staff", "conflict", "quantity", "€1.4 million", "about €1,2 million", "EUR 1.4m vs about EUR 1.2m (B writes a decimal comma).")
P.f("departments in the trial", "agree", "quantity", "five departments", "five departments", "Same.")
P.f("government workforce", "agree", "quantity", "about 1,900 people", "about 1 900 employees", "Same total (B: space as thousands separator).")
P.f("sick leave", "related", "quantity", "4.8%", "14 days", "A: share of working time lost; B: average sick days per employee. Different measures.")
P.f("staff preferring shorter hours", "agree", "quantity", "71%", "71 %", "Same survey figure.")
P.f("trial starts", "conflict", "date", "March 2", "9 March", "2026-03-02 vs 2026-03-09.")
P.f("government decision", "agree", "date", "Tuesday", "Tuesday", "Both 2026-01-20.")
P.f("evaluation", "agree", "date", "October", "October", "Both 2026-10.")
P.f("who said 'the same work in fewer hours'", "conflict", "quote",
    "We want to see whether people can do the same work in fewer hours,", "We want to see whether people can do the same work in fewer hours,",
    "Same words: A gives them to government member Camilla Lindqvist, B to HR head Jonas Sjöberg.")
P.f("Lindqvist on stopping the trial", "agree", "quote",
    "If the service to islanders suffers, we will stop.", "If people have to wait longer at our counters, we pull the plug,",
    "Same speaker, reworded.")
P.f("Eklund on workload", "agree", "quote",
    "Nobody will be asked to squeeze five days of work into four.", "A shorter week cannot mean the same pile of work on fewer days,",
    "Same speaker (union chair), reworded.")
P.f("union approval", "conflict", "statement", "has agreed to the terms", "has not yet approved the terms",
    "Opposite polarity: union has agreed vs has not yet approved.")
P.f("Friday counters", "agree", "statement", "no counter would close on Fridays", "No counter will be shut on Fridays", "Same, reworded.")
P.f("who is left out", "related", "statement", "The health authority ÅHS and the police were left out of the trial",
    "Teachers in the upper secondary schools are not included in the trial", "Different exclusions, compatible.")
OUT.append(P.out())

# ---------------- pair 2: Curaçao social housing
P = Pair("p2a_curacao_social_housing_caribbeannewswire.txt", "p2b_curacao_social_housing_koerier.txt")
P.f("homes in the first phase", "agree", "quantity", "600 affordable homes", "600 homes", "Same.")
P.f("project cost", "agree", "quantity", "$120 million", "Cg 214,8 million", "USD 120m x 1.79 = XCG 214.8m (B: decimal comma, Caribbean guilder).", a_occ=2)
P.f("Dutch soft loan", "conflict", "quantity", "$45 million", "Cg 71,6 million", "USD 45m vs XCG 71.6m = USD 40m at the 1.79 peg.")
P.f("rental homes", "agree", "quantity", "About 400 of the homes", "420 homes", "'About 400' vs 420: compatible.")
P.f("monthly rent", "agree", "quantity", "around $500", "about Cg 895", "USD 500 x 1.79 = XCG 895.")
P.f("site area", "agree", "quantity", "38 hectares", "380.000 m²", "38 ha = 380,000 m² (B: dot thousands).")
P.f("waiting list", "agree", "quantity", "more than 7,000 households", "7.400 households", "7,400 is more than 7,000.")
P.f("construction jobs", "conflict", "quantity", "about 900 construction jobs", "about 1.100 people", "A: about 900 jobs over three years; B: about 1,100 on site at the peak, more than A's whole total.")
P.f("first phase vs whole programme", "related", "quantity", "600 affordable homes", "2.000 homes", "A's first phase vs B's programme total (part vs whole).")
P.f("how homes are allocated", "agree", "statement", "the foundation would use a points system",
    "homes would be allocated by a points system", "Same commitment, reworded.")
P.f("presentation", "agree", "date", "Tuesday", "Tuesday", "Both 2026-03-10.")
P.f("construction start", "agree", "date", "September", "September 2026", "Both 2026-09.")
P.f("first keys", "conflict", "date", "December 2027", "June 2028", "2027-12 vs 2028-06.")
P.f("Rosalia on past building", "agree", "quote", "For twenty years we have built too little and too late,",
    "We have built too little and too late for twenty years,", "Same speaker, word order changed.")
P.f("Koeiman's verdict", "agree", "quote", "Six hundred homes is a start, not a solution,", "a start, not a solution", "Same speaker; B quotes a fragment.")
P.f("bond guarantee in parliament", "conflict", "statement", "has approved a government guarantee for the bond",
    "have not yet voted on the government guarantee", "Opposite polarity: approved vs not yet voted.")
P.f("conditions on builders", "related", "statement", "builders would be required to hire at least 70% of their workers on the island",
    "Contractors will have to use local subcontractors", "Different local-content rules, compatible.")
OUT.append(P.out())

# ---------------- pair 3: Break O'Day mayor resigns
P = Pair("p3a_tasmania_mayor_resigns_southerncross.txt", "p3b_tasmania_mayor_resigns_eastcoastgazette.txt")
P.f("resignation announced", "agree", "date", "Tuesday", "Tuesday night", "Both 2026-04-14.")
P.f("resignation takes effect", "conflict", "date", "April 30", "8 May", "2026-04-30 vs 2026-05-08.")
P.f("panel report", "agree", "date", "April 2", "2 April", "Both 2026-04-02, written two ways.", a_after="report, released")
P.f("size of the subdivision", "conflict", "quantity", "14-lot", "16-lot", "14 vs 16 lots.")
P.f("land sale price", "agree", "quantity", "$1.2 million", "$1.2m", "Same AUD 1.2m.")
P.f("by-election cost", "agree", "quantity", "about $150,000", "around A$150,000", "Same.")
P.f("council legal costs", "related", "quantity", "$86,000", "$31,000", "A: since the complaint was lodged; B: legal advice this financial year. Total vs one period.")
P.f("petition", "agree", "quantity", "more than 1,300 signatures", "1,340 signatures", "1,340 is more than 1,300.")
P.f("councillors", "agree", "quantity", "nine-member", "all nine councillors", "Same council of nine.")
P.f("who said 'a council it can trust'", "conflict", "quote",
    "The community deserves a council it can trust, and right now it does not have one,",
    "The community deserves a council it can trust, and right now it does not have one,",
    "Same words: A gives them to Halloran, B to deputy mayor Sarah Lucas.")
P.f("Halloran's admission", "agree", "quote", "I made a mistake, and I am paying for it.", "I made a mistake and I'm paying for it.", "Same speaker, contraction.")
P.f("standing again", "conflict", "statement", "He said he would not contest the by-election",
    "Halloran is considering standing again at the by-election", "Opposite modality: will not contest vs is considering standing.")
P.f("wrongdoing", "agree", "statement", "Halloran has denied any wrongdoing", "Halloran has always maintained he did nothing wrong", "Same denial.")
P.f("acting mayor", "agree", "statement", "Deputy Mayor Sarah Lucas will act as mayor", "Deputy Mayor Sarah Lucas, who will serve as acting mayor", "Same.")
P.f("dismissing the council", "related", "statement", "she had no plans to dismiss the nine-member council",
    "the group would now ask the state to sack all nine councillors", "Minister's position vs residents' group's demand: different actors, not a contradiction.")
OUT.append(P.out())

# ---------------- pair 4: Montserrat "Come Home" grant
P = Pair("p4a_montserrat_come_home_grant_leewardpress.txt", "p4b_montserrat_come_home_grant_emeraldchronicle.txt")
P.f("grant per household", "agree", "quantity", "EC$25,000", "EC$25,000", "Same.", a_occ=2)
P.f("grant in US dollars", "agree", "quantity", "about US$9,250", "EC$25,000", "EC$25,000 / 2.70 = US$9,259: conversion.")
P.f("scheme budget", "conflict", "quantity", "EC$3 million", "EC$3.6 million", "EC$3m vs EC$3.6m over the same three years.")
P.f("total vs yearly budget", "related", "quantity", "EC$3 million", "EC$1.2 million", "A: total over three years; B: yearly amount. Different measures.")
P.f("target", "agree", "quantity", "150 households", "about 150 families", "Same target.")
P.f("years abroad required", "agree", "quantity", "at least five years", "five years or more", "Same condition, written two ways.")
P.f("building lots", "agree", "quantity", "40 serviced building lots", "40 building plots", "Same 40 (B adds Davy Hill).")
P.f("public-sector vacancies", "agree", "quantity", "About 60 public sector posts", "58 vacancies", "'About 60' vs 58: compatible.")
P.f("population now", "agree", "quantity", "about 4,400 people", "4,390 people", "A rounds.")
P.f("rent of a small house", "agree", "quantity", "about EC$2,200", "around EC$2,200", "Same.")
P.f("launch", "agree", "date", "Wednesday", "Wednesday", "Both 2026-05-20.")
P.f("applications open", "agree", "date", "July 1", "1 July", "Both 2026-07-01, written two ways.")
P.f("who said 'Montserrat needs its people back'", "conflict", "quote", "Montserrat needs its people back,", "Montserrat needs its people back,",
    "Same words: A gives them to Premier Duberry, B to Labour Minister Greenaway.")
P.f("Duberry on land and jobs", "agree", "quote", "We have the land, we have the jobs, and now we have the help to make the move.",
    "We have jobs and we have land. What we need now is people,", "Same speaker, reworded.")
P.f("duty-free vehicle", "conflict", "statement", "Returning families may also import their household goods and one vehicle free of customs duty",
    "the scheme will not cover cars", "Opposite polarity: a vehicle may be imported duty-free vs cars not covered.")
P.f("who pays", "agree", "statement", "the scheme would be paid for from local revenue",
    "The grant will be funded from local revenue rather than British aid", "Same, reworded.")
P.f("conditions and priority", "related", "statement", "must bring either a job offer on the island or a business plan",
    "these returnees would be given priority for those jobs", "Eligibility condition vs hiring priority: different measures, compatible.")
OUT.append(P.out())

# ---------------- pair 5: Aitutaki school merger
P = Pair("p5a_cookislands_school_merger_pacificnewsdesk.txt", "p5b_cookislands_school_merger_rarotongaherald.txt")
P.f("Vaipae roll", "agree", "quantity", "31 pupils", "31 children", "Same.")
P.f("one school's roll vs combined roll", "related", "quantity", "48 pupils", "79 pupils", "A: Amuri alone; B: both schools (48 + 31 = 79). Part vs whole.")
P.f("building budget", "agree", "quantity", "NZ$1.4 million", "$1.4m", "Same (B's $ is NZD).")
P.f("distance between the villages", "conflict", "quantity", "about 4 kilometres", "six kilometres", "About 4 km vs six km.")
P.f("school bus cost", "agree", "quantity", "around $38,000", "$38,000", "Same yearly cost.")
P.f("teachers now vs after the merger", "related", "quantity", "All seven teachers", "five teachers", "A: teachers at the two schools now; B: teachers left in the merged school. Two moments.")
P.f("Aitutaki population", "agree", "quantity", "1,771 residents", "about 1,770 people", "B rounds the census figure.")
P.f("announcement", "agree", "date", "Tuesday", "Tuesday", "Both 2026-06-09.")
P.f("merger takes effect", "conflict", "date", "January 2027", "July", "2027-01 vs 2026-07 (Term 3).")
P.f("earlier Mangaia merger", "agree", "date", "2024", "2024", "Same year.")
P.f("Marsters on a bigger school", "agree", "quote", "A bigger school can offer our children more: more teachers, more sport, more subjects,",
    "Put them together and they get more teachers, more sport and more subjects,", "Same speaker, reworded.")
P.f("who said 'A bigger school can offer our children more'", "conflict", "quote",
    "A bigger school can offer our children more: more teachers, more sport, more subjects,", "A bigger school can offer our children more,",
    "Same opening words: A gives them to Education Secretary Marsters, B to Amuri principal Ngaire Tuakeu.")
P.f("Rongo on the village", "agree", "quote", "Without the school, Vaipae is just houses,",
    "Our school has been here for more than 60 years. Without it, Vaipae is just houses,", "Same speaker, reworded and extended.")
P.f("teaching jobs", "conflict", "statement", "no teacher would lose their position as a result of the merger",
    "Two teaching positions will go once the schools are combined", "Opposite polarity: no job losses vs two positions cut.")
P.f("island government's position", "agree", "statement", "The Aitutaki Island Government backs the merger",
    "the island council supported the change", "Same.")
P.f("future of the Vaipae site", "related", "statement", "will be handed to the island government for community use",
    "the Vaipae field would stay open for village rugby and netball", "Building vs field: different parts of the site, compatible.")
OUT.append(P.out())

# ---------------- pair 6: Vailala moves inland
P = Pair("p6a_wallisfutuna_village_relocation_agencepacifique.txt", "p6b_wallisfutuna_village_relocation_echodewallis.txt")
P.f("households moving", "agree", "quantity", "42 households", "42 families", "Same.")
P.f("residents moving", "agree", "quantity", "about 180 people", "176 residents", "'About 180' vs 176: compatible.")
P.f("project cost", "agree", "quantity", "1.2 billion CFP francs", "1,2 milliard F CFP", "Same (B: French decimal comma and 'milliard').")
P.f("project cost in euros", "agree", "quantity", "about €10 million", "1,2 milliard F CFP", "XPF 1.2bn / 119.33 = EUR 10.06m: conversion.")
P.f("EU contribution", "conflict", "quantity", "€6 million", "5 million €", "EUR 6m vs EUR 5m.")
P.f("distance inland", "agree", "quantity", "about 1.5 kilometres", "1 500 m", "1.5 km = 1,500 m (B: space thousands).")
P.f("height of the new site", "conflict", "quantity", "25 metres", "20 m", "25 vs 20 metres above sea level.")
P.f("shore retreat", "related", "quantity", "about 30 metres", "up to 1 metre", "A: total retreat since 1990; B: yearly rate at the worst places. Different measures.")
P.f("houses flooded in February", "agree", "quantity", "11 houses", "eleven houses", "Same, figure vs word.")
P.f("assembly vote", "agree", "date", "Tuesday", "Tuesday", "Both 2026-08-18.")
P.f("works begin", "conflict", "date", "January 2027", "March 2027", "2027-01 vs 2027-03.")
P.f("first houses ready", "agree", "date", "2028", "the end of 2028", "Both 2028; B gives the end of the year.")
P.f("chief on leaving", "agree", "quote", "We did not choose to leave. The sea chose for us,", "The sea chose for us. We did not choose to leave,", "Same speaker, sentences swapped.")
P.f("moving the church", "conflict", "statement", "The village chief had agreed that the church of Saint Joseph, built in 1936, would also be taken down and rebuilt on the new site",
    "The church, however, will stay where it is.", "Opposite: church to be rebuilt on the new site vs stays where it is.")
P.f("old plots", "agree", "statement", "will keep the right to use its old plot for gardens and fishing",
    "The families will keep their old plots by the sea for their gardens and canoes.", "Same.")
P.f("customary land talks", "related", "statement", "after more than a year of talks between the customary chiefs and the territorial administration",
    "The Lavelua gave his agreement for the customary land last month", "Length of the talks vs moment of the king's consent: two moments of one process.")
OUT.append(P.out())

# ---------------- pair 7: Christmas Island 3G switch-off
P = Pair("p7a_christmasisland_3g_switchoff_australpress.txt", "p7b_christmasisland_3g_switchoff_crabcoastcourier.txt")
P.f("mobile customers", "agree", "quantity", "about 2,100 mobile customers", "some 2,000 subscribers", "Both approximate, compatible.")
P.f("3G-only handsets", "conflict", "quantity", "About 350 handsets", "around 600 handsets", "About 350 vs around 600.")
P.f("cost of the 4G sites", "agree", "quantity", "A$3.2 million", "$3.2m", "Same (B's $ is AUD).")
P.f("new 4G sites", "agree", "quantity", "four new 4G sites", "four 4G towers", "Same four.")
P.f("population coverage", "agree", "quantity", "95%", "95 per cent", "Same.")
P.f("population vs land coverage", "related", "quantity", "95%", "about 60 per cent", "A: share of people; B: share of land area. Different measures.")
P.f("replacement phone value", "agree", "quantity", "up to A$250", "$250", "Same ceiling/voucher.")
P.f("programme total vs per-phone value", "related", "quantity", "about A$90,000", "$250", "Total programme cost vs value per phone.")
P.f("federal contribution", "agree", "quantity", "A$1.1 million", "$1.1m", "Same.")
P.f("island population", "agree", "quantity", "about 1,700 residents", "1,692 residents", "A rounds.")
P.f("4G download speed", "agree", "quantity", "about 20 megabits per second", "about 20 Mbps", "Same, unit written two ways.")
P.f("announcement", "agree", "date", "Tuesday", "Tuesday", "Both 2026-09-15.")
P.f("switch-off date", "conflict", "date", "October 31", "30 November", "2026-10-31 vs 2026-11-30.")
P.f("who said 'No one on this island will be left without a phone'", "conflict", "quote",
    "No one on this island will be left without a phone that works,", "No one on this island will be left without a phone that works,",
    "Same words: A gives them to CXLink CEO Darren Ng, B to Shire President Hamid Bakar.")
P.f("emergency calls from old phones", "conflict", "statement", "3G-only phones would not be able to call triple zero",
    "calls to 000 would still connect from old phones after the switch-off", "Opposite polarity, both attributed to Ng.")
P.f("saving money", "agree", "statement", "The company denied that the decision was about saving money",
    "The company rejected claims that it was cutting costs", "Same denial.")
P.f("how islanders use phones", "related", "statement", "many older residents used phones only to call family in Malaysia and Singapore",
    "Many people, including workers at the phosphate mine, carry a second phone for work", "Different groups and uses; compatible.")
OUT.append(P.out())

# ---------------- pair 8: Norfolk Island cable station listed
P = Pair("p8a_norfolkisland_cable_station_heritage_transtasman.txt", "p8b_norfolkisland_cable_station_heritage_norfolklookout.txt")
P.f("listing decision", "agree", "date", "Wednesday", "Wednesday", "Both 2026-11-11.")
P.f("station built", "agree", "date", "1902", "1902", "Same year.", a_occ=2)
P.f("station closed", "agree", "date", "1999", "1999", "Same year.")
P.f("appeal deadline", "conflict", "date", "December 9", "9 January 2027", "2026-12-09 vs 2027-01-09.")
P.f("submissions", "agree", "quantity", "146 public submissions", "146 submissions", "Same.")
P.f("purchase price", "agree", "quantity", "A$1.85 million", "$1.85m", "Same (B's $ is AUD).")
P.f("villas planned", "conflict", "quantity", "six holiday villas", "eight villas", "Six vs eight.")
P.f("size of the property", "agree", "quantity", "3.2-hectare", "about eight acres", "3.2 ha = 7.9 acres: other unit, rounded.")
P.f("cost of works", "related", "quantity", "about A$600,000", "about $2.4m", "A: works to make the building safe; B: full restoration. Different measures.")
P.f("heritage grant cap", "agree", "quantity", "up to A$50,000", "$50,000", "Same yearly cap.")
P.f("Quintal on the building", "agree", "quote", "This building connected Norfolk Island to the world before anyone here had a telephone,",
    "Before anyone on Norfolk had a phone, this building joined us to the world,", "Same speaker, reworded.")
P.f("Quintal: gone is gone", "agree", "quote", "Once it is gone, it is gone.", "When it's gone, it's gone.", "Same speaker, reworded.")
P.f("Pettit: never told", "agree", "quote", "We were never told that the building might be listed when we bought it,",
    "We were never told the building might be listed,", "Same speaker, shortened.")
P.f("appeal", "conflict", "statement", "the company would appeal against the listing to the Administrative Review Tribunal",
    "Director Craig Pettit has ruled out an appeal", "Opposite: will appeal vs has ruled out an appeal.")
P.f("duty to restore", "agree", "statement", "The decision does not oblige the owner to restore the station",
    "Owners of listed buildings are not obliged to repair them", "Same.")
P.f("future use", "related", "statement", "The island's historical society said it hoped the cable station could one day house a museum of communications.",
    "The council said the building could still be used as accommodation or as a café", "Different actors' ideas for the building; compatible.")
OUT.append(P.out())

with open(os.path.join(HERE, "gold", "pairs.gold.json"), "w", encoding="utf-8") as f:
    json.dump(OUT, f, ensure_ascii=False, indent=1)
    f.write("\n")
print(len(OUT), "pairs,", sum(len(p["facts"]) for p in OUT), "facts")
