"""Shared header for the fc62 build scripts (goldlib mechanics: offsets found by search)."""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tools"))
import goldlib  # noqa: E402
from goldlib import Doc, Pair  # noqa: E402,F401

goldlib.use(HERE)

ELIDED = "counted noun elided (number stands alone, noun only recoverable from context): arguable"
TIME = "time of day: FORMAT.md date grains are year, month and day"
FRACTION = "fraction or part of a group: value and unit arguable"
AGE = "age of a person: arguable"
SEASON = "season or vague period: no ISO value at year/month/day grain"
VAGUE = "vague amount or period: no exact value"
RELATIVE = "relative year or period ('last year', 'this year', 'next week'): grain and anchor arguable"
MULT = "frequency or multiplier: value and unit arguable"
MONTHYEAR = "month without year that lies in the previous year: FORMAT.md rule (year of published) gives a wrong date"
PART = "part of a month ('mid-March', 'early July', 'end of the year'): grain arguable"
DECADE = "decade ('the 2040s'): no ISO value at year/month/day grain"
NEXTYEAR = "month without year that lies in the next year: FORMAT.md rule (year of published) gives a wrong date"
