"""Pure scoring of mentions (no spaCy, no files): the fixed matching rules for quantities,
dates, quotes, speakers and actors (see the package docstring), one-to-one and greedy."""

from __future__ import annotations

import math
import re
import unicodedata
from functools import lru_cache
from typing import Any, Callable, Iterable, Optional, Sequence

from ..models.evaluation import Miss, Score
from .report import ACTOR_TYPES, REL_TOL, KindResult


def field_of(obj: Any, name: str, default: Any = None) -> Any:
    """Attribute or key access, so gold dicts and pydantic records both work."""
    if isinstance(obj, dict):
        return obj.get(name, default)
    return getattr(obj, name, default)


def overlap(a_start: int, a_end: int, b_start: int, b_end: int) -> int:
    """Characters shared by [a_start, a_end) and [b_start, b_end)."""
    return max(0, min(a_end, b_end) - max(a_start, b_start))


def span_overlap(a: Any, b: Any) -> int:
    return overlap(field_of(a, "start", 0), field_of(a, "end", 0), field_of(b, "start", 0), field_of(b, "end", 0))


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
    g_low, g_high = field_of(gold, "low"), field_of(gold, "high")
    if field_of(gold, "value") is None and (g_low is not None or g_high is not None):
        ok = same_number(g_low, field_of(pred, "low")) and same_number(g_high, field_of(pred, "high"))
    else:
        ok = same_number(field_of(gold, "value"), field_of(pred, "value"))
    currency = field_of(gold, "currency")
    if ok and currency:
        ok = str(field_of(pred, "currency") or "").upper() == str(currency).upper()
    return ok


def quantity_matches(gold: Any, pred: Any) -> bool:
    return span_overlap(gold, pred) > 0 and quantity_value_matches(gold, pred)


def date_matches(gold: Any, pred: Any) -> bool:
    iso = field_of(pred, "iso")
    return bool(iso) and span_overlap(gold, pred) > 0 and iso == field_of(gold, "iso")


def quote_matches(gold: Any, pred: Any) -> bool:
    """The prediction covers at least half of the gold quote's characters."""
    length = field_of(gold, "end", 0) - field_of(gold, "start", 0)
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


#: Words that say which level of a state a government is, written between its place and
#: "government" ("the Kedah state government", "Norway's central government"); they do not
#: change which government the phrase names.
_GOVERNMENT_LEVELS = frozenset("national federal central state provincial regional".split())


@lru_cache(maxsize=1)
def _country_words() -> dict[str, str]:
    """Normalised country name, alias and demonym -> the country's normalised canonical name
    (claimtrack/data/countries.json): 'kenyan' -> 'kenya', 'uk' -> 'united kingdom'."""
    from ..tables import country_names

    names = {iso2: normalise_name(word) for word, kind, iso2 in country_names() if kind == "name"}
    out: dict[str, str] = {}
    for word, kind, iso2 in country_names():
        if kind != "capital":
            out.setdefault(normalise_name(word), names[iso2])
    return out


def government_key(name: Optional[str]) -> str:
    """One key for the ways news names a government: 'Government of Kenya', 'the Kenya
    government', 'the Kenyan government', "Kenya's national government" -> 'government of kenya';
    'the Ontario government' -> 'government of ontario'. '' for any other name, and for a
    government whose place the name does not give ('the federal government')."""
    words = normalise_name(name).split()
    if words[:1] == ["the"]:
        words = words[1:]
    if words[:2] == ["government", "of"]:
        place = words[2:]
    elif len(words) > 1 and words[-1] == "government":
        place = words[:-1]
        while len(place) > 1 and place[-1] in _GOVERNMENT_LEVELS:
            place = place[:-1]
    else:
        return ""
    if place[:1] == ["the"]:
        place = place[1:]
    if not place or place[-1] in _GOVERNMENT_LEVELS:
        return ""
    where = " ".join(place)
    return "government of " + _country_words().get(where, where)


def actor_keys(actor: Any) -> set[str]:
    """The normalised name and aliases of an actor, also without a leading "the", and one key for
    a government's name in any of its forms (`government_key`)."""
    names = [field_of(actor, "name")] + list(field_of(actor, "aliases") or [])
    keys = {normalise_name(n) for n in names}
    return (keys | {_without_article(k) for k in keys} | {government_key(n) for n in names}) - {""}


def _without_article(key: str) -> str:
    """'the guardian' -> 'guardian', 'the ministry' -> 'ministry': a leading definite article is
    how a sentence introduces a name, not part of whom it names ("The Guardian" / "Guardian")."""
    return key[4:] if key.startswith("the ") and len(key) > 4 else key


def _speaker_aliases(gold_actors: Sequence[Any]) -> Callable[[Any, Any], set[str]]:
    """The names of the gold actor behind a gold speaker (the annotator's aliases)."""
    gold_keys = [actor_keys(a) for a in gold_actors]

    def aliases(gold: Any, pred: Any) -> set[str]:
        out: set[str] = set()
        g = normalise_name(field_of(gold, "speaker"))
        if g:
            for keys in gold_keys:
                if g in keys:
                    out |= keys
        return out

    return aliases


def speaker_matches(gold: Any, pred: Any, aliases: Optional[Callable[[Any, Any], set[str]]] = None) -> bool:
    return quote_matches(gold, pred) and same_speaker(
        field_of(gold, "speaker"), field_of(pred, "speaker"), aliases(gold, pred) if aliases else ())


def greedy_match(
    gold: Sequence[Any], pred: Sequence[Any], matches: Callable[[Any, Any], bool]
) -> dict[int, int]:
    """One-to-one assignment gold index -> pred index, greedy by character overlap (largest first)."""
    candidates = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            if matches(g, p):
                shared = span_overlap(g, p)
                distance = abs(field_of(g, "start", 0) - field_of(p, "start", 0)) + abs(field_of(g, "end", 0) - field_of(p, "end", 0))
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
    return any(field_of(i, "kind") == kind and span_overlap(i, pred) > 0 for i in ignore)


def _describe_quantity(q: Any) -> str:
    parts = []
    if field_of(q, "value") is not None:
        parts.append(f"value={_fmt_num(field_of(q, 'value'))}")
    if field_of(q, "low") is not None or field_of(q, "high") is not None:
        parts.append(f"range={_fmt_num(field_of(q, 'low'))}..{_fmt_num(field_of(q, 'high'))}")
    if not parts:
        parts.append("value=null")
    for name in ("currency", "unit", "qualifier"):
        if field_of(q, name):
            parts.append(f"{name}={field_of(q, name)}")
    return " ".join(parts)


def _fmt_num(x: Any) -> str:
    if x is None:
        return "?"
    if isinstance(x, float) and x.is_integer():
        x = int(x)
    return f"{x:,}" if isinstance(x, int) else str(x)


def _describe_date(d: Any) -> str:
    return f"iso={field_of(d, 'iso')}"


def _describe_quote(q: Any) -> str:
    return f"[{field_of(q, 'start')}:{field_of(q, 'end')}] speaker={field_of(q, 'speaker')}"


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
            kind=kind, doc=doc, error="false_alarm", start=field_of(p, "start"), end=field_of(p, "end"),
            text=field_of(p, "text") or "", predicted=describe(p),
            expected="; ".join(describe(g) for g in near) or None,
        ))
    for gi, g in enumerate(gold):
        if gi in pairs:
            continue
        near = [p for p in pred if span_overlap(g, p) > 0]
        misses.append(Miss(
            kind=kind, doc=doc, error="miss", start=field_of(g, "start"), end=field_of(g, "end"),
            text=field_of(g, "text") or "", expected=describe(g),
            predicted="; ".join(f"{field_of(p, 'text')!r} {describe(p)}" for p in near) or None,
        ))
    hits = len(pairs)
    score = Score(gold=len(gold), pred=counted_pred, gold_hits=hits, pred_hits=hits)
    return KindResult(score, sorted(misses, key=lambda m: (m.start, m.error)))


def score_quantities(gold: Sequence[Any], pred: Sequence[Any], ignore: Sequence[Any] = (), doc: str = "") -> KindResult:
    return _score_one_to_one("quantities", doc, gold, pred, quantity_matches, _describe_quantity, ignore, "quantities")


def score_dates(gold: Sequence[Any], pred: Sequence[Any], ignore: Sequence[Any] = (), doc: str = "") -> KindResult:
    counted = [p for p in pred if field_of(p, "iso")]
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
    want = field_of(gold, "type")
    return not want or want == field_of(pred, "type")


def score_actors(gold: Sequence[Any], pred: Sequence[Any], doc: str = "") -> KindResult:
    """Actors one-to-one, by name or alias and by type (see the module docstring)."""
    counted = [p for p in pred if field_of(p, "type") in ACTOR_TYPES]
    gold_keys = [actor_keys(g) for g in gold]
    pred_keys = [actor_keys(p) for p in counted]
    candidates = []
    for gi, (g, gk) in enumerate(zip(gold, gold_keys)):
        for pi, (p, pk) in enumerate(zip(counted, pred_keys)):
            if gk & pk and _same_type(g, p):
                same_name = normalise_name(field_of(g, "name")) == normalise_name(field_of(p, "name"))
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
                               text=field_of(p, "name") or "", predicted=f"{field_of(p, 'type')} aliases={list(field_of(p, 'aliases') or [])}"))
    for g, hit in zip(gold, gold_hit):
        if not hit:
            misses.append(Miss(kind="actors", doc=doc, error="miss", start=0, end=0,
                               text=field_of(g, "name") or "", expected=f"{field_of(g, 'type')} aliases={list(field_of(g, 'aliases') or [])}"))
    score = Score(gold=len(gold), pred=len(counted), gold_hits=sum(gold_hit), pred_hits=sum(pred_hit))
    return KindResult(score, misses)
