"""Shared header for the fc121 build scripts (goldlib, offsets found by searching the text)."""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "tools"))
import goldlib  # noqa: E402
from goldlib import Doc, Pair  # noqa: E402,F401

goldlib.use(HERE)

ELIDED = "counted noun elided (number stands alone, noun only recoverable from context): arguable"
TIME = "time of day: FORMAT.md date grains are year, month and day"
FRACTION = "fraction or part of a group: value and unit arguable"
AGE = "age of a person: arguable"
SEASON = "season or vague period: no ISO value at year/month/day grain"
VAGUE = "vague amount or period: no exact value"
RELATIVE = "vague relative period ('next year's budget', 'last month'): grain arguable"
MULT = "frequency or multiplier: value and unit arguable"
GENERIC = "generic (recurring) weekday or period, not one calendar date"
NAME = "number inside a name (law title, station frequency, school name): not a date or quantity by FORMAT.md, but a tool may read it as one"
PREVYEAR = "month without a year that the context puts in the year before publication; FORMAT.md's rule (year of `published`) and the context disagree"
