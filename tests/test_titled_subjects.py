"""A title's dot ("Mr.", "Sen.") is part of a subject (rules/attribution/content.py,
_subject_and_verb): a content ends before ", but Mr. Ruiz learned …" as before ", but Ruiz
learned …", and the new clause is read as a report of its own."""

from __future__ import annotations

import pytest

from summarizer import summarize


@pytest.mark.parametrize(
    ("text", "contents"),
    [
        # a title's dot ("Mr.", "Sen.") is part of the new clause's subject: the content ends
        # before ", but Mr. Ruiz learned …" as before ", but Ruiz learned …"
        (
            "Critics dismissed the accord as toothless, but Mr. Ruiz learned from the experience.",
            ["the accord as toothless"],
        ),
        (
            "Critics dismissed the accord as toothless, but Sen. Lind defended it at the hearing.",
            ["the accord as toothless", "it at the hearing"],
        ),
        (
            "The guild called the levy a burden, and Dr. Osei warned of closures within the year.",
            ["the levy a burden", "closures within the year"],
        ),
        # near miss: titled names in a noun phrase, no verb after them
        (
            "The guild called the levy a burden on Mr. Ruiz's fleet and Dr. Osei's clinic.",
            ["the levy a burden on Mr. Ruiz's fleet and Dr. Osei's clinic"],
        ),
    ],
)
def test_a_titled_subject_opens_a_new_clause(text: str, contents: list[str]) -> None:
    summary = summarize(text, model="rules")
    assert [a.content for a in summary.attributions] == contents
