"""A count whose people carry an aside on some of them before their verb keeps its verb: "Seven
people, including a woman in her 20s and a man in his 60s, were injured" is seven hurt."""

from __future__ import annotations

import pytest

from summarizer import summarize
from summarizer.evaluation import count_of


def tolls(text: str) -> tuple[int, int]:
    result = summarize(text, model="rules")
    return count_of(result, "killed"), count_of(result, "injured")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Three cyclists, among them a man in his late 70s, were struck and hurt by the van.", (0, 3)),
        ("Six workers, including a woman in her 30s and a man in his 50s, were wounded at the depot.", (0, 6)),
        ("Two guards, one of them a recruit in his second week on the job, were shot at the gate.", (0, 2)),
        # a short aside was read before, and still is
        ("Four shoppers, including a boy of 9, were taken to hospital after the shooting.", (0, 4)),
        ("Two deputies, one of them a rookie, were shot and killed at the checkpoint.", (2, 0)),
        # near misses: no harm of their own after the aside, or the aside's verb is another's
        ("Four shoppers, including a boy of 9, ran from the mall after the shots rang out.", (0, 0)),
        (
            "Six workers, including a woman in her 30s and a man in his 50s, were questioned after the man was shot.",
            (0, 1),
        ),
    ],
)
def test_a_count_reaches_its_verb_past_an_aside(text: str, expected: tuple[int, int]) -> None:
    assert tolls(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a harm inside the aside is the aside's people's, not all those counted
        ("Four diners, including a boy who was shot, fled the cafe on Quay Street.", (0, 1)),
        ("Four diners, including two who were shot, fled the cafe on Quay Street.", (0, 2)),
        ("Five riders, including one who later died, were on the ferry when it listed.", (1, 0)),
        ("Two guards, one of them stabbed in the arm, chased the thief down the lane.", (0, 1)),
        # and in a relative clause set off by commas after the person the aside names
        ("Five porters, including the driver, who was shot in the wrist, ran from the yard.", (0, 1)),
        ("Five porters, among them the driver, who was shot in the wrist, were questioned.", (0, 1)),
        # near misses: the count's own harm after the aside, or before it, stays the count's
        ("Three people, including one who was shot twice, were taken to hospital.", (0, 3)),
        ("Three people, including two children, were wounded at the fair.", (0, 3)),
        ("Five people were hurt, including one who was stabbed in the back.", (0, 5)),
        ("Five porters, including the foreman, who was shot in the wrist, were wounded at the yard.", (0, 5)),
        ("Five porters were shot, including the foreman, who was hit in the wrist.", (0, 5)),
    ],
)
def test_a_harm_inside_the_aside_is_its_own_peoples(text: str, expected: tuple[int, int]) -> None:
    assert tolls(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a list of people with their ages inside the aside: its ", and" joins no clauses
        ("Seven people, including a woman, 20, and a man, 60, were injured in the crash on Route 9.", (0, 7)),
        ("Five people, among them a girl, 8, and her father, 41, were hurt when the bus tipped over.", (0, 5)),
        ("Two people, including a child, 5, were killed in the fire.", (2, 0)),
        # near misses: no verb of the count's after the aside, or a clause of its own after ", and"
        ("Six people, including a woman, 20, and a man, 60, ran from the store after a clerk was shot.", (0, 1)),
        ("Four people, including a boy, 9, were hurt, and a man was killed.", (1, 4)),
    ],
)
def test_a_list_of_aged_people_inside_the_aside(text: str, expected: tuple[int, int]) -> None:
    assert tolls(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a count, then an appositive that describes its people one by one, then their verb
        (
            "A man died after the shooting on Dunmore Road. The other two victims, a 23-year-old man and a "
            "17-year-old girl, were taken to a hospital.",
            (1, 2),
        ),
        (
            "A woman died at the scene. Two others, a 40-year-old man and a woman, 31, were treated for wounds at "
            "Arden General.",
            (1, 2),
        ),
        (
            "One man was killed in the gunfire on Pike Lane. The other two victims, a man, 22, and a woman, 19, are "
            "expected to survive.",
            (1, 2),
        ),
        ("A man was shot dead at the bus stop. Two victims are expected to survive, police said.", (1, 2)),
        # near misses: the people described with no count and no harm, or the appositive's verb is no harm
        ("Police said a 30-year-old man and a woman, 25, were arrested after the fight on Pike Lane.", (0, 0)),
        ("Two tenants, a 30-year-old man and a woman, 25, were questioned about the fire alarm.", (0, 0)),
        ("Two survivors are expected to testify at the trial next week.", (0, 0)),
        # three people or more described one by one, a comma between the first ones
        ("Three people, a 30-year-old man, a woman and a teenage boy, were wounded outside the rink.", (0, 3)),
        (
            "Gunfire broke out at the fair. Three diners, a man, 30, a woman and a boy, were taken to a hospital.",
            (0, 3),
        ),
        # near misses: a list that ends in a clause of its own, or the list's verb is no harm
        ("Police questioned three people, a man, a woman and a boy, and two men were shot on Pike Lane.", (0, 2)),
        ("Three tenants, a man, a woman and a boy, were questioned about the fire alarm.", (0, 0)),
        ("Two officers, a sergeant and a rookie, were shot at but not hit.", (0, 0)),
    ],
)
def test_a_count_reaches_its_verb_past_its_people_described(text: str, expected: tuple[int, int]) -> None:
    assert tolls(text) == expected
