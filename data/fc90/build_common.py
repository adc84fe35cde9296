"""Shared header for the fc90 build scripts: goldlib on the path, offsets found by search."""
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
RELATIVE = "vague relative period ('last year', 'a year earlier'): grain arguable"
MONTHPREV = "bare month that may fall in the previous year: year arguable"
VAGUE = "vague amount: no exact value"
MULT = "frequency or multiplier: value and unit arguable"
GENERIC = "generic (recurring) day or period, not one calendar date"
