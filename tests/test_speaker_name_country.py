"""A given name's sex as the story's country gives it (actorids/first_names.py `name_gender`,
data/name_countries.json): the given-name dictionary lists some names for men in one country and
for women in another ("Nino" is a man's name in Italy, a woman's in Georgia), so the pronoun of a
quotation ("she said") may take up the person the story's country names that way. Every
sentence is invented."""

from __future__ import annotations

import pytest

from claimtrack.actorids.first_names import _country_columns, name_gender
from claimtrack.models import Quote


def speakers(nlp, text):
    return [(q.speaker, q.speaker_mention) for q in (Quote.model_validate(q) for q in nlp(text)._.ct_quotes)]


def test_the_country_column_decides_a_name_two_countries_give_different_sexes():
    assert name_gender("Nino Beridze", "GE") == "F"
    assert name_gender("Nino Ferrante", "IT") == "M"
    assert name_gender("Nino Ferrante") == "M"  # no country: the dictionary's verdict over all


def test_a_country_that_does_not_list_the_name_leaves_the_verdict_over_all_countries():
    # "Margaret" has no column value for Japan: the name is still a woman's
    assert name_gender("Margaret Oyelaran", "JP") == name_gender("Margaret Oyelaran") == "F"
    assert name_gender("Margaret Oyelaran", "ZZ") == "F"  # a code with no column


def test_an_honorific_still_decides_before_the_country():
    assert name_gender("Mr Nino Beridze", "GE") == "M"


def test_every_column_the_table_names_is_one_of_the_dictionary_countries():
    columns = _country_columns()
    assert columns["GE"] != columns["IT"]
    assert columns["KG"] == columns["UZ"]  # one column for the five Central Asian republics


@pytest.mark.parametrize(
    "dateline, speaker",
    [
        # in Georgia "Nino" is a woman's name: "she" takes her up
        ("KUTAISI, Georgia, May 4 -", "Nino Gelashvili"),
        # where the country gives the name to men only, "she" does not
        ("NAPLES, Italy, May 4 -", None),
    ],
)
def test_she_takes_up_a_minister_whose_name_is_a_womans_in_the_storys_country(nlp, dateline, speaker):
    text = (f"{dateline} Transport Minister Nino Gelashvili turned down a rescue of the ferry line. "
            '"Passengers will not pay for the owners\' debts," she said.')
    assert speakers(nlp, text)[0][0] == speaker
