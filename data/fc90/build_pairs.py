import json, os
from build_common import Pair, HERE

OUT = []

# ---------------- pair 1: Albania chrome royalty
P = Pair("p1a_albania_chrome_royalty_adriaticnewswire.txt", "p1b_albania_chrome_royalty_bulqizavoice.txt")
P.f("new royalty rate", "agree", "quantity", "10%", "10 per cent", "Same rate; A body (second '10%').", a_occ=2)
P.f("extra annual revenue", "agree", "quantity", "2.4 billion lekë", "about ALL 2.4 billion", "Same figure, B adds 'about' and the ISO code.")
P.f("jobs at risk at Dajti", "conflict", "quantity", "300 jobs", "450 jobs", "300 vs 450 jobs, both from Vesna Marku.")
P.f("Dajti workforce", "agree", "quantity", "around 1,900 people", "about 1.900 workers", "Same; B writes the thousands point in Albanian style.")
P.f("royalties paid by Dajti", "agree", "quantity", "1.3 billion lekë", "ALL 1,3 miliardë", "Same, decimal comma in B.")
P.f("miners in Bulqizë", "agree", "quantity", "about 4,000 miners", "about 4.000 miners", "Same.")
P.f("chrome-ore output last year", "agree", "quantity", "about 1.1 million tonnes", "some 1,1 million tonnes", "Same.")
P.f("ore price: fall vs level", "related", "quantity", "about 20%", "about $310 a tonne", "A: percentage fall since October; B: price per tonne in December. Different measures (310/390 is a ~21% fall, compatible).")
P.f("date the new rate applies", "conflict", "date", "March 1", "1 April", "2026-03-01 vs 2026-04-01.")
P.f("union protest", "agree", "date", "February 3", "3 February", "Both 2026-02-03, written two ways.")
P.f("day of the vote", "agree", "date", "Thursday", "yesterday", "Both 2026-01-22 (B published the next day).")
P.f("Kodheli on who owns the chrome", "agree", "quote",
    "The chrome belongs to the people of Dibër before it belongs to anyone in Tirana or abroad,",
    "The chrome belongs to the people of Dibër before it belongs to anyone in Tirana or abroad,", "Same words, same speaker.")
P.f("Marku on paying ten per cent", "agree", "quote",
    "We cannot pay a tax of ten per cent on a price that has fallen by a fifth,",
    "We cannot pay ten per cent on a price that has fallen by a fifth,", "Same speaker, slightly reworded.")
P.f("court challenge", "conflict", "statement",
    "The company said it would challenge the law in the Constitutional Court",
    "But Dajti will not go to court", "Opposite polarity: will challenge vs will not go to court.")
P.f("share of revenue for mining towns", "conflict", "statement",
    "30% of the new revenue would go to the municipalities",
    "a quarter of it would come back to the mining towns", "30% vs a quarter (25%), both attributed to Kodheli; B's fraction is ignored as a quantity, so scored as a statement.")
P.f("rate changes before and after", "related", "statement",
    "The government had first proposed a 12% rate in November",
    "Kodheli said the rate would be looked at again in 2028", "Earlier proposal vs future review: same topic, different events.")
P.f("export inspections at Durrës", "agree", "statement",
    "Inspectors will also check export declarations at the port of Durrës",
    "promised inspectors at the port of Durrës to stop under-valued shipments", "Same promise.")
OUT.append(P.out())

# ---------------- pair 2: Barbados flying-fish quota
P = Pair("p2a_barbados_flyingfish_quota_caribbeanpress.txt", "p2b_barbados_flyingfish_quota_oistinsobserver.txt")
P.f("season quota", "agree", "quantity", "1,800 tonnes", "1,800 tonnes", "Same.")
P.f("last season's landings", "agree", "quantity", "about 2,400 tonnes", "about 2.4 thousand tonnes", "Same, written differently.")
P.f("licensed boats", "conflict", "quantity", "420 licensed day-boats and iceboats", "some 460 licensed boats", "420 vs some 460.")
P.f("union's proposed limit", "agree", "quantity", "2,100 tonnes", "2,100 tonnes", "Same.")
P.f("first-offence fine", "agree", "quantity", "BDS$5,000", "$5,000", "Same; B's '$' is the Barbados dollar.")
P.f("fine: first vs repeat offence", "related", "quantity", "BDS$5,000", "up to $20,000", "A: first offence; B: repeat offence. Different measures.")
P.f("gear fund", "agree", "quantity", "BDS$3 million", "$3 million", "Same.")
P.f("price per pound now", "agree", "quantity", "about BDS$9 a pound", "$9 a pound", "Same.")
P.f("price per pound a year ago", "agree", "quantity", "BDS$6", "$6", "Same.")
P.f("landing markets", "agree", "quantity", "six markets", "six official markets", "Same.")
P.f("review after", "agree", "quantity", "eight weeks", "eight weeks", "Same.")
P.f("quota start date", "conflict", "date", "March 1", "March 15", "2026-03-01 vs 2026-03-15.")
P.f("day of the announcement", "agree", "date", "Monday", "yesterday", "Both 2026-02-16.")
P.f("who said 'no flying fish ... in ten years'", "conflict", "quote",
    "If we keep fishing as we have, there will be no flying fish to put on a cou-cou plate in ten years,",
    "If we keep fishing as we have, there will be no flying fish to put on a cou-cou plate in ten years, but if we stop fishing there will be no fishermen,",
    "Same words: A gives them to minister Alleyne, B to union president Griffith (who adds a second clause).")
P.f("compensation for lost catch", "conflict", "statement",
    "The government said it would not compensate boat owners for lost catch",
    "the Ministry plans to pay boat owners a one-off grant for lost fishing days", "Opposite: will not compensate vs plans a grant.")
P.f("causes of the decline", "agree", "statement",
    "Scientists blame warmer seas and the mats of sargassum",
    "warmer water and thick sargassum have driven the shoals further offshore", "Same causes.")
P.f("prices at the Fish Fry", "related", "statement",
    "Vendors at the Oistins Fish Fry, a Friday-night tourist draw, said prices could rise further",
    "A plate of fried flying fish and cou-cou at the Friday Fish Fry now sells for $35, vendors say",
    "Expected rise vs current plate price: same topic, different measure.")
OUT.append(P.out())

# ---------------- pair 3: Benin fire engines
P = Pair("p3a_benin_fire_engines_westafricawire.txt", "p3b_benin_fire_engines_lamatinalecotonou.txt")
P.f("fire engines ordered", "conflict", "quantity", "24 fire engines", "20 new fire engines", "24 vs 20 (body of each).", a_occ=2)
P.f("contract value", "agree", "quantity", "9.6 billion CFA franc", "9,6 milliards de FCFA", "Same, French number style in B.")
P.f("first delivery", "conflict", "date", "June", "September", "A: first six engines due in June; B: first trucks not before September.")
P.f("whole fleet delivered", "agree", "date", "December 2026", "December 2026", "Same.")
P.f("date of the fire", "agree", "date", "February 9", "9 February", "Both 2026-02-09.")
P.f("stalls destroyed", "agree", "quantity", "about 1,300 stalls", "some 1 300 stalls", "Same.")
P.f("duration of the fire", "agree", "quantity", "more than 11 hours", "11 hours", "Compatible.")
P.f("working engines now", "agree", "quantity", "31 working engines", "31 engines", "Same.")
P.f("population", "agree", "quantity", "some 14 million people", "more than 14 millions d'habitants", "Compatible (some vs more than).")
P.f("tank capacity", "agree", "quantity", "6,000 litres", "6 000 litres", "Same.")
P.f("compensation per trader", "agree", "quantity", "150,000 CFA francs", "150 000 FCFA", "Same.")
P.f("firefighters: total vs trained", "related", "quantity", "about 1,100 firefighters", "240 firefighters", "A: size of the fire service; B: number to be trained under the contract.")
P.f("Adjovi on never again", "agree", "quote",
    "Never again will we watch a market burn because our trucks could not get through,",
    "We will never again watch a market burn because our trucks could not reach it,", "Same speaker, reworded.")
P.f("Adjovi on the tender", "agree", "quote",
    "Three companies bid, and the best offer won,",
    "Three firms bid, and the best offer won. There is nothing to hide,", "Same speaker, reworded and extended.")
P.f("advance payment", "conflict", "statement",
    "the government had already paid a 30% advance to the supplier",
    "not a single franc has yet been paid to the supplier", "Has already paid vs has not yet paid.")
P.f("new fire stations", "conflict", "statement",
    "new fire stations would be built in Abomey-Calavi and Sèmè-Podji",
    "Residents of Sèmè-Podji, who have no station of their own, asked why their commune had been left out of the plan",
    "A: Sèmè-Podji gets a station; B: it was left out.")
P.f("reaction to the 'rushed' tender charge", "related", "statement",
    "He rejected suggestions by opposition deputies that the tender had been rushed",
    "The minister refused", "A: rejects the charge; B: refuses to send the file to the audit court. Different acts, compatible.")
OUT.append(P.out())

# ---------------- pair 4: Bhutan hazelnut scheme
P = Pair("p4a_bhutan_hazelnut_scheme_himalayanwire.txt", "p4b_bhutan_hazelnut_scheme_mongarmessenger.txt")
P.f("payment per acre", "conflict", "quantity", "Nu 12,000", "Nu 10,000", "Nu 12,000 vs Nu 10,000 (B body).", b_occ=2)
P.f("scheme budget", "agree", "quantity", "Nu 420 million", "Nu 420M", "Same.")
P.f("plant cost vs scheme budget", "related", "quantity", "Nu 180 million", "Nu 420M", "A: cost of the Mongar plant; B: whole scheme. Different measures.")
P.f("saplings", "agree", "quantity", "1.5 million saplings", "About 1.5 million saplings", "Same.")
P.f("guaranteed price", "agree", "quantity", "Nu 95 a kilogram", "Nu 95 per kg", "Same.")
P.f("guarantee period", "agree", "quantity", "ten years", "a decade", "Same period, spelled differently.")
P.f("plant jobs", "agree", "quantity", "120 people", "about 120 people", "Compatible.")
P.f("households signed up", "agree", "quantity", "2,300 farming households", "around 2,300 households", "Compatible.")
P.f("altitude band", "agree", "quantity", "between 1,200 and 2,400 metres", "between 1,200 and 2,400 metres", "Same range.")
P.f("first harvest", "conflict", "date", "2030", "2031", "2030 vs 2031, both from Druk Nutworks.")
P.f("registration opens", "agree", "date", "May 1", "1st May", "Both 2026-05-01.")
P.f("day of the announcement", "agree", "date", "Tuesday", "yesterday", "Both 2026-04-21.")
P.f("Wangdi on empty terraces", "agree", "quote",
    "Every empty terrace is a family that has left for the city,",
    "Each empty terrace is a family that left for the city, and we want them back,", "Same speaker, reworded (B merges two A sentences).")
P.f("Dorji on the price", "agree", "quote",
    "At Nu 95 a kilo, a family makes less than it would from potatoes,",
    "At Nu 95 a kilo, a family makes less than it would from potatoes,", "Same words, same speaker.")
P.f("state guarantee of payments", "conflict", "statement",
    "the state would guarantee payments",
    "The ministry has not yet decided whether the state will guarantee payment", "Will guarantee vs has not yet decided.")
P.f("plant opening vs first harvest", "related", "statement",
    "The company said it expected the first commercial harvest in 2030",
    "the plant would employ about 120 people and open in 2028", "Different milestones of the project.")
P.f("no planting on forest land", "agree", "statement",
    "it would not allow planting on forest land",
    "no saplings would be planted on forest land", "Same restriction.")
OUT.append(P.out())

# ---------------- pair 5: Belarus flax mill contract
P = Pair("p5a_belarus_flax_mill_contract_eurasiatradewire.txt", "p5b_belarus_flax_mill_contract_orshaherald.txt")
P.f("contract value", "conflict", "quantity", "$48 million", "$42 million", "$48m vs $42m (A body).", a_occ=2)
P.f("contract length", "conflict", "quantity", "three-year", "five years", "3 vs 5 years.")
P.f("yearly volume", "agree", "quantity", "about 9 million square metres", "about 9 million m²", "Same, unit abbreviated in B.")
P.f("workforce", "agree", "quantity", "about 4,200 people", "4 200 workers", "Same.")
P.f("exports last year", "agree", "quantity", "$61 million", "$61 million", "Same (2025).")
P.f("exports at two times", "related", "quantity", "$95 million", "$61 million", "A's $95m is 2021; B's $61m is 2025. Same measure, different years.")
P.f("flax fibre harvest", "agree", "quantity", "about 42,000 tonnes", "some 42 thousand tonnes", "Same.")
P.f("2026 target", "agree", "quantity", "50,000 tonnes", "50 000 tonnes", "Same.")
P.f("grower subsidy", "agree", "quantity", "180 rubles per hectare", "180 rubles per hectare", "Same.")
P.f("state loan", "agree", "quantity", "120 million Belarusian rubles", "120 million rubles", "Same.")
P.f("shipments start", "agree", "date", "September", "September", "Both 2026-09.")
P.f("day of signing", "agree", "date", "Tuesday", "Tuesday", "Both 2026-06-09.")
P.f("Zhuk's trip", "agree", "date", "August", "August", "Both 2026-08.")
P.f("who said 'keeps every loom running'", "conflict", "quote",
    "This contract keeps every loom in Orsha running until 2029,",
    "This contract keeps every loom in Orsha running until 2029,", "Same words: A gives them to director Zhuk, B to minister Savitsky.")
P.f("new hiring", "conflict", "statement",
    "the mill would hire 350 more workers",
    "there were no plans to take on new staff", "Will hire 350 vs no plans to hire (both Zhuk).")
P.f("share of output", "agree", "statement",
    "roughly 40% of its output", "That is around two-fifths of what the mill produces", "40% = two-fifths.")
P.f("further buyer", "related", "statement",
    "the ministry was considering a further deal with an Indian buyer",
    "a second Asian buyer was", "A: ministry considering an Indian deal; B: Zhuk says an Asian buyer is close. Different speakers and stages.")
OUT.append(P.out())

# ---------------- pair 6: Cambodia driving-test centres
P = Pair("p6a_cambodia_driving_test_centres_mekongnewswire.txt", "p6b_cambodia_driving_test_centres_phnompenhcourier.txt")
P.f("number of centres", "conflict", "quantity", "12 computerised driving-test centres", "Fifteen computerised driving-test centres", "12 vs 15.")
P.f("contract value", "agree", "quantity", "$27 million", "US$27 million", "Same (A body).", a_occ=2)
P.f("concession length", "agree", "quantity", "ten years", "ten-year", "Same.")
P.f("current test fee", "agree", "quantity", "80,000 riel", "80,000 riel", "Same.")
P.f("fee vs operator's share per test", "related", "quantity", "about $20", "about $6", "A: whole fee in dollars; B: company's cut per test.")
P.f("staff", "agree", "quantity", "about 600 staff", "roughly 600 people", "Same.")
P.f("tests per centre per day", "agree", "quantity", "up to 400 candidates a day", "as many as 400 tests a day", "Same cap.")
P.f("road deaths 2025", "agree", "quantity", "about 1,700", "About 1,700 people", "Same; A's noun is 'Road deaths' just before.")
P.f("licences issued", "agree", "quantity", "about 310,000 driving licences", "some 310 000 licences", "Same.")
P.f("bidders", "agree", "quantity", "four companies", "Four firms", "Same.")
P.f("first centre opens", "conflict", "date", "October 1", "January 2027", "2026-10-01 vs not before 2027-01.")
P.f("day of signing", "agree", "date", "Tuesday", "yesterday", "Both 2026-07-14.")
P.f("who said 'a licence must be earned'", "conflict", "quote",
    "A licence must be earned on the road, not bought in an office,",
    "A licence must be earned on the road, not bought in an office,", "Same words: A minister Sok Vannak, B chief executive Chhay Rithy.")
P.f("Keo on deaths and toll gates", "agree", "quote",
    "We want fewer deaths, not a new toll gate,", "We want fewer deaths, not a new toll gate,", "Same.")
P.f("test fee rise", "conflict", "statement",
    "it would not be raised during the concession",
    "the test fee will rise to 120,000 riel from 80,000 riel once the centres open", "Will not be raised vs will rise.")
P.f("small motorbikes", "agree", "statement",
    "Many riders of smaller motorbikes still do not need a licence",
    "riders of small motorbikes will still not need a licence", "Same.")
P.f("who pays", "related", "statement",
    "the concession would cost the state nothing",
    "Candidates will pay more.", "Cost to the state vs cost to candidates: different measures.")
OUT.append(P.out())

# ---------------- pair 7: Chad broadband rollout
P = Pair("p7a_chad_broadband_rollout_saheldispatch.txt", "p7b_chad_broadband_rollout_abechesentinel.txt")
P.f("length of the line", "conflict", "quantity", "1,100-kilometre", "1 300-km", "1,100 vs 1,300 km.")
P.f("project cost", "agree", "quantity", "78 billion CFA franc", "78 milliards de FCFA", "Same.")
P.f("price of a gigabyte", "agree", "quantity", "about 2,000 CFA francs", "around 2 000 FCFA", "Same.")
P.f("gigabyte vs café hour", "related", "quantity", "about 2,000 CFA francs", "500 francs", "A: price of a gigabyte; B: a student's price for an hour in a café.")
P.f("local hires", "agree", "quantity", "about 2,500 workers", "some 2,500 local people", "Same.")
P.f("schools connected", "agree", "quantity", "140 schools", "140 schools", "Same.")
P.f("internet users", "agree", "quantity", "about 12%", "about 12 per cent", "Same.")
P.f("cable laid per week", "agree", "quantity", "about 25 kilometres", "about 25 km", "Same.")
P.f("completion", "conflict", "date", "June 2028", "December 2027", "2028-06 vs 2027-12.")
P.f("Ati connected", "agree", "date", "March 2027", "March 2027", "Same.")
P.f("launch day", "agree", "date", "Tuesday", "yesterday", "Both 2026-09-15.")
P.f("Idriss on the east", "agree", "quote",
    "Today the east of Chad stops waiting for the world to come to it,",
    "The east of Chad will no longer wait for the world to come to it,", "Same speaker, reworded.")
P.f("who said 'a gigabyte should not cost a day's wages'", "conflict", "quote",
    "A gigabyte should not cost a day's wages,", "A gigabyte should not cost a day's wages,", "Same words: A minister Idriss, B Tchad Numérique head Saleh.")
P.f("data prices", "conflict", "statement",
    "Idriss promised that retail prices would fall by half within two years of the line opening",
    "the minister ruled out any cut in data prices before the line is paid off", "Promised halving vs ruled out any cut.")
P.f("AfDB share", "agree", "statement",
    "the African Development Bank loan covered 80% of the cost",
    "The African Development Bank is lending four-fifths of it", "80% = four-fifths.")
P.f("army escorts", "agree", "statement",
    "army units would escort work crews near Adré",
    "Work crews will be protected by the army near Adré", "Same.")
P.f("home connections", "related", "statement",
    "Home connections will be sold through mobile operators",
    "the mobile operators would set their own prices", "Who sells vs who sets prices.")
OUT.append(P.out())

# ---------------- pair 8: Jordan parking concession
P = Pair("p8a_jordan_parking_concession_levantbusinesswire.txt", "p8b_jordan_parking_concession_ammanstar.txt")
P.f("concession length", "agree", "quantity", "15-year", "15-year", "Same (A body).", a_occ=2)
P.f("spaces", "agree", "quantity", "12,000 street parking spaces", "around 12,000 spaces", "Same.")
P.f("pay machines", "agree", "quantity", "about 900 solar-powered pay machines", "900 machines", "Same.")
P.f("fixed yearly fee", "agree", "quantity", "JD2.5 million", "JD2.5m", "Same.")
P.f("revenue share", "conflict", "quantity", "35%", "30 per cent", "35% vs 30%.")
P.f("hourly charge in busy zones", "agree", "quantity", "500 fils an hour", "half a dinar an hour", "500 fils = half a dinar.")
P.f("city's earnings over the deal", "agree", "quantity", "about JD60 million", "some sixty million dinars", "Same.")
P.f("resident permit", "agree", "quantity", "JD30", "JD30", "Same.")
P.f("fine vs towing charge", "related", "quantity", "JD10", "JD25", "A: parking fine; B: towing charge on top of it.")
P.f("bidders", "conflict", "quantity", "Three consortia", "Two consortia", "3 vs 2.")
P.f("first zone live", "agree", "date", "January 10, 2027", "10 January 2027", "Same date written two ways.")
P.f("signing day", "agree", "date", "Monday", "yesterday", "Both 2026-11-09.")
P.f("mayor on circling cars", "agree", "quote",
    "Every car that circles a block looking for a space is burning money and patience,",
    "A car circling a block for a space burns money and patience,", "Same speaker, reworded.")
P.f("Obeidat on bad years", "agree", "quote",
    "We have had two bad years already,", "We have had two bad years already,", "Same.")
P.f("towing", "conflict", "statement",
    "The municipality denied that the operator would be allowed to tow cars",
    "the operator will be able to tow cars that block traffic", "Denied vs confirmed by the operator.")
P.f("delay for traders", "conflict", "statement",
    "The mayor refused. He said the municipality would not postpone the start",
    "the mayor had agreed to look again at the start date for the old city", "Refused vs agreed to look again.")
P.f("reactions", "related", "statement",
    "Their association said customers would go to malls with free parking instead",
    "welcomed the plan", "Traders' objection vs a motorist's support: different actors.")
OUT.append(P.out())

with open(os.path.join(HERE, "gold", "pairs.gold.json"), "w", encoding="utf-8") as f:
    json.dump(OUT, f, ensure_ascii=False, indent=1)
    f.write("\n")
