"""Does each side of a gold statement fact have a statement record built on its words? (issue 13, item 4)

    .venv/bin/python bench/statement_records.py data/fc8           # counts
    .venv/bin/python bench/statement_records.py data/fc8 -v        # and each missed fact, by side
    .venv/bin/python bench/statement_records.py data/fc8 --all     # found facts too

The records side of bench/statement_causes.py (which says where compare loses a fact): for every
gold agree/conflict fact of "type": "statement" that diff does not find with the gold status,
each side is classed by the clause records (the claim frame's clauses, pipeline/frames) that
overlap its gold span:

- `record`: a clause is built on the gold words (a verb of the span lies in the clause, or the
  clause's predicate is a lemma of the span: "ruled out any increase" gives `increase`, or the
  act noun a clause is read from is: "the closure of the depot" gives `close`, nominal `closure`);
- `verb not framed (<lemma>/<dep>)`: the span has a verb, but no clause holds it;
- `no verb: figure` / `no verb: time` / `no verb: noun phrase` / `no verb: other`: the span
  names the fact without a verb ("92%", "before 2027", "a free ferry service"), so no clause
  record can be built on it.

When both sides have a record the miss is in what the records say or in how compare judges them;
those facts are counted by statement_causes' cause, and marked `subject unresolved` when a side's
records on the span name no actor as subject (a pronoun or a description such as "the group" not
linked to a named actor) while the other side names one.

The extraction is cached like the cause tools'; the Docs are parsed again with the full pipeline
(POS and dependencies of the gold words). Never writes anything; team sets only.
"""

from __future__ import annotations

from collections import Counter

from claimtrack import nlp as ct_nlp
from claimtrack.evaluate import corpus_dirs, find_document
from claimtrack.evaluate.causes import statement_cause
from claimtrack.ingest.read import read_documents
from claimtrack.processing import _prepare
from pair_sets import pair_set, set_arguments
from statement_causes import print_counts, statement_pairs


def _parser():
    nlp = ct_nlp.load()
    docs: dict = {}

    def parse(path):
        if path not in docs:
            document = next(iter(read_documents([path])))
            doc = _prepare(nlp.make_doc(document.text), document)
            for _, proc in nlp.pipeline:
                doc = proc(doc)
            docs[path] = doc
        return docs[path]

    return parse


def _clauses(doc, start: int, end: int) -> list:
    return [f for f in doc._.ct_frames or [] if f["kind"] == "clause" and f["start"] < end and start < f["end"]]


def side_class(doc, start: int, end: int) -> tuple[str, list]:
    """(class, clause frames overlapping the span) of one side of a gold fact (module docstring)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    tokens = list(span) if span is not None else []
    clauses = _clauses(doc, start, end)
    lemmas = {t.lemma_.lower() for t in tokens}
    verbs = [t for t in tokens if t.pos_ == "VERB" or (t.pos_ == "AUX" and t.dep_ not in ("aux", "auxpass"))]
    for f in clauses:
        predicate = f["frame"].get("predicate") or ""
        if set(predicate.split()) & lemmas or f["frame"].get("nominal") in lemmas \
                or any(f["start"] <= v.idx < f["end"] for v in verbs):
            return "record", clauses
    if verbs:
        return "verb not framed (" + ", ".join(f"{v.lemma_}/{v.dep_}" for v in verbs) + ")", clauses
    if any(t.like_num or t.ent_type_ in ("CARDINAL", "PERCENT", "MONEY", "QUANTITY") for t in tokens):
        return "no verb: figure", clauses
    if any(t.ent_type_ in ("DATE", "TIME") for t in tokens):
        return "no verb: time", clauses
    if any(t.pos_ in ("NOUN", "PROPN") for t in tokens):
        return "no verb: noun phrase", clauses
    return "no verb: other", clauses


def _show(frame: dict) -> str:
    x = frame["frame"]
    return (f"[{x.get('subject') or x.get('subject_text') or '-'} | {x.get('predicate')} | {x.get('object') or '-'}"
            f"{' | ' + x['polarity'] if x.get('polarity') == 'negative' else ''}"
            f"{' | ' + x['modality'] if x.get('modality') else ''}]")


def _unresolved(mine: list, other: list) -> bool:
    return not any(f["frame"].get("subject") for f in mine) and any(f["frame"].get("subject") for f in other)


def main() -> None:
    ap = set_arguments(__doc__.split("\n\n")[0], "Each missed fact with the class of each side and its clauses.")
    ap.add_argument("--all", action="store_true", help="With -v, list found facts too.")
    args = ap.parse_args()
    gold, pairs, prep = pair_set(args.set, args.cache)
    dirs = corpus_dirs(gold, None)
    parse = _parser()
    sides: Counter = Counter()
    facts_by: Counter = Counter()
    for pair, pa, pb, matches, facts in statement_pairs(pairs, prep):
        da, db = parse(find_document(pair["a"], dirs)), parse(find_document(pair["b"], dirs))
        for fact in facts:
            cause = statement_cause(fact, pa, pb, matches)
            ka, ca = side_class(da, fact["a_start"], fact["a_end"])
            kb, cb = side_class(db, fact["b_start"], fact["b_end"])
            if cause == "found":
                facts_by["found"] += 1
            elif ka == kb == "record":
                sides["record"] += 2
                label = "records on both sides: " + cause
                if _unresolved(ca, cb) or _unresolved(cb, ca):
                    label += " (subject unresolved on one side)"
                facts_by[label] += 1
            else:
                for k in (ka, kb):
                    sides[k if not k.startswith("verb not framed") else "verb not framed"] += 1
                facts_by["no record on one side or both"] += 1
            if args.verbose and (cause != "found" or args.all):
                print(f"{pair['a']}: {fact['status']} '{fact['about']}': {cause}")
                print(f"    A {ka}: {fact['a_text']!r}\n        {'; '.join(_show(f) for f in ca) or '(no clause)'}")
                print(f"    B {kb}: {fact['b_text']!r}\n        {'; '.join(_show(f) for f in cb) or '(no clause)'}")
    print_counts(gold, facts_by)
    print("  sides of the missed facts: " + ", ".join(f"{k} {n}" for k, n in sides.most_common()))


if __name__ == "__main__":
    main()
