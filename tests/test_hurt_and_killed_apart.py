"""People counted as hurt, injured or wounded and a toll of the killed told after them: the hurt
are the living, the dead a toll of their own, unless the text puts the dead among them ("of
them", "later died"), or counts the people shot, whom the dead may be among."""

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
        ("A warehouse fire broke out in Calder on Sunday. 40 people were hurt, the fire chief said. "
         "Nine were killed, the mayor said.", (9, 40)),
        ("A tram left the rails in Vessel on Friday. Thirty people were injured, officials said. "
         "Six were killed, a spokesman added.", (6, 30)),
        ("Rioters clashed with troops in Ostra on Monday. 25 people have been wounded. "
         "Four people were killed, the ministry said.", (4, 25)),
        # near misses: the dead said among them; the people shot, whom the dead may be among
        ("A crowd was caught in the blast in Calder on Sunday. 40 people were hurt. Nine of them died "
         "in hospital.", (9, 31)),
        ("Gunmen fired into a bar in Calder on Sunday. Eight people were shot. Three were killed, "
         "police said.", (3, 5)),
        ("Gunmen fired into a bar in Calder on Sunday. Eight people were wounded. Two later died "
         "at the hospital.", (2, 6)),
    ],
)  # fmt: skip
def test_a_toll_of_the_killed_is_not_taken_from_the_hurt(text: str, expected: tuple[int, int]) -> None:
    assert tolls(text) == expected
