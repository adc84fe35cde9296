"""The scope of a negation in statements (issue 13 item 2, statuses): a negation in a defining
relative clause picks out members of a kind and denies nothing of the kind as a whole. Invented
sentences only, through the real extractor."""

from __future__ import annotations

import pytest

from claimtrack import extract
from claimtrack.compare import diff_pair

from extracted import extracted_doc

pytestmark = pytest.mark.model


def _clauses(text: str):
    return [k for c in extract([], text=text, published="2031-04-02").claims if c.frame for k in c.frame.clauses]


def _polarity_conflicts(a: str, b: str) -> list:
    report = diff_pair(extracted_doc(a, "a.txt"), extracted_doc(b, "b.txt"))
    return [m for m in report.matches if m.kind == "statement" and m.status == "conflict"]


def test_a_defining_relative_clause_asserts_nothing_a_clause_after_a_comma_does():
    [renew] = [k for k in _clauses("Drivers who have not renewed their permits will be fined by the port authority.")
               if k.predicate == "renew"]
    assert renew.polarity == "negative" and renew.modality == "defining"
    [sign] = [k for k in _clauses("The dockers' union, which has not signed the deal, called a meeting.")
              if k.predicate == "sign"]
    assert sign.polarity == "negative" and sign.modality is None  # a comment on a thing named: asserted


def test_a_negation_in_a_defining_relative_clause_never_makes_a_polarity_conflict():
    a = ("Harbour permits cost more\n\nPORTHAVEN, 2 April 2031 - Drivers who have not renewed their harbour permits "
         "will be fined from May, the port authority said.")
    b = ("Port fines from May\n\nPORTHAVEN, 2 April 2031 - Most drivers have renewed their harbour permits, "
         "the port authority said.")
    assert not _polarity_conflicts(a, b)
    # the same negation in a main clause is a statement, and contradicts
    c = ("Port fines from May\n\nPORTHAVEN, 2 April 2031 - Most drivers have not renewed their harbour permits, "
         "the port authority said.")
    assert _polarity_conflicts(b, c)


@pytest.mark.parametrize("text, predicate, focus", [
    ("The ferry line did not just raise its fares.", "raise", "only"),
    ("Hotels are not losing guests to the storm alone, they are losing them to the closed airport.", "lose", "only"),
    ("The mint has never struck coins this fast.", "strike", "degree"),
    ("The dairy has not cut milk prices so sharply since 2009.", "cut", "degree"),
    ("The dairy has not cut milk prices this year.", "cut", None),  # "this year" dates it: the act is denied
    ("The dairy did not cut milk prices.", "cut", None),
])
def test_a_negation_that_bears_on_a_restriction_or_a_degree_leaves_the_action_presupposed(text, predicate, focus):
    [k] = [k for k in _clauses(text) if k.predicate == predicate and k.polarity == "negative"]
    assert k.modality == focus


def test_a_negation_of_the_degree_contradicts_no_report_of_the_action():
    a = "Mint expands\n\nThe Royal Mint struck 40 million coins in March, its busiest month."
    b = "Coins in demand\n\nThe Royal Mint has never struck coins this fast, its director said."
    assert not _polarity_conflicts(a, b)
    c = "Coins in demand\n\nThe Royal Mint has not struck any coins in March, its director said."
    assert _polarity_conflicts(a, c)


def test_a_relative_clause_on_one_thing_tells_what_it_did():
    [passed] = [k for k in _clauses("The court heard from a former harbour pilot who had passed the schedules to the "
                                    "smugglers.") if k.predicate == "pass"]
    assert passed.modality is None  # one pilot: what he did is asserted
    [renew] = [k for k in _clauses("Any driver who has not renewed a permit will be fined.") if k.predicate == "renew"]
    assert renew.modality == "defining"


def test_what_a_body_allows_or_lets_others_do_is_not_stated_as_done():
    got = {k.predicate: k for k in _clauses("The harbour board will not let trawlers use the old quay.")}
    assert got["use"].modality == "let" and got["let"].polarity == "negative"
    got = {k.predicate: k for k in _clauses("The harbour board allowed trawlers to use the old quay.")}
    assert got["use"].modality == "allow"
    a = "Quay closes\n\nThe harbour board will not let trawlers use the old quay, its chairman said."
    b = "Quay closes\n\nTrawlers will not use the old quay, the harbour board said."
    assert not _polarity_conflicts(a, b)


# --- "without": the negative of "with" ------------------------------------------------------------

def test_an_ing_clause_after_without_is_negative_with_the_main_clause_subject():
    [warn] = [k for k in _clauses("The Ostrava Water Board cut the supply without warning the households.")
              if k.predicate == "warn"]
    assert warn.polarity == "negative" and warn.polarity_cue == "without"
    assert warn.subject_text and "Water Board" in warn.subject_text
    [cut] = [k for k in _clauses("The Ostrava Water Board cut the supply without warning the households.")
             if k.predicate == "cut"]
    assert cut.polarity == "positive"  # the main clause is stated as done


def test_what_without_says_is_absent_is_not_the_object_of_the_verb():
    [close] = [k for k in _clauses("The tannery in Lorn will close without any job losses.") if k.predicate == "close"]
    assert close.object is None
    [run] = [k for k in _clauses("The ferry to Skerry Isle ran with a new crew.") if k.predicate == "run"]
    assert run.object == "new crew"  # "with" still names what the action has


def test_doing_without_consulting_contradicts_consulting():
    a = ("Water cut in Ostrava\n\nOSTRAVA, 2 April 2031 - The Ostrava Water Board cut the supply to the east bank "
         "without consulting the households, residents said.")
    b = ("Water cut in Ostrava\n\nOSTRAVA, 2 April 2031 - The Ostrava Water Board consulted the households before "
         "it cut the supply to the east bank, residents said.")
    assert any("consult" in m.about for m in _polarity_conflicts(a, b))


@pytest.mark.parametrize("text, predicate", [
    ("The dockers at Port Vell struck for a third day despite the court order.", "strike"),
    ("The cargo ship Aldis Rose sank during the night storm.", "sink"),
    ("Bus fares in Lorn rose sharply after the election.", "rise"),
    ("The tannery in Lorn has been closed since the flood.", "close"),
])
def test_an_adjunct_of_time_or_concession_is_not_the_object(text, predicate):
    [k] = [k for k in _clauses(text) if k.predicate == predicate]
    assert k.object is None, k


def test_a_prepositional_object_that_completes_the_verb_is_kept():
    [k] = [k for k in _clauses("The dockers' union at Port Vell agreed to a new pay offer.") if k.predicate == "agree"]
    assert k.object == "new pay offer"


# --- "confirm or deny": a negation before a disjunction negates each verb -----------------------------

@pytest.mark.parametrize("text", [
    "The Lorn water board declined to confirm or deny reports that the reservoir would be drained.",
    "The Lorn water board would neither confirm nor deny reports that the reservoir would be drained.",
    "The Lorn water board did not confirm or deny reports that the reservoir would be drained.",
])
def test_not_confirming_or_denying_a_report_denies_nothing(text):
    [drain] = [k for k in _clauses(text) if k.predicate == "drain"]
    assert drain.polarity == "positive" and drain.modality == "deny"  # asserted by nobody
    assert drain.denied_by is None


def test_a_negation_does_not_reach_a_verb_joined_by_and():
    got = {k.predicate: k for k in _clauses("The Lorn council did not meet on Friday and postponed the harbour vote.")}
    assert got["meet"].polarity == "negative" and got["postpone"].polarity == "positive"


def test_not_confirming_or_denying_never_conflicts_with_the_claim():
    a = ("Reservoir in Lorn\n\nLORN, 2 April 2031 - The Lorn water board declined to confirm or deny reports that the "
         "upper reservoir would be drained in June, a spokesman said.")
    b = ("Reservoir in Lorn\n\nLORN, 2 April 2031 - The upper reservoir will be drained in June, the Lorn water board "
         "said.")
    assert not _polarity_conflicts(a, b)


# --- a ban on doing something: the thing is not done while the ban holds ------------------------------

@pytest.mark.parametrize("text, polarity, modality", [
    ("The Skerry fisheries office will keep the ban on landing wild salmon at the harbour.", "negative", None),
    ("The Skerry fisheries office will not lift the ban on landing wild salmon at the harbour.", "negative", None),
    ("The Skerry fisheries office lifted the ban on landing wild salmon at the harbour.", "positive", "allow"),
])
def test_an_action_under_a_ban_is_not_done_while_the_ban_holds(text, polarity, modality):
    [land] = [k for k in _clauses(text) if k.predicate == "land"]
    assert (land.polarity, land.modality) == (polarity, modality)


def test_a_ban_only_discussed_says_nothing_of_the_action():
    [land] = [k for k in _clauses("The Skerry fisheries office discussed a ban on landing wild salmon at the harbour.")
              if k.predicate == "land"]
    assert land.polarity == "positive" and land.modality == "ban"  # what the noun is about, not a deed


def test_keeping_a_ban_on_an_act_agrees_with_the_act_not_being_done():
    story = " The Skerry trawler fleet has 14 boats."
    a = "The Skerry fisheries office will keep the ban on landing wild salmon." + story
    b = "Wild salmon will still not be landed by the Skerry trawlers." + story
    report = diff_pair(extracted_doc(a, "a.txt"), extracted_doc(b, "b.txt"))
    land = [m for m in report.matches if m.kind == "statement" and "land" in m.about]
    assert land and all(m.status == "agree" for m in land), [(m.status, m.about) for m in land]


def test_a_passive_agent_is_not_what_the_action_is_done_to():
    [land] = [k for k in _clauses("Wild salmon will not be landed by the Skerry trawler fleet this year.")
              if k.predicate == "land"]
    assert land.object is None


def test_a_negative_quantifier_in_the_subject_negates_its_clause():
    from extracted import statement_statuses

    # "not one painting will leave" says what "the painting will not leave" says (the record's own
    # polarity: pipeline/frames reads the negative quantifier, compare reads the record)
    got = statement_statuses("The gallery said the altar painting would not leave the city under any circumstances.",
                             "Not one altar painting will leave the city, the gallery said.")
    assert ("agree", "equal") in got and not any(s == "conflict" for s, _ in got), got
    [k] = [k for k in _clauses("Not a single ballot was lost, the clerk said.") if k.predicate == "lose"]
    assert k.polarity == "negative"


def _statement_statuses(a: str, b: str) -> set:
    report = diff_pair(extracted_doc(a, "a.txt"), extracted_doc(b, "b.txt"))
    return {(m.status, m.relation) for m in report.matches if m.kind == "statement"}


def test_not_until_agrees_with_the_act_after_the_same_point_and_conflicts_with_it_told_flatly():
    shut = "The lido will not reopen until the pumps are replaced, the council said."
    # "not until" puts the act after the point: one statement with "will reopen after it"
    got = _statement_statuses(shut, "The lido will reopen once the pumps have been replaced, a councillor said.")
    assert ("agree", "equal") in got, got
    # told flatly, as done, or at a time of its own, the act is still contradicted
    got = _statement_statuses(shut, "The lido will reopen, a councillor said.")
    assert ("conflict", "polarity") in got, got
    got = _statement_statuses("The rowing club would not sign the coach until his visa came through.",
                              "The rowing club said it had signed the coach.")
    assert ("conflict", "polarity") in got, got
    got = _statement_statuses(shut, "The lido will reopen next weekend, a councillor said.")
    assert ("conflict", "polarity") in got, got
