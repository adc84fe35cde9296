"""A page's header, for the dates component: the publication date ingest read from the dateline,
read again once the story's country is known; a local paper's masthead date in its country's own
language; header mentions read as the publication date taken from the same header.

Ingest reads the dateline before any model runs (parsers/published.py); the actor component
then finds the story's country, which says how the page writes all-number dates (CLDR) and in
which languages its masthead may be printed.
"""

from __future__ import annotations

from typing import Callable, Optional

from spacy.tokens import Doc

from ..ingest.document import DATELINE_WINDOW
from ..parsers.date_order import country_languages
from ..parsers.header_dates import as_published, dateline_in_doubt
from ..parsers.local_months import english_month_words
from ..parsers.published import local_header_dates, other_language_header_dates, revise_dateline
from .extensions import PUBLISHED, PUBLISHED_SOURCE


def revised_dateline(doc: Doc, text: str, published: Optional[str], order: Optional[str]) -> Optional[str]:
    """The publication date, read again in the story's country's order (`order`) when ingest took
    it from an all-number header date valid both ways ("Updated 10/03/2026"); the Doc's
    publication date is updated with it. Dates from metadata or --published are never revised."""
    if doc._.get(PUBLISHED_SOURCE) != "dateline":
        return published
    revised = revise_dateline(text[:DATELINE_WINDOW], published, order)
    if revised:
        doc._.set(PUBLISHED, revised)
        return revised
    return published


def with_local_masthead(doc: Doc, text: str, country: Optional[str], published: Optional[str],
                        read: Callable[[Optional[str]], list], order: Optional[str] = None) -> tuple[Optional[str], list, list]:
    """(publication date, the dates `read` finds against it, the local masthead dates): the
    header's full dates in the story's country's own language ("Viernes 13 de marzo de 2026"
    above a Mexican paper's English story), which the English parser cannot read, as (start,
    end, ISO) each (parsers/published.py `local_header_dates`), else in any language whose
    month word is no English month (`other_language_header_dates`). When nothing else gave a
    publication date, the masthead's is the paper's: the Doc takes it (source "dateline") and
    the text's dates are read again against it. So it does when ingest took the date from the
    same header's "Updated" line or from an all-number date valid both ways (`order`: the
    story's country's, as the header was read; parsers/header_dates.py `dateline_in_doubt`): a
    date written with a month word says which day it is, and a revision's is not the paper's."""
    found = read(published)
    languages = country_languages(country)
    # (a header date the English parser read through a month word of another language,
    # parsers/local_months.py, is the masthead's too: read whole, weekday and joiners included, below)
    known = tuple((m.start, m.end) for m in found if m.grain == "day" and m.start < DATELINE_WINDOW
                  and english_month_words(m.text) == m.text)
    local = local_header_dates(text[:DATELINE_WINDOW], languages, known) if languages else []
    if not local:
        # a masthead in a language the country found does not officially write, or with no
        # country found: any language, when the month is a word that is no English month
        local = other_language_header_dates(text[:DATELINE_WINDOW], known)
    if local and (published is None or local[0][2] != published and doc._.get(PUBLISHED_SOURCE) == "dateline"
                  and dateline_in_doubt(text[:DATELINE_WINDOW], order)):
        published = local[0][2]
        doc._.set(PUBLISHED, published)
        doc._.set(PUBLISHED_SOURCE, "dateline")
        found = read(published)
    return published, found, local


def header_mentions(doc: Doc, text: str, mentions: list, published: Optional[str], local: list) -> list:
    """`mentions` (date records) with the header's all-number dates read as the dateline's
    publication date where that is their other reading (one page's header gives one day,
    parsers/header_dates.py `as_published`), and the local masthead dates in place of what the
    English parser read inside them (the year of "Viernes 13 de marzo de 2026")."""
    if published and doc._.get(PUBLISHED_SOURCE) == "dateline":
        mentions = [as_published(m, published, text) for m in mentions]
    if local:
        mentions = sorted([m for m in mentions if not any(m["start"] < e and s < m["end"] for s, e, _ in local)]
                          + [_local_mention(text, s, e, iso) for s, e, iso in local], key=lambda m: m["start"])
    return mentions


def _local_mention(text: str, start: int, end: int, iso: str) -> dict:
    """A local-language masthead date as a date record (the fields of models.DateMention)."""
    return {"start": start, "end": end, "text": text[start:end], "iso": iso, "grain": "day", "relative": False,
            "part": None, "ambiguous": False, "frame": None}


def header_date_spans(text: str, country: Optional[str]) -> list[tuple[int, int]]:
    """(start, end) of the header's full dates in the story's own language or another one
    (`local_header_dates`, `other_language_header_dates`, as `with_local_masthead` reads them):
    "Jeudi 12 février 2026" above a French paper's English story. A number inside one is a part
    of a date, never a quantity (the quantity component asks before the dates component runs)."""
    head = text[:DATELINE_WINDOW]
    languages = country_languages(country)
    local = (local_header_dates(head, languages) if languages else []) or other_language_header_dates(head)
    return [(s, e) for s, e, _ in local]
