"""Shared header for the fc98 build scripts: goldlib on the path, offsets found by search."""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tools"))
import goldlib  # noqa: E402
from goldlib import Doc, Pair  # noqa: E402,F401

goldlib.use(HERE)

ELIDED = "counted noun elided (number stands alone): arguable"
TIME = "time of day: FORMAT.md date grains are year, month and day"
FRACTION = "fraction or part of a group: value and unit arguable"
AGE = "age of a person or group: arguable"
SEASON = "season or vague period: no ISO value at year/month/day grain"
VAGUE = "vague amount: no exact value"
RELATIVE = "vague relative period: grain arguable"
DECADE = "decade or era: no ISO value"
