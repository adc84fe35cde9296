"""The currency half of the number parser's tables (`number_tables._Tables`): how news writes
money, from the hand table (data/currencies.json) and the Unicode CLDR (data/cldr_currencies.json):
local signs read from the story's country, national nouns, monetary unions, national dollars,
minor units. Moved out of `number_tables` (which builds the grammar from them) unchanged.
"""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal
from typing import Optional

from ..tables import country_names, load_json

#: the marks a word's apostrophe is typed as: ASCII, the typographer's quotes, the ʻokina of
#: Polynesian words ("paʻanga", "pa'anga", "pa’anga" are one word)
_APOSTROPHE = re.compile("[\u0027\u2018\u2019\u02bb\u02bc]")
_LETTER = re.compile(r"[^\W\d_]")


def _word_re(word: str) -> str:
    """`word` escaped for a pattern, its apostrophe matching each way one is typed."""
    return _APOSTROPHE.sub("[\u0027\u2018\u2019\u02bb\u02bc]", re.escape(word))


def form_key(written: str) -> str:
    """The key of a written currency name in the tables: lower case, single spaces, the ASCII
    apostrophe ("Pa’anga" -> "pa'anga")."""
    return _APOSTROPHE.sub("'", re.sub(r"\s+", " ", written.lower()))


def minor_per(of: dict, code: str) -> int:
    """How many of the minor unit described by `of` (data/currencies.json minor_of) make one of
    `code`: the unit's own count for that currency ("fils": 1000 of a dinar, 100 of a dirham),
    else the unit's."""
    return int(of.get("per_currency", {}).get(code, of["per"]))


def _latin_sign(sym: str) -> bool:
    """Latin letters with a currency sign ("GH₵", "E£"): written before the figure, like "$"."""
    return (any(unicodedata.category(ch) == "Sc" for ch in sym)
            and all(ch.isascii() or unicodedata.category(ch) == "Sc" for ch in sym))


class CurrencyTables:
    """The currency tables' builders, mixed into `number_tables._Tables` (they read and set its
    attributes: `symbols`, `codes`, `local_symbols`, `national`...)."""

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
        about its country ("380 CUP" in Havana), as a local symbol is; before one, as a local
        symbol is too, only where the figure is one only money takes (`money_only_signs`: "MOP 35
        million", "MAD 4.50"), as a headline in capitals writes the word before a count ("ALL 40
        MINERS SAFE"): `word_codes`."""
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

    def _capital_forms(self, cldr: dict) -> None:
        """A territory's CLDR letter symbol of three letters or more in mixed case ("Fdj", "Ksh",
        "TSh") is set in capitals as well, as the press sets abbreviations ("13 billion FDJ" in
        Djibouti, "500 KSH" in Nairobi): the same sign in a story about its territory, where the
        capitals are no code or sign of their own; after a figure only, as a code that is a word
        is (`word_codes`: a headline in capitals writes words before its figures)."""
        for sym, by_country in cldr["symbols"].items():
            upper = sym.upper()
            if (len(sym) > 2 and sym.isascii() and sym.isalpha() and sym[0].isupper() and upper != sym
                    and upper not in self.codes
                    and upper not in self.symbols and upper not in self.suffix_symbols and upper not in self.local_symbols):
                self.local_symbols[upper] = dict(by_country)
                self.word_codes.add(upper)

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
        # the euro as the languages of the countries paying in it write it after a figure ("18
        # eura", "300 eurų": data/cldr_local_currency_names.json, each naming one currency only),
        # read as CLDR writes them, in lower case: "Euroa" is a town in Victoria, "300 Euroa homes"
        #: names of other languages read only as written (number_tables: case-sensitive patterns)
        self.local_names = frozenset(name for name in load_json("cldr_local_currency_names.json")["names"]
                                     if name not in self.names)
        for name, by_country in load_json("cldr_local_currency_names.json")["names"].items():
            self.names.setdefault(name, next(iter(by_country.values())))
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
        # the cedi sign typed as its lookalike, the cent sign: "GH¢" for CLDR's "GH₵" (the cent
        # sign is on keyboards, U+20B5 is not); never the cent sign alone ("50¢" is cents)
        for sym in [s for s in self.symbols if "₵" in s and s != "₵"]:
            self.symbols.setdefault(sym.replace("₵", "¢"), self.symbols[sym])
        for sym in [s for s in self.local_symbols if "₵" in s and s != "₵"]:
            self.local_symbols.setdefault(sym.replace("₵", "¢"), dict(self.local_symbols[sym]))
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
        self._capital_forms(cldr)
        self._full_stop_forms()
        #: those written before the figure too: signs ("₸") and ASCII letters ("Rp", "RM", "R");
        #: letters of other alphabets ("Kč", "zł") follow the figure in the languages that use them
        self.local_prefixes = [s for s in self.local_symbols if (s.isascii() or not _LETTER.match(s) or _latin_sign(s))
                               and s not in self.word_codes]
        #: the signs read after the figure ("250 kr"): CLDR's, not the abbreviations below ("50 K"
        #: is fifty thousand), nor the hand table's signs that are a unit there ("40,000 MT"
        #: is a metric ton, currencies.json `local_signs_before_only`)
        before_only = set(cur.get("local_signs_before_only", ()))
        self.suffix_local = [s for s in self.local_symbols if s.lower() not in self.union_forms
                             and s.rstrip(".") not in before_only]
        #: CLDR's own territories of each local symbol: a sign of one currency wherever CLDR lists
        #: it ("R": the rand) is read in a story that names no country (`_DocCtx.only_currency_of`)
        self.cldr_local = {s: dict(v) for s, v in self.local_symbols.items()}
        # the letters local news writes before a national currency's figure, formed as CLDR's own
        # letter symbols are ("Tk" taka, "KSh", "Ush", "K" for the kwacha): read like a local symbol
        #: the two-capital issuer forms of shared currencies ("JD"): money only before a figure
        #: only money takes (a scale, decimals, a thousands group), as "SF 2" is a channel
        #: and so are the codes that are English words ("MOP 35 million", "MAD 4.50" in a story
        #: about Macau or Morocco; "ALL 40 MINERS SAFE" is a headline's words): `word_codes`
        self.money_only_signs = frozenset(cldr.get("money_only_abbreviations", ())) | frozenset(self.word_codes)
        self.local_prefixes += sorted(c for c in self.word_codes if c not in self.local_prefixes)
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
        #: territory -> the currency its own locales write with a plain "$" though it is no
        #: dollar (CLDR's local symbols: the Mexican, Chilean, Colombian ... pesos)
        self.sign_countries = {terr: code for terr, code in cldr["symbols"].get("$", {}).items()
                               if terr not in self.dollar_countries and code != "USD"}
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
        "USD$") is one more, and so are the initials of the currency's name, the country's and
        the "D" of "dollar" ("JD$" Jamaica's; "BD$" several countries'). A prefix several
        countries share ("B$": the Bahamas, Barbados, Belize, Bermuda, Brunei) is a local sign,
        read as the dollar of the one of them the story is about (`_DocCtx.code_in_story`;
        `shared_dollars`: with none, the figure is read without the sign); signs the tables already give ("C$", "S$", "T$") keep their reading."""
        names = {iso2: word for word, kind, iso2 in country_names() if kind == "name"}
        found: dict[str, dict[str, str]] = {}
        for iso2, code in dollar.items():
            if not code.startswith(iso2):
                continue
            words = [w for w in re.split(r"[\s-]+", names.get(iso2, "")) if w and w.lower() not in ("and", "of", "the")]
            # and the whole ISO code before the sign ("NZD$30", "JMD$ 400")
            initials = "".join(w[0] for w in words).upper()
            for prefix in {iso2, code, initials, initials and initials + "D"} - {""}:
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
                        self.minor_names.setdefault(form_key(f"{w} {form}"), (code, minor_per(of, code)))
        for name, code in list(self.names.items()):
            for form, unit in self.minor.items():
                of = self.minor_of.get(unit) if len(form) > 1 and code and " " not in name else None
                if of is not None and code in of["currencies"]:
                    self.minor_names.setdefault(form_key(f"{name} {form}"), (code, minor_per(of, code)))
        for sign, code in list(self.symbols.items()):  # "42 HK cents", "80 NZ cents": a sign's letters
            letters = re.fullmatch(r"([A-Z]{2,3})\$", sign)
            for form, unit in self.minor.items() if letters else ():
                of = self.minor_of.get(unit) if len(form) > 1 else None
                if of is not None and code in of["currencies"]:
                    self.minor_names.setdefault(form_key(f"{letters.group(1)} {form}"), (code, minor_per(of, code)))

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
