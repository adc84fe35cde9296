import json, os
from build_common import Pair, HERE

OUT = []

# ---------------- pair 1: Curral das Freiras chestnut PGI
P = Pair("p1a_madeira_chestnut_label_iberiapress.txt", "p1b_madeira_chestnut_label_jornaldaribeira.txt")
P.f("registration day", "agree", "date", "Monday", "19 January", "A's Monday before Tuesday 20 January = 2026-01-19.")
P.f("application filed", "conflict", "date", "March 2022", "May 2021", "2022-03 vs 2021-05.")
P.f("altitude limit", "agree", "quantity", "above 600 metres", "at least 600 metres", "Same 600 m threshold ('above' / 'at least').")
P.f("number of growers", "agree", "quantity", "214 growers", "some 200 producers", "B rounds 214.")
P.f("number of trees", "agree", "quantity", "about 9,000 trees", "around 9 000 chestnut trees", "Same, space thousands separator in B.")
P.f("area of the orchards", "agree", "quantity", "310 hectares", "3,1 km²", "310 ha = 3.1 km² (other unit, decimal comma).")
P.f("last harvest", "conflict", "quantity", "480 tonnes", "520 t", "480 vs 520 tonnes for last year's harvest.")
P.f("chestnut price", "related", "quantity", "about 4.20 euros", "9,80 €", "A: farm-gate price per kilo; B: shop price per kg in Funchal. Different measures (B says shop price is more than twice the growers' price).")
P.f("who said 'recognition for families'", "conflict", "quote",
    "This is recognition for families who kept these trees alive on slopes no machine can reach,",
    "This is recognition for families who kept these trees alive on slopes no machine can reach,",
    "Same words: A gives them to cooperative president Marta Gouveia, B to agriculture secretary Duarte Freitas.")
P.f("drying and storage centre", "conflict", "statement",
    "the regional government had agreed to pay for a drying and storage centre",
    "has not yet been approved by the regional government",
    "Opposite polarity: agreed to pay vs not yet approved.")
P.f("next label sought", "related", "statement",
    "the cooperative would next seek protection for its chestnut liqueur",
    "the cooperative would now apply for the label for chestnut flour",
    "Next application: liqueur (A) vs flour (B). Different products, both could be true.")
P.f("mainland chestnuts sold as local", "agree", "statement",
    "buyers could no longer pass off cheaper chestnuts shipped from the mainland as local produce",
    "Chestnuts brought in from the mainland, which until now were often sold in Funchal markets as Madeiran, will have to be labelled as such",
    "Same effect of the label, worded differently.")
P.f("value of the protected name", "agree", "statement",
    "A name that is protected is a name that is worth more, and that money should stay in the valley,",
    "a protected name should bring higher prices, and that the extra money should remain with the families of the valley",
    "Freitas: direct quote in A, reported speech in B.")
P.f("new young members", "agree", "quantity", "17 new members", "17 young farmers", "Same 17 newcomers (A: since the 2022 application; B: past four years).")
P.f("inspections", "agree", "statement",
    "inspectors from the island's agriculture department would check orchards and sales from the spring",
    "Inspections of orchards and shops by the regional agriculture services will begin in the spring",
    "Same.")
OUT.append(P.out())

# ---------------- pair 2: Azores drill
P = Pair("p2a_azores_quake_drill_iberiapress.txt", "p2b_azores_quake_drill_correiodailha.txt")
P.f("participants", "agree", "quantity", "More than 4,200 people", "more than 4 000 people", "Compatible lower bounds.")
P.f("simulated magnitude", "conflict", "quantity", "magnitude 6.8", "magnitude 7.1", "6.8 vs 7.1.")
P.f("simulated wave", "agree", "quantity", "4 metres", "4 m", "Same.")
P.f("schools", "agree", "quantity", "37 schools", "37 schools", "Same.")
P.f("evacuation target", "agree", "quantity", "15 minutes", "a quarter of an hour", "15 minutes = a quarter of an hour.")
P.f("siren cost", "agree", "quantity", "1.2 million euros", "€1,2 million", "Same, decimal comma in B.")
P.f("siren cost vs upkeep", "related", "quantity", "1.2 million euros", "about €85 000", "Installation cost (A) vs yearly maintenance (B).")
P.f("drill day", "agree", "date", "Saturday", "yesterday", "Both 2026-02-21.")
P.f("Vila Franca disaster", "agree", "date", "1522", "1522", "Same.")
P.f("Terceira earthquake", "agree", "date", "1980", "1 January 1980", "Same event at year and day grain.")
P.f("Terceira earthquake deaths", "agree", "quantity", "61 people", "61 dead", "Same.")
P.f("next drill on Terceira", "conflict", "date", "October", "November", "2026-10 vs 2026-11.")
P.f("compulsory drills for hotels", "conflict", "statement",
    "the government was considering making evacuation drills compulsory for hotels with more than 50 rooms",
    "ruled out making the exercises compulsory for the hotel sector",
    "Opposite modality: considering vs ruled out.")
P.f("director's lesson", "agree", "quote",
    "People knew where to go, and that is the first thing a drill has to teach,",
    "Everyone knew where to go. Now we have to look honestly at what went wrong,",
    "Both Helena Medeiros; reworded.")
P.f("public response", "related", "statement",
    "An alert sent to mobile phones reached 91% of the phones",
    "Only about half of the cruise and ferry passengers in the terminal followed the evacuation signs",
    "Different measures of the response (phone alert reach vs terminal passengers).")
P.f("advance notice", "agree", "statement",
    "warnings had been published in newspapers and on radio for two weeks",
    "notices had run in the press for fifteen days",
    "Same answer to complaints; two weeks vs fifteen days, approximate.")
P.f("report deadline", "agree", "quantity", "60 days", "two months", "60 days ~ two months.")
OUT.append(P.out())

# ---------------- pair 3: Los Corrales repowering
P = Pair("p3a_canaries_wind_repowering_hesperiawire.txt", "p3b_canaries_wind_repowering_diariodelsureste.txt")
P.f("old turbines", "agree", "quantity", "28 turbines", "28 wind turbines", "Same.")
P.f("new turbines", "agree", "quantity", "seven much larger machines", "seven new turbines", "Same.")
P.f("old capacity", "agree", "quantity", "18.5 megawatts", "18,48 MW", "A rounds 18.48 MW (28 x 660 kW).")
P.f("new capacity", "agree", "quantity", "31.5 MW", "31,5 MW", "Same, decimal comma in B.")
P.f("tip height", "agree", "quantity", "150 metres", "150 m", "Same.")
P.f("investment", "conflict", "quantity", "41 million euros", "44 million euros", "41 vs 44 million euros.")
P.f("EU funds vs total", "related", "quantity", "41 million euros", "€6,2 million", "Total cost (A) vs the EU-funded part (B).")
P.f("homes supplied", "agree", "quantity", "about 38,000 homes", "some 40.000 homes", "Both approximate; compatible.")
P.f("in service since", "conflict", "date", "1999", "1998", "1999 vs 1998.")
P.f("approval", "agree", "date", "Tuesday", "Tuesday", "Both 2026-04-14.")
P.f("dismantling starts", "agree", "date", "June", "June", "Both 2026-06.")
P.f("new turbines running", "agree", "date", "the end of 2027", "the first half of 2027", "Both 2027; 'by the end of 2027' is compatible with the first half.")
P.f("who said 'four times the energy'", "conflict", "quote",
    "We are getting four times the energy from a quarter of the towers,",
    "We are getting four times the energy from a quarter of the towers,",
    "Same words: A gives them to CEO Néstor Quintana, B to regional energy councillor Yaiza Betancor.")
P.f("building licence", "conflict", "statement",
    "The Agüimes town council has refused to grant a building licence",
    "agreed on Monday to grant the building licence",
    "Opposite polarity: refused vs agreed.")
P.f("fate of the old turbines", "related", "statement",
    "the blades of the old turbines would be shipped to a recycling plant in northern Spain",
    "Ten of the 28 turbines will be donated to the vocational training centre in Arinaga",
    "Blades recycled (A) vs ten turbines donated for training (B): different parts of the old farm.")
P.f("birds", "agree", "statement",
    "Birdwatchers' group Aves de Canarias welcomed the smaller number of towers",
    "Aves de Canarias said fewer towers meant less danger for birds",
    "Same.")
P.f("renewables target", "agree", "quantity", "60% of demand", "60%", "Same 2030 target.")
OUT.append(P.out())

# ---------------- pair 4: Capu di Muru reserve
P = Pair("p4a_corsica_marine_reserve_gallicwire.txt", "p4b_corsica_marine_reserve_lecourrierduvalinco.txt")
P.f("area before", "agree", "quantity", "1,200 hectares", "1 200 ha", "Same.")
P.f("area after", "agree", "quantity", "4,700 hectares", "4 700 ha", "Same.")
P.f("votes for", "agree", "quantity", "52 votes", "52", "Same.")
P.f("votes against", "conflict", "quantity", "nine", "11 against", "9 vs 11 (A also has two abstentions).")
P.f("no-take zone", "conflict", "quantity", "620 hectares", "640 ha", "620 vs 640 ha.")
P.f("budget", "related", "quantity", "2.3 million euros", "€460 000", "Five-year total (A) vs yearly budget (B); consistent (5 x 460,000).")
P.f("wardens", "agree", "quantity", "four new wardens", "four wardens", "Same.")
P.f("dolphins", "agree", "quantity", "about 150 bottlenose dolphins", "Some 150 bottlenose dolphins", "Same.")
P.f("vote day", "agree", "date", "Thursday", "Thursday 28 May", "Both 2026-05-28.")
P.f("rules take effect", "conflict", "date", "January 1, 2027", "1 July 2026", "2027-01-01 vs 2026-07-01.")
P.f("reserve created", "agree", "date", "1998", "1998", "Same.")
P.f("fishermen's position", "conflict", "statement",
    "agreed to the new limits", "refused to back the text",
    "Opposite polarity: the fishermen's body agreed (A) vs refused (B).")
P.f("Pietri on the sea", "agree", "quote",
    "The sea off Capu di Muru is not an empty space on a map, it is a nursery for the whole gulf,",
    "This sea is not a blank on the map. It is the nursery of the whole gulf,",
    "Both Lisandru Pietri; reworded.")
P.f("anchoring", "related", "statement",
    "anchoring will be banned for boats longer than 24 metres",
    "the Collectivité will install 30 mooring buoys for pleasure boats",
    "Two different anchoring measures.")
P.f("spearfishing", "agree", "statement",
    "Spearfishing will be forbidden across the whole reserve",
    "Spearfishing will be banned in the whole reserve", "Same.")
P.f("tourist boats", "agree", "statement",
    "would hurt the tourist boat operators of the Gulf of Valinco",
    "The boat trip companies, which take tourists to the caves every day from Propriano and Porto Pollo, fear for their business",
    "Same concern.")
OUT.append(P.out())

# ---------------- pair 5: Pranu Mannu racecourse
P = Pair("p5a_sardinia_racecourse_reopening_italpress.txt", "p5b_sardinia_racecourse_reopening_lanuovaoristanese.txt")
P.f("closed since", "conflict", "date", "2017", "2018", "2017 vs 2018.")
P.f("renovation cost", "agree", "quantity", "7.8 million euros", "€7,8 million", "Same.")
P.f("regional share", "related", "quantity", "7.8 million euros", "€5 million", "Total (A) vs the Region's part (B).")
P.f("seats", "conflict", "quantity", "3,500 seats", "3.200 seats", "3,500 vs 3,200.")
P.f("races on the card", "agree", "quantity", "Eight races", "eight races", "Same.")
P.f("track length", "agree", "quantity", "1,800-metre", "1.800 metres", "Same.")
P.f("prize money", "related", "quantity", "96,000 euros", "€12.000", "Opening-day total (A) vs per race (B); consistent (8 x 12,000).")
P.f("stable boxes", "agree", "quantity", "120 stable boxes", "120 boxes", "Same.")
P.f("race days a year", "agree", "quantity", "22 race days", "22 race days", "Same.")
P.f("reopening day", "agree", "date", "Sunday", "Sunday 14 June", "Both 2026-06-14.")
P.f("next meeting", "agree", "date", "June 28", "Sunday 28 June", "Both 2026-06-28.")
P.f("who said 'nine years'", "conflict", "quote",
    "For nine years our horses had to cross the sea to run,",
    "For nine years our horses had to cross the sea to run. Today they run at home again,",
    "Same words: A gives them to Ippica Sarda chairman Giovanni Piras, B to Mayor Anna Maria Serra.")
P.f("betting licence", "conflict", "statement",
    "has approved the licence for on-course betting",
    "the Ministry of Agriculture has not yet approved the licence",
    "Opposite polarity: approved vs not yet approved.")
P.f("other uses of the course", "related", "statement",
    "Ippica Sarda plans a series of evening meetings under floodlights in July and August",
    "the infield will be used on weekday mornings by a riding school for children",
    "Different plans for the venue.")
P.f("protest", "agree", "statement",
    "Animal welfare groups held a small protest at the gates, calling for a ban on the whip",
    "A few dozen animal rights activists demonstrated outside the entrance with banners against the use of the whip",
    "Same protest.")
P.f("first winner", "agree", "statement",
    "The first race was won by the five-year-old mare Sa Bentu, ridden by Oristano jockey Matteo Loi",
    "The first winner of the new era was the mare Sa Bentu, with Matteo Loi in the saddle",
    "Same.")
OUT.append(P.out())

# ---------------- pair 6: Monteferro Iblea council dissolved
P = Pair("p6a_sicily_council_dissolved_italpress.txt", "p6b_sicily_council_dissolved_gazzettaiblea.txt")
P.f("decision day", "agree", "date", "Thursday", "Thursday 16 July", "Both 2026-07-16.")
P.f("length of commission", "agree", "quantity", "18 months", "18 months", "Same.")
P.f("commissioners", "agree", "quantity", "three-member", "three commissioners", "Same.")
P.f("councillors replaced", "agree", "quantity", "16 councillors", "16 members", "Same.")
P.f("report length", "agree", "quantity", "340-page", "more than 300 pages", "340 is more than 300.")
P.f("waste contracts", "conflict", "quantity", "4.6 million euros", "€5,2 million", "4.6 vs 5.2 million euros.")
P.f("population", "agree", "quantity", "about 9,400 people", "9.412 inhabitants", "A rounds 9,412.")
P.f("arrests", "agree", "quantity", "Seven people", "Seven people", "Same.")
P.f("inspectors sent", "conflict", "date", "January", "February", "2026-01 vs 2026-02.")
P.f("first dissolution", "agree", "date", "2011", "2011", "Same.")
P.f("administration elected", "agree", "date", "2023", "2023", "Same.")
P.f("appeal", "conflict", "statement",
    "said he would appeal against the decision at the regional administrative court in Catania",
    "ruled out an appeal to the administrative court",
    "Opposite polarity: will appeal vs ruled out an appeal.")
P.f("who said 'punished for the sins of a few'", "conflict", "quote",
    "The town is being punished for the sins of a few,", "The town is being punished for the sins of a few,",
    "Same words: A gives them to Mayor Salvatore Garofalo, B to deputy mayor Lucia Sferrazza.")
P.f("Libera's reaction", "agree", "quote", "painful but necessary", "painful but necessary", "Both Libera Iblea.")
P.f("councils dissolved", "related", "quantity", "More than 380 Italian councils", "more than 90 Sicilian councils",
    "Italy-wide (A) vs Sicily only (B): part vs whole.")
P.f("next elections", "related", "statement",
    "New elections are expected to be held in the spring of 2028.",
    "He said he would stand again when elections are held.",
    "Same topic (the next vote), different facts: timing vs the mayor's candidacy.")
P.f("commission's review", "agree", "statement",
    "The commission will also review building permits granted since 2020 and the management of the town's cemetery and water service",
    "are expected to look at building permits and the water service as well",
    "Same remit (B adds the cemetery contract via the prefecture).")
OUT.append(P.out())

# ---------------- pair 7: Cretan bellflower
P = Pair("p7a_crete_bellflower_rediscovered_hellaswire.txt", "p7b_crete_bellflower_rediscovered_chaniotikivima.txt")
P.f("first collected", "conflict", "date", "1932", "1931", "1932 vs 1931 (A's second mention).", a_occ=2)
P.f("years unseen", "agree", "quantity", "more than 90 years", "more than ninety years", "Same, spelled out in B.")
P.f("plants counted", "agree", "quantity", "37 plants", "almost 40 plants", "37 is almost 40.")
P.f("altitude", "agree", "quantity", "1,850 metres", "above 1.850 m", "Same 1,850 m.")
P.f("area", "agree", "quantity", "less than one hectare", "about 8.000 square metres", "8,000 m² is less than one hectare.")
P.f("day of the find", "agree", "date", "July 24", "24 July", "Both 2026-07-24.")
P.f("seeds collected", "conflict", "quantity", "about 2,000 seeds", "1.500 seeds", "About 2,000 vs 1,500.")
P.f("grant", "agree", "quantity", "18,000-euro", "€18.000", "Same.")
P.f("Crete's flora", "related", "quantity", "about 1,800 native plant species", "more than 220 species",
    "All native species (A) vs endemic species only (B).")
P.f("fencing the site", "conflict", "statement",
    "The regional forestry service has agreed to fence the lower part of the site",
    "the forestry directorate refused to fence the site",
    "Opposite polarity: agreed vs refused.")
P.f("Vardaki on the find", "agree", "quote",
    "We had almost given up. Then we looked up and there it was, flowering on the rock face above us,",
    "We had nearly given up hope. Then we lifted our eyes and saw it flowering on the rock,",
    "Both Eleni Vardaki; reworded.")
P.f("location kept secret", "agree", "statement",
    "The exact location of the plants will not be made public to protect them from collectors.",
    "The exact place is secret", "Same.")
P.f("next steps", "related", "statement",
    "the team would submit an assessment of the bellflower to the International Union for Conservation of Nature",
    "Part of the seeds will also be used to grow plants in the botanical garden of Chania",
    "Different follow-ups.")
P.f("return expedition", "agree", "statement",
    "The team plans to return to the White Mountains next summer",
    "The team will return next June", "Next summer = next June.")
P.f("main threat", "agree", "statement", "the biggest threat was goats", "The greatest danger comes from goats.", "Same.")
OUT.append(P.out())

# ---------------- pair 8: Chitembo mine clearance
P = Pair("p8a_angola_mine_clearance_panafricawire.txt", "p8b_angola_mine_clearance_jornaldoplanalto.txt")
P.f("area cleared", "agree", "quantity", "3.4 million square metres", "3,4 million m²", "Same.")
P.f("mines destroyed", "conflict", "quantity", "1,284 anti-personnel mines", "1 312 mines", "1,284 vs 1,312.")
P.f("deminers", "agree", "quantity", "160 deminers", "160 deminers", "Same.")
P.f("cost", "agree", "quantity", "about $14 million", "about Kz 12 000 million", "Same cost in USD and kwanzas (about 870 Kz to the dollar).")
P.f("years of work", "agree", "quantity", "nine years", "nine years", "Same.")
P.f("ceremony", "agree", "date", "Wednesday", "Wednesday, 18 November", "Both 2026-11-18.")
P.f("national mine-free deadline", "conflict", "date", "2028", "2030", "2028 vs 2030.")
P.f("minefields remaining", "related", "quantity", "about 1,100 minefields", "212 recorded minefields", "Whole country (A) vs Bié province (B).")
P.f("Camacupa minefields", "agree", "quantity", "38 minefields", "38 minefields", "Same.")
P.f("displaced families", "agree", "quantity", "600 families", "some 600 displaced families", "Same.")
P.f("farm plots", "conflict", "statement",
    "the provincial government had approved the allocation of farm plots on cleared land to 600 families",
    "The provincial government has not yet approved the distribution of the cleared plots",
    "Opposite polarity: approved vs not yet approved.")
P.f("who said 'those signs come down'", "conflict", "quote",
    "Children here grew up with red warning signs at the edge of every path. Today those signs come down,",
    "Children here grew up with red warning signs at the edge of every path. Today those signs come down,",
    "Same words: A gives them to Campo Aberto's Filipa Mendes, B to Governor Ernesto Kalunga.")
P.f("use of cleared land", "related", "statement",
    "Farmers plan to grow maize, beans and cassava on it",
    "The national road EN 250 between Chitembo and the provincial capital will be rebuilt",
    "Different consequences of the clearance.")
P.f("donors", "agree", "statement",
    "was funded mainly by Japan and the United States",
    "paid for mostly by Japanese and American donors", "Same.")
P.f("donor money", "agree", "statement",
    "donor funding has fallen since 2020", "donor money has become scarcer", "Same trend.")
OUT.append(P.out())

with open(os.path.join(HERE, "gold", "pairs.gold.json"), "w", encoding="utf-8") as f:
    json.dump(OUT, f, ensure_ascii=False, indent=1)
    f.write("\n")
