"""Shared header for the fc91 build scripts (goldlib from data/tools, offsets by search)."""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tools"))
import goldlib  # noqa: E402
from goldlib import Doc, Pair  # noqa: E402,F401

goldlib.use(HERE)

ELIDED = "counted noun elided (number stands alone, noun only recoverable from context): arguable"
TIME = "time of day: FORMAT.md date grains are year, month and day"
AGE = "age of a person: arguable"
SEASON = "season or vague period ('late 2024', 'early 2027', 'the summer'): no ISO value at year/month/day grain"
VAGUE = "vague amount ('thousands of', 'dozens of', 'more than a year'): no exact value"
RELATIVE = "relative period ('last year', 'two years ago', 'last week'): grain arguable"
MULT = "frequency or multiplier ('several times a day', 'once a month'): value and unit arguable"
FRACTION = "fraction or part of a group ('two-thirds', 'more than half'): value and unit arguable"
