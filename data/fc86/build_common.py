"""Shared header for the fc86 build scripts (goldlib from data/tools, offsets found by search)."""
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
VAGUE = "vague amount or period: no exact value"
RELATIVE = "vague relative period ('next week', 'last year'): grain arguable"
MULT = "frequency or rate ('once a week', 'four in ten'): value and unit arguable"
GENERIC = "generic (recurring) day or feast, not one calendar date"
SECOND = "words reported second-hand or speaker unnamed: attribution arguable"
