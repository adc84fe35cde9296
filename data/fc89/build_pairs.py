import json, os
from build_common import Pair, HERE

pairs = []

# ---- p1 Slovakia: Hrebienok funicular
P = Pair("p1a_slovakia_funicular_upgrade_danubepressagency.txt", "p1b_slovakia_funicular_upgrade_podtatranskykurier.txt")
P.f("cost of the overhaul", "agree", "quantity", "€14.6 million", "14,6 million €", "Same sum; decimal comma and trailing € on B.", a_occ=2)
P.f("closure starts", "conflict", "date", "April 7", "13 April", "2026-04-07 vs 2026-04-13.", b_occ=2)
P.f("reopening", "agree", "date", "September 1", "1 September", "Both 2026-09-01, written two ways.")
P.f("length of the line", "agree", "quantity", "1,935-metre", "1 935 m", "Same length, thin-space thousands and abbreviation on B.")
P.f("capacity of each new car", "agree", "quantity", "186 passengers each", "186 passengers each", "Same.")
P.f("new travel time", "conflict", "quantity", "five minutes", "4,5 minutes", "5 vs 4.5 minutes for the new ride.")
P.f("hourly capacity", "agree", "quantity", "1,400 passengers an hour", "1 400 people an hour", "Same figure, passengers vs people.")
P.f("EU contribution", "related", "quantity", "63%", "9,2 million €", "Share in percent vs amount in euros (63% of 14.6m = 9.2m): different measures, compatible.")
P.f("passengers last year", "agree", "quantity", "about 620,000 passengers", "617 000 passengers", "Rounded vs exact.")
P.f("year the line opened", "agree", "date", "1908", "1908", "Same year.")
P.f("tired cars quote", "conflict", "quote", "The cars are tired, the cables are tired, and so is the timetable,",
    "The cars are tired, the cables are tired, and so is the timetable,", "Same words: chief executive Hudák (A) vs technical director Kollárová (B).")
P.f("mayor defends the timing", "agree", "quote", "It hurts for a season, but the alternative is a line that stops working in the middle of August,",
    "Better one hard summer than a funicular that breaks down in the middle of the season,", "Both Mayor Sekera; reworded, same meaning.")
P.f("replacement bus", "conflict", "statement", "The operator said it would run a free replacement bus between Stary Smokovec and Hrebienok",
    "THD has ruled out a replacement bus", "Will run a free bus vs ruled out a bus.")
P.f("fares", "agree", "statement", "It also said it would not raise fares in 2026 to pay for the work.",
    "tickets will stay at the 2025 price until the end of 2026", "No fare rise in 2026 on both sides.")
P.f("EU grant", "related", "statement", "The Slovak transport ministry approved the grant in November.",
    "The company applied for the grant in 2024.", "Approval vs application: two steps of the same grant.")
pairs.append(P.out())

# ---- p2 Uzbekistan: Fargona Motors night shift
P = Pair("p2a_uzbekistan_carplant_shift_steppewire.txt", "p2b_uzbekistan_carplant_shift_andijonxabarlari.txt")
P.f("night shift ends", "conflict", "date", "March 2", "16 March", "2026-03-02 vs 2026-03-16.")
P.f("announcement", "agree", "date", "Monday", "9 February", "A's Monday = 2026-02-09 (published Tue 10 Feb).")
P.f("workers affected", "agree", "quantity", "About 1,800 workers", "1 750 workers", "Rounded (about) vs exact.", b_occ=2)
P.f("new daily output", "agree", "quantity", "280 cars", "280 cars a day", "Same.")
P.f("share of wage paid", "conflict", "quantity", "60%", "70 percent", "60% vs 70% of the basic wage.")
P.f("average basic wage", "agree", "quantity", "about 6.5 million soums", "6 400 000 so'm", "Approximate 6.5m vs 6.4m soums, spelled out vs digits.")
P.f("plant workforce", "agree", "quantity", "6,200 employees", "6 200 people", "Same.")
P.f("output 2025 vs plan 2026", "related", "quantity", "118,000 vehicles", "85 000 cars", "Built in 2025 vs planned for 2026: two different years.")
P.f("fall in exports", "agree", "quantity", "38%", "almost 40 percent", "38% vs 'almost 40 percent': compatible.")
P.f("not closing quote", "conflict", "quote", "We are not closing anything, we are adjusting to the market,",
    "We are not closing anything, we are adjusting to the market,", "Same words: plant director Nazarov (A) vs spokeswoman Yusupova (B).")
P.f("union on the street", "agree", "quote", "Our people will not be thrown on the street, that is the main thing,",
    "Nobody from our plant should end up on the street,", "Both Tursunov; reworded.")
P.f("layoffs", "conflict", "statement", "Nazarov ruled out layoffs",
    "the company has not excluded job cuts later in the year", "Ruled out vs has not excluded.")
P.f("Kazakh duty to blame", "agree", "statement", "The company denied that the cut was linked to the higher import duty on cars that Kazakhstan introduced in January",
    "Yusupova rejected suggestions that Kazakhstan's new duty on imported cars was to blame", "Same denial.")
P.f("state support for demand", "related", "statement", "The economy ministry said it was considering a subsidy on car loans",
    "the Cabinet of Ministers had already extended the state scrappage scheme", "Two different support measures.")
pairs.append(P.out())

# ---- p3 San Marino: Guidi Titano order
P = Pair("p3a_sanmarino_furniture_export_adriaticbusinesswire.txt", "p3b_sanmarino_furniture_export_lavocedeltitano.txt")
P.f("value of the order", "agree", "quantity", "€7.8 million", "€ 7,8 milioni", "Same sum, Italian style on B.", a_occ=2)
P.f("hotel rooms", "agree", "quantity", "1,240 rooms", "1.240 hotel rooms", "Same; dot as thousands separator on B.")
P.f("pieces of furniture", "agree", "quantity", "more than 9,000 pieces", "9.400 pieces", "'More than 9,000' is compatible with 9,400.")
P.f("contract signed", "agree", "date", "March 16", "Monday 16 March", "Both 2026-03-16.")
P.f("delivery deadline", "conflict", "date", "November 30", "31 October", "2026-11-30 vs 2026-10-31.")
P.f("new hires", "conflict", "quantity", "between 30 and 35 workers", "40 new workers", "Range 30-35 vs a single 40.")
P.f("turnover", "related", "quantity", "€21 million", "€ 18,5 milioni", "Revenue in 2025 vs turnover in 2024: two years.")
P.f("export share", "agree", "quantity", "about 85%", "over 80%", "Compatible.")
P.f("founded", "agree", "date", "1962", "1962", "Same year.")
P.f("first hotel opens", "agree", "date", "January", "January 2027", "A's January (future, after a November delivery) = 2027-01.", a_after="opening of the first hotel")
P.f("biggest order quote", "conflict", "quote", "This order is the biggest in our history, and it came to a company of 140 people on a mountain,",
    "This order is the biggest in our history,", "Same words: chief executive Guidi (A) vs Secretary of State Bollini (B).")
P.f("minister's encouragement", "agree", "quote", "We want more companies to try what Guidi has done,", "It shows what our firms can do.", "Both Bollini; reworded.")
P.f("subcontracting to Italy", "conflict", "statement", "none of it would be subcontracted to factories in Italy",
    "Part of the production will be entrusted to a partner workshop in Rimini", "None subcontracted vs part entrusted to a Rimini workshop.")
P.f("state guarantee", "agree", "statement", "The company denied that the order had been won with the help of state export guarantees.",
    "No state guarantee was used for the contract", "Same: no state guarantee.")
P.f("sales outlets abroad", "related", "statement", "the company was considering opening a showroom in Dubai",
    "Last year it opened a sales office in Milan", "A planned Dubai showroom vs an existing Milan office.")
pairs.append(P.out())

# ---- p4 Mali: court fees
P = Pair("p4a_mali_court_fees_sahelpressservice.txt", "p4b_mali_court_fees_lechodebamako.txt")
P.f("new filing fee", "agree", "quantity", "15,000 CFA francs", "15 000 FCFA", "Same fee, FCFA abbreviation on B.")
P.f("old filing fee", "agree", "quantity", "5,000 CFA francs", "5 000 FCFA", "Same.", b_after="instead of")
P.f("fees take effect", "conflict", "date", "May 1", "1 June", "2026-05-01 vs 2026-06-01.")
P.f("decree adopted", "agree", "date", "April 13", "Monday 13 April", "Both 2026-04-13.")
P.f("commercial court fee", "conflict", "quantity", "1.5%", "2 %", "1.5% vs 2% of the claim.")
P.f("cap on the commercial fee", "agree", "quantity", "2 million CFA francs", "2 millions FCFA", "Same.")
P.f("exemption threshold", "agree", "quantity", "less than 100,000 CFA francs", "below 100 000 FCFA", "Same.")
P.f("fee revenue", "related", "quantity", "about 1.2 billion CFA francs", "400 millions FCFA", "Expected yearly revenue under the new fees vs revenue collected last year.")
P.f("number of courts", "agree", "quantity", "more than 60 courts", "64 courts", "Compatible.")
P.f("pending cases", "agree", "quantity", "about 38,000 cases", "38 500 cases", "Rounded vs exact.")
P.f("cost of justice quote", "conflict", "quote", "Justice has a cost, and the state can no longer carry it alone,",
    "Justice has a cost, and the state can no longer carry it alone,", "Same words: minister Keïta-Sidibé (A) vs secretary-general Sangaré (B).")
P.f("bar: a tax, not reform", "agree", "quote", "We understand that the courts need money, but tripling a fee overnight is not reform, it is a tax,",
    "To triple a fee in one night is a tax, not a reform,", "Both Coulibaly; reworded.")
P.f("lawyers' strike", "conflict", "statement", "said lawyers would not strike over the decree",
    "The Bar has called a three-day strike of hearings", "Would not strike vs has called a strike.")
P.f("access for the poor", "agree", "statement", "The ministry denied that the fees would keep poor people out of the courts",
    "The ministry rejected claims that justice would become reserved for the rich.", "Same denial.")
P.f("legal-aid fund", "related", "statement", "the ministry was considering creating a legal-aid fund",
    "A legal aid fund was created by law in 2019, but it has never received money", "New fund under consideration vs an unfunded 2019 fund.")
pairs.append(P.out())

# ---- p5 Bosnia and Herzegovina: apricot harvest
P = Pair("p5a_bosnia_apricot_harvest_balkannewswire.txt", "p5b_bosnia_apricot_harvest_hercegovackiglasnik.txt")
P.f("expected harvest", "agree", "quantity", "about 3,200 tonnes", "3.150 tonnes", "Approximate vs exact estimate.")
P.f("harvest 2025", "agree", "quantity", "7,500 tonnes", "7.500 tonnes", "Same; dot thousands on B.")
P.f("fall in the harvest", "agree", "quantity", "about 57%", "almost 60 percent", "Compatible.")
P.f("night of the frost", "conflict", "date", "April 3", "5 April", "2026-04-03 vs 2026-04-05.")
P.f("orchard area hit", "agree", "quantity", "about 1,100 hectares", "About 1.100 ha", "Same; ha abbreviation.")
P.f("farm-gate price", "conflict", "quantity", "2.40 marks", "KM 3,10", "2.40 vs 3.10 marks a kilo at the farm gate.")
P.f("compensation money", "related", "quantity", "1.5 million marks", "KM 800 per hectare", "Total set aside vs per-hectare sum growers ask for.")
P.f("growers in the cooperative", "agree", "quantity", "about 900 growers", "850 member growers", "About 900 vs 850: compatible.")
P.f("picking starts", "agree", "date", "June 22", "22 June", "Both 2026-06-22.")
P.f("earlier frost", "agree", "date", "2021", "2021", "Same year.")
P.f("never seen a frost quote", "conflict", "quote", "We have never seen a frost like this in April,",
    "We have never seen a frost like this in April,", "Same words: cooperative head Marić (A) vs agronomist Hodžić (B).")
P.f("processor on local fruit", "agree", "quote", "Our customers buy Herzegovina apricots, not apricots from somewhere else,",
    "We will work with what Herzegovina gives us, even if it is little,", "Both Kovač; reworded (local fruit only).")
P.f("compensation decision", "conflict", "statement", "has agreed to pay compensation to growers",
    "The Federation government has not yet decided on compensation", "Has agreed vs has not yet decided.")
P.f("imports of fruit", "agree", "statement", "said they had ruled out importing fruit", "will not import fruit", "Same.")
P.f("frost protection", "related", "statement", "canton said it was considering subsidies for such equipment from next year",
    "Some growers installed anti-frost sprinklers after the 2021 frost", "Future subsidy vs equipment already installed by some.")
pairs.append(P.out())

# ---- p6 Turkmenistan: wool price
P = Pair("p6a_turkmenistan_wool_price_caspiancommoditywire.txt", "p6b_turkmenistan_wool_price_maryhabarlary.txt")
P.f("new fine-wool price", "agree", "quantity", "12 manat", "12 manat", "Same.")
P.f("old fine-wool price", "agree", "quantity", "8.50 manat", "8,5 manat", "Same, decimal comma on B.")
P.f("size of the increase", "conflict", "quantity", "about 41%", "50 percent", "41% (correct for 8.50->12) vs 50%.")
P.f("coarse-wool price", "conflict", "quantity", "6 manat", "5,5 manat", "6 vs 5.5 manat.")
P.f("national plan vs one collection point", "related", "quantity", "18,000 tonnes", "about 900 tonnes", "State purchase plan this year vs Mary collection point intake last year.")
P.f("state purchase plan", "agree", "quantity", "18,000 tonnes", "18 thousand tonnes", "Same, written two ways.")
P.f("payment time", "agree", "quantity", "within 10 days", "ten days", "Same.")
P.f("sheep numbers", "agree", "quantity", "more than 15 million sheep", "15,4 million sheep", "Compatible.")
P.f("decree signed", "agree", "date", "July 20", "20 July", "Both 2026-07-20.")
P.f("new price applies from", "conflict", "date", "August 1", "15 July", "2026-08-01 vs 2026-07-15.")
P.f("shepherd and weaver quote", "conflict", "quote", "The shepherd must earn as much as the weaver,",
    "The shepherd must earn as much as the weaver,", "Same words: deputy minister Atayev (A) vs workshop director Nurmuhammedowa (B).")
P.f("good carpets quote", "agree", "quote", "If we want good carpets, we must start with the sheep.",
    "Good carpets begin with well-paid herders,", "Both Atayev (transliterated Atayew on B); reworded.")
P.f("private buyers", "conflict", "statement", "private traders would still be allowed to buy wool directly from herders",
    "private buyers will be barred from purchasing wool at the farms", "Allowed vs barred.")
P.f("wool shortage", "agree", "statement", "The ministry denied reports from herders in Mary province that carpet factories were short of wool",
    "There is no shortage of wool at our carpet workshops", "Same: no shortage.")
P.f("raw wool exports", "related", "statement", "The government is considering requiring a licence for exports of raw wool",
    "Last year exports of raw wool to China grew", "Planned licence vs last year's export trend.")
pairs.append(P.out())

# ---- p7 Vanuatu: cyclone shelters
P = Pair("p7a_vanuatu_cyclone_shelters_pacificregionalwire.txt", "p7b_vanuatu_cyclone_shelters_nasarapost.txt")
P.f("number of shelters", "conflict", "quantity", "48 reinforced evacuation centres", "50 cyclone shelters", "48 vs 50.")
P.f("cost of the programme", "agree", "quantity", "1.9 billion vatu", "VT 1,900 million", "Same sum, billion vs million.", a_occ=2)
P.f("provinces", "agree", "quantity", "all six provinces", "six provinces", "Same.")
P.f("capacity per shelter", "agree", "quantity", "up to 300 people", "300 people each", "Same maximum.")
P.f("people sheltered", "agree", "quantity", "about 14,000 people", "some 14 400 people", "Compatible.")
P.f("launch", "agree", "date", "September 14", "Monday 14 September", "Both 2026-09-14.")
P.f("completion", "conflict", "date", "2028", "November 2027", "End of 2028 vs November 2027.")
P.f("grant vs unit cost", "related", "quantity", "1.2 billion vatu", "about VT 38 million", "ADB grant (part of total) vs cost of one shelter.")
P.f("Cyclone Pam", "agree", "date", "2015", "2015", "Same year.")
P.f("church roof quote", "conflict", "quote", "No family should have to shelter under a church roof that blows away,",
    "No family should have to shelter under a church roof that blows away,", "Same words: minister Namaka (A) vs Chief Tomasi (B).")
P.f("how sites were chosen", "agree", "quote", "We went where the wind has hit hardest and where people have nowhere to go,",
    "We chose the places where the wind comes hardest and where people have no safe building,", "Both Tari; reworded.")
P.f("upkeep costs", "conflict", "statement", "The government will not charge communities for the upkeep of the buildings",
    "But villages will be asked to pay for the upkeep of their shelter", "Will not charge vs villages will pay.")
P.f("political choice of sites", "agree", "statement", "The government denied that the locations had been picked for political reasons",
    "He rejected claims that the list favoured the constituencies of government MPs.", "Same denial.")
P.f("schools as shelters", "related", "statement", "it was considering a rule that all new schools should be built to serve as shelters",
    "schools were used as shelters in Pentecost and Ambrym", "Future rule vs past use in 2023.")
pairs.append(P.out())

# ---- p8 Solomon Islands: voter registration
P = Pair("p8a_solomonislands_voter_registration_melanesianewsservice.txt", "p8b_solomonislands_voter_registration_honiarasun.txt")
P.f("target of new voters", "conflict", "quantity", "120,000 new voters", "150 000 new voters", "120,000 vs 150,000.", a_occ=2)
P.f("drive starts", "conflict", "date", "November 16", "23rd November", "2026-11-16 vs 2026-11-23.", b_occ=2)
P.f("length of the drive", "agree", "quantity", "six-week", "6 weeks", "Spelled out vs digits.", a_occ=2)
P.f("budget", "agree", "quantity", "SI$28 million", "$28m", "Same; SBD on both.")
P.f("registration centres", "agree", "quantity", "more than 1,000 registration centres", "1 050 registration centres", "Compatible.")
P.f("provinces", "agree", "quantity", "all nine provinces", "9 provinces", "Same.")
P.f("size of the roll", "related", "quantity", "About 420,000 people", "450 000 names", "Current roll vs the roll at the 2024 elections.")
P.f("announcement", "agree", "date", "Monday", "yesterday", "Both 2026-11-09.", b_occ=2)
P.f("election year", "agree", "date", "2027", "next year", "2027 written two ways.")
P.f("registration officers", "agree", "quantity", "more than 2,500 officers", "2 500 registration officers", "Compatible.")
P.f("officers' daily pay", "agree", "quantity", "SI$350", "$350", "Same.")
P.f("voice lost quote", "conflict", "quote", "A vote that is not registered is a voice that is lost,",
    "A vote that is not registered is a voice that is lost,", "Same words: Ramo (A) vs youth council president Kwaiga (B).")
P.f("young voters quote", "agree", "quote", "We want every young person who has turned eighteen to be on that roll.",
    "If you are eighteen, come and put your name on the roll, because nobody can do it for you,", "Both Ramo; reworded.")
P.f("cleaning the roll", "conflict", "statement", "the commission had already removed more than 9,000 dead voters from the roll",
    "the commission has not yet begun cleaning the roll", "Has already removed vs has not yet begun.")
P.f("online registration", "agree", "statement", "The commission has ruled out online registration",
    "There will be no online registration", "Same.")
P.f("extension of the drive", "related", "statement", "The commission is considering extending the drive into January",
    "the registration period was extended by two weeks", "Possible extension now vs the 2023 extension.")
pairs.append(P.out())

with open(os.path.join(HERE, "gold", "pairs.gold.json"), "w", encoding="utf-8") as f:
    json.dump(pairs, f, ensure_ascii=False, indent=1)
    f.write("\n")
