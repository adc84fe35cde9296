"""The Python API of an extraction run: files or text in, claims out.

`extract()` collects one ExtractOutput; `iter_extract()` streams results and skips in input
order (the CLI exports them as they come). Both go through `claimtrack.runner`, which owns
the cache, the executors (in-process, `--jobs` worker processes, a Dask cluster) and order.
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable, Iterable, Iterator, Optional, Sequence, Union

from .version import __version__
from .ingest import DEFAULT_MAX_CHARS, Limits, document_from_text, read_documents
from .ingest.run_dates import with_run_years
from .models import ExtractOutput, Generator, Skipped
from .runner import CacheArg, Item, process_documents, run_documents


__all__ = ["extract", "iter_extract", "run_documents", "process_documents", "unify_actors", "Item", "CacheArg"]



def unify_actors(results: list) -> list:
    """One actor id per real-world entity over the documents of a run (see actorids.identity)."""
    from .actorids.identity import unify

    return unify(results)


def iter_extract(
    paths: Sequence[Union[str, Path]],
    *,
    model: Optional[str] = None,
    published: Optional[str] = None,
    include_text: bool = False,
    max_chars: int = DEFAULT_MAX_CHARS,
    limits: Limits = Limits(),
    jobs: int = 1,
    cache: CacheArg = None,
    warn: Optional[Callable[[str], None]] = None,
    nlp=None,
    executor: str = "local",
    scheduler: Optional[str] = None,
    follow_symlinks: bool = True,
) -> Iterator[Item]:
    """Extract every document under `paths`; yields results and skips in input order.

    Results stream out one by one, so their actor ids are per document: pass the collected
    results to `unify_actors` for one id per entity over the run (as `extract()` and the CLI do).

    `jobs`: worker processes for the model (1: this process), or local Dask workers.
    `cache`: None (default, no cache), True (the user cache folder), a folder, or a
    `claimtrack.cache.ResultCache`. `executor`: "local" or "dask" (`scheduler`: the address
    of a running Dask scheduler; without it a local cluster of `jobs` workers is started).
    """
    # a year-less wire dateline takes the year of the run's dated articles (ingest/run_dates.py)
    items = with_run_years(read_documents(paths, published=published, limits=limits, follow_symlinks=follow_symlinks))
    yield from run_documents(items, model=model, nlp=nlp, jobs=jobs, cache=cache,
                             include_text=include_text, max_chars=max_chars, warn=warn,
                             executor=executor, scheduler=scheduler)


def extract(
    source: Union[str, Path, Sequence[Union[str, Path]]],
    *,
    model: Optional[str] = None,
    published: Optional[str] = None,
    text: Optional[str] = None,
    include_text: bool = False,
    jobs: int = 1,
    cache: CacheArg = None,
) -> ExtractOutput:
    """Extract claims from files/folders (or from `text=` directly) into one ExtractOutput.

    The Python API uses no cache unless asked (`cache=True` for the user cache folder, or a
    folder) and one process unless `jobs` says otherwise.

    >>> from claimtrack import extract
    >>> out = extract("seeds/")                                     # doctest: +SKIP
    >>> out = extract([], text="Macron said 26 nations pledged.")   # doctest: +SKIP
    """
    from . import nlp as nlp_mod

    nlp = nlp_mod.load(model)
    out = ExtractOutput(generator=Generator(version=__version__, model=nlp_mod.model_label(nlp)))
    if text is not None:
        items: Iterable[Item] = run_documents(
            with_run_years([document_from_text(text, published=published)]), nlp=nlp, model=model, cache=cache,
            include_text=include_text,
        )
    else:
        paths = [source] if isinstance(source, (str, Path)) else list(source)
        items = iter_extract(paths, model=model, published=published, include_text=include_text,
                             jobs=jobs, cache=cache, nlp=nlp)
    results = []
    for item in items:
        if isinstance(item, Skipped):
            out.skipped.append(item)
        else:
            results.append(item)
    for item in unify_actors(results):  # one id per person or body over all the documents
        out.documents.append(item.document)
        out.claims.extend(item.claims)
    return out
