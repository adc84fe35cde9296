import json, os
from build_common import Pair, HERE

OUT = []

# ---------------- pair 1: Chad, Dana Bagara dam
P = Pair("p1a_chad_dam_irrigation_sahelwire.txt", "p1b_chad_dam_irrigation_bongorecho.txt")
P.f("size of the cut in irrigation releases", "conflict", "quantity", "40%", "by half", "40% vs half (50%).")
P.f("reservoir level on Tuesday", "conflict", "quantity", "31% of its capacity", "29% of capacity", "31% vs 29% on the same day.")
P.f("area served", "agree", "quantity", "about 12,000 hectares", "12 000 ha", "Same; unit abbreviated, local digit grouping.")
P.f("drinking water taken", "agree", "quantity", "about 8,000 cubic metres a day", "around 8 000 m³ a day", "Same.")
P.f("families affected", "agree", "quantity", "some 4,500 families", "About 4 500 families", "Same.")
P.f("compensation asked by the union", "conflict", "quantity", "2.5 billion CFA francs", "3 billion FCFA", "2.5 vs 3 billion XAF.")
P.f("rice price now vs before", "related", "quantity", "650 CFA francs a kilogram", "500 F", "Price now vs price in December: same unit, two times.")
P.f("rice price now", "agree", "quantity", "650 CFA francs a kilogram", "650 F", "Same.")
P.f("restore threshold", "agree", "quantity", "45%", "45%", "Same.")
P.f("new schedule starts", "agree", "date", "January 26", "Monday 26 January", "Both 2026-01-26.")
P.f("last water to the lower canals", "conflict", "date", "January 12", "10 January", "2026-01-12 vs 2026-01-10.")
P.f("who said 'a rice field without water'", "conflict", "quote", "A rice field without water for four days is a lost field,",
    "A rice field without water for four days is a lost field,", "Same words: A gives them to union president Odette Nadjirom, B to farmer Abdelkerim Yaya.")
P.f("Tahir on opening the gates", "agree", "quote", "If we open the gates today, there will be nothing left in March.",
    "If we open the gates today, there will be nothing left in March,", "Same words, same speaker.")
P.f("government and compensation", "conflict", "statement", "the government had agreed to pay compensation",
    "The government has not yet decided whether to pay anything", "Agreed vs not yet decided.")
P.f("union and a smaller offer", "conflict", "statement", "would not accept a smaller offer",
    "the union was ready to discuss a lower figure", "Would not accept vs ready to discuss.")
P.f("help for farmers", "related", "statement", "seed for a second planting would be distributed free of charge",
    "Bongor's drinking water supply, around 8 000 m³ a day, is not affected", "Different measures: free seed vs drinking water spared.")
OUT.append(P.out())

# ---------------- pair 2: Sudan exam results
P = Pair("p2a_sudan_exam_results_nilenewsagency.txt", "p2b_sudan_exam_results_kassalatimes.txt")
P.f("national pass rate", "conflict", "quantity", "62.4% of candidates", "61 per cent", "62.4% vs 61%.")
P.f("pass rate a year earlier", "agree", "quantity", "54%", "54 per cent", "Same.")
P.f("national pass rate vs Kassala state rate", "related", "quantity", "62.4% of candidates", "71 per cent", "National rate vs one state's rate.")
P.f("candidates", "agree", "quantity", "518,000 students", "Some 518 000 candidates", "Same; B qualified.")
P.f("candidates abroad", "agree", "quantity", "about 31,000", "about 31 000", "Same.")
P.f("top score", "agree", "quantity", "97.6%", "97.6 per cent", "Same.")
P.f("cost of the exam", "agree", "quantity", "9 billion Sudanese pounds", "9 billion Sudanese pounds", "Same.")
P.f("cost in dollars vs fee per candidate", "related", "quantity", "about $15 million", "$50", "Total cost vs per-candidate fee, same currency.")
P.f("fee abroad", "agree", "quantity", "$50", "$50", "Same.")
P.f("results announced", "agree", "date", "Wednesday", "yesterday", "Both 2026-03-11.")
P.f("university registration", "agree", "date", "April 5", "5 April", "Both 2026-04-05.")
P.f("exam sat", "agree", "date", "December", "last December", "Both 2025-12.")
P.f("next regular session", "conflict", "date", "November 2026", "December 2026", "2026-11 vs 2026-12.")
P.f("minister on candlelight", "agree", "quote", "These results belong to the students who studied by candlelight and in camps,",
    "These results belong to the students who studied by candlelight and in camps,", "Same words, same speaker.")
P.f("second sitting", "conflict", "statement", "the ministry had ruled out a second sitting this year",
    "the ministry is considering a supplementary exam in June", "Ruled out vs considering.")
P.f("Kordofan results", "related", "statement", "She rejected reports that results from several centres in Kordofan had been cancelled",
    "marks from four centres had been withheld while cheating allegations were investigated", "Cancelled (denied) vs withheld pending inquiry: different claims, not opposite.")
P.f("results website", "agree", "statement", "The website crashed within an hour of the announcement",
    "they could not open the ministry's website for hours on Wednesday", "Same failure of the website, told differently.")
OUT.append(P.out())

# ---------------- pair 3: UAE milk price dispute
P = Pair("p3a_uae_dairy_prices_gulfbusinesswire.txt", "p3b_uae_dairy_prices_alainobserver.txt")
P.f("requested rise", "agree", "quantity", "20% in the shelf price", "20 per cent", "Same.")
P.f("current bottle price", "agree", "quantity", "12.50 dirhams", "Dh12.50", "Same; local symbol.")
P.f("proposed bottle price", "agree", "quantity", "15 dirhams", "Dh15", "Same.")
P.f("bottle price vs production cost per litre", "related", "quantity", "12.50 dirhams", "Dh6.80", "Shelf price of a 2-litre bottle vs cost per litre: different measures.")
P.f("production cost per litre", "agree", "quantity", "6.80 dirhams", "Dh6.80", "Same.")
P.f("feed price rise", "agree", "quantity", "about 45%", "almost half", "About 45% vs almost half: compatible.")
P.f("Al Wadi herd", "agree", "quantity", "about 9,000 cows", "around 9,000 cows", "Same.")
P.f("jobs at risk", "conflict", "quantity", "up to 1,200 jobs", "1,500 jobs", "At most 1,200 vs 1,500.")
P.f("analyst's expected rise", "agree", "quantity", "between 8% and 12%", "between 8 and 12 per cent", "Same range.")
P.f("last rise", "agree", "date", "July 2022", "July 2022", "Same.")
P.f("request filed", "conflict", "date", "April 9", "April 8", "2026-04-09 vs 2026-04-08.")
P.f("Al Mazrouei on selling below cost", "agree", "quote", "We have absorbed the cost of feed for three years. We are now selling below cost,",
    "We are now selling below cost,", "Same speaker; B gives the sentences in another order.")
P.f("Raman on inefficiency", "agree", "quote", "Shoppers should not pay for the industry's inefficiency,",
    "Families should not pay for the industry's inefficiency.", "Same speaker, one word changed (shoppers/families).")
P.f("Gulfmart on the rise", "conflict", "statement", "it would not accept any rise before the end of the year",
    "it was open to talks on a smaller increase", "Would not accept any rise vs open to a smaller one.")
P.f("Al Wadi production", "conflict", "statement", "Al Wadi said it has not yet reduced production",
    "Al Wadi had already cut its output by 10 per cent this month", "Has not yet vs has already.")
P.f("timing of the ministry's decision", "related", "statement", "would decide within 30 days",
    "a decision would be announced \"before Eid al-Adha\"", "Within 30 days vs before Eid: different ways to state a deadline, compatible.")
OUT.append(P.out())

# ---------------- pair 4: Iraq cement dust fine
P = Pair("p4a_iraq_cement_dust_mesopotamiapress.txt", "p4b_iraq_cement_dust_slemanipost.txt")
P.f("fine", "agree", "quantity", "1.5 billion Iraqi dinars", "IQD 1,500,000,000", "Same amount, written out in B.")
P.f("fine vs crop compensation sought", "related", "quantity", "1.5 billion Iraqi dinars", "700 million dinars", "Fine on the plant vs villagers' compensation claim: different amounts of different things.")
P.f("dust level", "agree", "quantity", "410 micrograms per cubic metre", "410 µg/m³", "Same, unit abbreviated.")
P.f("multiple of the limit", "agree", "quantity", "about eight times", "more than eight times", "Compatible.")
P.f("distance from the city", "agree", "quantity", "35 kilometres", "about 35 km", "Same.")
P.f("output", "agree", "quantity", "about 2.4 million tonnes", "some 2.4 million tonnes", "Same.")
P.f("staff", "agree", "quantity", "some 850 people", "850 workers", "Same.")
P.f("cost of new filters", "conflict", "quantity", "$18 million", "$22 million", "$18m vs $22m.")
P.f("cement price now vs a week ago", "related", "quantity", "95,000 dinars a tonne", "88,000 dinars", "Price after vs before.")
P.f("kiln closure date", "agree", "date", "June 1", "1 June", "Both 2026-06-01.")
P.f("earlier fine", "conflict", "date", "2019", "2018", "First earlier fine: 2019 vs 2018 (second, 2022, agrees).")
P.f("filters installed by", "conflict", "date", "the end of October", "December", "2026-10 vs 2026-12.")
P.f("protests began", "conflict", "date", "March", "February", "Since March vs since February.")
P.f("Rashid on warnings", "agree", "quote", "For ten years this plant has been told to fix its filters. Today we are done with warnings,",
    "For ten years this plant has been told to fix its filters,", "Same speaker; B splits the quote.")
P.f("company and the fine", "conflict", "statement", "it would appeal against the fine",
    "the company would not challenge the fine and had already paid the first half", "Will appeal vs will not challenge and has paid.")
P.f("kilns running", "conflict", "statement", "the two kilns would keep running while the appeal was heard",
    "the two kilns had been stopped on Wednesday evening", "Keep running vs already stopped.")
P.f("follow-up on air quality", "related", "statement", "would be checked by inspectors",
    "it would set up a committee of doctors and engineers to check the air", "Inspectors check the kiln closure vs governor's committee checks village air.")
OUT.append(P.out())

# ---------------- pair 5: Turkmenistan cotton harvesters
P = Pair("p5a_turkmenistan_cotton_harvesters_caspianwire.txt", "p5b_turkmenistan_cotton_harvesters_marycourier.txt")
P.f("number of harvesters", "agree", "quantity", "600 cotton-picking machines", "600 harvesters", "Same.", b_occ=2)
P.f("contract value", "agree", "quantity", "$190 million", "665 million manat", "Same value in two currencies (3.5 manat to the dollar, the official rate).", a_occ=2)
P.f("price per machine", "agree", "quantity", "about $316,000", "about 1.1 million manat", "$316,000 x 3.5 = 1.1 million manat.")
P.f("contract total vs price per machine", "related", "quantity", "$190 million", "about 1.1 million manat", "Total vs per-unit.", a_occ=2)
P.f("first batch", "agree", "quantity", "250 machines", "250", "Same.", b_after="The first")
P.f("second batch", "agree", "quantity", "350", "350", "Same.", a_after="the remaining", b_after="The rest of the machines")
P.f("operators to be trained", "conflict", "quantity", "about 1,200 operators", "About 1,000 young people", "1,200 vs 1,000.")
P.f("share picked by machine now", "conflict", "quantity", "about 30%", "about a quarter", "About 30% vs about 25%.")
P.f("national harvest vs Mary province", "related", "quantity", "about 1.1 million tonnes", "about 380 thousand tonnes", "National vs provincial crop.")
P.f("harvest plan", "agree", "quantity", "1.25 million tonnes", "1.25 million tonnes", "Same.")
P.f("second batch due", "agree", "date", "May 2027", "spring 2027", "May 2027 falls in spring 2027: compatible (B's grain is the year).")
P.f("contract signed", "conflict", "date", "Tuesday", "Monday", "A: 2026-07-14; B: 2026-07-13.")
P.f("target year for 70% machine picking", "conflict", "date", "2028", "2030", "2028 vs 2030.")
P.f("Ovezov on the 70% target", "agree", "quote", "By 2028 we want machines to pick at least 70% of our cotton,",
    "By 2030 we want machines to pick at least 70 percent of our cotton.", "Same speaker; the year differs (scored as a date conflict above).")
P.f("machines and seasonal pickers this year", "conflict", "statement", "the machines would not be used to replace seasonal workers this year",
    "The government has already decided that machines will take over from pickers sent from schools and hospitals", "Would not vs has already decided.")
P.f("tractors", "agree", "statement", "the ministry was also in talks to buy 200 tractors from the same supplier, but no contract had been signed",
    "The ministry is also discussing the purchase of 200 tractors from the same company, but no deal has been signed yet", "Same: in talks, no deal yet.")
P.f("service centre", "related", "statement", "will also build a service centre in Mary",
    "A repair and service centre will be opened in Mary city, with 80 jobs", "Same centre; B adds jobs, A adds training numbers.")
OUT.append(P.out())

# ---------------- pair 6: Belarus potato export ban
P = Pair("p6a_belarus_potato_exports_easteuropewire.txt", "p6b_belarus_potato_exports_brestcourier.txt")
P.f("length of the ban", "agree", "quantity", "three months", "three months", "Same.", a_occ=2)
P.f("expected harvest", "agree", "quantity", "about 4.2 million tonnes", "about 4 million tonnes", "B rounds; both approximate.")
P.f("rainfall in the south", "agree", "quantity", "less than half", "only a third", "A third is less than half: compatible.")
P.f("shop price rise", "agree", "quantity", "38%", "38%", "Same.")
P.f("shop price", "agree", "quantity", "1.45 roubles a kilogram", "Br1,45 a kilo", "Same; local symbol and decimal comma.")
P.f("shop price vs fund price", "related", "quantity", "1.45 roubles a kilogram", "Br0,62 a kilo", "Retail price vs state purchase price.")
P.f("stabilisation fund purchases", "conflict", "quantity", "up to 150,000 tonnes", "up to 100,000 tonnes", "150,000 vs 100,000 tonnes.")
P.f("exports last year", "agree", "quantity", "about 310,000 tonnes", "around 310 thousand tonnes", "Same.")
P.f("Russian premium", "agree", "quantity", "30% more", "about a third more", "Compatible.")
P.f("ban starts", "agree", "date", "August 24", "24 August", "Both 2026-08-24.")
P.f("ban ends", "agree", "date", "November 24", "24 November", "Both 2026-11-24.")
P.f("announced", "agree", "date", "Tuesday", "yesterday", "Both 2026-08-18.")
P.f("Valkovich on Belarusian potatoes", "agree", "quote", "Belarusian potatoes are first for Belarusians.", "Belarusian potatoes are first for Belarusians,", "Same.")
P.f("who said 'we will not let the price be set by ...'", "conflict", "quote",
    "We will not let the price of potatoes in our shops be set by buyers in Moscow,",
    "We will not let the price of our potatoes be set by officials in Minsk,", "Same frame given to the minister (buyers in Moscow) and to farm director Dubrovsky (officials in Minsk): different speakers, meaning turned round.")
P.f("compensation for lost contracts", "conflict", "statement", "The ministry said it would not compensate exporters for lost contracts",
    "The ministry has promised that farms that lose export contracts will be compensated", "Would not vs has promised.")
P.f("lifting the ban early", "agree", "statement", "the government could lift it earlier if prices fall",
    "The government may shorten it if prices go down", "Same.")
P.f("exceptions", "related", "statement", "licences could be issued \"in exceptional cases\"",
    "Seed potatoes and processed goods, such as crisps and starch, are exempt", "Licences by exception vs exempt products.")
OUT.append(P.out())

# ---------------- pair 7: Poland amber licence
P = Pair("p7a_poland_amber_licence_vistulawire.txt", "p7b_poland_amber_licence_dziennikmierzei.txt")
P.f("licence area", "agree", "quantity", "12 square kilometres", "12 km²", "Same.")
P.f("licence term", "conflict", "quantity", "15 years", "20 years", "15 vs 20 years.")
P.f("investment", "agree", "quantity", "85 million zlotys", "85 mln zł", "Same; local abbreviation.")
P.f("jobs", "agree", "quantity", "about 120 jobs", "120 jobs", "Same.")
P.f("royalty", "agree", "quantity", "7%", "7 per cent", "Same.")
P.f("amber to be recovered", "agree", "quantity", "about 40 tonnes", "some 40 tonnes", "Same.")
P.f("amber price per kilo", "agree", "quantity", "about 12,000 zlotys a kilogram", "12 000 zł a kilo", "Same.")
P.f("price per kilo vs value of the deposit", "related", "quantity", "about 12,000 zlotys a kilogram", "around 480 mln zł", "Per-kilo price vs total value of 40 t.")
P.f("amber industry worth", "agree", "quantity", "an estimated 1.2 billion zlotys a year", "about 1,2 mld zł a year", "Same; decimal comma and 'mld'.")
P.f("fall in catches", "agree", "quantity", "a third", "30 per cent", "A third vs 30%: compatible.")
P.f("arrests for illegal digging", "agree", "quantity", "46 arrests", "46 people", "Same 2025 figure.")
P.f("licence issued", "conflict", "date", "Tuesday", "Monday", "2026-10-13 vs 2026-10-12.")
P.f("share rise", "agree", "date", "Wednesday", "Wednesday", "Both 2026-10-14.")
P.f("who said 'a few kilos of amber above an ecosystem'", "conflict", "quote",
    "The ministry has put a few kilos of amber above an entire marine ecosystem,", "The ministry has put a few kilos of amber above an entire marine ecosystem,",
    "Same words: A gives them to coalition spokeswoman Marta Zielonka, B to fishermen's head Zbigniew Rogala.")
P.f("court challenge", "conflict", "statement", "said they would challenge the licence in the regional administrative court",
    "Environmental groups said they would not take the matter to court for now", "Will challenge vs will not go to court.")
P.f("new study", "conflict", "statement", "He rejected calls for a new environmental impact study",
    "has agreed to order an additional study of the herring spawning grounds", "Rejected vs agreed.")
P.f("local opposition", "related", "statement", "Fishermen in Krynica Morska also oppose the project",
    "the town had not been consulted", "Fishermen oppose vs the mayor says the town was not consulted.")
OUT.append(P.out())

# ---------------- pair 8: Denmark Christmas tree exports
P = Pair("p8a_denmark_christmas_trees_nordicnewswire.txt", "p8b_denmark_christmas_trees_vejleavis.txt")
P.f("exports this year", "conflict", "quantity", "about 8 million trees", "around 7.6 million Christmas trees", "About 8 million vs around 7.6 million (B: almost 2 million fewer than 9.6 million).")
P.f("exports in 2025", "agree", "quantity", "9.6 million", "9,6 million trees", "Same; decimal comma in B.")
P.f("wholesale price of a standard fir", "agree", "quantity", "22 euros", "about 165 kr.", "Same price in two currencies (22 EUR x 7.46 = 164 DKK).")
P.f("wholesale vs retail price", "related", "quantity", "22 euros", "449 kr.", "Wholesale price vs a garden-centre retail price.")
P.f("price rise", "agree", "quantity", "about 15%", "15 pct.", "Same.")
P.f("standard tree height", "agree", "quantity", "150-175 centimetre", "150-175 cm", "Same range.")
P.f("export value", "agree", "quantity", "about 1.5 billion Danish crowns", "around 1,5 mia. kr.", "Same; Danish style in B.")
P.f("plantation area", "agree", "quantity", "about 28,000 hectares", "approximately 28.000 hectares", "Same.")
P.f("drought aid asked", "agree", "quantity", "60 million crowns", "60 mio. kr.", "Same.")
P.f("rainfall deficit", "agree", "quantity", "about 40%", "some 40 per cent", "Same.")
P.f("announcement", "agree", "date", "Wednesday", "yesterday", "Both 2026-11-18.")
P.f("first lorries to Germany", "conflict", "date", "November 9", "2 November", "2026-11-09 vs 2026-11-02 (A 'a week later than usual', B 'as usual').")
P.f("Bisgaard on Christmas", "agree", "quote", "It will be a good Christmas, but not a cheap one,", "It will be a good Christmas, but not a cheap one,", "Same.")
P.f("who said 'still the best in Europe'", "conflict", "quote", "Our trees are still the best in Europe, and the buyers know it,",
    "Our trees are still the best in Europe, and the buyers know it,", "Same words: A gives them to council chairman Bisgaard, B to grower Lars Møller-Holm.")
P.f("government and drought aid", "conflict", "statement", "said it was looking at the request but had made no promise",
    "the government had turned down the request", "Still considering vs refused.")
P.f("further price rises", "conflict", "statement", "Danish growers would not raise prices again before Christmas",
    "the council expects prices to rise again in December", "Would not vs expects to.")
P.f("real trees in Germany", "related", "statement", "real trees still account for about two-thirds of sales in Germany",
    "Germany takes around half of the Danish trees sold abroad", "Share of real trees in German sales vs Germany's share of Danish exports: different measures.")
OUT.append(P.out())
json.dump(OUT, open(os.path.join(HERE, "gold", "pairs.gold.json"), "w"), ensure_ascii=False, indent=1)
