import json, os
from build_common import Pair, HERE

OUT = []

# ---------------- pair 1: Morocco locusts
P = Pair("p1a_morocco_locusts_continentalwire.txt", "p1b_morocco_locusts_atlanticcourier.txt")
P.f("area sprayed", "agree", "quantity", "41,800 hectares", "nearly 42,000 hectares",
    "Exact vs rounded (A's revised figure; A first said 30,000).")
P.f("area sprayed (headline)", "agree", "quantity", "42,000 hectares", "nearly 42,000 hectares", "A's headline rounding.")
P.f("share of clementine harvest lost", "agree", "quantity", "about 15%", "15 per cent", "Same chamber estimate.")
P.f("spray aircraft", "conflict", "quantity", "Fourteen spray aircraft", "Twelve aircraft", "14 vs 12 aircraft.")
P.f("spraying cost per hectare vs total", "related", "quantity", "about 450 dirhams per hectare", "19 million dirhams",
    "A: per-hectare cost; B: two-week operation cost. Per-unit vs total.")
P.f("argan cooperative members", "agree", "quantity", "340 women argan producers", "340 members", "Same 340 (units producer / member).")
P.f("arrival of the swarms", "agree", "date", "Saturday", "10 October", "Both 2026-10-10.")
P.f("swarms formed", "agree", "date", "September", "last month", "Both 2026-09.")
P.f("FAO team arrives", "conflict", "date", "Thursday", "Friday, 16 October", "2026-10-15 vs 2026-10-16.")
P.f("previous invasion", "agree", "date", "2004", "2004", "Same year.")
P.f("who said 'We are fighting this swarm...'", "conflict", "quote",
    "We are fighting this swarm field by field, and we are winning,",
    "We are fighting this swarm field by field, and we are winning,",
    "Same words: A gives them to centre director Youssef Amrani, B to governor Leila Bensaid.")
P.f("farmer's loss", "agree", "quote",
    "In one afternoon they ate what took us a year to grow,", "They ate in an afternoon what we grew in a year,",
    "Both quote Hassan Ouhadi; reworded.")
P.f("aerial spraying over the national park", "conflict", "statement",
    "the ministry will not use aerial spraying over the Souss-Massa National Park",
    "it may spray from the air over parts of the Souss-Massa National Park",
    "Opposite polarity: will not vs may.")
P.f("help for farmers", "related", "statement",
    "the government plans to compensate farmers whose crops were destroyed",
    "Union delegates demanded a freeze on loan repayments for farmers who lost their crops",
    "A: government compensation plan; B: union demand for a loan freeze. Compatible, different claims.")
P.f("spraying and beehives", "agree", "statement",
    "Amrani denied reports that the spraying had killed beehives",
    "He rejected claims from beekeepers that the spraying had killed hives", "Same denial by Amrani.")
OUT.append(P.out())

# ---------------- pair 2: Bergen cruise norovirus
P = Pair("p2a_bergen_cruise_norovirus_nordicwire.txt", "p2b_bergen_cruise_norovirus_harbourpost.txt")
P.f("passengers ill", "agree", "quantity", "214 passengers", "214 passengers",
    "A's revised count (first 180) matches B.", a_occ=2)
P.f("share of passengers ill", "agree", "quantity", "About 7%", "7.4 per cent", "Rounded vs exact share.")
P.f("passengers on board", "agree", "quantity", "2,900 passengers", "2,900-passenger", "Same capacity/load.")
P.f("passengers in hospital", "agree", "quantity", "Four passengers", "Four passengers", "Same.")
P.f("crew ill", "conflict", "quantity", "31 crew members", "27 crew members", "31 vs 27.")
P.f("cleaning cost vs compensation per passenger", "related", "quantity", "about 3 million kroner", "1,500 kroner",
    "A: total cleaning cost; B: compensation per passenger. Different measures, same currency.")
P.f("fleet", "agree", "quantity", "six ships", "six ships", "Same.")
P.f("first cases", "agree", "date", "Saturday", "18 July", "Both 2026-07-18.")
P.f("departure from Hamburg", "agree", "date", "July 12", "12 July", "Both 2026-07-12.")
P.f("ship leaves Bergen", "conflict", "date", "Thursday", "Friday 24 July", "2026-07-23 vs 2026-07-24.")
P.f("who said 'The health of our guests...'", "conflict", "quote",
    "The health of our guests comes before any timetable,", "The health of our guests comes before any timetable,",
    "Same words: A gives them to CEO Ingrid Solheim, B to captain Marco Ferrante.")
P.f("passenger's complaint", "agree", "quote",
    "We paid for the fjords and we got four walls,", "We came to see the fjords, and all we have seen is four walls,",
    "Both quote Klaus Bremer; reworded.")
P.f("continuing to Svalbard", "conflict", "statement",
    "the ship will not continue to Svalbard", "the ship may still continue to Svalbard",
    "Opposite polarity, both from Solheim.")
P.f("checks before sailing", "related", "statement",
    "they plan to test the ship's drinking water and ice machines",
    "it would require a full deep clean and an inspection by its own staff",
    "A: municipal health officials' water tests; B: port authority's deep clean and inspection. Compatible.")
P.f("source of the outbreak", "agree", "statement",
    "The company denied that the buffet restaurant had been the source of the outbreak",
    "It rejected suggestions that food from the buffet was to blame", "Same denial.")
OUT.append(P.out())

# ---------------- pair 3: Brazil frost, coffee
P = Pair("p3a_brazil_frost_coffee_andesfinancial.txt", "p3b_brazil_frost_coffee_paulistadaily.txt")
P.f("price rise", "agree", "quantity", "11.3%", "11.3 per cent", "Same rise.")
P.f("price rise (headline)", "agree", "quantity", "11%", "11.3 per cent", "A's headline rounds 11.3%.")
P.f("futures price", "agree", "quantity", "$4.12 a pound", "US$4.12 per pound", "Same price.")
P.f("area damaged", "conflict", "quantity", "about 180,000 hectares", "about 210,000 hectares",
    "A's revised figure (first 120,000) vs B's cooperative survey.")
P.f("harvest loss", "agree", "quantity", "8 million bags", "8 million bags", "Same estimate.")
P.f("Brazil's crop this year", "agree", "quantity", "about 65 million bags", "some 65 million bags", "Same.")
P.f("credit line vs price per bag", "related", "quantity", "1.2 billion reais", "about 2,450 reais",
    "A: total cheap credit; B: local price of a 60-kg bag. Different measures, same currency.")
P.f("night of the frost", "agree", "date", "Saturday", "1 August", "Both 2026-08-01.")
P.f("harvest year hit", "agree", "date", "2027", "next year", "Both 2027.")
P.f("next Conab estimate", "conflict", "date", "September 10", "3 September", "2026-09-10 vs 2026-09-03.")
P.f("who said 'This is the worst frost...'", "conflict", "quote",
    "This is the worst frost in the coffee belt since 1994,", "This is the worst frost in the coffee belt since 1994,",
    "Same words: A gives them to agronomist Renata Kowalski, B to cooperative president Jose Carlos Pereira.")
P.f("damage is real", "agree", "quote", "real and visible.", "The damage in the fields is real,",
    "Both quote minister Paulo Andrade; reworded (A a fragment).")
P.f("export restrictions", "conflict", "statement",
    "Brazil will not restrict coffee exports", "it may limit exports of some grades of coffee",
    "Opposite polarity: minister vs ministry.")
P.f("help for growers", "related", "statement",
    "the government plans to offer 1.2 billion reais in cheap credit to growers",
    "Cooperatives asked state banks to delay loan repayments", "Compatible: government credit / cooperatives' request.")
P.f("speculation", "agree", "statement",
    "Andrade denied that speculative funds were driving prices",
    "Andrade rejected the idea that investment funds had caused the rally", "Same denial.")
OUT.append(P.out())

# ---------------- pair 4: Australia postal strike
P = Pair("p4a_australia_postal_strike_oceaniapress.txt", "p4b_australia_postal_strike_portphillipherald.txt")
P.f("strikers", "agree", "quantity", "About 21,000 postal workers", "21,400 members", "Rounded vs exact.")
P.f("length of strike", "agree", "quantity", "48-hour", "two-day", "48 hours = two days (units hour / day).")
P.f("union demand", "agree", "quantity", "5%", "5 per cent", "Same yearly rise demanded.")
P.f("company offer", "agree", "quantity", "3%", "3 per cent", "Same yearly offer.")
P.f("parcel backlog", "conflict", "quantity", "4.2 million parcels", "5 million parcels",
    "A's revised figure (first 3 million) vs union's 5 million.", b_occ=2)
P.f("bonus per worker vs total", "related", "quantity", "A$1,200 per worker", "about A$26 million",
    "Per-worker bonus vs total cost of the bonus.")
P.f("last year's loss", "agree", "quantity", "A$190 million", "A$190 million", "Same.")
P.f("strike start", "agree", "date", "Tuesday", "10 November", "Both 2026-11-10.")
P.f("last national strike", "agree", "date", "2006", "2006", "Same year.")
P.f("Fair Work Commission meeting", "conflict", "date", "Friday", "Monday, 16 November", "2026-11-13 vs 2026-11-16.")
P.f("who said 'We did not want this strike...'", "conflict", "quote",
    "We did not want this strike, but management left us no choice,",
    "We did not want this strike, but management left us no choice,",
    "Same words: A gives them to union secretary Dean Kowalczyk, B to delegate Maria Santos.")
P.f("fair deal", "agree", "quote",
    "Our people deserve a fair deal, and so do the households waiting for their parcels,",
    "Our staff deserve a fair deal. So do the families waiting for their deliveries,",
    "Both quote Rebecca Thornton; reworded.")
P.f("replacement labour", "conflict", "statement",
    "AusMail will not hire temporary staff to break the strike",
    "the company may bring in contractors to clear the backlog", "Opposite polarity, both from Thornton.")
P.f("further action", "related", "statement",
    "the union plans further rolling stoppages in December",
    "they would consult members after the hearings before deciding on any further action",
    "A: planned stoppages if no better offer; B: consult members first. Compatible.")
P.f("closing mail centres", "agree", "statement",
    "The company denied that it planned to close mail centres",
    "Thornton rejected reports that the company would shut sorting centres", "Same denial.")
OUT.append(P.out())

# ---------------- pair 5: Kerala dam release
P = Pair("p5a_kerala_dam_release_southasiapress.txt", "p5b_kerala_dam_release_kochichronicle.txt")
P.f("people evacuated", "agree", "quantity", "6,500 people", "about 6,500 residents", "A's revised figure (first 4,000).")
P.f("release rate", "agree", "quantity", "up to 600 cubic metres of water per second", "600 cubic metres a second", "Same.")
P.f("reservoir level", "agree", "quantity", "97%", "97 per cent", "Same.")
P.f("deaths", "agree", "quantity", "Two people", "Two people", "Same two drowned.")
P.f("houses flooded", "conflict", "quantity", "About 1,200 houses", "about 900 homes", "1,200 vs 900.")
P.f("relief per family vs total", "related", "quantity", "10,000 rupees per family", "45 crore rupees",
    "Per-family payment vs the district relief budget.")
P.f("2018 death toll", "agree", "quantity", "more than 480 people", "more than 480 people", "Same.")
P.f("gates opened", "agree", "date", "Sunday", "6 September", "Both 2026-09-06.")
P.f("gates close", "conflict", "date", "Wednesday", "Thursday, 10 September", "2026-09-09 vs 2026-09-10.")
P.f("2018 floods", "agree", "date", "August 2018", "August that year", "Both 2018-08.")
P.f("who said 'We had no choice...'", "conflict", "quote",
    "We had no choice; the dam had to be protected,", "We had no choice; the dam had to be protected,",
    "Same words: A gives them to minister Thomas Varghese, B to chief engineer Lakshmi Nair.")
P.f("a few hours this time", "agree", "quote",
    "In 2018 we lost everything in one night. This time at least we had a few hours,",
    "In 2018 the water came at night and took everything. This time we had a few hours to save something,",
    "Both quote Mary Joseph; reworded.")
P.f("more gates", "conflict", "statement",
    "the state will not open more gates", "the board may open a fourth gate", "Opposite polarity.")
P.f("aftermath", "related", "statement",
    "The government plans to pay 10,000 rupees per family",
    "Opposition leaders demanded a judicial inquiry", "Compatible: relief payments / opposition demand.")
P.f("warnings in time", "agree", "statement",
    "Varghese denied that warnings had come too late",
    "rejected criticism that residents had not been warned in time", "Same denial by Varghese.")
OUT.append(P.out())

# ---------------- pair 6: Astana chess
P = Pair("p6a_astana_chess_championship_eurasiawire.txt", "p6b_astana_chess_championship_steppetimes.txt")
P.f("classical match length", "agree", "quantity", "12-game", "12-game", "Same.")
P.f("rapid games", "agree", "quantity", "four rapid games", "four rapid games", "Same.")
P.f("blitz games before the decider", "conflict", "quantity", "two blitz games", "three blitz games",
    "A: two shared blitz games then the decider; B: decider came after three blitz games.")
P.f("length of final game", "agree", "quantity", "67 moves", "67 moves", "A's corrected figure (first 61) matches B.")
P.f("spectators", "agree", "quantity", "More than 3,000 spectators", "3,000 spectators", "Compatible.")
P.f("prize fund vs winner's share", "related", "quantity", "$2 million", "US$1.2 million",
    "A: total prize fund (winner takes 60%); B: winner's prize. Total vs part.")
P.f("final day", "agree", "date", "Monday", "yesterday", "Both 2026-04-20.")
P.f("match start", "agree", "date", "April 2", "2 April", "Both 2026-04-02.", a_after="match began on")
P.f("Menon's return home", "agree", "date", "Wednesday", "tomorrow", "Both 2026-04-22.")
P.f("next title match", "conflict", "date", "2028", "2027", "2028 vs 2027.")
P.f("who said 'Today chess was the winner'", "conflict", "quote",
    "Today chess was the winner,", "Today chess was the winner,",
    "Same words: A gives them to federation president Bolat Zhakupov, B to Daniyar Seitkali.")
P.f("Menon's nerves", "agree", "quote",
    "I could not feel my hands, so I just played the moves I knew,",
    "My hands were numb. I just played what I had prepared,", "Both quote Arjun Menon; reworded.")
P.f("rematch", "conflict", "statement",
    "he would not seek a rematch this year", "Seitkali's team may demand a rematch",
    "Opposite polarity (Seitkali himself vs his manager).")
P.f("future plans", "related", "statement",
    "The organisers plan to hold the next edition in Almaty",
    "it plans to build a national chess academy in Astana", "Compatible: next edition venue / chess academy.")
P.f("cheating claims", "agree", "statement",
    "Zhakupov denied any suggestion that players had received computer help",
    "rejected suggestions on social media that Menon had used computer assistance", "Same denial.")
OUT.append(P.out())

# ---------------- pair 7: Argentina whales
P = Pair("p7a_argentina_whale_stranding_southernconepress.txt", "p7b_argentina_whale_stranding_patagoniaherald.txt")
P.f("whales stranded", "agree", "quantity", "112 whales", "112 long-finned pilot whales",
    "A's revised count (first about 90) matches B.")
P.f("whales refloated", "conflict", "quantity", "47 whales", "39 whales", "47 vs 39.")
P.f("whales dead", "agree", "quantity", "About 60 whales", "58 whales", "Approximate vs exact.")
P.f("volunteers", "agree", "quantity", "More than 400 volunteers", "some 450 volunteers", "Compatible.")
P.f("length of beach", "agree", "quantity", "8-kilometre", "eight kilometres", "Same.")
P.f("weight per whale vs total", "related", "quantity", "up to 3 tonnes", "about 150 tonnes",
    "A: weight of one adult; B: all carcasses. Per-unit vs total.")
P.f("whales found", "agree", "date", "Sunday", "8 March", "Both 2026-03-08.")
P.f("previous stranding", "agree", "date", "2009", "2009", "Same year.")
P.f("burial", "conflict", "date", "Wednesday", "Thursday, 12 March", "2026-03-11 vs 2026-03-12.")
P.f("who said 'Every whale we put back...'", "conflict", "quote",
    "Every whale we put back in the water is a small victory,",
    "Every whale we put back in the water is a small victory,",
    "Same words: A gives them to biologist Sofia Ramallo, B to secretary Gustavo Ibarra.")
P.f("no time to be sad", "agree", "quote",
    "We had no time to be sad. You see an eye looking at you and you just push,",
    "There was no time to feel sad. A whale looks at you, and you push,", "Both quote Martin Echeverria; reworded.")
P.f("euthanasia", "conflict", "statement",
    "they will not euthanise the remaining whales", "Vets may euthanise whales that strand again",
    "Opposite polarity.")
P.f("next steps", "related", "statement",
    "Scientists plan to take tissue samples from the dead animals",
    "Tourism operators in Puerto Madryn asked the province to close the beach",
    "Compatible: sampling / beach-closure request.")
P.f("navy sonar", "agree", "statement",
    "The Argentine navy denied that sonar exercises had taken place",
    "The navy rejected suggestions on social media that its ships had been using sonar nearby", "Same denial.")
OUT.append(P.out())

# ---------------- pair 8: Korean shipyard order
P = Pair("p8a_korea_shipyard_order_asiapacificwire.txt", "p8b_korea_shipyard_order_ulsandaily.txt")
P.f("order value", "agree", "quantity", "$3.08 billion", "$3.08 billion", "Same.")
P.f("order value (headline)", "agree", "quantity", "$3.1 billion", "$3.08 billion", "A's headline rounds.")
P.f("ships ordered", "agree", "quantity", "12 liquefied natural gas carriers", "12 liquefied natural gas carriers",
    "Same (A first reported 10 ships).")
P.f("capacity", "agree", "quantity", "174,000 cubic metres", "174,000 cubic metres", "Same.")
P.f("share rise", "agree", "quantity", "6.4%", "6.4 per cent", "Same.")
P.f("price per ship", "agree", "quantity", "about $257 million", "about $257 million per ship", "Same.")
P.f("new hires", "conflict", "quantity", "1,500 workers", "about 2,000 additional workers", "1,500 vs about 2,000.")
P.f("backlog vs this order", "related", "quantity", "about $41 billion", "$3.08 billion",
    "A: whole order backlog; B: this order. Different measures.")
P.f("signing", "agree", "date", "Monday", "8 June", "Both 2026-06-08.")
P.f("last delivery", "conflict", "date", "2029", "2030", "Delivered by 2029 vs last ship in 2030.")
P.f("who said 'This order keeps our docks full...'", "conflict", "quote",
    "This order keeps our docks full until the end of the decade,",
    "This order keeps our docks full until the end of the decade,",
    "Same words: A gives them to CEO Kang Min-jae, B to union head Choi Young-ho.")
P.f("why Ulsan", "agree", "quote", "We chose Ulsan because they deliver on time,", "They deliver on schedule,",
    "Both quote Nikos Stavridis; reworded.")
P.f("outsourcing hull work", "conflict", "statement",
    "Hanbit will not outsource any hull work abroad",
    "the company may outsource some hull blocks to a partner yard in Vietnam", "Opposite polarity, both from Kang.")
P.f("plans", "related", "statement",
    "The company plans to buy two new gantry cranes", "the union plans to demand a special bonus",
    "Compatible: company cranes / union bonus demand.")
P.f("discount", "agree", "statement",
    "Hanbit denied reports that it had cut its price", "The company rejected reports of a discount", "Same denial.")
OUT.append(P.out())

with open(os.path.join(HERE, "gold", "pairs.gold.json"), "w", encoding="utf-8") as f:
    json.dump(OUT, f, ensure_ascii=False, indent=1)
    f.write("\n")
