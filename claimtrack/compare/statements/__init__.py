"""Statements compared: who does what (subject, action, object) aligned, polarity and modality
deciding the status.

Rooms, each with one job:
- `clauses`: one statement mention per clause frame, and its value-free blocking keys;
- `judge`: the entry for two statement mentions (clause frames, or older records' frames);
- `actions`: one action, or one change of one thing, by one subject; opposite states;
- `denials`: the claim a denial names, and two denials of one claim;
- `paraphrase`: one statement in other words;
- `nonanswers`: one subject declining to say, in two verbs of saying;
- `foreclosed`: a thing ruled out against the same thing said to come (or not to);
- `modality`: which clauses state their action and which only hedge it;
- `subjects`: one subject named two ways, read through each document's actors;
- `phrases`: the parts of a clause as compared (terms, subject and object heads);
- `lexicon`: what the words mean, from tables with a source (WordNet senses, antonyms);
- `news_verbs`: the verbs news writes for one action beyond WordNet's most frequent senses, the
  opposite actions WordNet does not pair, irregular verb forms (data/verb_paraphrases.json).
"""

from __future__ import annotations

from .actions import judge_clauses
from .clauses import clause_keys, clause_mentions
from .judge import STATEMENT_SAME, STATEMENT_TOPIC, judge_statements
from .lexicon import (LIGHT_VERBS, _noun_verbs, nouns_meet, one_change, opposite, opposite_words, predicates_meet,
                      verb_lemma, words_meet)
from .phrases import same_subject
from .subjects import doc_actors

__all__ = [
    "LIGHT_VERBS", "STATEMENT_SAME", "STATEMENT_TOPIC", "_noun_verbs", "clause_keys", "clause_mentions", "doc_actors",
    "judge_clauses", "judge_statements", "nouns_meet", "one_change", "opposite", "opposite_words", "predicates_meet",
    "same_subject", "verb_lemma", "words_meet",
]
