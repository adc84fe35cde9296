"""Shared header for the fc94 build scripts: goldlib helpers, offsets found by search."""
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
SEASON = "season, decade or part of a month: no clean ISO value at year/month/day grain"
VAGUE = "vague amount or period ('thousands of', 'a decade', 'a few weeks'): no exact value"
RELATIVE = "relative period ('this year', 'last year', 'next week'): grain arguable"
MULT = "frequency or multiplier: value and unit arguable"
GENERIC = "generic (recurring) month or named day, not one calendar date"
HIJRI = "Solar Hijri calendar date: not a Gregorian form, conversion arguable"
NOYEAR = "month named without a year, before the publication date: year arguable"
