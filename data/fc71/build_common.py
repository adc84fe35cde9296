"""Shared header for the fc71 build scripts (goldlib, offsets found by search)."""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "main", "data", "tools"))
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tools"))
import goldlib  # noqa: E402
from goldlib import Doc, Pair  # noqa: E402,F401

goldlib.use(HERE)

TIME = "time of day: FORMAT.md date grains are year, month and day"
VAGUE = "vague amount: no exact value"
RELATIVE = "vague relative period ('this week', 'the new year'): grain arguable"
FRACTION = "fraction of a quantity: value and unit arguable"
ELIDED = "counted noun elided: unit arguable"
SEASON = "season or vague period: no ISO value"
