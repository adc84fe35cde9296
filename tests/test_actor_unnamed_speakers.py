"""People who speak unnamed are PERSON actors listed by the article's words (quotes.unnamed).

Every sentence is invented; names, places and figures are made up.
"""

from __future__ import annotations

import pytest

from claimtrack.evaluate.match import score_actors
from claimtrack.records import build_result
from claimtrack.ingest.document import Document

from test_actors import actors


@pytest.mark.parametrize("text, name, aliases", [
    ("\u201cThe pumps stopped at dawn,\u201d a dock worker who declined to be identified said.",
     "dock worker", ["a dock worker", "a dock worker who declined to be identified"]),
    ("\u201cNobody warned us,\u201d said one tenant of the east block.",
     "tenant", ["one tenant", "one tenant of the east block"]),
    # reported speech: the subject of a speech verb, and the object of "according to"
    ("Two officials at the port authority said the cranes were idle.",
     "officials", ["Two officials", "Two officials at the port authority"]),
    ("Fares will rise by 6%, according to a person briefed on the fare talks.",
     "person", ["a person", "a person briefed on the fare talks"]),
    # to the first comma and whole: annotators write either
    ("A nurse at the east ward, who would not give her name, said beds ran out on Friday.",
     "nurse", ["A nurse", "A nurse at the east ward", "A nurse at the east ward, who would not give her name"]),
    # "source": WordNet's informant, a person who gives information (not a spokesperson)
    ("The ferry line will cut its winter sailings. A port authority source said the cuts start in November.",
     "port authority source", ["A port authority source"]),
])
def test_an_unnamed_person_who_speaks_is_a_person_actor(nlp, text, name, aliases):
    found = actors(nlp, text)
    assert name in found, list(found)
    assert found[name].type == "PERSON"
    assert found[name].aliases == aliases
    assert found[name].mentions == []  # no name stands anywhere: nothing for claims to align


@pytest.mark.parametrize("text", [
    # definite: someone met before, not introduced here
    "Rowan Pike inspected the hull on Tuesday. \u201cIt will hold,\u201d the engineer said.",
    # named in apposition
    "\u201cIt will hold,\u201d said Rowan Pike, an engineer at the yard.",
    # a document speaks, not a person
    "\u201cThe hull is sound,\u201d a report by the yard said.",
    # a spokesperson is the voice of a body, which is the speaker
    "A spokeswoman for the yard said the hull was sound.",
    # a bare plural is a body's voice as often as a few people's
    "Officials at the yard said the hull was sound.",
    # an unnamed person inside a quotation is the speaker's, not the article's
    "\u201cA welder told me the hull was sound,\u201d said Rowan Pike.",
])
def test_a_definite_named_or_non_person_speaker_adds_no_unnamed_actor(nlp, text):
    found = actors(nlp, text)
    assert not [n for n, a in found.items() if a.type == "PERSON" and n[:1].islower()], list(found)


def test_the_claims_of_a_document_do_not_change_with_an_unnamed_actor(nlp):
    """The unnamed actor is listed, but no claim names it (no actor span, no reference)."""
    text = ("\u201cThe pumps stopped at dawn,\u201d a dock worker who declined to be identified said. "
            "The harbour master, Ines Tallberg, said repairs would take nine days.")
    doc = nlp(text)
    result = build_result(Document(name="x.txt", text=text), doc)
    ids = {a.id for a in result.document.actors}
    worker = f"dock-worker-{result.document.sha256[:8]}"  # the id carries the document's mark
    assert worker in ids
    assert all(worker not in c.actors for c in result.claims)
    assert all(aid != worker for _s, _e, aid in doc._.ct_actor_spans + doc._.ct_actor_refs)


def test_one_unnamed_description_in_two_documents_is_two_actors(nlp):
    """"a harbour guard" of one paper and of another are not one person: each document's unnamed
    source has its own id, over a run (unify_actors) as in each document."""
    from claimtrack.extract import unify_actors

    texts = ["\u201cThe gate stayed shut all night,\u201d a harbour guard said on Friday.",
             "A harbour guard said the gate was opened at 3 a.m. for a fuel barge."]
    results = [build_result(Document(name=f"{k}.txt", text=t), nlp(t)) for k, t in enumerate(texts)]
    unify_actors(results)
    guards = [[a.id for a in r.document.actors if a.name == "harbour guard"] for r in results]
    assert all(len(g) == 1 for g in guards), guards
    assert guards[0] != guards[1]
    assert guards[0][0] == f"harbour-guard-{results[0].document.sha256[:8]}"


def test_an_unnamed_actor_matches_a_gold_actor_by_the_words_of_the_article():
    gold = [{"name": "unnamed dock worker", "type": "PERSON", "aliases": ["A dock worker"]}]
    pred = [{"name": "dock worker", "type": "PERSON", "aliases": ["a dock worker", "a dock worker who asked"]}]
    assert score_actors(gold, pred).score.gold_hits == 1


def test_a_described_person_joins_no_one_across_documents():
    """"one driver" in one article and "a crane driver" in another are not one person."""
    from claimtrack.actorids.identity import plan

    mapping = plan([
        {"id": "crane-driver", "name": "crane driver", "type": "PERSON", "aliases": ["a crane driver"], "mentions": []},
        {"id": "driver", "name": "driver", "type": "PERSON", "aliases": ["one driver"], "mentions": []},
    ])
    assert mapping["driver"].id == "driver" and mapping["crane-driver"].id == "crane-driver"


@pytest.mark.parametrize("text", [
    # the article belongs to the noun before a relative clause whose subject is the person noun
    "The port closed for a year, a step officials say was overdue.",
    "The seed bank holds 900 varieties, a collection botanists say is unique.",
])
def test_a_person_noun_after_another_nouns_article_is_no_unnamed_source(nlp, text):
    assert not [a for a in actors(nlp, text).values() if a.type == "PERSON"], list(actors(nlp, text))
