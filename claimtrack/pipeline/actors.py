"""Actors component (first version): named entities grouped into one actor per name."""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from ..models import Actor, Span
from .extensions import ACTOR_SPANS, ACTORS

ACTOR_LABELS = {"PERSON", "ORG", "GPE", "NORP", "LOC"}


def actor_id(name: str) -> str:
    """A stable id from a canonical name: 'Emmanuel Macron' -> 'emmanuel-macron'."""
    slug = re.sub(r"[^\w]+", "-", name.lower(), flags=re.UNICODE).strip("-")
    return slug or "actor"


@Language.factory("claimtrack_actors", assigns=[f"doc._.{ACTORS}", f"doc._.{ACTOR_SPANS}"])
def make_actors(nlp: Language, name: str):
    return ActorFinder()


class ActorFinder:
    def __call__(self, doc: Doc) -> Doc:
        by_id: dict[str, Actor] = {}
        spans: dict[tuple[int, int], str] = {}
        for ent in doc.ents:
            if ent.label_ not in ACTOR_LABELS:
                continue
            text = ent.text
            aid = actor_id(text)
            actor = by_id.get(aid)
            if actor is None:
                actor = by_id[aid] = Actor(id=aid, name=text, type=ent.label_, aliases=[text])
            actor.mentions.append(Span(start=ent.start_char, end=ent.end_char, text=text))
            spans[(ent.start_char, ent.end_char)] = aid
        doc._.set(ACTORS, list(by_id.values()))
        doc._.set(ACTOR_SPANS, spans)
        return doc
