import json, os
from build_common import Pair, HERE

OUT = []

# ---------------- pair 1: Guernsey orchid show
P = Pair("p1a_guernsey_orchid_show_anglianewswire.txt", "p1b_guernsey_orchid_show_sarnianpost.txt")
P.f("plants on show", "conflict", "quantity", "About 1,200 plants", "more than 1,400 plants", "About 1,200 vs more than 1,400: incompatible.")
P.f("exhibitors", "agree", "quantity", "68 exhibitors", "sixty-eight exhibitors", "Same figure, digits vs words.")
P.f("first-time exhibitors", "agree", "quantity", "Twenty-three of the exhibitors", "23 newcomers", "Same 23, words vs digits.")
P.f("years the plant has been kept", "agree", "quantity", "17 years", "seventeen years", "Same.")
P.f("flowers on the champion plant", "agree", "quantity", "nine flowers", "nine blooms", "Same count, different noun.")
P.f("visitors", "related", "quantity", "about 1,800 visitors", "Some 3,100 visitors", "A: first day only (Saturday); B: both days. Two moments, not a conflict.")
P.f("money: entry price vs sum raised", "related", "quantity", "£6", "£14,000", "A: ticket price; B: total raised for the hospice. Same currency, different measures.")
P.f("day of the judging", "agree", "date", "Saturday", "Saturday 24 January", "Both 2026-01-24.")
P.f("next winter show", "conflict", "date", "23 January 2027", "30 January 2027", "2027-01-23 vs 2027-01-30.")
P.f("who said 'never had so many first-time exhibitors'", "conflict", "quote",
    "We have never had so many first-time exhibitors on the benches,", "We have never had so many first-time exhibitors on the benches,",
    "Same words: A gives them to chairwoman Maureen Ogier, B to show secretary Graham Duquemin.")
P.f("compost heap remark", "agree", "quote",
    "I nearly threw it on the compost heap in 2019, it looked that sorry for itself,", "I almost put it on the compost in 2019 because it looked so poorly",
    "Same speaker (Ronald Le Page), reworded.")
P.f("year the plant nearly went on the compost", "agree", "date", "2019", "2019", "Same year (inside the two quotes).")
P.f("moving the show to a bigger hall", "conflict", "statement",
    "Ogier said the society had agreed to move next year's show to a larger hall at the centre",
    "Mr Duquemin ruled out moving the show from the centre's main hall next year",
    "Opposite polarity: agreed to move vs ruled out moving.")
P.f("plant not for sale", "agree", "statement",
    "He said he would not sell it, whatever he was offered.",
    "had no intention of parting with it",
    "Same refusal to sell (B adds a rejected offer).")
P.f("other events of the society", "related", "statement",
    "also plans to hold a spring show in May for the first time",
    "The society is also considering a summer open day at its members' shared glasshouse in the Castel",
    "Different additional events (spring show vs summer open day): compatible.")
P.f("society membership", "agree", "quantity", "about 140 members", "almost 150", "About 140 and almost 150 are compatible approximations of one membership.")
OUT.append(P.out())

# ---------------- pair 2: Jersey public holiday
P = Pair("p2a_jersey_public_holiday_anglianewswire.txt", "p2b_jersey_public_holiday_islandgazette.txt")
P.f("cost to the economy", "conflict", "quantity", "about £9 million", "£11m", "Chamber of Commerce cost a year: about £9m vs £11m.")
P.f("lost output vs total cost", "related", "quantity", "about £7 million", "£11m", "A: the lost-output part of the cost; B: the whole yearly cost. Part vs whole.")
P.f("first Island Day", "conflict", "date", "5 October 2026", "4 October 2027", "2026-10-05 vs 2027-10-04 (B: law cannot pass in time for 2026).")
P.f("day of the vote", "agree", "date", "Tuesday", "Tuesday 10 March", "Both 2026-03-10.")
P.f("public holidays a year", "agree", "quantity", "ten", "10 public holidays", "Same total, words vs digits.")
P.f("consultation responses", "agree", "quantity", "2,340 responses", "About 2,300 people", "B rounds A's 2,340.")
P.f("share in favour", "agree", "quantity", "71%", "71 per cent", "Same.")
P.f("government overtime bill", "agree", "quantity", "about £240,000", "around £240,000", "Same.")
P.f("who said 'a day for everyone who calls Jersey home'", "conflict", "quote",
    "This is a day for everyone who calls Jersey home, whether they were born here or arrived last year,",
    "This is a day for everyone who calls Jersey home,",
    "Same words: A gives them to Deputy Sarah Le Cornu, B to Chief Minister Philip Renouf.")
P.f("Chamber president on small firms", "agree", "quote",
    "Small firms will pay for this, and nobody has asked them how,", "left to pick up the bill",
    "Same speaker (Martin Vibert), different words for the same complaint.")
P.f("help for businesses", "conflict", "statement",
    "the government had refused to compensate businesses for the extra day and would not offer a rates rebate or grant",
    "ministers were considering a one-off rates rebate for the smallest shops and cafés",
    "Opposite modality: refused / would not offer a rates rebate vs considering one.")
P.f("day of the week", "agree", "statement", "will fall on the first Monday of October", "will fall on the first Monday of October", "Same rule.")
P.f("Guernsey's position", "agree", "statement", "Guernsey said it had no plans to follow suit.", "has no proposals of its own", "Same.")
P.f("tourism benefit", "agree", "statement",
    "Supporters argued that October, the start of the low season for tourism, was the month in which a long weekend would do most for hotels and restaurants.",
    "an October long weekend could bring 3,000 extra visitors from the UK and France, filling rooms at the start of the quiet season",
    "Same argument (B gives a hotelier's figure).")
P.f("remaining law-making steps", "related", "statement",
    "which must return to the Assembly for a final vote before the summer recess in July",
    "the law change cannot pass through the Assembly and the Privy Council in time for this year",
    "A: final Assembly vote by July; B: Assembly and Privy Council too slow for 2026. Different steps, compatible.")
OUT.append(P.out())

# ---------------- pair 3: Isle of Man bilingual road signs
P = Pair("p3a_isleofman_manx_road_signs_northlightpress.txt", "p3b_isleofman_manx_road_signs_manxeveningstar.txt")
P.f("total cost", "conflict", "quantity", "£1.8 million", "£2.1m", "£1.8m vs £2.1m over five years.")
P.f("signs to be changed", "agree", "quantity", "About 2,600 signs", "some 2,600 signs", "Same.")
P.f("cost per sign", "agree", "quantity", "about £690", "about £690", "Same.")
P.f("first batch vs first year", "related", "quantity", "400 signs", "Around 500 signs", "A: first batch starting 1 June; B: signs changed in the first twelve months. Two different measures.")
P.f("length of programme", "agree", "quantity", "five years", "five years", "Same.")
P.f("Manx speakers in the census", "agree", "quantity", "About 2,200 residents", "some 2,200 residents", "Same.")
P.f("start of the work", "agree", "date", "1 June", "June", "2026-06-01 vs 2026-06: same at two grains.")
P.f("day of the Tynwald vote", "agree", "date", "Tuesday", "Tuesday 14 April", "Both 2026-04-14.")
P.f("last native speaker died", "agree", "date", "1974", "1974", "Same.")
P.f("census year", "agree", "date", "2021", "2021", "Same.")
P.f("who said 'a language you never see'", "conflict", "quote",
    "A language you never see is a language you stop hearing,", "A language you never see is a language you stop hearing,",
    "Same words: A gives them to minister Aalin Kewley, B to Culture Vannin's Breesha Quayle.")
P.f("Treasury approval of the money", "conflict", "statement",
    "The Treasury has approved the funding", "the Treasury has not yet approved the funding",
    "Opposite polarity: has approved vs has not yet approved.")
P.f("signs in good condition", "agree", "statement",
    "He ruled out taking down signs that are still in good condition",
    "no sign in good condition would be taken down early", "Same.")
P.f("order of the languages", "agree", "statement",
    "English will appear above Manx in the same size of type on every sign",
    "English will sit above the Manx on every sign, with both in the same size of lettering", "Same.")
P.f("precedents elsewhere", "related", "statement",
    "Wales and Ireland already use bilingual road signs, and Scotland has added Gaelic to signs in much of the Highlands.",
    "Manx campaigners have long pointed to Wales, where bilingual signs have been standard since the 1970s.",
    "Both cite other countries' bilingual signs, with different scope and detail.")
OUT.append(P.out())

# ---------------- pair 4: Gibraltar dog microchips
P = Pair("p4a_gibraltar_dog_microchips_meridianwire.txt", "p4b_gibraltar_dog_microchips_rockherald.txt")
P.f("maximum fine", "conflict", "quantity", "up to £500", "up to £1,000", "£500 vs £1,000.")
P.f("deadline to chip", "conflict", "date", "October 1, 2026", "1st September", "2026-10-01 vs 2026-09-01.")
P.f("day of the vote", "agree", "date", "Monday", "Monday 8th June", "Both 2026-06-08.")
P.f("dogs on the Rock", "agree", "quantity", "about 4,500 dogs", "Roughly 4,500 dogs", "Same.")
P.f("share already chipped", "agree", "quantity", "about 60%", "about 60 per cent", "Same.")
P.f("price of a chip at a vet", "agree", "quantity", "between £25 and £35", "about £30", "£30 lies in the £25-£35 range.")
P.f("free clinics", "agree", "quantity", "three free clinics", "three free sessions", "Same.")
P.f("scanners", "agree", "quantity", "20 scanners", "twenty handheld scanners", "Same, digits vs words.")
P.f("penalty for abandoning a dog", "agree", "quantity", "£5,000", "£5,000", "Same.")
P.f("visiting dogs' stay", "agree", "quantity", "more than 30 days", "more than a month", "Same threshold in days vs a month.")
P.f("public money spent", "related", "quantity", "about £12,000", "some £40,000", "A: cost of the scanners; B: last year's cost of keeping strays. Different measures.")
P.f("who said 'a chip takes ten seconds'", "conflict", "quote",
    "A chip takes ten seconds and can bring a lost dog home in ten minutes,", "A chip takes ten seconds and can bring a lost dog home in ten minutes,",
    "Same words: A gives them to minister Carlos Risso, B to Chief Veterinary Officer Miriam Sheriff.")
P.f("extending the rule to cats", "conflict", "statement",
    "the government had agreed to extend the rule to cats from next year",
    "He ruled out extending the law to cats", "Opposite polarity: agreed to extend vs ruled out.")
P.f("unanimous vote", "agree", "statement", "approved unanimously", "passed unanimously", "Same.")
P.f("fines as a last resort", "agree", "statement",
    "The government said fines would be used only as a last resort.",
    "the goal was to reunite lost dogs with their families, not to punish anyone", "Same stance, different words.")
P.f("leniency for owners", "related", "statement",
    "asked for a grace period for elderly owners on low incomes",
    "Owners found without a chip will first be given 28 days to comply before any fine is issued",
    "A: opposition request for a grace period; B: a 28-day period in the rules. Related, not the same fact.")
OUT.append(P.out())

# ---------------- pair 5: Tokelau rainwater tanks
P = Pair("p5a_tokelau_rainwater_tanks_oceaniapress.txt", "p5b_tokelau_rainwater_tanks_teaootokelau.txt")
P.f("grant per household", "agree", "quantity", "NZ$3,500", "$3,500", "Same (B's $ is the New Zealand dollar).")
P.f("size of the scheme", "agree", "quantity", "NZ$1.2 million", "$1.2m", "Same.")
P.f("households", "agree", "quantity", "about 340 households", "all 340 households", "Same.")
P.f("tank size", "conflict", "quantity", "10,000-litre", "12,000 litres", "10,000 vs 12,000 litres.")
P.f("applications open", "conflict", "date", "August 3", "17 August", "2026-08-03 vs 2026-08-17.")
P.f("day of the Fono vote", "agree", "date", "Tuesday", "Tuesday 14 July", "Both 2026-07-14.")
P.f("days on desalinated water", "agree", "quantity", "41 days", "almost six weeks", "41 days is almost six weeks.")
P.f("water ration", "agree", "quantity", "20 litres", "20 litres", "Same, a person a day.")
P.f("whole scheme vs Tokelau's share", "related", "quantity", "NZ$1.2 million", "about $400,000", "A: the whole scheme; B: Tokelau's own third. Part vs whole.")
P.f("first shipment", "agree", "date", "September", "September", "Both 2026-09.")
P.f("cyclone that brought the old tanks", "agree", "date", "2005", "2005", "Same.")
P.f("start of last year's drought", "agree", "date", "June", "June", "Both 2025-06.", a_after="dry spell", b_after="drought lasted")
P.f("Ulu-o-Tokelau on rain from roofs", "agree", "quote",
    "Every drop that falls on a roof is a drop we do not have to ship,", "every drop on a roof is a drop we don't need to ship",
    "Same speaker (Iosefa Kalolo), reworded: B quotes a shorter form inside reported speech.")
P.f("New Zealand's share", "conflict", "statement",
    "New Zealand has agreed to pay two-thirds of the cost of the scheme",
    "Wellington has not yet approved its share", "Opposite polarity: has agreed vs has not yet approved.")
P.f("priority households", "agree", "statement",
    "Households with elderly members, young children or people with disabilities will be served first.",
    "Homes with elders, babies or disabled family members go to the front of the queue.", "Same.")
P.f("other water measures", "related", "statement",
    "The desalination units, which run on diesel and solar power, will be kept as a back-up",
    "The public works teams will run guttering workshops on each atoll before the first shipment",
    "Different complementary measures, compatible.")
OUT.append(P.out())

# ---------------- pair 6: Niue dark-sky streetlights
P = Pair("p6a_niue_dark_sky_lights_southernwire.txt", "p6b_niue_dark_sky_lights_talaniue.txt")
P.f("project cost", "conflict", "quantity", "NZ$640,000", "$580,000", "NZ$640,000 vs $580,000 (NZD).")
P.f("lights to be changed", "agree", "quantity", "All 412 streetlights", "about 400 lamps", "B rounds 412.")
P.f("completion", "conflict", "date", "March 2027", "December", "2027-03 vs 2026-12.")
P.f("start of the work", "agree", "date", "Monday", "Monday 7 September", "Both 2026-09-07.")
P.f("power saving", "agree", "quantity", "about 60%", "60 per cent", "Same.")
P.f("Dark Sky Nation status", "agree", "date", "2020", "2020", "Same.")
P.f("visitors in the year to June", "agree", "quantity", "about 10,000 visitors", "about 10,000 visitors", "Same.")
P.f("spare lamps", "agree", "quantity", "25 spare fittings", "25 spare lamps", "Same.")
P.f("local workers", "agree", "quantity", "14 local workers", "fourteen local men and women", "Same, digits vs words.")
P.f("total cost vs cost per lamp", "related", "quantity", "NZ$640,000", "about $1,400", "A: total; B: per lamp. Different measures.")
P.f("age of the old lights", "agree", "quantity", "more than 20 years", "more than two decades", "Same in years vs decades.")
P.f("who said 'our night sky is the one thing'", "conflict", "quote",
    "Our night sky is the one thing on Niue that visitors cannot get anywhere else,", "Our night sky is the one thing on Niue that visitors cannot get anywhere else,",
    "Same words: A gives them to Premier Manogi Vaha, B to tourism director Fetuao Viliamu.")
P.f("councillor on the stars", "agree", "quote",
    "The stars were here before the streetlights,", "The stars were here before the streetlights. We are only giving them back,",
    "Same speaker (Lagi Pulehetoa); A splits the quote in two.")
P.f("switch-off hours for businesses", "conflict", "statement",
    "The Premier ruled out imposing switch-off hours on resorts and restaurants",
    "the government is considering requiring resorts, bars and shops to turn off outdoor lights after 11 p.m.",
    "Opposite modality: ruled out vs is considering.")
P.f("who pays", "agree", "statement",
    "paid for by a grant from the Auckland-based Tangaroa Skies Foundation and by Niue's own infrastructure budget",
    "Most of the money comes from the Tangaroa Skies Foundation, with the government paying the rest", "Same funding split.")
P.f("road safety", "related", "statement",
    "The police said they had recorded no increase in crashes on the stretch already converted in a trial last year.",
    "Villagers along the ring road had raised concerns about safety.",
    "A: police crash record; B: villagers' concerns. Same topic, different facts.")
OUT.append(P.out())

# ---------------- pair 7: Juba street addresses
P = Pair("p7a_southsudan_juba_street_addresses_hornafricanewswire.txt", "p7b_southsudan_juba_street_addresses_nilestar.txt")
P.f("buildings to be numbered", "conflict", "quantity", "About 120,000 buildings", "about 150,000 homes, shops and offices", "About 120,000 vs about 150,000.")
P.f("cost", "agree", "quantity", "$4.8 million", "$4.8 million", "Same.")
P.f("cost in South Sudanese pounds", "agree", "quantity", "$4.8 million", "about SSP 21.6 billion", "Same cost converted at about 4,500 pounds to the dollar.")
P.f("launch", "agree", "date", "Tuesday", "13th October", "Both 2026-10-13.")
P.f("next districts", "conflict", "date", "November 2", "16th November", "2026-11-02 vs 2026-11-16.")
P.f("completion", "agree", "date", "2027", "December 2027", "2027 vs 2027-12: same at two grains.")
P.f("streets: all vs first phase", "related", "quantity", "some 1,900 streets", "600 streets", "A: all streets; B: the first phase. Part vs whole.")
P.f("streets named after women", "agree", "quantity", "Some 40 streets", "around 40 streets", "Same.")
P.f("name suggestions", "agree", "quantity", "2,600 suggestions", "about 2,600 ideas", "Same.")
P.f("buildings paying rates", "agree", "quantity", "about 18,000 buildings", "18,000 properties", "Same.")
P.f("mayor on addresses and ambulances", "agree", "quote",
    "A house without an address is a house the ambulance cannot find,", "a house with no address is a house an ambulance can never find",
    "Same speaker (Mayor Gabriel Lado Wani), reworded.")
P.f("fee for number plates", "conflict", "statement",
    "he ruled out charging a fee later",
    "The council is considering a fee of SSP 5,000 for each number plate",
    "Opposite modality: ruled out vs is considering.")
P.f("funder", "agree", "statement", "The programme is funded by the Nordic Urban Fund", "most of it from the Nordic Urban Fund", "Same.")
P.f("digital map", "agree", "statement",
    "a digital map that the council plans to share with the police, hospitals, utilities and delivery companies",
    "a digital map that the police, the fire brigade, hospitals and mobile money companies will be able to use", "Same map, overlapping users.")
P.f("critics of priorities", "agree", "statement",
    "Critics say the money would be better spent on drainage and roads",
    "Some residents questioned the priorities of the council.", "Same criticism.")
P.f("next steps", "related", "statement",
    "said it hopes to extend addressing to Wau and Malakal once Juba's work is complete",
    "The council expects the map to go online in March.", "Different later steps, compatible.")
OUT.append(P.out())

# ---------------- pair 8: Puerto Rico daylight saving time
P = Pair("p8a_puertorico_daylight_saving_atlanticpress.txt", "p8b_puertorico_daylight_saving_diariolaceiba.txt")
P.f("yearly saving in the university study", "conflict", "quantity", "about $35 million", "$53 million", "About $35m vs $53m a year, same study.")
P.f("first clock change", "conflict", "date", "March 14, 2027", "March 7, 2027", "2027-03-14 vs 2027-03-07.")
P.f("day of the votes", "agree", "date", "Monday", "Monday, November 16", "Both 2026-11-16.")
P.f("size of the change", "agree", "quantity", "one hour", "one hour", "Same.")
P.f("time without daylight saving", "agree", "quantity", "more than eight decades", "81 years", "81 years is more than eight decades.")
P.f("share opposed in the poll", "agree", "quantity", "54%", "54 per cent", "Same.")
P.f("month of the poll", "agree", "date", "October", "October", "Both 2026-10.")
P.f("offset from UTC", "agree", "quantity", "four hours", "four hours", "Same.")
P.f("last year of daylight saving", "agree", "date", "1945", "1945", "Same.")
P.f("saving: total vs per household", "related", "quantity", "about $35 million", "about $18", "A: total a year; B: per household. Different measures.")
P.f("who said 'one more hour of sunlight'", "conflict", "quote",
    "We will have one more hour of sunlight when people are awake to use it,", "We will have one more hour of sunlight when people are awake to use it,",
    "Same words: A gives them to Representative Carmen Ocasio Rivera, B to merchants' leader Luis Vélez.")
P.f("governor and the bill", "conflict", "statement",
    "the governor had agreed to sign the bill", "the governor refused to commit to signing the bill",
    "Opposite polarity: agreed to sign vs refused to commit.")
P.f("children in the dark", "agree", "statement",
    "said children would be walking to school in the dark in March",
    "forcing children to walk or wait for buses in the dark", "Same objection.")
P.f("farmers oppose", "agree", "statement",
    "Opponents, including many farmers", "Farmers in the central mountains, who start work at dawn, also oppose it.", "Same.")
P.f("link to mainland rules", "related", "statement",
    "lets the executive suspend the change if federal law makes daylight time permanent nationwide",
    "Puerto Rico would then change its clocks on the same weekends as the U.S. mainland",
    "Different provisions tying the island's clock to federal/mainland practice.")
OUT.append(P.out())

with open(os.path.join(HERE, "gold", "pairs.gold.json"), "w", encoding="utf-8") as f:
    json.dump(OUT, f, ensure_ascii=False, indent=1)
    f.write("\n")
