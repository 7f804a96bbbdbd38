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
        # the capitalised name of the body the description serves opens the sentence: a subject
        # of no known sex takes up "he" before the man the text named first
        ("Port Authority spokesperson Kemi Adeyemi gave no details of the deal.", "Kemi Adeyemi"),
        ("Chinese Trade Ministry spokesperson Xiu Tan gave no details of the tariffs.", "Xiu Tan"),
        # near misses: a woman by her given name, a body and no person, the name as an object,
        # a possessive
        ("Port Authority spokesperson Ana Ruiz gave no details of the deal.", "Tom Hale"),
        ("The Port Authority gave no details of the deal.", "Tom Hale"),
        ("Reporters asked Port Authority spokesperson Kemi Adeyemi for details.", "Tom Hale"),
        ("Port Authority spokesperson Kemi Adeyemi's office gave no details.", "Tom Hale"),
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
        ("Port Authority spokesperson Dan Roe waited since dawn.", True),
        ("Chinese Trade Ministry spokesperson Dan Roe gave no details.", True),
        ("Reporters asked Port Authority spokesperson Dan Roe for details.", False),
        ("In Port Authority spokesperson Dan Roe we trust.", False),
        ("Talks began in Lisk. Port Authority spokesperson Dan Roe waited.", True),
        ("U.S. Coast Guard spokesperson Dan Roe waited since dawn.", True),
        ("Talks began in Lisk, Port Authority spokesperson Dan Roe said.", False),
    ],
)
def test_the_name_is_the_subject(text: str, subject: bool) -> None:
    found = [opens for _, name, _, opens in person_mentions(text) if name == "Dan Roe"]
    assert found == [subject]


def test_a_speaker_named_in_between_takes_up_he() -> None:
    text = (
        "Harbour reopens\n\nPort Authority spokesperson Kemi Adeyemi gave no details of the deal. "
        '"We sign on Friday," said Tom Hale, the governor. "It was cold," he said.\n'
    )
    assert speaker_of(text, "It was cold") == "Tom Hale"
