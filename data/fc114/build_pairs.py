import json, os
from build_common import Pair, HERE

OUT = []

# ---------------- pair 1: Thuringia state funeral
P = Pair("p1a_germany_state_funeral_continentalwire.txt", "p1b_germany_state_funeral_erfurterlandesbote.txt")
P.f("guests in the cathedral", "conflict", "quantity", "about 1,200 guests", "1.400 invited guests",
    "About 1,200 vs 1,400 invited guests: 'about' does not stretch to 1,400.")
P.f("crowd on the Domplatz", "agree", "quantity", "Some 6,000 people", "roughly 6.000 people", "Same; B writes the dot thousands separator.")
P.f("police on duty", "agree", "quantity", "450 officers", "450 police officers", "Same.")
P.f("years in office", "agree", "quantity", "14 years", "fourteen years", "Same; B spells the number out.")
P.f("cost of the funeral", "agree", "quantity", "around 380,000 euros", "380.000 Euro", "Same (A 'around').")
P.f("security share of the cost", "related", "quantity", "around 380,000 euros", "95.000 Euro",
    "Whole vs part: B's 95,000 euros is the security share of the 380,000-euro total.")
P.f("pall-bearers", "agree", "quantity", "eight soldiers", "Eight soldiers", "Same.")
P.f("date of death", "agree", "date", "January 9", "9 January", "Both 2026-01-09.")
P.f("end of his term", "agree", "date", "2008", "2008", "Same year.")
P.f("day of the funeral", "agree", "date", "Wednesday", "Wednesday", "Both 2026-01-21.", b_after="Domplatz on")
P.f("Landtag memorial session", "conflict", "date", "February 4", "11. Februar", "2026-02-04 vs 2026-02-11.")
P.f("who said 'gave this state its confidence back'", "conflict", "quote",
    "He gave this state its confidence back when many people here had lost it,",
    "He gave this state its confidence back when many people here had lost it,",
    "Same words: A gives them to Premier Annette Krahl, B to Landtag president Bernd Oschatz.")
P.f("Krahl: what we owe him", "agree", "quote", "We owe him more than we ever said while he was alive.",
    "We owe him more than we ever told him,", "Same speaker (Krahl), reworded.")
P.f("approval of the spending", "conflict", "statement",
    "The spending was approved by the state parliament's budget committee on Monday",
    "The Landtag's budget committee has not yet approved the spending",
    "Opposite polarity: approved on Monday vs not yet approved.")
P.f("private burial", "agree", "statement",
    "driven to Erfurt's main cemetery for a private burial attended only by the family",
    "the family buried Vollrath privately", "Same.")
P.f("donations instead of flowers", "agree", "statement",
    "Vollrath's widow, Gisela, had asked mourners to give to a hospice foundation in Weimar instead of sending flowers",
    "asked again for donations to the Weimar hospice foundation rather than wreaths", "Same request.")
P.f("how the service reached the public", "related", "statement",
    "the service was relayed on two large screens", "Regional broadcaster MDR carried the ceremony live",
    "Screens on the square vs a live broadcast: different channels, compatible.")
OUT.append(P.out())

# ---------------- pair 2: cross-border home-working tax rule
P = Pair("p2a_netherlands_crossborder_tax_beneluxpress.txt", "p2b_netherlands_crossborder_tax_dagbladmaasgouw.txt")
P.f("home-working days allowed", "agree", "quantity", "up to 34 days", "34 days", "Same ceiling.", b_after="1 januari 2027")
P.f("number of cross-border commuters", "conflict", "quantity", "about 48,000 commuters", "some 41.000 people",
    "About 48,000 vs some 41,000: incompatible estimates of the same total.")
P.f("commuters living in Limburg", "agree", "quantity", "Roughly 17,000 commuters", "17.000", "Same; B's bare number counts people ('of them').")
P.f("Belgian tax loss", "agree", "quantity", "about 30 million euros", "about € 30 mln", "Same, B abbreviates.")
P.f("Dutch gain vs Belgian loss", "related", "quantity", "around 18 million euros", "about € 30 mln",
    "A's 18 million is the Dutch gain; B's 30 million the Belgian loss (B only says the Dutch 'will collect slightly more').")
P.f("union demand", "agree", "quantity", "50 days", "50 days", "Same.")
P.f("start of the rule", "agree", "date", "January 1, 2027", "1 januari 2027", "Both 2027-01-01.")
P.f("signing day", "agree", "date", "Tuesday", "Tuesday", "Both 2026-03-10.")
P.f("lower-house debate", "conflict", "date", "April 14", "21 april", "2026-04-14 vs 2026-04-21.")
P.f("who said 'a small rule with a big effect'", "conflict", "quote",
    "This is a small rule with a big effect for people in the border region,",
    "This is a small rule with a big effect for people in the border region.",
    "Same words: A gives them to Dutch state secretary Marloes Verbeek, B to Belgian deputy minister Pieter Van Reeth.")
P.f("retroactive effect", "conflict", "statement",
    "will also apply retroactively to the 2025 tax year for workers who ask for it",
    "The rule does not apply with retroactive effect",
    "Opposite polarity: retroactive to 2025 on request vs not retroactive.")
P.f("employers' register", "agree", "statement",
    "Employers will have to register home-working days for every cross-border employee",
    "Employers must keep a register of home-working days for each cross-border employee", "Same obligation.")
P.f("place of signing", "agree", "statement", "was signed in Maastricht",
    "signed the change to the tax treaty in the Maastricht Government House", "Same city; B names the building.")
P.f("Germany", "related", "statement", "The Netherlands and Germany are negotiating a similar arrangement",
    "a deal with Germany was harder because German rules on social security differ",
    "Talks under way vs why a German deal is harder: same topic, compatible.")
P.f("union's next goal", "related", "statement",
    "the deal still left commuters who also work in Germany facing a third set of rules",
    "the union would now focus on self-employed commuters, who fall outside the agreement",
    "Two different remaining gaps named by the same union chair.")
OUT.append(P.out())

# ---------------- pair 3: Serooskerke bequest
P = Pair("p3a_netherlands_village_bequest_beneluxpress.txt", "p3b_netherlands_village_bequest_zeeuwsekustkoerier.txt")
P.f("bequest in euros", "agree", "quantity", "about 2.4 million euros", "around € 2,4 miljoen", "Same; B decimal comma.")
P.f("estate in Canadian dollars", "agree", "quantity", "3.9 million Canadian dollars", "3,9 miljoen Canadese dollar", "Same.")
P.f("money for the village hall", "conflict", "quantity", "1.1 million euros", "€ 900.000", "1.1 million vs 900,000 euros for the same hall.")
P.f("hall vs sports park", "related", "quantity", "1.1 million euros", "€ 350.000",
    "Different lines of the same spending plan (hall vs sports park).")
P.f("meeting attendance", "agree", "quantity", "About 220 people", "Some 200 residents", "Both approximate; compatible rounding.")
P.f("village population", "agree", "quantity", "around 1,900", "about 1.900 inhabitants", "Same.")
P.f("date of death", "agree", "date", "January 30", "30 januari", "Both 2026-01-30.")
P.f("year the family emigrated", "conflict", "date", "1954", "1953", "1954 vs 1953.", b_after="teenager in")
P.f("village meeting", "agree", "date", "Wednesday", "Wednesday", "Both 2026-05-13.", b_after="SEROOSKERKE")
P.f("condition in the will", "agree", "quote", "on things that bring people together", "on things that bring people together",
    "Same words from the will, both given to Louwerse.")
P.f("De Visser: he never forgot", "agree", "quote",
    "He never forgot the people who gave his family a bed when the water came.",
    "He never forgot the people who gave his family a bed when the water came,", "Same speaker, same words.")
P.f("De Visser: he talked of the village", "agree", "quote",
    "He talked about Serooskerke until the last week of his life,", "He spoke of this village until his very last week.",
    "Same speaker, reworded.")
P.f("council acceptance", "conflict", "statement", "has agreed to accept the bequest on the village's behalf",
    "has not yet decided whether to accept the bequest on the village's behalf",
    "Opposite: accepted (unanimous vote on Tuesday) vs not yet decided (vote on 9 June).")
P.f("timing of first payment", "agree", "statement", "the first in September", "The first payment is expected in the autumn",
    "September falls in the autumn: compatible at two grains.")
P.f("municipality's role", "related", "statement", "to let the association decide how it is spent",
    "the municipality would not add money of its own to the hall", "Two different points about the council's role.")
OUT.append(P.out())

# ---------------- pair 4: Danish lower-league betting ban
P = Pair("p4a_denmark_betting_ban_nordicwire.txt", "p4b_denmark_betting_ban_limfjordsposten.txt")
P.f("matches investigated", "conflict", "quantity", "11 matches", "14 matches", "11 vs 14 matches from the 2024-25 season.")
P.f("yearly betting turnover", "agree", "quantity", "about 410 million crowns", "410 mio. kr.", "Same; B uses 'mio. kr.'.")
P.f("fixers' winnings", "agree", "quantity", "at least 2.3 million crowns", "at least 2,3 mio. kr.", "Same.")
P.f("bribe vs winnings", "related", "quantity", "20,000 crowns", "at least 2,3 mio. kr.",
    "A's 20,000 crowns is an offer to one player for a red card; B's figure is the group's total winnings.")
P.f("people charged", "agree", "quantity", "six people", "Six people", "Same.")
P.f("clubs affected", "agree", "quantity", "About 190 clubs", "roughly 190 clubs", "Same.")
P.f("review period", "agree", "quantity", "two seasons", "two seasons", "Same.", b_after="evaluated after")
P.f("ban takes effect", "agree", "date", "July 1", "1. juli", "Both 2026-07-01.")
P.f("deadline for bookmakers", "agree", "date", "June 30", "30. juni", "Both 2026-06-30.")
P.f("announcement day", "agree", "date", "Tuesday", "Tuesday", "Both 2026-06-16.")
P.f("who said 'a match that nobody is watching'", "conflict", "quote",
    "We cannot protect the integrity of a match that nobody is watching,",
    "We cannot protect the integrity of a match that nobody is watching,",
    "Same words: A gives them to regulator director Mette Kragh, B to DBU's Jesper Lund.")
P.f("industry: 'a blunt instrument'", "agree", "quote", "a blunt instrument", "a blunt instrument", "Same words, same organisation.")
P.f("women's football", "conflict", "statement", "The authority ruled out extending the ban to women's football",
    "The authority is also considering extending the ban to the women's league", "Ruled out vs is considering.")
P.f("regulator cannot watch every match", "agree", "statement", "investigators lacked the means to check them",
    "simply does not have eyes on every pitch in Jutland", "Paraphrase (A) vs quote (B) of the same point by Kragh.")
P.f("stage of the criminal case", "related", "statement", "Prosecutors in Viborg charged six people in April",
    "the case is due in court in Viborg in October", "Two moments of the same case: charges vs trial.")
OUT.append(P.out())

# ---------------- pair 5: P.E.I. land-ownership limit
P = Pair("p5a_canada_land_limit_maplewire.txt", "p5b_canada_land_limit_redsoilcourier.txt")
P.f("time to sell the land", "conflict", "quantity", "18 months", "24 months", "18 vs 24 months.")
P.f("total holdings", "agree", "quantity", "4,260 acres", "roughly 4,260 acres", "Same.")
P.f("total holdings in hectares", "agree", "quantity", "4,260 acres", "about 1,720 hectares",
    "4,260 acres = 1,724 ha: same area in another unit.")
P.f("excess over the cap", "agree", "quantity", "about 1,260 acres", "1,260 acres", "Same.", b_after="or ")
P.f("corporate cap", "agree", "quantity", "3,000-acre", "3,000-acre", "Same limit.")
P.f("fine", "agree", "quantity", "C$250,000", "$250,000", "Same (B's $ is Canadian).")
P.f("seasonal workforce", "agree", "quantity", "about 140 people", "about 140 people", "Same.")
P.f("land to sell: area vs value", "related", "quantity", "about 1,260 acres", "more than $6 million",
    "Area of the land to be sold vs its estimated value.")
P.f("year of the complaint", "conflict", "date", "2024", "2023", "2024 vs 2023.")
P.f("ruling dated vs released", "related", "date", "July 20", "Tuesday",
    "A: ruling dated Monday July 20; B: decision released Tuesday (2026-07-21). Two moments.")
P.f("year of the act", "agree", "date", "1982", "1982", "Same.")
P.f("MacIsaac: not a suggestion", "agree", "quote",
    "The limit is not a suggestion, and it does not become one because the paperwork is complicated,",
    "is not a suggestion", "Same speaker; B quotes a fragment.")
P.f("Stewart: the people next door", "agree", "quote", "We are not a foreign investor. We are the people next door,",
    "We are the people next door, not a foreign investor.", "Same speaker, reordered.")
P.f("appeal", "conflict", "statement", "it would appeal the ruling to the Court of Appeal",
    "the company would not appeal", "Would appeal vs would not appeal.")
P.f("cap unchanged", "agree", "statement", "the government would not change the 3,000-acre limit",
    "would stay where they are", "Same position of the minister.")
P.f("farmers' union reaction", "related", "statement", "called the ruling \"long overdue\"",
    "wanted the province to publish a register of all corporate landholdings",
    "Reaction to the ruling vs a further demand: different points, compatible.")
OUT.append(P.out())

# ---------------- pair 6: Jalisco wrongful-conviction compensation
P = Pair("p6a_mexico_wrongful_conviction_americaswire.txt", "p6b_mexico_wrongful_conviction_diariotapatio.txt")
P.f("compensation", "agree", "quantity", "6.2 million pesos", "$6.2 millones de pesos", "Same.", a_occ=2)
P.f("years in prison", "conflict", "quantity", "11 years", "twelve years", "11 vs 12 years behind bars.")
P.f("sentence", "agree", "quantity", "30 years", "30 years", "Same.")
P.f("total vs first instalment", "related", "quantity", "6.2 million pesos", "$3.1 millones",
    "Whole vs first of two payments.", a_occ=2)
P.f("first payment within", "agree", "quantity", "30 days", "30 días", "Same.")
P.f("officers under investigation", "agree", "quantity", "Two former police officers", "two former agents", "Same two.")
P.f("similar cases", "related", "quantity", "about 40 other cases", "38 complaints",
    "Lawyer's count of similar cases vs the commission's torture complaints last year: different measures.")
P.f("conviction overturned", "agree", "date", "March 2025", "March 2025", "Same.")
P.f("final payment deadline", "conflict", "date", "December 15", "15 de enero de 2027", "2026-12-15 vs 2027-01-15.")
P.f("ceremony day", "agree", "date", "Wednesday", "Wednesday 9 de septiembre", "Both 2026-09-09.", a_after="At a ceremony")
P.f("arrest vs sentence year", "related", "date", "2013", "2014", "Two moments: arrest (A) vs sentence (B).")
P.f("who said 'The state failed him at every step'", "conflict", "quote",
    "The state failed him at every step, from the arrest to the sentence,", "The state failed him at every step,",
    "Same words: A gives them to interior secretary Elena Zárate Montaño, B to rights commission head Mariana Villaseñor.")
P.f("Anaya: nothing can give back the years", "agree", "quote",
    "Nothing can give me back those years, but today at least they say my name without the word murderer,",
    "Nothing can give me back those years,", "Same speaker; B's quote is shorter.", b_after="Anaya, 47")
P.f("reopening the murder investigation", "conflict", "statement",
    "The state prosecutor's office agreed to reopen the original murder investigation",
    "the state prosecutor's office has refused to reopen the investigation into the grocer's killing",
    "Agreed to vs refused to.")
P.f("care and studies", "agree", "statement",
    "the state will cover his medical and psychological care for five years and pay for a university course of his choice",
    "the state would pay for his medical care and his studies", "Same commitments; A more detailed.")
P.f("studies in the family", "related", "statement", "Anaya said he planned to study law",
    "His daughters, who were 6 and 9 when he was arrested, are now studying nursing and accounting",
    "Anaya's own plans vs his daughters' studies.")
OUT.append(P.out())

# ---------------- pair 7: Chiloe house pulling
P = Pair("p7a_chile_house_pulling_andeswire.txt", "p7b_chile_house_pulling_elinsular.txt")
P.f("weight of the house", "conflict", "quantity", "about 18 tonnes", "some 23 toneladas", "About 18 vs some 23 tonnes.")
P.f("oxen", "agree", "quantity", "Twenty-four oxen", "twelve pairs of oxen", "24 oxen = 12 pairs.")
P.f("people taking part", "agree", "quantity", "Some 300 people", "more than 300 people", "Compatible.")
P.f("sea crossing distance", "agree", "quantity", "3.5 kilometres", "3,5 km", "Same; B decimal comma.")
P.f("drag to the beach", "agree", "quantity", "about 800 metres", "800 m", "Same.")
P.f("boats", "agree", "quantity", "six boats", "six boats", "Same.")
P.f("municipal contribution", "agree", "quantity", "4 million pesos", "$4.000.000", "Same (Chilean pesos).")
P.f("crossing time vs land drag time", "related", "quantity", "just under five hours", "under two hours",
    "A: sea crossing; B: the drag on land. Different stages.")
P.f("year the house was built", "conflict", "date", "1961", "1963", "1961 vs 1963.")
P.f("placing on new foundations", "conflict", "date", "Monday", "Tuesday 20 de octubre", "2026-10-19 vs 2026-10-20.")
P.f("day of the minga", "agree", "date", "Saturday", "Saturday", "Both 2026-10-17.")
P.f("who said 'The house goes where the family goes'", "conflict", "quote",
    "The house goes where the family goes,", "The house goes where the family goes,",
    "Same words: A gives them to Hilda Millalonco, B to Mayor Rodrigo Vera.")
P.f("Hilda: her husband built it", "agree", "quote",
    "My husband built it with his brothers. It would have been like leaving him behind.",
    "My husband built it with his brothers,", "Same speaker; B shorter.")
P.f("harbour authority permission", "conflict", "statement", "The Chilean navy's local harbour office authorised the crossing",
    "The harbour authority had not authorised the crossing", "Authorised vs had not authorised.")
P.f("safety escort", "related", "statement", "sent a patrol boat to escort the convoy",
    "with a rescue boat from the volunteer fire brigade nearby", "Different boats standing by.")
P.f("food for the helpers", "agree", "statement", "helpers were fed by the family",
    "The Millalonco family served curanto, milcaos and chicha to everyone who worked", "Same custom; B names the dishes.")
OUT.append(P.out())

# ---------------- pair 8: French Polynesia circus animal ban
P = Pair("p8a_frenchpolynesia_circus_ban_pacificpress.txt", "p8b_frenchpolynesia_circus_ban_lelagon.txt")
P.f("votes in favour", "conflict", "quantity", "41 votes", "39 votes", "41 vs 39.")
P.f("votes against", "agree", "quantity", "12", "12", "Same.", a_after="41 votes to", b_after="39 votes to")
P.f("maximum fine", "agree", "quantity", "up to 1.79 million CFP francs", "up to 1 790 000 F CFP", "Same; B space thousands.")
P.f("maximum fine in euros", "agree", "quantity", "about 15,000 euros", "up to 1 790 000 F CFP",
    "Same fine converted (1.79m XPF at 119.33 per euro = 15,000 euros).")
P.f("fine vs seizure costs", "related", "quantity", "up to 1.79 million CFP francs", "up to 200 000 F CFP",
    "Fine vs seizure costs per animal on top of it.")
P.f("lions", "agree", "quantity", "two lions", "two lions", "Same.")
P.f("tigers", "agree", "quantity", "three tigers", "three tigers", "Same.")
P.f("petition", "agree", "quantity", "more than 8,000 signatures", "8 200 signatures", "Compatible.")
P.f("ban takes effect", "conflict", "date", "January 1, 2027", "1er juillet 2027", "2027-01-01 vs 2027-07-01.")
P.f("day of the vote", "agree", "date", "Thursday", "Thursday", "Both 2026-11-19.")
P.f("circus visit vs petition handed in", "related", "date", "2025", "December 2025",
    "A: the year of the circus visit; B: the month the petition was handed in.")
P.f("Tetuanui: tiger in a truck", "agree", "quote", "Our children should not learn that a tiger lives in a truck.",
    "Our children should not learn that a tiger lives in a truck,", "Same speaker, same words.")
P.f("Raapoto: a problem we do not have", "agree", "quote", "a law against a problem we do not have",
    "a solution looking for a problem", "Same speaker, reworded.")
P.f("paying for rehoming animals", "conflict", "statement",
    "The government has agreed to help pay for rehoming animals that travelling circuses might leave behind",
    "The government refused to pay for moving any animals that a circus might abandon", "Agreed to vs refused to.")
P.f("domestic animals", "agree", "statement", "Domestic animals such as horses and dogs are not covered.",
    "Horses, dogs and other domestic animals are still allowed.", "Same exemption.")
P.f("circuses with wild animals", "related", "statement", "no circus with wild animals was currently in the territory",
    "Five circuses have visited Tahiti since 2015, according to the assembly's report, only one of them with wild animals",
    "Now vs over the past decade.")
OUT.append(P.out())

with open(os.path.join(HERE, "gold", "pairs.gold.json"), "w", encoding="utf-8") as f:
    json.dump(OUT, f, ensure_ascii=False, indent=1)
    f.write("\n")
