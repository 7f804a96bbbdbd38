"""A death told with no verb of killing: as what the person did not get through ("he did not
survive", "he didn't make it"), or pronounced of a pronoun ("medics pronounced him dead"). Near
misses: a bill that did not survive a vote, someone who did not make it to a game, a plan
pronounced dead."""

from __future__ import annotations

import pytest

from summarizer import summarize
from summarizer.evaluation import count_of


def tolls(text: str) -> tuple[int, int]:
    result = summarize(text, model="rules", published="2025-03-10")
    return count_of(result, "killed"), count_of(result, "injured")


_SHOT = "A man was shot on Tolley Road in Brackwell on Saturday night. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (_SHOT + "He was found slumped in a van and did not survive, officers said.", (1, 0)),
        (_SHOT + "Friends drove him to a clinic, but he didn't make it, officers said.", (1, 0)),
        (_SHOT + "Friends drove him to a clinic, but he didn’t make it, officers said.", (1, 0)),
        (_SHOT + "Friends drove him to a clinic, but he did not make it.", (1, 0)),
        # a death pronounced of a person named by a pronoun
        (_SHOT + "Medics pronounced him dead at the scene.", (1, 0)),
        (_SHOT + "Doctors declared him dead an hour later.", (1, 0)),
        # near misses: what did not survive is no person; making it somewhere is no fate
        (_SHOT + "The zoning bill did not survive the council vote on Monday.", (0, 1)),
        (_SHOT + "He didn't make it to the team's game, his coach said.", (0, 1)),
        (_SHOT + "The mayor pronounced the zoning plan dead on Monday.", (0, 1)),
        # near miss: "dead" as a word of degree before an adjective ("dead wrong", "dead set")
        (_SHOT + "His lawyer declared him dead wrong about the case.", (0, 1)),
        (_SHOT + "His coach pronounced him dead set on playing.", (0, 1)),
        # the death joined to the harm's own verb by "and": the same person's
        ("A cook was shot on Tolley Road in Brackwell on Saturday and did not survive.", (1, 0)),
        ("A cook was shot on Tolley Road in Brackwell on Saturday and didn't make it.", (1, 0)),
        ("A cook was shot on Tolley Road in Brackwell on Saturday and did not survive the night.", (1, 0)),
        ("A cook was shot on Tolley Road in Brackwell on Saturday and did not survive his wounds.", (1, 0)),
        # near misses: a place not reached, a thing not survived
        ("A cook was shot on Tolley Road in Brackwell on Saturday and did not make it to the clinic.", (0, 1)),
        ("A cook was shot on Tolley Road in Brackwell on Saturday and did not survive the first round of votes.", (0, 1)),
        # making it is a death only where the clause ends or it goes on "through" or "out alive"
        ("A cook was stabbed on Tolley Road in Brackwell on Saturday and didn't make it through the night.", (1, 0)),
        ("A cook was stabbed on Tolley Road in Brackwell on Saturday and did not survive the surgery.", (1, 0)),
        (_SHOT + "Crews reached the flat, but he did not make it out alive.", (1, 0)),
        (_SHOT + "Surgeons worked on him for hours, but he didn't make it out of surgery.", (1, 0)),
        (_SHOT + "He did not make it, police said.", (1, 0)),
        # near misses: what was not made so, a goal not reached, a cut not survived by a person
        (_SHOT + "He did not make it clear who fired, officers said.", (0, 1)),
        (_SHOT + "The rain didn't make it easy for the medics, officers said.", (0, 1)),
        (_SHOT + "The county did not make it a priority to light the road.", (0, 1)),
        (_SHOT + "He did not make it past the gate before he fell, officers said.", (0, 1)),
        (_SHOT + "He didn't make it onto the last bus, a friend said.", (0, 1)),
        (_SHOT + "He did not survive the first cut of the football squad last year.", (0, 1)),
    ],
)  # fmt: skip
def test_a_death_without_a_verb_of_killing(text: str, expected: tuple[int, int]) -> None:
    assert tolls(text) == expected


# a long opening that holds no word of death, so that only the words around the person ground it
_TRIBUTE = (
    "Friends gathered on Sunday for a drummer from Brackwell who had played at the Ormond Hall for years and who "
    "neighbors said was kind and generous with his time, his records and his stage. "
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "gunned down" tells the death by itself
        (_TRIBUTE + "After a late show in town, local drummer Lee Carrow, 25, was gunned down by two attackers.", (1, 0)),
        (_TRIBUTE + "After a late show in town, a 25-year-old man was gunned down on Tolley Road.", (1, 0)),
        ("A man and a woman were gunned down outside a bakery in Brackwell on Saturday night.", (2, 0)),
        # a count gunned down, and the phrasal verb active, its object the dead
        ("Two men were gunned down outside a bakery in Brackwell on Saturday night.", (2, 0)),
        ("Gunmen gunned down a guard outside a bakery in Brackwell on Saturday night.", (1, 0)),
        ("Gunmen gunned down four villagers near Brackwell on Saturday night and wounded two.", (4, 2)),
        ("A man opened fire outside a bakery in Brackwell on Saturday night, gunning down a cook.", (1, 0)),
        # near misses: a man shot, of no fate told; gunfire that downed a drone; an engine revved
        ("A cook gunned the engine and sped away from a bakery in Brackwell on Saturday night.", (0, 0)),
        (_TRIBUTE + "After a late show in town, local drummer Lee Carrow, 25, was shot in the leg.", (0, 1)),
        (_TRIBUTE + "After a late show in town, a drone was gunned down over Tolley Road.", (0, 0)),
        ("Two drones were gunned down over Tolley Road in Brackwell on Saturday night.", (0, 0)),
        ("Soldiers gunned down three drones over Tolley Road in Brackwell on Saturday night.", (0, 0)),
        ("The council gunned down the proposal for Tolley Road in Brackwell on Saturday.", (0, 0)),
        ("Two men were nearly gunned down outside a bakery in Brackwell on Saturday night.", (0, 0)),
    ],
)  # fmt: skip
def test_gunned_down_grounds_a_death(text: str, expected: tuple[int, int]) -> None:
    assert tolls(text) == expected
