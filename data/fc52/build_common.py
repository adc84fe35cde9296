"""Shared header for the fc52 build scripts (goldlib mechanics: offsets found by search)."""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tools"))
import goldlib  # noqa: E402
from goldlib import Doc, Pair  # noqa: E402,F401

goldlib.use(HERE)

ELIDED = "counted noun elided (number stands alone, noun only recoverable from context): arguable"
TIME = "time of day: FORMAT.md date grains are year, month and day"
FRACTION = "fraction or part of a group: value and unit arguable"
VAGUE = "vague amount or period: no exact value"
RELATIVE = "vague relative period ('last year', 'this month'): grain arguable"
MULT = "frequency or multiplier: value and unit arguable"
RATE = "exchange-rate base ('$1 = ...'): the one-dollar base is not a reported amount"
