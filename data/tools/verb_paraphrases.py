#!/usr/bin/env python3
"""Build claimtrack/data/verb_paraphrases.json: the verbs news writes for one action, beyond the
three most frequent WordNet senses that data/verb_senses.json keeps, and the irregular verb forms.

data/verb_senses.json keeps each verb's 3 most frequent WordNet senses, ranked by their frequency
in SemCor (the Brown corpus, fiction and essays as much as news). The senses news writes are often
further down: "the plant will close" is close.v.03, "the bonds mature" mature.v.03, "lifted the
ban" lift.v.20, "fired the manager" fire.v.04, "pulled the products" pull.v.06. NEWS_SENSES names
such senses, one line each with the use that shows it; PHRASES gives a WordNet sense to the
predicates news writes that WordNet lists under another verb or not at all ("fall due" is
mature.v.03; "halt" and "suspend", said of a service or of work, are close.v.03, cease to
operate; "reopen" a line or talks is resume.v.01), each with where it comes from. OPPOSITES are
the opposite actions news reports of one subject that WordNet's antonym pointer does not give
("approve" / "reject" a plan, "lift" / "impose" a ban), each with its reason.

IRREGULAR: each irregular verb form with its base (WordNet's verb.exc: "sold" -> "sell",
"fell" -> "fall"), so that a word as written finds its verb. A form that is also a verb of its
own ("fell" a tree, "found" a company) is read as the inflection when its base is at least
FREQUENCY_RATIO times as frequent a verb in SemCor (WordNet's cntlist.rev counts: "found" 13,
"find" 705); else it is left alone ("wound" 5 / "wind" 7, "lay" 45 / "lie" 193).

    apt-get install wordnet-base
    python data/tools/verb_paraphrases.py /usr/share/wordnet claimtrack/data/verb_paraphrases.json

Run once; the output is committed, so claimtrack needs neither WordNet nor this script at run time.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from wordnet import LICENSE, index, synsets  # noqa: E402  (one WordNet reader for every table)

#: Senses WordNet gives a verb below its 3 most frequent, that news writes: (verb, sense number in
#: WordNet's own order, a use in news).
NEWS_SENSES = [
    ("close", 14, "bar access to: the road was closed after the landslide"),
    ("fire", 4, "terminate the employment of: the club fired its coach"),
    ("dismiss", 4, "terminate the employment of: the board dismissed the director"),
    ("mature", 3, "become due for repayment: the bonds mature in 2031"),
    ("lift", 20, "put an end to: the government lifted the curfew"),
    ("suspend", 4, "stop a process by imposing a freeze on it: the lender suspended payouts"),
    ("suspend", 5, "make inoperative or stop: the airline suspended flights"),
    ("pull", 6, "take out (of shops, of a schedule): the retailer pulled the toys from its shelves"),
    ("strike", 7, "stop work in order to press demands: dockers struck for a second day"),
    ("take over", 5, "take over ownership of a company: the brewer took over its rival"),
    ("axe", 2, "terminate: the broadcaster axed the programme"),
    ("restore", 5, "bring back into original existence, use, function, or position: the province restored the fuel grant"),
]

#: Predicates given a WordNet sense that WordNet lists under another verb, or does not list:
#: (predicate, verb, that verb's sense number, where it comes from).
PHRASES = [
    ("fall due", "mature", 3,
     "the idiom's dictionary sense, 'to become payable' (Collins English Dictionary, due: 'fall due'), "
     "is WordNet's gloss of mature.v.03, 'become due for repayment'"),
    ("come due", "mature", 3, "as 'fall due' (Merriam-Webster, 'come due': to become payable)"),
    ("become due", "mature", 3, "as 'fall due': 'due' is WordNet's due.a.01, 'owed and payable immediately or on demand'"),
    ("shut", "close", 3,
     "WordNet gives 'shut' as a synonym of 'close' in close.v.01 and close.v.02; close.v.03, 'cease to "
     "operate or cause to cease operating', lists 'shut down' and 'close down': a plant shut is a plant closed"),
    ("halt", "close", 3,
     "compiled for claimtrack: 'halt' said of work, production or a service (WordNet halt.v.01, 'cause to "
     "stop') is what close.v.03 glosses, 'cease to operate or cause to cease operating'"),
    ("suspend", "close", 3,
     "compiled for claimtrack: suspend.v.05, 'make inoperative or stop', said of a service or of work "
     "('suspended flights') is close.v.03, 'cease to operate', for a time"),
    ("reopen", "resume", 1,
     "compiled for claimtrack: reopen.v.01, 'open again or anew', said of what had stopped (a line, a "
     "border, talks) is resume.v.01, 'take up or begin anew' ('We resumed the negotiations')"),
    ("push back", "postpone", 1,
     "compiled for claimtrack: said of a date or a deadline ('pushed back the vote') it is postpone.v.01, "
     "'hold back to a later time'; WordNet lists only push_back.v.01, 'repel'"),
    ("scrap", "cancel", 1,
     "compiled for claimtrack: said of a plan, a project or a fee ('scrapped the levy') it is cancel.v.01, "
     "'postpone indefinitely or annul something that was scheduled'; WordNet's scrap.v.01 is 'dispose of'"),
    ("scrap", "lift", 20,
     "Cambridge Dictionary, scrap (verb): 'to not continue with a system or plan'; said of a measure in "
     "force (a tax, a ban, a rule) that is what WordNet glosses lift.v.20, 'put an end to', the sense of "
     "'lifted the curfew': one act under two verbs"),
    ("seek", "request", 1,
     "compiled for claimtrack: 'seek' a thing only another can give (a rematch, a loan, compensation, a "
     "ruling: 'the club will seek a replay', 'sought a loan from the fund'; WordNet's seek.v.01, 'try to get') "
     "is asking for it, request.v.01, 'express the need or desire for; ask for', of which demand.v.01, "
     "ask.v.02 and apply.v.03 ('applied for a licence') are kinds; WordNet's own seek.v.05, 'inquire for', "
     "is that act for information only"),
    ("bring back", "restore", 5,
     "compiled for claimtrack: said of a rule, a tax, a grant or a service ('will not bring back the grant') it is "
     "what WordNet glosses restore.v.05 (restore, reinstate, reestablish), 'bring back into original existence, "
     "use, function, or position'; WordNet's own bring_back senses are 'bring back to the point of departure' and "
     "'return to consciousness'"),
    ("reintroduce", "restore", 5,
     "compiled for claimtrack: said of a rule, a tax, a grant or a service ('reintroduced the levy') it brings it "
     "back into use, restore.v.05; WordNet's reintroduce.v.01, 'introduce anew', is said of persons"),
    ("pass", "approve", 1,
     "pass.v.03, 'make laws, bills, etc. or bring into effect by legislation': a chamber that passes a bill "
     "gives it sanction, approve.v.01 ('give sanction to')"),
]

#: Opposite actions WordNet's antonym pointer does not give: (verb, verb, why). A stance
#: pair (both verbs of consent or refusal, data/polarity.json) cannot both hold of one subject
#: and one thing; other pairs are opposite events, which may both happen at different times.
OPPOSITES = [
    ("approve", "reject", "give sanction to / refuse to accept: a vote on one plan goes one way"),
    ("confirm", "deny", "establish the truth of / declare untrue (WordNet confirm.v.01, deny.v.01)"),
    ("lift", "impose", "put an end to (lift.v.20, 'lift a ban') / impose.v.03 'levy': one ban or tax"),
    ("reopen", "close", "open again (reopen.v.01, a troponym of open.v.01, whose antonym is close)"),
    ("resume", "suspend", "begin anew (resume.v.01) / stop for a time (suspend.v.05)"),
    ("resume", "halt", "begin anew (resume.v.01) / cause to stop (halt.v.01)"),
    ("raise", "cut", "raise.v.02 'increase' / cut.v.02 'reduce': one rate, price or budget"),
    ("increase", "cut", "increase.v.01 / cut.v.02 'reduce' (WordNet gives increase / decrease only)"),
]


#: Paying, under the verbs news writes for it: the verbs of meeting a cost (data/polarity.json
#: 'paying': "cover the cost", "foot the bill", "meet the fares", "bear the wages") pay what they
#: are said of only when it is an amount paid. PAID_NOUN_SENSE: cost.n.01, 'the total spent for
#: goods or services including money and time and labor', whose hyponyms are the amounts paid
#: (fee, fare, toll, wage, rent, fine, pension, compensation, tuition; their lemmas in any sense).
PAID_NOUN_SENSE = ("cost", 1)
#: Verbs that pay part of an amount: "share the cost" (share.v.03 'have, give, or receive a share
#: of'), "contribute to the cost" (contribute.v.04 'provide': "The city has to put up half the
#: required amount"). Compiled for claimtrack: with an amount paid for object they are paying, as
#: the whole is.
PAYING_PART = ["share", "contribute"]
#: What costs nothing, and the act of making someone pay: COSTLESS_SENSE, free.a.03 'costing
#: nothing' ("free admission"; complimentary, costless, gratis, gratuitous), whose words say of a
#: thing that nobody pays for it ("rides will be free for students" is "students will not be
#: charged for rides"); CHARGING_SENSE, charge.v.03 'demand payment' (charge, bill), the act of
#: making the one charged pay.
COSTLESS_SENSE = ("free", 3)
CHARGING_SENSE = ("charge", 3)


#: Going to court, one act under many wordings ("will appeal", "would challenge the result in
#: court", "may take the case to the Court of X", "would ask the tribunal to review the decision",
#: "is considering legal action", "would not sue"). RECOURSE_VERB_SENSES: verb senses that are
#: the act by themselves (verb, WordNet sense number, gloss).
RECOURSE_VERB_SENSES = [
    ("sue", 1, "institute legal proceedings against; file a suit (with litigate, process)"),
    ("appeal", 1, "take a court case to a higher court for review"),
    ("litigate", 1, "engage in legal proceedings"),
]
#: Noun senses that name the act (their lemmas and those of their hyponyms): lawsuit.n.01 'a
#: proceeding in a court of law whereby an individual seeks a legal remedy', legal_action.n.01,
#: litigation.n.01, and the appeal to a higher court (appeal.n.03) and judicial review.
RECOURSE_NOUN_SENSES = [("lawsuit", 1), ("legal_action", 1), ("litigation", 1), ("appeal", 3),
                        ("judicial_review", 1)]
#: The noun of the body a matter is taken to: court.n.01 'an assembly (including one or more
#: judges) to conduct judicial business' (court, tribunal, judicature) and its hyponyms.
COURT_NOUN_SENSE = ("court", 1)
#: The nouns of what a party takes to court against: judgment.n.03 'the legal document stating
#: the reasons for a judicial decision' (judgment, judgement, judicial decision) and decree.n.01
#: 'a legally binding command or decision entered on the court record' (decree, edict, fiat, order,
#: rescript), with their hyponyms (ruling, finding, verdict, conviction, injunction), in any of
#: their senses; and, compiled for claimtrack, "decision", the noun news writes for any body's
#: ruling ("will appeal the decision"), whose WordNet senses are not the law's.
RULING_NOUN_SENSES = [("judgment", 3), ("decree", 1)]
RULING_COMPILED = ["decision"]
#: Verbs by which a party takes a matter before a court named in the same clause ("asked the
#: court to", "took the case to court", "challenged the rule in court", "turned to the courts"):
#: verbs of requesting (WordNet request.v.01 and its troponyms ask, petition, apply), of bringing
#: and going (take, bring, go, turn), of contesting (challenge.v.01 'dispute', contest.v.01) and
#: of filing. Compiled for claimtrack: the court named beside them makes them the one act.
COURT_VERBS = ["ask", "petition", "apply", "request", "urge", "take", "bring", "go", "turn", "challenge",
               "contest", "dispute", "fight", "file", "lodge", "seek"]
#: Verbs that, with a noun of RECOURSE_NOUN_SENSES for object, state the act itself (Mel'čuk's
#: Oper1 and IncepOper1 of 'lawsuit': "file a lawsuit", "take legal action", "launch a legal
#: action", "bring a suit", "lodge an appeal") or the subject's intending it ("is considering
#: legal action", "threatened legal action", "is drawing up a lawsuit": a possibility the subject
#: holds open; "draw up" and "draft" with "prepare": WordNet 3.0 draft.v.01 'draw up an outline
#: or sketch for something').
RECOURSE_SUPPORT = ["take", "file", "bring", "launch", "lodge", "pursue", "start", "begin", "initiate", "mount",
                    "submit", "institute", "seek"]
RECOURSE_INTENT = ["consider", "weigh", "threaten", "contemplate", "explore", "study", "plan", "prepare", "draw up",
                   "draft"]
#: The acts of the criminal process done to its party (verb, WordNet sense number, gloss): the
#: person a report says was charged, convicted, sentenced or jailed is the defendant, whom "the
#: accused", "the defendant" and a lawyer's "client" describe. "Try" is left out: its commonest
#: sense by far is 'make an effort' (try.v.01, 342 SemCor uses; judge.v 'put on trial' has 4).
PARTY_VERB_SENSES = [
    ("charge", 2, "blame for, make a claim of wrongdoing or misbehavior against (with accuse)"),
    ("indict", 1, "accuse formally of a crime"),
    ("arraign", 1, "call before a court to answer an indictment"),
    ("prosecute", 2, "bring a criminal action against (in a trial)"),
    ("convict", 1, "find or declare guilty"),
    ("acquit", 1, "pronounce not guilty of criminal charges (with clear, exonerate)"),
    ("sentence", 1, "pronounce a sentence on (somebody) in a court of law (with condemn)"),
    ("imprison", 1, "lock up or confine, in or as in a jail (with jail, incarcerate, remand)"),
]


#: A level kept against a level changed: "fares will be frozen" / "has no plans to raise fares"
#: (agree), "the bank held rates steady" / "the bank raised rates" (a conflict). LEVEL_KEEP: verbs
#: that keep a level by themselves (verb, WordNet sense number, use).
LEVEL_KEEP = [
    ("freeze", 5, "stop a process or a habit by imposing a freeze on it: 'froze fares' stops their rise"),
    ("peg", 4, "stabilize (the price of a commodity or an exchange rate) by legislation or market operations"),
]
#: keep.v.01 'keep in a certain state, position, or activity' (keep, maintain, hold): a level kept
#: when an adjective of no change says which state ("kept rates unchanged", "held fares steady").
LEVEL_KEEP_IN_STATE = ("keep", 1)
#: change.v.01 'undergo a change; become different' and change.v.02 'cause to change; make
#: different' (change, alter, modify): the verbs above those that change a level, so negated they
#: keep it ("fees will not change" is "fees will stay unchanged").
LEVEL_ANY_CHANGE = [("change", 1), ("change", 2)]
#: affect.v.01 'have an effect upon' (affect, impact, bear on): negated, a thing said not to be
#: affected is said to undergo no change at all ("the night ferry will not be affected"), so every
#: change done to it contradicts it; kept: the words with that sense among their three most frequent.
LEVEL_AFFECT = ("affect", 1)
#: stay.v.01 'stay the same; remain in a certain state' (stay, remain): a level said to stay at a
#: figure or to stay the same ("the fare will stay at two pounds", "rates remain the same") is kept;
#: kept: the words with that sense among their three most frequent, as for LEVEL_AFFECT.
LEVEL_STAY = ("stay", 1)
#: Adjectives that say a level did not move (compiled for claimtrack: unchanged.a.01, and the
#: senses of steady, stable, constant, flat and level said of a price or a rate).
LEVEL_NO_CHANGE = ["unchanged", "unaltered", "steady", "stable", "constant", "flat", "level", "frozen"]
#: Verbs news writes for changing a level (a price, rate, fare, tax, wage, budget, quota),
#: compiled for claimtrack: each has among its three most frequent WordNet senses one under
#: increase.v.01/02 ('become/make bigger or more') or decrease.v.01/02 ('become/make smaller'),
#: within two troponym steps (checked when the table is built).
#: A comparative before the noun of a level, after a verb of considering, planning, ruling out or
#: putting in force, names the act of changing the level that way: "is considering a higher
#: offer" considers raising its offer, "ruled out lower fares" rules out cutting them, "introduced
#: cheaper fares" cut them (the comparative of a dimension adjective compares the level with the
#: one it has now; Quirk et al. 1985, 7.74-7.78). Each comparative with its positive degree (as the
#: frames lemmatise it) and the change verb of its direction (raise and cut, the verbs that meet
#: the most of LEVEL_CHANGE's under WordNet's senses). Compiled for claimtrack.
LEVEL_COMPARATIVES = {"higher": ["high", "raise"], "bigger": ["big", "raise"], "larger": ["large", "raise"],
                      "greater": ["great", "raise"], "lower": ["low", "cut"], "smaller": ["small", "cut"],
                      "cheaper": ["cheap", "cut"]}
LEVEL_CHANGE = ["raise", "increase", "boost", "rise", "go up", "climb", "double", "triple", "cut", "reduce",
                "lower", "decrease", "cut back", "cut down", "drop", "trim", "shrink", "slash", "hike", "put up",
                "lift", "fall", "halve"]


#: How many times as frequent in SemCor a base verb must be for a form that is also a verb of its
#: own to be read as the base's inflection: a clear majority reading, not a near tie.
FREQUENCY_RATIO = 5


def _sense(idx: dict, verb: str, number: int) -> int:
    offsets, _tagged = idx[verb.replace(" ", "_")]
    return offsets[number - 1]


def _frequencies(wndb: Path) -> dict[str, int]:
    """Verb lemma -> its SemCor tag count over all its senses (cntlist.rev: 'lemma%2:...' lines)."""
    out: dict[str, int] = {}
    for line in (wndb / "cntlist.rev").read_text(encoding="utf-8").splitlines():
        key, _number, count = line.split()
        lemma, _, rest = key.partition("%")
        if rest.startswith("2:"):
            out[lemma.replace("_", " ")] = out.get(lemma.replace("_", " "), 0) + int(count)
    return out


def irregular(wndb: Path, verbs: set) -> dict[str, str]:
    """Irregular form -> base verb (verb.exc), a form that is a verb of its own read as the
    inflection only when its base is FREQUENCY_RATIO times as frequent a verb in SemCor."""
    freq = _frequencies(wndb)
    out: dict[str, str] = {}
    for line in (wndb / "verb.exc").read_text(encoding="utf-8").splitlines():
        form, *bases = line.split()
        bases = [b.replace("_", " ") for b in bases if b.replace("_", " ") in verbs]
        form = form.replace("_", " ")
        if not bases or form in out:
            continue
        base = max(bases, key=lambda b: freq.get(b, 0))
        if base == form or (form in verbs and freq.get(base, 0) < FREQUENCY_RATIO * freq.get(form, 0)):
            continue
        out[form] = base
    return dict(sorted(out.items()))


def _noun_lemmas(nidx: dict, ndata: dict, senses: list) -> tuple[list[str], list[str]]:
    """The lemmas (lower case, '_' as a space) of these noun senses and of all their hyponyms:
    (those whose most frequent sense is among them, "lawsuit"; the others, "case", "suit")."""
    todo = [nidx[noun][0][number - 1] for noun, number in senses]
    seen = set(todo)
    while todo:
        for sym, off, *_ in ndata[todo.pop()].pointers:
            if sym in ("~", "~i") and off not in seen:
                seen.add(off)
                todo.append(off)
    words = {w for o in seen for w in ndata[o].words}
    first = {w for w in words if nidx.get(w.lower(), ([None], 0))[0][0] in seen}
    name = lambda ws: sorted({w.lower().replace("_", " ") for w in ws})  # noqa: E731
    return name(first), sorted(set(name(words - first)) - set(name(first)))


def recourse(wndb: Path, idx: dict, data: dict) -> dict:
    """The 'recourse' table: going to court under its wordings (see RECOURSE_VERB_SENSES)."""
    nidx, ndata = index(wndb, "noun"), synsets(wndb, "noun")
    # each sense's verb, and its synonyms whose most frequent sense it is ("litigate" is not:
    # its first sense is 'engage in legal proceedings', listed of its own)
    verbs = sorted({w.replace("_", " ") for verb, number, _ in RECOURSE_VERB_SENSES
                    for w in data[_sense(idx, verb, number)].words
                    if w == verb or idx[w][0][0] == _sense(idx, verb, number)})
    nouns, nouns_in_court = _noun_lemmas(nidx, ndata, RECOURSE_NOUN_SENSES)
    courts, _ = _noun_lemmas(nidx, ndata, [COURT_NOUN_SENSE])
    rulings = sorted(set().union(*_noun_lemmas(nidx, ndata, RULING_NOUN_SENSES)) | set(RULING_COMPILED))
    return {
        "verbs": verbs,
        "verb_uses": {f"{verb}.v.{number:02d}": gloss for verb, number, gloss in RECOURSE_VERB_SENSES},
        "nouns": nouns,
        "nouns_beside_court": nouns_in_court,
        "courts": courts,
        "rulings": rulings,
        "court_verbs": COURT_VERBS,
        "support": RECOURSE_SUPPORT,
        "intent": RECOURSE_INTENT,
        "party_verbs": sorted({w.replace("_", " ") for verb, number, _ in PARTY_VERB_SENSES
                               for w in data[_sense(idx, verb, number)].words
                               if w == verb or idx[w][0][0] == _sense(idx, verb, number)}),
        "party_uses": {f"{verb}.v.{number:02d}": gloss for verb, number, gloss in PARTY_VERB_SENSES},
    }


def paying(wndb: Path) -> dict:
    """The 'paying' table (see PAID_NOUN_SENSE, PAYING_PART, COSTLESS_SENSE, CHARGING_SENSE)."""
    nidx, ndata = index(wndb, "noun"), synsets(wndb, "noun")
    first, rarer = _noun_lemmas(nidx, ndata, [PAID_NOUN_SENSE])
    aidx, adata = index(wndb, "adj"), synsets(wndb, "adj")
    vidx, vdata = index(wndb, "verb"), synsets(wndb, "verb")
    words = lambda data, o: sorted(w.split("(")[0].replace("_", " ") for w in data[o].words)  # noqa: E731
    return {"paid_nouns": sorted(set(first) | set(rarer)), "part": PAYING_PART,
            "costless": words(adata, _sense(aidx, *COSTLESS_SENSE)),
            "charging": words(vdata, _sense(vidx, *CHARGING_SENSE))}


def levels(idx: dict, data: dict) -> dict:
    """The 'levels' table (see LEVEL_KEEP): LEVEL_CHANGE kept where WordNet bears it out."""
    roots = [idx["increase"][0][0], idx["increase"][0][1], idx["decrease"][0][0], idx["decrease"][0][1]]
    depth = {r: 0 for r in roots}
    todo = list(roots)
    while todo:
        o = todo.pop(0)
        for sym, off, *_ in data[o].pointers:
            if sym == "~" and off not in depth and depth[o] < 2:
                depth[off] = depth[o] + 1
                todo.append(off)
    change = [v for v in LEVEL_CHANGE if set(idx.get(v.replace(" ", "_"), ([], 0))[0][:3]) & set(depth)]
    verb, number = LEVEL_KEEP_IN_STATE
    return {
        "keep": [v for v, _, _ in LEVEL_KEEP],
        "keep_uses": {f"{v}.v.{n:02d}": use for v, n, use in LEVEL_KEEP},
        "keep_in_state": sorted(w.replace("_", " ") for w in data[_sense(idx, verb, number)].words),
        "any_change": sorted({w.replace("_", " ") for v, n in LEVEL_ANY_CHANGE for w in data[_sense(idx, v, n)].words}),
        "affecting": sorted(w.replace("_", " ") for w in data[_sense(idx, *LEVEL_AFFECT)].words
                            if _sense(idx, *LEVEL_AFFECT) in idx[w][0][:3]),
        "staying": sorted(w.replace("_", " ") for w in data[_sense(idx, *LEVEL_STAY)].words
                          if _sense(idx, *LEVEL_STAY) in idx[w][0][:3]),
        "no_change": LEVEL_NO_CHANGE,
        "change": sorted(change),
        "comparatives": LEVEL_COMPARATIVES,
    }


def main(wndb: Path, out: Path) -> None:
    idx = index(wndb, "verb")
    data = synsets(wndb, "verb")
    senses: dict[str, list[int]] = {}
    uses: dict[str, list[str]] = {}
    for verb, number, use in NEWS_SENSES:
        senses.setdefault(verb, []).append(_sense(idx, verb, number))
        uses.setdefault(verb, []).append(f"{verb}.v.{number:02d}: {use}")
    for phrase, verb, number, source in PHRASES:
        senses.setdefault(phrase, []).append(_sense(idx, verb, number))
        uses.setdefault(phrase, []).append(f"{verb}.v.{number:02d}: {source}")
    added = {o for offs in senses.values() for o in offs}
    hypernyms = {str(o): [off for sym, off, *_ in data[o].pointers if sym == "@"] for o in sorted(added)}
    table = {
        "_source": "The verbs news writes for one action beyond the 3 most frequent Princeton WordNet 3.0 "
                   "senses that verb_senses.json keeps (SemCor ranks senses by their frequency in the Brown "
                   "corpus, not in news). 'senses': predicate -> the WordNet senses (synset offsets in "
                   "data.verb) it is given besides its own most frequent ones; 'uses': for each, the sense "
                   "and the news use or the source that gives it (WordNet's own gloss, a dictionary, or "
                   "'compiled for claimtrack' with the reason); 'hypernyms': those senses' direct hypernyms. "
                   "'opposites': opposite actions news reports of one subject that WordNet's antonym pointer "
                   "does not give, each with its reason in 'opposite_uses'. 'irregular': each irregular verb "
                   "form and its base from WordNet's verb.exc ('sold' -> 'sell'); a form that is a verb of its "
                   "own ('found', 'fell') is read as the inflection when its base is at least 5 times as "
                   "frequent a verb in SemCor (cntlist.rev). 'recourse': going to court under its wordings: 'verbs' "
                   "that are the act (sue.v.01, appeal.v.01, litigate.v.01), 'nouns' that name it (lawsuit.n.01, "
                   "legal_action.n.01, litigation.n.01, appeal.n.03, judicial_review.n.01 and their hyponyms, as their "
                   "most frequent sense; 'nouns_beside_court' as a rarer one, 'case', 'suit': the act only with a court "
                   "named in the clause), 'courts' (court.n.01 and its hyponyms, as their most frequent sense), 'rulings', what a party takes to court against (judgment.n.03, decree.n.01 and their hyponyms, in any sense, and 'decision', compiled for claimtrack: the noun news writes for any body's ruling), and, compiled for claimtrack, 'court_verbs' that take a matter before a court "
                   "named in their clause, 'support' verbs that with such a noun do the act ('file a lawsuit') and "
                   "'intent' verbs that hold it open ('is considering legal action'); 'party_verbs', the acts of the criminal process done "
                   "to its party (charge.v.02, indict.v.01, arraign.v.01, prosecute.v.02, convict.v.01, acquit.v.01, "
                   "sentence.v.01, imprison.v.01, with each synonym whose most frequent sense it is), whose passive "
                   "subject is the defendant a report's 'the accused' describes. 'levels': a level kept "
                   "against one changed: 'keep' verbs that keep it by themselves (freeze.v.05, peg.v.04), "
                   "'keep_in_state' (keep.v.01) with a 'no_change' adjective ('held rates steady'), 'any_change' "
                   "(change.v.01/02), which negated keep it ('fees will not change'), 'affecting' (affect.v.01), which negated "
                   "says a thing undergoes no change ('the ferry will not be affected'), 'staying' (stay.v.01), which keeps "
                   "a level when it stays at a figure or the same ('the fare will stay at two pounds'), and the "
                   "'change' verbs (compiled for claimtrack, each kept only when one of its three most frequent "
                   "senses lies within two troponym steps of increase.v.01/02 or decrease.v.01/02), and the "
                   "'comparatives' that name such a change after a verb of considering or planning ('a higher "
                   "offer': raise, 'lower fares': cut; each with its positive degree). 'paying': the "
                   "'paid_nouns', amounts paid (cost.n.01 and its hyponyms, their lemmas in any sense: fee, fare, "
                   "toll, wage, fine), which a verb of meeting a cost (data/polarity.json 'paying') pays, and, "
                   "compiled for claimtrack, the verbs that pay 'part' of one ('share the cost', 'contribute to the "
                   "cost'); 'costless', the adjectives of free.a.03 'costing nothing' (free, gratis, complimentary), "
                   "and 'charging', the verbs of charge.v.03 'demand payment' (charge, bill). Built by data/tools/verb_paraphrases.py from Debian's wordnet-base.",
        "_license": LICENSE,
        "senses": dict(sorted(senses.items())),
        "uses": dict(sorted(uses.items())),
        "hypernyms": hypernyms,
        "opposites": [[p, q] for p, q, _ in OPPOSITES],
        "opposite_uses": {f"{p} / {q}": why for p, q, why in OPPOSITES},
        "irregular": irregular(wndb, {k.replace("_", " ") for k in idx}),
        "recourse": recourse(wndb, idx, data),
        "levels": levels(idx, data),
        "paying": paying(wndb),
    }
    out.write_text(json.dumps(table, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{out}: {len(senses)} predicates, {len(table['irregular'])} irregular forms, "
          f"{out.stat().st_size // 1024} KB")


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
