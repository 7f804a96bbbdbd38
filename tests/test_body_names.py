"""A body named by its noun, "of" and what it serves ("the Tarnby Chambers of Commerce", "the
Board of Harbour Pilots") is what a later description by its noun or its kind refers back to
("the chamber said", "the union said"): descriptions.org_named, org_kinds. Original sentences."""

from __future__ import annotations

import pytest
from conftest import speaker_of

from summarizer import summarize
from summarizer.rules.org_kinds import kinds_named, of_another_kind, of_other_members

_QUOTE = "Shops closed early on Friday. “Owners are worn out,” the {noun} said."


@pytest.mark.parametrize(
    ("first", "noun", "speaker"),
    [
        ("The Tarnby Chambers of Commerce wants lower fees.", "chamber", "Tarnby Chambers of Commerce"),
        ("Lower fees are sought by the Chamber of Commerce of Orla.", "chamber", "Chamber of Commerce of Orla"),
        ("The Board of Harbour Pilots wants lower fees.", "board", "Board of Harbour Pilots"),
        ("The Department of Roads and Bridges wants lower fees.", "department", "Department of Roads and Bridges"),
        # a description by the body's kind: an association that is a union
        ("The Association of Ferry Owners wants lower fees.", "union", "Association of Ferry Owners"),
        # two chambers named, neither a source: the nearest one
        ("The Tarnby Chamber of Commerce met the Orla Chambers of Commerce.", "chamber", "Orla Chambers of Commerce"),
        # a name ending in "Corp." or "Administration" is a body's: "the company", "the agency"
        ("Tarnby Mills Corp. wants lower fees.", "company", "Tarnby Mills Corp."),
        ("Shares of Tarnby Mills Inc. fell.", "firm", "Tarnby Mills Inc."),
        ("The Orla Transit Administration wants lower fees.", "agency", "Orla Transit Administration"),
        # an administration is of an agency's kind, no company's
        ("The Orla Transit Administration wants lower fees.", "company", "company"),
        ("Tarnby Mills Corp. sued the Orla Transit Administration.", "company", "Tarnby Mills Corp."),
        # near misses: a body of another kind, a person from a place whose surname is the noun
        ("The Ministry of Roads wants lower fees.", "chamber", "chamber"),
        ("Tom Chambers of Tarnby wants lower fees.", "chamber", "chamber"),
        ("Mayor Lyle Chambers of Tarnby wants lower fees.", "chamber", "chamber"),
        ("Tom Ash of Tarnby wants lower fees.", "company", "company"),
    ],
)
def test_a_description_refers_back_to_a_body_named_with_of(first: str, noun: str, speaker: str) -> None:
    text = f"Fees row\n\n{first} {_QUOTE.format(noun=noun)}\n"
    assert speaker_of(text, "Owners are worn out") == speaker


@pytest.mark.parametrize(
    ("head", "name", "other"),
    [
        ("chamber", "Tarnby Chambers of Commerce", False),  # the noun in the plural tells its kind
        ("chamber", "Ministry of Roads", True),
        ("union", "Association of Ferry Owners", False),
        ("ministry", "Tarnby Chambers of Commerce", True),
        ("chamber", "Transitco", False),  # a name of no told kind
    ],
)
def test_of_another_kind(head: str, name: str, other: bool) -> None:
    assert of_another_kind(head, name) is other


@pytest.mark.parametrize(
    ("description", "name", "other"),
    [
        # a body named by its members is no body whose name holds no such member
        ("students’ union", "Lecturers Union", True),
        ("nurses' union", "Tarn Transport Union", True),
        ("students’ union", "Tarn Students’ Union", False),
        ("students' union", "Student Union of Tarn", False),
        # near misses: no members' possessive, or a singular one
        ("union", "Lecturers Union", False),
        ("city's union", "Lecturers Union", False),
    ],
)
def test_of_other_members(description: str, name: str, other: bool) -> None:
    assert of_other_members(description, name) is other


@pytest.mark.parametrize(
    "text",
    [
        "Lecturers at Tarn College will strike next month. Members of the Lecturers Union voted to walk out. "
        "The union said talks had failed. The students’ union said it would back any student who asked for a refund.",
        # the one union named far back is no students' union either
        "Lecturers at Tarn College will strike next month after talks broke down, their union said.\n\n"
        "Members of the Lecturers Union voted by 78 per cent to strike. Staff will also refuse to mark coursework "
        "from March, and some exams may be moved to the summer term.\n\n"
        "Priya Sandhu, a third-year student, said she backed the lecturers but was worried about her thesis. She "
        "said her tutor was one of those whose job was at risk, and that she did not know who would mark her work."
        "\n\nThe students’ union said it would back any student who asked for a refund.",
    ],
)
def test_a_members_body_does_not_refer_back_to_another_bodys_name(text: str) -> None:
    result = summarize(text, model="rules")
    names = {s.id: s.name for s in result.speakers}
    found = {a.speaker: names[a.speaker_id or ""] for a in result.attributions}
    assert found["The students’ union"] == "students’ union"


def test_kinds_named_reads_a_plural() -> None:
    assert kinds_named("Tarnby Chambers of Commerce") == kinds_named("Tarnby Chamber of Commerce") != set()


_STRIKE = (
    "Porters walked out on Monday{union}.\n\n“We are tired,” one porter, Ola Berg, said.\n\n"
    "{other} said wards stayed open.\n\nThe {noun} said it would stay out for a month.\n"
)


@pytest.mark.parametrize(
    ("union", "other", "noun", "speaker"),
    [
        # a body of no told kind spoke last: the description means the one of its kind named before
        (", led by the Orla Porters Union", "Tarn Care, the hospital operator,", "union", "Orla Porters Union"),
        (", backed by the Association of Porters", "Harbour Health", "union", "Association of Porters"),
        (" after the Tarn Hospitals Council cut pay", "Tarn Care", "council", "Tarn Hospitals Council"),
        # near misses: none of its kind named (the body of no kind, as before), a members' body
        # of other members, a body of its kind that spoke last
        ("", "Tarn Care, the hospital operator,", "union", "Tarn Care"),
        (", led by the Orla Porters Union", "Tarn Care", "students' union", "students' union"),
        (", led by the Orla Porters Union", "The Tarn Nurses Union", "union", "Tarn Nurses Union"),
    ],
)
def test_a_kinds_noun_means_a_body_of_that_kind_before_one_of_none(
    union: str, other: str, noun: str, speaker: str
) -> None:
    text = "Strike\n\n" + _STRIKE.format(union=union, other=other, noun=noun)
    assert speaker_of(text, "stay out for a month") == speaker
