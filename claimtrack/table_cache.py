"""Tables derived from data files, kept on disk between processes (as Python keeps compiled
modules in `__pycache__`), so that a process reads a table it would otherwise build again.

A few tables cost tens of milliseconds of CPU to build in every process that extracts (the
given names parsed from gender-guesser's 4 MB dictionary, ISO 3166-2 subdivisions walked
through pycountry, WordNet's noun synonyms and kinds derived from their table, GeoNames towns).
`derived_table` stores such a table, a value of plain data (dict, list, tuple, set, frozenset,
str, int, float, bool, None), with `marshal` in `<cache folder>/tables/`, the cache folder being
the result cache's (`$CLAIMTRACK_CACHE_DIR`, else the user cache folder: `environment.default_cache_dir`;
a command given `--cache-dir` sets that variable for its run, worker processes included, so that
its tables sit beside its results: claimtrack/cli/common.py `cache_setting`).

The file's name holds a key that changes whenever the table could: the table's name, Python's
version (marshal's format is Python's own), claimtrack's code (the size and modification time of
every module of the package, as Python checks a module against its compiled copy), a SHA-256 of
each data file the table is built from, and the versions of the libraries whose data it reads.
A file is written whole under a temporary name and then renamed over, so a reader never sees
one cut short; a file read is marked as used, and the files of other keys of the same table
unused for an hour are removed when a new one is written.

The cache never decides a value: a file that cannot be read (missing, cut short, from another
Python, not the expected type) is built again and rewritten; a folder that cannot be written
(read-only, full, a file in its place) leaves the table built in memory, as before. Neither is
reported, as Python says nothing when it cannot write `__pycache__`. It is independent of
`--no-cache`, which concerns extraction results; `CLAIMTRACK_TABLE_CACHE=0` turns it off
(every table built in each process). Tables built from a saved pipeline's own copies of the
data files (`to_disk`) are never cached. `claimtrack cache clear` removes the tables with the
results (`clear`). spaCy-free.
"""

from __future__ import annotations

import errno
import hashlib
import marshal
import os
import sys
import tempfile
import time
from functools import lru_cache
from pathlib import Path
from typing import Any, Callable, Iterable, Optional

from . import environment
from .version import __version__

#: Set to "0" to build every table in each process, reading and writing nothing.
ENV_VAR = "CLAIMTRACK_TABLE_CACHE"
FOLDER = "tables"
SUFFIX = ".marshal"
#: Bump when the way values are stored changes.
FORMAT = 1
#: A file of another key of a table, not read for this long (seconds), is removed when the table
#: is written: an edit of the code leaves no trail of old files, while two copies of the package
#: in use at once (two versions, two work trees) each keep theirs instead of removing the other's.
UNUSED_AFTER = 3600

_PACKAGE = Path(__file__).resolve().parent


@lru_cache(maxsize=1)
def code_stamp() -> str:
    """The size and modification time of every module of the package, hashed: any edit of the
    code (or a reinstall) gives new keys to every derived table. Stat calls only (~1 ms)."""
    h = hashlib.sha256()
    for folder, dirs, files in os.walk(_PACKAGE):
        dirs[:] = sorted(d for d in dirs if d != "__pycache__")
        for name in sorted(f for f in files if f.endswith(".py")):
            path = os.path.join(folder, name)
            st = os.stat(path)
            h.update(f"{os.path.relpath(path, _PACKAGE)}\0{st.st_size}\0{st.st_mtime_ns}\0".encode())
    return h.hexdigest()


def table_folder() -> Optional[Path]:
    """Where derived tables are kept; None when the cache is turned off (`ENV_VAR`)."""
    if os.environ.get(ENV_VAR, "").strip() == "0":
        return None
    return _folder(None)


def _folder(cache_dir: Optional[os.PathLike | str]) -> Path:
    """`<cache_dir>/tables`, the package's cache folder's when `cache_dir` is None."""
    return (Path(cache_dir).expanduser() if cache_dir else environment.default_cache_dir()) / FOLDER


def usage(cache_dir: Optional[os.PathLike | str] = None) -> tuple[int, int]:
    """(files, bytes) of the derived tables kept in `<cache_dir>/tables` (see `clear`)."""
    folder = _folder(cache_dir)
    if not folder.is_dir():
        return 0, 0
    sizes = []
    for path in folder.glob(f"*{SUFFIX}"):
        try:
            sizes.append(path.stat().st_size)
        except FileNotFoundError:  # removed meanwhile
            continue
    return len(sizes), sum(sizes)


def clear(cache_dir: Optional[os.PathLike | str] = None) -> int:
    """Remove the derived tables kept in `<cache_dir>/tables` (default: the cache folder the
    package uses, `$CLAIMTRACK_CACHE_DIR` or the user cache folder), whether or not the cache is
    turned off now. Only the files this module writes go (`*.marshal` and its temporary files);
    the folder goes too when nothing else is left in it. A `tables` that is a file or a link
    (never written here) is removed itself, not what a link points at. A file that another
    process removes or writes meanwhile is no error: the cache is rebuilt as needed. Returns the
    bytes freed; raises OSError (with the path) when a file cannot be removed."""
    folder = _folder(cache_dir)
    try:
        st = folder.lstat()
    except (FileNotFoundError, NotADirectoryError):
        return 0
    if not folder.is_dir() or folder.is_symlink():
        folder.unlink()
        return st.st_size
    freed = 0
    for path in [*folder.glob(f"*{SUFFIX}"), *folder.glob(".*.tmp")]:
        try:
            size = path.lstat().st_size
            path.unlink()
        except FileNotFoundError:
            continue
        freed += size
    try:
        folder.rmdir()
    except FileNotFoundError:
        pass
    except OSError as err:
        if err.errno not in (errno.ENOTEMPTY, errno.EEXIST):
            raise
        # else a file not written here, or a table written meanwhile: the folder stays
    return freed


def table_key(name: str, files: Iterable[Any] = (), libraries: Iterable[str] = ()) -> str:
    """The key of table `name` built from `files` (paths or importlib Traversables; their bytes
    are hashed) with the data of `libraries` (installed distributions; their versions). Raises
    OSError when a file cannot be read."""
    h = hashlib.sha256()
    h.update(f"{name}\0{FORMAT}\0{sys.version}\0{marshal.version}\0{__version__}\0{code_stamp()}\0".encode())
    for path in files:
        h.update(hashlib.sha256(path.read_bytes()).digest())
    libs = tuple(libraries)
    if libs:
        h.update(repr(sorted(environment.dependency_versions(libs).items())).encode())
    return h.hexdigest()[:24]


def derived_table(name: str, build: Callable[[], Any], *, files: Iterable[Any] = (), libraries: Iterable[str] = (),
                  kind: type = object) -> Any:
    """`build()`'s value, read from the table cache when a file of the same key is there (and holds
    a `kind`), else built and written there. `name` names the table's files (letters, digits,
    "_"); see the module's doc for the key and for what happens when reading or writing fails.
    What `build()` raises (a TableError naming a broken data file) is raised as ever."""
    folder = table_folder()
    if folder is None:
        return build()
    try:
        key = table_key(name, files, libraries)
    except OSError:
        return build()  # an input that cannot be read: build() says which, as without the cache
    path = folder / f"{name}-{key}{SUFFIX}"
    try:
        with open(path, "rb") as fh:
            value = marshal.loads(fh.read())  # marshal.load(fh) reads the file piece by piece: 3x slower
        if isinstance(value, kind):
            _touch(path)
            return value
    except (OSError, EOFError, ValueError, TypeError):
        pass
    value = build()
    _write(folder, name, path, value)
    return value


def _touch(path: Path) -> None:
    """Mark a table file as read now (its modification time), so that it is not taken for unused."""
    try:
        os.utime(path)
    except OSError:
        pass


def _write(folder: Path, name: str, path: Path, value: Any) -> None:
    """Write `value` to `path` whole (a temporary file renamed over it), then remove the files of
    other keys of the same table unused for `UNUSED_AFTER` seconds (not those of another copy
    of the package running beside this one); any failure leaves the cache as it was."""
    try:
        data = marshal.dumps(value)
    except ValueError:
        return  # not plain data: never cached
    tmp = None
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{name}-", suffix=".tmp", dir=folder)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
        tmp = None
        unused = time.time() - UNUSED_AFTER
        for old in [*folder.glob(f"{name}-*{SUFFIX}"), *folder.glob(f".{name}-*.tmp")]:
            if old.name != path.name and old.stat().st_mtime < unused:
                old.unlink(missing_ok=True)
    except OSError:
        pass
    finally:
        if tmp is not None:
            try:
                os.unlink(tmp)
            except OSError:
                pass
