"""The ledger's storage seam: one protocol, a SQLite and a PostgreSQL implementation.

Everything that reads or writes the ledger goes through `LedgerStore`. Both stores run the
same portable SQL (`SQLLedger`); they differ only in how they connect, keep the schema
version and serialise writers.

What is stored grows linearly with the documents: each document version, its claims and
actors, and its *fact memberships* (claimtrack.ledger.grouping: each comparable mention with
the key of the fact it states). No pairwise matches are stored, and filing a document reads
no other document, so `track add` costs the same on an empty ledger as on a large one.

Each document is filed in one transaction: a writer killed mid-way leaves nothing of that
document, and concurrent writers are serialised (SQLite: BEGIN IMMEDIATE with a busy
timeout; PostgreSQL: a transaction-scoped advisory lock), each transaction retried whole when
the database reports it busy. A document another writer filed meanwhile counts as unchanged.
"""

from __future__ import annotations

import contextlib
import json
import random
import sqlite3
import time
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable, Iterator, Optional, Protocol, Sequence, TypeVar

from ..models import Claim, DocumentInfo, DocumentResult
from . import grouping

T = TypeVar("T")

#: Ordered migrations (SQLite dialect; PostgreSQL runs them through `_pg_ddl`): index + 1 is the
#: schema version each one brings the database to.
MIGRATIONS: tuple[str, ...] = (
    """
    CREATE TABLE documents (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        version INTEGER NOT NULL,
        sha256 TEXT NOT NULL,
        title TEXT, url TEXT, source TEXT,
        published TEXT, published_source TEXT,
        added_at TEXT NOT NULL,
        current INTEGER NOT NULL DEFAULT 1,
        info TEXT NOT NULL,
        UNIQUE (name, version)
    );
    CREATE INDEX documents_sha ON documents (sha256);
    CREATE TABLE actors (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        type TEXT NOT NULL
    );
    CREATE TABLE actor_aliases (
        actor_id TEXT NOT NULL REFERENCES actors (id),
        alias TEXT NOT NULL,
        PRIMARY KEY (actor_id, alias)
    );
    CREATE TABLE claims (
        id TEXT NOT NULL,
        document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
        kind TEXT NOT NULL,
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL,
        text TEXT NOT NULL,
        record TEXT NOT NULL,
        PRIMARY KEY (document_id, id)
    );
    CREATE TABLE claim_actors (
        document_id INTEGER NOT NULL,
        claim_id TEXT NOT NULL,
        actor_id TEXT NOT NULL,
        PRIMARY KEY (document_id, claim_id, actor_id)
    );
    CREATE INDEX claim_actors_actor ON claim_actors (actor_id);
    """,
    # v2: the diff's pairwise matches between document versions (dropped in v3).
    """
    CREATE TABLE matches (
        a_doc INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
        b_doc INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
        status TEXT NOT NULL,
        relation TEXT NOT NULL,
        kind TEXT NOT NULL,
        about TEXT NOT NULL,
        reason TEXT NOT NULL,
        score REAL NOT NULL,
        a_claim TEXT NOT NULL, a_start INTEGER NOT NULL, a_end INTEGER NOT NULL, a_text TEXT NOT NULL,
        b_claim TEXT NOT NULL, b_start INTEGER NOT NULL, b_end INTEGER NOT NULL, b_text TEXT NOT NULL
    );
    CREATE INDEX matches_a ON matches (a_doc);
    CREATE INDEX matches_b ON matches (b_doc);
    """,
    # v3: fact membership instead of pairwise matches (quadratic in the documents). Memberships
    # are derived from the claims (claimtrack.ledger.grouping); `ledger_meta` records which
    # grouping rules derived them, so a change of rules re-derives them.
    """
    DROP TABLE matches;
    CREATE TABLE fact_members (
        document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
        fact_key TEXT NOT NULL,
        kind TEXT NOT NULL,
        claim_id TEXT NOT NULL,
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL,
        text TEXT NOT NULL,
        data TEXT NOT NULL,
        PRIMARY KEY (document_id, fact_key, start, "end")
    );
    CREATE INDEX fact_members_key ON fact_members (fact_key);
    CREATE TABLE ledger_meta (
        name TEXT PRIMARY KEY,
        value TEXT NOT NULL
    );
    """,
    # v4: the file each document was read from, so that two files sharing a name (siteA/story.txt
    # and siteB/story.txt, added in two runs) are two documents, not versions of one.
    """
    ALTER TABLE documents ADD COLUMN origin TEXT;
    """,
    # v5: no index on fact keys. Facts are read by one scan grouped by key, which needs none,
    # and keys are digests, so every document's memberships landed on random pages of that
    # index: filing got slower as the ledger grew (100 documents took 1.26x the CPU and 1.7x
    # the time on a 2,000-document ledger with it, 1.17x and 1.0x without).
    """
    DROP INDEX fact_members_key;
    """,
)

#: How often a transaction is retried whole when the database stays busy past its timeout.
WRITE_ATTEMPTS = 8
#: Seconds a SQLite writer waits for another writer's lock before a retry.
BUSY_TIMEOUT = 30.0


#: Marks a stored name that is escaped (see `_key`): a noncharacter no real name starts with.
_ESCAPED = "\ufffe"


def _key(name: str) -> str:
    """A document name as stored. A name that is not valid UTF-8 (lone surrogates: a non-UTF-8
    file name) cannot be stored as text: it is kept as a marked JSON string literal, which maps
    back to exactly the same name (`_name`) and never equals a plain name."""
    try:
        name.encode("utf-8")
        if not name.startswith(_ESCAPED):
            return name
    except UnicodeEncodeError:
        pass
    return _ESCAPED + json.dumps(name)


def _name(value: str) -> str:
    return json.loads(value[1:]) if isinstance(value, str) and value.startswith(_ESCAPED) else value


def _dump(model) -> str:
    """A record as JSON text; lone surrogates (a non-UTF-8 file name) become JSON escapes."""
    try:
        return model.model_dump_json()
    except ValueError:  # pydantic cannot write lone surrogates as UTF-8
        return json.dumps(model.model_dump(mode="json"), ensure_ascii=True)


def _load(cls, text: str):
    if "\\ud" in text:  # JSON escapes of lone surrogates: pydantic's parser refuses them
        return cls.model_validate(json.loads(text))
    return cls.model_validate_json(text)


@dataclass(frozen=True)
class AddOutcome:
    """What adding one document did: 'new', 'unchanged' or 'new-version'."""

    name: str
    status: str
    version: int


@dataclass(frozen=True)
class StoredDocument:
    id: int
    name: str
    version: int
    sha256: str
    published: Optional[str]
    source: Optional[str]
    url: Optional[str]
    title: Optional[str]
    added_at: str
    current: bool


@dataclass(frozen=True)
class MemberRow:
    """One stored fact membership of a current document (see claimtrack.ledger.grouping)."""

    key: str
    kind: str
    doc: str
    claim: str
    start: int
    end: int
    text: str
    data: dict
    published: Optional[str]
    source: Optional[str]
    url: Optional[str]


class LedgerStore(Protocol):
    """What the ledger needs from a database. SQLite and PostgreSQL implement it."""

    location: str

    def add(self, result: DocumentResult) -> AddOutcome: ...

    def documents(self, *, current_only: bool = True) -> list[StoredDocument]: ...

    def results(self, *, current_only: bool = True, names: Optional[Sequence[str]] = None) -> Iterator[DocumentResult]: ...

    def fact_members(self) -> list[MemberRow]: ...

    def counts(self) -> dict[str, int]: ...

    def dump(self) -> dict: ...

    def schema_version(self) -> int: ...

    def close(self) -> None: ...

    def __enter__(self) -> "LedgerStore": ...

    def __exit__(self, *exc) -> None: ...


def _path_name(origin: str, name: str, *, relative: bool) -> str:
    """The name of a document read from file `origin`: the file's path (relative to the working
    folder when `relative` and inside it), plus the record part of `name` ('#12') if any."""
    import os

    path = origin
    if relative:
        rel = os.path.relpath(origin)
        if not rel.startswith(".."):
            path = rel
    path = path.replace(os.sep, "/")
    suffix = ""
    for i, ch in enumerate(name):
        if ch == "#" and (origin.replace(os.sep, "/").endswith("/" + name[:i]) or origin.endswith(name[:i])):
            suffix = name[i:]
            break
    return path + suffix


def _json_text(data) -> str:
    text = json.dumps(data, ensure_ascii=False, sort_keys=True)
    try:
        text.encode("utf-8")
        return text
    except UnicodeEncodeError:  # lone surrogates (a non-UTF-8 file name): JSON escapes instead
        return json.dumps(data, ensure_ascii=True, sort_keys=True)


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


class SQLLedger:
    """The ledger's SQL, written once for both databases (`?` placeholders, standard upserts).

    Subclasses connect, keep the schema version, open write transactions (`_begin_write`) and
    name the errors after which a transaction is retried (`_retryable`).
    """

    location: str
    conn: object

    # -- dialect hooks ------------------------------------------------------------------------
    def _sql(self, sql: str) -> str:
        return sql

    def _begin_write(self) -> None:
        raise NotImplementedError

    def _retryable(self, err: BaseException) -> bool:
        return False

    def _set_schema_version(self, version: int) -> None:
        raise NotImplementedError

    def schema_version(self) -> int:
        raise NotImplementedError

    def _ddl(self, script: str) -> list[str]:
        return [s.strip() for s in script.split(";") if s.strip()]

    # -- plumbing -----------------------------------------------------------------------------
    def _q(self, sql: str, params: Sequence = ()):
        return self.conn.execute(self._sql(sql), params)

    def _many(self, sql: str, rows: list) -> None:
        if rows:
            self.conn.cursor().executemany(self._sql(sql), rows)

    def _write(self, fn: Callable[[], T]) -> T:
        """Run `fn` in one write transaction, retried whole while the database is busy."""
        for attempt in range(WRITE_ATTEMPTS):
            try:
                self._begin_write()
                try:
                    out = fn()
                except BaseException:
                    self._rollback()
                    raise
                self._commit()
                return out
            except Exception as err:
                if attempt + 1 >= WRITE_ATTEMPTS or not self._retryable(err):
                    raise
                time.sleep(min(2.0, 0.05 * 2 ** attempt) * (0.5 + random.random()))
        raise AssertionError("unreachable")

    def _commit(self) -> None:
        self._q("COMMIT")

    def _rollback(self) -> None:
        try:
            self._q("ROLLBACK")
        except Exception:  # no transaction left to roll back (the error ended it)
            pass

    # -- schema -------------------------------------------------------------------------------
    def _migrate(self) -> None:
        version = self.schema_version()
        if version > len(MIGRATIONS):
            raise RuntimeError(
                f"ledger {self.location} has schema version {version}, newer than this claimtrack "
                f"understands ({len(MIGRATIONS)}): upgrade claimtrack"
            )
        if version < len(MIGRATIONS) or self._grouping() != grouping.GROUPING_VERSION:
            self._write(self._upgrade)

    def _upgrade(self) -> None:
        """Inside a write transaction: migrate (re-reading the version another writer may have
        raised meanwhile), then re-derive fact memberships if the grouping rules changed."""
        version = self.schema_version()
        for number, script in enumerate(MIGRATIONS[version:], start=version + 1):
            for statement in self._ddl(script):
                self._q(statement)
            self._set_schema_version(number)
        if self._grouping() != grouping.GROUPING_VERSION:
            self._q("DELETE FROM fact_members")
            rows = self._q("SELECT id FROM documents WHERE current = 1").fetchall()
            for (doc_id,) in rows:
                self._file_members(doc_id, self._result(doc_id))
            self._q("DELETE FROM ledger_meta WHERE name = 'grouping'")
            self._q("INSERT INTO ledger_meta (name, value) VALUES ('grouping', ?)", (grouping.GROUPING_VERSION,))

    def _grouping(self) -> Optional[str]:
        if self.schema_version() < 3:
            return None
        row = self._q("SELECT value FROM ledger_meta WHERE name = 'grouping'").fetchone()
        return row[0] if row else None

    # -- writing ------------------------------------------------------------------------------
    def add(self, result: DocumentResult) -> AddOutcome:
        """File one document's records. The same text again changes nothing; a changed text
        under the same name becomes a new version and the old one is kept (not current)."""
        members = grouping.members(result)  # pure: computed before the transaction

        def work() -> AddOutcome:
            # The name is settled inside the transaction: another writer may just have filed a
            # file of the same name, and what it filed decides this document's name.
            named = self._own_name(result)
            return self._add(named, members if named is result else grouping.members(named))

        return self._write(work)

    def _own_name(self, result: DocumentResult) -> DocumentResult:
        """`result` under a name no other file holds: when the current document of that name was
        read from another file, this one is filed under its own path (relative to the working
        folder when inside it), its claim ids with it."""
        origin = result._origin
        if not origin:
            return result
        name = result.document.doc
        row = self._q("SELECT origin FROM documents WHERE name = ? AND current = 1", (_key(name),)).fetchone()
        if row is None or not row[0] or _name(row[0]) == origin:
            return result
        from ..cache import renamed

        for candidate in (_path_name(origin, name, relative=True), _path_name(origin, name, relative=False)):
            taken = self._q("SELECT origin FROM documents WHERE name = ? AND current = 1", (_key(candidate),)).fetchone()
            if candidate != name and (taken is None or _name(taken[0]) == origin):
                return renamed(result, candidate) or result
        return result

    def _add(self, result: DocumentResult, members: list) -> AddOutcome:
        info = result.document
        versions = self._q("SELECT id, version, sha256 FROM documents WHERE name = ?", (_key(info.doc),)).fetchall()
        same = [v for _, v, sha in versions if sha == info.sha256]
        if same:  # filed before, possibly a moment ago by another writer
            return AddOutcome(info.doc, "unchanged", max(same))
        latest = max(versions, key=lambda row: row[1], default=None)  # (id, version, sha256)
        version = (latest[1] if latest else 0) + 1
        if latest is not None:  # a changed text: the old version stays, not current, out of the facts
            self._q("UPDATE documents SET current = 0 WHERE name = ?", (_key(info.doc),))
            self._q("DELETE FROM fact_members WHERE document_id = ?", (latest[0],))
        stored_info = info.model_copy(update={"text": None})
        doc_id = self._q(
            "INSERT INTO documents (name, version, sha256, title, url, source, published, "
            "published_source, added_at, current, info, origin) VALUES (?,?,?,?,?,?,?,?,?,1,?,?) RETURNING id",
            (_key(info.doc), version, info.sha256, info.title, info.url, info.source, info.published,
             info.published_source, _now(), _dump(stored_info), _key(result._origin) if result._origin else None),
        ).fetchone()[0]
        with self._pipeline():
            self._insert_records(doc_id, result, members)
        return AddOutcome(info.doc, "new" if version == 1 else "new-version", version)

    def _pipeline(self):
        """A context in which statements whose answers are not read may be sent together."""
        return contextlib.nullcontext()

    def _insert_records(self, doc_id: int, result: DocumentResult, members: list) -> None:
        info = result.document
        self._many("INSERT INTO actors (id, name, type) VALUES (?,?,?) ON CONFLICT DO NOTHING",
                   [(a.id, a.name, a.type) for a in info.actors])
        self._many("INSERT INTO actor_aliases (actor_id, alias) VALUES (?,?) ON CONFLICT DO NOTHING",
                   sorted({(a.id, alias) for a in info.actors for alias in {a.name, *a.aliases}}))
        self._many('INSERT INTO claims (id, document_id, kind, start, "end", text, record) VALUES (?,?,?,?,?,?,?)',
                   [(c.id, doc_id, c.kind, c.start, c.end, c.text, _dump(c)) for c in result.claims])
        self._many("INSERT INTO claim_actors (document_id, claim_id, actor_id) VALUES (?,?,?) ON CONFLICT DO NOTHING",
                   sorted({(doc_id, c.id, a) for c in result.claims for a in c.actors}))
        self._file_members(doc_id, result, members)

    def _file_members(self, doc_id: int, result: DocumentResult, members: Optional[list] = None) -> None:
        if members is None:
            members = grouping.members(result)
        rows = {}
        for m in members:
            rows.setdefault((m.key, m.start, m.end), (doc_id, m.key, m.kind, m.claim, m.start, m.end, m.text,
                                                      _json_text(m.data)))
        self._many('INSERT INTO fact_members (document_id, fact_key, kind, claim_id, start, "end", text, data) '
                   "VALUES (?,?,?,?,?,?,?,?)", list(rows.values()))

    # -- reading ------------------------------------------------------------------------------
    def fact_members(self) -> list[MemberRow]:
        """Memberships of current documents in facts stated by two or more documents."""
        rows = self._q(
            'SELECT m.fact_key, m.kind, d.name, m.claim_id, m.start, m."end", m.text, m.data, '
            "d.published, d.source, d.url, c.text FROM fact_members m JOIN documents d ON d.id = m.document_id "
            "JOIN claims c ON c.document_id = m.document_id AND c.id = m.claim_id "
            "WHERE d.current = 1 AND m.fact_key IN (SELECT m2.fact_key FROM fact_members m2 "
            "JOIN documents d2 ON d2.id = m2.document_id WHERE d2.current = 1 "
            "GROUP BY m2.fact_key HAVING COUNT(DISTINCT d2.name) >= 2) "
        ).fetchall()
        rows.sort(key=lambda r: (r[0], r[2], r[4], r[5]))  # byte order, whatever the collation
        return [MemberRow(r[0], r[1], _name(r[2]), r[3], r[4], r[5], r[6], {**json.loads(r[7]), "sentence": r[11]},
                          r[8], r[9], r[10]) for r in rows]

    def documents(self, *, current_only: bool = True) -> list[StoredDocument]:
        sql = ("SELECT id, name, version, sha256, published, source, url, title, added_at, current "
               "FROM documents")
        if current_only:
            sql += " WHERE current = 1"
        rows = sorted(self._q(sql).fetchall(), key=lambda r: (r[1], r[2]))
        return [StoredDocument(row[0], _name(row[1]), *row[2:-1], bool(row[-1])) for row in rows]

    def _result(self, doc_id: int) -> DocumentResult:
        info_json = self._q("SELECT info FROM documents WHERE id = ?", (doc_id,)).fetchone()[0]
        claims = [
            _load(Claim, rec)
            for *_, rec in sorted(self._q('SELECT start, "end", id, record FROM claims WHERE document_id = ?',
                                          (doc_id,)).fetchall())
        ]
        return DocumentResult(document=_load(DocumentInfo, info_json), claims=claims)

    def results(self, *, current_only: bool = True, names: Optional[Sequence[str]] = None) -> Iterator[DocumentResult]:
        """The stored records, one DocumentResult per document version, by name."""
        for doc in self.documents(current_only=current_only):
            if names is not None and doc.name not in names:
                continue
            yield self._result(doc.id)

    def counts(self) -> dict[str, int]:
        def one(sql: str) -> int:
            return int(self._q(sql).fetchone()[0])

        return {
            "documents": one("SELECT COUNT(*) FROM documents WHERE current = 1"),
            "versions": one("SELECT COUNT(*) FROM documents"),
            "claims": one("SELECT COUNT(*) FROM claims c JOIN documents d ON d.id = c.document_id WHERE d.current = 1"),
            "actors": one("SELECT COUNT(*) FROM actors"),
        }

    def dump(self) -> dict:
        """The whole ledger as plain data (for JSON export)."""
        infos = dict(self._q("SELECT id, info FROM documents").fetchall())
        return {
            "schema": "claimtrack/ledger/v1",
            "schema_version": self.schema_version(),
            "documents": [
                {**json.loads(infos[d.id]), "version": d.version, "current": d.current, "added_at": d.added_at}
                for d in self.documents(current_only=False)
            ],
            "claims": [
                {**json.loads(rec), "version": version}
                for *_, rec, version in sorted(self._q(
                    'SELECT d.name, d.version, c.start, c."end", c.id, c.record, d.version FROM claims c '
                    "JOIN documents d ON d.id = c.document_id"
                ).fetchall())
            ],
        }

    def close(self) -> None:
        self.conn.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self.close()


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

    def schema_version(self) -> int:
        return int(self.conn.execute("PRAGMA user_version").fetchone()[0])

    def _set_schema_version(self, version: int) -> None:
        self.conn.execute(f"PRAGMA user_version = {int(version)}")

    def integrity(self) -> str:
        return str(self.conn.execute("PRAGMA integrity_check").fetchone()[0])


def _pg_ddl(statement: str) -> str:
    """A migration statement of MIGRATIONS in PostgreSQL's dialect."""
    s = statement.replace("id INTEGER PRIMARY KEY", "id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY")
    return s.replace("INTEGER", "BIGINT").replace(" REAL ", " DOUBLE PRECISION ")


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
        self.location = _redact(dsn)
        self.conn = psycopg.connect(dsn, autocommit=True)
        self._migrate()

    def _sql(self, sql: str) -> str:
        return sql.replace("?", "%s")

    def _ddl(self, script: str) -> list[str]:
        return [_pg_ddl(s) for s in super()._ddl(script)]

    def _begin_write(self) -> None:
        # one round trip: a simple query of two statements (no parameters)
        self.conn.execute(f"BEGIN; SELECT pg_advisory_xact_lock({int(_PG_WRITE_LOCK)})")

    def _pipeline(self):
        return self.conn.pipeline()

    def _retryable(self, err: BaseException) -> bool:
        errors = self._psycopg.errors
        return isinstance(err, (errors.SerializationFailure, errors.DeadlockDetected, errors.LockNotAvailable))

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


def _redact(dsn: str) -> str:
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
