"""The attacker harmed by another's hand after their own harms, told by a pronoun in the same
sentence (rules/attackers_harmed.py), each on an original sentence written for the project."""

from __future__ import annotations

import pytest

from summarizer import summarize
from summarizer.evaluation import count_of

_TITLE = "Valley report\n\n"


def tolls(text: str) -> tuple[int, int]:
    result = summarize(_TITLE + text, model="rules", published="2024-06-10")
    return count_of(result, "killed"), count_of(result, "injured")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the attacker killed by another after their own killings: one more dead
        ("The gunman killed his estranged wife and her sister before police shot him dead.", (3, 0)),
        ("The gunman killed two people at a diner in Orvel before officers fatally shot him.", (3, 0)),
        ("Police said the man killed three neighbors, then a deputy shot and killed him.", (4, 0)),
        ("The gunman killed his wife and her sister before he was shot and killed by police.", (3, 0)),
        # after people he wounded: the attacker the dead, his victims the hurt
        ("The gunman shot two people at a diner in Orvel before officers shot and killed him.", (1, 2)),
        # the attacker hurt by another: one hurt besides the dead
        ("The gunman killed his estranged wife and her sister before police shot him in the leg.", (2, 1)),
        # near misses: no harm to the attacker; his own harm to another ("he shot him"); the
        # pronoun a victim told in the passive before; a hedge
        ("The gunman killed his wife and her sister before police arrested him in Orvel.", (2, 0)),
        ("The gunman killed his wife and her sister before police found him hiding in a shed.", (2, 0)),
        ("A man was wounded at a diner in Orvel before a second gunman shot him dead.", (1, 0)),
        ("A man stabbed his cousin at a diner in Orvel and then later shot him dead.", (1, 0)),
        ("The gunman killed his wife in Orvel, then turned and shot him dead.", (1, 0)),
    ],
)
def test_attacker_harmed_by_another(text: str, expected: tuple[int, int]) -> None:
    assert tolls(text) == expected
