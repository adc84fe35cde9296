"""Shared header for the fc96 build scripts: goldlib on the path, offsets found by search."""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tools"))
import goldlib  # noqa: E402
from goldlib import Doc, Pair  # noqa: E402,F401

goldlib.use(HERE)

TIME = "time of day: FORMAT.md date grains are year, month and day"
FRACTION = "fraction or part of a group: value and unit arguable"
VAGUE = "vague amount ('a few hundred metres', 'a day'): no exact value"
RELATIVE = "vague relative period ('last week', 'next week', 'the end of May'): grain arguable"
MULT = "frequency or multiplier: value and unit arguable"
GENERIC = "generic (recurring) weekday, not one calendar date"
DECADE = "decade: no ISO value at year/month/day grain"
HIJRI = "Hijri calendar date: conversion to the Gregorian day arguable (moon sighting)"
AGE = "age of a person: arguable"
ELIDED = "counted noun elided (number stands alone): arguable"
CENTURY = "century: no ISO value at year/month/day grain"
