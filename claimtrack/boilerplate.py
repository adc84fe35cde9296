"""What is on the page but not in the article: front matter and page furniture.

- **Front matter** (a `---` YAML or `+++` TOML block opening a text or Markdown file) is the
  document's metadata: `title`, `date`, `url`, `publisher` ... become the document's title,
  publication date, url and source instead of a quote and a date claim.
- **Page furniture** ("4 min read", "12 Comments", "Read the article on the ... website", share
  and subscribe lines; the patterns are in data/page_furniture.txt) is not article text.

Both are *blanked*: every character except line breaks becomes a space. The document text keeps
its length, so every offset still indexes the file (or the record's text) exactly.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from .tables import load_lines

#: The longest line that can be furniture; longer lines are article text.
MAX_FURNITURE_CHARS = 120
#: A front matter block must close within this many characters of the start.
MAX_FRONT_MATTER_CHARS = 8_000

#: Front matter keys -> Document fields (the names static-site generators and scrapers use).
FRONT_MATTER_FIELDS = {
    "title": "title", "headline": "title",
    "date": "published", "published": "published", "publishdate": "published", "pubdate": "published",
    "date_published": "published", "datepublished": "published", "publishedat": "published",
    "date_publish": "published",
    "url": "url", "link": "url", "permalink": "url", "canonical_url": "url", "canonical": "url",
    "source": "source", "publisher": "source", "site": "source", "site_name": "source", "sitename": "source",
}

_MARKERS = re.compile(r"^[\s>#*•·\-–—]*")
_TRAILING = re.compile(r"[\s.:!…›»→]*$")
_FENCES = {"---": re.compile(r"^(?:---|\.\.\.)[ \t]*$"), "+++": re.compile(r"^\+\+\+[ \t]*$")}
_YAML_PAIR = re.compile(r"^([A-Za-z_][\w-]*)[ \t]*:[ \t]*(.*)$")
_TOML_PAIR = re.compile(r"^([A-Za-z_][\w-]*)[ \t]*=[ \t]*(.*)$")


@lru_cache(maxsize=1)
def _furniture() -> re.Pattern:
    return re.compile("|".join(f"(?:{p})" for p in load_lines("page_furniture.txt")), re.IGNORECASE)


def _blank(text: str) -> str:
    return re.sub(r"[^\r\n]", " ", text)


def is_furniture(line: str) -> bool:
    """True when the whole line is page furniture ("4 min read", "Share on Facebook")."""
    if len(line) > MAX_FURNITURE_CHARS:
        return False
    core = _TRAILING.sub("", _MARKERS.sub("", line))
    return bool(core) and _furniture().fullmatch(core) is not None


#: What separates the items of a page's metadata row ("By Ana Ruiz | 3 min read | 4 May 2026")
_ROW_SEPARATOR = re.compile(r"\s+[|·•]\s+")


def _blank_row_items(body: str) -> str:
    """A metadata row with its furniture items blanked ("By Ana Ruiz | 3 min read" keeps the
    byline, not the reading time); the row as it is when none is furniture."""
    if len(body) > 2 * MAX_FURNITURE_CHARS or not _ROW_SEPARATOR.search(body):
        return body
    out, pos = [], 0
    for sep in [*_ROW_SEPARATOR.finditer(body), None]:
        end = sep.start() if sep is not None else len(body)
        item = body[pos:end]
        out.append(_blank(item) if item.strip() and is_furniture(item) else item)
        if sep is not None:
            out.append(sep.group(0))
            pos = sep.end()
    return "".join(out)


def blank_furniture(text: str) -> str:
    """`text` with every furniture line blanked, and the furniture items of a metadata row
    (same length)."""
    out = []
    changed = False
    for line in text.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        if body.strip() and is_furniture(body):
            out.append(_blank(body) + line[len(body):])
            changed = True
            continue
        row = _blank_row_items(body)
        if row != body:
            out.append(row + line[len(body):])
            changed = True
        else:
            out.append(line)
    return "".join(out) if changed else text


def _value(raw: str) -> Optional[str]:
    raw = raw.strip()
    if len(raw) >= 2 and raw[0] == raw[-1] and raw[0] in "\"'":
        raw = raw[1:-1]
    elif raw.startswith(("[", "{", "|", ">")):  # lists, tables and block scalars: not a field value
        return None
    else:
        raw = re.sub(r"\s+#.*$", "", raw)  # a YAML comment after a plain value
    return raw.strip() or None


def split_front_matter(text: str) -> tuple[str, dict[str, str]]:
    """(text with its front matter blanked, {Document field: value}); unchanged when the text
    does not open with a closed `---`/`+++` block."""
    first, sep, _ = text.partition("\n")
    fence = first.strip()
    if fence not in _FENCES or not sep:
        return text, {}
    closing, pair = _FENCES[fence], (_YAML_PAIR if fence == "---" else _TOML_PAIR)
    pos = len(first) + 1
    meta: dict[str, str] = {}
    while pos < min(len(text), MAX_FRONT_MATTER_CHARS):
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        line = text[pos:end].rstrip("\r")
        if closing.match(line):
            return _blank(text[:end]) + text[end:], meta
        m = pair.match(line)
        if m:
            field = FRONT_MATTER_FIELDS.get(m.group(1).lower())
            value = _value(m.group(2))
            if field and value and field not in meta:
                meta[field] = value
        pos = end + 1
    return text, {}
