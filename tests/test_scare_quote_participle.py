"""A word in quote marks inside a stance verb's object, its comma inside the closing mark, then a
participle: in 'Critics have slammed the "reforms," saying they favour landlords' the quote is
no quotation with its speaker after it; "saying" is no inverted verb whose speaker is "they
favour landlords" (a participle has its subject before it, never after)."""

from __future__ import annotations

import pytest

from summarizer import summarize


def reports(text: str) -> list[tuple[str | None, str | None]]:
    return [(a.speaker, a.cue) for a in summarize(text, model="rules").attributions]


@pytest.mark.parametrize(
    ("text", "misread"),
    [
        (
            'Tenant groups have slammed the "reforms," saying they favour large landlords.',
            "they favour large landlords",
        ),
        ('The harbour master called the plan "reckless," saying it would raise moorage fees.', "it"),
        ('The board praised the clerk as a "steady hand," noting her years at the port.', "her years at the port"),
    ],
)
def test_no_speaker_is_read_after_a_participle(text: str, misread: str) -> None:
    found = reports(text)
    assert found
    assert misread not in [speaker for speaker, _ in found]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # near misses: an inverted verb of saying in the past keeps its speaker after the quote
        ('"The fees are fair," said harbour master Ann Ruddock.', [("harbour master Ann Ruddock", "said")]),
        ('"The fees are fair," added Ruddock, who chairs the board.', [("Ruddock", "added")]),
    ],
)
def test_an_inverted_verb_keeps_its_speaker(text: str, expected: list[tuple[str | None, str | None]]) -> None:
    assert reports(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the object ends with its quoted word; the participle is a report of the subject's
        (
            'Boat owners called the plan "reckless," saying it would raise moorage fees.',
            [
                ("Boat owners", "called", 'the plan "reckless,"'),
                ("Boat owners", "saying", "it would raise moorage fees"),
            ],
        ),
        (
            'The ferry union praised the "timetable," noting that crossings were on time.',
            [
                ("The ferry union", "praised", 'the "timetable,"'),
                ("The ferry union", "noting", "crossings were on time"),
            ],
        ),
        # near misses: a quote the content opens with, a participle that is no verb of saying
        (
            'The ferry union said the "timetable" was fair, noting that crossings were on time.',
            [
                ("The ferry union", "said", 'the "timetable" was fair'),
                ("The ferry union", "noting", "crossings were on time"),
            ],
        ),
        (
            'Boat owners called the plan "reckless," leaving the board in a bind.',
            [("Boat owners", "called", 'the plan "reckless," leaving the board in a bind')],
        ),
    ],
)
def test_the_participle_after_a_quoted_word_reports_on_its_own(
    text: str, expected: list[tuple[str | None, str | None, str]]
) -> None:
    assert [(a.speaker, a.cue, a.content) for a in summarize(text, model="rules").attributions] == expected
