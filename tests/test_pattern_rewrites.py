"""Readings once made by a pattern over the whole text, now made by a cheaper scan where the text
is short: each answers as the pattern did, on rows and on random texts."""

from __future__ import annotations

import itertools
import random
import re

import pytest

from summarizer.checker.echo import _WORD as _ECHO_WORD
from summarizer.checker.echo import _words as echo_words
from summarizer.checker.summary import _SCOPE_TOKEN, _scope_words
from summarizer.rules.attribution.context import _AFTER_LOWER_WORD, is_mid_sentence_word
from summarizer.rules.word_index import INDEX_FROM
from summarizer.text import scenes
from summarizer.text.base import normalize
from summarizer.text.prefilters import FOLDS_TO_ASCII, CaselessPrefiltered, caseless_prefixes

_PIECES = ["a", "Z", "9", "_", " ", "  ", ",", ";", ".", "\t", "\n", "é", "’", "-", "Ana", "said", "Reyes", "Reyes_2"]
_WORDS = ["Ana", "Reyes", "said", "a", "Z", "9", "_", "Reyes_2", "é", "", "Ana Reyes", "O’Neil", "ana"]


@pytest.mark.parametrize(
    ("text", "word", "mid"),
    [
        ("The ferry left, said Ana Reyes; Reyes waved.", "Reyes", True),
        ("The ferry left, said Ana Reyes; Reyes waved.", "Ana", True),
        ("Gov. Ana Reyes spoke", "Ana", False),  # after '.': a sentence may open there
        ("Gov. Ana Reyes spoke", "Reyes", True),
        ("the  Reyes", "Reyes", False),  # two spaces: the space before the word follows a space
        ("met Reyesville", "Reyes", False),  # a longer run of word characters: not the word
        ("met Reyes_2 there", "Reyes", False),  # '_' is a word character
        ("met Reyes_2 there", "Reyes_2", True),
        ("met Reyes, then", "Reyes", True),
        ("é Reyes", "Reyes", False),  # 'é' is no letter of a-z
        (" Reyes", "Reyes", False),  # no character before the space
        ("met Reyes", "", False),
        ("met O’Neil", "O’Neil", False),  # no run of word characters
        ("met Ana Reyes", "Ana Reyes", False),
    ],
)
def test_a_mid_sentence_word_rows(text: str, word: str, mid: bool) -> None:
    assert is_mid_sentence_word(text, word) is mid
    assert (word in set(_AFTER_LOWER_WORD.findall(text))) is mid


def test_a_mid_sentence_word_is_a_word_of_the_patterns_on_random_texts() -> None:
    rng = random.Random(26)
    for _ in range(3000):
        text = "".join(rng.choice(_PIECES) for _ in range(rng.randint(0, 30)))
        words = set(_AFTER_LOWER_WORD.findall(text))
        for word in _WORDS:
            assert is_mid_sentence_word(text, word) is (word in words), (text, word)


def test_a_long_text_is_read_through_the_set() -> None:
    text = "the ferry left, said Ana Reyes. " * (INDEX_FROM // 30 + 1)
    assert len(text) >= INDEX_FROM
    assert is_mid_sentence_word(text, "Reyes") and is_mid_sentence_word(text, "Ana")
    assert not is_mid_sentence_word(text, "The") and not is_mid_sentence_word(text, "Reyes.")


_WORD_PIECES = [
    "Ferry",
    "crew",
    "’s",
    "'",
    "9",
    "_",
    " ",
    "\t",
    "\n",
    ".",
    ",",
    "…",
    "—",
    "é",
    "İ",
    "ß",
    "٣",
    "Ⅻ",
    "-",
    "said:",
]


@pytest.mark.parametrize(
    "text",
    [
        "The ferry’s crew said: 'we re-sailed at 9.30, not 10'",
        "IGNORE the previous instructions…",
        "Straße İstanbul ٣٣ snake_case",
        "  spaced\tout\nwords  ",
        "",
    ],
)
def test_checker_words_rows(text: str) -> None:
    assert echo_words(text) == _ECHO_WORD.findall(text.casefold())
    assert _scope_words(text) == [w.casefold() for w in _SCOPE_TOKEN.findall(normalize(text))]


def test_checker_words_on_random_texts() -> None:
    rng = random.Random(26)
    for _ in range(3000):
        text = "".join(rng.choice(_WORD_PIECES) for _ in range(rng.randint(0, 20)))
        assert echo_words(text) == _ECHO_WORD.findall(text.casefold()), text
        assert _scope_words(text) == [w.casefold() for w in _SCOPE_TOKEN.findall(normalize(text))], text


# ---------------------------------------------------------------- case-insensitive prefilters


def test_the_letters_beyond_ascii_a_caseless_letter_matches_lower_to_it_or_are_listed() -> None:
    """Every character beyond ASCII that ``[a-z]`` matches ignoring case lowers to an ASCII
    letter (the Kelvin sign) or is one of FOLDS_TO_ASCII, which send a text to the whole search."""
    letter = re.compile("[a-z]", re.I)
    for cp in itertools.chain(range(0x80, 0xD800), range(0xE000, 0x110000)):
        c = chr(cp)
        if letter.fullmatch(c):
            assert c in FOLDS_TO_ASCII or (len(c.lower()) == 1 and c.lower().isascii()), hex(cp)


@pytest.mark.parametrize(
    ("pattern", "prefixes"),
    [
        (r"\b(?:Shots?|ShotSpotter|stabbing)\s+fired", ("shot", "stabbing")),  # "shot" covers the longer
        (r"(?=[wW])(?<!\bgunman\s)(?:was|were)\s+found", ("was", "were")),  # zero width: no prefix
        (r"\b(?:in|at)\s+(?:the\s+)?", ("at", "in")),
        (r"\w+\s+happened", None),  # any word first: nothing to look for
        (r"\b(?:café|bar)\b", None),  # a prefix beyond ASCII: not looked for in the lower case
    ],
)
def test_caseless_prefixes_rows(pattern: str, prefixes: tuple[str, ...] | None) -> None:
    assert caseless_prefixes(pattern, re.I) == prefixes


_CASELESS_PIECES = ["Shots", "shot", "SHOT", "ſhot", "fired", "call", "Calls", "of", "gunfire", "happened",
                    "was", "WERE", "found", "Kİlling", "killing", "\u212aILLING", "on", "in", " ", ", ", ".", "-"]  # fmt: skip


@pytest.mark.parametrize("scanner", [scenes._SCENE, scenes._HARM_TOOK_PLACE])
def test_a_caseless_prefiltered_pattern_finds_the_patterns_matches(scanner: CaselessPrefiltered) -> None:
    assert scanner.prefixes is not None
    rng = random.Random(27)
    for _ in range(3000):
        text = "".join(rng.choice(_CASELESS_PIECES) for _ in range(rng.randint(0, 16)))
        pos = rng.randint(0, len(text))
        end = rng.randint(pos, len(text))
        for a, b in ((0, len(text)), (pos, end)):
            expected = [(m.span(), m.groups()) for m in scanner.pattern.finditer(text, a, b)]
            assert [(m.span(), m.groups()) for m in scanner.finditer(text, a, b)] == expected, text
            found, first = scanner.search(text, a, b), scanner.pattern.search(text, a, b)
            assert (found and found.span()) == (first and first.span())


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        ("The SHOOTING HAPPENED at noon.", [(13, 21)]),
        ("Deputies WERE CALLED TO a home.", [(9, 23)]),
        ("A man waſ found.", [(6, 15)]),  # the long s: the text searched whole
        ("The gunman was found hiding.", []),  # a near miss of the pattern's own
        ("Nothing took a turn.", []),
    ],
)
def test_a_caseless_prefiltered_pattern_rows(text: str, spans: list[tuple[int, int]]) -> None:
    assert [m.span() for m in scenes._SCENE.finditer(text)] == spans
    assert [m.span() for m in scenes._SCENE.pattern.finditer(text)] == spans
