import json, os
from build_common import Pair, HERE

OUT = []

# ---------------- pair 1: Palawan pangolin seizure
P = Pair("p1a_philippines_pangolin_seizure_archipelagonewsservice.txt", "p1b_philippines_pangolin_seizure_palawantribune.txt")
P.f("live pangolins seized", "agree", "quantity", "312 live Sunda pangolins", "More than 300 live balintong", "312 is more than 300; balintong is the local name of the Sunda pangolin.")
P.f("scales seized", "agree", "quantity", "1.2 tonnes", "1,200 kilograms", "Same weight in tonnes vs kilograms.")
P.f("boat length", "agree", "quantity", "18-metre", "18-meter", "Same, spelled two ways.")
P.f("crew arrested", "conflict", "quantity", "Four crew members", "Five crewmen", "4 vs 5 men arrested.")
P.f("pangolins dead", "related", "quantity", "47", "63", "A: dead by Monday evening; B: dead as of Tuesday afternoon. Same count at two times.")
P.f("black-market value", "agree", "quantity", "about ₱48 million", "about US$850,000", "B gives both; US$850,000 is roughly ₱48 million.")
P.f("maximum prison term", "agree", "quantity", "up to 12 years", "as much as 12 years", "Same maximum, two wordings.")
P.f("previous record seizure", "agree", "quantity", "119 animals", "119 animals", "Same.")
P.f("seizure date", "agree", "date", "February 8", "Feb. 8", "Both 2026-02-08.")
P.f("year of previous record", "agree", "date", "2023", "2023", "Same year.", a_occ=2)
P.f("first release", "conflict", "date", "February 20", "Feb. 27", "2026-02-20 vs 2026-02-27.")
P.f("who said 'packed like cargo'", "conflict", "quote",
    "These animals were packed like cargo, and many did not survive the trip,",
    "These animals were packed like cargo, and many did not survive the trip,",
    "Same words: A gives them to coast guard commander Ramon Villaflor, B to DENR director Teresita Abaya.")
P.f("charges filed", "conflict", "statement",
    "Provincial prosecutors have already filed charges against the four men",
    "No charges had yet been filed as of last night", "Opposite: charges already filed vs not yet filed.")
P.f("captain's defence", "agree", "statement",
    "The boat's captain denied knowing what the crates contained",
    "The skipper has told investigators he believed he was carrying dried fish", "Same defence, worded differently.")
P.f("after-care plans", "related", "statement",
    "It is also considering fitting some of the animals with radio tags",
    "The rescue center said it plans to build a second quarantine pen", "Different measures by different bodies; compatible.")
OUT.append(P.out())

# ---------------- pair 2: Christchurch library fines
P = Pair("p2a_newzealand_library_fines_southerncrossnewswire.txt", "p2b_newzealand_library_fines_avonherald.txt")
P.f("annual fine revenue", "conflict", "quantity", "about $410,000", "$290,000", "About $410,000 vs $290,000 in the last (financial) year.")
P.f("daily fine", "agree", "quantity", "60 cents", "60c", "Same rate, two styles.")
P.f("blocked cards", "agree", "quantity", "More than 38,000 library cards", "38,412 cardholders", "38,412 is more than 38,000.")
P.f("blocking threshold", "agree", "quantity", "$10", "more than $10", "Same $10 threshold.")
P.f("public libraries in NZ", "agree", "quantity", "about 330 public libraries", "roughly 330 libraries", "Same.")
P.f("branches", "agree", "quantity", "21 public libraries", "twenty-one branches", "Digits vs spelled out.")
P.f("cost to ratepayers", "related", "quantity", "about 0.03 percent", "about $4", "A: equivalent rates rise in percent; B: dollars a year per household. Different measures of the same cost.")
P.f("start date", "agree", "date", "April 1", "1 April", "Both 2026-04-01, written two ways.", a_occ=2)
P.f("vote date", "agree", "date", "Monday", "16 March", "Both 2026-03-16.")
P.f("Auckland dropped fines", "conflict", "date", "2019", "2020", "2019 vs 2020.")
P.f("Tawhiri on fines", "agree", "quote",
    "Fines keep the poorest families out of the very places we built for them,",
    "Fines keep the poorest families out of the very places we built for them,", "Same words, same speaker.")
P.f("existing fines", "conflict", "statement",
    "The council will not write off fines that have already been charged",
    "debts already on borrowers' accounts will be wiped", "Opposite: no write-off vs debts wiped.")
P.f("lost and damaged book charges", "conflict", "statement",
    "The council is considering extending the scheme to those charges",
    "The council ruled out waiving charges for lost or damaged books", "Modality: is considering vs ruled out.")
P.f("deputy mayor's vote", "agree", "statement",
    "Deputy mayor Graham Ollerton, who voted against",
    "Deputy mayor Graham Ollerton, one of the five who voted against", "Same.")
P.f("follow-up", "related", "statement",
    "Councillors also asked staff to report back by September",
    "the libraries would publish return rates every three months", "Different follow-up measures; compatible.")
OUT.append(P.out())

# ---------------- pair 3: Koh Tao coral survey
P = Pair("p3a_thailand_coral_survey_andamanwire.txt", "p3b_thailand_coral_survey_samuigazette.txt")
P.f("sites surveyed", "agree", "quantity", "48 dive sites", "forty-eight sites", "Digits vs spelled out.")
P.f("share of coral bleached", "agree", "quantity", "62 percent", "61.8%", "A rounds 61.8% to 62.")
P.f("share of coral dead", "conflict", "quantity", "18 percent", "about 27%", "18% vs about 27%.")
P.f("survey divers", "agree", "quantity", "26 divers", "26 divers", "Same.")
P.f("peak water temperature", "agree", "quantity", "31.5 degrees Celsius", "31.5C", "Same, two styles.")
P.f("time above threshold", "agree", "quantity", "41 days", "about six weeks", "41 days is about six weeks.")
P.f("temperature: threshold vs latest reading", "related", "quantity", "30 degrees", "30.4C", "A: the bleaching threshold; B: a weekend buoy reading. Same unit, different measures.")
P.f("money for reefs", "related", "quantity", "฿200", "฿1.5 million", "A: reef fee per diver per day; B: dive club's pledge for nurseries. Different things in THB.")
P.f("2024 bleaching", "agree", "quantity", "about 40 percent", "about 40%", "Same.")
P.f("survey start", "agree", "date", "March 23", "23 March", "Both 2026-03-23, written two ways.")
P.f("survey end", "conflict", "date", "April 12", "14 April", "2026-04-12 vs 2026-04-14.")
P.f("return survey", "agree", "date", "June", "June", "Both 2026-06.", a_occ=2)
P.f("Srisuk on early bleaching", "agree", "quote",
    "We have never recorded so much bleaching this early in the year,",
    "We have never recorded so much bleaching this early in the year,", "Same words, same speaker.")
P.f("closure of dive sites", "conflict", "statement",
    "The department said it had closed 12 of the most damaged sites to divers",
    "the Department of Marine and Coastal Resources said it would not close any dive sites for now",
    "Opposite: 12 sites closed vs no sites closed.")
P.f("cause of bleaching", "agree", "statement",
    "The scientists blamed the bleaching on a marine heatwave",
    "She attributed it to a prolonged marine heatwave", "Same cause.")
P.f("dive industry reaction", "related", "statement",
    "Operators' groups have warned that closures could cost jobs, and have asked the government for tax relief",
    "Dive schools on the island welcomed the decision", "Reactions to different decisions (closures vs no closures in each account); not a conflict in themselves.")
OUT.append(P.out())

# ---------------- pair 4: Marmara mucilage
P = Pair("p4a_turkey_marmara_mucilage_bosphoruswire.txt", "p4b_turkey_marmara_mucilage_bursaobserver.txt")
P.f("boats deployed", "agree", "quantity", "120 boats", "more than 100 vessels", "120 is more than 100.", a_occ=2)
P.f("area covered", "conflict", "quantity", "about 1,200 square kilometres", "roughly 1.800 km²", "About 1,200 vs roughly 1,800 km² (B uses the Turkish thousands dot).")
P.f("mucilage removed", "agree", "quantity", "about 3,400 cubic metres", "3.400 cubic metres", "Same figure, comma vs dot thousands separator.")
P.f("clean-up cost", "agree", "quantity", "₺85 million", "85 milyon TL", "Same, symbol vs Turkish wording.")
P.f("clean-up cost vs compensation", "related", "quantity", "₺85 million", "₺2.000", "A: total cost of the clean-up; B: daily compensation per fisher. Different things in TRY.")
P.f("length of fishing ban", "agree", "quantity", "30 days", "30-day", "Same.")
P.f("fishers affected", "agree", "quantity", "about 6,500 fishers", "About 6.500 fishers", "Same, comma vs dot.")
P.f("temperature anomaly", "agree", "quantity", "about 2 degrees", "about 2°C", "Same.")
P.f("2021 action plan", "agree", "quantity", "22-point", "22-point", "Same.")
P.f("fishing ban start", "agree", "date", "June 1", "1 Haziran", "Both 2026-06-01 (B in Turkish).")
P.f("first sighting", "conflict", "date", "May 18", "15 Mayıs", "2026-05-18 vs 2026-05-15.")
P.f("previous outbreak", "agree", "date", "2021", "2021", "Same year.", b_occ=2)
P.f("who said 'this sea is suffocating'", "conflict", "quote",
    "This sea is suffocating, and we are here to give it air,",
    "This sea is suffocating, and we are here to give it air,",
    "Same words: A gives them to Environment Minister Kerem Aydınlı, B to Bursa governor Selim Karaca.")
P.f("beach closures", "conflict", "statement",
    "The ministry ruled out closing beaches",
    "Swimming has been banned at 14 beaches in Mudanya and Gemlik", "Opposite: no closures vs swimming banned at 14 beaches.")
P.f("health risk", "agree", "statement",
    "Officials also denied that the mucilage posed any risk to human health through seafood",
    "Health officials said the slime was not dangerous to people, and that fish sold in markets remained safe to eat", "Same reassurance.")
P.f("treatment of sewage", "related", "statement",
    "The ministry said it was considering making advanced nitrogen removal mandatory",
    "Bursa metropolitan municipality pledged to finish its long-delayed Gemlik treatment plant by 2027",
    "Different measures by different bodies against the same cause.")
OUT.append(P.out())

# ---------------- pair 5: durian train to China
P = Pair("p5a_malaysia_durian_train_straitsbusinesswire.txt", "p5b_malaysia_durian_train_pahangchronicle.txt")
P.f("cargo weight", "agree", "quantity", "18 tonnes", "18,000kg", "Same weight in tonnes vs kilograms.", a_occ=2)
P.f("containers", "agree", "quantity", "Six refrigerated containers", "6 reefer containers", "Spelled out vs digits.")
P.f("journey time", "conflict", "quantity", "five-day", "seven-day", "Five vs seven days to Kunming.")
P.f("cargo value", "agree", "quantity", "about RM1.9 million", "about RM2 million", "B rounds RM1.9 million.")
P.f("farm-gate vs retail price", "related", "quantity", "RM68", "around RM180", "A: farm-gate price per kg in Pahang; B: retail price per kg in Shanghai. Different prices.")
P.f("farm-gate price", "agree", "quantity", "RM68", "RM60 to RM75", "RM68 lies inside the season's RM60-75 range.")
P.f("durian export value", "agree", "quantity", "RM1.2 billion", "RM1.2 billion", "Same (A: 2025; B: 'last year').")
P.f("China's share of exports", "agree", "quantity", "about 70 percent", "around 70%", "Same.")
P.f("departure", "agree", "date", "July 12", "12 Julai", "Both 2026-07-12 (B in Malay).")
P.f("arrival in Kunming", "conflict", "date", "July 17", "19 July", "2026-07-17 vs 2026-07-19.")
P.f("Tan on air freight", "agree", "quote",
    "Until now, a fresh durian from Raub had to fly to reach a Chinese table in good condition, and that made it a luxury even in China,",
    "Until now, a fresh durian from Raub had to fly to reach a Chinese table in good condition,", "Same speaker; B shortens the quote.")
P.f("Zainal on margins", "agree", "quote",
    "If the train works, the margin has to come back to the farm.",
    "If the train works, the margin has to come back to the farm.", "Same words, same speaker.")
P.f("further trains", "conflict", "statement",
    "The company plans to run two durian trains a week until the end of the season",
    "But no further trains have been scheduled", "Opposite: plans two trains a week vs none scheduled.")
P.f("cost of rail vs air", "agree", "statement",
    "A train cuts the cost of the trip by more than half.",
    "He said rail freight costs about a third as much as air", "Compatible: a third of the cost is a cut of more than half (A quotes, B paraphrases).")
P.f("help for cold storage", "related", "statement",
    "The agriculture ministry said it was considering grants for cold-storage rooms on farms",
    "The Pahang Durian Growers Association asked the state government for cheaper electricity for cold rooms",
    "Different measures, different bodies.")
OUT.append(P.out())

# ---------------- pair 6: Rapa Nui visitor cap
P = Pair("p6a_chile_rapanui_visitor_cap_andesnewswire.txt", "p6b_chile_rapanui_visitor_cap_valparaisopost.txt")
P.f("annual visitor cap", "agree", "quantity", "150,000", "no more than 150.000 visitors", "Same cap (comma vs Chilean dot thousands).", a_occ=2)
P.f("visitors last year", "conflict", "quantity", "about 165,000 visitors", "172.000 people", "About 165,000 vs 172,000 in 2025.")
P.f("population", "agree", "quantity", "about 7,700 residents", "about 7.750", "Both approximate; 7,750 is about 7,700.")
P.f("new park fee", "agree", "quantity", "US$120", "about US$120", "Same; B gives CLP 115,000 as well.")
P.f("old park fee", "agree", "quantity", "US$80", "$76.000", "CLP 76,000 is about US$80.")
P.f("weekly flights from Santiago", "agree", "quantity", "14", "14", "Same current number.", b_after="from 14")
P.f("flights now vs planned", "related", "quantity", "14", "10", "A: current 14 flights a week; B: planned 10 a week by March. Same measure at two times.", b_after="from 14 to ")
P.f("maximum stay", "agree", "quantity", "30-day", "30-day", "Same.")
P.f("distance from mainland", "agree", "quantity", "3,700 kilometres", "3.700 kilometres", "Same, comma vs dot.")
P.f("jobs in tourism", "agree", "quantity", "about 80 percent", "About 80%", "Same.")
P.f("cap starts", "agree", "date", "January 1, 2027", "1 January 2027", "Both 2027-01-01.")
P.f("decree signed", "conflict", "date", "Tuesday", "17 August", "A: Tuesday = 2026-08-18; B: 2026-08-17.")
P.f("stay limit introduced", "agree", "date", "2018", "2018", "Same.")
P.f("who said 'not closing the door'", "conflict", "quote",
    "We are not closing the door, we are deciding how wide to open it,",
    "We are not closing the door, we are deciding how wide to open it,",
    "Same words: A gives them to undersecretary Rodrigo Salinas Vera, B to mayor Tiare Pakarati.")
P.f("limits on flights", "conflict", "statement",
    "The government said it would not limit the number of flights to the island",
    "The government plans to cut services from Santiago from 14 to 10 a week",
    "Opposite: would not limit flights vs plans to cut them.")
P.f("who asked for the cap", "agree", "statement",
    "The cap was requested by the island's community",
    "The measure was requested by Rapa Nui leaders", "Same.")
P.f("tourism operators' response", "related", "statement",
    "others said they were considering legal action",
    "asked for a three-year phase-in", "Different responses from the trade; compatible.")
OUT.append(P.out())

# ---------------- pair 7: Andean potato seed bank
P = Pair("p7a_peru_potato_seed_bank_pacificrimpress.txt", "p7b_peru_potato_seed_bank_diariodelmantaro.txt")
P.f("varieties stored", "agree", "quantity", "more than 4,200 native potato varieties", "4.235 varieties", "4,235 is more than 4,200 (B uses the dot for thousands).")
P.f("building cost", "agree", "quantity", "14.5 million soles", "S/ 14,5 millones", "Same, English vs Peruvian style (decimal comma).")
P.f("running cost vs pledge", "related", "quantity", "about 1.8 million soles", "S/ 2 millones", "A: yearly running cost; B: yearly regional pledge. Different measures in PEN.")
P.f("capacity", "conflict", "quantity", "up to 10,000 samples", "15.000 samples", "Room for up to 10,000 vs 15,000 samples.")
P.f("vault temperature", "agree", "quantity", "minus 18 degrees Celsius", "-18 °C", "Same, spelled vs symbol.")
P.f("altitude", "agree", "quantity", "3,250 metres", "3.250 metres", "Same.")
P.f("communities contributing", "agree", "quantity", "86 communities", "86", "Same 86 communities.", b_after="Farming communities")
P.f("potato-growing families", "related", "quantity", "some 700,000 families", "around 120.000 families", "A: Peru as a whole; B: Junín region only. Different scope.")
P.f("Huamán's contribution", "agree", "quantity", "23 varieties", "23 varieties", "Same.")
P.f("opening day", "agree", "date", "Monday", "21 September", "Both 2026-09-21.")
P.f("construction began", "conflict", "date", "2023", "2022", "2023 vs 2022.")
P.f("museum opens", "agree", "date", "December", "December", "Both 2026-12.")
P.f("who owns the seeds", "conflict", "quote",
    "The seeds will always belong to the communities that grew them,",
    "The seeds will belong to the region that stores them,",
    "Reworded with the opposite meaning and given to a different speaker: director Quispe (communities) vs governor Cárdenas (region).")
P.f("Quispe: only the keepers", "agree", "quote", "We are only the keepers.", "We are only the keepers,", "Same words, same speaker.")
P.f("duplicates at Svalbard", "conflict", "statement",
    "The institute has already sent duplicate samples of 1,100 varieties to the Svalbard Global Seed Vault",
    "The institute has not yet sent copies to the Svalbard Global Seed Vault", "Opposite: already sent vs not yet sent.")
P.f("patents", "agree", "statement",
    "Quispe ruled out patents on any of the varieties",
    "none of the varieties could be patented", "Same.")
P.f("support from government", "related", "statement",
    "The ministry said it was considering a law to recognise farmers' rights over native crops",
    "He pledged S/ 2 millones a year from the regional budget to cover running costs", "Different measures by different levels of government.")
OUT.append(P.out())

# ---------------- pair 8: hippos flown to Mexico
P = Pair("p8a_colombia_hippo_relocation_continentalpress.txt", "p8b_colombia_hippo_relocation_magdalenavalleyherald.txt")
P.f("hippos flown", "agree", "quantity", "12 hippopotamuses", "twelve", "Digits vs spelled out.", b_occ=2)
P.f("wild hippo population", "conflict", "quantity", "about 240 hippos", "between 150 and 180 animals", "About 240 vs a range of 150-180.")
P.f("cost of the operation", "agree", "quantity", "4.8 billion pesos", "$4.800 millones", "Same: 4,800 million pesos in Colombian style.")
P.f("cost per animal", "related", "quantity", "around 30 million pesos", "about $400 millones", "A: sterilisation cost per hippo; B: relocation cost per hippo. Different things in COP.")
P.f("adult weight", "agree", "quantity", "up to 3 tonnes", "as much as 3.000 kilos", "Same maximum, tonnes vs kilos.")
P.f("hippos sterilised", "agree", "quantity", "more than 60 hippos", "Seventy-one", "71 is more than 60.")
P.f("hippos imported by Escobar", "agree", "quantity", "four hippos", "four hippos", "Same.")
P.f("next group", "agree", "quantity", "20 hippos", "20 animals", "Same.")
P.f("flight date", "agree", "date", "Monday", "9 November", "Both 2026-11-09.")
P.f("sterilisation since", "agree", "date", "2023", "2023", "Same year.")
P.f("next flight", "conflict", "date", "January", "March", "2027-01 vs 2027-03.")
P.f("who said 'one less conflict'", "conflict", "quote",
    "Every hippo that leaves is one less conflict with a fisherman,",
    "Every hippo that leaves is one less conflict with a fisherman,",
    "Same words: A gives them to minister Lucía Ferreira Ortiz, B to Cornare vet Andrés Villegas.")
P.f("culling", "conflict", "statement",
    "The government has ruled out culling",
    "The Ministry of Environment confirmed that culling remains an option", "Ruled out vs confirmed as an option.")
P.f("route of the flight", "agree", "statement",
    "flown on Monday from José María Córdova airport near Medellín to Culiacán",
    "took off on 9 November for Culiacán, Mexico, on a cargo plane chartered by the government",
    "Same flight to Culiacán (José María Córdova airport is at Rionegro).")
P.f("what comes next", "related", "statement",
    "talks are under way with sanctuaries in two other countries",
    "Asopesca asked the government for compensation of $2 millones per family for lost gear", "Different follow-ups; compatible.")
OUT.append(P.out())

with open(os.path.join(HERE, "gold", "pairs.gold.json"), "w", encoding="utf-8") as f:
    json.dump(OUT, f, ensure_ascii=False, indent=1)
    f.write("\n")
