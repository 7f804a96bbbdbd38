"""A person who "succumbed" to wounds died of them: "He later succumbed to his injuries", "has
since succumbed to his wounds", "who succumbed at the hospital". Succumbing to anything else
("to pressure", "to temptation") is no death. The checker's words of a death hold the verb too,
so the figure read from it is kept."""

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
        ("Two deputies fired at the driver on Orrin Road. He later succumbed to his injuries.", (1, 0)),
        ("Two deputies shot the driver on Orrin Road. He succumbed to his injuries.", (1, 0)),
        ("A cook was shot on Orrin Road on Sunday. She has since succumbed to her wounds.", (1, 0)),
        ("A cook was shot on Orrin Road on Sunday. He later succumbed.", (1, 0)),
        ("A cook who was shot on Orrin Road has succumbed to a single gunshot wound.", (1, 0)),
        ("Deputies shot a driver on Orrin Road, who later succumbed to his injuries at a hospital.", (1, 0)),
        # near misses: yielding to something else is no death
        ("A cook was shot on Orrin Road on Sunday. He succumbed to pressure from his family and spoke "
         "to deputies.", (0, 1)),
        ("A cook was shot on Orrin Road on Sunday. He later succumbed to temptation and left the ward.", (0, 1)),
    ],
)  # fmt: skip
def test_succumbing_to_wounds_is_a_death(text: str, expected: tuple[int, int]) -> None:
    assert tolls(text) == expected
