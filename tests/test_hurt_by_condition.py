"""The hurt told by a patient's condition: any grade of it, as a count's or one person's after
another ("one man was in serious condition and another in fair condition"), and a toll spread over
separate locations read as a roundup's."""

from __future__ import annotations

import pytest

from summarizer import summarize
from summarizer.evaluation import count_of


def tolls(text: str) -> tuple[int, int]:
    result = summarize(text, model="rules", published="2026-03-06")
    return count_of(result, "killed"), count_of(result, "injured")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # any grade of a patient's state, as the people's own (category_patterns reads the grades of
        # incident_words.CONDITION_GRADES, as the person-anchored readers do)
        (
            "A gunman opened fire at a depot in Tamsey on Friday, leaving two guards in serious but stable condition.",
            (0, 2),
        ),
        ("A gunman opened fire at a depot in Tamsey on Friday and left two guards in serious condition.", (0, 2)),
        ("A gunman opened fire at a depot in Tamsey on Friday, leaving two guards in good condition.", (0, 2)),
        (
            "A gunman opened fire at a depot in Tamsey on Friday, leaving two guards in a satisfactory condition.",
            (0, 2),
        ),
        # near misses: things in a condition, a condition with no count of people
        ("The flood left the 12 old bridges in good condition.", (0, 0)),
        ("Two vans were found in fair condition in Tamsey on Friday.", (0, 0)),
    ],
)
def test_any_grade_of_condition_tells_a_count_hurt(text: str, expected: tuple[int, int]) -> None:
    assert tolls(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one person, then another, each told by a condition: two hurt, the verb maybe gapped
        (
            "Shots were fired at a bar in Corrow on Friday. One man was in serious condition and another in fair condition.",
            (0, 2),
        ),
        (
            "Shots were fired at a bar in Corrow on Friday. One man was in serious condition and another was in fair condition.",
            (0, 2),
        ),
        (
            "Shots were fired at a bar in Corrow on Friday. A cook was in grave condition and another was listed in good condition.",
            (0, 2),
        ),
        # a number already given is not added to: the two are the count's
        (
            "Two men were shot at a bar in Corrow on Friday. One was in serious condition and another in fair condition.",
            (0, 2),
        ),
        (
            "Two men were taken to a hospital in Corrow on Friday. One was in critical condition and the other was listed in stable condition.",
            (0, 2),
        ),
        # the second told by "another" and a noun, the verb gapped, after a pronoun subject
        (
            "A man was shot at a bar in Corrow on Friday. He was in serious condition and another man in fair condition.",
            (0, 2),
        ),
        (
            "Two women were shot at a bar in Corrow on Friday. One was in critical condition and another woman in stable condition.",
            (0, 2),
        ),
        # near misses: a thing in a condition, and a noun that is no state's subject ("in the car")
        (
            "A man was shot at a bar in Corrow on Friday. He was in serious condition and his car in poor condition.",
            (0, 1),
        ),
        (
            "A man was shot at a bar in Corrow on Friday. He was in serious condition and another man in the car was unhurt.",
            (0, 1),
        ),
        ("Two men were shot at a bar in Corrow on Friday and one was in critical condition.", (0, 2)),
        ("Two men were shot at a bar in Corrow on Friday and the man was in critical condition.", (0, 2)),
    ],
)
def test_people_told_one_by_one_by_condition(text: str, expected: tuple[int, int]) -> None:
    assert tolls(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a toll of gunfire spread over separate locations is a roundup's, as over separate parts of a
        # town: the scene the story goes on to tell is the incident (its condition now read as a harm)
        (
            "Two men are in serious condition; officers had found both of them shot in separate locations in Corrow on"
            " Friday,"
            " police said. Officers found a man with gunshot wounds outside a store on Mill Road.",
            (0, 1),
        ),
        (
            "Two men were found shot in separate parts of Corrow on Friday, police said. Officers found a man with"
            " gunshot wounds outside a store on Mill Road.",
            (0, 1),
        ),
        # near miss: one scene
        (
            "Two men are in serious condition after they were shot outside a store in Corrow on Friday, police said."
            " Officers found them on Mill Road.",
            (0, 2),
        ),
    ],
)
def test_a_toll_over_separate_locations_is_a_roundup(text: str, expected: tuple[int, int]) -> None:
    assert tolls(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "another" in a condition is a person only after a person: the first clause's noun, a thing,
        # makes it another thing (implicit_victims._PERSON_BEFORE)
        ("The bridge was in poor condition and another in fair condition in Corrow on Friday.", (0, 0)),
        ("One bridge was in serious condition and another in fair condition in Corrow on Friday.", (0, 0)),
        ("One of the boats was in good condition and another in fair condition in Corrow on Friday.", (0, 0)),
        # things in a condition of their own, no person
        ("The car was in good condition after the crash in Corrow on Friday.", (0, 0)),
        ("Officials said the economy is in fair condition in Corrow on Friday.", (0, 0)),
        ("The house was left in poor condition in Corrow on Friday.", (0, 0)),
        ("The roads are in good condition in Corrow on Friday.", (0, 0)),
        ("The dog was in stable condition in Corrow on Friday.", (0, 0)),
        ("Two bridges are in poor condition and a third is in fair condition in Corrow on Friday.", (0, 0)),
        # a person before: counted, each grade
        ("A man was shot and is in grave condition in Corrow on Friday.", (0, 1)),
        ("A woman was shot and was listed in good condition in Corrow on Friday.", (0, 1)),
        ("Two men were stabbed and are in a stable condition in Corrow on Friday.", (0, 2)),
        ("A man was shot at a bar and another is in stable condition in Corrow on Friday.", (0, 2)),
        (
            "Two are in stable condition and a third is in critical condition after a shooting in Corrow on Friday.",
            (0, 3),
        ),
        ("A cook was in grave condition and another was listed in good condition in Corrow on Friday.", (0, 2)),
    ],
)
def test_another_in_a_condition_is_a_person_only_after_one(text: str, expected: tuple[int, int]) -> None:
    assert tolls(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a place of care and a headline's person, told by any grade of incident_words.IN_CONDITION
        # (rules/victims reads the one list, "a" before it or not)
        ("A man was taken to Corrow General in a serious condition after a shooting on Friday.", (0, 1)),
        ("A man was taken to Corrow General in guarded condition after a shooting on Friday.", (0, 1)),
        ("A man was taken to Corrow General in serious but stable condition after a shooting on Friday.", (0, 1)),
        ("Teen in guarded condition after shooting\n\nThe teen was found on Elm Street in Corrow on Friday.", (0, 1)),
        # near misses: a place and a condition with no person taken there, a thing's condition
        ("The old depot in Corrow General Park was in good condition on Friday.", (0, 0)),
        ("Bridge in fair condition after storm\n\nThe bridge was checked in Corrow on Friday.", (0, 0)),
    ],
)
def test_care_and_headlines_read_every_grade_of_condition(text: str, expected: tuple[int, int]) -> None:
    assert tolls(text) == expected
