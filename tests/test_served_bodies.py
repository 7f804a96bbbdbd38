"""A spokesperson named by the kind of body they speak for ("a university spokesperson", "a
spokesman for the union") is named after the one body of that kind the text names before
(rules/served_bodies.py). Original sentences."""

from __future__ import annotations

import pytest
from conftest import speaker_of


@pytest.mark.parametrize(
    ("first", "speaker_phrase", "speaker"),
    [
        # one body of the kind named before: its name, then the role
        (
            "Lecturers at the University of Tarnby walked out.",
            "A university spokesperson",
            "University of Tarnby spokesperson",
        ),
        ("The Orla Porters Union called the strike.", "A spokesman for the union", "Orla Porters Union spokesman"),
        ("The Ministry of Roads shut the bridge.", "A ministry spokeswoman", "Ministry of Roads spokeswoman"),
        # near misses: two bodies of the kind, none named, a body of another kind, a role that
        # speaks for no one ("a union official" is a member of it)
        (
            "Lecturers at the University of Tarnby and the University of Orla walked out.",
            "A university spokesperson",
            "university spokesperson",
        ),
        ("Lecturers walked out on Monday.", "A university spokesperson", "university spokesperson"),
        ("The Orla Porters Union called the strike.", "A ministry spokeswoman", "ministry spokeswoman"),
        # a name closed by any noun of a kind of body is a body's name ("Orla State University",
        # "Orla High School"), the one of its kind
        (
            "Lecturers at Orla State University walked out.",
            "A university spokesperson",
            "Orla State University spokesperson",
        ),
        (
            "Pupils from Orla High School visited the University of Tarnby.",
            "A school spokesperson",
            "Orla High School spokesperson",
        ),
        # near misses: a second body of the kind so named makes two; a body of the kind by
        # another noun is not the one the role names ("a federation" is no union)
        (
            "Lecturers at the University of Tarnby walked out, backed by students at Orla State University.",
            "A university spokesperson",
            "university spokesperson",
        ),
        ("Tarnby College hosted the debate.", "A university spokesperson", "university spokesperson"),
        ("The Orla Porters Union called the strike.", "A spokesman for the federation", "spokesman for the federation"),
        ("The Ministry of Roads shut the bridge.", "A department spokesman", "department spokesman"),
    ],
)
def test_a_kinds_spokesperson_is_named_for_the_one_body_of_that_kind(
    first: str, speaker_phrase: str, speaker: str
) -> None:
    text = f"Strike\n\n{first} {speaker_phrase} said exams would go ahead.\n"
    assert speaker_of(text, "exams would go ahead") == speaker


def test_the_spokesperson_after_goes_on_with_the_one_so_named() -> None:
    text = (
        "Strike\n\nThe Orla Porters Union called the strike. “We will win,” a spokesman for the union said. "
        "The spokesman added that talks had failed.\n"
    )
    assert speaker_of(text, "talks had failed") == "Orla Porters Union spokesman"
