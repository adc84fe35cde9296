"""Quotation marks paired from the text alone (no spaCy): `pair_quote_marks`, paragraph segments, direct quotes."""

from __future__ import annotations

import bisect
import re
from typing import NamedTuple, Optional

_DOUBLE_OPENERS = "“„‟«"
_DOUBLE_CLOSERS = "”»"
_SINGLE_OPENERS = "‘‚‛"
_SINGLE_CLOSERS = "’"
_DOUBLE_RE = re.compile(r"[\"“”„‟«»]")
_SINGLE_RE = re.compile(r"['‘’‚‛]")
#: Characters after which a mark opens a quotation.
_OPEN_LEFT = set("([{<—–-/:;") | set(_DOUBLE_OPENERS) | set(_SINGLE_OPENERS) | {'"', "'"}
#: Characters before which a mark closes a quotation.
_CLOSE_RIGHT = set(".,;:!?)]}>—–-…/") | set(_DOUBLE_CLOSERS) | set(_SINGLE_CLOSERS) | {'"', "'"}
#: A line whose last character is one of these ends a paragraph (not a hard-wrapped line).
_LINE_FINAL = set(".!?:;…") | set(_DOUBLE_CLOSERS) | set(_SINGLE_CLOSERS) | {'"', "'"}
#: Elisions that start with an apostrophe: ’90s, 'em, 'til, 'cause, rock 'n' roll.
_ELISION = re.compile(r"(?:\d\ds?\b|\d0s\b|(?:em|til|cause|cos|tis|twas|n|round|bout)\b)", re.I)
#: An age in apposition after a name: "Maria Lopez, 52, said".
AGE_RE = re.compile(r"(?<=\w),[ \t]+\d{1,3},")
_BLANK_LINE = re.compile(r"\n[ \t\r\f\v]*\n")
#: A wrapped line (plain text hard-wrapped) is at least this long.
_MIN_WRAPPED_LINE = 40


class MarkPair(NamedTuple):
    """An opening and a closing mark: the quotation is text[open + 1:close]."""

    open: int
    close: int
    kind: str  # "double" or "single"


def _prev(text: str, i: int) -> str:
    return text[i - 1] if i > 0 else "\n"


def _next(text: str, i: int) -> str:
    return text[i + 1] if i + 1 < len(text) else "\n"


def _opener_like(text: str, i: int) -> bool:
    p, n = _prev(text, i), _next(text, i)
    return (p.isspace() or p in _OPEN_LEFT) and not n.isspace()


def _closer_like(text: str, i: int) -> bool:
    p, n = _prev(text, i), _next(text, i)
    return not p.isspace() and (n.isspace() or n in _CLOSE_RIGHT)


def paragraph_break(text: str, a: int, b: int) -> Optional[int]:
    """The first paragraph break between a and b (the newline's index), or None.

    A blank line always breaks; a single newline breaks unless the line before it looks
    hard-wrapped (long, and not ending in sentence or quote punctuation)."""
    nl = text.find("\n", a, b)
    while nl != -1:
        blank = _BLANK_LINE.match(text, nl)
        line_start = text.rfind("\n", 0, nl) + 1
        line = text[line_start:nl].rstrip()
        wrapped = (
            not blank
            and len(line) >= _MIN_WRAPPED_LINE
            and line[-1] not in _LINE_FINAL
        )
        if not wrapped:
            return nl
        nl = text.find("\n", nl + 1, b)
    return None


def _pair_doubles(text: str) -> list[MarkPair]:
    pairs: list[MarkPair] = []
    open_at: Optional[int] = None  # index of the mark that opened the current quotation
    last: int = -1  # index of the last mark seen while open (opening or re-opening)
    for m in _DOUBLE_RE.finditer(text):
        i = m.start()
        c = text[i]
        is_open_type = c in _DOUBLE_OPENERS or (c == '"' and _opener_like(text, i))
        is_close_type = c in _DOUBLE_CLOSERS or (c == '"' and _closer_like(text, i))
        if c == '"' and not is_open_type and not is_close_type:
            is_open_type = is_close_type = True  # ambiguous: toggle
        if open_at is not None:
            brk = paragraph_break(text, last + 1, i)
            if brk is not None:
                # The quotation reached a paragraph end unclosed. It continues only when the
                # next paragraph starts with an opening mark and this is that mark.
                nxt = brk
                while nxt < len(text) and text[nxt].isspace():
                    nxt += 1
                if nxt == i and is_open_type and c not in _DOUBLE_CLOSERS:
                    last = i
                    continue
                open_at = None
        if open_at is None:
            if is_open_type and c not in _DOUBLE_CLOSERS:
                open_at = last = i
            continue
        # A quotation is open in this paragraph.
        if c in _DOUBLE_OPENERS or (is_open_type and not is_close_type):
            open_at = last = i  # the earlier opening mark was stray: restart here
            continue
        pairs.append(MarkPair(open_at, i, "double"))
        open_at = None
    return pairs


def _single_opener(text: str, i: int) -> bool:
    c = text[i]
    if c in _SINGLE_CLOSERS:
        return False
    if not _opener_like(text, i):
        return False
    n = _next(text, i)
    if not n.isalnum():
        return False
    return not _ELISION.match(text, i + 1)


def _single_closer(text: str, i: int) -> bool:
    c = text[i]
    if c in _SINGLE_OPENERS:
        return False
    p, n = _prev(text, i), _next(text, i)
    if p.isspace() or n.isalnum():
        return False  # ’90s, don’t, Merkel’s
    return True


def _pair_singles(text: str, blocked: list[tuple[int, int]]) -> list[MarkPair]:
    """Single-mark quotations within one line, outside double quotations."""
    starts = [a for a, _ in blocked]

    def inside_double(i: int) -> bool:
        k = bisect.bisect_right(starts, i) - 1
        return k >= 0 and blocked[k][0] <= i <= blocked[k][1]

    newlines = [m.start() for m in NEWLINE_RE.finditer(text)]
    marks = [m.start() for m in _SINGLE_RE.finditer(text)]
    marks = [i for i in marks if not inside_double(i)]
    pairs: list[MarkPair] = []
    k = 0
    while k < len(marks):
        i = marks[k]
        if not _single_opener(text, i):
            k += 1
            continue
        line_end = end_of_line(newlines, i, len(text))
        closers = []
        for j in range(k + 1, len(marks)):
            mj = marks[j]
            if mj >= line_end:
                break
            if _single_opener(text, mj) and not _single_closer(text, mj):
                break
            if _single_closer(text, mj):
                closers.append(j)
        if not closers:
            k += 1
            continue
        choice = closers[0]
        # "the players’ union": a plural possessive, when a later closing mark exists.
        for j in closers:
            mj = marks[j]
            possessive = (
                _prev(text, mj) in "sS"
                and _next(text, mj) == " "
                and mj + 2 < len(text)
                and text[mj + 2].islower()
            )
            if possessive and j != closers[-1]:
                continue
            choice = j
            break
        pairs.append(MarkPair(i, marks[choice], "single"))
        k = choice + 1
    return pairs


NEWLINE_RE = re.compile(r"\n")


def end_of_line(newlines: list[int], i: int, default: int) -> int:
    k = bisect.bisect_left(newlines, i)
    return newlines[k] if k < len(newlines) else default


def start_of_line(newlines: list[int], i: int) -> int:
    k = bisect.bisect_left(newlines, i) - 1
    return newlines[k] + 1 if k >= 0 else 0


def pair_quote_marks(text: str) -> list[MarkPair]:
    """Pair the quotation marks of `text`; sorted, non-overlapping, never raises.

    Double marks (straight or curly) pair within a paragraph, or across paragraphs when each
    new paragraph re-opens the quotation. Single marks pair within a line, outside double
    quotations; a double quotation nested in a single one is left to the outer one.
    """
    if not isinstance(text, str) or not text:
        return []
    doubles = _pair_doubles(text)
    singles = _pair_singles(text, [(p.open, p.close) for p in doubles])
    if not singles:
        return doubles
    out = list(singles)
    # singles are in text order and never overlap: only the last one opening before a double
    # can hold it (a look-up per double, not a scan of every single)
    single_opens = [s.open for s in singles]
    for d in doubles:
        k = bisect.bisect_left(single_opens, d.open) - 1
        if not (k >= 0 and d.close < singles[k].close):
            out.append(d)
    out.sort()
    # Defensive: keep them non-overlapping.
    result: list[MarkPair] = []
    for p in out:
        if result and p.open <= result[-1].close:
            continue
        result.append(p)
    return result


def paragraph_segments(text: str, pair: MarkPair) -> list[MarkPair]:
    """A quotation running over several paragraphs, one segment per paragraph.

    Each paragraph re-opens the quotation with a mark; a segment other than the last ends at
    the paragraph's line break (its `close` is that newline), so its words are still exactly
    the words inside the marks of that paragraph."""
    out: list[MarkPair] = []
    start, pos = pair.open, pair.open + 1
    while pos < pair.close:
        brk = paragraph_break(text, pos, pair.close)
        if brk is None:
            break
        nxt = brk
        while nxt < pair.close and text[nxt].isspace():
            nxt += 1
        if nxt >= pair.close:
            break
        if text[nxt] in _DOUBLE_OPENERS or text[nxt] == '"':
            out.append(MarkPair(start, brk, pair.kind))
            start = nxt
        pos = nxt + 1
    out.append(MarkPair(start, pair.close, pair.kind))
    return out


def is_direct(text: str, pair: MarkPair) -> bool:
    """A quotation is direct when it starts a sentence, a line, or follows a colon/comma/dash."""
    k = pair.open - 1
    while k >= 0 and text[k] in " \t":
        k -= 1
    if k < 0 or text[k] in "\n\r":
        return True
    return text[k] in ":,.;!?—–-([" or text[k] in _DOUBLE_CLOSERS + _SINGLE_CLOSERS + "\"'"
