"""A description of a body ("the company", "the agency's survey", "the league", "police") resolves
to the body the story named before it, of a kind the description fits: a name its first words
short ("Calder" for "chipmaker Calder Microsystems"), a body named by its field and country, the one
body named far back, a force named by its short form. Original sentences."""

from __future__ import annotations

import pytest

from summarizer import summarize
from summarizer.rules.org_kinds import names_a_force
from summarizer.rules.speaker_phrases import analyse

_FILLER = "Traders had hoped for more, and the stock had been rising all year. " * 4


def _speaker(text: str, words: str) -> str | None:
    result = summarize(f"Markets\n\n{text}\n", model="rules")
    names = {s.id: s.name for s in result.speakers}
    found = next(a for a in result.attributions if words in a.content)
    return names.get(found.speaker_id or "")


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        # a source named by its name's first words, after a kind noun and the full name
        (
            "Shares of chipmaker Calder Microsystems fell 9% on Thursday. Calder said it expects lower sales.",
            "lower sales",
            "Calder Microsystems",
        ),
        # then "the company" far on refers back to that body
        (
            "Shares of chipmaker Calder Microsystems fell 9% on Thursday. Calder said it expects lower sales.\n\n"
            + _FILLER
            + "\n\nIn a statement, the company said the cuts would save money.",
            "the cuts would save",
            "Calder Microsystems",
        ),
        # a drugmaker's name after its kind noun, which no trade word ends
        (
            "Shares of drugmaker Orlen Biolabs rose. Orlen said the trial had gone well.",
            "the trial had gone",
            "Orlen Biolabs",
        ),
        # near misses: a given name is a person's (the one it names), whatever body's name it
        # opens; no longer name before; a name that opens only a later body's name
        (
            "Shares of toy maker Tess Harlow Ltd rose. Tess said the toys sold well.",
            "the toys sold",
            "Tess Harlow",
        ),
        ("Shares fell 9% on Thursday. Calder said it expects lower sales.", "lower sales", "Calder"),
        (
            "Calder said it expects lower sales. Shares of chipmaker Calder Microsystems fell.",
            "lower sales",
            "Calder",
        ),
        # two companies named: "the company" is the one named last
        (
            "Shares of carmaker Velo Motors fell after chipmaker Calder Microsystems cut its forecast. "
            "The company said orders had slowed.",
            "orders had slowed",
            "Calder Microsystems",
        ),
        # a union is no company named by its trade ("… Energy")
        (
            "Shares of miner Peak Energy fell. Peak said coal sales slid. The union said pay talks had failed.",
            "pay talks had failed",
            "union",
        ),
        # "the company" with no body named before: unresolved
        ("Shares fell 9% on Thursday. The company said orders had slowed.", "orders had slowed", "company"),
    ],
)
def test_a_body_named_short_or_described_resolves_to_its_full_name(text: str, words: str, speaker: str) -> None:
    assert _speaker(text, words) == speaker


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        # a body named by its field and its country
        ("Statistics Canada", "organization"),
        ("Cycling Australia", "organization"),
        ("Hockey Canada", "organization"),
        # with its appositive set off after it
        ("Cycling Norway, the group that runs the race", "organization"),
        # near misses: a given name and a country as surname, a region's own name, a title, a
        # word that opens a clause
        ("Tom France", "person"),
        ("Northern Ireland", "person"),
        ("Mayor Canada", "person"),
        ("Even Norway", "person"),
    ],
)
def test_a_field_and_a_country_name_a_body(name: str, kind: str) -> None:
    assert analyse(name, (0, len(name))).kind == kind


def test_the_agencys_survey_is_the_agency_named_by_field_and_country() -> None:
    text = (
        "The jobless rate rose to 6 per cent in May, Statistics Norway said Friday.\n\n"
        "The economy lost 20,000 jobs, according to the agency's monthly survey."
    )
    assert _speaker(text, "The economy lost") == "Statistics Norway"


_FAR = "He was sentenced on Friday to eight years, and parents spoke at the hearing. " * 4


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        # the one body the text named, far back, out of the window a description looks in
        (
            "A coach stole money from the Brackley Youth Soccer Alliance, prosecutors said.\n\n"
            + _FAR
            + "\n\nThe league, now run by parents, said it had recovered half the money.",
            "recovered half",
            "Brackley Youth Soccer Alliance",
        ),
        # near misses: two bodies named far back, none is meant; one of another kind
        (
            "A coach stole money from the Brackley Youth Soccer Alliance and the Tarn Rowing Club.\n\n"
            + _FAR
            + "\n\nThe league, now run by parents, said it had recovered half the money.",
            "recovered half",
            "league",
        ),
        (
            "A coach stole money from the Brackley Youth Soccer Association, prosecutors said.\n\n"
            + _FAR
            + "\n\nThe department said it had recovered half the money.",
            "recovered half",
            "department",
        ),
        # a noun any body may be called by tells no kind: no body far back is meant
        (
            "A coach stole money from the Brackley Youth Soccer Alliance, prosecutors said.\n\n"
            + _FAR
            + "\n\nThe government said it had recovered half the money.",
            "recovered half",
            "government",
        ),
    ],
)
def test_a_description_far_from_the_one_body_named_is_that_body(text: str, words: str, speaker: str) -> None:
    assert _speaker(text, words) == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # bare police after a force named by its short form
        ("In a news release, the OPP said the charges stem from a probe. Police allege he took bribes.", "OPP"),
        ("The LAPD said the charges stem from a probe. Police allege he took bribes.", "LAPD"),
        # near misses: a body that is no force; a force named by no short form stays police
        ("The NDP said the charges stem from a probe. Police allege he took bribes.", "police"),
        ("Mayor Ana Ruiz said the charges stem from a probe. Police allege he took bribes.", "police"),
    ],
)
def test_police_after_a_named_force_is_that_force(text: str, speaker: str) -> None:
    assert _speaker(text, "he took bribes") == speaker


@pytest.mark.parametrize(
    ("name", "force"),
    [
        ("RCMP", True),
        ("NYPD", True),
        ("Tarn County Sheriff's Office", True),
        ("Harbour Constabulary", True),
        ("NDP", False),
        ("Calder Microsystems", False),
        ("PD", False),
    ],
)
def test_names_a_force(name: str, force: bool) -> None:
    assert names_a_force(name) is force


def _resolved(text: str, words: str) -> tuple[str | None, str | None]:
    result = summarize(f"Schools\n\n{text}\n", model="rules")
    speakers = {s.id: s for s in result.speakers}
    found = next(a for a in result.attributions if words in a.content)
    speaker = speakers.get(found.speaker_id or "")
    return (speaker.name, speaker.kind) if speaker is not None else (None, None)


@pytest.mark.parametrize(
    ("text", "words", "expected"),
    [
        # a name that ends in any noun of a kind of body is that body's: "the board" is the last
        # board named, though a body of no told kind spoke since
        (
            "The Tarn Porters Guild said fees rose. The Orla Harbour Board met on Monday. The board said it would vote.",
            "it would vote",
            ("Orla Harbour Board", "organization"),
        ),
        # two boards named: the one named last (no sentence's end joins a word to the name)
        (
            "The Orla School Board met on Monday. The Lisk Parks Board met on Tuesday. The board said it would vote.",
            "it would vote",
            ("Lisk Parks Board", "organization"),
        ),
        (
            "The Tarn Porters Guild said fees rose. A clerk of the Orla Water Bureau was fired. "
            "The bureau said the clerk had been warned.",
            "the clerk had been",
            ("Orla Water Bureau", "organization"),
        ),
        # a school's, a college's, a university's name is a body's, not a person's
        (
            "Brookfield High School said classes would resume.",
            "classes would",
            ("Brookfield High School", "organization"),
        ),
        ("Orla State University said its campus was spared.", "its campus", ("Orla State University", "organization")),
        ("Tarn Valley College said its campus was spared.", "its campus", ("Tarn Valley College", "organization")),
        # no word that opens a sentence or names a day or a month starts the name; a body's noun
        # then "of" and what it serves is the whole name
        (
            "On Monday Orla State University fired a coach. The Tarn Rowing Club hired him. "
            "The university said its campus was spared.",
            "its campus",
            ("Orla State University", "organization"),
        ),
        (
            "In March Orla Water Board fined a plant. The board said it would vote.",
            "it would",
            ("Orla Water Board", "organization"),
        ),
        (
            "The Orla Board of Education met on Monday. The board said it would vote.",
            "it would",
            ("Orla Board of Education", "organization"),
        ),
        (
            "The House Budget Committee passed the bill. The Senate Finance Committee rejected it. "
            "The committee said the bill cost too much.",
            "the bill cost",
            ("Senate Finance Committee", "organization"),
        ),
        (
            "All Saints School hired a coach. The school said its gym was spared.",
            "its gym",
            ("All Saints School", "organization"),
        ),
        # near misses: "of" and a word in lower case is no part of the name; a given name and a
        # surname that is a body's word is a person's; the last
        # body named is no board's when the board's name is in another sentence's words
        ("Ana Board said classes would resume.", "classes would", ("Ana Board", "person")),
        ("Tom School said classes would resume.", "classes would", ("Tom School", "person")),
        (
            "The Orla Harbour Board of directors met on Monday. The board said it would vote.",
            "it would",
            ("Orla Harbour Board", "organization"),
        ),
    ],
)
def test_a_name_ending_in_a_kind_of_body_is_that_body(text: str, words: str, expected: tuple[str, str]) -> None:
    assert _resolved(text, words) == expected
