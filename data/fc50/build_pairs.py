import json, os
from build_common import Pair, HERE

OUT = []

# ---------------- pair 1: Monessen steel mill restart
P = Pair("p1a_unitedstates_paper_mill_restart_keystonewire.txt", "p1b_unitedstates_paper_mill_restart_monvalleyherald.txt")
P.f("jobs at the restarted mill", "agree", "quantity", "about 650 jobs", "650 workers", "Same 650 (A 'about').")
P.f("investment in the mill", "conflict", "quantity", "$410 million", "$400 million", "$410m vs $400m for the same upgrade; A's headline and body both say 410.", a_occ=2)
P.f("machine capacity a year", "conflict", "quantity", "1.2 million short tons", "about 1.1 million tons", "1.2 vs about 1.1 million (short) tons a year of the same machine.")
P.f("workers hired by the summer", "agree", "quantity", "420 of the 650 workers", "About 400 of them", "420 by July vs 'about 400' by the summer: compatible.")
P.f("average hourly pay", "agree", "quantity", "$31.50 an hour", "$31.50 an hour", "Same.")
P.f("pay compared with local median", "related", "quantity", "about 18%", "$26.70",
    "A: premium in percent; B: the median wage in dollars. Different measures, consistent (31.50/26.70 = 1.18).")
P.f("plant power draw", "agree", "quantity", "up to 95 megawatts", "up to 95 megawatts", "Same.")
P.f("first reel", "conflict", "date", "April 2026", "May", "2026-04 vs 2026-05.")
P.f("announcement day", "agree", "date", "Wednesday", "yesterday", "Both 2026-01-21.")
P.f("purchase of the site", "agree", "date", "October 2025", "last October", "Both 2025-10.")
P.f("CEO on the valley", "agree", "quote", "This valley made the paper for half of America, and it is going to make it again,",
    "This valley made the paper for half of America, and it is going to make it again,", "Same words, both Kaminski.")
P.f("union on pensions", "agree", "quote", "We are not going to trade our pensions for a ribbon-cutting,",
    "We are not trading pensions for a ribbon-cutting,", "Both Grabowski; reworded.")
P.f("state of the union contract", "conflict", "statement",
    "the union had agreed to a three-year deal in principle",
    "no agreement of any kind had been reached", "Opposite: deal agreed in principle vs no agreement of any kind (both Grabowski).")
P.f("second line", "conflict", "statement",
    "The company is considering a second, smaller line for tissue paper",
    "Kaminski said the company has ruled out a second tissue line for now", "Opposite polarity: considering vs ruled out.")
P.f("imported base paper", "agree", "statement",
    "Kaminski rejected suggestions that the company would import cheap base paper from abroad",
    "Kaminski denied that the company planned to bring in foreign base paper", "Same denial.")
P.f("state tax credits", "related", "statement",
    "He said the state would not offer tax credits on top of the grant",
    "Harrisburg had also discussed a package of tax credits worth up to $60 million",
    "A: credits not offered; B: anonymous source says credits were discussed (and B's spokesman says none on the table). Discussion vs offer: compatible.")
OUT.append(P.out())

# ---------------- pair 2: Norfolk library closures
P = Pair("p2a_unitedkingdom_library_closures_thenationalledger.txt", "p2b_unitedkingdom_library_closures_broadlandradio.txt")
P.f("libraries to close", "conflict", "quantity", "Fourteen public libraries", "12 libraries", "14 vs 12 branches closing.")
P.f("annual saving", "agree", "quantity", "£3.2m a year", "about £3.2 million a year", "Same.")
P.f("budget gap", "agree", "quantity", "£48m", "£48 million", "Same gap (A 'savings needed', B 'gap').", a_occ=2)
P.f("closure saving vs savings needed", "related", "quantity", "£3.2m a year", "£48 million",
    "Same currency, different things: what the closures save vs the whole savings the council must find.", a_occ=2, b_occ=2)
P.f("libraries in the county", "agree", "quantity", "47 libraries", "47 branches", "Same.")
P.f("posts lost", "agree", "quantity", "About 60 full-time posts", "about 60 full-time roles", "Same.")
P.f("campaign funds raised", "agree", "quantity", "£18,000", "more than £15,000", "£18,000 is more than £15,000.")
P.f("branches left open", "conflict", "quantity", "33 branches", "35 libraries", "33 vs 35 (follows from 14 vs 12 closures).")
P.f("cabinet vote", "agree", "date", "Thursday", "yesterday", "Both 2026-02-12.")
P.f("consultation opens", "agree", "date", "2 March", "2 March", "Same.")
P.f("first closures", "conflict", "date", "July", "June", "2026-07 vs 'as early as' 2026-06.")
P.f("Pettifer on closing libraries", "agree", "quote", "Nobody went into local government to close libraries,",
    "Nobody goes into local government to close libraries,", "Both Pettifer; tense reworded.")
P.f("Lamb on the mobile van", "agree", "quote", "A mobile van every other Tuesday is not a library,",
    "A van that turns up every other Tuesday is not a library service.", "Both Lamb; reworded.")
P.f("selling buildings", "conflict", "statement", "the council would not sell any of the buildings while the consultation was running",
    "at least three of the buildings could be sold to developers before the end of the year",
    "Opposite: no sales during the consultation vs anonymous source says buildings could be sold this year.")
P.f("party favouritism", "agree", "statement", "He rejected claims that the list had been drawn up to protect branches in wards held by his party",
    "Cllr Pettifer also denied opposition claims that branches in his party's wards had been spared", "Same denial.")
P.f("union response", "related", "statement", "Unison, which represents most library staff, said it would ballot members on strike action",
    "The union Unison said it was \"deeply concerned\" and asked for an urgent meeting with council leaders",
    "Same actor and topic, different steps: strike ballot vs request for a meeting.")
OUT.append(P.out())

# ---------------- pair 3: Lower Saxony bird flu cull
P = Pair("p3a_germany_bird_flu_cull_rhinepressagency.txt", "p3b_germany_bird_flu_cull_oldenburgertageblatt.txt")
P.f("hens ordered culled vs killed so far", "related", "quantity", "about 420,000 laying hens", "around 380.000 hens",
    "A: hens ordered to be culled (Tuesday); B: hens killed by Tuesday night, 'the work is not finished'. Different measures.")
P.f("infected farms", "agree", "quantity", "nine farms", "nine farms", "Same.")
P.f("size of the first farm", "agree", "quantity", "68,000 hens", "68.000 birds", "Same (German thousands separator in B).")
P.f("protection zone radius", "agree", "quantity", "3-kilometre", "3 km", "Same.")
P.f("holdings in the zones", "agree", "quantity", "212 poultry holdings", "212 poultry holdings", "Same.")
P.f("compensation per ordinary hen", "agree", "quantity", "about 4 euros", "about €4", "Same.")
P.f("compensation bill so far", "conflict", "quantity", "2.9 million euros", "€3,4 million", "2.9 vs 3.4 million euros (B's decimal comma).")
P.f("rise in wholesale egg prices", "related", "quantity", "9%", "12 percent",
    "Different periods: A last week; B since the start of the month. Different bases, not a contradiction.")
P.f("Lower Saxony's share of German eggs", "agree", "quantity", "about 40%", "around 40 percent", "Same.")
P.f("movement ban until", "agree", "date", "April 10", "10 April", "Both 2026-04-10.")
P.f("first case confirmed", "conflict", "date", "Friday", "Thursday, 12 March", "2026-03-13 vs 2026-03-12.")
P.f("minister on the virus", "agree", "quote", "We are dealing with an extremely aggressive virus, and we must act faster than it spreads,",
    "The virus is extremely aggressive. We have to be quicker than it is,", "Both Hasselbach; reworded.")
P.f("EU co-financing", "conflict", "statement",
    "it was considering whether to ask the European Commission for co-financing of the compensation, but had not yet decided",
    "The European Commission will be asked to pay half of the compensation, the federal ministry in Berlin confirmed",
    "Undecided vs confirmed, same ministry: incompatible modality.")
P.f("state-wide housing order", "agree", "statement",
    "Hasselbach said the state would not order a general housing order for free-range flocks across Lower Saxony",
    "The minister refused", "Same refusal.")
P.f("Dutch slaughterhouse", "agree", "statement",
    "The ministry denied reports that the virus had been brought in by workers from a slaughterhouse in the Netherlands",
    "Rumours that the virus came from a Dutch slaughterhouse, which circulated on social media, were rejected by the ministry", "Same denial.")
P.f("source of the virus", "related", "statement",
    "Investigators were still examining wild birds and feed deliveries",
    "wild ducks are under suspicion", "Same open question; B names a suspect, A lists lines of inquiry. Compatible.")
OUT.append(P.out())

# ---------------- pair 4: Lannion maternity unit suspended
P = Pair("p4a_france_maternity_closure_hexagonewire.txt", "p4b_france_maternity_closure_tregorhebdo.txt")
P.f("births last year", "conflict", "quantity", "520 births", "Around 480 babies", "520 vs around 480 births in 2025.")
P.f("anaesthetists needed", "agree", "quantity", "at least four full-time anaesthetists", "four anaesthetists", "Same.")
P.f("distance to Saint-Brieuc", "agree", "quantity", "about 65 km", "65 km", "Same.")
P.f("journey time", "related", "quantity", "more than an hour", "about fifty minutes",
    "A: drive for some families in the area; B: Lannion to Saint-Brieuc. Different journeys.")
P.f("temporary doctor's price per shift", "agree", "quantity", "up to 2,400 euros", "up to 2 400 €", "Same (French spacing in B).")
P.f("legal cap per shift", "agree", "quantity", "1,410 euros", "1 410 €", "Same.")
P.f("protest size by police", "agree", "quantity", "About 3,000 people", "3 000", "Same police count.")
P.f("midwives keeping jobs", "agree", "quantity", "38 midwives", "38 midwives", "Same.")
P.f("births stop", "agree", "date", "1 June", "1er juin", "Both 2026-06-01.")
P.f("births resume", "conflict", "date", "1 September", "15 septembre", "2026-09-01 vs 'at least' 2026-09-15.")
P.f("announcement", "agree", "date", "Wednesday", "yesterday", "Both 2026-05-06.")
P.f("protest march", "agree", "date", "Saturday", "Saturday, 2 May", "Both 2026-05-02.")
P.f("who said 'I/We will not let a mother give birth'", "conflict", "quote",
    "I will not let a mother give birth in a room where no anaesthetist can come in time,",
    "We will not let a mother give birth in a room where no anaesthetist can come in time,",
    "Near-identical words: A gives them to ARS director Sylvie Kerjean, B to unit head Dr Yann Morvan.")
P.f("paying above the cap", "conflict", "statement", "She said the hospital would not pay above the cap",
    "the hospital had agreed to pay the higher rate for weekends only", "Opposite polarity (both Kerjean).")
P.f("permanent closure", "agree", "statement", "Kerjean denied that the suspension was a first step towards permanent closure",
    "The ARS rejected any idea of a hidden plan to close the unit for good", "Same denial (Kerjean / the ARS).")
P.f("midwives' union", "related", "statement", "Midwives' union UNSSF said it would not oppose the temporary transfer",
    "The midwives' union UNSSF is asking for ambulances to be parked in Lannion at night",
    "Same union, different claims: no opposition vs a request. Compatible (A also mentions the request).")
OUT.append(P.out())

# ---------------- pair 5: Florentine altarpiece pre-empted by the state
P = Pair("p5a_italy_altarpiece_preemption_adriaticnewsservice.txt", "p5b_italy_altarpiece_preemption_gazzettadelgiglio.txt")
P.f("price paid by the state", "agree", "quantity", "6.8 million euros", "€6,8 million", "Same total with premium (B's decimal comma).", b_occ=2)
P.f("hammer price", "conflict", "quantity", "5.6 million euros", "€5,9 million", "5.6 vs 5.9 million euros.")
P.f("acquisition fund", "agree", "quantity", "25 million euros a year", "€25 million", "Same annual fund.")
P.f("height of the panel", "agree", "quantity", "2.1 metres", "210 centimetres", "Same height in metres and centimetres.")
P.f("restoration cost", "conflict", "quantity", "about 400,000 euros", "roughly €350.000", "About 400,000 vs roughly 350,000 euros.")
P.f("pre-emption window", "agree", "quantity", "60 days", "60 days", "Same.")
P.f("Uffizi visitors", "related", "quantity", "6%", "4,6 million",
    "A: this year's expected growth in percent; B: last year's count. Different measures (4.6m x 1.06 = 4.9m, consistent).")
P.f("auction date", "agree", "date", "May 28", "28 maggio", "Both 2026-05-28.")
P.f("decree signed", "agree", "date", "Wednesday", "Yesterday morning", "Both 2026-06-10.")
P.f("export review completed", "agree", "date", "June 3", "3 June", "Both 2026-06-03.")
P.f("public display", "conflict", "date", "September 15", "October", "2026-09-15 vs 2026-10 (and A shows it before restoration, B after).")
P.f("minister on Florence", "agree", "quote", "This painting was born in Florence and it will stay in Florence,",
    "It was born in Florence and it stays in Florence,", "Both Serra; reworded.")
P.f("who said 'the market has been respected'", "conflict", "quote", "The market has been respected, and so has the law,",
    "The market has been respected, and so has the law,", "Same words: A gives them to auction-house CEO Marco Bellandi, B to ministry director-general Paolo Guarnieri.")
P.f("buyer's appeal", "conflict", "statement", "would not appeal",
    "Its lawyers, according to sources close to the case, are preparing an appeal", "Opposite polarity: will not appeal vs preparing an appeal.")
P.f("timing of the pre-emption", "agree", "statement",
    "The ministry rejected suggestions that it had waited until after the auction to drive up the price paid by the foreign buyer",
    "He rejected claims that the state had let the auction run so that a foreign buyer would set a high price", "Same denial (ministry / its director-general).")
P.f("record price", "related", "statement", "a record for the artist", "For the Bellandi house, founded in 1952, it is the highest price ever achieved",
    "A: record for the painter; B: record for the auction house. Different records, compatible.")
OUT.append(P.out())

# ---------------- pair 6: Palma airport handling strike
P = Pair("p6a_spain_airport_handling_strike_palmacourier.txt", "p6b_spain_airport_handling_strike_iberiapressagency.txt")
P.f("flights cancelled", "conflict", "quantity", "186 flights", "212 flights", "186 vs 212 cancellations on the strike day (B's midday figure was 160).", a_occ=2, b_occ=2)
P.f("passengers affected", "agree", "quantity", "Around 31,000 passengers", "some 31.000 travellers", "Same (Spanish separator in B).")
P.f("handling workers", "agree", "quantity", "1,450 workers", "about 1.450 people", "Same.")
P.f("pay rise demanded", "agree", "quantity", "8%", "8%", "Same.")
P.f("cost of the strike to the company", "agree", "quantity", "€4 million", "about four million euros", "Same estimate by Roselló.")
P.f("minimum services", "agree", "quantity", "40%", "40%", "Same share of flights.")
P.f("EU compensation per passenger", "conflict", "quantity", "€250 to €400", "between 250 and 600 euros", "Upper bound 400 vs 600 euros for the same EU entitlement.")
P.f("Vuela Mar cancellations", "conflict", "quantity", "48 flights", "52 cancellations", "48 vs 52.")
P.f("airport traffic", "related", "quantity", "33.4 million passengers", "about 5%",
    "A: last year's passenger total; B: this summer's growth rate. Different measures.")
P.f("strike day", "agree", "date", "Friday night", "Friday", "Both 2026-08-07.")
P.f("second strike ends", "agree", "date", "16 August", "16 August", "Same last day.")
P.f("union leader on pay", "agree", "quote", "We load 90 suitcases an hour in 40-degree heat for €1,380 a month,",
    "We load ninety suitcases an hour in forty degrees for 1.380 euros a month,", "Both Ferrer; reworded, figures written differently.")
P.f("a new offer", "conflict", "statement", "the company would not improve its offer while the union kept up the threat of further strikes",
    "management is expected to present a new offer on Monday", "Opposite: no better offer vs new offer expected (anonymous company source).")
P.f("second strike", "conflict", "statement", "The SBT has already called a second strike for 15 and 16 August",
    "a new strike would take place from 14 to 16 August, the long weekend of the Assumption, if there was no agreement",
    "Called for two days vs conditional and three days: incompatible dates and modality.")
P.f("minimum services respected", "agree", "statement", "The union denied that it had failed to respect them",
    "SBT rejected claims that its members had ignored the minimum-service order", "Same denial.")
P.f("regional mediation", "related", "statement",
    "The Balearic regional government has asked both sides to accept a mediator and is considering using its own labour arbitration service",
    "The Balearic government has offered to mediate", "Same actor and aim; A adds an arbitration option under consideration. Compatible.")
OUT.append(P.out())

# ---------------- pair 7: Quebec maple syrup reserve release
P = Pair("p7a_canada_maple_reserve_release_northernstarwire.txt", "p7b_canada_maple_reserve_release_easterntownshipsrecord.txt")
P.f("volume released", "agree", "quantity", "45 million pounds", "45 million pounds", "Same.", b_occ=2)
P.f("volume released in metric units", "agree", "quantity", "about 20.4 million kilograms", "about 20,000 tonnes", "Same release in kilograms and tonnes (20.4m kg = 20,400 t).")
P.f("2026 harvest", "agree", "quantity", "112 million pounds", "112 million pounds", "Same.")
P.f("drop in the harvest", "agree", "quantity", "nearly 40 per cent", "38 per cent", "'Nearly 40' is compatible with 38 (112/181 = -38%).")
P.f("bulk price of released syrup", "conflict", "quantity", "C$3.35 a pound", "$3.45 a pound", "C$3.35 vs $3.45 a pound for the standard grade.")
P.f("syrup left in the reserve", "conflict", "quantity", "roughly 65 million pounds", "about 70 million pounds", "Roughly 65 vs about 70 million pounds after the release.")
P.f("maple businesses", "agree", "quantity", "roughly 13,000 maple businesses", "about 13,300 maple businesses", "Compatible.")
P.f("2021 release", "agree", "quantity", "about 50 million pounds", "50 million pounds", "Same (B's corrected figure).")
P.f("packers' orders vs a possible second release", "related", "quantity", "about 150 million pounds", "another 10 million pounds",
    "Same unit, different things: packers' orders for 12 months vs a possible extra release.")
P.f("sales start", "agree", "date", "Oct. 1", "October 1", "Both 2026-10-01.")
P.f("announcement", "agree", "date", "Tuesday", "Tuesday", "Both 2026-09-15.", a_occ=2)
P.f("president on the reserve's purpose", "agree", "quote", "The reserve exists for exactly this kind of year,",
    "The reserve exists for exactly this kind of year,", "Same words, both Gagnon.")
P.f("president on who owns the syrup", "agree", "quote", "Every drop in the reserve belongs to the producers who made it,",
    "Every barrel in the reserve belongs to the producers who filled it,", "Both Gagnon; reworded.")
P.f("a second release", "conflict", "statement", "Gagnon ruled out releasing more than 45 million pounds this season",
    "the federation could release another 10 million pounds before the 2027 sugaring season", "Ruled out vs could release more (both Gagnon).")
P.f("holding back syrup", "agree", "statement", "The federation rejected claims by packers that it had held back syrup to keep prices high",
    "Gagnon denied that the federation had been sitting on syrup to drive up prices", "Same denial.")
P.f("help for producers", "related", "statement", "Quebec City was considering emergency loans",
    "She said Quebec would not offer grants but would look at loans", "A: loans considered; B: grants refused, loans looked at. Compatible; B adds the refusal.")
OUT.append(P.out())

# ---------------- pair 8: Japan releases stockpiled rice
P = Pair("p8a_japan_rice_stockpile_release_pacificrimwire.txt", "p8b_japan_rice_stockpile_release_chubushimbunenglish.txt")
P.f("rice released", "conflict", "quantity", "210,000 tonnes", "200,000 tons", "210,000 vs 200,000 tonnes (A's headline and body agree).", a_occ=2, b_occ=2)
P.f("average price of a 5 kg bag", "agree", "quantity", "4,620 yen", "¥4,620", "Same.")
P.f("rise in the bag price", "related", "quantity", "31%", "9%",
    "Different bases: A year on year; B since early September. Not a contradiction.")
P.f("stockpile before the release", "agree", "quantity", "about 910,000 tonnes", "about 910,000 tons", "Same.")
P.f("normal stockpile level", "agree", "quantity", "around 1 million tonnes", "1 million", "Same target.")
P.f("buy-back period", "agree", "quantity", "five years", "five years", "Same.")
P.f("Kotobuki Mart price", "agree", "quantity", "3,980 yen", "¥3,980", "Same price per 5 kg.")
P.f("2026 crop", "agree", "quantity", "6.61 million tonnes", "about 6.6 million tons", "Same (B rounds).")
P.f("fall in the crop", "agree", "quantity", "4%", "4%", "Same.")
P.f("first auction", "conflict", "date", "November 25", "Nov. 27", "2026-11-25 vs 2026-11-27.", b_occ=2)
P.f("announcement", "agree", "date", "Friday", "yesterday", "Both 2026-11-13.")
P.f("minister on rice as a staple", "agree", "quote", "Rice is not a luxury. Families must be able to put it on the table every day,",
    "Rice is not a luxury,", "Both Otsuka; B splits and rewords the second sentence.")
P.f("who said 'the people who grow the rice'", "conflict", "quote", "The people who grow the rice must not become the victims of its price,",
    "The people who grow the rice must not become the victims of its price,", "Same words: A gives them to growers' chairman Shigeru Wada, B to Agriculture Minister Otsuka.")
P.f("retail price cap", "conflict", "statement", "The minister said the government would not cap retail rice prices",
    "the government was also considering a temporary ceiling on the retail price of rice", "Will not cap vs considering a ceiling (anonymous official).")
P.f("emergency reserve adequacy", "agree", "statement", "The ministry denied that the release would leave the country short in an emergency",
    "Otsuka rejected concerns that the country would be left without a sufficient emergency reserve", "Same denial (ministry / minister).")
P.f("growers' federation on the release", "related", "statement", "said it welcomed the release",
    "farmers could not keep planting if prices collapsed after the release", "Welcome vs warning about prices after the release: different claims, compatible.")
OUT.append(P.out())

with open(os.path.join(HERE, "gold", "pairs.gold.json"), "w", encoding="utf-8") as f:
    json.dump(OUT, f, ensure_ascii=False, indent=1)
    f.write("\n")
print(len(OUT), "pairs,", sum(len(p["facts"]) for p in OUT), "facts")
