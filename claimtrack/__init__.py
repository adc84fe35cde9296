"""claimtrack: typed, attributed claims from news articles, and where sources agree or conflict.

    >>> from claimtrack import extract
    >>> out = extract("seeds/")          # doctest: +SKIP
    >>> out.claims[0].kind               # doctest: +SKIP
"""

__version__ = "0.1.0"

from .extract import extract, iter_extract  # noqa: E402

__all__ = ["__version__", "extract", "iter_extract"]
