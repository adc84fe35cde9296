import json, os
from build_common import Pair, HERE

OUT = []

# ---------------- pair 1: Equatorial Guinea research ship
P = Pair("p1a_equatorialguinea_research_ship_gulfofguineawire.txt", "p1b_equatorialguinea_research_ship_malaboobserver.txt")
P.f("cost of the ship", "agree", "quantity", "9.8 billion CFA francs", "9,750 million CFA francs", "A rounds 9.75 billion to 9.8 billion.")
P.f("length of the ship", "agree", "quantity", "54-metre", "54-metre", "Same.", a_after="a 54")
P.f("crew", "conflict", "quantity", "28 crew members", "32 crew", "28 vs 32 crew on the same ship.")
P.f("scientists on board", "agree", "quantity", "up to 12 scientists", "12 researchers", "Same capacity (A 'up to').")
P.f("area of the sea zone", "agree", "quantity", "about 300,000 square kilometres", "roughly 300,000 km²", "Same area, different unit spelling.")
P.f("shares of the financing", "related", "quantity", "Sixty percent", "40 per cent",
    "A: the state's share; B: the trust's share. Different shares of the same cost (60 + 40 = 100), not a conflict.")
P.f("trainees on board", "related", "quantity", "15 marine-biology graduates", "40 students",
    "A: graduates placed in the first year; B: students over two years. Different group and period.")
P.f("running costs", "agree", "quantity", "650 million CFA francs", "about 650 million francs", "Same yearly cost.")
P.f("licence revenue", "agree", "quantity", "4.2 billion CFA francs", "4.2 billion francs", "Same (A 'last year', B '2025').")
P.f("commissioning day", "agree", "date", "Thursday", "yesterday", "Both 2026-01-22.")
P.f("first cruise", "conflict", "date", "February 9", "16 February", "2026-02-09 vs 2026-02-16.")
P.f("first survey results", "conflict", "date", "September", "October", "Results expected by September (A) vs first report in October (B).")
P.f("who said 'For thirty years we have sold fishing licences'", "conflict", "quote",
    "For thirty years we have sold fishing licences without knowing what was in the sea,",
    "For thirty years we have sold fishing licences without knowing what was in the sea,",
    "Same words: A gives them to the minister Esono Mba, B to cooperative president Nsue.")
P.f("new tuna licences", "conflict", "statement",
    "the government would not issue any new licences to foreign tuna vessels until the survey's first results were published",
    "the ministry was considering granting a limited number of new tuna licences this year",
    "Opposite polarity: no new licences before results vs considering new licences this year (results due in October).")
P.f("ship hired to oil firms", "agree", "statement",
    "He denied reports in the opposition press that the vessel would be lent to oil companies",
    "The minister rejected suggestions that the ship would be hired out to oil firms", "Same denial by the minister.")
P.f("licence fees", "related", "statement",
    "Running costs are put at 650 million CFA francs a year, to be covered from licence income",
    "A ministry official, who asked not to be named, said the licence fees could be raised",
    "A: licence income pays the running costs; B: anonymous official says fees could rise. Same topic, different claims.")
OUT.append(P.out())

# ---------------- pair 2: Eswatini lottery licence
P = Pair("p2a_eswatini_lottery_licence_southernafricanewsagency.txt", "p2b_eswatini_lottery_licence_manzinitimes.txt")
P.f("licence fee", "agree", "quantity", "E45 million", "E45 000 000", "Same fee, written differently.", a_after="upfront fee")
P.f("licence length", "agree", "quantity", "ten-year", "ten-year", "Same.")
P.f("share of revenue for good causes", "conflict", "quantity", "25%", "22%", "25% vs 22% of ticket revenue.")
P.f("jobs", "conflict", "quantity", "300 people", "250 jobs", "300 vs 250 jobs planned.")
P.f("ticket price", "agree", "quantity", "E10", "E10", "Same price for the main draw.")
P.f("ticket vs scratch-card price", "related", "quantity", "E10", "E5",
    "A: main-draw ticket; B: cheapest scratch card. Different products, same currency.")
P.f("expected annual sales", "agree", "quantity", "about E180 million", "E180 million", "Same target by year three.")
P.f("responsible gambling campaign", "agree", "quantity", "about E6 million", "E6 million", "Same first-year budget.")
P.f("award day", "agree", "date", "Tuesday", "yesterday", "Both 2026-02-17.", b_occ=2)
P.f("first draw", "agree", "date", "1 July", "1 July", "Both 2026-07-01.")
P.f("ticket sales open", "agree", "date", "June", "June", "Both 2026-06.")
P.f("first grants of the fund", "agree", "date", "January 2027", "January 2027", "Same.")
P.f("who said 'Every emalangeni spent on a ticket'", "conflict", "quote",
    "Every emalangeni spent on a ticket will now stay at home and work for our children,",
    "Every emalangeni spent on a ticket will now stay at home and work for our children,",
    "Same words: A gives them to minister Dlamini, B to chief executive Shongwe.")
P.f("online sales", "conflict", "statement",
    "Dlamini said the government would not allow online or mobile-phone sales under the licence",
    "Commerce Minister Sibusiso Dlamini said online sales are expected to begin next year",
    "Opposite polarity, same speaker: online sales not allowed vs expected next year.")
P.f("tender rushed", "agree", "statement",
    "The minister denied that the tender had been rushed through", "Dlamini rejected claims by opposition MPs that the tender had been rushed",
    "Same denial by the minister.")
P.f("jackpot limits", "related", "statement",
    "the board was considering limits on the size of jackpots",
    "the board had asked for the licence to include a cap on prize rollovers",
    "A: Gaming Board considering jackpot limits; B: board asked for a rollover cap in the licence. Related measures, compatible.")
OUT.append(P.out())

# ---------------- pair 3: Burundi teacher hiring
P = Pair("p3a_burundi_teacher_hiring_greatlakespressagency.txt", "p3b_burundi_teacher_hiring_gitegacourier.txt")
P.f("teachers hired", "agree", "quantity", "3,000 new primary school teachers", "3,000 primary teachers", "Same.")
P.f("pupils per teacher now", "agree", "quantity", "78 pupils", "some 78 pupils", "Same average.", a_occ=2)
P.f("exam candidates", "conflict", "quantity", "Some 21,400 candidates", "19,800 candidates", "21,400 vs 19,800 candidates for the same exam.")
P.f("starting salary", "agree", "quantity", "420,000 Burundian francs", "420,000 Burundian francs", "Same monthly salary.")
P.f("wage bill", "related", "quantity", "15.1 billion francs", "1.26 billion francs",
    "A: cost per year; B: monthly wage bill (12 x 1.26 = 15.1). Different period, compatible.")
P.f("donor grant", "agree", "quantity", "12 million euro", "12 million euros", "Same grant.")
P.f("serving teachers", "agree", "quantity", "roughly 38,000 teachers", "about 38,000 teachers", "Same.")
P.f("target ratio", "agree", "quantity", "60 pupils per teacher", "60 pupils per teacher", "Same target for 2030.")
P.f("exam day", "agree", "date", "Saturday, March 14", "last Saturday", "Both 2026-03-14.")
P.f("announcement", "agree", "date", "Wednesday", "yesterday", "Both 2026-03-18.", a_after="Niyonzima said on")
P.f("new teachers start", "conflict", "date", "April 13", "20 April", "2026-04-13 vs 2026-04-20.")
P.f("who said 'A teacher with 120 children'", "conflict", "quote",
    "A teacher with 120 children is not teaching, she is supervising,",
    "A teacher with 120 children is not teaching, she is supervising,",
    "Same words: A gives them to minister Niyonzima, B to union leader Ndayishimiye.")
P.f("minister on every child", "agree", "quote",
    "We want every child to be known by name.", "We want every child to be known by name,", "Same words, both Niyonzima.")
P.f("teachers' strike", "conflict", "statement",
    "it would not strike this term", "The union said it plans to strike in May",
    "Opposite polarity: no strike this term (March-July) vs strike planned in May.")
P.f("pay of serving teachers", "agree", "statement",
    "The ministry refused to reopen salary talks before the 2027 budget",
    "The ministry has refused to discuss pay for serving teachers before the 2027 budget", "Same refusal.")
P.f("further hiring", "related", "statement",
    "the ministry was considering hiring a further 2,000 teachers in 2027",
    "the country needed at least 9,000 more teachers to reach its target",
    "A: plan under consideration for 2027; B: total need to reach the 2030 ratio. Different measures.")
OUT.append(P.out())

# ---------------- pair 4: Gambia ID cards
P = Pair("p4a_gambia_id_cards_atlanticcoastnews.txt", "p4b_gambia_id_cards_komboherald.txt")
P.f("cards issued so far", "conflict", "quantity", "212,000 people", "about 190,000 cards", "212,000 vs about 190,000 cards issued since January, same statement to the Assembly.")
P.f("registration target", "agree", "quantity", "1.4 million adults", "1.4 million cards", "Same target.")
P.f("contract value", "agree", "quantity", "D1.1 billion", "D1.1bn", "Same.")
P.f("payments to the contractor", "related", "quantity", "D85 million", "D410 million",
    "A: payment withheld; B: amount paid so far. Different sums, same currency.")
P.f("first card fee", "agree", "quantity", "D250", "D250", "Same.")
P.f("fine for an expired card", "agree", "quantity", "up to D1,000", "as high as D1,000", "Same maximum fine.")
P.f("daily output", "agree", "quantity", "about 2,500 cards", "around 2,500 cards", "Same.")
P.f("registration began", "agree", "date", "January", "January", "Both 2026-01.")
P.f("announcement day", "agree", "date", "Wednesday", "yesterday", "Both 2026-05-06.")
P.f("new replacement deadline", "conflict", "date", "30 June 2027", "31 March 2027", "2027-06-30 vs 2027-03-31.")
P.f("election", "agree", "date", "December 2026", "December", "Both 2026-12.", a_after="vote in the")
P.f("who said 'We are not going to punish citizens'", "conflict", "quote",
    "We are not going to punish citizens for the failures of a contractor,",
    "We are not going to punish citizens for the failures of a contractor,",
    "Same words: A gives them to minister Touray, B to opposition MP Ceesay.")
P.f("minister on votes and bank accounts", "agree", "quote",
    "Nobody will lose their vote or their bank account because a machine broke down in Basse.",
    "Nobody will lose their vote or their bank account because a machine broke down,", "Same words (B shortened), both Touray.")
P.f("registration in Banjul", "conflict", "statement",
    "The government has halted registration in Banjul for two weeks",
    "But registration in Banjul would not be suspended",
    "Opposite polarity: halted vs would not be suspended, both from the minister.")
P.f("cancelling the contract", "agree", "statement",
    "Touray said the government would not cancel the IdentiPlus contract",
    "The ministry refused to terminate the deal", "Same refusal.")
P.f("printer problems", "related", "statement",
    "We have flown in two new machines and expect to double output by June",
    "the printers were \"never designed for this heat\" and stopped several times a day",
    "A: contractor's manager on new machines; B: anonymous technician on why printers fail. Same topic, different claims.")
OUT.append(P.out())

# ---------------- pair 5: Sierra Leone dam crack
P = Pair("p5a_sierraleone_dam_crack_westafricawire.txt", "p5b_sierraleone_dam_crack_freetownclarion.txt")
P.f("length of the crack", "conflict", "quantity", "14-metre", "12 metres", "14 vs 12 metres.")
P.f("drawdown", "agree", "quantity", "6 metres", "six metres", "Same.")
P.f("normal output", "agree", "quantity", "50 megawatts", "about 50 megawatts", "Same.")
P.f("output now", "related", "quantity", "20 megawatts", "60 per cent",
    "A: current output in MW; B: size of the cut in percent (50 -> 20 MW is -60%). Different measures, compatible.")
P.f("people moved", "agree", "quantity", "some 3,400 residents", "about 3,400 villagers", "Same.")
P.f("repair cost", "agree", "quantity", "Le 85 million", "Le 85 million", "Same.")
P.f("daily blackouts", "agree", "quantity", "up to eight hours", "eight-hour", "Same length of outages.")
P.f("generator fuel costs of businesses", "related", "quantity", "Le 9,000", "Le 1,500",
    "A: a bottling plant's daily diesel; B: a bakery's daily fuel. Different businesses.")
P.f("crack found", "agree", "date", "Sunday morning", "Sunday", "Both 2026-06-07.")
P.f("repairs finished", "conflict", "date", "September 30", "the end of August", "2026-09-30 vs 2026-08.")
P.f("rains refill the lake", "agree", "date", "July", "July", "Both 2026-07.")
P.f("who said 'There is no danger to the people living below the dam'", "conflict", "quote",
    "There is no danger to the people living below the dam, and we say that on the basis of engineering, not hope,",
    "There is no danger to the people living below the dam, and we say that on the basis of engineering, not hope,",
    "Same words: A gives them to minister Kamara, B to chief engineer Conteh.")
P.f("power from Guinea", "conflict", "statement",
    "Kamara said the government was not considering buying emergency power from neighbouring Guinea",
    "The government has asked Guinea to supply 15 megawatts of emergency power",
    "Opposite polarity: not considering vs has asked.")
P.f("skipped maintenance", "agree", "statement",
    "It denied that scheduled maintenance had been skipped",
    "It rejected suggestions that it had neglected maintenance", "Same denial by the company.")
P.f("parliament's response", "related", "statement",
    "Members of parliament from the ruling and opposition parties called for an inquiry into the dam's construction",
    "Parliament's energy committee will summon Northern Hydro's managers on Thursday",
    "A: MPs call for an inquiry; B: committee summons managers (B also says opposition MPs want an inquiry). Different steps.")
OUT.append(P.out())

# ---------------- pair 6: Liberia rubber estate sale
P = Pair("p6a_liberia_rubber_plantation_sale_commoditiesdesk.txt", "p6b_liberia_rubber_plantation_sale_buchananpost.txt")
P.f("price", "agree", "quantity", "$62 million", "US$62 million", "Same.", a_occ=2)
P.f("area", "agree", "quantity", "34,000 hectares", "34,000-hectare", "Same.")
P.f("workforce", "conflict", "quantity", "some 4,100 workers", "3,900 people", "About 4,100 vs 3,900 workers on the estate.")
P.f("state stake", "agree", "quantity", "10%", "10 per cent", "Same.")
P.f("arrears owed to the state", "agree", "quantity", "$4.5 million", "US$4.5 million", "Same.")
P.f("output", "related", "quantity", "18,000 tonnes", "25,000 tonnes",
    "A: last year's output; B: new owners' target for 2029. Different years.")
P.f("smallholder rubber price", "agree", "quantity", "about $1.10", "about US$1.10", "Same.")
P.f("signing day", "agree", "date", "Monday", "yesterday", "Both 2026-08-17.", a_after="the two sides said on")
P.f("approval deadline", "agree", "date", "October 31", "the end of October", "2026-10-31 vs 2026-10: compatible.")
P.f("year Kelantan bought the estate", "agree", "date", "2008", "2008", "Same.")
P.f("concession end", "conflict", "date", "2061", "2059", "2061 vs 2059.")
P.f("who said 'We are buying a plantation that has been starved of investment'", "conflict", "quote",
    "We are buying a plantation that has been starved of investment, and we intend to feed it,",
    "We are buying a plantation that has been starved of investment, and we intend to feed it,",
    "Same words: A gives them to buyer Wleh, B to minister Kollie.")
P.f("jobs after the sale", "conflict", "statement",
    "He pledged to keep all 4,100 workers on the payroll",
    "Bassa Holdings plans to cut about 600 jobs in its first year",
    "Opposite polarity: pledge to keep all workers vs plan to cut 600 jobs.")
P.f("waiving arrears", "agree", "statement",
    "Kollie said the government would not waive $4.5 million in land rent and taxes",
    "She said the state would not forgive the US$4.5 million in back rent and taxes", "Same refusal by the minister.")
P.f("pollution lawsuit", "agree", "statement",
    "Kelantan Agro denied that it was selling to avoid an environmental case",
    "Kelantan Agro has rejected claims by the Bassa Community Rights Forum that it is leaving to escape a lawsuit", "Same denial.")
P.f("union's position", "related", "statement",
    "said it welcomed the sale but wanted written guarantees on housing and schools",
    "said workers had been told nothing", "A: union wants guarantees; B: branch chairman says workers were not informed. Different claims, compatible.")
OUT.append(P.out())

# ---------------- pair 7: Togo women's football bonuses
P = Pair("p7a_togo_womens_football_bonus_panafricansport.txt", "p7b_togo_womens_football_bonus_lomeeveningpost.txt")
P.f("squad size", "agree", "quantity", "23 players", "23 players", "Same.")
P.f("bonuses owed", "conflict", "quantity", "46 million CFA francs", "52 million FCFA", "46 vs 52 million CFA francs owed.")
P.f("win bonus demanded", "agree", "quantity", "1.5 million CFA francs", "1.5 million FCFA", "Same.")
P.f("current win bonus", "agree", "quantity", "750,000 francs", "750,000 FCFA", "Same.")
P.f("first payment of arrears", "agree", "quantity", "20 million francs", "20 million FCFA", "Same.")
P.f("annual sponsorship", "agree", "quantity", "120 million francs", "120 million FCFA", "Same.")
P.f("sponsor's extra offer vs its annual deal", "related", "quantity", "30 million francs", "120 million FCFA",
    "A: extra money offered now; B: the yearly sponsorship. Different sums from the same sponsor.")
P.f("boycott began", "agree", "date", "Monday", "Monday morning", "Both 2026-10-19.")
P.f("qualifier day", "agree", "date", "Friday", "Friday", "Both 2026-10-23.")
P.f("first payment by", "agree", "date", "Thursday", "Thursday", "Both 2026-10-22 (A 'by', B 'before').")
P.f("return leg", "conflict", "date", "October 27", "28 October", "2026-10-27 vs 2026-10-28.")
P.f("who said 'We are not asking for charity'", "conflict", "quote",
    "We are not asking for charity, we are asking for what was promised,",
    "We are not asking for charity, we are asking for what was promised,",
    "Same words: A gives them to captain Agbéko, B to federation president Amégah.")
P.f("captain on the jersey", "agree", "quote",
    "We love this jersey, but love does not pay the rent.", "We love this jersey, but love does not pay the rent,", "Same words, both Agbéko.")
P.f("replacement players", "conflict", "statement",
    "the federation would not replace the players with a reserve squad",
    "the federation has already called up 11 replacement players",
    "Opposite polarity: will not replace vs has called up replacements.")
P.f("diverted funds", "agree", "statement",
    "Amégah denied that money set aside for the women's team had been spent on the men's",
    "The federation rejected accusations", "Same denial.")
P.f("ministry's response", "related", "statement",
    "said the state would cover any shortfall for Friday's match",
    "wanted the bonuses paid within a week",
    "A: minister will cover the shortfall for the match; B: anonymous source says he wants bonuses paid within a week. Different measures.")
OUT.append(P.out())

# ---------------- pair 8: Benin pineapple plant
P = Pair("p8a_benin_pineapple_plant_gulfbusinessreport.txt", "p8b_benin_pineapple_plant_cotonoudaily.txt")
P.f("cost of the plant", "agree", "quantity", "18 billion CFA francs", "FCFA 18 billion", "Same.")
P.f("capacity", "conflict", "quantity", "40,000 tonnes", "45,000 tonnes", "40,000 vs 45,000 tonnes of fruit a year.")
P.f("contract growers", "agree", "quantity", "some 3,000 growers", "3,000 growers", "Same.")
P.f("price paid to growers", "agree", "quantity", "150 CFA francs", "150 francs", "Same per-kilo price (B in a quote).")
P.f("local market price", "agree", "quantity", "about 90 francs", "around 90 FCFA", "Same peak-season price.")
P.f("permanent jobs", "agree", "quantity", "650 permanent jobs", "650 people", "Same.")
P.f("permanent vs seasonal jobs", "related", "quantity", "650 permanent jobs", "about 1,200 seasonal workers",
    "A: permanent jobs; B: additional seasonal workers. Different groups.")
P.f("post-harvest losses", "agree", "quantity", "up to 30%", "as much as 30 per cent", "Same.")
P.f("national production", "agree", "quantity", "roughly 400,000 tonnes", "about 400,000 tonnes", "Same (A 'last year', B '2025').")
P.f("opening day", "agree", "date", "Thursday", "yesterday", "Both 2026-11-12.")
P.f("first exports", "conflict", "date", "January 2027", "March 2027", "2027-01 vs 2027-03.")
P.f("who said 'For forty years we have exported pineapples'", "conflict", "quote",
    "For forty years we have exported pineapples and imported pineapple juice,",
    "For forty years we have exported pineapples and imported pineapple juice,",
    "Same words: A gives them to minister Dossa, B to grower Tchibozo.")
P.f("tax break", "conflict", "statement",
    "Dossa said the government would not grant the plant any tax exemption beyond the standard investment code",
    "said it would enjoy a ten-year tax holiday",
    "Opposite polarity: no exemption beyond the code (5-year duty cut) vs a 10-year tax holiday, same speaker.")
P.f("exclusive sales", "agree", "statement",
    "Hounkpatin denied that growers who signed contracts would be forbidden from selling to other buyers",
    "The company also rejected claims by some traders that contract farmers would be barred from selling to anyone else",
    "Same denial.")
P.f("plans and limits of the plant", "related", "statement",
    "AFT said it was considering a second line for dried fruit in 2028",
    "the plant could run at only half its capacity in its first year",
    "A: expansion under consideration; B: anonymous source on first-year utilisation. Different claims.")
OUT.append(P.out())

with open(os.path.join(HERE, "gold", "pairs.gold.json"), "w", encoding="utf-8") as f:
    json.dump(OUT, f, ensure_ascii=False, indent=1)
    f.write("\n")
print(len(OUT), "pairs,", sum(len(p["facts"]) for p in OUT), "facts")
