"""Who is counted and who is not: those disciplined or charged over another's death are not its
dead; a suspect a victim shoots is hurt (the gold sets count a suspect shot)."""

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
        # the people disciplined or charged over a death are not its dead: the one who died is
        ("Two officers were suspended over the death of a man in custody in Corrow on Friday.", (1, 0)),
        ("Two guards were fired for the death of an inmate in Corrow on Friday.", (1, 0)),
        ("Three nurses were placed on leave after the death of a patient in Corrow on Friday.", (1, 0)),
        ("Two officers were charged in the death of a man in Corrow on Friday.", (1, 0)),
        # any legal step of figure_context._LEGAL_STEPS, as a charge's: suspected, wanted, accused
        ("Two men suspected in the killing of a guard were held in Corrow on Friday.", (1, 0)),
        ("Two men accused in the death of a guard were held in Corrow on Friday.", (1, 0)),
        ("Three men were arrested over the shooting death of a teen in Corrow on Friday.", (1, 0)),
        ("He was fired over the death of an inmate in Corrow on Friday.", (1, 0)),
        ("Two men were charged in the deaths of two teens in Corrow on Friday.", (2, 0)),
        ("Two officers were placed on leave after the fatal shooting of a man in Corrow on Friday.", (1, 0)),
        # the harm's own subject between: a clause of another's harm
        ("Two officers were suspended after three men died in a cell in Corrow on Friday.", (3, 0)),
        ("Two officers were suspended after a man died in a cell in Corrow on Friday.", (1, 0)),
        ("Two guards were fired after two inmates were beaten by officers in Corrow on Friday.", (0, 2)),
        # near misses: the people's own fate, a consequence in its own clause
        ("Two officers were suspended and later died in a crash in Corrow on Friday.", (2, 0)),
        ("Two officers were suspended and were later shot in Corrow on Friday.", (0, 2)),
        ("Two guards died in Corrow on Friday and an officer was suspended over the deaths.", (2, 0)),
    ],
)
def test_those_punished_over_a_death_are_not_its_dead(text: str, expected: tuple[int, int]) -> None:
    assert tolls(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the robber a victim shoots is hurt (the gold sets count a suspect shot)
        ("Two gunmen robbed a shop in Corrow on Friday. The clerk shot one of the gunmen.", (0, 1)),
        ("The clerk shot one of the robbers at a shop in Corrow on Friday.", (0, 1)),
        ("Officers shot two suspects in Corrow on Friday.", (0, 2)),
        ("A suspect was shot by police in Corrow on Friday.", (0, 1)),
        ("A suspect shot himself in Corrow on Friday.", (0, 1)),
        ("A suspect was shot and killed by an officer in Corrow on Friday.", (1, 0)),
        ("An officer wounded a suspect in Corrow on Friday.", (0, 1)),
        ("Two suspects were shot dead by police in Corrow on Friday.", (2, 0)),
        # near misses: the suspects only charged, chased or arrested after another's harm
        ("Police filed charges against three suspects after a clerk was shot in Corrow on Friday.", (0, 1)),
        ("Police chased two suspects in Corrow on Friday.", (0, 0)),
        ("Police shot at two suspects but missed in Corrow on Friday.", (0, 0)),
        ("Police arrested one of the gunmen after a clerk was shot in Corrow on Friday.", (0, 1)),
    ],
)
def test_a_suspect_shot_is_hurt(text: str, expected: tuple[int, int]) -> None:
    assert tolls(text) == expected
