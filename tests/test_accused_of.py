"""The harm of a charge or an accusation, told only by its gerund: "Ray Diaz is accused of
shooting a man outside a bar" tells one person hurt (a court or an arrest story whose victim's
outcome is not stated), "accused of fatally shooting" a death. Firing at a thing, or a threat,
hurts no one."""

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
        ("Ray Diaz, 22, is accused of shooting a 19-year-old cook in the arm outside a bar on Saturday.", (0, 1)),
        ("Ray Diaz, 22, was charged with shooting a cook outside a bar on Saturday.", (0, 1)),
        ("Deputies say Ray Diaz is wanted for shooting a teen on Pell Road.", (0, 1)),
        ("Ray Diaz is accused of shooting two men outside a bar.", (0, 2)),
        ("Ray Diaz, 22, is accused of fatally shooting a man outside a bar on Saturday.", (1, 0)),
        ("Ray Diaz, 22, was charged with killing a man outside a bar on Saturday.", (1, 0)),
        ("Ray Diaz, 22, is accused of shooting a man who later died.", (1, 0)),
        # the harm told again in its own clause: one person
        ("Ray Diaz is accused of shooting a man outside a bar on Saturday. The man was shot in the leg "
         "and is in stable condition.", (0, 1)),
        # near misses: fired at a thing, a threat, a gun fired, a sentence served for an old case
        ("Ray Diaz, 22, is accused of shooting at a house on Elm Street on Saturday.", (0, 0)),
        ("Ray Diaz, 22, is accused of threatening to shoot a man outside a bar on Saturday.", (0, 0)),
        ("Ray Diaz was arrested for shooting a gun into the air on Pell Road.", (0, 0)),
    ],
)  # fmt: skip
def test_the_harm_of_a_charge(text: str, expected: tuple[int, int]) -> None:
    assert tolls(text) == expected
