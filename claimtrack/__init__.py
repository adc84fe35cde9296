"""claimtrack: typed, attributed claims from news articles, and where sources agree or conflict.

    >>> from claimtrack import extract
    >>> out = extract("seeds/")          # doctest: +SKIP
    >>> out.claims[0].kind               # doctest: +SKIP
"""

from .extract import extract, iter_extract
from .version import __version__

__all__ = ["__version__", "extract", "iter_extract"]
