"""Names of bodies and offices in a speaker phrase: a body named "… of" its members is one name
("the Guild of Nurses", roles.members_body), a title with its seat refers back only to someone
given that title (descriptions.seated_title), and a sum of money inside a subject is the
phrase's (attribution/phrases.np_left), as is a double possessive before a past verb
(cue_nouns.noun_position). Original sentences."""

from __future__ import annotations

import pytest

from summarizer import summarize
from summarizer.rules.speaker_phrases import analyse


def _speakers(text: str) -> list[tuple[str | None, str | None]]:
    result = summarize(f"Town hall\n\n{text}\n", model="rules")
    names = {s.id: s.name for s in result.speakers}
    return [(a.speaker, names.get(a.speaker_id or "")) for a in result.attributions]


@pytest.mark.parametrize(
    ("phrase", "kind", "name"),
    [
        # capitalised words, "of" and the people a body is made of: one body's name
        ("The Brotherly Order of Police", "organization", "Brotherly Order of Police"),
        ("The Grand Order of Nurses", "organization", "Grand Order of Nurses"),
        ("The Order of Bakers", "organization", "Order of Bakers"),
        ("The Loyal Lodge of Firefighters", "organization", "Loyal Lodge of Firefighters"),
        ("The Guild of Chiefs of Police", "organization", "Guild of Chiefs of Police"),
        # near misses: a person of a place or of a body; a people's word before the body's head
        ("Gov. Ines Marlow of Tarnby", "person", "Ines Marlow"),
        ("Ines Marlow of Veterans Affairs", "organization", "Ines Marlow"),
        ("The mayor of Tarnby", "person", "mayor of Tarnby"),
        ("Paul Farrant of Nurses", "person", "Paul Farrant"),  # a given name first: a person of the body
    ],
)
def test_a_body_named_of_its_members_is_one_name(phrase: str, kind: str, name: str) -> None:
    got = analyse(phrase, (0, len(phrase)))
    assert (got.kind, got.name) == (kind, name)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a title and its seat is an office: only someone given that title holds it
        (
            "Senator Ines Marlow toured the mill. The mayor of Tarnby said the mill would stay open.",
            [("The mayor of Tarnby", "mayor of Tarnby")],
        ),
        (
            "Ines Marlow toured the mill. The governor of Kell said the mill would stay open.",
            [("The governor of Kell", "governor of Kell")],
        ),
        # near misses: the text made them mayor; a description by what someone is like
        (
            "Mayor Ines Marlow toured the mill. The mayor of Tarnby said the mill would stay open.",
            [("The mayor of Tarnby", "Ines Marlow")],
        ),
        (
            "Gov. Ines Marlow toured the mill. The governor of Kell said the mill would stay open.",
            [("The governor of Kell", "Ines Marlow")],
        ),
        (
            "Tarnby Mayor Ines Marlow toured the mill. The mayor of Tarnby said the mill would stay open.",
            [("The mayor of Tarnby", "Ines Marlow")],
        ),
        (
            "Sen. Ines Marlow toured the mill. The governor of Kell said the mill would stay open.",
            [("The governor of Kell", "governor of Kell")],
        ),
        (
            "Ines Marlow toured the mill. The cheerful owner of the bakery said the mill would stay open.",
            [("The cheerful owner of the bakery", "Ines Marlow")],
        ),
    ],
)
def test_a_title_with_its_seat_is_only_its_holder(text: str, expected: list[tuple[str, str]]) -> None:
    assert _speakers(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a sum written against its sign modifies the subject's head
        ("A $4 million mailer says the senator skipped votes.", [("A $4 million mailer", "$4 million mailer")]),
        (
            "The union's £2 million campaign says pay has fallen.",
            [("The union's £2 million campaign", "union's £2 million campaign")],
        ),
        # near misses: a sum in the clause before, or the verb's object
        ("The fee rose to $40, the mailer says.", [("the mailer", "mailer")]),
        ("The board spent $40 and says the fee was fair.", [("The board", "board")]),
    ],
)
def test_a_sum_of_money_inside_a_subject_is_the_subjects(text: str, expected: list[tuple[str, str]]) -> None:
    assert _speakers(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "of" and a possessor ending the subject: the past verb after it is the clause's verb
        ("A friend of Tam's said the shop would close.", [("A friend of Tam's", "friend of Tam's")]),
        (
            "A cousin of the baker's told the paper the shop would close.",
            [("A cousin of the baker's", "cousin of the baker's")],
        ),
        # near misses: a possessive before a noun form, or with no "of" before it
        ("A friend of Tam's claims were false.", []),
        ("The baker's said the shop would close.", []),
    ],
)
def test_a_double_possessive_ends_its_subject(text: str, expected: list[tuple[str, str]]) -> None:
    assert _speakers(text) == expected
