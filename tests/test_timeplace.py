from __future__ import annotations

import pytest

from summarizer import summarize
from summarizer.text.timeplace import find_time


@pytest.mark.parametrize(
    ("text", "start", "end", "zone"),
    [
        ("between 2:20 pm and 7:30 pm MSK", "14:20", "19:30", "MSK"),
        ("from 9 a.m. to 11:15 a.m.", "09:00", "11:15", None),
        ("between 10:30 and 11:45 GMT", "10:30", "11:45", "GMT"),
        ("from 11 pm to 2 am local time", "23:00", "02:00", "LOCAL TIME"),
        ("shortly after 3 pm", "15:00", None, None),
        ("at noon", "12:00", None, None),
    ],
)
def test_time_windows(text: str, start: str, end: str | None, zone: str | None) -> None:
    window = find_time(text, 0, len(text))
    assert window is not None
    assert (window.start, window.end) == (start, end)
    assert (window.timezone or None) == (zone if zone != "LOCAL TIME" else "local time")


@pytest.mark.parametrize(
    ("published", "value"),
    [("2026-03-04", "2026-03-02"), ("2026-03-02", "2026-03-02"), (None, None)],
)
def test_relative_weekday_resolves_against_publication(published: str | None, value: str | None) -> None:
    text = "Two workers were injured in a fire at a warehouse in Fenwick on Monday, the fire department said."
    inc = summarize(text, model="rules", published=published).incident
    assert inc is not None and inc.date is not None
    assert inc.date.text == "on Monday"
    assert inc.date.value == value


def test_absolute_date_and_yesterday() -> None:
    inc = summarize("A bus crashed on March 3, 2025, killing two people, police said.", model="rules").incident
    assert inc is not None and inc.date is not None and inc.date.value == "2025-03-03"
    inc = summarize(
        "A bus crashed yesterday, killing two people, police said.", model="rules", published="2025-06-10"
    ).incident
    assert inc is not None and inc.date is not None and inc.date.value == "2025-06-09"


def test_locations_of_the_incident() -> None:
    inc = summarize(
        "Two people were killed in a shooting in the 500 block of Elm Street in Dayton, police said.", model="rules"
    ).incident
    assert inc is not None
    assert [loc.name for loc in inc.locations] == ["500 block of Elm Street", "Dayton"]
