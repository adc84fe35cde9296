"""`to_disk`/`from_disk` for a component built from table files shipped with the package.

A pipeline saved with `nlp.to_disk` carries a copy of each table its components are built from
(the text as read), so a saved pipeline can be moved, inspected and edited; `from_disk` builds
the component from the saved copy. A table missing from the saved folder (a pipeline saved
before the component saved it) is the package's own. While every saved table equals the
package's, the component keeps the package's tables, built once per process.

A component lists its files in `TABLE_FILES` and implements `_use_tables(texts)`: `texts` is
None for the package's own tables, else {file name: text} of the saved ones.
"""

from __future__ import annotations

from pathlib import Path
from typing import Optional

from ..tables import read_text


class SavedTables:
    TABLE_FILES: tuple[str, ...] = ()
    #: The text of each table file when the tables came from a saved pipeline that differs from
    #: the package (from_disk); None while they are the package's own.
    _table_texts: Optional[dict[str, str]] = None

    def _table_text(self, name: str) -> str:
        return self._table_texts[name] if self._table_texts is not None else read_text(name)

    def to_disk(self, path, *, exclude=tuple()) -> None:
        """Save the tables the component is built from (TABLE_FILES, as the text they were read
        from): a pipeline saved with `nlp.to_disk` carries its own, and may have them edited."""
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        for name in self.TABLE_FILES:
            (path / name).write_text(self._table_text(name), encoding="utf-8")

    def from_disk(self, path, *, exclude=tuple()):
        """Build the tables from those saved with the pipeline (a table missing there is the
        package's own)."""
        path = Path(path)
        texts = {name: (path / name).read_text(encoding="utf-8") if (path / name).is_file() else read_text(name)
                 for name in self.TABLE_FILES}
        if all(texts[name] == read_text(name) for name in self.TABLE_FILES):
            self._table_texts = None
            self._use_tables(None)
        else:
            self._table_texts = texts
            self._use_tables(texts)
        return self

    def _use_tables(self, texts: Optional[dict[str, str]]) -> None:
        """Build from these table texts (None: the package's own tables)."""
        raise NotImplementedError
