"""Quotes compared by speaker and wording (rapidfuzz), with a word-level difference."""

from __future__ import annotations

import difflib
import re
from typing import Optional

from rapidfuzz import fuzz

from ..models import Quote
from .context import fold

#: Same words: normalised similarity at or above this (0..100).
SAME_WORDS = 90
#: A part of the other quote: partial similarity at or above this, shorter side >= MIN_PART_WORDS.
PART_OF = 95
MIN_PART_WORDS = 3
#: Reworded: token-set similarity at or above this (below it, two different quotes).
REWORDED = 72
#: Word pairs this similar are spelling variants ("organisation"/"organization").
SPELLING = 85

_TOKEN = re.compile(r"[^\W_]+(?:['’][^\W_]+)?", re.UNICODE)


def words(text: str) -> list[str]:
    return [m.group(0).replace("’", "'") for m in _TOKEN.finditer(fold(text))]


def same_speaker(a: Quote, b: Quote) -> Optional[bool]:
    """True/False when both speakers are known, None when either is not."""
    if a.speaker_id and b.speaker_id and a.speaker_id == b.speaker_id:
        return True
    if not (a.speaker or a.speaker_id) or not (b.speaker or b.speaker_id):
        return None
    na, nb = words(a.speaker or a.speaker_id or ""), words(b.speaker or b.speaker_id or "")
    if not na or not nb:
        return None
    if na == nb or fuzz.ratio(" ".join(na), " ".join(nb)) >= 92:
        return True
    # "Merkel" and "Angela Merkel"; "Jose Garcia" and "José García" (folded already).
    if na[-1] == nb[-1] and (len(na) == 1 or len(nb) == 1 or na[0][:1] == nb[0][:1]):
        return True
    return False


def word_diff(a: str, b: str, limit: int = 6) -> tuple[list[str], bool]:
    """Word-level changes from A to B ("-old +new"), and whether any is material (not spelling)."""
    wa, wb = words(a), words(b)
    out: list[str] = []
    material = False
    sm = difflib.SequenceMatcher(a=wa, b=wb, autojunk=False)
    for op, i1, i2, j1, j2 in sm.get_opcodes():
        if op == "equal":
            continue
        old, new = " ".join(wa[i1:i2]), " ".join(wb[j1:j2])
        if op == "replace" and i2 - i1 == j2 - j1 and all(
            fuzz.ratio(x, y) >= SPELLING for x, y in zip(wa[i1:i2], wb[j1:j2])
        ):
            kind = "spelling"
        else:
            kind = "words"
            material = True
        if len(out) < limit:
            if op == "delete":
                out.append(f"-“{old}”")
            elif op == "insert":
                out.append(f"+“{new}”")
            else:
                out.append(f"“{old}” → “{new}”" + (" (spelling)" if kind == "spelling" else ""))
    return out, material


def compare_quotes(a: Quote, b: Quote) -> Optional[tuple[str, str, str, float]]:
    """(status, relation, reason, score) for two quotes, or None when they are different quotes."""
    ta, tb = " ".join(words(a.text)), " ".join(words(b.text))
    if not ta or not tb:
        return None
    ratio = fuzz.ratio(ta, tb)
    shorter = min(len(ta.split()), len(tb.split()))
    partial = fuzz.partial_ratio(ta, tb) if shorter >= MIN_PART_WORDS else 0.0
    speaker = same_speaker(a, b)
    sa, sb = a.speaker or "an unnamed speaker", b.speaker or "an unnamed speaker"
    same_words = ratio >= SAME_WORDS or partial >= PART_OF
    if same_words:
        if speaker is False:
            return ("conflict", "other-speaker",
                    f"the same words are attributed to {sa} in A and to {sb} in B", ratio / 100)
        changes, material = word_diff(a.text, b.text)
        who = f"{sa}" if speaker else f"{sa} in A, {sb} in B"
        if ratio >= SAME_WORDS and not material:
            detail = "identical wording" if not changes else "same words up to spelling: " + "; ".join(changes)
            return ("agree", "equal", f"quote by {who}: {detail}", ratio / 100)
        if ratio >= SAME_WORDS:
            return ("agree", "equal", f"quote by {who}: near-identical wording ({'; '.join(changes)})", ratio / 100)
        part = "A quotes part of B's quote" if len(ta) < len(tb) else "B quotes part of A's quote"
        return ("agree", "refines", f"quote by {who}: {part}", partial / 100)
    if speaker and fuzz.token_set_ratio(ta, tb) >= REWORDED:
        changes, material = word_diff(a.text, b.text)
        if not material:
            return ("agree", "equal", f"quote by {sa}: same words up to spelling ({'; '.join(changes)})", ratio / 100)
        return ("conflict", "reworded",
                f"{sa} quoted in different words: " + "; ".join(changes), fuzz.token_set_ratio(ta, tb) / 100)
    return None
