"""The quantities component's data tables, compiled: unit names and symbols (data/units.json and
the Unicode CLDR's spellings, data/cldr_units.json), the words around a figure that say what it
is (quantity_context.json: identifiers, dates, durations, hyphen suffixes, units written before
the number) and rate periods (qualifiers.json).
Moved out of `quantities.py` (which keeps the component) unchanged."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable, Optional

from spacy.lang.en.stop_words import STOP_WORDS

from ..tables import load_json
from ..parsers.lexicon import singular


#: The table files the component compiles (`_Ctx`), saved with a pipeline (`to_disk`). The number
#: grammar (parsers/number_tables, read by find_expressions), the plural table and the time words
#: stay the package's own: they are shared with the parsers and with compare.
TABLE_FILES = ("units.json", "cldr_units.json", "quantity_context.json", "qualifiers.json")


class _Ctx:
    """Compiled data tables for the component; `read(name)` gives a table's data (default: the
    package's own)."""

    def __init__(self, read: Callable[[str], dict] = load_json) -> None:
        units = read("units.json")
        ctx = read("quantity_context.json")
        qual = read("qualifiers.json")
        self.unit_names = {k.lower(): v for k, v in units["names"].items()}
        self.unit_symbols = dict(units["symbols"])
        self.attached_only = frozenset(units["symbols_attached_only"])
        self._cldr(read("cldr_units.json"))
        self.unit_values = frozenset(self.unit_names.values())
        self.identifier_before = frozenset(w.lower() for w in ctx["identifier_before"])
        self.durations = frozenset(ctx["duration_units"])
        self.date_after = frozenset(ctx["date_after"])
        self.interval_before = frozenset(ctx.get("interval_before", ()))
        self.street = frozenset(ctx["street_words"])
        self.not_counted = frozenset(ctx["not_counted"])
        self.frequency_adjectives = frozenset(ctx["frequency_adjectives"])
        self.scaled_units = {k.lower(): (u, f) for k, (u, f) in ctx.get("scaled_units", {}).items()}
        self.scaled_unit_re = re.compile(rf"[ \t]?(?P<u>{'|'.join(map(re.escape, self.scaled_units))})\b", re.I) \
            if self.scaled_units else None
        self.hyphen_suffixes = dict(ctx["hyphen_suffixes"])
        self.unit_before = {k.lower(): v for k, v in ctx["unit_before"].items()}
        suf = "|".join(re.escape(k) for k in sorted(self.hyphen_suffixes, key=len, reverse=True))
        self.hyphen_suffix_re = re.compile(rf"^[-‑](?P<s>(?i:{suf}))\b(?!-)")
        self.periods = {re.sub(r"\s+", " ", k.lower()): v for k, v in qual["periods"].items()}
        letters = ctx.get("spaced_temperature_letters", {})
        self.spaced_temperature = dict(letters)
        self.spaced_temperature_re = re.compile(
            rf"^[ \u00a0](?P<u>{'|'.join(map(re.escape, letters))})(?![\w°])") if letters else None
        self.spaced_length = dict(ctx.get("spaced_length_letters", {}))
        self.spaced_length_re = re.compile(
            rf"^[ \u00a0](?P<u>{'|'.join(map(re.escape, self.spaced_length))})(?![\w/])") if self.spaced_length else None
        self.dimension_words = frozenset(ctx.get("dimension_words", ()))
        self.dimension_adjectives = frozenset(ctx.get("dimension_adjectives", ()))
        self.people_adjectives = frozenset(ctx.get("people_adjectives", ()))
        words = sorted(ctx.get("temperature_words", ()), key=len, reverse=True)
        self.temperature_word_re = re.compile(rf"\b(?:{'|'.join(map(re.escape, words))})\b", re.I) if words else None

        names = sorted(self.unit_names, key=len, reverse=True)
        name_alt = "|".join(re.escape(n).replace(r"\ ", r"[\s-]+") for n in names)
        self.unit_name_re = re.compile(rf"^(?P<sp>\s*)(?P<u>(?i:{name_alt}))(?![\w])")
        syms = sorted(self.unit_symbols, key=len, reverse=True)
        sym_alt = "|".join(re.escape(s) for s in syms)
        self.unit_sym_re = re.compile(rf"^(?P<sp>\s?)(?P<u>{sym_alt})(?![\w/])")
        self.hyphen_re = re.compile(r"^[-‑](?P<w>[^\W\d_]+(?:[\s-]+(?:per|an|a)[\s-]+[^\W\d_]+)?)(?P<old>-old)?(?![\w-]*\d)")
        per = sorted(self.periods, key=len, reverse=True)
        per_alt = "|".join(re.escape(p).replace(r"\ ", r"[\s\-‑]+") for p in per)
        # after a space, or joined by hyphens into a compound adjective ("a $90,000-a-year salary")
        self.period_re = re.compile(
            rf"^(?:\s*|[-‑](?=(?i:a|an|per)[-‑]))(?P<p>(?i:{per_alt}))(?![\w])"
            rf"(?!\s+(?i:earlier|ago|before|later|after|previously)\b)")
        self.equiv_between = re.compile(r"^\s*[(\[]\s*(?:(?:about|approximately|approx\.|around|roughly|some|or|c\.|~|i\.e\.,?)\s*)?$", re.I)


    def _cldr(self, cldr: dict) -> None:
        """Add the Unicode CLDR's English unit spellings (data/cldr_units.json, built from Babel by
        data/tools/cldr_units.py); the hand table (units.json) wins where both give a spelling.
        - every long form ("kilometer", "per cent", "hectopascals");
        - the symbols that cannot be an English word: those with a character other than an ASCII
          letter ("km³", "m/s", "μg") or a lower-case letter before a capital ("hPa", "kWh");
        - a symbol the hand table reads only glued to the figure is read after a space too where
          CLDR writes it so ("25 cm", "40 mm"), unless it is one character ("3 m" may be
          millions) or an English function word ("in")."""
        for name, unit in cldr["names"].items():
            self.unit_names.setdefault(name, unit)
        for sym, unit in cldr["symbols"].items():
            if re.search(r"[^A-Za-z]|[a-z][A-Z]", sym) and not sym.startswith("/"):
                self.unit_symbols.setdefault(sym, unit)
        spaced = {s for s in cldr["spaced"] if len(s) > 1 and s.lower() not in STOP_WORDS}
        self.attached_only = frozenset(s for s in self.attached_only if s not in spaced)
        #: unit symbols a counted noun may be ("the 25 cm of snow" read by the parse): any of
        #: two characters or more
        self.noun_symbols = {s: u for s, u in self.unit_symbols.items() if len(s) > 1}


    def unit_spelled(self, word: str) -> Optional[str]:
        """The unit a counted noun spells, when it is another spelling of one ("kgs", "hrs",
        "cms"), else None (an ordinary counted noun, or a unit already in canonical form)."""
        if word in self.unit_values:
            return None
        for w in (word, singular(word)):
            unit = self.unit_names.get(w) or self.noun_symbols.get(w)
            if unit is not None:
                return unit
        return None


@lru_cache(maxsize=1)
def _ctx() -> _Ctx:
    return _Ctx()
