"""A dateline is no subject: the subject of a lead's verb of saying, closed by a long
appositive with a relative of its own, is the name after the dateline's dash."""

from __future__ import annotations

import pytest

from summarizer import summarize


def said(text: str) -> list[tuple[str | None, str]]:
    return [(a.speaker, a.content) for a in summarize(text, model="rules").attributions if a.cue == "said"]


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ("CORRAN — Mira Oduya, the councillor whose motion may sink it, said Monday that she would vote no.",
         "Mira Oduya, the councillor", "she would vote no"),
        ("PORT ELLIS, N.S. — Dag Venn, the skipper whose boat ran aground, said the crew was safe.",
         "Dag Venn, the skipper", "the crew was safe"),
        # near misses: no dateline, and a dateline before a plain subject, read as before
        ("Mira Oduya, the councillor whose motion may sink it, said she would vote no.",
         "Mira Oduya, the councillor", "she would vote no"),
        ("CORRAN — Mira Oduya said she would vote no.", "Mira Oduya", "she would vote no"),
    ],
)  # fmt: skip
def test_the_subject_after_a_dateline_speaks(text: str, speaker: str, content: str) -> None:
    assert (speaker, content) in said(text)


def test_a_clause_before_the_speaker_lends_no_subject() -> None:
    # "Uproar" is no one who told anything; with no speaker found, no "told" report of its own
    text = "CORRAN — Uproar erupted on Monday after Mira Oduya, the councillor, told reporters that she would vote no."
    assert all(a.speaker != "Uproar" for a in summarize(text, model="rules").attributions)
