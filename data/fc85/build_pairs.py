import json, os
from build_common import Pair, HERE

OUT = []

# ---------------- pair 1: Nauru stamp contract
P = Pair("p1a_nauru_stamp_contract_pacificwire.txt", "p1b_nauru_stamp_contract_yarenbulletin.txt")
P.f("contract value", "agree", "quantity", "A$1.8 million", "$1.8m", "Same value; B writes local '$' (Australian dollar) and 'm'.")
P.f("contract length", "agree", "quantity", "five-year", "five years", "Same term.", a_occ=2)
P.f("stamp issues per year", "conflict", "quantity", "six issues a year", "four new issues each year", "6 vs 4 issues a year.")
P.f("bureau staff", "agree", "quantity", "12 staff", "twelve staff", "Digits vs spelled out.")
P.f("sales: amount vs fall", "related", "quantity", "about A$400,000", "15 per cent", "A gives last year's revenue, B the fall in sales: different measures.")
P.f("contract total vs yearly", "related", "quantity", "A$1.8 million", "roughly $360,000 a year", "Total over five years vs per-year value (consistent).")
P.f("signing date", "agree", "date", "February 9", "Monday", "Monday = 2026-02-09.")
P.f("contract start", "agree", "date", "July 1", "1 July", "Same date, US vs British order.")
P.f("first stamps due", "conflict", "date", "May 2026", "June", "2026-05 vs 2026-06.")
P.f("who said 'small window on Nauru'", "conflict", "quote",
    "Our stamps are a small window on Nauru for the rest of the world, and we want them to be beautiful again",
    "Our stamps are a small window on Nauru for the rest of the world, and we want them to be beautiful again",
    "A gives the words to minister Amwano, B to Harlow's Grant Oakley.")
P.f("printing on the island", "conflict", "statement", "The government ruled out printing stamps on the island itself",
    "the Government is considering setting up a small print room on the island", "Ruled out vs considering.")
P.f("opposition criticism", "related", "statement", "Opposition lawmaker Peter Kun criticised the absence of an open tender",
    "asked for the contract to be tabled in Parliament", "Same critic; A his criticism of no tender, B his demand to table the contract.")
P.f("second bidder withdrew", "agree", "statement", "the other had withdrawn in December 2025", "after a second bidder pulled out", "Same withdrawal.")
P.f("first issue design", "agree", "statement", "the first issue would show the island's frigate birds and the reef at Anibare Bay",
    "The first set will feature frigate birds and Anibare Bay", "Same designs, reworded.")
OUT.append(P.out())

# ---------------- pair 2: CAR solar mini-grid tender
P = Pair("p2a_car_solar_minigrid_equatorwire.txt", "p2b_car_solar_minigrid_banguihorizon.txt")
P.f("project value", "agree", "quantity", "$14.5 million", "FCFA 8,1 billion", "Converted at about 560 CFA francs to the dollar; B uses a decimal comma.")
P.f("number of mini-grids", "conflict", "quantity", "12 solar mini-grids", "nine mini-grids", "12 vs 9.")
P.f("total capacity", "agree", "quantity", "3.2 megawatts", "3,2 MW", "Decimal point vs decimal comma.")
P.f("households connected", "agree", "quantity", "about 9,000 households", "9 400 households", "'about 9,000' is compatible with 9,400.")
P.f("bids received", "agree", "quantity", "seven bids", "Seven offers", "Same.")
P.f("total vs one site capacity", "related", "quantity", "3.2 megawatts", "1,1 MW", "Combined capacity vs the Bambari grid alone.")
P.f("lease / ownership term", "agree", "quantity", "20 years", "20 years", "Same term.")
P.f("award announced", "agree", "date", "March 16", "Monday 16 March", "Same day.")
P.f("tender launched", "agree", "date", "September 2025", "September last year", "'last year' = 2025 for a 2026 article.")
P.f("completion", "conflict", "date", "December 2027", "June 2027", "2027-12 vs 2027-06.")
P.f("who said 'a town that has light at night'", "conflict", "quote",
    "A town that has light at night is a town where people can stay and work",
    "A town that has light at night is a town where people can stay and work", "A: minister Yakende; B: agency head Doumta.")
P.f("World Bank financing", "conflict", "statement", "The World Bank has already approved the financing",
    "the financing has not yet been approved by the World Bank", "Already approved vs not yet approved.")
P.f("losing bidder's reaction", "related", "statement", "Ubangi Solar, said it would appeal against the award",
    "contested the scoring of the offers in a letter to the minister", "A: appeal announced; B: a letter contesting the scoring, no word on going further.")
P.f("first site", "agree", "statement", "work would begin in Bambari", "The first works will begin at Bambari", "Same.")
P.f("local technicians", "agree", "statement", "the company would hire local technicians in each town",
    "Each town will have its own technicians, trained by us", "A paraphrases, B quotes Kadré.")
OUT.append(P.out())

# ---------------- pair 3: Burundi textile mill closure
P = Pair("p3a_burundi_textile_closure_greatlakesdispatch.txt", "p3b_burundi_textile_closure_tanganyikaecho.txt")
P.f("workers affected", "agree", "quantity", "about 850 workers", "850 employees", "Same; A qualifies with 'about'.")
P.f("debt", "agree", "quantity", "12 billion Burundian francs", "FBu 12 billion", "Spelled-out currency vs FBu symbol.")
P.f("power cuts", "agree", "quantity", "up to 10 hours a day", "ten hours a day", "'up to 10' and 'ten ... at times' are compatible.")
P.f("severance", "conflict", "quantity", "three months' wages", "six months of salary", "3 vs 6 months.")
P.f("looms at founding", "agree", "quantity", "120 looms", "120 looms", "Same.")
P.f("fall in output vs sales value", "related", "quantity", "40%", "FBu 2,1 billion", "A: fall in output (volume); B: 2025 turnover (value).")
P.f("looms: all vs still working", "related", "quantity", "120 looms", "about 40", "Total looms vs those still working this year.")
P.f("founded", "agree", "date", "1978", "1978", "Same.")
P.f("announcement to staff", "agree", "date", "Tuesday", "Tuesday 14 April", "Tuesday = 2026-04-14.")
P.f("production stops", "conflict", "date", "April 30", "15 May", "2026-04-30 vs 2026-05-15.")
P.f("Niyonkuru on cotton", "agree", "quote",
    "We have kept the looms running for as long as we could, but we cannot pay for cotton we cannot find",
    "We have kept the looms running for as long as we could, but we cannot pay for cotton we cannot find", "Same words, same speaker.")
P.f("who said 'not a closure, an abandonment'", "conflict", "quote",
    "This is not a closure, it is an abandonment", "This is not a closure, it is an abandonment", "A: union leader Havyarimana; B: labour minister Bizimana.")
P.f("state rescue", "conflict", "statement", "the government had refused a request from the company for a rescue loan",
    "the government had agreed to study a rescue plan", "Refused vs agreed to study.")
P.f("second-hand clothing imports", "related", "statement", "Several East African governments have discussed limiting such imports",
    "The union is asking the government to ban imports of second-hand clothes", "Same topic, different actors and acts.")
P.f("search for a buyer", "agree", "statement", "the company was looking for an investor who could take over the site",
    "a search for a buyer for the site is under way", "Same.")
OUT.append(P.out())

# ---------------- pair 4: Comoros orchestra funding cut
P = Pair("p4a_comoros_orchestra_cut_iopa.txt", "p4b_comoros_orchestra_cut_moronimatin.txt")
P.f("grant before the cut", "agree", "quantity", "KMF 60 million", "60 millions KMF", "Same; French word order in B.")
P.f("grant after the cut", "conflict", "quantity", "KMF 33 million", "30 millions KMF", "33 vs 30 million KMF.")
P.f("size of the cut", "agree", "quantity", "45%", "45 per cent", "Same.", a_occ=2)
P.f("musicians", "agree", "quantity", "32 musicians", "about thirty musicians", "'about thirty' is compatible with 32.")
P.f("concerts", "agree", "quantity", "24 concerts a year", "two concerts a month", "24 a year = two a month.")
P.f("musician pay", "agree", "quantity", "around KMF 150,000 a month", "about 150 000 KMF a month", "Same; space as thousands separator in B.")
P.f("state grant vs diaspora collection", "related", "quantity", "KMF 33 million", "4 800 euros", "Different money: public grant vs a private online collection.")
P.f("budget vote", "agree", "date", "May 5", "Tuesday 5 May", "Same day.")
P.f("founded", "agree", "date", "1989", "1989", "Same.")
P.f("last concert of the season", "conflict", "date", "June 20", "27 June", "2026-06-20 vs 2026-06-27.")
P.f("Mchangama on playing on", "agree", "quote",
    "We will keep playing as long as there are musicians who can afford to come",
    "We will keep playing as long as there are musicians who can afford to come", "Same words, same speaker.")
P.f("who said 'twarab is not a luxury'", "conflict", "quote",
    "Twarab is not a luxury, it is the memory of our islands", "Twarab is not a luxury, it is the memory of our islands",
    "A: minister Nadjma Youssouf Ali; B: ministry spokesman Ibrahim Djanfar.")
P.f("ministry seeks other partners", "agree", "quote", "looking at other partners", "other partners", "Same ministry words; B quotes a shorter part.")
P.f("Zanzibar tour", "conflict", "statement", "the orchestra would not cancel its planned tour to Zanzibar",
    "the tour to Zanzibar, planned for August, has already been cancelled", "Will not cancel vs already cancelled.")
P.f("outside help", "related", "statement", "The French cultural centre in Moroni has offered the ensemble free use of its hall for rehearsals",
    "the association Comores Musique Marseille has launched a collection online", "Two different forms of outside support.")
P.f("reason for the cut", "agree", "statement", "part of savings demanded from every ministry after a fall in customs revenue",
    "all ministries have had to give up part of their credits after the fall in customs receipts", "Same reason, reworded.")
OUT.append(P.out())

# ---------------- pair 5: Antigua horse-racing licence
P = Pair("p5a_antigua_racing_licence_caribwire.txt", "p5b_antigua_racing_licence_wadadlistar.txt")
P.f("licence term", "agree", "quantity", "10-year", "ten years", "Same.", a_occ=2)
P.f("licence fee", "agree", "quantity", "EC$2.5 million", "$2.5M", "Same; B's local '$' is the EC dollar.")
P.f("investment", "agree", "quantity", "US$12 million", "EC$32.4 million", "Converted at the peg of EC$2.70 to US$1.")
P.f("race days", "conflict", "quantity", "18 race days a year", "24 race days a year", "18 vs 24.")
P.f("jobs", "conflict", "quantity", "about 300 jobs", "between 150 and 200 jobs", "Single value of about 300 vs a range of 150-200.")
P.f("betting levy: rate vs revenue", "related", "quantity", "5%", "about $400,000 a year", "Levy rate vs expected yearly revenue.")
P.f("Cabinet approval", "agree", "date", "June 11", "Thursday", "Thursday = 2026-06-11.")
P.f("first meeting", "agree", "date", "December 26", "Boxing Day", "Boxing Day = 2026-12-26.")
P.f("racing stopped", "agree", "date", "2014", "2014", "Same.")
P.f("Moody-Lake on local owners", "agree", "quote",
    "We want the Antiguan owner with two horses to have a real chance on race day",
    "We want the Antiguan owner with two horses to have a real chance on race day", "Same words, same speaker.")
P.f("Wade on young riders", "agree", "quote", "Our young riders have had to leave the island to find rides",
    "Our young riders have had to leave the island to find rides", "Same.")
P.f("who said 'part of our heritage'", "conflict", "quote",
    "Racing is part of our heritage, and this licence gives it a future",
    "Racing is part of our heritage, and this licence gives it a future", "A: minister Francis; B: CEO Moody-Lake.")
P.f("off-track betting shops", "conflict", "statement", "Cabinet had not yet decided whether to allow off-track betting shops",
    "the Government will allow betting shops in St John's and English Harbour from next year", "Undecided vs decided to allow.")
P.f("objections", "related", "statement", "Paws & Hooves Antigua said it had written to the ministry asking for independent veterinary checks",
    "The Antigua Christian Council said it was", "Different objectors and concerns (animal welfare vs gambling).")
P.f("where the horses come from", "agree", "statement", "bring in thoroughbreds from the United States and from other Caribbean islands",
    "horses would be imported from the US and the region", "Same, reworded.")
OUT.append(P.out())

# ---------------- pair 6: Saint Lucia breadfruit plant
P = Pair("p6a_stlucia_breadfruit_plant_windwardpress.txt", "p6b_stlucia_breadfruit_plant_castriesvoice.txt")
P.f("plant cost", "agree", "quantity", "EC$6.8 million", "$6.8 million", "Same; B's '$' is the EC dollar.")
P.f("daily capacity", "agree", "quantity", "4 tonnes of fresh breadfruit a day", "four tonnes of breadfruit daily", "Same, digits vs words.")
P.f("workers", "conflict", "quantity", "35 workers", "45 workers", "35 vs 45.")
P.f("farmers supplying", "agree", "quantity", "more than 400 farmers", "Around 430 farmers", "430 is more than 400.")
P.f("price paid per pound", "conflict", "quantity", "EC$0.60 a pound", "75 cents per pound", "60 vs 75 cents.")
P.f("yearly output vs input", "related", "quantity", "about 600 tonnes of flour a year", "about 1,200 tonnes of fresh fruit a year", "Flour produced vs fresh fruit needed.")
P.f("opening", "agree", "date", "July 23", "Thursday 23rd July", "Same day.")
P.f("construction began", "agree", "date", "March 2025", "March last year", "'last year' = 2025.")
P.f("Edmund on the price", "agree", "quote", "For the first time, the breadfruit has a price before it falls",
    "For the first time, the breadfruit has a price before it falls", "Same words, same speaker.")
P.f("who said 'every tree in a backyard'", "conflict", "quote",
    "Every tree in a backyard in this country is now a source of income",
    "Every tree in a backyard in this country is now a source of income", "A: minister Charlemagne; B: manager Emmanuel.")
P.f("imports from St Vincent", "conflict", "statement", "Emmanuel denied reports that the company would import breadfruit from St Vincent",
    "Mr Emmanuel confirmed that the company will bring in breadfruit from St Vincent", "Denied vs confirmed.")
P.f("where the flour goes", "related", "statement", "buyers in the United Kingdom and Canada",
    "the Ministry of Education would start using breadfruit flour in the school meals programme", "Export buyers vs school meals: different outlets.")
P.f("financing", "agree", "statement", "Part of the cost was covered by a grant from the Caribbean Development Bank",
    "with part of the money coming from a Caribbean Development Bank grant", "Same.")
P.f("local supermarkets", "agree", "statement", "the gluten-free flour would be sold in local supermarkets",
    "The flour will go on sale in local supermarkets", "Same.")
OUT.append(P.out())

# ---------------- pair 7: Lesotho sand-mining ban
P = Pair("p7a_lesotho_sand_mining_ban_sans.txt", "p7b_lesotho_sand_mining_ban_maserumirror.txt")
P.f("ban length", "agree", "quantity", "12 months", "one year", "Same.")
P.f("stretch of river", "agree", "quantity", "40-kilometre stretch", "40km", "Same.")
P.f("permits suspended", "agree", "quantity", "63 sand-mining permits", "About 60 permits", "'About 60' is compatible with 63.")
P.f("fine", "conflict", "quantity", "M50,000", "up to M100 000", "M50,000 vs up to M100,000.")
P.f("people in the trade", "agree", "quantity", "about 2,000 people", "About 2 000 workers", "Same; space separator in B.")
P.f("sand price: rise vs level", "related", "quantity", "30%", "M1 800", "Percentage rise this year vs the current price of a load.")
P.f("review", "agree", "quantity", "six months", "six months", "Same.")
P.f("ban announced", "agree", "date", "September 8", "Tuesday 8 September", "Same day.")
P.f("bank collapse", "agree", "date", "August 22", "22 August", "Same day, two orders.")
P.f("ban takes effect", "conflict", "date", "September 15", "1 October", "2026-09-15 vs 2026-10-01.")
P.f("Ramokhoro on the bridge", "agree", "quote", "We will not wait for a bridge to fall before we act.",
    "We will not wait for a bridge to fall before we act", "Same words, same speaker.")
P.f("who said 'the river is not a quarry'", "conflict", "quote", "The river is not a quarry,", "The river is not a quarry",
    "A: minister Ramokhoro; B: miners' leader Mokete.")
P.f("support for the miners", "conflict", "statement", "The ministry said it would not compensate the miners",
    "Government plans to pay a monthly allowance of M1 500 to registered sand miners", "Will not compensate vs plans an allowance.")
P.f("effect on builders", "related", "statement", "Builders warned that the price of sand", "said it would bring sand in from South Africa",
    "Builders' price warning vs a contractor importing sand.")
P.f("checkpoints", "agree", "statement", "Police and environment inspectors will patrol the stretch and set up checkpoints on the main roads",
    "Police will set up checkpoints at the main river crossings", "Same, reworded.")
OUT.append(P.out())

# ---------------- pair 8: Tuvalu rainwater-tank subsidy
P = Pair("p8a_tuvalu_water_tank_subsidy_pacificnewswire.txt", "p8b_tuvalu_water_tank_subsidy_funafutitala.txt")
P.f("share paid by government", "agree", "quantity", "70%", "70 per cent", "Same.", a_occ=2)
P.f("tank size", "agree", "quantity", "10,000-litre", "10 000 litre", "Comma vs space separator.")
P.f("households reached", "agree", "quantity", "about 600 households", "600 families", "Same.")
P.f("scheme budget", "conflict", "quantity", "A$1.2 million", "$2.1 million", "A$1.2m vs $2.1m (Australian dollar both).")
P.f("tank price vs family share", "related", "quantity", "about A$2,500", "about $750", "Full installed price vs the family's 30% share.")
P.f("scheme announced", "agree", "date", "October 20", "Tuesday 20 October", "Same day.")
P.f("applications open", "agree", "date", "November 2", "2 November", "Same day, two orders.")
P.f("drought emergency declared", "conflict", "date", "August", "July", "2026-08 vs 2026-07.")
P.f("earlier drought", "agree", "date", "2011", "2011", "Same.")
P.f("who said 'every drop that falls on a roof'", "conflict", "quote",
    "Every drop that falls on a roof in Tuvalu should end up in a tank, not in the sea",
    "Every drop that falls on a roof in Tuvalu should end up in a tank, not in the sea", "A: minister Manuella; B: director Tepou.")
P.f("desalination plant", "conflict", "statement", "The desalination plant on Funafuti is working normally",
    "The desalination plant at Funafuti has been out of action for repairs", "Working normally vs out of action.")
P.f("other water help", "related", "statement", "Earlier tank programmes, funded by Japan and Australia",
    "the Red Cross has started handing out 20-litre water containers", "Past donor programmes vs current Red Cross aid.")
P.f("gutters first", "agree", "statement", "households would have to fit or repair their roof gutters before a tank was delivered",
    "families must fix their gutters first", "Same condition.")
P.f("outer-island priority", "agree", "statement", "Households on outer islands where no ship calls regularly will be given priority",
    "outer-island families with no regular ship service would get their tanks first", "Same.")
P.f("first tanks arrive", "agree", "statement", "the first shipments of tanks are expected before the end of the year",
    "the first tanks will arrive by ship in December", "December is before the end of the year.")
OUT.append(P.out())

json.dump(OUT, open(os.path.join(HERE, "gold", "pairs.gold.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print("pairs:", len(OUT), "facts:", sum(len(p["facts"]) for p in OUT))
