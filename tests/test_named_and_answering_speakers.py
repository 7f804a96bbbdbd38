"""Who a described person is, from the words around them: a person described then named in a
relative clause ("A woman near the stage, who gave her name as …"), a place phrase on a
person's noun ("a man outside the court") (speakers.py, descriptions.py, attribution/place_chains).
Original sentences."""

from __future__ import annotations

import pytest

from summarizer import summarize


def _speakers(text: str) -> list[tuple[str | None, str | None]]:
    result = summarize(f"Town hall\n\n{text}\n", model="rules")
    names = {s.id: s.name for s in result.speakers}
    return [(a.speaker, names.get(a.speaker_id or "")) for a in result.attributions]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a description, then the name the person gave in a relative clause set off by commas
        (
            "A woman near the stage, who gave her name as Nell Ortiz, said the hall was full.",
            [("A woman near the stage", "Nell Ortiz")],
        ),
        (
            "A veteran, who identified himself as Carl Duffy, said the hall was full.",
            [("A veteran", "Carl Duffy")],
        ),
        (
            "A nurse, who introduced herself as Mara Quinn, said the hall was full.",
            [("A nurse", "Mara Quinn")],
        ),
        # a name in apposition after a described person is theirs as before
        ("A man in the crowd, Tom Reyes, 52, shouted that the hall was full.", [("Tom Reyes, 52", "Tom Reyes")]),
        # near misses: a relative clause that gives no name of the person's own; a place phrase
        # that is the scene's, not the person's ("an outside adviser" is an adjective's)
        (
            "A veteran, who served with Carl Duffy, said the hall was full.",
            [("A veteran", "veteran")],
        ),
        ("A man outside the hall said it was full.", [("A man outside the hall", "man outside the hall")]),
        ("An outside adviser said the hall was full.", [("An outside adviser", "outside adviser")]),
    ],
)
def test_a_described_person_is_the_name_they_gave(text: str, expected: list[tuple[str, str]]) -> None:
    assert _speakers(text) == expected
