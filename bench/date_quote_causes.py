"""Why each date and quote fact of a pairs set is missed: counts per cause (issue 13, items 1-3).

    .venv/bin/python bench/date_quote_causes.py data/fc4          # counts
    .venv/bin/python bench/date_quote_causes.py data/fc4 -v       # and each fact with its cause
    .venv/bin/python bench/date_quote_causes.py data/fc4 -vv      # and the features of each miss
    .venv/bin/python bench/date_quote_causes.py data/fc4 --counterfactuals -v   # edited quotes (mutate_pairs.py)

For every gold agree/conflict fact of "type": "date" or "quote" in <set>/gold/pairs.gold.json,
runs compare in-process (claimtrack.compare.pair.diff_pair on the extracted documents) and says
where it is lost, first cause first:

- `not extracted (A|B)`: a side's span holds no mention of the kind;
- `chosen, wrong status (status/relation)`: diff keeps a match over the fact with another status;
- `judged right, paired elsewhere`: the judge gives two of its mentions the gold status, but
  selection keeps other partners, aligned more strongly (named with -vv);
- `judged <status/relation>, not chosen`: aligned with another status only, and not kept;
- `blocked`: the judge would align two of its mentions, but blocking never pairs them;
- `not aligned`, with what fails first: for quotes `speaker unresolved` (a side's speaker is
  no name), `other speaker` (two named speakers, words not alike enough for one utterance) or
  `content overlap below threshold (met k of n)` (one speaker, too few content words in common:
  `compare.quotes.same_utterance`, `same_speaker_content`); for dates `event frame not matched
  (A's event / B's event)` (the events each date dates, `compare.date_events.event_of`, are
  neither one nor WordNet synonyms) or `context below threshold` (one event, too few words alike).

With --counterfactuals, the same causes for the counterfactual quote conflicts instead: every
agree quote fact's B span edited by ../shared/tools/mutate_pairs.py (a negation flipped after the
first auxiliary, else the longest word replaced by "never"), the edited copy extracted, and the
conflict the edit makes looked for as tests/counterfactuals.py does (`found` is caught); each
miss also says whether diff found the unedited fact as agree.

Never writes anything but a temporary folder it removes; run it on team sets only (the hidden sets are the lead's).
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

from claimtrack.compare.blocking import _compare, _Index
from claimtrack.compare.context import similarity
from claimtrack.compare.date_events import event_of
from claimtrack.compare.date_one_event import _ignored, _same_event, verbs_meet
from claimtrack.compare.dates import align_dates
from claimtrack.compare.pair import diff_pair, one_story, prepare
from claimtrack.compare.quotes import ONE_UTTERANCE, SAME_SPEAKER_TERMS, _content_met, same_speaker, speaker_resolved
from claimtrack.evaluate.causes import overlapping
from claimtrack.evaluate.pairs import match_covers_fact
from claimtrack.extract import iter_extract
from pair_sets import pair_set, set_arguments

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
from counterfactuals import MUTATE, pair_sets as text_dirs  # noqa: E402

KINDS = ("date", "quote")


def _describe(m) -> str:
    if m.kind == "date":
        f = m.frame
        return (f"{m.text!r} iso={m.payload.iso} event={event_of(m)} frame.event={getattr(f, 'event', None)}"
                f" fact={getattr(f, 'fact', None)} lede={m.lede} relative={m.payload.relative}")
    q = m.payload
    return f"{m.text[:50]!r}.. speaker={q.speaker!r} id={q.speaker_id} resolved={getattr(q.frame, 'resolved', None)}"


def _partners(m, matches, side: str) -> list[str]:
    out = []
    for x in matches:
        s = getattr(x, side)
        if x.kind == m.kind and s.start < m.end and m.start < s.end:
            o = x.b if side == "a" else x.a
            out.append(f"{x.status}/{x.relation} with {o.text[:40]!r}")
    return out


def cause(fact: dict, pa, pb, matches, story: bool, detail: list) -> str:
    kind = fact["type"]
    near = [m for m in matches if match_covers_fact(m, fact) and m.kind == kind]
    if any(m.status == fact["status"] for m in near):
        return "found"
    ma = overlapping(pa.mentions, (kind,), fact["a_start"], fact["a_end"])
    mb = overlapping(pb.mentions, (kind,), fact["b_start"], fact["b_end"])
    detail += [f"A {_describe(x)}" for x in ma] + [f"B {_describe(y)}" for y in mb]
    if not ma or not mb:
        return "not extracted (" + ("A" if not ma else "") + ("B" if not mb else "") + ")"
    index, position = _Index(pb.mentions), {id(m): i for i, m in enumerate(pb.mentions)}
    judged, unblocked = set(), set()
    for x in ma:
        partners = set(index.partners(x))
        for y in mb:
            c = _compare(x, y, story, pa.anchor, pb.anchor, frozenset())
            if kind == "date":
                al = align_dates(x, y, story)
                sim = similarity(x.ctx, y.ctx, ignore=_ignored(event_of(x), event_of(y)))
                detail.append(f"  align {x.text!r}~{y.text!r}: sim={sim:.2f} "
                              + (f"how={al.how} score={al.score:.2f} strong={al.strong} one_event={al.one_event}"
                                 if al else "none"))
            if c is None:
                continue
            detail.append(f"  judged {c.status}/{c.relation} mutual={c.mutual_conflict}: {c.reason}")
            judged.add(f"{c.status}/{c.relation}")
            if position[id(y)] in partners:
                unblocked.add(c.status if c.status == fact["status"] else f"{c.status}/{c.relation}")
    for m in near:
        detail.append(f"  chosen {m.status}/{m.relation}: {m.a.text[:30]!r}~{m.b.text[:30]!r}: {m.reason}")
    for x in ma:
        detail += [f"  A's partner: {p}" for p in _partners(x, matches, "a")]
    for y in mb:
        detail += [f"  B's partner: {p}" for p in _partners(y, matches, "b")]
    if near:
        return "chosen, wrong status (" + "; ".join(sorted({f"{m.status}/{m.relation}" for m in near})) + ")"
    if fact["status"] in unblocked:
        return "judged right, paired elsewhere"
    if unblocked:
        return f"judged {'; '.join(sorted(unblocked))}, not chosen"
    if judged:
        return "blocked"
    return "not aligned: " + _unaligned(kind, ma, mb)


def _unaligned(kind: str, ma: list, mb: list) -> str:
    """What fails first for the closest two mentions of a fact no aligner pairs."""
    if kind == "quote":
        qa, qb = ma[0].payload, mb[0].payload
        if not (speaker_resolved(qa) and speaker_resolved(qb)):
            return "speaker unresolved"
        if same_speaker(qa, qb) is not True:
            return "other speaker"
        met = max(((_content_met(x.payload.text, y.payload.text) or (0, 0)) for x in ma for y in mb), default=(0, 0))
        return f"content overlap below threshold (met {met[0]} of {met[1]}, needs {SAME_SPEAKER_TERMS} and {ONE_UTTERANCE:.0%})"
    for x in ma:
        for y in mb:
            ex, ey = event_of(x), event_of(y)
            if ex and ey and (_same_event(x, y, ex, ey) or verbs_meet(x, y, ex, ey)):
                return "context below threshold"
    x, y = ma[0], mb[0]
    return f"event frame not matched ({event_of(x)} / {event_of(y)})"


def counterfactual_causes(gold: Path, pairs: list, prep, cache, verbose: int) -> None:
    """The causes of the counterfactual quote conflicts missed (see the module's doc)."""
    texts = next(t for g, t in text_dirs(only=[gold]) if g.resolve() == gold.resolve())
    with tempfile.TemporaryDirectory(prefix="ct-causes-") as tmp:
        out = Path(tmp)
        subprocess.run([sys.executable, str(MUTATE), str(gold / "pairs.gold.json"), str(texts), str(out)],
                       check=True, capture_output=True)
        rows = [r for r in json.loads((out / "mutations.json").read_text("utf-8")) if r["type"] == "quote"]
        edited = {r.document.doc: prepare(r) for r in iter_extract([out / f"{r['n']}.json" for r in rows], cache=cache)}
    causes: Counter = Counter()
    for r in rows:
        pa, pb = prep(r["a"]), edited[f"{r['n']}.json"]
        fact = {"type": "quote", "status": "conflict", "a_start": r["a_start"], "a_end": r["a_end"],
                "b_start": r["b_start"], "b_end": r["b_end"]}
        unedited = dict(fact, b_end=r["b_start"] + len(r["was"]))
        before = "agree" if any(m.kind == "quote" and m.status == "agree" and match_covers_fact(m, unedited)
                                for m in diff_pair(pa, prep(r["b"])).matches) else "not agree"
        detail: list = []
        why = cause(fact, pa, pb, diff_pair(pa, pb).matches, one_story(pa.story, pb.story), detail)
        why = "caught" if why == "found" else why
        causes[(why.split(" (")[0] if why.startswith("not aligned") else why, before)] += 1
        if verbose:
            print(f"{r['a']} {r['n']}: {r['a_text'][:40]!r} ~ {r['b_text'][:40]!r} (was {r['was'][:30]!r}): {why}"
                  f" [unedited: {before}]")
        if verbose > 1 and why != "caught":
            for line in detail:
                print(f"    {line}")
    caught = sum(n for (c, _), n in causes.items() if c == "caught")
    print(f"{gold}: {caught}/{sum(causes.values())} counterfactual quote conflicts caught")
    for (why, before), n in sorted(causes.items(), key=lambda kv: (-kv[1], kv[0])):
        if why != "caught":
            print(f"  {n:3d}  {why} (unedited fact {'found as agree' if before == 'agree' else 'not found as agree'})")


def main() -> None:
    ap = set_arguments(__doc__.split("\n\n")[0], "Each fact with its cause (-vv: and the features of each side of a miss).")
    ap.add_argument("--kind", choices=KINDS, default=None, help="Only dates or only quotes.")
    ap.add_argument("--counterfactuals", action="store_true",
                    help="The counterfactual quote conflicts (mutate_pairs.py) instead of the gold facts.")
    args = ap.parse_args()
    gold, pairs, prep = pair_set(args.set, args.cache)
    if args.counterfactuals:
        counterfactual_causes(gold, pairs, prep, args.cache, args.verbose)
        return
    kinds = (args.kind,) if args.kind else KINDS

    causes: Counter = Counter()
    for pair in pairs:
        facts = [f for f in pair.get("facts") or [] if f.get("type") in kinds and f["status"] in ("agree", "conflict")]
        if not facts:
            continue
        pa, pb = prep(pair["a"]), prep(pair["b"])
        matches = diff_pair(pa, pb).matches
        story = one_story(pa.story, pb.story)
        for fact in facts:
            detail: list = []
            why = cause(fact, pa, pb, matches, story, detail)
            causes[(fact["type"], fact["status"], why.split(" (")[0] if why.startswith("not aligned") else why)] += 1
            if args.verbose:
                print(f"{pair['a']}: {fact['type']} {fact['status']} '{fact['about']}' "
                      f"{fact.get('a_text', '')[:40]!r} ~ {fact.get('b_text', '')[:40]!r}: {why}")
            if args.verbose > 1 and why != "found":
                for line in detail:
                    print(f"    {line}")
    total = sum(causes.values())
    found = sum(n for (_, _, c), n in causes.items() if c == "found")
    print(f"{gold}: {found}/{total} date and quote facts found")
    for (kind, status, why), n in sorted(causes.items(), key=lambda kv: (-kv[1], kv[0])):
        if why != "found":
            print(f"  {n:3d}  {kind} {status}: {why}")


if __name__ == "__main__":
    main()
