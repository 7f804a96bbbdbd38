""" "According to" a record of the speaker's own words: in "Ken Hollis told investigators the car
was red, according to a copy of his statement" the speaker is Hollis and the content "the car
was red"; the statement is where the words were read, not a second speaker."""

from __future__ import annotations

import pytest

from summarizer import summarize


def reports(text: str) -> list[tuple[str | None, str | None, str]]:
    return [(a.speaker, a.cue, a.content) for a in summarize(text, model="rules").attributions]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ken Hollis told investigators the van was red, according to a copy of his statement seen by the Courier.",
            [("Ken Hollis", "told", "the van was red")],
        ),
        (
            "The ferry's pilot told inspectors he had slept well, according to a transcript of his interview.",
            [("The ferry's pilot", "told", "he had slept well")],
        ),
        (
            "The night nurse testified that the ward doors were locked, according to a transcript of the deposition.",
            [("The night nurse", "testified", "the ward doors were locked")],
        ),
        (
            "The harbour master said in March that she knew nothing of the leak, according to a recording of "
            "her remarks to the council.",
            [("The harbour master", "said", "she knew nothing of the leak")],
        ),
        (
            "Ada Brink said the rota was wrong, according to a copy of the signed statement.",
            [("Ada Brink", "said", "the rota was wrong")],
        ),
        (
            "Ken Hollis told police he saw the van, according to a recording of the call.",
            [("Ken Hollis", "told", "he saw the van")],
        ),
        (
            "The ward nurse said she had locked the doors, according to her testimony.",
            [("The ward nurse", "said", "she had locked the doors")],
        ),
        # near misses: a record with no report of its own before it, and a source that is no record
        (
            "Forty crew members were treated, according to a copy of the ship's log.",
            [("a copy of the ship's log", "according to", "Forty crew members were treated")],
        ),
        # a copy of a document of its own, not of the speaker's words: the document is the source
        (
            "Ken Hollis said he was at home, according to a copy of the police report.",
            [("a copy of the police report", "according to", "Ken Hollis said he was at home")],
        ),
        (
            "Ada Brink told the board the rota was wrong, according to a copy of the audit obtained by the Courier.",
            [
                (
                    "a copy of the audit obtained by the Courier",
                    "according to",
                    "Ada Brink told the board the rota was wrong",
                )
            ],
        ),
        # "his"/"her" of the other gender than the clause's pronouns: someone else's record
        (
            "Ken Hollis said he was at home, according to her testimony.",
            [("her testimony", "according to", "Ken Hollis said he was at home")],
        ),
        (
            "Ken Hollis said his wife was at home, according to her statement.",
            [("her statement", "according to", "Ken Hollis said his wife was at home")],
        ),
        (
            "Hollis said the van was red, according to the police.",
            [("the police", "according to", "Hollis said the van was red")],
        ),
    ],
)
def test_a_record_of_the_speakers_words_is_no_second_speaker(
    text: str, expected: list[tuple[str | None, str | None, str]]
) -> None:
    assert reports(text) == expected
