"""A person named two ways: a part of a double-barrelled surname alone is that person, and a
nickname or clipped given name is the longer form the text writes (rules/name_variants.py).
Original sentences."""

from __future__ import annotations

import pytest
from conftest import speaker_of
from hypothesis import given
from hypothesis import strategies as st

from summarizer.rules.name_variants import (
    _INTRODUCED_BEFORE,
    _introduces,
    hyphenated_forms,
    nickname_name,
    particles_at_end,
)
from summarizer.rules.word_index import word_spans


@pytest.mark.parametrize(
    ("text", "word", "forms"),
    [
        ("Nurse Ines Carvalho-Reis spoke. Carvalho left.", "Carvalho", ["Carvalho-Reis"]),
        ("Nurse Ines Carvalho-Reis spoke. Reis left.", "Reis", ["Carvalho-Reis"]),
        ("Judge Ann Pike-Ward-Hale sat.", "Ward", ["Pike-Ward-Hale"]),
        # near misses: a word that only stands alone, a compound in lower case after it
        ("Carvalho said little.", "Carvalho", []),
        ("a Carvalho-led review", "Carvalho", []),
    ],
)
def test_the_double_barrelled_words_a_word_is_part_of(text: str, word: str, forms: list[str]) -> None:
    assert hyphenated_forms(text, word_spans(text, word)) == forms


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        (
            "Ferry fares to rise\n\nCouncillor Ines Carvalho-Reis voted against the rise on Tuesday.\n\n"
            '"Islanders will pay for this twice," Carvalho said.\n',
            "Islanders will pay",
            "Ines Carvalho-Reis",
        ),
        (
            "Ferry fares to rise\n\nCouncillor Ines Carvalho-Reis voted against the rise on Tuesday.\n\n"
            '"The vote was rushed," Reis added.\n',
            "The vote was rushed",
            "Ines Carvalho-Reis",
        ),
        # near miss: someone of that surname alone, named in full, is that person
        (
            "Ferry fares to rise\n\nCouncillor Ines Carvalho-Reis voted against the rise. "
            "Paulo Carvalho, the operator's manager, backed it.\n\n"
            '"Fuel costs left us no choice," Carvalho said.\n',
            "Fuel costs left",
            "Paulo Carvalho",
        ),
        # near misses: two people bear a surname with that part; the word alone introduced as
        # someone of its own (an appositive after it, a noun before it)
        (
            "Ferry fares to rise\n\nCouncillor Ines Carvalho-Reis voted against the rise. "
            "Dr Marta Reis-Lobo, a surgeon, backed it.\n\n"
            '"The clinic needs the money," Reis said.\n',
            "clinic needs",
            "not Ines Carvalho-Reis",
        ),
        (
            "Ferry fares to rise\n\nCouncillor Ines Carvalho-Reis voted against the rise. "
            "Reis, the ferry's skipper, backed it.\n\n"
            '"Fuel costs left us no choice," Reis said.\n',
            "Fuel costs left",
            "Reis",
        ),
        (
            "Ferry fares to rise\n\nCouncillor Ines Carvalho-Reis voted against the rise. "
            "A resident, Reis, objected.\n\n"
            '"It is unfair on us," Reis said.\n',
            "unfair on us",
            "Reis",
        ),
    ],
)
def test_a_part_of_a_double_barrelled_surname_is_the_person(text: str, quote: str, speaker: str) -> None:
    if speaker.startswith("not "):
        assert speaker_of(text, quote) != speaker[4:]
    else:
        assert speaker_of(text, quote) == speaker


@pytest.mark.parametrize(
    ("words", "particles", "left"),
    [
        (["Judge", "Piet", "van"], ["van"], ["Judge", "Piet"]),
        (["Carla", "de", "la"], ["de", "la"], ["Carla"]),
        # near miss: no particle at the end
        (["Senator", "Ana"], [], ["Senator", "Ana"]),
    ],
)
def test_the_particles_before_a_surname(words: list[str], particles: list[str], left: list[str]) -> None:
    assert particles_at_end(words) == particles
    assert words == left


@pytest.mark.parametrize(
    ("name", "later", "speaker"),
    [
        ("Piet van Dyk", "van Dyk said", "Piet van Dyk"),
        ("Nadia da Costa", "said da Costa", "Nadia da Costa"),
        ("Hanna von Brandt", "von Brandt told reporters", "Hanna von Brandt"),
        ("Rafael di Lauro", "di Lauro said", "Rafael di Lauro"),
        # near miss: a name with no particle is completed as before
        ("Piet Dyk", "Dyk said", "Piet Dyk"),
    ],
)
def test_a_surname_with_its_particle_is_the_person_named_in_full(name: str, later: str, speaker: str) -> None:
    text = (
        f"Harbour dues\n\nJudge {name} ruled on the harbour dues on Monday.\n\n“The rule is plain to all,” {later}.\n"
    )
    assert speaker_of(text, "The rule is plain") == speaker


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        # a word that is a person's given name is that person, before a part of another's surname
        (
            "Ferry fares to rise\n\nCouncillor Sara Haddad-Ali voted against the rise. "
            "Ali Karimi, 40, who runs the kiosk, backed it.\n\n"
            '"Fuel costs left us no choice," Ali said.\n',
            "Fuel costs left",
            "Ali Karimi",
        ),
        # a name written family name first, taken up by the family name alone
        (
            "Trade talks\n\nForeign ministry spokeswoman Hua Lingtao spoke on Monday.\n\n"
            '"The tariffs must go," Hua said.\n',
            "tariffs must go",
            "Hua Lingtao",
        ),
        # near misses: no one has the word as a given name; the word alone introduced as someone
        (
            "Ferry fares to rise\n\nCouncillor Sara Haddad-Ali voted against the rise.\n\n"
            '"Fuel costs left us no choice," Ali said.\n',
            "Fuel costs left",
            "Sara Haddad-Ali",
        ),
        (
            "Ferry fares to rise\n\nCouncillor Tomas Reyes voted against the rise. "
            "Her son, Tomas, backed it.\n\n"
            '"Fuel costs left us no choice," Tomas said.\n',
            "Fuel costs left",
            "not Tomas Reyes",
        ),
        # near miss: someone else named with the word as a surname, who never spoke
        (
            "Cup final\n\nRowan Pell, 40, who coaches the side, picked it. Winger Ivo Rowan scored twice.\n\n"
            '"We held our nerve," Rowan said.\n',
            "held our nerve",
            "not Rowan Pell",
        ),
        # near misses: a title, or the sentence before, ends before the word: no other name
        (
            "Trade talks\n\nForeign ministry spokeswoman Wang Lixin spoke on Monday. She met envoys in Oslo. "
            "Wang left at noon. Ms. Wang flew home.\n\n"
            '"The tariffs must go," Wang said.\n',
            "tariffs must go",
            "Wang Lixin",
        ),
        (
            "Cup final\n\nRowan Pell, 40, who coaches the side, picked it. Coach Rowan was calm.\n\n"
            '"We held our nerve," Rowan said.\n',
            "held our nerve",
            "Rowan Pell",
        ),
    ],
)
def test_a_given_name_alone_is_the_person(text: str, quote: str, speaker: str) -> None:
    if speaker.startswith("not "):
        assert speaker_of(text, quote) != speaker[4:]
    else:
        assert speaker_of(text, quote) == speaker


# pieces of the words before a name: determiners, a possessive, commas, spaces and tabs
_BEFORE_PIECES = ["the ", "The ", "a ", "An ", "his ", "Her ", "their ", "Cole's ", "Cole’s ", "son", "coach",
                  ", ", ",", " ", "\t", "the", "of ", "é", "1"]  # fmt: skip


@pytest.mark.parametrize(
    ("before", "introduces"),
    [
        ("a resident, ", True),
        ("Cole's son, ", True),
        ("met the ", True),
        ("met The\t", True),
        # near misses: no space after the comma or "the", another word last, "the" inside a word
        ("a resident,", False),
        ("met the", False),
        ("spoke with ", False),
        ("bathe ", False),
    ],
)
def test_the_words_that_introduce_a_word_alone(before: str, introduces: bool) -> None:
    assert _introduces(before) is introduces


@given(st.lists(st.sampled_from(_BEFORE_PIECES), max_size=8))
def test_the_shortcut_answers_as_the_pattern(pieces: list[str]) -> None:
    before = "".join(pieces)
    assert _introduces(before) is (_INTRODUCED_BEFORE.search(before) is not None)


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        # a nickname in quotes or brackets between a given name and a surname: the word alone,
        # or with the surname, is that person, named as the surname alone is completed
        (
            'Robert "Bobby" Lane coached the Harbour Hawks for a decade.\n\n'
            '"We never gave up," Bobby said.\n\n"It was a hard winter," Lane said.\n',
            "never gave up",
            "Robert Bobby Lane",
        ),
        (
            'Robert "Bobby" Lane coached the Harbour Hawks for a decade.\n\n'
            '"We never gave up," Bobby said.\n\n"It was a hard winter," Lane said.\n',
            "hard winter",
            "Robert Bobby Lane",
        ),
        (
            'Teresa (Tess) Ormond ran the ferry office for years.\n\n"The boats were always late," Tess Ormond said.\n',
            "always late",
            "Teresa Tess Ormond",
        ),
        # a clipped given name, the longer one written before the same surname elsewhere
        (
            '"We bake before dawn," said Tina Pell, the owner.\n\n'
            "Nora Quist and Christina Pell run the bakery together.\n",
            "bake before dawn",
            "Christina Pell",
        ),
        (
            '"We bake before dawn," said Chris Pell.\n\nChristopher Pell opened the bakery in May.\n',
            "bake before dawn",
            "Christopher Pell",
        ),
        # near misses: two longer given names fit ("Christopher" and "Christina"); a longer name
        # before another surname; the nickname written before another surname
        (
            '"We bake before dawn," said Chris Pell.\n\nChristopher Pell and Christina Pell opened the bakery.\n',
            "bake before dawn",
            "Chris Pell",
        ),
        (
            '"We bake before dawn," said Chris Pell.\n\nChristopher Quist opened the bakery.\n',
            "bake before dawn",
            "Chris Pell",
        ),
        (
            '"We never gave up," said Bobby Lane.\n\nRobert "Bobby" Ward, his coach, smiled.\n',
            "never gave up",
            "Bobby Lane",
        ),
        # near miss: a given name two letters shorter at most is no clipped form of it
        (
            '"We bake before dawn," said Ann Pell.\n\nAnne Pell opened the bakery.\n',
            "bake before dawn",
            "Ann Pell",
        ),
        # near misses: the text sets the longer name apart as another person, a relative ("her
        # daughter", "his wife") or in one sentence with the shorter; two genders; an ending of
        # three letters ("Ian" of "Brian") is a name of its own
        (
            'Gail Rusk, 61, and her daughter Abigail Rusk run the mill.\n\n"We grind at dawn," Gail Rusk said.\n',
            "grind at dawn",
            "Gail Rusk",
        ),
        (
            '"We grind at dawn," said Gail Rusk, who opened the mill.\n\n'
            "Her daughter, Abigail Rusk, joined her in May.\n",
            "grind at dawn",
            "Gail Rusk",
        ),
        (
            '"The roof gave way," said Ben Tully.\n\nBenedict Tully, his brother, called for help.\n',
            "roof gave way",
            "Ben Tully",
        ),
        (
            '"The roof gave way," said Ben Tully.\n\nBenedict Tully, his twin, called for help.\n',
            "roof gave way",
            "Ben Tully",
        ),
        (
            'Nick Orme and his cousin Nicola Orme were hurt.\n\n"It was so fast," Nick Orme said.\n',
            "so fast",
            "Nick Orme",
        ),
        (
            '"The roof gave way," said Sam Tully.\n\nSamantha Tully called for help.\n',
            "roof gave way",
            "Sam Tully",
        ),
        (
            '"The roof gave way," said Ian Tully.\n\nBrian Tully called for help.\n',
            "roof gave way",
            "Ian Tully",
        ),
        # a clipped name the text does not set apart stays the longer one's
        (
            '"The roof gave way," said Alex Tully, the owner.\n\nAlexander Tully bought the mill in 2004.\n',
            "roof gave way",
            "Alexander Tully",
        ),
    ],
)
def test_a_given_name_written_in_a_longer_form_is_the_person(text: str, quote: str, speaker: str) -> None:
    assert speaker_of(text, quote) == speaker


@pytest.mark.parametrize(
    ("text", "word", "surname", "name"),
    [
        ('Coach Robert "Bobby" Lane retired.', "Bobby", None, "Robert Bobby Lane"),
        ("Coach Robert “Bobby” Lane retired.", "Bobby", "Lane", "Robert Bobby Lane"),
        ("Coach Robert (Bobby) Lane retired.", "Bobby", None, "Robert Bobby Lane"),
        # near misses: a quoted word no name stands around; another surname; two families
        ('The coach, "Bobby", retired.', "Bobby", None, None),
        ('Coach Robert "Bobby" Lane retired.', "Bobby", "Ward", None),
        ('Robert "Bobby" Lane and Roberto "Bobby" Ruiz retired.', "Bobby", None, None),
        # a quote that closes before another opens is no nickname
        ('"Fine," Bobby said, "Lane".', "Bobby", None, None),
    ],
)
def test_the_name_a_nickname_is_written_in(text: str, word: str, surname: str | None, name: str | None) -> None:
    assert nickname_name(text, word_spans(text, word), surname) == name
