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
    name or an alias equals its name or an alias after lower-casing and dropping punctuation
    and possessive 's; each gold actor is matched at most once (a second predicted actor for
    the same person is a false alarm).
  - `ignore` spans: a prediction of that kind overlapping one is neither hit nor false alarm.
  - pairs: a gold fact is found when a predicted diff match overlaps its span in A and in B
    with the same status.

* the runner: `evaluate(gold_dir, corpus=None, model=None)` reads `*.gold.json`, finds the
  documents, extracts them through the library and scores them (micro-averaged).
"""

from __future__ import annotations

import json
import math
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Optional, Sequence, Union

from pydantic import BaseModel, ConfigDict, Field, computed_field

#: The kinds scored on every gold document, in display order.
KINDS = ("quantities", "dates", "quotes", "speakers", "actors")
#: Actor types that count as predicted actors.
ACTOR_TYPES = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC"})
#: F1 targets (issue 3) shown beside the scores; the test suite holds its own floors.
TARGETS = {"quantities": 0.90, "dates": 0.90, "quotes": 0.90, "speakers": 0.85, "actors": 0.85}
#: Pair targets (issue 6): recall of agree/conflict facts, precision of conflicts, related-as-conflict.
PAIR_TARGETS = {"facts": 0.80, "conflicts": 0.80, "related_as_conflict": 0}
#: Relative tolerance for numeric equality.
REL_TOL = 1e-6
#: Gold fact types scored for recall (statements are reported apart).
PAIR_FACT_TYPES = frozenset({"quantity", "date", "quote"})

GOLD_SUFFIX = ".gold.json"
PAIRS_FILE = "pairs.gold.json"
CORPUS_CONFIG = "corpus.json"


class EvalError(Exception):
    """A usage problem (missing gold, unreadable gold, document not in the corpus): one line."""


# --------------------------------------------------------------------------------------------
# Results


class Score(BaseModel):
    """Counts for one kind, micro-averaged by summing. For one-to-one kinds pred_hits == gold_hits."""

    gold: int = 0
    pred: int = 0
    gold_hits: int = 0
    pred_hits: int = 0

    @computed_field  # type: ignore[misc]
    @property
    def tp(self) -> int:
        return self.gold_hits

    @computed_field  # type: ignore[misc]
    @property
    def fp(self) -> int:
        return self.pred - self.pred_hits

    @computed_field  # type: ignore[misc]
    @property
    def fn(self) -> int:
        return self.gold - self.gold_hits

    @computed_field  # type: ignore[misc]
    @property
    def precision(self) -> float:
        if self.pred:
            return self.pred_hits / self.pred
        return 1.0 if self.gold == 0 else 0.0  # nothing predicted: perfect only if nothing was due

    @computed_field  # type: ignore[misc]
    @property
    def recall(self) -> float:
        return self.gold_hits / self.gold if self.gold else 1.0

    @computed_field  # type: ignore[misc]
    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __add__(self, other: "Score") -> "Score":
        return Score(
            gold=self.gold + other.gold,
            pred=self.pred + other.pred,
            gold_hits=self.gold_hits + other.gold_hits,
            pred_hits=self.pred_hits + other.pred_hits,
        )


class Miss(BaseModel):
    """One miss (gold not found) or false alarm (prediction matching no gold)."""

    kind: str
    doc: str
    error: str = Field(description="'miss' or 'false_alarm'")
    start: int
    end: int
    text: str
    expected: Optional[str] = Field(None, description="The gold value, for a miss.")
    predicted: Optional[str] = Field(None, description="What was predicted there (value, ISO, speaker).")


class PairScores(BaseModel):
    available: bool = True
    reason: Optional[str] = None
    facts: Score = Field(default_factory=Score, description="Gold agree/conflict quantity/date/quote facts found with the right status (recall).")
    conflicts: Score = Field(default_factory=Score, description="Predicted conflicts overlapping a gold conflict fact (precision).")
    related_as_conflict: int = Field(0, description="Gold 'related' facts reported as a conflict.")
    statements: Score = Field(default_factory=Score, description="Gold agree/conflict statement facts found with the right status (recall).")

    @computed_field  # type: ignore[misc]
    @property
    def conflict_precision(self) -> float:
        """Share of reported conflicts that are real; 1.0 when none was reported (no false alarm)."""
        c = self.conflicts
        return c.pred_hits / c.pred if c.pred else 1.0


class EvalReport(BaseModel):
    model_config = ConfigDict(populate_by_name=True)

    schema_: str = Field("claimtrack/eval/v1", alias="schema")
    gold_dir: str
    corpus: str
    model: Optional[str] = None
    documents: list[str] = Field(default_factory=list)
    scores: dict[str, Score] = Field(default_factory=dict)
    by_document: dict[str, dict[str, Score]] = Field(default_factory=dict)
    pairs: Optional[PairScores] = None
    misses: list[Miss] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)


@dataclass
class KindResult:
    """What a scoring function returns: the counts and the errors behind them."""

    score: Score
    misses: list[Miss] = field(default_factory=list)


# --------------------------------------------------------------------------------------------
# Pure helpers


def _get(obj: Any, name: str, default: Any = None) -> Any:
    """Attribute or key access, so gold dicts and pydantic records both work."""
    if isinstance(obj, dict):
        return obj.get(name, default)
    return getattr(obj, name, default)


def overlap(a_start: int, a_end: int, b_start: int, b_end: int) -> int:
    """Characters shared by [a_start, a_end) and [b_start, b_end)."""
    return max(0, min(a_end, b_end) - max(a_start, b_start))


def span_overlap(a: Any, b: Any) -> int:
    return overlap(_get(a, "start", 0), _get(a, "end", 0), _get(b, "start", 0), _get(b, "end", 0))


def same_number(a: Optional[float], b: Optional[float]) -> bool:
    """Equal within REL_TOL; None equals only None."""
    if a is None or b is None:
        return a is None and b is None
    try:
        return math.isclose(float(a), float(b), rel_tol=REL_TOL, abs_tol=0.0)
    except (TypeError, ValueError):
        return False


def quantity_value_matches(gold: Any, pred: Any) -> bool:
    """Same value (or, for a gold range, same low and high) and, where the gold has one, currency."""
    g_low, g_high = _get(gold, "low"), _get(gold, "high")
    if _get(gold, "value") is None and (g_low is not None or g_high is not None):
        ok = same_number(g_low, _get(pred, "low")) and same_number(g_high, _get(pred, "high"))
    else:
        ok = same_number(_get(gold, "value"), _get(pred, "value"))
    currency = _get(gold, "currency")
    if ok and currency:
        ok = str(_get(pred, "currency") or "").upper() == str(currency).upper()
    return ok


def quantity_matches(gold: Any, pred: Any) -> bool:
    return span_overlap(gold, pred) > 0 and quantity_value_matches(gold, pred)


def date_matches(gold: Any, pred: Any) -> bool:
    iso = _get(pred, "iso")
    return bool(iso) and span_overlap(gold, pred) > 0 and iso == _get(gold, "iso")


def quote_matches(gold: Any, pred: Any) -> bool:
    """The prediction covers at least half of the gold quote's characters."""
    length = _get(gold, "end", 0) - _get(gold, "start", 0)
    shared = span_overlap(gold, pred)
    return shared > 0 and 2 * shared >= length


_POSSESSIVE = re.compile(r"['\u2019\u02bc]s\b", re.IGNORECASE)


def normalise_name(name: Optional[str]) -> str:
    """'Merkel’s' -> 'merkel'; 'U.S.' -> 'us'; accents kept, punctuation dropped, spaces collapsed."""
    if not name:
        return ""
    text = _POSSESSIVE.sub("", unicodedata.normalize("NFC", str(name)).lower())
    text = "".join(" " if ch.isspace() else ch for ch in text if ch.isalnum() or ch.isspace())
    return " ".join(text.split())


#: Lower-case words that join the parts of an organisation's or a place's name ("Bank of
#: England", "Doctors Without Borders"); a person's name has none. Name particles such as
#: "von", "der", "de" are not among them.
_CONNECTIVES = frozenset("of for and the on in at to without with".split())


def _ends_name(short: str, long: str) -> bool:
    """`short` is the last words of `long`, and `long` reads as a person's name (no connective)."""
    s, g = short.split(), long.split()
    return len(s) < len(g) and g[-len(s):] == s and not _CONNECTIVES.intersection(g)


def same_speaker(gold: Optional[str], pred: Optional[str], aliases: Iterable[str] = ()) -> bool:
    """Names the same person or organisation (see the module docstring).

    `aliases`: the names of the gold actor holding the gold speaker's name (normalised or not).
    A gold quote without a speaker is matched by a prediction without one.
    """
    g, p = normalise_name(gold), normalise_name(pred)
    if not g or not p:
        return not g and not p
    if g == p:
        return True
    names = {normalise_name(a) for a in aliases} - {""}
    if g in names and p in names:
        return True
    return _ends_name(p, g) or _ends_name(g, p)


def actor_keys(actor: Any) -> set[str]:
    names = [_get(actor, "name")] + list(_get(actor, "aliases") or [])
    return {k for k in (normalise_name(n) for n in names) if k}


def _speaker_aliases(gold_actors: Sequence[Any]) -> Callable[[Any, Any], set[str]]:
    """The names of the gold actor behind a gold speaker (the annotator's aliases)."""
    gold_keys = [actor_keys(a) for a in gold_actors]

    def aliases(gold: Any, pred: Any) -> set[str]:
        out: set[str] = set()
        g = normalise_name(_get(gold, "speaker"))
        if g:
            for keys in gold_keys:
                if g in keys:
                    out |= keys
        return out

    return aliases


def speaker_matches(gold: Any, pred: Any, aliases: Optional[Callable[[Any, Any], set[str]]] = None) -> bool:
    return quote_matches(gold, pred) and same_speaker(
        _get(gold, "speaker"), _get(pred, "speaker"), aliases(gold, pred) if aliases else ())


def greedy_match(
    gold: Sequence[Any], pred: Sequence[Any], matches: Callable[[Any, Any], bool]
) -> dict[int, int]:
    """One-to-one assignment gold index -> pred index, greedy by character overlap (largest first)."""
    candidates = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            if matches(g, p):
                shared = span_overlap(g, p)
                distance = abs(_get(g, "start", 0) - _get(p, "start", 0)) + abs(_get(g, "end", 0) - _get(p, "end", 0))
                candidates.append((-shared, distance, gi, pi))
    candidates.sort()
    used_g: set[int] = set()
    used_p: set[int] = set()
    pairs: dict[int, int] = {}
    for _, _, gi, pi in candidates:
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        pairs[gi] = pi
    return pairs


def _ignored(pred: Any, ignore: Iterable[Any], kind: str) -> bool:
    return any(_get(i, "kind") == kind and span_overlap(i, pred) > 0 for i in ignore)


def _describe_quantity(q: Any) -> str:
    parts = []
    if _get(q, "value") is not None:
        parts.append(f"value={_fmt_num(_get(q, 'value'))}")
    if _get(q, "low") is not None or _get(q, "high") is not None:
        parts.append(f"range={_fmt_num(_get(q, 'low'))}..{_fmt_num(_get(q, 'high'))}")
    if not parts:
        parts.append("value=null")
    for name in ("currency", "unit", "qualifier"):
        if _get(q, name):
            parts.append(f"{name}={_get(q, name)}")
    return " ".join(parts)


def _fmt_num(x: Any) -> str:
    if x is None:
        return "?"
    if isinstance(x, float) and x.is_integer():
        x = int(x)
    return f"{x:,}" if isinstance(x, int) else str(x)


def _describe_date(d: Any) -> str:
    return f"iso={_get(d, 'iso')}"


def _describe_quote(q: Any) -> str:
    return f"[{_get(q, 'start')}:{_get(q, 'end')}] speaker={_get(q, 'speaker')}"


def _score_one_to_one(
    kind: str,
    doc: str,
    gold: Sequence[Any],
    pred: Sequence[Any],
    matches: Callable[[Any, Any], bool],
    describe: Callable[[Any], str],
    ignore: Sequence[Any] = (),
    ignore_kind: Optional[str] = None,
) -> KindResult:
    pairs = greedy_match(gold, pred, matches)
    matched_pred = set(pairs.values())
    misses: list[Miss] = []
    counted_pred = 0
    for pi, p in enumerate(pred):
        if pi in matched_pred:
            counted_pred += 1
            continue
        if ignore_kind and _ignored(p, ignore, ignore_kind):
            continue
        counted_pred += 1
        near = [g for g in gold if span_overlap(g, p) > 0]
        misses.append(Miss(
            kind=kind, doc=doc, error="false_alarm", start=_get(p, "start"), end=_get(p, "end"),
            text=_get(p, "text") or "", predicted=describe(p),
            expected="; ".join(describe(g) for g in near) or None,
        ))
    for gi, g in enumerate(gold):
        if gi in pairs:
            continue
        near = [p for p in pred if span_overlap(g, p) > 0]
        misses.append(Miss(
            kind=kind, doc=doc, error="miss", start=_get(g, "start"), end=_get(g, "end"),
            text=_get(g, "text") or "", expected=describe(g),
            predicted="; ".join(f"{_get(p, 'text')!r} {describe(p)}" for p in near) or None,
        ))
    hits = len(pairs)
    score = Score(gold=len(gold), pred=counted_pred, gold_hits=hits, pred_hits=hits)
    return KindResult(score, sorted(misses, key=lambda m: (m.start, m.error)))


def score_quantities(gold: Sequence[Any], pred: Sequence[Any], ignore: Sequence[Any] = (), doc: str = "") -> KindResult:
    return _score_one_to_one("quantities", doc, gold, pred, quantity_matches, _describe_quantity, ignore, "quantities")


def score_dates(gold: Sequence[Any], pred: Sequence[Any], ignore: Sequence[Any] = (), doc: str = "") -> KindResult:
    counted = [p for p in pred if _get(p, "iso")]
    return _score_one_to_one("dates", doc, gold, counted, date_matches, _describe_date, ignore, "dates")


def score_quotes(gold: Sequence[Any], pred: Sequence[Any], ignore: Sequence[Any] = (), doc: str = "") -> KindResult:
    return _score_one_to_one("quotes", doc, gold, pred, quote_matches, _describe_quote, ignore, "quotes")


def score_speakers(
    gold: Sequence[Any], pred: Sequence[Any], ignore: Sequence[Any] = (), doc: str = "",
    gold_actors: Sequence[Any] = (),
) -> KindResult:
    aliases = _speaker_aliases(gold_actors)
    return _score_one_to_one("speakers", doc, gold, pred, lambda g, p: speaker_matches(g, p, aliases),
                             _describe_quote, ignore, "quotes")


def _same_type(gold: Any, pred: Any) -> bool:
    want = _get(gold, "type")
    return not want or want == _get(pred, "type")


def score_actors(gold: Sequence[Any], pred: Sequence[Any], doc: str = "") -> KindResult:
    """Actors one-to-one, by name or alias and by type (see the module docstring)."""
    counted = [p for p in pred if _get(p, "type") in ACTOR_TYPES]
    gold_keys = [actor_keys(g) for g in gold]
    pred_keys = [actor_keys(p) for p in counted]
    candidates = []
    for gi, (g, gk) in enumerate(zip(gold, gold_keys)):
        for pi, (p, pk) in enumerate(zip(counted, pred_keys)):
            if gk & pk and _same_type(g, p):
                same_name = normalise_name(_get(g, "name")) == normalise_name(_get(p, "name"))
                candidates.append((not same_name, -len(gk & pk), gi, pi))
    candidates.sort()
    gold_hit = [False] * len(gold)
    pred_hit = [False] * len(counted)
    for _, _, gi, pi in candidates:
        if not gold_hit[gi] and not pred_hit[pi]:
            gold_hit[gi] = pred_hit[pi] = True
    misses: list[Miss] = []
    for p, hit in zip(counted, pred_hit):
        if not hit:
            misses.append(Miss(kind="actors", doc=doc, error="false_alarm", start=0, end=0,
                               text=_get(p, "name") or "", predicted=f"{_get(p, 'type')} aliases={list(_get(p, 'aliases') or [])}"))
    for g, hit in zip(gold, gold_hit):
        if not hit:
            misses.append(Miss(kind="actors", doc=doc, error="miss", start=0, end=0,
                               text=_get(g, "name") or "", expected=f"{_get(g, 'type')} aliases={list(_get(g, 'aliases') or [])}"))
    score = Score(gold=len(gold), pred=len(counted), gold_hits=sum(gold_hit), pred_hits=sum(pred_hit))
    return KindResult(score, misses)


# --------------------------------------------------------------------------------------------
# Pairs


def _side(match: Any, side: str) -> tuple[int, int]:
    span = _get(match, side) or {}
    try:
        return int(_get(span, "start", 0) or 0), int(_get(span, "end", 0) or 0)
    except (TypeError, ValueError):
        return 0, 0


def match_covers_fact(match: Any, fact: Any) -> bool:
    """The predicted diff match overlaps the fact's span in A and its span in B."""
    a_s, a_e = _side(match, "a")
    b_s, b_e = _side(match, "b")
    return (overlap(a_s, a_e, _get(fact, "a_start", 0), _get(fact, "a_end", 0)) > 0
            and overlap(b_s, b_e, _get(fact, "b_start", 0), _get(fact, "b_end", 0)) > 0)


def fact_found(fact: Any, matches: Sequence[Any]) -> bool:
    return any(_get(m, "status") == _get(fact, "status") and match_covers_fact(m, fact) for m in matches)


def score_pair(facts: Sequence[Any], matches: Sequence[Any], pair: str = "") -> tuple[PairScores, list[Miss]]:
    """Score one document pair's predicted diff matches against its gold facts."""
    out = PairScores()
    misses: list[Miss] = []

    def miss(fact: Any, kind: str) -> None:
        near = [m for m in matches if match_covers_fact(m, fact)]
        misses.append(Miss(
            kind=kind, doc=pair, error="miss", start=_get(fact, "a_start", 0), end=_get(fact, "a_end", 0),
            text=f"{_get(fact, 'a_text', '')!r} ~ {_get(fact, 'b_text', '')!r}",
            expected=f"{_get(fact, 'status')} ({_get(fact, 'type')}): {_get(fact, 'about', '')}",
            predicted="; ".join(f"{_get(m, 'status')}/{_get(m, 'relation')}" for m in near) or None,
        ))

    scored = [f for f in facts if _get(f, "status") in ("agree", "conflict")]
    targets = [f for f in scored if _get(f, "type") in PAIR_FACT_TYPES]
    statements = [f for f in scored if _get(f, "type") == "statement"]
    for bucket, name in ((targets, "facts"), (statements, "statements")):
        found = [fact_found(f, matches) for f in bucket]
        setattr(out, name, Score(gold=len(bucket), gold_hits=sum(found)))
        for f, ok in zip(bucket, found):
            if not ok:
                miss(f, f"pairs:{name}")

    gold_conflicts = [f for f in facts if _get(f, "status") == "conflict"]
    pred_conflicts = [m for m in matches if _get(m, "status") == "conflict"]
    real = [any(match_covers_fact(m, f) for f in gold_conflicts) for m in pred_conflicts]
    out.conflicts = Score(
        gold=len(gold_conflicts), gold_hits=sum(fact_found(f, matches) for f in gold_conflicts),
        pred=len(pred_conflicts), pred_hits=sum(real),
    )
    for m, ok in zip(pred_conflicts, real):
        if not ok:
            a_s, a_e = _side(m, "a")
            misses.append(Miss(
                kind="pairs:conflicts", doc=pair, error="false_alarm", start=a_s, end=a_e,
                text=f"{_get(_get(m, 'a') or {}, 'text', '')!r} ~ {_get(_get(m, 'b') or {}, 'text', '')!r}",
                predicted=f"conflict/{_get(m, 'relation')}: {_get(m, 'reason', '')}",
            ))
    related = [f for f in facts if _get(f, "status") == "related"]
    flagged = [f for f in related if any(_get(m, "status") == "conflict" and match_covers_fact(m, f) for m in matches)]
    out.related_as_conflict = len(flagged)
    for f in flagged:
        miss(f, "pairs:related_as_conflict")
    return out, misses


def add_pair_scores(a: PairScores, b: PairScores) -> PairScores:
    return PairScores(
        facts=a.facts + b.facts, conflicts=a.conflicts + b.conflicts,
        related_as_conflict=a.related_as_conflict + b.related_as_conflict,
        statements=a.statements + b.statements,
    )


# --------------------------------------------------------------------------------------------
# Gold files


class _Gold(BaseModel):
    model_config = ConfigDict(extra="ignore")


class GoldSpan(_Gold):
    start: int
    end: int
    text: str = ""


class GoldQuantity(GoldSpan):
    value: Optional[float] = None
    low: Optional[float] = None
    high: Optional[float] = None
    unit: Optional[str] = None
    currency: Optional[str] = None
    qualifier: Optional[str] = None


class GoldDate(GoldSpan):
    iso: Optional[str] = None


class GoldQuote(GoldSpan):
    speaker: Optional[str] = None


class GoldIgnore(GoldSpan):
    kind: str
    why: Optional[str] = None


class GoldActor(_Gold):
    name: str
    type: Optional[str] = None
    aliases: list[str] = Field(default_factory=list)


class GoldDocument(_Gold):
    doc: str
    published: Optional[str] = None
    quantities: list[GoldQuantity] = Field(default_factory=list)
    dates: list[GoldDate] = Field(default_factory=list)
    quotes: list[GoldQuote] = Field(default_factory=list)
    actors: list[GoldActor] = Field(default_factory=list)
    ignore: list[GoldIgnore] = Field(default_factory=list)


def load_gold(gold_dir: Union[str, Path]) -> list[GoldDocument]:
    """Every `*.gold.json` in the folder (pairs.gold.json aside), sorted by name."""
    folder = Path(gold_dir)
    if not folder.is_dir():
        raise EvalError(f"gold folder {folder} does not exist")
    files = sorted(p for p in folder.glob(f"*{GOLD_SUFFIX}") if p.name != PAIRS_FILE)
    if not files:
        raise EvalError(f"no *{GOLD_SUFFIX} files in {folder}")
    out = []
    for path in files:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            if isinstance(data, dict) and not data.get("doc"):
                data["doc"] = path.name[: -len(GOLD_SUFFIX)]
            out.append(GoldDocument.model_validate(data))
        except (OSError, ValueError) as err:
            first = str(err).splitlines()[0] if str(err) else type(err).__name__
            raise EvalError(f"cannot read gold file {path}: {first}") from None
    return out


def load_pairs(gold_dir: Union[str, Path]) -> Optional[list[dict]]:
    path = Path(gold_dir) / PAIRS_FILE
    if not path.is_file():
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as err:
        raise EvalError(f"cannot read {path}: {str(err).splitlines()[0]}") from None
    if not isinstance(data, list) or not all(isinstance(p, dict) and "a" in p and "b" in p for p in data):
        raise EvalError(f"{path}: expected a list of {{a, b, facts}} objects")
    return data


def corpus_dirs(gold_dir: Union[str, Path], corpus: Optional[Union[str, Path]] = None) -> list[Path]:
    """Where to look for documents: --corpus; else corpus.json's folder; else the gold folder, then its parent."""
    gold = Path(gold_dir)
    if corpus is not None:
        path = Path(corpus)
        if not path.is_dir():
            raise EvalError(f"corpus folder {path} does not exist")
        return [path]
    config = gold / CORPUS_CONFIG
    if config.is_file():
        try:
            data = json.loads(config.read_text(encoding="utf-8"))
            path = (gold / str(data["corpus"])).resolve()
        except (OSError, ValueError, KeyError, TypeError) as err:
            raise EvalError(f"{config}: expected {{\"corpus\": \"relative/folder\"}} ({type(err).__name__})") from None
        if not path.is_dir():
            raise EvalError(f"{config} names corpus folder {path}, which does not exist")
        return [path]
    return [gold, gold.parent]


def find_document(name: str, dirs: Sequence[Path]) -> Path:
    """The file holding document `name` ('path' or 'path#id')."""
    file_part = name.split("#", 1)[0]
    for folder in dirs:
        path = folder / file_part
        if path.is_file():
            return path
    raise EvalError(f"document {name} not found in {' or '.join(str(d) for d in dirs)}")


# --------------------------------------------------------------------------------------------
# Runner


def predictions(result: Any) -> dict[str, list]:
    """The predicted mentions of one DocumentResult, by kind."""
    quantities, dates, quotes = [], [], []
    seen: set[tuple] = set()
    for claim in result.claims:
        for q in claim.quantities:
            key = ("q", q.start, q.end)
            if key not in seen:
                seen.add(key)
                quantities.append(q)
        for d in claim.dates:
            key = ("d", d.start, d.end)
            if key not in seen:
                seen.add(key)
                dates.append(d)
        if claim.quote is not None and ("t", claim.quote.start, claim.quote.end) not in seen:
            seen.add(("t", claim.quote.start, claim.quote.end))
            quotes.append(claim.quote)
    return {"quantities": quantities, "dates": dates, "quotes": quotes, "actors": list(result.document.actors)}


def score_document(gold: GoldDocument, result: Any) -> tuple[dict[str, Score], list[Miss]]:
    """All kinds for one document."""
    pred = predictions(result)
    doc = gold.doc
    results = {
        "quantities": score_quantities(gold.quantities, pred["quantities"], gold.ignore, doc),
        "dates": score_dates(gold.dates, pred["dates"], gold.ignore, doc),
        "quotes": score_quotes(gold.quotes, pred["quotes"], gold.ignore, doc),
        "speakers": score_speakers(gold.quotes, pred["quotes"], gold.ignore, doc, gold.actors),
        "actors": score_actors(gold.actors, pred["actors"], doc),
    }
    # A speaker error is only news when the quote itself was found: drop the duplicates.
    quote_errors = {(m.error, m.start, m.end) for m in results["quotes"].misses}
    results["speakers"].misses = [m for m in results["speakers"].misses if (m.error, m.start, m.end) not in quote_errors]
    misses = [m for kind in KINDS for m in results[kind].misses]
    return {k: r.score for k, r in results.items()}, misses


def check_gold_offsets(gold: GoldDocument, text: str) -> list[str]:
    """Warnings for gold spans whose text is not at their offsets (wrong corpus or edited file)."""
    bad = []
    for kind in ("quantities", "dates", "quotes", "ignore"):
        for span in getattr(gold, kind):
            if span.text and text[span.start:span.end] != span.text:
                bad.append(f"{span.start}-{span.end}")
    if not bad:
        return []
    return [f"{gold.doc}: {len(bad)} gold span(s) do not match the document text (first at {bad[0]}); is it the right corpus?"]


def _diff_api() -> tuple[Optional[Callable], Optional[str]]:
    try:
        from . import compare  # type: ignore[attr-defined]
    except Exception as err:  # noqa: BLE001  (a half-written module must not sink the evaluation)
        return None, f"claimtrack.compare not importable ({type(err).__name__})"
    fn = getattr(compare, "diff_pair", None)
    if not callable(fn):
        return None, "claimtrack.compare has no diff_pair()"
    return fn, None


def _extract(paths: dict[str, Path], model: Optional[str]) -> dict[str, tuple[Any, str]]:
    """Extract the named documents through the library; returns name -> (DocumentResult, text)."""
    from . import nlp as nlp_mod
    from .extract import process_documents, unify_actors
    from .ingest import read_documents
    from .models import Skipped

    try:
        nlp = nlp_mod.load(model)
    except nlp_mod.ModelNotFound as err:
        raise EvalError(str(err)) from None
    documents = []
    texts: dict[str, str] = {}
    for name, path in paths.items():
        wanted_record = name.split("#", 1)[1] if "#" in name else None
        found = None
        for item in read_documents([path]):
            if isinstance(item, Skipped):
                raise EvalError(f"document {name} could not be read: {item.reason}")
            record = item.name.split("#", 1)[1] if "#" in item.name else None
            if record == wanted_record:
                found = item
                break
        if found is None:
            raise EvalError(f"document {name} not found in {path}")
        found.name = name
        texts[name] = found.text
        documents.append(found)
    out: dict[str, tuple[Any, str]] = {}
    for item in process_documents(documents, nlp):
        if isinstance(item, Skipped):
            raise EvalError(f"document {item.path} was not extracted: {item.reason}")
        out[item.document.doc] = (item, texts[item.document.doc])
    unify_actors([result for result, _ in out.values()])  # the gold set is one run, as `extract DIR` sees it
    return out


def evaluate(
    gold_dir: Union[str, Path],
    corpus: Optional[Union[str, Path]] = None,
    model: Optional[str] = None,
    *,
    pairs: bool = True,
) -> EvalReport:
    """Extract every gold document and score it; scores are micro-averaged over documents.

    Raises EvalError (a one-line message) on usage problems.
    """
    golds = load_gold(gold_dir)
    dirs = corpus_dirs(gold_dir, corpus)
    pair_gold = load_pairs(gold_dir) if pairs else None
    diff_pair, unavailable = _diff_api() if pair_gold is not None else (None, None)

    names = [g.doc for g in golds]
    if diff_pair is not None and pair_gold is not None:
        names += [n for p in pair_gold for n in (p["a"], p["b"]) if n not in names]
    paths = {name: find_document(name, dirs) for name in dict.fromkeys(names)}
    extracted = _extract(paths, model)

    report = EvalReport(gold_dir=str(gold_dir), corpus=" or ".join(str(d) for d in dirs), model=model,
                        documents=[g.doc for g in golds])
    totals = {k: Score() for k in KINDS}
    for gold in golds:
        result, text = extracted[gold.doc]
        report.warnings.extend(check_gold_offsets(gold, text))
        scores, misses = score_document(gold, result)
        report.by_document[gold.doc] = scores
        for k in KINDS:
            totals[k] = totals[k] + scores[k]
        report.misses.extend(misses)
    report.scores = totals

    if pair_gold is not None:
        if diff_pair is None:
            report.pairs = PairScores(available=False, reason=unavailable)
        else:
            total = PairScores()
            for pair in pair_gold:
                label = f"{pair['a']} | {pair['b']}"
                try:
                    diff = diff_pair(extracted[pair["a"]][0], extracted[pair["b"]][0])
                    data = diff.model_dump(mode="json", by_alias=True) if hasattr(diff, "model_dump") else dict(diff)
                except Exception as err:  # noqa: BLE001  (the diff engine is another component: report, go on)
                    report.warnings.append(f"diff failed for {label}: {type(err).__name__}: {err}")
                    data = {"matches": []}
                scores, misses = score_pair(pair.get("facts") or [], data.get("matches") or [], label)
                total = add_pair_scores(total, scores)
                report.misses.extend(misses)
            report.pairs = total
    return report
