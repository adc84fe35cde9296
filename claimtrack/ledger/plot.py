"""Timeline plots: SVG written directly (no dependency), PNG through matplotlib when installed."""

from __future__ import annotations

import math
from datetime import date
from html import escape
from typing import Sequence

from ..export import atomic_output

COLOURS = {"first": "#333333", "agree": "#2e7d32", "same": "#2e7d32", "update": "#0277bd",
           "conflict": "#c62828", "related": "#f9a825"}
W, H, PAD = 720, 360, 60


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
        if x is None or (lo is None and hi is None):
            continue
        lo = lo if lo is not None and math.isfinite(lo) else hi
        hi = hi if hi is not None and math.isfinite(hi) else lo
        if lo is None or hi is None:
            continue
        pts.append((x, lo, hi, e))
    return pts


def render_svg(series: Sequence, titles: Sequence[str]) -> str:
    """An SVG chart: one point (or range bar) per source, x = as-of date, coloured by change."""
    pts = [p for entries in series for p in _points(entries)]
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{W}" height="{H}" viewBox="0 0 {W} {H}" '
           f'font-family="sans-serif" font-size="11">',
           f'<rect width="{W}" height="{H}" fill="white"/>',
           f'<text x="{PAD}" y="22" font-size="14">{escape("; ".join(titles))[:110]}</text>']
    if not pts:
        out.append(f'<text x="{PAD}" y="{H // 2}">no dated numeric values to plot</text></svg>')
        return "\n".join(out)
    xs = [p[0] for p in pts]
    ys = [p[1] for p in pts] + [p[2] for p in pts]
    x0, x1 = min(xs) - 1, max(xs) + 1
    y0, y1 = min(0.0, min(ys)), max(ys) * 1.1 or 1.0

    def sx(x: float) -> float:
        return PAD + (x - x0) / (x1 - x0) * (W - 2 * PAD)

    def sy(y: float) -> float:
        return H - PAD - (y - y0) / (y1 - y0) * (H - 2 * PAD)

    out.append(f'<line x1="{PAD}" y1="{H - PAD}" x2="{W - PAD}" y2="{H - PAD}" stroke="#999"/>')
    out.append(f'<line x1="{PAD}" y1="{PAD}" x2="{PAD}" y2="{H - PAD}" stroke="#999"/>')
    for frac in (0, 0.5, 1):
        y = y0 + frac * (y1 - y0)
        out.append(f'<text x="{PAD - 6}" y="{sy(y) + 4:.1f}" text-anchor="end">{y:,.0f}</text>')
    for x in sorted(set(xs)):
        label = date.fromordinal(int(x)).isoformat()
        out.append(f'<text x="{sx(x):.1f}" y="{H - PAD + 16}" text-anchor="middle">{label}</text>')
    for x, lo, hi, e in pts:
        colour = COLOURS.get(e.change, "#555")
        if hi != lo:
            out.append(f'<line x1="{sx(x):.1f}" y1="{sy(lo):.1f}" x2="{sx(x):.1f}" y2="{sy(hi):.1f}" '
                       f'stroke="{colour}" stroke-width="4"/>')
        tip = escape(f"{e.version.doc}: {e.version.text} ({e.change})")
        out.append(f'<circle cx="{sx(x):.1f}" cy="{sy(hi):.1f}" r="5" fill="{colour}"><title>{tip}</title></circle>')
        out.append(f'<text x="{sx(x) + 8:.1f}" y="{sy(hi) - 6:.1f}">{escape(e.version.text)[:40]}</text>')
    legend_x = PAD
    for name in ("first", "agree", "update", "conflict"):
        out.append(f'<circle cx="{legend_x}" cy="{H - 18}" r="5" fill="{COLOURS[name]}"/>'
                   f'<text x="{legend_x + 8}" y="{H - 14}">{name}</text>')
        legend_x += 80
    out.append("</svg>")
    return "\n".join(out)


def plot_timeline(series: Sequence, titles: Sequence[str], path: str, kind: str = "svg") -> None:
    """Write the timeline chart to `path` (atomically)."""
    if kind == "svg":
        with atomic_output(path) as fh:
            fh.write(render_svg(series, titles))
        return
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        raise ImportError("PNG output needs matplotlib: `pip install matplotlib`, or use --svg")
    fig, ax = plt.subplots(figsize=(8, 4))
    for entries in series:
        for x, lo, hi, e in _points(entries):
            d = date.fromordinal(int(x))
            ax.vlines(d, lo, hi, colors=COLOURS.get(e.change, "#555"), linewidth=4)
            ax.plot([d], [hi], "o", color=COLOURS.get(e.change, "#555"))
            ax.annotate(e.version.text[:30], (d, hi), textcoords="offset points", xytext=(5, 5), fontsize=8)
    ax.set_title("; ".join(titles)[:90])
    fig.autofmt_xdate()
    fig.savefig(path)
    plt.close(fig)
