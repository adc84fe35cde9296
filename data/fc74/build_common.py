"""Shared header for the fc74 build scripts: goldlib on the path, offsets found by search."""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tools"))
import goldlib  # noqa: E402
from goldlib import Doc, Pair  # noqa: E402,F401

goldlib.use(HERE)

ELIDED = "counted noun elided (number stands alone, noun only recoverable from context): arguable"
TIME = "time of day: FORMAT.md date grains are year, month and day"
FRACTION = "fraction or part of a group: value and unit arguable"
AGE = "age of a person or age limit: arguable"
SEASON = "season or vague period: no ISO value at year/month/day grain"
VAGUE = "vague amount or period ('a year', 'a decade', 'for a day'): no exact value"
RELATIVE = "relative period ('last year', 'this month', 'the first quarter'): grain arguable"
MULT = "frequency, ratio or multiplier: value and unit arguable"
GENERIC = "generic (recurring) month, season or day, not one calendar date"
LOCALCAL = "date in a local (non-Gregorian) calendar: conversion arguable"
