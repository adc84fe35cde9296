"""The public date API in one place (kept so that `claimtrack.dateparse` imports keep working).

The parser is spaCy-free and lives in `claimtrack.parsers`: `dates` (find_dates), `published`
(publication dates), `days` (calendar arithmetic and holidays), `date_patterns`,
`date_candidates`, and `lexicon` (month and weekday names).
"""

from .parsers.date_patterns import EVENT_NOUNS, NUMBER_WORDS, PERIOD_NOUNS, PLAN_VERBS, SCHEDULE_NOUNS
from .parsers.dates import FoundDate, FutureTest, YearTest, find_dates
from .parsers.days import easter, holiday_date, nth_weekday
from .parsers.lexicon import MONTHS, ORDINAL_WORDS, WEEKDAYS
from .parsers.published import DATEPARSER_SETTINGS, find_dateline, normalise_published, strict_iso_date

__all__ = [
    "DATEPARSER_SETTINGS", "EVENT_NOUNS", "MONTHS", "NUMBER_WORDS", "ORDINAL_WORDS", "PERIOD_NOUNS", "PLAN_VERBS",
    "SCHEDULE_NOUNS", "WEEKDAYS", "FoundDate", "FutureTest", "YearTest", "easter", "find_dateline", "find_dates",
    "holiday_date", "normalise_published", "nth_weekday", "strict_iso_date",
]
