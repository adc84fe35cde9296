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
    WordNet sense), or one thing named in both clauses, the head of a subject or object on one side
    being the head of a subject or object on the other or a WordNet synonym or kind of it ("the
    operators must send their fee tables" / "operators must report their fee schedules"; "the
    guarantee must be lodged" / "until 31 July to lodge the guarantee"). "Farmers must register by"
    and "the deadline for appeals is" name two acts and nothing in common: two deadlines."""
    from .statements import words_meet

    ea, eb = event_of(a), event_of(b)
    if ea and eb and (ea == eb or verbs_meet(a, b, ea, eb)):
        return True
    ha, hb = _heads(a), _heads(b)
    return any(x == y or words_meet(x, y) for x in ha for y in hb)


def _heads(m: Mention) -> set:
    """The singular heads of the subject and object of the date's clause frame, pronouns aside."""
    cf = clause_frame_at(m.claim, m.start, m.end)
    if cf is None:
        return set()
    out = set()
    for text in (cf.subject_text, cf.object):
        head: Optional[str] = head_noun(text)
        if head and head.isalpha() and head not in PRONOUNS:
            out.add(singular(head))
    return out
