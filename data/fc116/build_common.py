"""Shared header for the fc116 build scripts (goldlib, offsets found by searching the text)."""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "tools"))
import goldlib  # noqa: E402
from goldlib import Doc, Pair  # noqa: E402,F401

goldlib.use(HERE)

ELIDED = "counted noun elided (number stands alone, noun only recoverable from context): arguable"
TIME = "time of day: FORMAT.md date grains are year, month and day"
FRACTION = "fraction or part of a group: value and unit arguable"
AGE = "age or duration of an institution's existence: arguable"
SEASON = "season or vague period: no ISO value at year/month/day grain"
VAGUE = "vague amount ('dozens', 'hundreds of', 'tens of billions'): no exact value"
RELATIVE = "vague relative period ('next month', 'last year', 'next week'): grain arguable"
GENERIC = "generic or recurring period, not one calendar date"
