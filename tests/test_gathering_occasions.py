"""A gathering the speaker spoke at, after the object of the cue ("praised the crews at a rally
in Tarn"), tells where it was said, as "in a letter" does, and so does one "during" it ("during a televised forum";
rules/attribution/object_adverbials.py, occasion_of_saying): the object ends before "at". An infinitive or a clause keeps the place, the
act's; and a known gathering ("at the hearing") or no gathering ("at the table") is the object's."""

from __future__ import annotations

import pytest

from summarizer import summarize


def reports(text: str) -> list[tuple[str | None, str | None, str]]:
    return [(a.speaker, a.cue, a.content) for a in summarize(text, model="rules").attributions]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The mayor praised the crews at a rally in Tarn.", [("The mayor", "praised", "the crews")]),
        ("The senator criticized the plan at a budget hearing on Tuesday.",
         [("The senator", "criticized", "the plan")]),
        ("The minister pledged a cut in fees at a summit in Oslo last week.",
         [("The minister", "pledged", "a cut in fees")]),
        ("She denied the charges at a news conference.", [("She", "denied", "the charges")]),
        ("The senator criticized the plan at his town hall.", [("The senator", "criticized", "the plan")]),
        # "during" a gathering, as "at" one
        ("The senator criticized the plan during a televised forum.", [("The senator", "criticized", "the plan")]),
        ("The senator mocked the levy during a town hall in Tarn.", [("The senator", "mocked", "the levy")]),
        # near misses: the place of a promised act, of a reported event, a known gathering, a thing
        ("The senator promised to speak at a rally in Tarn.",
         [("The senator", "promised", "to speak at a rally in Tarn")]),
        ("The senator said the plan failed at a meeting in May.",
         [("The senator", "said", "the plan failed at a meeting in May")]),
        ("The senator criticized the plan at the hearing.", [("The senator", "criticized", "the plan at the hearing")]),
        ("The union demanded a seat at the table.", [("The union", "demanded", "a seat at the table")]),
        ("The senator vowed to hold a vote during a meeting.",
         [("The senator", "vowed", "to hold a vote during a meeting")]),
        ("The senator said the plan failed during a meeting in May.",
         [("The senator", "said", "the plan failed during a meeting in May")]),
        ("The senator criticized the remarks during the debate.",
         [("The senator", "criticized", "the remarks during the debate")]),
        # near misses: a gathering still to come is when the object happens, not where it was said
        ("The senator promised a vote during an upcoming session.",
         [("The senator", "promised", "a vote during an upcoming session")]),
        ("The senator promised a vote during a session next month.",
         [("The senator", "promised", "a vote during a session next month")]),
        ("The senator promised a vote at a meeting next week.",
         [("The senator", "promised", "a vote at a meeting next week")]),
        ("The senator praised the plan during a meeting last week.", [("The senator", "praised", "the plan")]),
        # near misses: a happening after the cue, whose "at" tells where it happened
        ("The mayor condemned the violence at a rally in Tarn.",
         [("The mayor", "condemned", "the violence at a rally in Tarn")]),
        ("He blamed the clashes at a summit on the police.",
         [("He", "blamed", "the clashes at a summit on the police")]),
        ("She praised the turnout at a town hall.", [("She", "praised", "the turnout at a town hall")]),
    ],
)  # fmt: skip
def test_a_gathering_after_the_object_is_where_it_was_said(
    text: str, expected: list[tuple[str | None, str | None, str]]
) -> None:
    assert reports(text) == expected
