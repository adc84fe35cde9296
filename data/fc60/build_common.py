"""Shared header for the fc60 build scripts (goldlib mechanics: offsets by search)."""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tools"))
import goldlib  # noqa: E402
from goldlib import Doc, Pair  # noqa: E402,F401

goldlib.use(HERE)

ELIDED = "counted noun elided (number stands alone, noun only recoverable from context): arguable"
TIME = "time of day: FORMAT.md date grains are year, month and day"
AGE = "age of a person: arguable"
VAGUE = "vague amount or period ('two decades', 'a fortnight', 'half a year'): no exact value"
RELATIVE = "vague relative period ('next year', 'this week', 'this season'): grain arguable"
SEASON = "season or part of a month ('spring', 'mid-May'): no ISO value at year/month/day grain"
PHONE = "telephone number, not a quantity"
