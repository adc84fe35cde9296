"""Shared header for the fc57 build scripts (goldlib mechanics: offsets found by search)."""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tools"))
import goldlib  # noqa: E402
from goldlib import Doc, Pair  # noqa: E402,F401

goldlib.use(HERE)

TIME = "time of day: FORMAT.md date grains are year, month and day"
VAGUE = "vague amount or period: no exact value"
RELATIVE = "vague relative period: grain arguable"
MULT = "frequency or multiplier: value and unit arguable"
FRACTION = "fraction or part of a group: value and unit arguable"
ELIDED = "counted noun elided: unit only recoverable from context"
