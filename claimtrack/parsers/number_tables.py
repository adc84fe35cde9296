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

from ..tables import country_names, load_json
from . import lexicon
from .scan import first_words

#: the marks a word's apostrophe is typed as: ASCII, the typographer's quotes, the ʻokina of
#: Polynesian words ("paʻanga", "pa'anga", "pa’anga" are one word)
_APOSTROPHE = re.compile("[\u0027\u2018\u2019\u02bb\u02bc]")


def _word_re(word: str) -> str:
    """`word` escaped for a pattern, its apostrophe matching each way one is typed."""
    return _APOSTROPHE.sub("[\u0027\u2018\u2019\u02bb\u02bc]", re.escape(word))


def form_key(written: str) -> str:
    """The key of a written currency name in the tables: lower case, single spaces, the ASCII
    apostrophe ("Pa’anga" -> "pa'anga")."""
    return _APOSTROPHE.sub("'", re.sub(r"\s+", " ", written.lower()))


def _alt(words, flags_i: bool = True) -> str:
    items = sorted({w for w in words if w}, key=lambda w: (-len(w), w))
    body = "|".join(_word_re(w).replace(r"\ ", r"\s+") for w in items)
    return f"(?i:{body})" if flags_i else f"(?:{body})"


class _Tables:
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
        #: the money-only letters that scale any figure glued to them ("10M subscribers")
        self.glued_abbrevs = dict(nums["scale_abbrevs_glued"])
        #: every scale written after a figure, abbreviated or in words ("bn", "m", "million")
        self.scale_alt = _alt(list(self.scale_abbrevs) + list(self.money_abbrevs) + list(self.scale_words), flags_i=False)
        self.fractions = {k.lower(): v for k, v in nums["fractions"].items()}
        self.negative_words = [w.lower() for w in nums["negative_words"]]
        self.denominators = {k.lower(): v for k, v in nums.get("denominators", {}).items()}
        self.denominator_after = re.compile(rf"^[\s-]+(?P<den>{_alt(self.denominators)})\b(?![-‑]\w)")
        #: "... and a half", "... and three fifths": the fractional part after a whole number
        small = {k: v for k, v in self.units.items() if 1 <= v <= 19}
        self.fraction_tail = re.compile(
            rf"(?i:and)\s+(?P<num>(?i:an?|{_alt(small)}))[\s-]+(?P<den>(?i:{_alt(self.denominators)}))\b(?![-‑]\w)")
        self._country_codes: Optional[dict[str, Optional[str]]] = None
        self.symbols = dict(cur["symbols"])
        self.suffix_symbols = dict(cur["suffix_symbols"])
        for sign, code in self.suffix_symbols.items():
            # a currency sign (one Unicode Sc character) written after the figure in its own
            # country ("2,40 ₾") comes before it in English ("₾2.40", "₡500", "₭9,000")
            if len(sign) == 1 and unicodedata.category(sign) == "Sc":
                self.symbols.setdefault(sign, code)
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
        self.currency_written = [(k, re.I if k.startswith("\\b") else 0, v) for k, v in written.items()]  # compiled: money_context
        self._national(cur)
        units = load_json("units.json")
        self.attached_units = frozenset(units["symbols"]) | frozenset(
            k for k in units["symbols"] if "/" not in k) | frozenset(self.money_abbrevs)
        self.attached_units_lower = frozenset(k.lower() for k in units["names"]) | frozenset(
            k.lower() for k in self.minor)
        self.qualifiers = {re.sub(r"\s+", " ", k.lower()): v for k, v in qual["qualifiers"].items()}
        self.change_words = frozenset(w.lower() for w in qual["change_words"])
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
        f_tail = rf"\s+(?i:and)\s+(?:(?i:an?)|{_alt(small)})[\s-]+{_alt(self.denominators)}\b(?![-‑]\w)"
        w_tail = rf"(?:{f_tail}|(?:\s+(?i:and)\s+|\s*-\s*|\s+)(?:{word}|(?i:a\s+){frac})\b)*"
        # spoken decimals: "two point five", "one point seven five million"
        digit = _alt(w for w, v in self.units.items() if v <= 9)
        w_point = rf"(?:\s+(?i:point)(?:\s+{digit}\b)+(?:\s+{_alt(self.scale_words)}\b)?)?"
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
        # "3 million", "2 hundred", "3 dozen" (a multiplier scales digits as it scales words)
        scale_w = _alt(list(self.scale_words) + list(self.hundred) + list(self.multipliers) + list(self.foreign_scales))
        scale = (
            rf"(?:\s?(?P<ab>{abbrevs})(?![^\W\d_])(?!\d)"
            # and "$10.4-billion", "a 2.5-million budget": the scale word as part of a compound
            # modifier (Canadian Press and Globe and Mail style), also before the compound's
            # unit ("a 1.8-million-year-old skull", "a 2.5-million-tonne crop")
            rf"|(?P<sw>(?:\s+{scale_w}\b)+|-{_alt(self.scale_words)}\b))?"
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
            if sym.isascii() and sym.isalpha():
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

        names = _alt(self.names)
        scale_names = _alt(self.scale_names)
        # a union's sign that is also its name ("CFA") reads after the figure as the name, whose
        # longer forms ("CFA francs") the name alternative holds
        suffix_syms = _alt(list(self.suffix_symbols) + self.suffix_local, flags_i=False)
        minor = _alt(self.minor)
        minor_names = _alt(self.minor_names)
        suffix = (
            rf"(?:(?P<ss>\s?{suffix_syms})(?![^\W\d_])(?!\d)"  # "two $100 bills": the sign is the next figure's
            # "48 million crowns", and as a compound's first part: "a 48 million-crown painting"
            # "9 U.S. cents", "60 euro cents": a minor unit after its country's word or its currency's name
            rf"|\s+(?P<mn>{minor_names})\b"
            rf"|(?:\s+|(?<=[\d\w])-)(?P<sn>{names})\b(?!-)"
            rf"|\s+(?P<sp>{scale_names})\b"
            rf"|\s?(?P<sc>{codes})\b"
            rf"|\s?(?P<mi>{minor})\b"
            # "41pc": British papers' short "per cent", glued to the figure (The Telegraph's style)
            rf"|(?P<pct>\s?%|\s?(?i:per\s?cent|percent|pct)\b|pc\b))?"
        )
        self.amount = re.compile(rf"{prefix}(?:{digitnum}|{self.wordnum}){suffix}")
        self.word_token = re.compile(rf"\b(?i:a\s+{frac}|{frac}|an|and|a|point|{word})\b")

        quals = sorted(self.qualifiers, key=len, reverse=True)
        qual_alt = "|".join(re.escape(q).replace(r"\ ", r"\s+") for q in quals)
        #: how far before a figure its qualifier can begin: the longest one and a few spaces
        self.qualifier_reach = max(24, max(map(len, quals)) + 4)
        self.qualifier_before = re.compile(rf"(?:^|(?<=[\s(\[\"'“‘]))(?P<q>(?i:{qual_alt}))\s*$")
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
        # "a year and a half", "an hour and a half": an article before a unit of time and "and a
        # half" is a length wherever it stands ("after a year and a half of talks", "another
        # year and a half"), as no date or idiom is written so
        self.duration_and_a_half = re.compile(
            rf"\s+{_alt(nums['duration_article_units'])}\s+(?i:and)\s+(?i:a)\s+(?i:half)\b(?![-‑])")
        # "a third of voters", "cut by a fifth.": an article and a singular denominator are a
        # fraction where no noun follows ("a third term", "a fifth round" are ordinals): before
        # "of", a closing mark or a word that cannot be the noun an ordinal modifies
        singular = [d for d in self.denominators if not d.endswith(("s", "ves"))]
        self.article_fraction = re.compile(
            rf"\b(?i:an?)\s+(?P<den>{_alt(singular)})\b(?![-‑]\w)"
            rf"(?=\s+(?i:of)\b|\s*[,.;:!?)\]]|\s*$"
            rf"|\s+(?i:and|or|to|in|on|from|since|by|than|over|at|last|this|next|more|less|year|month)\b)")
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


    def _add_local_signs(self, cur: dict) -> None:
        """The hand table's local signs ("TL"), where CLDR has none for that territory."""
        for sign, by_country in cur.get("local_signs", {}).items():
            if sign not in self.symbols and sign not in self.suffix_symbols:
                self.local_symbols[sign] = {**by_country, **self.local_symbols.get(sign, {})}

    def _full_stop_forms(self) -> None:
        """A local sign of letters with and without an abbreviating full stop is one sign."""
        for sym in [s for s in self.local_symbols if s.endswith(".") and s[:-1].isalpha() and len(s) > 2]:
            # a sign CLDR writes with an abbreviating full stop is written without it as well
            # ("Nu 300" for CLDR's "Nu."), where the bare letters are no sign or code of their own
            bare = sym[:-1]
            if bare not in self.symbols and bare not in self.suffix_symbols and bare not in self.codes:
                self.local_symbols.setdefault(bare, {})
        for sym in [s for s in self.local_symbols if s.isalpha() and len(s) > 1 and s not in self.word_codes]:
            # and a sign of letters CLDR writes bare is written with an abbreviating full stop as
            # well ("Bs. 3.50" for CLDR's "Bs", "Rp. 500" for "Rp"), where that is no sign of its own
            if sym + "." not in self.symbols and sym + "." not in self.suffix_symbols:
                self.local_symbols.setdefault(sym + ".", {})
        for sym in [s for s in self.local_symbols if s.endswith(".") and s[:-1] in self.local_symbols]:
            # "kr" and "kr." are one sign (a sentence's full stop may end either)
            both = {**self.local_symbols[sym[:-1]], **self.local_symbols[sym]}
            self.local_symbols[sym] = self.local_symbols[sym[:-1]] = both

    def _add_word_codes(self, cldr: dict) -> None:
        """The ISO 4217 code of a currency that is also an English word ("CUP", "TOP", "MAD": no
        code anywhere, see `codes`), in capitals after a figure, is that currency in a story
        about its country ("380 CUP" in Havana), as a local symbol is; not before one, where a
        headline in capitals writes the word ("ALL 40 MINERS SAFE"): `word_codes`."""
        self.word_codes: set[str] = set()
        by_code: dict[str, dict[str, str]] = {}
        for part in ("nouns", "symbols", "abbreviations"):
            for by_country in cldr.get(part, {}).values():
                for terr, code in by_country.items():
                    by_code.setdefault(code, {})[terr] = code
        for code, by_country in sorted(by_code.items()):
            if code.isupper() and code not in self.codes and code not in self.symbols and code not in self.local_symbols:
                self.local_symbols[code] = by_country
                self.word_codes.add(code)

    def _cldr(self, cur: dict) -> dict:
        """Add CLDR's currencies (data/cldr_currencies.json, built by data/tools/cldr_money.py
        from Babel): every English display name of a current currency ("Romanian lei"); every
        current ISO 4217 code that is no English word ("UGX", "XOF"; not "TOP"); each bare
        currency noun ("lei", "won", "kronor") as a national noun read from the story's country;
        each territory's local symbols ("Rp", "RM", "kr", "zł") read the same way. The hand
        table (currencies.json) wins where both name a form. Returns `cur` with the CLDR nouns
        added to its national nouns."""
        cldr = load_json("cldr_currencies.json")
        #: bare nouns whose commonest English sense is no money ("dram", "kip", "sol"): read only
        #: in a story about their country, never as the one currency of the noun elsewhere
        self.story_nouns = frozenset(cldr.get("story_nouns", ()))
        for sign, code in cldr.get("world_symbols", {}).items():
            self.symbols.setdefault(sign, code)  # "EC$450", "MX$90": one currency wherever the story is
        for sign, code in cldr.get("world_symbols", {}).items():
            # a sign's letters are written in capitals as well ("Bds$" and "BDS$"), where those
            # capitals are no other sign
            self.symbols.setdefault(sign.upper(), code)
        for name, code in cldr["full_names"].items():
            self.names.setdefault(name, code)
        for code in cldr.get("codes", ()):
            self.codes.setdefault(code, code)  # "UGX 2.5bn", "XOF 5,000": every current ISO 4217 code
        #: "MSEK 120", "48.5 MEUR": a code after an M, the currency in millions (company reports)
        self.million_codes = frozenset(c for c in cldr.get("million_codes", ()) if c not in self.codes)
        for code in self.million_codes:
            self.codes[code] = self.codes.get(code[1:], code[1:])
        cur = dict(cur)
        national = dict(cur.get("national", {}))
        hand_noun = {f.lower(): n for n, e in national.items() for f in e["forms"]}
        by_document = list(cur.get("by_document", []))
        for noun, by_country in cldr["nouns"].items():
            if noun in self.minor:
                continue
            if self.names.get(noun) and len(set(by_country.values())) == 1:
                continue  # a name that says its currency on its own ("ringgit", "euros")
            if self.names.get(noun) == "USD":
                continue  # English-language news gives foreign amounts in US dollars: bare
                #           "dollars" stay USD in a story about Singapore or Canada
            # a noun of one currency only read from the story ("lei"), or of several, the hand
            # table's the default ("dirhams" are AED unless the story is about Morocco)
            key = hand_noun.get(noun)
            if key is None:
                key = noun
                national[noun] = {"forms": [noun], "by_country": dict(by_country)}
            elif any(terr not in national[key]["by_country"] for terr in by_country):
                # CLDR's other territories of the noun join the hand table's ("francs" in a
                # story about Senegal are XOF, in one about New Caledonia XPF); the hand table
                # wins where both name a territory
                national[key] = {**national[key], "by_country": {**by_country, **national[key]["by_country"]}}
            if key not in by_document:
                by_document.append(key)
        union_symbols = self._unions(cur, cldr, national, by_document)
        cur["national"] = national
        cur["by_document"] = by_document
        #: symbol -> {territory: code}: a story's local currency symbols, read only in a story
        #: about one of those territories (`amounts._DocCtx.code_in_story`)
        self.local_symbols = {s: dict(v) for s, v in cldr["symbols"].items()
                              if s not in self.symbols and s not in self.suffix_symbols}
        self.local_symbols.update(union_symbols)
        #: a sign the hand table reads as one currency anywhere that CLDR's locales of other
        #: territories write for their own ("C$": the Canadian dollar, and Nicaragua's cordoba;
        #: "¥": the yen, and China's yuan): read as that territory's in a story about it
        #: (`amounts._sign_before`; "$" and "Rs" have their own readers). A currency at par with
        #: the sign's own (currency_pegs.json: Gibraltar's pound and sterling) stays the sign's own.
        pegs = load_json("currency_pegs.json")["pegs"]
        self.home_signs = {s: {terr: c for terr, c in cldr["symbols"].get(s, {}).items()
                               if c != code and not (c in pegs and pegs[c]["anchor"] == code and pegs[c]["rate"] == 1)}
                           for s, code in [*self.symbols.items(), *self.suffix_symbols.items()]
                           if s != "$" and s not in self.symbol_nouns}
        self.home_signs = {s: by_country for s, by_country in self.home_signs.items() if by_country}
        self._add_local_signs(cur)
        self._add_word_codes(cldr)
        self._full_stop_forms()
        #: those written before the figure too: signs ("₸") and ASCII letters ("Rp", "RM", "R");
        #: letters of other alphabets ("Kč", "zł") follow the figure in the languages that use them
        self.local_prefixes = [s for s in self.local_symbols if (s.isascii() or not _LETTER.match(s) or _latin_sign(s))
                               and s not in self.word_codes]
        #: the signs read after the figure ("250 kr"): CLDR's, not the abbreviations below ("50 K"
        #: is fifty thousand)
        self.suffix_local = [s for s in self.local_symbols if s.lower() not in self.union_forms]
        #: CLDR's own territories of each local symbol: a sign of one currency wherever CLDR lists
        #: it ("R": the rand) is read in a story that names no country (`_DocCtx.only_currency_of`)
        self.cldr_local = {s: dict(v) for s, v in self.local_symbols.items()}
        # the letters local news writes before a national currency's figure, formed as CLDR's own
        # letter symbols are ("Tk" taka, "KSh", "Ush", "K" for the kwacha): read like a local symbol
        for sign, by_country in cldr.get("abbreviations", {}).items():
            if sign in self.symbols or sign in self.suffix_symbols or sign in self.codes:
                continue
            entry = self.local_symbols.setdefault(sign, {})
            for terr, code in by_country.items():
                entry.setdefault(terr, code)
            if sign not in self.local_prefixes:
                self.local_prefixes.append(sign)
        self._national_dollars(cldr["nouns"].get("dollar", {}))
        #: territory -> its dollar (CLDR's tender, "dollar" noun): a bare "$" in a story about one
        self.dollar_countries = dict(cldr["nouns"].get("dollar", {}))
        return cur

    def _unions(self, cur: dict, cldr: dict, national: dict, by_document: list) -> dict[str, dict[str, str]]:
        """A monetary union's shared name ("CFA francs": XOF or XAF, currencies.json `unions`) as
        a national noun read from the story's country, over the territories where CLDR lists one
        of the union's codes as tender for its noun; returns its signs ("FCFA") -> those
        territories, read the same way."""
        signs: dict[str, dict[str, str]] = {}
        self.union_forms = frozenset(f.lower() for e in cur.get("unions", {}).values() for f in e["forms"])
        for name, entry in cur.get("unions", {}).items():
            codes = set(entry["codes"])
            tender = {t: c for t, c in cldr["nouns"].get(entry["noun"], {}).items() if c in codes}
            if not tender:
                continue
            national[name] = {"forms": list(entry["forms"]), "by_country": tender}
            if name not in by_document:
                by_document.append(name)
            for sign in entry.get("symbols", []):
                signs[sign] = dict(tender)
        return signs

    def _national_dollars(self, dollar: dict) -> None:
        """'J$2.3 billion', 'TT$40', 'N$15 million': a dollar sign after letters that name the
        country whose own dollar it is. ISO 4217 begins a national currency's code with its
        country's ISO 3166 alpha-2 code (JMD, Jamaica's JM), so of CLDR's dollar territories those
        whose currency code so begins (not the US dollar a territory uses) each give two
        prefixes: the alpha-2 code ("JM$") and the initials of the English name in
        countries.json ("J$", "TT$" for Trinidad and Tobago); its whole ISO code ("NZD$", and
        "USD$") is one more. A prefix several countries share ("B$": the Bahamas, Barbados,
        Belize, Bermuda, Brunei) is a local sign, read as the dollar of the one of them the
        story is about (`_DocCtx.code_in_story`; `shared_dollars`: with none, the figure is read
        without the sign); signs the tables already give ("C$", "S$", "T$") keep their reading."""
        names = {iso2: word for word, kind, iso2 in country_names() if kind == "name"}
        found: dict[str, dict[str, str]] = {}
        for iso2, code in dollar.items():
            if not code.startswith(iso2):
                continue
            words = [w for w in re.split(r"[\s-]+", names.get(iso2, "")) if w and w.lower() not in ("and", "of", "the")]
            # and the whole ISO code before the sign ("NZD$30", "JMD$ 400")
            for prefix in {iso2, code, "".join(w[0] for w in words).upper()} - {""}:
                found.setdefault(prefix + "$", {})[iso2] = code
        found.setdefault("USD$", {})["US"] = "USD"
        #: dollar prefixes of several countries ("B$"): the sign of the story's country's dollar
        self.shared_dollars: frozenset[str] = frozenset()
        for sym, by_country in found.items():
            if sym in self.symbols or sym in self.local_symbols:
                continue
            codes = set(by_country.values())
            if len(codes) == 1:
                self.symbols[sym] = codes.pop()
            else:
                self.local_symbols[sym] = dict(by_country)
                self.local_prefixes.append(sym)
                self.shared_dollars |= {sym}

    def country_code(self, country: Optional[str]) -> Optional[str]:
        """A country's ISO 3166-1 alpha-2 code from its code or its name in data/countries.json
        ("New Zealand" -> "NZ"), else from pycountry's names of the territories the table leaves
        out ("Cook Islands" -> "CK": its plain "$" is the New Zealand dollar); else None."""
        if not country or not isinstance(country, str):
            return None
        if self._country_codes is None:
            codes = {iso2: iso2 for _w, _k, iso2 in country_names()}
            codes.update({w: iso2 for w, kind, iso2 in country_names() if kind in ("name", "alias")})
            self._country_codes = codes
        if country in self._country_codes or len(country) <= 3:
            return self._country_codes.get(country)
        import pycountry
        try:
            code: Optional[str] = pycountry.countries.lookup(country.strip()).alpha_2
        except LookupError:
            code = None
        self._country_codes[country] = code
        return code

    def _minor_names(self, cur: dict, words: dict[str, set[str]]) -> None:
        """A country's word before a minor unit of its currency ("9 U.S. cents", "40 Fijian
        cents") or a one-word name of that currency ("60 euro cents"): `minor_names`, "<word>
        <unit>" -> (code, how many make the major unit)."""
        self.minor_names: dict[str, tuple[str, int]] = {}
        for entry in cur.get("national", {}).values():
            for iso2, code in entry["by_country"].items():
                for form, unit in self.minor.items():
                    of = self.minor_of.get(unit) if len(form) > 1 else None
                    if of is None or code not in of["currencies"]:
                        continue
                    for w in words.get(iso2, ()):
                        self.minor_names.setdefault(form_key(f"{w} {form}"), (code, int(of["per"])))
        for name, code in list(self.names.items()):
            for form, unit in self.minor.items():
                of = self.minor_of.get(unit) if len(form) > 1 and code and " " not in name else None
                if of is not None and code in of["currencies"]:
                    self.minor_names.setdefault(form_key(f"{name} {form}"), (code, int(of["per"])))
        for sign, code in list(self.symbols.items()):  # "42 HK cents", "80 NZ cents": a sign's letters
            letters = re.fullmatch(r"([A-Z]{2,3})\$", sign)
            for form, unit in self.minor.items() if letters else ():
                of = self.minor_of.get(unit) if len(form) > 1 else None
                if of is not None and code in of["currencies"]:
                    self.minor_names.setdefault(form_key(f"{letters.group(1)} {form}"), (code, int(of["per"])))

    def _national(self, cur: dict) -> None:
        """'Pakistani rupees' -> PKR: a country's name/alias/demonym + a national currency noun;
        and what a bare 'rupees' needs to take its code from the country a document is about."""
        words: dict[str, set[str]] = {}  # iso2 -> words naming the country
        for word, kind, iso2 in country_names():
            if kind != "capital":
                words.setdefault(iso2, set()).add(word)
        for w, iso2 in cur.get("place_words", {}).items():
            words.setdefault(iso2, set()).add(w)
        self.noun_of_form: dict[str, str] = {}
        self.national = {}
        for noun, entry in cur.get("national", {}).items():
            self.national[noun] = dict(entry["by_country"])
            for form in entry["forms"]:
                self.noun_of_form[form.lower()] = noun
                for iso2, code in entry["by_country"].items():
                    for w in words.get(iso2, ()):
                        key = re.sub(r"\s+", " ", f"{w} {form}".lower())
                        self.names.setdefault(key, code)
        self._minor_names(cur, words)
        self.by_document = frozenset(cur.get("by_document", []))
        #: the scan pattern of a currency name (`currency_written`) -> the shared noun it writes
        self.written_noun = {rf"\b{_word_re(k)}\b": n for k, n in self.noun_of_form.items()}
        # bare forms of by-document nouns are scanned as names; unresolved ones stay counted nouns
        self.doc_only_names = frozenset(
            f.lower() for n in self.by_document for f in cur["national"][n]["forms"] if f.lower() not in self.names)
        for f in self.doc_only_names:
            self.names[f] = None
            # and scanned as a written currency too ("25 pesos and 50 centavos": the centavos are
            # the pesos' of the story's country, `_DocCtx.currency_near`), read from the story
            self.currency_written.append((rf"\b{_word_re(f)}\b", re.I, None))
        # each name is looked up by its `form_key` too ("pa'anga" for CLDR's "paʻanga")
        for table in (self.names, self.noun_of_form):
            for k in list(table):
                table.setdefault(form_key(k), table[k])
        doc_isos = {iso for n in self.by_document for iso in self.national[n]}
        doc_isos |= {iso for by_country in self.local_symbols.values() for iso in by_country}
        self.country_of_word: dict[str, str] = {}
        for word, _kind, iso2 in country_names():
            if iso2 in doc_isos and len(word) > 2:
                self.country_of_word[word] = iso2
        alt = "|".join(re.escape(w) for w in sorted(self.country_of_word, key=len, reverse=True))
        # the first letters a name can begin with, checked first: the scan of a whole text
        # then tries the names only where one can begin (same matches, about 4x faster)
        firsts = "".join(sorted({re.escape(w[0]) for w in self.country_of_word}))
        self.country_re = re.compile(rf"\b(?=[{firsts}])(?:{alt})\b") if alt else None
        rule = cur.get("pound_rule", {})
        self.pound_money_from = Decimal(str(rule.get("money_from", 1000)))
        self.pound_weight = frozenset(w.lower() for w in rule.get("weight_cues", []))
        self.pound_money = frozenset(w.lower() for w in rule.get("money_cues", []))
        self.pound_doc = tuple(rule.get("money_in_document", []))


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
_LETTER = re.compile(r"[^\W\d_]")


def _latin_sign(sym: str) -> bool:
    """Latin letters with a currency sign ("GH₵", "E£"): written before the figure, like "$"."""
    return (any(unicodedata.category(ch) == "Sc" for ch in sym)
            and all(ch.isascii() or unicodedata.category(ch) == "Sc" for ch in sym))
