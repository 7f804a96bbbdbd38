"""People counted and then "struck" or "hit", beside gunfire in their sentence or the one before,
are hurt: "A gunman fired into the hall. At least three customers inside were struck" is three hurt.
Without gunfire, "struck" is a car's, a storm's or a deal's, and left as it was read."""

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
        (
            "A gunman fired about twenty shots into a packed hall in Verrin late Friday. At least three customers "
            "inside were struck, police said.",
            (0, 3),
        ),
        ("Someone opened fire on a minibus near Oster Quay. Five passengers were hit, the driver said.", (0, 5)),
        ("Bullets flew across the car park behind the rink. Two men standing by a van were struck.", (0, 2)),
        ("Shots rang out at the fair in Kell, and four people near the stage were hit.", (0, 4)),
        ("Two masked men fired at the kiosk on Brill Street. Two clerks were struck, one in the leg.", (0, 2)),
        # read so before, and still
        ("Gunfire broke out by the dock in Kell. Three men were struck by bullets.", (0, 3)),
        # near misses: no gunfire, or the people struck by a car, or things struck, or no one struck
        ("Two pedestrians were struck by a van on Lorne Road, police said.", (0, 0)),
        ("Shots were fired on Lorne Road. Later two pedestrians were struck by a van nearby.", (0, 0)),
        ("The storm struck Kell on Sunday. Three barns were hit and the council struck a deal.", (0, 0)),
        ("Shots were fired at a house in Kell. Two parked cars were struck, police said.", (0, 0)),
        ("Shots were fired at a house in Kell. No one was struck, police said.", (0, 0)),
        ("Four workers were hit by falling bricks at the depot in Kell on Monday.", (0, 0)),
        # a count that no one of was struck, and people nearly struck
        ("Raiders fired on the patrol near Kell. None of the four guards were hit, the army said.", (0, 0)),
        ("Shots rang out by the pier. Neither of the two anglers was struck.", (0, 0)),
        ("A man fired a rifle into the air at the fair. Two boys were nearly hit.", (0, 0)),
        ("A man fired a rifle into the air at the fair. Two boys were badly hit.", (0, 2)),
    ],
)
def test_people_struck_beside_gunfire_are_hurt(text: str, expected: tuple[int, int]) -> None:
    assert tolls(text) == expected
