"""A description one report leaves unlinked, read through the other report's actors.

Two reports of one story describe its bodies with the same definite descriptions: one writes
"Harrow Mining will not reopen the pit" and later "the company", and its actor component links
that "the company" to Harrow Mining (an alias of the actor); the other writes only "the company
will reopen the pit" and, naming no company, or naming it where the component did not link the
description, leaves it unresolved. A definite description refers to the one thing of its kind
the context makes unique (Quirk et al. 1985, 5.26-5.31: the situational and the anaphoric use);
in two reports of one story the context is the story, so the description names in the one what
the other links it to. It does so only when nothing in its own document competes for it:

* the other document gives the description (its whole words, or its head noun alone: "the
  company" for "the mining company") to the one actor named, and to no other;
* its own document links the description to no other actor, and names no other organisation
  the description could take up: one with the description's head noun in its names ("Corran
  Bank" makes "the bank" its own) or, for a kind of firm ("the company", "the utility"), one
  whose name says no other kind of body ("Pollos Serrano", "Brenna Holdings": a firm, for all
  the reader knows; not "the Fisheries Ministry"), as the actor component's own fit reads it
  (pipeline/actors/definites.py);
* its own document is about no other organisation: the one it names most often, if any, is the
  actor named (a report about another firm describes that firm as "the company");
* its own document introduces no party of that kind without a name before it ("A Chinese company
  is buying the pit ... The company will invest"): an indefinite noun phrase introduces a new
  referent, which the later definite takes up (Quirk et al. 1985, 5.26-5.28), so the description
  is that unnamed party's. The party's head noun is the description's or, for a kind of firm,
  any kind of firm (WordNet's nouns under enterprise or company, data/name_descriptors.json) or
  of trader (WordNet's businessperson, data/person_nouns.json 'business': "a dealer", "an
  exporter"). A party WordNet files under persons alone ("a contractor", "a buyer") is not read.

Read by `subjects.stands_for` after its own readings of the description (the body the document is
about, a state organ, a court's party, an office's body).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from ...parsers.lexicon import singular


@lru_cache(maxsize=1)
def _kinds() -> tuple[frozenset, frozenset]:
    """(the nouns that say what kind of body a name is, the kinds of firm among them): WordNet's
    organisation nouns and the heads English names of bodies end on (data/name_descriptors.json
    'organisations', 'heads'), and its nouns under enterprise or company ('businesses')."""
    from ...tables import load_json

    table = load_json("name_descriptors.json")
    return frozenset(table["organisations"]) | frozenset(table["heads"]), frozenset(table["businesses"])


#: Words that end a noun phrase begun by "a"/"an": the prepositions of a postmodifier and the
#: determiners of the next phrase ("a spokesman for the company": spokesman only).
_PHRASE_END = frozenset({"of", "in", "at", "on", "from", "for", "with", "by", "to", "that", "which", "who",
                         "the", "this", "these", "those", "its", "their", "his", "her", "and", "or", "but",
                         "is", "was", "are", "were", "has", "had", "have", "will", "would", "may", "might",
                         "can", "could", "should", "must", "said", "says"})
#: Words read after an indefinite article for its phrase's head (premodifiers and the head).
_PHRASE_WORDS = 4
_INDEFINITE = re.compile(r"\b(?:an?|another)\s+((?:[A-Za-z][\w'’-]*\s+){0,%d}[A-Za-z][\w'’-]*)" % (_PHRASE_WORDS - 1), re.IGNORECASE)


def indefinite_words(claims) -> tuple:
    """(start offset, head) of each indefinite noun phrase ("a Chinese company", "an exporter") in
    the document's sentences (`claims`: each with `text` and `start`), lower case: the parties a
    document introduces without a name. The head is the phrase's last noun before its end
    (`_PHRASE_END`, punctuation) or before a word WordNet knows as no noun: "company" in "a
    Chinese company is buying", "spokesman" in "a company spokesman" (a noun before a noun only
    modifies it). Read by `linked_elsewhere`."""
    from ...wordnet_nouns import noun_senses
    from .lexicon import noun_lemma_in

    nouns = noun_senses()[0]
    out = []
    for c in claims:
        for found in _INDEFINITE.finditer(c.text):
            words = []
            for w in found.group(1).split():
                word = w.lower().strip("'’")
                if word in _PHRASE_END:
                    break
                words.append(word)
            for i, word in enumerate(words):
                if i + 1 == len(words) or noun_lemma_in(words[i + 1], nouns) is None:
                    out.append((c.start + found.start(), word))
                    break
    return tuple(out)


@lru_cache(maxsize=1)
def _traders() -> frozenset:
    from ...tables import load_json

    return frozenset(load_json("person_nouns.json")["business"])


def _introduced_before(head: str, doc, before: Optional[int]) -> bool:
    """The document introduces a party the description could take up, without a name, before
    offset `before` (see the module docstring)."""
    if before is None:
        return False
    firms = _kinds()[1]
    firm = head in firms
    for at, word in getattr(doc, "indefinites", ()):
        noun = singular(word)
        if at < before and (noun == head or (firm and (noun in firms or noun in _traders()))):
            return True
    return False


def _could_be(head: str, name_words: frozenset) -> bool:
    """An organisation with these name words could be what a description with this head noun
    takes up: the head is one of its words, or the head is a kind of firm and the name says no
    other kind of body."""
    if head in name_words:
        return True
    kinds, firms = _kinds()
    said = {singular(w) for w in name_words} & kinds
    return head in firms and said <= firms


def linked_elsewhere(words: list[str], named: str, doc, other_doc, own: Optional[str] = None,
                     before: Optional[int] = None) -> bool:
    """The description `words` (lower case, up to its head: ["the"] dropped, "mining company" ->
    ["mining", "company"]) in `doc` stands for the organisation `named` that the other side
    names, because the other document's actors give it that description (see the module
    docstring). `own` is the actor id the description itself became in `doc`, if any (a
    capitalised "Ministry" the recogniser took for a name): it competes with nothing. `before`:
    where the description is written in `doc` (a party introduced before it is its antecedent).
    `doc` and `other_doc` are `subjects.DocActors`."""
    if other_doc is None or not words or other_doc.types.get(named) != "ORG" or not other_doc.by_name:
        return False
    head = words[-1]
    given = [other_doc.by_name.get(" ".join(words)), other_doc.by_name.get(head)]
    if not any(ids == frozenset({named}) for ids in given):
        return False
    allowed = {named, own}
    if doc.main_org is not None and doc.main_org not in allowed:
        return False
    if set(doc.by_name.get(" ".join(words), ())) - allowed or set(doc.by_name.get(head, ())) - allowed:
        return False
    if any(_could_be(head, w) for aid, w in doc.words.items() if aid not in allowed and doc.types.get(aid) == "ORG"):
        return False
    return not _introduced_before(head, doc, before)
