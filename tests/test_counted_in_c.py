"""Counts once made with a match per character or per word, now made in C: the same counts."""

from __future__ import annotations

import collections
import random
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from summarizer.text import language
from summarizer.text.base import alnum_count, quoted_share

_WORD_CHAR = re.compile(r"[^\W_]")
# marks, letters and digits of several scripts, spaces of several kinds, a lone surrogate
_PIECES = "ab Z9_ .,;:’‘“”—–…«»'\"-()éßİ·٣Ⅻ²\u00a0\t\n\u2009😀一\ud800"


@pytest.mark.parametrize(
    ("text", "span", "count"),
    [
        ("The ferry sailed at 9.", (0, 22), 17),
        ("“We’ll rebuild,” she said.", (0, 26), 18),
        ("Café owner Zoë Brandt — 41 — spoke.", (0, 35), 25),
        ("snake_case and 2½ apples", (0, 24), 20),
        ("the ferry", (4, 9), 5),
        ("the ferry", (-2, 3), 3),
        ("the ferry", (6, 99), 3),
        ("the ferry", (5, 5), 0),
        ("the ferry", (7, 2), 0),
    ],
)
def test_alnum_count_rows(text: str, span: tuple[int, int], count: int) -> None:
    assert alnum_count(text, *span) == count == len(_WORD_CHAR.findall(text, *span))


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=_PIECES, max_size=40), st.integers(-3, 45), st.integers(-3, 45))
def test_alnum_count_is_the_patterns_count(text: str, a: int, b: int) -> None:
    assert alnum_count(text, a, b) == len(_WORD_CHAR.findall(text, a, b))


def test_quoted_share_of_a_split_quote() -> None:
    text = "“The road will reopen,” the mayor said, “by Friday.”"
    quotes = [(0, 23), (39, 52)]
    share = quoted_share(text, (0, len(text)), quotes, skip=[(24, 38)])
    assert share == 1.0
    assert 0.5 < quoted_share(text, (0, len(text)), quotes) < 0.8


@pytest.mark.parametrize(
    "text",
    [
        "the ferry's crew said it would sail at 9.30, weather permitting",
        "l'état et la ville — une décision prise hier",
        "x2 a_b 'quoted' ‘single’ «guillemets» don't",
        "",
    ],
)
def test_english_words_rows(text: str) -> None:
    assert collections.Counter(language._words(text)) == collections.Counter(language._WORD.findall(text))


def test_english_words_random() -> None:
    rng = random.Random(7)
    for _ in range(3000):
        text = "".join(rng.choice(_PIECES) for _ in range(rng.randint(0, 40)))
        assert collections.Counter(language._words(text)) == collections.Counter(language._WORD.findall(text)), text
