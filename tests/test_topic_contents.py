"""A content that opens, past any adverbs in -ly, with a preposition of topic ('about', 'of'),
or with 'with' after a verb of agreeing, names what a source spoke to or sided with, as a cue
ending in 'about' does: a stance, no statement. 'About' before a number, and a clause, are what
was said."""

from __future__ import annotations

import pytest

from summarizer import summarize
from summarizer.text.report_kinds import report_kind


@pytest.mark.parametrize(
    ("text", "content", "kind"),
    [
        (
            "Tom Reyes, a columnist who writes regularly about the port, said the dock would close.",
            "regularly about the port",
            "stance",
        ),
        ("The inspector agreed with the finding.", "with the finding", "stance"),
        ("The two senators disagree with each other.", "with each other", "stance"),
        # near misses: an approximation opens a clause that was said
        ("The mayor says about 550 pupils attend the school.", "about 550 pupils attend the school", "speech"),
        (
            "The farmer said only about a quarter of the crop survived.",
            "only about a quarter of the crop survived",
            "speech",
        ),
        (
            "Tom Reyes, a columnist who writes regularly about the port, said the dock would close.",
            "the dock would close",
            "speech",
        ),
    ],
)
def test_a_topic_or_a_view_sided_with_is_a_stance(text: str, content: str, kind: str) -> None:
    found = [a for a in summarize(text).attributions if a.content == content]
    assert [a.kind for a in found] == [kind], summarize(text).attributions


@pytest.mark.parametrize(
    ("cue", "content", "kind"),
    [
        ("writes", "extensively about the fishing fleet", "stance"),
        ("told", "of the delays at the port", "stance"),
        ("told", "of dozens of wrecks along the coast", "stance"),  # no approximation after "of"
        ("has agreed", "with the panel", "stance"),
        ("concurred", "with the ruling", "stance"),
        # near misses
        ("has said", "about twenty people came", "speech"),  # a number after "about"
        ("said", "about 40 homes lost power", "speech"),
        ("said", "only about a third of the roads were open", "speech"),  # a clause
        ("said", "only about a quarter of the crop survived", "speech"),  # a share after "about"
        ("said", "about half the wells ran dry", "speech"),
        ("said", "about a dozen boats sank", "speech"),
        ("wrote", "about a ferry that sank", "stance"),  # "a" before a noun, no share: a topic
        ("agreed", "with the board that fees should fall", "speech"),  # a view stated
        ("said", "with the bridge shut, the town is cut off", "speech"),  # no verb of agreeing
        ("said", "of course the bridge will open", "speech"),  # a clause
    ],
)
def test_report_kind_of_a_topic_content(cue: str, content: str, kind: str) -> None:
    assert report_kind(cue, "indirect", content) == kind
