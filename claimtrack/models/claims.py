"""Typed records: the public shape of everything claimtrack extracts.

These pydantic models are the JSON interface described in docs/CONTRACT.md. Pipeline
components hand plain dicts with the fields of the mention models (Quantity, DateMention, Quote,
Actor); `records.py`, the only place records are built, validates them and groups them into
Claims; exporters serialise them. `claimtrack schema` prints their JSON Schema.
"""

from __future__ import annotations

from typing import Literal, Optional, Union

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr

CLAIMS_SCHEMA = "claimtrack/claims/v1"

Number = Union[int, float]
Qualifier = Literal["approx", "more_than", "less_than", "at_least", "at_most"]
ClaimKind = Literal["quantity", "quote", "date", "statement"]
ActorType = Literal["PERSON", "ORG", "GPE", "NORP", "LOC"]
PublishedSource = Literal["metadata", "option", "dateline"]


class _Record(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=False)


class Span(_Record):
    """A character span of a document's text: `text == doc_text[start:end]`, always."""

    start: int = Field(ge=0, description="Start offset (Python str index) in the document text.")
    end: int = Field(ge=0, description="End offset, exclusive.")
    text: str = Field(description="The exact characters text[start:end].")


Polarity = Literal["positive", "negative"]
AsOfSource = Literal["stated", "published"]
Tense = Literal["past", "earlier", "present", "future"]
Role = Literal["subject", "object", "oblique", "attribute", "modifier", "other"]


class QuantityFrame(_Record):
    """What a figure measures, read from the dependency parse: never its value.

    Two figures are the same fact when their frames agree (claimtrack.compare), whatever values
    they state."""

    thing: Optional[str] = Field(None, description="Lemma of the counted or measured noun ('troop'; 'percent'; 'amount' for money).")
    modifiers: list[str] = Field(default_factory=list, description="Lemmas narrowing the thing ('european', 'military').")
    measured: Optional[str] = Field(None, description="For a share or an amount: the noun it is the size of ('rate' in 'kept its rate at 3.25%').")
    family: Optional[str] = Field(None, description="Class of the unit in data/unit_synonyms.json ('nation' for countries), else null.")
    predicate: Optional[str] = Field(None, description="Lemma of the verb or event noun the figure belongs to.")
    role: Optional[Role] = Field(None, description="The figure's role for that predicate.")
    prep: Optional[str] = Field(None, description="For an oblique figure: the preposition ('to' in 'cut to 3.5%', 'from').")
    holder: Optional[str] = Field(None, description="Actor id of who has or does it (the predicate's subject, or a possessor).")
    as_of: Optional[str] = Field(None, description="ISO date the figure refers to.")
    as_of_source: Optional[AsOfSource] = Field(None, description="'stated' (a date governing the same clause) or 'published'.")
    as_of_start: Optional[int] = Field(None, description="Start offset of the date mention that governs the figure, when stated.")
    tense: Optional[Tense] = Field(
        None, description="The time the predicate's verb form states: 'past' (simple past or past perfect: an act over "
                          "before the report), 'earlier' (a gerund after 'for', 'of', 'over' or 'after' under a past "
                          "verb: an act before that one, at a time the report does not give), 'present' (present or "
                          "present perfect: as of the report), 'future' (will, would, a modal); null for an "
                          "infinitive or without a verb.")
    place: Optional[str] = Field(None, description="Place or event the figure is stated for ('Paris meeting').")
    negated: bool = Field(False, description="True when the predicate is negated.")


class DateFrame(_Record):
    """What a date dates."""

    event: Optional[str] = Field(None, description="Lemma of the event or predicate the date dates (not a speech verb).")
    fact: bool = Field(True, description="False for a bare weekday or 'today' with no event: no checkable fact.")


class QuoteFrame(_Record):
    """Who speaks, as the comparison needs it."""

    speaker: Optional[str] = Field(None, description="Actor id of the speaker.")
    resolved: bool = Field(False, description="True when the speaker is resolved to a name (not missing, a pronoun, a description or a title alone).")


class _ActionFrame(_Record):
    subject: Optional[str] = Field(None, description="Actor id of the subject, else null.")
    subject_text: Optional[str] = Field(None, description="The subject as written.")
    predicate: Optional[str] = Field(None, description="Lemma of the action ('send' in 'refused to send troops').")
    object: Optional[str] = Field(None, description="Lemma of the object's head noun, with its modifiers ('ground troop').")
    polarity: Polarity = Field("positive", description="'negative' under a negation or a refusal/denial verb (data/polarity.json).")
    polarity_cue: Optional[str] = Field(None, description="The word that sets a negative polarity ('not', 'refuse').")
    modality: Optional[str] = Field(None, description="'will', 'may', 'plan'... when the action is not asserted as done.")


class SaidBy(_Record):
    """Who asserts a clause's content, when the reporter does not: the party a verb of saying
    reports it from, or an "according to" phrase names."""

    actor: Optional[str] = Field(None, description="Actor id of the party, else null.")
    text: Optional[str] = Field(None, description="The party as written ('the growers').")
    verb: str = Field(description="Lemma of the verb of saying ('say', 'find'), or 'according to'.")


class ClauseFrame(_ActionFrame):
    """Who does what in one clause (a sentence has one per verb that heads a clause)."""

    start: int = Field(ge=0, description="Start offset of the clause's own words (nested clauses are frames of their own).")
    end: int = Field(ge=0, description="End offset, exclusive.")
    predicate: Optional[str] = Field(None, description="Lemma of the action, with its particle ('step up') or, after a linking verb, its adjective ('remain cautious').")
    terms: list[str] = Field(default_factory=list, description="Lemmas of the clause's nouns and adjectives, its subject's included; never numbers or dates.")
    denied_by: Optional[str] = Field(
        None, description="For a clause a denial verb negates ('X denied that the mill was sold'): actor id of the "
                          "denial verb's subject, X (a pronoun or description resolved as subjects are), else null.")
    said_by: Optional[SaidBy] = Field(
        None, description="Who asserts the clause: the subject of the verb of saying whose complement holds it ('the "
                          "growers said the levy was unfair', 'the levy was unfair, the growers said'; not negated, no "
                          "denial or directive), or what an 'according to' phrase names; null for the reporter's own "
                          "statement.")
    condition: Optional[str] = Field(
        None, description="For a clause that holds a condition ('will reopen if the inquiry ends', 'will not reopen unless "
                          "...'): the conjunction of the condition ('if', 'unless'; data/polarity.json 'condition_marks'), else "
                          "null. The condition clause itself has modality 'if' and no condition.")
    object_start: Optional[int] = Field(
        None, description="Start offset of the object as written, from its first word (a determiner, a possessor, a "
                          "number, a premodifier: 'the town's old customs house') to its head noun; null with no object.")
    object_end: Optional[int] = Field(None, description="End offset of the object's head noun, exclusive (its postmodifiers left out).")
    object_prep: Optional[str] = Field(
        None, description="The preposition a verb takes the object through ('was sold to a developer': 'to'); null for a "
                          "direct object or no object.")
    nominal: Optional[str] = Field(
        None, description="For an act written as a noun ('the closure of the depot', 'Norway's withdrawal from the treaty'): "
                          "the noun's lemma, the predicate being the verb it is made from, also when the verb governing the noun "
                          "is read as its act ('ruled out a rise in fares': nominal 'rise'); null for a clause whose "
                          "act is its verb's.")


class StatementFrame(_ActionFrame):
    """Who does what, with polarity and modality, from the sentence's main clause; and every clause."""

    clauses: list[ClauseFrame] = Field(default_factory=list, description="One frame per clause of the claim's sentences, in text order.")


class Quantity(Span):
    """A number that counts or measures something, normalised."""

    value: Optional[Number] = Field(None, description="The number, scaled (800 billion -> 8e11); null for a range.")
    low: Optional[Number] = Field(None, description="Lower bound of a range, else null.")
    high: Optional[Number] = Field(None, description="Upper bound of a range, else null.")
    unit: Optional[str] = Field(None, description="Singular lemma of the counted noun or measure; null for money.")
    currency: Optional[str] = Field(None, description="ISO 4217 code for money, else null.")
    qualifier: Optional[Qualifier] = Field(None, description="approx, more_than, less_than, at_least, at_most.")
    modifiers: list[str] = Field(default_factory=list, description="Words that narrow the counted noun ('European', 'military').")
    period: Optional[str] = Field(None, description="For rates: the period ('year' for 'annually').")
    equivalent: Optional[Span] = Field(None, description="A linked amount stating the same quantity (parenthetical conversion).")
    frame: Optional[QuantityFrame] = Field(None, description="What the figure measures (see QuantityFrame).")


class DateMention(Span):
    """A calendar reference, normalised to ISO at the grain the text gives."""

    iso: Optional[str] = Field(
        None,
        description="YYYY-MM-DD (for a week, its Monday), YYYY-MM, YYYY, or YYY for a decade (ISO 8601 "
                    "reduced precision: '199' is the 1990s); null when not resolvable.")
    grain: Optional[Literal["day", "week", "month", "year", "decade"]] = None
    relative: bool = Field(False, description="True when resolved against the publication date.")
    part: Optional[Literal["early", "mid", "late"]] = Field(
        None, description="The part of the period the text names: 'early March', 'mid-2026', 'the end of 2024'.")
    ambiguous: bool = Field(
        False, description="True for an all-number date valid both ways ('04/07/2026') whose order nothing in the "
                            "document chose (its other dates, its country's CLDR format): read month first.")
    frame: Optional[DateFrame] = Field(None, description="What the date dates (see DateFrame).")


class Quote(Span):
    """Words inside quotation marks, with who said them."""

    speaker: Optional[str] = Field(None, description="Canonical name of the speaker, or null.")
    speaker_id: Optional[str] = Field(None, description="Actor id of the speaker, or null.")
    speaker_span: Optional[Span] = Field(None, description="Where the text names the speaker (may be a pronoun).")
    speaker_mention: Optional[str] = Field(
        None, description="The words naming a speaker that no named person or organisation could be found "
                          "for ('a senior official'); speaker is then null.")
    cue: Optional[str] = Field(None, description="The attribution verb as written ('declared', 'according to').")
    direct: bool = Field(True, description="False for a partial quote embedded in reported speech.")
    frame: Optional[QuoteFrame] = Field(None, description="The speaker as the comparison uses it.")


class Actor(_Record):
    """One person, organisation, country or group, merged over all its mentions in a document."""

    id: str = Field(description="Stable id, the same in every document (slug of the canonical name).")
    name: str
    type: ActorType
    aliases: list[str] = Field(default_factory=list)
    titles: list[str] = Field(default_factory=list, description="Titles and roles ('French President').")
    mentions: list[Span] = Field(default_factory=list)


class Claim(_Record):
    """One checkable assertion: a sentence (or a quote) with the mentions it contains."""

    id: str
    doc: str
    kind: ClaimKind
    start: int
    end: int
    text: str
    actors: list[str] = Field(default_factory=list, description="Actor ids mentioned in the claim.")
    quantities: list[Quantity] = Field(default_factory=list)
    dates: list[DateMention] = Field(default_factory=list)
    quote: Optional[Quote] = None
    predicate: Optional[str] = Field(None, description="Lemma of the sentence's main verb.")
    negated: bool = Field(False, description="True when the main verb is negated.")
    frame: Optional[StatementFrame] = Field(None, description="Subject, action, object, polarity and modality of the main clause.")


class DocumentInfo(_Record):
    doc: str = Field(description="Document name: path relative to the folder given, or path#id for records.")
    sha256: str
    title: Optional[str] = None
    url: Optional[str] = None
    source: Optional[str] = None
    published: Optional[str] = Field(None, description="Publication date, ISO.")
    published_source: Optional[PublishedSource] = Field(None, description="Where `published` came from.")
    encoding: Optional[str] = Field(None, description="Detected encoding when the file was not UTF-8.")
    format: Optional[str] = None
    chars: int = 0
    actors: list[Actor] = Field(default_factory=list)
    text: Optional[str] = Field(None, description="The text offsets index into (with --include-text).")


class DocumentResult(_Record):
    """Everything extracted from one document."""

    document: DocumentInfo
    claims: list[Claim] = Field(default_factory=list)
    #: Extractors that failed on this document ("quantities: ValueError: ..."). Not part of the
    #: JSON: the run reports each as a skip of this document and never caches the result.
    _failures: list[str] = PrivateAttr(default_factory=list)
    #: The file the document was read from (absolute), when known: the ledger tells two files
    #: that share a name apart by it. Not part of the JSON.
    _origin: Optional[str] = PrivateAttr(default=None)


class Skipped(_Record):
    """An input that was not extracted, and why."""

    path: str
    reason: str


class Generator(_Record):
    name: str = "claimtrack"
    version: str
    model: str


class ExtractOutput(_Record):
    """The whole `claimtrack extract --format json` document."""

    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    schema_: str = Field(CLAIMS_SCHEMA, alias="schema")
    generator: Generator
    documents: list[DocumentInfo] = Field(default_factory=list)
    claims: list[Claim] = Field(default_factory=list)
    skipped: list[Skipped] = Field(default_factory=list)
