"""Where output goes: every `-o FILE` (and `--svg`/`--png`) is checked and written here.

Two steps, so that a mistyped path costs nothing:

1. `check_output()` runs before any work starts. It refuses, with a one-line `OutputError`,
   a path whose folder is missing, is a file, is read-only or cannot hold new files (`/proc`),
   an existing folder, a read-only file, a socket; and a path that would destroy or pollute an
   input: an input file itself, the ledger, or a file inside an input folder that the next run
   would read back as an article.
2. `open_output()` writes. A regular file (new or existing) is written to a temporary file
   beside it and renamed over it only when complete, so an error or an interrupt leaves the old
   file untouched and no temporary file behind. A symbolic link is followed: its target is
   replaced, the link stays. A character/block device or a FIFO (`/dev/null`, `>(cmd)`) is
   written directly, never replaced. A new file gets the permissions a shell redirect would
   give (0666 minus the umask); an existing file keeps its own.

Text is written as UTF-8 with `backslashreplace`: a file name that is not valid UTF-8 (kept by
Python as lone surrogates, e.g. '\\udce9') comes out as the escape `\\udce9`, which in JSON is
the same string again (lossless) and elsewhere a readable display form.
"""

from __future__ import annotations

import errno
import os
import stat
import sys
import tempfile
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Iterable, Iterator, Optional, Union

PathLike = Union[str, "os.PathLike[str]"]

#: How text reaches a file or stdout: lone surrogates become their escape (see module doc).
ERRORS = "backslashreplace"


class OutputError(Exception):
    """An output path that cannot or must not be written: a one-line reason for the user."""


@dataclass(frozen=True)
class OutputTarget:
    """A checked output: `mode` is 'stdout', 'direct' (device/FIFO) or 'atomic' (regular file)."""

    shown: str
    path: Optional[Path]
    mode: str


STDOUT = OutputTarget("-", None, "stdout")


def _reason(err: OSError) -> str:
    if isinstance(err, PermissionError):
        return "permission denied"
    return (err.strerror or type(err).__name__).lower()


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _probe(folder: Path, shown: str) -> None:
    """Create and remove a temporary file in `folder`: the one sure test that it takes files."""
    try:
        fd, tmp = tempfile.mkstemp(prefix=".claimtrack-probe.", suffix=".tmp", dir=folder)
    except OSError as err:
        raise OutputError(f"cannot write {shown}: cannot create a file in {folder} ({_reason(err)})")
    os.close(fd)
    try:
        os.unlink(tmp)
    except OSError:
        pass


def _same(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


def _inside(path: Path, folder: Path) -> Optional[Path]:
    """`path` relative to `folder` when it lies inside it, else None."""
    try:
        return path.relative_to(folder)
    except ValueError:
        return None


def check_output(target: PathLike, *, inputs: Iterable[PathLike] = (), ledger: Optional[PathLike] = None,
                 read_back: Iterable[str] = ()) -> OutputTarget:
    """Check an output path before the work starts; raise OutputError with a one-line reason.

    `inputs`: the files and folders the command reads (the output must not be one of them, nor
    lie inside one of the folders with a suffix in `read_back`, where it would be read as an
    article next time). `ledger`: a ledger file the output must not replace.
    """
    shown = os.fsdecode(target)
    if shown == "-":
        return STDOUT
    if not shown:
        raise OutputError("empty output file name: give a file name, or '-' for stdout")
    if shown.endswith(("/", os.sep)) and not os.path.isdir(shown):  # Path() would drop the slash
        raise OutputError(f"cannot write {shown}: a name ending in '/' is a folder, and there is none; "
                          "give a file name")
    given = Path(target)
    real = Path(os.path.realpath(given))  # follows symbolic links (to their target)
    try:
        st: Optional[os.stat_result] = os.stat(real)
    except FileNotFoundError:
        st = None
    except NotADirectoryError:
        raise OutputError(f"cannot write {shown}: a part of its path is a file, not a folder")
    except OSError as err:
        raise OutputError(f"cannot write {shown}: {_reason(err)}")

    _check_clash(shown, real, inputs, ledger, tuple(s.lower() for s in read_back))

    if st is not None:
        if stat.S_ISDIR(st.st_mode):
            raise OutputError(f"cannot write {shown}: it is a folder; give a file name inside it")
        if stat.S_ISCHR(st.st_mode) or stat.S_ISBLK(st.st_mode) or stat.S_ISFIFO(st.st_mode):
            if not os.access(real, os.W_OK):
                raise OutputError(f"cannot write {shown}: permission denied")
            return OutputTarget(shown, real, "direct")
        if not stat.S_ISREG(st.st_mode):
            raise OutputError(f"cannot write {shown}: not a regular file (a socket?)")
        if not os.access(real, os.W_OK):
            raise OutputError(f"cannot write {shown}: the file is read-only (change its permissions or choose another name)")
        _probe(real.parent, shown)
        return OutputTarget(shown, real, "atomic")
    parent = real.parent
    if not parent.exists():
        raise OutputError(f"cannot write {shown}: folder {parent} does not exist (create it first)")
    if not parent.is_dir():
        raise OutputError(f"cannot write {shown}: {parent} is a file, not a folder")
    _probe(parent, shown)
    return OutputTarget(shown, real, "atomic")


def _check_clash(shown: str, real: Path, inputs: Iterable[PathLike], ledger: Optional[PathLike],
                 read_back: tuple[str, ...]) -> None:
    if ledger is not None and os.fsdecode(ledger) != "-":
        lpath = Path(os.path.realpath(ledger))
        if real == lpath or _same(real, lpath) or real.name in (f"{lpath.name}-wal", f"{lpath.name}-shm", f"{lpath.name}-journal") and real.parent == lpath.parent:
            raise OutputError(f"refusing to write {shown}: it is the ledger; choose another output file")
    for raw in inputs:
        name = os.fsdecode(raw)
        if name == "-":
            continue
        ipath = Path(os.path.realpath(raw))
        if real == ipath or _same(real, ipath):
            raise OutputError(f"refusing to write {shown}: it is an input ({name}); choose another output file")
        if ipath.is_dir():
            rel = _inside(real, ipath)
            if rel is None:
                continue
            hidden = any(part.startswith(".") for part in rel.parts)
            if not hidden and real.suffix.lower() in read_back:
                raise OutputError(
                    f"refusing to write {shown}: it is inside the input folder {name} and would be read "
                    "as an article next time; write it outside that folder (e.g. -o ../claims.json)"
                )


@contextmanager
def open_output(target: Union[OutputTarget, PathLike], *, binary: bool = False) -> Iterator[IO]:
    """Open a checked output for writing (see the module docstring). A plain path is checked
    first (without input clashes). On any error or interrupt, a regular file is left as it was."""
    if not isinstance(target, OutputTarget):
        target = check_output(target)
    try:
        with _opened(target, binary) as fh:
            yield fh
    except OSError as err:  # a full disk, an I/O error: the message names the file being written
        if err.filename is None and target.mode != "stdout" and err.errno in _WRITE_ERRORS:
            err.filename = target.shown
        raise


_WRITE_ERRORS = {errno.ENOSPC, errno.EDQUOT, errno.EIO, errno.EFBIG, errno.EROFS}


@contextmanager
def _opened(target: OutputTarget, binary: bool) -> Iterator[IO]:
    if target.mode == "stdout":
        if binary:
            out = sys.stdout.buffer
            yield out
            out.flush()
            return
        reconfigure = getattr(sys.stdout, "reconfigure", None)
        if reconfigure is not None:
            try:
                reconfigure(errors=ERRORS)
            except (ValueError, OSError):  # a stream that cannot change: write as it is
                pass
        yield sys.stdout
        sys.stdout.flush()
        return
    assert target.path is not None
    if target.mode == "direct":
        with open(target.path, "wb" if binary else "w", **({} if binary else {"encoding": "utf-8", "errors": ERRORS, "newline": ""})) as fh:
            yield fh
        return
    path = target.path
    try:
        mode = stat.S_IMODE(os.stat(path).st_mode)
    except OSError:
        mode = 0o666 & ~_umask()
    fd, tmp = _anonymous_file(path.parent)
    if fd is None:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb" if binary else "w", **({} if binary else {"encoding": "utf-8", "errors": ERRORS, "newline": ""})) as fh:
            yield fh
            fh.flush()
            if hasattr(os, "fchmod"):
                os.fchmod(fh.fileno(), mode)
            os.fsync(fh.fileno())
            if tmp is None:  # give the anonymous file a name only now, next to its target
                tmp = _link_anonymous(fh.fileno(), path)
        os.replace(tmp, path)
    except BaseException:
        if tmp is not None:
            try:
                os.unlink(tmp)
            except OSError:
                pass
        raise


def _anonymous_file(folder: Path) -> tuple[Optional[int], None]:
    """A file with no name in `folder` (Linux O_TMPFILE), or (None, None) where the system or
    the file system has none. Until it is linked it is in no folder listing, and a run killed
    with SIGKILL, which no handler sees, leaves nothing behind."""
    flag = getattr(os, "O_TMPFILE", None)
    if flag is None or not os.path.isdir("/proc/self/fd"):
        return None, None
    try:
        return os.open(folder, flag | os.O_RDWR | getattr(os, "O_CLOEXEC", 0), 0o600), None
    except OSError:  # EOPNOTSUPP (some file systems), EISDIR (old kernels), ...
        return None, None


def _link_anonymous(fd: int, path: Path) -> str:
    """Give the anonymous file `fd` a fresh hidden name beside `path` and return it: a hard link
    through /proc, or, where that is not allowed, a named copy."""
    import secrets

    try:
        # linkat(2) with AT_SYMLINK_FOLLOW on /proc/self/fd/N (os.link uses plain link(2), which
        # does not follow the magic link, unless a directory fd is given)
        fds = os.open("/proc/self/fd", os.O_RDONLY | os.O_DIRECTORY)
    except OSError:
        fds = None
    try:
        for _ in range(100 if fds is not None else 0):
            tmp = str(path.parent / f".{path.name}.{secrets.token_hex(4)}.tmp")
            try:
                os.link(str(fd), tmp, src_dir_fd=fds, follow_symlinks=True)
                return tmp
            except FileExistsError:
                continue
            except OSError:
                break
    finally:
        if fds is not None:
            os.close(fds)
    out, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        os.lseek(fd, 0, os.SEEK_SET)
        while chunk := os.read(fd, 1 << 20):
            os.write(out, chunk)
        os.fchmod(out, stat.S_IMODE(os.fstat(fd).st_mode))
        os.fsync(out)
    except BaseException:
        os.unlink(tmp)
        raise
    finally:
        os.close(out)
    return tmp


#: The old name, kept for callers that write a path directly (plots, tests).
atomic_output = open_output
