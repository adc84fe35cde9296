"""An organisation named short by words from inside or at the end of its full name.

News introduces a body by its full name once and then names it by the words that tell it apart:
"the Mutuelle Trelan Credit ... Trelan Credit said", "the Orvaldi Growers' Association ... the
Growers' Association", "Les Echos du Nord ... the Echos". A name that begins the full name is
taken up by `Merge._short_org_names`; this room takes the other runs of its words that hold its
head (the end of an English name, before a company's legal form; the words after the head word
or the article that opens a Romance name), so
that one body has one id in the document (issue 16 item 5: no fragments).
"""

from __future__ import annotations

from typing import Callable

from ...actorids.first_names import is_first_name
from ...actorids.gazetteer import Entry, Tables
from ...actorids.names import LEADING_THE, cached_name_key
from ...actorids.words import ORG_HEADS_SET
from ...titles import PERSON_HONORIFICS, title_table
from .foreign import ROMANCE_ARTICLES
from .state import Cand, DocState


#: Words that open the complement of a body's name ("of", "for"; "de", "del", "du", "des" of names
#: in Romance languages): what follows names what the body is of or for (a company its workers'
#: union speaks against, a place, a people), another actor, never the body named short.
_COMPLEMENT = frozenset({"of", "for", "de", "del", "du", "des", "da", "do", "dos", "das", "di", "della"})


def _inner_run(words: list[str], full: list[str], heads: frozenset[str] = frozenset(),
               forms: frozenset[str] = frozenset(), place: Callable[[str], bool] = lambda key: False) -> bool:
    """`words` stand together in `full`, a name of three words or more, not at its start, and are
    how news names that body short:
    - the words after a head of `heads` or an article written first (a Romance name opens with its
      head, after an article if any: "Trelan" and "Trelan Credit" of the "Mutuelle Trelan Credit",
      "Voz" of "La Voz del Valle");
    - the name's last word, or its last words where the words left out name a place (`place`, on
      their key): the story's country is dropped where the story makes it plain ("the Highway
      Authority" of "the Ghana Highway Authority"), while other words tell one body from another:
      the "National Bank" is not the "First National Bank", the "Coastal Fishers Union" not the
      "Northern Coastal Fishers Union". A company's legal form of `forms` after them is no part of
      the name said short ("Orvel" of "Brandt Orvel AG").
    The words before an English head name what the body is named after, its company or its place,
    another actor: "the Independent Korvel Drivers Union" is no "Korvel". (The last word of a name
    of two is how news takes up a person by the surname, "Jon Oyelaran" ... "Oyelaran said", and
    the model often calls such a person an organisation. A run after "the" names the place or the
    thing a body is named after: "the Chamber of the Varos Islands"; a run after "of" or "for"
    names what the body is of: "the Union of Delvan Miners" is no "Delvan".)"""
    n = len(words)
    end = len(full) - 1 if full[-1] in forms else len(full)
    return len(full) >= 3 and 0 < n < len(full) and any(
        full[i:i + n] == words and full[i - 1] != "the" and not _COMPLEMENT.intersection(full[:i])
        and (i == 1 and (full[0] in heads or full[0] in ROMANCE_ARTICLES)
             or i + n in (end, len(full)) and (n == 1 or place(" ".join(full[:i]))))
        for i in range(1, len(full) - n + 1))


def _titled_person(words: list[str]) -> bool:
    """'Director Jon Oyelaran', the model's organisation: a title or an honorific first and no
    organisation's head noun last is a person named with a title, no organisation's name."""
    first = words[0].rstrip(".")
    return (first in title_table().heads or first in PERSON_HONORIFICS) and words[-1] not in ORG_HEADS_SET


class InnerNames:
    """Mixin of the actor finder: short names taken from inside one organisation's full name."""

    st: DocState
    tables: Tables

    def _inner_org_names(self, cands: list[Cand]) -> None:
        """A name no table knows, that the model calls an organisation or (with no title and no
        given name first) a person, and that the text shows as no place, whose words stand together
        after the first word of exactly one organisation name of three words or more in the
        document and hold its head (`_inner_run`), is that organisation ("Trelan Credit" of the "Mutuelle
        Trelan Credit"; the Romance heads are actor_cues.json 'romance_org_heads'). Not an
        organisation's head noun alone ("the Bureau": a description), a first-level subdivision or
        a town the model calls a place, nor a word of a person's name the document writes ("Berg"
        beside "Ana Berg"), nor a part of a body named after a person ("the Ana Berg Foundation":
        "Berg" may be the woman) or of a person the model calls an organisation with a title
        ("Director Ana Berg")."""
        text = self.st.text
        fulls: dict[str, list[str]] = {}
        person_words: set[str] = set()
        for c in cands:
            if c.tok_end - c.tok_start < 2 or c.thing:
                continue
            if c.label == "PERSON" and c.entry is None:
                person_words.update(cached_name_key(text[c.start:c.end]).split())
            elif c.label == "ORG" and (c.entry is None or c.entry.kind == "org"):
                name = c.entry.name if c.entry is not None else self._without_generic(LEADING_THE.sub("", text[c.start:c.end]))
                words = cached_name_key(name).split()
                if len(words) >= 2 and not is_first_name(name.split()[0]) and not _titled_person(words):
                    fulls[name] = words
        if not fulls:
            return
        heads, forms = self.tables.cue("romance_org_heads"), self.tables.cue("legal_forms")
        moved: dict[str, str] = {}
        for c in cands:
            if c.entry is not None or c.label not in ("ORG", "PERSON") or c.thing or c.place \
                    or c.role in ("location", "modifier"):
                continue  # (a place the text shows, "near X", stays a place: not a short name)
            surface = LEADING_THE.sub("", text[c.start:c.end])
            if c.label == "PERSON" and (c.titles or is_first_name(surface.split()[0])):
                continue
            words = cached_name_key(surface).split()
            if not words or len(words) == 1 and (words[0] in ORG_HEADS_SET or words[0] in person_words) \
                    or self._named_place(" ".join(words), c.label) or self._capitalised_by_place(c):
                continue
            names = {name for name, full in fulls.items()
                     if name != surface and _inner_run(
                         words, full, heads, forms, self._place_key)}
            if len(names) == 1:
                full = next(iter(names))
                moved[self._without_generic(surface)] = full
                c.label, c.entry, c.role = "ORG", Entry(full, "ORG", "org"), "actor"
        for c in cands:  # a shorter name already taken as the one moved ("Orvel" of "Orvel Credit") follows it
            if c.entry is not None and c.entry.kind == "org" and c.entry.name in moved:
                c.entry = Entry(moved[c.entry.name], "ORG", "org")

    def _place_key(self, key: str) -> bool:
        """The story's own country by its name key: its name, its adjective or its capital
        ("Ghana", "Icelandic" in a story about Ghana or Iceland). A province's, a state's or a
        town's name before a body's marks its regional branch, a body apart ("the Ontario Liberal
        Party" is not "the Liberal Party"), and another country's name another country's body."""
        entry = self.tables.aliases.get(key)
        return entry is not None and entry.kind in ("country", "demonym", "capital") \
            and self.st.country is not None and entry.name == self.st.country

    def _capitalised_by_place(self, c: Cand) -> bool:
        """'Growers have waited', opening a sentence: words the parse reads as common nouns,
        capitalised only where they stand, name no body."""
        toks = self.st.tokens
        return c.tok_start in self.st.sent_starts and all(t.tag_ in ("NN", "NNS") for t in toks[c.tok_start:c.tok_end])
