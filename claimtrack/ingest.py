"""Reading documents: files and folders in, `Document`s (or `Skipped` reasons) out.

Nothing here raises for a bad input: every problem with a path, a file or a record becomes a
`Skipped` with a one-line reason, so one bad file never sinks a folder and the other documents
come out exactly as they would alone.

Limits (see `Limits`):
- a file larger than `max_file_bytes` is refused before it is read (CLI `--max-file-mb`);
- a document longer than `max_chars` characters is skipped with a reason (CLI `--max-chars`;
  the extraction run checks it too), so a huge file never reaches the NLP pipeline.

Encodings: UTF-8 (a BOM is dropped), UTF-16/UTF-32 with a BOM, UTF-16 without one when the
bytes show it, and legacy single-byte encodings (Windows-1252 preferred for Latin text,
otherwise the one charset-normalizer detects); a non-UTF-8 file gets `encoding` set and a
warning. Binary files and corrupted UTF-8 (valid multi-byte sequences mixed with stray bytes)
are skipped with a reason rather than guessed at.
"""

from __future__ import annotations

import errno
import hashlib
import json
import os
import re
import stat
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator, Optional, Union

from .models import Skipped
from .text import one_line

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

#: A dateline is looked for in this many leading characters only (cheap on huge texts).
DATELINE_WINDOW = 2_000
#: Metadata publication dates longer than this are not worth parsing.
MAX_PUBLISHED_CHARS = 100


@dataclass(frozen=True)
class Limits:
    """Size limits. `max_chars=None` leaves the document-length check to the extraction run."""

    max_file_bytes: int = DEFAULT_MAX_FILE_BYTES
    max_chars: Optional[int] = None


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


def too_long_reason(chars: int, max_chars: int) -> str:
    return f"document has {chars:,} characters, over the {max_chars:,} limit (--max-chars)"


# --------------------------------------------------------------------------- finding files


def iter_paths(paths: Iterable[Union[str, Path]]) -> Iterator[tuple[Path, str] | Skipped]:
    """Yield (file, display name) for every supported file under `paths`, sorted, recursively.

    A folder's files are named relative to that folder with '/' separators; a file given
    directly is named by its file name. Missing paths, unreadable folders, links that lead
    nowhere and unsupported files given directly become `Skipped`; unsupported files inside a
    folder are ignored silently (a folder of articles often holds images and the like).
    """
    for raw in paths:
        try:
            yield from _iter_one(raw)
        except Exception as err:  # never let one path argument end the run
            yield Skipped(path=str(raw), reason=f"cannot list: {_os_reason(err)}")


def _iter_one(raw: Union[str, Path]) -> Iterator[tuple[Path, str] | Skipped]:
    path = Path(raw)
    problem = _stat_problem(path)
    if problem:
        yield Skipped(path=str(raw), reason=problem)
    elif path.is_dir():
        yield from _walk_folder(path)
    elif path.is_file():
        if path.suffix.lower() in SUPPORTED_SUFFIXES:
            yield path, path.name
        else:
            yield Skipped(path=str(path), reason=_unsupported(path))
    else:
        yield Skipped(path=str(raw), reason="not a regular file (device, socket or pipe)")


def _stat_problem(path: Path) -> Optional[str]:
    """Why `path` cannot be used (missing, broken link, loop, no permission), or None."""
    try:
        os.stat(path)
        return None
    except OSError as err:
        if err.errno == errno.ELOOP:
            return "symbolic link loop"
        if err.errno in (errno.ENOENT, errno.ENOTDIR):
            if os.path.islink(path):
                return "broken symbolic link (its target does not exist)"
            return "no such file or folder"
        return _os_reason(err)
    except ValueError:  # e.g. an embedded NUL character in the name
        return "invalid path name"


def _os_reason(err: BaseException) -> str:
    if isinstance(err, PermissionError):
        return "permission denied"
    if isinstance(err, OSError) and err.strerror:
        return err.strerror.lower()
    return f"{type(err).__name__}: {one_line(str(err))}"


def _unsupported(path: Path) -> str:
    kinds = ", ".join(sorted(SUPPORTED_SUFFIXES))
    return f"unsupported file type '{path.suffix or '(none)'}' (claimtrack reads {kinds})"


def _walk_folder(root: Path) -> Iterator[tuple[Path, str] | Skipped]:
    seen_dirs: set[tuple[int, int]] = set()
    errors: list[OSError] = []
    found_any = False
    for dirpath, dirnames, filenames in os.walk(root, followlinks=True, onerror=errors.append):
        while errors:
            err = errors.pop(0)
            yield Skipped(path=str(getattr(err, "filename", None) or dirpath), reason=f"cannot list folder: {_os_reason(err)}")
        try:
            st = os.stat(dirpath)
            key = (st.st_dev, st.st_ino)
        except OSError:
            continue
        if key in seen_dirs:  # a symlink loop or a second link to a folder: do not descend twice
            dirnames[:] = []
            continue
        seen_dirs.add(key)
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for fname in sorted(filenames):
            if fname.startswith("."):
                continue
            fpath = Path(dirpath) / fname
            if fpath.suffix.lower() not in SUPPORTED_SUFFIXES:
                continue  # unrelated files in a folder are ignored silently, not reported
            found_any = True
            rel = fpath.relative_to(root).as_posix()
            problem = _stat_problem(fpath)
            if problem:
                yield Skipped(path=str(fpath), reason=problem)
            elif not fpath.is_file():
                yield Skipped(path=str(fpath), reason="not a regular file (device, socket or pipe)")
            else:
                yield fpath, rel
    while errors:
        err = errors.pop(0)
        yield Skipped(path=str(getattr(err, "filename", None) or root), reason=f"cannot list folder: {_os_reason(err)}")
    if not found_any:
        yield Skipped(path=str(root), reason="folder holds no articles (.txt, .md, .html, .json, .jsonl)")


# --------------------------------------------------------------------------- reading


def read_documents(
    paths: Iterable[Union[str, Path]],
    *,
    published: Optional[str] = None,
    limits: Limits = Limits(),
) -> Iterator[Item]:
    """Yield every document (or skip reason) found under `paths`, in a stable order. Never raises
    for a bad input: an unexpected error while reading one file skips that file with its reason."""
    for entry in iter_paths(paths):
        if isinstance(entry, Skipped):
            yield entry
            continue
        path, name = entry
        items = read_file(path, name, limits=limits)
        while True:
            try:
                item = next(items)
            except StopIteration:
                break
            except InputError as err:
                yield Skipped(path=str(path), reason=str(err))
                break
            except MemoryError:
                yield Skipped(path=str(path), reason="out of memory while reading (lower --max-file-mb)")
                break
            except Exception as err:  # a bug or a library failing on hostile bytes: skip, report
                yield Skipped(path=str(path), reason=f"could not be read: {type(err).__name__}: {one_line(str(err))}")
                break
            if isinstance(item, Document):
                if limits.max_chars is not None and len(item.text) > limits.max_chars:
                    yield Skipped(path=item.name, reason=too_long_reason(len(item.text), limits.max_chars))
                    continue
                _fill_published(item, published)
            yield item


def _fill_published(doc: Document, option: Optional[str]) -> None:
    """Set the publication date from metadata, else the option, else a dateline. Never raises:
    a date helper failing costs the date (with a warning), not the document."""
    try:
        from .dateparse import find_dateline, normalise_published

        if doc.published:
            iso = normalise_published(doc.published[:MAX_PUBLISHED_CHARS])
            if iso:
                doc.published, doc.published_source = iso, "metadata"
                return
            doc.warnings.append(f"publication date {doc.published[:MAX_PUBLISHED_CHARS]!r} not understood; ignored")
            doc.published = None
        if option:
            doc.published, doc.published_source = option, "option"
            return
        found = find_dateline(doc.text[:DATELINE_WINDOW])
        if found:
            doc.published, doc.published_source = found, "dateline"
    except Exception as err:
        doc.published = option or None
        doc.published_source = "option" if option else None
        doc.warnings.append(f"publication date lookup failed: {type(err).__name__}")


def read_file(path: Path, name: str, *, limits: Limits = Limits()) -> Iterator[Item]:
    """Read one file into documents (and skips for bad records). Raises InputError with a
    one-line reason when the whole file is unusable."""
    data = _read_bytes(path, limits.max_file_bytes)
    suffix = path.suffix.lower()
    text, encoding = decode_bytes(data)
    del data
    if suffix in HTML_SUFFIXES:
        doc = _html_document(text, name, encoding)
        doc.path = str(path)
        yield doc
    elif suffix in JSONL_SUFFIXES:
        yield from _jsonl_documents(text, name, encoding)
    elif suffix in JSON_SUFFIXES:
        yield from _json_documents(text, name, encoding)
    else:
        if not text.strip():
            raise InputError("file holds only white space")
        doc = Document(name=name, text=text, path=str(path), encoding=encoding, format="text")
        _tidy(doc, front_matter=True)
        if not doc.text.strip():
            raise InputError("file holds only front matter and page furniture")
        if encoding:
            doc.warnings.append(f"not UTF-8: decoded as {encoding}")
        yield doc


def _tidy(doc: Document, *, front_matter: bool = False) -> None:
    """Blank what is on the page but not in the article (boilerplate.py): a text file's front
    matter (its fields fill the document's empty metadata) and page-furniture lines. The text
    keeps its length, so offsets are unchanged."""
    from .boilerplate import blank_furniture, split_front_matter

    if front_matter:
        doc.text, meta = split_front_matter(doc.text)
        for key, value in meta.items():
            if getattr(doc, key) is None:
                setattr(doc, key, _str_or_none(value))
    doc.text = blank_furniture(doc.text)


def _read_bytes(path: Path, max_bytes: int) -> bytes:
    """The file's bytes, refusing non-regular files and anything over `max_bytes` without
    reading past the limit (a file that grows while read cannot exhaust memory)."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except FileNotFoundError:
        raise InputError("file disappeared before it could be read")
    except OSError as err:
        if err.errno == errno.ELOOP:
            raise InputError("symbolic link loop")
        raise InputError(f"cannot open: {_os_reason(err)}")
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            raise InputError("not a regular file (device, socket or pipe)")
        if st.st_size == 0:
            raise InputError("empty file")
        if st.st_size > max_bytes:
            raise InputError(_too_big(st.st_size, max_bytes))
        chunks = []
        got = 0
        while got <= max_bytes:
            chunk = os.read(fd, min(1 << 24, max_bytes + 1 - got))
            if not chunk:
                break
            chunks.append(chunk)
            got += len(chunk)
        if got > max_bytes:
            raise InputError(_too_big(got, max_bytes) + " (it grew while being read)")
        if got == 0:
            raise InputError("empty file")
        return b"".join(chunks)
    except OSError as err:
        raise InputError(f"cannot read: {_os_reason(err)}")
    finally:
        os.close(fd)


def _too_big(size: int, max_bytes: int) -> str:
    return f"file is {size / 1e6:,.1f} MB, over the {max_bytes / 1e6:,.0f} MB limit (--max-file-mb)"


# --------------------------------------------------------------------------- decoding

#: File signatures of common binary formats, for a precise skip reason.
MAGIC = (
    (b"%PDF-", "PDF"),
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"PK\x03\x04", "ZIP archive (or .docx/.xlsx/.epub)"),
    (b"\x1f\x8b", "gzip archive"),
    (b"BZh", "bzip2 archive"),
    (b"\xfd7zXZ\x00", "xz archive"),
    (b"7z\xbc\xaf\x27\x1c", "7-Zip archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "MS Office document"),
    (b"\x7fELF", "executable"),
    (b"MZ", "Windows executable"),
    (b"SQLite format 3\x00", "SQLite database"),
    (b"RIFF", "RIFF media file"),
    (b"OggS", "Ogg media file"),
    (b"ID3", "MP3 audio"),
)

# A valid UTF-8 multi-byte sequence (RFC 3629, surrogates excluded).
_UTF8_MULTI = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]"
    rb"|\xe0[\xa0-\xbf][\x80-\xbf]|[\xe1-\xec\xee\xef][\x80-\xbf]{2}|\xed[\x80-\x9f][\x80-\xbf]"
    rb"|\xf0[\x90-\xbf][\x80-\xbf]{2}|[\xf1-\xf3][\x80-\xbf]{3}|\xf4[\x80-\x8f][\x80-\xbf]{2}"
)
_HIGH = re.compile(rb"[\x80-\xff]")


def decode_bytes(data: bytes) -> tuple[str, Optional[str]]:
    """Decode file bytes: UTF-8 (BOM stripped) as is, else a detected encoding.

    Returns (text, encoding) with encoding None for UTF-8. Raises InputError for binary data,
    corrupted UTF-8 and bytes that no text encoding fits.
    """
    for bom, codec in ((b"\xff\xfe\x00\x00", "utf-32-le"), (b"\x00\x00\xfe\xff", "utf-32-be"),
                       (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")):
        if data.startswith(bom):
            family = codec[:6]
            try:
                text = data[len(bom):].decode(codec)
            except UnicodeDecodeError as err:
                raise InputError(f"file starts with a {family.upper()} mark but is not valid {family.upper()} (byte {err.start + len(bom)})")
            _check_text(text)
            return text, family
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    kind = next((k for magic, k in MAGIC if data.startswith(magic)), None)
    if kind == "PDF":  # a PDF's text parts can pass for text: its signature is decisive
        raise InputError("binary file (PDF), not text: extract its text first")
    bomless = _bomless_utf16(data)
    if bomless:
        text = data.decode(bomless, errors="strict")
        _check_text(text)
        return text, "utf-16"
    if _looks_binary(data):
        if kind:
            raise InputError(f"binary file ({kind}), not text")
        raise InputError("binary file, not text (NUL bytes or control characters)")
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError as err:
        first_bad = err.start
    valid = len(_UTF8_MULTI.findall(data))
    if valid:
        stray = len(_HIGH.findall(data)) - sum(len(m) for m in _UTF8_MULTI.findall(data))
        if valid * 2 >= stray:
            raise InputError(
                f"invalid UTF-8 at byte {first_bad:,}: the file mixes UTF-8 with other bytes "
                "(corrupted or concatenated); re-encode it as UTF-8"
            )
    text, encoding = _decode_legacy(data)
    _check_text(text)
    return text, encoding


def _decode_legacy(data: bytes) -> tuple[str, str]:
    """A single-byte legacy encoding: Windows-1252 when the text is in Latin script, else the
    encoding charset-normalizer finds (Cyrillic, Greek, ... code pages)."""
    from charset_normalizer import from_bytes

    best = from_bytes(data[:200_000]).best()
    guess = None
    if best is not None and best.encoding:
        try:
            guess = (data.decode(best.encoding), best.encoding)
        except (UnicodeDecodeError, LookupError):
            guess = None
    if guess is None or _mostly_latin(guess[0]):
        try:
            return data.decode("cp1252"), "cp1252"
        except UnicodeDecodeError:
            pass
    if guess is None:
        raise InputError("undecodable: not UTF-8 and no other text encoding fits")
    return guess


def _mostly_latin(text: str) -> bool:
    """True when the letters of `text` are mostly Latin script (ASCII letters count)."""
    latin = other = 0
    for ch in text[:100_000]:
        if not ch.isalpha():
            continue
        if ord(ch) < 128 or unicodedata.name(ch, "").startswith("LATIN"):
            latin += 1
        else:
            other += 1
    return other <= latin


def _bomless_utf16(data: bytes) -> Optional[str]:
    """'utf-16-le'/'utf-16-be' when the bytes are UTF-16 text without a BOM (ASCII-range text
    with every other byte NUL), else None."""
    sample = data[:4096]
    if len(sample) < 8 or len(data) % 2:
        return None
    sample = sample[: len(sample) // 2 * 2]
    even, odd = sample[0::2], sample[1::2]
    half = len(sample) // 2
    for zeros, codec in ((odd, "utf-16-le"), (even, "utf-16-be")):
        if zeros.count(0) >= 0.9 * half:
            try:
                data.decode(codec)
            except UnicodeDecodeError:
                return None
            return codec
    return None


def _looks_binary(data: bytes) -> bool:
    """NUL bytes or many control characters in the head, middle or tail of the data."""
    n = len(data)
    samples = [data[:8192]]
    if n > 16384:
        samples += [data[n // 2: n // 2 + 4096], data[-4096:]]
    for sample in samples:
        if b"\x00" in sample:
            return True
        control = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13, 27))
        if control > max(8, len(sample) // 100):
            return True
    return False


def _check_text(text: str) -> None:
    """Refuse decoded text that is really binary (NULs or many control characters)."""
    head = text[:8192]
    if "\x00" in head:
        raise InputError("binary file, not text (NUL characters after decoding)")
    control = sum(1 for c in head if ord(c) < 32 and c not in "\t\n\x0c\r\x1b")
    if control > max(8, len(head) // 100):
        raise InputError("binary file, not text (control characters after decoding)")


# --------------------------------------------------------------------------- formats


def _html_document(html: str, name: str, encoding: Optional[str]) -> Document:
    import trafilatura

    try:
        text = trafilatura.extract(html, include_comments=False, include_tables=False, favor_precision=True)
        meta = trafilatura.extract_metadata(html)
    except Exception as err:  # trafilatura/lxml on hostile markup (RecursionError included)
        raise InputError(f"HTML could not be parsed: {type(err).__name__}")
    if not text or not text.strip():
        raise InputError("HTML page has no article text that could be found")
    doc = Document(name=name, text=_clean_str(text), encoding=encoding, format="html")
    _tidy(doc)
    if meta is not None:
        doc.title = _str_or_none(meta.title)
        doc.url = _str_or_none(meta.url)
        doc.source = _str_or_none(meta.sitename)
        doc.published = _str_or_none(meta.date)
    if encoding:
        doc.warnings.append(f"not UTF-8: decoded as {encoding}")
    return doc


def _record_document(record: object, name: str, encoding: Optional[str]) -> Document:
    if not isinstance(record, dict):
        raise InputError("record is not a JSON object")
    text = record.get("text")
    if text is None:
        raise InputError("record has no 'text' field")
    if not isinstance(text, str):
        raise InputError(f"record's 'text' is a {_json_type(text)}, not a string")
    if not text.strip():
        raise InputError("record's 'text' is empty")
    published = next((record[k] for k in PUBLISHED_KEYS if record.get(k)), None)
    doc = Document(
        name=name,
        text=_clean_str(text),
        title=_str_or_none(record.get("title")),
        url=_str_or_none(record.get("url")),
        source=_str_or_none(record.get("source")),
        published=_str_or_none(published),
        encoding=encoding,
        format="json",
    )
    if doc.text != text:
        doc.warnings.append("lone surrogate escapes in 'text' replaced by U+FFFD")
    _tidy(doc)
    return doc


def _json_type(value: object) -> str:
    return {dict: "object", list: "list", bool: "boolean", int: "number", float: "number"}.get(type(value), "value")


def _clean_str(value: str) -> str:
    """Lone surrogates (from JSON '\\ud800' escapes) cannot be written as UTF-8: replace each by
    U+FFFD, one character for one, so offsets are unchanged."""
    try:
        value.encode("utf-8")
        return value
    except UnicodeEncodeError:
        return "".join("\ufffd" if 0xD800 <= ord(c) <= 0xDFFF else c for c in value)


def _str_or_none(value: object) -> Optional[str]:
    if value is None or isinstance(value, (dict, list)):
        return None
    return _clean_str(str(value))[:10_000] or None


def _record_id(record: object) -> Optional[str]:
    rid = record.get("id") if isinstance(record, dict) else None
    if isinstance(rid, bool) or not isinstance(rid, (str, int)):
        return None
    rid = _clean_str(str(rid))
    return rid if rid.strip() else None


class _Names:
    """Record names `<path>#<id>` (else `#<position>`), refusing a repeated name in one file."""

    def __init__(self, path_name: str):
        self.path_name = path_name
        self.seen: dict[str, int] = {}

    def name(self, record: object, position: int) -> str:
        rid = _record_id(record)
        name = f"{self.path_name}#{rid if rid is not None else position}"
        if name in self.seen:
            raise InputError(f"duplicate record name {name!r} (first at record {self.seen[name]}); record skipped")
        self.seen[name] = position
        return name


#: json's error messages, in words a person who did not write the parser understands.
_JSON_PROBLEMS = (
    ("Expecting value", "a value is missing or is not JSON (text needs double quotes)"),
    ("Expecting ',' delimiter", "a comma is missing between two items"),
    ("Expecting ':' delimiter", "a colon is missing after a key"),
    ("Expecting property name enclosed in double quotes", "a key is not in double quotes, or a comma is left before '}'"),
    ("Unterminated string", "a string is not closed (a double quote is missing)"),
    ("Extra data", "more than one JSON value where one was expected"),
    ("Invalid control character", "a raw control character (tab or line break) inside a string: escape it"),
    ("Invalid \\uXXXX escape", "an invalid \\u escape in a string"),
    ("Invalid \\escape", "an invalid backslash escape in a string"),
)


def _json_problem(err: json.JSONDecodeError) -> str:
    return next((plain for msg, plain in _JSON_PROBLEMS if err.msg.startswith(msg)), err.msg)


def _parse_json(text: str, line: Optional[int] = None) -> object:
    """Parse JSON text; `line` is the line number of a JSONL record (its errors name it)."""
    try:
        return json.loads(text)
    except json.JSONDecodeError as err:
        if line is not None:
            raise InputError(f"malformed JSON line {line}: {_json_problem(err)} (column {err.colno})")
        raise InputError(f"malformed JSON at line {err.lineno} column {err.colno}: {_json_problem(err)}")
    except RecursionError:
        raise InputError("malformed JSON: nested too deeply")
    except ValueError as err:  # e.g. an integer literal too long to convert
        raise InputError(f"malformed JSON: {one_line(str(err), 120)}")


def _jsonl_documents(text: str, name: str, encoding: Optional[str] = None) -> Iterator[Item]:
    # Split on '\n' only: str.splitlines() would also split at U+2028 and other characters that
    # JSON strings may hold unescaped, breaking good records.
    names = _Names(name)
    any_content = False
    for lineno, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        any_content = True
        try:
            record = _parse_json(line, lineno)
            rname = names.name(record, lineno)
        except InputError as err:
            reason = str(err)
            if not reason.startswith("malformed JSON line"):
                reason = reason.replace("malformed JSON", f"malformed JSON line {lineno}", 1)
            yield Skipped(path=f"{name}:{lineno}", reason=reason)
            continue
        try:
            yield _record_document(record, rname, encoding)
        except InputError as err:
            yield Skipped(path=rname, reason=str(err))
    if not any_content:
        raise InputError("empty JSONL file")


def _json_documents(text: str, name: str, encoding: Optional[str] = None) -> Iterator[Item]:
    data = _parse_json(text)
    if isinstance(data, dict):
        yield _record_document(data, name, encoding)
        return
    if not isinstance(data, list):
        raise InputError("JSON holds neither an object nor a list of objects")
    if not data:
        raise InputError("JSON list holds no records")
    names = _Names(name)
    for position, record in enumerate(data, start=1):
        try:
            rname = names.name(record, position)
        except InputError as err:
            yield Skipped(path=f"{name}[{position}]", reason=str(err))
            continue
        try:
            yield _record_document(record, rname, encoding)
        except InputError as err:
            yield Skipped(path=rname, reason=str(err))


# --------------------------------------------------------------------------- API and stdin


def document_from_text(text: str, name: str = "<stdin>", published: Optional[str] = None) -> Document:
    """Make a Document from a string (for the Python API and stdin)."""
    doc = Document(name=name, text=_clean_str(text))
    _tidy(doc, front_matter=True)
    _fill_published(doc, published)
    return doc


def document_from_bytes(data: bytes, name: str = "<stdin>", published: Optional[str] = None,
                        limits: Limits = Limits()) -> Item:
    """Decode raw bytes (stdin) like a text file: a Document, or a Skipped with the reason.

    The CLI should read `sys.stdin.buffer` and call this, so piped bytes in any encoding (or
    binary garbage) get the same treatment, and the same reasons, as files.
    """
    try:
        if not data:
            raise InputError("empty input")
        if len(data) > limits.max_file_bytes:
            raise InputError(_too_big(len(data), limits.max_file_bytes))
        text, encoding = decode_bytes(data)
        if not text.strip():
            raise InputError("input holds only white space")
    except InputError as err:
        return Skipped(path=name, reason=str(err))
    if limits.max_chars is not None and len(text) > limits.max_chars:
        return Skipped(path=name, reason=too_long_reason(len(text), limits.max_chars))
    doc = Document(name=name, text=text, encoding=encoding)
    _tidy(doc, front_matter=True)
    if encoding:
        doc.warnings.append(f"not UTF-8: decoded as {encoding}")
    _fill_published(doc, published)
    return doc
