"""Shared header for the fc58 build scripts (goldlib mechanics: offsets found by searching the text)."""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tools"))
import goldlib  # noqa: E402
from goldlib import Doc, Pair  # noqa: E402,F401

goldlib.use(HERE)

ELIDED = "counted noun elided (number stands alone, noun only recoverable from context): arguable"
TIME = "time of day: FORMAT.md date grains are year, month and day"
AGE = "age of a person: arguable"
VAGUE = "vague amount or period ('generations', 'decades', 'thousands'): no exact value"
RELATIVE = "vague relative period ('next week', 'this year', 'last night'): grain arguable"
RATIO = "ratio, rate or multiplier ('seven in ten', 'tripled', 'doubled'): value and unit arguable"
EXCH = "exchange rate note: value and unit arguable"
DECADE = "decade or period, not one calendar date"
SEASON = "season or vague period: no ISO value at year/month/day grain"
