"""The cyclic garbage collector, relaxed while claimtrack builds many small objects at once.

Extraction (claimtrack.processing) and comparison (claimtrack.compare.pair) each allocate tens of
thousands of container objects a document or a pair: spaCy's Spans and Tokens, the components'
mentions and frames, the records; a diff's mentions, contexts, keys and candidates. At Python's
default first threshold (700) the collector then runs hundreds of times a batch or a pair, and
each full collection walks every object alive: the model, and the records a run keeps. At
GC_THRESHOLD it runs a tenth as often; what it frees is the same, a little later, and results
are unaffected.
"""

from __future__ import annotations

import contextlib
import gc
import threading

#: The collector's first threshold inside `relaxed_gc` (Python's default is 700; the ratios to
#: the older generations are kept).
GC_THRESHOLD = 7000

_GC_LOCK = threading.Lock()
_GC_STATE = {"depth": 0, "saved": None}


@contextlib.contextmanager
def relaxed_gc():
    """The collector at GC_THRESHOLD while the block runs (never lowered), restored when the
    last such block of the process ends (blocks may nest or overlap in threads). Also a
    decorator (`@relaxed_gc()`)."""
    with _GC_LOCK:
        if _GC_STATE["depth"] == 0:
            before = _GC_STATE["saved"] = gc.get_threshold()
            if before[0] and before[0] < GC_THRESHOLD:
                gc.set_threshold(GC_THRESHOLD, *before[1:])
        _GC_STATE["depth"] += 1
    try:
        yield
    finally:
        with _GC_LOCK:
            _GC_STATE["depth"] -= 1
            if _GC_STATE["depth"] == 0:
                gc.set_threshold(*_GC_STATE["saved"])
