import json, os
from build_common import Pair, HERE

OUT = []

# ---------------- pair 1: Tartu supercomputer
P = Pair("p1a_estonia_supercomputer_balticnewswire.txt", "p1b_estonia_supercomputer_tartueveningcourier.txt")
P.f("price of the supercomputer", "agree", "quantity", "€38 million", "38.2 million euros", "A rounds 38.2 million to 38 million.")
P.f("EU share vs EU money", "related", "quantity", "65%", "25 million euros", "A: EU share as a percentage; B: the EU sum in euros. Different measures (25/38.2 = 65%).")
P.f("state's share", "conflict", "quantity", "€6.5 million", "8 million euros", "6.5 vs 8 million euros from the Estonian state.")
P.f("power draw", "agree", "quantity", "up to 1.4 megawatts", "1.4 MW", "Same; two spellings of the unit.")
P.f("annual electricity bill", "agree", "quantity", "€1.1 million", "about 1.1 million euros", "Same estimate.")
P.f("expected users", "agree", "quantity", "About 1,300 researchers", "some 1,300 users", "Same.")
P.f("institutions", "agree", "quantity", "14 institutions", "14 institutions", "Same.")
P.f("installation engineers", "agree", "quantity", "20 engineers", "about 20 engineers", "Same.")
P.f("board approval", "agree", "date", "Tuesday", "yesterday", "Both 2026-01-20 (B published 21.01.2026).")
P.f("installation deadline", "conflict", "date", "October 2026", "September 2026", "2026-10 vs 2026-09.")
P.f("old cluster switched off", "agree", "date", "March 2027", "March 2027", "Same.")
P.f("rector on queueing abroad", "agree", "quote", "Nobody will have to queue abroad for computing time any more.",
    "No one will have to queue abroad for computing time any more,", "Both Saluveer; one word differs.")
P.f("who said the power bill is the hard part", "conflict", "quote",
    "The building is the easy part; paying the power bill for seven years is not,",
    "Buildings are easy. Paying for electricity for seven years is the hard part,",
    "A: an anonymous board member (speaker null); B: Professor Anneli Rebane by name, reworded.")
P.f("research grants and the state share", "conflict", "statement",
    "the government would not cut other research grants to pay the state's share",
    "whether to take part of it from the existing research grant budget",
    "A: will not cut grants; B: the ministry is considering taking part of the share from the grant budget. Opposite modality.")
P.f("board vote", "conflict", "statement", "the vote had been 9 to 2", "by ten votes to one",
    "9-2 vs 10-1: tallies left as ignore spans, so the fact is a statement.")
P.f("running costs", "related", "statement", "Critics have questioned the running costs",
    "She said the university should have first secured a long-term electricity contract",
    "A: critics question the costs in general; B: the dissenting member asks for a power contract. Same worry, different claims.")
OUT.append(P.out())

# ---------------- pair 2: Cal Orck'o
P = Pair("p2a_bolivia_dinosaur_tracks_andeanpress.txt", "p2b_bolivia_dinosaur_tracks_elvigia.txt")
P.f("width of the fallen slab", "agree", "quantity", "about 35 metres", "35 m", "Same.")
P.f("height of the fallen slab", "conflict", "quantity", "20 metres", "22 m", "20 vs 22 metres.")
P.f("footprints on the wall", "agree", "quantity", "more than 12,000 footprints", "some 12,000 tracks", "Compatible approximations.")
P.f("visitors last year", "agree", "quantity", "some 95,000 visitors", "95,000 visitors", "Same.")
P.f("emergency request", "agree", "quantity", "4.5 million bolivianos", "Bs 4.5 million", "Same sum, two ways of writing the currency.")
P.f("foreigners' entrance fee", "agree", "quantity", "30 bolivianos", "Bs 30", "Same.")
P.f("length of closure", "agree", "quantity", "at least 30 days", "two months", "'At least 30 days' is compatible with two months.", b_occ=2)
P.f("request in dollars vs Fancesa's contribution", "related", "quantity", "about $650,000", "Bs 1 million",
    "A: the city's request converted to dollars; B: the quarry owner's pledge. Different money.")
P.f("day of the collapse", "conflict", "date", "Monday", "Sunday", "2026-02-09 vs 2026-02-08.")
P.f("repairs start", "agree", "date", "April", "April", "Both 2026-04.")
P.f("geologists sent", "agree", "date", "Thursday", "Thursday", "Both 2026-02-12.")
P.f("heritage director on lost pages", "agree", "quote",
    "We have lost pages of a book that is 68 million years old, and we cannot write them again,",
    "We have lost pages of a book that is 68 million years old,", "Both Quispe; B shorter.")
P.f("mayor on ten years of requests", "agree", "quote",
    "We have been asking for money to protect the wall for ten years,",
    "For ten years we have asked for money to protect the wall, and nobody listened until it fell,", "Both Ayaviri; reworded and B joins two sentences.")
P.f("ignored warnings", "conflict", "statement", "Ayaviri denied that the city had ignored warnings",
    "The municipality admitted it had ignored the warnings for lack of money", "Denied vs admitted.")
P.f("Fancesa and rescue works", "agree", "statement", "would not stand in the way of any rescue works",
    "would not oppose any rescue works on its land", "Same.")
P.f("government's answer to the request", "related", "statement", "the government was studying the request",
    "the government \"will not pay the full amount\"",
    "A: minister studying, no sum; B: anonymous ministry official says not the full amount. Compatible, different claims.")
OUT.append(P.out())

# ---------------- pair 3: Iceland greenhouses
P = Pair("p3a_iceland_greenhouse_power_northatlanticwire.txt", "p3b_iceland_greenhouse_power_sudurlandsbladid.txt")
P.f("tariff rise", "agree", "quantity", "38%", "38 percent", "Same.")
P.f("association members that halted lighting", "agree", "quantity", "27", "27 growers", "Same national figure; A's bare '27' annotated with unit grower.", a_after="said 27")
P.f("national vs South Iceland count", "related", "quantity", "27", "Thirty greenhouse growers",
    "A: association members nationwide; B: the paper's own regional count incl. non-members. Different scopes, B says so.", a_after="said 27")
P.f("distribution tariff", "agree", "quantity", "9.8 kronur", "9.8 krónur", "Same, two spellings.")
P.f("lighting share of costs", "conflict", "quantity", "up to 40%", "as much as 45 percent", "40% vs 45% ceiling.")
P.f("seasonal workers sent home", "agree", "quantity", "12", "12 seasonal workers", "Same.", a_after="sent home")
P.f("fall in tomato output", "agree", "quantity", "1,200 tonnes", "1,200 tonnes", "Same.")
P.f("annual tomato harvest", "agree", "quantity", "roughly 4,800 tonnes", "about 4,800 tonnes", "Same.")
P.f("state power support", "agree", "quantity", "about 680 million kronur", "ISK 680 million", "Same, written with the code.")
P.f("tariff took effect", "agree", "date", "March 1", "1 March", "Both 2026-03-01.", a_after="since March 1")
P.f("minister in parliament", "agree", "date", "Wednesday", "Wednesday", "Both 2026-03-11.")
P.f("who said 'paying more for light'", "conflict", "quote", "We are paying more for light than we get for tomatoes,",
    "We are paying more for light than we get for tomatoes,", "Same words: A gives them to chairman Sigurður Hafsteinsson, B to grower Guðrún Einarsdóttir.")
P.f("minister's pledge", "agree", "quote", "We will not let greenhouse farming disappear from Iceland,",
    "We will not let greenhouse farming disappear from Iceland,", "Both Ragnarsdóttir.")
P.f("subsidy for growers", "conflict", "statement", "the government was considering a temporary subsidy for growers",
    "the government would not introduce any new subsidy for growers", "Considering a subsidy vs ruling one out.")
P.f("reversing the tariff", "related", "statement", "the company had no plans to reverse it",
    "it will review the tariff in the autumn, not before", "No plans to reverse vs an autumn review: compatible, different claims.")
P.f("imports", "related", "statement", "imports from the Netherlands and Spain would fill the gap at a higher price",
    "they lose their shelf space to imported tomatoes from the Netherlands and Spain", "A: imports will fill the gap; B: growers fear losing shelf space to imports for good. Related claims.")
OUT.append(P.out())

# ---------------- pair 4: Pajūris wind farm
P = Pair("p4a_lithuania_windfarm_bats_balticnewswire.txt", "p4b_lithuania_windfarm_bats_klaipedosvakaras.txt")
P.f("turbines to stop at night", "agree", "quantity", "18", "18 turbines", "Same; A's bare '18' annotated with unit turbine.", a_after="halt 18")
P.f("turbines on the farm", "agree", "quantity", "42 turbines", "42 turbines", "Same.")
P.f("wind-speed threshold", "agree", "quantity", "6 metres per second", "6 m/s", "Same, unit written two ways.")
P.f("output lost", "conflict", "quantity", "about 4%", "about 5%", "4% vs 5% of annual output.")
P.f("lost sales", "agree", "quantity", "around €1.3 million", "around €1.3 million", "Same.")
P.f("dead bats found", "agree", "quantity", "2,100 dead bats", "more than 2,000 bats", "2,100 is more than 2,000.")
P.f("capacity", "agree", "quantity", "176 megawatts", "176 MW", "Same.")
P.f("wind share of electricity", "agree", "quantity", "about 38%", "about 38 percent", "Same.")
P.f("lost sales vs profit", "related", "quantity", "around €1.3 million", "€9.4 million", "A: yearly lost sales; B: last year's profit. Different money, same currency.")
P.f("expansion", "agree", "quantity", "12 turbines", "12 more turbines", "Same.")
P.f("day of the ruling", "agree", "date", "Wednesday", "yesterday", "Both 2026-04-15.")
P.f("year the farm opened", "conflict", "date", "2022", "2021", "A: opened in 2022; B: built in 2021.")
P.f("lawyer on wind power", "agree", "quote", "This is not a war against wind power. It is a request to switch off at the right time,",
    "It is not a war on wind power, only a request to switch off at the right time,", "Both Mockus; reworded.")
P.f("appeal", "conflict", "statement", "It said it would appeal to the Supreme Administrative Court",
    "the company accepted the ruling and would not appeal", "Will appeal vs will not appeal.")
P.f("minister's response", "agree", "statement", "the ministry would not stand in the way of the ruling",
    "welcomed the decision", "Compatible: not opposing and welcoming.")
P.f("effect on the expansion", "related", "statement", "The ruling does not block the farm's planned expansion by 12 turbines",
    "the expansion could now be delayed", "Not blocked (A) vs possibly delayed (B, anonymous official): different claims, not contradictory.")
OUT.append(P.out())

# ---------------- pair 5: Cuban honey
P = Pair("p5a_cuba_honey_exports_caribbeanwire.txt", "p5b_cuba_honey_exports_havanatribune.txt")
P.f("contract volume", "conflict", "quantity", "3,500 tonnes", "3,000 tonnes", "3,500 vs 3,000 tonnes over two years.", b_occ=2)
P.f("contract value", "agree", "quantity", "about 18 million euros", "18 million euros", "Same.")
P.f("price per tonne", "agree", "quantity", "5,150 euros", "5,150 euros", "Same.")
P.f("2025 production", "agree", "quantity", "7,200 tonnes", "7,200 tonnes", "Same.")
P.f("first shipment", "agree", "quantity", "400 tonnes", "400 tonnes", "Same.")
P.f("advance payment", "agree", "quantity", "1.5 million euros", "1.5 million euros", "Same.")
P.f("price to beekeepers", "agree", "quantity", "160 pesos", "160 pesos", "Same, per kilogram.")
P.f("production vs exports so far", "related", "quantity", "7,200 tonnes", "2,100 tonnes",
    "A: production in 2025; B: exports January-April 2026. Different measure and period.")
P.f("signing day", "agree", "date", "Tuesday", "yesterday", "Both 2026-05-19.")
P.f("first shipment month", "conflict", "date", "July", "August", "2026-07 vs 2026-08.")
P.f("Hurricane Ian", "agree", "date", "2022", "2022", "Same.", a_occ=2)
P.f("Cordero on pesticides", "agree", "quote", "Cuban honey is clean because our farmers could never afford pesticides,",
    "Our farmers never used pesticides, and what was a weakness is today our best selling point,", "Both Cordero; reworded.")
P.f("who said the farmer sees the price on TV", "conflict", "quote",
    "The farmer sees the good price on the television, but not in his pocket,",
    "The farmer sees the good price on television, but not in his pocket,",
    "A: anonymous beekeeper (speaker null); B: Reinaldo Acosta by name.")
P.f("payment in hard currency", "conflict", "statement", "Cordero ruled out paying producers in foreign currency this year",
    "would be able to receive part of their payment in freely convertible currency from September",
    "Ruled out for this year vs announced from September.")
P.f("hurricane clause", "agree", "statement", "a clause that cuts the volume if a hurricane hits",
    "in that case the volume can be reduced", "Same.")
P.f("beekeepers' view of the price", "related", "statement", "Many beekeepers have complained that pesos lose value quickly",
    "welcomed the higher price", "Complaints about pesos vs welcome for the price rise: different claims, both can hold.")
OUT.append(P.out())

# ---------------- pair 6: Liepāja cannery
P = Pair("p6a_latvia_sprat_cannery_balticnewswire.txt", "p6b_latvia_sprat_cannery_kurzemesvestis.txt")
P.f("workforce losing jobs", "conflict", "quantity", "230 jobs", "250 employees", "230 jobs cut vs 250 employees told the plant closes.", a_occ=2)
P.f("2025 loss", "agree", "quantity", "€2.8 million", "2.8 million euros", "Same.")
P.f("tins last year", "agree", "quantity", "about 41 million tins", "41 million tins", "Same.")
P.f("staff offered work in Ventspils", "agree", "quantity", "about 40", "About 40", "Same.")
P.f("average severance", "agree", "quantity", "€3,400", "3 400 euros", "Same; Latvian thin-space thousands in B.")
P.f("retraining money", "agree", "quantity", "€600,000", "600 000 euros", "Same.")
P.f("site area", "agree", "quantity", "3.5 hectares", "3,5-hectare", "Same; decimal comma in B.")
P.f("plant's fish vs national landings", "related", "quantity", "7,500 tonnes", "28 000 tonnes",
    "A: sprats processed by the plant; B: all Latvian sprat landings. Different things.")
P.f("year founded", "conflict", "date", "1952", "1949", "Opened 1952 vs founded 1949.")
P.f("last production day", "agree", "date", "September 25", "25 September", "Both 2026-09-25.")
P.f("chairman on the east and the sea", "agree", "quote",
    "Without a market in the east and without fish in the sea, there is no business.",
    "Without a market in the east and without fish in the sea, there is no business,", "Both Kalniņš.")
P.f("who said there is no other job in fish", "conflict", "quote",
    "For a woman of 55 in Liepāja there is no other job in fish,",
    "For a woman of my age in Liepāja there is no other job in fish,",
    "A: union leader Inga Ozola; B: worker Anita Bērziņa. Nearly the same words.")
P.f("Estonian offer", "conflict", "statement", "it had rejected an offer from an Estonian competitor",
    "the board was still considering it", "Rejected vs still under consideration.")
P.f("state rescue", "agree", "statement", "the state would not bail out the cannery", "there would be no state rescue", "Same.")
P.f("council and the site", "agree", "statement", "Liepāja city council said it was considering buying the site",
    "the council was considering an industrial park there", "Same plan.")
P.f("union on severance", "related", "statement", "Union leader Inga Ozola said severance would average €3,400 per worker",
    "Union leader Inga Ozola called it", "A: the union leader gives the amount; B: she calls it an insult. Different claims.")
OUT.append(P.out())

# ---------------- pair 7: Veridian
P = Pair("p7a_dominicanrepublic_catheter_plant_antillesbusiness.txt", "p7b_dominicanrepublic_catheter_plant_elnacionaldeleste.txt")
P.f("investment", "agree", "quantity", "$145 million", "US$145 million", "Same.")
P.f("new jobs", "conflict", "quantity", "about 1,800 jobs", "2,000 new jobs", "1,800 vs 2,000.", b_occ=2)
P.f("clean-room area", "agree", "quantity", "22,000 square meters", "22,000 m²", "Same.")
P.f("current staff", "agree", "quantity", "2,600 people", "2,600 workers", "Same.")
P.f("device exports", "agree", "quantity", "$2.1 billion", "US$2,100 million", "Same, written two ways.")
P.f("starting wage", "agree", "quantity", "about 24,000 pesos", "about RD$24,000", "Same.")
P.f("share of women", "conflict", "quantity", "About 60%", "55%", "60% vs 55%.")
P.f("tax exemptions", "related", "quantity", "15 years", "ten-year",
    "A: income-tax holiday under the free-zone law; B: a municipal-tax exemption. Different taxes.")
P.f("construction start", "conflict", "date", "October", "November", "2026-10 vs 2026-11.")
P.f("announcement", "agree", "date", "Tuesday", "yesterday", "Both 2026-08-11.")
P.f("free-zone council approval", "agree", "date", "Aug. 5", "5 August", "Both 2026-08-05.")
P.f("who said jobs pay 30% more", "conflict", "quote",
    "Every job in this sector pays about 30% more than the average in the free zones,",
    "A job in this sector pays about 30% more than the average job in the free zones,",
    "A: minister Julissa Peña; B: free-zone association president Leonel Abreu.")
P.f("CEO on the country", "agree", "quote",
    "The Dominican Republic gives us what we need: skilled people, stable energy and four hours' flight to our customers in the U.S.,",
    "The Dominican Republic gives us skilled people, stable energy and a four-hour flight to our customers,", "Both Halvorsen; reworded.")
P.f("extra incentives", "conflict", "statement", "the government had not offered any additional incentives",
    "the government had granted the company a ten-year exemption from municipal taxes as an extra incentive", "None vs one.")
P.f("forced overtime", "agree", "statement", "The company denied the claim.", "Veridian denied it.", "Same denial (claim by an anonymous organizer in A, by Ramón Cuevas in B).")
P.f("cost of tax breaks", "related", "statement", "She rejected criticism from opposition legislators that the zones give away too much in tax breaks",
    "the municipality would lose no revenue", "Minister on national tax breaks vs mayor on municipal revenue: different claims.")
OUT.append(P.out())

# ---------------- pair 8: pineapple fine
P = Pair("p8a_costarica_pineapple_fine_centralamericawire.txt", "p8b_costarica_pineapple_fine_lavozdelcaribe.txt")
P.f("fine", "agree", "quantity", "₡1.2 billion", "₡1,150 million", "A rounds 1,150 million to 1.2 billion.")
P.f("fine in dollars", "agree", "quantity", "about $2.4 million", "around US$2.3 million", "Two rounded conversions of the same fine.")
P.f("people affected", "agree", "quantity", "some 6,000 people", "nearly 6,000 residents", "Same.")
P.f("weeks on tankers", "conflict", "quantity", "11 weeks", "13 weeks", "11 vs 13 weeks.")
P.f("forest strip width", "agree", "quantity", "50-metre", "50-metre", "Same.")
P.f("river bank length", "agree", "quantity", "7 kilometres", "7 km", "Same.")
P.f("slopes out of production", "agree", "quantity", "320 hectares", "320 hectares", "Same.")
P.f("deadline for the slopes", "conflict", "quantity", "90 days", "60 days", "90 vs 60 days.")
P.f("AyA's costs", "agree", "quantity", "₡340 million", "₡340 million", "Same.")
P.f("fine vs water utility's costs", "related", "quantity", "₡1.2 billion", "₡340 million", "Fine vs emergency costs: different money, same currency.")
P.f("water inspectors", "agree", "quantity", "24", "24", "Same target.", a_after="regions, to", b_after="from 12 to")
P.f("day of the ruling", "agree", "date", "Tuesday", "yesterday", "Both 2026-11-17.")
P.f("tribunal president on saving money", "agree", "quote",
    "The company knew about the risk and chose to save money instead of protecting the water of its neighbours,",
    "The company knew the risk and preferred to save money rather than protect its neighbours' water,", "Both Solís; reworded.")
P.f("appeal", "conflict", "statement", "said it would appeal", "The company accepted the ruling and will not appeal",
    "Will appeal (company statement) vs will not (anonymous source).")
P.f("growers' chamber on the fine", "related", "statement", "Canapep said the fine was \"disproportionate\"",
    "warned that sanctions \"must be proportionate\"", "A: calls this fine disproportionate; B: a general warning. Related, not the same claim.")
P.f("where the money goes", "related", "statement", "The tribunal said the money would go to the national environment fund.",
    "She asked that at least part of the money be used for a new well for the village.", "Ruling's destination vs a resident's request.")
OUT.append(P.out())

with open(os.path.join(HERE, "gold", "pairs.gold.json"), "w", encoding="utf-8") as f:
    json.dump(OUT, f, ensure_ascii=False, indent=1)
    f.write("\n")
