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


class OverCharLimit(InputError):
    """An input too big, in bytes, to hold a document within --max-chars (refused unread)."""


def too_long_reason(chars: int, max_chars: int) -> str:
    return f"document has {chars:,} characters, over the {max_chars:,} limit (--max-chars)"


# --------------------------------------------------------------------------- finding files


def iter_paths(paths: Iterable[Union[str, Path]], *, follow_symlinks: bool = True,
               outside: Optional[list] = None) -> Iterator[tuple[Path, str] | Skipped]:
    """Yield (file, display name) for every supported file under `paths`, sorted, recursively.

    A folder's files are named relative to that folder with '/' separators; a file given
    directly is named by its file name. Names are unique within the run: when two files would
    share one (`siteA/story.txt` and `siteB/story.txt`), each of them is named by its path as
    given instead; the same file given twice is read once. Missing paths, unreadable folders,
    links that lead nowhere and unsupported files given directly become `Skipped`; unsupported
    files inside a folder are ignored silently (a folder of articles often holds images).

    Symbolic links inside a folder are followed unless `follow_symlinks` is False (then each is
    skipped with a reason); a followed link that leads out of its input folder is appended to
    `outside` as (path, target), for the run's summary.
    """
    entries = []
    for raw in paths:
        try:
            entries.extend(_iter_one(raw, follow_symlinks, outside))
        except Exception as err:  # never let one path argument end the run
            entries.append(Skipped(path=str(raw), reason=f"cannot list: {_os_reason(err)}"))
    yield from _unique_names(entries)


def _unique_names(entries: list) -> Iterator[tuple[Path, str] | Skipped]:
    counts: dict[str, int] = {}
    for e in entries:
        if not isinstance(e, Skipped):
            counts[e[1]] = counts.get(e[1], 0) + 1
    seen: dict[str, Path] = {}
    for e in entries:
        if isinstance(e, Skipped):
            yield e
            continue
        path, name = e
        if counts[name] > 1:
            name = Path(os.path.normpath(path)).as_posix()
        if name in seen:
            yield Skipped(path=name, reason="given more than once; read once")
            continue
        seen[name] = path
        yield path, name


def _iter_one(raw: Union[str, Path], follow_symlinks: bool = True,
              outside: Optional[list] = None) -> Iterator[tuple[Path, str] | Skipped]:
    path = Path(raw)
    problem = _stat_problem(path)
    if problem:
        yield Skipped(path=str(raw), reason=problem)
    elif path.is_dir():
        yield from _walk_folder(path, follow_symlinks, outside)
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


NOT_FOLLOWED = "symbolic link not followed (--no-follow-symlinks)"


def _walk_folder(root: Path, follow_symlinks: bool = True,
                 outside: Optional[list] = None) -> Iterator[tuple[Path, str] | Skipped]:
    """The folder's supported files, depth first in sorted order (each folder's files before its
    sub-folders), with an explicit stack: a tree thousands of levels deep costs no recursion."""
    try:
        real_root = os.path.realpath(root)
    except (OSError, ValueError):
        real_root = str(root)
    seen_dirs: set[tuple[int, int]] = set()
    found_any = False
    stack = [root]
    while stack:
        folder = stack.pop()
        try:
            st = os.stat(folder)
        except OSError as err:
            yield Skipped(path=str(folder), reason=f"cannot list folder: {_os_reason(err)}")
            continue
        key = (st.st_dev, st.st_ino)
        if key in seen_dirs:  # a symlink loop or a second link to a folder: do not descend twice
            continue
        seen_dirs.add(key)
        try:
            with os.scandir(folder) as it:
                listing = list(it)
        except OSError as err:
            yield Skipped(path=str(folder), reason=f"cannot list folder: {_os_reason(err)}")
            continue
        files, subdirs = [], []
        for entry in listing:
            if entry.name.startswith("."):
                continue
            try:
                is_dir = entry.is_dir()
            except OSError:
                is_dir = False
            (subdirs if is_dir else files).append(entry)
        for entry in sorted(files, key=lambda e: e.name):
            fpath = Path(folder) / entry.name
            if fpath.suffix.lower() not in SUPPORTED_SUFFIXES:
                continue  # unrelated files in a folder are ignored silently, not reported
            found_any = True
            if _is_link(entry):
                if not follow_symlinks:
                    yield Skipped(path=str(fpath), reason=NOT_FOLLOWED)
                    continue
                _note_outside(fpath, real_root, outside)
            problem = _stat_problem(fpath)
            if problem:
                yield Skipped(path=str(fpath), reason=problem)
            elif not fpath.is_file():
                yield Skipped(path=str(fpath), reason="not a regular file (device, socket or pipe)")
            else:
                yield fpath, fpath.relative_to(root).as_posix()
        pushed = []
        for entry in sorted(subdirs, key=lambda e: e.name):
            dpath = Path(folder) / entry.name
            if _is_link(entry):
                if not follow_symlinks:
                    found_any = True
                    yield Skipped(path=str(dpath), reason=NOT_FOLLOWED)
                    continue
                _note_outside(dpath, real_root, outside)
            pushed.append(dpath)
        stack.extend(reversed(pushed))
    if not found_any:
        yield Skipped(path=str(root), reason="folder holds no articles (.txt, .md, .html, .json, .jsonl)")


def _is_link(entry: os.DirEntry) -> bool:
    try:
        return entry.is_symlink()
    except OSError:
        return False


def _note_outside(path: Path, real_root: str, outside: Optional[list]) -> None:
    """Record a symbolic link whose target lies outside the input folder."""
    if outside is None:
        return
    try:
        target = os.path.realpath(path)
    except (OSError, ValueError):
        return
    if os.path.commonpath([real_root, target]) != real_root:
        outside.append((str(path), target))


# --------------------------------------------------------------------------- reading


def read_documents(
    paths: Iterable[Union[str, Path]],
    *,
    published: Optional[str] = None,
    limits: Limits = Limits(),
    follow_symlinks: bool = True,
) -> Iterator[Item]:
    """Yield every document (or skip reason) found under `paths`, in a stable order. Never raises
    for a bad input: an unexpected error while reading one file skips that file with its reason.
    `follow_symlinks=False` skips symbolic links inside folders (see `iter_paths`)."""
    for entry in iter_paths(paths, follow_symlinks=follow_symlinks):
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
    suffix = path.suffix.lower()
    max_bytes = limits.max_file_bytes
    if suffix in TEXT_SUFFIXES or suffix in HTML_SUFFIXES:
        # one document per file: a file too big to hold at most --max-chars of text is refused
        # before it is read, decoded or parsed (JSON files hold many documents: not these)
        max_bytes = min(max_bytes, single_document_bytes(limits, html=suffix in HTML_SUFFIXES))
    try:
        data = _read_bytes(path, max_bytes, limits)
    except OverCharLimit as err:  # named like any document over --max-chars
        yield Skipped(path=name, reason=str(err))
        return
    text, encoding = decode_bytes(data)
    del data
    if suffix in HTML_SUFFIXES:
        doc = _html_document(text, name, encoding)
        doc.path = str(path)
        yield doc
    elif suffix in JSONL_SUFFIXES or suffix in JSON_SUFFIXES:
        records = _jsonl_documents(text, name, encoding) if suffix in JSONL_SUFFIXES else _json_documents(text, name, encoding)
        for item in records:
            if isinstance(item, Document):
                item.path = str(path)
            yield item
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


#: Bytes of encoded text per character at most (UTF-32): a single-document file of more than
#: this many bytes per allowed character holds more characters than --max-chars allows.
MAX_BYTES_PER_CHAR = 4
#: An HTML page's markup may outweigh its article text many times over, but parsing a page costs
#: time and memory in proportion to the page: pages over this many bytes per allowed character
#: are refused before they are parsed (10 MB with the default --max-chars).
HTML_BYTES_PER_CHAR = 5


def single_document_bytes(limits: Limits, *, html: bool = False) -> int:
    """The largest input, in bytes, that can hold one document within the character limit (a
    4-byte mark included); `limits.max_file_bytes` when no character limit is set."""
    if limits.max_chars is None:
        return limits.max_file_bytes
    return limits.max_chars * (HTML_BYTES_PER_CHAR if html else MAX_BYTES_PER_CHAR) + 4


def _read_bytes(path: Path, max_bytes: int, limits: Optional[Limits] = None) -> bytes:
    """The file's bytes, refusing non-regular files and anything over `max_bytes` without
    reading past the limit (a file that grows while read cannot exhaust memory)."""
    limits = limits or Limits(max_file_bytes=max_bytes)
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
            reason = _over_limit(st.st_size, max_bytes, limits, html=path.suffix.lower() in HTML_SUFFIXES)
            raise (InputError if st.st_size > limits.max_file_bytes else OverCharLimit)(reason)
        chunks = []
        got = 0
        while got <= max_bytes:
            chunk = os.read(fd, min(1 << 24, max_bytes + 1 - got))
            if not chunk:
                break
            chunks.append(chunk)
            got += len(chunk)
        if got > max_bytes:
            raise InputError(_over_limit(got, max_bytes, limits, html=path.suffix.lower() in HTML_SUFFIXES)
                             + " (it grew while being read)")
        if got == 0:
            raise InputError("empty file")
        return b"".join(chunks)
    except OSError as err:
        raise InputError(f"cannot read: {_os_reason(err)}")
    finally:
        os.close(fd)


def _too_big(size: int, max_bytes: int, what: str = "file is") -> str:
    return f"{what} {size / 1e6:,.1f} MB, over the {max_bytes / 1e6:,.0f} MB limit (--max-file-mb)"


def _over_limit(size: int, max_bytes: int, limits: Limits, *, html: bool = False, what: str = "file is",
                exact: bool = True) -> str:
    """Why an input of `size` bytes (or more, unless `exact`) over `max_bytes` is refused."""
    if size > limits.max_file_bytes or max_bytes >= limits.max_file_bytes:  # --max-file-mb first
        if not exact:
            return f"{what} over the {limits.max_file_bytes / 1e6:,.0f} MB limit (--max-file-mb)"
        return _too_big(size, limits.max_file_bytes, what)
    max_chars = limits.max_chars or 0
    if html:
        size_text = f"{size / 1e6:,.1f} MB" if exact else f"over {max_bytes / 1e6:,.1f} MB"
        return (f"HTML page is {size_text}, over {HTML_BYTES_PER_CHAR} bytes per character of the "
                f"{max_chars:,} limit (--max-chars): refused before parsing (raise --max-chars to read it)")
    size_text = f"{size:,} bytes" if exact else f"over {max_bytes:,} bytes"
    return (f"document has more than {max_chars:,} characters ({size_text}, at most {MAX_BYTES_PER_CHAR} "
            f"a character), over the {max_chars:,} limit (--max-chars)")


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
                # the sample first: NUL bytes throughout (a sparse file) decode to NULs, which
                # are binary, not text; only a text-like sample is worth decoding whole
                _check_text(sample.decode(codec))
                data.decode(codec)
            except (UnicodeDecodeError, InputError):
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


#: A run of '<' is never markup (no tag starts '<<'): written as text, not left to the parser,
#: which would read the last '<' and the words after it as a tag and lose them.
_LT_RUN = re.compile(r"<{2,}(?=[A-Za-z/!?])|<{4,}")
#: Deepest element nesting handed to the HTML parser: libxml2 stops at 256 levels (and loses
#: everything below); deeper markup is flattened, its text kept (see `_flatten_deep`).
MAX_HTML_DEPTH = 200
_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9-]*)\b[^<>]*?(/?)>")
_VOID = frozenset("area base br col embed hr img input link meta param source track wbr".split())


def _prepare_html(html: str) -> str:
    """Markup as a browser shows it, before extraction: `<template>` content (inert, never
    displayed) removed, and runs of '<' kept as text."""
    if "<<" in html:
        html = _LT_RUN.sub(lambda m: "&lt;" * len(m.group()), html)
    return _drop_elements(html, ("template",))


def _drop_elements(html: str, tags: tuple[str, ...]) -> str:
    """`html` without the elements named (their content included), found by plain string search
    (linear, whatever the markup); an element left open runs to the end and is kept."""
    lower = html.lower()
    if not any(f"<{t}" in lower for t in tags):
        return html
    parts, pos = [], 0
    while True:
        found = [(lower.find(f"<{t}", pos), t) for t in tags]
        found = [(i, t) for i, t in found if i >= 0]
        if not found:
            break
        start, tag = min(found)
        after = lower[start + 1 + len(tag):start + 2 + len(tag)]
        if after and (after.isalnum() or after in "-_:"):  # <templated-thing>: another element
            parts.append(html[pos:start + 1 + len(tag)])
            pos = start + 1 + len(tag)
            continue
        close = lower.find(f"</{tag}", start)
        if close < 0:
            break
        end = lower.find(">", close)
        end = len(html) if end < 0 else end + 1
        parts.append(html[pos:start])
        pos = end
    parts.append(html[pos:])
    return "".join(parts)


def _flatten_deep(html: str, limit: int = MAX_HTML_DEPTH) -> Optional[str]:
    """The markup with every tag nested deeper than `limit` removed (its text kept), or None
    when nothing is that deep."""
    out, pos, depth, deep = [], 0, 0, False
    for m in _TAG.finditer(html):
        closing, tag, selfclosing = m.group(1), m.group(2).lower(), m.group(3)
        if tag in _VOID or selfclosing:
            continue
        if closing:
            drop = depth > limit
            depth = max(0, depth - 1)
        else:
            depth += 1
            drop = depth > limit
        if drop:
            deep = True
            out.append(html[pos:m.start()])
            pos = m.end()
    if not deep:
        return None
    out.append(html[pos:])
    return "".join(out)


def _html_document(html: str, name: str, encoding: Optional[str]) -> Document:
    import trafilatura

    html = _prepare_html(html)
    try:
        text = trafilatura.extract(html, include_comments=False, include_tables=False, favor_precision=True)
        if not text or not text.strip():
            flat = _flatten_deep(html)  # nested past the parser's depth limit: its text is there
            if flat is not None:  # (scripts and styles first: flattened, their code would read as text)
                flat = _flatten_deep(_drop_elements(html, ("script", "style", "noscript"))) or flat
                text = trafilatura.extract(flat, include_comments=False, include_tables=False, favor_precision=True)
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


def read_stream(stream, limits: Limits = Limits()) -> bytes:
    """Read a binary stream (stdin) in chunks, stopping one byte past the most an input may hold
    (`--max-file-mb`, and the bytes that can hold `--max-chars` characters): a stream of any
    length costs at most that much memory. `document_from_bytes` then refuses an input over it."""
    limit = min(limits.max_file_bytes, single_document_bytes(limits)) + 1
    chunks: list[bytes] = []
    got = 0
    while got < limit:
        chunk = stream.read(min(1 << 20, limit - got))
        if not chunk:
            break
        chunks.append(chunk)
        got += len(chunk)
    return b"".join(chunks)


def document_from_bytes(data: bytes, name: str = "<stdin>", published: Optional[str] = None,
                        limits: Limits = Limits()) -> Item:
    """Decode raw bytes (stdin) like a text file: a Document, or a Skipped with the reason.

    The CLI should read `sys.stdin.buffer` with `read_stream` and call this, so piped bytes in
    any encoding (or binary garbage) get the same treatment, and the same reasons, as files.
    """
    try:
        if not data:
            raise InputError("empty input")
        max_bytes = min(limits.max_file_bytes, single_document_bytes(limits))
        if len(data) > max_bytes:
            # read_stream stops one byte past the limit: the size is "more than", not exact
            raise InputError(_over_limit(len(data), max_bytes, limits, what="input is", exact=False))
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
