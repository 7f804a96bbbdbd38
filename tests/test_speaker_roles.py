"""Speakers' roles and kinds read from the words around a name: titles with their modifiers,
forms of address, organizations named by apposition or "calling itself", bare plurals."""

from __future__ import annotations

import pytest

from summarizer import summarize
from summarizer.rules.name_mentions import person_mentions
from summarizer.rules.speaker_phrases import analyse


def _speakers(sentence: str) -> list[tuple[str, str, str | None]]:
    speakers = summarize("News\n\n" + sentence, model="rules").speakers
    return [(s.name, s.kind, s.role) for s in speakers]


@pytest.mark.parametrize(
    "sentence",
    [
        "Dr Ilse Varnok said the ward was full.",
        "Dr. Ilse Varnok said the ward was full.",
        "Mrs Ilse Varnok said her roof had gone.",
        "Ms Ilse Varnok said her roof had gone.",
        "Prof Ilse Varnok said the survey was late. She said more was due.",
        "Prof. Ilse Varnok said the survey was late. She said more was due.",
    ],
)
def test_a_form_of_address_with_or_without_its_stop_is_no_role(sentence: str) -> None:
    assert _speakers(sentence) == [("Ilse Varnok", "person", None)]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Volcanologists warned that the crater could collapse.", "volcanologists"),
        ("Technicians said the pumps had failed twice.", "technicians"),
    ],
)
def test_a_bare_plural_of_practitioners_names_no_one_person(sentence: str, name: str) -> None:
    assert _speakers(sentence) == [(name, "unnamed", None)]


@pytest.mark.parametrize(
    ("sentence", "name", "kind"),
    [
        ("The rally organisers, Clear Skies Dunmere, said they would march again.", "Clear Skies Dunmere", "organization"),
        ("The campaigners, Save Orrin Woods, said the felling must stop.", "Save Orrin Woods", "organization"),
        # one of many people named: a person
        ("One of the organisers, Tamsin Holloway, said they would march again.", "Tamsin Holloway", "person"),
    ],
)  # fmt: skip
def test_a_name_in_apposition_to_many_people_is_a_body(sentence: str, name: str, kind: str) -> None:
    assert [(n, k) for n, k, _ in _speakers(sentence)] == [(name, kind)]


@pytest.mark.parametrize(
    ("sentence", "name", "role"),
    [
        # a common noun, then the name of the body it is: the body, with that noun for its role
        ("The landlord, Kettering Realty Group, said the space would be split.", "Kettering Realty Group", "landlord"),
        ("The operator, Tidewell Ferries Ltd., said the crossing was cancelled.", "Tidewell Ferries Ltd.", "operator"),
        # the body's name after its article; a company named by its trade's last word
        ("The regulator, the Westvale Water Board, said rates would rise.", "Westvale Water Board", "regulator"),
        ("The landlord, Dunmore Realty, said the repairs were done.", "Dunmore Realty", "landlord"),
        ("The contractor, Pellow Paving, said the road would open Friday.", "Pellow Paving", "contractor"),
    ],
)  # fmt: skip
def test_a_body_named_in_apposition_to_a_common_noun(sentence: str, name: str, role: str) -> None:
    assert _speakers(sentence) == [(name, "organization", role)]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("A group calling itself Ashen Gate claimed the blast in a post.", "Ashen Gate"),
        ("A previously unknown group calling itself RedKestrel said it had planted the device.", "RedKestrel"),
        ("Fighters calling themselves the Orrin Brigade said they held the bridge.", "Orrin Brigade"),
    ],
)  # fmt: skip
def test_a_body_calling_itself_a_name_is_an_organization(sentence: str, name: str) -> None:
    assert [(n, k) for n, k, _ in _speakers(sentence)] == [(name, "organization")]


def test_a_person_named_so_stays_a_person() -> None:
    assert [(n, k) for n, k, _ in _speakers("A man named Tavish Lusk said he saw the smoke.")] == [
        ("Tavish Lusk", "person")
    ]


@pytest.mark.parametrize(
    ("sentence", "name", "role"),
    [
        ("Health Minister Odile Marchetti announced that two clinics would close.", "Odile Marchetti", "health minister"),
        ("Council leader Ravi Sandhu said the bridge would stay shut.", "Ravi Sandhu", "council leader"),
        ("Opposition critic Nell Okoro said the plan came too late.", "Nell Okoro", "opposition critic"),
        ("Former Finance Minister Odile Marchetti said the tax was fair.", "Odile Marchetti", "former finance minister"),
        # a field that ends a body's name is that body's: an affiliation, not the role
        ("Harbour County Sheriff Ravi Sandhu said the road was closed.", "Ravi Sandhu", "sheriff"),
    ],
)  # fmt: skip
def test_the_field_of_an_office_before_a_name_is_part_of_the_role(sentence: str, name: str, role: str) -> None:
    assert _speakers(sentence) == [(name, "person", role)]


def test_the_field_of_an_office_stays_with_a_person_named_again_by_surname() -> None:
    text = "Health Minister Odile Marchetti visited the ward. Later, Marchetti said clinics would close."
    assert _speakers("The rain fell. " + text) == [("Odile Marchetti", "person", "health minister")]


@pytest.mark.parametrize(
    ("mention", "role"),
    [
        ("Council leader Ravi Sandhu", "council leader"),
        ("the union president Ravi Sandhu", "union president"),
        ("the ferry captain Ravi Sandhu", "captain"),
    ],
)
def test_a_role_in_lower_case_keeps_its_field_for_a_name_named_again(mention: str, role: str) -> None:
    text = f"The rain fell. Later {mention} visited the ward. Sandhu said clinics would close."
    assert _speakers(text) == [("Ravi Sandhu", "person", role)]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("The shop was busy. There is joy, insists 16-year-old Tavorin Quell, in the work.", ["Tavorin Quell"]),
        # an age before capitals that modify a noun for a person: a place, no name
        ("The shop was busy. A 16-year-old Tavorin Quell man was hurt.", []),
    ],
)  # fmt: skip
def test_an_age_before_capitals_marks_a_persons_name(text: str, names: list[str]) -> None:
    assert [m[1] for m in person_mentions(text)] == names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The mayor said a study by QuayLink had found savings. The agency told reporters it had made no such study.", "QuayLink"),
        # a surname's particle makes no brand ("the agency" then has no name before it)
        ("A study by DeMarco had found savings. The agency told reporters it had made no such study.", "agency"),
    ],
)  # fmt: skip
def test_the_agency_is_a_name_with_a_capital_inside_named_before(text: str, name: str) -> None:
    speakers = summarize("News\n\nThe rail plan stalled in the fall. " + text, model="rules").speakers
    assert [s.name for s in speakers if s.kind == "organization"] == [name]


@pytest.mark.parametrize(
    ("sentence", "role"),
    [
        ('"The walls came down," said Ilse Varnok, 52, who lives by the square.', None),
        # the role after the age is hers (the chain from the name to the verb is her phrase)
        ("Ilse Varnok, 52, a baker, said the oven had cracked.", "baker"),
        ("Ilse Varnok, 52, said the oven had cracked.", None),
    ],
)
def test_an_age_in_apposition_is_no_role(sentence: str, role: str | None) -> None:
    assert _speakers(sentence) == [("Ilse Varnok", "person", role)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Councillor Idris Fenwold said the vote was close.", ("Idris Fenwold", "person", "councillor")),
        ("Homeowner Idris Fenwold said the roof had gone.", ("Idris Fenwold", "person", "homeowner")),
        ("Lineworker Idris Fenwold said the poles were down.", ("Idris Fenwold", "person", "lineworker")),
        ("Idris Fenwold Baker said the vote was close.", ("Idris Fenwold Baker", "person", None)),
    ],
)
def test_a_role_the_sentence_capitalised_is_no_part_of_the_name(
    sentence: str, expected: tuple[str, str, str | None]
) -> None:
    assert _speakers(sentence) == [expected]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Principal Odile de la Vergne said the gym would reopen.", "Odile de la Vergne"),
        ("Odile de la Vergne said the gym would reopen.", "Odile de la Vergne"),
        ("Coach Piet van der Molen said the gym would reopen.", "Piet van der Molen"),
    ],
)
def test_a_surname_keeps_its_particles(sentence: str, name: str) -> None:
    assert [s[0] for s in _speakers(sentence)] == [name]


def test_an_affiliation_the_role_names_is_told_once() -> None:
    summary = summarize(
        "Road news\n\nIdris Fenwold, MLA for Corran North, said the bridge would open in May.\n"
    ).summary
    assert "Idris Fenwold (mla for Corran North) said" in summary


@pytest.mark.parametrize(
    "phrase",
    [
        # a compound whose head is its first word is the role of one person, not the body after "of"
        "The retired sergeant-at-arms of the Lisk Assembly",
        "The editor-in-chief of the Lisk Courier",
        "The rookie defenceman",
    ],
)
def test_a_role_compound_or_a_role_in_sport_is_a_person(phrase: str) -> None:
    assert analyse(phrase, (0, len(phrase))).kind == "person"
