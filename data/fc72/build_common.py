"""Shared header for the fc72 build scripts: goldlib from data/tools, offsets found by search."""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tools"))
import goldlib  # noqa: E402
from goldlib import Doc, Pair  # noqa: E402,F401

goldlib.use(HERE)

ELIDED = "counted noun elided (number stands alone, noun only recoverable from context): arguable"
TIME = "time of day: FORMAT.md date grains are year, month and day"
AGE = "age of a person: arguable"
SEASON = "season or vague period: no ISO value at year/month/day grain"
VAGUE = "vague amount or period ('months', 'decades', 'dozens'): no exact value"
RELATIVE = "vague relative period ('last night', 'this week', 'next month'): grain arguable"
MULT = "frequency, multiplier or ratio: value and unit arguable"
HEADQ = "fragment of a quote in a headline, given in full in the body: arguable as a separate quote"
GENERIC = "generic (recurring) weekday or month, not one calendar date"
FRACTION = "fraction or share of a group ('one in five', 'more than half'): value and unit arguable"
SCORE = "vote tally or score written as 'N-M': value and unit arguable"
