import json, os
from build_common import Pair, HERE

OUT = []

# ---------------- pair 1: Ulaanbaatar heating outage
P = Pair("p1a_mongolia_heating_outage_steppewire.txt", "p1b_mongolia_heating_outage_ubeveningpost.txt")
P.f("households without heat at the peak", "conflict", "quantity", "About 120,000 households", "135,000 households",
    "A: about 120,000 households cut off; B: 135,000 'at the height of the outage'. Incompatible counts.")
P.f("households cut off vs households reconnected", "related", "quantity", "About 120,000 households", "48,000 households",
    "A: households without heat; B: households where heat has returned a day later. Different measures.")
P.f("night temperature", "agree", "quantity", "minus 31 degrees Celsius", "-31°C", "Same value, written two ways.")
P.f("apartment blocks cut off", "agree", "quantity", "640 apartment blocks", "640 apartment buildings", "Same.")
P.f("schools cut off", "conflict", "quantity", "38 schools", "42 schools", "38 vs 42.")
P.f("warming shelters", "agree", "quantity", "25 warming shelters", "twenty-five heated shelters", "Same, spelled out in B.")
P.f("repair cost", "agree", "quantity", "4.5 billion tugrik", "₮4.5bn", "Same, local symbol and abbreviation in B.")
P.f("day the pipe burst", "conflict", "date", "Monday", "Sunday night", "A: early on Monday (2026-01-19); B: Sunday night (2026-01-18).")
P.f("heat restored by", "agree", "date", "Friday", "Friday", "Both 2026-01-23 (A: most buildings; B: full service).", b_after="full service")
P.f("schools closed until", "agree", "date", "January 26", "26 January", "Same date written two ways.")
P.f("pipe laid", "agree", "date", "1987", "1987", "Same.")
P.f("pipe due for replacement", "agree", "date", "next year", "2027", "A 'next year' in a 2026 article = 2027.")
P.f("who said 'never lost a pipe of this size'", "conflict", "quote",
    "We have never lost a pipe of this size in the middle of winter,", "We have never lost a pipe of this size in the middle of winter,",
    "Same words: A gives them to CEO Tserendorj Batbold, B to chief engineer Ganbold Purev.")
P.f("deputy mayor on the situation", "agree", "quote", "serious but under control.", "The situation is serious, but it is under control,",
    "Both Oyunchimeg Davaa; A a fragment, B the full sentence.")
P.f("state of emergency", "conflict", "statement", "She ruled out declaring a state of emergency",
    "councillors were drafting a resolution to declare an emergency in Bayanzurkh",
    "A: the city rules out an emergency; B: City Hall is preparing to declare one (vote on Friday).")
P.f("inspection warnings", "agree", "statement", "Batbold denied that inspectors had flagged the section as unsafe",
    "It rejected reports that the pipe had failed an inspection in October", "Same denial (CEO / the company).")
P.f("checks on the network", "related", "statement",
    "Opposition lawmaker Enkhjargal Sukh called for an independent audit of the whole network",
    "it had ordered the Energy Ministry to inspect every trunk line in the capital",
    "A: the opposition asks for an audit; B: the government orders inspections. Same topic, different acts.")
OUT.append(P.out())

# ---------------- pair 2: Sri Lanka coconut price ceiling
P = Pair("p2a_srilanka_coconut_ceiling_lankanewsservice.txt", "p2b_srilanka_coconut_ceiling_kandyobserver.txt")
P.f("maximum retail price", "agree", "quantity", "Rs. 180", "Rs. 180", "Same ceiling per nut.", a_occ=2, b_occ=2)
P.f("fine for violators", "agree", "quantity", "Rs. 100,000", "Rs. 100,000", "Same.")
P.f("duration of the cap", "agree", "quantity", "three months", "90 days", "Three months = 90 days (converted).")
P.f("price a year ago", "agree", "quantity", "about Rs. 90", "Rs. 90", "Same (A qualified).")
P.f("recent market price", "related", "quantity", "Rs. 260", "Rs. 250",
    "A: Colombo markets this month (Consumer Affairs Authority); B: some Kandy vendors last week. Different markets.")
P.f("output forecast this year", "conflict", "quantity", "2.6 billion nuts", "2.9 billion nuts", "Both the Coconut Development Board forecast: 2.6 vs 2.9 billion.")
P.f("drought loss", "related", "quantity", "18%", "about 520 million nuts", "A: percentage fall in output; B: nuts lost. Different measures.")
P.f("kernel exports", "agree", "quantity", "12%", "12 per cent", "Same fall in value.")
P.f("cap takes effect", "conflict", "date", "February 20", "23 February", "2026-02-20 vs 2026-02-23.")
P.f("day of the decision", "agree", "date", "Monday", "yesterday", "Both 2026-02-16 (B published 2026-02-17).")
P.f("who said 'a coconut should not cost more than a kilo of rice'", "conflict", "quote",
    "A coconut should not cost more than a kilo of rice,", "A coconut should not cost more than a kilo of rice,",
    "Same words: A Trade Minister Sunil Wickramasinghe, B CAA chairman Lalith Senanayake.")
P.f("board chairman on the drought", "agree", "quote",
    "Trees that flowered in the dry months simply did not set fruit,", "The palms that flowered during the drought just did not bear nuts,",
    "Both Nimal Jayasuriya; reworded, same meaning.")
P.f("imports of coconuts", "conflict", "statement", "the government had ruled out importing coconuts",
    "the Cabinet has approved the import of 50 million nuts from India", "Ruled out vs approved.")
P.f("hoarding", "agree", "statement",
    "Coconut millers' associations denied accusations from consumer groups that their members had been hoarding nuts",
    "Millers rejected suggestions that they had been sitting on stocks", "Same denial, reworded.")
P.f("relief for the industry", "related", "statement", "it was considering a subsidy on fertiliser for smallholders",
    "asked the Government to allow duty-free imports of copra",
    "A: government considers a fertiliser subsidy; B: millers ask for duty-free copra. Different measures.")
OUT.append(P.out())

# ---------------- pair 3: Nepal Everest royalty
P = Pair("p3a_nepal_everest_permit_himalayanpress.txt", "p3b_nepal_everest_permit_kathmandudaily.txt")
P.f("new Everest royalty", "agree", "quantity", "$18,000", "US$18,000", "Same.", a_occ=2)
P.f("size of the increase", "agree", "quantity", "20%", "20 per cent", "Same.")
P.f("Everest permits last spring", "conflict", "quantity", "478 Everest permits", "421 permits", "478 vs 421.")
P.f("royalty revenue", "related", "quantity", "about $6.1 million", "Rs 85 crore",
    "A: royalties from all mountains (USD); B: Everest royalty alone (NPR). Different scope.")
P.f("garbage deposit", "agree", "quantity", "$4,000", "$4,000", "Same, per team.")
P.f("royalty for Nepali climbers", "agree", "quantity", "Rs 75,000", "Rs 75,000", "Same.")
P.f("fee before the 2025 increase", "agree", "quantity", "$11,000", "$11,000", "Same.")
P.f("other per-climber charges", "related", "quantity", "$200", "$20",
    "A: rescue-fund surcharge per permit; B: tracking-chip rental. Different charges.")
P.f("new fee applies from", "conflict", "date", "September 1, 2026", "April 14", "2026-09-01 vs 2026-04-14 (Baisakh 1).")
P.f("cabinet decision", "agree", "date", "Monday", "Monday", "Both 2026-03-09.")
P.f("last increase", "agree", "date", "2025", "2025", "Same.")
P.f("who called Everest 'not a cheap playground'", "conflict", "quote",
    "The mountain is not a cheap playground,", "Everest is not a cheap playground,",
    "Near-identical words: A Tourism Minister Adhikari, B Director General Ramesh Koirala.")
P.f("operators' leader on the increase", "agree", "quote",
    "We support a cleaner mountain, but raising fees twice in two years will send clients to Tibet,",
    "We want a clean mountain, but two increases in two years will drive clients to the Chinese side,",
    "Both Mingma Tenzing Sherpa; reworded (Tibet = the Chinese side).")
P.f("cap on permits", "conflict", "statement",
    "the ministry has not yet decided whether to put a limit on the number of permits",
    "the government has already decided to cap Everest permits at 300 a season",
    "Has not yet decided vs has already decided (both attributed to Adhikari).")
P.f("autumn fee", "conflict", "statement", "will rise from $7,500 to $9,000", "Fees for the autumn and winter seasons were halved",
    "A: autumn fee rises; B: autumn fee halved. Opposite directions.")
P.f("packages already sold", "related", "statement", "operators had already sold many packages for 2027 at the old price",
    "his members had sold spring packages months ago", "A: 2027 packages; B: this spring's packages. Different seasons.")
OUT.append(P.out())

# ---------------- pair 4: Angkor pass
P = Pair("p4a_cambodia_angkor_pass_mekongnewsagency.txt", "p4b_cambodia_angkor_pass_siemreapherald.txt")
P.f("old one-day price", "agree", "quantity", "$37", "$37", "Same.")
P.f("new one-day price", "conflict", "quantity", "$25", "$27", "$25 vs $27.")
P.f("new three-day price", "agree", "quantity", "$45", "$45", "Same.")
P.f("foreign visitors last year", "agree", "quantity", "about 1.1 million foreign visitors", "1.08 million", "1.08 million rounds to about 1.1 million.")
P.f("ticket revenue", "related", "quantity", "$48 million", "$14.6 million", "A: all of 2025; B: first three months of 2026. Different periods.")
P.f("hotel occupancy", "agree", "quantity", "38%", "38 per cent", "Same.")
P.f("Koh Ker ticket", "agree", "quantity", "$15", "$15", "Same current price.")
P.f("discount starts", "agree", "date", "May 1", "1 May", "Same date written two ways.")
P.f("discount ends", "conflict", "date", "October 31", "30 September", "2026-10-31 vs 2026-09-30.")
P.f("day of the announcement", "agree", "date", "Tuesday", "14 April", "Both 2026-04-14.")
P.f("who said Siem Reap had waited three years", "conflict", "quote",
    "Siem Reap has been waiting for this for three years,", "Siem Reap has been waiting for this for three years,",
    "Same words: A hotel association president Chea Sophal, B tuk-tuk association leader Pich Rithy.")
P.f("temporary or permanent cut", "conflict", "statement",
    "This is a temporary measure for the green season, to fill hotels when they are empty,",
    "This is not a temporary measure; it is the new price of Angkor,",
    "Same speaker (Sok Vannak) quoted with opposite meaning; typed statement because the speakers match.")
P.f("Koh Ker discount", "conflict", "statement", "it would not extend the discount to Koh Ker",
    "Angkor Enterprise plans to apply the same cut at Koh Ker from June", "Would not vs plans to.")
P.f("online tickets", "related", "statement", "the government was also considering selling all passes online by next year",
    "new automatic gates were installed this month, allowing visitors with passes bought online to enter without queuing",
    "A: plan to sell all passes online; B: gates for online passes installed. Same topic, different steps.")
P.f("free entry", "agree", "statement", "Cambodians and children under 12 will continue to enter the temples free of charge.",
    "Cambodians and children under 12 will still enter free.", "Same.")
OUT.append(P.out())

# ---------------- pair 5: Phu Loi bridge inquiry
P = Pair("p5a_vietnam_bridge_inquiry_asiapacificwire.txt", "p5b_vietnam_bridge_inquiry_mekongtimes.txt")
P.f("span length", "agree", "quantity", "42-metre", "42m", "Same.")
P.f("deaths", "agree", "quantity", "three people", "Three people", "Same.")
P.f("injured", "conflict", "quantity", "Seven people", "Nine", "7 vs 9 injured.")
P.f("load limit", "agree", "quantity", "13 tonnes", "13-tonne", "Same.")
P.f("truck weight vs cargo", "related", "quantity", "38 tonnes", "30 tonnes of sand", "A: gross truck weight; B: sand carried. Different measures.")
P.f("construction cost", "agree", "quantity", "65 billion dong", "VND65 billion", "Same.")
P.f("weak bridges in the delta", "agree", "quantity", "1,180 bridges", "1.180 bridges", "Same; B uses the Vietnamese dot separator.")
P.f("support per family", "agree", "quantity", "50 million dong", "VND50 million", "Same.")
P.f("collapse", "agree", "date", "May 28", "28/5", "Both 2026-05-28.", b_occ=2)
P.f("findings released", "agree", "date", "Wednesday", "3/6", "Both 2026-06-03.")
P.f("bridge built", "conflict", "date", "2009", "2011", "2009 vs 2011.")
P.f("who said 'three times over the limit'", "conflict", "quote",
    "A truck three times over the limit should never have been on that bridge,",
    "A truck three times over the limit should never have been on that bridge,",
    "Same words: A Deputy Minister Le Van Thanh, B provincial chairman Nguyen Van Tam.")
P.f("inquiry head on the overload", "agree", "quote",
    "A truck three times over the limit should never have been on that bridge,", "three times what the bridge was designed to carry.",
    "Both Le Van Thanh; different words, same point (three times the limit).")
P.f("design flaw", "conflict", "statement", "Investigators have ruled out a design flaw",
    "the inquiry is still examining whether the design was flawed", "Ruled out vs still examining.")
P.f("driver held", "agree", "statement", "was detained by provincial police the day after the collapse",
    "Police arrested the truck driver", "Same.")
P.f("dredging", "related", "statement", "The inquiry said it had found no evidence that dredging played a role",
    "Residents also complained that sand barges had been dredging near the bridge for years.",
    "A: the inquiry's finding; B: residents' complaints. Same topic, different claims by different sources.")
OUT.append(P.out())

# ---------------- pair 6: Caspian seal die-off
P = Pair("p6a_kazakhstan_seal_dieoff_centralasianews.txt", "p6b_kazakhstan_seal_dieoff_aktauvestnik.txt")
P.f("dead seals", "agree", "quantity", "More than 1,100 dead Caspian seals", "1 140", "1,140 is more than 1,100.", b_occ=2)
P.f("length of coast", "agree", "quantity", "about 170 kilometres", "about 170 km", "Same.")
P.f("samples taken", "conflict", "quantity", "42 samples", "24", "42 vs 24.")
P.f("water temperature", "agree", "quantity", "29 degrees Celsius", "29°C", "Same.")
P.f("seal population", "agree", "quantity", "around 100,000 animals", "around 100 000", "Same; B uses a space separator.")
P.f("beaches closed", "agree", "quantity", "two beaches", "two beaches", "Same.")
P.f("clean-up cost vs compensation fund", "related", "quantity", "45 million tenge", "₸300 million",
    "A: cost of collecting carcasses; B: compensation fund for fishermen. Different things in KZT.")
P.f("earlier die-offs", "related", "quantity", "about 2,500 seals", "about 300 dead seals",
    "A: Dagestan 2022; B: Mangystau last year. Different places and times.")
P.f("first carcasses", "conflict", "date", "July 14", "16 July", "2026-07-14 vs 2026-07-16.")
P.f("test results due", "agree", "date", "July 31", "31 July", "Same.")
P.f("who said 'every year we count dead seals'", "conflict", "quote",
    "Every year we count dead seals, and every year we are told it is natural,",
    "Every year we count dead seals, and every year we are told it is natural,",
    "Same words: A activist Asel Nurlanova, B fisherman Yerlan Dosov.")
P.f("biologist on warm water", "agree", "quote",
    "When the water is this warm, seals are stressed and disease spreads quickly,",
    "When the water is so warm, seals are stressed and infections spread fast,", "Both Daniyar Omarov; reworded.")
P.f("oil as a cause", "conflict", "statement", "the ministry had ruled out oil pollution",
    "inspectors are checking reports of a leak near offshore wells operated by Kaspi Offshore Operating",
    "Ruled out vs still checking (B also quotes Seitkali: 'has not excluded any version, including oil').")
P.f("operator's denial", "agree", "statement", "denied that its operations had caused any leak", "The company has denied any spill.", "Same denial.")
P.f("fishing ban", "agree", "statement", "Local authorities are considering a temporary ban on fishing",
    "no decision had been made yet, but that it would follow the advice of scientists", "Considering, not decided: compatible.")
P.f("activists' response", "related", "statement", "She called for independent laboratories to test the samples.",
    "Activists from the Caspian Nature Watch group have started their own count",
    "A: activists ask for independent tests; B: they count carcasses themselves. Different acts.")
OUT.append(P.out())

# ---------------- pair 7: Riga scooter ban
P = Pair("p7a_latvia_scooter_ban_balticwire.txt", "p7b_latvia_scooter_ban_rigasvestis.txt")
P.f("votes for the ban", "agree", "quantity", "36", "36 votes", "Same.", a_after="approved by")
P.f("votes against", "conflict", "quantity", "19", "21", "19 vs 21 against.", a_after="60 members", b_after="in favour and")
P.f("rental scooters in Riga", "agree", "quantity", "about 4,500 rental scooters", "About 4 500 rental scooters", "Same; B uses a space separator.")
P.f("people injured last year", "agree", "quantity", "312 people", "312 people", "Same.")
P.f("rise in injuries", "agree", "quantity", "40%", "40%", "Same.")
P.f("levy per ride", "agree", "quantity", "€0.15", "0,15 €", "Same; B uses decimal comma and trailing symbol.")
P.f("levy revenue", "agree", "quantity", "about €620,000", "about 620 000 €", "Same.")
P.f("levy per ride vs levy total", "related", "quantity", "€0.15", "about 620 000 €", "Per-ride levy vs annual total: different measures.")
P.f("bicycle parking", "agree", "quantity", "1,000 bicycle parking spaces", "1 000 new bicycle parking places", "Same.")
P.f("bicycle parking deadline", "agree", "date", "the end of next year", "the end of 2027", "Both 2027.")
P.f("day of the vote", "agree", "date", "Wednesday", "16.09.2026", "Both 2026-09-16.")
P.f("ban takes effect", "conflict", "date", "January 1, 2027", "1 April 2027", "2027-01-01 vs 2027-04-01.")
P.f("who said 'pavements belong to pedestrians'", "conflict", "quote",
    "Our pavements belong to pedestrians, not to scooters parked in every doorway,",
    "Pavements belong to pedestrians, not to scooters thrown in every doorway,",
    "Near-identical words: A Mayor Andris Kalniņš, B deputy mayor Ilze Straume.")
P.f("court challenge", "conflict", "statement", "said it would challenge the decision in court",
    "it would not go to court", "Vilks Mobility: will challenge vs will not go to court.")
P.f("private scooters", "agree", "statement", "Privately owned scooters will remain legal", "Private scooters remain allowed", "Same.")
P.f("opposition's response", "related", "statement",
    "Opposition councillors said the ban would blow a hole in the transport budget",
    "The opposition said it would ask the Ministry of Smart Administration and Regional Development to check whether the decision was legal.",
    "A: budget objection; B: legality check. Different objections.")
OUT.append(P.out())

# ---------------- pair 8: Romania 5G auction
P = Pair("p8a_romania_spectrum_auction_eastbridgewire.txt", "p8b_romania_spectrum_auction_bucharestgazette.txt")
P.f("auction proceeds", "agree", "quantity", "418 million euros", "418 mil. euro", "Same.", a_occ=2)
P.f("proceeds in another currency", "agree", "quantity", "$482 million", "roughly 2,08 miliarde lei",
    "Same sum converted: A in USD, B in lei (decimal comma).")
P.f("reserve price", "conflict", "quantity", "300 million euros", "320 mil. euro", "300 vs 320 million euros.")
P.f("blocks sold", "agree", "quantity", "12 blocks", "Twelve blocks", "Same.")
P.f("bidding rounds", "agree", "quantity", "27 rounds", "27 bidding rounds", "Same.")
P.f("coverage obligation", "conflict", "quantity", "90%", "between 75% and 80%", "Single value 90% vs range 75-80%.")
P.f("licence length", "agree", "quantity", "15 years", "15 years", "Same.")
P.f("Carpatel's payment", "agree", "quantity", "176 million euros", "176 mil. euro", "Same.")
P.f("average per block vs total", "related", "quantity", "about 34.8 million euros", "418 mil. euro", "Per-block average vs total.")
P.f("current 5G coverage", "agree", "quantity", "about 30%", "About 30%", "Same.")
P.f("auction closed", "agree", "date", "Tuesday", "3 November", "Both 2026-11-03.")
P.f("first instalment due", "agree", "date", "December 15", "15 December", "Same date written two ways.")
P.f("who said 'a fair price, not a crazy one'", "conflict", "quote",
    "Romanian operators paid a fair price, not a crazy one,", "Romanian operators paid a fair price, not a crazy one,",
    "Same words: A analyst Elena Marinescu, B Carpatel CEO Radu Enache.")
P.f("regulator on investor confidence", "agree", "quote",
    "This auction shows that investors believe in Romania's digital future,",
    "Investors believe in Romania's digital future. The money matters less than the networks,",
    "Both Mihai Constantinescu; reworded.")
P.f("use of the proceeds", "conflict", "statement", "the government would use the proceeds to reduce the budget deficit",
    "The Ministry of Finance has not yet decided how the money will be spent", "Decided (deficit) vs not yet decided.")
P.f("collusion claims", "agree", "statement",
    "The regulator rejected claims from a consumer group that the three incumbents had agreed not to bid against each other",
    "ANCOM denied any collusion.", "Same denial.")
P.f("what operators do next", "related", "statement", "She expected operators to raise tariffs only slightly.",
    "said the company would invest another 1,2 miliarde lei in its network over the next three years",
    "A: analyst on tariffs; B: Carpatel's investment plan. Different measures.")
OUT.append(P.out())

with open(os.path.join(HERE, "gold", "pairs.gold.json"), "w", encoding="utf-8") as f:
    json.dump(OUT, f, ensure_ascii=False, indent=1)
    f.write("\n")
