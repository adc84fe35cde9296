"""Paying and funding as acts a clause names: a verb of meeting a cost with an amount paid for
object ("cover the fares"), putting money into a thing ("poured cash into the club"), providing
money for it ("fund", "finance"). Tables: data/polarity.json 'paying' and 'funding',
data/verb_paraphrases.json 'paying' (WordNet's cost.n.01 and its hyponyms)."""

from __future__ import annotations

from functools import lru_cache
from typing import Optional

from .lexicon import predicates_meet


@lru_cache(maxsize=1)
def _paying() -> tuple[frozenset, frozenset]:
    """(the verbs of meeting a cost, data/polarity.json 'paying', with those that pay part of one;
    the nouns of amounts paid, WordNet's cost.n.01 and its hyponyms: data/verb_paraphrases.json)."""
    from ...tables import load_json

    own = load_json("polarity.json")["paying"]
    table = load_json("verb_paraphrases.json")["paying"]
    return frozenset(own["verbs"]) | frozenset(table["part"]), frozenset(own["nouns"]) | frozenset(table["paid_nouns"])


def pays(predicate: Optional[str], obj: Optional[str]) -> bool:
    """The clause pays what it is said of: "pay", or a verb of meeting a cost with an amount paid
    for object ("cover the fares", "meet the wages", "bear the cost", "share the cost"; not
    "meet the volunteers", "cover the story"): one act, paying, under news's verbs for it."""
    if predicate == "pay":
        return True
    verbs, nouns = _paying()
    head = (obj or "").split()[-1:]
    return predicate in verbs and bool(head) and (head[0] in nouns or _singular_in(head[0], nouns))


def paid_noun(noun: Optional[str]) -> bool:
    """The noun names an amount paid (data/verb_paraphrases.json 'paid_nouns', with the nouns of
    charge of data/polarity.json 'paying'), in the singular or the plural."""
    nouns = _paying()[1]
    return bool(noun) and (noun in nouns or _singular_in(noun, nouns))


@lru_cache(maxsize=1)
def _funding() -> tuple[frozenset, frozenset]:
    """(the verbs of putting money into a thing, the nouns of money they take): data/polarity.json
    'funding'."""
    from ...tables import load_json

    own = load_json("polarity.json")["funding"]
    return frozenset(own["verbs"]), frozenset(own["nouns"])


def invests(predicate: Optional[str], obj: Optional[str]) -> bool:
    """The clause puts money into a thing ("put state money into the arena", "poured cash into
    the club"): a verb of putting with a noun of money for object (data/polarity.json 'funding')."""
    verbs, nouns = _funding()
    head = (obj or "").split()[-1:]
    return predicate in verbs and bool(head) and (head[0] in nouns or _singular_in(head[0], nouns))


def finances(predicate: Optional[str]) -> bool:
    """The verb provides money for its object: "fund", "finance" or a verb WordNet gives as one
    of them (`predicates_meet`)."""
    return predicate in ("fund", "finance") or predicates_meet(predicate, "fund")


def _singular_in(word: str, nouns: frozenset) -> bool:
    return word.endswith("s") and word[:-1] in nouns
