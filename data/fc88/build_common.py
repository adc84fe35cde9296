"""Shared header for the fc88 build scripts: goldlib from data/tools, offsets by search."""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tools"))
import goldlib  # noqa: E402
from goldlib import Doc, Pair  # noqa: E402,F401

goldlib.use(HERE)

ELIDED = "counted noun elided (number stands alone, noun only recoverable from context): arguable"
TIME = "time of day: FORMAT.md date grains are year, month and day"
FRACTION = "fraction or part of a group: value and unit arguable"
AGE = "age of a person or thing: arguable"
SEASON = "season or vague period: no ISO value at year/month/day grain"
VAGUE = "vague amount or period: no exact value"
RELATIVE = "vague relative period ('last year', 'next year', 'last month'): grain or year arguable"
MULT = "frequency or multiplier: value and unit arguable"
AMBIG = "month without a year whose year differs from the publication year by context: arguable"
