import json, os
from build_common import Pair, HERE

OUT = []

# ---------------- pair 1: Gawib uranium mine expansion
P = Pair("p1a_namibia_uranium_mine_southernafricawire.txt", "p1b_namibia_uranium_mine_erongocourier.txt")
P.f("investment", "agree", "quantity", "N$4.2 billion", "N$4.2bn", "Same amount, written out vs abbreviated.", a_occ=2)
P.f("new permanent jobs", "conflict", "quantity", "about 600 permanent jobs", "850 permanent jobs", "About 600 vs 850.")
P.f("current workforce", "agree", "quantity", "roughly 1,200 people", "1,180 staff", "1,180 is roughly 1,200.")
P.f("target output", "agree", "quantity", "4,500 tonnes", "4,500 tonnes", "Same annual target.")
P.f("output before expansion", "related", "quantity", "about 3,000 tonnes", "3,100 tonnes", "A: current annual output (approx); B: last year's production. Compatible; B gives the figure at a specific time.")
P.f("target vs last year's output", "related", "quantity", "4,500 tonnes", "3,100 tonnes", "A's target after expansion vs B's output last year: two different times, not a conflict.")
P.f("mine life", "agree", "date", "2045", "2045", "Same year.")
P.f("cabinet approval", "agree", "date", "Tuesday", "yesterday", "Both 2026-01-20.")
P.f("construction start", "conflict", "date", "March", "June", "2026-03 vs 2026-06.")
P.f("first ore from the deeper pit", "agree", "date", "2028", "2028", "Same year.")
P.f("state stake", "agree", "quantity", "10%", "Ten per cent", "Same, spelled out in B.")
P.f("community fund", "agree", "quantity", "N$150 million", "N$150m", "Same.")
P.f("minister on tonnes leaving Walvis Bay", "agree", "quote",
    "Every tonne that leaves Walvis Bay must leave something behind in Erongo.",
    "Every tonne that leaves Walvis Bay must leave something behind in Erongo,", "Same words, both Tomas Shikongo.")
P.f("who said 'a good day for Erongo'", "conflict", "quote",
    "This is a good day for Erongo and a good day for the people who have worked this ground for decades,",
    "This is a good day for Erongo and a good day for the people who have worked this ground for decades,",
    "Same words: A gives them to CEO Pieter van Wyk, B to Regional Governor Hilma Amupolo.")
P.f("water from the Omdel aquifer", "conflict", "statement",
    "the company had ruled out drawing additional water from the Omdel aquifer",
    "it is considering pumping more water from the Omdel aquifer",
    "Ruled out vs is considering.")
P.f("environmental clearance", "agree", "statement",
    "The Environmental Commissioner granted the project its environmental clearance certificate in December",
    "The environmental certificate for the project was issued last month", "Same clearance, December 2025.")
P.f("housing demands", "related", "statement",
    "it would press for a housing allowance for contract workers",
    "The town council asked Khomas Ridge to build staff housing in Arandis itself",
    "Union wants a housing allowance; council wants housing built in Arandis. Different demands on the same topic.")
OUT.append(P.out())

# ---------------- pair 2: Nuwaiseeb desalination plant
P = Pair("p2a_kuwait_desalination_plant_gulfnewswire.txt", "p2b_kuwait_desalination_plant_kuwaitmorningpost.txt")
P.f("plant cost", "agree", "quantity", "KD 312 million", "KD312m", "Same, written two ways.")
P.f("plant cost in dollars", "agree", "quantity", "$1.02 billion", "just over $1 billion", "1.02bn is just over 1bn.")
P.f("daily output", "conflict", "quantity", "60 million imperial gallons", "50 million gallons", "60 vs 50 million gallons a day.")
P.f("people served", "agree", "quantity", "about 400,000 residents", "400,000 people", "Same.")
P.f("national capacity vs peak consumption", "related", "quantity", "720 million gallons", "580 million gallons", "A: total capacity after the plant; B: last summer's peak consumption. Different measures.")
P.f("addition to capacity", "agree", "quantity", "about 8%", "nearly 8 percent", "Same, qualified differently.")
P.f("construction time", "agree", "quantity", "32 months", "nearly three years", "32 months is nearly three years.")
P.f("staff", "agree", "quantity", "350 people", "350 staff", "Same.")
P.f("design life", "agree", "quote", "We built it to run for 25 years with the same output it has today,",
    "We built it to run for 25 years with the same output it has today,", "Same words, both Yousef Al-Enezi.")
P.f("minister on summer anxiety", "agree", "quote",
    "Kuwait cannot afford to meet every summer with anxiety about water. Today we begin to change that,",
    "Kuwait cannot afford to meet every summer with anxiety about water. Today we begin to change that.", "Same words, both Al-Sabeeh.")
P.f("commissioning day", "agree", "date", "Tuesday", "yesterday", "Both 2026-03-10.")
P.f("second phase", "conflict", "date", "2028", "2029", "2028 vs 2029.")
P.f("household water tariffs", "conflict", "statement",
    "the ministry had no plans to raise water tariffs for Kuwaiti households",
    "the ministry plans to raise water tariffs for households next year",
    "No plans (minister, on record) vs plans (unnamed official).")
P.f("technology", "agree", "statement", "Nuwaiseeb uses reverse osmosis", "uses reverse osmosis membranes",
    "Same technology.")
P.f("further projects at the plant", "related", "statement",
    "Tender documents for that phase will be issued later this year",
    "a separate tender for a brine treatment unit would be launched this year",
    "Second-phase tender vs a brine treatment tender: two different tenders.")
OUT.append(P.out())

# ---------------- pair 3: Myanmar gem emporium
P = Pair("p3a_myanmar_ruby_auction_asiapacificwire.txt", "p3b_myanmar_ruby_auction_mandalaygemtimes.txt")
P.f("total sales", "agree", "quantity", "€84 million", "84.3 million euros", "A rounds 84.3 million.", b_occ=2)
P.f("sales now vs previous sale", "related", "quantity", "€84 million", "61 million euros", "This sale vs the previous sale: two different times.")
P.f("lots sold", "conflict", "quantity", "1,420 lots", "1,240 lots", "1,420 vs 1,240 (digits swapped).")
P.f("lots offered", "agree", "quantity", "2,100 lots", "about 2,100", "Same.")
P.f("foreign buyers", "agree", "quantity", "About 900 foreign buyers", "More than 900 merchants", "Compatible approximations of the same count.")
P.f("top price", "agree", "quantity", "€6.2 million", "€6.2m", "Same.")
P.f("size of the top ruby", "agree", "quantity", "31-carat", "31.4 carats", "A rounds 31.4.")
P.f("length of the sale", "agree", "quantity", "10-day", "ten days", "Same, spelled out in B.")
P.f("tax on sales", "agree", "quantity", "10%", "ten percent", "Same.")
P.f("sale closed", "agree", "date", "Tuesday", "yesterday", "Both 2026-04-14.")
P.f("sale opened", "conflict", "date", "April 4", "April 6", "2026-04-04 vs 2026-04-06 (A's 10 days fit April 4-14 better).")
P.f("who said 'the world still wants Burmese rubies'", "conflict", "quote",
    "The world still wants Burmese rubies, and the prices this week proved it,",
    "The world still wants Burmese rubies, and the prices this week proved it,",
    "Same words: A gives them to enterprise deputy director Daw Khin Myo Nwe, B to merchants' chairman U Zaw Lin Oo.")
P.f("stones from contested areas", "conflict", "statement",
    "Officials denied that any stones mined in areas of Mogok contested by armed groups had been offered",
    "An enterprise official confirmed to the Gem Times that stones from mines in areas of Mogok where fighting took place last year were included",
    "Denied vs confirmed.")
P.f("buyers' origin", "agree", "statement", "most of them from China and Thailand", "most from China and Thailand", "Same.")
P.f("next sale", "related", "statement", "a separate jade emporium would be held later in the year",
    "The next official sale, of pearls, is planned for the same hall", "Jade emporium vs pearl sale: different future sales.")
P.f("miners' fuel shortages", "agree", "statement", "small miners had struggled with power cuts and fuel shortages",
    "Miners in Mogok have complained for months about fuel shortages and daily power cuts", "Same complaint.")
OUT.append(P.out())

# ---------------- pair 4: quinoa price slump
P = Pair("p4a_bolivia_quinoa_price_andeannewsagency.txt", "p4b_bolivia_quinoa_price_diariodeloruro.txt")
P.f("farm-gate price per quintal", "agree", "quantity", "Bs 480", "Bs 480", "Same.")
P.f("price a year earlier", "conflict", "quantity", "Bs 720", "Bs 650", "Bs 720 vs Bs 650 a year earlier.")
P.f("price now vs a year ago", "related", "quantity", "Bs 480", "Bs 650", "Current price vs last year's: two times.")
P.f("exports: volume vs value", "related", "quantity", "18%", "27%", "A: fall in volume; B: fall in value. Different measures.")
P.f("export tonnage Jan-Apr", "agree", "quantity", "about 11,000 tonnes", "10.800 tonnes", "10,800 (local separators) is about 11,000.")
P.f("export price per kilo", "agree", "quantity", "about $2.20 a kilogram", "US$2,20 per kilo", "Same, local decimal comma in B.")
P.f("blockade length", "agree", "quantity", "48-hour", "two-day", "Same.")
P.f("vehicles stranded", "agree", "quantity", "more than 300 trucks", "about 300 lorries and buses", "Compatible approximations.")
P.f("families growing quinoa", "agree", "quantity", "Some 70,000 families", "About 70.000 families", "Same, local separators.")
P.f("altitude", "agree", "quantity", "3,700 metres", "more than 3.600 metres", "3,700 is more than 3,600.")
P.f("blockade began", "agree", "date", "Tuesday", "yesterday", "Both 2026-05-19.")
P.f("meeting with the minister", "conflict", "date", "May 26", "May 27", "2026-05-26 vs 2026-05-27.")
P.f("federation leader on a fair price", "agree", "quote",
    "We are not asking for charity. We are asking for a fair price for the grain that feeds half the world's health-food shops,",
    "We are not asking for charity. We are asking for a fair price for the grain that feeds half the world's health-food shops,",
    "Same words, both Rómulo Choque.")
P.f("state purchase of quinoa", "conflict", "statement",
    "the government had agreed to buy 5,000 tonnes of quinoa through the state food company Emapa",
    "refused to commit the state to buying the growers' surplus", "Agreed vs refused.")
P.f("school breakfasts", "related", "statement",
    "to be distributed in school breakfast programmes",
    "Local leaders are asking municipalities to buy quinoa for school breakfasts",
    "State purchase for national school breakfasts vs a request to municipalities: different buyers.")
P.f("the road blocked", "agree", "statement", "blocked the highway between Oruro and Potosí", "kept the Oruro-Potosí highway closed", "Same road.")
OUT.append(P.out())

# ---------------- pair 5: Hurricane Marisol shelters
P = Pair("p5a_jamaica_hurricane_shelters_caribbeanpresswire.txt", "p5b_jamaica_hurricane_shelters_westernstar.txt")
P.f("people in shelters at the peak", "conflict", "quantity", "4,212 people", "5,300 people", "ODPEM's 4,212 vs the parish coordinators' 5,300.")
P.f("people in shelters Monday night", "conflict", "quantity", "About 4,200 people", "More than 5,000 people", "About 4,200 vs more than 5,000.")
P.f("shelters opened", "agree", "quantity", "187 shelters", "187 shelters", "Same.")
P.f("sheltered at the peak vs later", "related", "quantity", "4,212 people", "1,900", "Peak count vs count still in shelters on Tuesday evening.")
P.f("customers without power: peak vs later", "related", "quantity", "about 210,000 customers", "80,000", "Peak vs still without power on Tuesday night.")
P.f("customers without power at the peak", "agree", "quantity", "about 210,000 customers", "210,000 customers", "Same.")
P.f("deaths", "agree", "quantity", "Two people", "Two people", "Same.")
P.f("wind speed", "agree", "quantity", "120 miles per hour", "193 km/h", "120 mph = 193 km/h.")
P.f("rainfall", "agree", "quantity", "Up to 400 millimetres", "more than 15 inches", "400 mm = 15.7 inches.")
P.f("relief money", "agree", "quantity", "J$500 million", "$500m", "Same, B's dollar sign is local J$.")
P.f("night of the storm", "agree", "date", "Monday night", "Monday night", "Both 2026-09-21.")
P.f("schools reopen", "conflict", "date", "September 28", "October 5", "Not before 2026-09-28 vs not before 2026-10-05.")
P.f("minister on evacuation", "agree", "quote",
    "We asked people to leave low-lying areas, and thousands of them listened. That saved lives last night,",
    "We asked people to leave low-lying areas, and thousands of them listened. That saved lives last night.",
    "Same words, both Desmond Reid.")
P.f("disaster areas", "conflict", "statement",
    "the government had not yet decided whether to declare the worst-hit parishes disaster areas",
    "yesterday declared St Elizabeth and Westmoreland disaster areas", "Not yet decided (Tuesday) vs already declared (B, Tuesday).")
P.f("relief in shelters", "related", "statement",
    "The National Water Commission was sending water trucks to shelters",
    "The Jamaica Red Cross has begun giving out hygiene kits", "Different relief by different bodies.")
P.f("airports", "agree", "statement", "Norman Manley and Sangster international airports reopened on Tuesday afternoon",
    "Both international airports reopened yesterday afternoon", "Same.")
OUT.append(P.out())

# ---------------- pair 6: Albanian olive harvest
P = Pair("p6a_albania_olive_harvest_balkanbusinesswire.txt", "p6b_albania_olive_harvest_gazetajugu.txt")
P.f("fall in oil output", "conflict", "quantity", "about 35%", "40%", "About 35% vs 40%.")
P.f("oil output this season", "agree", "quantity", "about 9,000 tonnes", "about 9.000 tonnes", "Same, local separator in B.")
P.f("new oil price per litre", "agree", "quantity", "1,200 lek", "1.200 lekë", "Same, local separator and plural in B.", b_occ=2)
P.f("new oil vs old oil price", "related", "quantity", "800 lek", "950 lekë",
    "A: price of oil a year ago; B: last year's oil still on sale in Berat now. Different measures, not a conflict.")
P.f("new price vs last year's", "related", "quantity", "1,200 lek", "950 lekë", "New oil vs old oil: different products.")
P.f("olive trees", "agree", "quantity", "about 10 million olive trees", "around 10 million olive trees", "Same.")
P.f("compensation total", "agree", "quantity", "1.5 billion lek", "1,5 billion lekë", "Same, decimal comma in B.")
P.f("compensation per hectare", "agree", "quantity", "20,000 lek", "20.000 lekë", "Same.")
P.f("ministry announcement", "agree", "date", "Tuesday", "yesterday", "Both 2026-11-10.")
P.f("first compensation payments", "conflict", "date", "December 1", "December 15", "2026-12-01 vs 2026-12-15.")
P.f("minister on the hardest season", "agree", "quote",
    "This is the hardest season our growers have seen in a generation, and the state will stand beside them,",
    "This is the hardest season our growers have seen in a generation, and the state will stand beside them.",
    "Same words, both Elda Hoxha.")
P.f("export ban", "conflict", "statement",
    "the government has also banned exports of bulk olive oil until the end of March",
    "The minister ruled out a ban on exports", "Banned vs ruled out.")
P.f("cause of the losses", "related", "statement", "Growers in Vlora blamed the drought",
    "In Berat, growers blamed the olive fruit fly", "Different causes named by growers in different places: both can hold.")
P.f("imported oil", "agree", "statement", "more imported oil from Greece and Tunisia",
    "cheaper oil from Greece and Tunisia", "Same.")
P.f("share of crop lost for compensation", "agree", "statement",
    "growers who lost more than half of their crop", "where growers lost more than half of the harvest", "Same condition.")
OUT.append(P.out())

# ---------------- pair 7: Armenian brandy export deal
P = Pair("p7a_armenia_brandy_export_caucasusnewsservice.txt", "p7b_armenia_brandy_export_yerevaneveningherald.txt")
P.f("bottles under the contract", "conflict", "quantity", "3 million bottles", "2.4 million bottles", "3 million vs 2.4 million.", b_occ=2)
P.f("contract value", "agree", "quantity", "about $46 million", "about $46 million", "Same; B also gives ֏18 billion.")
P.f("contract length", "agree", "quantity", "five-year", "5-year", "Same, spelled out vs digits.")
P.f("grapes a year", "agree", "quantity", "15,000 tonnes", "15 thousand tonnes", "Same, written two ways.")
P.f("new jobs", "agree", "quantity", "120 new workers", "120 people", "Same.")
P.f("share of exports to Russia", "agree", "quantity", "roughly 80%", "about 80 per cent", "Same.")
P.f("brandy exports last year: volume vs value", "related", "quantity", "about 21 million litres", "$260 million",
    "Volume in litres vs revenue in dollars: different measures.")
P.f("grape price last season", "conflict", "quantity", "230 drams", "֏220",
    "A: average 230 drams/kg paid to farmers; B: one farmer says she got ֏220/kg. Arguably related (average vs one farmer); kept as a conflict of the same price.")
P.f("signing", "agree", "date", "Tuesday", "yesterday", "Both 2026-07-14.")
P.f("first shipment", "conflict", "date", "September", "October", "2026-09 vs 2026-10.")
P.f("who said 'our brandy has gone north'", "conflict", "quote",
    "For a century our brandy has gone north. Today it goes east as well,",
    "For a century our brandy has gone north. Today it goes east as well,",
    "Same words: A gives them to CEO Armen Sargsyan, B to Economy Minister Narek Petrosyan.")
P.f("union chairman on farmers", "agree", "quote", "A good deal in Shanghai must mean a good price in Armavir,",
    "A good deal in Shanghai must mean a good price in Armavir,", "Same words, both Vahe Grigoryan.")
P.f("grape prices paid to farmers", "conflict", "statement",
    "the company would not raise the prices it pays grape farmers this year",
    "the company plans to raise the price it pays grape farmers from this harvest", "Would not vs plans to.")
P.f("the company's other plans", "related", "statement",
    "The company is also negotiating with a distributor in India",
    "Hayk Spirits also plans to open a visitor centre and tasting hall", "Different plans, both can hold.")
P.f("the buyer", "agree", "statement", "Shanghai-based importer Golden Crane Trading", "the Shanghai importer Golden Crane Trading", "Same buyer.")
OUT.append(P.out())

# ---------------- pair 8: Quebec maple syrup reserve
P = Pair("p8a_canada_maple_reserve_canadianwirereport.txt", "p8b_canada_maple_reserve_beaucevalleygazette.txt")
P.f("syrup released from the reserve", "conflict", "quantity", "50 million pounds", "35 million pounds", "50 vs 35 million pounds.")
P.f("reserve before vs after the release", "related", "quantity", "about 120 million pounds", "some 70 million pounds",
    "A: stock before the release; B: stock after it. Two different times.")
P.f("2026 harvest", "agree", "quantity", "152 million pounds", "152 million lb", "Same, unit abbreviated in B.")
P.f("bulk price rise", "agree", "quantity", "5%", "five per cent", "Same.")
P.f("producers", "agree", "quantity", "roughly 13,000 producers", "some 13,300 producers", "Compatible approximations.")
P.f("taps on Gagnon's farm", "agree", "quantity", "9,000 taps", "9,000 trees", "Same farm; taps vs trees loosely equated by B.")
P.f("announcement", "agree", "date", "Tuesday", "yesterday", "Both 2026-06-09.")
P.f("reserve syrup starts moving", "agree", "date", "July 2", "July 2", "Same.")
P.f("bulk price review", "conflict", "date", "September 15", "October 1", "2026-09-15 vs 2026-10-01.")
P.f("last heavy drawdown", "agree", "date", "2022", "2022", "Same year.")
P.f("early warm spell", "agree", "date", "March", "March", "Both 2026-03.")
P.f("who said 'the reserve was built for exactly this kind of year'", "conflict", "quote",
    "The reserve was built for exactly this kind of year. Nobody who buys Quebec syrup will go without,",
    "The reserve was built for exactly this kind of year. Nobody who buys Quebec syrup will go without,",
    "Same words: A gives them to president Chantal Bérubé, B to director general Marc-André Lachance.")
P.f("producer on the lost sap", "agree", "quote",
    "We lost three weeks of sap in one go. It was like somebody switched off the tap,",
    "We lost three weeks of sap in one go. It was like somebody switched off the tap,", "Same words, both Luc Gagnon.")
P.f("is the reserve running low", "conflict", "statement", "Bérubé denied that the reserve was running low",
    "The federation acknowledged in its briefing that the reserve was running low", "Denied vs acknowledged.")
P.f("federation's further measures", "related", "statement",
    "Some buyers in the United States have been turning to producers in Vermont and New York",
    "it would issue new tap quotas for 2027 to young producers", "Different consequences of the short season: compatible.")
P.f("federation's control of sales", "agree", "statement", "sell their bulk syrup through the federation",
    "sell their syrup through the federation", "Same.")
OUT.append(P.out())

with open(os.path.join(HERE, "gold", "pairs.gold.json"), "w", encoding="utf-8") as f:
    json.dump(OUT, f, ensure_ascii=False, indent=1)
    f.write("\n")
