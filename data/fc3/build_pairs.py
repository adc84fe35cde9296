import os, sys
import json
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "tools"))
import goldlib  # noqa: E402

goldlib.use(HERE)
Pair = goldlib.Pair
OUT = []

# ---------------- pair 1: Lapland nickel mine ruling
P = Pair("p1a_nickel_mine_ruling_bnw.txt", "p1b_nickel_mine_ruling_ledger.txt")
P.f("value of the mine project", "agree", "quantity", "€640 million", "about 640 million euros", "Same amount.")
P.f("annual nickel output", "agree", "quantity", "about 20,000 tonnes", "up to 20,000 tonnes", "About 20,000 fits a ceiling of 20,000.")
P.f("life of the mine", "agree", "quantity", "18-year", "roughly two decades", "18 years is roughly two decades.")
P.f("jobs the mine would create", "conflict", "quantity", "about 400 permanent jobs", "more than 450 jobs",
    "About 400 is incompatible with more than 450.")
P.f("day of the ruling", "agree", "date", "Tuesday", "Tuesday", "Both 2026-01-20.")
P.f("when the permit was granted", "conflict", "date", "March 2024", "2023", "A: March 2024; B: 2023. Same permit.")
P.f("planned start of production", "agree", "date", "2028", "2028", "Both 2028.")
P.f("grounds of the ruling", "related", "statement",
    "had not properly examined how pumping water out of the pit would affect groundwater feeding the Kitinen river",
    "had failed to consider how the open pit and its access roads would cut across the migration routes of reindeer",
    "A cites groundwater, B reindeer migration routes: different grounds, both may be in the ruling; not a conflict.")
P.f("the ruling is final", "agree", "statement", "The ruling is final and cannot be appealed.",
    "No appeal is possible against the ruling.", "Same fact, different words.")
P.f("whether Kaira will seek a new permit", "conflict", "statement",
    "would apply for a new permit", "would not reapply for a permit in Sodankylä",
    "Opposite polarity: A says the company would apply for a new permit; B says its CEO said it would not reapply.")
P.f("herders' leader calls the ruling a victory", "agree", "quote",
    "This is a victory for the reindeer, for the river and for the rule of law,", "a victory for the reindeer",
    "Both quote Aslak Näkkäläjärvi; B quotes only a fragment.", b_occ=2)
P.f("minister respects the ruling", "agree", "statement",
    "We respect the court's decision, but Finland still needs these metals for its battery industry,",
    "the government respected the ruling",
    "A quotes Leinonen directly, B paraphrases her.")
P.f("minister's further comment", "related", "statement",
    "the government would study the ruling carefully",
    "would not change its plans to expand mining in the north",
    "Different statements by the same minister (study the ruling vs keep mining plans): not opposite claims about one thing.")
P.f("reindeer herding affected by the mine", "related", "quantity", "Some 3,000 reindeer", "Fifteen herding families",
    "Animals vs families: different measures of the herding at stake.")
OUT.append(P.out())

# ---------------- pair 2: Welsh hospital waiting lists
P = Pair("p2a_wales_waiting_lists_bpa.txt", "p2b_wales_waiting_lists_mail.txt")
P.f("patients waiting more than two years", "conflict", "quantity", "More than 21,300 patients", "More than 24,000 patients",
    "Same audit: 21,300+ vs 24,000+ (B's lower bound exceeds A's figure by far).")
P.f("waiting-time threshold", "agree", "quantity", "over two years", "over two years", "Same threshold.", a_occ=2)
P.f("size of the waiting list", "agree", "quantity", "about 790,000 patient pathways", "nearly 800,000 treatments",
    "About 790,000 is nearly 800,000.")
P.f("extra money for weekend operations", "agree", "quantity", "£120 million", "£120m", "Same amount.")
P.f("target date to end two-year waits", "conflict", "date", "March 2027", "December 2027", "Same pledge, different month.")
P.f("day the report was published", "agree", "date", "Wednesday", "yesterday",
    "A: Wednesday (date line 15 April); B: yesterday from 16 April: both 2026-04-15.")
P.f("measure of the wait", "related", "quantity", "24 weeks", "71 weeks",
    "A: median wait for all treatment; B: average wait for hip/knee replacement. Different measures.")
P.f("use of private hospitals in England", "conflict", "statement",
    "Pugh ruled out sending patients to private hospitals in England to clear the backlog",
    "she confirmed that health boards would also send some patients to private clinics in England",
    "Opposite polarity: ruled out vs confirmed.")
P.f("who said 'These figures are a disgrace and patients are paying the price'", "conflict", "quote",
    "These figures are a disgrace and patients are paying the price,",
    "These figures are a disgrace and patients are paying the price,",
    "Same words: A gives them to opposition spokesman Owain Harries, B to Dr Elin Prosser of the Royal College of Surgeons.")
P.f("auditor general's verdict", "agree", "quote", "running to stand still", "running just to stand still",
    "Both quote Gareth Lloyd-Evans, with slightly different wording.")
P.f("cause of the delays", "related", "statement",
    "identified staff shortages, particularly of anaesthetists and theatre nurses, as the main cause of the delays",
    "blamed a shortage of beds for patients who were well enough to leave hospital",
    "A: the report's main cause (staff); B: what the auditor general blamed (beds). Different causes, not mutually exclusive.")
P.f("orthopaedics has the longest waits", "agree", "statement",
    "Orthopaedics accounted for the largest share of the longest waits",
    "Orthopaedic patients make up the biggest group among those waiting longest.", "Same finding.")
P.f("weekend operations", "agree", "statement", "run weekend operating lists", "weekend surgery", "Same use of the money.")
P.f("other ratios in the report", "related", "statement",
    "one in four people on orthopaedic lists were in severe pain",
    "one in five operating theatres in Wales stood empty on Friday afternoons",
    "Different measures (patients in pain, idle theatres), from different sources.")
OUT.append(P.out())

# ---------------- pair 3: Tyrol avalanche
P = Pair("p3a_avalanche_tyrol_apn.txt", "p3b_avalanche_tyrol_tagespost.txt")
P.f("skiers buried", "agree", "quantity", "seven ski tourers", "seven off-piste skiers", "Both seven.", a_occ=2)
P.f("survivors", "conflict", "quantity", "five people", "Four skiers", "Five vs four rescued alive.")
P.f("deaths", "conflict", "quantity", "Two skiers", "Three people", "Two vs three killed.")
P.f("rescuers deployed", "agree", "quantity", "about 120 rescuers", "More than 100 rescuers", "About 120 is more than 100.")
P.f("helicopters", "agree", "quantity", "Four helicopters", "four helicopter crews", "Both four.")
P.f("altitude of the release", "agree", "quantity", "about 2,800 metres", "roughly 9,200 feet",
    "9,200 ft = about 2,800 m: same figure in different units.")
P.f("day of the avalanche", "agree", "date", "Saturday", "Saturday", "Both 2026-02-07.")
P.f("size of the avalanche", "related", "quantity", "about 300 metres", "about 1 km",
    "A: width of the slide; B: length of its run down the gully. Different measures.")
P.f("time measures of the rescue", "related", "quantity", "about three hours", "nearly an hour",
    "A: length of the whole operation; B: how long one man was buried. Different measures.")
P.f("avalanche deaths in the season", "related", "quantity", "14 people", "nine avalanche deaths",
    "A: Austria, this winter so far; B: Tyrol, last winter. Different area and season.")
P.f("whether the group had a guide", "conflict", "statement",
    "had been accompanied by a mountain guide", "was not accompanied by a guide",
    "Opposite polarity, both attributed to police.")
P.f("nationality of the group", "conflict", "statement", "The group, all from Bavaria",
    "five Germans and two Dutch nationals", "All Bavarian (German) vs five Germans and two Dutch.")
P.f("who said 'They were incredibly lucky that so many of them were found alive'", "conflict", "quote",
    "They were incredibly lucky that so many of them were found alive.",
    "They were incredibly lucky that so many of them were found alive,",
    "Same words: A gives them to rescue chief Christoph Wechner, B to police spokesman Markus Hofer.")
P.f("rescue chief on speed of the rescue", "agree", "quote",
    "Every minute counts when someone is under the snow, and today the teams were extremely fast,",
    "Every minute counts under the snow. Our teams were there incredibly quickly,",
    "Both quote Christoph Wechner, worded differently.")
P.f("avalanche danger level", "agree", "statement", "considerable, the third level on a five-step scale",
    "three out of five", "Same level 3 of 5.")
P.f("aftermath: responsibility", "related", "statement",
    "Prosecutors in Innsbruck have opened an investigation into possible negligent homicide",
    "the slope was well outside its marked pistes",
    "A: a criminal investigation; B: the lift operator's disclaimer. Same topic, different statements.")
OUT.append(P.out())

# ---------------- pair 4: Valencia port strike
P = Pair("p4a_valencia_port_strike_iwr.txt", "p4b_valencia_port_strike_diario.txt")
P.f("length of the strike", "agree", "quantity", "48-hour", "two-day", "48 hours = two days.")
P.f("ships waiting offshore", "conflict", "quantity", "more than 30 ships", "about 25 vessels", "More than 30 vs about 25.")
P.f("jobs at risk", "agree", "quantity", "up to 1,100 jobs", "about 1,000 jobs", "About 1,000 is within up to 1,100.")
P.f("cost of the terminal", "agree", "quantity", "€900 million", "900 million euro", "Same amount.")
P.f("automated cranes", "related", "quantity", "42 remote-controlled yard cranes", "18 ship-to-shore cranes",
    "Yard cranes vs ship-to-shore cranes: different kinds of crane.")
P.f("opening year of the terminal", "conflict", "date", "2028", "2029", "A: due to open in 2028; B: the CEO says 2029.")
P.f("day the strike began", "agree", "date", "Monday", "yesterday", "Both 2026-09-14.")
P.f("date of the second strike", "agree", "date", "September 28", "28 September", "Both 2026-09-28.")
P.f("job guarantee for dockworkers", "conflict", "statement",
    "it would guarantee jobs for all current dockworkers", "refused to guarantee jobs for all current dockworkers",
    "Opposite polarity: the company would guarantee vs its CEO refused to guarantee.")
P.f("union leader's slogan", "agree", "quote",
    "They want a port without people. We want a port with a future for our children,",
    "They want a port without workers. We want a future for our sons and daughters,",
    "Both quote Vicente Soler, worded differently.")
P.f("government mediation", "agree", "statement", "offered to mediate between the two sides",
    "has offered to act as mediator", "Same offer (minister / ministry).")
P.f("effect on citrus cargo", "related", "statement",
    "perishable cargo, including citrus fruit bound for northern Europe, was being diverted to Barcelona and Algeciras",
    "Citrus exporters warned that they faced heavy losses",
    "Diversion of cargo vs exporters' warning of losses: same topic, different statements.")
P.f("daily cost of the disruption", "related", "quantity", "around $40,000 to $60,000", "roughly €2 million",
    "A: cost per delayed ship per day; B: value of oranges stuck per day. Different measures.")
OUT.append(P.out())

# ---------------- pair 5: Prague congestion charge
P = Pair("p5a_prague_congestion_cen.txt", "p5b_prague_congestion_pragueherald.txt")
P.f("daily charge", "agree", "quantity", "200 crowns", "CZK 200", "Same fee.", b_occ=2)
P.f("start of the charge", "conflict", "date", "January 1, 2027", "1 July 2027", "Six months apart.")
P.f("votes in favour", "agree", "quantity", "38 votes", "38", "Both 38.", b_after="The vote was")
P.f("votes against", "conflict", "quantity", "24", "21", "24 vs 21.", a_after="38 votes to ", b_after="38 to ")
P.f("expected annual revenue", "agree", "quantity", "about 1.5 billion crowns", "roughly 60 million euros",
    "1.5 billion CZK = about 60 million EUR at ~25 CZK/EUR.")
P.f("vehicles entering the zone daily", "agree", "quantity", "About 400,000 vehicles", "More than 390,000 vehicles",
    "About 400,000 is more than 390,000.")
P.f("expected fall in traffic", "agree", "quantity", "up to 15%", "up to 15%", "Both up to 15%.")
P.f("day of the vote", "agree", "date", "Thursday", "Thursday", "Both 2026-05-28.")
P.f("electric cars exempt until", "agree", "date", "2029", "2029", "Both 2029.")
P.f("residents of the zone", "conflict", "statement",
    "Residents registered in the zone will be exempt from the charge",
    "residents of the zone will not be exempt",
    "Opposite polarity: exempt vs not exempt (B: reduced fee).")
P.f("who said 'We are giving the centre back ...'", "conflict", "quote",
    "We are giving the centre back to the people who live and walk in it,",
    "We are giving the centre back to the people who live and walk in it,",
    "Same words: A gives them to Mayor Tomáš Vlček, B to deputy mayor Kateřina Horáková.")
P.f("opposition leader's criticism", "agree", "quote",
    "This is a tax on people who have no other way to get to work,",
    "People who commute from outside Prague are being punished for the failures of the public transport system,",
    "Both quote Radek Šimánek (different words, same line of criticism).")
P.f("extent of the zone", "related", "quantity", "about 17 square kilometres", "six districts",
    "Area vs number of districts: different measures.")
P.f("standard charge vs residents' fee", "related", "quantity", "200 crowns", "CZK 20", b_after="reduced fee", note=
    "B's CZK 20 is the reduced residents' fee, not the standard charge.")
P.f("opposition campaign", "related", "statement", "it would seek a city-wide referendum",
    "Opponents have already collected more than 40,000 signatures on a petition",
    "Referendum plan vs petition: same topic, different actions.")
P.f("ministry approval still needed", "agree", "statement",
    "The scheme still needs approval from the transport ministry",
    "The city must still obtain approval from the transport ministry", "Same fact.")
OUT.append(P.out())

# ---------------- pair 6: Philippine dengue vaccine deal
P = Pair("p6a_dengue_vaccine_apw.txt", "p6b_dengue_vaccine_inquirer.txt")
P.f("doses bought", "agree", "quantity", "4 million doses", "four million doses", "Both 4 million.")
P.f("total value of the contract", "conflict", "quantity", "$152 million", "P10.4-billion",
    "A: $152 million; B: P10.4 billion, which B itself gives as about $180 million.", a_occ=2)
P.f("price per dose", "agree", "quantity", "$38", "about P2,200", "$38 = about P2,200 at ~58 pesos per dollar.")
P.f("children to be vaccinated", "agree", "quantity", "about 2 million schoolchildren", "some 2 million pupils", "Both about 2 million.")
P.f("doses per child", "agree", "quantity", "two doses", "two shots", "Both two.")
P.f("start of vaccinations", "conflict", "date", "October", "September", "October vs September 2026.")
P.f("day the contract was signed", "agree", "date", "Tuesday", "Tuesday", "Both 2026-07-21.")
P.f("month of regulatory approval", "agree", "date", "March", "March", "Both March 2026.")
P.f("year of the earlier vaccine scare", "agree", "date", "2017", "2017", "Both 2017.")
P.f("liability of the manufacturer", "conflict", "statement",
    "the contract contained no liability waiver for the manufacturer",
    "the contract shields the manufacturer from liability claims",
    "Opposite polarity: no waiver vs shielded from liability.")
P.f("health secretary on past mistakes", "agree", "quote",
    "We will not repeat the mistakes of the past. Every child will be screened and every dose will be tracked,",
    "We are not going to make the same mistakes again,",
    "Both quote Ramon Villanueva, worded differently.")
P.f("senator's comment", "agree", "quote", "We owe it to the parents to ask every question,",
    "We owe it to the parents to ask every question,", "Same words, both Lourdes Manalac.")
P.f("Senate scrutiny", "agree", "statement", "the chamber would hold a hearing on the deal in August",
    "the Senate would look into the deal", "B does not give the month; compatible.")
P.f("dengue burden this year", "related", "quantity", "more than 180,000 dengue cases", "640 dengue deaths",
    "Cases vs deaths: different measures.")
P.f("delivery vs vaccination schedule", "related", "statement",
    "would deliver the first 1 million doses before the end of the year",
    "Vaccinations will begin in September in public schools",
    "Delivery schedule vs start of the campaign: related, not the same fact.")
OUT.append(P.out())

# ---------------- pair 7: esports doping ban
P = Pair("p7a_esports_doping_kpw.txt", "p7b_esports_doping_koreadaily.txt")
P.f("length of the ban", "agree", "quantity", "18 months", "18-month", "Both 18 months.", a_occ=2)
P.f("fine", "conflict", "quantity", "$20,000", "50 million won",
    "$20,000 vs 50 million won (which B gives as about $36,000).")
P.f("prize money forfeited", "agree", "quantity", "$250,000", "340 million won",
    "340 million won = about $245,000 at ~1,390 won per dollar: same prize.")
P.f("day of the decision", "agree", "date", "Tuesday", "Tuesday", "Both 2026-10-13.")
P.f("month of the tournament", "agree", "date", "August", "August", "Both August 2026.")
P.f("Kim's contract", "conflict", "statement",
    "Seoul Tempest said it would not terminate Kim's contract",
    "Seoul Tempest has terminated the contract of its star player Kim Do-hyun",
    "Opposite polarity: would not terminate vs has terminated.")
P.f("who said 'Stimulants give a real and unfair advantage ...'", "conflict", "quote",
    "Stimulants give a real and unfair advantage in reaction time and concentration, and we will not tolerate them,",
    "Stimulants give a real and unfair advantage in reaction time and concentration, and we will not tolerate them,",
    "Same words: A gives them to panel chair Helen Marsh, B to head of investigations Kim Sung-min.")
P.f("Kim's account of taking the drug", "related", "statement",
    "Kim had admitted taking the drug during the tournament", "denied knowingly cheating",
    "Admitting taking the drug and denying knowing cheating are compatible (he says it was prescribed): not a conflict.")
P.f("reason given for the drug", "related", "statement",
    "he needed it to cope with jet lag", "a team doctor had prescribed the drug for sleep problems",
    "Different details of the same defence; not incompatible.")
P.f("appeal", "related", "statement",
    "would appeal the length of the ban to the Court of Arbitration for Sport",
    "His lawyer said he would decide on an appeal within 21 days",
    "A: Kim's stated intention; B: his lawyer's timetable. Different statements by different people.")
P.f("substance", "agree", "statement", "tested positive for modafinil", "used the stimulant modafinil", "Same drug.")
P.f("title stripped", "agree", "statement", "was stripped of its Seoul Masters title", "the team lost its title", "Same sanction.")
P.f("players tested vs players sanctioned", "related", "quantity", "64 players", "Twelve players",
    "A: players tested at this event; B: players sanctioned across esports since 2020. Different measures.")
P.f("what should follow", "related", "statement",
    "would introduce random out-of-competition testing for top-tier players from January 2027",
    "the need for education about medicines rather than harsher punishments",
    "Panel's new testing vs union's call for education: different speakers and measures.")
OUT.append(P.out())

# ---------------- pair 8: Porto theatre fire
P = Pair("p8a_porto_theatre_fire_lwn.txt", "p8b_porto_theatre_fire_jornal.txt")
P.f("firefighters deployed", "agree", "quantity", "About 150 firefighters", "More than 140 firefighters",
    "About 150 is more than 140.")
P.f("time to control the fire", "conflict", "quantity", "seven hours", "five hours", "Seven vs five hours.")
P.f("firefighters hurt", "conflict", "quantity", "Two firefighters", "Three firefighters", "Two vs three.")
P.f("year the theatre was built", "agree", "date", "1798", "1798", "Both 1798.")
P.f("day the fire broke out", "agree", "date", "Sunday", "Sunday", "Both late on Sunday 2026-11-15.")
P.f("day of the aftermath reported", "agree", "date", "Monday", "Monday",
    "A: the fire service said on Monday; B: crowds gathered on Monday; both 2026-11-16.")
P.f("arson", "conflict", "statement", "Police said they had ruled out arson", "Investigators have not ruled out arson",
    "Opposite polarity: ruled out vs not ruled out.")
P.f("fate of the façade", "conflict", "statement", "would not have to be demolished", "would have to be pulled down",
    "Opposite polarity, both attributed to Mayor Filipa Moreira.")
P.f("mayor's promise to rebuild", "agree", "quote",
    "The Almada will rise again, and it will rise on the same spot,",
    "The Almada will rise again on the very same spot,", "Both quote Filipa Moreira, worded differently.")
P.f("cost of restoration", "agree", "quantity", "about €25 million", "at least 20 million euros",
    "About 25 million satisfies 'at least 20 million'.")
P.f("restoration cost vs earlier renovation cost", "related", "quantity", "about €25 million", "€9 million",
    "B's €9 million is the 2014 renovation, not the restoration.")
P.f("earlier events in the building's history", "related", "date", "1908", "2014",
    "A: a previous fire in 1908; B: last renovation in 2014. Different events.")
P.f("state contribution", "agree", "statement", "the government would contribute to the cost",
    "the state would share the cost of reconstruction with the city", "Same commitment.")
P.f("costume collection lost", "agree", "statement",
    "Its collection of costumes and scores, some dating back to the 19th century, was largely lost",
    "Among the losses were more than 2,000 historic costumes", "Compatible; B gives a count.")
P.f("origin of the fire", "related", "statement",
    "the fire appeared to have started in an electrical panel beneath the stage",
    "two men had been seen near the stage door shortly before the alarm was raised",
    "Electrical origin vs a lead for investigators: same topic, not the same claim.")
OUT.append(P.out())

with open(os.path.join(HERE, "gold", "pairs.gold.json"), "w", encoding="utf-8") as f:
    json.dump(OUT, f, ensure_ascii=False, indent=1)
    f.write("\n")
print(len(OUT), "pairs,", sum(len(p["facts"]) for p in OUT), "facts")
