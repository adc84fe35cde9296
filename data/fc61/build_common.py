"""Shared header for the fc61 build scripts (goldlib mechanics: offsets found by searching the text)."""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tools"))
import goldlib  # noqa: E402
from goldlib import Doc, Pair  # noqa: E402,F401

goldlib.use(HERE)

ELIDED = "counted noun elided (number stands alone): arguable"
TIME = "time of day: FORMAT.md date grains are year, month and day"
FRACTION = "fraction or part of a group: value and unit arguable"
AGE = "age of a person: arguable"
SEASON = "season, decade or vague period: no ISO value at year/month/day grain"
VAGUE = "vague amount or period: no exact value"
RELATIVE = "vague relative period ('last year', 'this week', 'the start of the month'): grain arguable"
MULT = "frequency, multiplier or comparison: value and unit arguable"
GENERIC = "generic (recurring) months or days, not one calendar date"
TALLY = "vote tally: one expression for two counts, value arguable"
YEARLESS = "month without a year, resolvable only from context"
