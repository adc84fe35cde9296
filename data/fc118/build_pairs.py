import json, os
from build_common import Pair, HERE

OUT = []

# ---------------- pair 1: Dorset stork nesting
P = Pair("p1a_dorset_stork_nesting_albionpress.txt", "p1b_dorset_stork_nesting_purbeckecho.txt")
P.f("number of nests", "conflict", "quantity", "14 nests", "sixteen nests", "14 vs 16 nests in the colony this spring.")
P.f("eggs counted", "agree", "quantity", "about 40 eggs", "more than 35 eggs", "About 40 is more than 35: compatible.")
P.f("first egg laid", "agree", "date", "April 9", "9 April", "Both 2026-04-09, written in two orders.")
P.f("storks released since 2019", "agree", "quantity", "Some 250 young storks", "250 young storks", "Same figure, A qualified.")
P.f("chicks fledged last year", "agree", "quantity", "22 chicks", "twenty-two chicks", "Same, B spelled out.")
P.f("platform cost", "agree", "quantity", "£48,000", "£48,000", "Same build cost.")
P.f("platform build cost vs upkeep", "related", "quantity", "£48,000", "about £12,000 a year",
    "A: one-off build cost; B also gives yearly upkeep. Different measures.")
P.f("distance the pylon nest was moved", "agree", "quantity", "about 3 miles", "about 5 km", "3 miles = 4.8 km: same distance in two units.")
P.f("footpath reopens", "conflict", "date", "June 30", "15 July", "2026-06-30 vs 2026-07-15.")
P.f("last British nest", "agree", "date", "1416", "1416", "Same year.")
P.f("who said 'the birds have chosen Dorset'", "conflict", "quote",
    "The birds have chosen Dorset, not the other way round,", "The birds have chosen Dorset, not the other way round,",
    "Same words: A gives them to ecologist Hannah Whitcombe, B to estate manager Tom Raikes.")
P.f("Whitcombe on disturbance", "agree", "quote",
    "A stork that is disturbed on the nest can abandon its eggs in an afternoon.",
    "Please enjoy them from far away - a disturbed stork can leave its eggs within hours,",
    "Same speaker, reworded ('in an afternoon' / 'within hours').")
P.f("licence for the tower platforms", "conflict", "statement",
    "Natural England has approved a licence for two artificial nesting platforms on the church tower",
    "Natural England has not yet approved the licence the estate needs",
    "Opposite polarity: approved vs not yet approved.")
P.f("how visitors will watch", "related", "statement",
    "The estate plans to open a wooden viewing hide on the edge of the heath in the summer",
    "volunteers will run a live webcam from the tower",
    "A: a viewing hide; B: a webcam 'instead of a hide'. Different plans on the same topic.")
P.f("pylon nest moved", "agree", "statement",
    "the regional electricity network operator moved a nest from a pylon beside the A351",
    "engineers from the network operator shifted their nest to a new pole",
    "Same event.")
P.f("tracking tags", "agree", "statement",
    "six will carry solar-powered tracking tags this year", "Six of this year's young will carry satellite tags",
    "Same plan, worded differently.")
OUT.append(P.out())

# ---------------- pair 2: Friuli municipal merger
P = Pair("p2a_friuli_municipal_merger_adriaticanews.txt", "p2b_friuli_municipal_merger_vocecarnica.txt")
P.f("yes share", "agree", "quantity", "About 72%", "72,3%", "A rounds 72.3%.")
P.f("turnout", "conflict", "quantity", "58%", "61,2%", "58% vs 61.2%.")
P.f("population of the new town", "agree", "quantity", "about 2,900 residents", "2.874 inhabitants", "A rounds 2,874.")
P.f("area", "agree", "quantity", "about 120 square kilometres", "118 km²", "A rounds 118 km².")
P.f("merger incentive", "related", "quantity", "€2.4 million", "€ 240.000 a year",
    "A: total over ten years; B: yearly payment. Different measures (consistent: 10 x 240,000).")
P.f("council size", "agree", "quantity", "12 councillors", "12 members", "Same.")
P.f("referendum day", "agree", "date", "Sunday", "domenica 25 gennaio", "Both 2026-01-25.")
P.f("merger takes effect", "conflict", "date", "January 1, 2027", "1° luglio 2027", "2027-01-01 vs 2027-07-01.")
P.f("De Crignis on names and bell towers", "agree", "quote",
    "We are not giving up our names or our bell towers. We are sharing a budget,",
    "Nobody is taking away our names or our bell towers - we are only putting the budget together,",
    "Same speaker, reworded.")
P.f("Candotti and the joint statement", "conflict", "statement",
    "refused to sign a joint statement welcoming the result", "agreed to sign the joint statement of the three mayors",
    "Opposite polarity: refused vs agreed.")
P.f("offices of the new town", "related", "statement",
    "the new town hall would be in Ovaro", "Each village will keep a branch office",
    "A: seat of the town hall; B: branch offices in each village. Compatible, different facts.")
P.f("schools stay open", "agree", "statement",
    "All three primary schools will stay open", "The primary schools in all three villages will stay open", "Same.")
P.f("footbridge repair", "agree", "statement",
    "the repair of a footbridge over the Degano river", "the footbridge over the Degano that has been closed since the floods of 2023",
    "Both list the footbridge among the uses of the money.")
P.f("narrow yes in Prato Carnico", "agree", "statement",
    "his village had voted yes by only a narrow margin", "where it passed by just 38 votes",
    "Same: narrow margin (B gives 38 votes).")
OUT.append(P.out())

# ---------------- pair 3: Auvergne speed limit
P = Pair("p3a_auvergne_speed_limit_hexagonepresse.txt", "p3b_auvergne_speed_limit_echodesdomes.txt")
P.f("roads going back to 90", "agree", "quantity", "1,240 kilometres", "1 240 km", "Same length, two number styles.")
P.f("votes for", "conflict", "quantity", "38 votes", "36 votes", "38 vs 36 votes in favour (against: 23 vs 25).")
P.f("signs replaced", "agree", "quantity", "about 2,300 road signs", "Some 2 300 signs", "Same.")
P.f("cost of the signs", "agree", "quantity", "€1.9 million", "1,9 M€", "Same, local style in B.")
P.f("previous limit", "agree", "quantity", "80 km/h", "80 km/h", "Same.", b_after="The ")
P.f("years at 80", "agree", "quantity", "eight years", "eight years", "Same.")
P.f("road deaths", "related", "quantity", "31", "nine people",
    "A: all departmental roads, last year; B: only the roads concerned, 2025. Part vs whole.", a_after="Road deaths")
P.f("new limit applies", "agree", "date", "April 1", "1 April", "Both 2026-04-01.")
P.f("signs finished", "conflict", "date", "June 30", "14 July", "2026-06-30 vs 2026-07-14.")
P.f("national cut to 80", "agree", "date", "July 2018", "1 July 2018", "Same date at two grains.")
P.f("who said 'Ninety is not a licence to speed'", "conflict", "quote",
    "Ninety is not a licence to speed, it is a return to common sense,",
    "Ninety is not a licence to speed, it is a return to common sense,",
    "Same words: A gives them to council president Lionel Besse, B to vice-president Martine Roche.")
P.f("the D2089", "conflict", "statement",
    "The department has ruled out raising the limit on the D2089", "The majority is considering raising the limit there too",
    "Modality: ruled out vs considering.")
P.f("opponents' action", "related", "statement",
    "said it would ask the administrative court in Clermont-Ferrand to suspend the decision",
    "has collected 4 200 signatures against the return to 90 and plans a gathering",
    "Route Vivante: court challenge (A) vs petition and rally (B). Different actions.")
P.f("2019 law", "agree", "statement",
    "A 2019 law later let departments restore 90 km/h on roads they manage",
    "Since the 2019 mobility law, departments can go back to 90 on their own roads", "Same.")
P.f("farmers welcome the vote", "agree", "statement",
    "Farmers' unions and the local chamber of trades welcomed the vote", "farming organisations cheered", "Same.")
OUT.append(P.out())

# ---------------- pair 4: Mecklenburg church sale
P = Pair("p4a_mecklenburg_church_sale_mna.txt", "p4b_mecklenburg_church_sale_ostseebote.txt")
P.f("churches to be given up", "conflict", "quantity", "24 village churches", "Twenty-seven churches", "24 vs 27.", a_after="SCHWERIN")
P.f("churches owned", "agree", "quantity", "about 560 churches", "More than 550 churches", "About 560 is more than 550.")
P.f("members", "agree", "quantity", "about 150,000 members", "148.000 members", "A rounds 148,000.")
P.f("members now vs yearly loss", "related", "quantity", "about 150,000 members", "some 3.000",
    "A: membership total; B also gives the loss over a year. Stock vs change.")
P.f("yearly upkeep shortfall", "agree", "quantity", "€4.8 million a year", "4,8 Mio. Euro every year", "Same.")
P.f("repair backlog vs yearly shortfall", "related", "quantity", "€210 million", "4,8 Mio. Euro every year",
    "A's total backlog vs B's yearly gap. Different measures.")
P.f("symbolic price", "agree", "quantity", "€1", "1 Euro", "Same.")
P.f("interested associations", "agree", "quantity", "About 30 village associations", "Some 30 associations", "Same.")
P.f("synod decision", "agree", "date", "Saturday", "16. Mai", "Both 2026-05-16.")
P.f("deadline for applicants", "conflict", "date", "December 31, 2027", "31. März 2027", "2027-12-31 vs 2027-03-31.")
P.f("possible second list", "agree", "date", "2029", "2029", "Same.")
P.f("bishop on the villages", "agree", "quote",
    "We are not abandoning these villages, we are asking them to carry the churches with us,",
    "Nobody is leaving the villages alone. We want the villages to carry these churches together with us,",
    "Same speaker (Wendlandt), reworded.")
P.f("state rescue fund", "conflict", "statement",
    "The state of Mecklenburg-Vorpommern has agreed to contribute to a rescue fund",
    "The state government refused to set up a rescue fund for the churches",
    "Opposite polarity: agreed vs refused.")
P.f("no demolition", "agree", "statement", "No church will be demolished", "Not one of the buildings will be torn down", "Same.")
P.f("congregations learned from the agenda", "agree", "statement",
    "some congregations had learned only from the agenda that their church was on the list",
    "Several parish councils learned of it from the agenda of the synod", "Same complaint.")
P.f("new uses", "related", "statement",
    "Some hope to use the buildings for concerts, exhibitions or weddings",
    "the Förderverein wants to turn the church into a village library with a café",
    "General uses (A) vs one village's plan (B).")
OUT.append(P.out())

# ---------------- pair 5: Minho paediatric emergency
P = Pair("p5a_minho_paediatric_emergency_atlantica.txt", "p5b_minho_paediatric_emergency_correiodolima.txt")
P.f("night closure starts", "agree", "date", "July 1", "1 July", "Both 2026-07-01.")
P.f("announcement day", "agree", "date", "Tuesday", "Tuesday", "Both 2026-06-16.", b_after="announced on")
P.f("closure lasts until", "conflict", "date", "September 30", "the end of October", "2026-09-30 vs 2026-10.")
P.f("distance to Braga", "agree", "quantity", "about 60 km", "60 kilometres", "Same.")
P.f("paediatricians on staff", "conflict", "quantity", "nine paediatricians", "seven paediatricians", "9 vs 7.")
P.f("bonus offered", "agree", "quantity", "€3,000 a month", "3.000 € a month", "Same, local style in B.")
P.f("children a night", "agree", "quantity", "about 25 children a night", "23 children", "About 25 vs an average of 23: rounded.")
P.f("night visits vs all visits", "related", "quantity", "about 9,000 night-time visits", "38.400 children",
    "A: night visits last year; B: all visits in 2025, day and night. Part vs whole.")
P.f("petition", "agree", "quantity", "more than 6,000 signatures", "6.412 signatures", "6,412 is more than 6,000.")
P.f("adult emergency hours", "agree", "quantity", "24 hours a day", "24 hours a day", "Same.")
P.f("who said 'No child will be left without care'", "conflict", "quote",
    "No child will be left without care,", "No child will be left without care,",
    "Same words: A gives them to board chair Rui Barbosa, B to Secretary of State Nuno Macedo.")
P.f("permanent closure", "conflict", "statement",
    "The board ruled out a permanent closure", "the board is considering making the night closure permanent",
    "Modality: ruled out vs considering.")
P.f("extra ambulance", "agree", "statement",
    "one extra ambulance would be on standby at the hospital every night",
    "an additional ambulance would be stationed in Viana every night", "Same.")
P.f("mayors' response", "related", "statement",
    "have asked to meet Health Minister Ana Paula Veloso", "will meet on Friday to decide what to do",
    "A: request to meet the minister; B: the mayors' own meeting. Different steps.")
OUT.append(P.out())

# ---------------- pair 6: Salzburg local currency
P = Pair("p6a_salzburg_local_currency_danubia.txt", "p6b_salzburg_local_currency_tennengaurundschau.txt")
P.f("launch day", "agree", "date", "Saturday", "1. August", "Both 2026-08-01.")
P.f("businesses accepting", "agree", "quantity", "about 140 shops", "137 businesses", "A rounds 137.")
P.f("purchase bonus", "conflict", "quantity", "3%", "2 %", "3% vs 2%.")
P.f("fee for changing back", "agree", "quantity", "5%", "5 %", "Same.")
P.f("notes printed", "agree", "quantity", "€500,000", "€ 500.000", "Same, local style in B.")
P.f("printed vs exchanged in week one", "related", "quantity", "€500,000", "€ 82.000",
    "A: value printed; B: value that changed hands in the first week. Different measures.")
P.f("value of a Taler", "agree", "quantity", "one euro", "one euro", "Same parity.")
P.f("members", "agree", "quantity", "about 900 members", "more than 850 members", "Compatible.")
P.f("municipalities backing", "agree", "quantity", "All 13 municipalities", "13 Gemeinden", "Same.")
P.f("notes valid until", "conflict", "date", "December 31, 2028", "the end of 2027", "2028-12-31 vs end of 2027.")
P.f("Gschwandtner on money staying local", "agree", "quote",
    "Every Taler that stays in the valley works three or four times before it leaves,",
    "The money should stay in the valley and circulate here three or four times before it goes anywhere else,",
    "Same speaker, reworded.")
P.f("Raiffeisen bank", "conflict", "statement",
    "The regional Raiffeisen bank in Hallein agreed to exchange Taler at its branches",
    "the Raiffeisenbank in Hallein refused to take the new notes at its counters",
    "Opposite polarity: agreed vs refused.")
P.f("further uses of the Taler", "related", "statement",
    "The association plans a digital version, paid with a mobile app, from 2027.",
    "will accept Taler for local fees such as the dog tax",
    "A: digital version; B: municipal fees. Different extensions.")
P.f("central bank's view", "agree", "statement",
    "regional vouchers are legal as long as they are backed one to one by euros held in a bank account",
    "sees no problem as long as every Taler is covered by a euro in the bank", "Same condition.")
OUT.append(P.out())

# ---------------- pair 7: Corfu stray dogs
P = Pair("p7a_corfu_stray_dogs_aegeanwire.txt", "p7b_corfu_stray_dogs_kerkyraikifoni.txt")
P.f("budget", "agree", "quantity", "€1.2 million", "€1,2 million", "Same, decimal comma in B.")
P.f("dogs to be neutered", "related", "quantity", "2,000 stray dogs", "Around 1.000 dogs a year",
    "A: total over two years; B: yearly rate. Different measures (consistent).")
P.f("estimated strays", "agree", "quantity", "about 3,500 stray dogs", "3.500", "Same.")
P.f("vets", "agree", "quantity", "four vets", "Four vets", "Same.")
P.f("shelter capacity", "conflict", "quantity", "up to 200 dogs", "250 animals", "200 vs 250.")
P.f("bite victims", "agree", "quantity", "At least 14 people", "fourteen people", "Same.")
P.f("fine for abandonment", "agree", "quantity", "up to €30,000", "up to 30.000 €", "Same, local style in B.")
P.f("contract signed", "agree", "date", "Monday", "14 September", "Both 2026-09-14.")
P.f("work starts", "agree", "date", "October 1", "1 October", "Both 2026-10-01.")
P.f("shelter opens", "conflict", "date", "March 2027", "June 2027", "2027-03 vs 2027-06.")
P.f("mayor on dogs on beaches", "agree", "quote",
    "We owe it to the animals and to the people who live here. A dog on a beach is not a problem; a pack of twenty is,",
    "We owe this to the animals and to the residents. A single dog on a beach is not the problem - a pack of twenty is,",
    "Same speaker (Kalogeros), reworded.")
P.f("private contractors", "conflict", "statement",
    "The council refused to hire private contractors to catch dogs",
    "which the council agreed to hire for catching and transport",
    "Opposite polarity: refused vs agreed.")
P.f("volunteers' work", "related", "statement",
    "Volunteers on Corfu say they have paid for thousands of operations out of donations over the past decade",
    "will organise adoption days with partner groups in Germany and the Netherlands from November",
    "Past neutering by volunteers (A) vs planned adoption days (B).")
P.f("funding source", "agree", "statement", "which is funded by the Greek interior ministry", "from the Ministry of the Interior", "Same.")
P.f("tourist bitten at Glyfada", "agree", "statement",
    "among them a German tourist bitten on the beach at Glyfada", "among them a German holidaymaker at Glyfada in July", "Same.")
OUT.append(P.out())

# ---------------- pair 8: Valparaiso school meal prices
P = Pair("p8a_valparaiso_school_meal_prices_pacifica.txt", "p8b_valparaiso_school_meal_prices_vozdelcerro.txt")
P.f("new lunch price", "agree", "quantity", "1,800 pesos", "$1.800", "Same, local style in B.", b_after="will cost")
P.f("old lunch price", "agree", "quantity", "1,200 pesos", "$1.200", "Same.")
P.f("pupils affected", "conflict", "quantity", "about 4,200 pupils", "3.700 pupils", "4,200 vs 3,700.")
P.f("municipal schools", "agree", "quantity", "52 municipal schools", "52 schools", "Same.")
P.f("price the caterer wanted", "agree", "quantity", "2,000 pesos", "$2.000", "Same.")
P.f("cost per child", "related", "quantity", "about 36,000 pesos a month", "some $360.000",
    "A: monthly cost; B: over the school year. Different periods.")
P.f("board decision", "agree", "date", "Monday", "Monday 9 November", "Both 2026-11-09.")
P.f("new price applies", "agree", "date", "March 2027", "4 March 2027", "Same date at two grains.")
P.f("hardship appeals until", "conflict", "date", "November 30", "15 December", "2026-11-30 vs 2026-12-15.")
P.f("who said 'the price of a lunch has not changed'", "conflict", "quote",
    "The price of a lunch has not changed since 2019, but the price of food has,",
    "The price of a lunch has not changed since 2019, but the price of food has,",
    "Same words: A gives them to corporation director Patricio Lagos, B to caterer's manager Verónica Soto.")
P.f("Contreras on a second bill", "agree", "quote",
    "For a family with three children, this is a second electricity bill every month,",
    "Three children at $1.800 is a second light bill.", "Same speaker, reworded.")
P.f("city subsidy", "conflict", "statement",
    "Mayor Carolina Valdés ruled out a city subsidy for the families affected",
    "Mayor Carolina Valdés is considering a municipal subsidy",
    "Modality: ruled out vs considering.")
P.f("parents' action", "related", "statement",
    "called a protest in front of the city hall for next week",
    "has filed a complaint with the Superintendencia de Educación",
    "Protest (A) vs formal complaint (B). Different actions.")
P.f("JUNAEB pupils unaffected", "agree", "statement",
    "receive free meals from JUNAEB, the national school aid agency, and will not be affected",
    "receive their meals free through JUNAEB, and for them nothing changes", "Same.")
P.f("re-assessment for aid", "agree", "statement",
    "pupils whose families have recently lost income can be re-assessed for JUNAEB aid",
    "Those whose income has fallen can also ask to be re-evaluated in the Registro Social de Hogares", "Same.")
OUT.append(P.out())

with open(os.path.join(HERE, "gold", "pairs.gold.json"), "w", encoding="utf-8") as f:
    json.dump(OUT, f, ensure_ascii=False, indent=1)
    f.write("\n")
print(len(OUT), "pairs,", sum(len(p["facts"]) for p in OUT), "facts")
