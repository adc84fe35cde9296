"""The Document record, the size limits, the errors a reader raises (each a one-line skip
reason) and the clean-ups every reader applies (surrogates, front matter, page furniture)."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Optional, Union

from ..models import Skipped
from ..text import one_line

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


def os_reason(err: BaseException) -> str:
    if isinstance(err, PermissionError):
        return "permission denied"
    if isinstance(err, OSError) and err.strerror:
        return err.strerror.lower()
    return f"{type(err).__name__}: {one_line(str(err))}"


def clean_str(value: str) -> str:
    """Lone surrogates (from JSON '\\ud800' escapes) cannot be written as UTF-8: replace each by
    U+FFFD, one character for one, so offsets are unchanged."""
    try:
        value.encode("utf-8")
        return value
    except UnicodeEncodeError:
        return "".join("\ufffd" if 0xD800 <= ord(c) <= 0xDFFF else c for c in value)


def str_or_none(value: object) -> Optional[str]:
    if value is None or isinstance(value, (dict, list)):
        return None
    return clean_str(str(value))[:10_000] or None


def tidy(doc: Document, *, front_matter: bool = False) -> None:
    """Blank what is on the page but not in the article (boilerplate.py): a text file's front
    matter (its fields fill the document's empty metadata) and page-furniture lines. The text
    keeps its length, so offsets are unchanged."""
    from ..boilerplate import blank_furniture, split_front_matter

    if front_matter:
        doc.text, meta = split_front_matter(doc.text)
        for key, value in meta.items():
            if getattr(doc, key) is None:
                setattr(doc, key, str_or_none(value))
    doc.text = blank_furniture(doc.text)
