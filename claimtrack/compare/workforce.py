"""The size of a workforce: one measure however a report words it. News gives the people a firm,
a plant or a project employs as a count of people under a verb of employing ("employs 640
people", "about 640 people work there", "will hire 640 staff") or as a count of jobs or workers
under a verb of having or making ("a site with 640 jobs", "will create 640 jobs", "its 640
employees"): one job to a worker, as one household to a home. Two such counts are the same
measure, so that two values of it are one fact stated twice (agree, or a conflict), never two
measures that happen to agree. Read from the records' frames alone, never from values."""

from __future__ import annotations

from .figure_kinds import GENERIC_PERSON
from .mentions import Mention

#: The class of the units table (data/unit_synonyms.json) that holds the nouns of a post held by
#: a worker and of the worker: worker, employee, staff, job, position, workforce.
WORKER_CLASS = "worker"

#: Verbs by which a count of people gives a workforce: the people employed, hired or working
#: ("employs 640 people", "640 people work at the plant", "will recruit 640 people").
EMPLOYING_VERBS = frozenset({"employ", "hire", "recruit", "staff", "work"})

#: Verbs by which a count of jobs or workers gives the whole workforce a holder has or a project
#: makes: of having ("has 640 employees", "a site with 640 jobs"), of making or keeping posts
#: (POST_VERBS: "will create 640 jobs", "supports 640 jobs": the posts a project makes are the
#: workforce it will have, not an addition to one, as hiring is). Not the verbs of losing or cutting posts
#: ("cut", "shed", "lose"), which give a change of a workforce, nor those of what befalls workers
#: ("640 workers went on strike"), which count some of them.
POST_VERBS = frozenset({"create", "provide", "support", "generate", "offer", "sustain", "bring"})
HAVING_VERBS = EMPLOYING_VERBS | POST_VERBS | frozenset({"have", "be", "number", "total", "count", "comprise"})

#: The role a verb of employing gives what it counts (data/unit_synonyms.json roles): the one role
#: a workforce count may carry that the other report's wording of it need not.
EMPLOYED_ROLE = "employed"


def workforce(m: Mention) -> bool:
    """The figure counts a workforce: people under a verb of employing, or jobs or workers
    (WORKER_CLASS) under a verb of having or making posts. Not a figure before a noun ("a
    640-job plant" sizes the plant) nor one with a period ("640 jobs a year" is a rate)."""
    me, f = m.measure, m.frame
    if me is None or me.currency or me.period or f is None or not f.predicate or m.attributive:
        return False
    if me.cls == WORKER_CLASS:
        return f.predicate in HAVING_VERBS
    return me.cls == GENERIC_PERSON and f.predicate in EMPLOYING_VERBS


def one_workforce(a: Mention, b: Mention) -> bool:
    """Both figures count a workforce (`workforce`)."""
    return workforce(a) and workforce(b)


def posts_made(a: Mention, b: Mention) -> bool:
    """One of two workforce counts is of posts a project makes (POST_VERBS): against what a holder
    employs it is the same workforce, not a change of it ("will create 640 jobs" / "will employ 640
    people"), while people hired against people employed are ("employs 140 people and will hire 60").
    """
    return any(m.frame is not None and m.frame.predicate in POST_VERBS for m in (a, b))


def other_roles(roles: frozenset) -> frozenset:
    """What befell the counted people besides being employed, which one wording of a workforce
    states by its verb and the other by its noun ("employs 640 people" / "640 jobs")."""
    return roles - {EMPLOYED_ROLE}


def sole_workforce(m: Mention, mentions) -> bool:
    """The figure is its document's one workforce count: every other workforce figure there is this
    one restated (a headline and the body: the same spans)."""
    spans = {(m.start, m.end), *((s, e) for s, e, _ in m.also)}
    return all(not workforce(o) or {(o.start, o.end), *((s, e) for s, e, _ in o.also)} & spans
               for o in mentions if o.kind == "quantity" and o is not m)
