""" "Reference" is a verb of referring, read as "cite", "invoke" and "refer to" are: what a source
brings up ("The union’s letter also referenced the strike"). A participle of stance after a speaker
clause that follows a quote ("“…,” she said, citing …", "“…” to save money, she said,
referencing …") is that speaker's; the noun "reference" stays a noun."""

from __future__ import annotations

import pytest

from summarizer import summarize


def found(text: str) -> list[tuple[str | None, str | None, str]]:
    return [(a.speaker, a.cue, a.content) for a in summarize(text, model="rules").attributions]


@pytest.mark.parametrize(
    ("text", "speaker", "cue", "content"),
    [
        (
            "The union’s letter also referenced the strike of 2019.",
            "The union’s letter",
            "also referenced",
            "the strike of 2019",
        ),
        ("Ruiz spoke for an hour, referencing the audit twice.", "Ruiz", "referencing", "the audit twice"),
        (
            "“You failed the night staff,” she said, citing the lender’s push for late fees.",
            "she",
            "citing",
            "the lender’s push for late fees",
        ),
        (
            "“The board has lost its way,” Ruiz said. “You failed the night staff” to save money, she said,"
            " referencing the lender’s push for late fees.",
            "she",
            "referencing",
            "the lender’s push for late fees",
        ),
    ],
)
def test_referring_stance(text: str, speaker: str, cue: str, content: str) -> None:
    assert (speaker, cue, content) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        # near misses: the noun, and a participle of no stance after the speaker clause
        "The reference to the audit was removed.",
        "She gave a reference for the new clerk.",
        "The clerk checked the references of every applicant.",
    ],
)
def test_noun_is_no_cue(text: str) -> None:
    assert found(text) == []


def test_participle_of_no_stance_after_quote() -> None:
    assert found("“The pool is shut,” the mayor said, walking to his car.") == [
        ("the mayor", "said", "The pool is shut")
    ]
