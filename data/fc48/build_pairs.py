import json, os
from build_common import Pair, HERE

OUT = []

# ---------------- pair 1: Estelí cigar factory fire
P = Pair("p1a_nicaragua_cigar_factory_fire_istmowire.txt", "p1b_nicaragua_cigar_factory_fire_diariodelnorte.txt")
P.f("cigars destroyed", "agree", "quantity", "about 1.2 million finished cigars", "1,150,000", "'about 1.2 million' (first count) is compatible with the later exact 1,150,000.")
P.f("workers idled", "agree", "quantity", "340 workers", "340 rollers and bunchers", "Same 340 workers.")
P.f("company's losses", "agree", "quantity", "180 million córdobas", "C$180 millones", "Same NIO figure (C$ is the córdoba sign).")
P.f("share of lost cigars sold in advance", "agree", "quantity", "60%", "about 60 per cent", "Same.")
P.f("firefighters deployed", "conflict", "quantity", "45 firefighters", "38", "45 vs 38 firefighters from the same three towns.")
P.f("base wage guaranteed", "conflict", "quantity", "at least eight weeks", "six weeks", "A: at least eight weeks of base pay; B: six weeks.")
P.f("permit fee waived", "agree", "quantity", "25,000 córdobas", "C$25.000", "Same municipal fee.")
P.f("extent of damage", "related", "quantity", "two warehouses", "three floors", "A counts warehouses reached by the fire, B the floors of the building: different measures.")
P.f("night of the fire", "agree", "date", "Wednesday", "Wednesday 21 January", "Both 2026-01-21.")
P.f("delayed shipments", "agree", "date", "February", "February", "Both: cigars were due to ship in February 2026.")
P.f("reopening of the rolling floor", "conflict", "date", "April 15", "the end of March", "2026-04-15 vs end of March 2026.")
P.f("Rugama on what was lost", "agree", "quote", "We lost in one night what took us eighteen months to roll,",
    "In one night we lost what took us a year and a half to roll,", "Same speaker, reworded (18 months = a year and a half).")
P.f("where the fire started", "conflict", "statement", "began shortly before midnight on Wednesday in a curing room on the second floor",
    "an electrical short in the ground-floor packing room had started it", "Second-floor curing room vs ground-floor packing room.")
P.f("emergency funds from Managua", "conflict", "statement", "He said he would ask the government in Managua for emergency funds",
    "said the town would not ask Managua for emergency funds", "Opposite polarity: the mayor will ask vs will not ask.")
P.f("empty extinguishers", "agree", "statement", "The company rejected claims by a workers' group that fire extinguishers on the second floor had been empty for months",
    "The company denied that the extinguishers on the upper floors had been empty", "Same denial.")
P.f("insurance", "related", "statement", "Rugama declined to say whether the company's insurance would cover the full loss",
    "The insurer, Seguros del Norte, has sent assessors.", "Same topic (insurance), different statements: compatible.")
OUT.append(P.out())

# ---------------- pair 2: Honduras lobster season
P = Pair("p2a_honduras_lobster_season_laprensacaribe.txt", "p2b_honduras_lobster_season_centralnews.txt")
P.f("new opening of the season", "agree", "date", "1 August", "August 1", "Both 2026-08-01.")
P.f("usual opening", "agree", "date", "1 July", "July 1", "Both 2026-07-01.")
P.f("deadline for objections", "agree", "date", "20 March", "March 20", "Both 2026-03-20.")
P.f("start of payments", "agree", "date", "the second week of July", "July", "Compatible: second week of July is in July.", b_after="will begin in")
P.f("juvenile density", "agree", "quantity", "14 juveniles per square kilometre", "14 juvenile lobsters per square kilometre", "Same survey figure.")
P.f("fall in young lobsters", "agree", "quantity", "38%", "about 40%", "38% is about 40% (14 from 23 is a 39% drop).")
P.f("exports last year", "agree", "quantity", "1,850 tonnes of lobster tails", "1,850 metric tons", "Same.")
P.f("grant per fisher", "agree", "quantity", "L 8,000", "8,000 lempiras", "Same HNL figure.")
P.f("total cost of the grants", "conflict", "quantity", "L 48 million", "60 million lempiras", "48 vs 60 million lempiras for the same payments.")
P.f("exporters' estimated loss", "agree", "quantity", "about L 400 million", "about 400 million lempiras", "Same.")
P.f("grant: total vs per fisher", "related", "quantity", "L 48 million", "8,000 lempiras", "Total budget vs per-person payment: different measures.")
P.f("who said 'nothing left to dive for'", "conflict", "quote",
    "If we fish the same way for three more years, there will be nothing left for our children to dive for,",
    "If we keep fishing like this for three more years, our children will have nothing left to dive for,",
    "Nearly the same words: A gives them to minister Paz Sevilla, B to fisheries director Zelaya.")
P.f("diving from boats", "conflict", "statement", "The ministry also pledged to ban diving for lobster from boats altogether by 2028",
    "Paz Sevilla said the government would not phase out diving from boats", "Pledged ban vs will not phase out.")
P.f("exporters' court challenge", "conflict", "statement", "said it would ask the Supreme Court to suspend the order",
    "said it was considering a legal challenge but would first seek talks with the ministry", "Will go to court vs only considering it, talks first.")
P.f("exporters reject the order", "agree", "statement", "The National Association of Lobster Exporters rejected the delay",
    "The National Association of Lobster Exporters rejected the order", "Same rejection.")
P.f("who gets the grant", "related", "statement", "Boat owners will not receive the grant.",
    "registered fishers will receive a one-time payment of 8,000 lempiras", "Same grant, A says who is excluded, B who receives it: compatible.")
OUT.append(P.out())

# ---------------- pair 3: Punta Roca surf contest
P = Pair("p3a_el_salvador_surf_prize_cut_pacificosports.txt", "p3b_el_salvador_surf_prize_cut_noticiasoccidente.txt")
P.f("prize purse", "agree", "quantity", "$150,000", "$150,000", "Same.")
P.f("winner's prize", "agree", "quantity", "$20,000", "$20,000", "Same, each division.")
P.f("sponsor contract: yearly vs total", "related", "quantity", "$450,000", "$1.35 million", "A per year, B over three years (3 x 450,000 = 1.35 million): different measures.")
P.f("surfers last year", "agree", "quantity", "112 surfers", "112 surfers", "Same.")
P.f("countries last year", "conflict", "quantity", "19 countries", "21 countries", "19 vs 21 countries.")
P.f("ministry contribution", "agree", "quantity", "$80,000", "$80,000", "Same.")
P.f("visitors last year", "agree", "quantity", "about 18,000 visitors", "some 18,000 visitors", "Same.")
P.f("sum owed by the sponsor", "agree", "quantity", "$275,000", "$275,000", "Same figure claimed by Olas del Sur.")
P.f("first day of the contest", "conflict", "date", "June 8", "June 9", "2026-06-08 vs 2026-06-09.")
P.f("last day of the contest", "agree", "date", "June 14", "June 14", "Both 2026-06-14.")
P.f("deadline for a new sponsor", "agree", "date", "May 31", "the end of the month", "End of May 2026 = May 31.")
P.f("Alas: no cancellation", "agree", "quote", "We will not cancel. The waves are here, the surfers are coming, and the town needs this week,",
    "The surfers are coming, the waves are coming, and this town needs this week. We are not cancelling,", "Same speaker, reworded.")
P.f("state money for prizes", "conflict", "statement", "said it would not cover prize money",
    "it would also pay part of the prize money if no new sponsor were found", "Will not cover vs would pay part.")
P.f("sponsor's payment for 2026", "conflict", "statement", "had paid its share for this year's event only in part",
    "it had paid everything it owed for 2026", "Paid in part vs paid everything.")
P.f("television rights", "agree", "statement", "Bebidas Cuscatlán denied that it had left because of a dispute over television rights",
    "It also denied that a disagreement over television rights was behind the decision", "Same denial.")
P.f("hotel bookings", "related", "statement", "Hotel owners in El Tunco said bookings for the week were about 15% lower than a year ago",
    "most of the cancellations came from surfers' teams and travelling fans", "A: size of the fall; B: who cancelled. Compatible.")
OUT.append(P.out())

# ---------------- pair 4: Guatemala jadeite trial
P = Pair("p4a_guatemala_jade_smuggling_trial_meridianowire.txt", "p4b_guatemala_jade_smuggling_trial_elobservador.txt")
P.f("jadeite seized", "agree", "quantity", "640 kilograms of raw jadeite", "640 kilos of raw jadeite", "Same.")
P.f("exporter's sentence", "agree", "quantity", "12 years", "12 years", "Same.")
P.f("brokers' sentences", "conflict", "quantity", "eight years", "six years", "Eight vs six years each for the two customs brokers/agents.")
P.f("value of the stone", "agree", "quantity", "about Q 23 million", "Q 23 millones", "Same GTQ figure.")
P.f("declared value", "agree", "quantity", "Q 41,000", "just over Q 40,000", "41,000 is just over 40,000.")
P.f("shipments stopped since 2023", "agree", "quantity", "14 attempts", "14 illegal shipments", "Same.")
P.f("stone seized since 2023", "agree", "quantity", "about 1.1 tonnes", "about 1,100 kilos", "Same amount in two units.")
P.f("value: seized lot vs price per kilo", "related", "quantity", "about Q 23 million", "Q 1,200", "Total Asian-market value of the lot vs the legal domestic price per kilo: different measures.")
P.f("seizure", "agree", "date", "October 2025", "14 October 2025", "Compatible grains.")
P.f("earlier shipment", "agree", "date", "June 2025", "June 2025", "Same.")
P.f("prosecutor's closing argument", "conflict", "date", "Tuesday", "Monday", "2026-07-07 vs 2026-07-06.")
P.f("Coyoy on heritage", "agree", "quote", "This was not garden stone. This was Guatemala's heritage, packed in sacks like gravel,",
    "This was our heritage, packed in sacks like gravel,", "Same speaker, reworded.")
P.f("defence: paperwork error", "agree", "quote", "The court has convicted a businessman for a paperwork error,", "a paperwork error", "Same speaker; B quotes a fragment.")
P.f("return of the stone", "agree", "statement", "The court rejected a request from the defence to return the jadeite",
    "The judges ruled out returning the stone to the concession holder", "Same refusal.")
P.f("register of jade dealers", "conflict", "statement", "the ministry was considering a register of all licensed jade dealers",
    "The ministry has no plans for a register of jade dealers", "Considering vs no plans.")
P.f("earlier shipment investigation", "related", "statement", "Prosecutors said they would also investigate a second shipment",
    "He also ordered prosecutors to investigate an earlier container", "A: prosecutors' own plan; B: the judge's order. Same topic, compatible.")
OUT.append(P.out())

# ---------------- pair 5: El Alto university fee strike
P = Pair("p5a_bolivia_university_fees_strike_andeswire.txt", "p5b_bolivia_university_fees_strike_correoaltiplano.txt")
P.f("old enrolment fee", "agree", "quantity", "25 bolivianos", "Bs 25", "Same BOB figure.")
P.f("new enrolment fee", "agree", "quantity", "400 bolivianos", "Bs 400", "Same.")
P.f("students enrolled", "agree", "quantity", "41,000 students", "41.000 enrolled students", "Same (local thousands separator in B).")
P.f("budget deficit", "agree", "quantity", "96 million bolivianos", "Bs 96 millones", "Same.")
P.f("length of the blockade", "conflict", "quantity", "four hours", "almost five hours", "Four hours vs almost five hours.")
P.f("police count of protesters", "agree", "quantity", "about 6,000 students", "some 6.000 students", "Same police figure.")
P.f("police count vs federation count", "related", "quantity", "about 6,000 students", "more than 10.000", "A: the police figure; B: the federation's. Different sources, not a contradiction between the articles.")
P.f("phased fee vs students' ceiling", "related", "quantity", "150 bolivianos", "Bs 100", "Council's first-year phased fee vs the ceiling students want: different things in the same unit.")
P.f("transfer to universities", "agree", "quantity", "40 million bolivianos", "Bs 40 millones", "Same amount.")
P.f("semester start", "agree", "date", "Aug. 3", "3 August", "Both 2026-08-03.")
P.f("next meeting", "agree", "date", "Thursday", "tomorrow, Thursday", "Both 2026-08-20.")
P.f("rector on keeping the lights on", "agree", "quote", "We are not selling education. We are trying to keep the lights on,",
    "We are not putting a price on knowledge. We only want to keep the lights on,", "Same speaker, reworded.")
P.f("phased-in offer", "conflict", "statement", "The federation rejected the offer on Monday",
    "The students accepted the proposal as a basis for talks on Monday night", "Rejected vs accepted as a basis for talks.")
P.f("restoring hydrocarbon money", "conflict", "statement", "the government would not restore the cut in hydrocarbon revenue, but was considering a one-off transfer",
    "the State will restore part of the hydrocarbons money to the 15 public universities", "Will not restore / only considering vs will restore part.")
P.f("rector's resignation", "agree", "statement", "The rector has refused to resign", "Mamani has refused to step down", "Same refusal.")
P.f("flights", "related", "statement", "Flights were not affected", "Boliviana de Aviación said about 300 travellers missed their flights",
    "A: no flights disrupted; B: passengers missed flights (A also says so). Same topic, compatible.")
OUT.append(P.out())

# ---------------- pair 6: Cuban ulcer drug export
P = Pair("p6a_cuba_ulcer_drug_export_caribepress.txt", "p6b_cuba_ulcer_drug_export_tribunadelcaribe.txt")
P.f("contract value", "agree", "quantity", "$42 million", "42 millones de dólares", "Same USD figure.", a_occ=2)
P.f("vials to be supplied", "conflict", "quantity", "350,000 vials", "300 000 vials", "350,000 vs 300,000 vials under the same contract.")
P.f("price per vial", "agree", "quantity", "$120", "120 dollars", "Same.")
P.f("vials per course", "agree", "quantity", "three vials", "three vials", "Same.")
P.f("fall in amputations", "agree", "quantity", "about 70%", "70 per cent", "Same.")
P.f("Vietnamese trial size", "agree", "quantity", "410 patients", "410 patients", "Same.")
P.f("domestic production", "agree", "quantity", "about 200,000 vials", "about 200 000 vials", "Same.")
P.f("plant expansion cost", "agree", "quantity", "$9 million", "9 millones de dólares", "Same.")
P.f("biotech exports by year", "related", "quantity", "$210 million", "280 millones de dólares", "A's figure is for 2024, B's for 2025: different years.")
P.f("first shipments", "agree", "date", "January 2027", "the first quarter of 2027", "January is in the first quarter of 2027.")
P.f("finishing in Vietnam from", "conflict", "date", "2029", "2030", "2029 vs 2030.")
P.f("Vietnamese approval", "agree", "date", "June", "June", "Both 2026-06.")
P.f("Ferrer on exports paying for imports", "agree", "quote", "Every vial we sell abroad helps us pay for the medicines we import for our own patients,",
    "Each vial that goes abroad helps us buy medicines for our own people,", "Same speaker, reworded.")
P.f("joint vaccine plant", "conflict", "statement", "the two governments were also considering a joint factory for a second product",
    "Cuba and Vietnam had agreed to build a joint plant for a paediatric vaccine", "Considering, no decision this year vs agreed.")
P.f("domestic supply", "agree", "statement", "Ferrer denied that exports were leaving Cuban hospitals without the drug",
    "The director rejected the idea that the domestic supply would be affected", "Same denial.")
P.f("US market", "related", "statement", "has never been approved in the United States or the European Union",
    "The United States blockade prevents its sale in that market", "Same topic, different reasons given (approval vs embargo): compatible.")
OUT.append(P.out())

# ---------------- pair 7: Haiti rice tariff
P = Pair("p7a_haiti_rice_tariff_hispaniolawire.txt", "p7b_haiti_rice_tariff_lecourrierartibonite.txt")
P.f("new tariff", "agree", "quantity", "15%", "15 per cent", "Same.")
P.f("old tariff", "agree", "quantity", "3%", "3 per cent", "Same.")
P.f("rice imports", "agree", "quantity", "about 480,000 tonnes", "about 480,000 tonnes", "Same.")
P.f("expected revenue", "agree", "quantity", "about 1.9 billion gourdes", "1.9 milliard gourdes", "Same (milliard = billion).")
P.f("share for irrigation", "conflict", "quantity", "50%", "40 per cent", "50% vs 40% of the revenue for the irrigation canals.")
P.f("current sack price", "agree", "quantity", "around 3,800 gourdes", "3,800 gourdes", "Same.")
P.f("price after the tariff", "conflict", "quantity", "600 gourdes", "4,700 gourdes",
    "A: the 3,800-gourde sack could rise by 600 (to 4,400); B: could cost 4,700 (a rise of 900). Incompatible estimates from the same importers' president.")
P.f("state stock at old rate", "agree", "quantity", "20,000 tonnes", "20,000 tonnes", "Same.")
P.f("review period", "agree", "quantity", "24 months", "two years", "Same period in two units.")
P.f("domestic output now vs ten years ago", "related", "quantity", "about 90,000 tonnes", "some 160,000 tonnes of paddy", "A: current output; B: output ten years ago. Different times.")
P.f("tariff takes effect", "agree", "date", "Nov. 1", "1 November", "Both 2026-11-01.")
P.f("meeting with importers and farmers", "agree", "date", "Oct. 15", "Thursday 15 October", "Both 2026-10-15.")
P.f("Saint-Fleur on Arkansas farmers", "agree", "quote", "We cannot keep paying farmers in Arkansas while our own fields go dry,",
    "We cannot keep paying the farmers of Arkansas while our own fields go dry,", "Same speaker, slightly reworded.")
P.f("seed rice", "conflict", "statement", "The new rate will also apply to seed rice", "the duty would not apply to seed rice", "Applies vs does not apply.")
P.f("reversal", "agree", "statement", "Saint-Fleur ruled out a reversal this time", "rejected any early reversal", "Same refusal.")
P.f("importers' response", "related", "statement", "the association would ask parliament's finance commission to suspend the decree",
    "The association said it would stop ordering new cargoes until the decree is suspended", "Different steps by the same association: compatible.")
OUT.append(P.out())

# ---------------- pair 8: larimar mine collapse
P = Pair("p8a_dominican_republic_larimar_mine_collapse_listindelsur.txt", "p8b_dominican_republic_larimar_mine_collapse_antillaswire.txt")
P.f("miners killed", "agree", "quantity", "two miners", "Two miners", "Same.", a_occ=2)
P.f("men underground", "conflict", "quantity", "Eleven men", "Twelve miners", "11 vs 12 men underground at the time.")
P.f("depth of the search", "agree", "quantity", "about 40 metres", "about 40 meters", "Same.")
P.f("suspension", "agree", "quantity", "30 days", "30 days", "Same.")
P.f("cooperative size", "agree", "quantity", "about 1,200 miners", "about 1,200 members", "Same.")
P.f("monthly support requested", "agree", "quantity", "RD$10,000", "10,000 pesos", "Same DOP figure.")
P.f("requested vs granted support", "related", "quantity", "RD$10,000", "5,000 pesos", "A: what the cooperative asked for; B: what the ministry agreed to pay. Different things in the same unit.")
P.f("price of rough stone", "agree", "quantity", "about RD$800", "about 800 pesos", "Same.")
P.f("top price of polished larimar", "agree", "quantity", "between RD$3,000 and RD$25,000", "up to 25,000 pesos", "Same upper bound.")
P.f("day of the collapse", "conflict", "date", "Sunday 8 November", "Saturday afternoon", "2026-11-08 vs 2026-11-07.")
P.f("bodies recovered", "agree", "date", "Monday", "Monday", "Both 2026-11-09.", b_occ=2)
P.f("who said 'will not stop until we bring him out'", "conflict", "quote", "We are not going to stop until we bring him out,", "We will not stop until we bring him out,",
    "Nearly the same words: A gives them to Civil Defence director Aníbal Ogando, B to Barahona fire chief Rubén Peña.")
P.f("Matos on the shafts", "agree", "quote", "These shafts are dug by hand, held up with wood, and nobody has inspected them in years,",
    "These shafts are dug by hand, propped up with wood, and no one has checked them for years,", "Same speaker, reworded.")
P.f("monthly payment to miners", "conflict", "statement", "the request was \"being studied\"",
    "The ministry has agreed to pay the miners 5,000 pesos each", "Still being studied vs agreed.")
P.f("inspection requests", "agree", "statement", "The ministry denied that it had received any such request",
    "said the letter had asked for permits, not inspections", "Both: the ministry denies receiving a request for inspections.")
P.f("ministry's response", "related", "statement", "it had ordered all work at Los Chupaderos suspended for 30 days",
    "It also said it had opened an investigation into whether the timber supports", "Suspension vs investigation: different measures, compatible.")
OUT.append(P.out())

with open(os.path.join(HERE, "gold", "pairs.gold.json"), "w", encoding="utf-8") as f:
    json.dump(OUT, f, ensure_ascii=False, indent=1)
    f.write("\n")
print(len(OUT), "pairs,", sum(len(p["facts"]) for p in OUT), "facts")
