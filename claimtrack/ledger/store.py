"""The ledger's storage seam: one protocol, a SQLite and a PostgreSQL implementation.

Everything that reads or writes the ledger goes through `LedgerStore`. Both stores run the
same portable SQL (`SQLLedger`); they differ only in how they connect, keep the schema
version and serialise writers.

What is stored grows linearly with the documents: each document version, its claims and
actors, and diff's alignment of the pairs of documents the latest read of facts compared (each
document with at most ten others: claimtrack.ledger.aligned), kept so that the next read runs
diff only on pairs whose records changed. Filing a document reads no other document, so
`track add` costs the same on an empty ledger as on a large one.

Each document is filed in one transaction: a writer killed mid-way leaves nothing of that
document, and concurrent writers are serialised (SQLite: BEGIN IMMEDIATE with a busy
timeout; PostgreSQL: a transaction-scoped advisory lock), each transaction retried whole when
the database reports it busy. A document another writer filed meanwhile counts as unchanged.

Here: the protocol, the two databases and `open_ledger`. The shared SQL is `ledger/sql.py`,
the migrations `ledger/schema.py`.
"""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path
from typing import Callable, Iterator, Optional, Protocol, Sequence, TypeVar

from ..models import DocumentResult
from .schema import MIGRATIONS, pg_ddl
from .sql import WRITE_ATTEMPTS, AddOutcome, SQLLedger, StoredDocument

__all__ = ["MIGRATIONS", "AddOutcome", "ForeignDatabase", "LedgerStore", "MissingExtra", "PostgresLedger",
           "SQLLedger", "SQLiteLedger", "StoredDocument", "open_ledger"]

T = TypeVar("T")

#: Seconds a SQLite writer waits for another writer's lock before a retry.
BUSY_TIMEOUT = 30.0


class LedgerStore(Protocol):
    """What the ledger needs from a database. SQLite and PostgreSQL implement it."""

    location: str

    def add(self, result: DocumentResult) -> AddOutcome: ...

    def documents(self, *, current_only: bool = True) -> list[StoredDocument]: ...

    def results(self, *, current_only: bool = True, names: Optional[Sequence[str]] = None) -> Iterator[DocumentResult]: ...

    def actor_records(self) -> list[dict]: ...

    def alignments(self, rules: str) -> dict[tuple[str, str], bytes]: ...

    def save_alignments(self, rules: str, new: dict[tuple[str, str], bytes], keep: set) -> bool: ...

    def counts(self) -> dict[str, int]: ...

    def dump(self) -> dict: ...

    def schema_version(self) -> int: ...

    def close(self) -> None: ...

    def __enter__(self) -> "LedgerStore": ...

    def __exit__(self, *exc) -> None: ...


class SQLiteLedger(SQLLedger):
    """The ledger in one SQLite file; the schema is created and migrated on open."""

    def __init__(self, path: str | Path):
        self.path = self.location = str(path)
        # Autocommit mode: transactions are opened explicitly (BEGIN IMMEDIATE for writes).
        self.conn = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT, isolation_level=None)
        try:
            self._refuse_foreign()
        except BaseException:
            self.conn.close()
            raise
        self.conn.execute("PRAGMA foreign_keys = ON")
        self._retry_plain(lambda: self.conn.execute("PRAGMA journal_mode = WAL"))
        # In WAL mode, NORMAL syncs at checkpoints rather than at every commit: a killed process
        # loses nothing it committed and the file cannot be corrupted; only a power cut may lose
        # the last documents filed (re-adding files them again). Filing is then not bound by
        # one disk flush per document.
        self.conn.execute("PRAGMA synchronous = NORMAL")
        self._migrate()

    def _refuse_foreign(self) -> None:
        """Another application's SQLite file never gains the ledger's tables: a file with tables
        is a ledger only if it has the ledger's `documents` table and a schema version."""
        tables = [r[0] for r in self.conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
        if not tables:
            return  # a new (or empty) file: it becomes a ledger
        if "documents" in tables and self.schema_version() > 0:
            return
        shown = ", ".join(tables[:5]) + (f" and {len(tables) - 5} more" if len(tables) > 5 else "")
        raise ForeignDatabase(
            f"{self.path} is not a claimtrack ledger but another application's SQLite database "
            f"(tables: {shown}); it was left unchanged: choose another --db file"
        )

    def _retry_plain(self, fn: Callable[[], T]) -> T:
        for attempt in range(WRITE_ATTEMPTS):
            try:
                return fn()
            except sqlite3.OperationalError as err:
                if attempt + 1 >= WRITE_ATTEMPTS or not self._retryable(err):
                    raise
                time.sleep(0.05 * 2 ** attempt)
        raise AssertionError("unreachable")

    def _begin_write(self) -> None:
        self.conn.execute("BEGIN IMMEDIATE")

    def _retryable(self, err: BaseException) -> bool:
        return isinstance(err, sqlite3.OperationalError) and any(
            w in str(err).lower() for w in ("locked", "busy"))

    def _read_only(self, err: BaseException) -> bool:
        return isinstance(err, sqlite3.OperationalError) and "readonly" in str(err).lower().replace("-", "")

    def schema_version(self) -> int:
        return int(self.conn.execute("PRAGMA user_version").fetchone()[0])

    def _set_schema_version(self, version: int) -> None:
        self.conn.execute(f"PRAGMA user_version = {int(version)}")

    def integrity(self) -> str:
        return str(self.conn.execute("PRAGMA integrity_check").fetchone()[0])


#: Advisory lock key of the ledger's writers (any fixed number; 'ct17' in ASCII).
_PG_WRITE_LOCK = 0x63743137


class PostgresLedger(SQLLedger):
    """The ledger in a PostgreSQL database (`postgresql://user@host/db`), with the same schema
    versions, migrations and results as SQLite. Needs psycopg 3 (`pip install claimtrack[postgres]`)."""

    def __init__(self, dsn: str):
        try:
            import psycopg
        except ImportError as err:
            raise MissingExtra(
                "PostgreSQL ledgers need psycopg: pip install 'claimtrack[postgres]'") from err
        self._psycopg = psycopg
        self.location = redacted_dsn(dsn)
        self.conn = psycopg.connect(dsn, autocommit=True)
        self._migrate()

    def _sql(self, sql: str) -> str:
        return sql.replace("?", "%s")

    def _ddl(self, script: str) -> list[str]:
        return [pg_ddl(s) for s in super()._ddl(script)]

    def _begin_write(self) -> None:
        # one round trip: a simple query of two statements (no parameters)
        self.conn.execute(f"BEGIN; SELECT pg_advisory_xact_lock({int(_PG_WRITE_LOCK)})")

    def _pipeline(self):
        return self.conn.pipeline()

    def _retryable(self, err: BaseException) -> bool:
        errors = self._psycopg.errors
        return isinstance(err, (errors.SerializationFailure, errors.DeadlockDetected, errors.LockNotAvailable))

    def _read_only(self, err: BaseException) -> bool:
        errors = self._psycopg.errors
        return isinstance(err, (errors.ReadOnlySqlTransaction, errors.InsufficientPrivilege))

    def schema_version(self) -> int:
        # A plain query of the catalog (not to_regclass, whose cache may predate the lock a
        # migrating writer waited for) sees a table another writer has just created.
        exists = self._q("SELECT EXISTS (SELECT 1 FROM pg_catalog.pg_tables WHERE schemaname = current_schema() "
                         "AND tablename = 'ledger_schema')").fetchone()[0]
        if not exists:
            return 0
        row = self._q("SELECT MAX(version) FROM ledger_schema").fetchone()
        return int(row[0] or 0)

    def _set_schema_version(self, version: int) -> None:
        self._q("CREATE TABLE IF NOT EXISTS ledger_schema (version BIGINT NOT NULL)")
        self._q("DELETE FROM ledger_schema")
        self._q("INSERT INTO ledger_schema (version) VALUES (?)", (version,))

    def _many(self, sql: str, rows: list) -> None:
        if rows:
            with self.conn.cursor() as cur:
                cur.executemany(self._sql(sql), rows)


class ForeignDatabase(RuntimeError):
    """The file named as the ledger is another application's database: refused, left unchanged."""


class MissingExtra(RuntimeError):
    """An optional dependency is not installed: the message says which extra to install."""


def redacted_dsn(dsn: str) -> str:
    """A connection string without its password, for messages."""
    import re

    return re.sub(r"(://[^:/@]+):[^@]*@", r"\1:***@", dsn)


def open_ledger(location: str | Path) -> LedgerStore:
    """Open (creating and migrating) the ledger at `location`: a SQLite file path, or a
    `postgresql://` connection string for a PostgreSQL database."""
    location = str(location)
    if location.startswith(("postgres://", "postgresql://")):
        return PostgresLedger(location)
    return SQLiteLedger(location)
