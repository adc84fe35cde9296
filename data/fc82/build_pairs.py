import json, os
from build_common import Pair, HERE

OUT = []

# ---------------- pair 1: Finland reindeer compensation
P = Pair("p1a_finland_reindeer_compensation_nordicwire.txt", "p1b_finland_reindeer_compensation_rovaniemicourier.txt")
P.f("total compensation", "agree", "quantity", "€4.5 million", "4,5 million euros", "Same sum; B uses the Finnish decimal comma.", a_occ=2)
P.f("payment per reindeer", "conflict", "quantity", "€350", "€300", "€350 vs €300 per dead animal.")
P.f("reindeer covered", "agree", "quantity", "about 12,000 animals", "12 400 reindeer", "A rounds 12,400 (B uses a space as thousands separator).")
P.f("cooperatives hit", "agree", "quantity", "14", "Fourteen cooperatives", "Same count, digits vs words.", a_after="concentrated in")
P.f("feed aid already paid", "agree", "quantity", "€1.2 million", "1,2 million euros", "Same December / before-Christmas feed aid.")
P.f("damage estimate", "agree", "quantity", "nearly €9 million", "8,7 million euros", "Association's estimate; 'nearly 9' covers 8.7.")
P.f("national herd", "related", "quantity", "about 190,000 animals", "196 000 animals", "A: after the autumn slaughter; B: before the autumn round-up. Same herd at two times.")
P.f("spending on hay", "related", "quantity", "40,000 euros", "38 000 euros", "A: herders the chairman knows; B: one named herder (Magga). Different people.")
P.f("day of the announcement", "agree", "date", "Wednesday", "Wednesday", "Both 2026-01-21.")
P.f("first payments", "agree", "date", "June", "June", "Both 2026-06.")
P.f("claims deadline", "conflict", "date", "March 31", "30.4.2026", "2026-03-31 vs 2026-04-30.")
P.f("who said 'lose their livelihood'", "conflict", "quote",
    "Nobody who lost half a herd to the ice should also lose their livelihood,", "Nobody who lost half a herd to the ice should also lose their livelihood,",
    "Same words: A gives them to minister Kettunen, B to association chairman Palojärvi.")
P.f("minister on the one-off nature", "agree", "quote", "This is a one-off, but it is not a small one.",
    "We will not turn this into a yearly subsidy, but nobody will be left alone this winter,", "Both Kettunen; reworded, same meaning (one-off, not yearly).")
P.f("calves lost in spring", "conflict", "statement", "Kettunen ruled out paying for calves lost in the spring calving season",
    "The ministry is considering extending the scheme to calves lost in the spring calving", "Ruled out vs is considering.")
P.f("slow reaction", "agree", "statement", "She also rejected claims that the ministry had been slow to react",
    "She denied that help had come late", "Same denial by Kettunen.")
P.f("further help", "related", "statement", "had asked the state for €500 per animal",
    "Herders will also be able to apply for interest-free loans", "A: association's request for a higher rate; B: loans offered. Different measures.")
OUT.append(P.out())

# ---------------- pair 2: Cyprus halloumi ruling
P = Pair("p2a_cyprus_halloumi_ruling_mediterraneanwire.txt", "p2b_cyprus_halloumi_ruling_limassolherald.txt")
P.f("fine", "agree", "quantity", "€180,000", "€180,000", "Same.")
P.f("sheep and goat milk found", "conflict", "quantity", "14%", "19 per cent", "14% vs 19%.")
P.f("minimum share now vs from 2027", "related", "quantity", "25%", "50 per cent", "A: this year's minimum; B: the 2027 minimum (B also gives 25% now).")
P.f("cheese to relabel", "agree", "quantity", "about 420 tonnes", "Between 400 and 450 tonnes", "420 lies in the range.")
P.f("staff", "agree", "quantity", "160 people", "about 160 staff", "Same.")
P.f("halloumi exports 2025", "agree", "quantity", "€310 million", "€312m", "A rounds.")
P.f("samples tested", "agree", "quantity", "12 samples", "12 samples", "Same.")
P.f("day of the ruling", "agree", "date", "Monday", "16 February", "Both 2026-02-16.")
P.f("withdrawal deadline", "conflict", "date", "March 20", "31 March", "2026-03-20 vs 2026-03-31.")
P.f("PDO status", "agree", "date", "2021", "2021", "Same year.")
P.f("who said 'a promise to the consumer'", "conflict", "quote",
    "The name halloumi is a promise to the consumer, and that promise was broken,", "The name halloumi is a promise to the consumer, and that promise was broken,",
    "Same words: A gives them to Judge Charalambous (in the ruling), B to association president Stylianou.")
P.f("minister: same rules for all", "agree", "quote", "Whoever uses the name has to follow the recipe, large or small,",
    "Small dairy or big dairy, the rules are the same for everyone,", "Both Hadjipetrou; reworded.")
P.f("appeal", "conflict", "statement", "Akamas said it would appeal to the Supreme Constitutional Court",
    "The company has decided not to appeal", "Will appeal vs decided not to appeal (B a day later; same lawyer).")
P.f("EU law argument", "agree", "statement", "The court rejected the dairy's argument that the labelling rules breached European Union law",
    "The court dismissed the argument that the island's rules broke EU trade law", "Same finding.")
P.f("follow-up measures", "related", "statement", "the ministry would double the number of inspections at dairies this year",
    "The association called for a public register of sheep and goat flocks", "Different measures by different actors.")
OUT.append(P.out())

# ---------------- pair 3: Honduras melon export
P = Pair("p3a_honduras_melon_export_centralamericawire.txt", "p3b_honduras_melon_export_diariodelgolfo.txt")
P.f("containers", "agree", "quantity", "22 refrigerated containers", "Twenty-two refrigerated containers", "Digits vs words.")
P.f("tonnage", "agree", "quantity", "about 480 tonnes", "476 tonnes", "A rounds.")
P.f("cargo value", "agree", "quantity", "$1.1 million", "L 27 million", "27 million lempiras is about $1.1 million (about 24.7 L/$).")
P.f("voyage length", "conflict", "quantity", "32 days", "about 45 days", "32 vs about 45 days.")
P.f("season target", "agree", "quantity", "60 containers", "at least 60 containers", "Compatible.")
P.f("share going to the US", "agree", "quantity", "About 70%", "Seventy per cent", "Same.")
P.f("seasonal jobs", "agree", "quantity", "some 3,000 seasonal workers", "some 3,000 people", "Same.")
P.f("prices", "related", "quantity", "$14", "about $9", "A: FOB price per 18-kg box; B: retail price per melon in Shanghai.")
P.f("departure", "agree", "date", "Monday", "March 9", "Both 2026-03-09.")
P.f("arrival in Shanghai", "conflict", "date", "April 14", "April 23", "2026-04-14 vs 2026-04-23.")
P.f("who said 'paid for quality'", "conflict", "quote",
    "The Chinese buyer paid for quality, and we gave him quality,", "The Chinese buyer paid for quality, and we gave him quality,",
    "Same words: A gives them to exporter Zelaya, B to minister Bonilla.")
P.f("watermelon protocol", "conflict", "statement", "The government has not yet agreed a protocol for watermelons",
    "The protocol agreed with Beijing already covers watermelons", "Has not yet vs already covers.")
P.f("political connections", "agree", "statement",
    "Zelaya rejected suggestions that the company had been given the export licence because of political connections",
    "The company denied that it had won access to China through friends in government", "Same denial.")
P.f("growers' worries", "related", "statement", "warned that shipping costs were high",
    "her members had asked the government for L 120 million in loans to build packing plants", "Different concerns of the same association (freight vs cold storage).")
OUT.append(P.out())

# ---------------- pair 4: Malta prison report
P = Pair("p4a_malta_prison_report_maltapress.txt", "p4b_malta_prison_report_sliemastandard.txt")
P.f("inmates", "agree", "quantity", "782 inmates", "Almost 800 prisoners", "782 is almost 800.", a_occ=2)
P.f("capacity", "agree", "quantity", "590 people", "590 places", "Same.")
P.f("occupancy", "agree", "quantity", "133%", "more than 130 per cent", "Compatible.")
P.f("share on remand", "conflict", "quantity", "Some 41%", "33 per cent", "41% vs 33%.")
P.f("new block cost", "agree", "quantity", "€24 million", "€24m", "Same.")
P.f("new block beds", "conflict", "quantity", "200 beds", "between 150 and 180 beds", "Single value outside B's range.")
P.f("spending", "related", "quantity", "about €62", "€48.6 million", "A: daily cost per inmate; B: annual prisons budget.")
P.f("vacant officer posts", "agree", "quantity", "36 posts", "36 vacant posts", "Same.")
P.f("population of Malta", "agree", "quantity", "about 570,000", "about 570,000 residents", "Same.")
P.f("report published", "agree", "date", "Tuesday", "April 14", "Both 2026-04-14.", b_after="released on")
P.f("new block opens", "conflict", "date", "2027", "2028", "End of 2027 vs 2028.")
P.f("who said 'three men share a cell'", "conflict", "quote",
    "A prison cannot rehabilitate anyone when three men share a cell built for one,", "A prison cannot rehabilitate anyone when three men share a cell built for one,",
    "Same words: A gives them to board chair Camilleri, B to Opposition spokesman Azzopardi (reading from the report).")
P.f("minister: prison for another Malta", "agree", "quote", "We inherited a prison built for another Malta,",
    "We inherited a prison made for another Malta, and we are building a new one,", "Both Farrugia; reworded.")
P.f("contractor", "conflict", "statement", "the ministry had not yet chosen a contractor for the final phase of the works",
    "The contract for the works has already been awarded to Melita Build", "Not yet chosen vs already awarded.")
P.f("deaths in custody", "agree", "statement", "Farrugia rejected the board's claim that two deaths in custody last year were linked to overcrowding",
    "The ministry denied that overcrowding had played any part in the two deaths in custody", "Same denial.")
P.f("alternatives to prison", "related", "statement", "The board recommended wider use of electronic tagging",
    "the government plans to open a halfway house in Marsa", "Different measures.")
OUT.append(P.out())

# ---------------- pair 5: Suriname mercury ban
P = Pair("p5a_suriname_mercury_ban_guianashieldwire.txt", "p5b_suriname_mercury_ban_paramaribodagblad.txt")
P.f("votes in favour", "agree", "quantity", "38", "38 assembly members", "Same.", a_after="approved by")
P.f("small-scale miners", "agree", "quantity", "about 20,000 people", "Between 15.000 and 20.000 small miners", "Compatible (B Dutch thousands dot).")
P.f("mercury used a year", "conflict", "quantity", "some 40 tonnes", "around 60 ton", "40 vs 60 tonnes, both citing the environment ministry.")
P.f("maximum fine", "agree", "quantity", "up to SRD 500,000", "SRD 500.000", "Same maximum.")
P.f("maximum prison term", "conflict", "quantity", "up to four years", "up to six years", "4 vs 6 years.")
P.f("transition fund", "agree", "quantity", "$12 million", "US$ 12 million", "Same.")
P.f("gold figures", "related", "quantity", "about $1.6 billion", "around 30 ton", "A: value of all gold exports; B: small-scale output volume.")
P.f("president to sign within", "agree", "quantity", "two weeks", "two weeks", "Same.")
P.f("day of the vote", "agree", "date", "Thursday", "yesterday", "Both 2026-05-21.")
P.f("ban in force", "agree", "date", "January 1, 2027", "1 January 2027", "Same date written two ways.")
P.f("who said 'every gram of mercury'", "conflict", "quote",
    "Every gram of mercury we burn ends up in a river, and every river ends up on a child's plate,", "Every gram of mercury we burn ends up in a river, and every river ends up on a child's plate,",
    "Same words: A gives them to minister Pinas, B to union leader Kartosen.")
P.f("union: came to make a living", "agree", "quote", "We did not come into the interior to destroy, we came to make a living,",
    "We did not come into the interior to destroy, we came to make a living,", "Both Kartosen.")
P.f("old equipment", "conflict", "statement", "It said it would not compensate miners for old equipment",
    "The government plans to buy back mercury-based equipment", "Would not compensate vs plans to buy back.")
P.f("union position", "agree", "statement", "which rejected the ban", "His union nevertheless opposes the law as written", "Same opposition.")
P.f("mercury-free methods", "related", "statement", "to train miners in mercury-free methods such as gravity tables",
    "A pilot plant in Brownsweg that recovers gold without mercury or cyanide will open in September", "Training fund vs pilot plant: different measures.")
OUT.append(P.out())

# ---------------- pair 6: Algeria cork auction
P = Pair("p6a_algeria_cork_auction_maghrebwire.txt", "p6b_algeria_cork_auction_lechodejijel.txt")
P.f("volume sold", "agree", "quantity", "about 62,000 quintals", "61 800 quintals", "A rounds (B space separator).")
P.f("price per quintal", "agree", "quantity", "DA 14,500", "between DA 13 000 and DA 16 000", "A's average lies in B's range.")
P.f("total raised", "conflict", "quantity", "about DA 900 million", "DA 1,2 billion", "DA 0.9bn vs 1.2bn.")
P.f("bidders", "agree", "quantity", "Eleven companies", "Eleven bidders", "Same.")
P.f("forest area harvested", "agree", "quantity", "about 28,000 hectares", "28 000 ha", "Same.")
P.f("burned cork oak", "related", "quantity", "4,200 hectares", "3 100 ha", "A: fires of 2025 in the northeast; B: fires of 2024 in the region.")
P.f("seasonal firefighters", "agree", "quantity", "1,300 seasonal firefighters", "1 300 seasonal firefighters", "Same.")
P.f("cutter's daily pay", "agree", "quantity", "around DA 4,000", "DA 4 000", "Same.")
P.f("cork exports", "agree", "quantity", "about $45 million", "$45 million", "Same.")
P.f("year of the export figure", "agree", "date", "last year", "2025", "Both 2025.")
P.f("auction day", "agree", "date", "Tuesday", "7 July", "Both 2026-07-07.")
P.f("next auction", "conflict", "date", "October", "September", "2026-10 vs 2026-09.")
P.f("who said 'rediscovering Algerian cork'", "conflict", "quote",
    "The world is rediscovering Algerian cork, and we intend to sell it at the price it deserves,", "The world is rediscovering Algerian cork, and we intend to sell it at the price it deserves,",
    "Same words: A gives them to forest director Benchikh, B to buyer Hamdi.")
P.f("raw cork exports", "conflict", "statement", "The Agriculture Ministry said it would not allow exports of raw cork",
    "The Agriculture Ministry has already authorised Liège Méditerranée to export 2 000 quintals of raw cork", "Would not allow vs has already authorised.")
P.f("favouritism", "agree", "statement", "The forestry service dismissed complaints from local processors that the auction had been designed to favour foreign buyers",
    "rejected any suggestion of favouritism", "Same denial.")
P.f("forestry plans", "related", "statement", "the service planned to train 200 new cutters next year",
    "The forestry service also plans to replant 5 000 ha of cork oak", "Different plans.")
OUT.append(P.out())

# ---------------- pair 7: Azerbaijan caviar quota
P = Pair("p7a_azerbaijan_caviar_quota_caspianwire.txt", "p7b_azerbaijan_caviar_quota_salyanxeberleri.txt")
P.f("export quota", "agree", "quantity", "1.2 tonnes", "1 200 kilograms", "Same amount in two units.")
P.f("farms sharing the quota", "conflict", "quantity", "four licensed sturgeon farms", "three farms", "4 vs 3.")
P.f("earlier quota vs actual exports", "related", "quantity", "1.5 tonnes", "850 kilograms", "A: previous quota; B: what was actually exported last season.")
P.f("price per kilogram", "agree", "quantity", "about $2,000", "about ₼3 400", "₼3,400 is about $2,000 at 1.7 manat to the dollar.")
P.f("young sturgeon released", "agree", "quantity", "1.1 million young sturgeon", "1,1 million young sturgeon", "Same (B decimal comma).")
P.f("poaching fine", "agree", "quantity", "₼5,000", "₼5 000", "Same.")
P.f("wild fishing banned since", "agree", "date", "2011", "2011", "Same.")
P.f("announcement", "agree", "date", "Monday", "14 September", "Both 2026-09-14.")
P.f("quota takes effect", "conflict", "date", "October 1", "1 November", "2026-10-01 vs 2026-11-01.")
P.f("who said 'not one gram'", "conflict", "quote",
    "Not one gram of this caviar comes from the wild sea,", "Not one gram of this caviar comes from the wild sea,",
    "Same words: A gives them to deputy minister Mammadov, B to farm director Aliyev.")
P.f("traceability", "agree", "quote", "Every tin can be traced back to the fish and the farm.",
    "Each tin carries a code that leads back to a single fish,", "Both Mammadov; reworded.")
P.f("caviar to Russia", "conflict", "statement", "Mammadov denied that any Azerbaijani caviar had been exported to Russia this year",
    "The ministry confirmed that two consignments of caviar had gone to Russia in the spring", "Denied vs confirmed.")
P.f("larger share for Kura Caviar", "agree", "statement", "said it would ask the ministry for a larger share next year",
    "Aliyev said Kura Caviar would need a larger share of the quota", "Same wish.")
P.f("obligations on farms", "related", "statement", "it had cut the quota because two farms had failed to meet new traceability rules",
    "farms should also be required to release part of their young fish into the river every year", "Ministry's reason for the cut vs a conservationist's proposal.")
OUT.append(P.out())

# ---------------- pair 8: Dominican Republic baseball academy
P = Pair("p8a_dominicanrepublic_baseball_academy_caribbeanwire.txt", "p8b_dominicanrepublic_baseball_academy_ecosdelestesport.txt")
P.f("players", "agree", "quantity", "64 teenage players", "Sixty-four prospects", "Digits vs words.")
P.f("share of bonuses kept", "conflict", "quantity", "35%", "between 25% and 30%", "Single value outside B's range.")
P.f("legal limit", "agree", "quantity", "no more than 20%", "20%", "Same limit.")
P.f("fine", "agree", "quantity", "RD$2.5 million", "RD$2,500,000", "Same, written out.")
P.f("bonuses total", "agree", "quantity", "$1.8 million", "US$1.8 million", "Same.")
P.f("biggest bonus vs total", "related", "quantity", "$450,000", "US$1.8 million", "A: largest single bonus; B: total of all bonuses.")
P.f("length of suspension", "agree", "quantity", "two years", "24 months", "Same length, converted.")
P.f("years of training (Peguero)", "agree", "quantity", "four years", "four years", "Same.")
P.f("decision", "agree", "date", "Monday", "November 9", "Both 2026-11-09.")
P.f("month of signing", "agree", "date", "last January", "January", "Both 2026-01.")
P.f("appeal deadline", "conflict", "date", "December 1", "December 15", "2026-12-01 vs 2026-12-15.")
P.f("who said 'not merchandise'", "conflict", "quote",
    "These boys are not merchandise, and their families are not a bank for trainers,", "These boys are not merchandise, and their families are not a bank for trainers,",
    "Same words: A gives them to minister Rosario, B to an unnamed mother (speaker null).")
P.f("Peguero on feeding the players", "agree", "quote",
    "I fed these kids for four years before anybody in the United States knew their names,",
    "I gave these boys four years of food and a bed when nobody in the United States knew who they were,", "Both Peguero; reworded.")
P.f("repayment", "conflict", "statement", "has already repaid the players and their families",
    "has not yet returned any money to the families", "Already repaid vs not yet returned.")
P.f("banned substances", "agree", "statement", "The ministry said there was no evidence that the academy had given players banned substances",
    "The ministry said it had found no sign that players had been given banned drugs", "Same finding.")
P.f("trainers' cut", "related", "statement", "the payments were fees for years of free training, food and housing",
    "Trainers in the city charge families nothing during training but expect a cut of the bonus", "Peguero's defence vs the general custom.")
OUT.append(P.out())

with open(os.path.join(HERE, "gold", "pairs.gold.json"), "w", encoding="utf-8") as f:
    json.dump(OUT, f, ensure_ascii=False, indent=1)
    f.write("\n")
