"""claimtrack.compare on hand-built claims (no spaCy model): intervals, units, verdicts, JSON."""

from __future__ import annotations

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimtrack.compare import DIFF_SCHEMA, diff_many, diff_pair
from claimtrack.compare.intervals import DISJOINT, EQUAL, REFINES, COMPATIBLE, Interval, interval_of, relate
from claimtrack.compare.units import FAMILY, SAME, classify, measure_of, relate_measures
from claimtrack.models import Claim, DateMention, DocumentInfo, DocumentResult, Quantity, Quote
from conftest import examples


# --- builders -------------------------------------------------------------------------------

class Doc:
    """Builds a DocumentResult sentence by sentence, with exact offsets."""

    def __init__(self, name: str, published: str | None = None):
        self.name, self.published = name, published
        self.text = ""
        self.claims: list[Claim] = []

    def add(self, sentence: str, *, kind: str | None = None, quantities=(), dates=(), quote=None,
            actors=(), predicate=None, negated=False) -> "Doc":
        if self.text:
            self.text += " "
        start = len(self.text)
        self.text += sentence

        def span(fragment: str) -> tuple[int, int]:
            i = sentence.index(fragment)
            return start + i, start + i + len(fragment)

        qs = []
        for frag, fields in quantities:
            s, e = span(frag)
            qs.append(Quantity(start=s, end=e, text=frag, **fields))
        ds = []
        for frag, iso in dates:
            s, e = span(frag)
            ds.append(DateMention(start=s, end=e, text=frag, iso=iso))
        qt = None
        if quote is not None:
            frag, speaker = quote
            s, e = span(frag)
            qt = Quote(start=s, end=e, text=frag, speaker=speaker,
                       speaker_id=speaker.lower().replace(" ", "-") if speaker else None)
        kind = kind or ("quote" if qt else "quantity" if qs else "date" if ds else "statement")
        self.claims.append(Claim(
            id=f"{self.name}-{len(self.claims)}", doc=self.name, kind=kind, start=start, end=start + len(sentence),
            text=sentence, actors=list(actors), quantities=qs, dates=ds, quote=qt, predicate=predicate,
            negated=negated))
        return self

    def result(self) -> DocumentResult:
        return DocumentResult(document=DocumentInfo(doc=self.name, sha256="0" * 64, published=self.published),
                              claims=self.claims)


def q(value=None, unit=None, *, low=None, high=None, currency=None, qualifier=None, modifiers=(), text="x"):
    return Quantity(start=0, end=len(text), text=text, value=value, low=low, high=high, unit=unit,
                    currency=currency, qualifier=qualifier, modifiers=list(modifiers))


def only(report, kind=None):
    ms = [m for m in report.matches if kind is None or m.kind == kind]
    assert len(ms) == 1, [(m.status, m.relation, m.a.text, m.b.text) for m in report.matches]
    return ms[0]


# --- intervals ------------------------------------------------------------------------------

def test_intervals_from_qualifiers():
    assert interval_of(q(30, "nation", qualifier="more_than", text="more than 30 nations")) == Interval(30, math.inf, True, True)
    assert interval_of(q(None, "troop", low=10000, high=30000)) == Interval(10000, 30000)
    assert interval_of(q(5000, "troop", qualifier="at_most", text="up to 5,000 troops")) == Interval(0, 5000)
    about = interval_of(q(30, "nation", qualifier="approx", text="about 30 nations"))
    assert about.lo < 27 and about.hi > 33
    nearly = interval_of(q(30, "leader", qualifier="approx", text="nearly 30 leaders"))
    assert nearly.hi == 30 and nearly.lo == 25  # rounded to the ten, from below
    over = interval_of(q(30, "leader", qualifier="approx", text="just over 30 leaders"))
    assert over.lo == 30 and 33 < over.hi < 36
    assert interval_of(q(None, "nation")) is None


@pytest.mark.parametrize("a,b,expected", [
    (Interval(26, 26), Interval(26, 26), EQUAL),
    (Interval(30, math.inf, True, True), Interval(34, 34), REFINES),
    (Interval(10000, 30000), Interval(15000, 30000), REFINES),
    (Interval(10000, 20000), Interval(15000, 30000), COMPATIBLE),
    (Interval(30, math.inf, True, True), Interval(26, 26), DISJOINT),
    (Interval(30, math.inf, True, True), Interval(30, 30), DISJOINT),  # "more than 30" excludes 30
    (Interval(30, math.inf, False, True), Interval(30, 30), REFINES),  # "at least 30" includes it
    (Interval(843e9, 843e9), Interval(840e9, 840e9), COMPATIBLE),       # rounding
    (Interval(12, 12), Interval(15, 15), DISJOINT),
])
def test_relate(a, b, expected):
    assert relate(a, b) == expected
    assert relate(b, a) == expected


bounds = st.floats(min_value=-1e12, max_value=1e12, allow_nan=False)


@st.composite
def intervals(draw):
    lo, hi = sorted((draw(bounds), draw(bounds)))
    if draw(st.booleans()):
        hi = math.inf
    return Interval(lo, hi, draw(st.booleans()) and lo < hi, hi == math.inf or (draw(st.booleans()) and lo < hi))


@given(intervals(), intervals())
@settings(max_examples=examples(300), deadline=None)
def test_relate_is_symmetric_and_consistent(a, b):
    r = relate(a, b)
    assert r == relate(b, a)
    assert relate(a, a) == EQUAL
    mid = a.lo if not a.lo_open else (a.hi if not a.hi_open else None)
    if mid is not None and math.isfinite(mid) and b.contains_point(mid) and not (a.lo_open and a.hi_open):
        assert r != DISJOINT


@given(st.one_of(st.none(), st.floats(allow_nan=True), st.integers()),
       st.one_of(st.none(), st.floats(allow_nan=True)), st.one_of(st.none(), st.floats(allow_nan=True)),
       st.sampled_from([None, "approx", "more_than", "less_than", "at_least", "at_most"]),
       st.text(max_size=20))
@settings(max_examples=examples(200), deadline=None)
def test_interval_of_never_raises(value, low, high, qualifier, text):
    iv = interval_of(Quantity(start=0, end=len(text), text=text, value=value, low=low, high=high, qualifier=qualifier))
    assert iv is None or iv.lo <= iv.hi


# --- units ----------------------------------------------------------------------------------

def test_units_by_meaning():
    assert classify("country")[0] == classify("nation")[0] == classify("member states")[0] == "nation"
    assert classify("soldier")[0] == classify("troop")[0] == classify("service member")[0] == "troop"
    assert classify("leader", ("military",))[0] == "military-chief"
    assert classify("leader")[0] == "leader"
    assert classify("widget") == ("widget", False)


def test_a_count_through_a_group_sizes_that_group():
    """'<group> from N <things>' counts the group by its things (one per thing), in any domain."""
    a = Doc("a").add("Union stewards from 14 factories met the owners.", quantities=[("14 factories", {"value": 14, "unit": "factory"})])
    _b = Doc("b").add("The owners met 14 union stewards on Friday.", quantities=[("14 union stewards", {"value": 14, "unit": "steward"})])
    from claimtrack.compare.mentions import mentions_of

    assert mentions_of(a.result())[0].through == "steward"


def test_measure_relations():
    nation = measure_of(q(26, "nation"))
    country = measure_of(q(30, "country"))
    leader = measure_of(q(30, "leader"))
    assert relate_measures(nation, country) == SAME
    assert relate_measures(leader, nation) == FAMILY
    assert relate_measures(measure_of(q(5, currency="EUR")), measure_of(q(5, currency="USD"))) is None
    assert relate_measures(measure_of(q(5, "day")), measure_of(q(5, "nation"))) is None


# --- quantities -----------------------------------------------------------------------------

def test_troop_ranges_refine():
    a = Doc("a").add("The force would number between 10,000 and 30,000 troops, officials said.",
                     quantities=[("10,000 and 30,000 troops", dict(low=10000, high=30000, unit="troop"))],
                     predicate="number").result()
    b = Doc("b").add("Planners expect a force of 15,000 to 30,000 soldiers.",
                     quantities=[("15,000 to 30,000 soldiers", dict(low=15000, high=30000, unit="soldier"))],
                     predicate="expect").result()
    m = only(diff_pair(a, b))
    assert (m.status, m.relation) == ("agree", "refines")
    assert m.a.text == "10,000 and 30,000 troops" and m.b.text == "15,000 to 30,000 soldiers"


def test_money_in_two_spellings_agrees():
    a = Doc("a").add("The European Commission proposed a €800 billion defence plan.", actors=["european-commission"],
                     quantities=[("€800 billion", dict(value=8e11, currency="EUR"))], predicate="propose").result()
    b = Doc("b").add("Brussels unveiled an 800 billion euro plan to rearm Europe.", actors=["european-commission"],
                     quantities=[("800 billion euro", dict(value=8e11, currency="EUR"))], predicate="unveil").result()
    m = only(diff_pair(a, b))
    assert (m.status, m.relation) == ("agree", "equal")


def test_disjoint_death_toll_is_a_conflict():
    a = Doc("a").add("Officials said 12 people were killed in the flooding in Valencia on Tuesday.",
                     actors=["valencia"], predicate="say",
                     quantities=[("12 people", dict(value=12, unit="person"))]).result()
    b = Doc("b").add("The flooding in Valencia killed 45 people on Tuesday, officials said.",
                     actors=["valencia"], predicate="say",
                     quantities=[("45 people", dict(value=45, unit="person"))]).result()
    m = only(diff_pair(a, b))
    assert (m.status, m.relation) == ("conflict", "disjoint")
    assert "12" in m.reason and "45" in m.reason


def test_changed_figure_between_dates_is_an_update():
    a = Doc("a").add("On September 4, 2025, Macron said 26 nations had pledged troops.", actors=["emmanuel-macron"],
                     predicate="say", quantities=[("26 nations", dict(value=26, unit="nation"))],
                     dates=[("September 4, 2025", "2025-09-04")]).result()
    b = Doc("b").add("On January 6, 2026, Macron said 35 countries had pledged troops.", actors=["emmanuel-macron"],
                     predicate="say", quantities=[("35 countries", dict(value=35, unit="country"))],
                     dates=[("January 6, 2026", "2026-01-06")]).result()
    m = only(diff_pair(a, b), "quantity")
    assert (m.status, m.relation) == ("related", "update")


def test_publication_dates_far_apart_make_an_update():
    a = Doc("a", published="2024-03-01").add("The ministry said 120 schools were damaged in the region.",
                                             predicate="say", actors=["ministry"],
                                             quantities=[("120 schools", dict(value=120, unit="school"))]).result()
    b = Doc("b", published="2024-11-20").add("The ministry said 340 schools were damaged in the region.",
                                             predicate="say", actors=["ministry"],
                                             quantities=[("340 schools", dict(value=340, unit="school"))]).result()
    m = only(diff_pair(a, b))
    assert m.status == "related" and m.relation == "update"


def test_different_measures_are_never_conflicts():
    a = Doc("a").add("The summit in Paris brought together nearly 30 Western leaders.", actors=["paris"],
                     predicate="bring", quantities=[("nearly 30 Western leaders", dict(
                         value=30, unit="leader", qualifier="approx", modifiers=["Western"]))]).result()
    b = Doc("b").add("At the summit in Paris, 26 nations committed to the guarantees.", actors=["paris"],
                     predicate="commit", quantities=[("26 nations", dict(value=26, unit="nation"))]).result()
    report = diff_pair(a, b)
    assert not report.conflicts
    assert all(m.status == "related" for m in report.matches)


def test_same_unit_different_context_is_not_a_conflict():
    a = Doc("a").add("The storm left 3,000 people without power across the county.", predicate="leave",
                     quantities=[("3,000 people", dict(value=3000, unit="person"))]).result()
    b = Doc("b").add("About 200 people were evacuated from coastal towns.", predicate="evacuate",
                     quantities=[("About 200 people", dict(value=200, unit="person", qualifier="approx"))]).result()
    assert not diff_pair(a, b).conflicts


def test_killed_and_injured_counts_are_different_measures():
    a = Doc("a").add("Officials said 12 people were killed in the flooding in Valencia on Tuesday.",
                     actors=["valencia"], predicate="say",
                     quantities=[("12 people", dict(value=12, unit="person"))]).result()
    b = Doc("b").add("Officials said 45 people were injured in the flooding in Valencia on Tuesday.",
                     actors=["valencia"], predicate="say",
                     quantities=[("45 people", dict(value=45, unit="person"))]).result()
    m = only(diff_pair(a, b))
    assert (m.status, m.relation) == ("related", "different-measure")
    assert "killed" not in m.reason or "injured" in m.reason


def test_nations_that_pledged_and_nations_that_attended_do_not_conflict():
    a = Doc("a").add("Macron said 26 nations pledged troops at the Paris talks on Ukraine.", actors=["emmanuel-macron"],
                     predicate="say", quantities=[("26 nations", dict(value=26, unit="nation"))]).result()
    b = Doc("b").add("Macron said 35 countries attended the Paris talks on Ukraine.", actors=["emmanuel-macron"],
                     predicate="say", quantities=[("35 countries", dict(value=35, unit="country"))]).result()
    report = diff_pair(a, b)
    assert not report.conflicts
    assert [m.relation for m in report.matches] == ["different-measure"]


def test_approximate_figure_agrees_with_exact_one():
    a = Doc("a").add("About 30 countries joined the coalition against the militants.", predicate="join",
                     quantities=[("About 30 countries", dict(value=30, unit="country", qualifier="approx"))]).result()
    b = Doc("b").add("The coalition against the militants now has 31 member states.", predicate="have",
                     quantities=[("31 member states", dict(value=31, unit="member state"))]).result()
    m = only(diff_pair(a, b))
    assert m.status == "agree" and m.relation == "refines"


def test_different_currencies_are_not_compared():
    a = Doc("a").add("Shares of the company fell after it reported $5 billion in losses.", predicate="fall",
                     quantities=[("$5 billion", dict(value=5e9, currency="USD"))]).result()
    b = Doc("b").add("Shares of the company fell after it reported £9 billion in losses.", predicate="fall",
                     quantities=[("£9 billion", dict(value=9e9, currency="GBP"))]).result()
    assert diff_pair(a, b).matches == []


# --- dates ----------------------------------------------------------------------------------

def test_same_event_same_date_agrees():
    a = Doc("a").add("On September 4, 2025, Macron hosted a summit in Paris.", actors=["emmanuel-macron"],
                     predicate="host", dates=[("September 4, 2025", "2025-09-04")]).result()
    b = Doc("b").add("Macron hosted the Paris summit on 4 September 2025.", actors=["emmanuel-macron"],
                     predicate="host", dates=[("4 September 2025", "2025-09-04")]).result()
    m = only(diff_pair(a, b), "date")
    assert (m.status, m.relation, m.kind) == ("agree", "equal", "date")
    assert (m.a.text, m.b.text) == ("September 4, 2025", "4 September 2025")


def test_unrelated_events_on_other_dates_are_not_matched():
    a = Doc("a").add("The central bank raised rates on March 3, 2024.", actors=["central-bank"], predicate="raise",
                     dates=[("March 3, 2024", "2024-03-03")]).result()
    b = Doc("b").add("Floods hit the northern provinces on June 9, 2024.", predicate="hit",
                     dates=[("June 9, 2024", "2024-06-09")]).result()
    assert diff_pair(a, b).matches == []


# --- quotes ---------------------------------------------------------------------------------

def test_same_quote_same_speaker_agrees_up_to_spelling():
    a = Doc("a").add("“We will reject any form of demilitarisation of Ukraine,” Lecornu said.",
                     quote=("We will reject any form of demilitarisation of Ukraine,", "Sébastien Lecornu")).result()
    b = Doc("b").add("“We will reject any form of demilitarization of Ukraine,” said Sebastien Lecornu.",
                     quote=("We will reject any form of demilitarization of Ukraine,", "Sebastien Lecornu")).result()
    m = only(diff_pair(a, b))
    assert (m.status, m.relation) == ("agree", "equal")


def test_reworded_quote_with_the_same_meaning_agrees_with_the_word_difference():
    a = Doc("a").add("“We will never accept a ceasefire that rewards aggression,” the chancellor said.",
                     quote=("We will never accept a ceasefire that rewards aggression,", "Olaf Scholz")).result()
    b = Doc("b").add("“We will not accept a ceasefire that rewards the aggressor,” Scholz said.",
                     quote=("We will not accept a ceasefire that rewards the aggressor,", "Olaf Scholz")).result()
    m = only(diff_pair(a, b))
    assert (m.status, m.relation) == ("agree", "paraphrased")
    assert "never" in m.reason and "not" in m.reason


def test_a_negation_said_another_way_keeps_the_meaning():
    a = Doc("a").add("“A pay rise on paper does not pay a single bill,” the union leader said.",
                     quote=("A pay rise on paper does not pay a single bill,", "Maria Lopez")).result()
    b = Doc("b").add("“A pay rise on paper pays nothing,” Lopez said.",
                     quote=("A pay rise on paper pays nothing,", "Maria Lopez")).result()
    m = only(diff_pair(a, b))
    assert (m.status, m.relation) == ("agree", "paraphrased")
    assert "nothing" in m.reason


@pytest.mark.parametrize("qa, qb, why", [
    ("We will accept the results of this election,", "We will not accept the results of this election,",
     "negation"),
    ("The club will sign 3 new players before the deadline,", "The club will sign 5 new players before the deadline,",
     "number"),
    ("We are ready to talk to Moscow about the grain corridor,", "We are ready to talk to Kyiv about the grain corridor,",
     "name"),
])
def test_a_rewording_that_changes_the_meaning_is_a_conflict(qa, qb, why):
    a = Doc("a").add(f"“{qa}” she said.", quote=(qa, "Ana Petrova")).result()
    b = Doc("b").add(f"“{qb}” Petrova said.", quote=(qb, "Ana Petrova")).result()
    m = only(diff_pair(a, b))
    assert (m.status, m.relation) == ("conflict", "reworded")
    assert why in m.reason


def test_meaning_change_rules():
    from claimtrack.compare.quotes import meaning_change, negations

    assert negations("We don't know, and nobody can say") == 2
    assert meaning_change("Nobody will be left behind", "No one will be left behind") is None
    assert "negation" in meaning_change("Prices will rise", "Prices will never rise")
    assert "content" in meaning_change("We will win this war", "We will lose this war")
    # A number or name only one side gives is left out, not replaced.
    assert meaning_change("We will send troops to the border", "We will send 500 troops to the border") is None


@pytest.mark.parametrize("x, y, same", [
    ("Brig Gen Nabil Haddad", "Nabil Haddad", True),
    ("Brig. Gen. Nabil Haddad", "Lt. Col. Nabil Haddad", True),
    ("Maj Gen Tom Reyes", "Gen. T. Reyes", True),
    ("Dr José Ortega", "Jose Ortega", True),
    ("Mr Ortega", "José Ortega", True),
    ("EU envoy Lena Varga", "Lena Varga", True),
    ("Tom Reyes", "Ana Reyes", False),
    ("Saudi Foreign Ministry", "Qatari Foreign Ministry", False),
    ("an army spokesman", "Nabil Haddad", None),
    (None, "Nabil Haddad", None),
])
def test_speakers_compared_without_titles_ranks_and_honorifics(x, y, same):
    from claimtrack.compare.quotes import same_speaker

    qa = Quote(start=0, end=1, text="x", speaker=x)
    qb = Quote(start=0, end=1, text="x", speaker=y)
    assert same_speaker(qa, qb) is same


@pytest.mark.parametrize("x, y, same", [
    ("Ortega", "Lucia Ortega Ruiz", True),  # one family name of several
    ("Garcia", "Ana Garcia Lopez", True),
    ("Ana Garcia", "Ana Garcia Lopez", True),  # the name without its last family name
    ("Lucia", "Lucia Ortega Ruiz", False),  # a given name alone is no family name
    ("Ortega", "Lucia Ruiz Salas", False),
    ("Lopez", "Ana Garcia", False),
])
def test_a_family_name_among_several_names_the_person(x, y, same):
    from claimtrack.compare.quotes import same_speaker

    assert same_speaker(Quote(start=0, end=1, text="x", speaker=x), Quote(start=0, end=1, text="x", speaker=y)) is same


def test_same_words_under_a_ranked_and_a_plain_name_agree():
    words = "The navy has never fired on a civilian vessel in these waters."
    a = Doc("a").add(f"“{words}” said Rear Adm. Chen Wei.", quote=(words, "Rear Adm. Chen Wei")).result()
    b = Doc("b").add(f"“{words}” Chen said.", quote=(words, "Chen Wei")).result()
    m = only(diff_pair(a, b))
    assert (m.status, m.relation) == ("agree", "equal")


def test_same_words_with_an_unknown_speaker_are_never_an_other_speaker_conflict():
    words = "The navy has never fired on a civilian vessel in these waters."
    a = Doc("a").add(f"“{words}” a spokesman said.", quote=(words, None)).result()
    b = Doc("b").add(f"“{words}” Chen said.", quote=(words, "Chen Wei")).result()
    assert all(m.status != "conflict" for m in diff_pair(a, b).matches)


def test_a_short_stock_phrase_under_two_speakers_is_not_a_conflict():
    a = Doc("a").add("The minister promised to act “without delay”.", quote=("without delay", "Anna Berg")).result()
    b = Doc("b").add("The mayor said repairs would start “without delay”.", quote=("without delay", "Piotr Nowak")).result()
    assert all(m.status != "conflict" for m in diff_pair(a, b).matches)


def test_same_words_other_speaker_is_a_conflict():
    a = Doc("a").add("“This is a commitment of substance, not just words,” Macron declared.",
                     quote=("This is a commitment of substance, not just words,", "Emmanuel Macron")).result()
    b = Doc("b").add("“This is a commitment of substance, not just words,” Starmer declared.",
                     quote=("This is a commitment of substance, not just words,", "Keir Starmer")).result()
    m = only(diff_pair(a, b))
    assert (m.status, m.relation) == ("conflict", "other-speaker")


def test_one_sentence_in_nearly_the_same_words_under_two_speakers_is_a_conflict():
    # one utterance quoted in parts: its first sentence with a word changed and another second
    # sentence, given to two named people, is "who said it" (issue 13: a conflict)
    qa = "The sea was here long before the harbour. We will have to move the quay,"
    qb = "The sea was here before the harbour. We must adapt,"
    a = Doc("a").add(f"“{qa}” said Ines Roca.", quote=(qa, "Ines Roca")).result()
    b = Doc("b").add(f"“{qb}” said Tomas Vidal.", quote=(qb, "Tomas Vidal")).result()
    m = only(diff_pair(a, b))
    assert (m.status, m.relation) == ("conflict", "other-speaker")
    assert "The sea was here long before the harbour" in m.reason
    # the same words reordered, no sentence kept, are one utterance retold (compare.quotes._retold:
    # five content words of five kept), "who said it" too
    qc = "Long before the harbour, the sea was here. The quay will have to move,"
    c = Doc("c").add(f"“{qc}” said Tomas Vidal.", quote=(qc, "Tomas Vidal")).result()
    m = only(diff_pair(a, c))
    assert (m.status, m.relation) == ("conflict", "other-speaker")
    # control: like words that keep two content words of the other's (sea, harbour) stay related
    qh = "The harbour was here before the sea wall was built,"
    h = Doc("h").add(f"“{qh}” said Tomas Vidal.", quote=(qh, "Tomas Vidal")).result()
    m = only(diff_pair(a, h))
    assert (m.status, m.relation) == ("related", "other-speaker")
    # control: a shared sentence that names nothing is anyone's ("We are doing everything we can")
    qf = "We are doing everything we can. The quay will go,"
    qg = "We are doing everything we can. Nobody wanted this,"
    story = "Storm surges flooded the old harbour quay and the fish market of the port on Monday."
    f = Doc("f").add(story).add(f"“{qf}” said Ines Roca.", quote=(qf, "Ines Roca")).result()
    g = Doc("g").add(story).add(f"“{qg}” said Tomas Vidal.", quote=(qg, "Tomas Vidal")).result()
    [m] = [m for m in diff_pair(f, g).matches if m.kind == "quote"]
    assert (m.status, m.relation) == ("related", "other-speaker")
    # control: a shared sentence shorter than a stock phrase's reach ("We must adapt") is no evidence
    qd = "We must adapt. The quay will go,"
    qe = "We must adapt. Nobody wanted this,"
    d = Doc("d").add(story).add(f"“{qd}” said Ines Roca.", quote=(qd, "Ines Roca")).result()
    e = Doc("e").add(story).add(f"“{qe}” said Tomas Vidal.", quote=(qe, "Tomas Vidal")).result()
    assert all(m.status != "conflict" for m in diff_pair(d, e).matches)


def test_different_quotes_are_not_matched():
    a = Doc("a").add("“Inflation is coming down,” the governor said.",
                     quote=("Inflation is coming down,", "Andrew Bailey")).result()
    b = Doc("b").add("“We are ready to act if needed,” the governor said.",
                     quote=("We are ready to act if needed,", "Andrew Bailey")).result()
    assert diff_pair(a, b).matches == []



# --- unitless figures, clauses, strong evidence for conflicts -------------------------------

def _one_pair(report, ta, tb):
    return [m for m in report.matches if m.a.text == ta and m.b.text == tb]


def test_unitless_figure_aligns_by_its_clause():
    a = Doc("a").add("The bus bombing killed at least 40 people and wounded more than 200, police in Quetta said.",
                     actors=["quetta"], predicate="say", quantities=[
                         ("at least 40 people", dict(value=40, unit="person", qualifier="at_least")),
                         ("more than 200", dict(value=200, qualifier="more_than"))]).result()
    b = Doc("b").add("Hospital officials said the blast killed 43 people and injured 215, a day after the attack.",
                     actors=["pakistan"], predicate="say", quantities=[
                         ("43 people", dict(value=43, unit="person")), ("215", dict(value=215))]).result()
    report = diff_pair(a, b)
    [m] = _one_pair(report, "more than 200", "215")
    assert (m.status, m.relation) == ("agree", "refines")
    # the wounded figure never pairs with the dead
    assert not _one_pair(report, "at least 40 people", "215")
    assert not _one_pair(report, "more than 200", "43 people")


def test_unitless_toll_meets_counted_one_through_the_same_source():
    a = Doc("a").add("The Turkish Red Crescent put the number of dead at more than 90, citing its teams.",
                     actors=["turkish-red-crescent"], predicate="put",
                     quantities=[("more than 90", dict(value=90, qualifier="more_than"))]).result()
    b = Doc("b").add("The Turkish Red Crescent Society said at least 96 people had died in the landslide.",
                     actors=["turkish-red-crescent-society"], predicate="say",
                     quantities=[("at least 96 people", dict(value=96, unit="person", qualifier="at_least"))]).result()
    m = only(diff_pair(a, b))
    assert m.status == "agree"


def _story(doc: Doc) -> Doc:
    """Two sentences every article of one cyclone story shares, so the documents tell one story."""
    return (doc.add("Cyclone Freddy tore through coastal Mozambique and southern Malawi this month.")
               .add("Rescue teams in Malawi and Mozambique are still searching flooded villages for survivors."))


def test_large_figures_with_different_roles_do_not_agree():
    a = _story(Doc("a")).add("The storm has driven more than 5,000 people from their homes, officials said.",
                             quantities=[("more than 5,000 people", dict(value=5000, unit="person", qualifier="more_than"))]).result()
    b = _story(Doc("b")).add("Officials put the death toll above 5,000 on Sunday.",
                             quantities=[("above 5,000", dict(value=5000, qualifier="more_than"))]).result()
    assert not [m for m in diff_pair(a, b).matches if m.status == "agree" and m.kind == "quantity"]


def test_a_count_and_a_duration_never_align_loosely():
    a = Doc("a").add("The truce would open five humanitarian corridors into the besieged city for aid, the UN said.",
                     actors=["un"], predicate="say",
                     quantities=[("five humanitarian corridors", dict(value=5, unit="corridor"))]).result()
    b = Doc("b").add("The UN said the besieged city has been cut off from aid for more than two years.",
                     actors=["un"], predicate="say",
                     quantities=[("more than two years", dict(value=2, unit="year", qualifier="more_than"))]).result()
    assert not diff_pair(a, b).matches


def test_observers_and_monitors_are_one_measure():
    a = Doc("a").add("An election mission of 120 observers from the OSCE will watch the vote in Tbilisi.",
                     actors=["osce"], predicate="watch",
                     quantities=[("120 observers", dict(value=120, unit="observer"))]).result()
    b = Doc("b").add("The OSCE mission will deploy 90 monitors to watch the vote in Tbilisi and the regions.",
                     actors=["osce"], predicate="deploy",
                     quantities=[("90 monitors", dict(value=90, unit="monitor"))]).result()
    m = only(diff_pair(a, b))
    assert (m.status, m.relation) == ("conflict", "disjoint")


@pytest.mark.parametrize("x, y", [("reporter", "journalists"), ("physicians", "doctor"), ("stores", "shop"),
                                  ("inspectors", "monitor"), ("firms", "companies"), ("demonstrators", "protesters")])
def test_synonym_groups_share_a_class(x, y):
    assert relate_measures(measure_of(q(1, x)), measure_of(q(1, y))) == SAME


def test_observers_are_not_delegates_or_journalists():
    assert relate_measures(measure_of(q(1, "observer")), measure_of(q(1, "journalist"))) is None
    assert relate_measures(measure_of(q(1, "observer")), measure_of(q(1, "delegate"))) == FAMILY


def test_homeless_and_dead_never_agree_by_overlapping_values():
    a = Doc("a").add("Aid groups said as many as 20,000 people had been left without shelter.",
                     actors=["oxfam"], predicate="say",
                     quantities=[("as many as 20,000 people", dict(value=20000, unit="person", qualifier="at_most"))]).result()
    b = Doc("b").add("Aid groups said at least 300 people had died in the floods.", actors=["oxfam"], predicate="say",
                     quantities=[("at least 300 people", dict(value=300, unit="person", qualifier="at_least"))]).result()
    assert all(m.status != "agree" for m in diff_pair(a, b).matches)


def test_parallel_sentences_with_one_differing_figure_conflict():
    a = Doc("a").add("The IMF cut its forecast for global growth this year to 2.8% from 3.1%, citing trade tensions.",
                     actors=["imf"], predicate="cut", dates=[("this year", "2025")], quantities=[
                         ("2.8%", dict(value=2.8, unit="percent")), ("3.1%", dict(value=3.1, unit="percent"))]).result()
    b = Doc("b").add("The Fund now expects global growth of 2.6% this year, down from 3.1% in its April forecast.",
                     actors=["international-monetary-fund"], predicate="expect", dates=[("this year", "2025")], quantities=[
                         ("2.6%", dict(value=2.6, unit="percent")), ("3.1%", dict(value=3.1, unit="percent"))]).result()
    report = diff_pair(a, b)
    [m] = _one_pair(report, "2.8%", "2.6%")
    assert (m.status, m.relation) == ("conflict", "disjoint")
    [twin] = _one_pair(report, "3.1%", "3.1%")
    assert twin.status == "agree"


def test_parallel_sentences_about_different_countries_do_not_conflict():
    a = Doc("a").add("Germany's economy grew 0.3% in the quarter and France's 0.5%, the statistics agency said.",
                     actors=["germany", "france"], predicate="grow", quantities=[
                         ("0.3%", dict(value=0.3, unit="percent")), ("0.5%", dict(value=0.5, unit="percent"))]).result()
    b = Doc("b").add("Germany's economy grew 0.3% in the quarter and Italy's 0.2%, the statistics agency said.",
                     actors=["germany", "italy"], predicate="grow", quantities=[
                         ("0.3%", dict(value=0.3, unit="percent")), ("0.2%", dict(value=0.2, unit="percent"))]).result()
    assert not diff_pair(a, b).conflicts


def test_same_described_thing_with_two_durations_conflicts():
    a = Doc("a").add("Authorities declared a 10-day curfew in the capital after the riots.", actors=["kenya"],
                     predicate="declare", quantities=[("10-day", dict(value=10, unit="day"))]).result()
    b = Doc("b").add("A 14-day curfew was declared across the capital on Monday night after the riots.",
                     actors=["nairobi"], predicate="declare",
                     quantities=[("14-day", dict(value=14, unit="day"))]).result()
    m = only(diff_pair(a, b))
    assert (m.status, m.relation) == ("conflict", "disjoint")
    assert "curfew" in m.reason


def test_a_figure_stated_in_both_is_paired_with_its_twin():
    """Alignment never reads values: the 10-day curfew of A meets B's 10-day curfew by its
    wording. (B's 14-day curfew may also be paired with it: B states two figures of one measure,
    and only the wording tells them apart.)"""
    a = Doc("a").add("Authorities declared a 10-day curfew in the capital after the riots.", actors=["kenya"],
                     predicate="declare", quantities=[("10-day", dict(value=10, unit="day"))]).result()
    b = (Doc("b")
         .add("A 14-day curfew was declared across the capital on Monday night after the riots.",
              actors=["nairobi"], predicate="declare", quantities=[("14-day", dict(value=14, unit="day"))])
         .add("Officials first declared a 10-day curfew in the capital, then extended it.", actors=["nairobi"],
              predicate="declare", quantities=[("10-day", dict(value=10, unit="day"))])
         .result())
    report = diff_pair(a, b)
    assert _one_pair(report, "10-day", "10-day")[0].status == "agree"


def test_kinds_of_a_thing_named_with_the_are_not_one_thing():
    a = Doc("a").add("The 10-year yield rose on Monday as investors sold bonds.", predicate="rise",
                     quantities=[("10-year", dict(value=10, unit="year"))]).result()
    b = Doc("b").add("The 30-year yield rose on Monday as investors sold bonds.", predicate="rise",
                     quantities=[("30-year", dict(value=30, unit="year"))]).result()
    assert not diff_pair(a, b).conflicts


def test_pledged_and_attended_figures_in_parallel_sentences_do_not_conflict():
    a = Doc("a").add("At the Rome conference 41 countries attended and 12 countries pledged funds.",
                     actors=["rome"], predicate="attend", quantities=[
                         ("41 countries", dict(value=41, unit="country")),
                         ("12 countries", dict(value=12, unit="country"))]).result()
    b = Doc("b").add("At the Rome conference 41 countries attended and 19 countries sent observers.",
                     actors=["rome"], predicate="attend", quantities=[
                         ("41 countries", dict(value=41, unit="country")),
                         ("19 countries", dict(value=19, unit="country"))]).result()
    assert not diff_pair(a, b).conflicts


def test_documents_telling_different_stories_have_no_conflicts():
    a = (Doc("a")
         .add("Floods swept through villages in Sindh province, and rescuers searched for survivors in the mud.")
         .add("Rivers burst their banks after a week of monsoon rain, cutting roads and washing away bridges.")
         .add("Doctors warned of cholera in camps where displaced families waited for clean water and tents.")
         .add("Japan said it would send 5 million dollars in emergency aid for the flood victims.", actors=["japan"],
              predicate="say", quantities=[("5 million dollars", dict(value=5e6, currency="USD"))])
         .result())
    b = (Doc("b")
         .add("Negotiators at the climate summit agreed a new target for adaptation finance after two weeks of talks.")
         .add("Small island states said the deal fell short of what science demands on emissions cuts.")
         .add("Observers said the final text dropped a pledge to phase out coal and oil over the decade.")
         .add("Japan said it would send 900 million dollars in aid for climate adaptation.", actors=["japan"],
              predicate="say", quantities=[("900 million dollars", dict(value=9e8, currency="USD"))])
         .result())
    assert not diff_pair(a, b).conflicts


def test_a_speaker_quoted_twice_is_not_paired_on_thin_context():
    a = Doc("a").add('Health minister Ana Silva welcomed the vaccine deal, saying it would "save thousands of lives".',
                     actors=["ana-silva"], predicate="welcome",
                     quote=("save thousands of lives", "Ana Silva")).result()
    b = (Doc("b")
         .add('Ana Silva said the deal was "the biggest order in our history".', actors=["ana-silva"],
              predicate="say", quote=("the biggest order in our history", "Ana Silva"))
         .add('Ana Silva later said the hospitals were "ready for the winter".', actors=["ana-silva"],
              predicate="say", quote=("ready for the winter", "Ana Silva"))
         .result())
    assert not [m for m in diff_pair(a, b).matches if m.kind == "quote"]

# --- statements (polarity) ------------------------------------------------------------------

def _restated(b_sentence: str, b_quote=None, b_actors=("world-health-organization",)):
    words = "a turning point in the fight against malaria"
    a = (Doc("a").add("The WHO rolled out the new malaria vaccine in Ghana and Kenya this week.")
         .add(f"The World Health Organization called the rollout “{words}” in a statement.",
              actors=["world-health-organization"], predicate="call",
              quote=(words, "World Health Organization")).result())
    b = (Doc("b").add("The WHO rolled out the new malaria vaccine in Kenya and Ghana this week.")
         .add(b_sentence, actors=list(b_actors), predicate="describe", quote=b_quote).result())
    return [m for m in diff_pair(a, b).matches if m.kind == "statement"]


def test_a_quote_restated_without_quotation_marks_agrees():
    [m] = _restated("The World Health Organization described the rollout as a turning point in the fight "
                    "against malaria.")
    assert (m.status, m.relation) == ("agree", "equal")
    assert m.b.text == "a turning point in the fight against malaria"
    assert "without quotation marks" in m.reason


def test_the_same_words_from_someone_else_are_not_a_restated_quote():
    assert not _restated("Doctors Without Borders described the rollout as a turning point in the fight "
                         "against malaria.", b_actors=("doctors-without-borders",))


def test_a_quote_quoted_in_both_is_compared_as_a_quote_not_restated():
    words = "a turning point in the fight against malaria"
    assert not _restated(f"The World Health Organization called it “{words}”.",
                         b_quote=(words, "World Health Organization"))


def test_opposite_polarity_same_actor_and_action():
    a = Doc("a").add("Italy will not send troops to the peacekeeping mission.", kind="statement", actors=["italy"],
                     predicate="send", negated=True).result()
    b = Doc("b").add("Italy will send troops to the peacekeeping mission next year.", kind="statement",
                     actors=["italy"], predicate="send").result()
    m = only(diff_pair(a, b))
    assert (m.status, m.relation) == ("conflict", "polarity")


# --- report shape, many documents, robustness -------------------------------------------------

def test_report_json_meets_the_contract():
    a = Doc("a.txt").add("Officials said 12 people were killed in the flooding in Valencia on Tuesday.",
                         actors=["valencia"], predicate="say",
                         quantities=[("12 people", dict(value=12, unit="person"))]).add(
        "The regional government asked for help.", actors=["valencia"], predicate="ask").result()
    b = Doc("b.txt").add("The flooding in Valencia killed 12 people on Tuesday, officials said.",
                         actors=["valencia"], predicate="say",
                         quantities=[("12 people", dict(value=12, unit="person"))]).result()
    out = diff_pair(a, b).model_dump(mode="json", by_alias=True)
    assert out["schema"] == DIFF_SCHEMA and out["a"] == "a.txt" and out["b"] == "b.txt"
    m = out["matches"][0]
    assert {"status", "relation", "about", "reason", "a", "b"} <= set(m)
    assert set(m["a"]) == {"claim", "start", "end", "text", "also"}  # also: CONTRACT.md, "Diff sides"
    text_a = "Officials said 12 people were killed in the flooding in Valencia on Tuesday."
    assert text_a[m["a"]["start"]:m["a"]["end"]] == "12 people"
    assert out["only_a"] == ["a.txt-1"] and out["only_b"] == []


def test_diff_many_groups_a_fact_across_sources():
    def doc(name, n, unit):
        return Doc(name).add(f"The earthquake in the province killed {n} {unit}s, rescuers said.", actors=["province"],
                             predicate="say", quantities=[(f"{n} {unit}s", dict(value=n, unit=unit))]).result()

    report = diff_many([doc("a", 120, "person"), doc("b", 120, "person"), doc("c", 300, "person")])
    assert len(report.facts) == 1
    fact = report.facts[0]
    assert fact.status == "conflict" and {v.doc for v in fact.versions} == {"a", "b", "c"}
    assert report.model_dump(mode="json", by_alias=True)["schema"] == "claimtrack/diff-many/v1"


def test_empty_documents():
    a, b = Doc("a").result(), Doc("b").result()
    report = diff_pair(a, b)
    assert report.matches == [] and report.only_a == [] and report.only_b == []
    assert diff_many([a]).facts == []


words = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), min_size=1, max_size=30)


@given(st.lists(st.tuples(words, st.one_of(st.none(), st.integers(-10**6, 10**6)), st.one_of(st.none(), words),
                          st.sampled_from([None, "approx", "more_than", "at_most"])), max_size=4),
       st.lists(st.tuples(words, st.one_of(st.none(), st.integers(-10**6, 10**6)), st.one_of(st.none(), words),
                          st.sampled_from([None, "approx", "less_than", "at_least"])), max_size=4))
@settings(max_examples=examples(60), deadline=None)
def test_diff_never_raises_on_odd_claims(side_a, side_b):
    def build(name, items):
        d = Doc(name)
        for text, value, unit, qual in items:
            d.add(f"{text} {text}", quantities=[(text, dict(value=value, unit=unit, qualifier=qual))],
                  quote=(text, unit))
        return d.result()

    report = diff_pair(build("a", side_a), build("b", side_b))
    for m in report.matches:
        assert m.status in ("agree", "conflict", "related")


# --- import weight ------------------------------------------------------------------------------

def test_stop_words_table_is_spacys_english_list():
    """The compare table is a copy of spaCy's list (so comparing never imports spaCy): keep them equal."""
    from spacy.lang.en.stop_words import STOP_WORDS as SPACY_STOP_WORDS

    from claimtrack.compare.context import STOP_WORDS

    assert STOP_WORDS == frozenset(SPACY_STOP_WORDS)


def test_cli_and_compare_import_without_spacy():
    """`claimtrack --version`, `diff` and the parent of an `extract --jobs N` run never load spaCy:
    importing it costs more than half a second, which every parallel run would pay in series."""
    import subprocess
    import sys

    code = ("import sys, claimtrack.cli, claimtrack.compare, claimtrack.extract, claimtrack.runner; "
            "print(sorted(m for m in sys.modules if m == 'spacy' or m.startswith(('spacy.', 'thinc'))))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
