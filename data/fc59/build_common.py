"""Shared header for the fc59 build scripts (goldlib mechanics: offsets found by searching the text)."""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tools"))
import goldlib  # noqa: E402
from goldlib import Doc, Pair  # noqa: E402,F401

goldlib.use(HERE)

ELIDED = "counted noun elided (number stands alone): value and unit arguable"
TIME = "time of day: FORMAT.md date grains are year, month and day"
FRACTION = "fraction or share of a group in words: value and unit arguable"
AGE = "age of a person: arguable"
SEASON = "season or vague period: no ISO value at year/month/day grain"
VAGUE = "vague amount: no exact value"
RELATIVE = "vague relative period: grain arguable"
MULT = "frequency, multiplier or rate: value and unit arguable"
LOCAL = "date in a local (non-Gregorian) calendar: normalisation arguable"
QUARTER = "quarter of a year: no ISO value at year/month/day grain"
