"""One person coordinated with people counted as a part of a group ("a barber and one of his
customers", "a clerk and two of her coworkers"), or a definite person with a new one ("the driver
and a passenger"), as one subject of a harm: all of them counted."""

from __future__ import annotations

import pytest

from summarizer import summarize
from summarizer.evaluation import count_of


def tolls(text: str) -> tuple[int, int]:
    s = summarize(text, model="rules")
    return count_of(s, "killed"), count_of(s, "injured")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A barber and one of his customers were shot and killed in Tarn on Friday.", (2, 0)),
        ("A clerk and two of her coworkers were wounded in a shooting at a store in Olvey.", (0, 3)),
        ("A guard and three of the cashiers were hurt when a gunman opened fire at a bank in Tarn.", (0, 4)),
        ("A nurse and one of her patients were injured when a ceiling fell at a clinic in Olvey.", (0, 2)),
        # one of the people a possessive's plural names, alone: one person
        ("One of his customers was shot outside a barbershop in Tarn on Friday.", (0, 1)),
        # kin or a neighbor, a part coordinated with a person: of this story
        ("A mother and one of her daughters were killed in a crash near Tarn.", (2, 0)),
        ("A woman and one of her neighbors were stabbed in Tarn on Friday.", (0, 2)),
        # near misses: no harm told of them; the part the subject of another clause; kin in another story
        ("A barber and one of his customers were arrested in Tarn on Friday.", (0, 0)),
        ("A clerk and two of her coworkers called police after a shooting at a store in Olvey.", (0, 0)),
        ("A barber and one of his customers argued, and the barber was shot in Tarn on Friday.", (0, 1)),
        ("A man was shot in Tarn on Friday. One of his cousins died last year in a crash.", (0, 1)),
        ("A man was shot in Tarn on Friday. A neighbor and one of his sons called police.", (0, 1)),
        ("A man was stabbed in Tarn on Friday. He and one of his brothers had argued with a neighbor.", (0, 1)),
        ("A suspect and one of his accomplices were arrested in Tarn on Friday.", (0, 0)),
        ("A woman and two of her children were rescued from a fire in Tarn.", (0, 0)),
        ("A man and one of his friends were shot at but not hit in Tarn on Friday.", (0, 0)),
    ],
)
def test_a_person_and_a_part_of_a_group_are_counted_together(text: str, expected: tuple[int, int]) -> None:
    assert tolls(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The driver and a passenger were killed when a van left the road near Tarn.", (2, 0)),
        ("A van hit a wall in Tarn on Friday. The driver and a passenger were hurt.", (0, 2)),
        ("The gunman and a bystander were killed in a shootout in Olvey on Sunday.", (2, 0)),
        # a companion "along with" them is counted only when a person
        ("The driver and a passenger, along with a dog, were killed in a crash in Tarn.", (2, 0)),
        ("The driver and a passenger, along with a boy, were killed in a crash in Tarn.", (3, 0)),
        # near misses: no harm told of them
        ("The driver and a passenger were questioned after a van hit a wall in Tarn.", (0, 0)),
        ("The driver and a passenger ran for help after a van hit a wall in Tarn.", (0, 0)),
        ("A van hit a wall in Tarn. The driver and a passenger were not hurt.", (0, 0)),
        ("A van hit a wall in Tarn. The driver and a passenger told police the brakes failed.", (0, 0)),
        ("The gunman and a police officer exchanged fire in Tarn on Friday.", (0, 0)),
        # the pair a repeat of people already counted
        (
            "Two people were killed in a crash near Tarn on Friday. The driver and a passenger were both from Olvey.",
            (2, 0),
        ),
    ],
)
def test_a_definite_person_and_a_new_one_are_two(text: str, expected: tuple[int, int]) -> None:
    assert tolls(text) == expected
