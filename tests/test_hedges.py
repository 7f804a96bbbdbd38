from __future__ import annotations

import pytest

from summarizer import find_hedges


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The strike may have killed dozens.", [("may", "modal")]),
        ("Officials believe the fire was set on purpose.", [("believe", "doxastic")]),
        ("The group reportedly fired the rockets.", [("reportedly", "reporting")]),
        ("The alleged attacker fled.", [("alleged", "reporting")]),
        ("The claim could not be independently verified.", [("claim", "reporting"), ("could not be independently verified", "unconfirmed")]),
        ("Russia has not officially confirmed such incidents.", [("has not officially confirmed", "unconfirmed")]),
        ("Police are investigating whether the blast was deliberate.", [("investigating whether", "investigation")]),
        ("It is unclear whether anyone was hurt.", [("is unclear whether", "investigation")]),
        ("The bridge will close if the river rises.", [("if", "conditional")]),
        ("The market opened on May 3 with gains.", []),
        ("Two people were killed, police said.", []),
    ],
)  # fmt: skip
def test_find_hedges(sentence: str, expected: list[tuple[str, str]]) -> None:
    cues = find_hedges(sentence)
    assert [(c.text, c.kind) for c in cues] == expected
    for c in cues:
        assert sentence[c.span[0] : c.span[1]] == c.text
