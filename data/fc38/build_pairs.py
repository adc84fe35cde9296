import json, os
from build_common import Pair, HERE

OUT = []

# ---------------- pair 1: Antigua superyacht levy
P = Pair("p1a_antigua_yacht_levy_caribbeannewswire.txt", "p1b_antigua_yacht_levy_stjohnsherald.txt")
P.f("levy per foot per night", "agree", "quantity", "US$2", "EC$5.40", "Same rate in two currencies: US$2 at the pegged 2.70 = EC$5.40.", a_occ=2)
P.f("length threshold", "agree", "quantity", "24 metres", "79 feet", "24 m = 78.7 ft; B gives both units.")
P.f("superyachts last season", "agree", "quantity", "About 320 superyachts", "312 superyachts", "A rounds the association's 312.")
P.f("annual revenue expected", "conflict", "quantity", "about EC$14 million", "about EC$11 million", "Government estimate of yearly receipts: 14 vs 11 million EC$.")
P.f("yachts that moved bookings", "agree", "quantity", "at least 15 boats", "18 yachts", "18 is at least 15 (B a day later).")
P.f("share for Nelson's Dockyard", "agree", "quantity", "50%", "Fifty per cent", "Same share.")
P.f("cost rise for yachts", "related", "quantity", "40%", "25 per cent", "A: a 50-metre yacht staying a week; B: an average visiting yacht. Different bases.")
P.f("value of yachting", "related", "quantity", "roughly US$110 million", "some EC$38 million", "A: the whole sector a year; B: crew spending ashore in one season.")
P.f("date bill passed", "agree", "date", "Tuesday", "Tuesday, January 20", "Both 2026-01-20.")
P.f("levy takes effect", "conflict", "date", "March 1", "February 1", "2026-03-01 vs 2026-02-01.")
P.f("consultation closed", "agree", "date", "December 12, 2025", "12th December", "Both 2025-12-12.")
P.f("who said 'Paradise is not free'", "conflict", "quote", "Paradise is not free, and the sea is not a car park,",
    "Paradise is not free, and the sea is not a car park,", "Same words: A gives them to Tourism Minister Hurst, B to Finance Minister Warner.")
P.f("association president on timing", "agree", "quote",
    "We are not against paying our share. We are against being told the price two months before the season,",
    "We'll pay our share, but nobody sets a price two months before the season opens,", "Same speaker (Cole-Baptiste), reworded.")
P.f("charter yachts exempt?", "conflict", "statement", "The government will not exempt charter yachts",
    "Charter yachts are expected to be exempted", "Opposite polarity: will not exempt vs expected to be exempted.")
P.f("levy as a budget fix", "agree", "statement", "He denied that the levy was meant to fill a hole in the budget",
    "Tourism Minister Delroy Hurst rejected claims that the levy was a plug for the budget deficit", "Same denial by Hurst.")
P.f("association's next step", "related", "statement", "It plans to ask the High Court to review",
    "The association has asked for an urgent meeting with the Prime Minister", "Court review vs meeting: different actions, compatible.")
OUT.append(P.out())

# ---------------- pair 2: St Kitts medical school accreditation
P = Pair("p2a_stkitts_medical_school_sknpulse.txt", "p2b_stkitts_medical_school_windwardpress.txt")
P.f("students affected", "agree", "quantity", "640 students", "about 650 future doctors", "640 is about 650 (A's own headline rounds it to 'some 650').")
P.f("deficiencies found", "agree", "quantity", "14 deficiencies", "fourteen shortcomings", "Same count.")
P.f("full-time faculty", "agree", "quantity", "31 full-time faculty", "31 full-time teaching staff", "Same.")
P.f("time to fix problems", "conflict", "quantity", "90 days", "six months", "Same board deadline to correct deficiencies: 90 days vs six months.")
P.f("tuition", "agree", "quantity", "US$24,500", "US$24,500", "Same fee per semester.")
P.f("local staff", "agree", "quantity", "210 local staff", "more than 200 Kittitian workers", "210 is more than 200.")
P.f("value to economy", "agree", "quantity", "about EC$60 million", "around US$22 million", "Same Chamber estimate in two currencies (60/2.7 = 22.2).")
P.f("US students", "related", "quantity", "about 70%", "About 450 of the students", "Share vs count of US students (consistent: 450/650 = 69%).")
P.f("shrinking numbers", "related", "quantity", "20%", "95 new students", "A: fall in total enrolment since 2023; B: this year's intake. Different measures.")
P.f("board decision", "agree", "date", "Friday", "March 6", "Both 2026-03-06.")
P.f("appeal deadline", "conflict", "date", "March 31", "April 15", "2026-03-31 vs 2026-04-15.")
P.f("who said 'We will appeal, and we will win'", "conflict", "quote",
    "We will appeal, and we will win, because our graduates speak for us,", "We will appeal, and we will win, because our graduates speak for us,",
    "Same words: A gives them to president Alan Whitcombe, B to dean Priya Ramlal.")
P.f("minister on a rescue", "agree", "quote", "The government is not in the business of rescuing private companies,",
    "It's not the taxpayer's job to rescue a private company,", "Same speaker (Liburd-Mills), reworded.")
P.f("classes during the appeal", "conflict", "statement", "The school said it would keep teaching through the appeal",
    "has halted classes for its first-semester students", "Opposite polarity: keeps teaching vs halted (first-semester) classes.")
P.f("misleading students", "agree", "statement", "He denied that the school had misled students about the inspection",
    "The school denied it had kept students in the dark", "Same denial.")
P.f("ministry's response", "related", "statement", "The ministry is considering a scheme to let students transfer credits",
    "Her ministry has asked the US Department of Education for guidance", "Credit transfer scheme vs guidance on loans: different steps, compatible.")
OUT.append(P.out())

# ---------------- pair 3: St Vincent dialysis unit failure
P = Pair("p3a_stvincent_dialysis_vincentianvoice.txt", "p3b_stvincent_dialysis_caribbeanhealthwire.txt")
P.f("patients in the unit", "agree", "quantity", "62 dialysis patients", "62 patients", "Same.")
P.f("machines out of action", "conflict", "quantity", "six machines", "seven dialysis machines", "6 vs 7 idle machines (both of 10).")
P.f("sessions a week now", "agree", "quantity", "two sessions", "two sessions", "Cut from three to two on both sides.")
P.f("cost of new water system", "agree", "quantity", "EC$1.2 million", "EC$1.2 million", "Same.")
P.f("patients flown to Barbados", "agree", "quantity", "Twenty kidney patients", "About 20 dialysis patients", "Same count.")
P.f("holding tank", "agree", "quantity", "5,000-gallon", "22,700-litre", "5,000 imperial gallons = 22,730 litres.")
P.f("cost of flights", "related", "quantity", "EC$18,000", "about EC$85,000", "Per round trip vs per week incl. hotels: per-unit vs total.")
P.f("breakdown began", "conflict", "date", "April 9", "Saturday, April 11", "2026-04-09 vs 2026-04-11.")
P.f("new system working by", "agree", "date", "May 15", "May 15", "Both 2026-05-15.")
P.f("first flights", "agree", "date", "Monday", "Monday", "Both 2026-04-13.")
P.f("minister's pledge", "agree", "quote", "Every patient will get treatment, whatever it costs,",
    "We will treat every patient, no matter the cost,", "Same speaker (Ollivierre), reworded.")
P.f("'Two sessions a week ... for a month, not for a year'", "conflict", "quote",
    "Two sessions a week is survivable for a month, not for a year,", "Two sessions a week, you can survive that for a month, but not for a year,",
    "Near-identical words: A gives them to nephrologist Anya Quashie, B to union president Glenroy Samuel.")
P.f("private clinics", "conflict", "statement", "The minister ruled out sending patients to private clinics in Kingstown",
    "The ministry agreed to pay for sessions at a private clinic in Kingstown", "Opposite polarity: ruled out vs agreed.")
P.f("death linked to cuts", "agree", "statement", "He rejected suggestions that the death of a 67-year-old patient",
    "The ministry denied that a patient who died last week had been harmed", "Same denial.")
P.f("union's demands", "related", "statement", "The nurses' union has asked for overtime pay",
    "The union is considering a work-to-rule if overtime is not paid", "Request vs threatened action: same dispute, compatible.")
OUT.append(P.out())

# ---------------- pair 4: Hargeisa water rationing
P = Pair("p4a_somaliland_water_rationing_hornwire.txt", "p4b_somaliland_water_rationing_hargeisatribune.txt")
P.f("normal daily output", "agree", "quantity", "about 20,000 cubic metres", "20,000 cubic metres", "Same.")
P.f("output now", "conflict", "quantity", "12,000 cubic metres", "about 9,000 cubic metres", "Same day, same agency director: 12,000 vs about 9,000 m3 a day.")
P.f("boreholes down", "agree", "quantity", "Eight boreholes", "eight boreholes", "Same.")
P.f("distance of the well field", "agree", "quantity", "about 40 kilometres", "some 25 miles", "40 km = 24.9 miles.")
P.f("days of piped water a week", "agree", "quantity", "two days", "two days", "Same schedule.", b_occ=2)
P.f("price of a barrel", "agree", "quantity", "$6", "$6", "Same current price.")
P.f("cost to a household", "related", "quantity", "$6", "about $45", "Per barrel vs a family's monthly spending: per-unit vs total.", b_after="family of six")
P.f("repair cost", "agree", "quantity", "$2.3 million", "$2.3m", "Same.")
P.f("money found so far", "related", "quantity", "$800,000", "$1.5 million", "A: government emergency fund; B: Dutch grant. Different sources, both in USD.")
P.f("rationing begins", "agree", "date", "Saturday, June 13", "13 June", "Both 2026-06-13.")
P.f("pumps failed", "agree", "date", "June 4", "4 June", "Both 2026-06-04.")
P.f("rationing ends", "conflict", "date", "September 30", "31 August", "2026-09-30 vs 2026-08-31.")
P.f("director on sharing", "agree", "quote", "We are sharing what we have, fairly, district by district,",
    "We share what there is, district by district, and we share it fairly,", "Same speaker (Jaamac), reworded.")
P.f("cap on tanker prices", "conflict", "statement", "The agency will not cap tanker prices",
    "The agency plans to cap tanker prices at $5 a barrel", "Opposite polarity, both attributed to Jaamac.")
P.f("sabotage", "agree", "statement", "Water Minister Hodan Faarax Ducaale denied rumours on social media that the well field had been sabotaged",
    "The Ministry of Water Resources rejected talk of sabotage", "Same denial (minister / ministry).")
P.f("help for residents", "related", "statement", "the agency has asked donors for the remainder",
    "The Somaliland Red Crescent plans to set up 40 free water points", "Donor appeal for repairs vs free water points: different measures.")
OUT.append(P.out())

# ---------------- pair 5: Kyrenia mountains wildfire
P = Pair("p5a_northcyprus_wildfire_levantwire.txt", "p5b_northcyprus_wildfire_girnepost.txt")
P.f("area burned", "agree", "quantity", "about 1,800 hectares", "18 square kilometres", "1,800 ha = 18 km2.")
P.f("earlier damage estimate", "related", "quantity", "1,200 hectares", "18 square kilometres", "A's Tuesday-night figure, updated in the same story; B gives only the final area.")
P.f("villages evacuated", "conflict", "quantity", "four villages", "five villages", "4 vs 5 villages.")
P.f("people evacuated", "agree", "quantity", "About 2,300 residents", "2,300 people", "Same.")
P.f("homes destroyed", "agree", "quantity", "Thirty-one houses", "at least 28 homes", "31 is at least 28.")
P.f("aircraft", "related", "quantity", "three firefighting planes", "Eleven aircraft", "Turkish planes sent on Tuesday vs all aircraft at the height of the operation.")
P.f("payment per household", "agree", "quantity", "50,000 lira", "TL50,000", "Same.")
P.f("state money, different uses", "related", "quantity", "TL40 million", "₺12 million", "Emergency aid fund vs replanting programme: different things in the same currency.")
P.f("first fire engine", "agree", "quantity", "within 25 minutes", "25 minutes", "Same response time claimed by the fire service.")
P.f("fire broke out", "conflict", "date", "Monday afternoon", "Sunday evening", "2026-08-10 vs 2026-08-09.")
P.f("villages evacuated on", "agree", "date", "Monday night", "Monday night", "Both 2026-08-10.")
P.f("fire under control", "agree", "date", "Wednesday", "Wednesday", "Both 2026-08-12.", b_after="under control on")
P.f("Kutlay's promise", "agree", "quote", "The mountain will be green again. I promise that to every family here,",
    "This mountain will turn green again, I promise every family,", "Same speaker (Kutlay), reworded.")
P.f("arrest", "conflict", "statement", "Police have arrested a 34-year-old man suspected of starting the fire",
    "Police said no one had been arrested in connection with the fire", "Opposite polarity: arrested vs no one arrested.")
P.f("slow response", "agree", "statement", "The fire service rejected claims by villagers that its crews had taken more than an hour",
    "The fire service denied villagers' accusations that it had been slow to respond", "Same denial.")
P.f("what comes next", "related", "statement", "the government plans to ban barbecues and open fires in all forest areas",
    "The opposition Republican Turkish Party called for an independent inquiry", "Government ban vs opposition inquiry call: different measures.")
OUT.append(P.out())

# ---------------- pair 6: Hong Kong developer winding-up
P = Pair("p6a_hongkong_developer_winding_up_pearlrivermarkets.txt", "p6b_hongkong_developer_winding_up_harbourstandard.txt")
P.f("debt owed to the petitioner", "agree", "quantity", "HK$8.6 billion", "about US$1.1 billion", "Same debt in two currencies (8.6bn / 7.8 = US$1.10bn).", a_occ=2)
P.f("total liabilities", "conflict", "quantity", "HK$74 billion", "HK$61 billion", "74 vs 61 billion HK$; neither gives a different date or basis.")
P.f("length of the fight", "agree", "quantity", "more than two years", "27-month", "27 months is more than two years (June 2024 to September 2026).")
P.f("last share price", "agree", "quantity", "HK$0.42", "42 HK cents", "Same price, written two ways.")
P.f("share price fall", "related", "quantity", "38%", "97%", "A: fall on Monday; B: fall from the 2021 peak. Different bases.")
P.f("unfinished homes", "agree", "quantity", "about 9,400 unfinished flats", "9,400 presold homes", "Same.")
P.f("projects", "agree", "quantity", "41 projects", "41 developments", "Same.")
P.f("employees", "agree", "quantity", "3,100 people", "3,100 staff", "Same.")
P.f("winding-up order granted", "agree", "date", "Monday", "yesterday", "Both 2026-09-14.")
P.f("petition filed", "agree", "date", "June 2024", "June 2024", "Same.")
P.f("liquidators report to court", "conflict", "date", "November 20", "27 November", "2026-11-20 vs 2026-11-27.")
P.f("who said 'The court's patience is not infinite'", "conflict", "quote",
    "The court's patience is not infinite, and it has run out,", "The court's patience is not infinite, and it has run out,",
    "Same words: A gives them to the judge, Carol Leung; B to Lion Rock's counsel, Nigel Fong SC.")
P.f("chairman's statement", "agree", "quote", "fought for every home buyer until the last day.",
    "We fought for every buyer until the very last day, and I am sorry we could not do more.", "Same speaker (Yau); A quotes a fragment, B the full sentence, reworded.")
P.f("appeal", "conflict", "statement", "The company said it would appeal the order",
    "The company said last night that it would not appeal the ruling", "Opposite polarity (B says the company reversed its lawyers' position).")
P.f("assets moved out", "agree", "statement", "Yau denied that assets had been moved out of the group",
    "Yau also rejected allegations that the group had shifted assets offshore", "Same denial.")
P.f("creditors' next steps", "related", "statement", "Lion Rock Capital is considering legal claims against former directors",
    "Creditors' lawyers asked the liquidators to look first at transfers", "Claims against directors vs a request to the liquidators: different steps.")
OUT.append(P.out())

# ---------------- pair 7: Syria medicine prices
P = Pair("p7a_syria_medicine_prices_damascusmirror.txt", "p7b_syria_medicine_prices_mashriqbusinesswire.txt")
P.f("average rise", "agree", "quantity", "40%", "40 per cent", "Same average.", a_occ=2, b_occ=2)
P.f("largest rise (antibiotics)", "conflict", "quantity", "up to 70%", "up to 60 per cent", "Ceiling for antibiotics: 70% vs 60%.")
P.f("medicines covered", "agree", "quantity", "about 3,200 products", "3,200 medicines", "Same.")
P.f("factories", "agree", "quantity", "77 pharmaceutical factories", "more than 70 plants", "77 is more than 70.")
P.f("new paracetamol price", "agree", "quantity", "5,600 Syrian pounds", "SYP 5,600", "Same price for a pack of 20.")
P.f("cost pressure", "related", "quantity", "55%", "20%", "A: rise in raw-material costs this year; B: the pound's fall against the dollar since June.")
P.f("next review", "agree", "quantity", "six months", "six months", "Same.")
P.f("previous general rise", "conflict", "quantity", "25%", "30 per cent", "The March 2025 rise: 25% vs 30%.", b_occ=2)
P.f("new prices take effect", "agree", "date", "Sunday", "October 18", "Both 2026-10-18.", a_occ=2)
P.f("decision announced", "conflict", "date", "Tuesday", "Monday", "2026-10-13 vs 2026-10-12 (B is datelined Oct 13).")
P.f("previous rise", "agree", "date", "March 2025", "March 2025", "Same.")
P.f("'cheap medicine ... helps no one'", "conflict", "quote", "Medicine that is cheap but absent from the shelves helps no one,",
    "A cheap medicine that you cannot find on the shelf helps nobody,", "Same thought: A gives it to Health Minister Rima Haddad, B to manufacturers' chairman Samer Khoury.")
P.f("pharmacists' head on patients", "agree", "quote", "Patients would rather pay more than search five pharmacies and find nothing,",
    "They are ready to pay more, if only they find the medicine at the first pharmacy,", "Same speaker (Aswad), reworded.")
P.f("insulin", "conflict", "statement", "Insulin and cancer drugs will not be affected by the rise",
    "Insulin prices are expected to rise by about 30 per cent", "Opposite polarity (minister on record vs two anonymous officials).")
P.f("free pricing for factories", "agree", "statement", "The ministry refused a request by the Syrian Pharmaceutical Manufacturers' Association to let companies set their own prices",
    "The ministry rejected that demand", "Same refusal.")
P.f("help for patients / pharmacies", "related", "statement", "The ministry plans to subsidise medicines for chronic patients",
    "The syndicate asked for the pharmacists' margin to be raised", "Ministry subsidy plan vs syndicate request: different measures.")
OUT.append(P.out())

# ---------------- pair 8: Tehran smog closures
P = Pair("p8a_iran_tehran_smog_closures_gulfcaspianwire.txt", "p8b_iran_tehran_smog_closures_tehraneveningcourier.txt")
P.f("air quality index", "agree", "quantity", "187", "187", "Same reading.")
P.f("PM2.5 concentration", "related", "quantity", "124 micrograms per cubic metre", "about 150 micrograms per cubic metre",
    "A gives no place (city reading); B gives the south of the city. Different measuring area, so not scored a conflict.")
P.f("pupils affected", "agree", "quantity", "About 1.9 million pupils", "About 2 million students", "1.9 million rounds to about 2 million.")
P.f("people treated", "agree", "quantity", "1,340 people", "More than 1,300 people", "1,340 is more than 1,300.")
P.f("height of the inversion layer", "agree", "quantity", "about 300 metres", "about 1,000 feet", "300 m = 984 ft.")
P.f("fine for failing emissions test", "agree", "quantity", "5 million rials", "5,000,000 rials", "Same fine (B adds 500,000 tomans).")
P.f("deaths from pollution", "related", "quantity", "about 6,000 people", "about 30,000 deaths a year", "Tehran last year vs all Iran per year.")
P.f("schools closed", "agree", "date", "Wednesday", "Wednesday, 4 Azar", "Both 2026-11-25 (A also closes Thursday).")
P.f("schools reopen", "conflict", "date", "Saturday", "Thursday", "2026-11-28 vs 2026-11-26.")
P.f("rain forecast", "agree", "date", "Friday", "Friday", "Both 2026-11-27.")
P.f("who said 'We cannot ask children to breathe this air'", "conflict", "quote",
    "We cannot ask children to breathe this air on the way to school,", "We cannot ask children to breathe this air on the way to school,",
    "Same words: A gives them to governor Hamid Sadeghpour, B to deputy governor Farzaneh Mousavi.")
P.f("environment chief on old vehicles", "agree", "quote", "Old cars and motorcycles are poisoning this city, and everyone knows it,",
    "It is old cars and motorbikes that are poisoning Tehran,", "Same speaker (Jafari), reworded.")
P.f("odd-even traffic scheme on Wednesday", "conflict", "statement", "Authorities will not impose the odd-even number-plate scheme on Wednesday",
    "has been extended to the whole city from Wednesday", "Opposite polarity, both attributed to the traffic police.")
P.f("mazut burning", "agree", "statement", "The Energy Ministry denied that power stations around Tehran were burning mazut",
    "The energy ministry rejected reports that power plants near the capital were running on mazut", "Same denial.")
P.f("further measures", "related", "statement", "Her department has asked the judiciary to prosecute the owners of 12 factories",
    "The Health Ministry advised older people, children and pregnant women to stay indoors", "Prosecution request vs health advice: different measures.")
OUT.append(P.out())

with open(os.path.join(HERE, "gold", "pairs.gold.json"), "w", encoding="utf-8") as f:
    json.dump(OUT, f, ensure_ascii=False, indent=1)
    f.write("\n")
