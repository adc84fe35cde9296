"""How diff_pair's time grows with the number of claims a side (issue 14: it was quadratic).

Two synthetic documents per size, reproducibly generated (no model needed): claims each holding
a figure of one of a few measures and a date (bench/hostile.py's `synthetic_result`), and one
claim in four a quote by one of a few speakers made of words drawn from a small vocabulary, so
that figures of one measure and quotes sharing words are many. Prints CPU milliseconds per claim
a side, the growth when the size doubles (1.0 = linear), and how many pairs of figures, dates
and quotes were compared (the cost is time, the risk is a kind no longer compared at all).

    .venv/bin/python bench/diff_scale.py                 # 250, 500, 1000, 2000 claims a side
    .venv/bin/python bench/diff_scale.py --sizes 250 500
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from hostile import synthetic_result  # noqa: E402

_VOCAB = ("we will not accept any ceasefire that leaves the occupied land under foreign control and our people "
          "have paid too high a price for peace without justice the talks must continue until every prisoner "
          "comes home safely while the aid convoys reach all the villages cut off by the fighting this winter "
          "government army council ministry budget water power schools hospitals roads bridges farms harvest "
          "prices wages taxes reform election parliament court judges police borders refugees camps").split()
_SPEAKERS = ["Jane Doe", "John Roe", "Amina Diallo", "Pedro Alvarez", "Mei Chen"]


def news_vocabulary(size: int) -> list[str]:
    """`size` made-up words of letters (consonant-vowel syllables, reproducible) for the quotes:
    with a few thousand of them, a quote holds rare words as a news article's quotes do."""
    rng = random.Random(7)
    onsets, vowels = "bdfgklmnprstvz", "aeiou"
    words: dict[str, None] = {}
    while len(words) < size:
        words["".join(rng.choice(onsets) + rng.choice(vowels) for _ in range(rng.randint(2, 4)))] = None
    return list(words)


def synthetic_with_quotes(n: int, name: str, seed: int, vocab=_VOCAB):
    """`synthetic_result(n)` with one claim in four replaced by a quote of 8 to 20 words of `vocab`."""
    from claimtrack.models import Claim, DocumentResult, Quote

    base = synthetic_result(n, name, seed)
    rng = random.Random(seed + 100)
    claims, pos = [], 0
    for i, c in enumerate(base.claims):
        if i % 4 == 3:
            speaker = rng.choice(_SPEAKERS)
            words = " ".join(rng.choice(vocab) for _ in range(rng.randint(8, 20)))
            quoted = f"\u201c{words.capitalize()},\u201d {speaker} said."
            q0 = pos + 1
            claims.append(Claim(id=f"{name}-{i}", doc=name, kind="quote", start=pos, end=pos + len(quoted), text=quoted,
                                quote=Quote(start=q0, end=q0 + len(words) + 1, text=words.capitalize() + ",",
                                            speaker=speaker, speaker_id=speaker.lower().replace(" ", "-"))))
            pos += len(quoted) + 1
            continue
        shift = pos - c.start
        claims.append(c.model_copy(update={
            "start": c.start + shift, "end": c.end + shift,
            "quantities": [q.model_copy(update={"start": q.start + shift, "end": q.end + shift}) for q in c.quantities],
            "dates": [d.model_copy(update={"start": d.start + shift, "end": d.end + shift}) for d in c.dates]}))
        pos += len(c.text) + 1
    info = base.document.model_copy(update={"chars": pos})
    return DocumentResult(document=info, claims=claims)


#: The comparisons counted per kind (`claimtrack.compare.blocking`'s calls): a kind whose count
#: falls to 0 as the documents grow is no longer compared at all.
_COUNTED = {"figures": "align_quantities", "dates": "align_dates", "quotes": "judge_quotes"}


def measure(n: int, vocab=_VOCAB) -> tuple[float, dict]:
    """CPU seconds of one diff_pair of two documents of `n` claims; comparisons per kind and the
    CPU seconds spent in restated_quotes (quotes of one side stated unquoted by the other)."""
    from claimtrack.compare import blocking, diff_pair, pair

    a, b = synthetic_with_quotes(n, "a", 1, vocab), synthetic_with_quotes(n, "b", 2, vocab)
    counts: dict = dict.fromkeys(_COUNTED, 0)
    counts["restated s"] = 0.0
    real = {kind: getattr(blocking, fn) for kind, fn in _COUNTED.items()}
    real_restated = pair.restated_quotes

    def counted(kind):
        def call(*args, **kwargs):
            counts[kind] += 1
            return real[kind](*args, **kwargs)
        return call

    def restated(*args, **kwargs):
        c0 = time.process_time()
        try:
            return real_restated(*args, **kwargs)
        finally:
            counts["restated s"] += time.process_time() - c0

    for kind, fn in _COUNTED.items():
        setattr(blocking, fn, counted(kind))
    pair.restated_quotes = restated
    try:
        c0 = time.process_time()
        diff_pair(a, b)
        spent = time.process_time() - c0
    finally:
        for kind, fn in _COUNTED.items():
            setattr(blocking, fn, real[kind])
        pair.restated_quotes = real_restated
    counts["restated s"] = round(counts["restated s"], 2)
    return spent, counts


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[250, 500, 1000, 2000])
    ap.add_argument("--vocab", type=int, default=0, metavar="N",
                    help=f"quotes drawn from N made-up words (default: the {len(_VOCAB)}-word vocabulary, where no "
                         "word is rare, so restated_quotes meets most quotes; news has rare words)")
    args = ap.parse_args()
    vocab = news_vocabulary(args.vocab) if args.vocab else _VOCAB
    measure(20)  # imports and tables loaded outside the timing
    prev = None
    for n in args.sizes:
        s, counts = measure(n, vocab)
        per = 1000 * s / n
        growth = f"  growth x{per / prev[1]:.2f} for x{n / prev[0]:.0f} claims" if prev else ""
        compared = ", ".join(f"{k} {v:,}" for k, v in counts.items())
        print(f"{n:6d} claims a side: {s:7.2f} s CPU, {per:6.2f} ms per claim{growth}  (compared: {compared})",
              flush=True)
        prev = (n, per)


if __name__ == "__main__":
    main()
