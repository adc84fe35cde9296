import json, os
from build_common import Pair, HERE

OUT = []

# ---------------- pair 1: Vatican pilgrim hostel
P = Pair("p1a_vaticancity_pilgrim_hostel_tiberwire.txt", "p1b_vaticancity_pilgrim_hostel_corrieredelborgo.txt")
P.f("renovation cost", "conflict", "quantity", "€4.8 million", "€ 5,2 milioni", "€4.8m vs €5.2m (B: figures shown to parish councils).", a_occ=2)
P.f("renovation cost vs running cost", "related", "quantity", "€4.8 million", "about € 180.000", "Total works vs yearly heating and cleaning: different measures in EUR.", a_occ=2)
P.f("beds after the works", "agree", "quantity", "140 beds", "one hundred and forty beds", "Same, spelled out in B.")
P.f("nightly rate", "agree", "quantity", "€35", "€ 35", "Same, local spacing in B.")
P.f("rate for walkers", "agree", "quantity", "€20", "€ 20", "Same.")
P.f("charity contribution", "agree", "quantity", "€1.5 million", "€ 1,5 milioni", "Same, Italian decimal comma in B.")
P.f("length of closure", "agree", "quantity", "almost two years", "Twenty-two months", "22 months is almost two years.")
P.f("first guests", "agree", "quantity", "60 guests", "about sixty parishioners", "Same Kraków group; B approximate.")
P.f("spring bookings", "agree", "quantity", "about 3,100 nights", "passed 3.000 nights", "3,100 is more than 3,000 (B a day later).")
P.f("staff", "agree", "quantity", "11 staff", "Eleven people", "Same.")
P.f("stay limit", "agree", "quantity", "three nights", "three nights", "Same.")
P.f("reopening day", "agree", "date", "Monday", "Monday, 19 January", "Both 2026-01-19.")
P.f("works began", "conflict", "date", "March 2024", "May 2024", "2024-03 vs 2024-05.")
P.f("who said 'a door open and a bed made'", "conflict", "quote",
    "A pilgrim should find a door open and a bed made,",
    "A pilgrim should find a door open and a bed made, and for that the house needed new bones.",
    "Same words: A gives them to director Benvenuti, B to Sister Maria Grazia Olmo.")
P.f("nightly rate rise", "conflict", "statement",
    "The Governorate ruled out raising the nightly rate before 2028",
    "the Governorate is considering a rise in the nightly rate from next year",
    "Ruled out before 2028 vs considering from 2027.")
P.f("competition with hotels", "agree", "statement",
    "The Governorate denied that the Casa Sant'Anna competed with hotels",
    "the Vatican has rejected the idea that the hostel takes their customers", "Same denial, same reason (half the beds for parishes).")
P.f("what went wrong with the works", "related", "statement",
    "was meant to finish before the end of the Jubilee year",
    "more than the Governorate had budgeted",
    "A: the works overran in time; B: in cost. Different measures, compatible.")
OUT.append(P.out())

# ---------------- pair 2: Algerian dates to Indonesia
P = Pair("p2a_algeria_date_palm_export_maghrebtradewire.txt", "p2b_algeria_date_palm_export_echodesziban.txt")
P.f("cargo size", "agree", "quantity", "1,250 tonnes", "1 250 tonnes", "Same; French digit grouping in B.")
P.f("containers", "conflict", "quantity", "62 refrigerated containers", "58 refrigerated containers", "62 vs 58.")
P.f("deal value", "agree", "quantity", "$6.1 million", "about 820 million dinars", "Converted: $6.1m at about 134 DA to the dollar = about 820m DA.")
P.f("price per kilogram", "agree", "quantity", "about $4.90", "around 660 DA", "Converted: $4.90 x ~134.5 = ~660 DA.")
P.f("deal vs national exports", "related", "quantity", "$6.1 million", "about $112 million", "One contract vs all of Algeria's 2025 date exports: different measures in USD.")
P.f("growers", "agree", "quantity", "about 400 farmers", "nearly 400 growers", "Same, both approximate.")
P.f("voyage", "agree", "quantity", "10-day", "ten days", "Same, spelled out in B.")
P.f("2025 export volume", "agree", "quantity", "about 110,000 tonnes", "109 800 tonnes", "A rounds B's figure.")
P.f("2025 export growth", "agree", "quantity", "9%", "9 per cent", "Same.")
P.f("sailing day", "agree", "date", "Saturday", "Saturday 7 February", "Both 2026-02-07.")
P.f("fruit due in Indonesian shops", "conflict", "date", "February 17", "15 February", "2026-02-17 vs 2026-02-15.")
P.f("Haddad on Asian demand", "agree", "quote",
    "Asian buyers have discovered that Biskra dates are the best in the world,",
    "Asia has discovered Biskra, and Biskra will not let Asia go,", "Both Haddad; reworded, same sense.")
P.f("who said 'first of many ships'", "conflict", "quote", "This is the first of many ships,", "This is the first of many ships,",
    "Same words: A gives them to the wali Rachid Ouali, B to cooperative head Messaoud Tahri.")
P.f("freight subsidy", "conflict", "statement",
    "The government has not yet approved the freight subsidy",
    "The state has already agreed to cover half of the freight costs",
    "Has not yet approved vs has already agreed.")
P.f("rejected shipment rumour", "agree", "statement",
    "Haddad denied reports on social media that an earlier lot of his dates had been turned back at a European port",
    "He rejected what he called \"lies\" on social media about a shipment refused in Europe", "Same denial.")
P.f("company's next steps", "related", "statement",
    "Oasis El Kantara was negotiating a second contract with a Malaysian distributor",
    "The company plans to open a second cold store in Tolga next year",
    "A: a new sales contract; B: a new cold store. Different plans, compatible.")
OUT.append(P.out())

# ---------------- pair 3: Bonaire school buses
P = Pair("p3a_bonaire_school_bus_contract_caribbeanwireservice.txt", "p3b_bonaire_school_bus_contract_bonairecourant.txt")
P.f("contract value", "agree", "quantity", "$2.4 million", "USD 2,4 million", "Same; decimal comma in B.", a_occ=2)
P.f("contract length", "agree", "quantity", "five-year", "five years", "Same.")
P.f("per-pupil vs yearly cost", "related", "quantity", "about $320", "around USD 480.000", "A: per pupil a year; B: whole contract a year (2.4m / 5). Different measures, consistent.")
P.f("buses in service", "conflict", "quantity", "14 buses", "12 buses", "14 vs 12.")
P.f("pupils carried", "agree", "quantity", "about 1,500 pupils", "1.460 pupils", "A rounds; Dutch thousands dot in B.")
P.f("electric buses", "conflict", "quantity", "four electric buses", "Between six and eight electric buses", "Single value 4 outside B's range 6-8.")
P.f("price rise over old contract", "agree", "quantity", "18%", "18 percent", "Same.")
P.f("bidders", "agree", "quantity", "three bids", "Three companies", "Three bids from three companies.")
P.f("drivers", "agree", "quantity", "28 drivers", "28 drivers", "Same.")
P.f("award day", "agree", "date", "Monday", "Monday 13 April", "Both 2026-04-13.")
P.f("service starts", "agree", "date", "August 17", "17 August", "Both 2026-08-17, written two ways.")
P.f("tender launched", "conflict", "date", "October 2025", "November 2025", "2025-10 vs 2025-11.")
P.f("Martis on missed school days", "agree", "quote",
    "No child on Bonaire should miss school because a bus did not come,",
    "No child should lose a school day because the bus did not come,", "Both Martis; reworded, same sense.")
P.f("all buses ready on day one", "conflict", "statement",
    "said all 14 buses would be on the road on the first day of school",
    "admitted that not all buses will be ready for the first school day", "Same speaker (Thode), opposite polarity.")
P.f("losing bidder's complaint", "agree", "statement",
    "The island executive rejected the complaint on Monday",
    "The executive council dismissed the objection", "Same rejection.")
P.f("extras in the contract", "related", "statement",
    "The contract includes a GPS tracking app",
    "Every driver will get a first-aid course", "A: tracking app; B: first-aid training. Different features, compatible.")
OUT.append(P.out())

# ---------------- pair 4: Saint-Pierre ice rink roof
P = Pair("p4a_saintpierreandmiquelon_ice_rink_roof_outremerdepeche.txt", "p4b_saintpierreandmiquelon_ice_rink_roof_lepharedesaintpierre.txt")
P.f("roof repair cost", "agree", "quantity", "€1.9 million", "1,9 M€", "Same; French style 'M€' in B.", a_occ=2, b_occ=2)
P.f("roof repair vs full package", "related", "quantity", "€1.9 million", "2,6 M€", "Roof only vs roof plus new refrigeration plant (not yet approved).", a_occ=2)
P.f("state contribution", "agree", "quantity", "€700,000", "700 000 €", "Same, written two ways.")
P.f("snow on the roof", "agree", "quantity", "about 1.2 metres", "1,20 m", "Same, unit abbreviated in B.")
P.f("rink users", "agree", "quantity", "About 600 registered skaters and hockey players", "Nearly 600 licence-holders", "Same, both approximate.")
P.f("rink users vs hockey club", "related", "quantity", "About 600 registered skaters and hockey players", "240 players", "All licence-holders vs the hockey club alone.")
P.f("length of works", "agree", "quantity", "28 weeks", "about seven months", "28 weeks is about 6.5 months.")
P.f("tent for figure skaters", "agree", "quantity", "€45,000", "45 000 €", "Same.")
P.f("rink closed since", "conflict", "date", "February 11", "13 février", "2026-02-11 vs 2026-02-13.")
P.f("vote day", "agree", "date", "Tuesday", "Tuesday evening", "Both 2026-05-19.")
P.f("reopening", "agree", "date", "December", "December", "Both 2026-12.")
P.f("who said 'learn to skate before they learn to ride a bicycle'", "conflict", "quote",
    "This rink is where our children learn to skate before they learn to ride a bicycle,",
    "This rink is where our children learn to skate before they learn to ride a bicycle,",
    "Same words: A gives them to council president Detcheverry, B to hockey club president Girardin.")
P.f("how the council voted", "conflict", "statement", "voted unanimously", "by 17 votes to 2", "Unanimous vs two votes against.")
P.f("suing the builder", "conflict", "statement",
    "the collectivité had ruled out suing the company",
    "The collectivité is considering legal action against the builder", "Ruled out vs considering.")
P.f("builder's position", "agree", "statement",
    "denied that its design was at fault", "The company rejects any fault", "Same denial.")
P.f("where young players train meanwhile", "related", "statement",
    "Some young players have been taking the ferry to Fortune",
    "the club will send its young players to train in Newfoundland once a week this autumn",
    "A: families pay for past trips; B: club-organised trips this autumn paid by the collectivité. Different periods and payers.")
OUT.append(P.out())

# ---------------- pair 5: Wallis swimming pool
P = Pair("p5a_wallisandfutuna_swimming_pool_oceaniepresse.txt", "p5b_wallisandfutuna_swimming_pool_lefaledematautu.txt")
P.f("renovation cost", "agree", "quantity", "85 million CFP francs", "85 millions F CFP", "Same, local style in B.")
P.f("EU share of the cost", "conflict", "quantity", "60%", "40 %", "60% vs 40%.")
P.f("EU sum vs total cost", "related", "quantity", "51 million CFP francs", "85 millions F CFP", "EU contribution vs whole bill: different measures in XPF.")
P.f("length of closure", "agree", "quantity", "three-year", "three years", "Same.")
P.f("pool length", "agree", "quantity", "25-metre", "25 m", "Same, abbreviated in B.")
P.f("lanes", "conflict", "quantity", "six lanes", "four lanes", "6 vs 4.")
P.f("pupils to be taught", "agree", "quantity", "About 1,200 primary pupils", "1 150 pupils", "A rounds.")
P.f("lifeguards", "agree", "quantity", "five lifeguards", "Five lifeguards", "Same.")
P.f("drownings", "agree", "quantity", "four drownings", "Four drownings", "Same (2025 = 'last year').")
P.f("entry prices", "related", "quantity", "200 CFP francs", "100 F", "Adult swim vs child entry outside school hours: different prices.")
P.f("reopening day", "agree", "date", "Monday", "Monday 6 July", "Both 2026-07-06.")
P.f("closed since", "agree", "date", "March 2023", "2023", "Compatible at different grains.")
P.f("Tuifua on swimming lessons", "agree", "quote",
    "Every child on Wallis must leave primary school knowing how to swim,",
    "No child should leave primary school without knowing how to swim,", "Both Tuifua; reworded, same sense.")
P.f("pool for Futuna", "conflict", "statement",
    "Futuna would not get one before 2030",
    "A smaller pool is planned for Futuna, with work due to begin next year", "Not before 2030 vs work from 2027.")
P.f("privatisation rumour", "agree", "statement",
    "The administration denied that the pool would be handed to a private operator",
    "The territory rejected these rumours on Monday", "Same denial.")
P.f("technical works", "related", "statement",
    "carries solar panels that will heat the water of the learners' pool",
    "a pump house rebuilt from the ground up", "Different parts of the works, compatible.")
OUT.append(P.out())

# ---------------- pair 6: Norfolk Island aged-care wing
P = Pair("p6a_norfolkisland_aged_care_wing_southerncrossnewswire.txt", "p6b_norfolkisland_aged_care_wing_burntpinebulletin.txt")
P.f("building cost", "agree", "quantity", "A$8.6 million", "$8.6m", "Same; B's '$' is AUD.", a_occ=2)
P.f("building cost vs running cost", "related", "quantity", "A$8.6 million", "about $1.9m", "One-off building cost vs yearly running cost.", a_occ=2)
P.f("beds", "conflict", "quantity", "12 beds", "14 beds", "12 vs 14.")
P.f("elders sent away", "agree", "quantity", "19 elderly islanders", "nineteen older islanders", "Same, spelled out in B.")
P.f("period", "agree", "quantity", "five years", "five years", "Same five-year look-back.")
P.f("new staff", "agree", "quantity", "22 new staff", "More than 20 new staff", "22 is more than 20.")
P.f("daily fee", "agree", "quantity", "about $68", "$67.90", "A rounds.")
P.f("distance to Sydney", "agree", "quantity", "about 1,600 kilometres", "1,676 km", "A rounds; unit abbreviated in B.")
P.f("opening day", "agree", "date", "Wednesday", "Wednesday 19 August", "Both 2026-08-19.")
P.f("first residents move in", "conflict", "date", "September 1", "1 October", "2026-09-01 vs 2026-10-01.")
P.f("construction began", "agree", "date", "2024", "May 2024", "Compatible at different grains.")
P.f("who said 'Our old people belong here'", "conflict", "quote",
    "Our old people belong here, not in a strange city at the end of a plane ride,",
    "Our old people belong here, not in a strange city at the end of a plane ride,",
    "Same words: A gives them to chief executive Helen Quintal, B to resident Merle Adams.")
P.f("federal running-cost funding", "conflict", "statement",
    "The Commonwealth has agreed to fund the wing's running costs for ten years",
    "Canberra has refused to commit to the wing's running costs beyond next June", "Agreed for ten years vs refused beyond June 2027.")
P.f("nurses moved from the ward", "agree", "statement",
    "It denied that nurses would be moved from the hospital's acute ward to staff the wing",
    "Health bosses rejected claims that the hospital ward would lose nurses to the new wing", "Same denial.")
P.f("features of the wing", "related", "statement",
    "a dementia garden", "a small palliative room where families can stay overnight", "Different features, compatible.")
OUT.append(P.out())

# ---------------- pair 7: Christmas Island childcare centre
P = Pair("p7a_christmasisland_childcare_centre_meridiannewsagency.txt", "p7b_christmasisland_childcare_centre_flyingfishcovechronicle.txt")
P.f("building cost", "agree", "quantity", "$3.2 million", "$3.2m", "Same, abbreviated in B.")
P.f("places", "conflict", "quantity", "40 places", "36 places", "40 vs 36.")
P.f("waiting list", "agree", "quantity", "More than 60 children", "63 children", "63 is more than 60.")
P.f("staff hired", "agree", "quantity", "eight educators", "eight staff", "Same eight hires.")
P.f("full daily fee", "agree", "quantity", "$95", "$95", "Same.")
P.f("full fee vs fee after subsidy", "related", "quantity", "$95", "about $30", "Full daily fee vs what many families pay after the subsidy.")
P.f("opening day", "agree", "date", "Monday", "Monday, 12 October", "Both 2026-10-12.")
P.f("old centre closed", "conflict", "date", "June 2024", "2023", "2024-06 vs 2023.")
P.f("Idris on young families", "agree", "quote",
    "Without childcare, a small island loses its young families, and then it loses its future.",
    "When young families leave, the island dies a little,", "Both Idris; reworded, same sense.")
P.f("who said 'Parents can finally go back to work'", "conflict", "quote",
    "Parents can finally go back to work,", "Parents can finally go back to work,",
    "Same words: A gives them to Shire CEO Daniel Ong, B to parent Jenny Koh.")
P.f("fees in the coming months", "conflict", "statement",
    "Tropica has no plans to raise fees during the centre's first year",
    "fees are expected to rise in January", "No plans to raise in year one vs expected rise in January.")
P.f("staff shortage", "agree", "statement",
    "Hollis rejected reports that the operator had struggled to find staff",
    "dismissed concerns about a shortage of educators", "Same denial.")
P.f("languages at the centre", "related", "statement",
    "Children at the centre will hear Malay and Mandarin as well as English",
    "Signs are written in English, Malay and Chinese", "Spoken vs written languages: different measures, compatible.")
OUT.append(P.out())

# ---------------- pair 8: Misrata dental clinic
P = Pair("p8a_libya_dental_clinic_northafricanewswire.txt", "p8b_libya_dental_clinic_misratavoice.txt")
P.f("building cost", "agree", "quantity", "4.5 million dinar", "LD 4.5 million", "Same, written two ways.")
P.f("floors", "agree", "quantity", "three floors", "three-storey", "Same.")
P.f("dental chairs", "conflict", "quantity", "12 dental chairs", "14 chairs", "12 vs 14.")
P.f("dentists", "agree", "quantity", "18 dentists", "Eighteen dentists", "Same, spelled out in B.")
P.f("daily capacity", "agree", "quantity", "up to 200 patients", "between 150 and 200 patients", "B's range lies within A's ceiling.")
P.f("consultation fee", "agree", "quantity", "LD 25", "LD 25", "Same.")
P.f("consultation vs crown", "related", "quantity", "LD 25", "LD 150", "Price of a consultation vs price of a crown.")
P.f("children with untreated decay", "conflict", "quantity", "40%", "62%", "Same survey by the municipal health office: 40% vs 62%.")
P.f("opening day", "agree", "date", "Sunday", "Sunday 15 November", "Both 2026-11-15.")
P.f("construction began", "conflict", "date", "January", "March", "2026-01 vs 2026-03.")
P.f("Belhaj on doing it alone", "agree", "quote",
    "We did not wait for Tripoli, and we did not wait for Benghazi,",
    "We did not wait for anyone. Not for Tripoli, not for Benghazi. We built it ourselves, with our own hands and our own money.",
    "Both Belhaj; reworded and extended in B.")
P.f("who said 'A toothache should not cost a month's salary'", "conflict", "quote",
    "A toothache should not cost a month's salary,", "A toothache should not cost a month's salary,",
    "Same words: A gives them to director Huda Shallouf, B to Mayor Ali Belhaj.")
P.f("ministry pays salaries", "conflict", "statement",
    "The health ministry in Tripoli has agreed to pay the dentists' salaries",
    "The health ministry has not yet agreed to pay the 18 dentists", "Has agreed vs has not yet agreed.")
P.f("dentists taken from the hospital", "agree", "statement",
    "Shallouf rejected complaints from some doctors that the clinic would draw dentists away",
    "Dr Shallouf dismissed fears that the hospital's dental department would be emptied", "Same denial.")
P.f("reaching more patients", "related", "statement",
    "The clinic has a mobile unit", "The clinic will also open in the evenings", "Mobile school unit vs evening hours: different services, compatible.")
OUT.append(P.out())

with open(os.path.join(HERE, "gold", "pairs.gold.json"), "w", encoding="utf-8") as f:
    json.dump(OUT, f, ensure_ascii=False, indent=1)
    f.write("\n")
