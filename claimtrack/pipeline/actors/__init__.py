"""Actors component: the people, organisations, countries and groups a document names.

The model's named entities (PERSON, ORG, GPE, NORP, LOC) are cleaned, corrected from data tables
and merged into one canonical `Actor` per document:

* spans are trimmed: a leading "the", a trailing possessive ("Macron’s" -> "Macron"), stray
  punctuation; titles before a name ("French President", "Gov.") go to `Actor.titles`;
* countries, organisations and groups resolve through `data/countries.json` and
  `data/organisations.json` ("U.S.", "America", "the White House" -> United States; "EU" ->
  European Union); a capital city is the country's government when the text makes it act
  ("Moscow said", "for Kyiv") and a mere place when it is where something happens ("in Paris");
* non-actors are dropped: demonym adjectives ("French troops"), lowercase or numeric spans,
  places that only ever appear as locations, fragments of Title-Case headlines that nothing in
  the body text confirms, photo credits and bylines;
* a surname-only mention joins the full name in the same document ("Macron" -> Emmanuel Macron),
  and an organisation's short name its full name ("Trelan Credit" -> Mutuelle Trelan Credit).
  Across documents, `identity` joins the records of a run or a ledger after extraction (a
  surname or a transliteration of exactly one full name of the run; the fullest name wins).

Writes `doc._.ct_actors` (plain dicts with the fields of models.Actor), `doc._.ct_actor_spans`
([start_char, end_char, actor id] for every mention; `text[start:end] == mention.text`) and
`doc.spans["ct_actors"]` (one Span per mention, labelled with the type, `kb_id_` the actor id).
Definite descriptions that take up a named actor ("the company", "the province": `definites`)
join its aliases and are written apart, as `doc._.ct_actor_refs` ([start_char, end_char, actor
id]) and `doc.spans["ct_actor_refs"]` (labelled with the type, `kb_id_` the actor id); the quote
component adds people's pronoun subjects and role phrases there (quotes.persons).

Modules, one job each: `names` (keys and ids), `gazetteer` (the data tables), `layout` (headline,
byline, credit lines and datelines from the text), `state` (a candidate mention and the
per-document state), `lookups` (token look-ups over that state), `candidates` (entity clean-up),
`repair` (names the model missed), `titles`, `linking` (table entries and the actor decision),
`roles`, `headlines`, `institutions` (state bodies named by their kind), `home` (the country, region and
city a story is about), `definites` (definite descriptions), `outlets` (the agency of a wire dateline, a paper's
masthead), `kinds` (person or organisation from the name's own evidence: a title in apposition,
a given name, a plural head), `inner_names` (an organisation named short by words from inside or
at the end of its name), `merge` (coreference and Actor records), `component`
(the spaCy factory running the steps in order), `iso` (ISO 3166-1 countries from pycountry) and
`identity` (one id per entity over the documents of a run, on plain data).
"""

from __future__ import annotations

from .component import ActorFinder, make_actors
from ...actorids.gazetteer import ACTOR_LABELS, Entry, Tables, canonical_actor, load_tables
from .layout import Layout
from ...actorids.names import actor_id, name_key
from .state import Cand, DocState

__all__ = [
    "ACTOR_LABELS", "ActorFinder", "Cand", "DocState", "Entry", "Layout", "Tables", "actor_id",
    "canonical_actor", "load_tables", "make_actors", "name_key",
]
