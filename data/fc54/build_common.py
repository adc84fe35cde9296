"""Shared header for the fc54 build scripts (goldlib mechanics: offsets found by search)."""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tools"))
import goldlib  # noqa: E402
from goldlib import Doc, Pair  # noqa: E402,F401

goldlib.use(HERE)

ELIDED = "counted noun elided (number stands alone, noun only recoverable from context): arguable"
TIME = "time of day: FORMAT.md date grains are year, month and day"
AGE = "age of a person or thing: arguable"
SEASON = "season or vague period: no ISO value at year/month/day grain"
VAGUE = "vague amount or period: no exact value"
RELATIVE = "relative year or period ('last year', 'next year', 'next month'): resolvable but grain/anchor arguable"
FRACTION = "fraction or share in words ('seven in ten', 'a third'): value and unit arguable"
SEASONYR = "season or academic/financial year label ('2027-28', '2026/27'): not a calendar date"
