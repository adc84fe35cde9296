import json, os
from build_common import Pair, HERE

OUT = []

# ---------------- pair 1: Malawi contaminated petrol
P = Pair("p1a_malawi_fuel_licence_riftvalleynews.txt", "p1b_malawi_fuel_licence_lilongwecourier.txt")
P.f("vehicles damaged", "agree", "quantity", "more than 2,300 vehicles", "2,340 vehicles", "2,340 is more than 2,300.")
P.f("fine on the importer", "agree", "quantity", "MK150 million", "K150 million", "Same fine (MK and K both kwacha).")
P.f("size of the compensation fund", "conflict", "quantity", "MK400 million", "K250 million", "Same fund the council ordered: 400 vs 250 million kwacha.")
P.f("payment per vehicle", "related", "quantity", "up to MK350,000", "K180,000", "A: cap per vehicle; B: average claim filed so far. Different measures.")
P.f("length of the suspension", "agree", "quantity", "90 days", "three months", "90 days ~ three months.", a_after="Chisomo Energy Ltd for")
P.f("filling stations supplied", "agree", "quantity", "38 filling stations", "38 filling stations", "Same.")
P.f("ethanol share", "related", "quantity", "14%", "no more than 10 per cent", "A: ethanol found in the petrol; B: legal limit. Different measures.")
P.f("petrol withdrawn", "agree", "quantity", "about 1.2 million litres", "About 1.2 million litres", "Same.")
P.f("first complaints", "agree", "date", "January 9", "9 January", "Both 2026-01-09.")
P.f("suspension took effect", "agree", "date", "Tuesday", "Tuesday", "Both 2026-01-20.")
P.f("deadline for claims", "conflict", "date", "February 28", "15 March", "2026-02-28 vs 2026-03-15 for the same claims.")
P.f("who said motorists will not pay", "conflict", "quote",
    "We will not allow motorists to pay for someone else's negligence,", "We will not allow motorists to pay for someone else's negligence,",
    "Same words: A gives them to council chief executive Tamanda Nkhoma, B to Energy Minister Grace Mhango.")
P.f("Banda on where the fault lies", "agree", "quote", "Our own tests at the depot were clean,",
    "The fault lies with a transport contractor, and we will recover our losses from them,",
    "Same speaker (Felix Banda), different words, same line: the depot was not at fault.")
P.f("challenge to the suspension", "conflict", "statement",
    "the company would appeal the suspension in the High Court", "would not challenge the suspension",
    "Opposite polarity: will appeal vs will not challenge.")
P.f("depot contamination denied", "agree", "statement",
    "Chisomo denied that the fuel left its Mwanza depot in poor condition",
    "He again denied, however, that the fuel had been contaminated at its depot", "Same denial.")
P.f("checks on other depots", "related", "statement",
    "the council was considering random testing at every import depot from March",
    "an independent audit of all depots would start in March",
    "A: council considering random testing; B: minister announces an audit. Different measures and actors.")
OUT.append(P.out())

# ---------------- pair 2: Laos coffee leaf rust
P = Pair("p2a_laos_coffee_rust_mekongwire.txt", "p2b_laos_coffee_rust_vientianemorningpost.txt")
P.f("fall in harvest", "agree", "quantity", "28%", "28 per cent", "Same.")
P.f("this season's harvest", "agree", "quantity", "about 31,000 tonnes", "31,400 tonnes", "About 31,000 is compatible with 31,400.")
P.f("last season's harvest", "conflict", "quantity", "43,500 tonnes", "45,000 tonnes", "Same crop: 43,500 vs 45,000 tonnes.")
P.f("area damaged", "agree", "quantity", "some 12,000 hectares", "about 12,000 hectares", "Same.")
P.f("families growing coffee", "agree", "quantity", "About 18,000 farming families", "18,000 households", "Same.")
P.f("loan fund", "agree", "quantity", "50 billion kip", "50 billion kip", "Same.")
P.f("loan per household", "agree", "quantity", "up to 20 million kip", "up to 20 million kip", "Same.")
P.f("coffee export earnings", "related", "quantity", "about $62 million", "about $48 million", "A: last year's earnings; B: this season's expected earnings.")
P.f("rust first found", "agree", "date", "October", "October last year", "Both 2025-10.")
P.f("loan applications open", "agree", "date", "March 1", "1 March", "Both 2026-03-01.")
P.f("replanting plan deadline", "conflict", "date", "June 30", "31 May", "2026-06-30 vs 2026-05-31 for the same plan.")
P.f("deputy governor on the speed of the rust", "agree", "quote", "The rust came faster than anyone expected,",
    "Nobody expected the rust to spread this fast,", "Same speaker (Souksavanh Phommachanh), reworded.")
P.f("who said 'We cannot cut down every tree'", "conflict", "quote",
    "We cannot cut down every tree and start again,", "We cannot cut down every tree and start again,",
    "Same words: A gives them to cooperative head Khamla Vongsa, B to ministry official Bounmy Keomany.")
P.f("export ban on green beans", "conflict", "statement",
    "The government will not ban exports of unroasted beans",
    "The government is considering a temporary ban on exports of green beans",
    "Opposite polarity: ruled out vs under consideration.")
P.f("free seedlings requested", "agree", "statement",
    "Her cooperative has asked the ministry for free seedlings of a rust-resistant variety",
    "Growers' groups have asked for the seedlings to be free", "Same request.")
P.f("foreign buyers", "related", "statement",
    "ended a three-year supply contract", "has pledged to keep buying from the plateau",
    "A: a Thai buyer left; B: a Japanese buyer stays. Different buyers.")
OUT.append(P.out())

# ---------------- pair 3: Myanmar power plant shut over arrears
P = Pair("p3a_myanmar_power_plant_andamanpress.txt", "p3b_myanmar_power_plant_commerceweekly.txt")
P.f("plant capacity", "agree", "quantity", "350-megawatt", "350 MW", "Same.")
P.f("debt owed to the company", "conflict", "quantity", "$86 million", "US$92 million", "Same arrears claimed by the company: 86 vs 92 million dollars.", a_after="utility owed it")
P.f("length of daily cuts", "agree", "quantity", "eight hours a day", "up to eight hours", "Same.")
P.f("households on rotating cuts", "agree", "quantity", "about 1.1 million households", "1.1 million homes", "Same.")
P.f("plant's share of Yangon power", "agree", "quantity", "about 22%", "22 per cent", "Same.")
P.f("payments by the state", "related", "quantity", "$15 million", "$20 million", "A: partial payment made in January; B: sum now offered. Different payments.")
P.f("household tariff", "agree", "quantity", "50 kyat per unit", "50 kyat", "Same.")
P.f("plant shut", "agree", "date", "Wednesday", "Wednesday night", "Both 2026-03-11.")
P.f("last full payment", "conflict", "date", "November", "December", "2025-11 vs 2025-12.")
P.f("talks resume", "agree", "date", "next Monday", "March 16", "Both 2026-03-16.")
P.f("contract ends", "agree", "date", "2031", "2031", "Same.")
P.f("chief executive on carrying the debt", "agree", "quote",
    "We have carried the state's debts for fourteen months, and we cannot do it any longer,",
    "We have carried this debt for over a year. We cannot carry it any longer,", "Same speaker (Zaw Min Htet), reworded.")
P.f("who said 'The lights will come back'", "conflict", "quote",
    "The lights will come back, but not overnight,", "The lights will come back, but not overnight,",
    "Same words: A gives them to Deputy Minister Kyaw Soe Lin, B to distributor spokeswoman Hnin Wai.")
P.f("state takeover of the plant", "conflict", "statement",
    "the ministry had ruled out taking over the plant", "has not ruled out taking control of the plant",
    "Opposite polarity: ruled out vs not ruled out.")
P.f("restart after payment", "agree", "statement",
    "the company would restart the turbines within 48 hours of receiving payment",
    "the company would bring the plant back within 48 hours of being paid", "Same pledge.")
P.f("who is spared or hit by cuts", "related", "statement",
    "Factory owners were told to run their own generators", "Hospitals and the water works are exempt",
    "Different groups of users; not contradictory.")
OUT.append(P.out())

# ---------------- pair 4: Bangladesh ship-breaking yard blast
P = Pair("p4a_bangladesh_shipbreaking_blast_baybengalnews.txt", "p4b_bangladesh_shipbreaking_blast_chattogramchronicle.txt")
P.f("death toll", "agree", "quantity", "nine workers", "nine", "Same toll (B: 'rose to nine', annotated with unit death).", b_after="rose to")
P.f("injured", "agree", "quantity", "at least 14", "17 workers", "17 is at least 14 (B a day later).")
P.f("tanker size", "agree", "quantity", "62,000-tonne", "62,000 dwt", "Same ship.")
P.f("licence suspension", "agree", "quantity", "30 days", "one month", "30 days ~ one month.")
P.f("payment per bereaved family", "conflict", "quantity", "Tk 10 lakh", "Tk 5 lakh", "Same payment from the yard: 10 vs 5 lakh taka.")
P.f("yard deaths last year", "agree", "quantity", "at least 20 workers", "20 workers", "Compatible.")
P.f("workforce", "related", "quantity", "About 300 workers", "some 25,000 people", "A: workers at this yard; B: the whole Sitakunda industry.")
P.f("day of the blast", "agree", "date", "Tuesday", "Tuesday afternoon", "Both 2026-04-07.")
P.f("tanker beached", "agree", "date", "February", "February", "Both 2026-02.")
P.f("inquiry report due", "conflict", "date", "April 22", "April 30", "2026-04-22 vs 2026-04-30 for the same committee.")
P.f("who said no gas-free certificate was issued", "conflict", "quote",
    "No gas-free certificate was issued for that tank,", "No gas-free certificate was issued for that tank.",
    "Same words: A names fire-service deputy director Abul Hasnat, B an unnamed Department of Explosives official (speaker null).")
P.f("union leader on preventable deaths", "agree", "quote", "Every death in these yards is preventable.",
    "Every one of these deaths could have been prevented,", "Same speaker (Rezaul Karim), reworded.")
P.f("cutting before the certificate", "conflict", "statement",
    "Mahbubul Alam denied that cutting had begun before the tank was cleared",
    "admitted that his supervisors had allowed cutting to begin before the certificate arrived",
    "Opposite polarity: owner denied vs admitted (B via the district administration).")
P.f("other yards", "conflict", "statement",
    "the government would not close the other yards in Sitakunda",
    "The government has halted cutting at every yard in Sitakunda for seven days",
    "Opposite: will not close vs has halted work at all yards.")
P.f("treatment costs", "agree", "statement",
    "He pledged to pay for the treatment of all the injured", "he has promised to cover all treatment costs", "Same pledge.")
P.f("union response", "related", "statement",
    "The forum called a one-day strike across the yards for Thursday",
    "The forum has asked for an independent safety audit of all yards before work resumes",
    "Different actions by the same union; not contradictory.")
OUT.append(P.out())

# ---------------- pair 5: Oman delivery riders
P = Pair("p5a_oman_delivery_riders_gulfbusinesswire.txt", "p5b_oman_delivery_riders_omancourier.txt")
P.f("riders affected", "agree", "quantity", "about 9,000 foreign workers", "9,200 riders", "About 9,000 is compatible with 9,200.")
P.f("Omani share of riders", "agree", "quantity", "12%", "12 per cent", "Same.")
P.f("fine per rider", "conflict", "quantity", "RO 1,000", "RO 500", "Same fine per expatriate rider: 1,000 vs 500 rials.")
P.f("support for Omani riders", "related", "quantity", "RO 200 a month", "RO 1,500", "A: monthly wage supplement; B: one-off motorcycle grant. Different payments.")
P.f("transition the apps asked for", "agree", "quantity", "two-year", "24 months", "Two years = 24 months.")
P.f("money per delivery", "related", "quantity", "about 0.300 rials", "around RO 0.700", "A: planned rise in the customer's fee; B: what a rider earns per delivery.")
P.f("deadline", "agree", "date", "September 1", "1 September", "Both 2026-09-01.", a_occ=2)
P.f("rule announced", "agree", "date", "Wednesday", "yesterday", "Both 2026-06-03.")
P.f("registration opens", "conflict", "date", "June 15", "21 June", "2026-06-15 vs 2026-06-21 for the same registration.")
P.f("'Omanis can do the job'", "conflict", "quote", "Delivery is a job Omanis can and will do,", "Omanis can do this job, and they will,",
    "Reworded and given to different speakers: A Labour Minister Salim al-Harthy, B Undersecretary Maryam al-Kindi.")
P.f("Talabeena manager on riders", "agree", "quote", "Our riders are our business.", "Our riders are the business,", "Same speaker (Ahmed Al-Balushi), one word differs.")
P.f("extension of the deadline", "conflict", "statement", "The ministry would not extend the deadline",
    "The ministry is expected to allow some companies extra months", "Opposite: no extension vs extensions expected (B from an unnamed official).")
P.f("Talabeena backs Omanisation", "agree", "statement", "We support Omanisation, but we need time to recruit and train,",
    "said the company backed Omanisation but needed time", "A quotes, B paraphrases the same position.")
P.f("delivery fees to rise", "agree", "statement", "it plans to raise delivery fees", "two platforms said delivery fees would rise",
    "Compatible: A names one app, B says two platforms.")
P.f("fate of foreign riders", "related", "statement", "Their visas will not be renewed after the deadline",
    "said they had not been told what would happen to them", "A: ministry's rule; B: riders not informed. Not contradictory.")
OUT.append(P.out())

# ---------------- pair 6: Bahrain digital bank licence
P = Pair("p6a_bahrain_digital_bank_levantgulfwire.txt", "p6b_bahrain_digital_bank_manamadigest.txt")
P.f("paid-up capital", "agree", "quantity", "BD30 million", "BD 30m", "Same.")
P.f("Al-Fateh stake", "conflict", "quantity", "51%", "60%", "Same shareholding: 51% vs 60%.")
P.f("applications", "agree", "quantity", "seven applications", "Seven groups", "Same seven applicants.")
P.f("customer target", "agree", "quantity", "100,000 customers", "100,000 customers", "Same target for the first year.")
P.f("staff", "conflict", "quantity", "about 120 staff", "around 140 people", "Same workforce: about 120 vs around 140.")
P.f("technology spending", "agree", "quantity", "BD12 million", "BD 12m", "Same.")
P.f("reaction of existing banks", "related", "statement",
    "Existing lenders asked the central bank to apply the same capital and reporting rules to digital banks",
    "Some bankers are sceptical", "A: lenders' request on rules; B: bankers doubt the model. Different points, not contradictory.")
P.f("size of the banking sector", "related", "quantity", "more than 90 banks and financial institutions", "more than $230 billion",
    "A: number of institutions; B: sector assets. Different measures.")
P.f("licence approved", "agree", "date", "Monday", "Monday", "Both 2026-08-17.")
P.f("applications filed since", "agree", "date", "March 2025", "March 2025", "Same.")
P.f("launch", "conflict", "date", "November", "early 2027", "2026-11 vs 2027 for the same launch.")
P.f("governor: first licence, not the last", "agree", "quote", "This licence is a first for the Kingdom, not the last,",
    "This is the first such licence, and it will not be the last,", "Same speaker (Khalid Al-Mannai), reworded.")
P.f("who said 'Our branch is the phone in your pocket'", "conflict", "quote",
    "Our branch is the phone in your pocket,", "Our branch is the phone in your pocket,",
    "Same words: A chief executive Mariam Al-Sayed, B chief technology officer Rohan Pillai.")
P.f("loans at launch", "conflict", "statement", "would not offer loans until its second year of operation",
    "personal loans would be available from launch", "Opposite polarity on the same product.")
P.f("no further licences soon", "agree", "statement", "it would not grant a second digital banking licence this year",
    "He ruled out any further digital licences before 2027", "Same refusal.")
P.f("minimum balance", "conflict", "statement", "The minimum balance will be BD5", "no minimum balance",
    "A: a BD5 minimum; B: none. B states no figure, so scored as a statement.")
OUT.append(P.out())

# ---------------- pair 7: Lebanon cedar sawfly
P = Pair("p7a_lebanon_cedar_sawfly_easternmednews.txt", "p7b_lebanon_cedar_sawfly_mountaingazette.txt")
P.f("area infested", "agree", "quantity", "about 180 hectares", "180 hectares", "Same.")
P.f("share of the reserve", "agree", "quantity", "about 30%", "about 30 per cent", "Same.")
P.f("trees affected", "agree", "quantity", "some 40,000 cedars", "Roughly 40,000 trees", "Same.")
P.f("cost of treatment", "conflict", "quantity", "about $450,000", "$380,000", "Same cost of treating the infested area: 450,000 vs 380,000 dollars.")
P.f("area treated", "related", "quantity", "25 hectares", "120 hectares", "A: already treated by hand; B: to be sprayed from helicopters.")
P.f("larvae in the soil", "agree", "quantity", "two to three years", "up to three years", "Compatible.")
P.f("remaining cedar forest", "agree", "quantity", "about 2,000 hectares", "around 2,000 hectares", "Same.")
P.f("treatment starts", "agree", "date", "October 12", "12 October", "Both 2026-10-12.")
P.f("outbreak first spotted", "conflict", "date", "September", "July", "2026-09 vs 2026-07.")
P.f("previous outbreak", "agree", "date", "1998", "1998", "Same.")
P.f("soil results due", "agree", "date", "November", "next month", "Both 2026-11.")
P.f("who said 'If we do nothing'", "conflict", "quote",
    "If we do nothing, we lose trees that are a thousand years old,", "If we do nothing, we lose trees that are a thousand years old,",
    "Same words: A reserve director Nayla Khoury, B Environment Minister Fadi Haddad.")
P.f("mayor on the trees", "agree", "quote",
    "We have lived beside these trees for generations, and we will not abandon them now,",
    "These trees have been our neighbours for generations, and we will not leave them now,", "Same speaker (Georges Rahme), reworded.")
P.f("aerial spraying", "conflict", "statement", "ruled out aerial spraying", "The government has approved aerial spraying",
    "Opposite polarity: ruled out vs approved.")
P.f("reserve closed", "agree", "statement", "The reserve has been closed to visitors until further notice", "The reserve is closed to the public", "Same.")
P.f("outside help on the ground", "related", "statement",
    "The municipality of Tannourine asked the army to lend helicopters to carry equipment",
    "a local environmental group pledged 150 volunteers to help rangers on the ground", "Different helpers and kinds of help.")
OUT.append(P.out())

# ---------------- pair 8: Georgia bread price
P = Pair("p8a_georgia_bread_price_caucasuswire.txt", "p8b_georgia_bread_price_tbilisiherald.txt")
P.f("new price of a loaf", "agree", "quantity", "1.50 lari", "₾1.50", "Same.", b_occ=2)
P.f("old price of a loaf", "conflict", "quantity", "1.20 lari", "₾1.30", "Same previous price: 1.20 vs 1.30 lari.")
P.f("bakeries raising prices", "agree", "quantity", "about 600 bakeries", "More than 550 bakeries", "Compatible.")
P.f("wheat imported", "agree", "quantity", "about 90%", "90 per cent", "Same.")
P.f("flour subsidy fund", "agree", "quantity", "20 million lari", "₾20m", "Same.")
P.f("input prices", "related", "quantity", "1,450 lari a tonne", "$260 a tonne", "A: flour price; B: import wheat price. Different goods.")
P.f("food inflation", "agree", "quantity", "7.1%", "7.1 per cent", "Same.")
P.f("new price from", "agree", "date", "Monday", "9 November", "Both 2026-11-09.")
P.f("talks with bakers", "conflict", "date", "Friday", "Thursday", "2026-11-13 vs 2026-11-12 for the same talks.")
P.f("minister on price controls", "agree", "quote", "Price controls empty the shelves; they do not fill them,",
    "Shelves do not fill up because a minister signs a decree,", "Same speaker (Levan Gelashvili), reworded.")
P.f("association chairman on collusion", "agree", "quote", "Nobody in this association has agreed a price with anybody,",
    "Nobody in this association has agreed a price with anybody,", "Same speaker (Zurab Tsiklauri), same words.")
P.f("who said 'Bread is not a luxury'", "conflict", "quote", "Bread is not a luxury,", "Bread is not a luxury,",
    "Same words: A opposition MP Nino Beridze, B consumer group head Eka Lomidze.")
P.f("price cap", "conflict", "statement", "the government would not set a price cap on bread",
    "The government is considering a temporary cap on the price of bread", "Opposite: ruled out vs under consideration (same minister).")
P.f("cartel denied", "agree", "statement", "The association denied that its members had agreed prices among themselves",
    "The Georgian Bakers' Association rejected claims of a cartel", "Same denial.")
P.f("VAT on bread", "related", "statement", "The finance ministry said it was studying the idea",
    "the finance ministry said that would cost the budget about ₾90m a year", "Different points about the same proposal; not contradictory.")
P.f("other cities to follow", "agree", "statement", "Bakers in Kutaisi and Batumi said they were likely to follow Tbilisi's increase within weeks",
    "Bakers in Kutaisi and Batumi are expected to raise their prices within weeks", "Same expectation.")
OUT.append(P.out())

with open(os.path.join(HERE, "gold", "pairs.gold.json"), "w", encoding="utf-8") as f:
    json.dump(OUT, f, ensure_ascii=False, indent=1)
    f.write("\n")
print(len(OUT), "pairs,", sum(len(p["facts"]) for p in OUT), "facts")
