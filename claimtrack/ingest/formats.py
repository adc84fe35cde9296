"""Formats: an HTML page (article text by trafilatura), a JSON object or list, or JSONL lines,
into Documents; a bad record is skipped with its reason, the others kept."""

from __future__ import annotations

import json
import re
from typing import Iterator, Optional

from ..models import Skipped
from ..text import one_line
from .document import PUBLISHED_KEYS, Document, InputError, Item, clean_str, str_or_none, tidy


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


def html_document(html: str, name: str, encoding: Optional[str]) -> Document:
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
    doc = Document(name=name, text=clean_str(text), encoding=encoding, format="html")
    tidy(doc)
    if meta is not None:
        doc.title = str_or_none(meta.title)
        doc.url = str_or_none(meta.url)
        doc.source = str_or_none(meta.sitename)
        doc.published = str_or_none(meta.date)
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
        text=clean_str(text),
        title=str_or_none(record.get("title")),
        url=str_or_none(record.get("url")),
        source=str_or_none(record.get("source")),
        published=str_or_none(published),
        encoding=encoding,
        format="json",
    )
    if doc.text != text:
        doc.warnings.append("lone surrogate escapes in 'text' replaced by U+FFFD")
    tidy(doc)
    return doc


def _json_type(value: object) -> str:
    return {dict: "object", list: "list", bool: "boolean", int: "number", float: "number"}.get(type(value), "value")


def _record_id(record: object) -> Optional[str]:
    rid = record.get("id") if isinstance(record, dict) else None
    if isinstance(rid, bool) or not isinstance(rid, (str, int)):
        return None
    rid = clean_str(str(rid))
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


def jsonl_documents(text: str, name: str, encoding: Optional[str] = None) -> Iterator[Item]:
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


def json_documents(text: str, name: str, encoding: Optional[str] = None) -> Iterator[Item]:
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
