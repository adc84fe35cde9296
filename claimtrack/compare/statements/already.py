"""Done already, not yet decided: the two ends of one decision.

"Already" says that an act is done up to now, earlier than one might expect (WordNet 3.0
already.r.01 'prior to a specified or implied time'; Quirk et al. 1985, 8.137-8.138: 'already'
with the perfect, 'the council has already closed the pool'): the act is done and so decided.
A subject "considering" an act (consider.v.01 'deliberate or decide') or that has still not
decided whether to do it (Quirk et al. 1985, 15.6, the open question a 'whether' clause puts)
has not decided it. One subject cannot have done an act already and still be undecided whether to
do it at one time, so two reports of one story that say these contradict each other ("the board
has already opened its own inquiry into the fire" / "the board has still not decided whether to
look into the fire"; "is weighing a referral to the tribunal" / "has already referred the
matter to the tribunal"); so does the present perfect alone of an act done once to its object
("has closed the pool" / "is considering closing the pool": `once_act`), whose result holds now.
A past act without "already" ("the board closed the pool") may be an earlier occasion than the one
weighed, and is not read so (`timing.judge_undecided`); nor is the perfect of an act that repeats
on one object ("has raised the fee this year" / "is considering raising the fee": another rise).
"""

from __future__ import annotations

import re

from functools import lru_cache
from typing import Optional

from ..mention import Mention
from ...parsers.lexicon import POSSESSIVE_DETERMINERS
from .lexicon import LIGHT_VERBS, level_direction, nouns_meet, senses_under, verb_lemma
from .news_verbs import irregular_base
from .phrases import object_head


#: "already" after a perfect auxiliary, right before a verb form or a passive's "been" ("has already sold", "had
#: already been closed").
_ALREADY = re.compile(r"\b(has|have|had|'s|’s|'ve|’ve)\s+already\s+(?:been\s+)?([a-z]+)", re.IGNORECASE)

#: The present perfect without "already" ("the board has closed the pool", "have been sold"): an
#: act done in the time up to now whose result holds now (Quirk et al. 1985, 4.20-4.22, the
#: resultative perfect); "'s", which may be "is", and the past perfect, which speaks of a past
#: moment, are left.
_PERFECT = re.compile(r"\b(?:has|have|'ve|’ve)\s+(?:been\s+)?([a-z]+)\b", re.IGNORECASE)
#: A time the perfect reaches back over or a repeat: "since" (the act going on over a stretch up
#: to now, Quirk et al. 1985, 4.21, 'state up to the present'), "again" (one more occasion of it,
#: WordNet 3.0 again.r.01 'anew'), or "already", which `_ALREADY` reads.
_NOT_ONCE = re.compile(r"\b(?:since|again|already)\b", re.IGNORECASE)
#: A decision said not to be taken yet on an open question: "not (yet) decided whether",
#: "is yet to decide whether", "remains undecided on whether".
_OPEN_DECISION = re.compile(
    r"\b(?:(?:not|n[’']t|never)\s+(?:yet\s+)?decided|yet\s+to\s+decide|undecided)\s+(?:(?:on|about|over)\s+)?whether\b",
    re.IGNORECASE)


@lru_cache(maxsize=1)
def _once_roots() -> frozenset:
    """The WordNet senses of acts that change their object once (data/once_acts.json 'roots')."""
    from ...tables import load_json

    return frozenset(int(k) for k in load_json("once_acts.json")["roots"])


@lru_cache(maxsize=1 << 12)
def once_act(verb: str) -> bool:
    """The verb's act changes the state of what it is done to once, so that told in the present
    perfect its result holds now ("has closed the pool", "has sold the boathouse", "has signed
    the lease"): one of its WordNet senses (verb_senses.json, verb_paraphrases.json) is or lies
    under a sense of ending, creating, selling or buying, or authorising (data/once_acts.json).
    Never a light verb, nor a verb of a change in degree ("raise", "cut": `level_direction`),
    which repeats on one object."""
    if not verb or verb in LIGHT_VERBS or level_direction(verb) is not None:
        return False
    return bool(senses_under(verb, _once_roots()))


def done_already(m: Mention, past: bool = False, other: Optional[Mention] = None) -> bool:
    """The clause states its act as done up to now: with "already" right before its verb after
    the present perfect ("has already opened its own inquiry", "have already been sold"), or the
    present perfect alone of an act done once to one definite thing, the one the `other` clause
    speaks of ("has closed the pool": `once_act`, `_one_thing_done`; not with "since" or "again",
    `_NOT_ONCE`): positive, with no modality. With `past`, the past perfect too ("had already
    asked"), which speaks of a past moment: only against a weighing told in the past
    (`weighed_and_done`). Never with a "before" adjunct or a year of its own ("had already closed
    it twice before 2019": another time)."""
    f = m.frame
    if f.modality is not None or f.polarity != "positive" or not f.predicate or _BEFORE_OR_YEAR.search(m.text):
        return False
    verb = f.predicate.split(" ")[0]
    if other is not None and once_act(f.predicate) and not _NOT_ONCE.search(m.text):
        for found in _PERFECT.finditer(m.text):
            w = found.group(1)
            if not w.lower().endswith("ing") and (verb_lemma(w) == verb or irregular_base(w) == verb) \
                    and _one_thing_done(m, m.text[found.end():], other):
                return True  # "has closed the pool": its result holds now, as with "already"
    return any((aux.lower() != "had" or past) and (verb_lemma(w) == verb or irregular_base(w) == verb)
               for aux, w in _ALREADY.findall(m.text))


#: What opens a noun phrase naming one definite thing: a singular definite determiner, a
#: possessive (parsers.lexicon; Quirk et al. 1985, 5.26-5.34) or a name.
_DEFINITE = re.compile(r"\s*(?:" + "|".join(sorted({"the", "this", "that"} | POSSESSIVE_DETERMINERS))
                       + r"|[A-Z][\w'’-]*)\b")
#: Words that make an object some of a thing or many things, not one whole thing: a partitive
#: ("part of", "some of", "a stake in", "shares in"; Quirk et al. 1985, 5.6-5.9) or a number.
_SOME_OF = re.compile(r"\b(?:part|some|most|half|much|rest|portion|stake|share|shares)\s+(?:of|in)\b|\d|\b(?:two|three|four|"
                      r"five|six|seven|eight|nine|ten|dozens?|hundreds?|thousands?|several|many|few)\b", re.IGNORECASE)


def _one_thing_done(m: Mention, after: str, other: Mention) -> bool:
    """The perfect's object, written after its verb (`after`), is one definite thing ("the pool",
    "its Norland terminal": a definite determiner, a possessive or a name, the head written
    singular, no partitive or number before it), and the `other` clause's object is that thing
    (the same head, or one WordNet gives as it: `lexicon.nouns_meet`). A bare plural, a count or a
    part ("has sold shares", "has built 300 homes", "has sold part of its stake") leaves more of
    the kind to do, which the other side may weigh."""
    for particle in m.frame.predicate.split(" ")[1:]:  # "has shut down the ferry": the object after "down"
        after = re.sub(rf"^\s*{re.escape(particle)}\b", "", after, flags=re.IGNORECASE)
    head, theirs = object_head(m.frame), object_head(other.frame)
    if not head or not theirs or not (head == theirs or nouns_meet(head, theirs)):
        return False
    return one_definite_thing(after, head)


#: An indefinite article, which `_DEFINITE`'s capital letter of a name would otherwise take for a
#: name at the start of a sentence ("A new depot").
_INDEFINITE = re.compile(r"\s*an?\b", re.IGNORECASE)


def one_definite_thing(phrase: str, head: str) -> bool:
    """The noun phrase `phrase`, whose head is `head`, names one definite thing: it opens with a
    definite determiner, a possessive or a name (`_DEFINITE`, not "a"/"an": an indefinite noun
    phrase brings a new referent in, Quirk et al. 1985, 5.26-5.29), and no partitive or number
    stands before its head (`_SOME_OF`: "part of the site", "300 tickets")."""
    written = re.search(rf"\b{re.escape(head)}\b", phrase, re.IGNORECASE)
    return (written is not None and _DEFINITE.match(phrase) is not None and _INDEFINITE.match(phrase) is None
            and not _SOME_OF.search(phrase[:written.start()]))


#: A time of the clause's own for "already": a "before" adjunct or a year (narrower than
#: foreclosed._OWN_TIME, which also takes "again" and "last/this/next" + a unit of the calendar).
_BEFORE_OR_YEAR = re.compile(r"\b(?:before|1[89]\d\d|20\d\d)\b", re.IGNORECASE)
#: A weighing told in the past ("was considering", "were weighing").
_PAST_WEIGHING = re.compile(r"\b(?:was|were)\s+(?:still\s+)?(?:considering|weighing|studying)\b", re.IGNORECASE)


def repeated(m: Mention) -> bool:
    """The clause tells its act as one more occasion of it ("is considering closing the pool
    again"): weighed so, it is not the act told as done up to now on the other side."""
    return re.search(r"\bagain\b", m.text, re.IGNORECASE) is not None


def undecided_whether(m: Mention) -> bool:
    """The clause's act is the open question of a decision not yet taken, an infinitive after
    "whether", whose subject is the one deciding ("has still not decided whether to look into
    the fire": look into, which the frames read as 'may'); not a finite clause of a third party's
    ("regulators have not decided whether the firm may sell"). The decision and "whether" right
    before the clause's own "to"."""
    if m.frame.modality != "may" or not re.match(r"\s*(?:whether\s+)?to\b", m.text, re.IGNORECASE):
        return False
    before = m.claim.text[:max(0, m.start - m.claim.start)]
    head = re.match(r"\s*whether\b", m.text, re.IGNORECASE)
    text = before + (head.group(0) if head else "")
    found = None
    for found in _OPEN_DECISION.finditer(text):
        pass
    return found is not None and not text[found.end():].strip()


def undecided(m: Mention) -> bool:
    """The clause's act is weighed, not decided: considered ("is considering closing the pool"),
    or the open question of a decision not yet taken (`undecided_whether`)."""
    return m.frame.modality == "consider" or undecided_whether(m)


def weighed_and_done(x: Mention, y: Mention) -> bool:
    """One clause weighs an act (`undecided`) that the other states as done already
    (`done_already`): the two cannot both hold at one time; "had already" only against a
    weighing told in the past ("was considering asking the tribunal")."""
    past = _PAST_WEIGHING.search(x.claim.text) is not None
    return undecided(x) and not repeated(x) and done_already(y, past, x)
