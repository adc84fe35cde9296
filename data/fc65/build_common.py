"""Shared header for the fc65 build scripts (goldlib mechanics: offsets by search)."""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tools"))
import goldlib  # noqa: E402
from goldlib import Doc, Pair  # noqa: E402,F401

goldlib.use(HERE)

ELIDED = "counted noun elided or number used as a label: arguable"
TIME = "time of day: FORMAT.md date grains are year, month and day"
FRACTION = "fraction or part of a group: value and unit arguable"
AGE = "age of a person: arguable"
SEASON = "season, quarter or vague period: no ISO value at year/month/day grain"
VAGUE = "vague amount ('decade-long', 'hundreds of'): no exact value"
RELATIVE = "relative period ('last year', 'last week', 'this year'): grain arguable"
MULT = "frequency or multiplier ('nearly double', 'twice'): value and unit arguable"
