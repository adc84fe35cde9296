"""The claimtrack command line: a thin layer over the library.

Each command lives in its own module and is registered here. Messages for people go to
stderr; data goes to stdout or the file named with -o. Exit codes: 0 success, 1 some inputs
skipped (or, for diff, a conflict found), 2 usage or set-up errors (and nothing readable), 70 an
internal error (a bug), 130 interrupted, 141 stdout's reader went away (`| head -1`: quiet, the
output cut short), 143 terminated (SIGTERM).
"""

from __future__ import annotations

from .root import app
from . import extract_cmd, schema_cmd, track_cmd, facts_cmd, eval_cmd, diff_cmd, cache_cmd  # noqa: F401  (register commands)


def main() -> None:
    app()
