"""Shared header for the fc73 build scripts (goldlib from data/tools; offsets by search)."""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tools"))
import goldlib  # noqa: E402
from goldlib import Doc, Pair  # noqa: E402,F401

goldlib.use(HERE)

TIME = "time of day: FORMAT.md date grains are year, month and day"
RELATIVE = "vague relative period: grain arguable"
AGE = "age of a person: arguable"
VAGUE = "vague amount: no exact value"
ELIDED = "counted noun elided: arguable"
