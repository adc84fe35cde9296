"""Shared header for the fc47 build scripts (goldlib mechanics: offsets found by search)."""
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
VAGUE = "vague amount or period ('a year', 'several hundred', 'a day or two'): no exact value"
RELATIVE = "vague relative period ('this week', 'last week', 'this weekend', 'two years ago'): grain arguable"
MULT = "frequency or multiplier ('twice', 'three times', '24 hours a day'): value and unit arguable"
GENERIC = "generic (recurring) month or season, not one calendar date"
YEAR = "month (and day) without a year that falls in a year other than the published one: FORMAT.md's default year would be wrong"
DECADE = "decade: no ISO value at year/month/day grain"
PHONE = "telephone number, not a quantity"
SCARE = "one quoted word or label: quote or scare quote arguable"
NAME = "number inside a place name (the 67 Hectares district): not a quantity, but a tool may read it as one"
