#!/usr/bin/env python3
"""Build claimtrack/data/cldr_currencies.json: every way English news writes a currency that is
legal tender today, from the Unicode CLDR as Babel ships it, with one filter from WordNet.

- `full_names`: the English display names of each current currency, singular and plural (CLDR's
  count forms), in every English locale CLDR has ("South Korean won", "Romanian lei", "Swedish
  kronor", "Indonesian rupiahs"), lower-cased, each naming one ISO 4217 code.
- `nouns`: the currency noun of those names without its country adjective ("won", "lei",
  "kronor", "ringgits"), with the territories whose tender it is (ISO 3166 alpha-2 -> ISO 4217).
  A bare noun names a currency only in a story about one of those countries (the reader in
  claimtrack.parsers.amounts decides that, as it does for "rupees"). A noun is kept only when
  money is its commonest noun sense in WordNet 3.0 (the first sense in index.noun, SemCor order,
  is a hyponym of monetary_unit), or it names the money of one currency and is no adjective:
  "won", "leu", "rand" stay, and so do "dram" (also a weight), "kip" and "sol", listed in
  `story_nouns` too: read only in a story about Armenia, Laos or Peru, never as the one currency
  of a noun in a story that names no country; "real" (a real number, an adjective), "gold" and "pound"
  (the money of several countries) do not. Words WordNet lacks stay (no other sense is known).
  With them, the plurals English news writes that CLDR's English does not: each singular's
  regular English plural ("denars", "leks") and the plural its one territory writes in a
  Latin-script language where the singular is the English noun ("guaraníes", "colones",
  "quetzales"), with and without accents; never a form that is an English word.
- `codes`: the ISO 4217 codes of every currency legal tender somewhere today, less those that
  are also English words (WordNet 3.0, any part of speech: "ALL", "TOP", "CUP").
- `million_codes`: each of those codes after an M, the currency in millions as company reports
  write it ("MSEK 120", "48.5 MEUR"), less the forms that are English words ("MARS").
- `symbols`: the currency symbols the CLDR locales of each territory write ("₩", "Rp", "RM",
  "R", "kr", "zł", "Kč", "Ft"), with the territories whose currency each stands for; a symbol
  that is only the ISO code, or only digits and punctuation, is left out.
- `world_symbols`: the sign CLDR's world English ("en") writes for a current currency, where it
  is a currency sign with letters before it ("EC$" XCD, "MX$" MXN, "CN¥" CNY): read wherever the
  story is, as the hand table's "A$" or "HK$" are; and each such sign (letters, then one currency
  sign) any other CLDR locale writes, where across all locales it names one currency only
  ("Bds$" BBD, "RD$" DOP, "WS$" WST; not "C$", CAD or NIO).
- `abbreviations`: the letters local news writes before a figure for a national currency that
  CLDR does not list for that territory, formed as CLDR's own letter symbols are: the currency
  noun's initial capital and one later letter of it ("Tk" taka, "Sh" shilling; as CLDR's "Br"
  birr, "Kz" kwanza, "Rf" rufiyaa, "Db" dobra), the noun's first two letters after the initial
  of the country's English name, the second in either case ("KSh", "Ksh", "USh", "Ush", "TSh";
  as CLDR's "Ksh", "USh", "TSh"), the country's initial and the noun's, as the Gulf press writes
  "QR" (Qatari riyal) and "KD" (Kuwaiti dinar) where several countries' currencies share the
  noun (it tells which dinar; no "CY" for the yuan), and the bare initial where CLDR writes that letter as a
  symbol for some currency ("K" for the kwacha, "P" for the peso; as CLDR's "K" for the kina,
  "P" for the pula). Only a currency that is tender in one territory, and not written with a
  dollar sign there (a shared currency, the euro or a dollar, keeps its own sign); one tender in
  several is abbreviated only by the initial of the territory that issues it (ISO 4217 codes
  begin with the issuer's ISO 3166 code), in the issuer's stories: that initial and the noun's
  ("JD" in Jordan, whose dinar Palestine also uses), read only before a figure only money takes
  (`money_only_abbreviations`: "SF 2" is a channel), and with the noun's next letter where it is
  a consonant ("SFr", "NKr"); a form that
  is an English word (WordNet 3.0, any part of speech) is left out ("Pa", "Do", "May").

    python data/tools/cldr_money.py claimtrack/data/cldr_currencies.json [/usr/share/wordnet]

Needs babel (a claimtrack dependency) and Debian's `wordnet-base` database. The output is
committed; claimtrack reads only the JSON at run time. tests/test_cldr_money.py rebuilds it
with the installed Babel and checks it is the same.
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from datetime import date
from pathlib import Path

from babel import Locale, localedata, numbers
from babel.core import get_cldr_version, get_global
import babel

sys.path.insert(0, str(Path(__file__).resolve().parent))
import wordnet  # noqa: E402

#: The display name of a currency in CLDR's English: country adjective(s) first, capitalised,
#: then the currency noun in lower case ("South Korean won", "Bosnia-Herzegovina convertible marks").
_NOUN = re.compile(r"(?:^|\s)(?P<n>[a-zà-ÿ'ʻ][^\s]*(?:\s[a-zà-ÿ'ʻ][^\s]*)*)$")


def _written_in_english_news(sym: str, code: str) -> bool:
    """A symbol an English text can carry: Latin letters (with '.', '/', '$') or a currency sign
    (Unicode category Sc), not the bare ISO code, no digits, no other script."""
    if not sym or sym == code or any(ch.isdigit() for ch in sym):
        return False
    if any(unicodedata.category(ch) == "Sc" for ch in sym):
        return all(unicodedata.category(ch) == "Sc" or "LATIN" in unicodedata.name(ch, "") or ch in "./"
                   for ch in sym)
    return all("LATIN" in unicodedata.name(ch, "") or ch in "./" for ch in sym) and any(ch.isalpha() for ch in sym)


def _english_locales() -> list[str]:
    return sorted(i for i in localedata.locale_identifiers() if i == "en" or i.startswith("en_"))


#: A currency replaced since this date is still read by its names and code: news writes the old
#: money for years after a changeover (old prices, savings, conversions: "2.50 leva" after
#: Bulgaria took the euro), and no other currency of its country bears those names.
RETIRED_SINCE = date(2016, 1, 1)


def _retired(tender: dict[str, set[str]]) -> dict[str, set[str]]:
    """ISO 4217 code -> the territories where it was legal tender at some time since
    RETIRED_SINCE and is not today."""
    out: dict[str, set[str]] = {}
    for terr in get_global("territory_currencies"):
        if not re.fullmatch(r"[A-Z]{2}", terr):
            continue
        for code in numbers.get_territory_currencies(terr, start_date=RETIRED_SINCE, end_date=date.today(),
                                                    tender=True):
            if terr not in tender.get(code, ()):
                out.setdefault(code, set()).add(terr)
    return out


def _tender() -> dict[str, set[str]]:
    """ISO 4217 code -> the territories (ISO 3166 alpha-2) where it is legal tender today."""
    out: dict[str, set[str]] = {}
    for terr in get_global("territory_currencies"):
        if not re.fullmatch(r"[A-Z]{2}", terr):
            continue
        for code in numbers.get_territory_currencies(terr, tender=True):
            out.setdefault(code, set()).add(terr)
    return out


def _money_first(wndb: Path):
    """word -> whether its commonest WordNet noun sense is a monetary unit (None: not in WordNet)."""
    idx = wordnet.index(wndb, "noun")
    syn = wordnet.synsets(wndb, "noun")
    money = {o for o, s in syn.items() if "monetary_unit" in s.words}

    def is_money(off: int, depth: int = 0) -> bool:
        if off in money:
            return True
        if depth > 12:
            return False
        return any(is_money(t, depth + 1) for sym, t, p, _, _ in syn[off].pointers
                   if sym in ("@", "@i") and p == "n")

    def first(word: str):
        entry = idx.get(word.replace(" ", "_"))
        return None if entry is None else is_money(entry[0][0])

    return first


def _names(tender: dict[str, set[str]]):
    """English display names -> codes, and currency noun -> territory -> codes, over every
    English locale; with each plural noun's singular."""
    full: dict[str, set[str]] = {}
    nouns: dict[str, dict[str, set[str]]] = {}
    singular_of: dict[str, str] = {}
    for loc in _english_locales():
        locale = Locale.parse(loc)
        plural = locale._data["currency_names_plural"]
        for code, terrs in tender.items():
            counted = plural.get(code) or {}
            forms = {f for f in [locale.currencies.get(code), *counted.values()]
                     if f and not any(ch.isdigit() for ch in f)}
            one = _NOUN.search(counted.get("one") or "")
            for form in forms:
                full.setdefault(form.lower(), set()).add(code)
                m = _NOUN.search(form)
                if m is None or (m.group("n") == form.lower() and " " in form):
                    continue
                if one is not None:
                    singular_of[m.group("n")] = one.group("n")
                for t in terrs:
                    nouns.setdefault(m.group("n"), {}).setdefault(t, set()).add(code)
    return full, nouns, singular_of


def _symbols(tender: dict[str, set[str]]) -> dict[str, dict[str, set[str]]]:
    """symbol -> territory -> codes, from the locales of each territory."""
    by_territory: dict[str, list[str]] = {}
    for ident in localedata.locale_identifiers():
        terr = next((p for p in ident.split("_")[1:] if re.fullmatch(r"[A-Z]{2}", p)), None)
        if terr:
            by_territory.setdefault(terr, []).append(ident)
    symbols: dict[str, dict[str, set[str]]] = {}
    for code, terrs in tender.items():
        for t in sorted(terrs):
            for ident in by_territory.get(t, []):
                sym = numbers.get_currency_symbol(code, locale=ident)
                if _written_in_english_news(sym, code):
                    symbols.setdefault(sym, {}).setdefault(t, set()).add(code)
    return symbols


def _one_each(terrs: dict[str, set[str]]) -> dict[str, str]:
    """territory -> code, for the territories where the form names one currency."""
    return {t: sorted(c)[0] for t, c in sorted(terrs.items()) if len(c) == 1}


def _codes(tender: dict[str, set[str]], wndb: Path) -> list[str]:
    """The ISO 4217 codes of the currencies legal tender somewhere today, less those that are
    also English words in WordNet 3.0 in any part of speech ("ALL", "TOP", "CUP", "MAD"): a
    headline's "TOP 10" is no sum of pa'anga."""
    words = _english_words(wndb)
    return sorted(c for c in tender if re.fullmatch(r"[A-Z]{3}", c) and c.lower() not in words)


def _million_codes(codes: list[str], wndb: Path) -> list[str]:
    """An M before an ISO 4217 code, the currency in millions, as company reports and the
    business news that quotes them write it ("MSEK 120", "48.5 MEUR"), less the forms that are
    English words in WordNet 3.0 or their plurals ("MARS", "MILS"; WordNet also lists "MUSD", an
    abbreviation of a degree, which goes with them)."""
    words = _english_words(wndb)
    return sorted(f"M{c}" for c in codes if f"m{c.lower()}" not in words and not (c.endswith("S") and f"m{c.lower()}"[:-1] in words))


def _world_symbols(tender: dict[str, set[str]]) -> dict[str, str]:
    """sign -> code: the sign world English (CLDR's "en") writes for a current currency, where it
    is a currency sign with letters before it ("EC$", "MX$", "CN¥", "A$"): one currency each,
    wherever the story is ("EC$450" is the East Caribbean dollar), unlike the territories' own
    "$"."""
    out: dict[str, str] = {}
    for code in sorted(tender):
        sign = numbers.get_currency_symbol(code, locale="en")
        if sign != code and any(unicodedata.category(ch) == "Sc" for ch in sign) and any(ch.isalpha() for ch in sign):
            out[sign] = code
    # the letter-and-sign forms of the other locales ("Bds$"), each of one currency everywhere
    other: dict[str, set[str]] = {}
    for ident in localedata.locale_identifiers():
        for code in tender:
            sign = numbers.get_currency_symbol(code, locale=ident)
            if sign != code and re.fullmatch(r"[A-Za-z]+\W", sign) and unicodedata.category(sign[-1]) == "Sc":
                other.setdefault(sign, set()).add(code)
    for sign, codes in sorted(other.items()):
        if len(codes) == 1 and sign not in out:
            out[sign] = codes.pop()
    return out


def _english_words(wndb: Path) -> set[str]:
    words: set[str] = set()
    for pos in ("noun", "verb", "adj", "adv"):
        words.update(wordnet.index(wndb, pos))
    return words


def _dollar_signed(tender: dict[str, set[str]]) -> set[tuple[str, str]]:
    """(territory, code) pairs whose currency a locale of that territory writes with "$"."""
    out: set[tuple[str, str]] = set()
    for ident in localedata.locale_identifiers():
        terr = next((p for p in ident.split("_")[1:] if re.fullmatch(r"[A-Z]{2}", p)), None)
        if terr is None:
            continue
        for code, terrs in tender.items():
            if terr in terrs and "$" in numbers.get_currency_symbol(code, locale=ident):
                out.add((terr, code))
    return out


def _abbreviations(tender: dict[str, set[str]], nouns: dict[str, dict[str, str]], singular_of: dict[str, str],
                   symbols: dict[str, dict[str, set[str]]], wndb: Path) -> tuple[dict[str, dict[str, str]], list[str]]:
    """sign -> territory -> code: the letter abbreviations of each national currency's noun
    (module docstring), less those CLDR already lists for that territory; and the two-capital
    issuer forms of shared currencies, read only before a figure only money takes."""
    words: set[str] = set()
    for pos in ("noun", "verb", "adj", "adv"):
        words.update(w.lower() for w in wordnet.index(wndb, pos))
    dollar = _dollar_signed(tender)
    letters = {s for s in symbols if len(s) == 1 and s.isalpha()}
    english = Locale.parse("en").territories
    out: dict[str, dict[str, set[str]]] = {}
    money_only: set[str] = set()
    for noun, by_country in nouns.items():
        if singular_of.get(noun, noun) != noun:
            continue  # the singular's letters only
        word = unicodedata.normalize("NFKD", noun).encode("ascii", "ignore").decode()
        if not word.isalpha():
            continue
        pairs = {word[0].upper() + ch for ch in word[1:]}
        for terr, code in by_country.items():
            shared = len(tender.get(code, ())) != 1
            if (shared and code[:2] != terr) or (terr, code) in dollar:
                continue
            # a currency several territories share is abbreviated by its issuer's initial only
            # ("JD": the noun's letters alone would stand for it wherever it is tender)
            forms = set() if shared else set(pairs)
            if word[0].upper() in letters and not shared:
                forms.add(word[0].upper())
            initial = english.get(terr, "")[:1]
            # the country's initial tells which of several countries' dinars or riyals ("KD",
            # "QR"); before a noun one country's alone it is no form the press writes ("CY" yuan)
            if initial.isalpha() and len(set(by_country.values())) > 1:
                first = word[0].upper() + word[1]
                capitals = initial.upper() + word[0].upper()
                if not shared:
                    forms |= {initial.upper() + first, initial.upper() + first.lower(), capitals}
                else:
                    # the issuer's forms: its initial and the noun's, and with the noun's next
                    # letter where that is a consonant, as abbreviations keep them ("SFr",
                    # "NKr"; no "JDi"); two capitals are money only before a figure only money
                    # takes ("SF 2" is a channel, "JD4.5 million" a sum): `money_only`
                    forms.add(capitals)
                    money_only.add(capitals)
                    if word[1] not in "aeiouy":
                        forms |= {initial.upper() + first, initial.upper() + first.lower()}
            for form in forms:
                if len(form) > 1 and form.lower() in words:
                    continue
                if terr in symbols.get(form, {}):
                    continue
                out.setdefault(form, {}).setdefault(terr, set()).add(code)
    table = {s: _one_each(t) for s, t in sorted(out.items()) if _one_each(t)}
    return table, sorted(s for s in money_only if s in table)


def _plain(word: str) -> str:
    """The word without its accents: "guaraníes" -> "guaranies" (English news often drops them)."""
    return unicodedata.normalize("NFKD", word).encode("ascii", "ignore").decode()


def _english_plural(noun: str) -> str:
    """The regular English plural: "denar" -> "denars", "lek" -> "leks"."""
    return noun + ("es" if re.search(r"(?:s|x|z|ch|sh)$", noun) else "s")


def _more_plurals(tender: dict[str, set[str]], nouns: dict[str, dict[str, set[str]]],
                  singular_of: dict[str, str], english_words: set[str]) -> None:
    """Add to `nouns` (in place) the plurals English news writes that CLDR's English does not:
    the regular English plural of each one-word singular ("denars" where CLDR has "denari",
    "drams", "leks"), and the plural the currency's own territory writes in a Latin-script
    language where its singular is the English noun ("guaraníes" and "guaranies" of es_PY's
    "guaraní", "colones", "quetzales", "bolívares"), each with and without its accents. A form
    that is an English word (WordNet 3.0, any part of speech) is left out."""
    added: dict[str, dict[str, set[str]]] = {}
    for noun, by_terr in nouns.items():
        if " " in noun or singular_of.get(noun, noun) != noun:
            continue
        plural = _english_plural(noun)
        if plural not in nouns and plural not in english_words:
            singular_of.setdefault(plural, noun)
            for terr, codes in by_terr.items():
                added.setdefault(plural, {}).setdefault(terr, set()).update(codes)
    singulars = {_plain(n): n for n in nouns if " " not in n and singular_of.get(n, n) == n}
    for ident in localedata.locale_identifiers():
        terr = next((p for p in ident.split("_")[1:] if re.fullmatch(r"[A-Z]{2}", p)), None)
        if terr is None:
            continue
        plural_names = Locale.parse(ident)._data["currency_names_plural"]
        for code, terrs in tender.items():
            # (a national currency: a shared one's other languages, "eura", "euroa", are no English)
            counted = plural_names.get(code) if terrs == {terr} else None
            if not counted or not counted.get("one"):
                continue
            one = counted["one"].split()[0].lower()
            noun = singulars.get(_plain(one))
            if noun is None or code not in nouns[noun].get(terr, ()):
                continue
            for count, form in counted.items():
                word = form.split()[0].lower()
                if count == "one" or word == one or not word.isalpha():
                    continue
                for w in {word, _plain(word)}:
                    if w not in nouns and w not in english_words and all("LATIN" in unicodedata.name(ch, "") for ch in w):
                        added.setdefault(w, {}).setdefault(terr, set()).add(code)
                        singular_of.setdefault(w, noun)
    for form, by_terr in added.items():
        nouns[form] = by_terr


def build(wndb: Path) -> dict:
    tender = _tender()
    retired = _retired(tender)
    money_first = _money_first(wndb)
    full, nouns, singular_of = _names(tender)
    # a replaced currency keeps the names and nouns no currency of today bears in its territory
    old_full, old_nouns, old_singular = _names(retired)
    for name, codes in old_full.items():
        full.setdefault(name, codes)
    for noun, by_terr in old_nouns.items():
        for terr, codes in by_terr.items():
            if terr not in nouns.get(noun, {}):
                nouns.setdefault(noun, {})[terr] = set(codes)
                if noun in old_singular:
                    singular_of.setdefault(noun, old_singular[noun])
    adjectives = set(wordnet.index(wndb, "adj"))
    # the letter abbreviations are formed from the nouns whose commonest sense is money only
    money_nouns = {n: _one_each(t) for n, t in sorted(nouns.items())
                   if not (money_first(singular_of.get(n, n)) is False and money_first(n) is not True) and _one_each(t)}
    abbreviations, money_only = _abbreviations(tender, money_nouns, dict(singular_of), _symbols(tender), wndb)
    _more_plurals(tender, nouns, singular_of, {w.lower() for w in _english_words(wndb)})
    out_nouns = {}
    story_nouns = []
    for noun, terrs in sorted(nouns.items()):
        single = singular_of.get(noun, noun)
        if money_first(single) is False and money_first(noun) is not True:
            if single in adjectives or len({c for cs in terrs.values() for c in cs}) > 1:
                # "real" (a real number, and an adjective) or "pound" (a weight, and the money
                # of several countries) stay out
                continue
            story_nouns.append(noun)  # "dram", "kip", "sol": only in a story about its country
        if _one_each(terrs):
            out_nouns[noun] = _one_each(terrs)
    symbols = _symbols(tender)
    # a code tender in one territory and retired in another is in both sets: their union
    codes = _codes({c: tender.get(c, set()) | retired.get(c, set()) for c in {*tender, *retired}}, wndb)
    return {
        "_source": (
            f"Unicode CLDR {get_cldr_version()} as shipped by Babel {babel.__version__} (Unicode License v3): "
            "English currency display names and count forms of every English locale; legal-tender "
            "currencies per territory (supplementalData currencyData, tender and current); each "
            "territory's locales' currency symbols; the world-English (en) signs of letters and a currency sign; letter abbreviations of each national currency's noun "
            "formed as CLDR's own letter symbols are; the ISO 4217 codes of those currencies that are no "
            "English word in WordNet 3.0, and each after an M (millions) where that is none either. Bare currency nouns kept only where their commonest "
            "WordNet 3.0 noun sense is a monetary unit or that name one currency and are no adjective; with each singular's regular English "
            "plural and the plural its one territory's Latin-script locales write, where no English word. " + wordnet.LICENSE),
        "_built_by": "data/tools/cldr_money.py",
        "full_names": {k: sorted(v)[0] for k, v in sorted(full.items()) if len(v) == 1},
        "nouns": out_nouns,
        "story_nouns": [n for n in story_nouns if n in out_nouns],
        "symbols": {s: _one_each(t) for s, t in sorted(symbols.items()) if _one_each(t)},
        "world_symbols": _world_symbols(tender),
        "abbreviations": abbreviations,
        "money_only_abbreviations": money_only,
        "codes": codes,
        "million_codes": _million_codes(codes, wndb),
    }


def main(argv: list[str]) -> int:
    out = Path(argv[1])
    wndb = Path(argv[2]) if len(argv) > 2 else Path("/usr/share/wordnet")
    table = build(wndb)
    out.write_text(json.dumps(table, ensure_ascii=False, indent=1, sort_keys=False) + "\n", encoding="utf-8")
    print(f"{out}: {len(table['full_names'])} names, {len(table['nouns'])} nouns, {len(table['symbols'])} symbols, "
          f"{len(table['abbreviations'])} abbreviations, {len(table['codes'])} codes")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
