"""Shared header for the fc44 build scripts: goldlib (offsets by search) and shared `ignore` reasons."""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tools"))
import goldlib  # noqa: E402
from goldlib import Doc, Pair  # noqa: E402,F401

goldlib.use(HERE)

TIME = "time of day: FORMAT.md date grains are year, month and day"
FRACTION = "fraction or part of a group ('a quarter', 'two in three', 'one in ten'): value and unit arguable"
AGE = "age of a person: arguable"
VAGUE = "vague amount or period ('more than a decade', 'dozens of', 'hundreds of'): no exact value"
RELATIVE = "vague relative period ('today', 'this week', 'last season', 'last year'): grain or anchor arguable"
ELIDED = "counted noun elided or number inside another figure: value or unit arguable"
MULT = "frequency or multiplier ('twice', 'three times a week', 'double'): value and unit arguable"
GENERIC = "recurring weekdays or months (\"Mondays, Wednesdays and Fridays\"), not one calendar date"
