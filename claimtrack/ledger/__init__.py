"""The claim ledger: documents, claims and actors filed across sources and time.

    >>> from claimtrack.ledger import open_ledger
    >>> with open_ledger("claims.db") as ledger:       # doctest: +SKIP
    ...     ledger.add(result)
"""

from .store import AddOutcome, LedgerStore, SQLiteLedger, StoredDocument, open_ledger

__all__ = ["AddOutcome", "LedgerStore", "SQLiteLedger", "StoredDocument", "open_ledger"]
