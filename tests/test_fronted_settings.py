"""A fronted phrase of time or place ("By noon,", "In a statement,") is the writer's setting:
never a trailing cue's content nor a participle's subject; a verb of answering before ", saying
…" or ", writing that …" leaves the report to the participle
(attribution/participle_reports). Original sentences."""

from __future__ import annotations

import pytest

from summarizer import summarize


def _reports(text: str) -> list[tuple[str | None, str, str | None]]:
    result = summarize(f"Pool hours\n\n{text}\n", model="rules")
    return [(a.speaker, a.content, a.cue) for a in result.attributions]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "By Wednesday morning, the clerk had responded, writing that the pool would stay shut.",
            [("the clerk", "the pool would stay shut", "writing")],
        ),
        (
            "Within hours, the council replied, saying the pool would stay shut.",
            [("the council", "the pool would stay shut", "saying")],
        ),
        (
            "Late Tuesday, the warden answered, adding that the pool would stay shut.",
            [("the warden", "the pool would stay shut", "adding")],
        ),
        (
            "The council responded, saying the pool would stay shut.",
            [("The council", "the pool would stay shut", "saying")],
        ),
        # a time counted back from now ("Three weeks ago,") is a setting too
        (
            "Three weeks ago, the council voted, saying the pool would stay shut.",
            [("the council", "the pool would stay shut", "saying")],
        ),
        (
            "Years ago, the union struck, saying the pool was unsafe.",
            [("the union", "the pool was unsafe", "saying")],
        ),
        # near miss: "ago" after the verb is no fronted phrase
        (
            "The council voted three weeks ago, saying the pool would stay shut.",
            [("The council", "the pool would stay shut", "saying")],
        ),
        (
            'In a short statement, the warden said, "The pool will stay shut."',
            [("the warden", "The pool will stay shut", "said")],
        ),
        # near misses: a fronted time the speaker interrupts belongs to the clause after the
        # cue; a content before the speaker is one; no participle, no setting
        (
            "At noon, the warden said, a crew drained the pool.",
            [("the warden", "At noon … a crew drained the pool", "said")],
        ),
        ("The pool will stay shut, the warden said.", [("the warden", "The pool will stay shut", "said")]),
        ("By then the warden said the pool would stay shut.", [("the warden", "the pool would stay shut", "said")]),
    ],
)
def test_a_fronted_setting_is_no_content(text: str, expected: list[tuple[str | None, str, str | None]]) -> None:
    assert _reports(text) == expected
