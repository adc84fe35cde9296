"""Shared header for the fc56 build scripts (goldlib helpers, offsets found by search)."""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tools"))
import goldlib  # noqa: E402
from goldlib import Doc, Pair  # noqa: E402,F401

goldlib.use(HERE)

TIME = "time of day: FORMAT.md date grains are year, month and day"
AGE = "age of a person: arguable"
VAGUE = "vague amount or period: no exact value"
RELATIVE = "vague relative period: grain arguable"
SEASON = "season or part of a month: no ISO value at year/month/day grain"
ELIDED = "counted noun elided or number used as a label: arguable"
GENERIC = "generic or recurring date, not one calendar date"
LOCALCAL = "date in a local calendar (ROC year): arguable normalisation"
