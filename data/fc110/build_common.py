"""Shared header for the fc110 build scripts (goldlib, offsets found by searching the text)."""
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
VAGUE = "vague amount ('several dozen', 'a few thousand', 'for years'): no exact value"
RELATIVE = "vague relative period ('last year', 'this week', 'next year'): grain or anchor arguable"
MULT = "frequency or multiplier ('doubled', 'twice', 'every three months'): value and unit arguable"
GENERIC = "generic (recurring) month, day or holiday, not one calendar date"
SINGLE = "'one' picking out an individual ('one rider', 'one local hurdle'): a count of 1 is arguable"
