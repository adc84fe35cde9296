import json, os
from build_common import Pair, HERE

OUT = []

# ---------------- pair 1: Hawaii nurse-staffing law
P = Pair("p1a_hawaii_nurse_staffing_pacificmeridianwire.txt", "p1b_hawaii_nurse_staffing_honoluluharbornews.txt")
P.f("patients per nurse on medical-surgical wards", "agree", "quantity", "four patients", "no more than four patients", "Same cap of four (B adds 'no more than').")
P.f("patients per nurse in intensive care", "agree", "quantity", "two patients", "no more than two patients", "Same cap of two.")
P.f("hospitals covered", "agree", "quantity", "27 acute-care hospitals", "twenty-seven hospitals", "27 in figures vs in words.")
P.f("additional nurses needed", "conflict", "quantity", "1,150 additional nurses", "about 1,400 more nurses", "Both attributed to the health department: 1,150 vs about 1,400.")
P.f("cost of the ratios", "related", "quantity", "$94 million", "$310 million", "A: state estimate per year once in force; B: hospital association estimate over the first three years. Different measures.")
P.f("union membership", "agree", "quantity", "about 6,200 nurses", "roughly 6,000 members", "Both approximate; compatible.")
P.f("rural hospital fund", "agree", "quantity", "$18 million", "$18 million", "Same.")
P.f("maximum fine per violation", "agree", "quantity", "up to $25,000", "$25,000", "A 'up to', B 'can reach': same ceiling.")
P.f("time to hire", "agree", "quantity", "18 months", "a year and a half", "18 months = a year and a half.")
P.f("day the law was signed", "conflict", "date", "Tuesday", "Monday, January 19", "A: Tuesday (2026-01-20); B: Monday, January 19.")
P.f("date the ratios take effect", "agree", "date", "July 1, 2027", "July 2027", "Same date at day and month grain.")
P.f("year Oregon passed its law", "agree", "date", "2023", "2023", "Same.")
P.f("who said 'caring for eight people'", "conflict", "quote",
    "Patients should not have to wait for a nurse who is already caring for eight people,",
    "Patients should not have to wait for a nurse who is already caring for eight people,",
    "Same words: A gives them to union president Mele Kahananui, B to charge nurse Dana Fujioka.")
P.f("legal challenge by the hospitals", "conflict", "statement",
    "the association would not challenge the law in court",
    "his members were considering a legal challenge",
    "Opposite modality: will not challenge vs considering a challenge (both attributed to Robert Nakoa).")
P.f("ratios as a minimum", "agree", "statement",
    "a floor, not a ceiling",
    "Akana said the ratios set a minimum, not a maximum",
    "A quotes the governor, B paraphrases the same point.")
P.f("nurse mobility", "related", "statement",
    "Hawaii already imports nurses from the mainland on short-term contracts",
    "some colleagues had already applied for jobs in Oregon",
    "A: nurses brought in from the mainland; B: local nurses looking to leave. Same topic, different facts.")
OUT.append(P.out())

# ---------------- pair 2: Alaska resident dividend
P = Pair("p2a_alaska_resident_dividend_northerndispatch.txt", "p2b_alaska_resident_dividend_kenaitideline.txt")
P.f("dividend per resident", "agree", "quantity", "$1,280", "$1,280", "Same.", a_occ=2)
P.f("energy relief payment", "conflict", "quantity", "$175", "$150", "$175 vs $150.")
P.f("total cost", "agree", "quantity", "roughly $1.1 billion", "about $1.08 billion", "A rounds to $1.1bn.")
P.f("eligible residents", "agree", "quantity", "about 620,000 Alaskans", "more than 615,000 residents", "About 620,000 is more than 615,000.")
P.f("last year's dividend", "agree", "quantity", "$1,000", "$1,000", "Same.")
P.f("statutory-formula dividend", "agree", "quantity", "$3,800", "about $3,800", "Same, B qualified.")
P.f("value of the fund", "agree", "quantity", "about $82 billion", "roughly $82 billion", "Same.")
P.f("length of the debate", "agree", "quantity", "14-hour", "more than 14 hours", "Compatible.")
P.f("fund draw vs spendable reserve", "related", "quantity", "5%", "$9.6 billion", "A: yearly draw rate on market value; B: size of the earnings reserve. Different measures of what can be spent.")
P.f("payment date", "conflict", "date", "October 1", "October 8", "2026-10-01 vs 2026-10-08.")
P.f("application deadline", "agree", "date", "March 31", "March 31", "Same.")
P.f("day of the House vote", "agree", "date", "Monday", "Monday", "Both 2026-03-09 (the tally came after midnight).")
P.f("Henning on the need for money", "agree", "quote",
    "need the money now, not a lecture about budgets.",
    "People in the villages need the money now, not a lecture about budgets,",
    "Same speaker, B gives a longer form of the quote.")
P.f("governor's position on signing", "conflict", "statement",
    "Governor Thomas Reinholt has said he will sign the budget if the dividend stays at or below $1,300",
    "Governor Thomas Reinholt has not yet said whether he will sign a budget with a dividend of this size",
    "Has said he will sign (the figure is under his limit) vs has not yet said.")
P.f("Ivanoff on the size of the dividend", "agree", "statement",
    "This is the most we can pay without cutting schools or draining savings,",
    "it was the largest dividend the state could pay without cutting schools or raiding its savings account",
    "A quotes, B paraphrases the same point by the same speaker.")
P.f("Senate step", "related", "statement",
    "The Senate is expected to approve the figure this week.",
    "The Senate still has to vote",
    "A adds an expectation, B only notes the pending vote.")
OUT.append(P.out())

# ---------------- pair 3: Manitoba voting age
P = Pair("p3a_manitoba_voting_age_dominionnewswire.txt", "p3b_manitoba_voting_age_redrivercourier.txt")
P.f("new voters", "conflict", "quantity", "about 33,000 young people", "roughly 38,000 names", "Both from Elections Manitoba: about 33,000 vs roughly 38,000.")
P.f("date the law takes effect", "conflict", "date", "January 1, 2027", "July 1, 2027", "2027-01-01 vs 2027-07-01.")
P.f("next general election", "agree", "date", "October 5, 2027", "October 2027", "Same at day vs month grain.")
P.f("day of the vote", "agree", "date", "Tuesday", "Tuesday", "Both 2026-04-14.", b_occ=2)
P.f("month of the Prairie Metrics poll", "agree", "date", "March", "March", "Same.")
P.f("adults opposed", "agree", "quantity", "54% of adults", "54 per cent of adults", "Same.")
P.f("cost of the civics programme", "related", "quantity", "$2.4 million", "$7.2 million", "A: per year (civics and registration); B: over three years (civics program). Yearly vs total.")
P.f("Ferreira on outreach", "agree", "quote",
    "We have done this kind of outreach for years with first-time voters at 18,",
    "We have done this kind of outreach for years with first-time voters,",
    "Same speaker; B drops 'at 18'.")
P.f("Ferreira: not a big leap", "agree", "quote",
    "Starting two years earlier is not a big leap for us.",
    "not a big leap",
    "Same speaker; B quotes a fragment.")
P.f("repeal by the Conservatives", "conflict", "statement",
    "Graham Tulloch said his party would repeal the law if it formed the next government",
    "nonetheless ruled out repealing it if his party wins the election",
    "Opposite polarity: would repeal vs ruled out repealing.")
P.f("minister's argument", "agree", "statement",
    "If you are old enough to drive, to work and to pay taxes, you are old enough to help choose the people who spend those taxes,",
    "Democracy Minister Priya Dhaliwal argued that young people who drive, hold jobs and pay tax deserve a say over how that tax is spent",
    "A quotes, B paraphrases.")
P.f("municipal and school board elections excluded", "agree", "statement",
    "Municipal and school board elections, which are governed by separate laws, will keep a voting age of 18 for now",
    "The new rule does not apply to city councils or school boards, which still require voters to be 18.",
    "Same exclusion, reworded.")
P.f("Elections Manitoba preparations", "related", "statement",
    "Elections Manitoba plans to open polling stations in about 140 high schools on election day",
    "Ferreira's agency has asked for an extra $1.1 million this year to print new materials and train poll clerks",
    "Different preparations by the same agency.")
OUT.append(P.out())

# ---------------- pair 4: Munich patent ruling
P = Pair("p4a_bavaria_patent_ruling_continentalpress.txt", "p4b_bavaria_patent_ruling_oberpfalzkurier.txt")
P.f("damages", "conflict", "quantity", "€12.4 million", "12,8 Millionen Euro", "EUR 12.4m vs EUR 12.8m (decimal comma in B).")
P.f("date the lawsuit was filed", "conflict", "date", "March 2024", "February 2024", "2024-03 vs 2024-02.")
P.f("day of the ruling", "agree", "date", "Tuesday, May 19", "Tuesday", "Both 2026-05-19.")
P.f("models banned", "agree", "quantity", "three of its motor models", "three motor models", "Same.")
P.f("motors sold with the gearbox", "agree", "quantity", "around 85,000 of the affected units", "rund 85.000 motors", "Same, dot thousands and 'rund' in B.")
P.f("Kessler Motion staff", "agree", "quantity", "about 240 employees", "240 employees", "Same.")
P.f("Voltrix staff", "agree", "quantity", "1,300 people", "1.300 people", "Same, comma vs dot thousands.")
P.f("security for enforcing the ban", "agree", "quantity", "€20 million", "20 Mio. Euro", "Same.")
P.f("damages vs legal costs", "related", "quantity", "€12.4 million", "around 1,6 Millionen Euro", "A: damages awarded; B: Kessler's legal costs. Different measures in the same currency.")
P.f("sales since", "agree", "date", "2021", "2021", "Same.")
P.f("appeal by Voltrix", "conflict", "statement",
    "Voltrix said it would appeal to the Higher Regional Court in Munich",
    "the company had ruled out an appeal",
    "Opposite polarity: would appeal vs ruled out an appeal.")
P.f("Kessler on his engineers", "agree", "quote",
    "The court has confirmed what our engineers knew from the first day they opened a Voltrix motor,",
    "Our engineers knew it the first day they took a Voltrix motor apart,",
    "Same speaker, reworded.")
P.f("what the court found", "agree", "statement",
    "The court found that Voltrix's DriveCore 70, 80 and 90 motors used a two-stage planetary gear with a freewheel design that Kessler patented in 2019",
    "Voltrix Antriebstechnik from Augsburg had copied the patented gearbox of Kessler Motion's e-bike motors",
    "Same finding, at different detail.")
P.f("effect on bicycle makers and dealers", "related", "statement",
    "Bicycle makers that fitted the motors are not covered by the ruling",
    "Dealers in the Oberpfalz said they had only a few of them in stock.",
    "Same topic (the trade downstream), different facts.")
OUT.append(P.out())

# ---------------- pair 5: Cluj county school phone ban
P = Pair("p5a_transylvania_school_phone_ban_carpathiapress.txt", "p5b_transylvania_school_phone_ban_gazetadesomes.txt")
P.f("first day of the ban", "conflict", "date", "September 14", "September 7", "2026-09-14 vs 2026-09-07.")
P.f("schools in the pilot", "conflict", "quantity", "18 schools", "12 schools", "18 vs 12 pilot schools.")
P.f("pupils covered", "agree", "quantity", "about 98,000 pupils", "close to 100.000 pupils", "Compatible approximations.")
P.f("county budget", "agree", "quantity", "4.5 million lei", "4,5 milioane lei", "Same, decimal point vs comma.")
P.f("county budget in euros", "agree", "quantity", "about €900,000", "4,5 milioane lei", "A's conversion of the same sum (about 5 lei to the euro).")
P.f("price of a pouch", "agree", "quantity", "around 45 lei", "about 45 lei", "Same.")
P.f("pupils in the county vs in one pilot school", "related", "quantity", "about 98,000 pupils", "640 pupils", "Whole county vs one pilot school: part and whole.")
P.f("years of softer rules", "agree", "quantity", "ten years", "ten years", "Same period (A inside a quote, B in paraphrase).")
P.f("day of the announcement", "agree", "date", "Wednesday", "Wednesday", "Both 2026-06-17.")
P.f("who said 'a phone in the pocket'", "conflict", "quote",
    "A phone in the pocket is a phone in the lesson,",
    "A phone in the pocket is a phone in the lesson,",
    "Same words: A gives them to chief inspector Ioana Muresan, B to head teacher Gheorghe Pop.")
P.f("union and enforcement", "conflict", "statement",
    "refused to enforce the rule",
    "agreed to enforce the ban in its schools",
    "Opposite polarity: refused vs agreed (B reports a later meeting but states the union's position as current).")
P.f("medical exemption", "agree", "statement",
    "Pupils with medical conditions that require a phone, such as diabetes monitored through an app, will be exempt",
    "Pupils with a medical need for a phone, for example to check blood sugar, are exempt.",
    "Same exemption, reworded.")
P.f("inspector on earlier rules", "agree", "statement",
    "We have tried polite rules for ten years. They did not work.",
    "Chief school inspector Ioana Muresan said ten years of softer rules had failed.",
    "A quotes, B paraphrases.")
P.f("ministry and a national rule", "related", "statement",
    "was considering a national rule for primary and lower secondary schools",
    "The Education Ministry has asked the county for its data",
    "Different steps by the ministry; B says it has not said whether others will follow, A that it is considering a rule: not opposite claims about the same thing.")
OUT.append(P.out())

# ---------------- pair 6: Split-Dalmatia tourist season
P = Pair("p6a_dalmatia_tourist_season_adriaticnewsagency.txt", "p6b_dalmatia_tourist_season_jadranskilist.txt")
P.f("arrivals January-September", "agree", "quantity", "3.9 million tourists", "3,9 million arrivals", "Same, decimal point vs comma.")
P.f("overnight stays January-September", "conflict", "quantity", "19.6 million", "19,1 million", "19.6 vs 19.1 million.")
P.f("fall in overnight stays", "conflict", "quantity", "4%", "6 percent", "4% vs 6%.")
P.f("German guests", "agree", "quantity", "610,000 arrivals", "610.000 German guests", "Same.")
P.f("beds in private accommodation", "agree", "quantity", "about 195,000 of the county's beds", "around 200.000 beds", "Compatible approximations.")
P.f("tourist tax receipts", "agree", "quantity", "€14.2 million", "14,2 milijuna eura", "Same.")
P.f("price of a coffee", "agree", "quantity", "around €3", "3 eura", "Same.")
P.f("nine months vs September alone", "related", "quantity", "19.6 million", "2,1 million overnight stays", "Whole period vs one month: part and whole.")
P.f("date of the tourist council meeting", "conflict", "date", "October 20", "October 22", "2026-10-20 vs 2026-10-22.")
P.f("start of the period", "agree", "date", "January", "January", "Both 2026-01.")
P.f("day the figures came out", "agree", "date", "Tuesday", "Tuesday", "Both 2026-10-06.")
P.f("who said 'they stopped staying'", "conflict", "quote",
    "Guests did not stop coming, they stopped staying,",
    "Guests did not stop coming, they stopped staying,",
    "Same words: A gives them to tourist board director Marija Bilic, B to hotelier Ante Juric.")
P.f("cutting the tourist tax", "conflict", "statement",
    "The board ruled out cutting the tax for next season",
    "The board is now considering cutting the tax for next season",
    "Opposite modality: ruled out vs considering.")
P.f("lengthening the season", "agree", "statement",
    "the board would present a plan to lengthen the season",
    "the region had to offer more outside July and August",
    "Same aim, reworded (both from Bilic).")
P.f("how accommodation fared", "related", "statement",
    "Hotels, by contrast, reported occupancy of 81% in July and August",
    "they had cut prices by 15 percent in August and still had empty weeks",
    "Hotels' occupancy vs private landlords' prices: same topic, different measures.")
OUT.append(P.out())

# ---------------- pair 7: Fukuoka street-smoking ban
P = Pair("p7a_kyushu_street_smoking_ban_japanpacificwire.txt", "p7b_kyushu_street_smoking_ban_hakatashimpo.txt")
P.f("date the ban starts", "agree", "date", "April 1, 2027", "April 1 next year", "Both 2027-04-01, written two ways.")
P.f("date fines start", "conflict", "date", "October 1, 2027", "July 1, 2027", "2027-10-01 vs 2027-07-01.")
P.f("day of the vote", "agree", "date", "Wednesday", "Wednesday", "Both 2026-08-19.")
P.f("on-the-spot fine", "agree", "quantity", "2,000 yen", "2,000円", "Same.")
P.f("districts in the current ban", "agree", "quantity", "seven busy districts", "seven districts", "Same.")
P.f("smoking booths", "agree", "quantity", "about 120 enclosed smoking booths", "around 120 smoking booths", "Same.")
P.f("cost of the booths", "related", "quantity", "1.8 billion yen", "¥360 million", "A: total over five years; B: per year. Yearly vs total.")
P.f("patrol officers", "conflict", "quantity", "60 patrol officers", "45 patrol officers", "60 vs 45.")
P.f("heated tobacco", "conflict", "statement",
    "Ogata ruled out extending it to heated tobacco devices",
    "The mayor said the city was considering including devices such as heated-tobacco sticks in the ban",
    "Opposite modality: ruled out vs considering.")
P.f("mayor: not too much to ask", "agree", "quote", "That is not too much to ask.", "It is not too much to ask,", "Same speaker, reworded.")
P.f("mayor on children and smoke", "agree", "statement",
    "Fukuoka wants to be a city where a child can walk to school without breathing someone else's smoke,",
    "Mayor Kenji Ogata said he wanted children to be able to walk to school without breathing other people's smoke.",
    "A quotes, B paraphrases.")
P.f("yatai exemption refused", "agree", "statement",
    "The assembly rejected that request",
    "The association had asked for an exemption, which the assembly turned down.",
    "Same refusal.")
P.f("yatai stalls after the ban", "related", "statement",
    "stall owners will be allowed to set up small smoking corners away from their counters if the city approves",
    "The owners of Nakasu's yatai stalls are unhappy.",
    "Same stalls: a concession (A) vs the owners' reaction (B).")
OUT.append(P.out())

# ---------------- pair 8: Davao jeepney phase-out
P = Pair("p8a_mindanao_jeepney_phaseout_philippinenewsline.txt", "p8b_mindanao_jeepney_phaseout_davaosunrisetribune.txt")
P.f("deadline for the jeepneys", "conflict", "date", "December 31, 2027", "June 30, 2028", "2027-12-31 vs 2028-06-30.")
P.f("compensation per driver", "conflict", "quantity", "80,000 pesos", "P60,000", "PHP 80,000 vs 60,000.")
P.f("electric buses", "agree", "quantity", "1,000 electric buses", "one thousand electric buses", "Same, figures vs words.")
P.f("jeepneys affected", "agree", "quantity", "about 6,800 jeepneys", "more than 6,500 jeepneys", "About 6,800 is more than 6,500.")
P.f("drivers affected", "agree", "quantity", "close to 9,000 drivers", "nearly 9,000 drivers", "Same.")
P.f("minimum fare", "agree", "quantity", "13 pesos", "P13", "Same.")
P.f("city's cost", "related", "quantity", "4.6 billion pesos", "P920 million", "A: total city share; B: per year for five years. Total vs yearly.")
P.f("alliance members vs all drivers", "related", "quantity", "about 4,000 drivers", "nearly 9,000 drivers", "Drivers the alliance speaks for vs all drivers affected: part and whole.")
P.f("first buses", "agree", "date", "March 2027", "March 2027", "Same.")
P.f("day of the vote", "agree", "date", "Wednesday", "Wednesday", "Both 2026-11-11.", b_occ=2)
P.f("drivers' strike", "conflict", "statement",
    "announced a three-day transport strike starting November 17",
    "his group had ruled out a strike for now",
    "Opposite polarity: strike announced vs ruled out.")
P.f("mayor: a safer job", "agree", "quote",
    "We are not taking away their living, we are giving them a safer one.",
    "We are giving them a safer job, not taking away the one they have,",
    "Same speaker, reworded.")
P.f("no driver left on the roadside", "agree", "statement",
    "No driver will be left on the roadside,",
    "Mayor Rodrigo Salcedo said no driver would be left by the roadside.",
    "A quotes, B paraphrases.")
P.f("national money for the buses", "related", "statement",
    "The national government and a loan from the Asian Development Bank will cover most of the cost of the buses themselves.",
    "The Department of Transportation has promised a subsidy of P1.5 billion for the buses.",
    "Same topic (outside funding for the buses), different detail.")
OUT.append(P.out())

with open(os.path.join(HERE, "gold", "pairs.gold.json"), "w", encoding="utf-8") as f:
    json.dump(OUT, f, ensure_ascii=False, indent=1)
    f.write("\n")
