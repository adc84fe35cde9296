"""Quotes: mark pairing (pure, property-tested) and the component on real news phrasings."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimtrack.models import Quote
from claimtrack.pipeline.quotes.marks import paragraph_segments, pair_quote_marks
from conftest import examples


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


@settings(max_examples=examples(300), deadline=None)
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


@settings(max_examples=examples(300), deadline=None)
@given(st.lists(_alphabet, max_size=60).map("".join))
def test_paragraph_segments_tile_each_quotation(text):
    for p in pair_quote_marks(text):
        segs = paragraph_segments(text, p)
        assert segs[0].open == p.open and segs[-1].close == p.close
        for x, y in zip(segs, segs[1:]):
            assert x.open < x.close < y.open < y.close
            assert text[x.close] == "\n" and text[y.open] in "\"“„‟«"


def test_paragraph_segments_split_at_reopening_marks():
    text = "“One.\n\n“Two.\n\n“Three,” he said."
    (p,) = pair_quote_marks(text)
    assert [text[s.open + 1 : s.close].strip() for s in paragraph_segments(text, p)] == ["One.", "Two.", "Three,"]


@settings(max_examples=examples(100), deadline=None)
@given(st.text(max_size=200))
def test_pairing_any_text(text):
    for p in pair_quote_marks(text):
        assert 0 <= p.open < p.close < len(text)


# --------------------------------------------------------------------------------------------
# the component (model)


def quotes(nlp, text):
    doc = nlp(text)
    out = [Quote.model_validate(q) for q in doc._.ct_quotes]
    for q in out:
        assert text[q.start : q.end] == q.text
        if q.speaker_span is not None:
            assert text[q.speaker_span.start : q.speaker_span.end] == q.speaker_span.text
    return out


def said(q):
    """The words naming the speaker: the speaker, else the words kept for an unresolved one."""
    return q.speaker or q.speaker_mention


def last(name):
    return (name or "").split()[-1].lower() if name else None


CASES = [
    # (text, [(quote text, last word naming the speaker (speaker, else speaker_mention) or None, cue, direct)])
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
    got = [(q.text, last(q.speaker or q.speaker_mention), q.cue, q.direct) for q in quotes(nlp, text)]
    assert got == expected
    for q in quotes(nlp, text):
        assert q.speaker is None or q.speaker_mention is None  # a speaker, or the words kept


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
    # The commission is the speaker; a story that names one country may qualify it with that
    # country ("Electoral Commission (Brazil)"), so the name is read, not its last word.
    assert said(qs[0]).lower().startswith("electoral commission")
    assert last(said(qs[1])) == "lula"
    assert qs[1].cue == "call" and qs[1].direct is False


@pytest.mark.model
def test_short_quote_needs_a_governing_speech_verb(nlp):
    text = "The prime minister announced a plan to provide \"immediate\" relief to the flooded regions."
    (q,) = quotes(nlp, text)
    assert q.text == "immediate" and q.cue == "announced" and last(said(q)) == "minister"


@pytest.mark.model
def test_multi_paragraph_quote_attributed_at_its_end(nlp):
    text = (
        "The fire chief spoke after the blaze was contained.\n\n"
        "“We lost three homes tonight, but nobody was hurt.\n\n"
        "“The crews worked through the night,” Chief Daniel Ortiz said.\n"
    )
    # one quote per paragraph (the words inside that paragraph's marks), sharing the
    # attribution given at the end
    qs = quotes(nlp, text)
    assert [q.text for q in qs] == ["We lost three homes tonight, but nobody was hurt.", "The crews worked through the night,"]
    assert [last(q.speaker) for q in qs] == ["ortiz", "ortiz"] and qs[0].cue == "said"


@pytest.mark.model
def test_multi_paragraph_quote_introduced_with_a_colon(nlp):
    text = (
        "The mayor of the flooded town, Ana Souza, said in a statement:\n\n"
        "“The water rose faster than anyone expected.\n\n"
        "“We will rebuild every street.”\n\n"
        "Rain is forecast to continue until Friday.\n"
    )
    qs = quotes(nlp, text)
    assert [q.text for q in qs] == ["The water rose faster than anyone expected.", "We will rebuild every street."]
    assert [last(q.speaker) for q in qs] == ["souza", "souza"]


@pytest.mark.model
def test_unbalanced_marks_keep_the_rest_of_the_document(nlp):
    text = (
        "The striker said \"we were robbed and stormed off.\n"
        "Later, the manager said: \"We will look at the footage.\"\n"
        "A lone ” mark and a lone “ mark.\n"
    )
    qs = quotes(nlp, text)
    assert [q.text for q in qs] == ["We will look at the footage."]
    assert last(said(qs[0])) == "manager"


@pytest.mark.model
@pytest.mark.parametrize("text", ["", " ", "\n\n\n", "“”", "\"a\" \"b\" \"", "'''", "“" * 50, "x" * 3000 + "\"" + "y" * 10])
def test_never_raises(nlp, text):
    quotes(nlp, text)


# --------------------------------------------------------------------------------------------
# speaker attribution: appositions, pronouns, continuations, organisations


def speakers(nlp, text):
    return [(q.text, q.speaker) for q in quotes(nlp, text)]


@pytest.mark.model
@pytest.mark.parametrize(
    "text, speaker",
    [
        # a person named beside a role of an organisation: the person speaks
        ("Tomas Berg, Volvo's chief financial officer, said the plant would \"stay open for years\".", "Tomas Berg"),
        ("Siemens' head of research, Klara Novak, said: \"We are not leaving this market.\"", "Klara Novak"),
        ("“We are not leaving this market,” said Novak, the company's head of research.", "Novak"),
        # a name the entity recogniser may miss, in apposition to a role
        ("The union's president, Teuila Faleolo of Tonga, said:\n\n\"Our members will not accept this offer.\"\n", "Teuila Faleolo"),
    ],
)
def test_person_in_apposition_to_a_role(nlp, text, speaker):
    got = speakers(nlp, text)
    assert len(got) == 1 and got[0][1] is not None
    assert got[0][1].split()[-1] == speaker.split()[-1]


@pytest.mark.model
def test_pronoun_after_a_named_person_with_an_age(nlp):
    text = (
        "In the flooded suburb, Dorcas Wanjiru, 61, watched as the water reached her roof. "
        "“I have lived here all my life,” she said. “There is nothing left.”\n\n"
        "The county government said 40 homes were destroyed.\n"
    )
    qs = quotes(nlp, text)
    assert [q.speaker for q in qs] == ["Dorcas Wanjiru", "Dorcas Wanjiru"]


@pytest.mark.model
def test_age_apposition_after_an_inverted_cue(nlp):
    text = "“The wave came without warning,” said Farid Haddad, 45, a fisherman in the port. “We ran.”"
    assert [last(q.speaker) for q in quotes(nlp, text)] == ["haddad", "haddad"]


@pytest.mark.model
def test_pronoun_prefers_the_nearest_paragraph_and_skips_names_inside_quotes(nlp):
    text = (
        "Jonas Meyer won the first round easily.\n\n"
        "His coach, Petra Lind, was less impressed. \"Jonas Meyer can play much better than that,\" she said.\n"
    )
    (q,) = quotes(nlp, text)
    assert last(q.speaker) == "lind" and q.speaker_span.text == "she"


@pytest.mark.model
def test_continuation_paragraph_keeps_the_last_speaker(nlp):
    text = (
        "Ruth Okoye, a senior analyst at the institute, cautioned against reading too much into the poll.\n\n"
        "\"One survey does not make a trend,\" Okoye told the BBC.\n\n"
        "\"The sample was small, and the margin of error is large.\"\n\n"
        "Marco Rossi has promised to cut income tax by 2% if elected.\n"
    )
    qs = quotes(nlp, text)
    assert [last(q.speaker) for q in qs] == ["okoye", "okoye"]
    assert [q.cue for q in qs] == ["told", "told"]


@pytest.mark.model
def test_a_cue_in_the_next_paragraph_does_not_claim_the_quote(nlp):
    text = (
        "\"The figures are worse than we feared,\" said Helen Park, the mayor.\n\n"
        "\"We will need help from the capital.\"\n\n"
        "Governor Luis Ortega has pledged to send engineers next week.\n"
    )
    qs = quotes(nlp, text)
    assert [last(q.speaker) for q in qs] == ["park", "park"]


@pytest.mark.model
def test_told_someone_the_addressee_is_not_the_speaker(nlp):
    text = "“We expect a deal by Friday,” a senior diplomat told Reuters."
    (q,) = quotes(nlp, text)
    assert said(q) is not None and "Reuters" not in said(q)


@pytest.mark.model
def test_unnamed_spokesperson_speaks_for_the_organisation(nlp):
    text = "A spokesperson for Greenpeace said the spill was \"entirely avoidable\" and called for an inquiry."
    (q,) = quotes(nlp, text)
    assert last(q.speaker) == "greenpeace"


@pytest.mark.model
def test_according_to_a_statement_from_an_organisation(nlp):
    text = "The company had acted \"in full compliance with the law\", according to a statement from Siemens."
    (q,) = quotes(nlp, text)
    assert last(q.speaker) == "siemens" and q.cue == "according to"


@pytest.mark.model
def test_a_document_is_not_a_speaker(nlp):
    text = "The inspection report found that the hospital's emergency ward was \"chronically understaffed\"."
    (q,) = quotes(nlp, text)
    assert q.text == "chronically understaffed" and q.speaker is None


@pytest.mark.model
def test_his_party_is_the_organisation_tied_to_him(nlp):
    text = (
        "The Labour Party of Prime Minister Anders Holm lost 12 seats in the vote. "
        "Holm conceded defeat late on Sunday. His party said it would \"listen to the voters\" before choosing a new leader.\n"
    )
    (q,) = quotes(nlp, text)
    assert q.speaker == "Labour Party" or (q.speaker or "").endswith("Labour Party")


@pytest.mark.model
def test_possessed_common_noun_is_not_matched_by_its_last_word(nlp):
    text = (
        "The Progressive Party won the election. Ivan Petrov, who leads the opposition, conceded. "
        "His party said it would \"fight on in parliament\".\n"
    )
    (q,) = quotes(nlp, text)
    assert q.speaker != "Progressive Party"


@pytest.mark.model
def test_loose_description_takes_the_named_speaker_of_the_same_words(nlp):
    text = (
        "Farmers call new rules 'a death sentence'\n\n"
        "The National Farmers Union said in a statement that the rules were \"a death sentence\" for small farms.\n"
    )
    qs = quotes(nlp, text)
    assert [q.text for q in qs] == ["a death sentence", "a death sentence"]
    assert all(q.speaker and q.speaker.endswith("Union") for q in qs)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Campaigners accused the government of ignoring the \"user pays\" principle, the minister said.",
        "Rescuers said the so-called \"golden hour\" had passed.",
        "Officials said the “last mile” problem had slowed deliveries.",
    ],
)
def test_a_quoted_term_before_its_noun_is_not_a_quote(nlp, text):
    assert quotes(nlp, text) == []


@pytest.mark.model
def test_quoted_adjective_before_a_noun_stays_a_partial_quote(nlp):
    text = "The president said it was a \"fantastic\" deal for American workers."
    (q,) = quotes(nlp, text)
    assert q.text == "fantastic" and last(said(q)) == "president"


@pytest.mark.model
def test_a_name_in_passing_yields_to_the_previous_paragraph_subject(nlp):
    text = (
        "Prime Minister Ingrid Dahl met the visiting delegation on Monday.\n\n"
        "After the talks with Rui Costa, she said: \"We agreed on almost everything.\"\n"
    )
    (q,) = quotes(nlp, text)
    assert last(q.speaker) == "dahl"


@pytest.mark.model
@pytest.mark.parametrize("text", [
    # the name is the object of a preposition in the sentence before the pronoun's
    ("Senator Maria Oyelaran tabled the amendment last spring.\n\n"
     "The bill was drafted in the office of Governor Helena Voss. She later wrote that the state had been "
     "\"patient for long enough\".\n"),
    # a name after a place, misread by the parser as that place's apposition
    ("Councillor Maria Oyelaran opened the shelter on Friday.\n\n"
     "At a church hall in Eastfield, Helena Voss, 67, waited with two suitcases. "
     "\"The water came in through the floor,\" she said.\n"),
])
def test_a_name_in_an_earlier_sentence_of_the_paragraph_stays_the_antecedent(nlp, text):
    """Only a name in passing in the pronoun's own sentence yields to the previous paragraph's
    subject: a name in an earlier sentence of the same paragraph is the last person named."""
    (q,) = quotes(nlp, text)
    assert last(q.speaker) == "voss"


@pytest.mark.model
@pytest.mark.parametrize("text", [
    # a "who" clause shows a person whose given name the dictionary does not know
    ("Mayor Peter Adjei opened the new market hall on Monday.\n\n"
     "Fees will fall, according to Kwabena Asante-Darko, who chairs the traders' union. "
     "\"We asked for this for ten years,\" he said.\n"),
    # so does a person noun in apposition
    ("Mayor Peter Adjei opened the new market hall on Monday.\n\n"
     "The first stall went to Kwabena Asante-Darko, a cloth trader. \"We asked for this for ten years,\" he said.\n"),
])
def test_a_person_shown_by_the_sentence_named_in_passing_stays_the_antecedent(nlp, text):
    (q,) = quotes(nlp, text)
    assert last(q.speaker) == "asante-darko"


@pytest.mark.model
def test_a_club_named_in_passing_is_no_antecedent_for_he(nlp):
    """The model types some club names as persons; a name in passing that nothing else shows to
    be a person (no given name, title or age) yields to the previous paragraph's subject."""
    text = (
        "Coach Tom Hale was sacked on Monday after eight defeats in a row.\n\n"
        "The decision was taken by Harbour United after a board meeting. \"I gave everything,\" he said.\n"
    )
    (q,) = quotes(nlp, text)
    assert last(q.speaker) == "hale"


@pytest.mark.model
def test_body_quote_with_a_loose_speaker_keeps_it(nlp):
    text = (
        "Lawmakers debated the housing bill on Tuesday.\n\n"
        "Critics have called the plan \"a land grab\". "
        "Opposition leader Keith Moreno said the bill was \"a land grab, pure and simple\".\n"
    )
    qs = quotes(nlp, text)
    assert [last(said(q)) for q in qs] == ["critics", "moreno"]


# --------------------------------------------------------------------------------------------
# second references: an organisation or a titled person named before


@pytest.mark.model
@pytest.mark.parametrize(
    "text, speaker",
    [
        # the kind's name cue (Electric, Airways, Bank) picks the organisation
        ("Pacific Gas and Electric said it had shut off power to 30,000 homes in Napa County. "
         "The utility said in a filing that it was \"reviewing every circuit\" in the area.", "Pacific Gas and Electric"),
        ("Qantas Airways cancelled 200 flights after the strike. The airline said passengers "
         "would get \"a full refund or a free rebooking.\"", "Qantas Airways"),
        ("The Reserve Bank of Australia kept rates on hold. Treasurer Jim Chalmers welcomed the "
         "move. The bank said inflation was \"still too high.\"", "Reserve Bank of Australia"),
        # a club: its name cue, or the organisation that was the subject just before
        ("FC Porto confirmed the sale of its captain on Friday. The club said it wished him "
         "\"every success in Spain.\"", "FC Porto"),
        ("Bayern Munich completed the signing of the winger on Tuesday. The German club said "
         "the player had been \"our first choice all summer.\"", "Bayern Munich"),
        # a compound modifier of the noun is a cue too ("ratings agency" -> "... Ratings")
        ("Moody's Investors Service cut Italy's outlook to negative on Friday. Analysts expect "
         "more downgrades. The agency said the country's debt was \"on an unsustainable path.\"", "Moody's Investors Service"),
    ],
)
def test_definite_organisation_noun_is_the_organisation_named_before(nlp, text, speaker):
    (q,) = quotes(nlp, text)
    # the actor table's canonical name ("Moody's" for "Moody's Investors Service")
    assert q.speaker is not None and q.speaker.split()[0] == speaker.split()[0] and q.speaker_id is not None
    assert text[q.speaker_span.start : q.speaker_span.end] == q.speaker_span.text


@pytest.mark.model
def test_definite_organisation_noun_without_an_antecedent_stays_as_written(nlp):
    text = "The talks were held in Geneva. The ministry said the meeting was \"productive\"."
    (q,) = quotes(nlp, text)
    assert q.speaker is None and q.speaker_mention == "ministry" and q.speaker_id is None


@pytest.mark.model
def test_a_name_beside_a_kind_noun_is_the_speaker(nlp):
    text = "The credit agency Moody's said in a report that the merger was \"credit-negative\" for the lender."
    (q,) = quotes(nlp, text)
    assert q.speaker == "Moody's"


@pytest.mark.model
def test_title_noun_is_the_person_named_with_that_title(nlp):
    text = (
        "House Speaker Mike Johnson opened the session on Tuesday. "
        "Later the speaker said the vote was \"a victory for taxpayers.\""
    )
    (q,) = quotes(nlp, text)
    assert q.speaker == "Mike Johnson"


@pytest.mark.model
def test_title_with_an_of_phrase_ending_in_a_name(nlp):
    text = "Speaker of the House Mike Johnson said the bill would get \"a fair hearing\" next week."
    (q,) = quotes(nlp, text)
    assert q.speaker == "Mike Johnson"


@pytest.mark.model
def test_title_of_an_organisation_alone_is_not_a_name(nlp):
    text = "The head of the World Food Programme said aid was \"not reaching those in need\"."
    (q,) = quotes(nlp, text)
    assert q.speaker is None or "Programme" not in q.speaker


@pytest.mark.model
def test_speech_verb_coordinated_under_the_reported_clause_keeps_the_outer_speaker(nlp):
    text = (
        "Japan's trade ministry said the tariffs were unfair and called on Washington to "
        "\"reconsider the measures immediately.\""
    )
    (q,) = quotes(nlp, text)
    assert q.speaker is not None and "Ministry" in q.speaker.title()


@pytest.mark.model
def test_ranks_are_not_part_of_the_speaker_name(nlp):
    text = "Lt Col Sarah Owens told reporters the base was \"fully operational\" again."
    (q,) = quotes(nlp, text)
    assert q.speaker == "Sarah Owens"


@pytest.mark.parametrize(
    "name, person, expected",
    [
        ("Brig Gen Nabil Haddad", True, "Nabil Haddad"),
        ("Brig. Gen. Nabil Haddad", False, "Nabil Haddad"),
        ("Maj. Gen. Ana Torres", False, "Ana Torres"),
        ("Lt Col Sarah Owens", False, "Sarah Owens"),
        ("Sgt Owens", True, "Owens"),
        ("Sgt Owens", False, "Sgt Owens"),  # an unknown name keeps two words
        ("General Anne Lapointe", True, "Anne Lapointe"),
        ("General Motors", False, "General Motors"),  # full rank words only off a known person
        ("General Dynamics Land Systems", False, "General Dynamics Land Systems"),
        ("John Major", True, "John Major"),
        (None, True, None),
        ("", False, ""),
    ],
)
def test_strip_ranks(name, person, expected):
    from claimtrack.pipeline.quotes.tables import rank_words, strip_ranks

    short, full = rank_words()
    assert strip_ranks(name, person, short, full) == expected


@pytest.mark.model
def test_definite_organisation_noun_falls_back_to_the_recent_organisation_subject(nlp):
    text = (
        "Northwind Logistics reported a quarterly loss on Thursday.\n\n"
        "The company said it expected to be \"profitable by the end of the year.\"\n"
    )
    (q,) = quotes(nlp, text)
    assert q.speaker == "Northwind Logistics"


@pytest.mark.model
def test_a_far_organisation_of_another_kind_is_not_the_antecedent(nlp):
    text = (
        "Northwind Logistics reported a quarterly loss on Thursday.\n\n"
        "Shares rose 3%.\n\nMarkets were calm.\n\nInvestors were cautious.\n\n"
        "The utility said the outage was \"under control.\"\n"
    )
    (q,) = quotes(nlp, text)
    assert q.speaker is None and q.speaker_mention == "utility" and q.speaker_id is None


@pytest.mark.model
def test_title_noun_with_a_modifier_needs_the_same_title(nlp):
    text = (
        "Prime Minister Ana Costa met Defence Minister Rui Lopes on Monday.\n\n"
        "The prime minister said the budget was \"not negotiable.\"\n"
    )
    (q,) = quotes(nlp, text)
    assert q.speaker == "Ana Costa"


@pytest.mark.model
def test_the_government_is_not_the_last_organisation_subject(nlp):
    text = (
        "Hamas said on Sunday it had released four hostages.\n\n"
        "The government said the exchange was \"a first step\".\n"
    )
    (q,) = quotes(nlp, text)
    assert said(q) == "government"


# --- speakers that name no one: null, the words kept in speaker_mention (invented sentences) --

@pytest.mark.parametrize(
    "text, speaker, mention",
    [
        ("“The levee will hold,” a senior engineer said.", None, "senior engineer"),
        ("“We reject the tariff,” 14 provinces said in a joint letter.", None, "14 provinces"),
        ("“Nobody was hurt,” local officials said.", None, "local officials"),
        ("“The talks were useful,” the Ruritanian presidency said.", "Ruritanian presidency", None),
        ("“The levee will hold,” chief engineer Mara Lind said.", "Mara Lind", None),
        # one unnamed official of a body the article names is a person, not the body's voice
        ("The health ministry shut two clinics. “The levee will hold,” a ministry official said.",
         None, "ministry official"),
        ("The health ministry shut two clinics. “The levee will hold,” one official told reporters.",
         None, "one official"),
        # a spokesperson speaks for the body
        ("The health ministry shut two clinics. “The levee will hold,” a ministry spokeswoman said.",
         "Health Ministry", None),
    ],
)
def test_unresolved_speaker_is_null_with_its_words_kept(nlp, text, speaker, mention):
    found = [Quote.model_validate(q) for q in nlp(text)._.ct_quotes]
    assert len(found) == 1
    assert (found[0].speaker, found[0].speaker_mention) == (speaker, mention)


@pytest.mark.parametrize("verb", ["barked", "yelled", "assured", "chided"])
def test_manner_of_speaking_verbs_attribute(nlp, verb):
    found = [Quote.model_validate(q) for q in nlp(f"“Get back to your seats,” Ortega {verb} as the hall emptied.")._.ct_quotes]
    assert [q.speaker for q in found] == ["Ortega"]


def test_role_descriptions_resolve_to_the_person_holding_the_role(nlp):
    text = (
        "Ruritanian President Ana Vell met Freedonian Prime Minister Olek Brand and Northern Union "
        "Commission President Ines Dalo in Vienna.\n\n"
        "“The border stays open,” the Ruritanian leader said after the talks.\n\n"
        "“We will see,” the prime minister said.\n\n"
        "“Funds are ready,” the Commission president said.\n\n"
        "“It was useful,” the Freedonian leader said."
    )
    assert [q.speaker for q in quotes(nlp, text)] == ["Ana Vell", "Olek Brand", "Ines Dalo", "Olek Brand"]


@pytest.mark.parametrize("styled", ["Mr Justice", "Mrs Justice", "Judge", "Chief Justice"])
def test_the_judge_is_the_person_the_article_styled_a_judge(nlp, styled):
    """A court's member is styled "Judge X" or, in the higher courts of the Commonwealth and on the
    US Supreme Court, "Justice X": "the judge" names the person last named so."""
    text = (f"{styled} Peter Ngata of the Supreme Court dismissed the appeal on Friday.\n\n"
            "“The evidence does not support the claim,” the judge said.")
    assert [q.speaker for q in quotes(nlp, text)] == ["Peter Ngata"]


def test_the_judge_without_a_judge_named_stays_unresolved(nlp):
    text = ("Lawyer Peter Ngata lost the appeal on Friday.\n\n"
            "“The evidence does not support the claim,” the judge said.")
    (q,) = quotes(nlp, text)
    assert q.speaker is None and q.speaker_mention == "judge"


def test_a_role_nobody_named_holds_stays_unresolved(nlp):
    text = "Ruritanian President Ana Vell met union members.\n\n“Talks failed,” the defence minister said."
    (q,) = quotes(nlp, text)
    assert q.speaker is None and q.speaker_mention == "defence minister"


@pytest.mark.model
def test_a_title_abbreviation_is_not_a_sentence_end_between_two_quotes(nlp):
    text = ("“The levy is fair,” said Gov. Lena Marsh of Northfield. “Nobody will pay twice.”\n"
            "“We will appeal,” said Lt. Col. Omar Reyes. “The ruling ignores the evidence.”\n")
    qs = quotes(nlp, text)
    assert [last(q.speaker) for q in qs] == ["marsh", "marsh", "reyes", "reyes"]


@pytest.mark.model
@pytest.mark.parametrize("text, speaker", [
    ("“Not before the vote,” Petra Lindqvist snapped, and walked out.", "lindqvist"),
    ("“Would you sign it again?” Okafor pressed.", None),  # reported, but the model sees no name
    ("“We will win this seat,” she beamed. Later the count began.", "she"),
    ("“The numbers are in.” Marsh said.", "marsh"),
])
def test_a_reporting_clause_after_the_quote_names_the_speaker_whatever_its_verb(nlp, text, speaker):
    q = quotes(nlp, text)[0]
    if speaker is None:
        assert q.speaker_span is not None and q.speaker_span.text == "Okafor"
    elif speaker == "she":
        assert q.speaker_span is not None and q.speaker_span.text == "she"
    else:
        assert last(q.speaker) == speaker


@pytest.mark.model
def test_a_full_stop_inside_the_marks_keeps_a_later_clause_from_claiming_the_quote(nlp):
    text = "“The plant will close.” Marsh visited the site on Monday."
    q = quotes(nlp, text)[0]
    assert q.speaker is None


@pytest.mark.model
def test_a_name_right_before_the_colon_introduces_the_quote(nlp):
    qs = quotes(nlp, 'Marsh: "Our goal is to win the seat." Okafor: "The mission is to hold it."')
    assert [last(q.speaker) for q in qs] == ["marsh", "okafor"]
    q = quotes(nlp, "Round-up of the polls - Lena Marsh: “The lesson is a simple one: keep contacting voters.”")[0]
    assert q.speaker == "Lena Marsh"
    # a name set apart by a dash speaks even after a speech verb of the words before it, and a
    # name with a capital inside it ("McKenna") is still a name
    q = quotes(nlp, "Harbour pilots warn of fog - Oskar Lindgren: “Three ships nearly touched last week.”")[0]
    assert q.speaker == "Oskar Lindgren"
    q = quotes(nlp, "FERRY TIMES TO CHANGE IN MAY - Fiona McKenna: “Passengers will need to plan ahead.”")[0]
    assert q.speaker == "Fiona McKenna"


@pytest.mark.model
def test_the_one_a_message_goes_to_is_not_its_speaker(nlp):
    q = quotes(nlp, "Senator Lena Marsh delivered a blunt message to Okafor: “It is time to stop attacking people.”")[0]
    assert last(q.speaker) != "okafor"


@pytest.mark.model
def test_a_one_word_quotation_with_its_speech_verb_is_not_a_title(nlp):
    qs = quotes(nlp, '"Safety," said Ruth Okoye, a volunteer at the shelter. "Safety for every family here."')
    assert [q.text for q in qs] == ["Safety,", "Safety for every family here."]
    assert [last(q.speaker) for q in qs] == ["okoye", "okoye"]
    assert quotes(nlp, "The band played “Yesterday,” then left the stage.") == []  # a title stays out


@pytest.mark.model
def test_a_bare_reporting_sentence_before_a_quote_names_its_speaker(nlp):
    q = quotes(nlp, "Ruth Okoye agreed. “Mainstream parties are running out of time.”")[0]
    assert q.speaker == "Ruth Okoye"
    q = quotes(nlp, "Okoye agreed with the plan. “It is time.”")[0]  # a sentence with its own object
    assert q.speaker is None


# --- the clause around a quotation read from the parse (invented sentences; PolNeAR train's
# right-speaker figure moved with these: bench/peer_quotes.py --polnear) ----------------------

@pytest.mark.model
@pytest.mark.parametrize("text, speaker", [
    # subject first, with an apposition or a relative clause between it and its speech verb
    ('"Close the gates!" Tomas Berg, the lock keeper, shouted across the canal.', "berg"),
    ('"Is the ferry cancelled?" a passenger who had waited since dawn asked.', "passenger"),
    # verb first (quotative inversion): any verb, and the noun after it speaks, even after "ask"
    ('"Why now?" wondered Ines Marlow.', "marlow"),
    ('"Where is the pilot?" asked the harbour master, who had seen the storm coming.', "master"),
])
def test_a_reporting_clause_after_an_exclamation_or_question_names_its_speaker(nlp, text, speaker):
    (q,) = quotes(nlp, text)
    assert last(q.speaker or q.speaker_mention) == speaker


@pytest.mark.model
def test_a_new_sentence_after_a_quote_with_a_full_stop_claims_it_only_when_no_one_speaks_on(nlp):
    # session 19: with no attribution of its own and no earlier speaker going on, the quotation is
    # reported by the speech verb of the sentence after it (the unseen sets' annotators attribute
    # it so: KINDS.md E3); an earlier speaker who goes on keeps it
    (q,) = quotes(nlp, '"The bridge is closed." Tomas Berg, the lock keeper, said the canal stays open.')
    assert q.speaker == "Tomas Berg"
    _, q = quotes(nlp, '"The gates jammed at dawn," said Ines Marlow. "The bridge is closed." '
                       'Tomas Berg, the lock keeper, said the canal stays open.')
    assert q.speaker == "Ines Marlow"


@pytest.mark.model
@pytest.mark.parametrize("text, speaker", [
    ('Ines Marlow paused, then leaned over the table and growled: "We will never sell the mill."', "Ines Marlow"),
    ('When the mayor spoke of delays, Ines Marlow fired back sharply: "The budget is a fantasy."', "Ines Marlow"),
    ('Ines Marlow has since apologised for what happened: "I should have warned every tenant."', "Ines Marlow"),
])
def test_the_main_clause_before_a_colon_speaks_through_its_subject(nlp, text, speaker):
    (q,) = quotes(nlp, text)
    assert q.speaker == speaker


@pytest.mark.model
def test_a_colon_after_a_clause_with_no_named_subject_names_no_speaker(nlp):
    (q,) = quotes(nlp, 'The report lists three causes: "poor maintenance, old cables and heavy rain."')
    assert q.speaker is None


@pytest.mark.model
def test_a_report_sentence_before_a_quote_with_no_cue_names_its_speaker(nlp):
    q = quotes(nlp, 'Ines Marlow, the mill owner, said in a statement. "No worker will lose a job."')[0]
    assert q.speaker == "Ines Marlow"
    q = quotes(nlp, 'Ines Marlow says the flood took the town by surprise. "We had two hours of warning."')[0]
    assert q.speaker == "Ines Marlow"
    q = quotes(nlp, 'The flood took the town by surprise. "We had two hours of warning."')[0]
    assert q.speaker is None


@pytest.mark.model
def test_an_unattributed_quote_goes_on_with_the_paragraphs_last_speaker(nlp):
    qs = quotes(nlp, '"The ferry is late again," said Ines Marlow, a ferry pilot. She has worked the strait '
                     'for twenty years and the boats are old. "Nobody listens to us."')
    assert [q.speaker for q in qs] == ["Ines Marlow", "Ines Marlow"]
    # someone else named as a subject in between hands the paragraph over
    qs = quotes(nlp, '"The ferry is late again," said Ines Marlow, a ferry pilot. Tomas Berg, the operator, '
                     'disagreed. "The timetable is fine."')
    assert qs[1].speaker != "Ines Marlow"


@pytest.mark.model
@pytest.mark.parametrize("text, speaker", [
    # a participle clause with no subject of its own takes the main clause's subject, not the
    # nearest name before its verb
    ('Ines Marlow, herself a Berg voter in the spring, drew boos upon saying, "Berg has lost his way."', "Ines Marlow"),
    ('Ines Marlow, noting the size of the Berg campaign, said, "Let me tell you, he has a big list."', "Ines Marlow"),
])
def test_a_participle_clause_takes_the_main_subject_as_speaker(nlp, text, speaker):
    (q,) = quotes(nlp, text)
    assert q.speaker == speaker


@pytest.mark.model
def test_a_speech_verb_read_as_a_plural_noun_after_a_name_still_reports(nlp):
    (q,) = quotes(nlp, '"Read the letter the mayor sent after the storm," Marlow notes.')
    assert q.speaker == "Marlow"


# --- one utterance reworded: a noun for its synonym or its kind, over the stretch both quote ----

def test_a_noun_and_its_wordnet_kind_keep_a_quotes_meaning_over_the_stretch_both_quote():
    from claimtrack.compare.quotes import meaning_change

    whole = "After tonight's vote, this town goes to the back of the queue."
    assert meaning_change(whole, "goes to the back of the line") is None  # a queue is a kind of line
    # control: a noun that names another thing still changes the meaning
    assert meaning_change(whole, "goes to the back of the room") is not None


def test_nouns_meet_by_a_shared_sense_or_a_direct_kind_never_by_a_loose_neighbour():
    from claimtrack.compare.statements import nouns_meet

    assert nouns_meet("queues", "line") and nouns_meet("medicines", "drugs") and nouns_meet("plant", "factory")
    assert not nouns_meet("cat", "dog") and not nouns_meet("tax", "fee") and not nouns_meet("budget", "cost")


@pytest.mark.model
@pytest.mark.parametrize("text, speaker, mention", [
    # a speech verb in the passive is spoken by its agent, not by its subject (the one spoken to)
    ('Ines Marlow was asked by the host, Tom Berg, who backs her rival, "Will you stay in the race?"', "Tom Berg", None),
    ('"The bridge must close," the mayor was told by engineers.', None, "engineers"),
])
def test_a_passive_speech_verb_is_spoken_by_its_agent(nlp, text, speaker, mention):
    (q,) = quotes(nlp, text)
    assert (q.speaker, q.speaker_mention) == (speaker, mention)


@pytest.mark.model
def test_a_name_before_a_subjectless_speech_verb_is_its_subject(nlp):
    text = (
        "Marta Lind said on Monday the plant would close.\n\n"
        "Brava Freight, based in Genoa, runs 40 trucks and will lease the new depots to food companies on "
        "five-year terms, its chairman, Paolo Venti, said. \"We picked Genoa because the port is fast,\" he said.\n"
    )
    found = [q for q in quotes(nlp, text) if "picked Genoa" in q.text]
    assert [q.speaker for q in found] == ["Paolo Venti"]


@pytest.mark.model
@pytest.mark.parametrize("text, speaker", [
    # the parse hangs "adding"/"saying" on the reported clause's verb; the one reporting it speaks
    ('Tomas Berg, the harbour master, said the council would not dredge the channel, adding that '
     'the pier was "safe for small boats only".', "Tomas Berg"),
    ('Ines Marlow denied that speculators were driving up rents, saying the rise was "a matter of supply".',
     "Ines Marlow"),
    ('Ines Marlow told the court her client would not appeal, saying he wanted to "start again somewhere quiet".',
     "Ines Marlow"),
])
def test_a_speech_participle_after_a_reported_clause_goes_with_the_reporter(nlp, text, speaker):
    (q,) = quotes(nlp, text)
    assert q.speaker == speaker


@pytest.mark.model
@pytest.mark.parametrize("text, speaker", [
    # news may give the role first and the name only after it
    ('The dam was at a third of its capacity. "We ration now or we ration later," the water '
     'commissioner said on Friday. Ida Brenner added that wells would be tested weekly.', "Ida Brenner"),
    ('The gallery lost two paintings in the fire. "Nothing else was touched," the museum\'s director '
     'said. Oskar Lind, who has run the museum for a decade, said the alarms had worked.', "Oskar Lind"),
])
def test_a_role_named_before_the_person_is_the_person_named_next(nlp, text, speaker):
    (q,) = quotes(nlp, text)
    assert q.speaker == speaker


@pytest.mark.model
@pytest.mark.parametrize("text", [
    # someone newly named with a role of another kind, or not tied to the role, is someone else
    'The dam was low. "We ration now or we ration later," the water commissioner said. Ida Brenner, '
    'a farmer, said the wells were dry.',
    'The gallery lost two paintings in the fire. "Nothing else was touched," the museum\'s director '
    'said. Oskar Lind, who lives next door, said the smoke was thick.',
])
def test_a_newly_named_person_not_tied_to_the_role_does_not_take_its_quote(nlp, text):
    (q,) = quotes(nlp, text)
    assert q.speaker is None and q.speaker_mention


@pytest.mark.model
@pytest.mark.parametrize("text, speakers", [
    ('The strike began at dawn. "Every bus will stop," said Ida Brenner, the transit board\'s chair, who '
     'described the walkout as "a last resort".', ["Ida Brenner", "Ida Brenner"]),
    ('Transit workers walked out on Monday, the union said, after talks with Tom Berg, who has called the '
     'strike "a needless gamble".', ["Tom Berg"]),
])
def test_a_relative_pronoun_speaks_for_the_name_its_clause_modifies(nlp, text, speakers):
    assert [q.speaker for q in quotes(nlp, text)] == speakers


@pytest.mark.model
def test_a_spokesperson_of_a_kind_of_organisation_speaks_for_the_one_the_article_is_about(nlp):
    text = ('Halvard Logistics lost its licence on Monday. Regulators said the company had ignored '
            'three warnings. A company spokeswoman said it would "appeal at once".')
    (q,) = quotes(nlp, text)
    assert q.speaker == "Halvard Logistics"


@pytest.mark.model
@pytest.mark.parametrize(
    "text, speaker",
    [
        ("“The pumps are running,” a spokeswoman for Kestrel Mining, Ana Ruiz, told reporters.", "Ana Ruiz"),
        ("A spokesman for the Harbour Board, Tomas Kovac, said: “The cranes will be back by noon.”", "Tomas Kovac"),
        # no name beside the organisation: the proxy still speaks for it
        ("“The pumps are running,” a spokeswoman for Kestrel Mining told reporters.", "Kestrel Mining"),
    ],
)
def test_a_named_spokesperson_after_the_organisation_is_the_speaker(nlp, text, speaker):
    # the parser hangs the name from the organisation ("for X, Ana Ruiz,"); a person's name does
    # not rename an organisation, so it names the spokeswoman, who is the speaker
    (q,) = quotes(nlp, text)
    assert q.speaker == speaker


@pytest.mark.model
@pytest.mark.parametrize(
    "text, speaker",
    [
        # "put it" with nothing but a manner after it means "express it in words"
        ("As the ferry operator, Nils Aberg, put it, “Nobody sails in this wind.”", "Nils Aberg"),
        ("“Nobody sails in this wind,” as Nils Aberg put it.", "Nils Aberg"),
    ],
)
def test_as_someone_put_it_attributes_the_quotation(nlp, text, speaker):
    (q,) = quotes(nlp, text)
    assert q.speaker == speaker


@pytest.mark.model
def test_a_speech_verb_after_a_dummy_it_clause_keeps_the_one_reporting(nlp):
    # "added" joined by "but" to a reported clause whose subject is a dummy "it" continues the
    # verb of saying: "it" stands for the clause it anticipates and speaks for no one
    text = ("The harbour master, Grete Holm, said it was too early to count the cost but added, "
            "“We lost a week of trade.”")
    (q,) = quotes(nlp, text)
    assert q.speaker == "Grete Holm"


@pytest.mark.model
@pytest.mark.parametrize(
    "text, speaker",
    [
        # "in the words of X": the words are X's, as in "in X's words"
        ("In the words of the ferry operator, Nils Aberg, “nobody sails in this wind.”", "Nils Aberg"),
        ("In Nils Aberg's words, “nobody sails in this wind.”", "Nils Aberg"),
    ],
)
def test_in_the_words_of_someone_attributes_the_quotation(nlp, text, speaker):
    (q,) = quotes(nlp, text)
    assert q.speaker == speaker


@pytest.mark.model
def test_a_headline_quote_below_a_masthead_takes_the_body_speaker(nlp):
    """A page's head is every paragraph before the first one that ends a sentence (masthead, date
    line, headline, byline): a quoted headline there takes the speaker of the body quotation that
    holds its words, as one in the first paragraph does."""
    text = (
        "THE LEESIDE HERALD\nTuesday 3 March 2026\n\n"
        "'We are staying put in our homes': tenants win their fight over the towers\n\n"
        "By Jo Marsh, housing reporter\n\n"
        "Tenants of the Leeside towers won the right to stay on Monday after a two-year fight. "
        "\"The council tried everything,\" said Ana Ruiz, who chairs the tenants' group. \"We are staying put in our homes.\"\n"
    )
    found = quotes(nlp, text)
    head = next(q for q in found if q.start < text.index("By Jo"))
    assert head.text == "We are staying put in our homes" and last(head.speaker) == "ruiz"


@pytest.mark.model
@pytest.mark.parametrize("head", ["", "THE LEESIDE HERALD\nTuesday 3 March 2026\n\n"])
def test_a_short_quoted_headline_is_kept_when_the_body_quotes_its_words(nlp, head):
    """A short quotation leading a headline ("'A disgrace': ...") is a quote, not a scare term,
    when a body quotation holds its words; it takes that quotation's speaker."""
    text = head + (
        "'A disgrace': tenants wait two years for repairs\n\n"
        "By Jo Marsh, housing reporter\n\n"
        "Tenants of the Leeside towers have waited two years for repairs. "
        "\"It is a disgrace,\" said Ana Ruiz, who chairs the tenants' group.\n"
    )
    found = quotes(nlp, text)
    assert [(q.text, last(q.speaker)) for q in found] == [("A disgrace", "ruiz"), ("It is a disgrace,", "ruiz")]


@pytest.mark.model
def test_a_short_quoted_headline_the_body_never_quotes_is_dropped(nlp):
    text = (
        "'Broken promises': tenants wait two years for repairs\n\n"
        "Tenants of the Leeside towers have waited two years for repairs. "
        "\"Nothing has been done,\" said Ana Ruiz, who chairs the tenants' group.\n"
    )
    assert [q.text for q in quotes(nlp, text)] == ["Nothing has been done,"]
