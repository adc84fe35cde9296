# (run from build_pairs.py)
# ---------------- pair 5: Serbia tennis tournament sale
P = Pair("p5a_serbia_tennis_tournament_balkanwire.txt", "p5b_serbia_tennis_tournament_belgradeherald.txt")
P.f("sale price", "agree", "quantity", "9.5 million euros", "9.5 million euros", "Same.")
P.f("prize money this year", "agree", "quantity", "$700,000", "$700,000", "Same.")
P.f("prize money in 2027", "agree", "quantity", "$1.1 million", "$1.1 million", "Same.")
P.f("centre court investment", "agree", "quantity", "about 2 million euros", "about 2 million euros", "Same.")
P.f("centre court capacity after works", "conflict", "quantity", "6,000", "6,500", "6,000 vs 6,500 seats.")
P.f("state subsidy", "agree", "quantity", "60 million dinars a year", "60 million dinars a year", "Same.")
P.f("price paid for the licence in 2021", "agree", "quantity", "about 6 million euros", "around 6 million euros", "Same.")
P.f("attendance last year", "agree", "quantity", "48,000 spectators", "48,000", "Same.")
P.f("percent rises", "related", "quantity", "12%", "about 10 per cent", "A: rise in attendance; B: rise in ticket prices. Same unit, different things.")
P.f("sale closes by", "conflict", "date", "July", "June", "End of July vs end of June.")
P.f("2026 tournament starts", "agree", "date", "September 21", "21 September", "Both 2026-09-21.")
P.f("stays in Belgrade until", "agree", "date", "2030", "2030", "Same.")
P.f("who said the tournament stays", "conflict", "quote", "The tournament stays in Belgrade, and the fans will see bigger names,",
    "The tournament stays in Belgrade, and the fans will see bigger names,", "Same words: A gives them to seller Marko Stanković, B to buyer Omar Haddad.")
P.f("women's event", "conflict", "statement", "Crescent was also considering a women's event in Belgrade",
    "Crescent ruled out a women's tournament for now", "Considering vs ruled out: opposite polarity.")
P.f("ministry on the sale", "agree", "statement", "said it would not block the sale", "will not stand in the way",
    "Same position; B quotes the minister, A paraphrases the ministry.")
P.f("subsidy tied to Belgrade", "related", "statement", "the subsidy would continue only if the event stayed in Belgrade",
    "has asked for a guarantee in writing that the tournament will stay", "A: condition on the subsidy; B: a written guarantee requested. Compatible, different detail.")
OUT.append(P.out())

# ---------------- pair 6: Bulgaria rose oil
P = Pair("p6a_bulgaria_rose_oil_thraciapress.txt", "p6b_bulgaria_rose_oil_kazanlakvestnik.txt")
P.f("petals processed this season", "agree", "quantity", "about 9,000 tonnes", "8,700 tonnes", "8,700 rounded to about 9,000.")
P.f("petals last year", "agree", "quantity", "14,000 tonnes", "14,000 tonnes", "Same.")
P.f("rose oil output", "agree", "quantity", "1,300 kg", "1,300 kilograms", "Same.")
P.f("oil price range", "agree", "quantity", "between 11,000 and 11,500 euros a kilogram", "11,000 to 11,500 euros", "Same range.")
P.f("aid per decare", "agree", "quantity", "300 leva per decare", "300 leva per decare", "Same.")
P.f("aid in other units", "agree", "quantity", "about 150 euros", "roughly 3,000 leva a hectare",
    "Same aid in other units: 300 leva per decare is about 150 euros per decare and 3,000 leva per hectare.")
P.f("peak temperature", "conflict", "quantity", "36 degrees", "37 degrees", "Late-May peak in the valley: 36 vs 37 degrees.")
P.f("petals per kilogram of oil", "related", "quantity", "about 3.5 tonnes", "four tonnes",
    "A: petals needed in a normal year; B: petals needed this year (B also gives the usual 3.5). Different years.")
P.f("pickers", "agree", "quantity", "some 25,000 seasonal pickers", "About 25,000 seasonal pickers", "Same.")
P.f("claims deadline", "conflict", "date", "July 31", "15 August", "2026-07-31 vs 2026-08-15.")
P.f("final estimate due", "agree", "date", "September", "September", "Both 2026-09.")
P.f("Dimitrov on the short harvest", "agree", "quote", "We have never seen a harvest this short,", "We have never seen a harvest this short,", "Same.")
P.f("who said 'we will pay what the oil costs'", "conflict", "quote", "We will pay what the oil costs,", "We will pay what the oil costs,",
    "A: an unnamed Maison Orrery spokesman (speaker the company); B: purchasing director Claire Duval.")
P.f("reopening talks on aid", "conflict", "statement", "Georgiev said the ministry would not reopen talks on the amount.",
    "The minister agreed to meet the union again next week to discuss the amount.", "Will not reopen talks vs agreed to discuss: opposite polarity.")
P.f("petal exports to Turkey", "agree", "statement", "He ruled out a ban on exports of petals to Turkey",
    "He also ruled out stopping the export of fresh petals to Turkey.", "Same.")
P.f("irrigation fund", "related", "statement", "the ministry was considering a fund for irrigation of rose fields",
    "The minister promised to set up a fund for irrigating rose fields", "Considering vs promised: different degree of commitment, not a contradiction.")
OUT.append(P.out())

# ---------------- pair 7: Slovakia surgical robot
P = Pair("p7a_slovakia_surgical_robot_danubewire.txt", "p7b_slovakia_surgical_robot_vychodnydennik.txt")
P.f("patients operated on", "conflict", "quantity", "Twenty-three patients", "24 patients", "23 vs 24 patients before the halt.", b_occ=2)
P.f("robot cost", "agree", "quantity", "€2.9 million", "2.9 million euros", "Same.")
P.f("EU funds", "agree", "quantity", "€2.1 million", "€2.1 million", "Same.")
P.f("time to restart", "conflict", "quantity", "within two weeks", "about a month", "Within two weeks vs about a month.")
P.f("surgical robots in Slovakia", "agree", "quantity", "five surgical robots", "five", "Same five.")
P.f("waiting list", "agree", "quantity", "About 400 patients", "Some 400 patients", "Same.")
P.f("planned operations per month", "agree", "quantity", "about 300 robotic operations a year", "about 25 a month",
    "Same plan in another unit: 300 a year = 25 a month.")
P.f("technicians lacking", "agree", "quantity", "two technicians", "two more technicians", "Same.")
P.f("wash cycle", "related", "quantity", "20 minutes", "60 minutes", "A: how much too short the cycle was; B: the correct cycle length. Different measures.")
P.f("first robotic operation", "agree", "date", "June 26", "26 June", "Both 2026-06-26.")
P.f("report due", "agree", "date", "July 20", "20 July", "Both 2026-07-20.")
P.f("staff warning", "agree", "date", "June", "June", "Both 2026-06.", a_after="managers in", b_after="warned in")
P.f("patients' association on haste", "agree", "quote", "You cannot buy a robot on Monday and operate on Friday,",
    "You cannot buy a robot on Monday and operate on Friday,", "Same.")
P.f("infections", "conflict", "statement", "None has shown signs of infection",
    "One patient has developed a wound infection", "No signs of infection vs one wound infection: opposite.")
P.f("hospital funding", "related", "statement", "the ministry would not cut the hospital's funding",
    "the ministry would review the hospital's funding", "Would not cut vs would review: different, not strictly contradictory.")
P.f("training of surgeons", "agree", "statement", "saying the surgeons had trained for six months in Austria and in Czechia",
    "the team had spent half a year training abroad", "Same six months abroad.")
OUT.append(P.out())

# ---------------- pair 8: Slovenia Planica overrun
P = Pair("p8a_slovenia_ski_jump_overrun_alpinewire.txt", "p8b_slovenia_ski_jump_overrun_gorenjskilist.txt")
P.f("total cost", "agree", "quantity", "31.4 million euros", "31.4 million euros", "Same.")
P.f("overrun", "agree", "quantity", "38%", "around 8.7 million euros",
    "Same overrun: 8.7 million on a 22.7 million budget is 38%.")
P.f("state share", "agree", "quantity", "20 million euros", "20 million euros", "Same.")
P.f("state bank loan", "agree", "quantity", "6 million euros", "6 million euros", "Same.")
P.f("ski association share", "agree", "quantity", "5.4 million euros", "5.4 million", "Same.")
P.f("steel price rise", "agree", "quantity", "27%", "27 per cent", "Same.")
P.f("workers on site", "conflict", "quantity", "About 120 workers", "Some 140 workers", "About 120 vs some 140 workers now on site.")
P.f("lorries through Rateče", "agree", "quantity", "up to 90 trucks a day", "up to 90 lorries a day", "Same.")
P.f("spectators", "related", "quantity", "8,000 spectators", "85,000 fans", "A: capacity of the new stands; B: attendance over four days in March. Different things.")
P.f("flying hill completion", "conflict", "date", "February 2027", "March 2027", "2027-02 vs 2027-03.")
P.f("original completion", "agree", "date", "November 2026", "November this year", "Both 2026-11.")
P.f("minister on the figure", "agree", "quote", "This is the last time we change the figure,", "This is the last time we change the figure,", "Same.")
P.f("'a sports club, not a bank'", "related", "quote", "We are a sports club, not a bank,", "We are a sports club, not a bank,",
    "A: an anonymous association source; B: named secretary general Marko Hribar. Compatible, not contradictory.")
P.f("Court of Audit", "conflict", "statement", "it was considering asking the Court of Audit to review the contract",
    "it had already asked the Court of Audit to examine the contract", "Considering asking vs already asked.")
P.f("contractor denies underbidding", "agree", "statement", "denied that it had underbid to win the tender",
    "rejected suggestions it had bid too low", "Same denial.")
P.f("no more money", "related", "statement", "the government would not approve any further increase",
    "the association could not raise its share", "A: the government; B: the ski association. Same topic, different actors.")
OUT.append(P.out())
