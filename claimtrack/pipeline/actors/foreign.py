"""Bodies' names in Spanish, Portuguese, French, Italian and Catalan, which open with the body's
word and join their other words with prepositions: "Universidad Nacional de X", "Commission de
Contrôle du Secteur Y", "Instituto de Estadística y Geografía". English names end in the head noun
("X University") or join with "of"; the small English model cuts these at the lower-case words or
reads a word of them as a place or a person. The name runs from a head of actor_cues.json
`romance_org_heads` over capitalised words and, through a joiner of `romance_name_joiners` (and an
article after it), over the capitalised words after it; it needs at least one joiner and three
words. It replaces the model's pieces inside it; a piece that runs past it leaves it alone.
"""

from __future__ import annotations

from spacy.tokens import Doc

from ...actorids.gazetteer import Tables
from .layout import Layout
from .state import Cand, DocState

#: Articles that may follow a joiner inside such a name ("de la", "de los", "du", "das"), or open
#: it ("La Voz del Valle", "O Correio do Sul": the body's head word follows).
ROMANCE_ARTICLES = frozenset("la las los le les el lo il gli o a os as".split())


class Foreign:
    """Add the Romance-language names of bodies the model cut or missed."""

    tables: Tables
    st: DocState

    def _add_romance_names(self, doc: Doc, cands: list[Cand], layout: Layout) -> list[Cand]:
        heads = self.tables.cue("romance_org_heads")
        joiners = self.tables.cue("romance_name_joiners")
        toks = self.st.tokens
        n = len(toks)
        out = list(cands)
        i = 0
        while i < n:
            tok = toks[i]
            if not (tok.is_title and tok.lower_ in heads) or layout.kind(tok.idx) != "body":
                i += 1
                continue
            j, joined = i + 1, False
            while j < n:
                t = toks[j]
                if t.is_title and t.is_alpha:
                    j += 1
                    continue
                if t.is_lower and t.lower_ in joiners:
                    k = j + 1
                    if k < n and toks[k].is_lower and toks[k].lower_ in ROMANCE_ARTICLES:
                        k += 1
                    if k < n and toks[k].is_title and toks[k].is_alpha:
                        joined, j = True, k + 1
                        continue
                break
            if not joined or j - i < 3:
                i += 1
                continue
            cs, ce = tok.idx, toks[j - 1].idx + len(toks[j - 1].text)
            touching = [c for c in out if c.start < ce and cs < c.end]
            if any(c.start < cs and c.end > cs or c.end > ce for c in touching) \
                    or touching and all(c.start == cs and c.end == ce for c in touching):
                i = j
                continue
            out = [c for c in out if not (cs <= c.start and c.end <= ce)]
            out.append(Cand(cs, ce, "ORG", i, j, layout="body"))
            i = j
        if len(out) != len(cands) or any(a is not b for a, b in zip(out, cands)):
            out.sort(key=lambda c: c.start)
        return out
