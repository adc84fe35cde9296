"""Shared header for the fc53 build scripts: goldlib from data/tools, offsets found by search."""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tools"))
import goldlib  # noqa: E402
from goldlib import Doc, Pair  # noqa: E402,F401

goldlib.use(HERE)

ELIDED = "counted noun elided (number stands alone, noun only recoverable from context): arguable"
TIME = "time of day: FORMAT.md date grains are year, month and day"
RELATIVE = "vague relative period ('last year', 'early December', 'the coming weeks'): grain arguable"
GENERIC = "generic or recurring day, not one calendar date"
AGE = "age of a person: arguable"
VAGUE = "vague amount: no exact value"
