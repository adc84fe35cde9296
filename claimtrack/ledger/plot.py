"""Timeline charts: one layout of shapes, drawn as SVG (text) or PNG (Pillow).

x is the date a value refers to, y the value; a range is a vertical bar; colours say whether a
source agrees with the one before it, updates it (a later date) or conflicts with it.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date
from html import escape
from typing import Sequence

from ..export import atomic_output

COLOURS = {"first": "#333333", "agree": "#2e7d32", "same": "#2e7d32", "update": "#0277bd",
           "conflict": "#c62828", "related": "#f9a825"}
W, H, PAD = 720, 360, 60


@dataclass(frozen=True)
class Shape:
    kind: str  # "line", "dot", "text"
    x: float
    y: float
    x2: float = 0.0
    y2: float = 0.0
    colour: str = "#999999"
    text: str = ""
    anchor: str = "start"  # start, middle, end
    width: int = 1


def _day(iso: str | None) -> float | None:
    if not iso:
        return None
    parts = [int(p) for p in iso.split("-")] + [1, 1]
    try:
        return float(date(parts[0], parts[1], parts[2]).toordinal())
    except ValueError:
        return None


def _points(entries) -> list[tuple[float, float, float, object]]:
    pts = []
    for e in entries:
        x = _day(e.version.as_of)
        lo, hi = e.version.low, e.version.high
        lo = lo if lo is not None and math.isfinite(lo) else hi
        hi = hi if hi is not None and math.isfinite(hi) else lo
        if x is None or lo is None or hi is None:
            continue
        pts.append((x, lo, hi, e))
    return pts


def layout(series: Sequence, titles: Sequence[str]) -> list[Shape]:
    """The chart as shapes in a W x H box."""
    shapes = [Shape("text", PAD, 22, text="; ".join(titles)[:110], colour="#000000")]
    pts = [p for entries in series for p in _points(entries)]
    if not pts:
        return shapes + [Shape("text", PAD, H // 2, text="no dated numeric values to plot", colour="#000000")]
    xs = [p[0] for p in pts]
    ys = [p[1] for p in pts] + [p[2] for p in pts]
    x0, x1 = min(xs) - 1, max(xs) + 1
    y0, y1 = min(0.0, min(ys)), (max(ys) * 1.1) or 1.0

    def sx(x: float) -> float:
        return PAD + (x - x0) / (x1 - x0) * (W - 2 * PAD)

    def sy(y: float) -> float:
        return H - PAD - (y - y0) / (y1 - y0) * (H - 2 * PAD)

    shapes += [Shape("line", PAD, H - PAD, W - PAD, H - PAD), Shape("line", PAD, PAD, PAD, H - PAD)]
    for frac in (0, 0.5, 1):
        y = y0 + frac * (y1 - y0)
        shapes.append(Shape("text", PAD - 6, sy(y) + 4, text=f"{y:,.0f}", anchor="end", colour="#000000"))
    for x in sorted(set(xs)):
        shapes.append(Shape("text", sx(x), H - PAD + 16, text=date.fromordinal(int(x)).isoformat(),
                            anchor="middle", colour="#000000"))
    stacked: dict[tuple[int, int], int] = {}
    for x, lo, hi, e in pts:
        colour = COLOURS.get(e.change, "#555555")
        px, py = sx(x), sy(hi)
        if hi != lo:
            shapes.append(Shape("line", px, sy(lo), px, py, colour=colour, width=4))
        shapes.append(Shape("dot", px, py, colour=colour, text=f"{e.version.doc}: {e.version.text} ({e.change})"))
        # labels of points that share a spot stack downwards; right-half labels end at the dot
        n = stacked.get((round(px), round(py)), 0)
        stacked[(round(px), round(py))] = n + 1
        right = px > W / 2
        shapes.append(Shape("text", px - 8 if right else px + 8, py - 6 + 14 * n, anchor="end" if right else "start",
                            text=f"{e.version.text[:40]} ({e.version.doc})"[:60], colour="#000000"))
    legend_x = PAD
    for name in ("first", "agree", "update", "conflict"):
        shapes.append(Shape("dot", legend_x, H - 18, colour=COLOURS[name]))
        shapes.append(Shape("text", legend_x + 8, H - 14, text=name, colour="#000000"))
        legend_x += 80
    return shapes


def render_svg(shapes: Sequence[Shape]) -> str:
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{W}" height="{H}" viewBox="0 0 {W} {H}" '
           f'font-family="sans-serif" font-size="11">', f'<rect width="{W}" height="{H}" fill="white"/>']
    for s in shapes:
        if s.kind == "line":
            out.append(f'<line x1="{s.x:.1f}" y1="{s.y:.1f}" x2="{s.x2:.1f}" y2="{s.y2:.1f}" '
                       f'stroke="{s.colour}" stroke-width="{s.width}"/>')
        elif s.kind == "dot":
            tip = f"<title>{escape(s.text)}</title>" if s.text else ""
            out.append(f'<circle cx="{s.x:.1f}" cy="{s.y:.1f}" r="5" fill="{s.colour}">{tip}</circle>')
        else:
            out.append(f'<text x="{s.x:.1f}" y="{s.y:.1f}" text-anchor="{s.anchor}" fill="{s.colour}">'
                       f'{escape(s.text)}</text>')
    out.append("</svg>")
    return "\n".join(out)


def render_png(shapes: Sequence[Shape], path: str) -> None:
    from PIL import Image, ImageDraw

    img = Image.new("RGB", (W, H), "white")
    draw = ImageDraw.Draw(img)
    for s in shapes:
        if s.kind == "line":
            draw.line([(s.x, s.y), (s.x2, s.y2)], fill=s.colour, width=s.width)
        elif s.kind == "dot":
            draw.ellipse([s.x - 5, s.y - 5, s.x + 5, s.y + 5], fill=s.colour)
        else:
            width = draw.textlength(s.text)
            x = s.x - width if s.anchor == "end" else s.x - width / 2 if s.anchor == "middle" else s.x
            draw.text((x, s.y - 10), s.text, fill=s.colour)
    with atomic_output(path) as fh:  # a text handle: write the bytes through its buffer
        fh.flush()
        img.save(fh.buffer, format="PNG")


def plot_timeline(series: Sequence, titles: Sequence[str], path: str, kind: str = "svg") -> None:
    """Write the timeline chart to `path` (atomically), as SVG or PNG."""
    shapes = layout(series, titles)
    if kind == "png":
        render_png(shapes, path)
        return
    with atomic_output(path) as fh:
        fh.write(render_svg(shapes))
