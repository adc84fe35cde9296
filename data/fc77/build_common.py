"""Shared header for the fc77 build scripts (goldlib from data/tools, offsets by search)."""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tools"))
import goldlib  # noqa: E402
from goldlib import Doc, Pair  # noqa: E402,F401

goldlib.use(HERE)

ELIDED = "counted noun elided (number stands alone): arguable"
TIME = "time of day: FORMAT.md date grains are year, month and day"
FRACTION = "fraction or part of a group: value and unit arguable"
SEASON = "season or vague period: no ISO value at year/month/day grain"
VAGUE = "vague amount or figure of speech: no exact value"
RELATIVE = "vague relative period ('last year', 'a day before'): grain arguable"
YEARLESS = "day and month without a year that lies in the year before publication: FORMAT's default year would be wrong"
PERIOD = "end or part of a month ('by the end of February'): grain arguable"
RATE = "rate or schedule (per day, a week, daily hours): value and unit arguable"
