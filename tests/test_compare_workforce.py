"""The size of a workforce is one measure however a report words it (compare.workforce): people
under a verb of employing ("employs 640 people", "640 people work there") and jobs or workers
under a verb of having or making posts ("640 jobs", "will create 640 jobs"). Two reports of one
story that each give it once state one fact: equal values agree and, since session 23, values
that differ conflict (before, the pair agreed when its values did and was `related` when they
did not: issue 13, alignment that never looks at values). Cuts of a workforce and what befalls
some workers stay apart.

Invented sentences through the real extractor."""

from __future__ import annotations

import pytest

from claimtrack.compare.workforce import one_workforce, workforce
from extracted import quantity_match

pytestmark = pytest.mark.model

_A = ("A Danish maker of wind-turbine blades opened its new factory outside Szolnok on Wednesday. "
      "The plant employs {n} people and will ship its first blades to a wind farm in the Baltic in May. "
      "The regional governor said the investment would revive the town's industrial park.")
_B = ("Blade production has begun at the Szolnok factory, the Danish company said. "
      "The site has {n} jobs, most of them filled by technicians trained at a local college. "
      "The first blades go to a Baltic wind farm in the spring.")


def test_people_employed_and_jobs_agree_at_one_value():
    m = quantity_match(_A.format(n=640), _B.format(n=640), "640 people", "640 jobs")
    assert m is not None and m.status == "agree", m


def test_people_employed_and_jobs_conflict_at_two_values():
    m = quantity_match(_A.format(n=640), _B.format(n=410), "640 people", "410 jobs")
    assert m is not None and m.status == "conflict", m
    assert "workforce" in m.reason, m.reason


_CUT = ("Blade production has begun at the Szolnok factory, the Danish company said, a month after "
        "it cut 410 jobs at a plant in Jutland. The first blades go to a Baltic wind farm in the spring.")


def test_jobs_cut_are_no_workforce():
    m = quantity_match(_A.format(n=640), _CUT, "640 people", "410 jobs")
    assert m is None or m.status == "related", m


_HIRE_A = ("A Danish maker of wind-turbine blades opened its new factory outside Szolnok on Wednesday. "
           "It will hire 260 people there by the autumn, the regional governor said.")
_HIRE_B = ("Blade production has begun at the Szolnok factory, the Danish company said. The company has "
           "1,900 employees across Europe and is looking for welders in the region.")


def test_people_hired_and_a_holders_employees_stay_apart():
    """Hiring adds people to a workforce: against what a holder has, it is a change, not the same
    count (`workforce.posts_made` holds only for the posts a project makes)."""
    m = quantity_match(_HIRE_A, _HIRE_B, "260 people", "1,900 employees")
    assert m is None or m.status == "related", m


def test_what_befalls_workers_is_no_workforce():
    from extracted import extracted_doc
    from claimtrack.compare.pair import prepare

    doc = extracted_doc("About 320 workers walked out of the Szolnok factory on Friday over unpaid overtime.",
                        "c.txt")
    figures = [m for m in prepare(doc).mentions if m.kind == "quantity"]
    assert figures and not any(workforce(m) for m in figures)


def test_a_workforce_is_read_from_both_wordings():
    from extracted import extracted_doc
    from claimtrack.compare.pair import prepare

    a = [m for m in prepare(extracted_doc(_A.format(n=640), "a.txt")).mentions if m.kind == "quantity"]
    b = [m for m in prepare(extracted_doc(_B.format(n=640), "b.txt")).mentions if m.kind == "quantity"]
    pa = next(m for m in a if m.text.startswith("640"))
    pb = next(m for m in b if m.text.startswith("640"))
    assert workforce(pa) and workforce(pb) and one_workforce(pa, pb)
