"""Bodies named by the people they gather: "the dockers' union", "a glaziers' union", "the
boatmen's association".

English names the body of a trade or a group by its members, a plural noun for people in the
possessive, before a noun for an organisation. Written in lower case it is no proper name, and
the model tags nothing; yet it is an organisation, and where it acts or speaks it is one of "the
people, organisations ... that act or speak in the article" (data/gold/FORMAT.md). This step
lists it as an ORG actor when:

* its head is a noun whose commonest WordNet sense is an organisation (data/name_descriptors.json
  `organisations`: "union", "association", "federation", "syndicate", "guild");
* its possessor is a plural noun whose commonest WordNet sense is a kind of person
  (quotes.persons.person_nouns: "dockers", "glaziers", "boatmen");
* it acts: the subject of a verb, the agent of a passive ("criticised by a glaziers' union"), the
  object of "according to", or the body a spokesperson speaks for ("a spokesman for the
  dockers' union");
* it is singular, has no name in apposition ("the nurses' union, the Harbour Nursing Union,")
  and no owner before its members ("the city's cab drivers' union": the city's name names it),
  and no organisation of the document bears the members' word in its name ("the Harbour
  Dockers' Union" ... "the dockers' union" is that union).

The actor's name is the phrase without its determiner ("dockers' union", "Valdera boatmen's
association"), its aliases the phrase as written. Like an unnamed person (quotes.unnamed) it has
no `mentions` and is added by the quote component after the speakers are found: quotes, claims,
frames and `diff` read exactly what they read before.
"""

from __future__ import annotations

from spacy.attrs import POS
from spacy.parts_of_speech import NOUN
from spacy.tokens import Doc, Token

from ...actorids.names import cached_name_key, actor_id
from ..quotes.persons import person_nouns
from .definites import org_nouns

#: Nouns for the person who speaks for a body ("a spokesman for the glaziers' union").
_VOICES = frozenset("spokesman spokeswoman spokesperson representative".split())


def member_bodies(doc: Doc, actors: list[dict]) -> list[dict]:
    """ORG actor records for the bodies named by their members that act (module docstring),
    one per name, leaving out those the document's named organisations already are."""
    orgs = org_nouns()
    people = person_nouns()
    named = [set(cached_name_key(n).split()) for a in actors if a["type"] == "ORG" for n in [a["name"], *a["aliases"]]]
    found: dict[str, dict] = {}
    # only the nouns: their indices from the POS column, as building a Token for every word of
    # the Doc to read its tag costs more than this step's other work
    for i in (i for i, pos in enumerate(doc.to_array(POS).tolist()) if pos == NOUN):
        tok = doc[i]
        if tok.tag_ != "NN" or not tok.is_lower or tok.lemma_.lower() not in orgs \
                or not _acts(tok):
            continue
        members = [c for c in tok.children if c.dep_ == "poss" and c.tag_ == "NNS" and c.lemma_.lower() in people
                   and any(k.dep_ == "case" for k in c.children)]
        if not members or any(c.dep_ == "appos" for c in tok.children):
            continue  # "the nurses' union, the Harbour Nursing Union,": the named one
        if any(c.dep_ == "poss" for c in members[0].children):
            continue  # "the city's cab drivers' union": named by its owner
        if any(members[0].lower_ in n for n in named):
            continue  # "the teachers' union" beside the "Upland Teachers' Federation": that body
        start = tok.left_edge.i
        while start < tok.i and doc[start].dep_ in ("det", "predet"):
            start += 1
        name = doc[start:tok.i + 1].text
        aid = actor_id(name)
        actor = found.setdefault(aid, {"id": aid, "name": name, "type": "ORG", "aliases": [], "titles": [],
                                       "mentions": []})
        alias = doc[tok.left_edge.i:tok.i + 1].text
        if alias not in actor["aliases"]:
            actor["aliases"].append(alias)
    return [a for aid, a in found.items() if aid not in {b["id"] for b in actors}]


def _acts(tok: Token) -> bool:
    """The subject of a verb, a passive's agent, the object of "according to", or the body a
    spokesperson speaks for."""
    if tok.dep_ == "nsubj":
        return True
    if tok.dep_ != "pobj":
        return False
    prep = tok.head
    if prep.dep_ == "agent" or prep.lower_ == "to" and prep.head.lower_ == "according":
        return True
    return prep.lower_ in ("for", "of") and prep.head.lemma_.lower() in _VOICES
