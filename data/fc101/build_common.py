"""Shared header for the fc101 build scripts: goldlib (offsets found by searching the text) and the
reasons given for spans left in `ignore`."""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "tools"))
import goldlib  # noqa: E402
from goldlib import Doc, Pair  # noqa: E402,F401

goldlib.use(HERE)

ELIDED = "counted noun elided (number stands alone, noun only recoverable from context): arguable"
TIME = "time of day: FORMAT.md date grains are year, month and day"
FRACTION = "fraction or part of a group: value and unit arguable"
AGE = "age of a person: arguable"
SEASON = "season or vague period: no ISO value at year/month/day grain"
VAGUE = "vague amount ('a decade', 'tens of thousands', 'a handful'): no exact value"
RELATIVE = "vague relative period ('last year', 'next week', 'last month'): grain arguable"
MULT = "frequency or multiplier ('two Sundays a month'): value and unit arguable"
GENERIC = "recurring date or weekday ('Oct. 4 each year', 'every Sunday'), not one calendar date"
DECADE = "decade ('the 1960s', 'the 2010s'): no ISO value at year/month/day grain"
SLOGAN = "printed slogan with no speaker: quote status arguable"
ARTICLE = "indefinite article used as the number ('an hour', 'a week', 'a year'): arguable"
REFER = "referential count ('the two sides'): names a known pair rather than measuring anything"
NOWADAYS = "'today' meaning 'nowadays', not the publication day"
NEXTYEAR_MONTH = "month without a year that means next year's month: FORMAT's rule (year of `published`) would give the wrong year"
QTODAY = "'today' inside a quote: the day it was said or 'nowadays', arguable"
