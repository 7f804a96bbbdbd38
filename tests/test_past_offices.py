"""A title with "former", "ex-" or "then-" refers only to someone the text gave the past office
(by that modifier, or ", who was …"), never to the office's holder now; with no such person it
stays unresolved (roles.same_time_of_office). Original sentences."""

from __future__ import annotations

import pytest

from summarizer import summarize
from summarizer.rules.roles import same_time_of_office


def _speaker(text: str) -> str | None:
    result = summarize(f"Dam works\n\n{text}\n", model="rules")
    names = {s.id: s.name for s in result.speakers}
    attribution = next(a for a in result.attributions if "leaks" in a.content)
    return names.get(attribution.speaker_id or "")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the holder now is not the former one: unresolved
        ("The minister, Ines Toll, opened the dam. “It leaks,” the former minister said.", "former minister"),
        # a former holder named: that person
        ("The minister, Ines Toll, opened the dam. Former minister Aldo Prey toured it. “It leaks,” the former minister said.", "Aldo Prey"),
        ("The minister, Ines Toll, opened the dam. Aldo Prey, who was minister until 2019, toured it. “It leaks,” the former minister said.", "Aldo Prey"),
        ("Former Governor Aldo Prey toured the dam. “It leaks,” the former governor said.", "Aldo Prey"),
        # near miss: a title of now goes to the holder now
        ("The minister, Ines Toll, opened the dam. “It leaks,” the minister said.", "Ines Toll"),
    ],
)  # fmt: skip
def test_a_former_title_is_a_past_holder(text: str, name: str) -> None:
    assert _speaker(text) == name


_TEXT = "Former mayor Aldo Prey and the mayor, Ines Toll, and Ben Ruy, who was mayor until 2019."


@pytest.mark.parametrize(
    ("role", "holder_role", "name", "fits"),
    [
        ("mayor", "mayor", "Ines Toll", True),
        ("former mayor", "mayor", "Ines Toll", False),
        ("former mayor", "mayor", "Aldo Prey", True),
        ("former mayor", "mayor", "Ben Ruy", True),
        ("former mayor", "former mayor", "Ines Toll", True),
        ("ex-mayor", "mayor", "Ines Toll", False),
    ],
)
def test_same_time_of_office(role: str, holder_role: str, name: str, fits: bool) -> None:
    at = _TEXT.index(name)
    assert same_time_of_office(role, holder_role, [(at, at + len(name))], _TEXT) is fits
