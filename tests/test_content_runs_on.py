"""Where a reported clause runs on (rules/attribution/content.py, clause_joins.py): a list of
clauses with a serial comma is one content; a stance in the past coordinated after a reported
clause is that clause's subject's (a state held, "… but wanted …", whoever the subject is); and a noun phrase with its relative clause after a mid-sentence
tag glosses the report, the writer's, as a bare noun phrase does."""

from __future__ import annotations

import pytest

from summarizer import summarize


def reports(text: str) -> list[tuple[str | None, str | None, str]]:
    return [(a.speaker, a.cue, a.content) for a in summarize(text, model="rules").attributions]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("She said the rents rose sharply, the wages stalled, and the families left.",
         "the rents rose sharply, the wages stalled, and the families left"),
        ("She said rents had risen, wages had stalled, and families had left.",
         "rents had risen, wages had stalled, and families had left"),
        ("He said the pier is unsafe, the ferry is late, and the harbour needs dredging.",
         "the pier is unsafe, the ferry is late, and the harbour needs dredging"),
        ("The warden said the gate was locked, the lights were off, or the alarm had failed.",
         "the gate was locked, the lights were off, or the alarm had failed"),
        # near misses: a list of subjects with no verb in its middle item, and one clause then a
        # description set off by commas
        ("She said the plan failed, the council, and the mayor were to blame.", "the plan failed, the council"),
        ("The mayor said the pier is unsafe, a view shared by engineers, and repairs will take a year.",
         "the pier is unsafe"),
    ],
)  # fmt: skip
def test_a_list_of_clauses_with_a_serial_comma_is_one_content(text: str, content: str) -> None:
    assert [c for _, _, c in reports(text)] == [content]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tenants said she welcomed the rebate but wanted a faster rollout.",
         [("Tenants", "said", "she welcomed the rebate but wanted a faster rollout")]),
        ("Witnesses say he ignored the signal and refused to stop.",
         [("Witnesses", "say", "he ignored the signal and refused to stop")]),
        ("He said she rejected the offer and refused a recount.",
         [("He", "said", "she rejected the offer and refused a recount")]),
        ("The guards told reporters he praised the food but refused the bed.",
         [("The guards", "told", "he praised the food but refused the bed")]),
        # near misses: a pronoun that may be the speaker's own, so the stance may be the speaker's
        # next deed the writer tells of
        ("He said he was innocent and refused to answer questions.",
         [("He", "said", "he was innocent"), ("He", "refused", "to answer questions")]),
        ("The coach told reporters she had no comment and declined to elaborate.",
         [("The coach", "told", "she had no comment")]),
        ("Senator Jones said he would sign the bill and praised the clerks.",
         [("Senator Jones", "said", "he would sign the bill"), ("Senator Jones", "praised", "the clerks")]),
        ("They said they were tired and rejected the schedule.",
         [("They", "said", "they were tired"), ("They", "rejected", "the schedule")]),
        # near misses: a verb of saying after the clause is the speaker's next report, and a
        # stance after a clause with a named subject, or after an object, the speaker's next deed
        ("The mayor said the rebate was fair and said the delay was not.",
         [("The mayor", "said", "the rebate was fair"), ("The mayor", "said", "the delay was not")]),
        ("The mayor said the council had backed the rebate but offered no date.",
         [("The mayor", "said", "the council had backed the rebate"), ("The mayor", "offered", "no date")]),
        ("The mayor praised the rebate but wanted a faster rollout.",
         [("The mayor", "praised", "the rebate"), ("The mayor", "wanted", "a faster rollout")]),
        # a state held ("wanted", "opposed", "favored") goes on with any subject of the clause, the
        # speaker's own too; an act of speaking there stays the speaker's next report
        ("The guild said in a letter that it backed the new depot but wanted a pledge that it would stay public.",
         [("The guild", "said", "it backed the new depot but wanted a pledge that it would stay public")]),
        ("The guild said it backed the depot and opposed the higher fares.",
         [("The guild", "said", "it backed the depot and opposed the higher fares")]),
        ("Ms Tarn said the board liked both designs but favored the eastern site.",
         [("Ms Tarn", "said", "the board liked both designs but favored the eastern site")]),
        # any verb of liking and wanting (lx.LIKING_VERBS), "adored" as "loved"
        ("Ms Tarn said the board praised both designs but adored the eastern one.",
         [("Ms Tarn", "said", "the board praised both designs but adored the eastern one")]),
        ("The guild said it backed the depot and called for a vote.",
         [("The guild", "said", "it backed the depot"), ("The guild", "called for", "a vote")]),
        ("The guild said the council backed the depot but urged a delay.",
         [("The guild", "said", "the council backed the depot"), ("The guild", "urged", "a delay")]),
        ("The guild backed the depot but wanted a pledge.",
         [("The guild", "backed", "the depot"), ("The guild", "wanted", "a pledge")]),
        # a thing holds no state: after a clause whose subject is one, the state is the speaker's
        ("The union said the deal was fair but wanted more money.",
         [("The union", "said", "the deal was fair"), ("The union", "wanted", "more money")]),
        ("The clerk said the tax was unfair and supported a repeal.",
         [("The clerk", "said", "the tax was unfair"), ("The clerk", "supported", "a repeal")]),
        ("The firm said the plant would close and opposed any bailout.",
         [("The firm", "said", "the plant would close"), ("The firm", "opposed", "any bailout")]),
        # a person, a body, a pronoun may hold one: it goes on with them
        ("Police said the suspect was armed and intended to rob the store.",
         [("Police", "said", "the suspect was armed and intended to rob the store")]),
        ("The coach said the team played well but wanted a better finish.",
         [("The coach", "said", "the team played well but wanted a better finish")]),
        ("She said she was tired but wanted to finish the race.",
         [("She", "said", "she was tired but wanted to finish the race")]),
    ],
)  # fmt: skip
def test_a_stance_after_a_reported_clause_goes_on_with_its_subject(
    text: str, expected: list[tuple[str | None, str | None, str]]
) -> None:
    assert reports(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The budget will balance by 2028, the minister told parliament, a promise she has made before.",
         [("the minister", "told", "The budget will balance by 2028")]),
        ("The budget will balance by 2028, the minister said in a statement, a pledge she gave in May.",
         [("the minister", "said", "The budget will balance by 2028")]),
        ("Fares will fall in June, the operator said, a cut which was first promised in 2021.",
         [("the operator", "said", "Fares will fall in June")]),
        ("Donations rose by a third, its treasurer told shareholders, a record for the charity.",
         [("its treasurer", "told", "Donations rose by a third")]),
        # near misses: a noun phrase with a relative clause that is the subject of a clause, whose
        # verb comes after it, goes on with the report
        ("The budget will balance by 2028, the minister said, the plan she drafted will pass.",
         [("the minister", "said", "The budget will balance by 2028 … the plan she drafted will pass")]),
        ("Fares will fall in June, the operator said, the rate that was set will hold.",
         [("the operator", "said", "Fares will fall in June … the rate that was set will hold")]),
    ],
)  # fmt: skip
def test_a_gloss_with_a_relative_clause_after_the_tag_is_the_writers(
    text: str, expected: list[tuple[str | None, str | None, str]]
) -> None:
    assert reports(text) == expected


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("She told parliament the vote was rigged.", "the vote was rigged"),
        ("She told parliament members the vote was rigged.", "the vote was rigged"),
        # near misses: after a body's name, members with a verb are the clause's subject, and
        # after a plural hearer, leaders are
        ("She told parliament leaders would meet on Friday.", "leaders would meet on Friday"),
        ("She told reporters leaders had agreed to meet.", "leaders had agreed to meet"),
    ],
)  # fmt: skip
def test_an_assembly_and_its_members_are_the_hearer(text: str, content: str) -> None:
    assert [c for _, _, c in reports(text)] == [content]
