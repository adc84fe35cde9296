"""Every pydantic model of claimtrack, in one place (issue 15), one module per document shape:

- `claims`: the extracted records (`claimtrack/claims/v1`, docs/CONTRACT.md and
  docs/claims.schema.json); `records.py` is the only place they are built;
- `diff`: what `claimtrack diff` reports (`claimtrack/diff/v1`, `claimtrack/diff-many/v1`);
- `evaluation`: what `claimtrack eval` reports (`claimtrack/eval/v1`);
- `gold`: the annotations read from `*.gold.json` files.

The claim records are imported from the package itself (`from claimtrack.models import Claim`);
the others from their module.
"""

from .claims import (CLAIMS_SCHEMA, Actor, ActorType, AsOfSource, Claim, ClaimKind, ClauseFrame, DateFrame, DateMention,
                     DocumentInfo, DocumentResult, ExtractOutput, Generator, Number, Polarity, PublishedSource,
                     Qualifier, Quantity, QuantityFrame, Quote, QuoteFrame, Role, Skipped, Span, StatementFrame)

__all__ = ["CLAIMS_SCHEMA", "Actor", "ActorType", "AsOfSource", "Claim", "ClaimKind", "ClauseFrame", "DateFrame",
           "DateMention", "DocumentInfo", "DocumentResult", "ExtractOutput", "Generator", "Number", "Polarity",
           "PublishedSource", "Qualifier", "Quantity", "QuantityFrame", "Quote", "QuoteFrame", "Role", "Skipped", "Span",
           "StatementFrame"]
