"""Shared header for the fc85 build scripts (goldlib, offsets found by search)."""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "main", "data", "tools"))
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tools"))
import goldlib  # noqa: E402
from goldlib import Doc, Pair  # noqa: E402,F401

goldlib.use(HERE)

ELIDED = "counted noun elided (number stands alone): arguable"
TIME = "time of day: FORMAT.md date grains are year, month and day"
VAGUE = "vague amount or period: no exact value"
RELATIVE = "vague relative period ('last year', 'a decade ago'): grain arguable"
GENERIC = "generic (recurring) weekday or month, not one calendar date"
AGE = "age of a person: arguable"
