"""ISO dates as the periods of days they name: "2025" is a whole year, "2025-09" a month,
"2025-09-14" one day. Two moments are as far apart as the gap between their periods."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Optional


def iso_date(iso: Optional[str]) -> Optional[date]:
    """The day an ISO value starts on ('2025-03' -> 1 March 2025), None when there is none."""
    if not iso:
        return None
    try:
        parts = [int(p) for p in iso[:10].split("-")]
        return date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    except (ValueError, IndexError):
        return None


def iso_period(iso: Optional[str]) -> Optional[tuple[date, date]]:
    """The first and the last day an ISO value names ('2025-09' -> 1 and 30 September 2025;
    '2025' -> the whole year), None when it names no calendar day, month or year."""
    first = iso_date(iso)
    if first is None:
        return None
    grain = iso[:10].count("-")  # 2 a day, 1 a month, 0 a year
    if grain >= 2:
        return first, first
    if grain == 1:
        after = date(first.year + first.month // 12, first.month % 12 + 1, 1)
    else:
        after = date(first.year + 1, 1, 1)
    return first, after - timedelta(days=1)


def gap_days(x: Optional[str], y: Optional[str]) -> Optional[int]:
    """Days between the end of the earlier period and the start of the later one (0 when they
    meet or overlap), None when either names no period."""
    px, py = iso_period(x), iso_period(y)
    if px is None or py is None:
        return None
    return max(0, (max(px[0], py[0]) - min(px[1], py[1])).days)
