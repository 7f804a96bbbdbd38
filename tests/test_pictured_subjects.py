"""A still picture shows who or what is in it, not a finding: "A family photo supplied to
reporters by the … shows Dan Roe" reports nothing, however long the name of the agent that provided it. A report
or a video released the same way still shows a finding."""

from __future__ import annotations

import pytest

from summarizer import summarize


def found(text: str) -> list[tuple[str | None, str | None, str]]:
    return [(a.speaker, a.cue, a.content) for a in summarize(text, model="rules").attributions]


@pytest.mark.parametrize(
    "text",
    [
        "A family photo supplied to reporters by the Orrin County Sheriff's Office shows Dan Roe.",
        "An image released by the Lisk Valley Fire Protection District shows the burned barn.",
        "A photo released by police shows the van.",
    ],
)
def test_picture_shows_no_finding(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "speaker", "cue", "content"),
    [
        # near misses: a report and a video released by the same office
        (
            "A report released by the Orrin County Sheriff's Office shows crime fell.",
            "the Orrin County Sheriff's Office",
            "shows",
            "crime fell",
        ),
        (
            "A video released by the Orrin County Sheriff's Office shows officers were not at fault.",
            "the Orrin County Sheriff's Office",
            "shows",
            "officers were not at fault",
        ),
    ],
)
def test_finding_still_read(text: str, speaker: str, cue: str, content: str) -> None:
    assert (speaker, cue, content) in found(text)
