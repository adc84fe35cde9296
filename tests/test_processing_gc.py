"""The garbage collector's threshold while documents are processed (claimtrack.processing)."""

from __future__ import annotations

import gc

import pytest

from claimtrack.collector import GC_THRESHOLD, relaxed_gc


@pytest.fixture
def threshold():
    before = gc.get_threshold()
    yield
    gc.set_threshold(*before)


def test_the_threshold_is_raised_inside_and_restored_after(threshold):
    gc.set_threshold(700, 11, 12)
    with relaxed_gc():
        assert gc.get_threshold() == (GC_THRESHOLD, 11, 12)
    assert gc.get_threshold() == (700, 11, 12)


def test_restored_when_the_block_raises(threshold):
    gc.set_threshold(500, 10, 10)
    with pytest.raises(RuntimeError):
        with relaxed_gc():
            raise RuntimeError("a failing document")
    assert gc.get_threshold() == (500, 10, 10)


def test_never_lowered_nor_turned_back_on(threshold):
    gc.set_threshold(50_000, 10, 10)
    with relaxed_gc():
        assert gc.get_threshold() == (50_000, 10, 10)
    gc.set_threshold(0, 10, 10)  # threshold 0: the collector is off
    with relaxed_gc():
        assert gc.get_threshold() == (0, 10, 10)


def test_overlapping_blocks_restore_once_the_last_ends(threshold):
    gc.set_threshold(700, 10, 10)
    outer, inner = relaxed_gc(), relaxed_gc()
    outer.__enter__()
    inner.__enter__()
    outer.__exit__(None, None, None)  # another thread's block still runs: kept raised
    assert gc.get_threshold() == (GC_THRESHOLD, 10, 10)
    inner.__exit__(None, None, None)
    assert gc.get_threshold() == (700, 10, 10)


@pytest.mark.model
def test_processing_documents_leaves_the_threshold_as_it_was(threshold, nlp):
    from claimtrack.ingest import Document
    from claimtrack.processing import process_documents

    gc.set_threshold(700, 10, 10)
    out = list(process_documents([Document(name="a.txt", text="The council approved 12 new homes on Monday.")], nlp))
    assert len(out) == 1 and out[0].claims
    assert gc.get_threshold() == (700, 10, 10)
