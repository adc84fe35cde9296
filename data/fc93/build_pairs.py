import json, os
from build_common import Pair, HERE

OUT = []

# ---------------- pair 1: French Guiana translation app
P = Pair("p1a_frenchguiana_translation_app_atlanticwire.txt", "p1b_frenchguiana_translation_app_lecourrierdeguyane.txt")
P.f("contract value", "agree", "quantity", "€1.8 million", "€1,8 million", "Same value; B uses the French decimal comma.")
P.f("contract length", "agree", "quantity", "three-year", "36 months", "Three years = 36 months.")
P.f("languages covered", "conflict", "quantity", "14 languages", "12 languages", "14 vs 12 languages (B: 12 at launch, two more 'should follow'; A states 14 without qualification).")
P.f("river health centres", "agree", "quantity", "18 health centres", "eighteen centres", "Same, spelled out in B.")
P.f("tablets", "agree", "quantity", "about 600 tablets", "roughly 600 tablets", "Same approximate figure.")
P.f("number of bids", "agree", "quantity", "three other bidders", "4 offers", "Parlavi plus three other bidders = 4 offers.")
P.f("salaried interpreters", "agree", "quantity", "31 salaried interpreter posts", "31 salaried interpreters", "Same count.")
P.f("EU grant vs yearly maintenance", "related", "quantity", "€600,000", "250 000 €", "A: ERDF grant towards the contract; B: yearly maintenance cost on top. Different money measures.")
P.f("contract signed", "agree", "date", "January 19", "Monday, 19 January", "Both 2026-01-19.")
P.f("go-live in Cayenne", "conflict", "date", "March 2", "1er avril", "2026-03-02 vs 2026-04-01.")
P.f("union strike date", "agree", "date", "February 5", "5 février", "Both 2026-02-05, written in French in B.")
P.f("who said 'a nurse should never have to use a child'", "conflict", "quote",
    "A nurse should never have to use a child as an interpreter,", "A nurse should never have to use a child as an interpreter,",
    "Same words: A gives them to agency director Hélène Caristan, B to Parlavi founder Marc-Antoine Sylvestre.")
P.f("interpreter posts", "conflict", "statement",
    "Caristan ruled out cutting any of the agency's 31 salaried interpreter posts",
    "The ARS is considering cutting some of its interpreter posts once the app is running",
    "Ruled out vs is considering cutting interpreter posts.")
P.f("storage of recordings", "agree", "statement",
    "The company denied that recordings of consultations would be stored outside France",
    "Parlavi insists that no recording leaves its certified servers in France",
    "Same denial, worded differently.")
P.f("audio deletion", "agree", "statement",
    "all audio would be deleted after 24 hours", "sound files are erased after a day", "24 hours = a day.")
P.f("demands of critics", "related", "statement",
    "demanded a public evaluation after the first year",
    "the association Paroles du Fleuve asked for a meeting with the ARS before the launch",
    "Different demands by different groups (union vs interpreters' association); compatible.")
OUT.append(P.out())

# ---------------- pair 2: Northern Marianas duty-free allowance
P = Pair("p2a_northernmarianas_dutyfree_allowance_pacificreportwire.txt", "p2b_northernmarianas_dutyfree_allowance_saipanbeacon.txt")
P.f("new allowance", "agree", "quantity", "$800", "US$800", "Same, B adds the US prefix.", a_after="allowance for arriving travelers to", b_after="US$400")
P.f("old allowance", "agree", "quantity", "$400", "US$400", "Same.")
P.f("alcohol allowance", "agree", "quantity", "four liters", "four liters", "Same.")
P.f("cigarette allowance", "conflict", "quantity", "two cartons", "three cartons", "Two vs three cartons.")
P.f("visitors last year", "agree", "quantity", "about 230,000 visitors", "227,600 visitor arrivals", "A rounds B's exact figure (B: fiscal 2025).")
P.f("Korean share of arrivals", "agree", "quantity", "60%", "about 60 percent", "Same share.")
P.f("yearly cost of the change", "agree", "quantity", "about $1.2 million", "around a million dollars", "Both rough estimates of the same yearly loss; compatible.")
P.f("cost vs total excise", "related", "quantity", "about $1.2 million", "$9.4 million", "A: estimated yearly loss from the change; B: total airport excise collections. Different measures.")
P.f("bill signed", "agree", "date", "Monday", "Monday, Feb. 16", "Both 2026-02-16.")
P.f("allowance takes effect", "agree", "date", "March 1", "3/1/2026", "Both 2026-03-01, US all-number style in B.")
P.f("Senate vote", "conflict", "date", "February 5", "Feb. 3", "2026-02-05 vs 2026-02-03.")
P.f("governor's quote", "agree", "quote",
    "We are telling our visitors: shop here, spend here, and take home a little more of the Marianas,",
    "We are telling our visitors: shop here, spend here, and take home a little more of the Marianas,", "Same words, same speaker.")
P.f("Camacho's objection", "agree", "quote",
    "we are selling cheap liquor as a tourism strategy", "we are selling cheap liquor as a tourism strategy.",
    "Same words, same speaker (single quotation marks in A).")
P.f("residents returning from Guam", "conflict", "statement",
    "The governor has not yet decided whether the new allowance will also apply to residents returning from Guam",
    "Residents returning from Guam will already qualify for the higher allowance",
    "Not yet decided vs will already qualify.")
P.f("hotel industry position", "agree", "statement",
    "The Hotel Association of the Northern Mariana Islands backed the change.", "Hoteliers supported the change.", "Same.")
P.f("visitors authority follow-up", "related", "statement",
    "The visitors authority plans a marketing campaign in Seoul and Busan in April",
    "The Marianas Visitors Authority is seeking new charter flights from Busan and Daegu",
    "Different actions by the same body; compatible.")
OUT.append(P.out())

# ---------------- pair 3: Sint Maarten night-market rent
P = Pair("p3a_sintmaarten_nightmarket_rent_caribnewsagency.txt", "p3b_sintmaarten_nightmarket_rent_greatbaytribune.txt")
P.f("new stall rent", "agree", "quantity", "US$275", "$275", "Same.")
P.f("new stall rent in guilders", "agree", "quantity", "US$275", "about Cg 492", "Conversion: US$275 x 1.79 = Cg 492.")
P.f("old stall rent", "agree", "quantity", "$150", "$150", "Same.")
P.f("size of the rise", "agree", "quantity", "83%", "83 per cent", "Same.", a_occ=2)
P.f("stalls", "agree", "quantity", "about 120 stalls", "118 stalls", "About 120 covers 118.")
P.f("protesters", "conflict", "quantity", "Some 60 vendors", "More than 100 vendors", "About 60 vs more than 100.")
P.f("cruise passengers", "agree", "quantity", "1.6 million cruise passengers", "more than 1.5 million", "1.6 million is more than 1.5 million.")
P.f("maintenance bill vs arrears", "related", "quantity", "US$180,000", "US$33,000", "A: yearly maintenance bill; B: rent arrears owed to the foundation.")
P.f("takings on a good night", "agree", "quantity", "less than $400", "$300 to $400", "Compatible: below $400 vs a $300-$400 range.")
P.f("rent rise takes effect", "agree", "date", "May 1", "1 May", "Both 2026-05-01.")
P.f("protest day", "agree", "date", "Monday", "Monday", "Both 2026-04-13.", a_after="outside the foundation's office", b_after="More than 100 vendors")
P.f("meeting with the minister", "conflict", "date", "Thursday, April 16", "Friday, 17 April", "2026-04-16 vs 2026-04-17.")
P.f("who said '2026 market on 2012 prices'", "conflict", "quote",
    "We cannot run a 2026 market on 2012 prices,", "We cannot run a 2026 market on 2012 prices,",
    "Same words: A gives them to chairman Glenn Richardson, B to manager Anique Hodge.")
P.f("minister's role", "conflict", "statement",
    "Tourism Minister Claudette Gumbs said she would not intervene in the foundation's decision",
    "Claudette Gumbs has agreed to ask the foundation to phase in the rise over six months",
    "Would not intervene vs has agreed to ask for a phase-in.")
P.f("pushing out small vendors", "agree", "statement",
    "The foundation denied that the rise was meant to push out small vendors in favour of franchise food trucks.",
    "Chairman Glenn Richardson dismissed claims that the foundation wanted to replace vendors with food-truck franchises.",
    "Same denial.")
P.f("vendors' next step", "related", "statement",
    "The vendors' association said it planned a protest march along Front Street next week",
    "The association has also launched a petition", "Different actions by the same association; compatible.")
OUT.append(P.out())

# ---------------- pair 4: Macao dragon-boat races
P = Pair("p4a_macao_dragonboat_crews_asiasportswire.txt", "p4b_macao_dragonboat_crews_namvandaily.txt")
P.f("cap on overseas crews", "agree", "quantity", "16", "16 teams", "Same cap.", a_after="limit the number of overseas crews")
P.f("overseas crews last year", "conflict", "quantity", "24 crews", "26 foreign crews", "24 vs 26.")
P.f("entry fee", "agree", "quantity", "MOP$12,000", "12,000 patacas", "Same, symbol vs currency name.")
P.f("local crews", "agree", "quantity", "about 140 local crews", "some 140", "Same.")
P.f("lanes", "agree", "quantity", "six lanes", "6 lanes", "Same.")
P.f("paddlers per boat", "agree", "quantity", "22 paddlers", "twenty-two paddlers", "Same, spelled out.")
P.f("budget vs prize money", "related", "quantity", "MOP$9.5 million", "MOP$2.1 million", "A: races' whole budget; B: prize money only.")
P.f("race day", "agree", "date", "June 19", "19 June", "Both 2026-06-19.")
P.f("registration deadline", "conflict", "date", "May 29", "5 June", "2026-05-29 vs 2026-06-05.")
P.f("first races", "agree", "date", "1979", "1979", "Same year.")
P.f("Leong on the lake", "agree", "quote", "Nam Van Lake is not getting any bigger,", "Nam Van Lake is not getting any bigger,", "Same words, same speaker.")
P.f("who said 'shown the door'", "conflict", "quote", "We feel like we are being shown the door,", "We feel like we are being shown the door,",
    "Same words: A gives them to Hong Kong captain Derek Wan, B to Manila manager Maria Santos.")
P.f("fee for charity and university crews", "conflict", "statement",
    "He said the bureau would not waive the fee for charity teams or for university crews",
    "The bureau is considering exempting charity and university crews from the fee",
    "Would not waive vs is considering exempting.")
P.f("cost cutting", "agree", "statement",
    "The bureau denied that the cap was a cost-cutting measure.",
    "The bureau rejected suggestions that budget cuts were behind the decision", "Same denial.")
P.f("Hong Kong reaction", "related", "statement",
    "A group of Hong Kong dragon-boat clubs plans to write to Macao's Chief Executive",
    "The Hong Kong Dragon Boat Federation asked for a meeting with the bureau", "Different steps by Hong Kong bodies; compatible.")
OUT.append(P.out())

# ---------------- pair 5: Taiwan karaoke royalties
P = Pair("p5a_taiwan_karaoke_royalties_islandpressservice.txt", "p5b_taiwan_karaoke_royalties_taipeieveningpost.txt")
P.f("new rate per room", "agree", "quantity", "NT$4,800", "NT$4,800", "Same.")
P.f("current rate per room", "conflict", "quantity", "NT$3,200", "NT$3,000", "NT$3,200 vs NT$3,000.")
P.f("size of the rise", "conflict", "quantity", "50%", "60 percent", "50% vs 60% (each consistent with its own old rate).", a_occ=2, b_occ=2)
P.f("rooms covered", "agree", "quantity", "about 25,000 private singing rooms", "roughly 25,000 rooms", "Same.")
P.f("tariff period", "agree", "quantity", "three years", "3 years", "Same.")
P.f("share to Taiwanese writers", "agree", "quantity", "about 62%", "About 60 percent", "62% rounded to about 60.")
P.f("PartyStar outlets", "agree", "quantity", "42 outlets", "42 branches", "Same.")
P.f("expected vs past collections", "related", "quantity", "about NT$120 million", "NT$38 million",
    "A: expected yearly revenue under the new tariff; B: amount collected from KTV last year.")
P.f("tariff takes effect", "agree", "date", "January 1, 2027", "2027/1/1", "Both 2027-01-01.")
P.f("approval day", "conflict", "date", "Tuesday", "July 6", "A: Tuesday = 2026-07-07; B: 2026-07-06.")
P.f("registration deadline", "agree", "date", "September", "September", "Both end of September 2026.")
P.f("Lin on free songs", "agree", "quote",
    "A song is not free just because the customer is the one singing it,", "A song is not free just because the customer is the one singing it,", "Same words, same speaker.")
P.f("Huang on Mandopop", "agree", "quote",
    "Karaoke keeps Mandopop alive; now we are being punished for it,", "Karaoke keeps Mandopop alive; now we are being punished for it.", "Same words, same speaker.")
P.f("passing the cost to customers", "conflict", "statement",
    "the company said it would not pass the cost on to customers this year",
    "PartyStar plans to raise room prices by NT$20 an hour on weekends from next month",
    "Would not pass on the cost vs plans to raise prices.")
P.f("money going abroad", "agree", "statement",
    "The association denied that foreign record labels would receive most of the money.",
    "Secretary-general Chen Shu-fen rejected claims that most of the money ends up abroad.", "Same denial.")
P.f("challenges to the tariff", "related", "statement",
    "operators would appeal to the Intellectual Property and Commercial Court",
    "she would propose an amendment to the Copyright Collective Management Organization Act",
    "Court appeal by operators vs law amendment by a legislator; compatible.")
OUT.append(P.out())

# ---------------- pair 6: Singapore hawker-centre lease
P = Pair("p6a_singapore_hawker_lease_straitsbusinesswire.txt", "p6b_singapore_hawker_lease_heartlandtimes.txt")
P.f("lease length", "agree", "quantity", "15-year", "15 years", "Same.", a_occ=2)
P.f("cooked-food stalls", "agree", "quantity", "48 cooked-food stalls", "48 cooked-food stalls", "Same.")
P.f("seats", "conflict", "quantity", "about 900 seats", "1,200 seats", "About 900 vs 1,200.")
P.f("rent cap", "agree", "quantity", "S$1,600", "$1,600", "Same.")
P.f("cap on later increases", "agree", "quantity", "10%", "10 per cent", "Same.")
P.f("cheap dish price", "agree", "quantity", "S$3.50 or less", "$3.50", "Same price point.")
P.f("number of bids", "agree", "quantity", "five bids", "five tenders", "Same.")
P.f("homes in Tengah", "agree", "quantity", "about 42,000 homes", "42,000 flats", "Same.")
P.f("fee to the NEA", "related", "quantity", "S$3.4 million", "about S$227,000",
    "A: total fee over the 15-year lease; B: per year. Total vs per-year figure (3.4m / 15 = c. 227,000).")
P.f("stalls for young hawkers", "agree", "quantity", "eight stalls", "eight stalls", "Same.")
P.f("lease awarded", "agree", "date", "Tuesday", "Aug 11", "Both 2026-08-11.")
P.f("opening", "conflict", "date", "December 1", "Jan 15, 2027", "2026-12-01 vs 2027-01-15.")
P.f("who said 'hawker food must stay affordable'", "conflict", "quote",
    "Hawker food must stay affordable for the heartlands,", "Hawker food must stay affordable for the heartlands,",
    "Same words: A gives them to NEA chief executive Tan Wei Ling, B to Senior Parliamentary Secretary Ong Boon Kiat.")
P.f("dishwashing charge", "conflict", "statement",
    "it would not charge stallholders for centralised dishwashing or table cleaning",
    "Stallholders will pay the cooperative S$350 a month for centralised dishwashing and table cleaning",
    "Would not charge vs will pay S$350 a month.")
P.f("favouritism", "agree", "statement",
    "The NEA denied that the cooperative had been favoured because of its social-enterprise status",
    "The NEA rejected suggestions that it had gone easy on the co-op because it is a social enterprise.", "Same denial.")
P.f("cooperative's plans", "related", "statement",
    "The cooperative plans to make all stalls accept cashless payment from day one",
    "The cooperative is considering a weekend night market on the centre's open-air deck", "Different plans; compatible.")
OUT.append(P.out())

# ---------------- pair 7: Hong Kong ballet budget
P = Pair("p7a_hongkong_ballet_budget_eastasiapress.txt", "p7b_hongkong_ballet_budget_harbourstandard.txt")
P.f("subvention", "agree", "quantity", "HK$86 million", "HK$86m", "Same.")
P.f("size of the cut", "conflict", "quantity", "12%", "15 per cent", "12% vs 15%.", a_occ=2)
P.f("deficit", "agree", "quantity", "HK$9 million", "about HK$9m", "Same.")
P.f("dancers", "agree", "quantity", "52 dancers", "fifty-two dancers", "Same, spelled out in B.")
P.f("top ticket price", "agree", "quantity", "HK$880", "$880", "Same.")
P.f("school performances", "agree", "quantity", "40 school performances", "Forty school shows", "Same.")
P.f("spending vs ticket income", "related", "quantity", "HK$142 million", "HK$31m", "A: total spending this season; B: ticket sales last season.")
P.f("board meeting", "agree", "date", "Monday", "October 5", "Both 2026-10-05.")
P.f("cancelled tour", "agree", "date", "March 2027", "March", "Both 2027-03 (B: 'next spring').", b_after="scrapped a")
P.f("season opening", "conflict", "date", "November 20", "November 27", "2026-11-20 vs 2026-11-27.")
P.f("founded", "agree", "date", "1987", "1987", "Same.")
P.f("Leung on the dancers", "agree", "quote", "Our 52 dancers are the company,", "Our 52 dancers are the company,", "Same words, same speaker.")
P.f("who said 'ballet is not a luxury'", "conflict", "quote",
    "Ballet is not a luxury; it is how a city shows it has a soul,", "Ballet is not a luxury; it is how a city shows it has a soul,",
    "Same words: A gives them to board chairman Albert Fung, B to legislator Cheung Ka-man.")
P.f("dancers' contracts", "conflict", "statement",
    "the company would not cut any dancers' contracts this season",
    "The company will not renew six dancers' contracts when they expire in December",
    "No contracts cut this season vs six contracts not renewed in December.")
P.f("motive of the cut", "agree", "statement",
    "It denied that the cut was aimed at the company's programming",
    "The Culture, Sports and Tourism Bureau rejected claims of political motives.", "Same denial by the bureau.")
P.f("new money", "related", "statement",
    "The company plans a crowdfunding campaign in November to raise HK$3 million",
    "The company is seeking corporate sponsors to fill the gap", "Different fund-raising routes; compatible.")
OUT.append(P.out())

# ---------------- pair 8: Rishon LeZion wedding-hall noise bylaw
P = Pair("p8a_israel_weddinghall_noise_levantreport.txt", "p8b_israel_weddinghall_noise_rishonlocal.txt")
P.f("noise limit", "agree", "quantity", "85 decibels", "85 dB", "Same.")
P.f("first-offence fine", "agree", "quantity", "NIS 5,000", "₪5,000", "Same, code vs symbol.")
P.f("repeat-offence fine", "conflict", "quantity", "NIS 20,000", "₪15,000", "20,000 vs 15,000 shekels.")
P.f("halls covered", "agree", "quantity", "about 30 event halls", "31 halls", "About 30 covers 31.")
P.f("complaints last year", "agree", "quantity", "more than 1,400 noise complaints", "1,460 complaints", "1,460 is more than 1,400.")
P.f("hall employees", "agree", "quantity", "about 2,500 people", "2,500 workers", "Same.")
P.f("insulation fund", "agree", "quantity", "NIS 3 million", "₪3 million", "Same.")
P.f("price per guest vs wedding bill", "related", "quantity", "about NIS 320", "₪120,000", "Per-guest price vs a whole wedding bill.")
P.f("council vote", "agree", "date", "Monday", "9.11", "Both 2026-11-09 (B: Israeli day.month).", b_occ=2)
P.f("bylaw takes effect", "conflict", "date", "January 1", "1.2.2027", "2027-01-01 vs 2027-02-01 (B is day.month.year).")
P.f("who said 'right to sleep'", "conflict", "quote",
    "People have the right to sleep, and couples have the right to dance,", "People have the right to sleep, and couples have the right to dance,",
    "Same words: A gives them to Mayor Yael Dromi, B to residents' leader Avi Ben-Shushan.")
P.f("court challenge", "conflict", "statement",
    "the forum would not challenge the bylaw in court",
    "The Israel Event Venues Forum plans to petition the Tel Aviv District Court against the bylaw",
    "Would not challenge vs plans to petition the court.")
P.f("land for housing", "agree", "statement",
    "Dromi denied that the rule was designed to drive the halls out of the city to free land for housing.",
    "Mayor Yael Dromi rejected claims that the city wanted the land for housing.", "Same denial.")
P.f("enforcement", "related", "statement",
    "The municipality will also install permanent noise monitors around the industrial zone",
    "Municipal inspectors will patrol the industrial zone on Thursday and Friday nights", "Different enforcement measures; compatible.")
OUT.append(P.out())

with open(os.path.join(HERE, "gold", "pairs.gold.json"), "w", encoding="utf-8") as f:
    json.dump(OUT, f, ensure_ascii=False, indent=1)
    f.write("\n")
