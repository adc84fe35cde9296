"""Guards around the parts of the pipeline claimtrack does not own: the tokenizer and the model.

Two inputs make spaCy's own work grow faster than the text (issue 14):

- a long run of characters without white space ('€=()!...' or emoji, thousands in a row): the
  tokenizer re-searches its prefix, suffix and infix patterns over the rest of the run at each
  split, so a run of n characters costs about n², and
- one long document: the model's memory grows with the document it holds (one 2M-character
  document peaked at 6.7 GB, 2,000 ordinary articles at 199 MB).

`make_doc` keeps a run longer than `MAX_RUN` characters out of the tokenizer, as tokens of at
most `MAX_RUN` characters (nothing is extracted from inside such a run). `model_doc` runs the
model over windows of at most `WINDOW_CHARS` characters cut at paragraph breaks (else line
breaks, sentence ends, white space) and joins the processed windows into one Doc before
claimtrack's own components run, so they see the whole document (actors are merged, quotes
paired and claims built over all of it). The joined Doc's text is the document's text, character
for character, so every offset is exact. A document of at most `WINDOW_CHARS` characters without
such a run goes through `nlp.make_doc` and `nlp.pipe` exactly as before.

What windowing changes on a document that is split: the model sees each window alone, so a
sentence, entity or dependency arc never spans a window boundary; the boundaries are paragraph
breaks whenever the text has them, where the parser ends a sentence anyway.
"""

from __future__ import annotations

import re
from typing import Iterable

from spacy.language import Language
from spacy.tokens import Doc

#: Longest run of non-white-space characters handed to the tokenizer. A longer run (longer than
#: any word, and than nearly every URL, of news text) is kept as opaque tokens of this length:
#: the tokenizer's time on a run grows with its square (~13 µs a character at 250 characters of
#: punctuation, 190 µs at 2,000) and, split into a token per character, the model's with its
#: length (a token per character, against one per five or six in prose).
MAX_RUN = 250
#: Longest text the model sees at once; longer documents are processed in windows.
WINDOW_CHARS = 50_000

#: A run longer than MAX_RUN, tried only where a run starts (linear however the text is made).
_LONG_RUN = re.compile(r"(?<!\S)\S{%d,}" % (MAX_RUN + 1))
#: Where a window may end, best first: after a paragraph break, a line break, a sentence end,
#: any white space.
_CUTS = (re.compile(r"\n[^\S\n]*\n\s*"), re.compile(r"\n\s*"), re.compile(r"[.!?][\"'\u201d\u2019)]*\s+"),
         re.compile(r"\s+"))


def _run_segments(text: str) -> list[tuple[int, int, bool]]:
    """(start, end, is_long_run) pieces covering `text` in order."""
    out: list[tuple[int, int, bool]] = []
    pos = 0
    for m in _LONG_RUN.finditer(text):
        s, e = m.span()
        if s > pos:
            out.append((pos, s, False))
        # the run takes one following space, as the token before a space would
        if e < len(text) and text[e] == " ":
            e += 1
        out.append((s, e, True))
        pos = e
    if pos < len(text):
        out.append((pos, len(text), False))
    return out


def make_doc(nlp: Language, text: str) -> Doc:
    """`nlp.make_doc(text)`, except that a run of more than MAX_RUN non-space characters becomes
    tokens of MAX_RUN characters (the last one shorter) instead of going through the tokenizer.
    The Doc's text is `text`, character for character."""
    if _LONG_RUN.search(text) is None:
        return nlp.make_doc(text)
    docs = []
    for a, b, run in _run_segments(text):
        if not run:
            docs.append(nlp.make_doc(text[a:b]))
            continue
        space = text[b - 1] == " "  # the run's last piece took one following space
        end = b - 1 if space else b
        words = [text[i:min(i + MAX_RUN, end)] for i in range(a, end, MAX_RUN)]
        docs.append(Doc(nlp.vocab, words=words, spaces=[False] * (len(words) - 1) + [space]))
    return Doc.from_docs(docs, ensure_whitespace=False) if len(docs) > 1 else docs[0]


def windows(text: str, size: int | None = None) -> list[tuple[int, int]]:
    """(start, end) windows covering `text`, each at most `size` characters where the text allows,
    ending after a paragraph break if one is in reach, else a line break, a sentence end, white
    space, or (a whitespace-free stretch longer than `size`) anywhere."""
    size = size or WINDOW_CHARS
    out: list[tuple[int, int]] = []
    pos, n = 0, len(text)
    while n - pos > size:
        limit = pos + size
        cut = None
        for pattern in _CUTS:
            last = None
            # the last break in the second half of the window (a search from the middle, not
            # from every position: linear in the window)
            for m in pattern.finditer(text, pos + size // 2, limit):
                last = m
            if last is not None:
                cut = min(last.end(), limit)
                break
        if cut is None or cut <= pos:
            cut = limit
        out.append((pos, cut))
        pos = cut
    out.append((pos, n))
    return out


def needs_guard(text: str, window: int | None = None) -> bool:
    """True when `text` is longer than a window or holds a run longer than MAX_RUN."""
    return len(text) > (window or WINDOW_CHARS) or _LONG_RUN.search(text) is not None


def model_doc(nlp: Language, text: str, own: Iterable[str], window: int | None = None) -> Doc:
    """The Doc of `text` with the model's annotations, the model run over windows of at most
    `window` characters (default WINDOW_CHARS) and the windows joined; the components named in
    `own` (claimtrack's) are not run: the caller runs them over the whole Doc."""
    own = set(own)
    model = [nlp.get_pipe(name) for name in nlp.pipe_names if name not in own]
    done: list[Doc] = []
    for a, b in windows(text, window):
        part = make_doc(nlp, text[a:b])
        for proc in model:
            part = proc(part)
        done.append(part)
    if len(done) == 1:
        return done[0]
    return Doc.from_docs(done, ensure_whitespace=False, exclude=["tensor", "user_data"])
