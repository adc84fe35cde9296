"""Shared header for the fc37 build scripts (goldlib from /work/main/data/tools, offsets by search)."""
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
DECADE = "decade or vague period (the 1980s, mid-2000s): no ISO value at year/month/day grain"
VAGUE = "vague amount ('a decade', 'a century', 'a handful'): no exact value"
RELATIVE = "vague relative period ('last year', 'next week', 'a decade ago'): grain arguable"
MULT = "frequency, multiplier or distributive phrase (every other day, one by one, twice as much): value and unit arguable"
LABEL = "number used as a label (signal number), not a count"
ARTICLE = "'a year' / 'a month' written with the article: value arguable"
