"""People counted as "others" right after a toll of the same harm, in its sentence, are besides it:
"Four people were hurt, and two others were treated for burns" is six hurt. Original sentences."""

from __future__ import annotations

import pytest

from summarizer import summarize
from summarizer.evaluation import count_of


def _tolls(text: str) -> tuple[int, int]:
    result = summarize("News\n\n" + text, model="rules")
    return count_of(result, "killed"), count_of(result, "injured")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Four workers were hurt, and two others were treated for smoke inhalation at the wharf.", (0, 6)),
        ("Three hikers were injured on the ridge and two others were wounded by the gunfire.", (0, 5)),
        ("Two guards were killed and three others died later at the range.", (5, 0)),
        # near misses: a part of the toll, people among it, others of another harm, others of a part
        ("Four workers were hurt, two of them critically, when the crane gave way at the wharf.", (0, 4)),
        ("Four workers were hurt, including two teenagers, when the crane gave way at the wharf.", (0, 4)),
        # others named in an aside on the toll's people are among it
        ("Three hikers were injured, including two others who were trampled by the herd.", (0, 3)),
        ("Three hikers were injured, among them two others who were trampled by the herd.", (0, 3)),
        ("Two guards were shot dead and three others were wounded at the range.", (2, 3)),
        ("Three hikers were wounded: one in the hip and two others in the arm.", (0, 3)),
        (
            "Five hikers were shot on the ridge. Three of the hikers were flown out. Two others were driven down.",
            (0, 5),
        ),
    ],
)
def test_others_after_a_toll_of_their_harm_add_to_it(text: str, expected: tuple[int, int]) -> None:
    assert _tolls(text) == expected


def test_others_told_with_the_toll_are_told_once() -> None:
    result = summarize(
        "News\n\nFour workers were hurt, and two others were treated for burns at the wharf.", model="rules"
    )
    assert result.summary.count("two others") == 1
    assert result.check.ok, result.check.findings


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one person of another role told "also" harmed after a group counted by its role: one more
        ("Nine hikers were hurt when a footbridge collapsed. The driver was also hurt.", (0, 10)),
        (
            "Six pupils were hurt when the coach left the road. "
            "The coach driver, a man of 58, was also taken to the hospital with a neck injury.",
            (0, 7),
        ),
        ("Five miners were injured in the blast. The guard was also hospitalized.", (0, 6)),
        # near misses: the group's own noun, a noun that names anyone, a group of anyone: one of them
        ("Nine hikers were hurt when a footbridge collapsed. A hiker was also hurt.", (0, 9)),
        ("Nine hikers were hurt when a footbridge collapsed. A woman was also hurt.", (0, 9)),
        ("Nine people were hurt when a footbridge collapsed. The driver was also hurt.", (0, 9)),
        ("Five miners were injured in the blast. The guard was also questioned by police.", (0, 5)),
    ],
)
def test_one_of_another_role_also_harmed_adds_to_a_group(text: str, expected: tuple[int, int]) -> None:
    assert _tolls(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two clauses joined by "and", each with its own people and verb of harm
        ("Two porters were shot and four drivers were hurt by glass outside the depot in Tarn.", (0, 6)),
        ("Three tenants were treated for burns and a neighbor was hurt carrying them down the stairs.", (0, 4)),
        ("A cook was stabbed in the yard, and two waiters were injured trying to stop the fight.", (0, 3)),
        (
            "Three tenants were taken to hospital with smoke inhalation, and one guard suffered a burn to his arm.",
            (0, 4),
        ),
        # near misses: a part of the first people, care of one of them, no harm, a count and its breakdown
        ("Two porters were shot outside the depot and one of them was hurt badly.", (0, 2)),
        ("Two porters were shot outside the depot, and one of them suffered a broken arm.", (0, 2)),
        ("Two porters were shot and a porter was taken to a hospital in critical condition.", (0, 2)),
        ("Two porters were shot and a driver said he heard six bangs outside the depot.", (0, 2)),
        ("Five tourists were hurt, three women and two men, when the railing gave way.", (0, 5)),
        ("Three students and a teacher were hurt when the coach overturned near Olvey.", (0, 4)),
    ],
)
def test_people_harmed_in_a_clause_of_their_own_add_to_the_toll(text: str, expected: tuple[int, int]) -> None:
    assert _tolls(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # people of a noun of their own, or more people, in a clause of their own
        ("Two porters were shot and two people were hurt by flying glass at the depot.", (0, 4)),
        ("Two cooks were shot and a waiter was also hurt at the stall in Tarn.", (0, 3)),
        ("Two cooks were shot and one waiter suffered cuts at the stall in Tarn.", (0, 3)),
        ("Four tourists were hurt and two more were injured later at the lock in Olvey.", (0, 6)),
        # near misses: a count with no noun, or with the first people's noun, is some of them
        ("Six tourists were injured and three were seriously hurt at the lock in Olvey.", (0, 6)),
        ("Six tourists were injured, and 2 were badly burned at the lock in Olvey.", (0, 6)),
        ("Two cooks were shot and one was hurt critically at the stall in Tarn.", (0, 2)),
        ("Two cooks were shot and one cook was critically hurt at the stall in Tarn.", (0, 2)),
        ("Six people were injured and two people were critically wounded at the lock in Olvey.", (0, 6)),
        # … a near miss of harm, no harm told, the people already counted
        ("Two cooks were shot and a waiter was nearly hit by a stray bullet at the stall in Tarn.", (0, 2)),
        ("Two cooks were shot and a waiter said nobody else was hurt at the stall in Tarn.", (0, 2)),
        ("Two cooks were shot and both were hurt badly at the stall in Tarn.", (0, 2)),
        ("Two cooks were shot and a van was hit by bullets at the stall in Tarn.", (0, 2)),
    ],
)
def test_a_count_told_again_of_some_of_the_people_is_no_more(text: str, expected: tuple[int, int]) -> None:
    assert _tolls(text) == expected
