"""One speaker's utterance in two transcriptions (issue 13 (3)): a rewording is a conflict only
when it flips a negation, replaces a figure, a name, or a word by its WordNet antonym; words
that merely drift are shown (`related`, with the word difference), never a conflict; a verb for
its WordNet synonym keeps the meaning. Invented sentences, through the real extractor."""

from __future__ import annotations

import pytest

from claimtrack.compare import diff_pair
from claimtrack.compare.quotes import meaning_change
from claimtrack.compare.statements import opposite_words, verb_lemma, words_meet

from extracted import extracted_doc


def _quotes(a: str, b: str):
    report = diff_pair(extracted_doc(a, "a.txt"), extracted_doc(b, "b.txt"))
    return [(m.status, m.relation, m.reason) for m in report.matches if m.kind == "quote"]


def test_regular_inflections_lead_to_the_wordnet_verb():
    assert verb_lemma("steals") == "steal" and verb_lemma("required") == "require"
    assert verb_lemma("stopped") == "stop" and verb_lemma("closing") == "close" and verb_lemma("carried") == "carry"
    assert verb_lemma("zzzing") is None


def test_words_meet_by_wordnet_verbs_and_nouns_and_opposites_are_antonyms():
    assert words_meet("robs", "steals") and words_meet("halted", "stopped") and words_meet("queues", "line")
    assert not words_meet("asked", "sold") and not words_meet("win", "lose")
    assert opposite_words("win", "lose") and opposite_words("accepted", "rejects") and opposite_words("legal", "illegal")
    assert not opposite_words("robs", "steals")


def test_a_word_for_its_antonym_changes_the_meaning_a_verb_for_its_synonym_does_not():
    assert "opposite" in meaning_change("The ferry crews will accept the new rota", "The ferry crews will reject the new rota")
    assert meaning_change("Smugglers rob the coastal villages every winter",
                          "Smugglers steal from the coastal villages every winter") is None


def test_a_country_and_its_people_are_one_name_another_country_is_another():
    # "in Portugal" / "no Portuguese": the demonym names the country (data/countries.json)
    assert meaning_change("Nobody in Portugal should lose a pension to a clerical slip",
                          "No Portuguese should lose a pension to a clerical slip") is None
    assert "a name differs" in meaning_change("No Peruvian should lose a pension to a clerical slip",
                                              "No Bolivian should lose a pension to a clerical slip")


@pytest.mark.model
def test_one_speakers_drifting_words_are_shown_never_a_conflict():
    said = ' Captain Lena Ortiz of the ferry union said.'
    got = _quotes('"We were never paid for the overtime we worked in the storm," ' + said,
                  '"We were never thanked for the nets we lost at sea in the storm," ' + said)
    assert got and all(status != "conflict" for status, _, _ in got)
    assert any(status == "related" and "“overtime" in why for status, _, why in got)
    # a rewording that keeps two content words ("paid" is "compensated" wherever a verb table
    # links them) is the same statement or a drift shown with its words, never a conflict
    got = _quotes('"We were never paid for the overtime we worked in the storm," ' + said,
                  '"We were never compensated for the extra hours in the storm," ' + said)
    assert got and all(status != "conflict" and "“overtime" in why for status, _, why in got)


@pytest.mark.model
def test_one_speakers_words_replaced_by_their_antonym_conflict():
    said = ' Captain Lena Ortiz of the ferry union said.'
    got = _quotes('"Our crews will accept the new winter rota," ' + said,
                  '"Our crews will reject the new winter rota," ' + said)
    assert ("conflict", "reworded") in [(s, r) for s, r, _ in got]


def test_a_related_rewording_is_never_exported_as_a_conflict():
    from claimtrack.ledger.jsonld import relation_property

    assert relation_property("quote", "related", "reworded") == "relatedClaim"
    assert relation_property("statement", "related", "polarity") == "relatedClaim"
    assert relation_property("quote", "conflict", "reworded") == "conflicts"
    assert relation_property("quote", "agree", "paraphrased") == "sameQuote"


def _quote(text: str, speaker: str = "Ana Castell"):
    from claimtrack.models import Quote

    return Quote(start=0, end=len(text), text=text, speaker=speaker, speaker_id=speaker.lower().replace(" ", "-"))


def test_one_speakers_utterance_meets_through_synonyms_of_its_content_words():
    # "halted"/"stopped" and "queues"/"line" are WordNet synonyms: with "nurses" and
    # "registrations", the shorter quote's content words are met in the other (the measure the
    # meaning is judged by), though the two share few words as written
    from claimtrack.compare.quotes import compare_quotes, same_utterance

    a = "The nurses halted registrations at noon because the queues outside had grown too long,"
    b = "By midday the line was endless, so the nurses stopped taking new registrations,"
    assert same_utterance(_quote(a), _quote(b)) is None
    assert compare_quotes(_quote(a), _quote(b))[:2] == ("agree", "paraphrased")
    # control: a negation that flips the meaning is a conflict of the same utterance
    negated = b.replace("stopped taking", "did not stop taking")
    assert compare_quotes(_quote(a), _quote(negated))[:2] == ("conflict", "reworded")
    # control: two speakers' like words are not one person's utterance (nor a conflict)
    assert compare_quotes(_quote(a), _quote(b, "Marta Vidal")) is None


def test_a_negation_before_the_stretch_a_shorter_quote_covers_reaches_it():
    # "is not a plan that helps": the negation reaches forward to the end of its clause, over
    # the words the shorter quote gives (read against the stretch it covers)
    a = "This plan helps families who rent,"
    assert "negation flips" in (meaning_change(a, "This is not a plan that helps families who rent,") or "")
    # control: a negation in another clause, before a comma, does not reach it
    assert meaning_change(a, "We will not sign it today, but this plan helps families who rent,") is None
    # control: a fragment quoted inside the reporter's sentence takes its polarity from the
    # reporter's words outside the quotation marks, not from the clause around it
    assert meaning_change("help families who rent", "We will not help families who rent their homes in the north,") is None


def test_a_negation_that_asks_a_question_flips_nothing():
    # the negated clause is on both sides: the flip changes what both say
    assert "negation flips" in meaning_change("The ferry crews will accept the new rota",
                                             "The ferry crews will not accept the new rota")
    # "we do not know whether the ferry will keep running" asks "will the ferry keep running?"
    a = "The grant ends in March. If the council cuts it, we do not know whether the ferry will keep running."
    b = "The grant ends in March. If the council cuts it, will the ferry keep running?"
    assert "negation flips" not in (meaning_change(a, b) or "")
    assert "negation flips" not in (meaning_change(b, a) or "")
    # ... while "not know the answer" denies knowing
    assert "negation flips" in meaning_change("We know the cost of the new quay", "We do not know the cost of the new quay")


def test_a_negated_clause_the_other_side_left_out_flips_nothing():
    a = "We will not name a date yet, but the bridge will reopen to buses"
    b = "The bridge will reopen to buses and lorries before the summer holidays"
    assert "negation flips" not in (meaning_change(a, b) or "")
    # control: the negated clause said on both sides flips
    c = "We will name a date soon, and the bridge will not reopen to buses"
    assert "negation flips" in (meaning_change(a.replace("will not name", "will name"), c) or "")


def test_one_speakers_two_wordings_sharing_two_of_five_content_words_are_one_utterance():
    # ONE_UTTERANCE: "volunteers", "gym" and "heating" of six content words are said on both
    # sides, the rest in each reporter's own words: one utterance, and nothing contradicts
    from claimtrack.compare.quotes import compare_quotes, same_utterance

    a = "Our volunteers could not sleep in the school gym because the heating failed on the first night,"
    b = "The heating in the gym broke down, so nobody among the volunteers got any rest,"
    assert same_utterance(_quote(a), _quote(b)) is None  # the words as written are far apart
    assert compare_quotes(_quote(a), _quote(b))[:2] == ("agree", "paraphrased")
    # control: two of six content words in common are two things the speaker said
    c = "The volunteers need blankets more than anything, and the gym roof leaks when it rains,"
    assert compare_quotes(_quote(a), _quote(c)) is None
    # control: another speaker's like words are never this speaker's utterance
    assert compare_quotes(_quote(a), _quote(b, "Marta Vidal")) is None


def test_a_negation_between_wordings_aligned_by_a_few_content_words_is_no_conflict():
    # "could not sleep" and "spent the night awake" say one thing; where a free rewording puts
    # its negation says nothing (SAME_CONTENT), so the pair is shown, never a conflict
    from claimtrack.compare.quotes import compare_quotes

    a = "Our volunteers could not sleep in the school gym because the heating failed on the first night,"
    b = "The heating in the gym broke down and the volunteers spent a freezing first night awake,"
    status, relation, why, _ = compare_quotes(_quote(a), _quote(b))
    assert (status, relation) == ("related", "reworded") and "negation" in why
    # control: the same flip between two wordings that share most content words is a conflict
    c = "Our volunteers could sleep in the school gym because the heating worked on the first night,"
    assert compare_quotes(_quote(a), _quote(c))[:2] == ("conflict", "reworded")


def test_a_verb_said_on_both_sides_is_not_replaced_by_its_converse():
    # "sold" is "sell" (WordNet's irregular forms): A says both ends of one sale, so B's "sell"
    # replaces nothing, and "buys" in A is no antonym standing in for it
    a = "Every winter we sold our apples to the cider mill, and the mill buys them cheap,"
    b = "Every winter we sell our apples cheap to the cider mill,"
    assert meaning_change(a, b) is None
    # control: one act under a verb and its antonym on the two sides changes the meaning
    assert "opposite" in (meaning_change("We sold the orchard to the cider mill last winter",
                                         "We bought the orchard from the cider mill last winter") or "")


def test_a_negative_prefix_says_what_not_says():
    # "would not be able" / "will be unable": the prefix is the negation (un-, in-, im-, dis-, non-)
    assert meaning_change("The ferry would not be able to sail before Friday,",
                          "The ferry will be unable to sail before Friday,") is None
    assert meaning_change("It is not possible to run the race in this heat,",
                          "It is impossible to run the race in this heat,") is None
    # controls: the prefix without a negation opposite it, or both negated, is an opposite
    assert meaning_change("The ferry will be able to sail before Friday,",
                          "The ferry will be unable to sail before Friday,") is not None
    assert meaning_change("The ferry would not be able to sail before Friday,",
                          "The ferry will not be unable to sail before Friday,") is not None
    # a verb's un- reverses an action, it does not deny it
    assert meaning_change("We did not lock the gates that night,", "We unlocked the gates that night,") is not None
    # through diff: one speaker's "would not be able" / "will be unable" agrees (it was a conflict)
    a = 'Storms closed the port on Monday. "The ferry would not be able to sail before Friday," said harbour master Ines Roca.'
    b = 'Storms closed the port on Monday. "The ferry will be unable to sail before Friday," harbour master Ines Roca said.'
    assert [(s, r) for s, r, _ in _quotes(a, b)] == [("agree", "paraphrased")]


def test_a_negated_sentence_the_longer_quote_adds_flips_nothing():
    # B quotes a sentence more than A, a negated one that says nothing A says: the shared words
    # (the depot closure, the evening bulletin) keep their meaning wherever that sentence stands
    a = "We learned of the depot closure from the evening bulletin"
    b = "We were never warned. We heard about the depot closure on the evening bulletin with our families"
    assert meaning_change(a, b) is None
    # control: a negation in the sentence that says what A says flips it
    assert "negation" in meaning_change(a, "We did not learn of the depot closure from the evening bulletin. It was a rumour at the market stalls")


def test_a_fragment_is_not_negated_by_the_words_after_the_stretch_it_covers():
    # the fragment leaves out a word ("whole"), so its best window in the longer quote ends at a
    # space; the negation after the comma lies outside what it quotes
    a = "This tunnel is the heart of the whole mountain line, not a hole the railway can fill in and forget"
    assert meaning_change(a, "heart of the mountain line") is None
    # control: a quoted sentence of a negated clause is negated
    c = "This tunnel is not the heart of the whole mountain line, and the railway can fill it in"
    assert "negation flips" in (meaning_change(c, "This tunnel is the heart of the mountain line") or "")


def test_a_negation_in_a_sentence_the_longer_quote_does_not_say_flips_nothing():
    # the longer quote's negated clause ("is not bad luck") and the shorter's own negated sentence
    # ("Another time we might not be") say nothing the other says: one utterance, no flip
    longer = "Sixty tonnes on a jetty built for thirty is not bad luck, it is a risk to every family here."
    shorter = "This was a risk to every family. Another time we might not be."
    assert meaning_change(longer, shorter) is None
    assert meaning_change(shorter, longer) is None
    # control: a negation of the words both say still flips the meaning
    assert "negation" in meaning_change(longer, "This was not a risk to any family. Next time we may be.")


def test_an_antonym_counts_only_where_it_replaces_its_opposite():
    # "that rises" became "coming" and "floods" became "falls into": the two words WordNet gives as
    # antonyms each replace something else, so the rewording keeps one meaning (invented sentences)
    a = "Every evening the tide that rises over the flats floods the old salt pans,"
    b = "Each evening the tide coming over the flats falls into the old salt pans,"
    assert "opposite" not in (meaning_change(a, b) or "")
    assert "opposite" not in (meaning_change(b, a) or "")
    # control: the antonym standing where its opposite stood, in a longer rewording
    assert "opposite" in (meaning_change("Every evening the tide that rises over the flats floods the salt pans,",
                                         "Each evening the tide that falls over the flats floods the salt pans,") or "")
