"""People shot, then in the same sentence some of them who died ("Three guests were shot and one
died", "… and one later died"): the dead are taken out of the people shot, as "one of them
fatally" and a death told in the next sentence already are."""

from __future__ import annotations

import pytest

from summarizer import summarize
from summarizer.evaluation import count_of


def tolls(text: str) -> tuple[int, int]:
    result = summarize(text, model="rules", published="2024-06-10")
    return count_of(result, "killed"), count_of(result, "injured")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Three guests were shot and one died at a birthday party in Larkfield on Sunday, police said.", (1, 2)),
        ("Six people were shot near the pier in Larkfield and two died, the sheriff said.", (2, 4)),
        # an adverb of time between the count and its verb is no noun: "one later died", "one has since died"
        ("Four teens were shot outside a gym in Larkfield on Sunday and one later died, police said.", (1, 3)),
        ("Two cousins were shot at a cookout in Larkfield and one has since died.", (1, 1)),
        ("Three guests were shot at a birthday party in Larkfield. One later died at the hospital.", (1, 2)),
        # the forms already read so: "one of them fatally", a semicolon
        ("Four people were wounded, one of them fatally, at a cookout in Larkfield on Sunday.", (1, 3)),
        ("Five were shot at a cookout in Larkfield; two have died, police said.", (2, 3)),
        # near misses: "shot and killed" is one harm; the dead told first are others; no count after "and";
        # a death with another noun and its own cause is another event's
        ("Two brothers were shot and killed at a cookout in Larkfield on Sunday.", (2, 0)),
        ("Two people were killed and three were shot at a cookout in Larkfield on Sunday.", (2, 3)),
        ("Three guests were shot and a neighbor called police from Larkfield on Sunday.", (0, 3)),
        ("Three guests were shot at a party and one man died in a crash on the way to Larkfield.", (1, 3)),
        # nor is a dead attacker one of the people he shot, though told as "one of the"
        ("Three guests were shot at a party in Larkfield and one of the gunmen died in a shootout with deputies.", (1, 3)),
        ("Two clerks were shot in Larkfield and one suspect was killed by a guard.", (1, 2)),
        # but the people shot may be the attackers themselves
        ("Two robbers were shot by a guard in Larkfield and one of the robbers died.", (1, 1)),
    ],
)  # fmt: skip
def test_the_dead_among_the_people_shot(text: str, expected: tuple[int, int]) -> None:
    assert tolls(text) == expected
