"""Alignment never looks at values (issue 13, point 2): changing a figure or a date in one
document never changes which mentions `diff` pairs, only the status of the pairs.

Invented two-source reports go through the real extractor once; the test then rewrites the
VALUES in the records (a figure scaled, a range moved, a date moved by years or months, at the
same grain) and leaves every word as written, so that only the comparison is under test. The
set of aligned pairs (kind and the two spans) must be the same for every rewrite, and a figure
pair that agreed must not agree once one side's value is moved out of the other's range."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimtrack.compare import diff_pair
from claimtrack.compare.pair import aligned_pairs
from claimtrack.models import DocumentResult

from extracted import extracted_doc

pytestmark = pytest.mark.model

#: Two sources on one invented event each: figures of several measures, dates, a quote.
REPORTS = {
    "lighthouse": (
        "Restorers will finish work on the Skerry Point lighthouse by June 2032, the heritage trust said "
        "on Monday. The trust has raised 2.4 million pounds for the repairs, and 35 volunteers have "
        "signed up to guide visitors. The tower, built in 1871, is 41 metres tall. \"We owe it to the "
        "fishing families to keep the light burning,\" said trust chair Morag Innes.",
        "The heritage trust restoring the Skerry Point lighthouse expects to complete the project in "
        "June 2032. It has collected £2.4m so far and recruited 35 volunteer guides. The 41-metre "
        "tower dates from 1871. \"We owe it to the fishing families to keep the light burning,\" "
        "trust chair Morag Innes said.",
    ),
    "ferry": (
        "Ferry crews on the northern routes walked out for 48 hours on Friday, stranding about 6,000 "
        "passengers, the operator said. The union is demanding a 7% pay rise; the operator has offered "
        "3.5%. Talks are due to resume on 14 March.",
        "A two-day strike by ferry crews left some 6,000 travellers stranded on the northern routes on "
        "Friday. The union wants wages raised by 7%, against the 3.5% the operator put forward. "
        "Negotiators will meet again on March 14.",
    ),
}
PUBLISHED = ("2031-03-07", "2031-03-08")


def _doc(text: str, name: str, published: str) -> DocumentResult:
    return extracted_doc(text, name, published)


@pytest.fixture(scope="module")
def reports() -> dict:
    return {k: (_doc(a, "a.txt", PUBLISHED[0]), _doc(b, "b.txt", PUBLISHED[1])) for k, (a, b) in REPORTS.items()}


def _scaled(q, k: float):
    """The quantity with its value(s) multiplied by k; text, unit and frame untouched."""
    update = {f: getattr(q, f) * k for f in ("value", "low", "high") if getattr(q, f) is not None}
    return q.model_copy(update=update)


def _moved(d, years: int, months: int):
    """The date moved by whole years and months at the grain it has; text and frame untouched."""
    iso = d.iso
    if not iso or len(iso) < 4 or not iso[:4].isdigit():
        return d
    y = int(iso[:4]) + years
    if len(iso) >= 7:
        m0 = int(iso[5:7]) - 1 + months
        y += m0 // 12
        new = f"{y:04d}-{m0 % 12 + 1:02d}" + (iso[7:] if len(iso) > 7 else "")
        if len(new) == 10 and int(new[8:]) > 28:
            new = new[:8] + "28"  # a day every month has
    else:
        new = f"{y:04d}"
    return d.model_copy(update={"iso": new})


def _rewritten(result: DocumentResult, k: float, years: int, months: int, only: int | None = None) -> DocumentResult:
    """The document with its figures scaled by k and its dates moved (all, or the `only`-th figure)."""
    claims, n = [], 0
    for c in result.claims:
        qs = []
        for q in c.quantities:
            qs.append(_scaled(q, k) if only is None or n == only else q)
            n += 1
        ds = [_moved(d, years, months) for d in c.dates] if only is None else list(c.dates)
        claims.append(c.model_copy(update={"quantities": qs, "dates": ds}))
    return DocumentResult(document=result.document, claims=claims)


def test_the_reports_align_figures_dates_and_quotes(reports):
    """A control: the invented reports do pair figures, dates and a quote, so that the
    invariance below is about something."""
    kinds = {kind for a, b in reports.values() for kind, *_ in aligned_pairs(a, b)}
    assert {"quantity", "date", "quote"} <= kinds


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(k=st.sampled_from([0.001, 0.2, 0.5, 3.0, 5.0, 10.0, 1e6]), years=st.integers(-30, 30),
       months=st.integers(0, 11), side=st.sampled_from("ab"))
def test_changing_values_never_changes_which_mentions_align(reports, k, years, months, side):
    for a, b in reports.values():
        before = aligned_pairs(a, b)
        if side == "a":
            after = aligned_pairs(_rewritten(a, k, years, months), b)
        else:
            after = aligned_pairs(a, _rewritten(b, k, years, months))
        assert after == before


@pytest.mark.parametrize("k", [0.2, 5.0, 10.0])
def test_one_figure_changed_keeps_its_partner_and_leaves_agreement(reports, k):
    """Each figure of B in turn is moved out of range: it keeps the partner it had, that pair no
    longer agrees, and every other pair keeps its status."""
    for a, b in reports.values():
        base = diff_pair(a, b)
        status = {(m.kind, m.a.start, m.a.end, m.b.start, m.b.end): m.status for m in base.matches}
        n_figures = sum(len(c.quantities) for c in b.claims)
        for i in range(n_figures):
            report = diff_pair(a, _rewritten(b, k, 0, 0, only=i))
            now = {(m.kind, m.a.start, m.a.end, m.b.start, m.b.end): m.status for m in report.matches}
            assert set(now) == set(status)
            q = [q for c in b.claims for q in c.quantities][i]
            for key, was in status.items():
                edited = key[0] == "quantity" and key[3] < q.end and q.start < key[4]
                if edited and was == "agree":
                    assert now[key] != "agree", key
                elif not edited:
                    assert now[key] == was, key


#: One fact: the statuses of a pair stated once by both sides (agreeing, contradicting, or one
#: thing at two moments); `related` of any other kind says the two are two facts.
_ONE_FACT_RELATIONS = frozenset({"update", "forecast"})


def _one_fact(m) -> bool:
    return m.status in ("agree", "conflict") or m.relation in _ONE_FACT_RELATIONS


def _figure_classes(a: DocumentResult, b: DocumentResult) -> dict:
    return {(m.a.start, m.a.end, m.b.start, m.b.end): _one_fact(m) for m in diff_pair(a, b).matches
            if m.kind == "quantity"}


@pytest.mark.parametrize("k", [0.2, 5.0, 10.0])
def test_a_pair_one_fact_at_other_values_is_one_fact_at_these(reports, k):
    """The direction of issue 13's invariance that holds today: a figure pair that is one fact once
    a value is moved (a conflict, an update) is one fact at the values as written (it agrees), never
    `related` because its values happened to overlap."""
    for a, b in reports.values():
        before = _figure_classes(a, b)
        for i in range(sum(len(c.quantities) for c in b.claims)):
            after = _figure_classes(a, _rewritten(b, k, 0, 0, only=i))
            for key, one in after.items():
                if one and key in before:
                    assert before[key], key


#: A pair aligned only weakly (another noun, verbs that share no WordNet sense, few words in
#: common): `agree` at equal values, `related/different-measure` once they differ.
_WEAK = ("The Kessock shipyard will hire 1,200 temporary workers for the refit of the ferry fleet, the port "
         "authority said.", "About 1,200 people will be needed at the Kessock yard while the ferries are refitted.")


@pytest.mark.xfail(strict=True, reason=(
    "issue 13 item 2 not met: a weakly aligned pair agrees when its values overlap and is related "
    "when they do not. Deciding 'one fact' from the alignment alone, measured in session 11 on the "
    "twelve team sets: the conflict rule as the decision loses 105 facts found (651 -> 546 of 803) "
    "for no counterfactual (188 of 367); every weakly aligned mutual-best pair as one fact "
    "loses 45 facts and adds 51 false conflicts (161/180 -> 172/242 real; related called conflict "
    "3 -> 12) for 39 counterfactuals. Session 13 learned the decision from 46 value-free features "
    "(bench/figure_pairs.py, leave-one-set-out on 13 team sets): about one false conflict per pair "
    "found at every threshold. Session 27 counted a value-blind assignment (mutual best partners, no "
    "second partner near either, one measure, no clash) on the 20 read fc sets: +16 real conflicts for "
    "+53 false, +8 for +12 with the alignment floor. docs/comparison.md."))
def test_changing_a_value_never_changes_whether_two_figures_are_one_fact():
    a = _doc(_WEAK[0], "a.txt", PUBLISHED[0])
    b = _doc(_WEAK[1], "b.txt", PUBLISHED[1])
    before = _figure_classes(a, b)
    assert before, "the control: the two figures are aligned"
    for k in (0.2, 2.5, 10.0):
        assert _figure_classes(a, _rewritten(b, k, 0, 0)) == before
