"""A past participle's aside after a source is no part of who speaks (rules/participle_asides.py).
Original sentences."""

from __future__ import annotations

import pytest
from conftest import resolved_speaker

from summarizer.rules.participle_asides import without_participle_aside


@pytest.mark.parametrize(
    ("phrase", "read"),
    [
        ("The report, released Tuesday", "The report"),
        ("The union's statement, issued late Monday", "The union's statement"),
        # after "by" the aside stays: an author ("released by the ministry") is read elsewhere
        ("Mara Quill, reached by phone", "Mara Quill, reached by phone"),
        ("The mayor, asked about the delay", "The mayor"),
        ("The council's memo, written in May", "The council's memo"),
        ("The board, pressed", "The board"),
        # near misses: a role that opens with such a word; no aside; a participle that opens it
        ("Tom Hale, retired firefighter", "Tom Hale, retired firefighter"),
        ("The report", "The report"),
        (", released Tuesday", ", released Tuesday"),
        ("Ana Ruiz, a teacher", "Ana Ruiz, a teacher"),
        ("The council, divided over the issue", "The council"),
        ("The company, founded in 1990", "The company"),
        # near misses: after "by" the aside stays (a companion or an author, read elsewhere)
        ("The mayor, joined by council members", "The mayor, joined by council members"),
        ("The statement, signed by 40 doctors", "The statement, signed by 40 doctors"),
    ],
)
def test_a_past_participles_aside_is_read_off_the_phrase(phrase: str, read: str) -> None:
    assert without_participle_aside(phrase) == read


@pytest.mark.parametrize(
    ("text", "speaker", "name"),
    [
        # a document owned by its author: the aside no longer hides the owner, nor from "the report" after it
        (
            "The auditor general's report, released Tuesday, found the ferry contract was overpriced. "
            "The report said the ministry ignored three warnings.",
            "The report",
            "auditor general",
        ),
        (
            "The union's statement, issued late Monday, said the offer was too low. "
            "The statement said talks would resume.",
            "The statement",
            "union",
        ),
        # near miss: a document no one owns stays the document
        (
            "The report, released Tuesday, found the ferry contract was overpriced. "
            "The report said the ministry ignored three warnings.",
            "The report",
            "report",
        ),
    ],
)
def test_a_documents_owner_past_a_participles_aside(text: str, speaker: str, name: str) -> None:
    assert resolved_speaker(text, speaker)[1] == name
