"""A reported count that opens with a quantifier ('said at least 40 people died') is the
content, not a phrase of where or when it was said. Original sentences."""

from __future__ import annotations

import pytest

from summarizer import summarize


@pytest.mark.parametrize("quantifier", ["at least", "at most", "over", "under"])
def test_a_count_opening_with_a_quantifier_is_what_was_said(quantifier: str) -> None:
    result = summarize(f"News\n\nOfficials said {quantifier} 40 people died in the floods.\n", model="rules")
    assert [(a.cue, a.content) for a in result.attributions] == [("said", f"{quantifier} 40 people died in the floods")]


def test_a_phrase_of_when_that_ends_the_sentence_is_still_no_content() -> None:
    assert summarize("News\n\nThe mayor said on Tuesday.\n", model="rules").attributions == []


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        ("The driver told police that he never saw the cyclist.", "he never saw the cyclist"),
        ("Two neighbours told officers they heard a car door slam.", "they heard a car door slam"),
        ("She told police officers she saw the cyclist swerve.", "she saw the cyclist swerve"),
        # no hearer: a relative clause on a noun, and a question the verb asks
        ("He told stories that made the whole room laugh.", "stories that made the whole room laugh"),
        ("The clerk asked if they had seen anything.", "if they had seen anything"),
    ],
)
def test_a_bare_noun_hearer_after_told_is_not_what_was_said(sentence: str, content: str) -> None:
    result = summarize("News\n\n" + sentence, model="rules")
    assert [a.content for a in result.attributions] == [content]


def test_a_stance_in_a_relative_clause_set_off_by_commas_ends_with_it_and_leaves_the_main_verb() -> None:
    text = "News\n\nCouncillor Ana Brisk, who voted against it, said the plan was unfair to renters.\n"
    got = [(a.cue, a.content) for a in summarize(text, model="rules").attributions]
    assert got == [("voted against", "it"), ("said", "the plan was unfair to renters")]
