"""Every reading of every date pattern in a text (`_candidates`), resolved against the
publication date where it has one; `dates.find_dates` chooses among them.

The readings live by kind: `date_calendar` (dates named on the calendar: month and day,
all-number dates, months and years, years in words) and `date_relative` (dates counted from the
publication date or a named day: relative days, periods, ago/later, weekdays, holidays); the
record and context they share in `date_context`.
"""

from __future__ import annotations

import datetime as _dt
import re
from typing import Callable, Optional

from .date_calendar import (
    _read_cjk_ymd, _read_day_of, _read_dmy, _read_in_n, _read_iso, _read_mdy, _read_mon_relyear, _read_month_alone, _read_my, _read_num_dot,
    _read_num_mdy, _read_num_my, _read_spoken_year, _read_year, _read_ym, _read_ymd_name,
)
from .date_context import FutureTest, NameTest, YearTest, _Cand, _Context
from .date_patterns import (
    _BEGIN_WORDS, _BEGINS, _RE_AGO, _RE_ANAPHOR, _RE_DAYWORD, _RE_DECADE, _RE_DMY,
    _RE_CJK_YMD, _RE_FROM_NOW, _RE_HOLIDAY, _RE_IN_N, _RE_ISO, _RE_MDY, _RE_MON_RELYEAR, _RE_MONTH_ALONE, _RE_MY,
    _RE_NUM_DOT, _RE_NUM_MDY, _RE_NUM_MY, _RE_PERIOD, _RE_PERIOD_END, _RE_DAY_OF, _RE_IN_PERIOD, _RE_WEEKDAY, _RE_YEAR, _RE_YM, _RE_YMD_NAME,
    _RE_AFTER_NEXT, _RE_SPOKEN_YEAR, _RE_WD_THE_DAY,
)
from .date_relative import (
    _read_after_next, _read_ago, _read_anaphor, _read_dayword, _read_decade, _read_from_now, _read_holiday,
    _read_in_period, _read_period, _read_period_end, _read_wd_the_day, _read_weekday,
)
from .scan import RunStarts, ascii_lower, finditer_at

__all__ = ["FutureTest", "NameTest", "YearTest", "_Cand", "_candidates"]


def _candidates(text: str, ref: Optional[_dt.date], is_future: FutureTest, year_ok: YearTest,
                in_name: Optional[NameTest] = None,
                numeric_order: Callable[[], Optional[str]] = lambda: None) -> list[_Cand]:
    """Every reading of every date pattern in `text`, pattern by pattern in `_READINGS` order."""
    low = ascii_lower(text)
    ctx = _Context(text, low, ref, is_future, year_ok, in_name, numeric_order)
    runs = RunStarts(low, _BEGIN_WORDS)
    out: list[_Cand] = []
    for pattern, read, original_case in _READINGS:
        words, digits = _BEGINS[pattern]
        for m in finditer_at(pattern, text if original_case else low, runs.of(words, digits)):
            c = read(ctx, m)
            if c is not None:
                out.append(c)
    return out

Reading = Callable[[_Context, re.Match], Optional[_Cand]]
#: (pattern, its reading, whether it scans the original case rather than the lower case), in the
#: order candidates are listed (`dates._select` breaks ties by it).
_READINGS: tuple[tuple[re.Pattern, Reading, bool], ...] = (
    (_RE_MDY, _read_mdy, False),
    (_RE_DMY, _read_dmy, False),
    (_RE_MY, _read_my, False),
    (_RE_NUM_MDY, _read_num_mdy, False),
    (_RE_NUM_DOT, _read_num_dot, False),
    (_RE_ISO, _read_iso, False),
    (_RE_CJK_YMD, _read_cjk_ymd, False),
    (_RE_NUM_MY, _read_num_my, False),
    (_RE_YM, _read_ym, False),
    (_RE_YMD_NAME, _read_ymd_name, False),
    (_RE_MON_RELYEAR, _read_mon_relyear, False),
    (_RE_IN_N, _read_in_n, False),
    (_RE_YEAR, _read_year, True),  # the original case: street names are capitalised
    (_RE_MONTH_ALONE, _read_month_alone, False),
    (_RE_DAYWORD, _read_dayword, False),
    (_RE_PERIOD, _read_period, False),
    (_RE_PERIOD_END, _read_period_end, False),
    (_RE_DAY_OF, _read_day_of, False),
    (_RE_IN_PERIOD, _read_in_period, False),
    (_RE_DECADE, _read_decade, False),
    (_RE_FROM_NOW, _read_from_now, False),
    (_RE_AGO, _read_ago, False),
    (_RE_ANAPHOR, _read_anaphor, False),
    (_RE_WEEKDAY, _read_weekday, False),
    (_RE_HOLIDAY, _read_holiday, False),
    (_RE_SPOKEN_YEAR, _read_spoken_year, False),
    (_RE_WD_THE_DAY, _read_wd_the_day, False),
    (_RE_AFTER_NEXT, _read_after_next, False),
)
