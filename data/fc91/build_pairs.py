import json, os
from build_common import Pair, HERE

OUT = []

# ---------------- pair 1: Guam satellite ground-station lease
P = Pair("p1a_guam_ground_station_pacificledgerwire.txt", "p1b_guam_ground_station_marianasdaily.txt")
P.f("lease value", "agree", "quantity", "$48 million", "US$48 million", "Same total over the term.", a_occ=2)
P.f("lease value per year", "agree", "quantity", "about $1.9 million", "$1.92 million", "A rounds ('about'); both 48m / 25.")
P.f("construction spend vs lease value", "related", "quantity", "$120 million", "US$48 million", "A: what Orbitline will spend on building; B: what the lease pays the government. Different sums in USD.")
P.f("lease term", "agree", "quantity", "25-year", "25-year", "Same.", b_occ=2)
P.f("site area", "agree", "quantity", "62 acres", "62 acres", "Same.")
P.f("permanent jobs", "agree", "quantity", "85 permanent jobs", "about 85 permanent jobs", "Same figure, B qualified.")
P.f("number of dishes", "conflict", "quantity", "14 antenna dishes", "12 dishes", "14 vs 12 dishes.")
P.f("lease signed", "agree", "date", "Wednesday", "Wednesday", "Both 2026-01-21.")
P.f("construction start", "conflict", "date", "April", "June", "2026-04 vs 2026-06.")
P.f("first payment", "agree", "date", "July", "July", "Both 2026-07.")
P.f("governor on the lease", "agree", "quote",
    "This lease turns an empty hill into a source of steady income for every family on Guam,",
    "This lease turns an empty hill into a source of steady income for every family on Guam,", "Same words, same speaker (the governor).")
P.f("university access to the dishes", "conflict", "statement",
    "Orbitline had agreed to share the site with the University of Guam",
    "Orbitline had refused a request from the university to use the antennas for student research",
    "Opposite polarity: agreed to share vs refused the university's request.")
P.f("military use", "agree", "statement",
    "Okafor denied reports that the station would be used by the military",
    "The company also denied that the military would use the station", "Same denial (Okafor / the company, Okafor quoted).")
P.f("scrutiny of the lease", "related", "statement",
    "his committee would hold an oversight hearing on the lease in February",
    "Barrigada Mayor June Blas asked the government for a traffic study",
    "A: legislative hearing; B: mayor asks for a traffic study. Different steps, compatible.")
OUT.append(P.out())

# ---------------- pair 2: Fort-de-France cinema reopening
P = Pair("p2a_martinique_cinema_reopening_antillespresse.txt", "p2b_martinique_cinema_reopening_lecourriermartiniquais.txt")
P.f("renovation cost", "agree", "quantity", "€4.2 million", "4,2 M€", "Same sum, French decimal comma and M€ in B.")
P.f("regional contribution", "agree", "quantity", "€1.5 million", "1,5 M€", "Same.")
P.f("seats after renovation", "conflict", "quantity", "640 seats", "580 seats", "640 vs 580 seats.")
P.f("seats before closure", "agree", "quantity", "1,100 seats", "1 100 seats", "Same, French thin-space grouping in B.")
P.f("full ticket price", "agree", "quantity", "€8", "8 €", "Same.")
P.f("student vs full ticket price", "related", "quantity", "€5.50", "8 €", "Two prices of different tickets (student/senior vs full).")
P.f("break-even tickets", "agree", "quantity", "120,000 tickets", "about 120 000 tickets", "Same, B qualified.")
P.f("staff", "agree", "quantity", "22 people", "22 people", "Same.")
P.f("years closed", "agree", "quantity", "six years", "Six years", "Same.", a_occ=2)
P.f("reopening night", "agree", "date", "Friday", "Friday 13 February", "Both 2026-02-13.")
P.f("school screenings start", "agree", "date", "March 2", "2 March", "Both 2026-03-02.", a_after="begin on")
P.f("who said 'we saved a habit'", "conflict", "quote",
    "We did not save a building, we saved a habit: going to the pictures on a Friday night,",
    "We did not save a building, we saved a habit: going to the pictures on a Friday night,",
    "Same words: A gives them to director Sylvie Marceau, B to Mayor Didier Larcher.")
P.f("ticket prices", "conflict", "statement",
    "the company had ruled out raising prices this year",
    "prices would rise in September to cover the cost of the loan",
    "Ruled out a rise this year vs prices will rise in September (both Marceau).")
P.f("sale to a chain", "agree", "statement",
    "Lumière Caraïbe denied reports that it planned to sell the cinema to a mainland French chain",
    "On rumours of a sale to a chain from mainland France, she was clear",
    "Same denial; B carries it with a short quote ('has no intention of selling').")
P.f("city-centre plans", "related", "statement",
    "the city was considering free evening parking near the cinema on weekends",
    "a plan to bring housing back above the empty shops of the centre",
    "Mayor's plans: parking (A) vs housing (B). Different measures, compatible.")
OUT.append(P.out())

# ---------------- pair 3: Montserrat Volcano Observatory budget
P = Pair("p3a_montserrat_volcano_observatory_caribbeanwire.txt", "p3b_montserrat_volcano_observatory_emeraldislestar.txt")
P.f("observatory budget", "agree", "quantity", "EC$9.6 million", "EC$9.6m", "Same.")
P.f("size of the cut", "conflict", "quantity", "8%", "12 per cent", "8% vs 12 per cent from the current year.", b_occ=2)
P.f("UK contribution", "agree", "quantity", "EC$7.2 million", "EC$7.2m", "Same.")
P.f("scientific staff", "agree", "quantity", "18 scientific and technical staff", "eighteen", "Same team size, spelled out in B.")
P.f("jetty repairs", "agree", "quantity", "EC$3 million", "EC$3m", "Same.")
P.f("public pay rise", "agree", "quantity", "2%", "two per cent", "Same.")
P.f("budget granted vs requested", "related", "quantity", "EC$9.6 million", "EC$10.4m", "Granted (A) vs what the observatory asked for (B).")
P.f("budget presented", "agree", "date", "Tuesday", "Tuesday 17th March", "Both 2026-03-17.")
P.f("budget debate", "conflict", "date", "March 24", "26th March", "2026-03-24 vs 2026-03-26.")
P.f("volcano quiet since", "agree", "date", "2010", "2010", "Same.")
P.f("Daley on safety", "agree", "quote",
    "We are not cutting the eyes and ears that keep this island safe,",
    "We are not cutting the eyes and ears that keep this island safe,", "Same words, same speaker.")
P.f("Greenaway on the volcano", "agree", "quote",
    "A volcano does not read the finance minister's speech,",
    "A volcano does not read the finance minister's speech,", "Same words, same speaker.")
P.f("staff cuts", "conflict", "statement",
    "the observatory would not cut any of its 18 scientific and technical staff",
    "the observatory has already cut two posts since January",
    "Would not cut any staff vs has already cut two posts.")
P.f("helicopter survey contract delayed", "agree", "statement",
    "delaying the replacement of a helicopter survey contract",
    "putting off a new helicopter contract for aerial surveys", "Same saving, reworded.")
P.f("what happens later", "related", "statement",
    "Daley said he hoped the cut would be reversed in 2027 if UK funding improved",
    "the team would review its plans again in September",
    "Minister's hope for 2027 vs director's September review: different future steps.")
OUT.append(P.out())

# ---------------- pair 4: Anguilla kite-surfing ban
P = Pair("p4a_anguilla_kitesurfing_ban_leewardnews.txt", "p4b_anguilla_kitesurfing_ban_theanguillian.txt")
P.f("maximum fine", "conflict", "quantity", "up to EC$5,000", "up to EC$10,000", "Maximum fine EC$5,000 vs EC$10,000.")
P.f("closed water width", "agree", "quantity", "300 metres", "300m", "Same.")
P.f("warning signs", "agree", "quantity", "40 warning signs", "40 signs", "Same.")
P.f("visitors in 2025", "agree", "quantity", "about 170,000 visitors", "around 170,000 visitors", "Same.")
P.f("review after", "agree", "quantity", "six months", "six months", "Same.")
P.f("instructors", "agree", "quantity", "about 30 registered kite-surfing instructors", "32 instructors", "32 is about 30.")
P.f("fine vs lost income", "related", "quantity", "up to EC$5,000", "EC$1.2m", "Fine (A) vs instructors' estimated lost income (B), both XCD.")
P.f("ban takes effect", "agree", "date", "June 1", "1st June", "Both 2026-06-01.")
P.f("swimmer injured", "agree", "date", "April 20", "20th April", "Both 2026-04-20.")
P.f("ban announced", "agree", "date", "Monday", "Monday", "Both 2026-05-11.")
P.f("who said 'punishing a whole sport'", "conflict", "quote",
    "You are punishing a whole sport for one accident,", "You are punishing a whole sport for one accident,",
    "Same words: A gives them to association chairman Trevor Gumbs, B to Minister Marcia Hodge.")
P.f("another kite zone", "conflict", "statement",
    "the government was considering a licensed kite-surfing zone at Rendezvous Bay",
    "The Minister has ruled out opening any other beach to kite-surfing this season",
    "Is considering a zone vs ruled out any other beach.")
P.f("island-wide ban", "agree", "statement",
    "The government rejected calls from some hoteliers for an island-wide ban",
    "Hodge also dismissed calls for a ban across the whole island", "Same refusal.")
P.f("next steps", "related", "statement",
    "would consult the association before the end of the month",
    "The Ministry said it would publish a map of the closed waters this week",
    "Consultation (A) vs map publication (B): different steps.")
OUT.append(P.out())

# ---------------- pair 5: Turks and Caicos helicopter contract
P = Pair("p5a_turkscaicos_helicopter_contract_atlanticwire.txt", "p5b_turkscaicos_helicopter_contract_suntimestci.txt")
P.f("contract value", "agree", "quantity", "$22.5 million", "US$22.5 million", "Same.", a_occ=2)
P.f("contract length", "agree", "quantity", "five-year", "five years", "Same.")
P.f("helicopters", "conflict", "quantity", "two helicopters", "Three helicopters", "Two vs three.")
P.f("annual fixed fee", "agree", "quantity", "$4.5 million", "US$4.5 million", "Same.")
P.f("hourly rate vs annual fee", "related", "quantity", "$3,800", "US$4.5 million", "Per extra flight hour (A) vs fixed yearly fee (B).")
P.f("bidders", "agree", "quantity", "Three companies", "three bidders", "Same.")
P.f("tender period", "agree", "quantity", "21 days", "three-week", "21 days = three weeks.")
P.f("local staff", "agree", "quantity", "at least 12 local staff", "a dozen Turks and Caicos Islanders", "12 = a dozen.")
P.f("cover", "agree", "quantity", "24 hours", "24 hours", "Same (24 hours a day).")
P.f("service start", "conflict", "date", "August 1", "July 1", "2026-08-01 vs 2026-07-01.")
P.f("Cabinet date", "agree", "date", "June 17", "June 17", "Same date; A: to consider, B: to be briefed.")
P.f("who said 'No one on a family island'", "conflict", "quote",
    "No one on a family island should die waiting for a plane that cannot land,",
    "No one on a family island should die waiting for a plane that cannot land,",
    "Same words: A gives them to Premier Delano Forbes, B to Health Minister Angela Missick.")
P.f("contract signed", "conflict", "statement",
    "The government has not yet signed the contract",
    "the government signed the contract with the Florida company on Friday, June 5",
    "Has not yet signed vs signed on June 5.")
P.f("tender process challenged", "agree", "statement",
    "The health minister, Angela Missick, said the government had followed the procurement rules",
    "Missick denied this, saying the process had followed the law", "Same rebuttal.")
P.f("pilots", "related", "statement",
    "The company's pilots will come from the United States at first",
    "the government would pay for two scholarships for local pilots",
    "Pilots now (A) vs scholarships for future local pilots (B).")
OUT.append(P.out())

# ---------------- pair 6: Niue noni juice export
P = Pair("p6a_niue_noni_juice_export_pacificnewsservice.txt", "p6b_niue_noni_juice_export_niuestar.txt")
P.f("shipment volume", "agree", "quantity", "18,000 litres", "18,000 L", "Same.")
P.f("shipment value", "conflict", "quantity", "between NZ$250,000 and NZ$300,000", "about NZ$420,000", "Range 250-300k vs about 420k: incompatible.")
P.f("grower families", "agree", "quantity", "65 families", "sixty-five families", "Same, spelled out in B.")
P.f("price paid for fruit", "agree", "quantity", "NZ$1.20", "$1.20", "Same (a kilogram / a kilo).")
P.f("plant staff", "agree", "quantity", "11 people", "11 staff", "Same.")
P.f("cold store cost", "agree", "quantity", "NZ$180,000", "NZ$180,000", "Same.")
P.f("annual target vs this shipment", "related", "quantity", "72,000 litres", "18,000 L", "Yearly target by 2028 (A) vs first container (B).")
P.f("supply agreement length", "agree", "quantity", "three-year", "three years", "Same.")
P.f("ship left Alofi", "agree", "date", "August 10", "Monday, 10 August", "Both 2026-08-10.")
P.f("cold store ready", "conflict", "date", "November", "December", "2026-11 vs 2026-12.")
P.f("Tukuitonga on noni", "agree", "quote",
    "For years our noni fell to the ground and rotted. Now it is paying school fees,",
    "For years our noni fell to the ground and rotted. Now it is paying school fees,", "Same words, same speaker.")
P.f("public support for growers", "conflict", "statement",
    "the government had ruled out subsidising the noni industry",
    "the government was considering a grant to help new growers plant noni trees",
    "Ruled out subsidies vs considering a grant (both Minister Hekau).")
P.f("shipping frequency", "agree", "statement",
    "The supply ship calls about once a month", "The ship calls only once a month", "Same.")
P.f("export plan", "agree", "statement",
    "hopes to ship four containers a year", "she wanted to send a container every quarter", "Four a year = one a quarter.")
P.f("future orders", "related", "statement",
    "She declined to give its full value", "a second container is planned for October",
    "Value of the supply agreement withheld (A) vs next shipment (B).")
OUT.append(P.out())

# ---------------- pair 7: Guernsey raw-milk cheese export rule
P = Pair("p7a_guernsey_cheese_export_rule_channelwire.txt", "p7b_guernsey_cheese_export_rule_sarniaherald.txt")
P.f("votes in favour", "conflict", "quantity", "27", "26", "27-10 vs 26-11.", a_after="voted 27", b_after="voted 26")
P.f("minimum ageing", "agree", "quantity", "at least 60 days", "a minimum of 60 days", "Same.")
P.f("dairy farms", "agree", "quantity", "14 farms", "fourteen dairy farms", "Same.")
P.f("cows", "agree", "quantity", "about 2,100 cows", "roughly 2,100 Guernsey cows", "Same.")
P.f("first-year exports", "agree", "quantity", "12 tonnes", "around 12 tonnes", "Same, B qualified.")
P.f("test cost", "agree", "quantity", "about £45", "about £45", "Same.")
P.f("test cost vs licence fee", "related", "quantity", "about £45", "£350", "Per-batch test (A) vs annual licence fee (B).")
P.f("dairy losses", "agree", "quantity", "about £1.5 million", "around £1.5m", "Same.")
P.f("vote day", "agree", "date", "Monday", "yesterday", "Both 2026-09-21.")
P.f("rule in force", "agree", "date", "January 1, 2027", "1 January 2027", "Same date, two styles.")
P.f("ban since", "agree", "date", "1958", "1958", "Same.")
P.f("who said 'the best milk in the world'", "conflict", "quote",
    "We have the best milk in the world and we have been forbidden to show it to anyone,",
    "We have the best milk in the world and we have been forbidden to show it to anyone,",
    "Same words: A gives them to cheesemaker Hélène Le Page, B to Deputy Mark Ogier.")
P.f("Mahy's warning", "agree", "quote",
    "one bad wheel could cost us everything.", "one bad wheel could cost us everything", "Same words, same speaker.")
P.f("export licence fee", "conflict", "statement",
    "the committee would not charge an export licence fee for the first two years",
    "exporters would pay an annual licence fee of £350 from the start",
    "No fee for two years vs £350 a year from the start.")
P.f("public money", "agree", "statement",
    "She denied that the cheesemaker would seek public money",
    "She said the firm was not asking the States for any grant", "Same denial.")
P.f("foreign approval", "related", "statement",
    "The cheese will still need approval from buyers' national food authorities",
    "French authorities already accept raw-milk cheese",
    "General need for approval (A) vs France's position (B): compatible.")
OUT.append(P.out())

# ---------------- pair 8: Mayotte midwife shortage
P = Pair("p8a_mayotte_midwife_shortage_indianoceanwire.txt", "p8b_mayotte_midwife_shortage_lajournaldemayotte.txt")
P.f("bonus", "agree", "quantity", "€10,000", "10 000 €", "Same.", a_occ=2, b_occ=2)
P.f("vacant posts", "conflict", "quantity", "48", "55 posts", "48 vs 55 of 160.", a_after="Thursday that 48")
P.f("total posts", "agree", "quantity", "160 midwife posts", "160", "Same.", b_after="out of 160")
P.f("births a year", "agree", "quantity", "about 10,000 births", "close to 10 000 births", "Same.")
P.f("births a day vs a year", "related", "quantity", "roughly 27", "close to 10 000 births", "Per day (A) vs per year (B).")
P.f("scheme cost", "agree", "quantity", "€1.2 million", "1,2 million euros", "Same.")
P.f("recruitment target", "agree", "quantity", "30 midwives", "thirty midwives", "Same.")
P.f("resignations", "agree", "quantity", "12 midwives", "12 colleagues", "Same 12 departures since January.")
P.f("training places", "agree", "quantity", "20 students", "20 places", "Same.")
P.f("commitment", "agree", "quantity", "at least two years", "two years", "Same.")
P.f("announcement", "agree", "date", "Thursday", "Thursday 5 November", "Both 2026-11-05.")
P.f("bonus applies from", "conflict", "date", "December 1", "1 January 2027", "2026-12-01 vs 2027-01-01.")
P.f("cyclone", "agree", "date", "December 2024", "December 2024", "Same.")
P.f("peripheral maternity units", "conflict", "statement",
    "Vasseur denied that the maternity wards of the island's smaller health centres would be closed",
    "The ARS confirmed that the maternity unit at Dzaoudzi, in Petite-Terre, will close temporarily",
    "Denied closures vs confirmed a temporary closure.")
P.f("housing", "agree", "statement",
    "the agency would also pay for furnished flats for newly arrived midwives",
    "the agency would provide furnished housing to new arrivals", "Same.")
P.f("help from Réunion", "related", "statement",
    "nurses from Réunion have been sent on short missions",
    "talking to hospitals in Réunion about sending midwives on short missions this winter",
    "Past nurse missions (A) vs planned midwife missions (B).")
OUT.append(P.out())

with open(os.path.join(HERE, "gold", "pairs.gold.json"), "w", encoding="utf-8") as f:
    json.dump(OUT, f, ensure_ascii=False, indent=1)
    f.write("\n")
