import json, os
from build_common import Pair, HERE

OUT = []

# ---------------- pair 1: American Samoa overseas scholarships
P = Pair("p1a_american_samoa_scholarships_oceaniapress.txt", "p1b_american_samoa_scholarships_samoatalafou.txt")
P.f("number of scholarship students", "agree", "quantity", "140 students", "One hundred and forty young Samoans",
    "Same 140; B spells it out.", a_occ=2)
P.f("first-year cost of the programme", "conflict", "quantity", "about $2.8 million", "$3.2 million",
    "Both the first-year cost of the same awards: about $2.8m vs $3.2m.")
P.f("award per student", "related", "quantity", "$18,000", "up to $72,000",
    "A: per student per year; B: per student over four years (a ceiling). Yearly vs total: consistent (4 x 18,000 = 72,000).")
P.f("applications received", "agree", "quantity", "612 applications", "More than 600 students", "612 is more than 600.")
P.f("nursing students", "agree", "quantity", "38 students", "Thirty-eight winners", "Same 38; B spells it out.")
P.f("length of the return bond", "agree", "quantity", "five years", "five-year", "Same bond.")
P.f("students funded: last year vs first year", "related", "quantity", "85 students", "40 students",
    "A: 85 funded last year (2025); B: 40 in the first year (2019). Two moments.")
P.f("announcement day", "agree", "date", "Tuesday", "yesterday", "Both 2026-01-20 (B published 2026-01-21).",
    b_after="Department of Education announced")
P.f("departure of the first students", "conflict", "date", "August 10", "August 17", "2026-08-10 vs 2026-08-17.")
P.f("programme start", "agree", "date", "2019", "2019", "Same year.")
P.f("who said 'every dollar ... comes back to the territory'", "conflict", "quote",
    "Every dollar we spend on these students comes back to the territory,",
    "Every dollar we spend on these students comes back to the territory,",
    "Same words: A gives them to education director Salote Faleolo, B to Governor Faoa Tuilagi (in a statement).")
P.f("Fono approval of the funding", "conflict", "statement", "The Fono has approved the funding",
    "the Fono has not yet approved the extra money the expanded programme needs",
    "Opposite polarity: approved (and signed into law Monday) vs not yet approved (vote expected next week).")
P.f("making graduates come home", "related", "statement", "Those who break it must repay the full award",
    "A new graduate-tracking office at the department will follow each student",
    "A: repayment if the bond is broken; B: a tracking office to match graduates to jobs. Different measures, compatible.")
P.f("favouritism in selection", "agree", "statement", "The department denied that",
    "Faleolo rejected claims that the selection favoured officials' relatives",
    "Same denial (the department / its director), after parents' complaints in both.")
OUT.append(P.out())

# ---------------- pair 2: West Bank summer time
P = Pair("p2a_palestine_summer_time_medwire.txt", "p2b_palestine_summer_time_almirsad.txt")
P.f("size of the clock change", "agree", "quantity", "one hour", "one hour", "Same.")
P.f("electricity saving", "agree", "quantity", "around 3%", "3.2 per cent", "A rounds 3.2 to 'around 3%'.")
P.f("money saved a year", "agree", "quantity", "roughly NIS 14 million", "about $3.8 million",
    "Same yearly saving in two currencies (NIS 14m at about 3.7 to the dollar = about $3.8m).")
P.f("phones that changed on the wrong day in 2025", "conflict", "quantity", "more than 300,000 phones",
    "about 200,000 smartphones", "More than 300,000 vs about 200,000; same ministry source.")
P.f("saving vs awareness campaign", "related", "quantity", "roughly NIS 14 million", "NIS 600,000",
    "A: yearly power saving; B: cost of the ministry's awareness campaign. Same currency, different measures.")
P.f("Sahel Mobile customers", "agree", "quantity", "2.1 million subscribers", "more than two million customers",
    "2.1 million is more than two million.")
P.f("clocks go forward", "conflict", "date", "Saturday, March 28", "March 27",
    "2026-03-28 (a day after Israel) vs 2026-03-27 (the same night as Israel).", b_occ=2)
P.f("cabinet decision", "agree", "date", "Monday", "Monday", "Both 2026-03-02.")
P.f("summer time ends", "agree", "date", "October 24", "24 October", "Both 2026-10-24, written two ways.")
P.f("year of the wrong switch", "agree", "date", "2025", "2025", "Same year (A 'In 2025', B 'in 2025').")
P.f("spokesman on the fixed date", "agree", "quote",
    "We want one clear date that every phone, every school and every employer knows in advance,",
    "This year every phone, school and employer will know the date in advance,",
    "Both Nabil Haddad; reworded.")
P.f("automatic time updates on phones", "conflict", "statement",
    "The ministry has asked Palestinian mobile operators to disable automatic time updates",
    "The ministry ruled out asking mobile companies to switch off automatic updates",
    "Opposite polarity: the ministry has asked operators vs ruled out asking them.")
P.f("business reaction", "related", "statement", "The Palestinian Federation of Industries welcomed the decision",
    "shops had asked for the change to be delayed by a week",
    "A: industrialists welcome the date; B: Hebron traders wanted a later date. Different groups, not a contradiction.")
P.f("following Israel's calendar", "agree", "statement",
    "Haddad denied that the date had been set to match the Israeli calendar",
    "The government rejected suggestions that it was simply following the Israeli calendar",
    "Same denial (spokesman / government).")
OUT.append(P.out())

# ---------------- pair 3: Baie-Mahault Sunday trading referendum
P = Pair("p3a_guadeloupe_sunday_trading_caribepress.txt", "p3b_guadeloupe_sunday_trading_lepharecaraibe.txt")
P.f("no vote", "agree", "quantity", "58%", "57,6 %", "A rounds 57.6%; B writes a decimal comma.")
P.f("turnout", "agree", "quantity", "31.4%", "31,4 %", "Same, decimal point vs decimal comma.")
P.f("registered voters", "agree", "quantity", "about 24,000 registered voters", "23 870 registered voters",
    "A rounds 23,870; B uses a space as thousands separator.")
P.f("shops covered by the plan", "conflict", "quantity", "some 140 shops", "nearly 90 shops", "About 140 vs nearly 90.")
P.f("jobs promised vs current staff", "related", "quantity", "about 300 jobs", "2 500 employees",
    "A: new jobs the federation said Sunday opening would create; B: staff already working in Jarry.")
P.f("Sundays already allowed", "agree", "quantity", "up to 12 Sundays", "twelve Sundays", "Same legal limit; B spells it out.")
P.f("cost of the referendum", "agree", "quantity", "about €85,000", "85 000 €",
    "Same; A symbol before with comma, B space thousands and symbol after.")
P.f("referendum day", "agree", "date", "Sunday", "Sunday", "Both 2026-04-12.",
    a_after="local referendum on", b_after="referendum held on")
P.f("council meeting on the result", "conflict", "date", "May 6", "13 May", "2026-05-06 vs 2026-05-13.")
P.f("national law on Sunday opening", "agree", "date", "2015", "2015", "Same law.")
P.f("mayor on respecting the vote", "agree", "quote",
    "The people of Baie-Mahault have spoken clearly, and I will respect their choice,",
    "The voters have spoken and I heard them. I will respect what they said,",
    "Both Hélène Sainte-Rose; reworded.")
P.f("what the mayor will do next", "conflict", "statement", "She said she would drop the plan",
    "the mayor is considering a six-month trial",
    "Opposite: drop the plan vs considering a trial anyway (B cites her office the next morning).")
P.f("opponents' campaign", "related", "statement", "Unions called the result a victory for family life",
    "The Catholic diocese of Basse-Terre had urged its faithful to vote no",
    "Different opponents (unions / the diocese), different acts; compatible.")
P.f("retailers on the result", "agree", "statement", "refused to concede defeat",
    "Retailers said the low turnout meant the vote did not reflect the real wishes of the population",
    "Same stance: the federation does not accept the result, citing low turnout.")
OUT.append(P.out())

# ---------------- pair 4: Pointe-Noire street renaming
P = Pair("p4a_congo_street_renaming_equatorpress.txt", "p4b_congo_street_renaming_voixdukouilou.txt")
P.f("length of the avenue", "agree", "quantity", "2.4-kilometre", "2,4 km", "Same; decimal point vs comma.")
P.f("council vote", "agree", "quantity", "31 votes", "31 votes", "Same 31 to 4.")
P.f("signs to replace", "conflict", "quantity", "46 street signs", "38 new signs", "46 vs 38.")
P.f("cost of the change", "agree", "quantity", "18 million CFA francs", "18 millions FCFA", "Same, written two ways.")
P.f("free address-change period", "agree", "quantity", "six months", "six months", "Same.")
P.f("who is on the avenue", "related", "quantity", "About 600 businesses", "About 1 200 residents",
    "A: businesses registered; B: residents. Different measures.")
P.f("vote day", "agree", "date", "Tuesday", "Tuesday", "Both 2026-05-19.")
P.f("Malonga's death", "conflict", "date", "March 2024", "April 2024", "2024-03 vs 2024-04.")
P.f("unveiling of the plaque", "agree", "date", "June 30", "30 June", "Both 2026-06-30.")
P.f("commission at work since", "agree", "date", "2023", "2023", "Same year.")
P.f("mayor on colonial names", "agree", "quote",
    "A city should not keep honouring the men who ruled it from far away,",
    "A city cannot keep honouring those who governed it from abroad,",
    "Both Mayor Jean-Baptiste Loemba; reworded.")
P.f("opposition and the courts", "conflict", "statement",
    "said they would challenge the decision before the administrative court",
    "said it would not contest the decision",
    "Opposite polarity: will challenge in court vs will not contest.")
P.f("practical effects of the new address", "related", "statement",
    "Some shopkeepers said they worried about the cost of new signs, stamps and letterheads",
    "The post office has said that letters carrying the old address will still be delivered for a year",
    "Different actors and aspects of the address change; compatible.")
P.f("electioneering", "agree", "statement",
    "The mayor denied that the renaming was a stunt ahead of next year's local elections",
    "He rejected accusations of electioneering", "Same denial by the mayor.")
OUT.append(P.out())

# ---------------- pair 5: Northern Mariana Islands Heritage Day
P = Pair("p5a_northern_marianas_heritage_holiday_pins.txt", "p5b_northern_marianas_heritage_holiday_marianasledger.txt")
P.f("cost of a holiday to the government", "agree", "quantity", "about $1.1 million", "more than $1 million",
    "About $1.1m in paid leave a day vs more than $1m in wages each time: compatible.")
P.f("number of paid government holidays", "conflict", "quantity", "15", "16",
    "15 vs 16. Both bare numbers after 'the number of paid (government) holidays ... to'; annotated with unit paid holiday.",
    a_after="paid holidays for government workers", b_after="paid government holidays")
P.f("government workforce", "agree", "quantity", "roughly 4,600 employees", "roughly 4,600 people", "Same.")
P.f("senators voting for", "agree", "quantity", "nine senators", "nine members", "All nine senators in both.")
P.f("private loss vs celebration budget", "related", "quantity", "up to $2.5 million", "$150,000",
    "A: chamber's estimate of lost private output; B: money set aside for celebrations. Different measures.")
P.f("chamber membership", "agree", "quantity", "about 200 businesses", "more than 180 members", "Compatible.")
P.f("bill signed", "agree", "date", "Tuesday", "July 7", "Both 2026-07-07, weekday vs calendar date.")
P.f("bill introduced", "agree", "date", "March", "March", "Both 2026-03.")
P.f("first observance", "conflict", "date", "October 4, 2026", "2027",
    "A: first Heritage Day this year (2026-10-04); B: first observed in 2027.")
P.f("who said 'their heritage deserves a day of its own'", "conflict", "quote",
    "Our children should grow up knowing that their heritage deserves a day of its own,",
    "Our children should grow up knowing that their heritage deserves a day of its own,",
    "Same words: A gives them to Governor Elena Tenorio, B to Rep. Joaquin Palacios.")
P.f("chamber of commerce position", "conflict", "statement", "has agreed to support the holiday",
    "refused to back the measure", "Opposite polarity: agreed to support vs refused to back.")
P.f("who closes on the day", "related", "statement", "private employers are not required to give the day off",
    "Banks, the post office and government offices will close on Heritage Day",
    "A: private firms need not close; B: which public services close. Different aspects, compatible.")
P.f("swapping an existing holiday", "agree", "statement", "Tenorio rejected those calls",
    "Tenorio dismissed a proposal from two senators to replace Citizenship Day with the new holiday",
    "Same refusal by the governor.")
P.f("school time lost", "agree", "statement", "the lost day would be made up in June",
    "Public school students will not lose any learning time",
    "Same: the school day will be made up / the calendar adjusted.")
OUT.append(P.out())

# ---------------- pair 6: French Guiana land handover
P = Pair("p6a_french_guiana_land_transfer_tropicwire.txt", "p6b_french_guiana_land_transfer_echodumaroni.txt")
P.f("area handed over", "agree", "quantity", "62,000 hectares", "61 800 ha", "A's headline rounds 61,800 ha.")
P.f("area handed over in square kilometres", "agree", "quantity", "about 62,000 hectares", "618 km²",
    "Same area in two units (61,800 ha = 618 km²).")
P.f("this transfer vs all transfers so far", "related", "quantity", "about 62,000 hectares", "about 150 000 ha",
    "A: this handover; B: cumulative total transferred since 2017. Part vs whole.")
P.f("communities receiving land", "conflict", "quantity", "11 communities", "nine villages", "11 vs 9.")
P.f("residents", "agree", "quantity", "about 3,000 residents", "nearly 3 000 inhabitants", "Compatible.")
P.f("land pledged in 2017", "agree", "quantity", "400,000 hectares", "400 000 ha", "Same pledge.")
P.f("survey cost", "agree", "quantity", "€2.3 million", "2,3 million euros", "Same.")
P.f("signing day", "agree", "date", "Tuesday", "Tuesday 25 August", "Both 2026-08-25.",
    b_after="It took nine years")
P.f("Guiana accords", "agree", "date", "April 2017", "21 April 2017", "Same accords at month vs day grain.")
P.f("rest of the land handed over by", "conflict", "date", "the end of 2028", "2030", "2028 vs 2030.")
P.f("chief on the land", "agree", "quote", "This is land our grandparents walked before there were any maps,",
    "This is land our grandparents walked before there were any maps. Now it is on paper, and nobody can take it back,",
    "Both Sylvio Kouyouri; A splits and words the second sentence differently.")
P.f("Auriga's exploration request", "conflict", "statement", "had agreed to withdraw its request before the signing",
    "has refused to withdraw its exploration request", "Opposite polarity: agreed to withdraw vs refused to withdraw.")
P.f("further claims on the land", "related", "statement",
    "The prefecture said it was considering a second transfer near Saint-Georges",
    "asked for part of the land to be reserved for a future road between Camopi and Saint-Georges",
    "A: a second transfer being considered; B: the regional authority's request for a road corridor. Different actors and measures.")
P.f("mining lobby and the delay", "agree", "statement",
    "The prefecture denied that the delay was due to pressure from gold-mining interests",
    "Officials rejected claims that the gold-mining lobby had slowed the process", "Same denial.")
OUT.append(P.out())

# ---------------- pair 7: Saint-Paul (Réunion) new cemetery
P = Pair("p7a_reunion_cemetery_indianoceanpress.txt", "p7b_reunion_cemetery_lecriduvolcan.txt")
P.f("cost of the cemetery", "agree", "quantity", "€4.6 million", "4,6 million euros", "Same; decimal point vs comma.")
P.f("plots in the new cemetery", "conflict", "quantity", "3,200 plots", "2 800 plots", "3,200 vs 2,800.")
P.f("first section vs whole cemetery", "related", "quantity", "about 900 plots", "2 800 plots",
    "A: first section ready for Toussaint 2027; B: the whole cemetery. Part vs whole.")
P.f("site area", "agree", "quantity", "3.5 hectares", "35 000 m²", "Same area in two units.")
P.f("distance from the town", "agree", "quantity", "about 6 kilometres", "six km", "Same; B spells out the number.")
P.f("burials a year", "agree", "quantity", "about 400 burials", "nearly 420 burials", "Compatible.")
P.f("price of a plot", "related", "quantity", "€1,150", "2 400 €",
    "A: a 30-year plot; B: a 50-year plot. Different products, same currency.")
P.f("council vote", "agree", "date", "Tuesday", "Tuesday 6 October", "Both 2026-10-06.")
P.f("first burials", "agree", "date", "March 2027", "early 2027", "Compatible: month vs vaguer year grain.")
P.f("old cemetery opened", "agree", "date", "1923", "1923", "Same.")
P.f("who said 'nobody should have to bury a parent in another town'", "conflict", "quote",
    "Nobody should have to bury a parent in another town,", "Nobody should have to bury a parent in another town,",
    "Same words: A gives them to Mayor Didier Hoarau, B to deputy mayor Marie-Claude Grondin.")
P.f("crematorium at the site", "conflict", "statement", "The council ruled out building a crematorium at the site",
    "The town hall is considering one on the site", "Opposite modality: ruled out vs considering.")
P.f("old plots taken back", "related", "statement",
    "the town will write to holders of plots that have not been maintained for decades before taking any of them back",
    "the commune will recover 180 abandoned plots there after a legal procedure",
    "A: the procedure (letters first); B: the number to be recovered and the legal route. Different aspects.")
P.f("groundwater study", "agree", "statement", "asked for a study of the groundwater under the site",
    "called for a groundwater study before any work starts", "Same request by Ravine Verte.")
OUT.append(P.out())

# ---------------- pair 8: New Caledonia Kanak languages in schools
P = Pair("p8a_new_caledonia_kanak_languages_australpress.txt", "p8b_new_caledonia_kanak_languages_lechoducaillou.txt")
P.f("number of Kanak languages", "agree", "quantity", "28 Kanak languages", "twenty-eight Kanak languages",
    "Same; B spells it out.")
P.f("weekly lesson time", "conflict", "quantity", "seven hours", "five hours", "Seven vs five hours a week.")
P.f("schools covered", "agree", "quantity", "about 120 public primary schools", "118 public primary schools",
    "A rounds 118.")
P.f("teachers to train", "agree", "quantity", "240 teachers", "two hundred and forty teachers", "Same; B in words.")
P.f("cost of the plan", "agree", "quantity", "1.3 billion CFP francs", "1,3 milliard F CFP",
    "Same total; B in the local form (decimal comma, 'milliard', 'F CFP').")
P.f("total vs yearly cost", "related", "quantity", "1.3 billion CFP francs", "around 430 millions F CFP",
    "A: three-year total; B: yearly amount. Consistent (1.3bn / 3).")
P.f("pupils concerned", "agree", "quantity", "Some 22,000 pupils", "21 600 pupils", "A rounds 21,600.")
P.f("government decision", "agree", "date", "Tuesday", "Tuesday", "Both 2026-11-17.")
P.f("start of the programme", "agree", "date", "February 2027", "February 2027", "Same.")
P.f("pilot began", "conflict", "date", "2022", "2023", "2022 vs 2023.")
P.f("minister on learning French", "agree", "quote",
    "A child who learns first in the language of his grandparents does not learn French less well. He learns it better,",
    "A child who first learns in the language of his grandparents learns French better, not worse,",
    "Both Marie-Thérèse Hnaweo; reworded.")
P.f("private school networks", "conflict", "statement", "have agreed to join the programme from 2028",
    "said they would not join the plan for now", "Opposite polarity: agreed to join vs would not join.")
P.f("who prepares the teaching", "related", "statement", "The Academy of Kanak Languages will write the new textbooks",
    "The University of New Caledonia will open a teacher-training course",
    "Different institutions and tasks; compatible.")
P.f("optional classes", "agree", "statement", "The government ruled out making them compulsory",
    "The lessons will remain optional, Hnaweo confirmed", "Same: optional, not compulsory.")
OUT.append(P.out())

with open(os.path.join(HERE, "gold", "pairs.gold.json"), "w", encoding="utf-8") as f:
    json.dump(OUT, f, ensure_ascii=False, indent=1)
    f.write("\n")
print(sum(len(p["facts"]) for p in OUT), "facts")
