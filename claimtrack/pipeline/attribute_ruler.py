"""A table-lookup AttributeRuler: the same annotations as spaCy's, for a fraction of the cost.

spaCy's `AttributeRuler` (the component that maps the tagger's fine tags to POS and morphology
and fixes lemmas such as "n't" -> "not") runs a `Matcher`, then builds a `Span` and a `Token`
for every match and assigns the rule's attributes one match at a time. Every token matches at
least one rule, so on en_core_web_sm that Python-level loop costs about 14% of the whole
model's time: more than the tagger and the parser together.

The rules in the trained pipelines are fixed-length token patterns over a few attributes
(`{"TAG": "NNS"}`, `{"LOWER": "n't", "TAG": "RB"}`, `{"DEP": {"IN": ["aux", "auxpass"]}}`,
`{"LOWER": {"REGEX": "^n'?t$"}}`). Exact values and IN lists become dictionary keys; NOT_IN and
REGEX are checked only on the tokens a key already selected; the rules that hit one token fold
into one set of attributes, written once. `FastAttributeRuler.load_rules` accepts a ruler only
when every rule has such a shape (no operators, no extension attributes); otherwise the model
keeps spaCy's component (`maybe_replace` returns False).

Equivalence with spaCy's semantics:
- matches are found on the annotations as they were before the component ran, then applied
  in rule order (spaCy sorts by the rule's ordinal), so a later rule's value wins;
- a rule writes its attributes to the token at its `index` within the match (negative counts
  from the end), exactly as spaCy's `set_annotations` does, with the attributes normalised as
  spaCy normalises them (`spacy.attrs.intify_attrs`, morphology added to the vocab). Rules may
  set only token annotations (TAG, POS, MORPH, LEMMA, DEP), which are written back with
  `Doc.from_array`; a rule setting anything else keeps spaCy's component.
`tests/test_attribute_ruler.py` checks the two give identical token arrays on real text.

The rules are serialised with the pipeline (`to_disk`/`from_disk`, `to_bytes`/`from_bytes`, in
spaCy's own AttributeRuler pattern format), so `nlp.to_disk()` and `spacy.load()` give the same
annotations.
"""

from __future__ import annotations

import itertools
import re
from pathlib import Path
from typing import Callable, NamedTuple, Optional

import numpy
import srsly
from spacy import util
from spacy.attrs import DEP, IDS, LEMMA, MORPH, POS, TAG, intify_attrs
from spacy.language import Language
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc
from spacy.vocab import Vocab

NAME = "attribute_ruler"

#: Token attributes a rule may test. All are exact-valued columns of `Doc.to_array`.
_MATCHABLE = ("ORTH", "LOWER", "NORM", "TAG", "POS", "DEP", "LEMMA", "SHAPE", "ENT_TYPE",
              "IS_SPACE", "IS_PUNCT", "IS_ALPHA", "IS_DIGIT", "IS_LOWER", "IS_UPPER", "IS_TITLE")
#: Token attributes a rule may set: token annotations only (no lexeme attribute, no extension).
_WRITABLE = (TAG, POS, MORPH, LEMMA, DEP)


#: Distinct tokens (column values) whose one-token rules are remembered; the memo starts again
#: past this, so a long run's memory stays bounded.
_MEMO_MAX = 50_000


class _Unsupported(ValueError):
    """A rule outside the fixed-length token patterns this component implements."""


class _Rule(NamedTuple):
    """One pattern of one rule, compiled: its ordinal, target token and the checks a key leaves."""

    ordinal: int
    target: int  # offset of the token that gets the attributes, counted from the match start
    checks: tuple  # ((offset, column, predicate), ...): NOT_IN / REGEX conditions


class FastAttributeRuler:
    """Apply an AttributeRuler's rules by look-up. Give it the rules with `load_rules`."""

    def __init__(self, name: str = NAME, vocab: Optional[Vocab] = None) -> None:
        self.name = name
        self.vocab = vocab
        self.patterns: list[dict] = []  # the rules, in spaCy's AttributeRuler format (serialised)
        self.columns: list[int] = []  # attribute ids read from the Doc (`Doc.to_array` order)
        # (key cells ((offset, column), ...), pattern length, {key values: (_Rule, ...)})
        self.groups: list[tuple[tuple, int, dict]] = []
        self.writes: list[int] = []  # attribute ids the rules set (`Doc.from_array` order)
        self.attrs: list[dict] = []  # per rule ordinal: {index in writes: normalised value}
        self._merged: dict[tuple, dict] = {}
        self._single: dict[tuple, tuple] = {}  # a token's column values -> its one-token rules

    def load_rules(self, ruler: AttributeRuler) -> "FastAttributeRuler":
        """Take `ruler`'s rules; raises ValueError when a rule has another shape (nothing kept)."""
        vocab = ruler.vocab
        columns: list[int] = []
        col_of: dict[int, int] = {}
        attrs: list[dict] = []
        groups: dict[tuple, dict] = {}
        patterns = [dict(rule) for rule in ruler.patterns]
        normalised = [_normalise(vocab, dict(rule["attrs"]), ordinal) for ordinal, rule in enumerate(patterns)]
        writes = [a for a in _WRITABLE if any(a in n for n in normalised)]
        for ordinal, rule in enumerate(patterns):
            attrs.append({writes.index(a): v for a, v in normalised[ordinal].items()})
            index = rule["index"]
            for pattern in rule["patterns"]:
                if not pattern or not -len(pattern) <= index < len(pattern):
                    raise _Unsupported(f"rule {ordinal}: index {index} outside its pattern")
                keys, checks = [], []
                for offset, spec in enumerate(pattern):
                    if not isinstance(spec, dict) or not spec:
                        raise _Unsupported(f"rule {ordinal}: token pattern {spec!r}")
                    for key, value in spec.items():
                        name = key.upper() if isinstance(key, str) else None
                        if name not in _MATCHABLE:
                            raise _Unsupported(f"rule {ordinal}: {key}={value!r}")
                        attr = IDS[name]
                        if attr not in col_of:
                            col_of[attr] = len(columns)
                            columns.append(attr)
                        col = col_of[attr]
                        if isinstance(value, dict) and set(value) in ({"NOT_IN"}, {"REGEX"}):
                            checks.append((offset, col, _predicate(vocab, name, value, ordinal)))
                        else:
                            keys.append(((offset, col), _values(vocab, name, value, ordinal)))
                keys.sort(key=lambda kv: kv[0])
                target = index if index >= 0 else len(pattern) + index
                table = groups.setdefault((tuple(cell for cell, _ in keys), len(pattern)), {})
                for values in itertools.product(*(vals for _, vals in keys)):
                    table.setdefault(values, []).append(_Rule(ordinal, target, tuple(checks)))
        self.columns, self.attrs, self._merged, self._single = columns, attrs, {}, {}
        self.vocab, self.patterns, self.writes = vocab, patterns, writes
        self.groups = [(cells, length, {v: tuple(r) for v, r in table.items()})
                       for (cells, length), table in groups.items()]
        return self

    def __call__(self, doc: Doc) -> Doc:
        n = len(doc)
        if not n or not self.groups:
            return doc
        array = doc.to_array(self.columns)
        cols = [array.tolist()] if array.ndim == 1 else array.T.tolist()
        # Rules of more than one token: scanned over the Doc's positions.
        hits: dict[int, set] = {}
        for cells, length, table in self.groups:
            if length == 1:
                continue
            if not cells:  # no exact-valued attribute: every position is a candidate
                keys = [()] * (n - length + 1)
            elif len(cells) == 1:
                (off, col), = cells
                keys = [(v,) for v in cols[col][off:n - length + 1 + off]]
            else:
                keys = list(zip(*(cols[col][off:n - length + 1 + off] for off, col in cells)))
            for i, key in enumerate(keys):
                rules = table.get(key)
                if rules is None:
                    continue
                for rule in rules:
                    if all(pred(cols[col][i + off]) for off, col, pred in rule.checks):
                        hits.setdefault(i + rule.target, set()).add(rule.ordinal)
        # Rules of one token depend on that token's columns alone: looked up once per distinct
        # token (its values in every column) and remembered, as most tokens of a text recur.
        single, merged = self._single, self._merged
        if len(single) > _MEMO_MAX:
            single.clear()
        rows = None
        for i, token in enumerate(zip(*cols)):
            ordinals = single.get(token)
            if ordinals is None:
                ordinals = single[token] = self._single_hits(token)
            more = hits.get(i)
            if more:
                ordinals = tuple(sorted(more.union(ordinals)))
            if not ordinals or not self.writes:
                continue
            attrs = merged.get(ordinals)
            if attrs is None:  # rules apply in ordinal order: a later rule's value wins
                attrs = {}
                for o in ordinals:
                    attrs.update(self.attrs[o])
                merged[ordinals] = attrs
            if rows is None:
                rows = doc.to_array(self.writes).tolist()
            row = rows[i]
            for j, value in attrs.items():
                row[j] = value
        if rows is not None:
            doc.from_array(self.writes, numpy.array(rows, dtype=numpy.uint64))
        return doc

    def _single_hits(self, token: tuple) -> tuple:
        """The ordinals (ascending) of the one-token rules that hit a token with these column values."""
        found = set()
        for cells, length, table in self.groups:
            if length != 1:
                continue
            rules = table.get(tuple(token[col] for _off, col in cells))
            if rules is None:
                continue
            for rule in rules:
                if all(pred(token[col]) for _off, col, pred in rule.checks):
                    found.add(rule.ordinal)
        return tuple(sorted(found))

    def pipe(self, docs, batch_size: int = 128):
        for doc in docs:
            yield self(doc)

    # -- serialisation: the rules, as spaCy's AttributeRuler writes them ---------------------

    def _load_patterns(self, patterns: list) -> None:
        if self.vocab is None:
            raise ValueError("FastAttributeRuler needs a vocab to load rules")
        ruler = AttributeRuler(self.vocab, self.name, validate=False)
        if patterns:
            ruler.add_patterns(patterns)
        self.load_rules(ruler)

    def to_bytes(self, *, exclude=tuple()) -> bytes:
        return srsly.msgpack_dumps({"patterns": self.patterns})

    def from_bytes(self, data: bytes, *, exclude=tuple()) -> "FastAttributeRuler":
        self._load_patterns(srsly.msgpack_loads(data)["patterns"])
        return self

    def to_disk(self, path, *, exclude=tuple()) -> None:
        util.to_disk(Path(path), {"patterns": lambda p: srsly.write_msgpack(p, self.patterns)}, exclude)

    def from_disk(self, path, *, exclude=tuple()) -> "FastAttributeRuler":
        patterns: list = []

        def read(p):
            patterns.extend(srsly.read_msgpack(p))

        util.from_disk(Path(path), {"patterns": read}, exclude)
        self._load_patterns(patterns)
        return self


def _normalise(vocab, attrs: dict, ordinal: int) -> dict:
    """A rule's attributes as spaCy normalises them (ids; morphology added), token annotations only."""
    if "_" in attrs:
        raise _Unsupported(f"rule {ordinal}: extension attributes")
    out = intify_attrs(attrs, strings_map=vocab.strings)
    if any(a not in _WRITABLE for a in out):
        raise _Unsupported(f"rule {ordinal}: sets {sorted(attrs)}")
    if MORPH in out:
        out[MORPH] = vocab.morphology.add(vocab.strings.as_string(out[MORPH]))
    return out


def _string_id(vocab, name: str, value, ordinal: int) -> int:
    if name.startswith("IS_") and isinstance(value, bool):
        return int(value)
    if isinstance(value, str) and not name.startswith("IS_"):
        return vocab.strings.add(value)
    raise _Unsupported(f"rule {ordinal}: {name}={value!r}")


def _values(vocab, name: str, value, ordinal: int) -> tuple:
    """The array values a token spec accepts: one exact value, or each member of an IN list."""
    if isinstance(value, dict):
        if set(value) != {"IN"} or not isinstance(value["IN"], (list, tuple)):
            raise _Unsupported(f"rule {ordinal}: {name}={value!r}")
        return tuple(dict.fromkeys(_string_id(vocab, name, v, ordinal) for v in value["IN"]))
    return (_string_id(vocab, name, value, ordinal),)


def _predicate(vocab, name: str, value: dict, ordinal: int) -> Callable[[int], bool]:
    """NOT_IN or REGEX on one attribute, as the Matcher evaluates them (REGEX: `re.search`)."""
    if "NOT_IN" in value:
        if not isinstance(value["NOT_IN"], (list, tuple)):
            raise _Unsupported(f"rule {ordinal}: {name}={value!r}")
        banned = frozenset(_string_id(vocab, name, v, ordinal) for v in value["NOT_IN"])
        return lambda v: v not in banned
    if not isinstance(value["REGEX"], str) or name.startswith("IS_"):
        raise _Unsupported(f"rule {ordinal}: {name}={value!r}")
    search = re.compile(value["REGEX"]).search
    strings = vocab.strings
    seen: dict[int, bool] = {}

    def check(v: int) -> bool:
        hit = seen.get(v)
        if hit is None:
            hit = seen[v] = bool(search(strings[v]))
        return hit

    return check


@Language.factory(
    "claimtrack_attribute_ruler",
    requires=["token.tag"],
    assigns=["token.pos", "token.morph", "token.lemma"],
)
def make_attribute_ruler(nlp: Language, name: str) -> FastAttributeRuler:
    """The look-up ruler, empty: `maybe_replace` or `from_disk`/`from_bytes` give it its rules."""
    return FastAttributeRuler(name, vocab=nlp.vocab)


def maybe_replace(nlp: Language, name: str = NAME) -> bool:
    """Swap the pipeline's spaCy AttributeRuler `name` for the look-up one when every rule fits.

    Returns True when replaced. Leaves the pipeline untouched (False) for any other component
    under that name or any rule this module does not implement.
    """
    if name not in nlp.pipe_names:
        return False
    ruler = nlp.get_pipe(name)
    if type(ruler) is not AttributeRuler:
        return False
    try:
        FastAttributeRuler(name).load_rules(ruler)  # every rule fits, or nothing changes
    except (_Unsupported, KeyError, TypeError):
        return False
    nlp.replace_pipe(name, "claimtrack_attribute_ruler").load_rules(ruler)
    return True
