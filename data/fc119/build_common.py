"""Shared header for the fc119 build scripts: goldlib from ../tools, offsets found by searching the text."""
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
VAGUE = "vague amount ('dozens of', 'hundreds of', 'a handful'): no exact value"
RELATIVE = "vague relative period ('last week', 'next year', 'this year'): grain arguable"
MULT = "frequency or multiplier: value and unit arguable"
GENERIC = "generic (recurring) month, weekday or period, not one calendar date"
ORDINAL = "ordinal or rank, not a count: arguable"
