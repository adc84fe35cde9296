"""Extra checks of this set (../tools/verify_pairs.py), with the limits of the fc119 brief:
13-17 facts per pair, at least 3 conflicts per pair, 380-650 words per article."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "tools"))
from verify_pairs import verify  # noqa: E402

sys.exit(1 if verify(HERE, facts=(13, 17), min_conflicts=3, words=(380, 650)) else 0)
