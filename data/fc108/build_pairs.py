import json, os
from build_common import Pair, HERE

OUT = []

# ---------------- pair 1: Newfoundland moose fence
P = Pair("p1a_canada_moose_fence_maritimenewswire.txt", "p1b_canada_moose_fence_avalonpacket.txt")
P.f("contract value", "agree", "quantity", "C$38.6 million", "$38.6-million", "Same contract value; B writes CAD without the code.", a_occ=2)
P.f("fence length", "agree", "quantity", "52 kilometres", "roughly 32 miles", "52 km = 32.3 miles; B converts and rounds.")
P.f("moose-vehicle collisions in 2025", "agree", "quantity", "611 moose-vehicle collisions", "more than 600 moose-vehicle collisions", "611 is more than 600.")
P.f("deaths in moose crashes in 2025", "conflict", "quantity", "three people", "four people", "3 vs 4 deaths in the same year (department figures vs police records cited by Hollett).")
P.f("underpasses", "agree", "quantity", "six wildlife underpasses", "six underpasses", "Same.")
P.f("workers to be hired", "agree", "quantity", "about 90 workers", "about 90 people", "Same hiring figure.")
P.f("number of bidders", "agree", "quantity", "four other bidders", "five bidders", "Kestrel plus four others = five bidders: compatible, written differently.")
P.f("federal contribution vs yearly upkeep", "related", "quantity", "C$12 million", "about $450,000 a year",
    "Both CAD: A gives Ottawa's one-off share of the build, B the yearly maintenance cost. Different measures.")
P.f("contract awarded", "agree", "date", "Tuesday", "yesterday", "Both 2026-01-27 (B published 2026-01-28).")
P.f("work starts", "agree", "date", "May", "May 4", "2026-05 and 2026-05-04: same start at two grains.")
P.f("fence finished", "conflict", "date", "November 2027", "October 2028", "2027-11 vs 2028-10.")
P.f("year of the collision figures", "agree", "date", "2025", "last year", "B's 'last year' = 2025.")
P.f("who said 'a moose stepping out of the dark'", "conflict", "quote",
    "Every driver on that stretch knows the feeling of a moose stepping out of the dark,",
    "Every driver on that stretch knows the feeling of a moose stepping out of the dark,",
    "Same words: A gives them to minister Gerald Pike, B to campaigner Linda Hollett.")
P.f("minister: fence will save lives", "agree", "quote",
    "This fence will save lives, and it will save families a phone call nobody wants to get.",
    "This fencing is going to save lives. That's the whole point of it,", "Both Gerald Pike; reworded.")
P.f("second phase toward Gander", "conflict", "statement",
    "The province has not yet approved funding for a second phase",
    "the province has approved a second phase of fencing from Clarenville to Gander",
    "Opposite polarity: not yet approved vs approved (B citing a briefing note).")
P.f("speed limit", "agree", "statement",
    "Pike ruled out lowering the speed limit on the highway",
    "Pike told reporters a lower speed limit was not on the table", "Same refusal, reworded.")
P.f("lighting at moose crossings", "related", "statement",
    "the province was considering solar-powered warning lights at the fence ends",
    "The Town of Clarenville asked the province last fall for roadside lighting",
    "Same topic (lights for moose crossings), different actors and acts: province considering vs town asking.")
OUT.append(P.out())

# ---------------- pair 2: Merida book fair
P = Pair("p2a_mexico_book_fair_prensacontinental.txt", "p2b_mexico_book_fair_lavozpeninsular.txt")
P.f("visitors", "agree", "quantity", "about 412,000 visitors", "more than 410,000 visitors", "About 412,000 is more than 410,000.")
P.f("books sold", "conflict", "quantity", "185,000 books", "158,000 books", "185,000 vs 158,000 (transposed digits).")
P.f("sales", "agree", "quantity", "about 38 million pesos", "MXN 38.2 million", "A rounds 38.2 million pesos.")
P.f("publishers", "agree", "quantity", "320 publishers", "320 publishing houses", "Same.")
P.f("length of the fair", "agree", "quantity", "nine days", "nine days", "Same.")
P.f("Chilean authors", "agree", "quantity", "46 writers", "46 guest authors", "Same.")
P.f("novel prize", "agree", "quantity", "150,000 pesos", "$150,000 pesos", "Same prize; B writes the peso sign and the word.")
P.f("fair budget vs state contribution", "related", "quantity", "24 million pesos", "$6 million pesos",
    "A: the whole budget; B: the state's part of it. Part vs whole.")
P.f("fair closed", "agree", "date", "Sunday", "Sunday 15 March", "Both 2026-03-15.")
P.f("fair opened", "agree", "date", "March 7", "7 March", "Both 2026-03-07, written in two orders.")
P.f("next edition", "conflict", "date", "March 2027", "February 2027", "2027-03 vs 2027-02.")
P.f("director: Merida reads", "agree", "quote",
    "Merida has shown that it reads, and that it reads in Maya, in Spanish and in every language we put on the shelves,",
    "Mérida reads, and it reads in Maya, in Spanish and in whatever language you bring it,", "Both Itzel Canché; reworded.")
P.f("move to the convention centre", "conflict", "statement",
    "Organisers refused to move the fair to the Siglo XXI convention centre",
    "Organisers agreed to move the 2027 fair to the Siglo XXI convention centre",
    "Opposite polarity: refused vs agreed (B citing two board members).")
P.f("publisher excluded from the catalogue", "agree", "statement",
    "The organisers denied that any publisher had been excluded",
    "who rejected claims that anyone had been left out", "Same denial.")
P.f("reading outside the fair", "related", "statement",
    "The Yucatan state government is considering a smaller travelling fair that would visit Valladolid and Tizimin",
    "City councillor Gabriela Chan asked the organisers and the city to open more reading rooms",
    "Same topic (reaching readers beyond the fair), different proposals and actors.")
OUT.append(P.out())

# ---------------- pair 3: Saxony tornado
P = Pair("p3a_germany_tornado_centraleuropeanpress.txt", "p3b_germany_tornado_saechsischerlandbote.txt")
P.f("buildings damaged", "agree", "quantity", "More than 240 buildings", "247 buildings", "247 is more than 240.")
P.f("people injured", "conflict", "quantity", "14 people", "Eleven people", "14 vs 11 injured.")
P.f("uninhabitable homes", "agree", "quantity", "nine houses", "Nine homes", "Same.")
P.f("wind speed", "agree", "quantity", "up to 250 km/h", "up to 250 kilometres an hour", "Same, unit written out in B.")
P.f("track length", "agree", "quantity", "about 7 kilometres", "seven kilometres", "Same; A qualified, B in words.")
P.f("damage estimate", "agree", "quantity", "at least 18 million euros", "18 Mio. €", "Same estimate; A 'at least', B local abbreviation.")
P.f("emergency aid", "related", "quantity", "2.5 million euros", "up to 5.000 euros",
    "A: the state's total aid budget; B: the cap per household. Total vs per-unit.")
P.f("helpers overnight", "agree", "quantity", "About 1,200 firefighters, relief workers and volunteers", "About 1.200 helpers", "Same, B with a dot thousands separator.")
P.f("tornado struck", "agree", "date", "Tuesday", "Tuesday", "Both 2026-05-12.", b_after="The storm came on")
P.f("school reopens", "conflict", "date", "Monday", "20 May", "2026-05-18 vs 2026-05-20.")
P.f("previous Grossenhain tornado", "agree", "date", "2010", "May 2010", "Same year at two grains.")
P.f("who said 'like a freight train'", "conflict", "quote",
    "It sounded like a freight train going through the living room, and then the roof was simply gone,",
    "It sounded like a freight train going through the living room, and then the roof was simply gone,",
    "Same words: A gives them to mayor Katrin Wendler, B to fire brigade chief Ronny Seifert.")
P.f("district administrator: nobody left alone", "agree", "quote",
    "We will not leave anyone alone with this, not the families and not the village,",
    "Nobody here will be left alone with this.", "Both Jens Koerber / Körber (same person, spelt two ways); reworded.")
P.f("disaster declaration", "conflict", "statement",
    "The district has not declared a disaster",
    "Landrat Jens Körber declared a disaster for the affected parts of Großenhain",
    "Opposite polarity: not declared (A, Wednesday) vs declared on Wednesday afternoon (B).")
P.f("tornado confirmed by the weather service", "agree", "statement",
    "It confirmed the storm as a tornado on Wednesday morning",
    "The German Weather Service has since confirmed a tornado", "Same confirmation.")
P.f("rebuilding the church spire", "related", "statement",
    "Wendler said she had asked the state for help to repair it quickly",
    "The Protestant parish is considering a fundraising appeal to rebuild the church spire",
    "Same spire, different actors and means: mayor asks the state vs parish considers an appeal.")
OUT.append(P.out())

# ---------------- pair 4: Pescia cathedral roof
P = Pair("p4a_italy_cathedral_roof_adriaticnews.txt", "p4b_italy_cathedral_roof_gazzettavaldinievole.txt")
P.f("project cost", "agree", "quantity", "3.2 million euro", "3,2 million euros", "Same; B with decimal comma.", a_occ=2)
P.f("ministry vs foundation funding", "related", "quantity", "1.9 million euros", "800.000 euros",
    "Two different parts of the funding (culture ministry vs local foundation); neither contradicts the other.")
P.f("roof area", "agree", "quantity", "about 1,400 square metres", "1.400 square metres", "Same.")
P.f("tiles", "agree", "quantity", "about 60,000 tiles", "roughly 62.000 tiles", "Both approximate; compatible.")
P.f("beams to be replaced", "conflict", "quantity", "Fourteen chestnut beams", "18 chestnut beams", "14 vs 18.")
P.f("length of the work", "agree", "quantity", "18 months", "a year and a half", "18 months = a year and a half.")
P.f("scaffold height", "agree", "quantity", "32 metres", "32-metre", "Same.")
P.f("work began", "agree", "date", "Monday", "Monday 8 June", "Both 2026-06-08.")
P.f("leaks began", "agree", "date", "November 2024", "November 2024", "Same.")
P.f("work finished", "conflict", "date", "December 2027", "March 2028", "2027-12 vs 2028-03.")
P.f("architect: another three hundred years", "agree", "quote",
    "We are not building a new roof, we are giving the old one another three hundred years,",
    "This is not a new roof. We are giving the old one another three centuries, and every tile that can go back will go back.",
    "Both Lorenzo Baldacci; reworded.")
P.f("Mass in the nave during the work", "conflict", "statement",
    "The diocese ruled out holding Masses in the nave while the work goes on",
    "The diocese is considering keeping the rear part of the nave open for Sunday Mass",
    "Modality: ruled out vs is considering.")
P.f("accusation of neglect", "agree", "statement",
    "Nerucci denied that the cathedral had been neglected",
    "rejected accusations that the diocese had let the building decay", "Same denial by the bishop.")
P.f("the scaffold and tourists", "related", "statement",
    "The town council has asked the diocese to cover the scaffolding with a printed image of the cathedral facade",
    "The diocese plans to offer guided visits to the roof site",
    "Same topic (the building site in the tourist season), different actors and plans.")
OUT.append(P.out())

# ---------------- pair 5: Ladakh snow leopard survey
P = Pair("p5a_india_snow_leopard_survey_bharatnews.txt", "p5b_india_snow_leopard_survey_lehmirror.txt")
P.f("snow leopard estimate", "agree", "quantity", "512 snow leopards", "about 510 snow leopards", "B rounds 512.", a_occ=2)
P.f("camera traps", "agree", "quantity", "1,340 camera traps", "1,340 cameras", "Same.")
P.f("survey area vs Hemis park", "related", "quantity", "some 59,000 sq km", "4,400 sq km",
    "A: the whole surveyed area; B: the area of Hemis National Park only. Whole vs part.")
P.f("images examined", "agree", "quantity", "more than 90,000 images", "more than 90,000 photographs", "Same.")
P.f("survey cost", "agree", "quantity", "₹4.6 crore", "Rs 46 million", "4.6 crore = 46 million rupees: Indian vs international scale.")
P.f("survey length", "agree", "quantity", "two years", "two-year", "Same.")
P.f("villages involved", "agree", "quantity", "193 villages", "193 villages", "Same.")
P.f("compensation paid to herders last year", "conflict", "quantity", "₹1.2 crore", "Rs 2.1 crore", "1.2 vs 2.1 crore rupees for the same year.")
P.f("results released", "conflict", "date", "Tuesday", "Monday", "2026-07-14 vs 2026-07-13.")
P.f("survey began", "agree", "date", "June 2024", "2024", "Same start at two grains.")
P.f("insurance scheme starts", "agree", "date", "October 1", "1 October", "Both 2026-10-01.")
P.f("year of the compensation figure", "agree", "date", "last year", "Last year", "Both 2025.")
P.f("warden: room for the snow leopard", "agree", "quote",
    "The snow leopard is doing well in Ladakh because the people of Ladakh have made room for it,",
    "If the snow leopard is doing well, it is because Ladakhis have left space for it. The number belongs to the herders as much as to the department,",
    "Both Tsewang Namgyal; reworded.")
P.f("collaring snow leopards", "conflict", "statement",
    "The department ruled out fitting GPS collars on the cats",
    "The department is considering fitting satellite collars on up to six snow leopards",
    "Modality: ruled out vs is considering (B from an anonymous official).")
P.f("winter tourism and the cats", "agree", "statement",
    "Namgyal denied that winter tourism in the Hemis area was disturbing the animals",
    "Namgyal dismissed claims that winter tourism was harming the cats around Hemis", "Same denial, reworded.")
P.f("villagers and wildlife tourism", "related", "statement",
    "Snow leopard tours, in which visitors spend days watching slopes through telescopes, have become an important source of income for homestays",
    "asked the department to train more young people from villages as wildlife guides",
    "Same topic (village income from wildlife tourism), different statements: a fact vs a request by the Hill Council.")
OUT.append(P.out())

# ---------------- pair 6: Sumatran rhino calf
P = Pair("p6a_indonesia_rhino_calf_nusantaranews.txt", "p6b_indonesia_rhino_calf_wartalampung.txt")
P.f("calf's birth weight", "conflict", "quantity", "23 kilograms", "27 kilogram", "23 vs 27 kg.")
P.f("length of pregnancy", "agree", "quantity", "about 16 months", "476 days", "476 days is about 15.6 months: compatible with 'about 16 months'.")
P.f("wild population", "agree", "quantity", "Fewer than 50 Sumatran rhinos", "around 40 Sumatran rhinos", "Around 40 is fewer than 50.")
P.f("rhinos at the sanctuary", "agree", "quantity", "10", "ten rhinos", "Same; A's bare '10' follows 'the number of rhinos at the sanctuary'.", a_after="at the sanctuary to")
P.f("enclosure area", "agree", "quantity", "about 250 hectares", "2,5 square kilometres", "250 ha = 2.5 km².")
P.f("yearly budget vs paddock grant", "related", "quantity", "about 12 billion rupiah a year", "Rp1,5 miliar",
    "A: the sanctuary's yearly running budget; B: a one-off provincial grant for a new paddock. Different measures in IDR.")
P.f("calf born", "agree", "date", "Tuesday, August 18", "Tuesday 18 August", "Both 2026-08-18.")
P.f("pregnancy confirmed", "agree", "date", "May 2025", "May last year", "Both 2025-05.")
P.f("calf to be named", "conflict", "date", "September 1", "1 October", "2026-09-01 vs 2026-10-01.")
P.f("who said 'a year of hope'", "conflict", "quote",
    "Every calf is a year of hope for the species,", "Every calf is a year of hope for the species,",
    "Same words: A gives them to sanctuary head Bambang Siregar, B to ministry director Retno Handayani.")
P.f("cell samples for a foreign laboratory", "conflict", "statement",
    "Indonesia has agreed to send frozen cell samples from its captive rhinos to a laboratory in Germany",
    "The ministry refused to send rhino cells to a foreign laboratory",
    "Opposite polarity: agreed vs refused.")
P.f("visitors and the calf", "agree", "statement",
    "Visitors will not be allowed to see the calf for the time being",
    "For now, visitors will not see the calf.", "Same.")
P.f("protecting the park", "related", "statement",
    "Park rangers will also step up patrols in the surrounding forest",
    "The head of Way Kambas National Park asked for drones to help rangers watch the park's long border",
    "Same topic (guarding the park against snares), different measures: more patrols vs a request for drones.")
OUT.append(P.out())

# ---------------- pair 7: Bahia lottery jackpot
P = Pair("p7a_brazil_lottery_jackpot_brazilpressservice.txt", "p7b_brazil_lottery_jackpot_tribunadosudoeste.txt")
P.f("jackpot", "agree", "quantity", "86.4 million reais", "R$ 86,4 milhões", "Same; B in Brazilian style.", a_occ=2)
P.f("jackpot in dollars", "agree", "quantity", "about $15.7 million", "about US$ 15,7 milhões", "Same conversion.")
P.f("cost of the bet", "agree", "quantity", "5 reais", "R$ 5,00", "Same.")
P.f("numbers on the bet", "agree", "quantity", "six-number", "six numbers", "Same.")
P.f("draws without a winner", "conflict", "quantity", "14 draws", "11 draws", "14 vs 11.")
P.f("days to claim", "agree", "quantity", "90 days", "90 days", "Same.")
P.f("five-number winners", "agree", "quantity", "142 bets", "142 winners", "Same.")
P.f("five-number prize each vs total", "related", "quantity", "about 52,000 reais", "R$ 7,4 milhões",
    "A: prize per winning bet; B: total paid to the tier (142 x 52,000 = 7.4m). Per-unit vs total.")
P.f("city population", "agree", "quantity", "about 370,000 people", "370 mil habitantes", "Same; B writes 'mil'.")
P.f("next jackpot", "agree", "quantity", "3 million reais", "R$ 3 milhões", "Same.")
P.f("draw day", "agree", "date", "Saturday", "Saturday (3)", "Both 2026-10-03.")
P.f("last jackpot won from Bahia", "conflict", "date", "2019", "2021",
    "A: last Bahia jackpot in 2019; B: a Conquista bet shared the jackpot in 2021.")
P.f("next draw", "agree", "date", "Wednesday", "Wednesday (7)", "Both 2026-10-07.")
P.f("shop owner: hope the winner is local", "agree", "quote",
    "I sell hundreds of tickets a day, to everyone: teachers, truck drivers, old ladies. Whoever it is, I hope they are from here,",
    "Hundreds of people buy here every day, teachers, truckers, grandmothers. I just hope the winner is one of ours,",
    "Both Marlene Santos; reworded.")
P.f("prize claimed", "conflict", "statement",
    "Caixa confirmed on Monday that the winner had come forward and claimed the prize",
    "According to Caixa, the prize has not yet been claimed.",
    "Opposite polarity: claimed vs not yet claimed, both attributed to Caixa on Monday.")
P.f("winner's identity", "agree", "statement",
    "The bank declined to say whether the winner was a man or a woman",
    "Caixa refused to give any detail about the winner, not even the gender", "Same refusal.")
P.f("investing the prize locally", "related", "statement",
    "Mayor Otavio Brito asked the winner, whoever it was, to consider investing part of the money in the city",
    "The Conquista Business Association is considering a campaign to convince the new millionaire to invest in the city",
    "Same topic, different actors and acts: the mayor asks vs the business association considers a campaign.")
OUT.append(P.out())

# ---------------- pair 8: Queensland dinosaur
P = Pair("p8a_australia_dinosaur_fossil_pacificrimwire.txt", "p8b_australia_dinosaur_fossil_channelcountrycourier.txt")
P.f("length of the animal", "agree", "quantity", "about 17 metres", "about 56 feet", "17 m = 55.8 ft.")
P.f("weight of the animal", "conflict", "quantity", "up to 25 tonnes", "as much as 30 tonnes", "Upper estimate 25 vs 30 tonnes.")
P.f("age of the fossils", "agree", "quantity", "about 95 million years", "some 95 million years", "Same.")
P.f("bones recovered", "agree", "quantity", "more than 40 bones", "43 bones", "43 is more than 40.")
P.f("femur length", "agree", "quantity", "1.6 metres", "1.6 metres", "Same.")
P.f("lab grant vs running cost", "related", "quantity", "$1.2 million", "about $380,000 a year",
    "A: the state's one-off grant toward the lab; B: the lab's yearly running cost. Both AUD, different measures.")
P.f("bones found", "agree", "date", "2022", "March 2022", "Same year at two grains.")
P.f("paper published", "agree", "date", "Tuesday", "Tuesday", "Both 2026-11-10.")
P.f("bones on display", "conflict", "date", "April 2027", "June 2027", "2027-04 vs 2027-06.")
P.f("who said 'the heaviest thing walking on the continent'", "conflict", "quote",
    "This animal was the heaviest thing walking on the continent at the time,",
    "This animal was the heaviest thing walking on the continent,",
    "Same words (A adds 'at the time'): A gives them to lead author Priya Marsh, B to trust chairman Kevin Doyle.")
P.f("ownership of the bones", "conflict", "statement",
    "whose family agreed to donate the bones to the trust",
    "the Holland family has not agreed to hand them over",
    "Opposite polarity: agreed vs has not agreed.")
P.f("secret dig site", "agree", "statement",
    "The trust will not reveal the exact location of the dig site",
    "which is being kept secret to protect it from fossil hunters", "Same.")
P.f("fossil tourism", "related", "statement",
    "Winton Shire Council has asked the state government for money to build a signed",
    "The trust is considering opening the dig site to paying visitors",
    "Same topic (tourism from the fossils), different actors and plans.")
OUT.append(P.out())

with open(os.path.join(HERE, "gold", "pairs.gold.json"), "w", encoding="utf-8") as f:
    json.dump(OUT, f, ensure_ascii=False, indent=1)
    f.write("\n")
print(len(OUT), "pairs,", sum(len(p["facts"]) for p in OUT), "facts")
