"""What a share is the size of, read from the parse: English names the whole a percentage is taken
of right after its "of" ("insures 38% of the orchards": orchards; "sold 12% of its herd":
herd), and the words that spell a share's unit ("per cent", "percent", "pct", "%") are never the
thing measured, whichever figure's they are ("refund 50 per cent of a dental bill yet barely 10
per cent of an optician's": the first share sizes no "cent")."""

from __future__ import annotations

from functools import lru_cache
from typing import Optional

from spacy.tokens import Span, Token

from .children import children_of

#: The classes of data/unit_synonyms.json whose words spell the unit of a share or of a change in one.
SHARE_UNITS = ("percent", "percentage point", "basis point")


@lru_cache(maxsize=1)
def share_unit_words() -> frozenset:
    """Every word of the spellings data/unit_synonyms.json lists for SHARE_UNITS ("per cent" gives
    "per" and "cent")."""
    from ...tables import load_json

    classes = load_json("unit_synonyms.json")["classes"]
    return frozenset(w for c in SHARE_UNITS for phrase in classes.get(c, ()) for w in phrase.lower().split())


def unit_word(lemma: Optional[str]) -> bool:
    """The lemma spells a share's unit: never what a figure measures."""
    return lemma is not None and lemma in share_unit_words()


def share_whole(thing_tok: Optional[Token], span: Span) -> tuple[bool, Optional[str]]:
    """(whether the share names its whole after "of", the lemma of that whole's noun): "58 per cent
    of the returned ballots" gives (True, "ballot"); a pronoun names no thing ("58% of them":
    (True, None)), and a share without "of" gives (False, None). The "of" hangs from the share's
    own noun ("%", "cent", "percent"), outside the figure's words."""
    if thing_tok is None:
        return False, None
    for prep in children_of(thing_tok):
        if prep.dep_ != "prep" or prep.lower_ != "of" or span.start <= prep.i < span.end:
            continue
        pobj = next((c for c in children_of(prep) if c.dep_ == "pobj"), None)
        if pobj is None:
            continue
        named = pobj.pos_ in ("NOUN", "PROPN") and not pobj.like_num and not unit_word(pobj.lemma_.lower())
        return True, pobj.lemma_.lower() if named else None
    return False, None
