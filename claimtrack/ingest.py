"""Reading documents: files and folders in, `Document`s (or `Skipped` reasons) out.

Nothing here raises for a bad input file: every problem becomes a `Skipped` with a one-line
reason, so one bad file never sinks a folder.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator, Optional, Union

from .models import Skipped

TEXT_SUFFIXES = {".txt", ".md", ".text", ".markdown"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSON_SUFFIXES = {".json"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSON_SUFFIXES | JSONL_SUFFIXES

#: Keys under which scrapers store a publication date, in order of preference.
PUBLISHED_KEYS = ("published", "date", "date_publish", "publishedAt")

#: Default largest document (characters) extracted in one piece; see `Limits`.
DEFAULT_MAX_CHARS = 2_000_000
#: Default largest input file read at all (bytes).
DEFAULT_MAX_FILE_BYTES = 200_000_000


@dataclass(frozen=True)
class Limits:
    max_file_bytes: int = DEFAULT_MAX_FILE_BYTES


@dataclass
class Document:
    """One article's text and metadata, before NLP."""

    name: str
    text: str
    path: Optional[str] = None
    title: Optional[str] = None
    url: Optional[str] = None
    source: Optional[str] = None
    published: Optional[str] = None
    published_source: Optional[str] = None
    encoding: Optional[str] = None
    format: str = "text"
    warnings: list[str] = field(default_factory=list)

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8", "surrogatepass")).hexdigest()


Item = Union[Document, Skipped]


class InputError(Exception):
    """A problem with one input, reported as a skip reason."""


def iter_paths(paths: Iterable[Union[str, Path]]) -> Iterator[tuple[Path, str] | Skipped]:
    """Yield (file, display name) for every supported file under `paths`, sorted, recursively.

    A folder's files are named relative to that folder with '/' separators; a file given
    directly is named by its file name. Missing paths and unsupported files become `Skipped`.
    """
    for raw in paths:
        path = Path(raw)
        if not path.exists() and not path.is_symlink():
            yield Skipped(path=str(raw), reason="no such file or folder")
            continue
        if path.is_dir():
            yield from _walk_folder(path)
        elif path.is_file():
            if path.suffix.lower() in SUPPORTED_SUFFIXES:
                yield path, path.name
            else:
                yield Skipped(path=str(path), reason=_unsupported(path))
        else:
            yield Skipped(path=str(raw), reason="not a regular file (broken link, device or socket)")


def _unsupported(path: Path) -> str:
    kinds = ", ".join(sorted(SUPPORTED_SUFFIXES))
    return f"unsupported file type '{path.suffix or '(none)'}' (claimtrack reads {kinds})"


def _walk_folder(root: Path) -> Iterator[tuple[Path, str] | Skipped]:
    seen_dirs: set[tuple[int, int]] = set()
    found_any = False
    for dirpath, dirnames, filenames in os.walk(root, followlinks=True, onerror=None):
        try:
            st = os.stat(dirpath)
            key = (st.st_dev, st.st_ino)
        except OSError:
            continue
        if key in seen_dirs:  # a symlink loop: do not descend twice
            dirnames[:] = []
            continue
        seen_dirs.add(key)
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for fname in sorted(filenames):
            if fname.startswith("."):
                continue
            fpath = Path(dirpath) / fname
            rel = fpath.relative_to(root).as_posix()
            if fpath.suffix.lower() not in SUPPORTED_SUFFIXES:
                continue  # unrelated files in a folder are ignored silently, not reported
            found_any = True
            if not fpath.is_file():
                yield Skipped(path=str(fpath), reason="not a regular file (broken link, device or socket)")
                continue
            yield fpath, rel
    if not found_any:
        yield Skipped(path=str(root), reason="folder holds no articles (.txt, .md, .html, .json, .jsonl)")


def read_documents(
    paths: Iterable[Union[str, Path]],
    *,
    published: Optional[str] = None,
    limits: Limits = Limits(),
) -> Iterator[Item]:
    """Yield every document (or skip reason) found under `paths`, in a stable order."""
    for entry in iter_paths(paths):
        if isinstance(entry, Skipped):
            yield entry
            continue
        path, name = entry
        try:
            docs = list(read_file(path, name, limits=limits))
        except InputError as err:
            yield Skipped(path=str(path), reason=str(err))
            continue
        for item in docs:
            if isinstance(item, Document):
                _fill_published(item, published)
            yield item


def _fill_published(doc: Document, option: Optional[str]) -> None:
    from .pipeline.dates import find_dateline, normalise_published

    if doc.published:
        iso = normalise_published(doc.published)
        if iso:
            doc.published, doc.published_source = iso, "metadata"
            return
        doc.warnings.append(f"publication date {doc.published!r} not understood; ignored")
        doc.published = None
    if option:
        doc.published, doc.published_source = option, "option"
        return
    found = find_dateline(doc.text)
    if found:
        doc.published, doc.published_source = found, "dateline"


def read_file(path: Path, name: str, *, limits: Limits = Limits()) -> Iterator[Item]:
    """Read one file into documents. Raises InputError with a one-line reason."""
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise InputError("file disappeared before it could be read")
    except OSError as err:
        raise InputError(f"cannot read file: {err.strerror or err}")
    if size == 0:
        raise InputError("empty file")
    if size > limits.max_file_bytes:
        raise InputError(
            f"file is {size / 1e6:.0f} MB, over the {limits.max_file_bytes / 1e6:.0f} MB limit (--max-file-mb)"
        )
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError("file disappeared before it could be read")
    except PermissionError:
        raise InputError("permission denied")
    except OSError as err:
        raise InputError(f"cannot read file: {err.strerror or err}")
    suffix = path.suffix.lower()
    text, encoding = decode_bytes(data)
    if suffix in HTML_SUFFIXES:
        yield _html_document(text, name, encoding)
    elif suffix in JSONL_SUFFIXES:
        yield from _jsonl_documents(text, name)
    elif suffix in JSON_SUFFIXES:
        yield from _json_documents(text, name)
    else:
        if not text.strip():
            raise InputError("file holds only white space")
        doc = Document(name=name, text=text, path=str(path), encoding=encoding, format="text")
        if encoding:
            doc.warnings.append(f"not UTF-8: decoded as {encoding}")
        yield doc


def decode_bytes(data: bytes) -> tuple[str, Optional[str]]:
    """Decode file bytes: UTF-8 (BOM stripped) as is, else a detected encoding.

    Returns (text, encoding) with encoding None for UTF-8. Raises InputError for binary data.
    """
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError:
            raise InputError("file starts with a UTF-16 mark but does not decode as UTF-16")
    if _looks_binary(data):
        raise InputError("binary file, not text (NUL bytes or control characters)")
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data[:200_000]).best()
    if best is None or best.encoding is None:
        raise InputError("undecodable: not UTF-8 and no other text encoding fits")
    try:
        text = data.decode(best.encoding)
    except (UnicodeDecodeError, LookupError):
        raise InputError(f"undecodable: not UTF-8, and not valid {best.encoding} either")
    return text, best.encoding


def _looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    if b"\x00" in sample:
        return True
    control = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13, 27))
    return control > max(8, len(sample) // 100)


def _html_document(html: str, name: str, encoding: Optional[str]) -> Document:
    import trafilatura

    try:
        text = trafilatura.extract(html, include_comments=False, include_tables=False, favor_precision=True)
        meta = trafilatura.extract_metadata(html)
    except Exception as err:  # trafilatura/lxml on hostile markup
        raise InputError(f"HTML could not be parsed: {type(err).__name__}")
    if not text or not text.strip():
        raise InputError("HTML page has no article text")
    doc = Document(name=name, text=text, encoding=encoding, format="html")
    if meta is not None:
        doc.title = meta.title or None
        doc.url = meta.url or None
        doc.source = meta.sitename or None
        doc.published = meta.date or None
    return doc


def _record_document(record: object, name: str) -> Document:
    if not isinstance(record, dict):
        raise InputError("record is not a JSON object")
    text = record.get("text")
    if not isinstance(text, str):
        raise InputError("record has no 'text' string")
    if not text.strip():
        raise InputError("record's 'text' is empty")
    published = next((record[k] for k in PUBLISHED_KEYS if record.get(k)), None)
    return Document(
        name=name,
        text=text,
        title=_str_or_none(record.get("title")),
        url=_str_or_none(record.get("url")),
        source=_str_or_none(record.get("source")),
        published=_str_or_none(published),
        format="json",
    )


def _str_or_none(value: object) -> Optional[str]:
    if value is None:
        return None
    return str(value)


def _record_name(path_name: str, record: object, position: int) -> str:
    rid = record.get("id") if isinstance(record, dict) else None
    return f"{path_name}#{rid if rid not in (None, '') else position}"


def _jsonl_documents(text: str, name: str) -> Iterator[Item]:
    produced = 0
    for lineno, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as err:
            yield Skipped(path=f"{name}:{lineno}", reason=f"malformed JSON line: {err.msg}")
            continue
        rname = _record_name(name, record, lineno)
        try:
            yield _record_document(record, rname)
            produced += 1
        except InputError as err:
            yield Skipped(path=rname, reason=str(err))
    if produced == 0 and not text.strip():
        raise InputError("empty JSONL file")


def _json_documents(text: str, name: str) -> Iterator[Item]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as err:
        raise InputError(f"malformed JSON: {err.msg} at line {err.lineno}")
    if isinstance(data, dict):
        yield _record_document(data, name)
        return
    if not isinstance(data, list):
        raise InputError("JSON holds neither an object nor a list of objects")
    for position, record in enumerate(data, start=1):
        rname = _record_name(name, record, position)
        try:
            yield _record_document(record, rname)
        except InputError as err:
            yield Skipped(path=rname, reason=str(err))


def document_from_text(text: str, name: str = "<stdin>", published: Optional[str] = None) -> Document:
    """Make a Document from a string (for the Python API and stdin)."""
    doc = Document(name=name, text=text)
    _fill_published(doc, published)
    return doc
