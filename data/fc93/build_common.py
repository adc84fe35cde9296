"""Shared header for the fc93 build scripts: goldlib from data/tools, offsets found by search."""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tools"))
import goldlib  # noqa: E402
from goldlib import Doc, Pair  # noqa: E402,F401

goldlib.use(HERE)

ELIDED = "counted noun elided or number used loosely ('a day', 'two more'): value and unit arguable"
TIME = "time of day: FORMAT.md date grains are year, month and day"
FRACTION = "fraction or part of a group ('half', 'a fifth'): value and unit arguable"
AGE = "age of a person or age limit: arguable"
SEASON = "season or vague period ('last summer', 'second half of the year'): no ISO value at year/month/day grain"
VAGUE = "vague amount or relative span ('a week later', 'decades'): no exact value"
RELATIVE = "relative reference ('last year', 'yesterday', 'next month'): resolvable only through the publication date, grain arguable"
MULT = "frequency or multiplier ('twice as much'): value and unit arguable"
FISCAL = "fiscal or season year, not a calendar year"
