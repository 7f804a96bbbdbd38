"""Two people harmed and then split by "one … the other", each part told dead or hurt: one dead
and one hurt (the people shot less the dead), or both dead; a split that tells no fate of a part,
or both hurt, leaves the two as read."""

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
        # the dead first, the hurt after, in the count's sentence or the next
        ("Two men were shot on Larch Lane on Friday; one died on the spot and the other was taken to a hospital.", (1, 1)),
        ("Two teens were shot on Larch Lane late Friday. One was pronounced dead, and the other was rushed to a clinic.", (1, 1)),
        ("Two women were stabbed on Larch Lane on Friday; one of them died and the other was hospitalized.", (1, 1)),
        # the hurt first, the dead after
        ("Two men were shot on Larch Lane on Friday. One was taken to a hospital and the other died at the scene.", (1, 1)),
        # both dead
        ("Two men were shot on Larch Lane on Friday; one died on the spot and the other died later at a hospital.", (2, 0)),
        ("Two men were shot and killed on Larch Lane; one died on the spot and the other died at a hospital.", (2, 0)),
        # near misses: both hurt, no fate told of a part, a part that is no one of the two
        ("Two officers were wounded on Larch Lane. One was treated and released, and the other is in stable condition.", (0, 2)),
        ("Two men were shot on Larch Lane on Friday. One fled and the other was arrested, police said.", (0, 2)),
        ("Two men were shot on Larch Lane on Friday, one in the chest, the other in the back.", (0, 2)),
        ("Two teens were shot on Larch Lane. One was taken to a clinic, where the other teen's mother works.", (0, 2)),
        # "one of" the people harmed, by their harm or their own noun
        ("Two guards were shot on Larch Lane on Friday. One of the guards died and the other was taken to a clinic.", (1, 1)),
        ("Two guards were shot on Larch Lane on Friday. One of the two died and the other was taken to a clinic.", (1, 1)),
        # near misses: "one of" another group, whose parts are no part of the two
        ("Two guards were shot on Larch Lane on Friday. One of the robbers died and the other was taken to a clinic.", (1, 2)),
        ("Two guards were shot on Larch Lane on Friday. One of their cousins died in May and the other was hospitalized.", (0, 2)),
        # a group of three keeps the reading of "N were shot and one died"
        ("Three people were shot on Larch Lane on Friday and one died, police said.", (1, 2)),
    ],
)  # fmt: skip
def test_one_and_the_other_split_the_two(text: str, expected: tuple[int, int]) -> None:
    assert tolls(text) == expected
