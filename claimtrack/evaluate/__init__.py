"""Measured accuracy: claimtrack's extraction scored against hand-made gold annotations.

Two halves, kept apart:

* pure scoring (no spaCy, no files): `score_quantities`, `score_dates`, `score_quotes`,
  `score_speakers`, `score_actors`, `score_pairs` take gold records and predicted records and
  return a `Score` (counts) plus the misses and false alarms. The matching rules are fixed so
  that scores are comparable between runs, machines and people (see docs and issue text):

  - quantity: overlaps the gold span, same value (ranges: same low and high; relative tolerance
    1e-6) and, where the gold has a currency, the same currency; one-to-one, greedy by overlap.
  - date: overlaps the gold span, same ISO string; predictions without ISO are not counted.
  - quote: overlaps at least half of the gold quote's characters; one-to-one.
  - speaker: as quote, and the predicted speaker names the same person or organisation: equal
    after normalising; or both are names of the same gold actor (its name or an alias, as the
    annotator listed them: "Holt" for "Catherine Holt"); or one name ends
    the other word for word and the longer one is a person's name with no connective in it
    ("Macron" and "President Emmanuel Macron"; not "England" and "Bank of England", nor "Bank
    of England" and "Church of England"). A null gold speaker wants a null one.
  - actor: one-to-one and by type: a predicted actor matches a gold actor of the same type whose
    name or an alias equals its name or an alias after lower-casing and dropping punctuation,
    possessive 's and a leading "the" ("The Guardian" / "Guardian"); a government's name in any
    of its forms is one name ("Government of Kenya" / "the Kenyan government"); each gold actor
    is matched at most once (a second predicted actor for the same person is a false alarm).
  - `ignore` spans: a prediction of that kind overlapping one is neither hit nor false alarm.
  - pairs: a gold fact is found when a predicted diff match overlaps its span in A and in B
    with the same status.

* the runner: `evaluate(gold_dir, corpus=None, model=None)` reads `*.gold.json`, finds the
  documents, extracts them through the library and scores them (micro-averaged).

The package, one job per module: `report` (kinds and targets; the result models are in
claimtrack/models/evaluation.py, the gold's in claimtrack/models/gold.py), `match`
(scoring mentions), `pairs` (scoring diff pairs), `gold` (reading gold files), `run` (the
runner), `causes` (why a gold pair fact is missed: read by the bench scripts, not imported here).
"""

from ..models.evaluation import EvalReport, Miss, PairScores, Score
from ..models.gold import GoldActor, GoldDate, GoldDocument, GoldIgnore, GoldQuantity, GoldQuote, GoldSpan
from .gold import corpus_dirs, find_document, load_gold, load_pairs
from .match import (actor_keys, date_matches, greedy_match, normalise_name, overlap, quantity_matches,
                    quantity_value_matches, quote_matches, same_number, same_speaker, score_actors, score_dates,
                    score_quantities, score_quotes, score_speakers, span_overlap, speaker_matches)
from .pairs import add_pair_scores, fact_found, match_covers_fact, score_pair
from .report import (ACTOR_TYPES, CORPUS_CONFIG, GOLD_SUFFIX, KINDS, PAIR_FACT_TYPES, PAIR_TARGETS, PAIRS_FILE, REL_TOL,
                     TARGETS, EvalError, KindResult)
from .run import check_gold_offsets, evaluate, extract_gold, predictions, score_document

__all__ = [
    "ACTOR_TYPES", "CORPUS_CONFIG", "GOLD_SUFFIX", "KINDS", "PAIR_FACT_TYPES", "PAIR_TARGETS", "PAIRS_FILE", "REL_TOL",
    "TARGETS", "EvalError", "EvalReport", "GoldActor", "GoldDate", "GoldDocument", "GoldIgnore", "GoldQuantity",
    "GoldQuote", "GoldSpan", "KindResult", "Miss", "PairScores", "Score", "actor_keys", "add_pair_scores",
    "check_gold_offsets", "corpus_dirs", "date_matches", "evaluate", "extract_gold", "fact_found", "find_document", "greedy_match",
    "load_gold", "load_pairs", "match_covers_fact", "normalise_name", "overlap", "predictions", "quantity_matches",
    "quantity_value_matches", "quote_matches", "same_number", "same_speaker", "score_actors", "score_dates",
    "score_document", "score_pair", "score_quantities", "score_quotes", "score_speakers", "span_overlap",
    "speaker_matches",
]
