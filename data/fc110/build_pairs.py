import json, os
from build_common import Pair, HERE

OUT = []

# ---------------- pair 1: Isle of Wight recycling target missed
P = Pair("p1a_isleofwight_recycling_albionpress.txt", "p1b_isleofwight_recycling_wightcourier.txt")
P.f("recycling rate 2024-25", "agree", "quantity", "47.2%", "47.2 per cent", "Same rate; body mentions on both sides.", a_occ=2, b_occ=2)
P.f("recycling target", "agree", "quantity", "55%", "55 per cent", "Same target.")
P.f("rate a year earlier", "conflict", "quantity", "51.6%", "51.9 per cent", "51.6% vs 51.9% for 2023-24.")
P.f("household waste produced", "agree", "quantity", "68,400 tonnes", "about 68,000 tonnes", "B rounds A's exact figure.")
P.f("lost performance payments this year", "agree", "quantity", "£1.2 million", "£1.2m", "Same sum, written two ways.", b_occ=2)
P.f("lost payments: this year vs rest of the deal", "related", "quantity", "£1.2 million", "up to £6m",
    "A: £1.2m this year; B adds up to £6m over the five remaining years. Yearly vs total, not a conflict.")
P.f("collection contract value", "agree", "quantity", "£14.5 million", "£14.5m", "Same contract, £14.5m a year on both sides.")
P.f("garden waste subscribers", "agree", "quantity", "more than 19,000 subscribers", "19,240 paying households", "19,240 is more than 19,000.")
P.f("report published", "agree", "date", "Wednesday", "14 January", "Both 2026-01-14.")
P.f("food waste collections start", "conflict", "date", "April 6", "1 June", "2026-04-06 vs 2026-06-01.")
P.f("scrutiny committee hearing", "agree", "date", "February 9", "Monday 9 February", "Both 2026-02-09.")
P.f("who said 'not where we need to be'", "conflict", "quote",
    "We are not where we need to be, and I won't pretend otherwise,", "We are not where we need to be, and I won't pretend otherwise,",
    "Same words: A gives them to cabinet member Helen Tarrant, B to council leader Rosalind Keyes.")
P.f("contractor defends residents", "agree", "quote", "Residents have done their bit. The system has not kept up,", "The system hasn't kept up.",
    "Same speaker (Gareth Moyle), reworded ('has not' / 'hasn't').")
P.f("fining the contractor", "conflict", "statement", "the council had ruled out fining Solent Waste",
    "officers are considering fining Solent Waste Services", "Ruled out vs considering.")
P.f("strategy awaiting Defra approval", "agree", "statement", "which has not yet signed it off",
    "is still waiting for sign-off from Defra", "Both: not yet approved by the department.")
P.f("public information measures", "related", "statement", "The council will also launch a publicity campaign in schools and supermarkets",
    "The council intends to put stickers on every recycling bin", "Two different information measures; compatible.")
OUT.append(P.out())

# ---------------- pair 2: Mallorca medicinal cannabis licence
P = Pair("p2a_mallorca_cannabis_iberianews.txt", "p2b_mallorca_cannabis_veudemigjorn.txt")
P.f("licence granted", "agree", "date", "Tuesday", "10 February", "Both 2026-02-10.")
P.f("licence duration", "agree", "quantity", "five-year", "five years", "Same.")
P.f("greenhouse area", "agree", "quantity", "4.2-hectare", "42.000 m²", "4.2 ha = 42,000 m² (unit conversion, dot thousands).")
P.f("investment", "agree", "quantity", "€18.6 million", "18,6 million euros", "Same, decimal comma in B.")
P.f("jobs", "conflict", "quantity", "85 people", "120 jobs", "85 vs 120 jobs at full production.")
P.f("plants", "agree", "quantity", "about 40,000 plants", "40.000 plants", "Same.")
P.f("yearly capacity", "agree", "quantity", "up to 12 tonnes", "12 tonnes", "Same capacity.")
P.f("capacity vs first harvest", "related", "quantity", "up to 12 tonnes", "about 1.500 kilos", "Yearly capacity vs the smaller first harvest.")
P.f("first harvest", "conflict", "date", "September", "October", "2026-09 vs 2026-10.")
P.f("licensed growers in Spain", "agree", "quantity", "Around 30 companies", "29 companies", "29 is around 30.")
P.f("Riera on the island's assets", "agree", "quote", "Mallorca has the sun, the skills and the space to do this properly,", "has sun, skills and space",
    "Same speaker (Marta Riera Oliver), B quotes a shortened form.")
P.f("regional environmental permit", "conflict", "statement", "has not yet approved the environmental permit for the greenhouse",
    "The Balearic government approved the environmental permit for the greenhouse in December", "Has not yet approved vs approved in December.")
P.f("no sales to the public", "agree", "statement", "would not sell to the public or to cannabis associations",
    "The company cannot sell to the public or to cannabis clubs", "Same restriction.")
P.f("site security", "related", "statement", "the site would be fenced and guarded around the clock",
    "The Guardia Civil will inspect the site every three months", "Company guarding vs police inspections: different measures.")
P.f("water concerns", "related", "statement", "the town council would watch water use closely",
    "asking how much groundwater the plant will pump", "Town council vs residents on water; compatible.")
OUT.append(P.out())

# ---------------- pair 3: Calabria breast-screening recall
P = Pair("p3a_calabria_screening_emna.txt", "p3b_calabria_screening_gazzettacrati.txt")
P.f("women recalled", "agree", "quantity", "2,340 women", "2.340 women", "Same (dot thousands in B).", a_occ=2, b_occ=2)
P.f("mammograms re-read", "agree", "quantity", "about 11,000 mammograms", "11.200 mammograms", "A rounds.")
P.f("cancers missed", "conflict", "quantity", "14 cancers", "Sixteen tumours", "14 vs 16.")
P.f("period start", "agree", "date", "May 2024", "May 2024", "Same.")
P.f("period end", "agree", "date", "November 2025", "November 2025", "Same.")
P.f("results announced", "agree", "date", "Tuesday", "Tuesday 17 March", "Both 2026-03-17.")
P.f("recall completed by", "conflict", "date", "April 30", "15 May", "2026-04-30 vs 2026-05-15.")
P.f("contract value", "related", "quantity", "€2.1 million", "about €700.000", "Three-year total vs yearly value (2.1m / 3 = 700,000).")
P.f("cost of review and recall", "agree", "quantity", "about €1.8 million", "€1,8 million", "Same.")
P.f("radiologists suspended", "agree", "quantity", "Two of its radiologists", "two radiologists", "Same two.")
P.f("ministry's report deadline", "agree", "quantity", "30 days", "30-day", "Same deadline.")
P.f("who said 'No woman will be left waiting'", "conflict", "quote", "No woman will be left waiting for an answer,", "No woman will be left waiting for an answer,",
    "Same words: A gives them to commissioner Francesca Loiero, B to ASP director Vincenzo Marra.")
P.f("Gallo on the women", "agree", "quote", "These women did everything right,", "These women did everything they were asked to do.",
    "Same speaker (Teresa Gallo), reworded.")
P.f("who pays for repeat exams", "conflict", "statement", "Radiodiagnostica Sud has agreed to pay for the repeat examinations",
    "the company has refused to pay for them", "Agreed vs refused.")
P.f("contract suspended", "agree", "statement", "the regional government had suspended the contract", "The region has suspended it.", "Same.")
P.f("legal follow-up", "related", "statement", "Prosecutors in Cosenza have opened an investigation into possible negligence",
    "The association is collecting names for a class action against the company and the ASP", "Criminal inquiry vs civil class action.")
OUT.append(P.out())

# ---------------- pair 4: Strasbourg delivery riders
P = Pair("p4a_alsace_riders_hexagonepress.txt", "p4b_alsace_riders_echodurhin.txt")
P.f("riders in the case", "agree", "quantity", "37 food delivery riders", "37 couriers", "Same 37.")
P.f("total award", "agree", "quantity", "€412,000", "412 000 €", "Same (space thousands, symbol after in B).")
P.f("award per rider", "related", "quantity", "up to €24,000", "around 11 000 €", "Largest single award vs the average.")
P.f("hourly pay", "conflict", "quantity", "€6.80", "7,40 €", "€6.80 vs €7.40 an hour, both counting waiting time.")
P.f("ruling", "agree", "date", "Monday", "Monday 20 April", "Both 2026-04-20.")
P.f("case filed", "conflict", "date", "March 2024", "June 2024", "2024-03 vs 2024-06.")
P.f("riders worked from", "agree", "date", "2021", "2021", "Same.")
P.f("Kourso riders in France", "agree", "quantity", "about 9,000 riders", "9 000 couriers", "Same.")
P.f("EU directive deadline", "agree", "date", "December 2026", "December 2026", "Same.")
P.f("who said 'employee with a bicycle'", "conflict", "quote",
    "A rider is not a partner, he is an employee with a bicycle,", "A rider is not a partner, he is an employee with a bicycle.",
    "Same words: A gives them to union secretary Karim Benali, B to lawyer Claire Wendling.")
P.f("Kourso statement", "agree", "quote", "We respect the court, but we disagree with its reading of how our model works,", "its reading of our model",
    "Same speaker (Kourso), B quotes a shortened form.")
P.f("appeal", "conflict", "statement", "said it would appeal", "the company did not intend to appeal", "Would appeal vs did not intend to.")
P.f("ratings as discipline", "agree", "statement", "Its customer rating system, the court said, amounted to a disciplinary power",
    "the app's star ratings worked as a form of sanction", "Same finding.")
P.f("scope of the ruling", "related", "statement", "The ruling applies only to the 37 claimants.",
    "some 400 other riders in the Strasbourg area could now bring their own claims", "Ruling limited to claimants vs possible further claims: compatible.")
OUT.append(P.out())

# ---------------- pair 5: Wallonia fireworks ban
P = Pair("p5a_wallonia_fireworks_lowlandsnews.txt", "p5b_wallonia_fireworks_gazettedemeuse.txt")
P.f("votes for", "agree", "quantity", "52 votes", "52 votes", "Same.")
P.f("votes against", "agree", "quantity", "21", "21", "Same.", a_after="52 votes to", b_after="52 votes to")
P.f("vote", "agree", "date", "Wednesday", "Wednesday 10 June", "Both 2026-06-10.")
P.f("ban takes effect", "conflict", "date", "September 1", "1 October", "2026-09-01 vs 2026-10-01.")
P.f("maximum fine", "agree", "quantity", "up to €2,500", "2 500 €", "B: 'can reach 2 500 €' = up to.")
P.f("noise limit", "agree", "quantity", "120 decibels", "120 dB", "Same, unit abbreviated in B.")
P.f("rise in lost dogs", "agree", "quantity", "40%", "40 %", "Same.")
P.f("New Year's Eve injuries", "conflict", "quantity", "86 people", "94 people", "86 vs 94 injured.")
P.f("fireworks shops", "agree", "quantity", "about 140 shops", "some 140 points of sale", "Same.")
P.f("sector sales vs compensation fund", "related", "quantity", "around €9 million", "1,5 million €", "Yearly sales vs a possible fund: different measures.")
P.f("Dessart on animals", "agree", "quote", "Animals do not understand that it is a party,", "An animal does not know it is a party,",
    "Same speaker (Nathalie Dessart), reworded.")
P.f("who said 'a ban on joy'", "conflict", "quote", "This is a ban on joy,", "This is a ban on joy,",
    "Same words: A gives them to opposition deputy Olivier Pirotte, B to traders' federation president Luc Dumont.")
P.f("compensation for retailers", "conflict", "statement", "The government ruled out compensating them",
    "the government is considering a compensation fund", "Ruled out vs considering.")
P.f("professional displays still allowed", "agree", "statement", "but not to professional displays put on by licensed companies",
    "provided they are fired by a licensed professional", "Same exemption.")
P.f("other bans", "related", "statement", "Flanders and the Brussels region have no plans to follow",
    "municipal bans on fireworks in the city centre were already in place", "Other regions vs Walloon cities: different scope.")
OUT.append(P.out())

# ---------------- pair 6: Istria card-skimming gang
P = Pair("p6a_istria_skimming_adriaticwire.txt", "p6b_istria_skimming_poluotok.txt")
P.f("suspects arrested", "conflict", "quantity", "four men", "Five people", "4 vs 5 (B: including a woman).")
P.f("money stolen", "agree", "quantity", "about €186,000", "186.400 eura", "A rounds.", b_occ=2)
P.f("cash found", "agree", "quantity", "€40,000", "40.000 eura", "Same.")
P.f("cash machines tampered with", "agree", "quantity", "23 cash machines", "23 cash machines", "Same.")
P.f("cards copied", "agree", "quantity", "more than 1,100 bank cards", "1.160 cards", "1,160 is more than 1,100.")
P.f("cards vs complaints", "related", "quantity", "more than 1,100 bank cards", "640 complaints", "Cards copied vs complaints received: different measures.")
P.f("arrest", "agree", "date", "Monday", "Monday, 13 July", "Both 2026-07-13.")
P.f("operation began", "agree", "date", "May", "2 May", "Month vs day: 2026-05 and 2026-05-02 agree.", a_after="Novigrad since")
P.f("first complaint", "conflict", "date", "June 3", "8 June", "2026-06-03 vs 2026-06-08.")
P.f("custody", "agree", "quantity", "30 days", "one month", "Same custody order, days vs month.")
P.f("who said 'Check the slot'", "conflict", "quote",
    "Check the slot before you put your card in. If something moves, do not use the machine,",
    "Check the slot before you put your card in. If something moves, do not use the machine.",
    "Same words: A gives them to police spokesman Dario Kovačić, B to Ivana Rakovac of the banking association.")
P.f("refunds", "conflict", "statement", "its members had agreed to refund all customers whose cards had been cloned",
    "the banks have so far refused to promise refunds to everyone", "Agreed vs refused.")
P.f("3D printer found", "agree", "statement", "a 3D printer used to make fake keypad covers",
    "a 3D printer used to make card-reader covers", "Same equipment.")
P.f("advice to tourists", "related", "statement", "urged visitors to use cash machines inside bank branches where possible",
    "would put warning leaflets in German, Italian, Slovenian and English in every hotel", "Police advice vs tourist-board leaflets.")
OUT.append(P.out())

# ---------------- pair 7: Northern Territory bail law
P = Pair("p7a_northernterritory_bail_southerncross.txt", "p7b_northernterritory_bail_topendchronicle.txt")
P.f("law in force", "agree", "date", "October 1", "1 October", "Both 2026-10-01.")
P.f("vote", "agree", "date", "Tuesday", "Tuesday night", "Both 2026-09-15.")
P.f("prisoners held", "agree", "quantity", "about 2,400 prisoners", "2,437 prisoners", "A rounds.")
P.f("prison capacity", "conflict", "quantity", "1,900", "1,650", "Jails designed for 1,900 vs built for 1,650.")
P.f("Aboriginal share of prisoners", "agree", "quantity", "about 89%", "nearly 90 per cent", "Same.")
P.f("extra remand a year", "agree", "quantity", "about 300 extra people", "300 more people", "Same estimate.")
P.f("spending", "related", "quantity", "A$62 million", "$15.5 million", "Four-year total vs yearly amount (62 / 4 = 15.5).")
P.f("youth detention beds", "agree", "quantity", "60 new youth detention beds", "60 new detention beds", "Same.")
P.f("beds ready", "conflict", "date", "March 2027", "June 2027", "2027-03 vs 2027-06.")
P.f("review", "agree", "quantity", "two years", "two years", "Same.")
P.f("who said 'revolving-door bail'", "conflict", "quote", "Territorians have had enough of revolving-door bail,", "Territorians have had enough of revolving-door bail,",
    "Same words: A gives them to Chief Minister Karen Whitfield, B to Attorney-General Marcus Doyle.")
P.f("new prison", "conflict", "statement", "It ruled out building a new adult prison",
    "the government was considering a new 500-bed prison", "Ruled out vs considering.")
P.f("legal aid criticism", "agree", "statement", "the law would fill cells with people who had not been convicted of anything, many of them teenagers",
    "the laws would put children and unconvicted adults behind bars", "Same criticism by the same network.")
P.f("other measures in the package", "related", "statement", "Police will also get 40 extra officers",
    "The package also includes $4 million for youth diversion programmes", "Different parts of the package.")
OUT.append(P.out())

# ---------------- pair 8: Chatham Islands rates rise
P = Pair("p8a_chathamislands_rates_tasmannews.txt", "p8b_chathamislands_rates_rekohurecord.txt")
P.f("average rates rise", "agree", "quantity", "18%", "18 per cent", "Same (body).", a_occ=2, b_occ=2)
P.f("votes for", "agree", "quantity", "6 votes", "six votes", "Same, digit vs word.")
P.f("council vote", "agree", "date", "Tuesday", "Tuesday 17 November", "Both 2026-11-17.")
P.f("rise takes effect", "conflict", "date", "January 1, 2027", "1 July 2027", "2027-01-01 vs 2027-07-01.")
P.f("wharf repair cost", "conflict", "quantity", "NZ$7.4 million", "$7.8m", "NZ$7.4m vs NZ$7.8m.")
P.f("government contribution", "agree", "quantity", "NZ$5 million", "$5m", "Same sum (its approval is disputed, see statement).")
P.f("cost per household vs total raised", "related", "quantity", "about NZ$560", "about $705,000",
    "A: extra a year per average household; B: total the rate raises over three years.")
P.f("rating units", "agree", "quantity", "about 420 rating units", "423 rating units", "A rounds.")
P.f("submissions", "agree", "quantity", "112 submissions", "112 submissions", "Same.")
P.f("population", "agree", "quantity", "roughly 600 residents", "roughly 600 people", "Same.")
P.f("storm month", "agree", "date", "July", "July", "Both 2026-07.")
P.f("who said 'Nobody on this island wants to pay more'", "conflict", "quote",
    "Nobody on this island wants to pay more, but nobody wants the ship to stop coming either,",
    "Nobody on this island wants to pay more, but nobody wants the ship to stop coming either.",
    "Same words: A gives them to Mayor Gerald Preece, B to chief executive Alison Meads.")
P.f("government money approved", "conflict", "statement", "The government has approved a NZ$5 million contribution",
    "Cabinet has not yet approved the $5m", "Has approved vs has not yet approved.")
P.f("instalments", "agree", "statement", "ratepayers would be able to spread the extra cost over quarterly instalments",
    "Payments can be spread out in instalments", "Same (B omits 'quarterly').")
P.f("wharf as national asset", "related", "statement", "the council would ask the government to take ownership of the wharf in the long term",
    "Some called for the wharf to be run as a national asset", "Council request vs submitters' call: related, compatible.")
OUT.append(P.out())

with open(os.path.join(HERE, "gold", "pairs.gold.json"), "w", encoding="utf-8") as f:
    json.dump(OUT, f, ensure_ascii=False, indent=1)
    f.write("\n")
print(sum(len(p["facts"]) for p in OUT), "facts")
