"""Small pure helpers over quote items (dicts) and strings, shared by the quote steps."""

from __future__ import annotations

import re

from .words import MINOR_WORDS


def is_title_case(words: list[str]) -> bool:
    content = [w for w in words if w.lower() not in MINOR_WORDS]
    if not content:
        return False
    return all(w[0].isupper() for w in content)


def norm_words(s: str) -> str:
    return " ".join(re.findall(r"\w+", s.lower()))


def last_word(name: str) -> str:
    name = re.sub(r"['’]s?$", "", name.strip())
    words = re.findall(r"\w+", name.lower())
    return words[-1] if words else ""


def _gap_has_sentence_end(gap: str) -> int:
    return len(re.findall(r"[.!?]+[\"'”’)]*(?:\s|$)", gap))


def same_sentence(text: str, x: dict, y: dict, ends=None) -> bool:
    if x is y:
        return False
    first, second = (x, y) if x["pair"].open < y["pair"].open else (y, x)
    gap = text[first["pair"].close + 1 : second["pair"].open]
    count = ends(first["pair"].close + 1, second["pair"].open) if ends else _gap_has_sentence_end(gap)
    return "\n" not in gap and count == 0


def attributed(it: dict) -> bool:
    return bool(it.get("speaker")) or it.get("speaker_span") is not None


def named_speaker(it: dict, proper: set) -> bool:
    """The speaker is an actor or a proper name (not a description like "critics")."""
    return it["speaker_id"] is not None or it["speaker"] in proper


def inherit_speaker(it: dict, src: dict) -> None:
    it["speaker"], it["speaker_id"] = src["speaker"], src["speaker_id"]
    it["speaker_span"] = src["speaker_span"]
    it["cue"] = it["cue"] or src["cue"]


def continues(text: str, prev: dict, it: dict, ends=None) -> bool:
    """`it` has no attribution of its own and follows `prev` closely: the same speaker goes on.

    Within a paragraph: at most one sentence end between them ("..., Jane Roe said. “It's as
    simple as that.”"). Across a line break: the gap is at most the tail of one sentence.
    `ends(a, b)` counts the sentence ends in text[a:b] (default: every '.', '!' or '?' before a
    space, abbreviations included)."""
    if prev["speaker"] is None and prev["speaker_span"] is None:
        return False
    gap = text[prev["pair"].close + 1 : it["pair"].open]
    if len(gap) > 300:
        return False
    ends = ends(prev["pair"].close + 1, it["pair"].open) if ends else _gap_has_sentence_end(gap)
    if "\n" not in gap:
        return ends <= 1
    if prev.get("full_stop"):
        ends += 1  # the quotation ended its sentence: the gap holds whole sentences of its own
    return ends <= 1 and len(gap.strip()) < 150
