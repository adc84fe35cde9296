"""Headline fragments: names on Title-Case lines kept only where the body confirms them."""

from __future__ import annotations

from spacy.tokens import Doc

from ...actorids.gazetteer import Tables
from ...actorids.names import cached_name_key
from .state import Cand, DocState
from ...actorids.words import STRIP_CHARS


class Headlines:
    """Cut headline fragments the body does not confirm."""

    tables: Tables
    st: DocState

    def _headlines(self, doc: Doc, cands: list[Cand]) -> list[Cand]:
        """Headline fragments: keep table names and names the body confirms, cut the rest."""
        body_keys: dict[str, Cand] = {}
        surnames: set[str] = set()
        for c in cands:
            if c.layout == "body":
                key = cached_name_key(self.st.text[c.start:c.end])
                body_keys.setdefault(key, c)
                if c.label == "PERSON":
                    for w in key.split():
                        surnames.add(w)
        out = []
        for c in cands:
            if c.layout in ("byline",) and c.label == "PERSON":
                continue
            if c.layout in ("byline", "credit") and c.label in ("GPE", "LOC"):
                c.role = "location"  # "By Jane Roe, Tarvik": where the writer files from, acting nowhere
            if c.layout == "body" or c.entry is not None:
                out.append(c)
                continue
            key = cached_name_key(self.st.text[c.start:c.end])
            if key in body_keys:
                out.append(c)
                continue
            # the longest prefix of tokens that the body names ("Macron Confirms" -> "Macron")
            for k in range(c.tok_end - 1, c.tok_start, -1):
                sub = doc[c.tok_start:k]
                sk = cached_name_key(sub.text)
                if sk in body_keys or (k - c.tok_start == 1 and sk in surnames):
                    end = sub.end_char
                    while end > c.start and self.st.text[end - 1] in STRIP_CHARS:
                        end -= 1
                    if end > c.start:
                        label = body_keys[sk].label if sk in body_keys else "PERSON"
                        src = body_keys.get(sk)
                        out.append(Cand(c.start, end, label, c.tok_start, k, layout=c.layout,
                                        entry=src.entry if src else None,
                                        role=src.role if src else "actor"))
                    break
        return out
