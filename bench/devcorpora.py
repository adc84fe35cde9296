"""Where the external development corpora live (built by ../shared/tools/dev-corpora).

The corpora are real news annotated by other research groups (PolNeAR's training split for
quotes and their speakers, TempEval-3's TimeBank + AQUAINT training articles for dates). Their
texts belong to their publishers: they are built into an ignored folder and never committed.

The folder is, in order: the `--corpora DIR` option of a bench script, the
`CLAIMTRACK_CORPORA` environment variable, else `.corpora/` in the project.

Build them (see ../shared/tools/dev-corpora/README.md; the git directories come from fetching
networkdynamics/PolNeAR and qiangning/StructTempRel-EMNLP17):

    POLNEAR_GIT=<git dir> ../shared/tools/dev-corpora/polnear_quotes.py .corpora .corpora/polnear.stats.json
    ../shared/tools/dev-corpora/timebank_dates.py --git <git dir> --out .corpora/tbaq_dates.jsonl
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Optional

ROOT = Path(__file__).resolve().parent.parent
ENV = "CLAIMTRACK_CORPORA"
POLNEAR = "polnear_train.jsonl"
TBAQ = "tbaq_dates.jsonl"


def corpora_dir(option: Optional[str] = None) -> Path:
    """The corpora folder: the option, else $CLAIMTRACK_CORPORA, else .corpora/ in the project."""
    chosen = option or os.environ.get(ENV) or str(ROOT / ".corpora")
    return Path(chosen).expanduser()


def corpus(option: Optional[str], name: str) -> Optional[Path]:
    """The path of one built corpus file, or None (with a note on stdout) when it is not built."""
    path = corpora_dir(option) / name
    if not path.exists():
        print(f"{name}: not built in {path.parent} (see bench/devcorpora.py; set --corpora or ${ENV})")
        return None
    return path
