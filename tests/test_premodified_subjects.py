"""A name as its sentence's subject after a description no role list knows ("Longtime harbor
volunteer Dan Roe waited …") is a new antecedent for a later "he" or "she": the grammar (a
capitalised description opening the sentence, a verb after the name) tells it, not the noun
(rules/premodified_subjects.py). Original sentences."""

from __future__ import annotations

import pytest
from conftest import speaker_of

from summarizer.rules.name_mentions import person_mentions

_FIRST = 'Police chief Tom Hale spoke first. "We are ready," he said. '


@pytest.mark.parametrize(
    ("middle", "speaker"),
    [
        ("Longtime harbor volunteer Dan Roe waited since dawn.", "Dan Roe"),
        ("Veteran net mender Dan Roe had come down at six.", "Dan Roe"),
        ("Ferry pilot Dan Roe had waited since dawn.", "Dan Roe"),
        # near misses: the name as an object, a possessive, a verb before it, no verb after it
        ("He thanked Dan Roe for waiting.", "Tom Hale"),
        ("Roe's boat had waited since dawn.", "Tom Hale"),
        ("A storm kept harbor volunteer Dan Roe ashore.", "Tom Hale"),
        ("Longtime harbor volunteer Dan Roe and his boat waited.", "Tom Hale"),
    ],
)
def test_a_subject_named_after_a_description_takes_up_he(middle: str, speaker: str) -> None:
    text = f'Harbour reopens\n\n{_FIRST}{middle} "It was cold," he said.\n'
    assert speaker_of(text, "It was cold") == speaker


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("Longtime harbor volunteer Dan Roe waited since dawn.", True),
        ("Neighbours saw harbor volunteer Dan Roe leave.", False),
        ("Longtime harbor volunteer Dan Roe, who waited, left.", False),
    ],
)
def test_the_name_is_the_subject(text: str, subject: bool) -> None:
    found = [opens for _, name, _, opens in person_mentions(text) if name == "Dan Roe"]
    assert found == [subject]
