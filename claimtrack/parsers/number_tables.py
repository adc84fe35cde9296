"""The number parser's tables, compiled once: number, scale and currency words, qualifiers,
and the regexes built from them (`_tables()`).

Tables: data/numbers.json (scale words and abbreviations, fractions), data/currencies.json,
data/qualifiers.json, data/units.json, data/countries.json; number and month words come from
`lexicon`, the one table of them.
"""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal
from functools import lru_cache
from typing import Optional

from ..tables import load_json
from . import lexicon
from .currency_tables import _LETTER, CurrencyTables, _word_re
from .scan import first_words

def _alt(words, flags_i: bool = True) -> str:
    items = sorted({w for w in words if w}, key=lambda w: (-len(w), w))
    body = "|".join(_word_re(w).replace(r"\ ", r"\s+") for w in items)
    return f"(?i:{body})" if flags_i else f"(?:{body})"


class _Tables(CurrencyTables):
    def __init__(self) -> None:
        nums = load_json("numbers.json")
        cur = load_json("currencies.json")
        qual = load_json("qualifiers.json")
        self.units = dict(lexicon.UNITS)
        self.tens = dict(lexicon.TENS)
        self.hundred = dict(lexicon.HUNDRED)
        self.multipliers = dict(lexicon.MULTIPLIERS)
        self.scale_words = dict(lexicon.SCALE_WORDS)
        #: the words other languages write after a figure for a power of ten ("40 millones",
        #: "1,9 milliard": CLDR's compact decimal formats, data/cldr_scale_words.json), read after
        #: digits as the English ones are; English's own words and abbreviations win
        self.foreign_scales = {k: v for k, v in load_json("cldr_scale_words.json")["scales"].items()
                               if k not in self.scale_words and k not in nums["scale_abbrevs"]}
        #: each scale word as a whole-word pattern, in table order (the last one found wins)
        self.scale_word_patterns = [(re.compile(rf"\b{re.escape(k)}\b", re.I), v) for k, v in self.scale_words.items()]
        self.scale_abbrevs = dict(nums["scale_abbrevs"])
        self.money_abbrevs = dict(nums["scale_abbrevs_money_only"])
        #: the abbreviations other languages' papers write after a figure for a power of ten, as
        #: CLDR's short compact formats write them ("4,5 Mio.", "1,2 Mrd.", "300 tys.":
        #: data/cldr_scale_abbrevs.json), case as written (with English's own of one power: "mio")
        local = load_json("cldr_scale_abbrevs.json")
        self.local_abbrevs = {k: v for k, v in local["abbrevs"].items() if k not in self.money_abbrevs}
        #: those whose power depends on the story's country's language (Spanish and Portuguese
        #: "mil" is a thousand, Czech "mil." a million): abbreviation -> {territory: power}
        self.territory_abbrevs = {k: v for k, v in local.get("by_territory", {}).items() if k not in self.scale_abbrevs}
        #: those that are English words or names too ("tis", "bio", "Mio", "mill"), read only with
        #: the full stop CLDR writes them with (local_scales.py): abbreviation -> {territory: power}
        self.stop_abbrevs = {k: v for k, v in local.get("after_full_stop", {}).items() if k not in self.scale_abbrevs}
        #: those that are nouns of English ("bill", "mill"): read only in a story about their country
        self.stop_abbrevs_home_only = frozenset(local.get("after_full_stop_home_only", ()))
        #: the money-only letters that scale any figure glued to them ("10M subscribers")
        self.glued_abbrevs = dict(nums["scale_abbrevs_glued"])
        #: every scale written after a figure, abbreviated or in words ("bn", "m", "million")
        self.scale_alt = _alt(list(self.scale_abbrevs) + list(self.money_abbrevs) + list(self.scale_words), flags_i=False)
        self.fractions = {k.lower(): v for k, v in nums["fractions"].items()}
        self.negative_words = [w.lower() for w in nums["negative_words"]]
        #: a fraction's denominator: "half", "quarter" and every ordinal from "third" up
        self.denominators = {**{k.lower(): v for k, v in nums.get("denominators", {}).items()},
                             **lexicon.ORDINAL_DENOMINATORS}
        self.denominator_after = re.compile(rf"^[\s-]+(?P<den>{_alt(self.denominators)})\b(?![-‑]\w)")
        #: "... and a half", "... and three fifths": the fractional part after a whole number
        small = {k: v for k, v in self.units.items() if 1 <= v <= 19}
        # its numerator: "a", a unit or teen, or a ten with its unit ("and fifty-four hundredths")
        numerator = rf"(?i:an?|{_alt(small)}|{_alt(self.tens)}(?:[\s-]{_alt(k for k, v in small.items() if v <= 9)})?)"
        self.fraction_tail = re.compile(
            rf"(?i:and)\s+(?P<num>{numerator})[\s-]+(?P<den>(?i:{_alt(self.denominators)}))\b(?![-‑]\w)")
        self._country_codes: Optional[dict[str, Optional[str]]] = None
        self.symbols = dict(cur["symbols"])
        self.suffix_symbols = dict(cur["suffix_symbols"])
        for sign, code in self.suffix_symbols.items():
            # a currency sign (one Unicode Sc character) written after the figure in its own
            # country ("2,40 ₾") comes before it in English ("₾2.40", "₡500", "₭9,000")
            if len(sign) == 1 and unicodedata.category(sign) == "Sc":
                self.symbols.setdefault(sign, code)
        for sign, code in list(self.symbols.items()):
            # and one read before the figure in English is read after it too, where the locales of
            # its country write it so (CLDR's currency formats, "#,##0.00 ¤": "2 000 ₽", "1 200 ₴",
            # "50.000 ₫")
            if len(sign) == 1 and unicodedata.category(sign) == "Sc":
                self.suffix_symbols.setdefault(sign, code)
        #: "Rs" -> "rupee": a sign read like the shared currency noun it abbreviates
        self.symbol_nouns = dict(cur.get("symbol_nouns", {}))
        aliases = cur.get("code_aliases", {})
        self.codes = {c: aliases.get(c, c) for c in cur["codes"]}
        self.names = {k.lower(): v for k, v in cur["names"].items()}
        self.scale_names = {k.lower(): v for k, v in cur["names_after_scale_only"].items()}
        self.minor = {k.lower(): v for k, v in cur["minor_units"].items()}
        cur = self._cldr(cur)
        for sign, code in list(self.symbols.items()):
            # the country's letters after the dollar sign, as Australian and some Asian papers
            # write them: "$US5 million", "$A2.1bn", "$NZ40" for "US$", "A$", "NZ$"
            m = re.fullmatch(r"([A-Z]{1,3})\$", sign)
            if m:
                self.symbols.setdefault("$" + m.group(1), code)
        self.minor_of = {k: dict(v) for k, v in cur.get("minor_of", {}).items()}
        # every dollar divides into 100 cents (ISO 4217 minor unit 2): "50 cents" after a Honiara
        # paper's "500 dollars" are SBD
        if "cent" in self.minor_of:
            cent = self.minor_of["cent"]
            cent["currencies"] = list(dict.fromkeys([*cent["currencies"], *sorted(set(self.dollar_countries.values()))]))
        # every way a currency is written (sign, code, name) -> code, to find a document's currency
        # a sign never follows a letter: the "$" of "A$3.2 million" and the "S$" of "US$9" are no
        # signs of their own
        written = {**{rf"(?<![^\W\d_]){re.escape(k)}": v for k, v in self.symbols.items()},
                   **{rf"\b{re.escape(k)}\b": v for k, v in self.codes.items()},
                   **{rf"\b{_word_re(k)}\b": v for k, v in self.names.items()}}
        as_written = {rf"\b{_word_re(k)}\b" for k in self.local_names}  # "eura", not "Euroa"
        self.currency_written = [(k, re.I if k.startswith("\\b") and k not in as_written else 0, v)
                                 for k, v in written.items()]  # compiled: money_context
        self._national(cur)
        units = load_json("units.json")
        self.attached_units = frozenset(units["symbols"]) | frozenset(
            k for k in units["symbols"] if "/" not in k) | frozenset(self.money_abbrevs)
        self.attached_units_lower = frozenset(k.lower() for k in units["names"]) | frozenset(
            k.lower() for k in self.minor)
        self.qualifiers = {re.sub(r"\s+", " ", k.lower()): v for k, v in qual["qualifiers"].items()}
        # the approximators other languages write before a figure ("rund 300", "unos 2.500"),
        # English's own winning
        self.local_qualifiers = frozenset(re.sub(r"\s+", " ", k) for k in qual.get("local_approximators", ())
                                          if re.sub(r"\s+", " ", k.lower()) not in self.qualifiers)
        for k in self.local_qualifiers:
            self.qualifiers[k] = "approx"
        self.change_words = frozenset(w.lower() for w in qual["change_words"])
        #: the words of an approximate figure ("about", "some", "an estimated"): qualifiers.json
        self.approximators = frozenset(k for k, v in self.qualifiers.items() if v == "approx")
        #: words after which "over" before a length of time is "more than" ("waited over two years")
        self.over_more_than_after = frozenset(w.lower() for w in qual["over_more_than_after"])
        # month names as a date writes them ("September 4", "Sept. 4"); lowercase only the full
        # names that are no ordinary word ("june 4" but not "may 4")
        months = [m.capitalize() for m in lexicon.MONTH_NAMES + lexicon.MONTH_ABBREVIATIONS]
        months_lower = [m for m in lexicon.MONTH_NAMES if m not in lexicon.AMBIGUOUS_MONTHS]

        number_words = (
            list(self.units) + list(self.tens) + list(self.hundred) + list(self.multipliers)
            + list(self.scale_words)
        )
        word = _alt(number_words)
        frac = _alt(self.fractions)
        # "a dozen", "half a million", "twenty-six", "one hundred and six", "two and a half million"
        w_lead = rf"(?:(?i:a|an)\s+|{frac}\s+(?:(?i:a|an)\s+)?|(?i:a)\s+{frac}\s+(?i:of\s+a)\s+)?"
        # "forty-two and a third", "twenty and three fifths": a fractional part (read by
        # `number_words._fraction_tail`), tried before "and three" is taken as a whole number
        f_tail = rf"\s+(?i:and)\s+{numerator}[\s-]+{_alt(self.denominators)}\b(?![-‑]\w)"
        w_tail = rf"(?:{f_tail}|(?:\s+(?i:and)\s+|\s*-\s*|\s+)(?:{word}|(?i:a\s+){frac})\b)*"
        # spoken decimals: "two point five", "one point seven five million"; a teen or a ten after
        # the point is said for its digits only after a zero ("nought point seventy-five") or
        # before a scale or per cent ("three point twenty million", "four point fifteen per
        # cent"): else "point" is the noun, "lost by one point fifteen minutes in"
        digit = _alt(w for w, v in self.units.items() if v <= 9)
        two_digits = rf"{_alt(list(self.tens) + [w for w, v in self.units.items() if v >= 10])}(?:[\s-]{_alt(w for w, v in self.units.items() if 1 <= v <= 9)})?"
        scale = _alt(self.scale_words)
        zero_before = "|".join(f"(?<={z[0].upper()}{z[1:]})|(?<={z})" for z in ("nought", "naught", "zero"))
        w_point = (rf"(?:\s+(?i:point)(?:\s+{digit}\b)+(?:\s+{scale}\b)?"
                   rf"|(?:{zero_before})\s+(?i:point)\s+{two_digits}\b(?:\s+{scale}\b)?"
                   rf"|\s+(?i:point)\s+{two_digits}\b(?=\s+{scale}\b|\s+(?i:per\s?cent|percent)\b|\s?%)"
                   rf"(?:\s+{scale}\b)?)?")
        # (but "at one point two officers left" is the idiom "at one point", no decimal)
        self.wordnum = (rf"(?P<w>\b(?:(?<!\b[Aa][Tt]\s){w_lead}{word}\b{w_tail}{w_point}"
                        rf"|{w_lead}{word}\b{w_tail}))")

        vulgar = "".join(VULGAR)
        digits = (
            # South Asian grouping in lakhs and crores ("12,34,567.89"); then
            # a decimal comma where the digits after it cannot be a thousands group (one or two
            # digits): before a percent sign or a scale word ("20,8%", "4,3 per cent", "1,5
            # million"), and anywhere else but in a list ("€2,50", "3,80 €", "1,8 km", "EUR 3,5
            # mio."; "1,2 and 3" stays a list)
            r"(?P<d>\d{1,3},\d{1,2}(?![\d,])(?=\s?(?:%|(?i:per\s?cent|percent|pct|thousand|million|billion|trillion|mln|bn|tn)\b))"
            r"|\d{1,3},\d{1,2}(?![\d,])(?!\s*(?:&|(?i:and|or))\s+\d)"
            r"|\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?(?![\d,])|\d{1,3}(?:,\d{3})+(?:\.\d+)?"
            # thousands grouped by a (thin, narrow or no-break) space, as SI and European style
            # write them ("40 000", "1 414 021 100"): groups of exactly three digits, not before a
            # hyphen ("5 100-year-old trees" is five trees)
            r"|\d{1,3}(?:[\u00a0\u2009\u202f]\d{3})+(?:\.\d+)?(?![\d\-‑])"
            r"|\d{1,3}(?: \d{3})+(?:\.\d+)?(?![\d\-‑])(?! \d)"
            # thousands grouped by an apostrophe, as Swiss and Liechtenstein style writes them
            # ("18'000", "1'250'000.50"): an apostrophe between digits is never a decimal mark
            r"|\d{1,3}(?:['’]\d{3})+(?:\.\d+)?(?![\d'’])"
            # thousands grouped by dots, two groups or more ("1.250.000": no decimal has two
            # points; one group, "3.400", is read by the document's convention: digit_groups)
            r"|\d{1,3}(?:\.\d{3}){2,}(?!\.?\d)"
            r"|\d+(?:\.\d+)?|\.\d+"
            rf"|(?<![\w/])[1-7]/[2348](?![\d/])(?=\s+[^\W\d_])|[{vulgar}])"
        )
        mixed = rf"(?:\s(?P<fn>[1-9])/(?P<fd>[2-9]|1[0-6])(?![\d/])|(?P<vf>[{vulgar}]))?"
        abbrevs = _alt(list(self.scale_abbrevs) + list(self.money_abbrevs), flags_i=False)
        # other languages' abbreviations, which they write with a full stop ("Mio.", "mil.")
        local_abbrevs = _alt([*self.local_abbrevs, *self.territory_abbrevs, *self.stop_abbrevs], flags_i=False)
        # "3 million", "2 hundred", "3 dozen" (a multiplier scales digits as it scales words)
        scale_w = _alt(list(self.scale_words) + list(self.hundred) + list(self.multipliers) + list(self.foreign_scales))
        scale = (
            # a scale word, tried first ("7 mil millones" is one scale in two words, no "mil");
            # and "$10.4-billion", "a 2.5-million budget": the scale word as part of a compound
            # modifier (Canadian Press and Globe and Mail style), also before the compound's
            # unit ("a 1.8-million-year-old skull", "a 2.5-million-tonne crop"); else an abbreviation
            rf"(?:(?P<sw>(?:\s+{scale_w}\b)+|-{_alt(self.scale_words)}\b)"
            rf"|\s?(?P<ab>(?P<abl>{local_abbrevs})|{abbrevs})(?![^\W\d_])(?!\d))?"
        )
        # a currency code may be glued to the figure ("USD115m", "EUR40bn"); any other letter
        # before digits makes them part of a name or code ("A320", "F16")
        codes3 = "|".join(sorted(c for c in self.codes if len(c) == 3))
        # scientific notation: "1.3e6", "4.5e-3", "1.3 × 10^6", "2.48×10⁻⁵", "6.2x10-4" (after
        # "x10" a minus sign is the exponent's)
        sup = "⁰¹²³⁴⁵⁶⁷⁸⁹"
        exp = (rf"(?:[eE](?P<e1>[+\-−]?\d{{1,3}})(?![\w.])"
               rf"|\s?[x×]\s?10(?:\^(?P<e2>[+\-−]?\d{{1,3}})|(?P<e3>⁻?[{sup}]{{1,3}})|(?P<e4>[\-−]\d{{1,2}}))(?![\w.]))")
        # and so may a local symbol written in letters ("Rp58", "RM4.5bn", "R12m"; see _cldr)
        by_len: dict[int, list[str]] = {}
        dollar_letters: dict[int, list[str]] = {}
        for sym in self.local_prefixes + list(self.symbols):  # and "Rs2.5bn"
            # and a sign of letters with its abbreviating full stop, "Rs.450", "Bs.2.50" (read
            # after "Rs", ".450" would be a decimal fraction)
            if sym.isascii() and (sym.isalpha() or (sym[-1:] == "." and sym[:-1].isalpha())):
                by_len.setdefault(len(sym), []).append(re.escape(sym))
            elif re.fullmatch(r"\$[A-Z]{1,3}", sym):  # and "$US5m", "$A2bn"
                dollar_letters.setdefault(len(sym), []).append(re.escape(sym))
        glued = "".join(rf"|(?<=\b(?:{'|'.join(sorted(v))}))" for _, v in sorted(by_len.items()))
        glued += "".join(rf"|(?<=(?:{'|'.join(sorted(v))}))" for _, v in sorted(dollar_letters.items()))
        digitnum = (rf"(?P<dn>(?:(?<=\b(?:{codes3})){glued}|(?<![\w.,:/#@^])){digits}(?![\d])(?!,\d)(?!\.\d)(?!:\d)(?!/\d)"
                    rf"(?P<exp>{exp})?{mixed}{scale})")

        prefix_syms = _alt(list(self.symbols) + self.local_prefixes, flags_i=False)
        codes = _alt(self.codes, flags_i=False)
        prefix = rf"(?:(?P<ps>(?<![^\W\d_]){prefix_syms})\s?|(?P<pc>\b{codes})\s?)?"

        # English's names in any case ("Euros", "EUROS"); other languages' as written ("eura")
        names = _alt(k for k in self.names if k not in self.local_names)
        names += "|" + _alt(self.local_names, flags_i=False)
        scale_names = _alt(self.scale_names)
        # a union's sign that is also its name ("CFA") reads after the figure as the name, whose
        # longer forms ("CFA francs") the name alternative holds
        suffix_syms = _alt(list(self.suffix_symbols) + self.suffix_local, flags_i=False)
        minor = _alt(self.minor)
        #: the words other languages write after a figure for "per cent" (CLDR's unit patterns,
        #: data/cldr_percent_words.json), read as written: "Prozent", "procent", "por ciento"
        local_pct = _alt(load_json("cldr_percent_words.json")["words"], flags_i=False)
        minor_names = _alt(self.minor_names)
        suffix = (
            # another language's abbreviated scale's full stop before the currency ("4,5 Mio.
            # Euro", "1,2 Mrd. €"); after English's own ("4bn."), the full stop ends a sentence
            rf"(?:(?(abl)\.?)(?:(?P<ss>\s?{suffix_syms})(?![^\W\d_])(?!\d)"  # "two $100 bills": the sign is the next figure's
            # "48 million crowns", and as a compound's first part: "a 48 million-crown painting"
            # "9 U.S. cents", "60 euro cents": a minor unit after its country's word or its currency's name
            rf"|\s+(?P<mn>{minor_names})\b"
            # "7,3 millions d'euros", "40 millones de pesos", "12 millions of euros": a scale word
            # joined to the currency's name as French and Spanish join them (only after a scale
            # word: amounts._with_suffix)
            rf"|(?:\s+|(?<=[\d\w])-|\s+(?i:of|de)\s+|\s+(?i:d)['’]\s?)(?P<sn>{names})\b(?!-)"
            rf"|\s+(?P<sp>{scale_names})\b"
            rf"|\s?(?P<sc>{codes})\b"
            # "35¢": the cent sign ends the unit as a word's last letter does
            rf"|\s?(?P<mi>{minor})(?!\w)"
            # "41pc": British papers' short "per cent", glued to the figure (The Telegraph's style)
            # and another language's word for it, as CLDR writes it ("40 procent", "12 Prozent")
            rf"|(?P<pct>\s?%|\s?(?i:per\s?cent|percent|pct)\b|pc\b|\s{local_pct}(?![^\W\d_]))))?"
        )
        self.amount = re.compile(rf"{prefix}(?:{digitnum}|{self.wordnum}){suffix}")
        self.word_token = re.compile(rf"\b(?i:a\s+{frac}|{frac}|an|and|a|point|{word})\b")

        quals = sorted(self.qualifiers, key=len, reverse=True)
        qual_alt = "|".join(re.escape(q).replace(r"\ ", r"\s+") for q in quals if q not in self.local_qualifiers)
        # other languages' approximators as their dictionaries write them, in lower case ("knapp
        # 300"; "Knapp 312" is a name); English's in any case ("About 300")
        local_alt = "|".join(re.escape(q).replace(r"\ ", r"\s+") for q in quals if q in self.local_qualifiers)
        #: how far before a figure its qualifier can begin: the longest one and a few spaces
        self.qualifier_reach = max(24, max(map(len, quals)) + 4)
        self.qualifier_before = re.compile(rf"(?:^|(?<=[\s(\[\"'“‘]))(?P<q>(?i:{qual_alt}){'|' + local_alt if local_alt else ''})\s*$")
        self.neg_before = re.compile(
            rf"(?:(?:^|(?<=[\s(\[]))(?P<sign>[-−])|(?P<nw>\b{_alt(self.negative_words)})\s+)$"
        )
        # "plus or minus 3 points", "±3 points": a margin either way, written unsigned (a poll's
        # margin of error); but a "±" right after a figure is that figure's tolerance ("5.2 ± 0.3
        # kg"), no figure of its own
        self.margin_before = re.compile(r"(?:±|(?i:plus(?:\s+or\s+|\s*/\s*|-or-)minus))\s*$")
        self.tolerance_before = re.compile(r"\d\s?±\s?$")
        self.range_sep = re.compile(
            r"^(?:\s*[-–—]\s*(?:to\s+)?|\s+(?:to|through|thru)\s+|\s*[-–—]?\s*to\s+|\s+and\s+|\s+or\s+)$", re.I)
        # "a quarter of a", "three quarters of an", "half a", "half an": a fraction of one measure
        # unit ("a tenth of a percentage point", "half an hour"); and a bare "a"/"an" after a
        # qualifier ("nearly an hour", "more than a mile"). Kept only when a measure unit follows.
        self.frac_article = re.compile(
            rf"\b(?P<f>(?i:(?:a|one)\s+(?P<f1>{frac})\s+of|(?P<f2>{_alt(['two', 'three'])})\s+(?P<f3>{frac})\s+of"
            rf"|(?P<f4>half)))\s+(?i:an?)(?=\s+[^\W\d_])")
        self.article = re.compile(r"\b(?i:an?)(?=\s+[^\W\d_])")
        # "for an hour", "would take a month": an article is one unit of time where the word
        # before says the time is a length (numbers.json duration_article_before); not "a year of
        # talks", "a year ago", "a day's pay", "a week-long strike"
        self.duration_article_before = re.compile(rf"\b{_alt(nums['duration_article_before'])}\s+$")
        self.duration_article_after = re.compile(
            rf"\s+{_alt(nums['duration_article_units'])}\b(?![-‑'’])"
            rf"(?!\s+(?i:of|ago|earlier|later|before|after|since|from\s+now)\b)")
        # "a full month", "a whole year", "an extra week": an adjective of wholeness or of addition
        # between the article and the unit makes it a length wherever it stands (no date or idiom
        # is written so; "a full year ago" is a date reference, left out as above)
        self.length_adjective = re.compile(r"\s+(?i:full|whole|entire|extra|additional|further)(?=\s)")
        self.duration_article_length = re.compile(
            rf"{self.length_adjective.pattern}\s+{_alt(nums['duration_article_units'])}\b(?![-‑'’])"
            rf"(?!\s+(?i:of|ago|earlier|later|before|after|since|from\s+now)\b)")
        # "a decade and a half", "a minute and a half": an article before a unit of time and
        # "and a half" is a length wherever it stands ("after a decade and a half of talks",
        # "another decade and a half"), as no date or idiom is written so
        self.duration_and_a_half = re.compile(
            rf"\s+{_alt(nums['duration_article_units'])}\s+(?i:and)\s+(?i:a)\s+(?i:half)\b(?![-‑])")
        # "a third of voters", "cut by a fifth.": an article and a singular denominator are a
        # fraction where no noun follows ("a third term", "a fifth round" are ordinals): before
        # "of", a closing mark or a word that cannot be the noun an ordinal modifies; "year" and
        # "month" only in "year on year" ("for a fifth year" is the place in a series)
        singular = [d for d in self.denominators if not d.endswith(("s", "ves"))]
        self.article_fraction = re.compile(
            rf"\b(?i:an?)\s+(?P<den>{_alt(singular)})\b(?![-‑]\w)"
            rf"(?=\s+(?i:of)\b|\s*[,.;:!?)\]]|\s*$"
            rf"|\s+(?i:and|or|to|in|on|from|since|by|than|over|at|last|this|next|more|less)\b"
            rf"|\s+(?i:year|month)[\s-](?i:on)[\s-](?i:year|month)\b)")
        # "half of the staff", "half the town", "more than half.": "half" on its own is a fraction
        # where it quantifies a noun phrase or ends one; not a part of a period ("the first half
        # of 2027", "the second half"), "half a"/"half an" (a measure follows, see frac_article),
        # "a half" or a compound ("half-time")
        self.bare_half = re.compile(
            r"(?<![-‑])\b(?P<h>(?i:half))\b(?![-‑])"
            r"(?=\s+(?i:of|the|its|their|his|her|our|my|your|these|those|this|that)\b|\s*[,.;:!?)\]]|\s*$)")
        self.not_before_half = re.compile(r"\b(?i:an?|one|the|first|second|other|and|each|every|latter|former)\s+$")
        # "two thirds of a million": a fraction of a scale word
        self.of_a_scale = re.compile(rf"\s+(?i:of\s+an?)\s+(?P<s>{_alt(self.scale_words)})\b")
        # "a quarter-point cut", "a half-percentage-point rise": a fraction of one point
        self.frac_point = re.compile(
            rf"\b(?i:a|one)\s+(?P<f>{frac})[\s-](?P<pp>(?i:percentage)[\s-])?(?i:point)\b(?![-‑]?\w*s\b)")
        self.range_pre = re.compile(r"(?:^|(?<=[\s(\[]))(?P<p>between|from)\s+$", re.I)

        month_alt = "|".join(re.escape(m) for m in sorted(months, key=len, reverse=True))
        month_lo = "|".join(re.escape(m) for m in months_lower)
        mon = rf"(?:(?:{month_alt})\b\.?|(?:{month_lo})\b)"
        self.masks = re.compile(
            "|".join(
                [
                    r"\b(?:https?://|www\.)\S+",
                    # an e-mail address starts where its run of address characters does: tried
                    # at every character of a long run, it would cost time quadratic in the run
                    r"(?<![\w.+-])[\w.+-]+@[\w-]+\.[\w.]+",
                    # 2025-09-04, 5/17/2018, 04.09.2025, 3.8.0; and the clock time a timestamp
                    # writes after such a date ("Updated 04/09/2025 at 9.10", "04.09.2025, 14.30")
                    r"\b\d{1,4}([/.-])\d{1,2}\1\d{1,4}\b(?:,?[ \t]+(?:at[ \t]+)?(?:[01]?\d|2[0-4])[.:][0-5]\d\b)?",
                    r"\b\d{1,2}:\d{2}(?::\d{2})?(?:\s?(?i:[ap]\.?m\b\.?))?",  # 10:30, 10:30 pm
                    r"\b\d{1,2}\s?(?i:a\.m\.|p\.m\.|am\b|pm\b)",  # 5pm, 5 a.m.
                    # 7h45, 21h00: the clock time French- and Portuguese-speaking countries write
                    # with an "h" between hours and minutes (their English-language papers too)
                    r"\b(?:[01]?\d|2[0-4])h[0-5]\d\b",
                    # 19.10 BST, 14.30 CET, 16.00 local time: a clock time written with a full stop
                    r"\b(?:[01]?\d|2[0-4])\.[0-5]\d\s?(?:(?:GMT|UTC|BST|CET|CEST|EET|EEST|EST|EDT|CST|CDT|PST|PDT|ET|PT)\b"
                    r"|(?i:local\s+time|hrs)\b)",
                    r"\+\d[\d ().-]{7,}\d",  # +44 20 7946 0958
                    r"\(\d{3}\)\s?\d{3}[\s.-]\d{4}\b|\b\d{3}[.-]\d{3}[.-]\d{4}\b",  # (555) 123-4567
                    r"\b0\d{2,4}[ -]\d{3,4}[ -]?\d{3,4}\b",  # 020 7946 0958
                    # September 4 (a day of the month: "In January 40 ships docked" is a count)
                    rf"{mon}\s+(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?\b(?!\s*(?:%|[-–]\d|\.\d|,\d{{3}}))",
                    rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{mon}",  # 4 September
                ]
            )
        )
        # Where each scanning pattern can begin (see `_Starts`): the first words of its
        # alternatives, the characters (currency signs, vulgar fractions) and month names.
        all_symbols = list(self.symbols) + self.local_prefixes
        # a Latin-letter sign with a currency sign ("GH₵") begins with its letters
        word_led = [s if s.isascii() else "".join(ch for ch in s if ch.isascii())
                    for s in all_symbols if _LETTER.match(s)]
        char_led = [s for s in all_symbols if not _LETTER.match(s)]
        self.amount_words = first_words(["a", "an"], self.fractions, number_words, self.codes, word_led)
        if any(re.match(r"[\d_]", s) for s in char_led):
            self.amount_words = None  # a sign starting with a digit: scan everywhere
        self.amount_chars = re.compile("[" + re.escape("".join({s[0] for s in char_led} | set(VULGAR))) + "]")
        self.frac_article_words = first_words(["a", "one", "two", "three", "half"])
        self.article_words = first_words(["a", "an"])
        self.mask_words = first_words(["http", "https", "www"])
        self.mask_months = tuple(months) + tuple(months_lower)
        self.begin_words = frozenset().union(*(w or () for w in (
            self.amount_words, self.frac_article_words, self.article_words, self.mask_words)))


@lru_cache(maxsize=1)
def _tables() -> _Tables:
    return _Tables()


@lru_cache(maxsize=1)
def month_words_any_language() -> frozenset[str]:
    """Every full month name, in lower case, of the languages dateparser reads (Unicode CLDR:
    data/cldr_month_words.json): "maja", "ağustos", "février", "oktoba"."""
    from ..tables import table_entry

    return frozenset(w.lower() for w in table_entry("cldr_month_words.json", "words") if not w[:1].isdigit())


def currency_codes() -> frozenset:
    """Every ISO 4217 code the number grammar reads before or after a figure: currencies.json's
    and CLDR's current codes (data/cldr_currencies.json)."""
    return frozenset(_tables().codes)


#: Unicode vulgar fractions ('2½ hours', '½ teaspoon').
VULGAR = {"½": Decimal(1) / 2, "¼": Decimal(1) / 4, "¾": Decimal(3) / 4, "⅓": Decimal(1) / 3, "⅔": Decimal(2) / 3,
          "⅛": Decimal(1) / 8, "⅜": Decimal(3) / 8, "⅝": Decimal(5) / 8, "⅞": Decimal(7) / 8,
          "⅕": Decimal(1) / 5, "⅖": Decimal(2) / 5, "⅗": Decimal(3) / 5, "⅘": Decimal(4) / 5, "⅙": Decimal(1) / 6,
          "⅚": Decimal(5) / 6, "⅐": Decimal(1) / 7, "⅑": Decimal(1) / 9, "⅒": Decimal(1) / 10}
