"""A state body described by its kind and the same body named: one actor, of the stated country.

A report often names a body once in full and otherwise by its kind and field ("the Ministry of
Roads and Ports ... the ports ministry said", "the Velmar Coast Guard ... the coast guard"). The
institutions step reads the description as "<Field> <Head> (<owner>)"; this step joins it to the
body the document names when the name holds every word of the description (plurals read as
singulars: "ports" / "port"), its head is the description's head (the parse's root of the name:
"Authority" of "Harbours and Inland Waterways Authority"), and the body is of the description's owner.

A named body's country is the one its name states ("Central Bank of Velmar", "the Velmarian
Coast Guard"), else the one the text puts right before it (a possessive, "Velmar's Ministry of
X", or a country's adjective the model left out of the name), else the story's country. So
another country's ministry never takes a description of the home country's ("Norway's Ministry
of Fisheries" in a story about Iceland stays apart from Iceland's "fisheries ministry"). With two
named bodies that fit, which one is meant is unknown, and the description stays as it is.
"""

from __future__ import annotations

from typing import Optional

from spacy.tokens import Doc

from ...actorids.gazetteer import Tables
from ...actorids.names import cached_name_key
from ...actorids.words import POSSESSIVE_TOKENS
from ...parsers.lexicon import singular
from .state import Cand, DocState

#: Words inside a body's name that are no word of its field or head.
_JOINERS = frozenset("of the and & for on".split())


class NamedBodies:
    """Join a body described by its kind to the one body of that description the document names."""

    tables: Tables
    st: DocState

    def _join_described_bodies(self, doc: Doc, cands: list[Cand]) -> list[Cand]:
        named = [c for c in cands if c.label == "ORG" and not c.outlet and c.same_as is None
                 and (c.entry is None or c.entry.kind == "org" and " (" not in c.entry.name)
                 and c.tok_end - c.tok_start >= 2]
        if not named:
            return cands
        fields = {id(n): self._name_words(doc, n) for n in named}
        for c in cands:
            if c.entry is None or c.entry.kind != "org" or c.label != "ORG" or not c.entry.name.endswith(")"):
                continue
            head, _, owner = c.entry.name[:-1].partition(" (")
            if not owner or not self._is_country(owner):
                continue
            words = [singular(w) for w in cached_name_key(head).split() if w not in _JOINERS]
            if len(words) < 2:
                continue  # "Ministry (X)": the bare head is the institutions step's to resolve
            fits = {}
            for n in named:
                root, name_words = fields[id(n)]
                if root == words[-1] and set(words) <= name_words and self._stated_country(doc, n) == owner:
                    fits.setdefault(cached_name_key(self.st.text[n.start:n.end]), n)
            if len(fits) == 1:
                c.same_as = next(iter(fits.values()))
        return cands

    def _name_words(self, doc: Doc, n: Cand) -> tuple[str, set[str]]:
        """The singular of the name's root (its head noun) and of every word of the name."""
        span = doc[n.tok_start:n.tok_end]
        return singular(span.root.lower_), {singular(t.lower_) for t in span if t.is_alpha}

    def _is_country(self, name: str) -> bool:
        entry = self.tables.aliases.get(cached_name_key(name))
        return entry is not None and entry.kind == "country"

    def _country_of(self, text: str) -> Optional[str]:
        """The country a word or words name, as a name or an adjective ("Velmar", "Velmarian")."""
        entry = self.tables.aliases.get(cached_name_key(text))
        if entry is None or entry.kind not in ("country", "demonym"):
            return None
        country = self.tables.aliases.get(cached_name_key(entry.name))
        return country.name if country is not None and country.kind == "country" else None

    def _stated_country(self, doc: Doc, n: Cand) -> Optional[str]:
        """The country of a named body: the one its name states, else the one before it, else the
        story's (see the module docstring); None when its name states two."""
        toks = self.st.tokens
        inside, covered = set(), set()
        for size in (3, 2, 1):  # the longest names first: "South Sudan", not "Sudan"
            for i in range(n.tok_start, n.tok_end - size + 1):
                words = doc[i:i + size]
                if covered.isdisjoint(range(i, i + size)) and words[0].is_title and words[-1].is_title:
                    country = self._country_of(words.text)  # ("and" is no code of Andorra)
                    if country is not None:
                        inside.add(country)
                        covered.update(range(i, i + size))
        if inside:
            return next(iter(inside)) if len(inside) == 1 else None
        k = n.tok_start
        if k > 0 and toks[k - 1].lower_ == "the":
            k -= 1
        if k > 0 and toks[k - 1].text in POSSESSIVE_TOKENS:
            j = k - 1
            for size in (3, 2, 1):
                if j - size >= 0:
                    country = self._country_of(doc[j - size:j].text)
                    if country is not None:
                        return country
        if n.tok_start > 0 and toks[n.tok_start - 1].ent_type_ == "NORP":
            country = self._country_of(toks[n.tok_start - 1].text)
            if country is not None:
                return country
        return self.st.country
