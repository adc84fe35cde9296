import json, os
from build_common import Pair, HERE

OUT = []

# ---------------- pair 1: Greenland cruise levy
P = Pair("p1a_greenland_cruise_levy_arcticwire.txt", "p1b_greenland_cruise_levy_nuuknyt.txt")
P.f("new daily levy per passenger", "agree", "quantity", "120 Danish kroner", "DKK 120", "Same new rate.")
P.f("old levy", "agree", "quantity", "50 kroner", "DKK 50", "Same current rate.", a_after="per person per day")
P.f("votes against the bill", "conflict", "quantity", "12", "14", "17 votes to 12 (two absent) vs 17 votes to 14.", a_after="17 votes to", b_after="17 votes to")
P.f("expected revenue", "agree", "quantity", "about 95 million kroner", "some DKK 95 mio.", "Same estimate (B also gives the ministry's earlier DKK 80 million).")
P.f("cruise passengers in 2025", "agree", "quantity", "Some 68,000 cruise passengers", "67,800 cruise passengers", "A rounds 67,800.")
P.f("growth last year", "related", "quantity", "14%", "9 per cent", "A: passengers up 14%; B: port calls up 9%. Different measures.")
P.f("port calls at risk", "agree", "quantity", "at least 40 port calls", "around 40 port calls", "Compatible: at least 40 / around 40.")
P.f("fine for not reporting", "agree", "quantity", "up to 500,000 kroner", "up to DKK 500,000", "Same ceiling.")
P.f("levy vs harbour fee", "related", "quantity", "120 Danish kroner", "DKK 9", "A: levy per passenger a day; B: harbour fee per gross tonne. Different charges in the same currency.", b_after="harbour fee of")
P.f("day of the vote", "conflict", "date", "Monday", "yesterday", "A: Monday 2026-01-19; B (published 21 Jan): yesterday = 2026-01-20.")
P.f("levy takes effect", "agree", "date", "June 1", "1 June 2026", "Both 2026-06-01.")
P.f("who said 'not a free harbour for floating hotels'", "conflict", "quote",
    "Greenland is not a free harbour for floating hotels,", "Greenland is not a free harbour for floating hotels,",
    "Same words: A gives them to minister Lynge, B to Ilulissat mayor Olsen.")
P.f("association on the timing", "agree", "quote", "The timing could hardly be worse,",
    "We sold these trips a year ago. Nobody can send passengers a new bill now,", "Both Storgaard; different words, same complaint.")
P.f("exemption for voyages already sold", "conflict", "statement",
    "Lynge ruled out any exemption for voyages already sold",
    "the government is considering a one-year grace period for voyages sold before September 2025",
    "Opposite polarity: ruled out vs considering a grace period for the same voyages.")
P.f("levy aimed at foreign lines", "agree", "statement",
    "She also denied that the levy was aimed at foreign-owned lines",
    "Business Minister Aviaaja Lynge rejected claims that the levy targeted foreign operators", "Same denial by Lynge.")
P.f("operators' response", "related", "statement",
    "The association asked for a meeting with Premier Malik Berthelsen",
    "some members were considering moving calls to Iceland and Svalbard",
    "A: association asks for a meeting; B: members consider moving calls. Different actions, compatible.")
OUT.append(P.out())

# ---------------- pair 2: Faroe tunnel tolls
P = Pair("p2a_faroeislands_tunnel_tolls_utvarpforoya.txt", "p2b_faroeislands_tunnel_tolls_faroebusinessreview.txt")
P.f("new car toll", "agree", "quantity", "100 kroner", "DKK 100", "Same new toll.", a_occ=2)
P.f("old car toll", "agree", "quantity", "175 kroner", "DKK 175", "Same.")
P.f("cost to the treasury", "conflict", "quantity", "about 60 million kroner", "DKK 48 million", "About 60 vs 48 million kroner a year for the same lost income.")
P.f("monthly pass", "agree", "quantity", "350 kroner", "DKK 350", "Same.")
P.f("lorry toll", "conflict", "quantity", "450 kroner", "DKK 400", "A: lorries keep paying 450 kroner; B: cut to 400.", a_occ=2)
P.f("tunnel company debt", "agree", "quantity", "about 1.9 billion kroner", "DKK 1.9 billion", "Same.")
P.f("daily traffic", "agree", "quantity", "About 9,000 vehicles", "8,700 vehicles", "A rounds 8,700.")
P.f("size of the car cut", "related", "quantity", "43%", "DKK 75", "A: percentage; B: absolute cut per trip. Same cut, different measures (75/175 = 43%).")
P.f("toll cut takes effect", "agree", "date", "March 1", "1 March", "Both 2026-03-01.")
P.f("announcement", "agree", "date", "Thursday", "yesterday", "Both 2026-02-12.")
P.f("loans repaid by", "conflict", "date", "2040", "2045", "A: repaid by 2040 as planned; B: extension to 2045 requested.")
P.f("budget vote", "agree", "date", "February 24", "24 February", "Both 2026-02-24.")
P.f("who said 'tunnels are roads'", "conflict", "quote",
    "Tunnels are roads, and roads should not be a luxury,", "Tunnels are roads, and roads should not be a luxury,",
    "Same words: A gives them to transport minister Joensen, B to prime minister Nolsøe.")
P.f("extending the loans", "conflict", "statement",
    "Hansen said the company would not need to extend its loans",
    "the company has asked its banks to extend the repayment period",
    "Opposite polarity: no need to extend vs has asked the banks to extend.")
P.f("scrapping the tolls", "agree", "statement",
    "Joensen rejected calls from some members of the Løgting to scrap the tolls altogether",
    "Both rejected demands from the opposition to scrap the tolls entirely", "Same refusal.")
P.f("free passage requests", "related", "statement",
    "asked for free passage for school buses",
    "would now push for free passage for ambulances and fire engines",
    "Same council, different vehicles: school buses vs emergency vehicles.")
OUT.append(P.out())

# ---------------- pair 3: Gibraltar frontier queues
P = Pair("p3a_gibraltar_frontier_queues_gibraltarcourier.txt", "p3b_gibraltar_frontier_queues_iberiapress.txt")
P.f("longest wait", "conflict", "quantity", "up to four hours", "up to five hours", "Peak wait: up to 4 vs up to 5 hours, same queue this week.")
P.f("daily frontier workers", "agree", "quantity", "some 15,000 people", "About 15,000 people", "Same.")
P.f("vehicles on a weekday", "agree", "quantity", "Around 11,000 vehicles", "Some 11,400 vehicles", "Compatible: around 11,000 / 11,400.")
P.f("length of the queue", "agree", "quantity", "3 kilometres", "nearly two miles", "Same length in two units (3 km = 1.9 miles).")
P.f("trade lost per day", "agree", "quantity", "£1.2 million", "about £1.2m", "Same estimate.")
P.f("fall in trade", "related", "quantity", "30%", "40%", "A: Gibraltar retail sales down 30%; B: La Línea footfall down 40%. Different measures and places.")
P.f("spending on the checks", "related", "quantity", "about £45,000", "€2.3 million", "A: Gibraltar's monthly cost of extra staff; B: Spain's cost of the kiosks. Different things.")
P.f("extra personnel", "related", "quantity", "20 extra staff", "16 new officers", "A: Gibraltar's traffic staff on the British side; B: Spanish officers arriving next week. Different people and sides.")
P.f("checks began", "agree", "date", "Monday", "April 6", "Both 2026-04-06.")
P.f("meeting with Spanish officials", "conflict", "date", "next Tuesday", "April 15", "A (published Thu 9 April): next Tuesday = 2026-04-14; B: 2026-04-15.")
P.f("who said 'sleeping in their cars'", "conflict", "quote",
    "People are sleeping in their cars to get to work,", "People are sleeping in their cars to get to work,",
    "Same words: A gives them to Carmen Vallecillo (workers' platform), B to La Línea mayor Juan Carlos Ortega.")
P.f("Chief Minister on the frontier", "agree", "quote",
    "This frontier is the lifeline of the whole region, not a line on a map,", "is the lifeline of the region.",
    "Both Sacarello in parliament; B gives a shorter fragment.")
P.f("extra lanes for workers", "conflict", "statement",
    "his government had agreed to open two extra lanes for workers who hold frontier permits",
    "Spain would not open separate lanes for frontier workers",
    "Opposite polarity, same speaker (Molina): agreed vs would not.")
P.f("checks as pressure on Gibraltar", "agree", "statement",
    "The Spanish interior ministry denied that the checks were designed to put pressure on Gibraltar",
    "Molina rejected suggestions that Madrid was using the checks to put pressure on Gibraltar",
    "Same denial (ministry / sub-delegate).")
P.f("help for those affected", "related", "statement",
    "It asked the government for compensation for small businesses",
    "Sacarello also pledged to pay for free shuttle buses",
    "A: chamber asks for compensation; B: chief minister pledges shuttle buses. Different measures.")
OUT.append(P.out())

# ---------------- pair 4: Isle of Man TT media rights
P = Pair("p4a_isleofman_tt_rights_manxexaminer.txt", "p4b_isleofman_tt_rights_grandstandwire.txt")
P.f("deal value (headline, rounded)", "agree", "quantity", "£25m", "£24.6m", "A's headline rounds £24.6m.")
P.f("deal value", "agree", "quantity", "£24.6 million", "£24.6m", "Same.", b_occ=2)
P.f("contract length", "agree", "quantity", "five-year", "five-year", "Same.")
P.f("TT audience last year", "conflict", "quantity", "more than 14 million viewers", "Around 11 million people",
    "Same 2025 audience: more than 14 million vs around 11 million.")
P.f("visitors last year", "agree", "quantity", "About 42,000 visitors", "42,500 visitors", "Compatible.")
P.f("rights money for prizes", "related", "quantity", "10%", "About £2.4m", "A: share of the income; B: amount in pounds. Consistent (10% of £24.6m), different measures.")
P.f("TT money for the economy", "related", "quantity", "around £30 million", "£28m",
    "A: expected for this year's event; B: visitor spending last year. Different years.")
P.f("deal announced", "agree", "date", "Wednesday", "Wednesday", "Both 2026-05-13.")
P.f("this year's races begin", "agree", "date", "May 31", "31 May", "Both 2026-05-31.")
P.f("first races under the new deal", "conflict", "date", "next year", "2028", "A: from next year's races (2027); B: from the 2028 event.")
P.f("Veloxa founded", "agree", "date", "2019", "2019", "Same.")
P.f("who said 'greatest road race on earth'", "conflict", "quote",
    "The TT is the greatest road race on earth, and now the whole earth can watch it,",
    "The TT is the greatest road race on earth, and now the whole earth can watch it,",
    "Same words: A gives them to minister Kermode, B to Veloxa's chief executive Caldwell.")
P.f("riders' complaint", "agree", "quote",
    "Riders risk their lives on that course. A few more pounds in the prize fund does not change that,",
    "If they can find £24 million for television, they can find the money to insure the people who make the show,",
    "Both Dean Quayle; different words, same complaint.")
P.f("free highlights in the UK", "conflict", "statement",
    "Mr Kermode said free-to-air highlights would remain available to viewers in the United Kingdom",
    "UK viewers will no longer be able to watch highlights free of charge, Veloxa confirmed",
    "Opposite polarity: highlights stay free vs no longer free.")
P.f("broadcaster's say over the schedule", "agree", "statement",
    "He rejected claims that Veloxa would be able to change the race schedule",
    "He denied that Veloxa would gain any say over the timetable", "Same denial by Kermode.")
P.f("riders and broadcaster plans", "related", "statement",
    "asked for a share of the money to pay for rider insurance",
    "the company planned to fit onboard cameras to 30 bikes",
    "A: riders ask for insurance money; B: Veloxa's camera plans. Different actors and matters.")
OUT.append(P.out())

# ---------------- pair 5: Jersey cable fault
P = Pair("p5a_jersey_cable_fault_channelislandsradio.txt", "p5b_jersey_cable_fault_jerseygazette.txt")
P.f("repair time", "conflict", "quantity", "about six weeks", "between eight and ten weeks", "About six weeks vs eight to ten weeks for the same repair.")
P.f("share of power via the cable", "agree", "quantity", "about 95%", "More than 90 per cent", "Compatible.")
P.f("customers", "agree", "quantity", "about 52,000 customers", "52,300 household and business customers", "A rounds 52,300.")
P.f("backup capacity", "agree", "quantity", "140MW", "140 megawatts", "Same.")
P.f("peak demand this week", "agree", "quantity", "about 110MW", "112 megawatts", "Compatible.")
P.f("repair cost", "agree", "quantity", "£12 million", "£12m", "Same.")
P.f("fuel cost", "related", "quantity", "£400,000", "about £55,000", "A: a week; B: a day. Per-week vs per-day (55,000 x 7 = 385,000).")
P.f("cable length", "agree", "quantity", "27-kilometre", "17-mile", "Same length in two units (27 km = 16.8 miles).")
P.f("older links' capacity", "agree", "quantity", "45MW", "45 megawatts", "Same.")
P.f("cable failed", "agree", "date", "Sunday", "Sunday night", "Both 2026-07-05.", b_occ=2)
P.f("repair ship arrives", "conflict", "date", "July 20", "27 July", "2026-07-20 vs 2026-07-27.", a_after="Rotterdam on")
P.f("who said 'enough fuel and enough engines'", "conflict", "quote",
    "We have enough fuel and enough engines to keep the lights on,", "We have enough fuel and enough engines to keep the lights on.",
    "Same words: A gives them to chief executive Le Quesne, B to minister Le Gallais.")
P.f("minister on dependence on one cable", "agree", "quote", "too dependent on one wire to France.", "hanging by a single wire",
    "Both Le Gallais in the States Assembly; different words, same point.")
P.f("tariff rise", "conflict", "statement",
    "Channel Power is expected to raise tariffs by around 4% from September",
    "the company will not raise tariffs this year to cover the cost",
    "Opposite polarity: expected to raise vs will not raise this year.")
P.f("skimped maintenance", "agree", "statement",
    "He denied that maintenance on the link had been cut back to save money",
    "He also rejected suggestions that the company had skimped on maintenance", "Same denial by Le Quesne.")
P.f("next steps", "related", "statement",
    "The Jersey Chamber of Commerce asked for help for businesses that use a lot of power",
    "the Government was considering a second large cable to France by 2032",
    "A: chamber asks for help; B: government considers a second cable. Different actors and measures.")
OUT.append(P.out())

# ---------------- pair 6: Bermuda reinsurer liquidation
P = Pair("p6a_bermuda_reinsurer_liquidation_meridianwire.txt", "p6b_bermuda_reinsurer_liquidation_hamiltonchronicle.txt")
P.f("deficit", "agree", "quantity", "$742 million", "$742m", "Same (A's headline rounds to $750m).")
P.f("hurricane claims", "conflict", "quantity", "about $1.3 billion", "$1.1bn", "Claims from the same storm: about $1.3bn vs $1.1bn.")
P.f("policyholders owed", "agree", "quantity", "About 3,100 policyholders", "More than 3,000 policyholders", "Compatible.")
P.f("staff", "agree", "quantity", "46 people", "46 employees", "Same.")
P.f("liquidators' fee", "agree", "quantity", "up to $1,150", "up to $1,150", "Same hourly ceiling.")
P.f("liquidators' fee vs regulator's fine", "related", "quantity", "up to $1,150", "$2 million",
    "A: hourly fee of the liquidators; B: 2024 fine for late filing. Different things in USD.")
P.f("capital measures", "related", "quantity", "62%", "38%",
    "A: solvency ratio as a share of the legal minimum; B: fall in capital over six months. Different bases.")
P.f("day of the ruling", "conflict", "date", "Monday", "Friday", "A: order made Monday 2026-09-14; B: ruling on Friday 2026-09-11.")
P.f("review hearing", "agree", "date", "October 2", "2 October", "Both 2026-10-02.", a_after="hearing on")
P.f("staff paid until", "agree", "date", "the end of September", "30 September", "Compatible: 2026-09 / 2026-09-30.")
P.f("hurricane struck", "agree", "date", "October 2025", "October 2025", "Same.")
P.f("who said 'every valid claim will be looked at'", "conflict", "quote",
    "Every valid claim will be looked at, and every dollar recovered will go to policyholders first,",
    "Every valid claim will be looked at, and every dollar recovered will go to policyholders first,",
    "Same words: A gives them to liquidator Nadine Simmons, B to BMA chief executive Lionel Darrell.")
P.f("chief executive on the collapse", "agree", "quote", "run out of options", "the storm, not the people in this room.",
    "Both Tucker-Smith; different words, same defence.")
P.f("Halcyon's stance on the petition", "conflict", "statement",
    "Halcyon did not oppose the petition",
    "granted the Bermuda Monetary Authority's petition despite objections from Halcyon's lawyers",
    "Opposite polarity: did not oppose vs objected through its lawyers.")
P.f("misleading the regulator", "agree", "statement",
    "Tucker-Smith denied that the company had misled the regulator about its reserves",
    "again rejected claims that the firm had misled the BMA about its reserves", "Same denial.")
P.f("government response", "related", "statement",
    "the government was considering a policyholder protection fund",
    "asked the BMA for a full report", "A: minister considers a fund; B: premier asks for a report. Different measures.")
OUT.append(P.out())

# ---------------- pair 7: Cayman sterile mosquitoes
P = Pair("p7a_caymanislands_sterile_mosquitoes_caribbeanhealthwire.txt", "p7b_caymanislands_sterile_mosquitoes_caymantide.txt")
P.f("contract value", "agree", "quantity", "CI$4.8 million", "CI$4.8m", "Same (A also gives about US$5.8 million).")
P.f("mosquitoes released a week", "conflict", "quantity", "2 million sterile male mosquitoes", "1.5 million mosquitoes", "2 million vs 1.5 million a week.")
P.f("dengue cases this year", "agree", "quantity", "212 confirmed dengue cases", "More than 200 dengue cases", "Compatible.")
P.f("patients in hospital", "agree", "quantity", "31 patients", "31 patients", "Same.")
P.f("release area", "agree", "quantity", "about 1,200 acres", "roughly 490 hectares", "Same area in two units (1,200 acres = 486 ha).")
P.f("homes in the zone", "agree", "quantity", "some 4,000 homes", "about 4,300 households", "Compatible.")
P.f("total contract vs cost per home", "related", "quantity", "CI$4.8 million", "around CI$370",
    "A: total contract; B: cost a year per home. Per-unit vs total.")
P.f("population reduction target", "agree", "quantity", "80%", "80 per cent", "Same.")
P.f("reduction targets", "related", "quantity", "80%", "60%", "A: 80% fewer wild mosquitoes (goal); B: 60% less insecticide since 2023. Different measures.")
P.f("first release", "conflict", "date", "November 2", "16 November", "2026-11-02 vs 2026-11-16.")
P.f("Cabinet approval", "agree", "date", "Tuesday", "Tuesday", "Both 2026-10-06.")
P.f("who said 'a mosquito that bites people'", "conflict", "quote",
    "This is a mosquito that bites people, not a mosquito that feeds the birds,",
    "This is a mosquito that bites people, not a mosquito that feeds the birds,",
    "Same words: A gives them to Dr. Alana Bodden, B to minister Dwayne Ebanks.")
P.f("trust asks for the science", "agree", "quote",
    "We want the science published, not just the press release,",
    "Our worry is what eats mosquitoes: bats, geckos, small birds. Publish the science and let people read it,",
    "Both Ruth McLaughlin; reworded.")
P.f("fogging during releases", "conflict", "statement",
    "the unit would halt routine fogging with insecticide in West Bay once the releases begin",
    "Fogging will continue alongside the releases",
    "Opposite polarity, same speaker (Ebanks): halt vs continue.")
P.f("genetic modification", "agree", "statement",
    "Bodden denied that the insects were genetically modified",
    "The unit rejected claims circulating on social media that the mosquitoes had been genetically engineered",
    "Same denial (Bodden / the unit she heads).")
P.f("beyond West Bay", "related", "statement",
    "asked for an independent study of the effect on bats and birds",
    "the ministry plans to extend the programme to Bodden Town and George Town in 2027",
    "A: trust asks for a study before any extension; B: ministry plans the extension. Different actors, compatible.")
OUT.append(P.out())

# ---------------- pair 8: Aruba landfill fire
P = Pair("p8a_aruba_landfill_fire_antillesnewswire.txt", "p8b_aruba_landfill_fire_arubadailypost.txt")
P.f("schools closed", "conflict", "quantity", "11 schools", "Nine schools", "11 vs 9 schools closed on Thursday.", a_occ=2)
P.f("residents told to stay in", "agree", "quantity", "about 1,800 residents", "1,800 people", "Same.")
P.f("firefighters", "agree", "quantity", "More than 60 firefighters", "64 firefighters", "Compatible.")
P.f("area burning", "agree", "quantity", "about 6 hectares", "15 acres", "Same area in two units (6 ha = 14.8 acres).")
P.f("fine particles in Pos Chiquito", "agree", "quantity", "180 micrograms per cubic metre", "180 micrograms", "Same Wednesday reading.")
P.f("firefighting cost", "agree", "quantity", "Afl. 1.4 million", "Afl. 1.4 million", "Same.")
P.f("waste a day", "agree", "quantity", "about 450 tonnes", "about 450 tonnes", "Same.")
P.f("landfill load", "related", "quantity", "140%", "25%", "A: share of designed capacity; B: growth of waste volumes since 2020. Different bases.")
P.f("tipping fee vs fine", "related", "quantity", "Afl. 35", "Afl. 250,000", "A: new tipping fee per tonne; B: 2024 fine on the operator. Different things in AWG.")
P.f("fire began", "conflict", "date", "Monday night", "Sunday evening", "2026-11-09 vs 2026-11-08.")
P.f("schools reopen", "agree", "date", "Monday", "16 November", "Both 2026-11-16.", a_after="Schools will stay shut")
P.f("fire chief on the underground fire", "agree", "quote",
    "We are fighting a fire underground, in thirty years of rubbish, and you cannot reach it with a hose,",
    "It burns underground. We cover it, and it finds another way out,", "Both Elvis Tromp; B rewords (and quotes the fragment 'thirty years of rubbish').")
P.f("minister on the landfill's age", "agree", "quote",
    "This landfill has been living on borrowed time for twenty years,",
    "This landfill has been living on borrowed time for twenty years.", "Same words, same speaker (Croes).")
P.f("closing date for Parkietenbos", "conflict", "statement",
    "the government had agreed to close Parkietenbos to new waste by 2028",
    "the government would not set a closing date for Parkietenbos until a new waste plant has been financed",
    "Opposite polarity, same speaker (Croes): agreed to close by 2028 vs will not set a date.")
P.f("ignored warnings", "agree", "statement",
    "denied that it had ignored warnings from the fire brigade",
    "rejected claims that it had ignored the fire brigade's warnings", "Same denial by the operator.")
P.f("help for residents", "related", "statement",
    "asked the government for free medical checks",
    "plans to hand out 20,000 face masks", "A: residents' group asks for medical checks; B: health department plans masks. Different measures.")
OUT.append(P.out())

with open(os.path.join(HERE, "gold", "pairs.gold.json"), "w", encoding="utf-8") as fh:
    json.dump(OUT, fh, ensure_ascii=False, indent=1)
    fh.write("\n")
print(len(OUT), "pairs,", sum(len(p["facts"]) for p in OUT), "facts")
