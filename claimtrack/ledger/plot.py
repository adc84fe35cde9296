"""Timeline charts of ONE fact: each source's value at the date it refers to, drawn as SVG (text)
or PNG (Pillow) from one layout.

x is the date a value refers to, y the value on round ticks with the unit above the axis; a range
is a vertical bar. Points carry short numbers; the key under the chart says, per number, the date,
the source, its words and whether it agrees with the version before it, updates it (a later
date) or conflicts with it. Every text's box is measured and placed so that none overlaps
another (tests/test_plot.py checks it).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date, timedelta
from html import escape
from typing import Callable, Optional, Sequence

from ..compare.units import plural
from ..output import open_output

COLOURS = {"first": "#333333", "agree": "#2e7d32", "same": "#2e7d32", "update": "#0277bd",
           "conflict": "#c62828", "related": "#b7791f"}
W = 800
PLOT_H = 260
MARGIN = 24
TITLE_SIZE, TEXT_SIZE, SMALL_SIZE = 15, 12, 11
LINE = 17  # key line height
MAX_KEY_LINES = 20
DOT_R = 5

#: measure(text, font size) -> width in pixels
Measure = Callable[[str, int], float]


@dataclass(frozen=True)
class Shape:
    kind: str  # "line", "dot", "text"
    x: float
    y: float  # text: the top of its box
    x2: float = 0.0
    y2: float = 0.0
    colour: str = "#999999"
    text: str = ""
    width: float = 1  # line: stroke width; text: the measured width of the box
    size: int = TEXT_SIZE
    role: str = ""  # title, subtitle, yunit, ytick, xtick, label, key, note, grid, axis, point, range

    def box(self) -> tuple[float, float, float, float]:
        """(left, top, right, bottom) of a text."""
        return (self.x, self.y, self.x + self.width, self.y + self.size * 1.2)


# ---------------------------------------------------------------------------------------- measuring

_NARROW = set("fijlrtI!|.,:;'()[] ")


def estimate_width(text: str, size: int) -> float:
    """A generous width for a sans-serif font (DejaVu Sans, one of the widest, as the yardstick):
    a browser drawing the SVG with its own font stays inside the box."""
    em = 0.0
    for ch in text:
        if ch in _NARROW:
            em += 0.36
        elif ch.isupper() or ch in "mwMW@%&—":
            em += 0.8
        elif ord(ch) > 0x2E7F:  # CJK and other wide scripts
            em += 1.0
        else:
            em += 0.64
    return em * size


def _fit(text: str, size: int, width: float, measure: Measure) -> str:
    """`text`, cut with an ellipsis to fit `width`."""
    if measure(text, size) <= width:
        return text
    lo, hi = 0, len(text)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if measure(text[:mid].rstrip() + "…", size) <= width:
            lo = mid
        else:
            hi = mid - 1
    return text[:lo].rstrip() + "…"


# ---------------------------------------------------------------------------------------- values


def _day(iso: Optional[str]) -> Optional[float]:
    if not iso:
        return None
    try:
        parts = [int(p) for p in iso[:10].split("-")] + [1, 1]
        return float(date(parts[0], parts[1], parts[2]).toordinal())
    except ValueError:
        return None


def _points(entries, undated: bool = False) -> list[tuple[float, float, float, int, object]]:
    """(day, low, high, index in entries, entry) of each entry with a date and a finite value;
    `undated`: of each entry with a finite value, placed at its rank in the timeline instead."""
    pts = []
    for i, e in enumerate(entries):
        x = float(i) if undated else _day(e.version.as_of)
        lo, hi = e.version.low, e.version.high
        lo = lo if lo is not None and math.isfinite(lo) else None
        hi = hi if hi is not None and math.isfinite(hi) else None
        lo, hi = (lo if lo is not None else hi), (hi if hi is not None else lo)
        if x is None or lo is None:
            continue
        pts.append((x, lo, hi, i, e))
    return pts


def _plotted(entries) -> tuple[list, bool]:
    """The points to draw and whether they are undated. When no source dates its figure (no
    date in the claim, no publication date) the values are still drawn, side by side in
    timeline order, and the axis says that time is unknown."""
    pts = _points(entries)
    if pts:
        return pts, False
    return _points(entries, undated=True), True


#: The x axis of a chart whose figures no source dates.
UNDATED_AXIS = "no dates given: in the order listed below"


def _x_ticks(undated: bool, x0: float, x1: float, width: float, measure) -> list[tuple[float, str]]:
    return [((x0 + x1) / 2, UNDATED_AXIS)] if undated else _date_ticks(x0, x1, width, measure)


def nice_ticks(lo: float, hi: float, target: int = 5) -> list[float]:
    """Round tick values covering [lo, hi]: a step of 1, 2, 2.5 or 5 times a power of ten."""
    if hi <= lo:
        hi = lo + (abs(lo) or 1.0)
    raw = (hi - lo) / target
    mag = 10.0 ** math.floor(math.log10(raw))
    step = next(m * mag for m in (1, 2, 2.5, 5, 10) if m * mag >= raw * 0.999)
    first = math.floor(lo / step + 1e-9)
    last = math.ceil(hi / step - 1e-9)
    return [float(f"{i * step:.12g}") for i in range(first, last + 1)]


def format_number(x: float, step: float) -> str:
    """A tick value: 1,200 / 2.5 / 40 M / 1.2 bn, with as many decimals as the step needs."""
    scale, suffix = 1.0, ""
    top = max(abs(x), abs(step))
    if top >= 1e9:
        scale, suffix = 1e9, " bn"
    elif top >= 1e6:
        scale, suffix = 1e6, " M"
    if x == 0:
        return "0"
    s = step / scale
    decimals = max(0, -math.floor(math.log10(s) + 1e-9)) if s < 1 else 0
    if s * 10 ** decimals % 1 > 1e-6:  # a step of 2.5: one more decimal
        decimals += 1
    return f"{x / scale:,.{decimals}f}{suffix}"


def unit_label(entries) -> str:
    """What the y axis counts: 'fishing boats', 'EUR per year' (from the versions' quantities)."""
    labels: list[str] = []
    for e in entries:
        q = (getattr(e.version, "data", None) or {}).get("quantity") or {}
        name = q.get("currency") or (plural(q["unit"]) if q.get("unit") else None)
        if not name:
            continue
        if q.get("period"):
            name += f" per {q['period']}"
        if name not in labels:
            labels.append(name)
    return " / ".join(labels[:3]) if labels else "value"


# ---------------------------------------------------------------------------------------- dates

_DAY_STEPS = (1, 2, 7, 14)
_MONTH_STEPS = (1, 2, 3, 6)
_YEAR_STEPS = (1, 2, 5, 10, 20, 50, 100)


def _date_ticks(x0: float, x1: float, width: float, measure: Measure) -> list[tuple[float, str]]:
    """Date ticks over [x0, x1] whose labels do not crowd: the finest of days, months or years
    that leaves each label its width plus a gap."""
    d0, d1 = date.fromordinal(int(x0)), date.fromordinal(int(math.ceil(x1)))
    per_day = width / max(1.0, x1 - x0)
    candidates: list[list[tuple[float, str]]] = []
    for step in _DAY_STEPS:
        ticks, d = [], d0
        while d <= d1:
            ticks.append((float(d.toordinal()), d.isoformat()))
            d += timedelta(days=step)
        candidates.append(ticks)
    for step in _MONTH_STEPS:
        ticks, y, m = [], d0.year, d0.month
        while True:
            if (m - 1) % step == 0:
                d = date(y, m, 1)
                if d > d1:
                    break
                if d >= d0:
                    ticks.append((float(d.toordinal()), d.strftime("%Y-%m")))
            m += 1
            if m > 12:
                y, m = y + 1, 1
            if date(y, m, 1) > d1:
                break
        candidates.append(ticks)
    for step in _YEAR_STEPS:
        ticks = [(float(date(y, 1, 1).toordinal()), str(y)) for y in range(d0.year, d1.year + 1)
                 if y % step == 0 and date(y, 1, 1) >= d0]
        candidates.append(ticks)
    for ticks in candidates:
        if len(ticks) < 2:
            continue
        widest = max(measure(label, SMALL_SIZE) for _, label in ticks)
        gap = min(b[0] - a[0] for a, b in zip(ticks, ticks[1:])) * per_day
        if gap >= widest + 16:
            return ticks
    return [(x0, d0.isoformat())]


# ---------------------------------------------------------------------------------------- layout


def _overlaps(a, b, pad: float = 2.0) -> bool:
    return not (a[2] + pad <= b[0] or b[2] + pad <= a[0] or a[3] + pad <= b[1] or b[3] + pad <= a[1])


def _gap(box, point) -> float:
    """Distance from a point to a box (0 inside)."""
    dx = max(box[0] - point[0], 0.0, point[0] - box[2])
    dy = max(box[1] - point[1], 0.0, point[1] - box[3])
    return math.hypot(dx, dy)


def _nearest_is(box, own, spots) -> bool:
    """True when no other point is nearer to the label's box than its own point: a number must
    read as belonging to its own dot."""
    mine = _gap(box, own)
    return all(_gap(box, spot) > mine + 1 for spot in spots if spot != own)


def layout(entries: Sequence, title: str, subtitle: str = "", *, unit: Optional[str] = None,
           measure: Measure = estimate_width) -> tuple[list[Shape], int]:
    """The chart of one fact's timeline as shapes, and the canvas height (the width is W)."""
    shapes: list[Shape] = []
    inner = W - 2 * MARGIN

    def text(x: float, y: float, s: str, size: int, role: str, colour: str = "#000000", anchor: str = "start") -> Shape:
        w = measure(s, size)
        left = x - w if anchor == "end" else x - w / 2 if anchor == "middle" else x
        shape = Shape("text", left, y, text=s, width=w, size=size, role=role, colour=colour)
        shapes.append(shape)
        return shape

    y = 12.0
    text(MARGIN, y, _fit(title, TITLE_SIZE, inner, measure), TITLE_SIZE, "title")
    y += TITLE_SIZE * 1.2 + 4
    if subtitle:
        text(MARGIN, y, _fit(subtitle, SMALL_SIZE, inner, measure), SMALL_SIZE, "subtitle", "#555555")
        y += SMALL_SIZE * 1.2 + 4
    pts, undated = _plotted(entries)
    if not pts:
        text(MARGIN, y + 20, "no figures to draw", TEXT_SIZE, "note")
        return shapes, int(y + 60)

    # y axis: round ticks from 0 (or below, for negative values) to above the largest value
    values = [p[1] for p in pts] + [p[2] for p in pts]
    ticks = nice_ticks(min(0.0, min(values)), max(values))
    step = ticks[1] - ticks[0] if len(ticks) > 1 else 1.0
    labels = [format_number(t, step) for t in ticks]
    left = MARGIN + max(measure(s, SMALL_SIZE) for s in labels) + 10
    right = W - MARGIN - 12
    y += 6
    text(left, y, _fit(unit or unit_label(entries), SMALL_SIZE, right - left, measure), SMALL_SIZE, "yunit", "#333333")
    top = y + SMALL_SIZE * 1.2 + 12
    bottom = top + PLOT_H
    y_lo, y_hi = ticks[0], ticks[-1]

    def sy(v: float) -> float:
        return bottom - (v - y_lo) / ((y_hi - y_lo) or 1.0) * (bottom - top)

    for t, s in zip(ticks, labels):
        shapes.append(Shape("line", left, sy(t), right, sy(t), colour="#e3e3e3", role="grid"))
        text(left - 8, sy(t) - SMALL_SIZE * 0.6, s, SMALL_SIZE, "ytick", "#333333", anchor="end")
    shapes += [Shape("line", left, bottom, right, bottom, colour="#777777", role="axis"),
               Shape("line", left, top, left, bottom, colour="#777777", role="axis")]

    # x axis: dates, padded so that the first and last points sit inside the plot
    xs = [p[0] for p in pts]
    pad = max(2.0, (max(xs) - min(xs)) * 0.08)
    x0, x1 = min(xs) - pad, max(xs) + pad
    plot_left, plot_right = left + 10, right - 10

    def sx(x: float) -> float:
        return plot_left + (x - x0) / (x1 - x0) * (plot_right - plot_left)

    last_right = -1.0
    for tx, label in _x_ticks(undated, x0, x1, plot_right - plot_left, measure):
        w = measure(label, SMALL_SIZE)
        if sx(tx) - w / 2 < MARGIN or sx(tx) + w / 2 > W - 4 or sx(tx) - w / 2 < last_right + 8:
            continue  # a label centred on its tick must fit the canvas and keep clear of the last
        shapes.append(Shape("line", sx(tx), bottom, sx(tx), bottom + 4, colour="#777777", role="axis"))
        last_right = text(sx(tx), bottom + 7, label, SMALL_SIZE, "xtick", "#333333", anchor="middle").box()[2]

    # points, ranges, and their numbers (points at the same spot share one number label)
    spots: dict[tuple[int, int], list[int]] = {}
    dot_boxes = []
    for x, lo, hi, i, e in pts:
        colour = COLOURS.get(e.change, "#555555")
        px, py = sx(x), sy(hi)
        if hi != lo:
            shapes.append(Shape("line", px, sy(lo), px, py, colour=colour, width=4, role="range"))
            dot_boxes.append((px - 3, py, px + 3, sy(lo)))
        shapes.append(Shape("dot", px, py, colour=colour, role="point",
                            text=f"{i + 1}. {e.version.doc}: {e.version.text} ({e.change})"))
        dot_boxes.append((px - DOT_R, py - DOT_R, px + DOT_R, py + DOT_R))
        spots.setdefault((round(px), round(py)), []).append(i + 1)
    placed: list[tuple[float, float, float, float]] = [s.box() for s in shapes if s.kind == "text"]
    for (px, py), numbers in sorted(spots.items()):
        label = ",".join(str(n) for n in numbers)
        w, h = measure(label, SMALL_SIZE), SMALL_SIZE * 1.2
        chosen = None
        for ring in range(1, 7):
            d = 4 + 9 * ring
            for dx, dy in ((d, -h / 2), (-d - w, -h / 2), (-w / 2, -d - h), (-w / 2, d),
                           (d, -d - h / 2), (-d - w, -d - h / 2), (d, d - h / 2), (-d - w, d - h / 2)):
                box = (px + dx, py + dy, px + dx + w, py + dy + h)
                inside = box[0] >= left + 2 and box[2] <= W - 4 and box[1] >= top - 6 and box[3] <= bottom
                if (inside and not any(_overlaps(box, b) for b in placed + dot_boxes)
                        and _nearest_is(box, (px, py), spots)):
                    chosen = box
                    break
            if chosen:
                break
        if chosen is None:
            continue  # no free spot: the key still lists the number
        placed.append(chosen)
        shapes.append(Shape("text", chosen[0], chosen[1], text=label, width=w, size=SMALL_SIZE, role="label"))

    # the key: one line per version, in timeline order
    y = bottom + 7 + SMALL_SIZE * 1.2 + 14
    shown = list(enumerate(entries))[:MAX_KEY_LINES]
    any_published = False
    for i, e in shown:
        v = e.version
        star = "*" if v.as_of_source == "published" else ""
        any_published |= bool(star)
        line = f"{i + 1}.  {v.as_of or '?'}{star}  {e.change}  {v.doc}: {v.text}"
        text(MARGIN, y, _fit(line, SMALL_SIZE, inner, measure), SMALL_SIZE, "key", COLOURS.get(e.change, "#333333"))
        y += LINE
    if len(entries) > MAX_KEY_LINES:
        text(MARGIN, y, f"… and {len(entries) - MAX_KEY_LINES} more (claimtrack timeline lists them all)", SMALL_SIZE, "key", "#555555")
        y += LINE
    if any_published:
        text(MARGIN, y, "* date of publication (the claim states none)", SMALL_SIZE, "note", "#555555")
        y += LINE
    return shapes, int(y + 10)


# ---------------------------------------------------------------------------------------- drawing

SVG_FONT = "DejaVu Sans, Verdana, Arial, Helvetica, sans-serif"


def render_svg(shapes: Sequence[Shape], height: int) -> str:
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{W}" height="{height}" viewBox="0 0 {W} {height}" '
           f'font-family="{SVG_FONT}">', f'<rect width="{W}" height="{height}" fill="white"/>']
    for s in shapes:
        if s.kind == "line":
            out.append(f'<line x1="{s.x:.1f}" y1="{s.y:.1f}" x2="{s.x2:.1f}" y2="{s.y2:.1f}" '
                       f'stroke="{s.colour}" stroke-width="{s.width:g}"/>')
        elif s.kind == "dot":
            tip = f"<title>{escape(s.text)}</title>" if s.text else ""
            out.append(f'<circle cx="{s.x:.1f}" cy="{s.y:.1f}" r="{DOT_R}" fill="{s.colour}">{tip}</circle>')
        else:
            weight = ' font-weight="bold"' if s.role == "title" else ""
            out.append(f'<text x="{s.x:.1f}" y="{s.y + s.size * 0.95:.1f}" font-size="{s.size}" fill="{s.colour}"'
                       f'{weight}>{escape(s.text)}</text>')
    out.append("</svg>")
    return "\n".join(out)


#: TrueType fonts tried for PNG text, in order: wide coverage (€, £, accents, Cyrillic, Greek).
PNG_FONTS = ("DejaVuSans.ttf", "NotoSans-Regular.ttf", "LiberationSans-Regular.ttf", "Arial.ttf")


def _png_fonts():
    from PIL import ImageFont

    cache: dict[int, object] = {}

    def font(size: int):
        if size not in cache:
            for name in PNG_FONTS:  # Pillow looks these up in the system's font folders
                try:
                    cache[size] = ImageFont.truetype(name, size)
                    break
                except (OSError, ImportError):
                    continue
            else:
                try:
                    cache[size] = ImageFont.load_default(size=size)  # Pillow's own font: Latin only
                except (TypeError, OSError, ImportError):  # Pillow without FreeType: its bitmap font
                    cache[size] = ImageFont.load_default()
        return cache[size]

    return font


def png_measure() -> Measure:
    font = _png_fonts()
    return lambda text, size: float(font(size).getlength(text))


def render_png(shapes: Sequence[Shape], height: int, path: str) -> None:
    from PIL import Image, ImageDraw

    font = _png_fonts()
    img = Image.new("RGB", (W, height), "white")
    draw = ImageDraw.Draw(img)
    for s in shapes:
        if s.kind == "line":
            draw.line([(s.x, s.y), (s.x2, s.y2)], fill=s.colour, width=int(s.width))
        elif s.kind == "dot":
            draw.ellipse([s.x - DOT_R, s.y - DOT_R, s.x + DOT_R, s.y + DOT_R], fill=s.colour)
        else:
            draw.text((s.x, s.y), s.text, fill=s.colour, font=font(s.size))
    with open_output(path, binary=True) as fh:
        img.save(fh, format="PNG")


def plot_timeline(entries: Sequence, title: str, path: str, kind: str = "svg", subtitle: str = "") -> None:
    """Draw one fact's timeline to `path` (atomically), as SVG or PNG."""
    if kind == "png":
        shapes, height = layout(entries, title, subtitle, measure=png_measure())
        render_png(shapes, height, path)
        return
    shapes, height = layout(entries, title, subtitle)
    with open_output(path) as fh:
        fh.write(render_svg(shapes, height))
