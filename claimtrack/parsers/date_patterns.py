"""The date parser's tables and regexes: what each pattern reads, and where it can begin.

Words come from `lexicon` (months, weekdays, ordinals, number words) and data/dates.json (holidays,
event, schedule and period nouns, plan verbs).
"""

from __future__ import annotations

import re
from typing import Iterable, Optional

from ..tables import load_json
from .days import HOLIDAY_NAMES as _HOLIDAY_NAMES
from .lexicon import CARDINALS, MONTHS, ORDINAL_WORDS, WEEKDAYS
from .scan import first_words

_TABLE = load_json("dates.json")
#: Number words a count of days, weeks, months or years is written with ("three days ago"): the
#: article counts one ("a week ago"); cardinals up to twelve.
NUMBER_WORDS: dict[str, int] = {"a": 1, "an": 1, **{w: v for w, v in CARDINALS.items() if 1 <= v <= 12}}
EVENT_NOUNS = frozenset(_TABLE["event_nouns"])
SCHEDULE_NOUNS = frozenset(_TABLE.get("schedule_nouns", ()))
PERIOD_NOUNS = frozenset(_TABLE.get("period_nouns", ()))
PLAN_VERBS = frozenset(_TABLE.get("plan_verbs", ()))
#: Verbs whose object is a course of action still open ("weighing a second levy"; data/dates.json option_verbs).
OPTION_VERBS = frozenset(_TABLE.get("option_verbs", ()))
RESCHEDULE_VERBS = frozenset(_TABLE.get("reschedule_verbs", ()))
DEADLINE_VERBS = frozenset(_TABLE.get("deadline_verbs", ()))
#: Clause modalities that put an act under an obligation or a directive (data/dates.json
#: obligation_modalities; read by compare/date_deadlines.py).
OBLIGATION_MODALITIES = frozenset(_TABLE.get("obligation_modalities", ()))
PREDICT_VERBS = frozenset(_TABLE.get("predict_verbs", ()))
#: Verbs of committing to a thing or asking for it (data/dates.json commit_verbs).
COMMIT_VERBS = frozenset(_TABLE.get("commit_verbs", ()))
#: Prepositions that set a deadline on a thing ("a plan by 30 April", "renewed by May 31").
DEADLINE_PREPS = frozenset({"by", "before"})
#: Verbs of prohibiting (data/dates.json prohibit_verbs).
PROHIBIT_VERBS = frozenset(_TABLE.get("prohibit_verbs", ()))
#: The expressions of a rule starting to apply ("come into force", "take effect"; data/dates.json in_force).
IN_FORCE = tuple(_TABLE.get("in_force", ()))

#: A photo caption's label at the start of its line: "Photo: ...", "Pictured: ...", and the
#: label words with "caption" after them ("Photo caption: ...", "Image caption: ...", as web
#: pages print the caption of an embedded picture). News writes a caption in the present
#: tense of what the picture shows, which happened before publication (AP Stylebook,
#: "captions"). Read by the dates component (a caption's tense) and by compare (no lede).
CAPTION_LABEL = re.compile(
    r"[ \t]*(?:(?:Photo(?:graph)?|Picture|Image)(?:[ \t]+caption)?|Pictured|Caption|Above|Top|Main[ \t]+image)"
    r"[ \t]*:", re.IGNORECASE)

#: Only these years count as a bare year; inside a full date any 4-digit year >= 1000 does.
MIN_BARE_YEAR, MAX_YEAR = 1600, 2099


def alternation(words: Iterable[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


MONTH_NAME = rf"(?:{alternation(MONTHS)})(?![a-z])\.?"
FULL_MONTH_NAME = rf"(?:{alternation(k for k in MONTHS if len(k) > 3 or k == 'may')})"
_WD_WORDS = [k for k in WEEKDAYS if len(k) > 4]
WEEKDAY_NAME = rf"(?:{alternation(_WD_WORDS)})"
ORDINAL_WORD = rf"(?:{alternation(ORDINAL_WORDS)})"
#: ordinal words as written or said: "twenty-second", "twenty second"
_ORDW_SPOKEN = alternation(ORDINAL_WORDS).replace("\\-", "[ \\t-]")
_DAY = r"(?:[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?:1\d{3}|20\d{2})"
_YEAR_END = r"(?![\d])(?!,\d{3})"  # not '2025,000' nor a longer number
_WD_PREFIX = rf"(?:(?P<wd>{WEEKDAY_NAME}),?\s+(?:the\s+)?)?"
#: The ordinals a weekday is counted by within a month ("the first Monday", "the 3rd Sunday",
#: "the last Friday"): `NTH_WEEKDAY` is such an ordinal and its weekday
NTH_ORDINALS = {**{w: n for w, n in ORDINAL_WORDS.items() if n <= 5}, "last": -1,
                "1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "5th": 5}
#: (`NTH` alone is the ordinal, for a pattern that names its parts: dates._NTH_WD_OF.)
NTH = rf"(?:{alternation(NTH_ORDINALS)})"
NTH_WEEKDAY = rf"{NTH}[ \t]+{WEEKDAY_NAME}"
IGNORE_CASE = re.IGNORECASE
#: The big patterns run over an ASCII-lowercased copy of the text (same length, same offsets),
#: which is several times faster than IGNORECASE; capitalisation is checked on the original.
_LOW = 0


#: "September 4, 2025", "Sept. 4", "Dec. 31 , 1994", "July 4th of 1995", "Sep-23-2020", "January
#: first, 2000" (a day in words only with its year: "in March first-time buyers" is no date)
RE_MDY = re.compile(
    rf"\b{_WD_PREFIX}(?P<mon>{MONTH_NAME})[ \t\-]?(?P<day>{_DAY}|{_ORDW_SPOKEN})(?!\d)(?!:\d)(?!\s*(?:%|percent\b|per\s+cent\b))"
    rf"(?:(?:\s*,\s*|[ \t]+|\s*-\s*|\s+of\s+)(?P<year>{_YEAR}){_YEAR_END})?\b",
    _LOW,
)
#: "4 September 2025", "the 4th of September", "fourth of July 1995", "05-Aug-2016"
RE_DMY = re.compile(
    rf"(?<![\d,.])\b{_WD_PREFIX}(?P<the>the\s+)?(?P<day>{_DAY}|{_ORDW_SPOKEN})(?:\s+of|\.)?(?:[ \t]+|-|/)(?P<mon>{MONTH_NAME})"
    rf"(?:(?:\s*,\s*|[ \t]+|-|/|\s+of\s+)(?P<year>{_YEAR}){_YEAR_END})?\b",
    _LOW,
)
#: "March 2025", "June of 1999", "Sept. 2025"
RE_MY = re.compile(
    rf"\b(?P<mon>{MONTH_NAME})(?:\s+of\s+|\s*,\s*|[ \t]+|[/\-])(?P<year>{_YEAR}){_YEAR_END}(?![/\-.]\d)", _LOW
)
#: "2016 November", "2016, nov" (year first)
RE_YM = re.compile(rf"(?<![\d,.\-/])\b(?P<year>{_YEAR})(?:\s*,\s*|[ \t]+)(?P<mon>{MONTH_NAME})(?![ \t]*\d)", _LOW)
#: "2019/aug/01", "2019-sep-1" (year, month name, day)
RE_YMD_NAME = re.compile(rf"(?<![\d])(?P<year>{_YEAR})(?P<sep>[/\-])(?P<mon>{MONTH_NAME})(?P=sep)(?P<day>[0-3]?\d)(?!\d)", _LOW)
#: "March next year", "June of last year" (the month of a relative year)
#: "September last year", "14 September last year", "March 3 next year"
RE_MON_RELYEAR = re.compile(
    rf"\b(?:(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?)?(?P<mon>{FULL_MONTH_NAME})"
    rf"(?:\s+(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?,?)?(?:\s+of)?\s+(?P<mod>last|this|next)\s+year\b", _LOW)
#: "in two weeks", "in 10 days" (only when the verb looks forward: "will leave in 2 weeks"). Not
#: "in two years", "in three months": a count of months or years from the day of writing is a
#: duration (a quantity, FORMAT.md), which the news annotators do not list as a date, and it names
#: no calendar month or year a reader could check
RE_IN_N = re.compile(
    rf"\bin\s+(?P<n>\d{{1,3}}|{alternation(NUMBER_WORDS)})\s+(?P<unit>day|week)s?\b(?!['’]\s*time)(?![\s-]+(?:old|long|time|period|window))"
    # "in a year of poor harvests", "in two years when ...": a year described, not a time from now
    r"(?!\s+(?:of|when|in\s+which)\b)",
    _LOW,
)
#: "9/4/2025", "21/04/2016", "03/18/40"
RE_NUM_MDY = re.compile(
    r"(?<![\d/.\-])(?P<a>\d{1,2})(?P<sep>[/\-])(?P<b>\d{1,2})(?P=sep)(?P<year>\d{4}(?!\d)|\d{2}(?!\d))(?![/\-]\d)"
)
#: "15/9", "30/9": a day and a month with no year (read only where the document writes dates day
#: first and a word of dating stands before: date_calendar.read_num_dm)
#: "24/7" is the idiom (hours a day, days a week), never a date.
RE_NUM_DM = re.compile(r"(?<![\d/.\-,])(?!24/7(?!\d))(?P<a>\d{1,2})/(?P<b>\d{1,2})(?![\d/%]|[.,]\d)")
#: What stands before a day and a month written in numbers with no year ("opened on 15/9", "runs
#: until 30/9", "Tuesday 15/9"): a preposition of dating or a weekday (group "wd"). A fraction, a
#: score or a ratio ("rose 5/8", "won 3/1", "24/7") has neither before it.
DAY_MONTH_BEFORE = re.compile(
    r"(?:(?P<on>\b(?:on|until|till))|\b(?:from|by|since|before|after|through)|(?P<wd>\b(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)"
    r"(?:day)?\.?,?))\s+$", re.IGNORECASE)
#: "04.09.2025", "4. 9. 2025" (day first: the European order that uses dots; Central European
#: papers put a space after each dot). A full stop may end the sentence after the year.
RE_NUM_DOT = re.compile(r"(?<![\d.])(?P<b>\d{1,2})\.(?P<sp>[ \t]?)(?P<a>\d{1,2})\.(?P=sp)(?P<year>\d{4})(?!\d|\.\d)")
#: "2025-09-04", "2025/09/04", "2015.5.13", "20161016"
RE_ISO = re.compile(
    r"(?<!\d)(?P<year>(?:1[6-9]|20)\d{2})(?:(?P<sep>[\-/.])(?P<mon>\d{1,2})(?P=sep)(?P<day>\d{1,2})"
    r"|(?P<mon2>[01]\d)(?P<day2>[0-3]\d))(?![\d])(?!\.\d)"
)
#: "2026年3月9日", "2026년 3월 9일": the calendar date of Chinese, Japanese and Korean, year,
#: month and day each followed by its unit character (Unicode CLDR's zh/ja "y年M月d日" and ko
#: "y년 M월 d일" date formats), as a local paper prints it in its masthead
RE_CJK_YMD = re.compile(r"(?<!\d)(?P<year>(?:1[6-9]|20)\d{2})\s?[年년]\s?(?P<mon>\d{1,2})\s?[月월]\s?(?P<day>\d{1,2})\s?[日일]")
#: "2016-11", "3/2015", "11 / 2016"
RE_NUM_MY = re.compile(
    r"(?<![\d/.\-])(?:(?P<year>(?:1[6-9]|20)\d{2})\s*[\-/]\s*(?P<mon>\d{1,2})|(?P<mon2>\d{1,2})\s*[\-/]\s*(?P<year2>(?:1[6-9]|20)\d{2}))"
    r"(?![\d/\-])(?!\s+(?:season|campaign|term|session|school|academic|fiscal|financial|winter|summer)\b)"
)
#: a bare year: "in 2022", "since 1991", "Ukraine 2025"
RE_YEAR = re.compile(
    r"(?:(?<=\bmid-)|(?<=\bearly-)|(?<=\blate-)|(?<=\bend-)|(?<![\d,.\-/:#+$€£¥]))\b(?P<year>\d{4})\b(?![,.]\d)(?![\-/:]\d)(?!\s*(?:%|percent\b|per\s+cent\b))"
    # not a clock time ("at 1800 GMT") nor a street number ("1600 Pennsylvania Avenue")
    r"(?!\s*(?:GMT|UTC|BST|CET|CEST|EST|EDT|PST|PDT|(?i:hours|hrs|local\s+time|zulu))\b)"
    r"(?!(?:\s+[A-Z][\w.]*){1,3}\s+(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Drive|Dr|Lane|Ln|Way|Place|Square)\b)"
)
QUANTITY_BEFORE = re.compile(
    r"(?:about|around|approximately|nearly|almost|roughly|some|over|than|least|most|only|just|"
    r"total\s+of|number|no\.|page|pages|route|room|flight|article|section|rule|model|"
    r"resolution|[$€£¥])\s*$",
    IGNORE_CASE,
)
YEAR_PREP_BEFORE = re.compile(r"(?:\b(?:in|since|by|until|till|from|through|during|before|after|of|year|the|early|late|mid|end)[\s-]*)$", IGNORE_CASE)
#: "in March", "since January", "last September", "mid-March": a month alone after a cue word
RE_MONTH_ALONE = re.compile(
    rf"(?P<cue>\b(?:in|since|by|until|till|from|to|for|through|throughout|during|before|after|beyond|between|"
    rf"around|early|late|mid|end(?=-)|end\s+of|beginning\s+of|start\s+of|middle\s+of|(?:whole|rest|remainder)\s+of|all\s+of|"
    rf"last|this|next|coming|past|previous|"
    # "the second Tuesday of March": the month a weekday is counted in (dates._compounds makes the day)
    rf"{NTH_WEEKDAY}[ \t]+of|"
    # validated in date_candidates: "as early as March", "between May and September", "a November vote"
    rf"as|and|or|the|an?)(?:\s+|-))(?P<mon>{FULL_MONTH_NAME})\b(?!\s*\d)",
    _LOW,
)
#: "the year to March", "the three months to June": a period counted back from a month
PERIOD_TO = re.compile(rf"\b(?:{alternation(PERIOD_NOUNS) or 'year'})\s+$", IGNORE_CASE)
#: "yesterday", "today", "the day after tomorrow", "this morning" (a part of the day of writing, as
#: "tonight" is)
RE_DAYWORD = re.compile(
    r"\b(?P<pre>(?:the\s+)?day\s+(?P<ba>before|after)\s+)?(?P<w>today|yesterday|tomorrow|tonight|(?<![Aa][Tt]\s)last\s+night|this\s+(?:morning|afternoon|evening))\b", _LOW
)
#: "last month", "this year", "next week", "earlier this year" (the span is "this year"), "this
#: calendar year"
RE_PERIOD = re.compile(
    r"\b(?P<mod>last|this|next|past|previous|coming|following|current)\s+(?:calendar\s+)?"
    r"(?P<unit>week|month|year)\b(?!s)", _LOW
)
#: "year-end", "the year's end", "the end of the month", "the close of the year": the last part of
#: the week, month or year the text stands in (not when a year number follows the phrase)
RE_PERIOD_END = re.compile(
    r"\b(?:(?:the\s+)?(?:end|close)\s+of\s+the\s+(?P<u1>week|month|year)(?!\s*\d)"
    r"|(?P<u2>week|month|year)[ \t-]end|(?:the\s+)?(?P<u3>week|month|year)['’]s\s+end)\b(?![-‑])", _LOW
)
#: "the first day of 2031", "the final day of May 2030": a day named by its place in a period
#: whose year is written (one day, read from the calendar)
RE_DAY_OF = re.compile(
    rf"\bthe\s+(?P<which>first|last)\s+day\s+of\s+(?:(?P<mon>{FULL_MONTH_NAME})\s+(?P<myear>\d{{4}})|(?P<year>\d{{4}}))(?!\d)",
    _LOW,
)
#: "earlier in the year", "later in the month", "the year to date", "year-to-date": within the
#: period the text stands in
RE_IN_PERIOD = re.compile(
    r"\b(?:(?:earlier|later)\s+in\s+the\s+(?P<u1>week|month|year)|(?:the\s+)?(?P<u2>month|year)[ \t-]to[ \t-]date)\b", _LOW
)
#: "that year", "the same day", "the following month", "the previous year": a day, month or year
#: named from a date the text gave before (resolved in dates._anchor_offsets)
RE_ANAPHOR = re.compile(
    r"\b(?:(?P<that>that|the\s+same)|the\s+(?P<rel>following|previous|preceding))\s+(?P<unit>day|month|year)\b(?![-‑'’])",
    _LOW,
)
#: "the 1990s", "1960's": a decade (ISO 8601 reduced precision: "199")
RE_DECADE = re.compile(r"(?:(?<=mid-)|(?<=early-)|(?<=late-)|(?<![\d,.\-/'’$€£¥]))(?P<dec>(?:1[6-9]|20)\d)0['’]?s\b")
#: "early March", "mid-2026", "late 1990s", "the middle of October", "the end of 2024": a part of
#: a month, year or decade (written before the date the candidate found); business news also
#: writes the end as a prefix, "end-2026", "end-March" (the end of the period: its late part)
PART_BEFORE = re.compile(
    r"(?:\b(?P<w>early|mid|late)[\s-]+|\b(?:the\s+)?(?P<of>beginning|start|middle|end)\s+of\s+(?:the\s+)?"
    r"|\b(?P<end>end)-)$", IGNORE_CASE
)
PART_OF = {"beginning": "early", "start": "early", "middle": "mid", "end": "late"}
#: "three days ago", "a year ago", "two weeks ago", "a year and six months ago", "a week or so ago"
_AGO_PART = rf"(?:\d{{1,3}}|{alternation(NUMBER_WORDS)})\s+(?:day|week|month|year)s?"
RE_AGO = re.compile(
    rf"\b(?P<n>\d{{1,3}}|{alternation(NUMBER_WORDS)})\s+(?P<unit>day|week|month|year)s?"
    rf"(?P<more>(?:,?\s+(?:and\s+)?{_AGO_PART})*)(?:\s+or\s+so)?\s+(?P<dir>ago|earlier|later)\b(?![-‑])"
    # "eighteen months later than promised", "a month earlier than planned": a comparison of two times,
    # the gap between them, not a time counted from a date
    r"(?!\s+than\b)",
    _LOW,
)
#: one "<number> <unit>" of a duration ("1 month", "21 days")
RE_DURATION_PART = re.compile(rf"(?P<n>\d{{1,3}}|{alternation(NUMBER_WORDS)})\s+(?P<unit>day|week|month|year)s?", _LOW)
#: "two weeks from now"
RE_FROM_NOW = re.compile(
    rf"\b(?P<n>\d{{1,3}}|{alternation(NUMBER_WORDS)})\s+(?P<unit>day|week|month|year)s?\s+from\s+now\b", _LOW
)
#: "Thursday", "last Friday", "next Monday" (full names, capitalised or not)
RE_WEEKDAY = re.compile(
    rf"\b(?:(?P<mod>(?:this\s+)?(?:past|coming|upcoming)|last|this|next|previous|following)\s+)?(?P<wd>{WEEKDAY_NAME})\b",
    _LOW,
)
#: "Christmas Day 2024", "last Christmas", "New Year's Eve"
RE_HOLIDAY = re.compile(
    rf"\b(?:(?P<mod>last|this|next|previous|following)\s+)?(?P<h>{alternation(_HOLIDAY_NAMES)})"
    rf"(?:(?:\s*,\s*|\s+|\s+of\s+)(?P<year>{_YEAR}){_YEAR_END})?(?![\w'’])",
    _LOW,
)
#: A year read aloud (broadcast transcripts, quoted speech): "nineteen ninety-six", "nineteen
#: oh five", "two thousand and fifteen", "twenty twenty", "seventeen hundred and eighty-nine",
#: after a month or a day and month ("January nineteen ninety-seven", "6 April seventeen hundred
#: thirty-three"). English says a year as two pairs of digits,
#: or "two thousand (and) N" from 2000; `date_candidates` asks for a year cue where the words
#: could also count something ("two thousand troops", "fifteen hundred jobs").
_UNIT_W = alternation(w for w, v in CARDINALS.items() if 1 <= v <= 9)
_TEEN_W = alternation(w for w, v in CARDINALS.items() if 10 <= v <= 19)
_TENS_W = alternation(w for w, v in CARDINALS.items() if v >= 20)
_TWO_DIGITS = rf"(?:(?:{_TENS_W})(?:[ \t-]+(?:{_UNIT_W}))?|(?:{_TEEN_W}))"
_CENTURY_W = alternation([w for w, v in CARDINALS.items() if 11 <= v <= 19] + ["twenty"])
_NUMBER_WORD_AFTER = rf"(?![ \t-]+(?:{_UNIT_W}|{_TEEN_W}|{_TENS_W}|hundred|thousand|million)\b)"
RE_SPOKEN_YEAR = re.compile(
    rf"\b(?:(?:(?:the[ \t]+)?(?P<d1>[0-3]?\d(?:st|nd|rd|th)?|{_ORDW_SPOKEN})[ \t]+(?:of[ \t]+)?)?(?P<mon>{MONTH_NAME})"
    rf"(?:[ \t]+(?:the[ \t]+)?(?P<d2>[0-3]?\d(?:st|nd|rd|th)?|{_ORDW_SPOKEN}))?,?(?:\s+of)?\s+)?"
    rf"(?:(?P<hi>{_CENTURY_W})(?P<hund>[ \t-]+hundred(?:\s+and)?)?[ \t-]+(?P<lo>{_TWO_DIGITS}|(?:oh|zero)[ \t-]+(?:{_UNIT_W}))"
    rf"|two[ \t-]+thousand(?:(?:\s+and)?[ \t-]+(?P<lo2>{_TWO_DIGITS}|(?:{_UNIT_W})))?)\b{_NUMBER_WORD_AFTER}(?![-‑]\w)",
    _LOW,
)

#: "Friday the 13th", "Tuesday the eleventh": a weekday and a day of the month, no month (the
#: weekday tells which month). Lowercase weekdays count too: "the <ordinal>" makes it a date;
#: with a comma it is an apposition ("closed lower Friday, the fourth decline in a row").
RE_WD_THE_DAY = re.compile(
    rf"\b(?P<wd>{WEEKDAY_NAME})[ \t]+the[ \t]+(?P<day>[0-3]?\d(?:st|nd|rd|th)|{_ORDW_SPOKEN})\b(?![ \t]+(?:of|day|in)\b)", _LOW
)
#: "the year after next", "the week after the next"
RE_AFTER_NEXT = re.compile(r"\bthe\s+(?P<unit>week|month|year)\s+after\s+(?:the\s+)?next\b(?!\s+(?:week|month|year)\b)", _LOW)
#: "Tuesday of next week", "Friday, the following week" (a weekday shifted by a relative week)
WEEK_AFTER = re.compile(r",?\s+(?:of\s+)?(?P<mod>next|last|this|previous|the\s+following)\s+week\b", IGNORE_CASE)

#: Where each pattern can begin (for `finditer_at`): the words it can start with (None: anywhere)
#: and whether it can start with a digit. Kept in step with the patterns above (the first word
#: of each alternative); tests/test_dateparse_scan.py compares the scans with plain finditer.
_DIGITS_ONLY: tuple[Optional[frozenset[str]], bool] = (frozenset(), True)
_RELATIVE_MODS = ["last", "this", "next", "previous", "following"]
BEGINS: dict[re.Pattern, tuple[Optional[frozenset[str]], bool]] = {
    RE_MDY: (first_words(_WD_WORDS, MONTHS), False),
    RE_DMY: (first_words(_WD_WORDS, ["the"], ORDINAL_WORDS), True),
    RE_MY: (first_words(MONTHS), False),
    RE_YM: _DIGITS_ONLY,
    RE_YMD_NAME: _DIGITS_ONLY,
    RE_MON_RELYEAR: (first_words(MONTHS), True),
    RE_IN_N: (first_words(["in"]), False),
    RE_NUM_MDY: _DIGITS_ONLY,
    RE_NUM_DOT: _DIGITS_ONLY,
    RE_NUM_DM: _DIGITS_ONLY,
    RE_ISO: _DIGITS_ONLY,
    RE_CJK_YMD: _DIGITS_ONLY,
    RE_NUM_MY: _DIGITS_ONLY,
    RE_YEAR: _DIGITS_ONLY,
    RE_DECADE: _DIGITS_ONLY,
    RE_MONTH_ALONE: (first_words(
        "in since by until till from to for through during before after early late mid end beginning start middle "
        "whole rest remainder all "
        "last this next coming past previous throughout beyond between around as and or the a an".split(),
        [w for w in NTH_ORDINALS if w.isalpha()]), True),
    RE_DAYWORD: (first_words(["the", "day", "today", "yesterday", "tomorrow", "tonight", "last", "this"]), False),
    RE_PERIOD: (first_words(_RELATIVE_MODS, ["past", "coming", "current"]), False),
    RE_PERIOD_END: (first_words(["the", "end", "close", "week", "month", "year"]), False),
    RE_DAY_OF: (first_words(["the"]), False),
    RE_IN_PERIOD: (first_words(["earlier", "later", "the", "month", "year"]), False),
    RE_AGO: (first_words(NUMBER_WORDS), True),
    RE_ANAPHOR: (first_words(["that", "the"]), False),
    RE_FROM_NOW: (first_words(NUMBER_WORDS), True),
    RE_WEEKDAY: (first_words(_RELATIVE_MODS, ["past", "coming", "upcoming"], _WD_WORDS), False),
    RE_HOLIDAY: (first_words(_RELATIVE_MODS, _HOLIDAY_NAMES), False),
    RE_WD_THE_DAY: (first_words(_WD_WORDS), False),
    RE_AFTER_NEXT: (first_words(["the"]), False),
    RE_SPOKEN_YEAR: (first_words(MONTHS, ORDINAL_WORDS, ["the"], [w for w, v in CARDINALS.items() if 11 <= v <= 19],
                                  ["twenty", "two"]), True),
}
BEGIN_WORDS = frozenset().union(*(words or () for words, _ in BEGINS.values()))
