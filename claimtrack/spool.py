"""A run's results kept on disk until its actor ids are known, so memory stays flat in the
number of documents.

One id per person or body over a whole run ("Trump" in one article, "Donald Trump" in another)
needs every document's actors before the first document can be written. `ResultSpool` keeps
only what identity needs in memory (`actorids.identity.Sightings`: names, types, aliases per
actor id) and writes each item, as it comes, to a temporary file; `replay()` then plans the ids
and streams the items back, rewritten, in the order they came, for the output writers.

The temporary file has no name in any folder listing (`tempfile.TemporaryFile`: Linux's
O_TMPFILE, elsewhere a file unlinked the moment it is made), so every way a run can end, an
error, Ctrl-C, a SIGKILL, leaves nothing behind. It is written next to the output, where the
output's own space is, or in the system's temporary folder when the output is not a file.
Items are pickled: the file is this process's own, read back by it alone, and pickle gives
back every field, private ones included, exactly as it was.
"""

from __future__ import annotations

import pickle
import tempfile
from pathlib import Path
from typing import IO, Iterator, Optional, Union

from .actorids.identity import Sightings, rewrite
from .collector import relaxed_gc
from .models import DocumentResult, Skipped

Item = Union[DocumentResult, Skipped]


class ResultSpool:
    """Items of a run on disk, their actors in memory. Use as a context manager (the file is
    closed on leaving it, whatever happened); `add` each item, then iterate `replay()` once."""

    def __init__(self, folder: Optional[Union[str, Path]] = None):
        self.sightings = Sightings()
        self.count = 0
        self.folder = str(folder) if folder is not None else tempfile.gettempdir()
        self._fh: Optional[IO[bytes]] = tempfile.TemporaryFile(prefix=".claimtrack-spool.", dir=folder)

    def __enter__(self) -> "ResultSpool":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        if self._fh is not None:
            self._fh.close()
            self._fh = None

    def add(self, item: Item) -> None:
        """Write one item to the spool; keep its document's actors for identity."""
        if self._fh is None:
            raise ValueError("the spool is closed")
        if isinstance(item, DocumentResult):
            self.sightings.add(item.document.actors)
        try:
            pickle.dump(item, self._fh, protocol=pickle.HIGHEST_PROTOCOL)
        except OSError as err:  # a full disk: the message says where the run was writing
            if err.filename is None:
                err.filename = f"a temporary file in {self.folder}"
            raise
        self.count += 1

    def replay(self) -> Iterator[Item]:
        """The items in the order they were added, actor ids made one per entity over all of
        them (exactly as `actorids.identity.unify` makes them over a list)."""
        if self._fh is None:
            raise ValueError("the spool is closed")
        mapping = self.sightings.plan()
        changed = self.sightings.changes(mapping)
        fh = self._fh
        fh.flush()
        fh.seek(0)
        # Every item is rebuilt here, hundreds of small objects each, and the writer encodes them
        # between two yields: with the collector relaxed as during extraction (the run's own
        # relaxed block has ended by now), not at Python's default threshold, where it walked the
        # model's objects every few documents (claimtrack.collector).
        with relaxed_gc():
            for _ in range(self.count):
                item = pickle.load(fh)
                if changed and isinstance(item, DocumentResult):
                    rewrite(item, mapping)
                yield item
