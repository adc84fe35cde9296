import os, sys
import json
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "tools"))
import goldlib  # noqa: E402

goldlib.use(HERE)
Pair = goldlib.Pair
OUT = []

# ---------------- pair 1: Tallholm Bridge
P = Pair("p1a_tallholm_bridge_npa.txt", "p1b_tallholm_bridge_daily.txt")
P.f("date the closure begins", "agree", "date", "April 20", "20 April", "Both 2026-04-20.")
P.f("day the closure was announced", "agree", "date", "Monday", "Monday",
    "A: the authority said on Monday (its date line, March 9); B: a public meeting on Monday evening; both 2026-03-09.")
P.f("length of the closure", "conflict", "quantity", "14 months", "18 months",
    "Same closure: A says 14 months, B says 18 months (until the autumn of 2027).", a_occ=2, b_occ=2)
P.f("total number of cables on the bridge", "agree", "quantity", "112 cables", "112 cables", "Both 112.")
P.f("number of damaged cables", "agree", "statement", "36 suspension cables", "nearly a third",
    "A: 36 cables; B: nearly a third of 112 (36/112 = 32%): compatible; B gives only a fraction.")
P.f("cost of the repairs", "agree", "quantity", "1.2 billion Swedish crowns", "about SEK 1.2bn", "Same amount.")
P.f("daily traffic on the bridge", "agree", "quantity", "about 28,000 vehicles", "More than 27,000 vehicles",
    "About 28,000 satisfies 'more than 27,000'.")
P.f("average daily traffic vs the municipality's summer-weekday count", "related", "quantity",
    "about 28,000 vehicles", "31,000 vehicles",
    "B's 31,000 is a different measure (municipal counters, summer weekdays, last year), not the average day: not a conflict.")
P.f("who said 'We cannot take any risk with a structure that carries this much traffic'", "conflict", "quote",
    "We cannot take any risk with a structure that carries this much traffic,",
    "We cannot take any risk with a structure that carries this much traffic,",
    "Same words: A attributes them to director Ingrid Malmberg, B to county commissioner Per Lindqvist.")
P.f("reopening one lane during the works", "conflict", "statement",
    "Malmberg ruled out reopening a single lane for cars while the work is under way",
    "said one lane would reopen for cars and buses in the autumn",
    "Opposite polarity: A says Malmberg ruled out a lane for cars during the works; B says she said one lane would reopen in the autumn.")
P.f("free ferry service during the closure", "agree", "statement", "free of charge", "a free ferry service",
    "Both report free ferries; A adds two extra ferries every 20 minutes.")
P.f("year the bridge opened", "agree", "date", "1972", "1972", "Both 1972.")
P.f("extra journey for drivers", "related", "quantity", "25 km", "up to 40 minutes",
    "A gives the diversion's distance, B the extra driving time to hospital: different measures.")
P.f("earlier checks of the cables", "related", "date", "2023", "2019",
    "A: last full inspection in 2023; B: an engineers' report in 2019. Different events, not a conflict.")
OUT.append(P.out())

# ---------------- pair 2: North Sea cod quota
P = Pair("p2a_cod_quota_cns.txt", "p2b_cod_quota_courier.txt")
P.f("size of the cut in the cod quota", "conflict", "quantity", "12%", "15%",
    "Same agreement: A says 12%, B says 15%.", a_occ=2, b_occ=2)
P.f("cod quota after the cut", "agree", "quantity", "21,400 tonnes", "about 21,000 tonnes",
    "21,400 rounds to about 21,000 (B's figure is qualified): compatible.")
P.f("year the new quotas apply", "agree", "date", "next year", "2027",
    "A: 'next year' from a 27 Nov 2026 date line = 2027; B: 'for 2027'.", b_after="for 2027")
P.f("day the deal was reached", "agree", "date", "Friday", "Friday", "Both Friday 27 November 2026.")
P.f("herring quota", "agree", "quantity", "318,000 tonnes", "318,000 tonnes", "Identical.")
P.f("mackerel Norway may catch in British waters", "agree", "quantity", "up to 30,000 tonnes", "30,000 tonnes",
    "Same ceiling; A adds it was 25,000 tonnes this year.")
P.f("cut recommended by ICES", "agree", "quantity", "20%", "20%", "Both 20%.")
P.f("who said 'This is a hard but necessary decision for the cod'", "conflict", "quote",
    "This is a hard but necessary decision for the cod,", "This is a hard but necessary decision for the cod,",
    "Same words: A attributes them to Norway's Sigrid Haugland, B (via 'he said') to Britain's Tom Ashdown.")
P.f("ban on bottom trawling at the Viking Bank", "conflict", "statement",
    "He said Britain would not agree to a ban on bottom trawling in the Viking Bank area",
    "he confirmed that Britain had agreed to a trial ban on bottom trawling across part of the Viking Bank",
    "Opposite polarity: A says Britain would not agree to the ban; B says Ashdown confirmed Britain had agreed to a trial ban.")
P.f("Scottish boats affected", "related", "quantity", "as many as 150 Scottish boats", "between 80 and 120 Scottish boats",
    "A: boats that a LARGER cut would have idled (Ashdown); B: boats the agreed cut will idle (federation estimate). Different scenarios.")
P.f("length of the negotiations", "related", "quantity", "four rounds", "four weeks",
    "A counts rounds of talks, B the weeks of negotiation: different measures.")
P.f("Scottish industry's reaction", "related", "statement",
    "The Scottish Fishermen's Federation welcomed the herring increase",
    "Scottish fishermen have reacted angrily",
    "A reports the federation welcoming the herring rise, B the fishermen's anger at the cod cut: different aspects of the deal, not opposite claims about one thing.")
OUT.append(P.out())

# ---------------- pair 3: okapi loan
P = Pair("p3a_okapi_loan_gws.txt", "p3b_okapi_loan_ledger.txt")
P.f("number of okapis lent", "agree", "quantity", "Two okapis", "two okapis", "Both two (Kivu and Ituri).")
P.f("length of the loan", "conflict", "quantity", "10-year", "12-year",
    "A: a 10-year loan; B: a 12-year agreement. Same deal.", a_occ=2)
P.f("fee for the animals", "conflict", "statement",
    "would not pay a fee for the animals",
    "she confirmed the zoo would pay Zoo Brabant an annual contribution of €150,000",
    "A: Whitford said the zoo would not pay a fee; B: she confirmed an annual payment of €150,000 to Zoo Brabant.")
P.f("who said 'Okapis are shy, sensitive animals...'", "conflict", "quote",
    "Okapis are shy, sensitive animals, and this move has been two years in the planning,",
    "Okapis are shy, sensitive animals, and this move has been two years in the planning,",
    "Same words: A attributes them to Zoo Brabant's Marc Dewitte, B to Great Lakes Zoo's Dana Whitford.")
P.f("Whitford: conservation, not commerce", "agree", "quote",
    "This is about conservation, not commerce,", "about conservation, not commerce",
    "Same speaker (Dana Whitford), same words; B quotes a fragment.")
P.f("cost of the new enclosure", "agree", "quantity", "C$6.5 million", "about $6.5 million",
    "Same amount in Canadian dollars (B's '$' in a Toronto paper).")
P.f("arrival of the okapis", "agree", "date", "July 9", "July",
    "A: July 9; B: early July. Compatible (B at month grain).")
P.f("day of the announcement", "agree", "date", "Tuesday", "Tuesday", "Both Tuesday 16 June 2026.")
P.f("last okapis in Canada", "agree", "date", "2011", "2011", "Both 2011.")
P.f("okapis left in the wild", "agree", "quantity", "between 10,000 and 25,000 okapis", "around 15,000 animals",
    "Both IUCN; 15,000 lies inside A's range: compatible.")
P.f("okapis in zoos", "related", "quantity", "about 90 okapis", "Fewer than 100 okapis",
    "A: okapis managed by the European breeding programme; B: okapis in zoos in Europe and North America (AZA). Different populations.")
P.f("quarantine period", "agree", "quantity", "30 days", "30-day", "Both 30 days.")
P.f("when visitors can see the okapis", "agree", "statement", "in September", "from late summer",
    "A: on display in September; B: from late summer. Compatible.")
OUT.append(P.out())

# ---------------- pair 4: Shannon Bank branch closures
P = Pair("p4a_bank_branches_ena.txt", "p4b_bank_branches_examiner.txt")
P.f("number of branches to close", "agree", "quantity", "48 branches", "48 branches", "Both 48.", a_occ=2, b_occ=2)
P.f("jobs lost", "agree", "quantity", "around 310 jobs", "up to 350 staff",
    "Around 310 falls within 'up to 350': compatible.")
P.f("compulsory redundancies", "conflict", "statement",
    "She said there would be no compulsory redundancies",
    "Ms Fahy did not rule out compulsory redundancies",
    "Opposite polarity: A says Fahy ruled them out; B says she did not rule them out.")
P.f("annual savings", "agree", "quantity", "about 35 million euros", "around €35m", "Same amount.")
P.f("day of the announcement", "agree", "date", "Wednesday", "yesterday",
    "A: Wednesday (date line Feb 11); B: 'yesterday' from 12 February 2026. Both 2026-02-11.")
P.f("when the closures are completed", "agree", "date", "September", "September",
    "A: by the end of September; B: in phases between May and September.")
P.f("share of transactions done online", "agree", "statement", "92%", "nine in ten transactions",
    "92% is about nine in ten: compatible (B gives only a ratio).")
P.f("government stake in the bank", "agree", "quantity", "14%", "just under 15%", "14% is just under 15%.")
P.f("government will not intervene", "agree", "statement",
    "would not intervene in commercial decisions", "would not interfere in the bank's commercial strategy",
    "Same position (A via the finance minister, B from 'the Government').")
P.f("union: 'a body blow for rural Ireland'", "agree", "quote",
    "This is a body blow for rural Ireland,", "a body blow for rural Ireland",
    "Same speaker (Cathal Rooney), same words.")
P.f("number of mobile branch vans", "conflict", "quantity", "12 mobile branch vans", "10 mobile branch vans",
    "Same service: 12 vs 10 vans.")
P.f("size of the branch network", "agree", "quantity", "171-branch", "171 branches", "Both 171.")
P.f("earlier round of closures vs this round", "related", "quantity", "22 branches", "48 branches",
    "A's 22 branches were closed in 2023; B's 48 is the current programme.", b_occ=2)
P.f("jobs lost vs total workforce", "related", "quantity", "around 310 jobs", "about 4,800 people",
    "B's 4,800 is the bank's whole Irish workforce, not the job cuts.")
OUT.append(P.out())

# ---------------- pair 5: Dunewave festival
P = Pair("p5a_dunewave_newswire.txt", "p5b_dunewave_courier.txt")
P.f("opening date of the festival", "agree", "date", "July 17", "17 July", "Both 2026-07-17.")
P.f("time left before the opening", "agree", "quantity", "less than three weeks", "just over two weeks",
    "Between two and three weeks in both (15 days): compatible.")
P.f("tickets sold", "conflict", "quantity", "38,000 tickets", "More than 45,000 tickets",
    "38,000 is below B's lower bound of 45,000.")
P.f("refund period", "conflict", "quantity", "14 days", "30 days", "Same refund promise: within 14 vs 30 days.")
P.f("festival returning to Westkapelle next year", "conflict", "statement",
    "the festival would not return to Westkapelle next year",
    "confirmed that Dunewave would return to Westkapelle in 2027",
    "Opposite polarity, both attributed to Joost van Rijn.")
P.f("who said 'We cannot gamble with the lives of 40,000 people on a beach'", "conflict", "quote",
    "We cannot gamble with the lives of 40,000 people on a beach,",
    "We cannot gamble with the lives of 40,000 people on a beach,",
    "Same words: A attributes them to Mayor Freek de Wilde, B to alderman Ineke Baars.")
P.f("day the permit was refused", "agree", "date", "Wednesday", "Wednesday", "Both Wednesday 1 July 2026.")
P.f("weekend ticket price", "agree", "quantity", "219 euros", "€219", "Same price.")
P.f("organisers' losses", "agree", "quantity", "between 4 million and 5 million euros", "around five million euros",
    "'Around five million' is compatible with A's range.")
P.f("attendance last year", "agree", "quantity", "41,000 visitors", "41,000 people", "Both 41,000 in 2025.")
P.f("organisers will contest the decision", "agree", "statement", "would challenge it", "he would appeal",
    "Same intention in both.")
P.f("money at stake: local visitor spending vs security spending", "related", "quantity",
    "around 12 million euros", "€1.8m",
    "A: expected local visitor spending; B: organisers' security and flood-planning budget. Different measures.")
OUT.append(P.out())

# ---------------- pair 6: Jamaica census
P = Pair("p6a_jamaica_census_cw.txt", "p6b_jamaica_census_chronicle.txt")
P.f("population counted", "agree", "quantity", "2,651,300 people", "2,651,300 people", "Identical.")
P.f("fall since the last census", "agree", "quantity", "1.8%", "roughly 2%", "1.8% is roughly 2%: compatible.")
P.f("year of the previous census", "agree", "date", "2011", "2011", "Both 2011.", b_occ=2)
P.f("day the results were released", "agree", "date", "Thursday", "yesterday",
    "A: Thursday (date line Oct 8); B: 'yesterday' from Friday 9 October. Both 2026-10-08.")
P.f("Whyte: older and smaller", "agree", "quote",
    "Our population is getting older and smaller at the same time, and that has consequences for every part of national planning,",
    "Our population is getting older and smaller at the same time,",
    "Same speaker (Carla Whyte), same words; B splits the sentence around 'Whyte said'.")
P.f("fertility rate", "agree", "quantity", "1.4 children", "1.4 children", "Both 1.4 children per woman.")
P.f("share of population aged 65 and over", "conflict", "quantity", "12%", "11%",
    "Same preliminary figure for this census: 12% vs 11%.")
P.f("share aged 65+ in 2011 vs now", "related", "quantity", "8%", "11%",
    "A's 8% is the 2011 share; B's 11% is the current share: different years.", a_after="from 8%")
P.f("raising the pension age", "conflict", "statement",
    "He denied that the government planned to raise the retirement age in response.",
    "confirmed that the government was studying a gradual increase in the pension age",
    "Opposite polarity, both attributed to Finance Minister Everton Blake.")
P.f("share of households reached", "conflict", "quantity", "97%", "94%", "Same coverage figure: 97% vs 94%.")
P.f("cost of the census", "agree", "quantity", "2.3 billion Jamaican dollars", "J$2.3 billion", "Same amount.")
P.f("people who answered online", "agree", "quantity", "about 60,000 people", "Some 58,000 people",
    "Both approximate; 58,000 is about 60,000.")
P.f("date of the final results", "agree", "date", "March 2027", "2027", "A: March 2027; B: early 2027. Compatible.")
P.f("cause of the decline", "agree", "statement", "It blamed emigration and a falling birth rate",
    "the decline was driven mainly by migration", "Both name emigration.")
OUT.append(P.out())

# ---------------- pair 7: ferry inquiry
P = Pair("p7a_ferry_inquiry_mp.txt", "p7b_ferry_inquiry_post.txt")
P.f("hours the captain had been on duty", "conflict", "quantity", "19 hours", "22 hours",
    "Same measure (on duty without rest): 19 vs 22 hours.", b_occ=2)
P.f("date of the grounding", "agree", "date", "September 14, 2025", "14 September last year",
    "Both 2025-09-14 (B: 'last year' from a May 2026 date line).")
P.f("people on board", "agree", "statement", "412 passengers and 58 crew", "More than 450 people",
    "A gives passengers and crew separately (two quantities), never a total; 412 + 58 = 470, which is more than 450: compatible. Typed 'statement' because A does not state the total as one figure; comparing 412 passengers alone with 'more than 450 people' would be a false conflict.")
P.f("deaths", "agree", "quantity", "Two passengers", "two people", "Both two dead.")
P.f("radar alarm was switched off", "agree", "statement",
    "the ship's radar alarm had been switched off",
    "an alarm on the radar system, which would have warned the bridge that the ship was drifting towards the shore, had been disabled",
    "Same finding, paraphrased.")
P.f("who said 'The grounding was avoidable'", "conflict", "quote",
    "The grounding was avoidable. A rested crew and a working alarm would have prevented it,",
    "The grounding was avoidable,",
    "Same words: A attributes them to the board's chairman (named elsewhere in A as Nikos Spanos), B to Shipping Minister Eleni Katsarou.")
P.f("Katsarou: passengers must be able to trust every ship", "agree", "quote",
    "Passengers must be able to trust every ship that leaves a Greek port,",
    "Passengers must be able to trust every ship that leaves a Greek port.",
    "Same speaker (Eleni Katsarou), same words.")
P.f("operator's pressure on the captain", "conflict", "statement",
    "It denied that it had pressured the captain to keep to the timetable despite poor weather.",
    "A company spokesman admitted that \"commercial pressure\" had played a part",
    "Opposite polarity: A says Cyclades Blue Lines denied pressuring the captain; B says a spokesman admitted commercial pressure played a part.")
P.f("number of recommendations", "agree", "quantity", "23 recommendations", "23 recommendations", "Both 23.")
P.f("day the report was published", "agree", "date", "Wednesday", "yesterday",
    "A: Wednesday (date line May 20); B: 'yesterday' from Thursday 21 May. Both 2026-05-20.")
P.f("when recommendations become law", "agree", "statement", "by the end of the year", "before 2027",
    "Both: within 2026.")
P.f("passengers on board vs the operator's annual traffic", "related", "quantity", "412 passengers", "3.2 million passengers",
    "B's figure is the company's passengers in 2025, not those on board.")
OUT.append(P.out())

# ---------------- pair 8: teachers' pay offer
P = Pair("p8a_teachers_pay_pnw.txt", "p8b_teachers_pay_capital.txt")
P.f("total pay rise offered", "agree", "quantity", "9%", "9%", "Both 9%.", a_occ=2)
P.f("length of the deal", "agree", "quantity", "three years", "three-year", "Both three years.", a_occ=2)
P.f("value of the offer", "conflict", "quantity", "about NZ$540 million", "NZ$610m",
    "Same government valuation: about NZ$540m vs NZ$610m (too far apart for 'about').")
P.f("first instalment", "agree", "quantity", "3.5%", "3.5%", "Both 3.5%.")
P.f("date of the first instalment", "agree", "date", "October 1", "October", "A: October 1; B: October. Compatible.")
P.f("one-off payment", "agree", "quantity", "NZ$1,500", "NZ$1,500", "Identical.")
P.f("union executive's recommendation", "conflict", "statement",
    "would put the offer to members but would not recommend it",
    "the union's executive would recommend members accept it",
    "Opposite polarity, both attributed to Hemi Walker.")
P.f("class sizes", "related", "statement",
    "Tamihana ruled out reopening talks on class sizes",
    "Tamihana agreed to set up a working group on class sizes",
    "A: no reopening of the pay talks on class sizes (handled in a separate review); B: a separate working group. Different commitments, compatible.")
P.f("when the class-size review reports", "agree", "date", "next year", "March 2027",
    "A: review due next year (2027); B: working group reports by March 2027.", a_occ=2)
P.f("who said 'This is a fair offer that recognises the work teachers do'", "conflict", "quote",
    "This is a fair offer that recognises the work teachers do, within what the country can afford,",
    "This is a fair offer that recognises the work teachers do,",
    "Same words: A attributes them to Education Minister Grace Tamihana, B to Prime Minister Andrew Hollis.")
P.f("size of the union", "agree", "quantity", "about 19,000 teachers", "about 19,500 members",
    "Both approximate, close: compatible.")
P.f("union's original claim", "agree", "quantity", "15%", "15%", "Both 15% over two years.")
P.f("teacher vacancies", "related", "quantity", "more than 1,200 vacancies", "more than 1,000 vacancies",
    "A: national, Education Ministry, first half of 2026; B: Auckland and Northland, principals' estimate. Different scopes.")
P.f("date the ballot closes", "agree", "date", "September 18", "18 September", "Both 2026-09-18.")
P.f("day the offer was announced", "agree", "date", "Wednesday", "yesterday", a_occ=2, note=
    "A: Wednesday (date line Aug 19); B: 'yesterday' from Thursday 20 August. Both 2026-08-19.")
OUT.append(P.out())

with open(os.path.join(goldlib.GOLD, "pairs.gold.json"), "w", encoding="utf-8") as f:
    json.dump(OUT, f, ensure_ascii=False, indent=1)
    f.write("\n")
