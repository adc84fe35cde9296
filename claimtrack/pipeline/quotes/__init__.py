"""Quotes component: words in quotation marks, with who said them.

Two layers:

* `pair_quote_marks(text)` — a pure function over the raw text: finds quotation marks with
  one precompiled regex and pairs them locally (per paragraph, with the news convention that a
  quotation running over several paragraphs re-opens at each paragraph start and closes only
  at the end). Apostrophes (Merkel’s, don’t, ’90s, chiefs’) are not marks. What cannot be
  paired is skipped; it never raises.
* `QuoteFinder` (the `claimtrack_quotes` spaCy component) — for each pair, looks at the parse
  only around it: the speech verb that governs the quote or stands next to it (data table
  `speech_verbs.txt`), a speech noun with a possessor ("his call for ..."), "according to X",
  or a cue before a colon that introduces the quote; a cue is never taken from another
  paragraph (except a colon-introduced one). Then the cue's subject (climbing
  xcomp/advcl/conj), mapped onto the actors found by `claimtrack_actors`: a person named in
  apposition to a role ("Its chair, Jane Doe, said") is the speaker; an unnamed proxy
  ("a spokesperson for X") gives X; a document ("the report found") gives no speaker unless
  its author is named; "his party" is the organisation tied to the person. A second reference
  names what it refers back to: "the utility said" is the last organisation whose name carries
  a cue of that kind (speech_nouns.txt "kind" lines: Power, Energy, Electric), or for companies,
  clubs and agencies the organisation last the subject of a main clause; "the marshal said" is
  the person last named with that title; "Speaker of the House Jane Doe" is Jane Doe. Of two
  subjects side by side ("the ratings agency X said") the name speaks; a speech verb
  coordinated into a reported clause ("X said the deal was good and urged ...") keeps X.
  Military ranks are stripped from speaker names. A pronoun goes to
  the subject of the nearest paragraph naming a candidate (names inside quotations skipped;
  names with an age in apposition count even when the actor table lacks them).
  A quotation over several paragraphs is one quote per paragraph, sharing its attribution; an
  unattributed quotation right after an attributed one continues it; a headline quotation
  takes the speaker of the same words in the body. Short quoted terms with no speech cue,
  quoted titles (Title Case), terms before the noun they name (the “user pays” rule) and terms
  after naming cues ("so-called", "known as") are scare quotes and are dropped.

Modules, one job each: `marks` (pairing marks in the text, spaCy-free), `tables` (word tables),
`words` (shared word sets), `helpers` (small pure helpers), `context` (the per-document
context), `cues`, `speakers`, `references` (names behind descriptions), `coref` (pronouns),
`persons` (pronoun subjects and role phrases -> the named person, written to
`doc._.ct_actor_refs` for statements), `post` (continuations and Quote records) and `component`
(the spaCy factory).
"""

from __future__ import annotations

from .component import QuoteFinder, make_quotes
from .marks import MarkPair, pair_quote_marks

__all__ = ["MarkPair", "QuoteFinder", "make_quotes", "pair_quote_marks"]
