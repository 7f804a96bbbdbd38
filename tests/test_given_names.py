"""A pronoun resolves past a person whose given name is used for the other gender: the gender
of a given name is read from public-domain census frequencies (text/given_names.py).
Original sentences."""

from __future__ import annotations

from summarizer import summarize
from summarizer.text.given_names import gender_of_given_name


def test_given_names_have_the_gender_they_are_mostly_used_for() -> None:
    assert gender_of_given_name("Erin") == "female"
    assert gender_of_given_name("josh") == "male"
    assert gender_of_given_name("Jordan") is None  # used for both
    assert gender_of_given_name("Kremlin") is None and gender_of_given_name("") is None


def test_he_resolves_to_the_man_not_the_more_recent_woman() -> None:
    text = (
        "Harbour repairs to start in May\n\n"
        "Tom Baker, a builder, said the sea wall could not wait another winter. "
        "Erin Walsh, a councillor, said the city had set aside money for the work.\n\n"
        '"We will start with the north pier," he said.\n'
    )
    result = summarize(text, model="rules")
    names = {s.id: s.name for s in result.speakers}
    pier = next(a for a in result.attributions if "north pier" in a.content)
    assert names[pier.speaker_id or ""] == "Tom Baker"


def test_she_resolves_to_the_woman_not_the_more_recent_man() -> None:
    text = (
        "Library to extend its hours\n\n"
        "Maria Lopez, the director, said the library would open on Sundays from March. "
        "Gary Holt, a union representative, said staff had agreed to the new rota.\n\n"
        '"Families asked for this for years," she said.\n'
    )
    result = summarize(text, model="rules")
    names = {s.id: s.name for s in result.speakers}
    families = next(a for a in result.attributions if "Families asked" in a.content)
    assert names[families.speaker_id or ""] == "Maria Lopez"
