"""Shared header for the fc122 build scripts (goldlib, offsets found by searching the text)."""
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
SEASON = "season, holiday or vague period: no ISO value at year/month/day grain"
VAGUE = "vague amount ('dozens of', 'a fortnight', 'six or seven'): no exact value"
RELATIVE = "vague relative period ('next week', 'a day after'): grain arguable"
MULT = "frequency or rate ('two days a week'): value and unit arguable"
GENERIC = "generic (recurring) month or weekday, not one calendar date"
YEARLESS = "month named without a year that lies in the year before publication: FORMAT.md's rule would give the wrong year"
