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


def test_word_start_search_finds_what_the_full_regex_finds() -> None:
    from hypothesis import given, settings
    from hypothesis import strategies as st

    from summarizer.text import hedges

    vocab = st.sampled_from(
        ["may", "might", "could", "not", "be", "independently", "verified", "has", "officially", "confirmed",
         "alleged", "reportedly", "whether", "if", "it", "is", "unclear", "they", "believe", "said", "the",
         "claim", "expected", "possibly", "investigating", "appears", "to", "suggests", "that", "in", "all",
         "likelihood", "unless", ".", ",", "drones", "May", "3", "no", "evidence", "as", "long"]
    )  # fmt: skip

    @settings(max_examples=300, deadline=None)
    @given(st.lists(vocab, max_size=30).map(" ".join))
    def same(sentence: str) -> None:
        lowered = sentence.lower()
        assert [m.span() for m in hedges._matches(lowered)] == [
            m.span() for m in hedges._CUE_RE_LOWER.finditer(lowered)
        ]

    same()
