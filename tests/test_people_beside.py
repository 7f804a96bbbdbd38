"""People counted and one person named beside them, as a passive's subject or a harm's object:
one count of both, and a later death of "one of them" is one of all of them."""

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
        # a harm's object: the count and the person after "and" summed
        ("A man is accused of wounding two boys and a woman on Tarn Road last Thursday.", (0, 3)),
        ("A gunman shot two clerks and a customer at a pharmacy in Orvale on Friday.", (0, 3)),
        ("Deputies looked into the shooting of three hikers and their driver near Colby Pass.", (0, 4)),
        # then one of them dead: one of the three, the other two hurt
        ("A gunman shot two guards and a cook at a diner in Harwick on Sunday. One of them died at a clinic.", (1, 2)),
        # the same as a passive's subject, and "she and two others"
        ("Two porters and a cook were shot at an inn in Harwick on Sunday. One of them died at a clinic.", (1, 2)),
        ("She and two others were shot at an inn in Harwick on Sunday. One of them died later.", (1, 2)),
        # near misses: the person after "and" is the next clause's subject, or the verb is no harm
        ("The gunman shot two porters and a cook ran for help, the sheriff said.", (0, 2)),
        ("Police arrested two men and a woman after gunfire on Tarn Road on Friday.", (0, 0)),
    ],
)
def test_people_named_beside_a_count(text: str, expected: tuple[int, int]) -> None:
    assert tolls(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one person told by a definite role, coordinated with people counted: one more than the count
        ("The clerk and two customers were shot at a pharmacy in Orvale on Friday.", (0, 3)),
        ("The night manager and three guests were killed in a fire at an inn in Harwick.", (4, 0)),
        ("A bus hit a wall in Tarn on Sunday. The driver and two passengers were hurt.", (0, 3)),
        # near misses: no harm told of them; a plural definite group, whose number is its own
        ("The clerk and two customers were unhurt after a gunman fired at a pharmacy in Orvale.", (0, 0)),
        ("The suspect and two accomplices fled after a clerk was shot at a pharmacy in Orvale.", (0, 1)),
        ("The clerks and two customers were questioned after a robbery at a pharmacy in Orvale.", (0, 0)),
    ],
)
def test_a_definite_person_beside_a_count(text: str, expected: tuple[int, int]) -> None:
    assert tolls(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a count of the people harmed, then its parts, the hurt and the dead, that sum to it
        ("Five people were shot at a fair in Orvale on Friday: three were hurt and two others died.", (2, 3)),
        (
            "Six hikers were wounded near Colby Pass on Sunday. Two died at the scene and four were flown out hurt.",
            (2, 4),
        ),
        # near misses: parts that do not sum to it (the five kept as the hurt, as before), and the
        # dead told beside the hurt, not among them, and parts named, not counted (someone else maybe)
        ("Five people were shot at a fair in Orvale on Friday. Two were hurt and one died, a nurse said.", (1, 5)),
        ("Two men were shot at a fair in Orvale on Friday. Dana Reyes died later, while a clerk was hurt.", (1, 2)),
        (
            "A woman is dead and three men are hurt after a shooting in Orvale. Deputies found one woman dead and two men hurt.",
            (1, 3),
        ),
    ],
)
def test_a_count_split_into_its_parts(text: str, expected: tuple[int, int]) -> None:
    assert tolls(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one person, then the people counted beside them, as one harm's object: one count of all
        ("A gunman shot a cashier and two coworkers at a depot in Orvale before fleeing.", (0, 3)),
        ("A man stabbed a woman and her two children at a flat in Harwick on Sunday.", (0, 3)),
        ("A man killed his wife and two stepdaughters at a farm near Colby Pass on Friday.", (3, 0)),
        ("A gunman shot a guard and two of his coworkers at a depot in Orvale on Friday.", (0, 3)),
        # a fatal harm's adverb makes the count dead, the count right after the verb or after the person
        ("A gunman fatally shot two porters at an inn in Harwick on Sunday.", (2, 0)),
        ("A gunman fatally shot a guard and two guests at an inn in Harwick on Sunday.", (3, 0)),
        # near miss: a fatal adverb hedged to less than fatal
        ("An officer nearly fatally shot two teens at an inn in Harwick on Sunday.", (0, 2)),
        ("An officer almost fatally shot two teens at an inn in Harwick on Sunday.", (0, 2)),
        # near misses: no people after "and", a verb of the person's own, the second people's own verb
        ("A gunman shot a cashier and two rounds into the ceiling at a depot in Orvale.", (0, 1)),
        ("A gunman shot a cashier and fled from a depot in Orvale on Friday.", (0, 1)),
        ("A gunman killed a cashier and wounded two others at a depot in Orvale on Friday.", (1, 2)),
        ("Deputies said the gunman shot the cashier and two coworkers ran out of the depot in Orvale.", (0, 1)),
        # the people's own verb a past with no "-ed", or a present of saying; a comma sets off a clause
        ("A gunman shot a clerk and two customers hid in a cooler at a depot in Orvale.", (0, 1)),
        ("A gunman shot a clerk and two neighbors heard the gunfire at a depot in Orvale.", (0, 1)),
        ("A gunman shot a clerk and two men held him down at a depot in Orvale.", (0, 1)),
        ("A gunman shot a clerk and two customers say he fled from a depot in Orvale.", (0, 1)),
        ("A gunman shot two porters and a cook hid behind the bar at an inn in Harwick.", (0, 2)),
        ("A gunman shot a clerk, and two customers hid in a cooler at a depot in Orvale.", (0, 1)),
        # the object read through an aside or before a clause of the gunman's
        ("A gunman shot a clerk and two customers, police said, at a depot in Orvale.", (0, 3)),
        ("A gunman shot a clerk and two customers before fleeing a depot in Orvale.", (0, 3)),
    ],
)
def test_a_person_and_people_counted_as_a_harms_object(text: str, expected: tuple[int, int]) -> None:
    assert tolls(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one person and the people counted beside them, then their death without a passive
        ("A mother and her two sons died in a house fire in Harwick on Sunday.", (3, 0)),
        ("A driver and three passengers drowned when a van left a road near Colby Pass.", (4, 0)),
        ("A father and son died in a house fire in Harwick on Sunday.", (2, 0)),
        # near misses: animals beside the person are not people; the people counted fled, another died
        ("A man and his two dogs died in a house fire in Harwick on Sunday.", (1, 0)),
        ("A farmer and two goats were killed when a barn collapsed near Colby Pass.", (1, 0)),
        ("A mother and her two sons fled a house fire in Harwick, but a neighbor died.", (1, 0)),
    ],
)
def test_a_person_and_people_counted_who_died(text: str, expected: tuple[int, int]) -> None:
    assert tolls(text) == expected
