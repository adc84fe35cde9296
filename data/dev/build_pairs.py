import json, os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tools"))
import goldlib  # noqa: E402

goldlib.use(os.path.dirname(os.path.abspath(__file__)))
ART, GOLD = goldlib.ART, goldlib.GOLD
Pair = goldlib.Pair

P = Pair("101_nepal_quake_reuters.txt", "102_nepal_quake_guardian.txt")
P.f("date of the earthquake", "agree", "date", "Tuesday", "3 November",
    "A: 'late on Tuesday', resolved against its date line (Wed 4 Nov 2026) to 2026-11-03; B: 'shortly before midnight on 3 November'.",
    a_after="late on Tuesday")
P.f("death toll according to the Home Ministry", "conflict", "quantity", "at least 312 people", "289 people",
    "Same source (the home ministry), same day: A says at least 312, B says 289, which is below A's lower bound.")
P.f("death toll according to the Nepal Red Cross", "agree", "quantity", "more than 400", "at least 450 people",
    "A: Red Cross puts the dead at more than 400; B: at least 450. 450 satisfies 'more than 400': compatible.")
P.f("number of injured", "agree", "quantity", "more than 1,100", "1,142",
    "A: more than 1,100 injured; B: 1,142 injured. Compatible.", b_after="injured 1,142")
P.f("houses destroyed according to the government", "agree", "quantity", "12,500 houses", "More than 12,000 homes",
    "12,500 satisfies 'more than 12,000'; both cite government figures.")
P.f("duration of the state of emergency", "conflict", "quantity", "15-day", "30-day",
    "A: a 15-day state of emergency; B: a 30-day state of emergency. Same declaration, incompatible durations.")
P.f("magnitude measured by the USGS", "agree", "quantity", "magnitude 6.4", "6.4-magnitude",
    "Both give 6.4 (A attributes it to the USGS; B gives it as the headline magnitude).", b_occ=2)
P.f("magnitude: USGS figure vs Nepal's own monitoring centre", "related", "quantity", "magnitude 6.4", "6.6",
    "B says Nepal's own centre measured 6.6, a different agency's measurement alongside the same 6.4; not a conflict.",
    b_after="tremor at 6.6")
P.f("Prime Minister Adhikari on reaching every village", "agree", "quote",
    "Our first priority is to reach every village and every injured person, whatever it takes,",
    "Our first priority is to reach every village and every injured person,",
    "Same speaker, same words; B truncates the end of the sentence.")
P.f("government relief funds", "agree", "quantity", "500 million Nepali rupees", "500m rupees",
    "Same amount (500 million rupees); A converts to $3.7 million, B to £2.9m.")
P.f("soldiers deployed", "agree", "quantity", "1,800 soldiers", "more than 1,500 soldiers",
    "1,800 satisfies 'more than 1,500'.")
P.f("people left homeless / without shelter", "agree", "quantity", "as many as 60,000 people", "between 50,000 and 70,000 people",
    "A (Red Cross): up to 60,000 without shelter; B (Save the Children): 50,000-70,000 homeless. Different aid groups, overlapping values: compatible.")
P.f("official counts are too low (Red Cross)", "agree", "quote",
    "The numbers we are seeing from the villages are higher than the official count,",
    "The official figures only count the bodies that have been recovered and registered. In some villages we know of ten or fifteen deaths that nobody has recorded yet.",
    "Both quote Bina Thapa of the Nepal Red Cross saying the official toll undercounts deaths; different words, same claim.")
P.f("aftershocks", "agree", "statement", "More than 40 aftershocks", "Dozens of aftershocks",
    "B gives only a vague 'dozens', compatible with A's 'more than 40'.")
P.f("buildings, not the quake, cause the deaths (Joshi)", "agree", "quote",
    "Most of these houses were built without engineers, and they collapse in seconds,",
    "It is not the earthquake that kills people, it is the buildings,",
    "Same speaker (Hari Prasad Joshi), different quotes making the same point.")
P.f("death toll of the 2015 earthquake", "agree", "quantity", "nearly 9,000 people", "almost 9,000 people",
    "Both approximately 9,000.")
P.f("date of the earlier Jajarkot quake", "agree", "date", "November 2023", "November 2023", "Both 2023-11.")
P.f("death toll of the November 2023 quake", "agree", "quantity", "153 people", "153 people", "Identical.")
P.f("Chinese emergency aid", "agree", "quantity", "20 million yuan", "20m yuan", "Same amount.")
P.f("India sends relief", "agree", "statement", "India said it would send tents, medicines",
    "India’s foreign ministry said a relief flight carrying 11 tonnes of supplies had landed in Nepalgunj",
    "Both report Indian relief supplies; B adds a tonnage A does not give.")
PA = P.out()

P = Pair("103_boe_rates_reuters.txt", "104_boe_rates_bbc.txt")
P.f("Bank Rate after the decision", "agree", "quantity", "3.5%", "3.5%", "Both 3.5%.", a_occ=2, b_occ=2)
P.f("size of the cut", "agree", "quantity", "a quarter of a percentage point", "0.25 percentage point",
    "A quarter of a percentage point = 0.25 percentage point.")
P.f("previous Bank Rate", "agree", "quantity", "3.75%", "3.75%", "Both 3.75%.")
P.f("date of the decision", "agree", "date", "Thursday", "7 May 2026",
    "A: 'on Thursday' resolved against its date line (May 7, 2026) to 2026-05-07; B gives only its publication date, 7 May 2026, for the same-day announcement.")
P.f("MPC vote split", "conflict", "quantity", "five of its nine policymakers", "six votes to three",
    "A: five of nine voted for the cut (four against); B: six to three. Same vote, incompatible counts.")
P.f("Holt on progress on inflation", "agree", "quote",
    "We have made good progress in bringing inflation down, but the job is not done,",
    "We have made good progress in bringing inflation down, but the job is not done.",
    "Same speaker (Catherine Holt), same words; only the final punctuation differs.")
P.f("CPI inflation in March", "agree", "quantity", "3.1%", "3.1%", "Both 3.1% for March.")
P.f("inflation target", "agree", "quantity", "2%", "2%", "Both 2%.", a_after="BoE's 2%", b_after="Bank's 2%")
P.f("growth forecast for this year", "conflict", "quantity", "0.9%", "0.75%",
    "A: growth forecast cut to 0.9%; B: to 0.75%. Same forecast, incompatible values.")
P.f("previous growth forecast", "agree", "quantity", "1.1%", "1.1%", "Both from 1.1%.", b_after="from 1.1%")
P.f("unemployment forecast", "agree", "quantity", "around 5.2%", "5.2%", "Compatible (around 5.2% vs 5.2%), both by the end of 2026.")
P.f("sterling's fall against the dollar", "related", "quantity", "as much as 0.6%", "0.4%",
    "A gives the largest intraday fall ('as much as'), B the fall after the announcement at a later point: different measures, not a conflict.")
P.f("sterling's level against the dollar", "agree", "quantity", "$1.2650", "about $1.27",
    "1.2650 rounds to about 1.27: compatible.")
P.f("mortgage holders coming off fixed deals this year", "agree", "quantity",
    "Around 1.8 million mortgage holders", "About 1.8 million people", "Both about 1.8 million, both citing UK Finance.")
P.f("pace of bond sales (quantitative tightening)", "agree", "quantity", "70 billion pounds", "£70bn",
    "Both £70bn over the next 12 months / next year.")
P.f("date of the next decision", "agree", "date", "June 18", "18 June", "Both 2026-06-18.")
P.f("fifth cut since 2024", "agree", "statement", "its fifth reduction since August 2024",
    "for the fifth time since the summer of 2024", "Same count of cuts and same starting point (August falls in the summer of 2024).")
P.f("services inflation as the reason for caution", "agree", "statement",
    "citing stubborn price growth in the services sector",
    "future cuts would depend on how quickly price rises in the services sector",
    "Both name services-sector price growth as the obstacle to further cuts.")
P.f("further cuts will be slow", "agree", "statement", "gradual and careful", "Bank warns of slower pace ahead",
    "A quotes Holt's 'gradual and careful'; B's headline paraphrases it.")
P.f("finance minister welcomes the cut", "agree", "quote",
    "put more money back in people's pockets", "fifth cut in less than two years",
    "Both quote Daniel Marsh welcoming the cut, with different words.")
P.f("economists read the split vote as a sign of caution", "agree", "statement",
    "The split vote tells you the bar for another move in June is high.",
    "A split of six to three is not the sign of a committee in a hurry.",
    "Different speakers (Priya Nair in A, Rachel Hughes in B), same reading of the vote.")
P.f("peak of Bank Rate vs peak of inflation", "related", "quantity", "5.25%", "11.1%",
    "A gives the 2023 peak of interest rates, B the October 2022 peak of inflation: different measures.")
PB = P.out()

with open(os.path.join(GOLD, "pairs.gold.json"), "w", encoding="utf-8") as f:
    json.dump([PA, PB], f, ensure_ascii=False, indent=1)
    f.write("\n")
