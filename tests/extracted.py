"""One invented document through the real extractor, renamed, for the compare tests that build
two-source reports from sentences (the clause frames come from the parse)."""

from __future__ import annotations

from functools import lru_cache

from claimtrack import extract
from claimtrack.models import DocumentResult


@lru_cache(maxsize=None)
def _extracted(text: str, published: str) -> DocumentResult:
    """`text` through the extractor once per test process: several tests of a file state one
    sentence (about 180 of 860 calls, 2 s of CPU in one process, session 13)."""
    out = extract([], text=text, published=published)
    return DocumentResult(document=out.documents[0], claims=out.claims)


def extracted_doc(text: str, name: str, published: str = "2031-04-02") -> DocumentResult:
    """`text` extracted as a document published on `published`, its records renamed `name` (deep
    copies: a test may change what it is given without reaching another test's)."""
    base = _extracted(text, published)
    info = base.document.model_copy(update={"doc": name}, deep=True)
    return DocumentResult(document=info, claims=[c.model_copy(update={"doc": name}, deep=True) for c in base.claims])


def date_statuses(a: str, b: str, published: tuple[str, str], skip: str = "") -> set:
    """The statuses of the date matches `diff_pair` reports between two invented documents
    published on the two days of `published`; with `skip`, matches whose A text holds it (a lead
    sentence's own date) are left out."""
    from claimtrack.compare import diff_pair

    report = diff_pair(extracted_doc(a, "a.txt", published[0]), extracted_doc(b, "b.txt", published[1]))
    return {m.status for m in report.matches if m.kind == "date" and not (skip and skip in m.a.text)}


def statement_statuses(a: str, b: str) -> set:
    """The (status, relation) pairs of the statement matches `diff_pair` reports between two
    invented one-sentence (or one-paragraph) documents."""
    from claimtrack.compare import diff_pair

    report = diff_pair(extracted_doc(a, "a.txt"), extracted_doc(b, "b.txt"))
    return {(m.status, m.relation) for m in report.matches if m.kind == "statement"}


def clause_of(text: str, predicate: str):
    """The one clause frame of `text` whose predicate is `predicate` (an error if there is none
    or more than one)."""
    [k] = [k for c in extract([], text=text, published="2031-04-02").claims if c.frame
           for k in c.frame.clauses if k.predicate == predicate]
    return k


def quantity_matches(a: str, b: str, fig_a: str, fig_b: str, published: tuple[str, str] = ("2031-04-02", "2031-04-02")) -> list:
    """The quantity matches `diff_pair` reports between two invented documents whose A text holds
    `fig_a` and whose B text holds `fig_b`."""
    from claimtrack.compare import diff_pair

    report = diff_pair(extracted_doc(a, "a.txt", published[0]), extracted_doc(b, "b.txt", published[1]))
    return [m for m in report.matches if m.kind == "quantity" and fig_a in m.a.text and fig_b in m.b.text]


def quantity_match(a: str, b: str, fig_a: str, fig_b: str, published: tuple[str, str] = ("2031-04-02", "2031-04-02")):
    """The first of `quantity_matches`, or None."""
    return next(iter(quantity_matches(a, b, fig_a, fig_b, published)), None)
