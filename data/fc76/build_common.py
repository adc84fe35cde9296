"""Shared header for the fc76 build scripts (goldlib from data/tools, offsets by search)."""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tools"))
import goldlib  # noqa: E402
from goldlib import Doc, Pair  # noqa: E402,F401

goldlib.use(HERE)

ELIDED = "counted noun elided (number stands alone, noun only recoverable from context): arguable"
TIME = "time of day: FORMAT.md date grains are year, month and day"
AGE = "age of a person: arguable"
VAGUE = "vague amount or period: no exact value"
RELATIVE = "relative period ('last year', 'last season', 'a decade ago'): resolution arguable"
COMPOUND = "number inside a compound modifier ('three-member panel'): count or attribute, arguable"
HIJRI = "Hijri calendar date: conversion to the Gregorian day arguable (+-1 day)"
SCORE = "vote tally or score: value and unit arguable"
NAMEISH = "number that is part of a name, phone number or label"
SEASON2 = "season spanning two years (2022-23): no single ISO value"
