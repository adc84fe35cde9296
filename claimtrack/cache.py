"""The incremental cache: a document already extracted with the same text, publication date,
model, claimtrack version and code, settings and versions of the libraries that change results
(spaCy, dateparser, holidays, pycountry...: `RESULT_DEPENDENCIES`) is not processed again.

One SQLite file (stdlib `sqlite3`, WAL mode) in a cache folder: `--cache-dir`, else
`$CLAIMTRACK_CACHE_DIR`, else the platform's user cache folder (`$XDG_CACHE_HOME/claimtrack`,
`~/.cache/claimtrack`; `~/Library/Caches/claimtrack` on macOS; `%LOCALAPPDATA%\\claimtrack\\Cache`
on Windows).

A value holds what the NLP produced for one document, independent of the document's name:
its actors and its claims (with `doc` blanked). Claim ids hash the document name, so a hit
under another name (a renamed file) has its ids recomputed; if that cannot be done exactly the
entry counts as a miss. The rest of DocumentInfo (title, url, hash...) always comes from the
document as read now.

The cache never decides an output: any failure (corrupt file, locked database, full disk,
undecodable entry) disables it for the run with one warning, and documents are recomputed.
Only the process that runs the extraction writes, in short batched transactions, so an
interrupted run leaves every committed batch usable and a re-run resumes from there.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import sys
import time
import zlib
from functools import lru_cache
from pathlib import Path
from typing import Callable, Iterable, Optional

from .environment import (  # noqa: F401  (read from here by the CLI, the ledger and the tests)
    ENV_VAR, KEY_FREE_DEPENDENCIES, RESULT_DEPENDENCIES, _dist_key, default_cache_dir, dependency_versions)

#: Bump when the layout of the table or of its values changes: old files are then ignored.
SCHEMA_VERSION = 1
DB_NAME = "extract-cache.sqlite3"
#: How long a write waits for another process holding the database (seconds).
BUSY_TIMEOUT = 2.0

Warn = Callable[[str], None]


def cache_path(cache_dir: Optional[os.PathLike | str] = None) -> Path:
    return Path(cache_dir).expanduser() / DB_NAME if cache_dir else default_cache_dir() / DB_NAME


#: Parts of the package that only read extraction results (the command line, the ledger,
#: export, the spool that keeps a run's results on disk, evaluation): a change there cannot
#: change a cached result, so they are left out of the key. Every other file of the package,
#: code and data tables alike, is in it (compare/ too: the frames component classifies units
#: with it); a test checks that every module an extraction imports is covered (tests/test_cache.py).
DOWNSTREAM = ("cli", "ledger", "export.py", "spool.py", "evaluate", "__main__.py")


def fingerprint_files(root: Optional[Path] = None) -> list[Path]:
    """The files of the package that can change an extraction result, sorted."""
    root = Path(root) if root is not None else Path(__file__).resolve().parent
    files = []
    for path in root.rglob("*"):
        rel = path.relative_to(root)
        if rel.parts[0] in DOWNSTREAM or "__pycache__" in rel.parts or path.suffix in (".pyc", ".pyo"):
            continue
        if path.is_file():
            files.append(path)
    return sorted(files)


@lru_cache(maxsize=8)
def code_fingerprint(root: Optional[Path] = None) -> str:
    """A hash of the package's extraction code and data tables (`fingerprint_files`).

    Part of every key, so that a changed rule, parser, model or table (even without a version
    bump, as in development) never serves stale results. Reading ~100 small files once per run
    is cheap. `root` is the package folder (default: this package).
    """
    root = Path(root) if root is not None else Path(__file__).resolve().parent
    h = hashlib.sha256()
    for path in fingerprint_files(root):
        try:
            h.update(path.relative_to(root).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
        except OSError:
            continue
    return h.hexdigest()[:16]


def settings_fingerprint(model_label: str, version: str, settings: Optional[dict] = None) -> str:
    """Everything except the document that a result depends on, hashed once per run: the model,
    claimtrack's version and code, the versions of the libraries that change results, the settings."""
    payload = {"model": model_label, "version": version, "code": code_fingerprint(),
               "dependencies": dependency_versions(), "schema": SCHEMA_VERSION, "settings": settings or {}}
    return hashlib.sha256(json.dumps(payload, sort_keys=True).encode()).hexdigest()


def document_key(text: str, published: Optional[str], settings_hash: str) -> str:
    """sha256 of (text, publication date, settings hash): the cache key of one document."""
    h = hashlib.sha256()
    h.update(settings_hash.encode())
    h.update(b"\0")
    h.update((published or "").encode())
    h.update(b"\0")
    h.update(text.encode("utf-8", "surrogatepass"))
    return h.hexdigest()


def encode_value(name: str, result: dict, document_fields: Iterable[str]) -> bytes:
    """Compress the name-independent part of a DocumentResult dump (mode="json"): its claims and
    the `document_fields` of its DocumentInfo that the model decided (records.NLP_DOCUMENT_FIELDS)."""
    claims = [dict(c, doc="") for c in result.get("claims", [])]
    info = result["document"]
    payload = {"name": name, "document": {f: info.get(f) for f in document_fields}, "claims": claims}
    # surrogatepass: a file name that is not UTF-8 (lone surrogates in Python) round-trips exactly
    return zlib.compress(json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode("utf-8", "surrogatepass"), 1)


def decode_value(blob: bytes, name: str, id_for: Callable[..., str]) -> Optional[dict]:
    """{"document": {field: value}, "claims": [...]} for a document named `name`, or None if unusable.

    `id_for(doc_name, kind, start, end, anchor)` is the claim-id function; when the stored name
    differs, each id is recomputed under the new name, checking that the old id is reproduced
    from the stored name first (else the entry is treated as a miss).
    """
    try:
        payload = json.loads(zlib.decompress(blob).decode("utf-8", "surrogatepass"))
        stored_name = payload["name"]
        claims = payload["claims"]
        document = payload["document"]
        if not (isinstance(stored_name, str) and isinstance(claims, list) and isinstance(document, dict)
                and isinstance(document.get("actors"), list)
                and all(isinstance(c, dict) for c in claims)):
            return None  # a row of another shape (edited, or from another layout)
        out = []
        for claim in claims:
            claim = dict(claim, doc=name)
            if stored_name != name:
                new_id = _rename_id(claim, stored_name, name, id_for)
                if new_id is None:
                    return None
                claim["id"] = new_id
            out.append(claim)
    except Exception:  # whatever a damaged or edited row holds: recompute, never crash
        return None
    return {"document": document, "claims": out}


def renamed(result, name: str):
    """A DocumentResult filed under another name: `doc` and every claim id (which hashes the
    name) recomputed. The claim ids are checked against the old name first; None if one does not
    reproduce (a record from another version of claimtrack)."""
    from .models import DocumentResult
    from .records import claim_id

    old = result.document.doc
    claims = []
    for claim in result.claims:
        data = claim.model_dump(mode="json")
        new_id = _rename_id(data, old, name, claim_id)
        if new_id is None:
            return None
        claims.append(claim.model_copy(update={"id": new_id, "doc": name}))
    out = DocumentResult(document=result.document.model_copy(update={"doc": name}), claims=claims)
    out._failures, out._origin = list(result._failures), result._origin
    return out


def _rename_id(claim: dict, old: str, new: str, id_for) -> Optional[str]:
    quote = claim.get("quote") or {}
    for anchor in dict.fromkeys((claim["start"], quote.get("start", claim["start"]))):
        if id_for(old, claim["kind"], claim["start"], claim["end"], anchor) == claim["id"]:
            return id_for(new, claim["kind"], claim["start"], claim["end"], anchor)
    return None


class ResultCache:
    """The SQLite store. Every public method swallows database errors: the first one warns
    (through `warn`) and disables the cache for the rest of the run."""

    def __init__(self, path: os.PathLike | str, *, warn: Optional[Warn] = None, readonly: bool = False):
        self.path = Path(path)
        self.warn = warn or (lambda msg: print(f"warning: {msg}", file=sys.stderr))
        self.readonly = readonly
        self.disabled = False
        self.hits = 0
        self.misses = 0
        self.unusable = 0  # entries found but unusable (shape, offsets): recomputed and replaced
        self._rebuilt = False
        self._conn: Optional[sqlite3.Connection] = None

    # -- connection ---------------------------------------------------------------------------
    def unusable_entry(self, name: str) -> None:
        """An entry was found for `name` but cannot be used: it is recomputed (and replaced when
        written back). One warning per run, however many there are."""
        self.unusable += 1
        if self.unusable == 1:
            self.warn(f"cache {self.path}: the entry for {name} is damaged or out of date; recomputing it "
                      "(and any other such entry) and replacing it")

    def _rebuild(self, err: BaseException) -> bool:
        """A corrupt cache file (not a lock, not a full disk) is replaced by a new, empty one, once
        per run, with one warning: the next run finds a sound cache and says nothing."""
        if self._rebuilt or self.readonly or not _is_corruption(err):
            return False
        self._rebuilt = True
        self.close()
        try:
            _remove_files(self.path)
        except OSError:
            return False
        detail = " ".join(str(err).split()) or type(err).__name__
        self.warn(f"cache {self.path} was damaged ({detail}); replaced it with a new, empty cache")
        return True

    def _fail(self, action: str, err: BaseException) -> None:
        if not self.disabled:
            detail = str(err).splitlines()[0] if str(err) else type(err).__name__
            hint = " (run `claimtrack cache clear` to reset it)" if isinstance(err, sqlite3.DatabaseError) \
                and "locked" not in detail else ""
            self.warn(f"cache {self.path} unusable ({action}: {detail}); recomputing without it{hint}")
        self.disabled = True
        self.close()

    def _connect(self) -> Optional[sqlite3.Connection]:
        if self.disabled:
            return None
        if self._conn is not None:
            return self._conn
        try:
            if self.readonly:
                if not self.path.exists():
                    self.disabled = True
                    return None
                conn = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True, timeout=BUSY_TIMEOUT)
            else:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                conn = sqlite3.connect(str(self.path), timeout=BUSY_TIMEOUT, isolation_level=None)
                conn.execute("PRAGMA journal_mode=WAL")
                conn.execute("PRAGMA synchronous=NORMAL")
                conn.execute("CREATE TABLE IF NOT EXISTS results (key TEXT PRIMARY KEY, value BLOB NOT NULL, created REAL)")
                conn.execute("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT)")
                row = conn.execute("SELECT value FROM meta WHERE key='schema'").fetchone()
                if row is None:
                    conn.execute("INSERT OR REPLACE INTO meta VALUES ('schema', ?)", (str(SCHEMA_VERSION),))
                elif row[0] != str(SCHEMA_VERSION):  # another layout: start afresh
                    conn.execute("DELETE FROM results")
                    conn.execute("INSERT OR REPLACE INTO meta VALUES ('schema', ?)", (str(SCHEMA_VERSION),))
            self._conn = conn
            return conn
        except (sqlite3.Error, OSError) as err:
            if self._rebuild(err):
                return self._connect()
            self._fail("open", err)
            return None

    def close(self) -> None:
        if self._conn is not None:
            try:
                self._conn.close()
            except sqlite3.Error:
                pass
            self._conn = None

    def __enter__(self) -> "ResultCache":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- data -------------------------------------------------------------------------------
    def get_many(self, keys: Iterable[str]) -> dict[str, bytes]:
        keys = list(dict.fromkeys(keys))
        conn = self._connect()
        if conn is None or not keys:
            return {}
        found: dict[str, bytes] = {}
        try:
            for i in range(0, len(keys), 500):
                chunk = keys[i:i + 500]
                marks = ",".join("?" * len(chunk))
                for key, value in conn.execute(f"SELECT key, value FROM results WHERE key IN ({marks})", chunk):
                    found[key] = value
        except (sqlite3.Error, OSError) as err:
            if self._rebuild(err):
                return {}
            self._fail("read", err)
            return {}
        return found

    def put_many(self, rows: Iterable[tuple[str, bytes]]) -> None:
        rows = list(rows)
        if not rows or self.readonly:
            return
        conn = self._connect()
        if conn is None:
            return
        try:
            conn.execute("BEGIN IMMEDIATE")
            try:
                now = time.time()
                conn.executemany("INSERT OR REPLACE INTO results VALUES (?, ?, ?)", [(k, v, now) for k, v in rows])
                conn.execute("COMMIT")
            except BaseException:
                conn.execute("ROLLBACK")
                raise
        except (sqlite3.Error, OSError) as err:
            self._fail("write", err)


def info(cache_dir: Optional[os.PathLike | str] = None) -> dict:
    """{"path", "exists", "entries", "bytes"} of the cache (entries None when unreadable)."""
    path = cache_path(cache_dir)
    size = sum(p.stat().st_size for p in (path, Path(f"{path}-wal"), Path(f"{path}-shm")) if p.exists())
    entries: Optional[int] = None
    error = None
    if path.exists():
        try:
            conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=BUSY_TIMEOUT)
            try:
                entries = conn.execute("SELECT count(*) FROM results").fetchone()[0]
            finally:
                conn.close()
        except sqlite3.Error as err:
            error = str(err)
    else:
        entries = 0
    return {"path": str(path), "exists": path.exists(), "entries": entries, "bytes": size, "error": error}


def _is_corruption(err: BaseException) -> bool:
    """SQLite's 'file is not a database' / 'database disk image is malformed' (plain
    DatabaseError), as opposed to a lock, a read-only file or a full disk (OperationalError)."""
    return type(err) is sqlite3.DatabaseError


def _remove_files(path: Path) -> int:
    """Remove the cache file and its WAL/journal files, whatever each turned out to be (a
    folder where the file should be is removed too). Returns the bytes freed."""
    import shutil

    freed = 0
    for p in (path, Path(f"{path}-wal"), Path(f"{path}-shm"), Path(f"{path}-journal")):
        try:
            st = p.lstat()
        except (FileNotFoundError, NotADirectoryError):
            continue
        if p.is_dir() and not p.is_symlink():
            freed += sum(f.stat().st_size for f in p.rglob("*") if f.is_file() and not f.is_symlink())
            shutil.rmtree(p)
        else:
            freed += st.st_size
            p.unlink()
    return freed


def clear(cache_dir: Optional[os.PathLike | str] = None) -> int:
    """Delete the cache file (and its WAL files). Returns the bytes freed. Raises OSError (with
    the path) when a file cannot be removed."""
    return _remove_files(cache_path(cache_dir))
