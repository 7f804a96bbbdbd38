"""Where a reported clause ends at "and" (rules/attribution/clause_joins.py): after a speaker tag
set in the middle, a clause with its own subject is the writer's; after a reported clause, a
clause set at a new time with a verb in the past is too; a quotation after the hearer of "told"
is the content, the hearer no part of it; and a list of subjects is no apposition."""

from __future__ import annotations

import pytest

from summarizer import summarize


def contents(text: str) -> list[str]:
    return [a.content for a in summarize(text, model="rules").attributions]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # a. the tag closes the report; what follows ", and" with a subject of its own is the writer's
        ("The clinic has reopened, a spokeswoman said, and staff can see walk-ins too.", "The clinic has reopened"),
        ("The ferry will run on Monday, the operator said, and fares will stay the same.",
         "The ferry will run on Monday"),
        ("The levy passed easily, Ruiz said, and it has been collected since May.", "The levy passed easily"),
        ("The bridge was closed for a week, the mayor said, and as crews cleared the ice the traffic backed up.",
         "The bridge was closed for a week"),
        # near misses: an interrupted report is one content in two pieces
        ("The clinic, a spokeswoman said, has reopened.", "The clinic … has reopened"),
        # a second that-clause, a verb with no subject of its own, words in quote marks, a first
        # person and a condition go on with what was said
        ("The ferry will run on Monday, the operator said, and that fares would stay the same.",
         "The ferry will run on Monday … and that fares would stay the same"),
        ("The pool reopened in May, the manager said, and quickly filled up.",
         "The pool reopened in May … and quickly filled up"),
        ('Most riders were older, she said, and "we had to rethink the route."',
         'Most riders were older … and "we had to rethink the route'),
        ("Fares went up in March, the manager said, and we expect them to hold.",
         "Fares went up in March … and we expect them to hold"),
        ("The bridge was closed for a week, the mayor said, and if the board approved it, tolls would fall.",
         "The bridge was closed for a week … and if the board approved it, tolls would fall"),
        # a subject the tag interrupts is no clause whole, whatever follows it
        ("Both the clinic, a spokeswoman said, and the pharmacy will reopen.",
         "Both the clinic … and the pharmacy will reopen"),
        # b. a new time, then a subject and a verb in the past: the story's next event
        ("Ortiz has said that the city must act, and on Friday he renewed his call for a vote.", "the city must act"),
        ("The mayor said the pier was unsafe, and in the spring the city closed it.", "the pier was unsafe"),
        ("Ona Reyes said the plant would close, and later that day the union called a meeting.",
         "the plant would close"),
        # near misses: one report with two that-clauses, a clause joined with no new time, and a
        # modal after the time (the report's own future) stay whole
        ("She said that the plant would close and that 200 jobs would go.",
         "the plant would close and that 200 jobs would go"),
        ("She said the plant would close and 200 workers would lose their jobs.",
         "the plant would close and 200 workers would lose their jobs"),
        ("She said the plant would close, and by 2027 the town would lose 200 jobs.",
         "the plant would close, and by 2027 the town would lose 200 jobs"),
        # c. a quotation after the hearer of "told" is the content (as after "said"), the hearer not
        ('Ruiz told the paper "he was over the moon" and would sign again.',
         '"he was over the moon" and would sign again'),
        ('The keeper told the Herald "It\'s over for me."', '"It\'s over for me."'),
        # "her" owning the hearer, and a named owner's hearer, before the clause or the quotation
        ("Ruiz told her staff a new era had begun.", "a new era had begun"),
        ("Ruiz told her crew that the ferry would sail at dawn.", "the ferry would sail at dawn"),
        ('Ruiz told her staff "It\'s over" on Monday.', '"It\'s over" on Monday'),
        ('Ruiz told the Herald\'s reporter "It\'s over" on Monday.', '"It\'s over" on Monday'),
        # a quote mark after the hearer opens what was told, whatever the quotation's first word
        ('Ortiz told the Gazette "rubbish" was the kindest word for it.', '"rubbish" was the kindest word for it'),
        ('Ortiz told the council “rubbish” was the kindest word for it.', '“rubbish” was the kindest word for it'),
        # near miss: a quote mark inside the clause after the hearer opens nothing
        ('Ortiz told the Gazette it was “rubbish” from start to end.', "it was “rubbish” from start to end"),
        # near misses: "her" alone is the hearer when the word after it opens the clause
        ("Ruiz told her fares would rise.", "fares would rise"),
        ("Ruiz told her the fee was too high.", "the fee was too high"),
        # near miss: quote marks inside the reported clause do not end it
        ('Ruiz told the paper he was "over the moon" and would sign again.',
         'he was "over the moon" and would sign again'),
        # a list of subjects after a comma, then their verb: one reported clause, quote marks and all
        ('He said new details of the talks, the cost of the works and a start date would be "set out soon."',
         'new details of the talks, the cost of the works and a start date would be "set out soon."'),
        # a list of clauses after a reported clause, the last joined by "and" or "or": one report
        ("Ruiz said the pier was closed, the ferry terminal was shut and the ramp was flooded.",
         "the pier was closed, the ferry terminal was shut and the ramp was flooded"),
        ("Ruiz said the pier was closed, the terminal was shut or the ramp was flooded.",
         "the pier was closed, the terminal was shut or the ramp was flooded"),
        # near misses: an apposition on the clause, and a list of subjects after it, end it there
        ("Ruiz said the pier was closed, the oldest in the state and the pride of the town.", "the pier was closed"),
        ("Ruiz said the pier was closed, the ferry terminal and the ramp were flooded.", "the pier was closed"),
        # near misses: an apposition on a verb's object ends it, even joined by "and"
        ("The mayor praised the ferry crew, the best in the state and a credit to the town.", "the ferry crew"),
        ("The mayor praised the ferry crew, the best in the state.", "the ferry crew"),
    ],
)  # fmt: skip
def test_where_a_reported_clause_ends_at_and(text: str, content: str) -> None:
    assert content in contents(text)
