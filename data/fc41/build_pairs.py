import json, os
from build_common import Pair, HERE

OUT = []

# ---------------- pair 1: Luganville copra mill
P = Pair("p1a_vanuatu_copra_mill_pacificislandwire.txt", "p1b_vanuatu_copra_mill_santopost.txt")
P.f("rebuild cost", "agree", "quantity", "VT 1.2 billion", "1.2 billion vatu", "Same sum, sign vs word for the currency.")
P.f("rebuild cost in dollars", "agree", "quantity", "about US$10 million", "US$10.1 million", "A rounds ('about'), B exact.")
P.f("workers taken on at reopening", "conflict", "quantity", "180 workers", "210 workers", "180 rehired vs 210 on the first morning: same workforce, incompatible counts.")
P.f("government loan", "conflict", "quantity", "VT 300 million", "VT 350 million", "Both: the Rural Recovery Fund's share of the rebuild.")
P.f("farm-gate price", "agree", "quantity", "VT 45,000 a tonne", "VT 45,000 per tonne", "Same price.")
P.f("mill capacity", "related", "quantity", "150 tonnes a day", "40,000 tonnes", "A: daily rate once the second line runs; B: yearly capacity with the old expellers. Different measures.")
P.f("subsidy cost", "related", "quantity", "about VT 85 million", "VT 40 million", "A: cost since March 2025 (cumulative); B: cost in calendar 2025. Different periods.")
P.f("fall in copra exports", "agree", "quantity", "62 per cent", "62%", "Same 2025 fall.")
P.f("reopening day", "agree", "date", "Tuesday", "20 January", "A's Tuesday before Jan 21 = 2026-01-20.")
P.f("full production", "conflict", "date", "the end of March", "May", "A: second line commissioned by end of March (2026-03); B: full production in May when the line arrives.", b_after="expected in")
P.f("freight subsidy end", "agree", "date", "June 30", "30 June", "Both 2026-06-30.")
P.f("who said 'we will buy every bag'", "conflict", "quote", "We are buying again, and we will buy every bag the farmers bring,", "We are buying again, and we will buy every bag the farmers bring.",
    "Same words: A gives them to managing director Hilda Tavoa, B to minister Joel Kalsakau.")
P.f("mill stays private", "agree", "quote", "This is a private mill and it will stay a private mill,", "It is a private mill and it will remain private,", "Kalsakau on both sides; B rewords.")
P.f("cutting the farm-gate price", "conflict", "statement", "She also ruled out cutting the farm-gate price before the end of the year",
    "the price would be reviewed every quarter and could be lowered if world coconut oil prices fell", "Tavoa rules out a cut this year (A) vs says it could be lowered (B): opposite polarity.")
P.f("sale to a foreign buyer", "agree", "statement", "Tavoa denied reports that the company had been approached by a foreign buyer",
    "The company also denied that it was in talks to sell the plant to an overseas buyer", "Same denial (Tavoa / the company).")
P.f("freight subsidy after June", "related", "statement", "will continue until June 30", "he was considering extending it beyond that date",
    "A: subsidy runs to June 30; B: minister considers extending it. Compatible, different claims.")
OUT.append(P.out())

# ---------------- pair 2: Auki ferry overloading
P = Pair("p2a_solomonislands_ferry_overloading_melanesianewsservice.txt", "p2b_solomonislands_ferry_overloading_honiaraherald.txt")
P.f("passengers on board", "agree", "quantity", "412 passengers", "about 400 passengers", "412 is about 400.")
P.f("licensed capacity", "conflict", "quantity", "250 passengers", "280 people", "Licensed for 250 vs certified for 280.")
P.f("length of suspension", "agree", "quantity", "90 days", "three months", "90 days = three months.")
P.f("fine", "agree", "quantity", "SI$150,000", "SI$150,000", "Same.")
P.f("ticket vs fares", "related", "quantity", "SI$180 per adult", "around SI$75,000", "Per-ticket price vs the Herald's estimate of total fares on the voyage.")
P.f("crossing time", "agree", "quantity", "11 hours", "eleven-hour", "Same.")
P.f("hospitalised", "agree", "quantity", "Three passengers", "Three people", "Same three.")
P.f("weekly users", "agree", "quantity", "about 1,800 people a week", "About 1,800 travellers a week", "Same.")
P.f("voyage day", "agree", "date", "Saturday", "7 February", "A's Saturday before Feb 10 = 2026-02-07.")
P.f("suspension starts", "conflict", "date", "February 10", "February 12", "2026-02-10 vs 2026-02-12.", a_after="takes effect")
P.f("who said 'lucky the sea was calm'", "conflict", "quote", "We were lucky the sea was calm,", "We were lucky the sea was calm,", "Same words: A an anonymous captain, B director Walter Hou.")
P.f("a gamble with lives", "agree", "quote", "Four hundred people on a boat certified for two hundred and fifty is not a mistake, it is a gamble with lives,",
    "This was a gamble with people's lives. Next time we may not be.", "Walter Hou on both sides, worded differently.")
P.f("was the ferry overloaded", "conflict", "statement", "The company denied that the ferry had been overloaded",
    "Tavanipupu Shipping admitted that too many tickets had been sold", "Denied vs admitted: opposite polarity.")
P.f("sailing during appeal", "agree", "statement", "the authority refused the company's request to keep sailing while it appeals",
    "SIMA rejected Mr Kwaiga's request that the ferry be allowed to keep running during any appeal", "Same refusal.")
P.f("measures against overloading", "related", "statement", "pledged to install electronic passenger counting gates at Point Cruz wharf",
    "The authority plans to put its own officers on every departure from Auki", "Minister's counting gates vs authority's officers: different measures, compatible.")
OUT.append(P.out())

# ---------------- pair 3: Lae port handling charge
P = Pair("p3a_png_port_fees_coralseabusinesswire.txt", "p3b_png_port_fees_laenius.txt")
P.f("new 20-foot charge", "agree", "quantity", "K1,330", "K1,330", "Same.")
P.f("old 20-foot charge", "agree", "quantity", "K950", "K950", "Same.")
P.f("size of rise", "agree", "quantity", "40 percent", "40%", "Same (1,330/950 = 1.40).")
P.f("new 40-foot charge", "conflict", "quantity", "K2,100", "K2,400", "Same tariff line, different figures.")
P.f("upgrade programme", "agree", "quantity", "K260 million", "K260 million", "Same.")
P.f("food inflation", "agree", "quantity", "7.8 percent", "7.8%", "Same, year to December.")
P.f("terminal volume", "related", "quantity", "310,000 containers", "290,000 twenty-foot equivalent units", "Boxes vs TEU (a 40-foot box counts two TEU): different measures, not a contradiction.")
P.f("extra cost", "related", "quantity", "K118 million", "more than K15,000", "A: extra revenue for the terminal per year; B: extra monthly cost for one wholesaler.")
P.f("start of new charge", "agree", "date", "April 1", "1 April", "Both 2026-04-01.")
P.f("announcement", "agree", "date", "Monday", "9 March", "A's Monday before March 10 = 2026-03-09.")
P.f("deadline for comments", "conflict", "date", "March 20", "27 March", "2026-03-20 vs 2026-03-27.")
P.f("who said 'nobody is going to thank them'", "conflict", "quote", "Nobody is going to thank them for doing this in an election year,", "Nobody is going to thank them for doing this in an election year,",
    "Same words: A an unnamed shipping line executive, B chamber president Margaret Yanda.")
P.f("Kila defends the rise", "agree", "quote", "We have not raised this charge since 2018, and our costs have gone up every single year,",
    "We know this is not popular, but old cranes break down and ships wait, and that costs everyone more,", "Andrew Kila on both sides, different words, same argument.")
P.f("competition commission inquiry", "conflict", "statement", "has launched an inquiry into whether the rise is consistent with the concession agreement",
    "it would not investigate the rise", "Launched an inquiry vs will not investigate: opposite polarity.")
P.f("postponing the rise", "agree", "statement", "Kila refused to postpone the increase", "Mr Kila said he would not delay the increase", "Same refusal.")
P.f("government action", "related", "statement", "the government was considering a cap on port charges",
    "The chamber has asked the government to order a review of all port tariffs", "A: Treasurer considers a cap; B: chamber asks for a review. Different actors, compatible.")
OUT.append(P.out())

# ---------------- pair 4: Palau heritage fund theft
P = Pair("p4a_palau_fund_embezzlement_oceaniapress.txt", "p4b_palau_fund_embezzlement_kororislandtimes.txt")
P.f("amount stolen", "agree", "quantity", "$612,000", "US$612,400", "A rounds, B exact.", a_occ=2)
P.f("prison term", "conflict", "quantity", "four years", "five years", "Same sentence, four vs five years.", a_occ=2, b_occ=2)
P.f("repayment period", "agree", "quantity", "18 months", "18 months", "Same.")
P.f("fine", "agree", "quantity", "$25,000", "$25,000", "Same.")
P.f("transfers", "agree", "quantity", "47 transfers", "47 transfers", "Same.")
P.f("money recovered", "agree", "quantity", "about $95,000", "about $95,000", "Same.")
P.f("levy vs fund income", "related", "quantity", "$40", "$3.2 million", "A: levy per visitor; B: the fund's total income last year.")
P.f("sentencing day", "agree", "date", "Thursday", "April 16", "A's Thursday before April 17 = 2026-04-16.")
P.f("report to jail", "agree", "date", "May 1", "1 May", "Both 2026-05-01.")
P.f("end of the thefts", "conflict", "date", "2023", "2022", "Thefts between 2019 and 2023 vs from 2019 to 2022.")
P.f("arrest", "agree", "date", "September 2024", "September 2024", "Same.")
P.f("judge: treated it as your own", "agree", "quote",
    "The people of Palau trusted you with money paid by every visitor to protect their reefs and villages, and you treated it as your own,",
    "You treated money paid by every visitor as your own,", "Justice Sadang on both sides; B shortens.")
P.f("who said 'not a single lapse'", "conflict", "quote", "This was not a single lapse. It was a system he built to hide money,", "This was not a single lapse. It was a system he built to hide money,",
    "Same words: A Special Prosecutor Daniel Kintaro, B fund chair Hilda Remoket.")
P.f("appeal", "conflict", "statement", "his client would appeal both the conviction and the sentence", "Ngiraklang would not appeal", "Will appeal vs will not appeal (same lawyer).")
P.f("denial of the charges", "agree", "statement", "had denied all the charges throughout the 11-day trial", "He had denied every charge and pleaded not guilty", "Same denial.")
P.f("further scrutiny", "related", "statement", "President Lorenzo Ikesakes ordered an audit of all state and national funds last year",
    "The Senate plans to hold public hearings on the fund in May", "Presidential audit vs Senate hearings: different steps, compatible.")
OUT.append(P.out())

# ---------------- pair 5: Mongolian dzud
P = Pair("p5a_mongolia_dzud_livestock_steppenewsagency.txt", "p5b_mongolia_dzud_livestock_ulaanbaatarobserver.txt")
P.f("livestock deaths", "agree", "quantity", "5.9 million head", "5,912,400 head", "A rounds, B exact.")
P.f("relief package", "conflict", "quantity", "₮180 billion", "₮210 billion", "Same cabinet package, different sums.", b_occ=2)
P.f("share of livestock lost", "related", "quantity", "about 8 percent", "23%", "A: share of the national herd; B: share in Zavkhan province. Different bases.")
P.f("payment per animal", "agree", "quantity", "₮40,000 per animal", "₮40,000", "Same.")
P.f("households affected", "agree", "quantity", "About 41,000 herder households", "about 41,000 households", "Same.")
P.f("provinces under disaster declaration", "agree", "quantity", "Fourteen", "14 provinces", "Same.")
P.f("lowest temperature", "agree", "quantity", "minus 48 degrees Celsius", "-48C", "Same, written two ways.")
P.f("meat prices", "agree", "quantity", "18 percent", "18%", "Same year-on-year rise.")
P.f("national herd", "agree", "quantity", "71 million animals", "about 71 million animals", "Same.")
P.f("cabinet decision", "agree", "date", "Wednesday", "13 May", "A's Wednesday before May 14 = 2026-05-13.")
P.f("payment deadline", "conflict", "date", "June 15", "July 1", "2026-06-15 vs 2026-07-01.")
P.f("minister: the state will stand behind herders", "agree", "quote", "The state will stand behind the people who feed this country.",
    "The state will stand behind the herders who feed this country,", "Gantulga on both sides, one word different.")
P.f("who said 'my animals are gone'", "conflict", "quote", "My animals are gone and the bank still wants its money,", "My animals are gone and the bank still wants its money,",
    "Same words: anonymous herder in A (speaker null), named herder Dashnyam Tserendorj in B.")
P.f("loan repayments", "conflict", "statement", "The government ruled out a moratorium on loan repayments for herders",
    "The cabinet also agreed to a six-month freeze on repayments of herder loans", "Ruled out vs agreed: opposite polarity.")
P.f("national emergency", "agree", "statement", "The cabinet also rejected calls from opposition lawmakers to declare a national emergency",
    "The government again rejected calls to declare a national emergency", "Same rejection.")
P.f("fodder aid", "related", "statement", "The Food and Agriculture Organization plans to distribute fodder and veterinary kits",
    "The Mongolian Red Cross Society asked for donations of hay and fodder", "FAO plans vs Red Cross appeal: different actors.")
OUT.append(P.out())

# ---------------- pair 6: Montevideo stadium naming rights
P = Pair("p6a_uruguay_stadium_naming_rights_riodelaplatasportswire.txt", "p6b_uruguay_stadium_naming_rights_eldiariodelcerro.txt")
P.f("annual payment", "agree", "quantity", "US$1.8 million a year", "US$1.8 million per season", "Same.", a_occ=2)
P.f("length of deal", "conflict", "quantity", "ten-year", "12-year", "Ten vs twelve years.")
P.f("annual payment in pesos", "agree", "quantity", "about $U 72 million", "$U 72 million", "Same conversion.")
P.f("stadium capacity", "agree", "quantity", "18,500-seat", "18,500-capacity", "Same.")
P.f("renovation", "agree", "quantity", "US$6 million", "US$6 million", "Same.")
P.f("members' vote", "related", "quantity", "71 percent", "1,662", "Share of voters vs number of votes in favour (1,662/2,340 = 71%): different measures.")
P.f("paying members", "agree", "quantity", "about 11,400 paying members", "about 11,400 members", "Same.")
P.f("assembly vote", "agree", "date", "June 27", "27 June", "Both 2026-06-27.")
P.f("signing", "agree", "date", "Friday", "July 10", "A's Friday before July 11 = 2026-07-10.")
P.f("new name takes effect", "conflict", "date", "August 1", "August 15", "2026-08-01 vs 2026-08-15.")
P.f("who said 'keeps the club alive'", "conflict", "quote", "This contract keeps the club alive for the next generation,", "This contract keeps the club alive for the next generation,",
    "Same words: A club president Álvaro Pereyra, B bank chief Sofía Ibarburu.")
P.f("bank proud of the barrio", "agree", "quote", "We are proud to put our name on a stadium that belongs to the barrio,", "We are proud to put our name on a stadium that belongs to the barrio,",
    "Ibarburu on both sides.")
P.f("old name Larrañaga", "conflict", "statement", "The old name will not be dropped entirely", "will disappear from the ground's signage, including on the main stand",
    "A: kept on the main stand; B: removed, including from the main stand.")
P.f("bonus clauses", "agree", "statement", "The club refused to disclose bonus clauses", "The club refused to reveal bonus payments", "Same refusal.")
P.f("supporters' response", "related", "statement", "said it would challenge the assembly vote before the club's ethics commission",
    "plans a banner protest at the first match under the new name", "Same group, different actions; both can be true.")
OUT.append(P.out())

# ---------------- pair 7: Asunción bus fare
P = Pair("p7a_paraguay_bus_fares_southernconewire.txt", "p7b_paraguay_bus_fares_lavozdeasuncion.txt")
P.f("new fare", "agree", "quantity", "4,000 guaranies", "Gs. 4.000", "Same; B writes the local way.", b_occ=2)
P.f("old fare", "agree", "quantity", "3,400 guaranies", "Gs. 3.400", "Same.")
P.f("size of rise", "agree", "quantity", "17.6 percent", "about 18%", "17.6 is about 18.")
P.f("differential fare", "conflict", "quantity", "5,200 guaranies", "Gs. 5.500", "Same service, different fares.")
P.f("subsidy", "related", "quantity", "180 guaranies per passenger", "Gs. 290.000 millones", "Per-passenger rate vs total yearly spending.")
P.f("daily riders", "agree", "quantity", "About 700,000 passengers a day", "Some 700.000 people", "Same.")
P.f("fleet", "agree", "quantity", "roughly 1,100 buses", "about 1.100 vehicles", "Same.")
P.f("new fare starts", "agree", "date", "Monday, Sept. 14", "Monday 14 September", "Both 2026-09-14.")
P.f("announcement", "agree", "date", "Thursday", "Thursday", "Both 2026-09-10.")
P.f("new buses deadline", "conflict", "date", "December 2026", "March 2027", "2026-12 vs 2027-03.")
P.f("last rise", "agree", "date", "March 2023", "March 2023", "Same.")
P.f("Giménez: no buses without it", "agree", "quote", "Nobody likes to pay more for the bus, but without this adjustment there would be no buses,",
    "Nobody likes to pay more for the bus, but without this adjustment there would be no buses,", "Giménez on both sides.")
P.f("no more subsidy money", "conflict", "quote", "The subsidy will not go up this year,", "There is no more money for subsidies in this year's budget,",
    "Same point, reworded, and given to Finance Minister Carolina Benítez (A) vs AMT president Ramón Giménez (B).")
P.f("strike threat", "conflict", "statement", "the Center of Transport Entrepreneurs agreed to suspend its strike threat",
    "it would go ahead with a stoppage on 38 routes next week", "Suspended vs going ahead: opposite polarity.")
P.f("subsidy not raised", "agree", "statement", "The government refused to raise the subsidy", "the government would not raise the subsidy", "Same refusal.")
P.f("further changes", "related", "statement", "The authority plans to install electronic card readers on all buses",
    "Congress is considering a bill, presented by opposition deputies in August, that would freeze fares", "Card readers vs a fare-freeze bill: different matters.")
OUT.append(P.out())

# ---------------- pair 8: Esch electric arc furnace
P = Pair("p8a_luxembourg_steel_furnace_beneluxbusinesswire.txt", "p8b_luxembourg_steel_furnace_southluxembourgreview.txt")
P.f("investment", "agree", "quantity", "€420 million", "€420m", "Same.", a_occ=2)
P.f("state aid", "conflict", "quantity", "€95 million", "€110m", "Same aid, different sums.")
P.f("jobs secured", "agree", "quantity", "about 350 jobs", "about 350 jobs", "Same.")
P.f("furnace capacity", "agree", "quantity", "1.1 million tonnes", "up to 1.1m tonnes", "Same.")
P.f("power draw", "agree", "quantity", "up to 220 megawatts", "0.22 gigawatts", "Same in two units.")
P.f("CO2 cut", "related", "quantity", "80 percent", "600,000 tonnes a year", "Share of the plant's emissions vs tonnes a year: different measures.")
P.f("employees", "agree", "quantity", "1,240 people", "all 1,240 employees", "Same.")
P.f("announcement", "agree", "date", "Tuesday", "10 November", "Both 2026-11-10.")
P.f("furnace in operation", "conflict", "date", "2029", "the end of 2028", "2029 vs end of 2028.")
P.f("construction start", "agree", "date", "April 2027", "April 2027", "Same.")
P.f("Weiler: keeps steel in Esch", "agree", "quote", "It keeps steel in Esch, and it keeps it clean.", "It keeps steel in Esch, and it keeps it clean,", "Weiler on both sides.")
P.f("Hoffmann: nobody left at the gate", "agree", "quote", "We will not leave anyone at the gate,",
    "We will not leave anyone at the gate if we can help it, but I cannot promise that today,", "Hoffmann on both sides; B adds a hedge (the polarity point is the statement fact).")
P.f("forced redundancies", "conflict", "statement", "The company has ruled out forced redundancies during the transition",
    "Mr Hoffmann did not rule out compulsory redundancies during the transition", "Ruled out vs did not rule out.")
P.f("electricity price", "agree", "statement", "The company refused to disclose the price in its long-term electricity supply contract",
    "The company declined to say how much it will pay for electricity", "Same refusal.")
P.f("during the works", "related", "statement", "workers whose jobs disappear with the old units will be retrained",
    "the old melt shop will keep operating", "Retraining vs continued operation: different points about the transition.")
OUT.append(P.out())

with open(os.path.join(HERE, "gold", "pairs.gold.json"), "w", encoding="utf-8") as f:
    json.dump(OUT, f, ensure_ascii=False, indent=1)
    f.write("\n")
print(len(OUT), "pairs,", sum(len(p["facts"]) for p in OUT), "facts")
