"""The one deadline a report sets: a date by which someone must do something (an obligation's
limit), when the report gives no other. Read per document from its records (never from the other
report, never from a value), and used by compare/date_align.py: two reports of one story that each
set one deadline of an obligation give the date of one occurrence, the deadline the story is
about, whatever verbs they chose ("must send the regulator their accounts by 30 May" / "have until
15 June to file them"), so only then do their values decide (a different day is a conflict).

A deadline is "a time or date before which a particular task must be finished" (Collins English
Dictionary): it is a date under an obligation, as `compare.date_spans` reads the date's place
("by", "before", "no later than", "has until ... to", "the deadline is"), in a clause whose modality
is one of obligation or of a directive (must, be required, ordered, told, asked: Quirk et al. 1985,
4.53-4.55 "obligation or compulsion"; 16.63 mandative verbs), or time given for an act ("gave the
firm until 2 May to pay"), or a date the sentence names as a deadline. A target ("aims to cut waste
by 2030") or a forecast ("the dam should be finished by 2031") binds nobody and is no deadline here."""

from __future__ import annotations

from typing import Optional

from ..parsers.date_patterns import OBLIGATION_MODALITIES
from .as_of import compatible_iso
from .context import clause_frame_at
from .date_events import head_noun, event_of
from .date_one_event import PRONOUNS, verbs_meet
from .date_spans import deadline, named_deadline, time_given
from .mention import Mention
from .units import singular


def obligation_deadline(m: Mention) -> bool:
    """The date is the limit of an obligation (see the module's doc)."""
    if m.kind != "date" or not deadline(m):
        return False
    if time_given(m) or named_deadline(m):
        return True
    cf = clause_frame_at(m.claim, m.start, m.end)
    return cf is not None and cf.modality in OBLIGATION_MODALITIES


def mark_sole_deadline(mentions: list[Mention]) -> None:
    """Mark the date of a document's one obligation deadline: every deadline date it gives names
    that one moment (a headline's "by mid-March" and the body's "until 15 March" are one deadline
    told twice, at two precisions). A document that sets two deadlines ("applications by 1 May,
    decisions by 30 June") marks neither: which one the other report's deadline is, is then for
    the words to say. Decided per document, from records alone."""
    found = [m for m in mentions if obligation_deadline(m)]
    if not found:
        return
    isos = [m.payload.iso or "" for m in found]
    if all(compatible_iso(x, y) for x in isos for y in isos):
        for m in found:
            m.sole_deadline = True


def one_obligation(a: Mention, b: Mention) -> bool:
    """Nothing in the two deadlines' frames sets their acts apart: one act (one verb, or two of one
    WordNet sense); else, when both acts name what they are done to (the object of the act's
    clause: "until 9 May to file the forms" names forms), one thing, the two objects' heads being
    one noun or WordNet synonyms or kinds, or the two objects sharing a noun ("the operators must
    send their fee tables" / "operators must report their fee schedules"); else, when a side names
    no such thing, one thing named in both clauses, the head of a subject or object on one side
    being the head of a subject or object on the other ("the panel must report by 2 May" / "the
    panel has until 9 May to hand in its findings"). Two acts done to two things named on both
    sides are two deadlines, whoever is under them: in one story the party under an obligation
    is almost always the same ("the growers must pay the levy by" / "the growers have until ... to
    lodge an appeal"). "Farmers must register by" and "the deadline for appeals is" name two
    acts and nothing in common: two deadlines."""
    from .statements import words_meet

    ea, eb = event_of(a), event_of(b)
    if ea and eb and (ea == eb or verbs_meet(a, b, ea, eb)):
        return True
    xa, xb = _act_object(a, ea), _act_object(b, eb)
    if xa and xb:
        ha, hb = _head_set(xa), _head_set(xb)
        return any(x == y or words_meet(x, y) for x in ha for y in hb) or bool(_object_nouns(xa) & _object_nouns(xb))
    ha, hb = _heads(a), _heads(b)
    return any(x == y or words_meet(x, y) for x in ha for y in hb)


def _act_object(m: Mention, event: Optional[str]) -> Optional[str]:
    """The object of the date's clause frame, else that of the claim's clause whose predicate is
    the act the date dates, nearest the date ("has until 9 May to file the forms": the date's
    clause is "has", the act's "file the forms")."""
    cf = clause_frame_at(m.claim, m.start, m.end)
    if cf is not None and cf.object:
        return cf.object
    clauses = getattr(m.claim.frame, "clauses", None) or () if m.claim.frame is not None else ()
    acts = [c for c in clauses if event and c.predicate == event and c.object]
    return min(acts, key=lambda c: abs(c.start - m.start)).object if acts else None


def _object_nouns(text: str) -> set:
    """The words of an object's lemmas that WordNet has as nouns, singular ("full fee schedule":
    fee, schedule)."""
    from ..wordnet_nouns import noun_sense_ids

    return {singular(w) for w in text.lower().split() if w.isalpha() and noun_sense_ids(singular(w))}


def two_obligations(a: Mention, b: Mention) -> bool:
    """Both dates are deadlines of obligations (`obligation_deadline`) and their frames do not
    show one act (`one_obligation`): two things a party must do, each by its own date, however
    many words the two clauses share besides the party ("the tenants must pay the arrears by
    4 May" / "the tenants have until 9 May to contest the eviction")."""
    return obligation_deadline(a) and obligation_deadline(b) and not one_obligation(a, b)


def _heads(m: Mention) -> set:
    """The singular heads of the subject and object of the date's clause frame, pronouns aside."""
    cf = clause_frame_at(m.claim, m.start, m.end)
    if cf is None:
        return set()
    return _head_set(cf.subject_text) | _head_set(cf.object)


def _head_set(text: Optional[str]) -> set:
    head: Optional[str] = head_noun(text)
    return {singular(head)} if head and head.isalpha() and head not in PRONOUNS else set()
