"""A group of people harmed, then the fate of some of its members: each person named dead after
the group (rules/named_dead.py), a death told as what they did not get through ("one of them did
not survive"), a member named by an object pronoun ("pronounced her dead"), and two counts of
people in one subject ("two students and three teachers were hurt"). Original sentences."""

from __future__ import annotations

import pytest

from summarizer import summarize
from summarizer.evaluation import count_of
from summarizer.text.implicit_counts import implicit_count


def tolls(text: str) -> tuple[int, int]:
    result = summarize(text, model="rules", published="2025-05-12")
    return count_of(result, "killed"), count_of(result, "injured")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # each member named dead in a sentence of their own is one of the dead
        (
            "Five people were shot at a dance hall in Orvale on Saturday. Mira Dorne, 19, died at the scene. "
            "Tobin Vale, 22, died Monday at a hospital. Three men were also wounded.",
            (2, 3),
        ),
        (
            "Four people were shot outside a diner in Harwick early Sunday. Kell Amsel died at the scene. "
            "Rona Pike died later at a clinic.",
            (2, 2),
        ),
        # near misses: the same person named again, someone named but not dead, the dead told beside
        # the group in its own sentence, and an ordinal after an earlier harm
        (
            "Four people were shot at a fair in Tarn on Friday. Mira Dorne, 19, died at the scene. "
            "Dorne was a nursing student.",
            (1, 3),
        ),
        (
            "Four people were shot at a fair in Tarn on Friday. Mira Dorne, 19, died at the scene. "
            "Tobin Vale, 22, was arrested.",
            (1, 3),
        ),
        (
            "Two people were killed and five were wounded at a fair in Tarn on Friday. Mira Dorne died at the "
            "scene. Tobin Vale died Monday.",
            (2, 5),
        ),
    ],
)
def test_members_named_dead(text: str, expected: tuple[int, int]) -> None:
    assert tolls(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "one of them" and a death told without its verb of dying
        ("Two men were shot outside a store in Tarn on Friday. One of them did not survive.", (1, 1)),
        ("Two men were shot outside a store in Tarn on Friday. One of them didn't make it.", (1, 1)),
        ("Three hikers were hurt in a rockfall near Colby Pass. Two of them succumbed at a clinic.", (2, 1)),
        ("Three people were hurt in a crash on Route 9. Two did not survive.", (2, 1)),
        # near misses: a part arrested, a vote or a trip that did not survive or was not made
        ("Two men were shot outside a store in Tarn on Friday. One of them was arrested.", (0, 2)),
        ("Two men were shot outside a store in Tarn on Friday. One of them did not survive the vote.", (0, 2)),
        ("Two men were shot outside a store in Tarn on Friday. One of them didn't make it to the game.", (0, 2)),
    ],
)
def test_one_of_them_did_not_survive(text: str, expected: tuple[int, int]) -> None:
    assert tolls(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a member named by an object pronoun of their sex
        ("A man and a woman were shot on Elm Street in Tarn on Friday. Medics pronounced her dead there.", (1, 1)),
        ("Two men were shot on Elm Street in Tarn on Friday. Medics pronounced him dead at the scene.", (1, 1)),
        # near misses: none of the people shot is of her sex: someone else
        ("Two men were shot on Elm Street in Tarn on Friday. Medics pronounced her dead at the scene.", (1, 2)),
        (
            "Two men were shot on Elm Street in Tarn on Friday. A woman was found in a car nearby, and medics "
            "pronounced her dead.",
            (1, 2),
        ),
    ],
)
def test_pronounced_dead_by_pronoun(text: str, expected: tuple[int, int]) -> None:
    assert tolls(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two counts of people as one passive's subject or one harm's object
        ("Two pupils and three teachers were hurt when a bus crashed in Tarn on Friday.", (0, 5)),
        ("Two women and three men were shot outside a hall in Orvale on Saturday.", (0, 5)),
        ("A gunman shot two guards and three customers at a bank in Harwick on Monday.", (0, 5)),
        # near misses: things, not people; a second count with its own verb; people not harmed
        ("Two dogs and three cats were found hurt in a barn in Tarn on Friday.", (0, 0)),
        ("Two men and three women were arrested after a brawl in Tarn on Friday.", (0, 0)),
        ("Two men and three women were seen running from the hall in Orvale on Saturday.", (0, 0)),
    ],
)
def test_two_groups_in_one_subject(text: str, expected: tuple[int, int]) -> None:
    assert tolls(text) == expected


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("two students and three teachers", 5),
        ("Four men and 2 women", 6),
        ("two men and a woman", 3),
        ("two dogs and three cats", None),
    ],
)
def test_implicit_count_of_two_groups(phrase: str, expected: int | None) -> None:
    assert implicit_count(phrase) == expected
