"""Shared header for the fc48 build scripts (goldlib: offsets found by searching the article text)."""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tools"))
import goldlib  # noqa: E402
from goldlib import Doc, Pair  # noqa: E402,F401

goldlib.use(HERE)

ELIDED = "counted noun elided (number stands alone, noun only recoverable from context): arguable"
TIME = "time of day: FORMAT.md date grains are year, month and day"
AGE = "age of a person: arguable"
VAGUE = "vague amount or period: no exact value"
RELATIVE = "vague relative period ('last year', 'the end of the month'): grain or anchor arguable"
YEARLESS = "month named without a year that lies before the publication year: year not stated"
MULT = "frequency, multiplier or fraction: value and unit arguable"
ARTICLE = "the article 'a' used as a number ('a month'): arguable"
GENERIC = "generic (recurring) date, not one calendar date"
