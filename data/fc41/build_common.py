"""Shared header for the fc41 build scripts (goldlib mechanics: offsets found by searching the text)."""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tools"))
import goldlib  # noqa: E402
from goldlib import Doc, Pair  # noqa: E402,F401

goldlib.use(HERE)

ELIDED = "counted noun elided (number stands alone, noun only recoverable from context): arguable"
TIME = "time of day: FORMAT.md date grains are year, month and day"
VAGUE = "vague amount or period ('a decade', 'a generation', 'a tenth'): no exact value"
RELATIVE = "vague relative period ('the end of the year', 'next week', 'the spring'): grain arguable"
FRACTION = "fraction or part of a group ('a quarter', 'half'): value and unit arguable"
AGE = "age of a person: arguable"
NOYEAR = "month without a year that refers to another year than publication ('the year to December' in March; 'by March' in November): FORMAT.md's rule gives the wrong year"
MULT = "frequency or multiplier ('every quarter', 'once every three years'): value and unit arguable"
