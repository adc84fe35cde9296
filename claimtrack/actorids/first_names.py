"""Given names, from the first-name dictionary that the `gender-guesser` package ships.

The dictionary is Jörg Michael's list of about 46,000 given names from 54 countries (the `nam_dict.txt`
of gender-guesser, GNU FDL): it is read in place from the installed package, once per process,
for both its uses, the given names and the detector of a name's sex (lower-case; "Jean+Pierre"
gives "jean pierre", "jeanpierre" and "jean-pierre" as the package itself does). The actor
finder uses it as evidence of a person's name ("Helena Sarmento" tagged ORG by the model) and as
the guard that keeps a person's name whose surname is an English plural ("Tyra Banks") when a
plural head otherwise marks a company ("Kaira Metals"). spaCy-free.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from typing import Optional

from ..table_cache import derived_table
from ..tables import TableError, checked_text, table_entry

#: A dictionary line's gender code -> the gender gender-guesser's Detector gives it.
_GENDERS = {"M": "male", "1M": "mostly_male", "?M": "mostly_male", "F": "female", "1F": "mostly_female",
            "?F": "mostly_female", "?": "andy"}


def _dictionary_file():
    """gender-guesser's nam_dict.txt (a Traversable); TableError when the package is missing."""
    try:
        return resources.files("gender_guesser").joinpath("data/nam_dict.txt")
    except ModuleNotFoundError as err:
        raise TableError(f"the first-name table cannot be read: {err} (a dependency of claimtrack: reinstall it)") from err


@lru_cache(maxsize=1)
def _dictionary() -> dict[str, dict[str, str]]:
    """The dictionary read once per process for both its uses (the given names, `first_names`, and
    the detector of a name's sex, `gender_detector`): lower-case name -> {gender: the line's
    country columns}, exactly as gender-guesser's case-insensitive Detector parses it (its
    `_eat_name_line` and `_set`: a name joined by "+" is kept three ways, "jean pierre",
    "jeanpierre" and "jean-pierre"; a later line of one name and gender replaces the earlier).
    Reading it once instead of twice saves ~80 ms of CPU in every process that extracts, and
    reading the parsed dictionary from the table cache (`claimtrack.table_cache`, keyed by the
    file's bytes) about 60 ms more. Raises TableError (naming the file) when the package or its
    file is missing, unreadable or empty, or holds a line its own parser would fail on (an
    unknown gender code, a line cut short)."""
    path = _dictionary_file()
    return derived_table("first_names", lambda: _parse_dictionary(path), files=(path,), kind=dict)


def _parse_dictionary(path) -> dict[str, dict[str, str]]:
    """`_dictionary` parsed from the file at `path`."""
    text = checked_text(lambda: path.read_text(encoding="utf-8"), str(path))
    names: dict[str, dict[str, str]] = {}
    for number, line in enumerate(text.splitlines(), 1):
        line = line.strip()
        if not line or line[0] in "#=":
            continue
        try:
            code, name = line.split(None, 2)[:2]
            gender = _GENDERS[code]
        except (KeyError, ValueError) as err:
            raise TableError(f"data table {path} line {number} cannot be read ({type(err).__name__}: {err}): "
                             f"reinstall gender-guesser") from err
        values, name = line[30:-1], name.lower()
        for form in (name.replace("+", ""), name.replace("+", " "), name.replace("+", "-")) if "+" in name else (name,):
            names.setdefault(form, {})[gender] = values
    return names


@lru_cache(maxsize=1)
def first_names() -> frozenset:
    """Lower-case given names; TableError when the package's data cannot be read (never an empty
    table: without it person and company names would be told apart by the model alone, quietly)."""
    return frozenset(_dictionary())


def is_first_name(word: str) -> bool:
    return word.lower() in first_names()


#: Third-person pronouns that say a person's sex, and honorifics that do ("Mrs Roe").
_PRONOUN_GENDER = {"he": "M", "him": "M", "his": "M", "himself": "M",
                   "she": "F", "her": "F", "hers": "F", "herself": "F"}
_HONORIFIC_GENDER = {"mr": "M", "mister": "M", "sir": "M", "lord": "M",
                     "mrs": "F", "ms": "F", "miss": "F", "madam": "F", "dame": "F", "lady": "F"}


@lru_cache(maxsize=1)
def gender_detector():
    """gender-guesser's detector over Jörg Michael's given-name dictionary (a declared
    dependency, all countries, case-insensitive), built once per process for every user (clause
    roles, pronoun coreference); TableError when its dictionary cannot be read (`_dictionary`),
    None when the package's detector class cannot be built."""
    _dictionary()  # a dictionary that cannot be read is an error, not "no genders"
    try:
        from gender_guesser.detector import Detector

        class _Detector(Detector):
            def _parse(self, filename):
                """The names the package's own parser reads (`_dictionary`, shared with
                `first_names`): its `codecs.open` line iterator costs 0.1 s a process.
                str.splitlines breaks lines where the codecs reader does (it splits with it),
                so the names are the same."""
                self.names = _dictionary()

        return _Detector(case_sensitive=False)
    except Exception:  # noqa: BLE001  (no dictionary: genders rule nothing out)
        return None


def pronoun_gender(word: str) -> Optional[str]:
    """'M' for "he"/"him"/"his", 'F' for "she"/"her"/"hers", None for any other word."""
    return _PRONOUN_GENDER.get(word.lower())


#: gender-guesser's genders -> the sex they give a name (unisex "andy" gives none).
_SEX = {"male": "M", "mostly_male": "M", "female": "F", "mostly_female": "F"}


@lru_cache(maxsize=1)
def _country_columns() -> dict[str, int]:
    """ISO 3166-1 alpha-2 code -> the index of its column in the dictionary's country values
    (data/name_countries.json names the columns as gender-guesser's Detector.COUNTRIES does)."""
    from gender_guesser.detector import Detector

    order = list(Detector.COUNTRIES)
    return {iso: order.index(column) for column, isos in table_entry("name_countries.json", "columns").items()
            for iso in isos}


def _sex_in_country(given: str, country: str) -> tuple[bool, Optional[str]]:
    """(listed, sex): whether the dictionary gives the name a frequency in the column of the
    country (ISO alpha-2), and the one sex it has there ('M'/'F'; None where the country gives
    it to both sexes or as unisex: "Nino" is a man's name in Italy and a woman's in Georgia)."""
    column = _country_columns().get(country)
    entries = _dictionary().get(given.lower())
    if column is None or not entries:
        return False, None
    sexes = {_SEX.get(g) for g, values in entries.items() if column < len(values) and values[column] != " "}
    if not sexes:
        return False, None
    return True, (next(iter(sexes)) if len(sexes) == 1 else None)


@lru_cache(maxsize=4096)
def name_gender(name: str, country: Optional[str] = None) -> Optional[str]:
    """'M' or 'F' when a person's name says it: an honorific ("Mrs Jane Roe"), else its given
    name. Where the story's country (ISO 3166-1 alpha-2) has a column in the dictionary that
    lists the name, the sex the name has in that country decides (None if both); else the
    dictionary's verdict over all countries (gender-guesser's "male" / "female"; "mostly_...",
    unisex and unknown names give None). A surname alone gives None."""
    words = [w.strip(".,") for w in name.split()]
    if not words:
        return None
    honorific = honorific_gender(name)
    if honorific is not None:
        return honorific
    detector = gender_detector()
    if detector is None or len(words) < 2 or not words[0][:1].isupper():
        return None
    if country is not None:
        listed, sex = _sex_in_country(words[0], country)
        if listed:
            return sex
    return {"male": "M", "female": "F"}.get(detector.get_gender(words[0]))


def honorific_gender(name: str) -> Optional[str]:
    """'M' or 'F' when a name opens with an honorific ("Mrs Roe", "Sir John Roe"), else None."""
    words = name.split()
    return _HONORIFIC_GENDER.get(words[0].strip(".,").lower()) if words else None
