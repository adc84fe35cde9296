"""Shared header for the fc84 build scripts (goldlib from data/tools, offsets by search)."""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tools"))
import goldlib  # noqa: E402
from goldlib import Doc, Pair  # noqa: E402,F401

goldlib.use(HERE)

ELIDED = "counted noun elided (number stands alone, noun only recoverable from context): arguable"
TIME = "time of day: FORMAT.md date grains are year, month and day"
AGE = "age of a person: arguable"
SEASON = "season, half-year or vague period: no ISO value at year/month/day grain"
VAGUE = "vague amount or period ('two years', 'decades'): no exact value"
RELATIVE = "relative period ('last month', 'next week'): grain arguable"
PAGE = "page or section number in a 'Read more' line: not a measure"
