"""A description with a name set off after it ("A spokeswoman for the ministry, Lia Park,"), as
the subject of a second verb ("… said X and urged Y") or as the source after "according to": the
speaker is the whole phrase, name and all, not the bare description (nor its possessor)."""

from __future__ import annotations

import pytest

from summarizer import summarize


def speakers(text: str) -> list[tuple[str | None, str | None, str | None]]:
    result = summarize(text, model="rules")
    names = {s.id: s.name for s in result.speakers}
    return [(a.cue, a.speaker, names.get(a.speaker_id or "")) for a in result.attributions]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A spokeswoman for the forestry ministry, Lia Okafor, said the review was complete and urged hikers "
            "to stay off the ridge.",
            [
                ("said", "A spokeswoman for the forestry ministry, Lia Okafor", "Lia Okafor"),
                ("urged", "A spokeswoman for the forestry ministry, Lia Okafor", "Lia Okafor"),
            ],
        ),
        (
            "The mayor's chief of staff, Ann Ruddock, said the budget was balanced and warned that rates could rise.",
            [
                ("said", "The mayor's chief of staff, Ann Ruddock", "Ann Ruddock"),
                ("warned", "The mayor's chief of staff, Ann Ruddock", "Ann Ruddock"),
            ],
        ),
        # the subject of a participle clause after the main clause ("…, arguing that …")
        (
            "Vale's lawyer, Ann Ruddock, asked for a lighter sentence, arguing that her client had repaid the fund.",
            [("arguing", "Vale's lawyer, Ann Ruddock", "Ann Ruddock")],
        ),
        (
            "The lawyer for the trust, Ann Ruddock, filed a motion, saying the sale was void.",
            [("saying", "The lawyer for the trust, Ann Ruddock", "Ann Ruddock")],
        ),
        # near misses: no name set off, and a second clause with a subject of its own
        (
            "A spokeswoman for the forestry ministry said the review was complete and urged hikers to stay home.",
            [
                ("said", "A spokeswoman for the forestry ministry", "spokeswoman for the forestry ministry"),
                ("urged", "A spokeswoman for the forestry ministry", "spokeswoman for the forestry ministry"),
            ],
        ),
        (
            "The ministry's spokeswoman, Lia Okafor, confirmed the closure, and the union said it would appeal.",
            [
                ("confirmed", "The ministry's spokeswoman, Lia Okafor", "Lia Okafor"),
                ("said", "the union", "union"),
            ],
        ),
    ],
)
def test_the_second_verb_keeps_the_named_subject(
    text: str, expected: list[tuple[str | None, str | None, str | None]]
) -> None:
    assert speakers(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Mayor Dana Whitfield faced questions. The levy will be cut, according to Whitfield's chief of staff, "
            "Ann Ruddock.",
            [("according to", "Whitfield's chief of staff, Ann Ruddock", "Ann Ruddock")],
        ),
        (
            "The levy will be cut, according to the mayor's chief of staff, Ann Ruddock, who spoke on Monday.",
            [("according to", "the mayor's chief of staff, Ann Ruddock", "Ann Ruddock")],
        ),
        # near misses: no name after the source, and two names (a list, left as it was)
        (
            "The levy will be cut, according to the mayor's office.",
            [("according to", "the mayor's office", "mayor's office")],
        ),
        (
            "The levy will be cut, according to the mayor's aides, Ann Ruddock and Bo Fenn.",
            [("according to", "the mayor's aides", "mayor's aides")],
        ),
    ],
)
def test_a_source_after_according_to_keeps_its_name(
    text: str, expected: list[tuple[str | None, str | None, str | None]]
) -> None:
    assert speakers(text) == expected
