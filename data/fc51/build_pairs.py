"""pairs.gold.json for fc51."""
import json, os
from build_common import Pair, HERE

OUT = []

# ---------------- pair 1: Oaxaca chocolate maker
P = Pair("p1a_mexico_chocolate_takeover_amerimarketswire.txt", "p1b_mexico_chocolate_takeover_noticiasdeoaxaca.txt")
P.f("purchase price", "agree", "quantity", "2.3 billion pesos", "2,300 million pesos", "Same price, written two ways.", a_occ=2)
P.f("stake bought now", "agree", "quantity", "80%", "80 per cent", "Same.")
P.f("planned investment", "agree", "quantity", "400 million pesos", "400 million pesos", "Same.")
P.f("employees", "conflict", "quantity", "1,150 people", "1,200 workers", "1,150 vs 1,200 employees of the same company.")
P.f("sales last year", "agree", "quantity", "1.9 billion pesos", "1,900 million pesos", "Same.")
P.f("price paid to growers", "agree", "quantity", "62 pesos per kilogram", "62 pesos a kilo", "Same.")
P.f("cacao supply", "related", "quantity", "about 3,400 small growers", "about 2,600 tonnes",
    "A: number of growers supplying beans; B: tonnes of beans bought a year. Different measures of the supply.")
P.f("deal announced", "agree", "date", "Tuesday", "yesterday", "Both 2026-01-20.")
P.f("option on the family's 20%", "conflict", "date", "2029", "2030", "A: option exercisable in 2029; B: in 2030.")
P.f("regulator's decision expected", "conflict", "date", "the end of June", "the end of May", "2026-06 vs 2026-05.")
P.f("Emilio Ruiz Mendoza on his grandfather", "agree", "quote",
    "My grandfather started with one stone mill and a donkey,", "My grandfather started with one stone mill and a donkey,", "Same words, same speaker.")
P.f("Brunner on keeping production in Oaxaca", "agree", "quote",
    "We will not move production out of Oaxaca.", "Nothing will leave Oaxaca,", "Both Brunner; reworded.")
P.f("union's stance on the sale", "conflict", "statement",
    "said it would not oppose the sale", "the union would challenge the sale before the competition authority",
    "Opposite polarity: the plant union will not oppose vs will challenge the sale.")
P.f("five-year price guarantee", "agree", "statement",
    "has not committed beyond that", "the Swiss company refused",
    "Both: no five-year guarantee from the buyer (A: not committed beyond 2026; B: refused).")
P.f("2026 harvest price", "agree", "statement",
    "Helvetia Kakao agreed to keep the price for the 2026 harvest", "the group had promised to honour existing contracts for the 2026 harvest",
    "Same commitment for the 2026 harvest.")
P.f("requests to the buyer", "related", "statement",
    "said it had asked both companies to guarantee the current purchase price", "has asked for a meeting with the new owners",
    "A: growers ask for a price guarantee; B: the union asks for a meeting. Different actors and requests.")
OUT.append(P.out())

# ---------------- pair 2: Rio samba grant
P = Pair("p2a_brazil_samba_grant_conesulpress.txt", "p2b_brazil_samba_grant_folhadaguanabara.txt")
P.f("new grant total", "agree", "quantity", "R$ 42 million", "R$ 42 million", "Same.")
P.f("grant per school", "agree", "quantity", "R$ 3.5 million", "R$ 3.5 million", "Same.")
P.f("size of the cut", "agree", "quantity", "30%", "30 per cent", "Same (A's body figure).", a_occ=2)
P.f("workshop staff per school", "agree", "quantity", "around 1,500 seamstresses", "some 1,500 people", "Same approximate figure.")
P.f("cost of a parade", "agree", "quantity", "between R$ 8 million and R$ 12 million", "around R$ 10 million", "B's 'around 10 million' lies in A's range.")
P.f("box-seat price", "related", "quantity", "R$ 2,800", "R$ 3,080",
    "A: current top ticket price (no rise); B: price after a 10% rise. Before vs after, and tied to the conflicting statement on prices.")
P.f("expected hotel occupancy", "conflict", "quantity", "92%", "90 per cent", "92% vs 90% for the same carnival week.")
P.f("league's TV contract", "agree", "quantity", "R$ 95 million a year", "R$ 95 million a year", "Same.")
P.f("cut announced", "agree", "date", "Tuesday", "yesterday", "Both 2026-02-03.")
P.f("first parade night", "agree", "date", "February 15", "Sunday 15 February", "Both 2026-02-15.")
P.f("first instalment", "conflict", "date", "February 9", "10 February", "2026-02-09 vs 2026-02-10.")
P.f("Toledo on carnival's means", "agree", "quote",
    "The city is not abandoning carnival, it is asking carnival to live within its means,", "We are asking carnival to live within its means.",
    "Both Toledo; B splits and rewords.")
P.f("who said 'we will parade even if we have to sew'", "conflict", "quote",
    "We will parade even if we have to sew the costumes ourselves,", "We will parade even if we have to sew the costumes ourselves,",
    "Same words: A gives them to league president Dalva Assunção, B to school president Neide Barbosa.")
P.f("Sambadrome ticket prices", "conflict", "statement",
    "It ruled out raising the price of Sambadrome tickets", "ticket prices at the Sambadrome will rise by 10 per cent",
    "Opposite polarity: no rise vs a 10% rise.")
P.f("link to TV rights", "agree", "statement",
    "Toledo denied that the cut was linked to a dispute with the league over television rights",
    "Toledo denied that the cut was retaliation for the league's television contract", "Same denial.")
P.f("councillor's demand", "related", "statement",
    "asked the city to publish the accounts of the 2025 grant", "called for an audit of the 2025 grant",
    "Same councillor and grant, different demands (publication vs audit); compatible.")
OUT.append(P.out())

# ---------------- pair 3: Perito Moreno ice fall
P = Pair("p3a_argentina_glacier_walkways_pampaswire.txt", "p3b_argentina_glacier_walkways_diarioaustral.txt")
P.f("injured", "agree", "quantity", "nine tourists", "nine people", "Same (A also reports an earlier count of seven).")
P.f("people on the walkways", "agree", "quantity", "About 2,400 people", "Around 2,400 visitors", "Same.")
P.f("height of the ice block", "conflict", "quantity", "about 60 metres", "about 70 metres", "60 vs 70 metres.")
P.f("length of walkways", "agree", "quantity", "4 kilometres", "some four kilometres", "Same.")
P.f("distance from ice front", "agree", "quantity", "some 300 metres", "300 metres", "Same.")
P.f("weekly tourism losses", "agree", "quantity", "1,500 million pesos a week", "1.5 billion pesos a week", "Same figure written two ways.")
P.f("losses vs compensation fund", "related", "quantity", "1,500 million pesos a week", "2,000 million pesos",
    "A: estimated weekly losses; B: compensation fund promised. Same currency, different things.")
P.f("length of closure", "conflict", "quantity", "three weeks", "at least a month",
    "A: three weeks; B: at least a month, explicitly 'not three weeks as first announced'.", b_occ=2)
P.f("day of the collapse", "agree", "date", "Wednesday afternoon", "Wednesday", "Both 2026-03-11.")
P.f("boat trips resume", "agree", "date", "Friday", "tomorrow", "Both 2026-03-13.")
P.f("Wenzel on reopening", "agree", "quote",
    "What happened was extraordinary, but we will not reopen a single metre of walkway until we know it is safe,",
    "I will not reopen a metre of walkway until I am sure it is safe,", "Both Wenzel; reworded.")
P.f("Sosa on the glacier and the town", "agree", "quote",
    "A week without the glacier is a week without El Calafate,", "A week without the glacier is a week without El Calafate,", "Same words, same speaker.")
P.f("who said 'one event does not make a trend'", "conflict", "quote",
    "One event does not make a trend,", "One event does not make a trend,",
    "Same words: A gives them to researcher Tomás Echeverry, B to park superintendent Carolina Wenzel.")
P.f("province and private losses", "conflict", "statement",
    "the province would not cover private losses", "promised a compensation fund of 2,000 million pesos for hotels and tour operators",
    "Opposite: governor will not cover losses vs (per Sosa) promised a compensation fund.")
P.f("glacier retreat", "agree", "statement",
    "the collapse was not a sign that the glacier", "the fall did not mean the glacier was retreating", "Same denial by the researcher(s).")
P.f("cancellations", "related", "statement",
    "cancellations had begun within hours", "hotels had received 3,000 cancellations in a day",
    "A: cancellations began (no count); B: a count over a day. Same topic, different detail.")
OUT.append(P.out())

# ---------------- pair 4: Chile chicken cartel
P = Pair("p4a_chile_chicken_cartel_andeslegalwire.txt", "p4b_chile_chicken_cartel_elcorreodelsur.txt")
P.f("damages awarded", "agree", "quantity", "48,000 million pesos", "$48 billion", "Same (B's '$' is CLP).")
P.f("payment per household", "agree", "quantity", "about 9,200 pesos", "around $9,000", "Approximately the same.")
P.f("households reached", "agree", "quantity", "an estimated 5.2 million families", "about 5.2 million homes", "Same.")
P.f("cartel's market share", "agree", "quantity", "about 85%", "more than 80 per cent", "85% is more than 80%.")
P.f("average overcharge", "conflict", "quantity", "9%", "12 per cent", "9% vs 12%.")
P.f("payments start after ruling is final", "conflict", "quantity", "60 days", "90 days", "60 vs 90 days.")
P.f("earlier fine", "agree", "quantity", "30,000 UTM", "30,000 UTM", "Same.")
P.f("jobs", "related", "quantity", "around 30,000 people", "1,900 people",
    "A: whole poultry industry's workforce; B: one plant's workforce.")
P.f("ruling day", "agree", "date", "Tuesday", "yesterday", "Both 2026-04-14.")
P.f("start of criminal trial", "conflict", "date", "September", "October", "2026-09 vs 2026-10.")
P.f("bill to Congress by", "agree", "date", "June", "June", "Both 2026-06.")
P.f("Órdenes on cartels", "agree", "quote",
    "This ruling tells every company in Chile that a cartel costs more than it earns,", "A cartel now costs more than it earns,", "Both Órdenes; reworded.")
P.f("Larraín's regret", "agree", "quote",
    "regretted the conduct of former managers", "We regret what former managers did,", "Both Larraín; indirect fragment vs direct quote.")
P.f("Avícola del Maule and appeal", "agree", "statement",
    "said it would not appeal", "the firm accepted the ruling and would pay", "Same: no appeal.")
P.f("Granjas San Vicente and appeal", "conflict", "statement",
    "Granjas San Vicente said it was studying the ruling", "the company had decided to appeal as well",
    "A: undecided; B: decided to appeal.")
P.f("minister's response", "related", "statement",
    "welcomed the decision", "She ruled out a tax on poultry imports",
    "Same minister, different points (welcome vs ruling out an import tax).")
OUT.append(P.out())

# ---------------- pair 5: Bogotá fog and flowers
P = Pair("p5a_colombia_flower_exports_caribenews.txt", "p5b_colombia_flower_exports_lavozdelasabana.txt")
P.f("airport closure length", "conflict", "quantity", "nearly 11 hours", "13 hours", "Nearly 11 vs 13 hours.")
P.f("flights affected", "agree", "quantity", "64 cargo flights", "64 freight flights", "Same.")
P.f("value of stranded cargo", "agree", "quantity", "around US$14 million", "US$14 million", "Same.")
P.f("flowers to be destroyed", "agree", "quantity", "some 400 tonnes", "400 tonnes", "Same.")
P.f("extra cargo flights", "conflict", "quantity", "22 extra flights", "30 additional flights", "22 vs 30 extra flights through Friday.")
P.f("credit line", "agree", "quantity", "50,000 million pesos", "50,000 million pesos", "Same amount (A: requested; B: to be opened).")
P.f("freight prices", "related", "quantity", "US$3.10 per kilogram", "30 per cent",
    "A: charter price per kg (from US$2.40); B: percentage rise. Level vs change (consistent: +29%).")
P.f("day the fog closed the airport", "agree", "date", "Monday", "Monday night", "Both 2026-05-04.")
P.f("US Mother's Day", "agree", "date", "May 10", "Sunday 10 May", "Both 2026-05-10.")
P.f("night flights allowed until", "agree", "date", "May 9", "9 May", "Both 2026-05-09.")
P.f("cargo runway ready", "conflict", "date", "2029", "2030", "2029 vs 2030.")
P.f("Cárdenas on the tarmac", "agree", "quote",
    "Every hour a box sits on the tarmac, the flower loses a day of life in a vase in Miami,",
    "Every hour on the tarmac is a day less in the vase,", "Both Cárdenas; reworded.")
P.f("cash payments", "conflict", "statement",
    "ruled out direct cash payments", "We will also look at cash support for the smallest farms",
    "Galvis rules out cash payments (A) vs says cash support will be looked at (B quote).")
P.f("prices to US buyers", "conflict", "statement",
    "its members would not raise prices for US buyers", "they would have to pass part of the extra freight cost to US buyers",
    "Opposite polarity.")
P.f("workers on overtime", "agree", "statement",
    "workers were being kept on overtime to repack boxes", "asked her team to work 12-hour shifts to repack boxes", "Same.")
P.f("Medellín route", "related", "statement",
    "Some exporters trucked boxes to the airport at Rionegro, near Medellín", "Some growers are considering sending part of their cargo by road to Medellín's airport",
    "A: done on Tuesday; B: considered for a future fog. Different time.")
OUT.append(P.out())

# ---------------- pair 6: Peru anchovy quota
P = Pair("p6a_peru_anchovy_quota_pacificwire.txt", "p6b_peru_anchovy_quota_diariodelpuerto.txt")
P.f("second-season quota", "agree", "quantity", "1.2 million tonnes", "1.25 million tonnes", "A rounds 1.25 million to 1.2 million.", a_occ=2)
P.f("quota cut vs last year's quota", "related", "quantity", "52%", "2.6 million tonnes",
    "A: percentage cut; B: last year's quota in tonnes. Different measures (consistent: 1.25/2.6 = -52%).")
P.f("water temperature anomaly", "agree", "quantity", "about 2 degrees Celsius", "2 degrees", "Same.")
P.f("crew subsidy", "agree", "quantity", "1,025 soles a month", "1,025 soles", "Same monthly amount.")
P.f("lost exports", "agree", "quantity", "about $700 million", "US$700 million", "Same.")
P.f("inshore band", "agree", "quantity", "between 5 and 10 nautical miles", "between 5 and 10 miles", "Same.")
P.f("strike length", "conflict", "quantity", "one-day", "48-hour", "One day vs 48 hours.")
P.f("season opens", "agree", "date", "July 20", "Monday", "Both 2026-07-20.")
P.f("season closes", "conflict", "date", "September 30", "15 October", "2026-09-30 vs 2026-10-15.")
P.f("strike day", "agree", "date", "next Tuesday", "Tuesday, 21 July", "Both 2026-07-21.")
P.f("Vidal on caution", "agree", "quote",
    "The sea decides, and this year the sea asked for caution.", "The sea decides, and this year it asks for caution,", "Both Vidal; reworded.")
P.f("Maldonado on the quota", "agree", "quote", "more prudent than necessary", "more prudent than necessary", "Same words, same speaker.")
P.f("subsidy for crews", "conflict", "statement",
    "it was considering a subsidy of 1,025 soles a month", "the government had agreed to pay crews a monthly subsidy",
    "A: under consideration, not decided; B (union): agreed.")
P.f("industry response", "agree", "statement",
    "the industry would respect it", "the society would not go to court over it", "Compatible: accepts the quota.")
P.f("inshore band request", "agree", "statement",
    "The ministry rejected the request.", "the ministry refused to open the inshore strip", "Same refusal.")
P.f("juvenile fish", "related", "statement",
    "a large share of the fish were juveniles", "the fleet had caught too many juveniles in the first season",
    "A: juveniles in the June survey; B (anonymous institute official): juveniles in the first season's catch. Same topic, different observation.")
OUT.append(P.out())

# ---------------- pair 7: Uruguay laptops
P = Pair("p7a_uruguay_school_laptops_riodelaplatawire.txt", "p7b_uruguay_school_laptops_elcanariodiario.txt")
P.f("contract value", "agree", "quantity", "US$38.4 million", "38.4 million dollars", "Same.")
P.f("laptops", "agree", "quantity", "96,000 laptops", "96,000 secondary students", "One laptop per student: same 96,000.")
P.f("price per laptop", "agree", "quantity", "US$400", "US$ 400", "Same.")
P.f("price drop vs 2023", "agree", "quantity", "14%", "14 per cent", "Same.")
P.f("first delivery batch", "agree", "quantity", "30,000 laptops", "30,000 machines", "Same.")
P.f("hires at Pando", "conflict", "quantity", "120 workers", "150 people", "120 vs 150 new hires.")
P.f("daily output", "conflict", "quantity", "1,200 machines a day", "a thousand laptops a day", "1,200 vs 1,000 a day.")
P.f("old laptops repaired", "agree", "quantity", "41,000 old machines", "41,000 old laptops", "Same.")
P.f("five months", "related", "quantity", "five months", "five months",
    "Same figure, different things: A, how long the tender was stalled; B, how long assembly will run.")
P.f("award day", "agree", "date", "Wednesday", "yesterday", "Both 2026-09-09.")
P.f("first deliveries", "conflict", "date", "March 2027", "February 2027", "2027-03 vs 2027-02.")
P.f("tender opened", "agree", "date", "January", "January", "Both 2026-01.")
P.f("Arrospide on old laptops", "agree", "quote",
    "No student should start the year with a laptop older than they are,", "No student should begin the year with a computer older than they are,",
    "Both Arrospide; reworded.")
P.f("Andina Sistemas and the courts", "conflict", "statement",
    "it would not go back to court", "it would file a new appeal", "Opposite polarity.")
P.f("CDE on students without devices", "agree", "statement",
    "Arrospide denied that the delay had left students without devices", "Arrospide rejected the criticism", "Same rejection.")
P.f("tablets for pre-school", "related", "statement",
    "it was considering a separate tender for 10,000 tablets for pre-school classes",
    "asked the CDE to buy tablets for pre-school classes from the same plant",
    "A: agency considers a tender; B: Canelones asks for the tablets to be made in Pando. Same topic, different actors.")
OUT.append(P.out())

# ---------------- pair 8: Paraguay soy crusher loan
P = Pair("p8a_paraguay_soy_crusher_loan_guaranipress.txt", "p8b_paraguay_soy_crusher_loan_elheraldoguarani.txt")
P.f("loan amount", "agree", "quantity", "$120 million", "US$ 120 million", "Same.", a_occ=2, b_occ=2)
P.f("project cost", "agree", "quantity", "$165 million", "US$ 165 million", "Same.")
P.f("current capacity", "agree", "quantity", "4,000", "4,000 tonnes", "Same (tonnes a day).", a_after="capacity from")
P.f("capacity after expansion", "conflict", "quantity", "8,000 tonnes", "8,500", "8,000 vs 8,500 tonnes a day.")
P.f("loan term", "conflict", "quantity", "12-year", "15 years", "12 vs 15 years.")
P.f("construction jobs", "agree", "quantity", "about 900 jobs", "900 construction jobs", "Same.")
P.f("price gap to Chicago", "agree", "quantity", "about $25 a tonne", "around US$ 25 per tonne", "Same.")
P.f("expansion vs refinery", "related", "quantity", "$165 million", "about US$ 60 million",
    "A: cost of the crusher expansion; B: separate refinery investment.")
P.f("loan signed", "agree", "date", "Tuesday", "yesterday", "Both 2026-11-17.")
P.f("construction start", "conflict", "date", "January", "March 2027", "2027-01 vs 2027-03.")
P.f("new line operating", "agree", "date", "2028", "mid-2028", "A: second half of 2028; B: mid-2028. Compatible at year grain.")
P.f("deforestation cut-off", "agree", "date", "2020", "2020", "Same.")
P.f("Weiss on traceability", "agree", "quote", "Traceability is not optional,", "Traceability is not optional,", "Same words, same speaker.")
P.f("tax breaks", "conflict", "statement",
    "the government would not offer tax breaks for the expansion", "the government is studying an extension of tax benefits",
    "A: no tax breaks beyond the law; B: studying an extension covering Olepar's project.")
P.f("list of supplier farms", "conflict", "statement",
    "The bank declined to do so", "The bank will publish a yearly report of Olepar's suppliers", "Opposite polarity on publishing suppliers.")
P.f("Guyra Chaco's demand", "related", "statement",
    "asked the bank to publish the list of supplier farms", "demanded independent audits",
    "Same group, both finding the conditions insufficient, different demands.")
OUT.append(P.out())

with open(os.path.join(HERE, "gold", "pairs.gold.json"), "w", encoding="utf-8") as f:
    json.dump(OUT, f, ensure_ascii=False, indent=1)
    f.write("\n")
