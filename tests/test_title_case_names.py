"""A sentence thick with names is no title-case headline while it writes a word of content in
lower case ("walked", "marched"): a capitalised cue word inside a name there ("Orrin State
College") is a name's word, not a verb. A real headline, every longer word capitalised, still
reads its capitalised verb of saying, and prose reads its lower-case one."""

from __future__ import annotations

import pytest

from summarizer import summarize


def found(text: str) -> list[tuple[str | None, str | None, str]]:
    return [(a.speaker, a.cue, a.content) for a in summarize(text, model="rules").attributions]


@pytest.mark.parametrize(
    "text",
    [
        "Lecturers at Dunmore State University walked out on Monday.",
        "Staff at Kelby State College marched to the hall on Friday.",
        "Cooks at Lisk State Hospital joined the Orrin Post Office strike in March.",
        "Players from Vane State beat Orrin State University at home.",
    ],
)
def test_name_word_is_no_cue(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "speaker", "cue", "content"),
    [
        # near misses: a headline in title case, its verb capitalised; prose with its verb small
        ("Mayor Claims Victory In Bridge Vote", "Mayor", "Claims", "Victory In Bridge Vote"),
        ("Kelby State Says Fees Will Rise", "Kelby State", "Says", "Fees Will Rise"),
        # a headline style that leaves every preposition small, however long
        ("Mayor Says Town to Shut Pool amid Row", "Mayor", "Says", "Town to Shut Pool amid Row"),
        ("Union Says Strike Is Off despite Offer", "Union", "Says", "Strike Is Off despite Offer"),
        ("State inspectors said the dam was sound.", "State inspectors", "said", "the dam was sound"),
        (
            "Lecturers at Dunmore State University said the strike would go on.",
            "Lecturers at Dunmore State University",
            "said",
            "the strike would go on",
        ),
        (
            "Secretary of State Ana Ruiz said the talks had failed.",
            "Secretary of State Ana Ruiz",
            "said",
            "the talks had failed",
        ),
    ],
)
def test_headline_and_prose_still_read(text: str, speaker: str, cue: str, content: str) -> None:
    assert (speaker, cue, content) in found(text)
