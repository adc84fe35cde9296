"""Shared header for the fc43 build scripts (mechanics as in fc12: goldlib, offsets by search)."""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tools"))
import goldlib  # noqa: E402
from goldlib import Doc, Pair  # noqa: E402,F401

goldlib.use(HERE)

ELIDED = "counted noun elided (number stands alone, noun only recoverable from context): arguable"
TIME = "time of day: FORMAT.md date grains are year, month and day"
FRACTION = "fraction or part of a group ('a quarter of', 'seven in ten'): value and unit arguable"
AGE = "age of a person: arguable"
SEASON = "season or vague period: no ISO value at year/month/day grain"
VAGUE = "vague amount ('hundreds of', 'dozens of', 'decades'): no exact value"
RELATIVE = "vague relative period ('this morning', 'next week', 'a week ago'): grain arguable"
MULT = "frequency or multiplier ('every six months', 'three times'): value and unit arguable"
HEADQ = "headline quote with no speaker named in this article"
GENERIC = "generic (recurring) month or season span, not one calendar date"
