"""Shared header for the fc87 build scripts (goldlib from data/tools, offsets by search)."""
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
VAGUE = "vague amount ('more than a decade', 'decades'): no exact value"
RELATIVE = "vague relative period ('last year', 'last month', 'the end of January'): grain arguable"
MULT = "frequency or multiplier ('fivefold', 'five times'): value and unit arguable"
FRAG = "headline fragment in quotation marks, not words anyone is reported to have said exactly"
