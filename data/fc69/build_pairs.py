import json, os
from build_common import Pair, HERE

OUT = []

# ---------------- pair 1: Namangan earthquake
P = Pair("p1a_uzbekistan_earthquake_centralasianewswire.txt", "p1b_uzbekistan_earthquake_ferganavalleyherald.txt")
P.f("magnitude of the quake", "conflict", "quantity", "magnitude 5.8", "magnitude 5,6", "5.8 (Institute of Seismology) vs 5,6 (national monitoring centre): different values for the same main shock.")
P.f("houses damaged", "agree", "quantity", "about 1,400 houses", "1 412 houses", "Rounded vs exact (B's list a day later).")
P.f("houses destroyed", "agree", "quantity", "almost 190 houses", "186 houses", "'almost 190' is compatible with 186.")
P.f("injured", "agree", "quantity", "37 injured", "Thirty-seven people", "Same number, digits vs words.")
P.f("aftershocks", "agree", "quantity", "More than 40 aftershocks", "43 aftershocks", "43 is more than 40 (A by midday, B by 20:00).")
P.f("depth", "agree", "quantity", "10 kilometres", "about ten kilometres", "Same depth; B qualified and spelled out.")
P.f("compensation per family vs reconstruction fund", "related", "quantity", "50 million so'm", "12 billion so'm", "A: payment per destroyed house; B: total fund. Per-unit vs total, same currency.")
P.f("people sheltered vs families in tents", "related", "quantity", "about 3,000 people", "Some 850 families", "People (A, first night) vs families (B); different units.")
P.f("buildings to inspect", "related", "quantity", "1,100 multi-storey buildings", "48 schools", "A: multi-storey buildings to be checked; B: schools being checked. Different sets.")
P.f("day of the quake", "agree", "date", "Tuesday", "17 February", "Both 2026-02-17.", b_after="03:41")
P.f("schools reopen", "conflict", "date", "February 23", "2 March", "2026-02-23 vs 2026-03-02.")
P.f("who said 'every family ... has a roof tonight'", "conflict", "quote",
    "The first hours were the hardest, but every family that lost its home has a roof tonight,",
    "The first hours were the hardest, but every family that lost its home has a roof tonight,",
    "Same words: A gives them to minister Qodirov, B to regional hokim Tursunov.")
P.f("minister on coping alone", "agree", "quote",
    "We have the people, the machinery and the money to deal with this ourselves,",
    "We can manage this with our own people, our own machines and our own money,", "Both Qodirov; reworded, same meaning.")
P.f("foreign aid", "conflict", "statement",
    "Qodirov said Uzbekistan would not ask for international assistance",
    "Tashkent had accepted an offer from Kazakhstan of 200 tents and a field kitchen",
    "A: offers from Kyrgyzstan and Kazakhstan declined; B: Kazakh offer accepted. Opposite polarity.")
P.f("new apartment blocks", "agree", "statement",
    "denied that any of the apartment blocks built in Chust since 2020 had been damaged",
    "He rejected rumours on social media that new apartment blocks in Chust had cracked", "Same denial by Tursunov.")
P.f("deaths", "agree", "statement",
    "A woman and her teenage son were killed when the roof of their house collapsed",
    "Mukhabbat Yusupova, 44, and her son Jasur, 15, died in Karkidon when their roof fell in", "Same two deaths; B names them.")
P.f("utilities", "related", "statement",
    "gas supplies to about 4,500 households remained cut as a precaution",
    "Power and water had been restored to every village by Tuesday night",
    "A: gas still cut; B: power and water restored. Different utilities, compatible.")
OUT.append(P.out())

# ---------------- pair 2: Jeti-Oguz mudflow
P = Pair("p2a_kyrgyzstan_mudflow_tienshanwire.txt", "p2b_kyrgyzstan_mudflow_issykkulcourier.txt")
P.f("houses flooded", "agree", "quantity", "about 300 houses", "287 houses", "'about 300' compatible with 287.")
P.f("people evacuated", "conflict", "quantity", "1,500 people", "About 1 200 residents", "1,500 vs about 1,200 evacuated.")
P.f("livestock killed", "agree", "quantity", "more than 400 sheep and cattle", "some 420 head of livestock", "Compatible.")
P.f("rainfall", "agree", "quantity", "48 millimetres", "nearly 50 mm", "48 mm is nearly 50 mm.")
P.f("river rise vs river flow", "related", "quantity", "2 metres", "around 120 cubic metres", "A: rise in level; B: peak discharge per second. Different measures of the river.")
P.f("state money: total vs per household", "related", "quantity", "25 million som", "30 000 som", "A: total allocation; B: payment per flooded household.")
P.f("road closed over", "conflict", "quantity", "14 kilometres", "9 km", "14 km vs 9 km of the Karakol-Barskoon road.")
P.f("aid delivered", "agree", "quantity", "40 tonnes", "40 tonnes", "Same.")
P.f("villages hit", "agree", "quantity", "three villages", "three villages", "Same.")
P.f("day of the mudflow", "agree", "date", "Monday evening", "27 April", "Both 2026-04-27.")
P.f("road reopens", "conflict", "date", "May 5", "12 May", "2026-05-05 vs 2026-05-12.")
P.f("warning of the villages", "conflict", "statement",
    "We warned the villages two days in advance, and most people were already out of their houses when the mud came,",
    "We could not warn the villages in time, and we will find out why.",
    "Same speaker (Sydykov), quote reworded with the opposite meaning: warned in advance vs could not warn in time. Scored as a statement because the speakers agree.")
P.f("governor: no one winters in a tent", "agree", "quote", "No family will spend the winter in a tent,", "Nobody will spend the winter in a tent,", "Both Asanov; reworded.")
P.f("governor on the quarry", "agree", "quote", "The quarry has nothing to do with this. This was nature,", "Nature did this, not the quarry,", "Both Asanov; reworded.")
P.f("quarry blamed", "agree", "statement",
    "dismissed claims by residents that gravel quarrying in the riverbed had made the flood worse",
    "The governor rejected the claim.", "Same rejection by the governor.")
P.f("quarry inquiry", "related", "statement",
    "Issyk-Kul region governor Nurlan Asanov dismissed claims",
    "The district prosecutor has nevertheless opened an inquiry into the quarry's licence",
    "Governor's dismissal (A) vs prosecutor's inquiry (B): different actors, both can be true.")
P.f("missing shepherd", "agree", "statement",
    "A 62-year-old shepherd who was moving his flock to higher ground was missing",
    "One man remains missing: Sultanbek Omurov, a shepherd from Kyzyl-Suu", "Same missing shepherd.")
OUT.append(P.out())

# ---------------- pair 3: Tajik refinancing rate
P = Pair("p3a_tajikistan_rate_rise_pamirmarketswire.txt", "p3b_tajikistan_rate_rise_dushanbebusinessweekly.txt")
P.f("new refinancing rate", "agree", "quantity", "9.5%", "9,5 percent", "Same; decimal point vs comma.", a_occ=2, b_occ=2)
P.f("size of the rise", "agree", "quantity", "half a percentage point", "50 basis points", "0.5 point = 50 basis points (converted).")
P.f("rate takes effect", "conflict", "date", "February 2", "1 February", "2026-02-02 vs 2026-02-01.")
P.f("December inflation", "conflict", "quantity", "4.1%", "4,4 percent", "Annual CPI in December: 4.1% vs 4.4%.")
P.f("headline inflation vs food prices", "related", "quantity", "4.1%", "7,8 percent", "A: overall CPI; B: food prices over the year. Different measures.")
P.f("reserve requirement", "agree", "quantity", "3%", "3 per cent", "Unchanged at 3%.")
P.f("credit growth 2025", "agree", "quantity", "22%", "22 percent", "Same.")
P.f("somoni per dollar", "agree", "quantity", "about 10.9", "10,94", "About 10.9 vs 10.94: compatible.")
P.f("remittances", "related", "quantity", "14%", "4,2 billion dollars", "A: growth rate; B: value. Different measures of remittances in 2025.")
P.f("day of the decision", "agree", "date", "Wednesday", "yesterday", "Both 2026-01-28.")
P.f("next rate meeting", "agree", "date", "April 29", "29 April", "Both 2026-04-29.")
P.f("who said 'acting early'", "conflict", "quote",
    "We are acting early so that we do not have to act harshly later,",
    "We are acting early so that we do not have to act harshly later,",
    "Same words: A gives them to chairman Nazarzoda, B to deputy chairman Rahimov.")
P.f("devaluation", "agree", "quote", "There is no plan to devalue the somoni,", "not on the table", "Both Nazarzoda; same denial in other words.")
P.f("board vote", "conflict", "statement", "the board had voted unanimously", "The board's decision was not unanimous",
    "Unanimous vs one member against.")
P.f("further rises", "conflict", "statement", "ruled out further increases this year",
    "the board is considering another increase at its April meeting", "Ruled out vs is considering.")
P.f("bank lending rates", "agree", "statement", "Commercial banks are expected to raise their loan rates within weeks",
    "said it would raise rates on new consumer loans by one percentage point from next month",
    "B's Orzu Bank does what A expects of commercial banks.")
P.f("outside views", "related", "statement", "The International Monetary Fund has urged the authorities to keep monetary policy tight",
    "Analysts said the decision would support the somoni", "IMF advice (A) vs analysts' reading (B): same topic, different claims.")
OUT.append(P.out())

# ---------------- pair 4: Chisinau runway closure
P = Pair("p4a_moldova_runway_closure_blackseawire.txt", "p4b_moldova_runway_closure_curieruldechisinau.txt")
P.f("runway length", "agree", "quantity", "3,590 metres", "3.590 m", "Same; comma vs dot thousands separator.")
P.f("length of closure", "agree", "quantity", "12 days", "Twelve days", "Same (B's headline then asks 'or two weeks?').")
P.f("closure starts", "agree", "date", "October 19", "19 October", "Both 2026-10-19.")
P.f("official reopening", "agree", "date", "October 30", "30 October", "Both 2026-10-30 (the ministry's date).")
P.f("reopening: ministry vs contractor", "related", "date", "October 30", "2 November",
    "A: ministry's end date; B: date the contractor says it needs. Different sources' dates, not the same claim.")
P.f("cost of the work", "agree", "quantity", "about €14 million", "276 million lei", "276 million lei is about €14 million (B gives both).")
P.f("EIB share", "related", "quantity", "€11 million", "80 percent", "Loan amount vs share of the cost (11/14 = 79%).")
P.f("passengers affected", "agree", "quantity", "around 140,000 passengers", "140.000 passengers", "Same figure, two number styles.")
P.f("flights affected", "conflict", "quantity", "About 900 flights", "1.150 flights", "About 900 vs 1,150.")
P.f("FlyDniester routes", "agree", "quantity", "26 weekly routes", "26 of its routes", "Same 26 routes.")
P.f("passengers in 2025", "agree", "quantity", "5.1 million passengers", "5,1 million passengers", "Same; decimal point vs comma.")
P.f("last resurfacing", "agree", "date", "2011", "2011", "Same.")
P.f("minister on the old runway", "agree", "quote",
    "The runway has reached the end of its life, and patching it every spring is no longer safe or cheap,",
    "The runway is old, and patching it every spring is no longer safe.", "Both Ciobanu; shortened.")
P.f("shuttle bus fare", "conflict", "statement", "the state would provide free shuttle buses between Chisinau and Iasi",
    "Passengers will have to pay 150 lei for the bus", "Free vs paid (refund only for moved flights).")
P.f("cancelled flights", "conflict", "statement", "The minister said no airline had cancelled its schedule because of the closure",
    "FlyDniester said it had already cancelled 14 flights to Italy and Spain", "Has not vs has already cancelled.")
P.f("charter flights to Balti", "agree", "statement", "some charter flights to Turkey and Egypt will use the smaller airport at Balti",
    "Charter flights to Antalya and Hurghada will leave from Bălți.", "Same; B names the resorts (Antalya is in Turkey, Hurghada in Egypt).")
P.f("air cargo", "related", "statement", "asked the government to keep at least night cargo flights running",
    "We send about 40 tonnes a month by air,", "AmCham's request (A) vs a winery's volume (B): same concern, different claims.")
OUT.append(P.out())

# ---------------- pair 5: Karlovy Vary geyser
P = Pair("p5a_czechia_hot_spring_bohemiapressservice.txt", "p5b_czechia_hot_spring_lazenskykuryr.txt")
P.f("geyser stopped", "conflict", "date", "Saturday", "Friday night", "2026-05-09 vs 2026-05-08.")
P.f("water temperature", "agree", "quantity", "73 degrees Celsius", "73,4 °C", "Rounded vs exact.")
P.f("height of the jet", "agree", "quantity", "up to 12 metres", "up to 12 m", "Same.")
P.f("flow", "agree", "quantity", "about 2,000 litres", "about 2 000 litres", "Same; number styles differ.")
P.f("borehole depth", "agree", "quantity", "41-metre", "41 m", "Same.")
P.f("repair cost", "conflict", "quantity", "about 6 million koruna", "8,5 mil. Kč", "About 6 million vs 8.5 million CZK (B: 'now estimates').")
P.f("regional contribution", "agree", "quantity", "2 million koruna", "2 mil. Kč", "Same.")
P.f("cancellations", "related", "quantity", "about 300 cancelled bookings", "12 percent", "Count in three days vs share of May bookings.")
P.f("distance of the hotel well", "agree", "quantity", "about 300 metres", "some 300 m", "Same.")
P.f("repair finished by", "agree", "date", "May 20", "20 May", "Both 2026-05-20.", a_after="again by")
P.f("last stoppage", "agree", "date", "2009", "2009", "Same.")
P.f("length of the 2009 stoppage", "agree", "quantity", "four days", "four days", "Same.")
P.f("who said 'a hole in its heart'", "conflict", "quote",
    "Without the geyser, Karlovy Vary is a town with a hole in its heart,",
    "Without the geyser, Karlovy Vary is a town with a hole in its heart,",
    "Same words: A gives them to Mayor Křížek, B to hydrogeologist Vondráčková.")
P.f("hydrogeologist: water still there", "agree", "quote",
    "The spring itself is healthy. The water is still coming, it just cannot get out,",
    "The water is still there, it just cannot get out.", "Both Vondráčková; reworded.")
P.f("link to hotel drilling", "conflict", "statement", "Geologists ruled out any link to drilling for a new hotel well",
    "The town is investigating whether drilling at a hotel construction site some 300 m from the colonnade could have disturbed the spring",
    "Ruled out vs under investigation.")
P.f("colonnade open", "agree", "statement", "The colonnade itself remains open", "The colonnade stays open", "Same.")
P.f("what next", "related", "statement", "would ask the Ministry for Regional Development for help with a longer-term plan to protect the spring",
    "The town's tourism office said it would give visitors a free guided walk to the other springs",
    "Region's request (A) vs tourism office's offer (B): different measures.")
OUT.append(P.out())

# ---------------- pair 6: fake Tokaji
P = Pair("p6a_hungary_wine_fraud_danubepressagency.txt", "p6b_hungary_wine_fraud_tokajhegyaljagazette.txt")
P.f("bottles seized", "agree", "quantity", "about 120,000 bottles", "118 000 bottles", "Rounded vs exact.")
P.f("people arrested", "conflict", "quantity", "four people", "Six suspects", "4 vs 6.")
P.f("day of the raids", "conflict", "date", "Monday", "Sunday", "2026-07-13 vs 2026-07-12.", b_after="raided")
P.f("value of seized stock", "agree", "quantity", "about 950 million forints", "nearly 1 billion forints", "Compatible (approximate).")
P.f("price of fake vs genuine bottle", "related", "quantity", "up to 24,000 forints", "between 12 000 and 30 000 forints",
    "A: price of a fake bottle; B: price range of a genuine bottle. Two prices of different things.")
P.f("bottles vs bulk wine", "related", "quantity", "about 120,000 bottles", "40 000 litres", "Bottled stock vs bulk wine in tanks: different measures.")
P.f("maximum sentence", "agree", "quantity", "up to eight years", "up to 8 years", "Same.")
P.f("countries sold to", "agree", "quantity", "14 countries", "more than ten countries", "14 is more than ten.")
P.f("investigation began", "agree", "date", "March", "March", "Both 2026-03.")
P.f("'since 2023'", "related", "date", "2023", "2023",
    "A: the gang bought bulk wine since 2023; B: the hall was let to a tenant since 2023. Same year, different events.")
P.f("who said 'stole the reputation of an entire region'", "conflict", "quote",
    "These people did not only cheat customers, they stole the reputation of an entire region,",
    "They stole the reputation of an entire region,", "Same words: A police spokesman Horváth, B council chairman Pintér.")
P.f("recall", "conflict", "statement", "it would not ask consumers or shops to return bottles", "the council plans to recall every bottle",
    "Would not vs plans to.")
P.f("plant owner", "agree", "statement", "denied any wrongdoing", "rejected any suggestion that it had known about the fraud", "Same denial.")
P.f("sugar", "agree", "statement", "mixed it with sugar syrup", "received a cheap one with sugar in it", "Same.")
P.f("lab tests", "related", "statement", "had found no substances harmful to health in the samples analysed so far",
    "Laboratory tests are being carried out on samples from the tanks", "A: result so far; B: tests under way on tank samples.")
OUT.append(P.out())

# ---------------- pair 7: Liège night flights
P = Pair("p7a_belgium_night_flights_beneluxpressagency.txt", "p7b_belgium_night_flights_courrierdeliege.txt")
P.f("night cap", "agree", "quantity", "16,000 movements", "no more than 16.000 night movements", "Same cap; number styles differ.")
P.f("cap applies from", "conflict", "date", "January 1, 2027", "1 April 2027", "2027-01-01 vs 2027-04-01.")
P.f("night movements last year", "agree", "quantity", "about 19,000 night movements", "18.700 flights", "Rounded vs exact.")
P.f("noise limit", "agree", "quantity", "83 decibels", "83 dB(A)", "Same.")
P.f("fine per flight", "conflict", "quantity", "€25,000", "€2.500", "€25,000 vs €2,500.")
P.f("soundproofing fund", "agree", "quantity", "€40 million", "€40 million", "Same.")
P.f("grant per household vs fund", "related", "quantity", "up to €8,000", "€40 million", "Per household vs total fund.")
P.f("jobs", "related", "quantity", "Some 10,000 jobs", "About 9.400 people", "A: direct and indirect jobs in the region; B: people working on the site.")
P.f("cargo 2025", "agree", "quantity", "1.3 million tonnes", "1,3 million tonnes", "Same; decimal point vs comma.")
P.f("residents' leader's figure", "agree", "quantity", "Sixteen thousand flights", "Sixteen thousand flights", "Same.")
P.f("decision day", "agree", "date", "Thursday", "Thursday", "Both 2026-09-17.")
P.f("review", "agree", "date", "2030", "2030", "Same.")
P.f("who said 'sleep a little more'", "conflict", "quote",
    "We are not closing the airport at night; we are asking it to sleep a little more,",
    "We are not closing the airport at night; we are asking it to sleep a little more,",
    "Same words: A minister Dethier, B airport CEO Vandeputte.")
P.f("Marchal on the cap", "agree", "quote",
    "Sixteen thousand flights a year is still forty-four a night. That is not sleep,",
    "Sixteen thousand flights a year is still forty-four a night,", "Both Marchal; B shorter.")
P.f("Sky Pearl moving flights", "conflict", "statement",
    "said it had already begun moving some flights from night to daytime slots",
    "has not yet decided whether to move flights to the day", "Has already begun vs has not yet decided.")
P.f("residents' appeal", "agree", "statement", "it would appeal to the Council of State",
    "will take the decision to the Conseil d'État", "Same court, English vs French name.")
P.f("jobs at risk", "related", "statement", "did not expect to cut staff",
    "Trade unions fear for part-time jobs in parcel sorting", "Operator (A) vs unions (B): different actors, both can hold.")
OUT.append(P.out())

# ---------------- pair 8: Finnish wolf cull
P = Pair("p8a_finland_wolf_cull_nordicnewsagency.txt", "p8b_finland_wolf_cull_lakeustribune.txt")
P.f("wolves to be culled", "agree", "quantity", "48 wolves", "48 wolves", "Same.", a_occ=2)
P.f("territories / packs", "agree", "quantity", "11 wolf territories", "eleven packs", "Same 11; territories vs packs, digits vs words.")
P.f("wolf population", "conflict", "quantity", "between 295 and 340 wolves", "about 400 wolves", "Range 295-340 vs about 400.")
P.f("population a decade ago", "agree", "quantity", "fewer than 150 wolves", "fewer than 150 wolves", "Same.")
P.f("sheep killed last year", "agree", "quantity", "312 sheep", "more than 300 sheep", "312 is more than 300.")
P.f("dogs killed last year", "conflict", "quantity", "17 hunting dogs", "19 dogs", "17 vs 19.")
P.f("compensation total vs per sheep", "related", "quantity", "about €1.2 million", "about 235 euros", "National total (all large carnivores) vs per animal paid to one farmer.")
P.f("Niemelä's losses", "agree", "quantity", "23 animals", "23 of his sheep", "Same 23.")
P.f("hunt opens", "agree", "date", "December 1", "1 December", "Both 2026-12-01.")
P.f("Niemelä's losses: month", "agree", "date", "September", "September", "Both 2026-09.")
P.f("ECJ ruling", "agree", "date", "2019", "2019", "Same.")
P.f("next population estimate", "agree", "date", "2027", "2027", "Both spring 2027.", a_after="estimate in", b_after="the spring of")
P.f("who said 'strong enough to bear this'", "conflict", "quote",
    "The wolf population is now strong enough to bear this. Where wolves come into villages every night, people have lost their sense of safety,",
    "The wolf population is now strong enough to bear this,",
    "Same words: A agency director Rautio, B minister Kettunen.")
P.f("court challenge", "conflict", "statement", "it would appeal to the administrative courts",
    "it would not go to court this time", "Would appeal vs would not go to court.")
P.f("reporting kills", "agree", "statement", "Hunters must report each kill within 24 hours",
    "hunters must report each kill within a day", "24 hours = a day.")
P.f("how the cull is justified / run", "related", "statement", "Minister Juha Kettunen said the licences were",
    "He said no wolf would be shot near houses or roads.", "Minister's justification (A) vs hunting club's rule (B).")
OUT.append(P.out())

with open(os.path.join(HERE, "gold", "pairs.gold.json"), "w", encoding="utf-8") as f:
    json.dump(OUT, f, ensure_ascii=False, indent=1)
    f.write("\n")
