"""A people noun with two phrases of place after it is one subject ("Tenants of a rental block
in the west end say …"): the second phrase hangs on the first's noun, so the whole phrase, not
the place at its end, speaks (rules/attribution/place_chains.py). After ", but", such a subject
opens a report of its own (trailing_cue._new_report_at). Original sentences."""

from __future__ import annotations

import pytest

from summarizer import summarize


def _reports(text: str) -> list[tuple[str | None, str]]:
    return [(a.speaker, a.content) for a in summarize(text, model="rules").attributions]


@pytest.mark.parametrize(
    ("text", "reports"),
    [
        (
            "Tenants of a rental block in Ottawa's east end say they are being pushed out.",
            [("Tenants of a rental block in Ottawa's east end", "they are being pushed out")],
        ),
        (
            "Tenants of a 12-storey rental block in the east end say they are being pushed out.",
            [("Tenants of a 12-storey rental block in the east end", "they are being pushed out")],
        ),
        (
            "Nurses at the main hospital in Leeds said the ward is full.",
            [("Nurses at the main hospital in Leeds", "the ward is full")],
        ),
        # near misses: no people noun before the first phrase; one phrase only
        (
            "The mayor drew fire from a rival in the west end who says taxes are high.",
            [("who", "taxes are high")],
        ),
        (
            "Workers at the city's main depot say the trucks are old.",
            [("Workers at the city's main depot", "the trucks are old")],
        ),
    ],
)
def test_two_phrases_of_place_stay_with_the_subject(text: str, reports: list[tuple[str | None, str]]) -> None:
    assert _reports(text) == reports


@pytest.mark.parametrize(
    ("text", "reports"),
    [
        (
            "The province will send more aid, the minister announced Monday, but mayors in the hardest-hit "
            "towns say the money arrives too late.",
            [
                ("the minister", "The province will send more aid"),
                ("mayors in the hardest-hit towns", "the money arrives too late"),
            ],
        ),
        (
            "The dam will hold, the engineer said Friday, but residents of the valley towns say the water is rising.",
            [("the engineer", "The dam will hold"), ("residents of the valley towns", "the water is rising")],
        ),
        # near miss: after ", but" a clause with no verb of saying stays in what was said
        (
            "The province will send more aid, the minister said Monday, but towns in the north still wait for it.",
            [("the minister", "The province will send more aid … but towns in the north still wait for it")],
        ),
    ],
)
def test_a_long_subject_after_but_reports_on_its_own(text: str, reports: list[tuple[str | None, str]]) -> None:
    assert _reports(text) == reports
