"""run_words: the words of a run of capitalised words with their starts, as a match of
non-spaces finds them; find_hedges given the sentence in lower case finds what it finds alone."""

from __future__ import annotations

import re

import pytest

from summarizer.rules.name_runs import CAP_RUN
from summarizer.rules.word_index import run_words
from summarizer.text.base import lower_same_length
from summarizer.text.hedges import find_hedges


@pytest.mark.parametrize(
    "text",
    [
        "Harbour master Tavish Orrin said the ferry left.",
        "Former Doria President Petro Vukic spoke.",
        "U.S. District Judge Ana Lusk ruled on Monday.",
        "The ferry,  Sea Lark,\tran aground near Corran Point and Ana  Ruiz swam.",
        "Mr. O’Neill and Jean-Pierre Lusk's boat",
        "no capitals here at all",
    ],
)
def test_run_words_are_the_runs_non_spaces(text: str) -> None:
    for run in CAP_RUN.finditer(text):
        want = [(m.group(), m.start()) for m in re.finditer(r"\S+", text[: run.end()]) if m.start() >= run.start()]
        assert run_words(text, run) == want


@pytest.mark.parametrize(
    "text, sentence",
    [
        ("Police believe the driver may have fled. The toll could not be verified.", (41, 73)),
        ("İstanbul police say the fire was probably set. It remains unclear why.", (0, 46)),
        ("The mayor said the bridge would reopen if the storm passed.", (0, 59)),
    ],
)
def test_find_hedges_given_a_slice_of_the_lowered_text(text: str, sentence: tuple[int, int]) -> None:
    piece = text[sentence[0] : sentence[1]]
    lowered = lower_same_length(text)[sentence[0] : sentence[1]]
    assert find_hedges(piece, lowered=lowered) == find_hedges(piece)
    assert find_hedges(piece)  # each holds a cue
