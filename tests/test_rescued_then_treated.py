"""People saved from a harm are no toll of it ("Three miners were pulled out alive"), unless the
same clause tells their care for one after all: "… and were being treated in hospital for burns",
"… and hospitalized with hypothermia", "… and taken to hospital": they were hurt; not when that
care is a precaution ("… kept in hospital for observation")."""

from __future__ import annotations

import pytest

from summarizer import summarize
from summarizer.evaluation import count_of


def tolls(text: str) -> tuple[int, int]:
    result = summarize(text, model="rules", published="2024-03-09")
    return count_of(result, "killed"), count_of(result, "injured")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # saved, then cared for: hurt
        ("Three miners were pulled out alive and were being treated in hospital for burns.", (0, 3)),
        ("Two climbers were rescued from the ridge and hospitalized with frostbite.", (0, 2)),
        ("Four sailors were rescued by a trawler and taken to hospital with cuts.", (0, 4)),
        ("Five workers were rescued and were treated at a hospital for smoke inhalation.", (0, 5)),
        # near misses: saved and no care told, care that is no patient's, a hospital's own count
        ("Three miners were pulled out alive and were reunited with their families.", (0, 0)),
        ("Twelve tenants were rescued from the roof and taken to a shelter for the night.", (0, 0)),
        ("The hospital treated its 500th patient on Monday.", (0, 0)),
        # near misses: care told as a precaution's, no harm ("for observation", "to be checked")
        ("Police said 12 anglers were rescued from the lake and were in hospital for observation.", (0, 0)),
        ("Two climbers were rescued from the ridge and taken to hospital as a precaution.", (0, 0)),
        ("Six divers were pulled out alive and were taken to a hospital to be checked.", (0, 0)),
        # but a harm's care in the clause still tells one, the precaution another's
        ("Two climbers were rescued and hospitalized with frostbite; a third was kept for observation.", (0, 2)),
    ],
)  # fmt: skip
def test_people_saved_then_cared_for_were_hurt(text: str, expected: tuple[int, int]) -> None:
    assert tolls(text) == expected
