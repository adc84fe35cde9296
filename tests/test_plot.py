"""Timeline pictures people can read: one fact per chart, the unit on the y axis, round ticks,
labels that never overlap (checked on the layout's measured text boxes)."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from itertools import combinations

import pytest
from typer.testing import CliRunner

import ledger_data
from claimtrack.cli import app
from claimtrack.ledger import plot


@dataclass
class V:
    doc: str
    text: str
    as_of: str
    low: float
    high: float
    as_of_source: str = "stated"
    data: dict = field(default_factory=dict)


@dataclass
class E:
    version: V
    change: str


def _entries(values, dates, unit="troop", currency=None, period=None, docs=None):
    q = {"unit": unit, "currency": currency, "period": period}
    out = []
    for i, (v, d) in enumerate(zip(values, dates)):
        low, high = v if isinstance(v, tuple) else (v, v)
        doc = docs[i] if docs else f"outlet-{i:02d}/a-rather-long-article-name-{i}.html"
        out.append(E(V(doc, f"between {low:,.0f} and {high:,.0f} troops" if low != high else f"{low:,.0f} troops",
                       d, low, high, data={"quantity": q}), ["first", "agree", "update", "conflict"][i % 4]))
    return out


def _texts(shapes, role=None):
    return [s for s in shapes if s.kind == "text" and (role is None or s.role == role)]


def _assert_readable(shapes, height, measure=plot.estimate_width):
    texts = _texts(shapes)
    for s in texts:
        assert s.width == pytest.approx(measure(s.text, s.size))  # the box is the measured text
        left, top, right, bottom = s.box()
        assert left >= 0 and top >= 0 and right <= plot.W and bottom <= height, (s.role, s.text)
    for a, b in combinations(texts, 2):
        assert not plot._overlaps(a.box(), b.box(), pad=0), (a.role, a.text, b.role, b.text)


def _assert_round_ticks(shapes):
    ticks = _texts(shapes, "ytick")
    assert len(ticks) >= 3
    values = [float(re.sub(r"[^\d.\-]", "", t.text)) * (1e6 if t.text.endswith(" M") else 1e9 if t.text.endswith(" bn") else 1)
              for t in sorted(ticks, key=lambda t: -t.y)]
    step = values[1] - values[0]
    mantissa = step / 10 ** math.floor(math.log10(step))
    assert any(math.isclose(mantissa, m) for m in (1, 2, 2.5, 5)), values
    for v in values:
        assert math.isclose(v / step, round(v / step), abs_tol=1e-9), values
    assert values[0] <= 0 or values[0] == 0


def test_one_chart_has_the_unit_round_ticks_and_no_overlapping_text():
    entries = _entries([1200, 1200, 3400], ["2025-03-01", "2025-03-02", "2025-06-10"], unit="fishing boat")
    shapes, height = plot.layout(entries, "ships (ban)", "f-1 · agree · 3 sources")
    assert [s.text for s in _texts(shapes, "yunit")] == ["fishing boats"]
    assert [s.text for s in _texts(shapes, "title")] == ["ships (ban)"]
    _assert_round_ticks(shapes)
    _assert_readable(shapes, height)
    assert len(_texts(shapes, "key")) == 3 and len(_texts(shapes, "label")) == 3


def test_figures_no_source_dates_are_drawn_in_timeline_order():
    """Articles with no publication date and claims with no date: the values are still drawn
    (one point each, left to right as the timeline lists them), and the axis says so."""
    entries = _entries([30, 30, 34], [None, None, None], unit="country")
    shapes, height = plot.layout(entries, "countries (attended)")
    points = [s for s in shapes if s.kind == "dot"]
    assert len(points) == 3 and [p.x for p in points] == sorted(p.x for p in points)
    assert [s.text for s in _texts(shapes, "xtick")] == ["no dates given: in the order listed below"]
    assert not _texts(shapes, "note")
    _assert_round_ticks(shapes)
    _assert_readable(shapes, height)


def test_crowded_values_and_money_stay_readable():
    days = [f"2025-09-{d:02d}" for d in (1, 1, 1, 2, 2, 3, 3, 4, 5, 5, 6, 6)]
    values = [26, 26, 26, 27, (25, 30), 26, 28, 26, 26, 30, 31, 26]
    entries = _entries(values, days)
    shapes, height = plot.layout(entries, "x" * 300, "f-2")
    _assert_readable(shapes, height)
    _assert_round_ticks(shapes)
    money = _entries([40e6, 45e6, 800e9], ["2024-01-05", "2024-01-06", "2026-07-01"], unit=None, currency="EUR",
                     period="year")
    shapes, height = plot.layout(money, "amount in EUR per year (cost)")
    assert [s.text for s in _texts(shapes, "yunit")] == ["EUR per year"]
    _assert_round_ticks(shapes)
    _assert_readable(shapes, height)
    # x labels are dates at round steps, never crowded
    assert all(re.fullmatch(r"\d{4}(-\d{2})?(-\d{2})?", t.text) for t in _texts(shapes, "xtick"))


DATASETS = [
    ([1200, 1200, 3400], ["2025-03-01", "2025-03-02", "2025-06-10"]),
    ([26, 26, 35, (10_000, 30_000)], ["2025-09-04", "2025-09-05", "2026-01-10", "2026-01-11"]),
    ([26, 26, 26, 27, (25, 30), 26, 28, 26, 26, 30, 31, 26],
     [f"2025-09-{d:02d}" for d in (1, 1, 1, 2, 2, 3, 3, 4, 5, 5, 6, 6)]),
    ([5, 7, 6], ["1998-01-01", "2011-06-30", "2025-12-31"]),
    ([0.5, 0.75], ["2024-02-28", "2024-02-29"]),
]


@pytest.mark.parametrize("values, dates", DATASETS)
def test_png_layout_is_measured_with_the_font_it_draws_with(values, dates):
    measure = plot.png_measure()
    for m in (measure, plot.estimate_width):
        shapes, height = plot.layout(_entries(values, dates), "number of countries (pledge)", "f-3", measure=m)
        _assert_readable(shapes, height, m)
        _assert_round_ticks(shapes)
        assert len(_texts(shapes, "xtick")) >= 2


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    return ledger_data.build(tmp_path_factory.mktemp("ledger") / "l.db")


def test_a_query_matching_several_facts_draws_one_chart_each(db, tmp_path):
    from PIL import Image

    runner = CliRunner()
    result = runner.invoke(app, ["timeline", "fjord", "--db", db, "--svg", str(tmp_path / "fjord.svg"),
                                 "--png", str(tmp_path / "fjord.png")])
    assert result.exit_code == 0, result.output
    svgs = sorted(tmp_path.glob("fjord-f-*.svg"))
    pngs = sorted(tmp_path.glob("fjord-f-*.png"))
    assert len(svgs) == 2 and len(pngs) == 2 and not (tmp_path / "fjord.svg").exists()
    units = set()
    for svg in svgs:
        body = svg.read_text(encoding="utf-8")
        assert body.startswith("<svg") and body.count("<circle") in (2, 3)  # one fact's versions only
        units |= {u for u in ("fishing boats", "EUR per year") if u in body}
    assert units == {"fishing boats", "EUR per year"}
    for png in pngs:
        with Image.open(png) as img:
            assert img.format == "PNG" and img.size[0] == plot.W
    assert result.stderr.count("wrote ") == 4
    one = runner.invoke(app, ["timeline", "fishing boats", "--db", db, "--png", str(tmp_path / "boats.png")])
    assert one.exit_code == 0 and (tmp_path / "boats.png").exists()
    quote = runner.invoke(app, ["timeline", "quota", "--db", db, "--svg", str(tmp_path / "q.svg")])
    assert quote.exit_code == 1 and "nothing to draw" in quote.stderr and not (tmp_path / "q.svg").exists()
