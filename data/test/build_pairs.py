import json, os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tools"))
import goldlib  # noqa: E402

goldlib.use(os.path.dirname(os.path.abspath(__file__)))
ART, GOLD = goldlib.ART, goldlib.GOLD
Pair = goldlib.Pair

P = Pair("202_sudan_truce_reuters.txt", "205_sudan_truce_guardian.txt")
P.f("publication date", "agree", "date", "June 12, 2026", "Fri 12 Jun 2026", "Both dated 2026-06-12.")
P.f("start date of the ceasefire", "agree", "date", "June 15", "15 June",
    "A: 'on June 15' (and 'on Monday', which resolves to the same day); B: 'at dawn on 15 June'. Both 2026-06-15.")
P.f("length of the ceasefire", "agree", "quantity", "30-day", "30 days",
    "A: a 30-day ceasefire; B: to last 30 days (also 'month-long').", a_occ=2)
P.f("size of the monitoring team", "conflict", "quantity", "40 observers", "60 monitors",
    "Same joint monitoring body drawn from Saudi Arabia, the US, the AU and IGAD: A says 40 observers, B says 60 monitors.")
P.f("army spokesman: the armed forces never refused a ceasefire", "agree", "quote",
    "The armed forces have never refused a ceasefire that protects our citizens.",
    "The armed forces have never refused a ceasefire that protects our citizens.",
    "Same speaker (Nabil Abdallah), identical words.")
P.f("US envoy: a ceasefire on paper does not feed anyone", "agree", "quote",
    "A ceasefire on paper does not feed a single child,", "A ceasefire on paper feeds nobody,",
    "Same speaker (Mark Ellison), same statement worded differently.")
P.f("US envoy: what matters is that aid moves and the guns fall silent", "agree", "quote",
    "What matters now is that trucks move, that the guns fall silent, and that the people of El Fasher see it with their own eyes.",
    "What counts is whether the lorries move and the guns go quiet, and whether the people of El Fasher can see it for themselves.",
    "Same speaker (Mark Ellison), same statement worded differently (trucks/lorries, fall silent/go quiet).")
P.f("OCHA ready to move within hours", "agree", "quote",
    "We are ready to move within hours,",
    "We are ready to move within hours. But a corridor is only as good as the commanders on the ground who respect it.",
    "Same speaker (Anna Lindqvist); A quotes only the first sentence, B continues it.")
P.f("Saudi foreign ministry: a first step towards lasting peace", "agree", "statement",
    "an important first step towards a lasting peace",
    "described the deal as an important first step towards lasting peace",
    "A quotes the Saudi foreign ministry; B paraphrases it without quotation marks.")
P.f("RSF wants political talks soon", "agree", "statement",
    "wanted talks on a permanent political settlement to begin within weeks",
    "within weeks, not months",
    "Omar Hamdan: A paraphrases, B quotes; same timing (within weeks).")
P.f("aid trucks waiting at the Adre crossing", "agree", "quantity", "120 trucks", "more than 100 lorries",
    "120 satisfies 'more than 100'; same convoy at the Adre crossing.")
P.f("start of the war", "agree", "date", "April 2023", "April 2023", "Both 2023-04.")
P.f("death toll of the war", "agree", "quantity", "at least 150,000 people", "above 150,000",
    "A: at least 150,000 according to some estimates; B: some estimates put the toll above 150,000. Compatible.")
P.f("people displaced", "agree", "quantity", "more than 12 million", "more than 12 million",
    "Both more than 12 million driven from their homes.")
P.f("areas with confirmed famine", "agree", "quantity", "at least 10 areas", "at least 10 areas", "Identical.")
P.f("humanitarian corridors", "agree", "statement", "open five humanitarian corridors", "open humanitarian corridors",
    "A gives a number of corridors, B none: compatible.")
P.f("length of the war vs time since the last pause", "related", "quantity", "more than three years", "more than a year",
    "A: more than three years of war; B: the first pause in fighting in more than a year. Different measures, not a conflict.")
P.f("earlier Jeddah truces collapsed", "agree", "statement",
    "Several previous truces brokered in Jeddah in 2023 collapsed within days",
    "Previous truces brokered by Riyadh and Washington in May and June 2023 broke down almost immediately",
    "Same earlier truces (2023), same outcome.")
P.f("no withdrawal from held territory", "agree", "statement",
    "neither side had agreed to withdraw from the areas it controls",
    "did not require either side to pull back from territory it holds",
    "Same gap in the agreement, different words.")
P.f("date of the second round of talks", "agree", "date", "July 6", "6 July", "Both 2026-07-06.")
P.f("hunger affects about half the population", "agree", "statement",
    "About 25 million people, roughly half the population, face acute hunger",
    "half the population is going hungry",
    "A gives a number (about 25 million) and the share; B only the share.")

with open(os.path.join(GOLD, "pairs.gold.json"), "w", encoding="utf-8") as f:
    json.dump([P.out()], f, ensure_ascii=False, indent=1)
    f.write("\n")
