"""Shared header for the fc79 build scripts: goldlib from data/tools, offsets by search."""
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
SEASON = "season, part of a month or vague period ('late April', 'the end of October'): no clean ISO value"
VAGUE = "vague or relative amount ('a year', 'a day after'): value and unit arguable"
RELATIVE = "vague relative period ('this year', 'last year', 'this week'): grain arguable"
GENERIC = "generic (recurring) month or named day, not one calendar date"
HIJRI = "Hijri calendar date in the masthead: conversion to the Gregorian calendar is arguable"
PASTMONTH = "month without a year that refers to the previous year: FORMAT.md rule (year of publication) would mislead"
NAME = "number inside a name or compound noun, not a quantity"
DECADE = "decade ('the 1970s') or multi-year harvest cycle ('2024-2025'): no single ISO value"
SCARE = "headline fragment in quotation marks attributed to a whole group: quote or scare quote is arguable"
