"""A subject holding a relative clause not set off by commas is read whole, the noun before the
relative its head (attribution/restrictive_relatives.py); the speaker's description leaves a
"that" or "which" clause out (speaker_phrases). Original sentences."""

from __future__ import annotations

import pytest

from summarizer import summarize


def _speaker(text: str) -> tuple[str | None, str | None]:
    result = summarize(f"Quarry news\n\n{text}\n", model="rules")
    attribution = next((a for a in result.attributions if "quarry" in a.content), None)
    if attribution is None:
        return None, None
    entity = next((s.name for s in result.speakers if s.id == attribution.speaker_id), None)
    return attribution.speaker, entity


@pytest.mark.parametrize(
    ("text", "speaker", "entity"),
    [
        # a "that" or "which" clause on a source, or on a thing a source acts for: the object of
        # the relative's verb is not who speaks
        (
            "A spokeswoman for the trust that runs the quarry said the quarry would stay open.",
            "A spokeswoman for the trust that runs the quarry",
            "spokeswoman for the trust",
        ),
        ("The firm that leases the pit said the quarry would stay open.", "The firm that leases the pit", "firm"),
        (
            "A council which oversees the valley has said the quarry would stay open.",
            "A council which oversees the valley",
            "council",
        ),
        (
            "An engineer for the cooperative that bought the site said the quarry would stay open.",
            "An engineer for the cooperative that bought the site",
            "engineer for the cooperative",
        ),
        ("The union that represented the drivers said the quarry would stay open.", "The union that represented the drivers", "union"),
        # a "who" clause stays in the description (it may tell the anonymity)
        ("Two drivers who worked the night shift said the quarry would stay open.", "Two drivers who worked the night shift", "Two drivers who worked the night shift"),
        # near misses: a "that" of content, with its own subject
        ("The trust warned that the quarry would stay open.", "The trust", "trust"),
        ("Managers said that the quarry would stay open.", "Managers", "Managers"),
        # near miss: a relative on a thing with no source in its phrase
        ("The road that leads to the pit, officials said, means the quarry would stay open.", "officials", "officials"),
    ],
)  # fmt: skip
def test_a_restrictive_relative_is_part_of_the_subject(text: str, speaker: str, entity: str) -> None:
    assert _speaker(text) == (speaker, entity)
