"""A quote alone in its paragraph whose speaker the next paragraph names after "So says"
(rules/attribution/so_says.py); that speaker is then who a later "she" means. Original sentences."""

from __future__ import annotations

import pytest
from conftest import speaker_of

_BEFORE = "Permits\n\nColleges fear the cuts, their group's head, Dana Holt, said.\n\n“I came here to study.”\n\n"


@pytest.mark.parametrize(
    ("after", "speaker"),
    [
        ("So says Mira Das, a nursing student from Pune. She said she feared for her permit.", "Mira Das"),
        ("Or so says Mira Das, who came last year. She said she feared for her permit.", "Mira Das"),
        ("So said Mira Das.\n\nShe said she feared for her permit.", "Mira Das"),
        # near misses: the cue in the quote's own paragraph goes by the usual patterns; "so" in
        # a sentence of its own ("So the plan failed") names no one
        ("So the plan failed, Dana Holt said. She said she feared for her permit.", "Dana Holt"),
        # the name ends before a preposition of where or how it was said
        ("So wrote Mira Das in a letter to the board. She said she feared for her permit.", "Mira Das"),
        ("So says Mira Das at the gate. She said she feared for her permit.", "Mira Das"),
    ],
)
def test_so_says_names_the_quote_before(after: str, speaker: str) -> None:
    text = _BEFORE + after + "\n"
    assert speaker_of(text, "she feared for her permit") == speaker


def test_the_quote_is_theirs() -> None:
    text = _BEFORE + "So says Mira Das, a nursing student from Pune.\n"
    assert speaker_of(text, "I came here to study") == "Mira Das"


@pytest.mark.parametrize(
    "after",
    [
        # near misses: a common noun, a word run on past the name, no paragraph break, a question
        "So says the old proverb, and the council agreed.",
        "So says the law, but few obey it.",
        "So says Tarn Bank chief Mira Das.",
        "So what? Mira Das asked.",
    ],
)
def test_so_says_names_no_one_else(after: str) -> None:
    text = _BEFORE + after + "\n"
    assert speaker_of(text, "I came here to study") in (None, "Dana Holt")
