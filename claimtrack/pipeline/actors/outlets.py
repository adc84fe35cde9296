"""News outlets named by the page itself: the agency in a wire dateline and the paper's masthead.

A wire story opens with a dateline that names the agency filing it: "OSLO, March 3 (Nordic
Wire) -", or its byline names the agency beside or instead of the writer ("By Jo Roe, Nordic
Wire", "By Nordic News Service"). A newspaper's page names the paper above the story, on a line that also carries the
date ("The Harbour Gazette | Published 3 March 2026", "VALLEY TIMES · Monday 2 March 2026"), or
on a line of its own right above the date line (the page's first line only above a bare date: a
headline sits above a story's time stamp). The outlet is an organisation of the document
(FORMAT.md, actors) whatever the model makes of the words, so these mentions come from the
layout, not from the model's entities. A masthead is recognised only with a word that heads
newspaper names (actor_cues.json 'outlet_words'); a dateline's brackets name the agency by
position alone.

The same step trims a model entity that runs from a dateline into the story ("HALIFAX - Acme
University" -> "Acme University"): a dateline ends where the story begins.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from spacy.tokens import Doc

from ...actorids.first_names import first_names
from ...actorids.gazetteer import Entry, Tables
from ...actorids.names import cached_name_key
from ...parsers.story_places import BYLINE_OPENER
from ..quotes.persons import person_nouns
from .layout import BYLINE, Layout
from .state import Cand, DocState

#: A year: a line carrying one (in the page head) is a date line.
_YEAR = re.compile(r"(?<!\d)(?:1[89]|20)\d\d(?!\d)")
#: Separators between the parts of a masthead line: "Name | date | byline", "Name · date", "Name — date".
_SEPARATOR = re.compile(r"\s*[|·•]\s*|\s+[—–-]\s+|\s*[—–]\s*")
#: What opens a part that is not the outlet's name: a byline, a time stamp, a section label.
_NOT_NAME = re.compile(rf"(?i)^(?:{BYLINE_OPENER}|published|updated|posted|report(?:ed)?\s+by|written|words|photos?|last)\b")
#: A bracketed edition note after the name: "Jornal X (English edition)".
_EDITION = re.compile(r"\s*\([^()]*\)\s*$")
#: The agency in a dateline's brackets: "(Nordic Wire)".
_BRACKETED = re.compile(r"\(([^()\n]{2,40})\)")
#: Words that may stand lower-case inside an outlet's name ("Diario del Sur", "Mail & Herald").
_NAME_JOINERS = frozenset("of the and & de del do da di der die la le el y und".split())
#: A part of a byline between commas, "and" or a separator: "By Jo Roe and Ann Lee, Coast Wire".
_BYLINE_PART = re.compile(r"[^,|·•\n]+?(?=\s+and\s+|[,|·•\n]|$)")
#: A word of a name part (letters, with inner hyphens, apostrophes and periods).
_NAME_WORD = re.compile(r"[^\W\d_][\w'’\-.&]*")
#: "of" and a capitalised name after a paper's name: the place that paper is of ("the Post of Lagos").
_OF_PLACE_AFTER = re.compile(r"\s+of\s+(?:the\s+)?[A-Z]")
#: How far into the text the page head can run, in lines; it ends at the first line of prose.
_HEAD_LINES = 8
_PROSE_WORDS = 16


class Outlets:
    """Add the outlet a wire dateline or a masthead names; trim entities that cross a dateline."""

    tables: Tables
    st: DocState

    def _add_outlets(self, doc: Doc, cands: list[Cand], layout: Layout) -> list[Cand]:
        text = self.st.text
        found: list[tuple[int, int]] = []
        for a, b in self.st.datelines:
            m = _BRACKETED.search(text, a, b)
            if m and self._outlet_name(m.group(1), need_word=False):
                found.append((m.start(1), m.end(1)))
        in_datelines = len(found)
        page = self._mastheads(layout)
        found.extend(page)
        page_names = [text[s:e] for s, e in page]
        out = self._trim_at_datelines(doc, cands)
        entries: list[Entry] = []
        for i, (s, e) in enumerate(found):
            span = self._char_tokens(doc, s, e)
            if span is None or span[1] <= span[0]:
                continue
            surface = text[s:e]
            if i < in_datelines:
                # the agency's dateline name, shortened, is the outlet the page names in full
                surface = _shortened_from(surface, page_names) or surface
            entry = self.tables.aliases.get(cached_name_key(surface))
            if entry is None or entry.kind != "org":
                entry = Entry(_display(surface), "ORG", "org")
            out = [c for c in out if not (c.start < e and s < c.end)]
            cand = Cand(s, e, "ORG", span[0], span[1], layout=layout.kind(s), entry=entry)
            cand.acts = True
            cand.outlet = True
            out.append(cand)
            entries.append(entry)
        self._outlet_short_names(out, entries)
        out.sort(key=lambda c: c.start)
        return out

    def _outlet_short_names(self, cands: list[Cand], entries: list[Entry]) -> None:
        """'told the Gazette': a paper calls itself (and is called) by the last word of its name
        when that word heads newspaper names; such a one-word mention is the outlet. So is a
        mention of its whole name without the masthead's "The" ("told the Valley Times", a photo
        credit "(Valley Times)")."""
        outlet_words = self.tables.cue("outlet_words")
        by_key = {cached_name_key(entry.name): entry for entry in entries}
        # ... and by the end of its name, two words or more holding a word that heads papers'
        # names, its town or article left out ("told the Morning Post" in the Harbourton Morning
        # Post, "Diario del Sur" for "El Diario del Sur"); a paper's name, not another's
        by_tail: dict[str, set] = {}
        for key, entry in by_key.items():
            words = key.split()
            for k in range(1, len(words) - 1):
                if outlet_words.intersection(words[k:]):
                    by_tail.setdefault(" ".join(words[k:]), set()).add(entry)
        for c in cands:
            key = cached_name_key(self.st.text[c.start:c.end])
            entry = by_key.get(key) if c.entry is None else None
            if entry is None and (c.entry is None or c.entry.kind == "org") and not c.outlet \
                    and len(by_tail.get(key, ())) == 1 and not self._placed_paper(c):
                entry = next(iter(by_tail[key]))
            if entry is not None and c.label in ("ORG", "PERSON", "GPE", "NORP"):
                c.entry, c.label = entry, "ORG"
        by_last: dict[str, set] = {}
        for entry in entries:
            last = entry.name.split()[-1].lower()
            if last in outlet_words and len(entry.name.split()) > 1:
                by_last.setdefault(last, set()).add(entry)
        if not by_last:
            return
        for c in cands:
            # also a table's paper of that one word ("the Times" in the Harbour Weekly Times is the
            # Harbour Weekly Times, not London's): a paper names another paper in full
            one_word = c.tok_end - c.tok_start == 1 or c.tok_end - c.tok_start == 2 and self.st.tokens[c.tok_start].lower_ == "the"
            if (c.entry is None or c.entry.kind == "org") and one_word and c.label in ("ORG", "PERSON", "GPE") \
                    and not c.outlet:
                found = by_last.get(self.st.text[c.start:c.end].lower().removeprefix("the "))
                if found and len(found) == 1:
                    c.entry, c.label, c.paper_short = next(iter(found)), "ORG", True

    def _placed_paper(self, c: Cand) -> bool:
        """A paper the text places, another paper of the same name's end: an owner or a place right
        before it ("Britain's Sunday Times", "the London Sunday Times" as the model may cut it) or
        "of" and a capitalised name right after it ("the Morning Post of Lagos")."""
        toks, text = self.st.tokens, self.st.text
        before = toks[c.tok_start - 1] if c.tok_start > 0 else None
        if before is not None and (before.text in ("'s", "’s", "'", "’") or before.ent_type_ in ("GPE", "LOC", "NORP")):
            return True
        return bool(_OF_PLACE_AFTER.match(text, c.end))

    def _mastheads(self, layout: Layout) -> list[tuple[int, int]]:
        """(start, end) of the outlet's name on the page head's lines: the first part of a line
        that also carries a date, or a line of its own right above a date line."""
        text = self.st.text
        lines = list(zip(layout.starts, layout.ends))[:_HEAD_LINES]
        out: list[tuple[int, int]] = []
        for i, (a, b) in enumerate(lines):
            line = text[a:b]
            if len(line.split()) > _PROSE_WORDS:
                break  # the story has begun
            parts = _parts(line)
            if _YEAR.search(line):
                # the part that names the paper, wherever it stands among the date and the byline
                # ("NAME, Friday 2 May 2026", "2 May 2026 | Name | Sport")
                first = parts[0][1]
                first = first.split(",", 1)[0] if _YEAR.search(first) else first
                named = [(0, first)] if first and not _YEAR.search(first) else []
                named += [(k, p) for k, p in parts[1:] if not _YEAR.search(p)]
                for k, part in named:
                    found = self._name_at(a + k, part)
                    if found:
                        out.extend(found)
                        break
            elif i + 1 < len(lines) and _YEAR.search(text, lines[i + 1][0], lines[i + 1][1]) \
                    and (i > 0 or _bare_date(text[lines[1][0]:lines[1][1]], place=True) or parts[0][1].isupper()):
                # the page's first line names the paper only above a bare date ("Monday, 2 March
                # 2026"), not above a story's time stamp ("Published 2 March 2026 at 10:00"),
                # unless it is set in capitals, as a masthead is and a headline is not ("THE
                # VALLEY TIMES" above "Lunes 2 de marzo de 2026 | Sport"); a section label or an
                # edition after a separator is not part of the name ("X HERALD | Sport")
                # A first line in capitals right above a bare date is the masthead whatever its
                # words ("PORT ELLIS TOKTOK" over "Monday 2 March 2026": a paper's name in a language the
                # outlet words miss); a headline sits above a byline or the story, not a bare date
                upper_head = i == 0 and _EDITION.sub("", parts[0][1]).isupper() \
                    and _bare_date(text[lines[1][0]:lines[1][1]])
                out.extend(self._name_at(a, parts[0][1], need_word=not upper_head))
            elif i == 0 and line.isupper() and line.split()[0] == "THE" and 2 < len(line.split()) <= 5 \
                    and line.split()[-1].lower().strip(".,") in self.tables.cue("outlet_words"):
                # the page's first line alone in capitals, "THE" and a name that ends in a word
                # heading papers' names ("THE LAKESIDE HERALD"): a masthead, dated or not (a
                # headline in capitals seldom opens with "The" and ends in "Herald" or "Gazette")
                out.extend(self._name_at(a, line))
            elif i == 0 and len(parts) > 1 and len(parts[0][1].split()) <= 5:
                # the page's first line: a name with a word heading papers' names, then a section
                # or an edition after a separator ("Harbour Radio - News", "X GAZETTE | Sport"):
                # a headline is seldom cut so
                out.extend(self._name_at(a, parts[0][1]))
        return out + self._byline_outlets(layout)

    def _byline_outlets(self, layout: Layout) -> list[tuple[int, int]]:
        """(start, end) of an agency a byline names beside or instead of its writer ("By Jo Roe,
        Coast Wire", "By Coast News Service", "By Coast Wire staff"): a part of the byline whose
        capitalised words hold a word heading papers' names among their last two and open with no
        given name ("By Jane Post" is a writer), its last word no noun for a person (WordNet's:
        "By Jo Roe, Business Reporter" names the writer's role) and no desk of the newsroom
        (actor_cues.json `newsroom_divisions`: "By News Desk")."""
        text = self.st.text
        outlet_words = self.tables.cue("outlet_words")
        out: list[tuple[int, int]] = []
        for a, b, kind in list(zip(layout.starts, layout.ends, layout.kinds))[:_HEAD_LINES]:
            opener = BYLINE.match(text[a:b]) if kind == "byline" else None
            if opener is None:
                continue
            for part in _BYLINE_PART.finditer(text, a + opener.end(), b):
                words = list(_NAME_WORD.finditer(part.group()))
                k = 0
                while k < len(words) and (words[k].group()[:1].isupper() or k and words[k].group() in _NAME_JOINERS):
                    k += 1
                while k and words[k - 1].group() in _NAME_JOINERS:
                    k -= 1
                if k < 2:
                    continue
                names = [w.group() for w in words[:k]]
                if not outlet_words.intersection(w.lower() for w in names[-2:]) or names[0].lower() in first_names() \
                        or names[-1].lower() in person_nouns() or names[-1].lower() in self.tables.cue("newsroom_divisions"):
                    continue  # (nor a desk of the newsroom: "By News Desk", "By Jo Roe, Nairobi Bureau")
                name = part.group()[words[0].start():words[k - 1].end()]
                if self._outlet_name(name, need_word=True):
                    out.append((part.start() + words[0].start(), part.start() + words[k - 1].end()))
        return out

    def _name_at(self, s: int, part: str, need_word: bool = True) -> list[tuple[int, int]]:
        stripped = part.strip()
        if not stripped:
            return []
        s += part.index(stripped)
        name = _EDITION.sub("", stripped)
        if not self._outlet_name(name, need_word=need_word):
            return []
        return [(s, s + len(name))]

    def _outlet_name(self, name: str, need_word: bool) -> bool:
        """A name: one to six words, each capitalised (or a joiner), no digits; on a masthead it
        must also hold a word that heads newspaper names ('Herald', 'Wire', 'Daily')."""
        words = name.split()
        if not 1 <= len(words) <= 6 or any(ch.isdigit() for ch in name) or _NOT_NAME.match(name):
            return False
        if not all(w[:1].isupper() or w.lower() in _NAME_JOINERS for w in words) or not words[0][:1].isupper():
            return False
        entry = self.tables.aliases.get(cached_name_key(name))
        if entry is not None and entry.kind != "org":
            return False  # a place: "(Kyiv)"
        if need_word:
            outlet_words = self.tables.cue("outlet_words")
            return any(w.lower().strip(".,") in outlet_words for w in words)
        return True

    def _trim_at_datelines(self, doc: Doc, cands: list[Cand]) -> list[Cand]:
        """'HALIFAX - Acme University' tagged as one entity: the part after the dateline. A name
        no table knows that lies wholly in a dateline is the place the story was filed from
        ('PORT ELLIS, May 3 (X) -'), not an actor; the agency in its brackets is added after."""
        if not self.st.datelines:
            return list(cands)
        out = []
        for c in cands:
            if any(a <= c.start and c.end <= b for a, b in self.st.datelines) \
                    and self.tables.aliases.get(cached_name_key(self.st.text[c.start:c.end])) is None:
                continue
            end = next((b for a, b in self.st.datelines if a <= c.start < b < c.end), None)
            if end is None:
                out.append(c)
                continue
            s = end
            while s < c.end and self.st.text[s].isspace():
                s += 1
            trimmed = self._mk(doc, s, c.end, c.label, c.layout) if s < c.end else []
            out.extend(trimmed)
        return out


def _parts(line: str) -> list[tuple[int, str]]:
    """(offset, text) of the parts of a page-head line between separators ("Name | date")."""
    out, k = [], 0
    for m in _SEPARATOR.finditer(line):
        out.append((k, line[k:m.start()]))
        k = m.end()
    out.append((k, line[k:]))
    return [(k, p) for k, p in out if p.strip()] or [(0, line)]


def _bare_date(line: str, place: bool = False) -> bool:
    """A line that is a date and nothing else: at most four words, none opening a byline or a
    time stamp ("Wednesday, 04.03.2026"; not "Published March 4, 2026 at 9:10"). The lower-case
    words CLDR's date formats write between a date's parts do not count ("Lunes 2 de marzo de
    2026", "Onsdag den 4. marts 2026"; `_date_joiners`); other short words do ("Fares up in May
    2026" is a headline). With `place`, the line may open with the paper's town before a comma
    or a dash, as a masthead's date line often does ("PORT ELLIS, Monday, 2 March 2026"; "Vila
    Nova, R.N. - Lunes, 2 de marzo de 2026"): one to four capitalised words with no figure, then
    the date."""
    line = line.strip()
    if _NOT_NAME.match(line):
        return False
    joiners = _date_joiners()
    tails = [line] + [line.split(sep, 1)[1] for sep in (" - ", " – ", ",") if place and sep in line
                      and _town(line.split(sep, 1)[0])]
    return any(len([w for w in tail.split() if w not in joiners]) <= 4 for tail in tails)


def _town(text: str) -> bool:
    """The paper's town before its date line: one to four capitalised words, joined only by a
    name's lower-case words ("Rio de Janeiro", "Vila Nova, R.N."), with no figure."""
    words = text.split()
    caps = [w for w in words if w[:1].isupper()]
    return (bool(words) and words[0] in caps and len(caps) <= 4 and not any(ch.isdigit() for ch in text)
            and all(w in caps or w in _NAME_JOINERS for w in words))


@lru_cache(maxsize=1)
def _date_joiners() -> frozenset:
    """The lower-case words CLDR's full, long and medium date formats write between a date's parts
    ("de", "den", "del", "di"; data/cldr_month_words.json `joiners`, data/tools/cldr_months.py)."""
    from ...tables import table_entry

    return frozenset(table_entry("cldr_month_words.json", "joiners"))


def _shortened_from(short: str, names: list[str]) -> Optional[str]:
    """The one name of `names` that `short` shortens, else None. A wire writes its own name short
    in its datelines, by its first words ("Nordic Press" for the masthead's Nordic Press Agency)
    or by its initials ("NPA"; as "AP" stands for the Associated Press, "AFP" for Agence
    France-Presse), while its masthead or byline gives it in full: one outlet, one name."""
    words = cached_name_key(short).split()
    initials = short.strip() if short.strip().isupper() and short.strip().isalpha() and len(short.strip()) >= 2 else None
    out = set()
    for name in names:
        full = cached_name_key(name).split()
        if len(words) < len(full) and full[:len(words)] == words:
            out.add(name)
        elif initials is not None and "".join(w[0] for w in full if w not in _NAME_JOINERS).upper() == initials:
            out.add(name)
    return next(iter(out)) if len(out) == 1 else None


def _display(surface: str) -> str:
    """The outlet's name as a name: 'THE VALLEY TIMES' -> 'The Valley Times'."""
    if surface.isupper():
        return " ".join(w.capitalize() for w in surface.split())
    return surface

