#!/usr/bin/env python3
"""Build claimtrack/data/cldr_units.json: every way English writes a unit of measure, from the
Unicode CLDR units data as Babel ships it.

For each CLDR unit of the kinds news measures with (length, area, volume, mass, duration, speed,
temperature, power, energy, pressure, digital sizes, percent and per mille), the spellings of
every English locale (en, en_GB, en_US, en_AU, en_IN, ...):
- `names`: the long forms, singular and plural ("kilometre", "kilometers", "per cent",
  "metric tons", "degrees Celsius"), lower-cased;
- `symbols`: the short and narrow forms ("km", "t", "°C", "mph"), as written;
- `spaced`: the symbols some English locale writes after a space ("{0} cm"), which a reader
  may therefore meet apart from the figure ("25 cm").
Each spelling maps to one canonical unit name: the name claimtrack's own table
(claimtrack/data/units.json) gives any spelling of that CLDR unit, else CLDR's en_GB long
singular ("kilopascal"). A spelling CLDR gives to two units is left out.

Left out as no measure of news text: astronomical and typographic units (parsec, whose "pc" is
British news's "per cent"; earth and solar radius and mass; astronomical unit; point; light
speed), Japanese traditional units, per-person durations, "night", "quarter" (a fraction and a
period before a unit), cooking and apothecary measures that are ordinary words (cup, drop,
pinch, jigger, dram, dessert spoon, grain), surveyors' rod and chain, slug, gray (a colour),
the Beaufort scale, milli-inch, the ofhg pressures, karat (carat stays) and CLDR's concentration
units other than percent and per mille.

    python data/tools/cldr_units.py claimtrack/data/cldr_units.json

Needs babel (a claimtrack dependency); the output is committed, and claimtrack reads only the JSON.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import babel
from babel import Locale, localedata
from babel.core import get_cldr_version

ROOT = Path(__file__).resolve().parents[2]

KINDS = ("length", "area", "volume", "mass", "duration", "speed", "temperature", "power", "energy",
         "pressure", "digital")
KEEP_OTHER = ("concentr-percent", "concentr-permille")
LEFT_OUT = re.compile(
    r"parsec|earth-|solar-|astronomical|length-point|light-speed|-jp$|-person$|duration-night|duration-quarter"
    r"|length-(?:rin|sun|shaku|ken|milliinch|rod|chain|mile-scandinavian)|area-(?:bu|se|cho)-?|volume-(?:kosaji|osaji|sai|shaku|koku|cup"
    r"|drop|pinch|jigger|dram|dessert-spoon)|mass-(?:fun|grain|slug|dalton)|energy-gray|speed-beaufort|ofhg"
    r"|gasoline")


def _units(locale: Locale) -> list[str]:
    return [k for k in locale._data["unit_patterns"].keys()
            if (k.split("-")[0] in KINDS or k in KEEP_OTHER) and not LEFT_OUT.search(k)]


def _form(pattern: str) -> tuple[str, bool]:
    """'{0} km' -> ('km', True: spaced); '{0}km' -> ('km', False)."""
    body = pattern.replace("{0}", "\0")
    spaced = bool(re.search(r"\0[\s\u00a0\u202f]", body))
    return re.sub(r"[\s\u00a0\u202f]+", " ", body.replace("\0", "")).strip(), spaced


def _spellings() -> dict[str, dict]:
    """CLDR unit id -> {'long': set, 'short': {symbol: spaced?}, 'gb': en_GB long singular}."""
    out: dict[str, dict] = {}
    # English in the Latin script (en_Dsrt, en_Shaw write English in other alphabets)
    locales = sorted(i for i in localedata.locale_identifiers()
                     if (i == "en" or i.startswith("en_")) and not re.search(r"_[A-Z][a-z]{3}(?:_|$)", i))
    for ident in locales:
        locale = Locale.parse(ident)
        patterns = locale._data["unit_patterns"]
        for unit in _units(locale):
            entry = out.setdefault(unit, {"long": set(), "short": {}, "gb": None})
            for width, forms in patterns[unit].items():
                for count, pattern in forms.items():
                    if count == "per" or not isinstance(pattern, str) or "{0}" not in pattern:
                        continue
                    text, spaced = _form(pattern)
                    if not text or "{" in text:
                        continue
                    if width == "long":
                        entry["long"].add(text.lower())
                        if ident == "en_GB" and count == "one":
                            entry["gb"] = text.lower()
                    else:
                        entry["short"][text] = entry["short"].get(text, False) or spaced
    return out


def build() -> dict:
    hand = json.loads((ROOT / "claimtrack" / "data" / "units.json").read_text(encoding="utf-8"))
    hand_names = {k.lower(): v for k, v in hand["names"].items()}
    hand_symbols = dict(hand["symbols"])
    canon_of: dict[str, str] = {}
    units = _spellings()
    for unit, entry in units.items():
        known = {hand_names[n] for n in entry["long"] if n in hand_names}
        known |= {hand_symbols[s] for s in entry["short"] if s in hand_symbols}
        if len(known) > 1:
            continue  # the hand table splits what CLDR joins: leave the unit to it
        canon = known.pop() if known else (entry["gb"] or sorted(entry["long"])[0] if entry["long"] else None)
        if canon:
            canon_of[unit] = canon
    names: dict[str, set[str]] = {}
    symbols: dict[str, set[str]] = {}
    spaced: set[str] = set()
    for unit, canon in canon_of.items():
        for n in units[unit]["long"]:
            names.setdefault(n, set()).add(canon)
        for s, sp in units[unit]["short"].items():
            symbols.setdefault(s, set()).add(canon)
            if sp:
                spaced.add(s)
    return {
        "_source": (f"Unicode CLDR {get_cldr_version()} units (unit_patterns of every English locale) as "
                    f"shipped by Babel {babel.__version__} (Unicode License v3); canonical names from "
                    "claimtrack/data/units.json where it names the unit, else CLDR's en_GB long singular."),
        "_built_by": "data/tools/cldr_units.py",
        "names": {k: sorted(v)[0] for k, v in sorted(names.items()) if len(v) == 1},
        "symbols": {k: sorted(v)[0] for k, v in sorted(symbols.items()) if len(v) == 1},
        "spaced": sorted(s for s in spaced if len(symbols[s]) == 1),
    }


def main(argv: list[str]) -> int:
    out = Path(argv[1])
    table = build()
    out.write_text(json.dumps(table, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{out}: {len(table['names'])} names, {len(table['symbols'])} symbols, {len(table['spaced'])} spaced")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
