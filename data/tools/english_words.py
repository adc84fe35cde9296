"""The English words and names the table builders leave out of other languages' forms: the lemmas
Princeton WordNet 3.0 writes in lower case (Debian's `wordnet-base`) and the words of SCOWL's
largest American and British lists (Debian's `wamerican-huge`, `wbritish-huge`), names among them
as written ("Mio", "Ming"). Shared by cldr_scale_abbrevs.py and cldr_percent_words.py."""

from __future__ import annotations

from pathlib import Path

import wordnet

#: SCOWL's largest lists of English words, names among them, as Debian ships them
SCOWL = (Path("/usr/share/dict/american-english-huge"), Path("/usr/share/dict/british-english-huge"))
SCOWL_LICENSE = ("SCOWL (Spell Checker Oriented Word Lists), the collective work Copyright 2000-2011 by Kevin "
                 "Atkinson and the copyrights its README names, as Debian's wamerican-huge and wbritish-huge "
                 "ship it; permission to use, copy, modify, distribute and sell granted without fee, provided "
                 "the copyright notice and this permission notice appear (see their copyright file).")


def lower_case_words(wndb: Path) -> set[str]:
    """Every lemma WordNet writes in lower case in a synset of any part of speech."""
    words: set[str] = set()
    for pos in ("noun", "verb", "adj", "adv"):
        for synset in wordnet.synsets(wndb, pos).values():
            words.update(w.split("(")[0] for w in synset.words if w.islower())
    return words


def english_forms(wndb: Path) -> tuple[set[str], set[str]]:
    """(lower-case English words: WordNet's lemmas and SCOWL's; every SCOWL word as written)."""
    written = {w for path in SCOWL for w in path.read_text(encoding="utf-8").split()}
    return lower_case_words(wndb) | {w for w in written if w.islower()}, written
