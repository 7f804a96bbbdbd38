"""What kind of incident: trigger words decide, a month is no march, and people killed with no
word of how assert no attack. Original sentences."""

from __future__ import annotations

import pytest

from summarizer import summarize


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("A lorry struck a bus shelter in Leeds on Monday morning, injuring two pedestrians.", ("crash", "accident")),
        (
            "At least 40 people died when a ferry capsized on the lake near the border on Thursday.",
            ("crash", "accident"),
        ),
        ("A cyclist was struck by a delivery van on the bridge and taken to hospital.", ("crash", "accident")),
        # "March 13" is the month, not a protest march
        ("On March 13, deputies arrested two men wanted for a string of burglaries.", ("arrest", "arrest")),
        # killed, with no word of how: no attack is asserted
        ("Two people were found dead in a flat on Monday, police said.", ("killed", "other")),
    ],
)
def test_the_kind_of_incident(sentence: str, kind: tuple[str, str]) -> None:
    incident = summarize("News\n\n" + sentence, model="rules").incident
    assert incident is not None and (incident.type, incident.category) == kind
