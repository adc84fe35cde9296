"""What the command line loads before it works: a run served from the cache pays every import."""

from __future__ import annotations

import subprocess
import sys


def test_extract_loads_no_comparison_code():
    """`claimtrack extract` never loads compare/ (about a third of a second of imports, rapidfuzz
    included): a warm-cache run is mostly start-up, so d/b in `make bench` pays for it."""
    code = ("import sys, claimtrack.cli, claimtrack.extract, claimtrack.runner; "
            "print(sorted(m for m in sys.modules if m.startswith(('claimtrack.compare', 'rapidfuzz'))))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
