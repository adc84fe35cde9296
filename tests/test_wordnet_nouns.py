"""The one WordNet noun table (data/noun_wordnet.json) and the two views derived from it."""

from claimtrack.compare.statements import nouns_meet
from claimtrack.compare.units import kind_of, same_noun
from claimtrack.wordnet_nouns import derive_kinds, derive_senses, lexfile_of

# an invented table: senses 0-4 in lexicographer file 0 (say, artifacts), 5-6 in file 1 (acts)
STARTS = [0, 5]
TAGGED = {
    "barge": [0, 5],    # first sense 0, also an act (5)
    "lighter": [1, 0],  # first sense 1; its second sense is barge's first
    "vessel": [2],      # 2 is the hypernym of 0 and of 1
    "chore": [5],       # first sense is an act: another file than barge's first
    "widget": [3, 4],   # shares nothing
}
RARE = {"scow": 0, "gizmo": 4}
HYPERNYMS = {0: [2], 1: [2]}


def test_senses_view_keeps_only_senses_that_make_two_nouns_meet():
    senses = derive_senses(TAGGED, RARE, HYPERNYMS)
    assert senses["barge"] == [0, 5]    # 0 shared with lighter and scow, 5 with chore
    assert senses["lighter"] == [1, 0]  # 1 under a hypernym, 0 shared
    assert senses["scow"] == [0]        # a noun SemCor never tags: its first sense
    assert senses["widget"] == [4]      # 3 is its alone; 4 is shared with gizmo
    assert "vessel" in senses           # a hypernym meets its hyponyms
    assert derive_senses({"widget": [3]}, {}, {}) == {}


def test_senses_view_reads_three_senses_per_tagged_noun():
    senses = derive_senses({"a": [1, 2, 3, 9], "b": [9]}, {}, {})
    assert senses == {}  # a's fourth sense is not read, so a and b never meet


def test_kinds_view_synonyms_need_one_lexicographer_file():
    same, _kinds = derive_kinds(TAGGED, HYPERNYMS, lexfile_of(STARTS))
    assert same["barge"] == ["lighter"] and same["lighter"] == ["barge"]
    assert "chore" not in same  # barge's act sense is not its first: another file


def test_kinds_view_synonyms_of_rare_nouns():
    # scow and punt (never tagged) have barge's first sense, lighter's second; gizmo has widget's second; a rare noun of an
    # act sense meets no artifact, and one tagged noun's fourth sense is not read
    same, _kinds = derive_kinds(TAGGED, HYPERNYMS, lexfile_of(STARTS), rare={**RARE, "punt": 0, "errand": 5})
    assert same["scow"] == ["barge", "lighter", "punt"] and same["punt"] == ["barge", "lighter", "scow"]
    assert same["barge"] == ["lighter", "punt", "scow"] and same["gizmo"] == ["widget"]
    assert same["errand"] == ["chore"] and "errand" not in same["barge"]  # barge's act sense is not its first's file
    assert derive_kinds({"a": [1, 2, 3, 9]}, {}, lexfile_of([0]), rare={"b": 9})[0] == {}
    assert derive_kinds(TAGGED, HYPERNYMS, lexfile_of(STARTS))[0] == {"barge": ["lighter"], "lighter": ["barge"]}


def test_kinds_view_hypernym_of_a_first_sense_excluding_synonyms():
    _same, kinds = derive_kinds(TAGGED, HYPERNYMS, lexfile_of(STARTS))
    assert kinds == {"barge": ["vessel"], "lighter": ["vessel"]}


def test_wide_kinds_read_a_third_sense_in_its_own_file():
    # "slot": first an act (file 1), its third sense (file 0) a kind of vessel's first sense
    # (and a file 2 from sense 7: "gadget")
    tagged = {**TAGGED, "slot": [6, 5, 3], "tally": [6, 5, 4], "gadget": [7]}
    hypernyms = {**HYPERNYMS, 3: [2], 4: [7]}
    starts = STARTS + [7]
    narrow = derive_kinds(tagged, hypernyms, lexfile_of(starts))[1]
    wide = derive_kinds(tagged, hypernyms, lexfile_of(starts), wide=True)[1]
    assert "slot" not in narrow and wide["slot"] == ["vessel"]
    # a hypernym in neither the sense's file nor the noun's first sense's file is no kind
    assert "tally" not in wide
    assert all(set(ys) <= set(wide[x]) for x, ys in narrow.items())  # the wide form keeps every narrow kind


def test_lexfile_of_numbers():
    lexfile = lexfile_of([0, 0, 0, 4, 9])
    assert [lexfile(s) for s in (0, 3, 4, 8, 9, 20)] == [2, 2, 3, 3, 4, 4]


def test_real_table_serves_both_uses():
    assert same_noun("attorney", "lawyer") and same_noun("student", "pupil")
    assert not same_noun("job", "business")  # an act and an organisation
    assert kind_of("business", "firm") and not kind_of("ferry", "car")
    # nouns SemCor never tags meet the nouns of their one sense: a taxicab is a taxi, a dinghy
    # a rowboat (both untagged); a news story is no storey of a building
    assert same_noun("taxicab", "taxi") and same_noun("dinghy", "rowboat") and same_noun("aerodrome", "airport")
    assert not same_noun("storey", "story") and not same_noun("taxicab", "car")
    # a kind named by a sense that is not the noun's first: a post (third sense) is a job, a
    # commuter (second sense; first a train) a passenger
    assert kind_of("post", "job") and kind_of("commuter", "passenger") and not kind_of("post", "passenger")
    assert nouns_meet("line", "queue") and nouns_meet("medications", "medicine")
    assert not nouns_meet("queue", "banana")


def test_classes_view_reads_every_tagged_sense_of_things_made():
    from claimtrack.wordnet_nouns import made_under

    # "vessel" is first a blood vessel, second a watercraft (a ferry is a boat, a kind of vessel);
    # "airline" (never tagged: every sense read) is a line, a kind of common carrier, carrier's fifth
    # sense; a lorry and a car are motor vehicles, kinds of vehicle, through senses with no
    # one-word noun
    assert made_under("ferry", "vessel") and made_under("airline", "carrier")
    assert made_under("lorry", "vehicle") and made_under("car", "vehicle") and made_under("trawler", "vessel")
    # one kind at two levels, not two kinds, nor the class under its kind
    assert not made_under("vessel", "ferry") and not made_under("ferry", "car") and not made_under("plane", "ship")
    assert not made_under("wildebeest", "animal")  # an animal is no thing made: units.under's first senses
