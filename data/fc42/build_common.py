"""Shared header for the fc42 build scripts: goldlib on the path (absolute), offsets by search."""
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
SEASON = "season, part of a month or vague period: no ISO value at year/month/day grain"
VAGUE = "vague amount ('three decades', 'a single day'): no exact value"
RELATIVE = "vague relative period ('last year', 'this morning', 'next week'): grain arguable"
MULT = "frequency or multiplier: value and unit arguable"
GENERIC = "generic (recurring) month or weekday, not one calendar date"
YEARLESS = "month without a year that points to the previous year: published-year rule would misdate it"
DECADE = "decade ('the 1960s'): no ISO value"
