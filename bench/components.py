"""Per-component wall time, in this process, over generated bench documents.

    .venv/bin/python bench/components.py [DOCS]     # default 100; each document runs twice

Runs each pipeline component (the model's and claimtrack's) over the same batches of 32 and
reports its time as a share of the model's components; `records` is building the claim records
and their JSON. Read the shares, not the seconds: they depend on the machine and its load.
"""

from __future__ import annotations

import gc
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import corpus as corpus_mod  # noqa: E402


def main() -> None:
    from claimtrack import nlp as nlp_mod
    from claimtrack.ingest import Document
    from claimtrack.pipeline.extensions import TEXT
    from claimtrack.records import build_result

    n = int(sys.argv[1]) if len(sys.argv) > 1 else 100
    folder = Path(tempfile.mkdtemp(prefix="claimtrack-components-")) / "corpus"
    corpus_mod.generate(folder, n)
    texts = [p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))]
    nlp = nlp_mod.load()
    list(nlp.pipe(texts[:5]))  # warm caches
    times = {name: 0.0 for name in nlp.pipe_names}
    times["records"] = 0.0
    gc.disable()
    for _ in range(2):
        for i in range(0, len(texts), 32):
            chunk = texts[i:i + 32]
            docs = [nlp.make_doc(t) for t in chunk]
            for doc, text in zip(docs, chunk):
                doc._.set(TEXT, text)  # as extract does
            for name, proc in nlp.pipeline:
                t0 = time.perf_counter()
                docs = list(proc.pipe(docs, batch_size=32)) if hasattr(proc, "pipe") else [proc(d) for d in docs]
                times[name] += time.perf_counter() - t0
            t0 = time.perf_counter()
            for text, doc in zip(chunk, docs):
                build_result(Document(name="doc", text=text), doc).model_dump_json()
            times["records"] += time.perf_counter() - t0
    gc.enable()
    model = sum(v for k, v in times.items() if not k.startswith("claimtrack_") and k != "records")
    runs = 2 * len(texts)
    print(f"{len(texts)} documents x 2; model components {1000 * model / runs:.1f} ms/doc")
    for name, value in times.items():
        print(f"  {name:24s} {1000 * value / runs:7.2f} ms/doc {100 * value / model:6.1f}% of the model")


if __name__ == "__main__":
    main()
