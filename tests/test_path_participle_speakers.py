"""A bare participle of saying after the main verb's path or place ('The nurses marched through
the town shouting "…"'): the subject of a participle clause is the main clause's subject, not the
noun of the phrase before it. participle_reports.path_participle_speaker. Original sentences."""

from __future__ import annotations

import pytest

from summarizer import summarize


def speakers(text: str) -> list[str | None]:
    return [a.speaker for a in summarize(text, model="rules").attributions]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('The nurses marched through the town shouting "Fund the wards."', ["The nurses"]),
        ('Dozens of parents walked into the meeting shouting "Keep the school open."', ["Dozens of parents"]),
        ('Fans gathered outside the ground shouting "Sack the board."', ["Fans"]),
        # a reported clause, not a quote
        ("The mayor arrived at the hall saying the plan was dead.", ["The mayor"]),
        # past a fronted participle of manner
        ('Holding banners, the nurses marched through the town shouting "Fund the wards."', ["the nurses"]),
        # with a comma the participle already had the main clause's subject
        ('Fans gathered outside the ground, shouting "Sack the board."', ["Fans"]),
        # near misses: the noun is the object of a verb of perceiving (they shout, not she), the
        # verb is "was" (no past verb of motion), the phrase follows the object of "found" (whose
        # own report of evidence is all that is read)
        ('She heard people in the street shouting "Fire!"', []),
        ('The mayor was in the hall shouting "Order!"', []),
        ('Police found the men in the yard shouting "Help."', ["Police"]),
        # ordinary variants: other verbs of motion or standing, other paths and places
        ('A woman came across the bridge yelling "Stop the car."', ["A woman"]),
        ("The envoy arrived in the capital saying the deal was done.", ["The envoy"]),
        ("Villagers gathered at the well saying the water was bad.", ["Villagers"]),
        ('The coach stood on the touchline shouting "Push up."', ["The coach"]),
        ("The senator went on television saying the bill would pass.", ["The senator"]),
        ("They camped in the square demanding new elections.", ["They"]),
        ('The boy ran to his mother crying "They took my bike."', ["The boy"]),
        ('The clerk turned to the judge saying "I am innocent."', ["The clerk"]),
        # one's words in a thing that carries words are one's own
        ("The pastor appeared in a video saying the vote was rigged.", ["The pastor"]),
        # near misses: after a verb of attending the object speaks; a thing that carries words
        # after "to" or "at" says its own words
        ("The crowd listened to the speaker saying the war was over.", ["the speaker"]),
        ('The guards stared at the prisoners shouting "Let us out."', ["the prisoners"]),
        ("Officers responded to a call saying a man had a gun.", ["a call"]),
        ("She replied to a tweet saying the mayor had lied.", ["a tweet"]),
    ],
)
def test_a_participle_after_a_path_has_the_main_subject(text: str, expected: list[str]) -> None:
    assert speakers(text) == expected
