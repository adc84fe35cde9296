"""Re-run issue 14's attack as a new user would: the installed command, real files, real signals.

    .venv/bin/python bench/attack.py                  # every check (about 10 minutes)
    .venv/bin/python bench/attack.py --only 2,3,new   # some items
    .venv/bin/python bench/attack.py --quick          # the table rows at a tenth of their size

Every numbered item of issue 14 (1-14), every row of its runaway table and new cases of the
same kinds (odd file names, odd outputs, odd inputs) are generated here in a temporary folder
(no committed blobs) and run through `python -m claimtrack` in fresh processes, with the cache
in that folder. Each check prints `ok` or `FAIL` with what it saw: exit code, the files kept
intact, one error line and no traceback. Table rows print CPU seconds per character as a ratio
to an ordinary article's (the fixed cost of starting and loading the model is taken off both)
and the peak memory of the command. Exit code: the number of failed checks (0: the attack finds
nothing). Timing belongs here, not in `make test`: the regression tests are in tests/.
"""


import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Optional

sys.path.insert(0, str(Path(__file__).resolve().parent))
from attack_harness import CHECKS, Attack, _remove_tree  # noqa: E402
# the checks register themselves (attack_harness.check) in this order: items 1-7, 8-10, 11-14, new cases
import attack_loss  # noqa: E402,F401
import attack_table  # noqa: E402,F401
import attack_errors  # noqa: E402,F401
import attack_new  # noqa: E402,F401


# --------------------------------------------------------------------------- main


def main(argv: Optional[list[str]] = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--only", help="comma-separated items: 1..14, table (diff: its diff rows alone), new")
    ap.add_argument("--quick", action="store_true", help="the table rows at a tenth of their sizes")
    ap.add_argument("--keep", action="store_true", help="keep the temporary folder")
    args = ap.parse_args(argv)
    only = set(args.only.split(",")) if args.only else None
    root = Path(tempfile.mkdtemp(prefix="claimtrack-attack-"))
    a = Attack(root)
    a.quick = args.quick
    t0 = time.perf_counter()
    try:
        for item, fn in CHECKS:
            if only and item not in only:
                continue
            try:
                fn(a)
            except Exception as err:  # the attack script's own failure is a failed check, not a stop
                a.record(item, fn.__name__, False, f"the check itself failed: {type(err).__name__}: {err}")
    finally:
        if args.keep:
            print(f"kept {root}")
        else:
            for deep in root.glob("*-deep"):
                _remove_tree(deep)
            shutil.rmtree(root, ignore_errors=True)
    failed = [r for r in a.results if not r[2]]
    print(f"\n{len(a.results) - len(failed)} of {len(a.results)} checks ok in {time.perf_counter() - t0:.0f} s")
    for item, title, _, detail in failed:
        print(f"  FAIL [{item}] {title}: {detail}")
    return min(len(failed), 125)


if __name__ == "__main__":
    raise SystemExit(main())
