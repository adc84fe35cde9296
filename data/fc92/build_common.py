"""Shared header for the fc92 build scripts: goldlib from data/tools, offsets found by search."""
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
SEASON = "season or vague period: no ISO value at year/month/day grain"
VAGUE = "vague amount ('a week', 'two decades', 'a few hundred'): no exact value"
RELATIVE = "vague relative period ('last year', 'last season', 'next year'): grain arguable"
MULT = "frequency or multiplier: value and unit arguable"
OTHERCAL = "date in another calendar (Hijri): no Gregorian ISO value written in the text"
