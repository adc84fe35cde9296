"""Statements compared: who does what (subject, action, object) aligned, polarity and modality
deciding the status.

Rooms, each with one job:
- `clauses`: one statement mention per clause frame, and its value-free blocking keys;
- `judge`: the entry for two statement mentions (clause frames, or older records' frames);
- `actions`: one action, or one change of one thing, by one subject; opposite states;
- `denials`: the claim a denial names, and two denials of one claim;
- `paraphrase`: one statement in other words;
- `stances`: one named subject's two verbs of one abstract matter, its one stance;
- `nonanswers`: one subject declining to say, in two verbs of saying;
- `converse`: one transfer told from its two ends ("sold to" / "bought", "charge" / "pay");
- `assent`: an assent to an agreement and its formal act ("agreed to the deal" / "signed it");
- `undergoing`: a subject said to undergo an act ("will face charges") against its passive;
- `legal_acts`: the nouns of proceedings filed and of measures faced (data/legal_acts.json);
- `foreclosed`: a thing ruled out against the same thing said to come (or not to);
- `costless`: a thing free of charge against someone paying or charged for it (or not);
- `exemptions`: a thing exempt from a rule against the rule applying to it (or not), a rule
  covering a thing against it applying to it, and a thing exempt from a charge (or spared it)
  against it paying (or not);
- `modality`: which clauses state their action and which only hedge it;
- `subjects`: one subject named two ways, read through each document's actors;
- `phrases`: the parts of a clause as compared (terms, subject and object heads);
- `lexicon`: what the words mean, from tables with a source (WordNet senses, antonyms);
- `news_verbs`: the verbs news writes for one action beyond WordNet's most frequent senses, the
  opposite actions WordNet does not pair, irregular verb forms (data/verb_paraphrases.json).
"""

from __future__ import annotations

from ...lazy import lazy_names

#: The names this package hands out and the room each comes from, imported on first use (PEP
#: 562, as compare/__init__.py does): the extraction pipeline reads one room of this package
#: (`lexicon.verb_lemma`, for a verb written with the prefix "re-"), and importing a submodule
#: runs this file first; importing every room here loaded the whole statement judge, and the
#: comparison modules it reads, into an extraction process that never runs it.
_LAZY = {
    "judge_clauses": ".actions",
    "clause_keys": ".clauses", "clause_mentions": ".clauses",
    "STATEMENT_SAME": ".judge", "STATEMENT_TOPIC": ".judge", "judge_statements": ".judge",
    **{name: ".lexicon" for name in ("LIGHT_VERBS", "noun_verbs", "nouns_meet", "one_change", "opposite",
                                     "opposite_words", "predicates_meet", "verb_lemma", "words_meet")},
    "same_subject": ".phrases",
    "doc_actors": ".subjects",
}

__all__ = sorted(_LAZY)


__getattr__ = lazy_names(__name__, _LAZY, globals())
