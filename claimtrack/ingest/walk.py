"""Finding files: paths and folders in, (path, name) pairs (or `Skipped` reasons) out, in a
stable order, with unique names, symbolic links followed or not."""

from __future__ import annotations

import errno
import os
from pathlib import Path
from typing import Iterable, Iterator, Optional, Union

from ..models import Skipped
from .document import SUPPORTED_SUFFIXES, os_reason


def iter_paths(paths: Iterable[Union[str, Path]], *, follow_symlinks: bool = True,
               outside: Optional[list] = None) -> Iterator[tuple[Path, str] | Skipped]:
    """Yield (file, display name) for every supported file under `paths`, sorted, recursively.

    A folder's files are named relative to that folder with '/' separators; a file given
    directly is named by its file name. Names are unique within the run: when two files would
    share one (`siteA/story.txt` and `siteB/story.txt`), each of them is named by its path as
    given instead; the same file given twice is read once. Missing paths, unreadable folders,
    links that lead nowhere and unsupported files given directly become `Skipped`; unsupported
    files inside a folder are ignored silently (a folder of articles often holds images).

    Symbolic links inside a folder are followed unless `follow_symlinks` is False (then each is
    skipped with a reason); a followed link that leads out of its input folder is appended to
    `outside` as (path, target), for the run's summary.
    """
    entries = []
    for raw in paths:
        try:
            entries.extend(_iter_one(raw, follow_symlinks, outside))
        except Exception as err:  # never let one path argument end the run
            entries.append(Skipped(path=str(raw), reason=f"cannot list: {os_reason(err)}"))
    yield from _unique_names(entries)


def _unique_names(entries: list) -> Iterator[tuple[Path, str] | Skipped]:
    counts: dict[str, int] = {}
    for e in entries:
        if not isinstance(e, Skipped):
            counts[e[1]] = counts.get(e[1], 0) + 1
    seen: dict[str, Path] = {}
    for e in entries:
        if isinstance(e, Skipped):
            yield e
            continue
        path, name = e
        if counts[name] > 1:
            name = Path(os.path.normpath(path)).as_posix()
        if name in seen:
            yield Skipped(path=name, reason="given more than once; read once")
            continue
        seen[name] = path
        yield path, name


def _iter_one(raw: Union[str, Path], follow_symlinks: bool = True,
              outside: Optional[list] = None) -> Iterator[tuple[Path, str] | Skipped]:
    path = Path(raw)
    problem = _stat_problem(path)
    if problem:
        yield Skipped(path=str(raw), reason=problem)
    elif path.is_dir():
        yield from _walk_folder(path, follow_symlinks, outside)
    elif path.is_file():
        if path.suffix.lower() in SUPPORTED_SUFFIXES:
            yield path, path.name
        else:
            yield Skipped(path=str(path), reason=_unsupported(path))
    else:
        yield Skipped(path=str(raw), reason="not a regular file (device, socket or pipe)")


def _stat_problem(path: Path) -> Optional[str]:
    """Why `path` cannot be used (missing, broken link, loop, no permission), or None."""
    try:
        os.stat(path)
        return None
    except OSError as err:
        if err.errno == errno.ELOOP:
            return "symbolic link loop"
        if err.errno in (errno.ENOENT, errno.ENOTDIR):
            if os.path.islink(path):
                return "broken symbolic link (its target does not exist)"
            return "no such file or folder"
        return os_reason(err)
    except ValueError:  # e.g. an embedded NUL character in the name
        return "invalid path name"


def _unsupported(path: Path) -> str:
    kinds = ", ".join(sorted(SUPPORTED_SUFFIXES))
    return f"unsupported file type '{path.suffix or '(none)'}' (claimtrack reads {kinds})"


NOT_FOLLOWED = "symbolic link not followed (--no-follow-symlinks)"


def _walk_folder(root: Path, follow_symlinks: bool = True,
                 outside: Optional[list] = None) -> Iterator[tuple[Path, str] | Skipped]:
    """The folder's supported files, depth first in sorted order (each folder's files before its
    sub-folders), with an explicit stack: a tree thousands of levels deep costs no recursion."""
    try:
        real_root = os.path.realpath(root)
    except (OSError, ValueError):
        real_root = str(root)
    seen_dirs: set[tuple[int, int]] = set()
    found_any = False
    stack = [root]
    while stack:
        folder = stack.pop()
        try:
            st = os.stat(folder)
        except OSError as err:
            yield Skipped(path=str(folder), reason=f"cannot list folder: {os_reason(err)}")
            continue
        key = (st.st_dev, st.st_ino)
        if key in seen_dirs:  # a symlink loop or a second link to a folder: do not descend twice
            continue
        seen_dirs.add(key)
        try:
            with os.scandir(folder) as it:
                listing = list(it)
        except OSError as err:
            yield Skipped(path=str(folder), reason=f"cannot list folder: {os_reason(err)}")
            continue
        files, subdirs = [], []
        for entry in listing:
            if entry.name.startswith("."):
                continue
            try:
                is_dir = entry.is_dir()
            except OSError:
                is_dir = False
            (subdirs if is_dir else files).append(entry)
        for entry in sorted(files, key=lambda e: e.name):
            fpath = Path(folder) / entry.name
            if fpath.suffix.lower() not in SUPPORTED_SUFFIXES:
                continue  # unrelated files in a folder are ignored silently, not reported
            found_any = True
            if _is_link(entry):
                if not follow_symlinks:
                    yield Skipped(path=str(fpath), reason=NOT_FOLLOWED)
                    continue
                _note_outside(fpath, real_root, outside)
            problem = _stat_problem(fpath)
            if problem:
                yield Skipped(path=str(fpath), reason=problem)
            elif not fpath.is_file():
                yield Skipped(path=str(fpath), reason="not a regular file (device, socket or pipe)")
            else:
                yield fpath, fpath.relative_to(root).as_posix()
        pushed = []
        for entry in sorted(subdirs, key=lambda e: e.name):
            dpath = Path(folder) / entry.name
            if _is_link(entry):
                if not follow_symlinks:
                    found_any = True
                    yield Skipped(path=str(dpath), reason=NOT_FOLLOWED)
                    continue
                _note_outside(dpath, real_root, outside)
            pushed.append(dpath)
        stack.extend(reversed(pushed))
    if not found_any:
        yield Skipped(path=str(root), reason="folder holds no articles (.txt, .md, .html, .json, .jsonl)")


def _is_link(entry: os.DirEntry) -> bool:
    try:
        return entry.is_symlink()
    except OSError:
        return False


def _note_outside(path: Path, real_root: str, outside: Optional[list]) -> None:
    """Record a symbolic link whose target lies outside the input folder."""
    if outside is None:
        return
    try:
        target = os.path.realpath(path)
    except (OSError, ValueError):
        return
    if os.path.commonpath([real_root, target]) != real_root:
        outside.append((str(path), target))
