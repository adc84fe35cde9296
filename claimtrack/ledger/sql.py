"""The ledger's SQL, written once for SQLite and PostgreSQL: filing a document (in one write
transaction, retried whole while the database is busy), migrating, and reading records, facts
and counts back. The stored names and records, and the rows handed to callers, are here too."""

from __future__ import annotations

import contextlib
import json
import random
import time
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Callable, Iterator, Optional, Sequence, TypeVar

from ..models import Claim, DocumentInfo, DocumentResult
from .schema import MIGRATIONS

T = TypeVar("T")

#: How often a transaction is retried whole when the database stays busy past its timeout.
WRITE_ATTEMPTS = 8


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
        if version < len(MIGRATIONS):
            self._write(self._upgrade)

    def _upgrade(self) -> None:
        """Inside a write transaction: migrate (re-reading the version another writer may have
        raised meanwhile)."""
        version = self.schema_version()
        for number, script in enumerate(MIGRATIONS[version:], start=version + 1):
            for statement in self._ddl(script):
                self._q(statement)
            self._set_schema_version(number)

    # -- writing ------------------------------------------------------------------------------
    def add(self, result: DocumentResult) -> AddOutcome:
        """File one document's records. The same text again changes nothing; a changed text
        under the same name becomes a new version and the old one is kept (not current)."""
        def work() -> AddOutcome:
            # The name is settled inside the transaction: another writer may just have filed a
            # file of the same name, and what it filed decides this document's name.
            return self._add(self._own_name(result))

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

    def _add(self, result: DocumentResult) -> AddOutcome:
        info = result.document
        versions = self._q("SELECT id, version, sha256 FROM documents WHERE name = ?", (_key(info.doc),)).fetchall()
        same = [v for _, v, sha in versions if sha == info.sha256]
        if same:  # filed before, possibly a moment ago by another writer
            return AddOutcome(info.doc, "unchanged", max(same))
        latest = max(versions, key=lambda row: row[1], default=None)  # (id, version, sha256)
        version = (latest[1] if latest else 0) + 1
        if latest is not None:  # a changed text: the old version stays, not current, out of the facts
            self._q("UPDATE documents SET current = 0 WHERE name = ?", (_key(info.doc),))
        stored_info = info.model_copy(update={"text": None})
        doc_id = self._q(
            "INSERT INTO documents (name, version, sha256, title, url, source, published, "
            "published_source, added_at, current, info, origin) VALUES (?,?,?,?,?,?,?,?,?,1,?,?) RETURNING id",
            (_key(info.doc), version, info.sha256, info.title, info.url, info.source, info.published,
             info.published_source, _now(), _dump(stored_info), _key(result._origin) if result._origin else None),
        ).fetchone()[0]
        with self._pipeline():
            self._insert_records(doc_id, result)
        return AddOutcome(info.doc, "new" if version == 1 else "new-version", version)

    def _pipeline(self):
        """A context in which statements whose answers are not read may be sent together."""
        return contextlib.nullcontext()

    def _insert_records(self, doc_id: int, result: DocumentResult) -> None:
        info = result.document
        self._many("INSERT INTO actors (id, name, type) VALUES (?,?,?) ON CONFLICT DO NOTHING",
                   [(a.id, a.name, a.type) for a in info.actors])
        self._many("INSERT INTO actor_aliases (actor_id, alias) VALUES (?,?) ON CONFLICT DO NOTHING",
                   sorted({(a.id, alias) for a in info.actors for alias in {a.name, *a.aliases}}))
        self._many('INSERT INTO claims (id, document_id, kind, start, "end", text, record) VALUES (?,?,?,?,?,?,?)',
                   [(c.id, doc_id, c.kind, c.start, c.end, c.text, _dump(c)) for c in result.claims])
        self._many("INSERT INTO claim_actors (document_id, claim_id, actor_id) VALUES (?,?,?) ON CONFLICT DO NOTHING",
                   sorted({(doc_id, c.id, a) for c in result.claims for a in c.actors}))

    # -- reading ------------------------------------------------------------------------------
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

    def actor_records(self) -> list[dict]:
        """Every actor filed so far (id, name, type, aliases): what a new document's actors are
        matched against, so one entity keeps one id across the ledger."""
        aliases: dict[str, list[str]] = {}
        for aid, alias in self._q("SELECT actor_id, alias FROM actor_aliases ORDER BY actor_id, alias").fetchall():
            aliases.setdefault(aid, []).append(alias)
        return [{"id": aid, "name": name, "type": typ, "aliases": aliases.get(aid, []), "mentions": []}
                for aid, name, typ in self._q("SELECT id, name, type FROM actors ORDER BY id").fetchall()]

    # -- stored alignments (claimtrack.ledger.aligned) -----------------------------------------
    def alignments(self, rules: str) -> dict[tuple[str, str], bytes]:
        """The stored alignments of content pairs made by these `rules`: (a, b) -> the pair's
        encoded matches."""
        rows = self._q("SELECT a_content, b_content, matches FROM alignments WHERE rules = ?", (rules,)).fetchall()
        return {(a, b): bytes(m) for a, b, m in rows}

    def save_alignments(self, rules: str, new: dict[tuple[str, str], bytes], keep: set) -> bool:
        """Store `new` alignments and drop every stored one that is not in `keep` (pairs compared
        no longer, or made by other rules), in one write transaction. Only a cache: False when
        the ledger cannot be written (a read-only file or role), which reading facts ignores."""
        def work() -> None:
            stored = self._q("SELECT a_content, b_content, rules FROM alignments").fetchall()
            stale = [(a, b, r) for a, b, r in stored if r != rules or (a, b) not in keep]
            self._many("DELETE FROM alignments WHERE a_content = ? AND b_content = ? AND rules = ?", stale)
            self._many("INSERT INTO alignments (a_content, b_content, rules, matches) VALUES (?,?,?,?) "
                       "ON CONFLICT DO NOTHING", [(a, b, rules, m) for (a, b), m in sorted(new.items())])

        try:
            self._write(work)
        except Exception as err:
            if self._read_only(err):
                return False
            raise
        return True

    def _read_only(self, err: BaseException) -> bool:
        """Whether `err` says this connection may not write (the ledger is read-only to it)."""
        return False

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
