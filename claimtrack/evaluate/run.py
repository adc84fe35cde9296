"""The runner: extract every gold document through the library, score it, and add up."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Callable, Mapping, Optional, Union

from ..models.evaluation import EvalReport, Miss, PairScores, Score
from ..tables import TableError
from .gold import GoldDocument, corpus_dirs, find_document, load_gold, load_pairs
from .match import score_actors, score_dates, score_quantities, score_quotes, score_speakers
from .pairs import add_pair_scores, score_pair
from .report import KINDS, EvalError


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
    """(the diff engine, None): `compare.diff_pair`. An import error is a bug and is raised; the
    scoring tests replace this seam with a fake engine or with (None, reason)."""
    from ..compare import diff_pair

    return diff_pair, None


def _extract(paths: dict[str, Path], model: Optional[str],
             cache: Optional[Union[str, Path]] = None) -> dict[str, tuple[Any, str]]:
    """Extract the named documents through the library; returns name -> (DocumentResult, text).
    With a `cache` folder, a document whose result the cache holds (same text, publication date,
    model and code: claimtrack.cache) is read from it, and the others are written to it."""
    from .. import nlp as nlp_mod
    from ..extract import process_documents, run_documents, unify_actors
    from ..ingest import read_documents
    from ..ingest.run_dates import with_run_years
    from ..models import Skipped

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
    documents = list(with_run_years(documents))  # the gold set is one run (ingest/run_dates.py)
    items = process_documents(documents, nlp) if cache is None else run_documents(documents, nlp=nlp, cache=cache)
    for item in items:
        if isinstance(item, Skipped):
            if item.path in out:  # an extractor of a document read failed: evaluate() warns of it
                continue
            raise EvalError(f"document {item.path} was not extracted: {item.reason}")
        out[item.document.doc] = (item, texts[item.document.doc])
    unify_actors([result for result, _ in out.values()])  # the gold set is one run, as `extract DIR` sees it
    return out


def extractor_failures(extracted: Mapping[str, tuple[Any, str]]) -> list[str]:
    """One warning per extractor that failed on a document scored (the runner's report of it:
    processing.failure_skips): its document is scored without what that extractor finds (a
    failed frames component, without the frames every pair fact is aligned by)."""
    from ..processing import failure_skips

    return [f"document {s.path}: {s.reason}" for result, _ in extracted.values() for s in failure_skips(result)]


def _gold_names(golds: list[GoldDocument], pair_gold: Optional[list[dict]]) -> list[str]:
    """The documents an evaluation reads: every gold document, then those the pairs name."""
    names = [g.doc for g in golds]
    if pair_gold is not None:
        names += [n for p in pair_gold for n in (p["a"], p["b"]) if n not in names]
    return list(dict.fromkeys(names))


def extract_gold(
    gold_dir: Union[str, Path],
    corpus: Optional[Union[str, Path]] = None,
    model: Optional[str] = None,
    *,
    pairs: bool = True,
    cache: Optional[Union[str, Path]] = None,
) -> dict[str, tuple[Any, str]]:
    """Extract the documents `evaluate` reads for a gold folder: name -> (DocumentResult, text).
    Pass the result to `evaluate(..., extracted=...)` to score one extraction more than once.
    `cache`: a result-cache folder (claimtrack.cache) to read and fill, else none is used."""
    pair_gold = load_pairs(gold_dir) if pairs else None
    dirs = corpus_dirs(gold_dir, corpus)
    names = _gold_names(load_gold(gold_dir), pair_gold)
    return _extract({name: find_document(name, dirs) for name in names}, model, cache)


def evaluate(
    gold_dir: Union[str, Path],
    corpus: Optional[Union[str, Path]] = None,
    model: Optional[str] = None,
    *,
    pairs: bool = True,
    extracted: Optional[Mapping[str, tuple[Any, str]]] = None,
    diffs: Optional[Mapping[tuple[str, str], Any]] = None,
) -> EvalReport:
    """Extract every gold document and score it; scores are micro-averaged over documents.

    `extracted`: the extraction already made (`extract_gold`), name -> (DocumentResult, text);
    only the documents missing from it are extracted. `diffs`: the diff reports already made of
    the gold pairs over that extraction, (a, b) -> DiffReport; only the pairs missing from it are
    diffed. Raises EvalError (a one-line message) on usage problems.
    """
    golds = load_gold(gold_dir)
    dirs = corpus_dirs(gold_dir, corpus)
    pair_gold = load_pairs(gold_dir) if pairs else None
    diff_pair, unavailable = _diff_api() if pair_gold is not None else (None, None)

    names = _gold_names(golds, pair_gold if diff_pair is not None else None)
    have = dict(extracted or {})
    paths = {name: find_document(name, dirs) for name in names if name not in have}
    extracted = {**have, **(_extract(paths, model) if paths else {})}

    report = EvalReport(gold_dir=str(gold_dir), corpus=" or ".join(str(d) for d in dirs), model=model,
                        documents=[g.doc for g in golds])
    report.warnings.extend(extractor_failures(extracted))
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
                    key = (pair["a"], pair["b"])
                    diff = diffs[key] if diffs and key in diffs else diff_pair(extracted[key[0]][0], extracted[key[1]][0])
                    data = diff.model_dump(mode="json", by_alias=True) if hasattr(diff, "model_dump") else dict(diff)
                except TableError:
                    raise  # a data table that cannot be loaded stops the run (claimtrack.tables)
                except Exception as err:  # noqa: BLE001  (the diff engine is another component: report, go on)
                    report.warnings.append(f"diff failed for {label}: {type(err).__name__}: {err}")
                    data = {"matches": []}
                scores, misses = score_pair(pair.get("facts") or [], data.get("matches") or [], label)
                total = add_pair_scores(total, scores)
                report.misses.extend(misses)
            report.pairs = total
    return report
