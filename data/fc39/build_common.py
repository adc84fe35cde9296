"""Shared header for the fc39 build scripts (goldlib, offsets by search)."""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tools"))
import goldlib  # noqa: E402
from goldlib import Doc, Pair  # noqa: E402,F401

goldlib.use(HERE)

ELIDED = "counted noun elided (number stands alone, noun only recoverable from context): arguable"
TIME = "time of day: FORMAT.md date grains are year, month and day"
FRACTION = "fraction or part of a group: value and unit arguable"
AGE = "age of a person or an age limit: arguable"
VAGUE = "vague amount or period ('the past decade', 'a year'): no exact value"
RELATIVE = "vague relative period ('last year', 'next week', 'today'): grain arguable"
MULT = "frequency, ratio or multiplier: value and unit arguable"
PHONE = "telephone number, not a quantity"
