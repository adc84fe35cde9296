import json, os
from build_common import Pair, HERE

OUT = []

# ---------------- pair 1: Hokkaido reactor restart
P = Pair("p1a_hokkaido_reactor_restart_pacificrimwire.txt", "p1b_hokkaido_reactor_restart_otarucoastaltimes.txt")
P.f("reactor rating", "agree", "quantity", "579-megawatt", "579,000 kilowatts", "Same rating in two units (579 MW = 579,000 kW).")
P.f("cost of safety upgrades", "agree", "quantity", "about ¥480 billion", "roughly 480 billion yen", "Same figure, symbol vs word.")
P.f("people in the 30-km zone", "agree", "quantity", "roughly 76,000 people", "roughly 76,000 residents", "Same.")
P.f("reactors at the site", "agree", "quantity", "three reactors", "three units", "Same three reactors.")
P.f("protesters at the gate", "conflict", "quantity", "About 300 protesters", "Around 120 protesters", "About 300 vs around 120 on the same Tuesday.")
P.f("seawall", "related", "quantity", "16.5-metre", "1.2 kilometres", "A gives the seawall's height, B its length.")
P.f("fuel savings", "related", "quantity", "about ¥90 billion a year", "about ¥7.5 billion a month", "Yearly vs monthly figure (compatible: 7.5 x 12 = 90).")
P.f("restart began", "agree", "date", "Tuesday", "yesterday morning", "Both 2026-01-20 (B published a day later).")
P.f("full output", "conflict", "date", "February 10", "February 17", "2026-02-10 vs 2026-02-17.")
P.f("offline since", "agree", "date", "May 2012", "2012", "Same date at two grains.")
P.f("winter evacuation drill", "agree", "date", "February", "February 8", "Month vs day, compatible.", a_after="evacuation drill in")
P.f("'waited fourteen years' quote", "conflict", "quote",
    "We have waited fourteen years for this day, and we will not waste it,",
    "We have waited fourteen years for this day, and we will not waste it,",
    "Same words: A gives them to president Kenji Aramaki, B to plant manager Hiroshi Tateno.")
P.f("governor on safety", "agree", "quote", "Safety must come before any talk of profit,", "Safety comes before profit, always,",
    "Same speaker (Sakuraba), reworded; A from a statement, B in the assembly.")
P.f("electricity rates", "conflict", "statement",
    "Aramaki said Ezo Electric would lower household electricity rates by 3.4% from April",
    "president Kenji Aramaki ruled out any cut in electricity rates this year",
    "Opposite polarity: rate cut from April vs cut ruled out this year.")
P.f("other reactors", "related", "statement", "It intends to restart the No. 3 unit in 2027",
    "it will apply to decommission the No. 1 reactor", "Plans for two different reactors; compatible.")
P.f("regulator's approval", "agree", "statement",
    "The regulator approved the plant's revised safety design in July 2025",
    "The Nuclear Regulation Authority signed off on the plant's safety design in the summer of 2025",
    "Same approval; July vs summer 2025.")
OUT.append(P.out())

# ---------------- pair 2: Yukon presumed-consent law
P = Pair("p2a_yukon_organ_donation_maplewire.txt", "p2b_yukon_organ_donation_whitehorseraven.txt")
P.f("members voting for the bill", "conflict", "quantity", "18", "Seventeen MLAs", "18 of 21 vs seventeen MLAs in favour.", a_after="with the support of")
P.f("awareness campaign length", "agree", "quantity", "six-month", "six months", "Same.")
P.f("people waiting for transplants", "agree", "quantity", "About 40 Yukoners", "41 Yukoners", "About 40 vs 41: rounded.")
P.f("share of adults registered", "agree", "quantity", "fewer than 20%", "about 18 per cent", "18% is fewer than 20%.")
P.f("cost of the scheme", "related", "quantity", "$1.2 million", "about $400,000 a year", "Three-year total vs yearly cost (compatible).")
P.f("last year's donors / recipients", "related", "quantity", "four deceased donors", "11 Yukoners", "Deceased donors vs Yukoners who received transplants: different measures.")
P.f("day of the vote", "conflict", "date", "Tuesday", "Monday night", "2026-03-03 vs 2026-03-02.")
P.f("law takes effect", "agree", "date", "January 1, 2027", "January 2027", "Same date at two grains.")
P.f("campaign starts", "agree", "date", "April", "April 1", "Month vs day, compatible.")
P.f("'last year' figures", "agree", "date", "Last year", "Last year", "Both 2025.")
P.f("minister on families", "agree", "quote", "No family should have to make this decision in a hospital corridor,",
    "Families shouldn't have to decide this in a hospital hallway, but they will always have the last word,",
    "Same speaker (Barrow), reworded.")
P.f("family veto", "conflict", "statement",
    "The government has not yet decided whether families will be able to override a deceased relative's presumed consent",
    "Barrow told reporters after the vote that families would keep the right to veto a donation",
    "Not yet decided vs decided (families keep a veto).")
P.f("hospital logistics", "related", "statement",
    "organs recovered at Whitehorse General Hospital will continue to be flown to British Columbia for surgery",
    "Whitehorse General Hospital will hire two donation co-ordinators",
    "Different arrangements at the same hospital.")
P.f("bill rushed", "agree", "statement", "Opposition members argued that the bill had been rushed through the house",
    "Critics said the bill had been rushed.", "Same criticism.")
P.f("how to opt out", "agree", "statement", "residents who do not want to donate can register their refusal online, by mail or at any community health centre",
    "Residents will be able to opt out online or at any health centre", "Same (B omits mail in this sentence).")
OUT.append(P.out())

# ---------------- pair 3: Okinawa bomb disposal
P = Pair("p3a_okinawa_bomb_disposal_easterndispatch.txt", "p3b_okinawa_bomb_disposal_ryukyudailycourier.txt")
P.f("bomb size", "agree", "quantity", "250-kilogram", "500-pound", "Same bomb class in two units (a 500-lb bomb is ~227 kg, conventionally called 250 kg in Japan).")
P.f("evacuation radius", "agree", "quantity", "300 metres", "300 m", "Same.")
P.f("people evacuated", "conflict", "quantity", "about 1,600 residents", "About 2,100 people", "About 1,600 vs about 2,100.")
P.f("schools closed", "agree", "quantity", "three elementary schools", "three elementary schools", "Same.")
P.f("length of closures", "related", "quantity", "40 minutes", "nearly three hours", "A: airport flights suspended; B: Route 331 closed. Different closures.")
P.f("ordnance still buried", "agree", "quantity", "about 1,800 tonnes", "roughly 1,800 tons", "Same estimate (tonnes / tons).")
P.f("yearly disposal pace", "related", "quantity", "about 20 tonnes a year", "roughly 400 ordnance cases a year", "Tonnes vs cases: different measures.")
P.f("bomb found", "agree", "date", "April 9", "last Thursday", "Both 2026-04-09.")
P.f("bomb defused", "agree", "date", "Tuesday", "yesterday", "Both 2026-04-14.")
P.f("Battle of Okinawa", "agree", "date", "1945", "1945", "Same.")
P.f("'treat every one' quote", "conflict", "quote",
    "We treat every one of them as if it could go off today,", "We treat every one of them as if it could go off today,",
    "Same words: A gives them to GSDF Major Daisuke Nakazato, B to the city's ordnance official Emi Chinen.")
P.f("mayor: war under our feet", "agree", "quote", "The war is still under our feet,", "Eighty-one years on, the war is still under our feet,",
    "Same speaker (Shimabukuro); B quotes a longer version.")
P.f("compensation for shops", "conflict", "statement",
    "Naha city said it would not compensate businesses for lost trade",
    "The city has agreed to pay a one-off sum of ¥50,000 to each shop and restaurant that had to close",
    "Opposite polarity: would not compensate vs agreed to pay.")
P.f("injuries", "agree", "statement", "No one was injured.", "There were no injuries.", "Same.")
P.f("reporting finds", "related", "statement", "Construction companies are required to report any suspicious object.",
    "The company called police within minutes.", "General rule vs what the developer did.")
P.f("building work resumes", "agree", "statement", "work on the site would resume next week after a second survey of the ground",
    "will restart after another survey, the developer said", "Same (A adds 'next week').")
OUT.append(P.out())

# ---------------- pair 4: Haikou hydrogen bus trial
P = Pair("p4a_hainan_hydrogen_buses_orientnewswire.txt", "p4b_hainan_hydrogen_buses_qiongzhoueveningpost.txt")
P.f("buses in the trial", "agree", "quantity", "Twenty buses", "20 buses", "Same (word vs figure).")
P.f("trial length", "agree", "quantity", "six-month", "six-month", "Same.")
P.f("range per tank", "conflict", "quantity", "400 kilometres", "350 km", "400 vs 350 km.")
P.f("cost of the buses", "related", "quantity", "about 1.8 million yuan", "¥36 million", "Per bus vs fleet total (compatible: 20 x 1.8m = 36m).")
P.f("fare", "agree", "quantity", "2 yuan", "¥2", "Same.")
P.f("refuelling time", "agree", "quantity", "about 10 minutes", "eight to 12 minutes", "10 lies in 8-12.")
P.f("fuel use vs emissions saved", "related", "quantity", "about 8 kilograms", "roughly 60 tonnes", "Hydrogen per 100 km vs CO2 saved a year: different measures.")
P.f("trial began", "agree", "date", "Tuesday", "yesterday", "Both 2026-06-09.")
P.f("trial ends", "agree", "date", "December", "December 8", "Month vs day, compatible.")
P.f("refuelling station opened", "conflict", "date", "May 28", "June 1", "2026-05-28 vs 2026-06-01.")
P.f("2030 targets", "related", "date", "2030", "2030", "A: end of petrol/diesel car sales in Hainan; B: Haikou bus fleet converted. Different targets.")
P.f("'cleanest island' quote", "conflict", "quote",
    "Hainan wants to be the cleanest island in China, and buses are where people see it,",
    "Hainan wants to be the cleanest island in China, and buses are where people see it,",
    "Same words: A gives them to vice-mayor Lin Wenhua, B to bus group chairman Zhou Peng.")
P.f("engineer on heat", "agree", "quote", "Heat is the enemy of a fuel cell, so this is the hardest exam we could set,",
    "Heat is a fuel cell's worst enemy. This trial is the toughest test we could give it,", "Same speaker (Zhao Min), reworded.")
P.f("more hydrogen buses", "conflict", "statement",
    "The city has not yet approved money to buy more hydrogen buses after the trial ends in December.",
    "the city has already approved the purchase of 200 more", "Has not yet approved vs has approved.")
P.f("wider plans", "related", "statement",
    "The southern city of Sanya, the island's tourism hub, will start a trial of its own next year",
    "Haikou plans to convert all of its roughly 3,000 buses to electric or hydrogen power by 2030", "Different plans (Sanya trial vs Haikou fleet).")
P.f("free first week", "agree", "statement", "rides are free during the first week", "the free rides during the first week", "Same.")
OUT.append(P.out())

# ---------------- pair 5: Galápagos rice rat
P = Pair("p5a_galapagos_rice_rat_continentalnews.txt", "p5b_galapagos_rice_rat_elinsular.txt")
P.f("animals captured", "conflict", "quantity", "seven of the small brown rats", "five animals", "Seven vs five caught and released.")
P.f("camera traps", "agree", "quantity", "60 camera traps", "sixty cameras", "Same (figure vs word).")
P.f("survey area", "agree", "quantity", "about 40 hectares", "40 ha", "Same.")
P.f("funding", "related", "quantity", "$250,000", "USD 1,2 millones", "This year's grant vs five-year project budget.")
P.f("size of the rats", "related", "quantity", "about 60 grams", "about 12 cm", "Weight vs body length.")
P.f("last recorded", "agree", "date", "1930", "1930", "Same.")
P.f("first camera image", "agree", "date", "March 14", "14 March", "Same day written two ways.")
P.f("announcement", "agree", "date", "Wednesday", "yesterday", "Both 2026-07-22.")
P.f("genetic tests finished", "conflict", "date", "May", "June", "2026-05 vs 2026-06.")
P.f("2027 plans", "related", "date", "next year", "2027", "A: postponed bait drop planned for 2027; B: search for the giant rat in 2027.")
P.f("'looking for ghosts' quote", "conflict", "quote",
    "We were looking for ghosts, and one of them looked back at us,", "We were looking for ghosts, and one of them looked back at us,",
    "Same words: A gives them to team leader Lucía Andrade, B to field technician Diego Paredes.")
P.f("closing the site", "conflict", "statement", "the park had ruled out closing the area to visitors",
    "the Galápagos National Park Directorate is considering closing the area to tourists", "Ruled out vs considering.")
P.f("protection measures", "related", "statement",
    "A programme to drop poison bait against invasive rats on parts of Santa Cruz, planned for next year, will be postponed",
    "cats would be trapped in a 5-km zone around the site", "Different measures.")
P.f("location withheld", "agree", "statement", "Andrade declined to reveal the exact location",
    "Like the scientists, the park declined to reveal where the animals were found.", "Same refusal.")
P.f("farmers' reports", "agree", "statement", "farmers reported seeing rats", "Farmers in Bellavista and Santa Rosa had talked for years", "Same local reports.")
OUT.append(P.out())

# ---------------- pair 6: Resolute research station
P = Pair("p6a_nunavut_research_station_transarcticnews.txt", "p6b_nunavut_research_station_nunavutnorthernlight.txt")
P.f("station cost", "agree", "quantity", "C$180 million", "$180-million", "Same (C$ vs $ in a Canadian paper).")
P.f("summer capacity", "conflict", "quantity", "up to 40 scientists", "up to 48 researchers", "Up to 40 vs up to 48.")
P.f("winter crew", "agree", "quantity", "12 people", "12 staff", "Same.")
P.f("Norway's contribution", "related", "quantity", "40%", "about 530 million kroner", "Share of building cost vs amount in NOK (compatible: 40% of C$180m ~ NOK 530m).")
P.f("construction jobs", "agree", "quantity", "about 60 people", "60 workers", "Same.")
P.f("Resolute population", "agree", "quantity", "about 200 residents", "roughly 200 people", "Same.")
P.f("signing", "agree", "date", "Monday", "August 17", "Both 2026-08-17.")
P.f("construction starts", "agree", "date", "2027", "June 2027", "Year vs month, compatible.")
P.f("station opens", "conflict", "date", "2029", "2028", "2029 vs 2028.")
P.f("'built by Inuit' quote", "conflict", "quote",
    "This station will be built by Inuit, staffed by Inuit, and it will stay here,",
    "This station will be built by Inuit, staffed by Inuit, and it will stay here,",
    "Same words: A gives them to Mayor Elisapie Kalluk, B to Qikiqtani Builders CEO Jonah Amarualik.")
P.f("Norwegian minister", "agree", "quote", "We bring ice-going experience and we bring money,",
    "Norway brings both money and experience on the ice,", "Same speaker (Solheim), reworded.")
P.f("military use", "conflict", "statement",
    "Ottawa had refused to let the station be used to store military equipment",
    "Canada agreed to let the armed forces store equipment at the station", "Refused vs agreed.")
P.f("Inuit staff", "agree", "statement", "a clause requiring that Inuit make up at least half of the station's permanent staff",
    "half of the station's permanent positions must go to Inuit", "Same clause (at least half / half).")
P.f("other facilities", "related", "statement", "The new facility will have laboratories, a small clinic and a hangar for drones.",
    "the station will house a community freezer and a meeting room that residents can use", "Different parts of the building.")
OUT.append(P.out())

# ---------------- pair 7: Sabah forest carbon deal
P = Pair("p7a_sabah_forest_carbon_seanewswire.txt", "p7b_sabah_forest_carbon_borneoherald.txt")
P.f("term of the agreement", "conflict", "quantity", "30-year", "25-year", "30 vs 25 years.")
P.f("forest area", "agree", "quantity", "400,000 hectares", "400,000ha", "Same.")
P.f("Sabah's share", "agree", "quantity", "70%", "70 per cent", "Same.")
P.f("upfront payment", "agree", "quantity", "RM50 million", "RM50mil", "Same (Malaysian 'mil').")
P.f("credits a year", "agree", "quantity", "about 2.5 million tonnes", "about 2.5 million tonnes", "Same.")
P.f("revenue", "related", "quantity", "about $1 billion", "around RM140mil a year", "Lifetime total in USD vs yearly in MYR.")
P.f("communities' share", "related", "quantity", "10%", "about RM14mil annually", "Share vs yearly amount (compatible: 10% of RM140mil).")
P.f("signing", "agree", "date", "Monday", "Monday", "Both 2026-10-05.")
P.f("first credits", "agree", "date", "2028", "2028", "Same.")
P.f("earlier carbon deal", "related", "date", "2022", "2021", "A: year the earlier deal collapsed; B: year it was signed.")
P.f("'log truck' quote", "conflict", "quote",
    "Our forests will finally earn more standing than they ever did on a log truck,",
    "Our forests will finally earn more standing than they ever did on a log truck,",
    "Same words: A gives them to Chief Minister Joseph Lumanding, B to forestry director Mariam Jaafar.")
P.f("network on consultation", "agree", "quote", "Nobody asked the people who actually live in these forests,",
    "Nobody asked the people who live in these forests,", "Same speaker (Tingkas), one word differs.")
P.f("cabinet approval", "conflict", "statement", "the state cabinet had approved the agreement last week",
    "has not yet been approved by the state cabinet", "Has approved vs has not yet approved.")
P.f("no logging", "agree", "statement", "Logging is banned in the covered reserves", "No timber will be cut in the covered reserves", "Same.")
P.f("use of the money", "related", "statement", "the company will pay for about 150 additional forest rangers to patrol them",
    "the state will set up a carbon trust fund to manage the money", "Different measures.")
P.f("satellite data", "agree", "statement", "Teo said the Sabah project would use satellite monitoring and publish its data.",
    "the company would publish satellite data on the forests every quarter", "Same pledge (B adds 'every quarter').")
OUT.append(P.out())

# ---------------- pair 8: Patagonian lake access ruling
P = Pair("p8a_patagonia_lake_access_southernconewire.txt", "p8b_patagonia_lake_access_diarioandino.txt")
P.f("track length", "agree", "quantity", "18-kilometre", "18 km", "Same.")
P.f("deadline", "agree", "quantity", "30 days", "30 calendar days", "Same.")
P.f("daily fine", "agree", "quantity", "500,000 pesos", "$ 500.000 a day", "Same amount; Argentine '$' and dot thousands in B.")
P.f("estate size", "agree", "quantity", "about 12,000 hectares", "11.800 hectáreas", "About 12,000 vs 11,800: rounded.")
P.f("plaintiffs", "conflict", "quantity", "14 residents", "12 neighbours", "14 vs 12 people who went to court.")
P.f("visitors", "related", "quantity", "about 3,000 people a year", "fewer than 200 people", "Before the gate vs last summer: two moments.")
P.f("fine per day vs per month", "related", "quantity", "500,000 pesos", "about $ 15 millones a month", "Daily fine vs monthly total (compatible).")
P.f("ruling", "agree", "date", "Monday", "Monday", "Both 2026-11-16.")
P.f("suit filed", "agree", "date", "2019", "March 2019", "Year vs month, compatible.")
P.f("gate installed", "agree", "date", "2017", "2017", "Same.")
P.f("hike to the lake", "conflict", "date", "December 5", "December 12", "2026-12-05 vs 2026-12-12.")
P.f("judge on lakes", "agree", "quote", "A lake cannot be the private garden of whoever owns the land around it,",
    "A lake cannot be the private garden of whoever owns the surrounding land,", "Same speaker (Judge Montenegro), reworded.")
P.f("plaintiff on the wait", "agree", "quote", "We waited seven years for a piece of paper that says what we always knew,",
    "We waited seven years for a piece of paper that says what we always knew,", "Same words, same speaker (Quiroga).")
P.f("estate's response", "conflict", "statement", "Los Radales agreed to remove the gate and would respect the ruling",
    "refused to remove the gate and will appeal the ruling", "Agreed to remove vs refused and will appeal.")
P.f("after reopening", "related", "statement",
    "Provincial officials said they would mark the path with signs and set rules on camping and fires",
    "The municipality of El Bolsón plans to build a small campsite with toilets near the start of the track", "Different plans (province vs municipality).")
P.f("farm-road argument", "agree", "statement", "The court rejected that argument",
    "The court also rejected the estate's claim that the track was a private farm road", "Same finding.")
OUT.append(P.out())

with open(os.path.join(HERE, "gold", "pairs.gold.json"), "w", encoding="utf-8") as f:
    json.dump(OUT, f, ensure_ascii=False, indent=1)
    f.write("\n")
