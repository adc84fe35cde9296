"""Quotes: mark pairing (pure, property-tested) and the component on real news phrasings."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimtrack.pipeline.quotes import pair_quote_marks


def inner(text, pair):
    return text[pair.open + 1 : pair.close]


# --------------------------------------------------------------------------------------------
# mark pairing (no model)


@pytest.mark.parametrize(
    "text, expected",
    [
        ('He said "we will win" and left.', ["we will win"]),
        ("“It is over,” she said.", ["It is over,"]),
        ("'We are devastated,' said the mayor.", ["We are devastated,"]),
        ("‘We are devastated,’ said the mayor.", ["We are devastated,"]),
        # apostrophes are not marks
        ("Merkel’s plan didn’t survive the ’90s nostalgia of the players’ union.", []),
        ("Rock 'n' roll in the '80s, isn't it?", []),
        # a stray opening mark is skipped, the rest of the paragraph still pairs
        ('He said "yes and left.\nShe said "no" twice.', ["no"]),
        ('A stray ” closing mark, then “a real one”.', ["a real one"]),
        # single quotes nested inside double quotes belong to the outer quotation
        ('“He told me ‘never again’ and walked out,” she said.', ["He told me ‘never again’ and walked out,"]),
        # a possessive inside a single-quoted quotation
        ("'The players' union will strike,' he said.", ["The players' union will strike,"]),
    ],
)
def test_pairs(text, expected):
    assert [inner(text, p) for p in pair_quote_marks(text)] == expected


def test_quote_spanning_paragraphs_reopens_at_each_paragraph():
    text = "“The first paragraph ends here.\n\n“The second one too.\n\n“And this is the end,” he said.\n"
    pairs = pair_quote_marks(text)
    assert len(pairs) == 1
    assert inner(text, pairs[0]).startswith("The first") and inner(text, pairs[0]).endswith("the end,")


def test_unclosed_quote_does_not_run_into_next_paragraph():
    text = "“This one never closes.\n\nA plain paragraph with “a closed quote” in it.\n"
    assert [inner(text, p) for p in pair_quote_marks(text)] == ["a closed quote"]


def test_hard_wrapped_line_keeps_the_quotation_open():
    text = 'The minister said "the budget will be balanced within three\nyears, whatever happens" on Monday.'
    assert [inner(text, p) for p in pair_quote_marks(text)] == ["the budget will be balanced within three\nyears, whatever happens"]


_alphabet = st.sampled_from(list("ab ,.\n\"'“”‘’„«»:!?") + ["Merkel’s", "don't", " said", "\n\n"])


@settings(max_examples=300, deadline=None)
@given(st.lists(_alphabet, max_size=60).map("".join))
def test_pairing_never_raises_offsets_exact_deterministic(text):
    pairs = pair_quote_marks(text)
    assert pairs == pair_quote_marks(text)
    last = -1
    for p in pairs:
        assert 0 <= p.open < p.close < len(text)
        assert text[p.open] in "\"'“”„‟«»‘’‚‛" and text[p.close] in "\"'“”„‟«»‘’‚‛"
        assert p.open > last  # sorted, non-overlapping
        last = p.close


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=200))
def test_pairing_any_text(text):
    for p in pair_quote_marks(text):
        assert 0 <= p.open < p.close < len(text)


# --------------------------------------------------------------------------------------------
# the component (model)


def quotes(nlp, text):
    doc = nlp(text)
    out = doc._.ct_quotes
    for q in out:
        assert text[q.start : q.end] == q.text
        if q.speaker_span is not None:
            assert text[q.speaker_span.start : q.speaker_span.end] == q.speaker_span.text
    return out


def last(name):
    return (name or "").split()[-1].lower() if name else None


CASES = [
    # (text, [(quote text, speaker last word or None, cue, direct)])
    ('"We will appeal this decision," the company said in a statement.',
     [("We will appeal this decision,", "company", "said", True)]),
    ("Prime Minister Narendra Modi said: \"This is a historic day for India.\"",
     [("This is a historic day for India.", "modi", "said", True)]),
    ("“It was a tough game,” coach Pep Guardiola told reporters after the match. “We never gave up.”",
     [("It was a tough game,", "guardiola", "told", True), ("We never gave up.", "guardiola", "told", True)]),
    ("The storm was \"the worst in a generation,\" according to the National Weather Service.",
     [("the worst in a generation,", "service", "according to", False)]),
    ("Biden, the Democratic nominee, said \"democracy is on the ballot\" in a speech on Tuesday.",
     [("democracy is on the ballot", "biden", "said", False)]),
    ("'We are devastated,' said Maria Lopez, whose house was destroyed. 'Everything is gone.'",
     [("We are devastated,", "lopez", "said", True), ("Everything is gone.", "lopez", "said", True)]),
    ("Angela Merkel arrived late at the summit. \"I apologise for the delay,\" she said.",
     [("I apologise for the delay,", "merkel", "said", True)]),
    ("The judge said the defendant had shown \"no remorse whatsoever\" during the trial.",
     [("no remorse whatsoever", "judge", "said", False)]),
    ("Scientists warned that the reef faces \"an existential threat from rising sea temperatures.\"",
     [("an existential threat from rising sea temperatures.", "scientists", "warned", False)]),
    ("The central bank governor defended the rate rise and declared:\n\n“Inflation must come down, and it will come down.”\n",
     [("Inflation must come down, and it will come down.", "governor", "declared", True)]),
    ("Serena Williams thanked the crowd. “This one is for my daughter,” she wrote on Instagram.",
     [("This one is for my daughter,", "williams", "wrote", True)]),
]


@pytest.mark.model
@pytest.mark.parametrize("text, expected", CASES)
def test_real_phrasings(nlp, text, expected):
    got = [(q.text, last(q.speaker), q.cue, q.direct) for q in quotes(nlp, text)]
    assert got == expected


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Fans celebrated the so-called “miracle on ice” for days.",
        "The court rejected the “Stop the Steal” claims.",
        "Burton claims that his favorite book is \"One Hundred Years of Solitude\".",
        "Burton thinks that cats are \"cuties\".",
        "The rescue teams formed a “human chain” across the flooded road.",
        "Known as the “Iron Lady”, she led the country for eleven years.",
        "He said \"yes and then left",
        "“",
        "\"\"\"\"",
        "Storm Update: ‘Category 5’ Warning Issued",
    ],
)
def test_not_quotes(nlp, text):
    assert quotes(nlp, text) == []


@pytest.mark.model
def test_pronoun_resolves_to_the_main_clause_subject(nlp):
    text = (
        "Rafael Nadal, the former world number one, told journalists that Carlos Alcaraz was the favourite.\n\n"
        "\"He is playing the best tennis of anyone right now,\" he said.\n"
    )
    (q,) = quotes(nlp, text)
    assert last(q.speaker) == "nadal"
    assert q.speaker_span.text == "he"


@pytest.mark.model
def test_organisation_and_possessive_speech_noun(nlp):
    text = (
        "The electoral commission said turnout was \"higher than in any election since 1992.\"\n"
        "Lula has pledged new spending, in line with his call for Brazil to adopt a \"growth first strategy.\"\n"
    )
    qs = quotes(nlp, text)
    assert [last(q.speaker) for q in qs] == ["commission", "lula"]
    assert qs[1].cue == "call" and qs[1].direct is False


@pytest.mark.model
def test_short_quote_needs_a_governing_speech_verb(nlp):
    text = "The prime minister announced a plan to provide \"immediate\" relief to the flooded regions."
    (q,) = quotes(nlp, text)
    assert q.text == "immediate" and q.cue == "announced" and last(q.speaker) == "minister"


@pytest.mark.model
def test_multi_paragraph_quote_attributed_at_its_end(nlp):
    text = (
        "The fire chief spoke after the blaze was contained.\n\n"
        "“We lost three homes tonight, but nobody was hurt.\n\n"
        "“The crews worked through the night,” Chief Daniel Ortiz said.\n"
    )
    (q,) = quotes(nlp, text)
    assert q.text.startswith("We lost three homes") and q.text.endswith("through the night,")
    assert last(q.speaker) == "ortiz" and q.cue == "said"


@pytest.mark.model
def test_unbalanced_marks_keep_the_rest_of_the_document(nlp):
    text = (
        "The striker said \"we were robbed and stormed off.\n"
        "Later, the manager said: \"We will look at the footage.\"\n"
        "A lone ” mark and a lone “ mark.\n"
    )
    qs = quotes(nlp, text)
    assert [q.text for q in qs] == ["We will look at the footage."]
    assert last(qs[0].speaker) == "manager"


@pytest.mark.model
@pytest.mark.parametrize("text", ["", " ", "\n\n\n", "“”", "\"a\" \"b\" \"", "'''", "“" * 50, "x" * 3000 + "\"" + "y" * 10])
def test_never_raises(nlp, text):
    quotes(nlp, text)
