"""A pronoun resolves past a person whose given name is used for the other gender: the gender
of a given name is read from public-domain census frequencies (text/given_names.py).
Original sentences."""

from __future__ import annotations

from conftest import speaker_of

from summarizer.text.given_names import gender_of_given_name, is_given_name


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
    assert speaker_of(text, "north pier") == "Tom Baker"


def test_she_resolves_to_the_woman_not_the_more_recent_man() -> None:
    text = (
        "Library to extend its hours\n\n"
        "Maria Lopez, the director, said the library would open on Sundays from March. "
        "Gary Holt, a union representative, said staff had agreed to the new rota.\n\n"
        '"Families asked for this for years," she said.\n'
    )
    assert speaker_of(text, "Families asked") == "Maria Lopez"


def test_a_name_with_accents_is_read_as_the_census_lists_it_without() -> None:
    assert gender_of_given_name("Hélène") == "female" and gender_of_given_name("José") == "male"
    assert is_given_name("Frédéric") and not is_given_name("Québec")


def test_a_hyphenated_given_name_has_the_gender_its_parts_share() -> None:
    assert gender_of_given_name("Anne-Marie") == "female"
    assert gender_of_given_name("Jean-Pierre") is None and is_given_name("Jean-Pierre")  # parts differ
    assert is_given_name("Jean-François") and is_given_name("Marc-André")  # the first part is known
    assert not is_given_name("Saint-Laurent") and not is_given_name("Coca-Cola") and not is_given_name("Anne-based")


def test_a_person_with_an_accented_given_name_is_an_antecedent() -> None:
    text = (
        "Ferry captain retires\n\n"
        "Hélène Gagnon steered the night ferry for thirty years before she retired in May.\n\n"
        '"I will miss the fog," she said.\n'
    )
    assert speaker_of(text, "miss the fog") == "Hélène Gagnon"
