"""A capitalised "May" right before a past form, or after a given name or a title, is a surname,
not the modal: "Theresa May said …" is Theresa May's report with the cue "said" (it gave the
speaker "Theresa" and the cue "May said"). The month after a preposition stays the month
(tests/test_month_may.py), and the modal in lower case stays the modal. Original sentences."""

from __future__ import annotations

import pytest

from summarizer import summarize


def _read(text: str, words: str) -> tuple[str | None, str | None, list[tuple[str, str | None]]]:
    result = summarize(f"Ferry fares\n\n{text}\n", model="rules")
    attribution = next((a for a in result.attributions if words in a.content), None)
    speakers = [(s.name, s.role) for s in result.speakers]
    if attribution is None:
        return None, None, speakers
    return attribution.speaker, attribution.cue, speakers


@pytest.mark.parametrize(
    ("text", "speaker", "cue", "named"),
    [
        ("Colin May said the ferry fares were too high.", "Colin May", "said", ("Colin May", None)),
        ("Premier Dana May told reporters the ferry fares were too high.", "Premier Dana May", "told",
         ("Dana May", "premier")),
        ("Ms. May wrote that the ferry fares were too high.", "Ms. May", "wrote", ("May", None)),
        ("Mayor May argued that the ferry fares were too high.", "Mayor May", "argued", ("May", "mayor")),
        ("The harbour master, Colin May, insisted the ferry fares were too high.",
         "The harbour master, Colin May", "insisted", ("Colin May", "harbour master")),
        # near misses: the month after a preposition, the modal in lower case or before a base form
        ("A review released in May found that the ferry fares were too high.", "A review", "found", None),
        ("Auditors may conclude that the ferry fares were too high.", "Auditors", "may conclude", None),
        ("Rivals may have said the ferry fares were too high.", "Rivals", "may have said", None),
    ],
)  # fmt: skip
def test_may_as_a_surname(text: str, speaker: str, cue: str, named: tuple[str, str | None] | None) -> None:
    got_speaker, got_cue, speakers = _read(text, "fares were too high")
    assert (got_speaker, got_cue) == (speaker, cue)
    if named is not None:
        assert named in speakers
