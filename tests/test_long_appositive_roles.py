"""A long role a body's name owns before a name in apposition ("The Council of Hill Nations'
regional chief for Orla, Ada Lind, said"): the subject runs to the name
(rules/attribution/phrases.py). Original sentences."""

from __future__ import annotations

import pytest
from conftest import speaker_of


@pytest.mark.parametrize(
    ("role", "speaker"),
    [
        # a long role a body's name owns, then the name in apposition: the name is the subject's
        ("The Council of Hill Nations' regional chief for Orla", "Ada Lind"),
        ("The Tarn Farmers' Guild's deputy head of policy for the north", "Ada Lind"),
        ("The guild's head", "Ada Lind"),
    ],
)
def test_a_long_role_before_an_appositive_name(role: str, speaker: str) -> None:
    text = f"Water\n\nChief Tom Reed spoke first.\n\n{role}, Ada Lind, said the promise had been empty.\n\n“We hold our breath,” she said.\n"
    assert speaker_of(text, "the promise had been empty") == speaker
    assert speaker_of(text, "We hold our breath") == speaker
