"""Reading: files (found by `walk`) and streams into Documents within the size limits, with the
publication date filled from metadata, the --published option or a dateline."""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path
from typing import Iterable, Iterator, Optional, Union

from ..models import Skipped
from ..tables import TableError
from ..text import one_line
from .decode import decode_bytes
from .document import (DATELINE_WINDOW, HTML_SUFFIXES, JSON_SUFFIXES, JSONL_SUFFIXES, MAX_PUBLISHED_CHARS, TEXT_SUFFIXES,
                       Document, InputError, Item, Limits, OverCharLimit, clean_str, os_reason, tidy, too_long_reason)
from .formats import html_document, json_documents, jsonl_documents
from .walk import iter_paths


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
            except TableError:
                raise  # a broken data table is no fault of the file: it stops the run (claimtrack.tables)
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
    """Set the publication date from metadata, else the option, else a dateline. A date helper
    failing costs the date (with a warning), not the document; a data table that cannot be loaded
    (tables.TableError) raises."""
    try:
        from ..dateparse import find_dateline, normalise_published

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
    except TableError:
        raise  # a broken data table costs every document its date: it stops the run instead
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
        doc = html_document(text, name, encoding)
        doc.path = str(path)
        yield doc
    elif suffix in JSONL_SUFFIXES or suffix in JSON_SUFFIXES:
        records = jsonl_documents(text, name, encoding) if suffix in JSONL_SUFFIXES else json_documents(text, name, encoding)
        for item in records:
            if isinstance(item, Document):
                item.path = str(path)
            yield item
    else:
        if not text.strip():
            raise InputError("file holds only white space")
        doc = Document(name=name, text=text, path=str(path), encoding=encoding, format="text")
        tidy(doc, front_matter=True)
        if not doc.text.strip():
            raise InputError("file holds only front matter and page furniture")
        if encoding:
            doc.warnings.append(f"not UTF-8: decoded as {encoding}")
        yield doc


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
        raise InputError(f"cannot open: {os_reason(err)}")
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
        raise InputError(f"cannot read: {os_reason(err)}")
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


def document_from_text(text: str, name: str = "<stdin>", published: Optional[str] = None) -> Document:
    """Make a Document from a string (for the Python API and stdin)."""
    doc = Document(name=name, text=clean_str(text))
    tidy(doc, front_matter=True)
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
    tidy(doc, front_matter=True)
    if encoding:
        doc.warnings.append(f"not UTF-8: decoded as {encoding}")
    _fill_published(doc, published)
    return doc
