"""ISO dates as the periods of days they name: "2025" is a whole year, "2025-09" a month,
"2025-09-14" one day. Two moments are as far apart as the gap between their periods."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Optional


def iso_period(iso: Optional[str]) -> Optional[tuple[date, date]]:
    """The first and the last day an ISO value names ('2025-09' -> 1 and 30 September 2025;
    '2025' -> the whole year), None when it names no calendar day, month or year."""
    if not iso:
        return None
    try:
        parts = [int(p) for p in iso[:10].split("-")]
        first = date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    except (ValueError, IndexError):
        return None
    if len(parts) >= 3:
        return first, first
    if len(parts) == 2:
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
