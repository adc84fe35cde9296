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

The package, one job per module: `document` (the Document record, limits, errors and the
clean-ups every reader applies), `walk` (finding files in folders), `read` (reading files and
streams into Documents within the limits), `decode` (bytes to text), `formats` (HTML, JSON and
JSONL to Documents).
"""

from .decode import decode_bytes
from .document import (DATELINE_WINDOW, DEFAULT_MAX_CHARS, DEFAULT_MAX_FILE_BYTES, HTML_SUFFIXES, JSON_SUFFIXES,
                       JSONL_SUFFIXES, MAX_PUBLISHED_CHARS, PUBLISHED_KEYS, SUPPORTED_SUFFIXES, TEXT_SUFFIXES, Document,
                       InputError, Item, Limits, OverCharLimit, too_long_reason)
from .read import document_from_bytes, document_from_text, read_documents, read_file, read_stream, single_document_bytes
from .walk import iter_paths

__all__ = [
    "DATELINE_WINDOW", "DEFAULT_MAX_CHARS", "DEFAULT_MAX_FILE_BYTES", "HTML_SUFFIXES", "JSON_SUFFIXES",
    "JSONL_SUFFIXES", "MAX_PUBLISHED_CHARS", "PUBLISHED_KEYS", "SUPPORTED_SUFFIXES", "TEXT_SUFFIXES",
    "Document", "InputError", "Item", "Limits", "OverCharLimit", "decode_bytes", "document_from_bytes",
    "document_from_text", "iter_paths", "read_documents", "read_file", "read_stream", "single_document_bytes",
    "too_long_reason",
]
