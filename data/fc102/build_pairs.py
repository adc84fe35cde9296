import json, os
from build_common import Pair, HERE

OUT = []

# ---------------- pair 1: Tahiti aquarium extension
P = Pair("p1a_frenchpolynesia_aquarium_expansion_pacificnewswire.txt", "p1b_frenchpolynesia_aquarium_expansion_courrierdepapeete.txt")
P.f("cost of the extension (CFP francs)", "agree", "quantity", "1.45 billion CFP franc", "1 450 millions F CFP", "Same 1.45 billion XPF, written with a space and 'millions' on side b.")
P.f("cost of the extension (other currency)", "agree", "quantity", "about $14 million", "about 12,2 million euros", "Same cost converted: 1.45bn XPF is about EUR 12.2m (fixed 119.33 XPF/EUR) and about USD 14m.")
P.f("size of the lagoon tank", "agree", "quantity", "1.2-million-litre", "1 200 m³", "1.2 million litres = 1,200 cubic metres.")
P.f("species on show", "agree", "quantity", "more than 140 species", "146 species", "146 is more than 140 (b's body mention; the headline repeats it).", b_occ=2)
P.f("expected visitors a year", "conflict", "quantity", "180,000 visitors a year", "150 000 visitors a year", "180,000 vs 150,000 a year, both the operator's expectation.")
P.f("staff", "related", "quantity", "22 new staff", "64 people", "New hires vs the whole workforce after hiring: part vs whole.")
P.f("adult ticket", "agree", "quantity", "2,500 CFP francs", "2 500 F", "Same price; b writes 'F' for CFP franc.")
P.f("opening day", "agree", "date", "Monday", "Monday 19 January", "Both 2026-01-19 (a: weekday only, published 2026-01-20).")
P.f("start of the works", "agree", "date", "March 2024", "2024", "Same start at two grains.")
P.f("opening of the shark tunnel", "conflict", "date", "June 2027", "September 2027", "2027-06 vs 2027-09 (a: 'by June 2027'; b: 'planned for September 2027').")
P.f("director's quote on the lagoon", "agree", "quote", "We wanted Tahitians to see their own lagoon without getting wet,", "We wanted people here to see their own lagoon without getting wet,", "Same speaker (Vaimiti Tehaamoana), reworded ('Tahitians' / 'people here').")
P.f("approval to capture sharks", "conflict", "statement",
    "the territory's environment ministry had approved the capture of 12 juvenile blacktip reef sharks",
    "the environment ministry has not yet approved the capture of the young blacktip sharks",
    "Opposite polarity: 'had approved' (director, per a) vs 'has not yet approved' (ministry spokeswoman, per b).")
P.f("reef damage claims", "agree", "statement",
    "The company rejected claims by the environmental group Te Ora Lagoon that dredging for the water intake had damaged coral near the site",
    "The company denied that the work had harmed the reef",
    "Same denial by Moana Ocean Discovery, worded differently.")
P.f("cheaper entry", "related", "statement",
    "Pupils from Tahiti's public schools will get free entry on Wednesday afternoons",
    "The Punaauia municipality is considering a discounted annual pass for residents of the commune",
    "Both about reduced prices, but different schemes (school pupils' free entry vs a residents' pass under consideration).")
OUT.append(P.out())

# ---------------- pair 2: Brunei crypto-exchange licence
P = Pair("p2a_brunei_crypto_exchange_licence_asiapacificwire.txt", "p2b_brunei_crypto_exchange_licence_wartaseria.txt")
P.f("paid-up capital requirement", "agree", "quantity", "at least B$5 million", "BND 5 million", "Same minimum, symbol vs ISO code.")
P.f("licence term", "agree", "quantity", "three-year", "36-month", "Three years = 36 months.")
P.f("number of coins allowed", "conflict", "quantity", "eight digital assets", "10 tokens", "8 vs 10 assets that may be listed.")
P.f("pre-registrations", "agree", "quantity", "About 12,000 people", "more than 11,500 pre-registrations", "'About 12,000' and 'more than 11,500' are compatible.")
P.f("withdrawal limit", "related", "quantity", "B$20,000", "at most B$100,000", "Daily limit (a) vs monthly limit (b): different measures.")
P.f("employees", "agree", "quantity", "42 people", "forty-two staff", "Same, digits vs words.")
P.f("trading fee", "agree", "quantity", "0.2%", "0.2 per cent", "Same.")
P.f("licence granted", "agree", "date", "February 16", "Monday", "Both 2026-02-16 (b: weekday, published 2026-02-18).")
P.f("start of trading", "conflict", "date", "March 2", "9 March", "2026-03-02 vs 2026-03-09.")
P.f("application filed", "agree", "date", "2024", "October 2024", "Same at two grains.")
P.f("who said 'not a playground for speculators'", "conflict", "quote",
    "Brunei will not become a playground for speculators,", "Brunei will not become a playground for speculators,",
    "Same words: a gives them to AMBD managing director Norliza Matusin, b to Deputy Minister Awang Hamid Jaafar.")
P.f("derivatives trading", "conflict", "statement",
    "the company had ruled out offering derivatives or leveraged trading",
    "Serasa is considering adding bitcoin futures once the market has settled",
    "Opposite modality: 'ruled out' vs 'is considering'.")
P.f("other applications", "related", "statement",
    "Two other applicants are still under review",
    "AMBD said it had rejected one application",
    "Other applicants: a says two are pending, b that one was rejected; different applications/outcomes, not contradictory.")
P.f("in-person identity checks", "agree", "statement",
    "Customers will have to verify their identity in person",
    "Sign-ups require face-to-face identity checks",
    "Same rule worded differently.")
OUT.append(P.out())

# ---------------- pair 3: Yekaterinburg planetarium
P = Pair("p3a_russia_planetarium_opening_eurasiawire.txt", "p3b_russia_planetarium_opening_uralskyvestnik.txt")
P.f("seats under the dome", "conflict", "quantity", "160 people", "180 seats", "160 vs 180 seats.")
P.f("cost of the building", "agree", "quantity", "1.2 billion roubles", "1,2 billion ₽", "Same, decimal comma and rouble sign on side b.")
P.f("funding shares", "related", "quantity", "800 million roubles", "400 million ₽", "Regional-budget share (a) vs federal-programme share (b): two parts of the same total.")
P.f("dome diameter", "agree", "quantity", "18-metre", "18 m", "Same.")
P.f("projectors", "agree", "quantity", "12 laser projectors", "twelve projectors", "Same, digits vs words.")
P.f("adult ticket", "agree", "quantity", "450 roubles", "450 ₽", "Same.")
P.f("expected visitors a year", "agree", "quantity", "250,000 visitors a year", "a quarter of a million visitors a year", "Same figure, written in words on side b.")
P.f("years without a planetarium", "conflict", "quantity", "seven-year", "five years", "Seven-year wait (closure in 2019) vs five years (closure in 2021).")
P.f("opening day", "agree", "date", "Tuesday", "17 March", "Both 2026-03-17.")
P.f("start of construction", "agree", "date", "September 2023", "2023", "Same at two grains.")
P.f("closure of the old planetarium", "conflict", "date", "2019", "2021", "2019 vs 2021.")
P.f("director's quote on the sky", "agree", "quote", "Children in the Urals will see the same sky as a cosmonaut,", "Children in the Urals will now see the sky as cosmonauts see it,", "Same speaker (Marina Zolotaryova), reworded.")
P.f("running costs", "conflict", "statement",
    "the regional government had agreed to cover the planetarium's running costs for its first three years",
    "The regional ministry of culture refused to fund the planetarium's running costs",
    "Opposite polarity: 'agreed to cover' vs 'refused to fund'.")
P.f("concession tickets", "related", "statement",
    "school groups will get free entry until the end of the school year",
    "Pensioners will pay half price on weekday mornings",
    "Both concessions, for different groups.")
P.f("delay and equipment", "agree", "statement",
    "Zolotaryova denied that the opening had been delayed by problems with the equipment",
    "The director rejected reports that faulty projectors had held up the opening",
    "Same denial, reworded.")
OUT.append(P.out())

# ---------------- pair 4: Pelican Key listing
P = Pair("p4a_sintmaarten_stock_listing_caribwire.txt", "p4b_sintmaarten_stock_listing_philipsburgkoerier.txt")
P.f("shares sold", "agree", "quantity", "2.4 million shares", "2.400.000 shares", "Same, dot thousands on side b.")
P.f("offer price", "agree", "quantity", "$12.50", "US$ 12,50", "Same, decimal comma on side b.")
P.f("money raised", "agree", "quantity", "$30 million", "Cg 53,7 million", "USD 30m = XCG 53.7m at the fixed 1.79 peg.")
P.f("first-day closing price", "conflict", "quantity", "$13.40", "US$ 13,10", "13.40 vs 13.10 USD.")
P.f("ownership stakes", "related", "quantity", "25%", "60 percent", "Stake sold in the offer (a) vs the stake the founding family keeps (b).")
P.f("employees", "agree", "quantity", "about 480 people", "476 employees", "476 is about 480.")
P.f("minimum subscription", "agree", "quantity", "a minimum of 100 shares", "at least 100 shares", "Same.")
P.f("first trading day", "agree", "date", "Monday", "Monday 11 May", "Both 2026-05-11.")
P.f("subscriptions closed", "conflict", "date", "April 24", "30 April", "2026-04-24 vs 2026-04-30.")
P.f("company founded", "agree", "date", "1987", "1987", "Same year.")
P.f("half-year results due", "agree", "date", "August", "August", "Both 2026-08.")
P.f("chief executive's quote", "agree", "quote", "This is the island buying a piece of itself,", "Today the island is buying a piece of itself,", "Same speaker (Delano Richardson), reworded.")
P.f("dividend this year", "conflict", "statement",
    "the company would not pay a dividend this year",
    "the company intends to pay its first dividend before the end of this year",
    "Opposite polarity: 'would not pay' vs 'intends to pay'.")
P.f("use of the proceeds", "related", "statement",
    "The proceeds will pay for renovating its Simpson Bay resort",
    "Part of the money will also repay a bank loan taken out after Hurricane Irma",
    "Two uses of the same money; b also mentions the resort. Compatible.")
P.f("government stake", "agree", "statement",
    "The government of Sint Maarten declined to take part in the offering",
    "The government will not be a shareholder",
    "Same fact, reworded.")
OUT.append(P.out())

# ---------------- pair 5: Gustavia statue
P = Pair("p5a_saintbarthelemy_statue_unveiling_antillespresse.txt", "p5b_saintbarthelemy_statue_unveiling_echodegustavia.txt")
P.f("height of the statue", "agree", "quantity", "3.2-metre", "3,20 m", "Same height.")
P.f("weight", "agree", "quantity", "1.8 tonnes", "1 800 kg", "1.8 t = 1,800 kg.")
P.f("cost", "agree", "quantity", "€340,000", "340 000 €", "Same, French order and spacing on side b.")
P.f("public subscription", "related", "quantity", "more than 1,200 residents", "95 000 €", "Number of donors (a) vs amount raised (b).")
P.f("crowd at the unveiling", "conflict", "quantity", "About 2,000 people", "Some 800 people", "About 2,000 vs some 800.")
P.f("figures in the group", "agree", "quantity", "three bronze women", "three figures", "Same three figures.")
P.f("casting time", "agree", "quantity", "six months", "six-month", "Same.")
P.f("unveiling day", "agree", "date", "Saturday", "Saturday 11 July", "Both 2026-07-11.")
P.f("month of casting", "conflict", "date", "March", "April", "Bronze cast in March (a) vs poured in April (b), 2026.")
P.f("commission", "agree", "date", "2024", "November 2024", "Same at two grains.")
P.f("who said 'they waited on this quay'", "conflict", "quote",
    "They waited on this quay for men who sometimes never came home,", "They waited on this quay for men who sometimes never came home,",
    "Same words: a gives them to the sculptor Claire Montrichard, b to Collectivité president Raymond Aubin.")
P.f("night lighting", "conflict", "statement",
    "Council members said the statue would be floodlit at night",
    "The Collectivité decided against lighting the statue at night",
    "Opposite polarity: will be floodlit vs decided against lighting.")
P.f("follow-up works", "related", "statement",
    "A second statue, of a fisherman mending his nets, is planned for the waterfront at Corossol",
    "Montrichard will also make small numbered copies of the statue",
    "Different follow-up projects; not contradictory.")
P.f("sculptor's fee", "agree", "statement",
    "Montrichard waived her fee for the work",
    "The sculptor, Claire Montrichard, gave up her fee",
    "Same fact, reworded.")
OUT.append(P.out())

# ---------------- pair 6: Turks and Caicos home insurance
P = Pair("p6a_turkscaicos_home_insurance_premiums_atlanticcaribbeanwire.txt", "p6b_turkscaicos_home_insurance_premiums_provosentinel.txt")
P.f("average premium rise", "agree", "quantity", "18%", "18 per cent", "Same average (body mentions; both headlines repeat it).", a_occ=2, b_occ=2)
P.f("typical premium before", "agree", "quantity", "about $3,600", "US$3,600", "Same.")
P.f("typical premium after vs increase", "related", "quantity", "about $4,250", "US$650", "New yearly premium (a) vs the yearly increase (b); 3,600 + 650 = 4,250.")
P.f("Coral Shield policyholders", "conflict", "quantity", "about 7,000 policyholders", "5,800 policyholders", "About 7,000 vs 5,800.")
P.f("reinsurance cost rise", "agree", "quantity", "25%", "25 per cent", "Same.")
P.f("hurricane deductible", "agree", "quantity", "5%", "five per cent", "Same.", a_after="deductible will stay at")
P.f("insurers raising rates", "agree", "quantity", "three insurers", "three companies", "Same three insurers.")
P.f("new rates take effect", "agree", "date", "September 1", "1 September", "Both 2026-09-01.")
P.f("letters sent", "agree", "date", "Monday", "17 August", "Both 2026-08-17.")
P.f("regulator's review due", "conflict", "date", "October 31", "the end of September", "2026-10-31 vs end of 2026-09.")
P.f("who said 'not in the business of punishing people'", "conflict", "quote",
    "We are not in the business of punishing people for living on an island,", "We are not in the business of punishing people for living on an island,",
    "Same words: a gives them to Coral Shield CEO Everton Gardiner, b to insurance association chair Lorna Forbes.")
P.f("phasing in the rise", "conflict", "statement",
    "Coral Shield would not phase in the increase",
    "Coral Shield has agreed to phase in the rise over two renewals",
    "Opposite polarity: 'would not phase in' vs 'has agreed to phase in' (b for some customers).")
P.f("storm shutters", "related", "statement",
    "Finance Minister Alvin Stubbs urged homeowners to fit hurricane shutters",
    "Government is considering import-duty relief on storm shutters",
    "Same topic, different measures (advice vs a tax relief under consideration).")
P.f("profiteering", "agree", "statement",
    "Insurers denied that they were profiteering",
    "The companies rejected claims of price-gouging",
    "Same denial, reworded.")
OUT.append(P.out())

# ---------------- pair 7: Longyearbyen restaurant star
P = Pair("p7a_svalbard_restaurant_guide_star_nordicwire.txt", "p7b_svalbard_restaurant_guide_star_longyearbyennytt.txt")
P.f("seats", "conflict", "quantity", "24 seats", "22 seats", "24 vs 22.")
P.f("tasting menu price", "agree", "quantity", "2,450 Norwegian crowns", "kr 2 450", "Same NOK price, local symbol and space thousands on side b.")
P.f("menu price in euros", "agree", "quantity", "about €210", "roughly €208", "Same price converted and rounded differently.")
P.f("courses", "agree", "quantity", "14 courses", "fourteen courses", "Same.")
P.f("staff", "agree", "quantity", "nine people", "9 employees", "Same.")
P.f("distance to the North Pole", "agree", "quantity", "about 1,300 km", "1 300 kilometres", "Same (b inside the mayor's quote).")
P.f("menu vs wine pairing", "related", "quantity", "2,450 Norwegian crowns", "kr 1 600", "Menu price (a) vs extra for the wine pairing (b).")
P.f("day of the award", "agree", "date", "Monday", "Monday 5 October", "Both 2026-10-05.")
P.f("restaurant opened", "conflict", "date", "2019", "2021", "2019 vs 2021.")
P.f("guide began covering Svalbard", "agree", "date", "2025", "last year", "Both 2025.")
P.f("chef's quote on Arctic produce", "agree", "quote",
    "We cook with what the Arctic gives us, and some weeks it gives us very little,",
    "We cook with what the Arctic gives us, and in some weeks that is not much,",
    "Same speaker (Ingrid Solbakk), reworded.")
P.f("polar night opening", "conflict", "statement",
    "the restaurant would stay open through the polar night",
    "the restaurant will not open during the polar night",
    "Opposite polarity: stay open vs will not open.")
P.f("expansion plans", "related", "statement",
    "It also plans to add a lunch service next spring",
    "they were now looking for a bigger building",
    "Different plans for growth; compatible.")
P.f("moving to the mainland", "agree", "statement",
    "She rejected offers to move the restaurant to Oslo",
    "she will not take the restaurant to the mainland",
    "Same refusal.")
OUT.append(P.out())

# ---------------- pair 8: Stanley skate park
P = Pair("p8a_falklands_skate_park_opening_atlanticpressservice.txt", "p8b_falklands_skate_park_opening_stanleystandard.txt")
P.f("cost of the park", "agree", "quantity", "£420,000", "£420,000", "Same.")
P.f("funding shares", "related", "quantity", "£250,000", "£170,000", "Government share (a) vs trust fundraising (b): two parts of the 420,000 total.")
P.f("area", "agree", "quantity", "1,100 square metres", "about 1,100m²", "Same.")
P.f("bowls", "agree", "quantity", "three bowls", "three bowls", "Same.")
P.f("depth of the deepest bowl", "agree", "quantity", "2.4-metre", "eight-foot", "2.4 m is about 7.9 ft: same depth in another unit.")
P.f("construction time", "conflict", "quantity", "14 months", "18 months", "14 vs 18 months.")
P.f("club members", "agree", "quantity", "More than 150 young people", "Some 160 young people", "Compatible.")
P.f("opening day", "agree", "date", "Saturday", "Saturday 14 November", "Both 2026-11-14.")
P.f("start of construction", "agree", "date", "September 2025", "2025", "Same at two grains.")
P.f("first competition", "conflict", "date", "December 12", "next January", "2026-12-12 vs 2027-01.")
P.f("who said 'built for teenagers, not tourists'", "conflict", "quote",
    "This is the first thing in Stanley built for teenagers, not tourists,", "This is the first thing in Stanley built for teenagers, not tourists,",
    "Same words: a gives them to MLA Carol Biggs, b to Youth Council chair Ellie Harding.")
P.f("helmets", "conflict", "statement",
    "Helmets will be compulsory for all users",
    "Helmets will not be compulsory",
    "Opposite polarity.")
P.f("lighting", "related", "statement",
    "Floodlights will be added next year",
    "In winter the park will close at dusk, as there is no lighting on the site",
    "Future floodlights vs no lighting now: two moments, compatible.")
P.f("noise objections", "agree", "statement",
    "The planning committee rejected objections from neighbours who said the park would be noisy",
    "Noise complaints from residents of nearby streets were dismissed by the planning committee",
    "Same decision, reworded.")
OUT.append(P.out())

with open(os.path.join(HERE, "gold", "pairs.gold.json"), "w", encoding="utf-8") as f:
    json.dump(OUT, f, ensure_ascii=False, indent=1)
    f.write("\n")
