"""Shared header for the fc97 build scripts (goldlib from data/tools: offsets by search, never typed)."""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tools"))
import goldlib  # noqa: E402
from goldlib import Doc, Pair  # noqa: E402,F401

goldlib.use(HERE)

ELIDED = "counted noun elided or phrase split (number only recoverable from context): arguable"
TIME = "time of day: FORMAT.md date grains are year, month and day"
AGE = "age of a person or age limit: arguable"
VAGUE = "vague amount or period: no exact value"
RELATIVE = "relative period ('next year', 'seven years ago', 'last month'): grain or value arguable"
PAGE = "page or class reference, not a measured quantity"
FRACTION = "fraction of a whole: value and unit arguable"
