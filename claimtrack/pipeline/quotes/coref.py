"""Pronoun coreference: 'he said' goes to the subject of the nearest paragraph naming a candidate."""

from __future__ import annotations

import bisect
from typing import Optional

from spacy.tokens import Token

from ...actorids.first_names import honorific_gender, name_gender, pronoun_gender
from .words import _PRONOUNS_GROUP, _PRONOUNS_ORG, _PRONOUNS_PERSON


class Coref:
    """Resolve pronoun speakers."""

    def paragraph_of(self, char: int) -> int:
        return bisect.bisect_right(self.par_starts, char) - 1

    def gender_of(self, name: Optional[str], aid: Optional[str]) -> Optional[str]:
        """'M' or 'F' when the person's name says it (an honorific, else its given name), or an
        alias opens with an honorific ("Mrs Roe"); an alias with a title ("Judge Ana Roe") is not
        read for a given name."""
        if aid is None:
            return name_gender(name or "")
        actor = self.actors[aid]
        for alias in actor.aliases:
            found = honorific_gender(alias or "")
            if found is not None:
                return found
        return name_gender(actor.name or "")

    def surely_person(self, cand: tuple) -> bool:
        """Whether a candidate (start, role, name, actor id) is a person by more than the entity
        recogniser's word: an age in apposition (no actor id), a title the article gives it, or a
        given name or honorific that settles a sex. The model also calls clubs and firms persons
        ("Harbour United"): such a name in passing is no antecedent to prefer over a subject."""
        aid = cand[3]
        return aid is None or bool(self.person_titles.get(aid)) or self.gender_of(cand[2], aid) is not None

    def resolve_pronoun(self, tok: Token) -> tuple[Optional[str], Optional[str]]:
        """(name, actor id) of the one a third-person pronoun stands for, or (None, None).

        The nearest paragraph (this one, then earlier ones) that names a candidate decides;
        within it a subject beats other mentions, then the nearest wins; a paragraph that
        names someone only in passing yields to the subject of the one before. Gender is not
        guessed from a name the dictionary does not settle, but "she" never takes a man's given name
        or honorific, nor "he" a woman's (`name_gender`). Names inside quotations are skipped (the
        quoted speaker talks about them)."""
        low = tok.lower_
        if low in _PRONOUNS_PERSON:
            types, reach = {"PERSON"}, 3000
        elif low in _PRONOUNS_ORG:
            types, reach = {"ORG", "GPE"}, 600
        elif low in _PRONOUNS_GROUP:
            types, reach = {"ORG", "NORP", "GPE"}, 600
        else:
            return None, None
        limit = tok.idx
        cands: list[tuple[int, int, Optional[str], Optional[str]]] = []  # (start, role, name, aid)
        k = bisect.bisect_left(self.mention_starts, limit)
        for j in range(k - 1, -1, -1):
            s, e, aid = self.mentions[j]
            if s < limit - reach:
                break
            if e > limit or self.actors[aid].type not in types or self.in_quote(s):
                continue
            span = self.doc.char_span(s, e, alignment_mode="expand")
            role = self.role_of(span.root) if span is not None and len(span) else 0
            cands.append((s, role, self.actors[aid].name, aid))
        if "PERSON" in types:
            for s, e, name, role in self.extra_people:
                if limit - reach <= s and e <= limit and not self.in_quote(s):
                    cands.append((s, role, name, None))
        if types != {"PERSON"}:
            cands = [c for c in cands if c[1] > 0]  # "it", "they": only a subject
        gender = pronoun_gender(low)
        if gender is not None:
            cands = [c for c in cands if self.gender_of(c[2], c[3]) in (None, gender)]
        if not cands:
            return None, None
        by_par: dict[int, list] = {}
        for c in cands:
            by_par.setdefault(self.paragraph_of(c[0]), []).append(c)
        pars = sorted(by_par, reverse=True)
        best = max(by_par[pars[0]], key=lambda c: (c[1], c[0]))
        if best[1] == 0 and len(pars) > 1 and (best[0] >= tok.sent.start_char or not self.surely_person(best)):
            # only a name in passing in the pronoun's own sentence ("after the meeting with X,
            # she said"): the subject of the paragraph before, if it has one, is the likelier
            # antecedent. A person's name in an earlier sentence of the paragraph is the last one
            # the reader met ("... a promise of Premier X. She said ..."): it stays the antecedent
            before = max(by_par[pars[1]], key=lambda c: (c[1], c[0]))
            if before[1] == 2:
                best = before
        name, aid = best[2], best[3]
        if aid is None:
            found = self.match_last_name(name)
            if found is not None:
                return self.actors[found].name, found
        return name, aid
