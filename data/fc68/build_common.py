"""Shared header for the fc68 build scripts: goldlib on the path, offsets found by search."""
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
VAGUE = "vague amount ('a week', 'dozens of', 'thousands of'): no exact value"
RELATIVE = "vague relative period ('last year', 'this year's'): grain arguable"
GENERIC = "generic (recurring) month or weekday, not one calendar date"
HIJRI = "Hijri calendar date in a masthead: conversion to ISO arguable (already given as Gregorian beside it)"
ISSUE = "issue number of the newspaper: not a count of anything"
