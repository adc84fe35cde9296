import json, os
from build_common import Pair, HERE

OUT = []

# ---------------- pair 1: Pune bus depot fire
P = Pair("p1a_india_bus_depot_fire_subcontinentwire.txt", "p1b_india_bus_depot_fire_punepatrika.txt")
P.f("buses destroyed", "agree", "quantity", "38 buses", "38 buses", "Same.")
P.f("damage estimate", "agree", "quantity", "about Rs 55 crore", "Rs 54.6 crore", "A rounds B's exact 54.6 crore.")
P.f("buses lost in the fire vs total buses lost", "related", "quantity", "38 buses", "more than 40 buses",
    "B's 'more than 40' includes buses lost earlier in breakdowns; a different count, not a conflict.")
P.f("fire engines", "conflict", "quantity", "14 fire engines", "16 fire tenders", "14 vs 16 appliances.")
P.f("manufacturer's engineers", "conflict", "quantity", "12 engineers", "eight engineers", "12 vs 8 engineers sent by Sahyadri.")
P.f("cost per bus", "agree", "quantity", "Rs 1.42 crore", "Rs 1.42 crore", "Same.")
P.f("insurance claim", "agree", "quantity", "about Rs 48 crore", "about Rs 48 crore", "Same.")
P.f("insured part vs uninsured part", "related", "quantity", "about Rs 48 crore", "Rs 6.6 crore",
    "Insured amount vs remainder from own funds: different sums of the same loss.")
P.f("daily passengers", "agree", "quantity", "about 1.1 million passengers", "around 11 lakh passengers", "1.1 million = 11 lakh (two number systems).")
P.f("electric buses in fleet", "agree", "quantity", "340", "340", "Same.", a_after="make up", b_after="of which")
P.f("day of the fire", "agree", "date", "Tuesday", "Tuesday morning", "Both 2026-02-10.")
P.f("inquiry report due", "agree", "date", "March 15", "15 March", "Both 2026-03-15.")
P.f("the chairman's 'tenth of our fleet'", "agree", "quote",
    "We have lost more than a tenth of our electric fleet in one night,", "We have lost more than a tenth of our electric fleet in one night,", "Both Deshpande.")
P.f("order for 150 new e-buses", "conflict", "statement",
    "Deshpande said PNPL would not cancel an order for 150 more electric buses",
    "Deshpande did not rule out putting on hold the order for 150 new electric buses",
    "Polarity: will not cancel vs may put on hold pending the inquiry.")
P.f("cause of the fire", "related", "statement",
    "the first flames were seen near a charger, not on a bus",
    "the fire spread from the battery pack of one bus",
    "Different anonymous sources (fire service vs PNPL engineer), each attributed; the articles report claims, not contradictory facts.")
P.f("night charging halted", "agree", "statement",
    "had halted overnight charging at all of its six electric depots",
    "has suspended night charging at its six e-bus depots", "Same measure.")
OUT.append(P.out())

# ---------------- pair 2: Lahore refund ruling
P = Pair("p2a_pakistan_power_bill_refund_indusreporter.txt", "p2b_pakistan_power_bill_refund_punjabherald.txt")
P.f("refund total", "agree", "quantity", "Rs 9.8 billion", "Rs9.8bn", "Same.", a_occ=2)
P.f("refund total (headline)", "agree", "quantity", "Rs 9.8 billion", "Rs10bn", "B's headline rounds 9.8bn.")
P.f("consumers to be refunded", "conflict", "quantity", "about 2.3 million consumers", "some 2.1 million consumers", "2.3 vs 2.1 million.")
P.f("time to refund", "conflict", "quantity", "60 days", "90 days", "60 vs 90 days.")
P.f("court's fine", "agree", "quantity", "Rs 50 million", "Rs50m", "Same.")
P.f("court fine vs regulator fine", "related", "quantity", "Rs 50 million", "Rs25m", "Court fine vs NEPRA's earlier fine: different penalties.")
P.f("petitioners", "agree", "quantity", "112 traders", "112 traders", "Same.")
P.f("meters not read", "agree", "quantity", "about 18%", "about 18pc", "Same.")
P.f("average refund", "agree", "quantity", "about Rs 4,200", "around Rs4,200", "Same.")
P.f("refunds start", "conflict", "date", "April", "May", "2026-04 vs 2026-05 bills.")
P.f("petition filed", "agree", "date", "September 2025", "last September", "Both 2025-09.")
P.f("ruling day", "agree", "date", "Monday", "yesterday", "Both 2026-03-23.")
P.f("judge on charges for unused power", "agree", "quote",
    "Consumers were made to pay for electricity they never used,", "Consumers were made to pay for electricity they never used,", "Both Justice Naqvi.")
P.f("who said 'a victory for every family'", "conflict", "quote",
    "This is a victory for every family that chose between a bill and groceries,",
    "This is a victory for every family that chose between a bill and groceries,",
    "Same words: A gives them to counsel Saima Gillani, B to trader Haji Mushtaq.")
P.f("appeal", "conflict", "statement", "He said LESCO was considering an appeal to the Supreme Court",
    "would not appeal", "Polarity: considering an appeal vs will not appeal.")
P.f("NEPRA's own case", "conflict", "statement", "the regulator had no plans to reopen its own case",
    "it would reopen its inquiry", "Polarity: no plans to reopen vs will reopen.")
P.f("ministry's position on funding", "related", "statement",
    "would not stand in the way of the refunds but would not compensate the company",
    "had asked LESCO for a plan to fund the refund", "Compatible: ministry won't pay and asks LESCO for a funding plan.")
OUT.append(P.out())

# ---------------- pair 3: Khulna jute mill lease
P = Pair("p3a_bangladesh_jute_mill_lease_bengalbaywire.txt", "p3b_bangladesh_jute_mill_lease_khulnasangbad.txt")
P.f("lease term", "agree", "quantity", "20 years", "20-year", "Same.")
P.f("annual rent", "agree", "quantity", "Tk 14 crore", "Tk 14 crore", "Same.")
P.f("investment pledged", "conflict", "quantity", "Tk 320 crore", "Tk 300 crore", "320 vs 300 crore.")
P.f("first-phase hiring", "conflict", "quantity", "2,500 people", "2,000 workers", "2,500 vs 2,000 in the first phase/year.")
P.f("workforce at closure", "agree", "quantity", "about 3,800 workers", "nearly 3,800 workers", "Same.")
P.f("state mills closed", "agree", "quantity", "25 state mills", "25 state-owned jute mills", "Same.")
P.f("gratuity dues", "agree", "quantity", "Tk 96 crore", "Tk 96 crore", "Same.")
P.f("raw jute price", "agree", "quantity", "around Tk 3,400 per maund", "Tk 3,350-3,450 a maund", "3,400 lies in the range.")
P.f("raw jute price now vs a year ago", "related", "quantity", "around Tk 3,400 per maund", "about Tk 2,950",
    "Current price vs last year's price: different times.")
P.f("mills closed", "agree", "date", "July 2020", "July 2020", "Same.")
P.f("dues paid by", "agree", "date", "June 30", "30 June", "Both 2026-06-30.")
P.f("production restarts", "conflict", "date", "December 2026", "March 2027", "2026-12 vs 2027-03.")
P.f("who said 'sunrise industry'", "conflict", "quote",
    "Jute is not a sunset industry. It is a sunrise industry that was badly run,",
    "Jute is not a sunset industry. It is a sunrise industry that was badly run,",
    "Same words: A gives them to Rupsha's Tanvir Hossain, B to minister Nurul Alam.")
P.f("mill's old bank debts", "conflict", "statement",
    "Hossain said Rupsha would not take on any of the mill's old bank debts",
    "Rupsha has also agreed to take over part of the mill's old bank debts", "Polarity: will not take on vs agreed to take over.")
P.f("land sale claim", "agree", "statement",
    "Rupsha Fibres rejected claims by a left-wing workers' federation that it planned to sell part of the 28-acre site for housing",
    "Hossain denied this", "Same denial.")
P.f("more mills to lease", "related", "statement", "He said 11 more mills would be leased this year",
    "the government is considering leasing the rest by 2027", "A: 11 this year; B adds a plan for the rest by 2027. Compatible, different scope.")
OUT.append(P.out())

# ---------------- pair 4: Luzon Pacific double debits
P = Pair("p4a_philippines_bank_double_debit_archipelagowire.txt", "p4b_philippines_bank_double_debit_cebudailymonitor.txt")
P.f("accounts hit", "agree", "quantity", "about 480,000 accounts", "some 480,000 accounts", "Same.")
P.f("total double debits", "conflict", "quantity", "about P2.7 billion", "P2.9 billion", "2.7 vs 2.9 billion pesos.")
P.f("possible fine", "agree", "quantity", "up to P10 million", "as much as P10 million", "Same cap.")
P.f("share corrected", "agree", "quantity", "71%", "about 70 percent", "Compatible.")
P.f("goodwill credit", "agree", "quantity", "P500", "P500", "Same.")
P.f("sums taken twice from individual clients", "related", "quantity", "P86,400", "P12,300",
    "Different customers (a Manila operator, a Mandaue store owner).")
P.f("depositors", "agree", "quantity", "3.2 million depositors", "3.2 million depositors", "Same.")
P.f("share price fall", "agree", "quantity", "6.8%", "6.8 percent", "Same.")
P.f("report due within", "agree", "quantity", "30 days", "30 days", "Same.")
P.f("deadline for reversals", "conflict", "date", "May 13", "May 15", "2026-05-13 vs 2026-05-15.", b_occ=2)
P.f("end of changeover", "agree", "date", "Monday, May 4", "Monday", "Both 2026-05-04.")
P.f("order issued", "agree", "date", "Wednesday", "yesterday", "Both 2026-05-06.")
P.f("who said 'no client will lose a single peso'", "conflict", "quote",
    "No client will lose a single peso,", "No client will lose a single peso. We will make sure of that,",
    "Same words: A gives them to the bank's CEO Dizon, B to BSP deputy governor Villareal.")
P.f("interest on wrongly debited funds", "conflict", "statement",
    "Dizon said the bank would pay interest on the duplicated amounts",
    "Dizon said the bank would not pay interest", "Polarity: will pay vs will not pay.")
P.f("failed test", "agree", "statement", "The bank denied that any test had failed",
    "It denied reports that a final test had failed before the launch", "Same denial.")
P.f("outside audit", "related", "statement", "the regulator had not ruled out ordering an outside audit",
    "Villareal said an independent audit of the bank's IT systems was", "Not ruled out vs 'now likely': compatible, different degree.")
OUT.append(P.out())

# ---------------- pair 5: Rayong plant closure
P = Pair("p5a_thailand_parts_plant_closure_mekongbusinesswire.txt", "p5b_thailand_parts_plant_closure_easternseaboardtimes.txt")
P.f("jobs cut", "agree", "quantity", "1,640 jobs", "1,640 permanent employees", "Same.", a_occ=2)
P.f("permanent jobs vs all workers", "related", "quantity", "1,640 jobs", "about 1,700",
    "B's union figure adds contract workers: a different count.", a_occ=2)
P.f("statutory severance", "agree", "quantity", "400 days' pay", "400 days' wages", "Same.")
P.f("extra severance", "agree", "quantity", "60 days' pay", "60 days", "Same.")
P.f("union's demand", "conflict", "quantity", "100,000 baht", "150,000 baht", "100,000 vs 150,000 baht per worker.")
P.f("Chon Buri investment", "agree", "quantity", "1.2 billion baht", "THB 1.2 billion", "Same.")
P.f("car output", "agree", "quantity", "about 1.16 million vehicles", "about 1.16 million vehicles", "Same.")
P.f("fall in car output", "agree", "quantity", "21%", "21 per cent", "Same.")
P.f("closure cost", "agree", "quantity", "about 1.5 billion baht", "around 1.5 billion baht", "Same.")
P.f("workers offered retraining", "agree", "quantity", "300", "300 workers", "Same.", a_after="and that 300")
P.f("closure deadline", "conflict", "date", "September 30", "October", "2026-09-30 vs end of October 2026.")
P.f("job fair", "agree", "date", "July 4", "4 July", "Both 2026-07-04.")
P.f("workers told", "agree", "date", "Wednesday", "Wednesday afternoon", "Both 2026-06-17.")
P.f("union leader on 'our youth'", "agree", "quote", "We gave this company our youth,",
    "We gave this company our youth, and they told us in fifteen minutes,", "Both Wanida; B quotes more.")
P.f("response to the union's demand", "conflict", "statement", "The company said it had rejected that request",
    "says the company has agreed to negotiate", "Polarity: rejected vs agreed to negotiate.")
P.f("Chon Buri plant stays open", "agree", "statement", "the company was not considering the closure of its Chon Buri plant",
    "the company would not close its plant in Chon Buri", "Same.")
P.f("government at the plant", "related", "statement", "The Labour Ministry said it had sent officials to the plant",
    "Labour minister Pichit Chaiyasan visited the plant yesterday", "Officials sent vs the minister's own visit: compatible.")
OUT.append(P.out())

# ---------------- pair 6: BAM sponsorship
P = Pair("p6a_malaysia_badminton_sponsorship_straitssportwire.txt", "p6b_malaysia_badminton_sponsorship_klsportsdaily.txt")
P.f("deal value", "agree", "quantity", "RM120 million", "RM120mil", "Same.", a_occ=2, b_occ=2)
P.f("deal length", "agree", "quantity", "six-year", "six-year", "Same.")
P.f("cash per year", "conflict", "quantity", "RM15 million", "RM14mil", "RM15m vs RM14m a year.")
P.f("equipment in kind vs cash a year", "related", "quantity", "about RM30 million", "RM14mil",
    "Kit over six years vs cash per year: different measures.")
P.f("previous sponsor's payment", "agree", "quantity", "about RM8 million", "RM8mil", "Same.")
P.f("Harimau sales", "agree", "quantity", "RM640 million", "RM640mil", "Same.")
P.f("national players", "agree", "quantity", "84 players", "84 national players", "Same.")
P.f("coaches", "agree", "quantity", "31 coaches", "31 coaches", "Same.")
P.f("Olympic gold bonus", "agree", "quantity", "up to RM5 million", "RM5mil", "Same.")
P.f("deal starts", "agree", "date", "January 2027", "Jan 1, 2027", "Compatible (month vs day).")
P.f("old deal ends", "agree", "date", "December 31", "Dec 31", "Both 2026-12-31.")
P.f("who said 'juniors will not have to wait for leftovers'", "conflict", "quote",
    "For the first time, our juniors will not have to wait for leftovers,",
    "For the first time, our juniors will not have to wait for leftovers,",
    "Same words: A gives them to president Hashim, B to secretary-general Goh.")
P.f("Harimau CEO on 'a seat at the table'", "agree", "quote",
    "We are not buying a logo on a shirt. We are buying a seat at the table of world badminton,",
    "We are buying a seat at the table of world badminton,", "Both Farah Lim.")
P.f("racket rule for top players", "conflict", "statement", "The association would not force top players to switch",
    "all national players, including the top pairs, must use Harimau rackets from 2028", "Polarity: not forced vs must use.")
P.f("government grant", "agree", "statement", "the government would not cut its own grant",
    "the government would keep its annual allocation to BAM", "Same.")
P.f("previous sponsor's renewal", "related", "statement", "That sponsor had offered RM11 million a year to renew",
    "BAM said it had rejected a renewal offer from it in May", "A: the offer; B: its rejection. Compatible.")
OUT.append(P.out())

# ---------------- pair 7: Kenya flower freight
P = Pair("p7a_kenya_flower_air_freight_eastafricawire.txt", "p7b_kenya_flower_air_freight_naivashastandard.txt")
P.f("weekly cargo lost", "conflict", "quantity", "about 180 tonnes", "about 200 tonnes", "About 180 vs about 200 tonnes a week.")
P.f("weekly SkyBridge flights", "agree", "quantity", "four Boeing 777 freighter flights", "four weekly freighters", "Same.")
P.f("share of flower exports", "agree", "quantity", "roughly 12%", "about 12 per cent", "Same.")
P.f("current freight rate", "agree", "quantity", "$2.90", "USD 2.90", "Same.")
P.f("current freight rate in shillings", "agree", "quantity", "$2.90", "about KSh 374", "Same rate in two currencies (2.90 x 129 = 374).")
P.f("August rate", "agree", "quantity", "$2.30", "USD 2.30", "Same.")
P.f("expected rate", "agree", "quantity", "$3.20", "above USD 3", "3.20 is above 3.")
P.f("fees owed", "agree", "quantity", "KSh 310 million", "KSh 310 million", "Same.")
P.f("fees owed vs freight subsidy", "related", "quantity", "KSh 310 million", "KSh 450 million",
    "Airline's debt vs state subsidy: different sums in the same currency.")
P.f("flower earnings", "agree", "quantity", "KSh 110 billion", "KSh 110 billion", "Same.")
P.f("Kenya Airways flight payload", "agree", "quantity", "about 45 tonnes", "around 45 tonnes", "Same.")
P.f("extra Kenya Airways flights begin", "agree", "date", "October 8", "October 8", "Both 2026-10-08.")
P.f("August rate month", "agree", "date", "August", "August", "Both 2026-08.")
P.f("who said 'three weeks to find space'", "conflict", "quote",
    "We have three weeks to find space for flowers that cannot wait three days,",
    "We have three weeks to find space for flowers that cannot wait three days,",
    "Same words: A gives them to council CEO Mutua, B to grower Kariuki.")
P.f("freight subsidy", "conflict", "statement", "He ruled out a subsidy on freight rates",
    "the government would subsidise part of the freight bill for small growers", "Polarity: ruled out vs will subsidise.")
P.f("reason for leaving", "agree", "statement", "denied that the airline was leaving because of unpaid landing fees",
    "SkyBridge spokesman Pieter van Dam said the exit was a", "Both: a commercial decision, not the fees.")
P.f("job losses on farms", "related", "statement", "Growers said some farms might lay off seasonal workers",
    "One farm has already sent home 60 casual workers", "Possible future lay-offs vs one farm's lay-offs: compatible.")
OUT.append(P.out())

# ---------------- pair 8: Western Province rugby stake
P = Pair("p8a_southafrica_rugby_equity_deal_capebusinesswire.txt", "p8b_southafrica_rugby_equity_deal_capesentinel.txt")
P.f("stake sold", "agree", "quantity", "40%", "40%", "Same.", a_occ=2)
P.f("price", "agree", "quantity", "R850 million", "R850m", "Same.", a_occ=2)
P.f("price in dollars", "agree", "quantity", "R850 million", "about US$48m", "850m / 17.6 = US$48m.")
P.f("price vs valuation", "related", "quantity", "about R2.1 billion", "R850m", "Value of the whole company vs price of 40%.")
P.f("upfront payment", "conflict", "quantity", "R600 million", "R500m", "R600m vs R500m on completion/signing.")
P.f("deferred payment", "conflict", "quantity", "R250 million", "R350m", "R250m vs R350m later.")
P.f("debt repayment", "agree", "quantity", "about R320 million", "About R320m", "Same.")
P.f("high-performance centre", "agree", "quantity", "R180 million", "R180m", "Same.")
P.f("union debt", "agree", "quantity", "about R400 million", "R400m", "Same.")
P.f("2025 loss", "agree", "quantity", "R74 million", "R74m", "Same.")
P.f("opposing clubs", "agree", "quantity", "11 amateur clubs", "Eleven clubs", "Same.")
P.f("vote day", "agree", "date", "Wednesday night", "Wednesday", "Both 2026-11-11.")
P.f("SA Rugby decision", "conflict", "date", "December 15", "January", "By 2026-12-15 vs before end of 2027-01.")
P.f("who said 'not selling the family silver'", "conflict", "quote",
    "This is not selling the family silver. It is saving the house,",
    "This is not selling the family silver. It is saving the house.",
    "Same words: A gives them to union president Mkhize, B to Ridgeline's Carla Jensen.")
P.f("court challenge", "conflict", "statement", "said they were considering a court challenge",
    "the clubs had decided to go to court to stop it", "Still considering vs decided, papers next week.")
P.f("home games abroad", "related", "statement", "the fund would not move any home games away from Cape Town",
    "the fund wanted two games a season played in the United States",
    "B also reports Jensen's pledge and adds an anonymous official's contrary claim: attributed claims, not a contradiction between the articles.")
P.f("ticket prices", "agree", "statement", "Ticket prices at the Cape Town Stadium will not rise next season",
    "season-ticket prices would be frozen for 2027", "Same pledge.")
OUT.append(P.out())

with open(os.path.join(HERE, "gold", "pairs.gold.json"), "w", encoding="utf-8") as f:
    json.dump(OUT, f, ensure_ascii=False, indent=1)
    f.write("\n")
