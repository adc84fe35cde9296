"""Every reading of every date pattern in a text (`candidates`), resolved against the
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
    read_cjk_ymd, read_day_of, read_dmy, read_in_n, read_iso, read_mdy, read_mon_relyear, read_month_alone, read_my, read_num_dm, read_num_dot,
    read_num_mdy, read_num_my, read_spoken_year, read_year, read_ym, read_ymd_name,
)
from .date_context import FutureTest, NameTest, YearTest, DateCandidate, DateContext
from .date_patterns import (
    BEGIN_WORDS, BEGINS, RE_AGO, RE_ANAPHOR, RE_DAYWORD, RE_DECADE, RE_DMY,
    RE_CJK_YMD, RE_FROM_NOW, RE_HOLIDAY, RE_IN_N, RE_ISO, RE_MDY, RE_MON_RELYEAR, RE_MONTH_ALONE, RE_MY,
    RE_NUM_DM, RE_NUM_DOT, RE_NUM_MDY, RE_NUM_MY, RE_PERIOD, RE_PERIOD_END, RE_DAY_OF, RE_IN_PERIOD, RE_WEEKDAY, RE_YEAR, RE_YM, RE_YMD_NAME,
    RE_AFTER_NEXT, RE_SPOKEN_YEAR, RE_WD_THE_DAY,
)
from .date_relative import (
    read_after_next, read_ago, read_anaphor, read_dayword, read_decade, read_from_now, read_holiday,
    read_in_period, read_period, read_period_end, read_wd_the_day, read_weekday,
)
from .scan import RunStarts, ascii_lower, finditer_at

__all__ = ["FutureTest", "NameTest", "YearTest", "DateCandidate", "candidates"]


def candidates(text: str, ref: Optional[_dt.date], is_future: FutureTest, year_ok: YearTest,
                in_name: Optional[NameTest] = None,
                numeric_order: Callable[[], Optional[str]] = lambda: None) -> list[DateCandidate]:
    """Every reading of every date pattern in `text`, pattern by pattern in `_READINGS` order."""
    low = ascii_lower(text)
    ctx = DateContext(text, low, ref, is_future, year_ok, in_name, numeric_order)
    runs = RunStarts(low, BEGIN_WORDS)
    out: list[DateCandidate] = []
    for pattern, read, original_case in _READINGS:
        words, digits = BEGINS[pattern]
        for m in finditer_at(pattern, text if original_case else low, runs.of(words, digits)):
            c = read(ctx, m)
            if c is not None:
                out.append(c)
    return out

Reading = Callable[[DateContext, re.Match], Optional[DateCandidate]]
#: (pattern, its reading, whether it scans the original case rather than the lower case), in the
#: order candidates are listed (`dates._select` breaks ties by it).
_READINGS: tuple[tuple[re.Pattern, Reading, bool], ...] = (
    (RE_MDY, read_mdy, False),
    (RE_DMY, read_dmy, False),
    (RE_MY, read_my, False),
    (RE_NUM_MDY, read_num_mdy, False),
    (RE_NUM_DOT, read_num_dot, False),
    (RE_NUM_DM, read_num_dm, False),
    (RE_ISO, read_iso, False),
    (RE_CJK_YMD, read_cjk_ymd, False),
    (RE_NUM_MY, read_num_my, False),
    (RE_YM, read_ym, False),
    (RE_YMD_NAME, read_ymd_name, False),
    (RE_MON_RELYEAR, read_mon_relyear, False),
    (RE_IN_N, read_in_n, False),
    (RE_YEAR, read_year, True),  # the original case: street names are capitalised
    (RE_MONTH_ALONE, read_month_alone, False),
    (RE_DAYWORD, read_dayword, False),
    (RE_PERIOD, read_period, False),
    (RE_PERIOD_END, read_period_end, False),
    (RE_DAY_OF, read_day_of, False),
    (RE_IN_PERIOD, read_in_period, False),
    (RE_DECADE, read_decade, False),
    (RE_FROM_NOW, read_from_now, False),
    (RE_AGO, read_ago, False),
    (RE_ANAPHOR, read_anaphor, False),
    (RE_WEEKDAY, read_weekday, False),
    (RE_HOLIDAY, read_holiday, False),
    (RE_SPOKEN_YEAR, read_spoken_year, False),
    (RE_WD_THE_DAY, read_wd_the_day, False),
    (RE_AFTER_NEXT, read_after_next, False),
)
