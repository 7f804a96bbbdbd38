"""People named together before the verb are the speaker together: a list of names read whole,
however long (rules/attribution/name_lists.py), and a name joined by ", and" to a second person
in a chain of ages and places (rules/attribution/appositive_chain.py). Original sentences."""

from __future__ import annotations

import pytest

from summarizer import summarize


def _speaker_phrase(sentence: str) -> str | None:
    result = summarize(f"Clinic fire\n\n{sentence}\n", model="rules")
    attribution = next(a for a in result.attributions if "the roof" in a.content)
    return attribution.speaker


@pytest.mark.parametrize(
    ("sentence", "phrase"),
    [
        # a list of names, read whole however long, with or without a relative clause after it
        (
            "Ula Brenn, Kofi Asante, Rhea Tull, Dov Imber and Sian Peel said the roof gave way.",
            "Ula Brenn, Kofi Asante, Rhea Tull, Dov Imber and Sian Peel",
        ),
        (
            "Ula Brenn, Kofi Asante, Rhea Tull, Dov Imber and Sian Peel, who ran the night shift, "
            "said the roof gave way.",
            "Ula Brenn, Kofi Asante, Rhea Tull, Dov Imber and Sian Peel",
        ),
        ("Ula Brenn, Kofi Asante and Sian Peel said the roof gave way.", "Ula Brenn, Kofi Asante and Sian Peel"),
        # the serial comma before "and", with two names or more before it, each perhaps with its age
        ("Ula Brenn, Kofi Asante, and Sian Peel said the roof gave way.", "Ula Brenn, Kofi Asante, and Sian Peel"),
        (
            "Ula Brenn, 41, Kofi Asante, 38, and Sian Peel said the roof gave way.",
            "Ula Brenn, 41, Kofi Asante, 38, and Sian Peel",
        ),
        # near misses: one name before it, or a time
        ("On Tuesday, Kofi Asante, and Sian Peel said the roof gave way.", "Sian Peel"),
        # near misses: a time, a place or a role before the two names is no item of the list
        ("Last Tuesday, Kofi Asante and Sian Peel said the roof gave way.", "Kofi Asante and Sian Peel"),
        ("In Lisk, Kofi Asante and Sian Peel said the roof gave way.", "Kofi Asante and Sian Peel"),
        ("The warden, Kofi Asante and Sian Peel said the roof gave way.", "Kofi Asante and Sian Peel"),
        # near misses: an adjunct before the two names, opened by a preposition or a participle
        ("Besides Ula Brenn, Kofi Asante and Sian Peel said the roof gave way.", "Kofi Asante and Sian Peel"),
        ("Standing beside Ula Brenn, Kofi Asante and Sian Peel said the roof gave way.", "Kofi Asante and Sian Peel"),
        # two people, each with an age, joined in a chain set off by commas
        (
            "Wren Ochoa, 44, and her brother, 47, both of Lisk, said the roof gave way.",
            "Wren Ochoa, 44, and her brother, 47, both of Lisk",
        ),
        ("Wren Ochoa, 44, and Tam Grell, 47, said the roof gave way.", "Wren Ochoa, 44, and Tam Grell, 47"),
        # near miss: one person, her age and her town
        ("Wren Ochoa, 44, of Lisk, said the roof gave way.", "Wren Ochoa, 44, of Lisk"),
        # a role whose preposition governs the list, of surnames or of names, serial comma or not
        ("Lawyers for Brenn, Asante and Peel said the roof gave way.", "Lawyers for Brenn, Asante and Peel"),
        ("Lawyers for Brenn, Asante, and Peel said the roof gave way.", "Lawyers for Brenn, Asante, and Peel"),
        (
            "The parents of Ula Brenn, Kofi Asante and Sian Peel said the roof gave way.",
            "The parents of Ula Brenn, Kofi Asante and Sian Peel",
        ),
        # near misses: no role before the first surname, a participle's object, a thing's preposition
        ("In Lisk, Asante and Peel said the roof gave way.", "Asante and Peel"),
        ("After meeting Brenn, Asante and Peel said the roof gave way.", "Asante and Peel"),
        ("Because of Brenn, Asante and Peel said the roof gave way.", "Asante and Peel"),
    ],
)
def test_people_named_together_speak_together(sentence: str, phrase: str) -> None:
    assert _speaker_phrase(sentence) == phrase


def test_the_joined_person_lends_no_role() -> None:
    result = summarize("Clinic fire\n\nWren Ochoa, 44, and her brother, 47, said the roof gave way.\n", model="rules")
    speaker = next(s for s in result.speakers if s.name == "Wren Ochoa")
    assert speaker.role is None


@pytest.mark.parametrize(
    ("sentence", "name", "affiliation"),
    [
        # the role speaks for the list: the names are its affiliation, not the speaker
        ("Lawyers for Brenn, Asante and Peel said the roof gave way.", "Lawyers for Brenn, Asante and Peel", "Brenn, Asante and Peel"),
        ("Lawyers for Brenn and Peel said the roof gave way.", "Lawyers for Brenn and Peel", "Brenn and Peel"),
        ("A spokesman for Brenn and Sons said the roof gave way.", "spokesman for Brenn and Sons", "Brenn and Sons"),
        # near miss: two people named, no role before them
        ("Ula Brenn and Sian Peel said the roof gave way.", "Sian Peel", None),
    ],
)  # fmt: skip
def test_a_role_for_a_list_speaks_for_it(sentence: str, name: str, affiliation: str | None) -> None:
    result = summarize(f"Clinic fire\n\n{sentence}\n", model="rules")
    attribution = next(a for a in result.attributions if "the roof" in a.content)
    speaker = next(s for s in result.speakers if s.id == attribution.speaker_id)
    assert (speaker.name, speaker.affiliation) == (name, affiliation)
