"""The dates component: `claimtrack.parsers.dates` plus what needs the parse.

The parse decides whether a bare weekday ("on Thursday") is the last or the next one, and
whether a bare four-digit number counts things ("2000 troops") rather than naming a year.
The rules themselves live in claimtrack/parsers/ (no spaCy).
"""

from __future__ import annotations

from typing import Optional

from spacy.language import Language
from spacy.tokens import Doc

from ..parsers.date_patterns import EVENT_NOUNS
from ..parsers.date_order import country_order
from ..parsers.dates import NameTest, YearTest, find_dates
from ..parsers.lexicon import WEEKDAYS
from ..tables import read_text
from .date_header import header_mentions, revised_dateline, with_local_masthead
from .date_nouns import with_attributive_months, with_noun_months
from .date_quoted import without_speakers_days
from .date_weekdays import with_one_day_per_weekday
from .date_ahead import _schedule
from .date_tense import DAY_PARTS, _is_future
from .extensions import COUNTRY, DATES, PUBLISHED, PUBLISHED_SOURCE, doc_text, set_span_group
from .saved_tables import SavedTables


def _in_name(doc: Doc) -> NameTest:
    """A capitalised weekday or "Today" right after a capitalised word: wire copy writes the day
    after the subject or a place ("Clinton Saturday vowed", "in Kenya and Tanzania Friday"),
    which the text rule alone takes for a name ("Super Tuesday", "USA Today"). The model vetoes
    that (False) unless the entity recogniser runs one non-date entity over both words ("Bloody
    Sunday") or the word before is a compound modifier of a weekday it does not read as a date
    entity of its own ("USA Today"). Named days that are no dates ("Super Tuesday") come from
    data/dates.json."""
    def test(start: int, end: int) -> Optional[bool]:
        span = doc.char_span(start, end)
        if span is None or len(span) != 1:
            return None
        tok = span[0]
        if tok.ent_iob_ == "I" and tok.ent_type_ != "DATE":
            return True
        if tok.ent_type_ == "DATE":
            return False
        return any(c.dep_ == "compound" and c.text[:1].isupper() for c in tok.lefts)

    return test


def _recurring_weekday(doc: Doc, mention: dict, tense) -> bool:
    """A bare weekday that modifies a noun in a clause that is not past names a day of every week
    ("Saturday deliveries will end", "Sunday services resume", "the Sunday ferry is to stop",
    "no more Saturday post"), as the plural weekday does ("on Saturdays"): no date. Told as past
    it reports one week's ("Friday prayers drew 4,000 people"). Before a singular noun that
    names an event one schedules (data/dates.json schedule_nouns: "the Friday meeting", "a
    Monday deadline") it dates that one event; before a part of the day ("Sunday morning") it
    is the day itself."""
    span = doc.char_span(mention["start"], mention["end"])
    if span is None or len(span) != 1 or span[0].lower_ not in WEEKDAYS:
        return False
    tok = span[0]
    noun = tok.head
    if tok.dep_ not in ("compound", "amod", "nmod") or noun.i <= tok.i or noun.pos_ not in ("NOUN", "PROPN"):
        return False
    if noun.tag_ not in ("NNS", "NNPS") and (noun.lower_ in DAY_PARTS or _schedule(noun) or noun.pos_ == "PROPN"):
        return False
    return tense(noun.idx, noun.idx + len(noun.text)) is not False  # the tense of the noun's clause


def _year_ok(doc: Doc) -> YearTest:
    def test(start: int, end: int) -> bool:
        span = doc.char_span(start, end)
        if span is None or len(span) != 1:
            return True
        tok = span[0]
        if tok.ent_type_ in ("MONEY", "PERCENT", "QUANTITY"):
            return False
        head = tok.head
        if tok.dep_ == "nummod" and head.tag_ in ("NNS", "NNPS") and head.i > tok.i:
            if head.lower_ in EVENT_NOUNS:
                return True
            prev = doc[tok.i - 1] if tok.i > 0 else None
            if prev is not None and (prev.dep_ in ("det", "poss") or prev.tag_ in ("DT", "PRP$", "POS")):
                return True
            return False  # "2000 troops"
        return True

    return test


#: Dependency labels of a noun phrase in its clause (the figure's phrase a rate hangs from).
_NOMINAL = frozenset({"dobj", "obj", "nsubj", "nsubjpass", "pobj", "attr", "appos", "dative", "npadvmod", "oprd"})


def _rate_at(doc: Doc):
    """Whether "a year" (its unit word at the span) before "from DATE" makes a rate of a figure: in
    the parse the distributive "a year" hangs as an adverbial noun phrase (npadvmod) from the
    figure's noun phrase ("40 ships a week", "3% a year", "$5 a month": Quirk et al. 1985, 5.17)
    and from the verb when it shifts the date ("the buses return a year from 1 October", "the
    20 staff move a year from 1 October"): True, False, or None where the parse says neither."""
    def test(start: int, end: int) -> Optional[bool]:
        span = doc.char_span(start, end)
        if span is None or len(span) != 1 or span[0].dep_ != "npadvmod":
            return None
        tok = span[0]
        head = tok.head
        figure = any(t.like_num or t.pos_ == "NUM" for t in head.subtree if t.i < tok.i)
        nominal = head.dep_ in _NOMINAL or head.pos_ in ("NOUN", "NUM", "SYM")  # "12 barges" tagged a verb
        if nominal:
            return True if figure else None
        return False if head.pos_ in ("VERB", "AUX") else None

    return test


@Language.factory(
    "claimtrack_dates",
    requires=["doc.ents", "token.pos", "token.tag", "token.dep", "token.lemma"],
    assigns=[f"doc._.{DATES}", f"doc._.{PUBLISHED}", f"doc._.{PUBLISHED_SOURCE}", "doc.spans"],
)
def make_dates(nlp: Language, name: str):
    return DateFinder()


class DateFinder(SavedTables):
    """Sets doc._.ct_dates (dicts with the fields of DateMention, sorted by start) and doc.spans["ct_dates"].

    `to_disk` saves the tables the date parser is built from with a pipeline; `from_disk` loads
    a pipeline whose copies equal the package's, and refuses (one line, naming the file) one
    whose copies were edited: the parser (claimtrack.parsers) compiles its patterns from the
    package's tables when it is imported, so an edited copy could not take effect."""

    #: Month, weekday, holiday and period words, and the number words the parser reads.
    TABLE_FILES = ("dates.json", "numbers.json")

    def _use_tables(self, texts: Optional[dict[str, str]]) -> None:
        if texts is not None:
            edited = [name for name in self.TABLE_FILES if texts[name] != read_text(name)]
            raise ValueError(f"claimtrack_dates: the saved {', '.join(edited)} differs from the package's; the date "
                             "parser reads only the package's tables, so edit claimtrack/data/ instead of the "
                             "saved pipeline's copy")

    def __call__(self, doc: Doc) -> Doc:
        # errors propagate: the runner reports them per document (claimtrack.runner)
        published = doc._.get(PUBLISHED)
        text = doc_text(doc)
        # an all-number date both ways valid ("04/07/2026") is read as the story's country writes
        # it (CLDR), unless the text itself shows its order (parsers/date_order.py); so is one
        # in the header ingest took the publication date from, before the country was known
        country = doc._.get(COUNTRY)
        order = country_order(country)
        published = revised_dateline(doc, text, published, order)  # see date_header.py

        def read(published: Optional[str]) -> list:
            return find_dates(text, published, is_future=_is_future(doc), year_ok=_year_ok(doc),
                              in_name=_in_name(doc), order=order, is_rate=_rate_at(doc))

        published, found, local = with_local_masthead(doc, text, country, published, read, order)
        mentions = [{**m._asdict(), "frame": None} for m in found]  # plain data (see extensions.py)
        mentions = with_attributive_months(doc, mentions, published, lambda: _is_future(doc))
        mentions = with_noun_months(doc, mentions, published, lambda: _is_future(doc))
        mentions = header_mentions(doc, text, mentions, published, local)
        mentions = without_speakers_days(text, mentions)  # "today" inside a quotation: date_quoted.py
        tense = _is_future(doc)
        mentions = [m for m in mentions if not _recurring_weekday(doc, m, tense)]
        mentions = with_one_day_per_weekday(doc, mentions, tense)  # one name, one day: date_weekdays.py
        doc._.set(DATES, mentions)
        set_span_group(doc, DATES, mentions, "DATE")
        return doc

