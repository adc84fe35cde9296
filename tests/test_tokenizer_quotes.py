"""Quote marks glued to the words around them are tokens of their own (claimtrack.pipeline.tokenizer).
Every sentence is invented."""

from __future__ import annotations


def _words(nlp, text):
    return [t.text for t in nlp.make_doc(text)]


def test_closing_quote_glued_to_the_speaker_is_split_off(nlp):
    assert _words(nlp, "the plan is dead,”Okafor said.") == ["the", "plan", "is", "dead", ",", "”", "Okafor", "said", "."]
    assert _words(nlp, 'was late,"she said') == ["was", "late", ",", '"', "she", "said"]


def test_opening_quote_glued_to_the_verb_is_split_off(nlp):
    assert _words(nlp, "she said“We will wait”and left") == ["she", "said", "“", "We", "will", "wait", "”", "and", "left"]


def test_apostrophes_and_abbreviations_stay_whole(nlp):
    assert _words(nlp, "O’Malley didn’t") == ["O’Malley", "did", "n’t"]
    assert "U.S." in _words(nlp, "in the U.S.”He left")


def test_the_speaker_of_a_glued_quote_is_found(nlp):
    text = "“The bridge will stay shut until spring,”Okafor said. “We have no other choice.”"
    quotes = nlp(text)._.ct_quotes
    assert [q["speaker"] for q in quotes] == ["Okafor", "Okafor"]


def test_infixes_are_added_once(nlp):
    from claimtrack.pipeline import tokenizer

    before = nlp.tokenizer.infix_finditer
    tokenizer.add_quote_infixes(nlp)
    assert nlp.tokenizer.infix_finditer == before


def test_a_closing_bracket_before_a_colon_is_no_emoticon(nlp):
    assert _words(nlp, "Rep. Ines Marlow (D-Ore.): the figure")[-4:] == [")", ":", "the", "figure"]


def test_a_name_with_its_party_and_state_before_a_colon_speaks(nlp):
    text = 'Rep. Ines Marlow (D-Ore.): "Who told you that figure?"'
    (q,) = nlp(text)._.ct_quotes
    assert q["speaker"] == "Ines Marlow"
    (q,) = nlp('The levy (a tax on sugar): "a disaster for small shops."')._.ct_quotes
    assert q["speaker"] is None  # a bracket after a common noun names no one


def test_the_prefix_re_keeps_its_hyphen_and_other_hyphens_split(nlp):
    assert _words(nlp, "The trust may re-open the pier.") == ["The", "trust", "may", "re-open", "the", "pier", "."]
    assert "Re-elected" in _words(nlp, "Re-elected in May, she stayed.")
    # only a word-initial "re": other hyphenated words split as spaCy splits them
    assert _words(nlp, "the Secretary-General and a free-range farm")[1:4] == ["Secretary", "-", "General"]
    assert _words(nlp, "a score-reading machine")[1:4] == ["score", "-", "reading"]


def test_a_verb_with_a_hyphenated_re_is_parsed_as_the_clause_verb(nlp):
    from claimtrack import extract

    text = "The ferry trust may re-open the north pier in May."
    [k] = [k for c in extract([], text=text).claims if c.frame for k in c.frame.clauses]
    assert (k.predicate, k.object, k.modality) == ("re-open", "north pier", "may")
    text = "The ferry trust re-opened the north pier in May."
    [k] = [k for c in extract([], text=text).claims if c.frame for k in c.frame.clauses]
    assert k.predicate == "re-open"  # not the rule lemmatizer's "re-opene"


def test_the_saved_tokenizer_read_with_the_infixes_is_spacy_s_with_them_added(nlp):
    """claimtrack.nlp.load reads the model's saved tokenizer with the infixes and exceptions set
    in its data (its special cases tokenized once): the tokenizer is the one spaCy reads and
    `add_quote_infixes` then changes, byte for byte and token for token."""
    import spacy

    from claimtrack.pipeline import tokenizer

    saved = nlp.path / "tokenizer"
    read = tokenizer.read_saved_tokenizer(spacy.blank("en"), saved)
    plain = spacy.blank("en")
    plain.tokenizer.from_disk(saved, exclude=["vocab"])
    def saved_form(pipeline):
        return pipeline.tokenizer.to_bytes(exclude=["vocab"])

    assert saved_form(plain) != saved_form(read)  # the model's own infixes and exceptions differ
    tokenizer.add_quote_infixes(plain)
    assert saved_form(read) == saved_form(plain) == saved_form(nlp)
    text = "Rep. Ana Voss (R-Utah): “We won’t re-run it,”Voss said of the 3,000-seat U.S.”hall"
    assert [t.text for t in read.make_doc(text)] == [t.text for t in plain.make_doc(text)] == _words(nlp, text)
