"""The ledger's storage seam: one protocol, one SQLite implementation.

Everything that reads or writes the ledger goes through `LedgerStore`, so a server database
(PostgreSQL) can replace SQLite by implementing the same methods (see README, "Fact tracking").
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterator, Optional, Protocol, Sequence

from ..models import Claim, DocumentInfo, DocumentResult

#: Ordered migrations: index + 1 is the schema version each one brings the database to.
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
    # v2: the diff's pairwise matches between document versions, the edges facts are built from.
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
)


def _key(name: str):
    """A document name as stored: itself, or (a name that is not valid UTF-8, i.e. holds lone
    surrogates, e.g. a non-UTF-8 file name) its bytes as a BLOB, which SQLite keeps exactly and
    which never equals any text name."""
    try:
        name.encode("utf-8")
        return name
    except UnicodeEncodeError:
        return name.encode("utf-8", "surrogatepass")


def _name(value) -> str:
    return value.decode("utf-8", "surrogatepass") if isinstance(value, bytes) else value


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


class LedgerStore(Protocol):
    """What the ledger needs from a database. SQLite implements it; PostgreSQL could."""

    def add(self, result: DocumentResult) -> AddOutcome: ...

    def documents(self, *, current_only: bool = True) -> list[StoredDocument]: ...

    def results(self, *, current_only: bool = True) -> Iterator[DocumentResult]: ...

    def add_matches(self, a_name: str, b_name: str, matches: Sequence) -> None: ...

    def matches(self) -> list[dict]: ...

    def schema_version(self) -> int: ...

    def close(self) -> None: ...


class SQLiteLedger:
    """The ledger in one SQLite file; the schema is created and migrated on open."""

    def __init__(self, path: str | Path):
        self.path = str(path)
        self.conn = sqlite3.connect(self.path)
        self.conn.execute("PRAGMA foreign_keys = ON")
        self.conn.execute("PRAGMA journal_mode = WAL")
        self._migrate()

    # -- schema -----------------------------------------------------------------------------
    def schema_version(self) -> int:
        return int(self.conn.execute("PRAGMA user_version").fetchone()[0])

    def _migrate(self) -> None:
        version = self.schema_version()
        if version > len(MIGRATIONS):
            raise RuntimeError(
                f"ledger {self.path} has schema version {version}, newer than this claimtrack "
                f"understands ({len(MIGRATIONS)}): upgrade claimtrack"
            )
        for number, script in enumerate(MIGRATIONS[version:], start=version + 1):
            self.conn.executescript(f"BEGIN; {script}; PRAGMA user_version = {number}; COMMIT;")

    # -- writing ----------------------------------------------------------------------------
    def add(self, result: DocumentResult) -> AddOutcome:
        """File one document's records. The same text again changes nothing; a changed text
        under the same name becomes a new version and the old one is kept (not current)."""
        info = result.document
        with self.conn:
            same = self.conn.execute(
                "SELECT version FROM documents WHERE name = ? AND sha256 = ? ORDER BY version DESC LIMIT 1",
                (_key(info.doc), info.sha256),
            ).fetchone()
            if same is not None:
                return AddOutcome(info.doc, "unchanged", same[0])
            latest = self.conn.execute(
                "SELECT MAX(version) FROM documents WHERE name = ?", (_key(info.doc),)
            ).fetchone()[0]
            version = (latest or 0) + 1
            self.conn.execute("UPDATE documents SET current = 0 WHERE name = ?", (_key(info.doc),))
            stored_info = info.model_copy(update={"text": None})
            cur = self.conn.execute(
                "INSERT INTO documents (name, version, sha256, title, url, source, published, "
                "published_source, added_at, current, info) VALUES (?,?,?,?,?,?,?,?,?,1,?)",
                (
                    _key(info.doc), version, info.sha256, info.title, info.url, info.source, info.published,
                    info.published_source, datetime.now(timezone.utc).isoformat(timespec="seconds"),
                    _dump(stored_info),
                ),
            )
            doc_id = cur.lastrowid
            for actor in info.actors:
                self.conn.execute(
                    "INSERT OR IGNORE INTO actors (id, name, type) VALUES (?,?,?)", (actor.id, actor.name, actor.type)
                )
                self.conn.executemany(
                    "INSERT OR IGNORE INTO actor_aliases (actor_id, alias) VALUES (?,?)",
                    [(actor.id, alias) for alias in {actor.name, *actor.aliases}],
                )
            self.conn.executemany(
                'INSERT INTO claims (id, document_id, kind, start, "end", text, record) VALUES (?,?,?,?,?,?,?)',
                [(c.id, doc_id, c.kind, c.start, c.end, c.text, _dump(c)) for c in result.claims],
            )
            self.conn.executemany(
                "INSERT OR IGNORE INTO claim_actors (document_id, claim_id, actor_id) VALUES (?,?,?)",
                [(doc_id, c.id, a) for c in result.claims for a in c.actors],
            )
        return AddOutcome(info.doc, "new" if version == 1 else "new-version", version)

    def add_matches(self, a_name: str, b_name: str, matches: Sequence) -> None:
        """Store the diff's matches between the current versions of two documents."""
        ids = {}
        for name in (a_name, b_name):
            row = self.conn.execute("SELECT id FROM documents WHERE name = ? AND current = 1", (_key(name),)).fetchone()
            if row is None:
                raise KeyError(f"no current document {name!r} in the ledger")
            ids[name] = row[0]
        with self.conn:
            self.conn.executemany(
                "INSERT INTO matches VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                [
                    (ids[a_name], ids[b_name], m.status, m.relation, m.kind, m.about, m.reason, m.score,
                     m.a.claim, m.a.start, m.a.end, m.a.text, m.b.claim, m.b.start, m.b.end, m.b.text)
                    for m in matches
                ],
            )

    # -- reading ----------------------------------------------------------------------------
    def matches(self) -> list[dict]:
        """Matches between current document versions, with both documents' names."""
        cur = self.conn.execute(
            "SELECT da.name, db.name, m.* FROM matches m "
            "JOIN documents da ON da.id = m.a_doc JOIN documents db ON db.id = m.b_doc "
            "WHERE da.current = 1 AND db.current = 1 ORDER BY da.name, db.name, m.a_start, m.b_start"
        )
        cols = ["a", "b"] + [d[0] for d in cur.description[2:]]
        return [dict(zip(cols, (_name(row[0]), _name(row[1]), *row[2:]))) for row in cur.fetchall()]

    def documents(self, *, current_only: bool = True) -> list[StoredDocument]:
        sql = ("SELECT id, name, version, sha256, published, source, url, title, added_at, current "
               "FROM documents")
        if current_only:
            sql += " WHERE current = 1"
        rows = self.conn.execute(sql + " ORDER BY name, version").fetchall()
        return [StoredDocument(row[0], _name(row[1]), *row[2:-1], bool(row[-1])) for row in rows]

    def results(self, *, current_only: bool = True, names: Optional[Sequence[str]] = None) -> Iterator[DocumentResult]:
        """The stored records, one DocumentResult per document version, by name."""
        for doc in self.documents(current_only=current_only):
            if names is not None and doc.name not in names:
                continue
            info_json = self.conn.execute("SELECT info FROM documents WHERE id = ?", (doc.id,)).fetchone()[0]
            claims = [
                _load(Claim, rec)
                for (rec,) in self.conn.execute(
                    'SELECT record FROM claims WHERE document_id = ? ORDER BY start, "end", id', (doc.id,)
                )
            ]
            yield DocumentResult(document=_load(DocumentInfo, info_json), claims=claims)

    def counts(self) -> dict[str, int]:
        q = self.conn.execute
        return {
            "documents": q("SELECT COUNT(*) FROM documents WHERE current = 1").fetchone()[0],
            "versions": q("SELECT COUNT(*) FROM documents").fetchone()[0],
            "claims": q("SELECT COUNT(*) FROM claims c JOIN documents d ON d.id = c.document_id WHERE d.current = 1").fetchone()[0],
            "actors": q("SELECT COUNT(*) FROM actors").fetchone()[0],
        }

    def dump(self) -> dict:
        """The whole ledger as plain data (for JSON export)."""
        return {
            "schema": "claimtrack/ledger/v1",
            "schema_version": self.schema_version(),
            "documents": [
                {**json.loads(self.conn.execute("SELECT info FROM documents WHERE id = ?", (d.id,)).fetchone()[0]),
                 "version": d.version, "current": d.current, "added_at": d.added_at}
                for d in self.documents(current_only=False)
            ],
            "claims": [
                {**json.loads(rec), "version": version}
                for rec, version in self.conn.execute(
                    'SELECT c.record, d.version FROM claims c JOIN documents d ON d.id = c.document_id '
                    'ORDER BY d.name, d.version, c.start, c."end", c.id'
                )
            ],
        }

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> "SQLiteLedger":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def open_ledger(location: str | Path) -> LedgerStore:
    """Open (creating and migrating) the ledger at `location`: a SQLite file path today."""
    location = str(location)
    if location.startswith(("postgres://", "postgresql://")):
        raise NotImplementedError(
            "PostgreSQL ledgers are not implemented yet: implement LedgerStore in claimtrack/ledger/"
        )
    return SQLiteLedger(location)
