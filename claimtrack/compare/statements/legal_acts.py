"""The nouns of legal acts (claimtrack/data/legal_acts.json, built from WordNet 3.0 by
data/tools/legal_acts.py): the proceedings a party files or lodges ("filed a complaint") and the
measures an authority takes against a party, which the party faces ("faces charges"). Read by
lexicon.support_names and undergoing.py."""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=2)
def legal_acts(kind: str) -> frozenset:
    """The nouns of data/legal_acts.json's `kind`: "proceedings" a party files or lodges,
    "measures" an authority takes against a party."""
    from ...tables import table_entry

    return frozenset(table_entry("legal_acts.json", kind))
