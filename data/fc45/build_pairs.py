import json, os
from build_common import Pair, HERE

OUT = []

# ---------------- pair 1: Cook Islands tuna licence
P = Pair("p1a_cookislands_tuna_licence_oceanianewswire.txt", "p1b_cookislands_tuna_licence_rarotongaherald.txt")
P.f("fishing days sold", "agree", "quantity", "1,200 days", "1,200 fishing days", "Same.", a_after="has sold")
P.f("fee per fishing day", "agree", "quantity", "US$9,800", "US$9,800 a day", "Same.")
P.f("value of the deal", "agree", "quantity", "NZ$19.6 million", "$19.6 million", "Same (B says the total is in New Zealand dollars).")
P.f("vessels licensed", "conflict", "quantity", "14 of the company's vessels", "12 purse-seine vessels", "14 vs 12 vessels under the same licence.")
P.f("share for the outer islands", "agree", "quantity", "15%", "15 per cent", "Same.")
P.f("maximum fine per breach", "agree", "quantity", "up to NZ$2 million", "up to $2 million", "Same cap (B's $ is NZ$).")
P.f("expected catch", "related", "quantity", "about 36,000 tonnes", "around 12,000 tonnes a year",
    "A: total over three years; B: per year. Total vs per-period, consistent (3 x 12,000).")
P.f("licence fees as share of revenue", "agree", "quantity", "about 31%", "roughly 31 per cent", "Same.")
P.f("length of negotiations", "agree", "quantity", "11 months", "eleven months", "Same (B's figure is inside Tuaine's quote).")
P.f("signing day", "agree", "date", "Tuesday", "Tuesday", "Both 2026-01-20.")
P.f("fishing starts", "conflict", "date", "February 1", "1 March", "2026-02-01 vs 2026-03-01.")
P.f("deal runs until", "agree", "date", "January 2029", "2029", "Compatible grains (month vs year).", b_after="1 March")
P.f("who said 'the best price any Pacific nation has achieved'", "conflict", "quote",
    "This is the best price any Pacific nation has achieved for a fishing day,",
    "This is the best price any Pacific nation has achieved for a fishing day,",
    "Same words: A gives them to Marine Resources Minister Mata Tuaine, B to Finance Minister Rima Tangatapoto.")
P.f("transshipment at sea", "conflict", "statement",
    "Tuaine said the government would not allow the transfer of catch between vessels at sea",
    "the deal allows the boats to pass their catch to carrier ships at sea",
    "Opposite polarity, same speaker: transshipment banned vs allowed under observation.")
P.f("deal rushed", "agree", "statement",
    "The ministry rejected claims by opposition MPs that the deal had been rushed through",
    "Mr Tuaine denied the deal had been hurried", "Same denial (ministry / minister).")
P.f("demands of critics", "related", "statement",
    "asked the government to close a 50-nautical-mile zone around Suwarrow atoll",
    "called for a parliamentary inquiry", "A: conservation group asks for a closed zone; B: opposition calls for an inquiry. Different actors and demands.")
OUT.append(P.out())

# ---------------- pair 2: Liechtenstein Saturday post
P = Pair("p2a_liechtenstein_post_saturday_alpinebusinesswire.txt", "p2b_liechtenstein_post_saturday_vaduzcourier.txt")
P.f("jobs cut", "conflict", "quantity", "38 of its 214 jobs", "42 jobs", "38 vs 42 jobs to go.", b_after="4 May")
P.f("fall in letter volumes", "agree", "quantity", "9%", "9 per cent", "Same.")
P.f("loss on letters", "agree", "quantity", "3.2 million Swiss francs", "CHF 3,2 million", "Same (B uses a decimal comma).")
P.f("state payment vs loss", "related", "quantity", "CHF 4.5 million a year", "CHF 3,2 million",
    "A: the annual state payment; B: the letter loss. Different things in the same currency.")
P.f("new letter price", "agree", "quantity", "CHF 1.30", "Fr. 1.30", "Same.")
P.f("parcel growth", "agree", "quantity", "14%", "14 per cent", "Same.")
P.f("addresses served", "agree", "quantity", "about 21,000 addresses", "some 21'000 addresses", "Same (B uses the Swiss apostrophe).")
P.f("yearly saving", "agree", "quantity", "around CHF 1.9 million a year", "about CHF 1,9 million a year", "Same.")
P.f("Saturday letters end", "conflict", "date", "April 1", "4 May", "2026-04-01 vs 2026-05-04.")
P.f("announcement day", "agree", "date", "Wednesday", "yesterday", "Both 2026-02-18.")
P.f("union meeting", "agree", "date", "February 25", "next Wednesday, 25 February", "Both 2026-02-25.")
P.f("chief executive on letters", "agree", "quote",
    "We cannot keep sending a van up to every village for a handful of envelopes,",
    "We can no longer drive a van to every village for a few envelopes,", "Both Büchel; reworded.")
P.f("post office closures", "conflict", "statement",
    "Büchel said the company would not close any of its 11 post offices this year",
    "Three village post offices, in Planken, Balzers and Ruggell, will close over the summer",
    "Opposite polarity, same speaker: no closures this year vs three closing this summer.")
P.f("sale of the parcel business", "agree", "statement",
    "The company denied that it was preparing to sell its parcel business",
    "Post Rheintal rejected rumours that it wants to sell its parcel arm", "Same denial.")
P.f("state payment", "agree", "statement",
    "said it would not increase that payment", "the government would not raise its annual payment", "Same refusal (government / minister).")
P.f("union's demand", "related", "statement",
    "asked the company to offer every affected worker a job elsewhere in the state sector",
    "called for a social plan", "Different demands by the same union: redeployment vs a social plan.")
OUT.append(P.out())

# ---------------- pair 3: San Marino cycling stage finishes
P = Pair("p3a_sanmarino_cycling_stage_adriaticsportswire.txt", "p3b_sanmarino_cycling_stage_titanogazette.txt")
P.f("hosting fee", "agree", "quantity", "€1.8 million", "A million and eight hundred thousand euros", "Same total (B in words, in Mularoni's quote).")
P.f("total fee vs fee per stage", "related", "quantity", "€1.8 million", "€900,000",
    "A: total for two finishes; B: price per stage. Per-unit vs total, consistent.", b_occ=2)
P.f("spectators expected", "agree", "quantity", "about 40,000 spectators", "between 35.000 and 40.000 spectators", "About 40,000 is compatible with B's range.")
P.f("length of the final climb", "agree", "quantity", "12 kilometres", "12 km", "Same.")
P.f("finish altitude", "agree", "quantity", "739 metres", "2,425 feet", "Same height in two units (739 m = 2,425 ft).")
P.f("hotel bookings", "agree", "quantity", "85%", "85 per cent", "Same.")
P.f("security cost", "agree", "quantity", "€260,000", "€260.000", "Same (B uses the Italian thousands point).")
P.f("crowd at the 2014 finish", "conflict", "quantity", "an estimated 25,000 people", "some 15.000 people", "25,000 vs 15,000 spectators in 2014.")
P.f("winner's prize", "agree", "quantity", "€50,000", "€50.000", "Same.")
P.f("summit finish", "conflict", "date", "May 14", "15 May", "2026-05-14 vs 2026-05-15.")
P.f("tickets on sale", "agree", "date", "April 2", "2 April", "Both 2026-04-02.")
P.f("government announcement", "agree", "date", "Wednesday", "yesterday", "Both 2026-03-25.")
P.f("who said 'worth more than any advertising campaign'", "conflict", "quote",
    "For a country of 34,000 people, being on television in 120 countries is worth more than any advertising campaign,",
    "Being on television in 120 countries is worth more than any advertising campaign for a country our size,",
    "Same words (reordered): A gives them to Secretary of State Lorenzo Gatti, B to race director Paolo Rinaldi.")
P.f("a levy on hotel stays", "conflict", "statement",
    "the government ruled out raising the tourist tax on hotel stays to cover it",
    "the ministry is considering a one-euro surcharge per night on hotel stays",
    "Opposite: ruled out vs considering a hotel-stay surcharge to cover the fee.")
P.f("money from health budget", "agree", "statement",
    "The government denied that any money for the race would be taken from the health budget",
    "Gatti rejected claims that the money would come out of health spending", "Same denial (government / Gatti).")
P.f("opposition's demand", "related", "statement",
    "Opposition councillors asked for a cost-benefit study", "wants the fee put to a vote in the Council",
    "Study vs vote: different demands from the opposition.")
OUT.append(P.out())

# ---------------- pair 4: Monaco wine auction
P = Pair("p4a_monaco_wine_auction_rivieramarketsdesk.txt", "p4b_monaco_wine_auction_lemessagerdurocher.txt")
P.f("price of the magnum with fees", "agree", "quantity", "€612,000", "€612 000", "Same total with the buyer's premium.")
P.f("hammer price of the magnum", "agree", "quantity", "€510,000", "€510,000", "Same.")
P.f("total cost vs hammer price", "related", "quantity", "€612,000", "€510,000",
    "A (lead): price including fees; B (lead): hammer price. Different measures of the same sale, consistent (510,000 + 20%).")
P.f("pre-sale estimate", "agree", "quantity", "€300,000 to €400,000", "between €300 000 and €400 000", "Same range.")
P.f("sale total", "conflict", "quantity", "€14.3 million", "€13,4 million", "EUR 14.3m vs 13.4m for the whole sale.")
P.f("lots offered", "agree", "quantity", "1,150 lots", "1 150 lots", "Same.")
P.f("share of lots sold", "agree", "quantity", "96%", "96 %", "Same.")
P.f("countries of bidders", "agree", "quantity", "31 countries", "31 countries", "Same.")
P.f("price of the 1961 case", "agree", "quantity", "€186,000", "€186 000", "Same.")
P.f("sale night", "agree", "date", "Tuesday", "Tuesday evening", "Both 2026-05-12.", b_occ=2)
P.f("death of the collector", "conflict", "date", "March 2024", "2023", "2024-03 vs 2023.")
P.f("Geneva sale of the same vintage", "agree", "date", "2019", "2019", "Same.")
P.f("who said 'Prices like this come once in a generation'", "conflict", "quote",
    "Prices like this come once in a generation.", "Prices like this come once in a generation,",
    "Same words: A gives them to auctioneer Hélène Bosio, B to London broker Jonathan Pryce.")
P.f("second wine sale this year", "conflict", "statement",
    "The house said it would not hold a second wine sale in Monaco this year",
    "the house plans a second wine sale in the autumn", "Opposite polarity: no second sale this year vs a second sale planned for the autumn.")
P.f("authenticity of the bottles", "agree", "statement",
    "denied that any of the bottles had been refilled or recorked",
    "Mme Bosio firmly rejected doubts about the authenticity of the bottles", "Same denial (house / its auctioneer).")
P.f("requests about the proceeds and lots", "related", "statement",
    "Rey's heirs asked that 10% of the proceeds go to the Monaco-based Fondation Rey",
    "Local restaurateurs called for part of the cellar's smaller lots to be offered",
    "Different actors and requests: heirs' donation vs restaurateurs' demand.")
OUT.append(P.out())

# ---------------- pair 5: Turkmen denim contract
P = Pair("p5a_turkmenistan_denim_contract_caspiantradewire.txt", "p5b_turkmenistan_denim_contract_ashgabatbusinessreview.txt")
P.f("denim ordered", "agree", "quantity", "4.2 million metres", "4.2 million metres", "Same.")
P.f("length of the contract", "conflict", "quantity", "two years", "three years", "Same 4.2 million metres over two vs three years.")
P.f("value of the contract", "agree", "quantity", "about $38 million", "$38.4 million", "A rounds 38.4m.")
P.f("price per metre vs contract value", "related", "quantity", "roughly $9 a metre", "$38.4 million",
    "A: unit price; B: total value. Per-unit vs total, consistent (38.4m / 4.2m = 9.14).")
P.f("mill workforce", "agree", "quantity", "2,300 people", "2,300 employees", "Same.")
P.f("cotton used a year", "agree", "quantity", "some 11,000 tonnes", "11 thousand tonnes", "Same.")
P.f("share of output exported", "agree", "quantity", "About 70%", "Around 70 per cent", "Same.")
P.f("Nordvik's stores", "agree", "quantity", "380 stores", "380 shops", "Same.")
P.f("time spent checking the mill", "agree", "quantity", "18 months", "a year and a half", "Same duration.")
P.f("textile export target", "agree", "quantity", "$1 billion a year", "$1 billion", "Same target.")
P.f("first shipment", "conflict", "date", "September", "October", "2026-09 vs 2026-10.", b_occ=2)
P.f("jeans in shops", "agree", "date", "February 2027", "February 2027", "Same.")
P.f("Lindqvist on the cotton", "agree", "quote",
    "We would not put our name on a single metre of this fabric if we had doubts about how the cotton was picked,",
    "We would never sign for a metre of this cloth without being sure how the cotton was harvested,", "Both Lindqvist; reworded.")
P.f("new looms", "conflict", "statement",
    "Orazov said the mill would not need new looms to meet the order",
    "the mill plans to buy 120 new looms", "Opposite, same speaker: no new looms needed vs plans to buy 120.")
P.f("forced labour", "agree", "statement",
    "The retailer denied that any of the cotton would be picked by forced labour",
    "Lindqvist rejected accusations of forced labour", "Same denial (retailer / its chief executive).")
P.f("monitoring of the harvest", "related", "statement",
    "called for the contract to be suspended until the International Labour Organization could monitor the harvest",
    "The International Labour Organization has asked the government for access to farms",
    "A: a rights group demands suspension; B: the ILO asks for access. Same topic, different actors and demands.")
OUT.append(P.out())

# ---------------- pair 6: French Guiana rocket failure
P = Pair("p6a_frenchguiana_rocket_failure_orbitnewsdesk.txt", "p6b_frenchguiana_rocket_failure_echodecayenne.txt")
P.f("value of the satellite", "agree", "quantity", "€210 million", "€210 million", "Same.")
P.f("insured sum vs satellite cost", "related", "quantity", "€180 million", "€210 million",
    "A: insurance cover; B: cost of the satellite (B gives no insured sum). Different things in the same currency.")
P.f("time to loss of contact", "agree", "quantity", "312 seconds", "312 seconds",
    "Same (A's first figure of 298 seconds was corrected within the story).")
P.f("mass of the satellite", "conflict", "quantity", "1,450-kilogram", "1,540 kg", "1,450 vs 1,540 kg.")
P.f("where debris fell", "agree", "quantity", "about 640 kilometres", "about 400 miles", "Same distance in two units (400 mi = 644 km).")
P.f("fishing ban radius", "agree", "quantity", "50 kilometres", "50 km", "Same.")
P.f("fishing ban length", "agree", "quantity", "72 hours", "three days", "Same duration.")
P.f("boats affected", "agree", "quantity", "about 90 boats", "90 boats", "Same.")
P.f("space centre jobs", "agree", "quantity", "about 1,700 people", "around 1,700 direct jobs", "Same.")
P.f("replacement time", "agree", "quantity", "at least 30 months", "two and a half years", "Same duration (30 months).")
P.f("launch day", "agree", "date", "late on Tuesday", "Tuesday night", "Both 2026-08-18 local time.")
P.f("inquiry report due", "conflict", "date", "September 30", "31 October", "2026-09-30 vs 2026-10-31.")
P.f("who said 'We lost a satellite tonight, but we did not lose anyone'", "conflict", "quote",
    "We lost a satellite tonight, but we did not lose anyone, and we will find out what went wrong,",
    "We lost a satellite tonight, but we did not lose anyone,",
    "Same words: A gives them to chief executive Bertrand Lacombe, B to prefect Laurent Delmas.")
P.f("next launch", "conflict", "statement",
    "the next Solenne launch, planned for November, would not be delayed",
    "the company has postponed its next launch, planned for November, until 2027",
    "Opposite polarity: not delayed (Lacombe) vs postponed to 2027 (anonymous engineer).")
P.f("debris near Sinnamary", "agree", "statement",
    "It denied reports on social media that fragments had landed near the town of Sinnamary",
    "rejected rumours that debris had reached Sinnamary", "Same denial by the prefecture.")
P.f("help for fishermen", "related", "statement",
    "asked for compensation of €150 per boat for each day of the ban",
    "the town would pay each crew a one-off grant of €400",
    "A: fishermen's demand; B: the town's grant. Same topic, different actors and measures.")
OUT.append(P.out())

# ---------------- pair 7: Saint Lucia nurse recruitment
P = Pair("p7a_saintlucia_nurse_recruitment_caribbeannewsline.txt", "p7b_saintlucia_nurse_recruitment_castriesvoice.txt")
P.f("nurses to be recruited", "conflict", "quantity", "150 nurses", "Up to 120 Ghanaian nurses", "150 vs at most 120 nurses.")
P.f("vacant nursing posts", "agree", "quantity", "220 vacant nursing posts", "220 nursing posts", "Same.")
P.f("first group", "agree", "quantity", "40 nurses", "40 nurses", "Same.")
P.f("monthly pay", "agree", "quantity", "EC$5,200 a month", "EC$5,200 a month", "Same.")
P.f("housing allowance", "conflict", "quantity", "EC$800 a month", "EC$1,000 a month", "XCD 800 vs 1,000 a month for the first year.")
P.f("cost of the programme", "agree", "quantity", "EC$28 million", "about US$10.4 million",
    "Same cost in two currencies (EC$2.70 to the US dollar: 28m / 2.7 = 10.37m).")
P.f("nurses leaving", "related", "quantity", "85 nurses", "More than 300 nurses", "A: resignations in 2025; B: departures over five years. Different periods.")
P.f("programme length", "agree", "quantity", "three years", "three years", "Same.")
P.f("health share of spending", "agree", "quantity", "roughly 11%", "About 11 per cent", "Same.")
P.f("signing", "agree", "date", "Wednesday", "yesterday", "Both 2026-10-07.")
P.f("first arrivals", "conflict", "date", "December", "January", "2026-12 vs 2027-01.")
P.f("minister on emigration", "agree", "quote",
    "We train them, and then we watch them board the plane. We cannot run a hospital on goodbyes,",
    "We train our nurses and then we wave them off at the airport. A health service cannot run on farewells,",
    "Both Joseph; reworded.")
P.f("union's position on the deal", "conflict", "statement",
    "The Saint Lucia Nurses' Association said it would not oppose the agreement",
    "The Saint Lucia Nurses' Association rejected the agreement within hours",
    "Opposite polarity: will not oppose vs rejected.")
P.f("pay rise for local nurses", "agree", "statement",
    "Joseph ruled out a general pay rise for local nurses this year",
    "there would be no across-the-board increase for nurses this year", "Same refusal by the minister.")
P.f("keeping local nurses", "related", "statement",
    "the government was considering a bonus for nurses who commit to stay five years",
    "the ministry planned to offer scholarships to 50 local nursing students",
    "Bonus for serving nurses vs scholarships for students: different measures, compatible.")
P.f("bonding graduates", "agree", "statement",
    "called for nursing graduates to be bonded to the public service",
    "the government should bond nursing graduates to public service", "Same opposition demand.")
OUT.append(P.out())

# ---------------- pair 8: Kiribati eye surgery mission
P = Pair("p8a_kiribati_eye_surgery_pacifichealthwire.txt", "p8b_kiribati_eye_surgery_tetarawatimes.txt")
P.f("operations performed", "agree", "quantity", "612 cataract operations", "More than 600 people", "612 is more than 600 (one operation per patient).")
P.f("size of the team", "conflict", "quantity", "11-member", "13 doctors and nurses", "11 vs 13 members of the same team.")
P.f("cost of the mission", "agree", "quantity", "about A$385,000", "A$385,000", "Same.")
P.f("cost per operation vs total", "related", "quantity", "roughly A$630", "A$385,000",
    "A: cost per operation; B: total cost. Per-unit vs total, consistent (385,000 / 612 = 629).")
P.f("people screened", "agree", "quantity", "2,140 people", "2,140 people", "Same.")
P.f("waiting list", "agree", "quantity", "roughly 1,900 Kiribati residents", "about 1,900 people", "Same.")
P.f("patients flown in", "agree", "quantity", "All 140 patients", "Some 140 outer-island patients", "Same.")
P.f("cost of a return flight", "agree", "quantity", "up to A$480", "up to A$480", "Same.")
P.f("mission ended", "agree", "date", "Tuesday", "Tuesday", "Both 2026-11-10.")
P.f("second mission", "conflict", "date", "May 2027", "March 2027", "2027-05 vs 2027-03.")
P.f("local eye surgeon returns", "agree", "date", "2030", "2030", "Same.")
P.f("who said 'Cataract is the cheapest miracle in medicine'", "conflict", "quote",
    "Cataract is the cheapest miracle in medicine. Twenty minutes and a lens, and a blind person walks home,",
    "Twenty minutes and a lens, and a blind person walks home. Cataract is the cheapest miracle in medicine,",
    "Same words (sentences swapped): A gives them to Health Minister Tebwebwe Ioane, B to team leader Dr Aroha Tane.")
P.f("patient's words", "agree", "quote", "I can see my grandchildren's faces again,", "I can see my grandchildren's faces again,", "Both Bwebwe Tekaai.")
P.f("surgical microscope", "conflict", "statement",
    "Ioane said the government had no plans to buy its own surgical microscope for now",
    "the ministry has agreed to buy a surgical microscope for the hospital next year",
    "Opposite polarity, same speaker: no plans to buy vs agreed to buy.")
P.f("outer-island patients turned away", "agree", "statement",
    "The ministry denied that patients from the outer islands had been turned away",
    "The minister rejected claims from outer-island councillors that patients from the outer islands had been left without treatment",
    "Same denial (ministry / minister).")
P.f("demands from Butaritari", "related", "statement",
    "asked the government to pay the return flights of outer-island patients",
    "called for a permanent eye clinic in the north of the country",
    "Flight subsidy vs a permanent clinic: different demands from Butaritari.")
OUT.append(P.out())

with open(os.path.join(HERE, "gold", "pairs.gold.json"), "w", encoding="utf-8") as f:
    json.dump(OUT, f, ensure_ascii=False, indent=1)
    f.write("\n")
print(len(OUT), "pairs,", sum(len(p["facts"]) for p in OUT), "facts")
