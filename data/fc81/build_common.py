"""Shared header for the fc81 build scripts (goldlib from data/tools, offsets found by search)."""
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
SEASON = "season, quarter, decade or vague period: no ISO value at year/month/day grain"
VAGUE = "vague amount ('a few', 'dozens of', 'a century'): no exact value"
RELATIVE = "vague relative period ('next week', 'within a week'): grain arguable"
MULT = "frequency or multiplier: value and unit arguable"
HEADQ = "quote in a headline with no speaker named next to it: attribution arguable"
