"""A reproducible benchmark corpus built from the seed articles' paragraphs.

Each document is a title line plus paragraphs drawn (seeded RNG) from all seed paragraphs, with
its numbers perturbed so that no two documents share a text (the cache must not turn a cold run
into a warm one). Same seed and sizes -> the same files, byte for byte.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
_NUMBER = re.compile(r"\b\d{1,3}(?:,\d{3})*\b")


def seed_paragraphs(seeds: Path = SEEDS) -> list[str]:
    paras = []
    for path in sorted(seeds.glob("*.txt")):
        for para in path.read_text(encoding="utf-8").split("\n"):
            para = para.strip()
            if len(para.split()) >= 12:  # body paragraphs, not headings
                paras.append(para)
    if not paras:
        raise SystemExit(f"no seed paragraphs found under {seeds}")
    return paras


def _perturb(text: str, rng: random.Random) -> str:
    def repl(m: re.Match) -> str:
        n = int(m.group(0).replace(",", ""))
        if 1900 <= n <= 2100:  # years stay years
            return m.group(0)
        n = max(1, n + rng.randint(-n // 4 - 1, n // 4 + 1))
        return f"{n:,}" if "," in m.group(0) else str(n)
    return _NUMBER.sub(repl, text)


def generate(folder: Path, docs: int, *, words: int = 700, seed: int = 1234) -> int:
    """Write `docs` article files of about `words` words into `folder`; returns total words."""
    rng = random.Random(seed)
    paras = seed_paragraphs()
    folder.mkdir(parents=True, exist_ok=True)
    total = 0
    for i in range(docs):
        body: list[str] = []
        count = 0
        while count < words:
            para = _perturb(rng.choice(paras), rng)
            body.append(para)
            count += len(para.split())
        title = " ".join(body[0].split()[:8]).rstrip(".,;:")
        text = f"{title}\n\n" + "\n\n".join(body) + "\n"
        (folder / f"{i:05d}.txt").write_text(text, encoding="utf-8")
        total += len(text.split())
    return total


def count_words(folder: Path) -> tuple[int, int]:
    """(documents, words) of the .txt files in a folder."""
    files = sorted(folder.rglob("*.txt"))
    return len(files), sum(len(p.read_text(encoding="utf-8", errors="replace").split()) for p in files)
