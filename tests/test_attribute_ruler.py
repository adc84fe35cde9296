"""The look-up AttributeRuler and the column-driven lemmatizer must annotate exactly as spaCy's
own components do."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.attrs import DEP, HEAD, LEMMA, LOWER, MORPH, ORTH, POS, TAG
from spacy.tokens import Doc

from claimtrack.nlp import _load_base
from claimtrack.pipeline import lemmatizer
from claimtrack.pipeline.attribute_ruler import FastAttributeRuler, maybe_replace

from conftest import examples

ROOT = Path(__file__).resolve().parents[1]
COLUMNS = [ORTH, LOWER, TAG, POS, MORPH, LEMMA, DEP, HEAD]

EDGE_TEXT = (
    "I don't know why you'll ignore it. We're here and they aren't; she's gone, isn't she? "
    "Ain't nothin' wrong, y'all. There is a plan, there are 26 of them, and there's more.  \n\n"
    "Told it to me, gave you the file. It has been done, they had to do it, having done so. "
    "Whether or not that is the case, I'd say so because he said that. Do it now!"
)


def _annotations(doc) -> tuple:
    return doc.to_array(COLUMNS).tolist(), [str(t.morph) for t in doc], [t.lemma_ for t in doc]


@pytest.fixture(scope="module")
def stock_and_fast():
    stock, fast = _load_base(None), _load_base(None)
    assert maybe_replace(fast), "the default model's rules should all fit the look-up ruler"
    assert lemmatizer.maybe_replace(fast), "the default model's lemmatizer is in rule mode"
    fast.get_pipe("lemmatizer").spelling = False  # spaCy's lemmas exactly (spelling: test below)
    return stock, fast


def test_model_ruler_is_replaced_in_place(stock_and_fast):
    stock, fast = stock_and_fast
    assert fast.pipe_names == stock.pipe_names
    assert isinstance(fast.get_pipe("attribute_ruler"), FastAttributeRuler)
    assert isinstance(fast.get_pipe("lemmatizer"), lemmatizer.FastLemmatizer)
    assert not isinstance(stock.get_pipe("attribute_ruler"), FastAttributeRuler)


def _ruled(nlp, docs: list) -> list:
    """Copies of `docs`, in the pipeline's own vocab, through its attribute ruler and lemmatizer
    (with their `pipe`)."""
    out = [Doc(nlp.vocab).from_bytes(doc.to_bytes()) for doc in docs]
    for name in ("attribute_ruler", "lemmatizer"):
        out = list(nlp.get_pipe(name).pipe(out))
    return out


def test_identical_annotations_on_real_articles(stock_and_fast):
    """The two pipelines differ only in the attribute ruler and the lemmatizer, so the model's
    statistical components before them (tok2vec, tagger, parser: identical in both) run once and
    each pipeline's two rule components annotate copies of the same Docs; ner comes after them
    and writes none of the compared columns."""
    stock, fast = stock_and_fast
    names = stock.pipe_names
    assert names.index("attribute_ruler") + 1 == names.index("lemmatizer")
    assert set(names[names.index("lemmatizer") + 1:]) <= {"ner"}
    before = names[:names.index("attribute_ruler")]
    texts = [EDGE_TEXT] + [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    texts += [p.read_text(encoding="utf-8") for p in sorted((ROOT / "data" / "dev").rglob("*.txt"))][:4]
    assert len(texts) >= 6
    with stock.select_pipes(enable=before):
        parsed = list(stock.pipe(texts))
    tokens = 0
    for a, b in zip(_ruled(stock, parsed), _ruled(fast, parsed), strict=True):
        assert _annotations(a) == _annotations(b)
        tokens += len(a)
    assert tokens > 5000
    # a second pass: now the lemmas come from the lemmatizer's cache
    for a, b in zip(_ruled(stock, parsed[:3]), _ruled(fast, parsed[:3]), strict=True):
        assert _annotations(a) == _annotations(b)


def test_lookup_mode_lemmatizer_is_left_alone():
    nlp = spacy.blank("en")
    nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
    assert lemmatizer.maybe_replace(nlp) is False


def _blank_with_rules(rules: list[dict], fast: bool):
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add_patterns(rules)
    if fast:
        assert maybe_replace(nlp)
    return nlp


#: Rules that exercise the semantics: order (a later rule wins), negative index, IN, NOT_IN,
#: REGEX, two-token patterns and a token hit by several rules.
RULES = [
    {"patterns": [[{"LOWER": "bank"}]], "attrs": {"POS": "NOUN", "LEMMA": "bank"}},
    {"patterns": [[{"LOWER": "river"}, {"LOWER": "bank"}]], "attrs": {"POS": "PROPN"}, "index": -1},
    {"patterns": [[{"LOWER": {"IN": ["the", "a"]}}]], "attrs": {"POS": "DET", "MORPH": "Definite=Def"}},
    {"patterns": [[{"LOWER": "a"}]], "attrs": {"MORPH": "Definite=Ind"}},
    {"patterns": [[{"ORTH": {"NOT_IN": ["bank", "river", "the", "a"]}, "IS_ALPHA": True}]], "attrs": {"POS": "X"}},
    {"patterns": [[{"LOWER": {"REGEX": "^n'?t$"}}]], "attrs": {"LEMMA": "not", "POS": "PART"}},
    {"patterns": [[{"IS_PUNCT": True}, {"LOWER": "the"}]], "attrs": {"LEMMA": "THE"}, "index": 1},
]
WORDS = ["the", "a", "bank", "river", "River", "Bank", "n't", "nt", "ok", ",", ".", "x"]


def test_rule_semantics_match_spacy():
    text = "The river bank, a bank. River Bank n't ok , the x. nt a"
    stock, fast = _blank_with_rules(RULES, False), _blank_with_rules(RULES, True)
    a, b = stock(text), fast(text)
    assert _annotations(a) == _annotations(b)
    assert b[2].pos_ == "PROPN" and b[2].lemma_ == "bank"  # rule 1 after rule 0, on the last token
    assert str(b[4].morph) == "Definite=Ind"  # "a": the later rule's MORPH wins


@given(st.lists(st.sampled_from(WORDS), max_size=30))
@settings(max_examples=examples(200), deadline=None)
def test_any_word_sequence_matches_spacy(words):
    text = " ".join(words)
    a, b = _STOCK(text), _FAST(text)
    assert _annotations(a) == _annotations(b)


_STOCK, _FAST = _blank_with_rules(RULES, False), _blank_with_rules(RULES, True)


@pytest.mark.parametrize("pattern", [
    [{"LOWER": "a", "OP": "+"}],  # an operator: variable length
    [{"_": {"flag": True}}],  # an extension attribute
    [{"LENGTH": {">=": 3}}],  # a comparison
])
def test_other_rule_shapes_keep_spacys_component(pattern):
    nlp = spacy.blank("en")
    nlp.add_pipe("attribute_ruler").add_patterns([{"patterns": [pattern], "attrs": {"POS": "X"}}])
    assert maybe_replace(nlp) is False
    assert type(nlp.get_pipe("attribute_ruler")).__name__ == "AttributeRuler"


def test_no_attribute_ruler_is_left_alone():
    nlp = spacy.blank("en")
    assert maybe_replace(nlp) is False
    assert nlp.pipe_names == []


def test_wrapped_lemmatizer_still_offers_its_tables(nlp):
    """Components that read the lemmatizer's tables (the actors' English vocabulary) see them."""
    wrapped = nlp.get_pipe("lemmatizer")
    assert isinstance(wrapped, lemmatizer.FastLemmatizer)
    assert wrapped.mode == "rule" and wrapped.lookups.has_table("lemma_index")
    assert len(nlp.get_pipe("claimtrack_actors").vocab) > 10_000


#: Inflected words of every part of speech the rules cover: regular and irregular plurals, past
#: forms, comparatives, words the index lacks (an invented verb, a borrowed plural), words with
#: digits or hyphens (forms that are not alphabetic), and proper names.
LEMMA_TEXT = (
    "The ferrymen had quietly reloaded three dinghies, two geese and the hardest-hit crates while "
    "smaller tugboats were blorfing past. Analyses of the criteria showed wolves, mice and 4x4s "
    "outran the faster ones; Ms Okonkwo-Bright's drones flew higher, the Harrises' dogs barked, "
    "and she'd been re-examining the B-52s' flight logs since the 1990s. Better, best, worse, "
    "went, gone, children, oxen, cacti, phenomena, bases, leaves, ran, swum, fled."
)


def test_new_words_get_spacys_rule_lemmas(stock_and_fast):
    """`rule_lemmas` (the word index read as a set) gives spaCy's `rule_lemmatize`, every form
    in its order, for every token of an invented text and for each word alone."""
    stock, fast = stock_and_fast
    component = fast.get_pipe("lemmatizer")
    spacy_lemmatizer = component.lemmatizer
    docs = list(stock.pipe([LEMMA_TEXT] + LEMMA_TEXT.replace(",", "").replace(".", "").split()))
    compared = 0
    for doc in docs:
        for token in doc:
            spacy_lemmatizer.cache.clear()  # spaCy's answer computed, not remembered
            assert component.rule_lemmas(token) == spacy_lemmatizer.rule_lemmatize(token), token.text
            compared += 1
    assert compared > 120
    # the set index is built from the tables' own lists and follows a table replaced later
    index = spacy_lemmatizer.lookups.get_table("lemma_index")
    assert all(component._index[pos][0] is index.get(pos, lemmatizer._NO_WORDS) for pos in component._index)
    assert {"noun", "verb"} <= set(component._index)


@pytest.mark.parametrize("word, form, ok", [
    ("fined", "fin", False), ("fined", "fine", True),  # fin -> finned
    ("hoping", "hop", False), ("hopping", "hop", True),
    ("rates", "rat", False), ("rates", "rate", True), ("passes", "pass", True), ("goes", "go", True),
    ("visited", "visit", True), ("snowed", "snow", True), ("fixed", "fix", True),  # no doubling
])
def test_spelling_rules_out_a_base(word, form, ok):
    assert lemmatizer.spelled(word, form) is ok


def test_spelling_corrects_the_last_indexed_form_and_only_that(stock_and_fast):
    """spaCy's own lemmatizer gives "hop" for "hoped" (both indexed); the pipeline's default gives
    "hope" and keeps every lemma spelling does not decide."""
    stock, _ = stock_and_fast
    nlp = _load_base(None)
    assert lemmatizer.maybe_replace(nlp) and nlp.get_pipe("lemmatizer").spelling
    text = ("The inspectors hoped the agency rates the port well, but it fined the operator, "
            "which stared at losses, hopped between lenders and visited three banks.")
    verbs = {t.text: t.lemma_ for t in nlp(text) if t.pos_ == "VERB"}
    assert verbs["hoped"] == "hope" and verbs["fined"] == "fine" and verbs["stared"] == "stare"
    assert verbs["hopped"] == "hop" and verbs["visited"] == "visit"
    stock_verbs = {t.text: t.lemma_ for t in stock(text) if t.pos_ == "VERB"}
    assert stock_verbs["hoped"] == "hop"  # the spaCy behaviour the correction exists for
    assert {w: v for w, v in verbs.items() if w not in ("hoped", "fined", "stared", "rates")} == \
        {w: v for w, v in stock_verbs.items() if w not in ("hoped", "fined", "stared", "rates")}
