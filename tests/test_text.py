from __future__ import annotations

import pytest

from summarizer.text.base import normalize, normalize_with_map
from summarizer.text.numbers import find_numbers, parse_number


@pytest.mark.parametrize(
    ("expr", "value"),
    [
        ("13", 13),
        ("1,200", 1200),
        ("1.2 million", 1_200_000),
        ("10 million", 10_000_000),
        ("nine", 9),
        ("Nine", 9),
        ("twenty-five", 25),
        ("one hundred and five", 105),
        ("a dozen", 12),
        ("half a dozen", 6),
        ("two dozen", 24),
        ("three thousand", 3000),
        ("dozen", None),
        ("drones", None),
        ("", None),
    ],
)
def test_parse_number(expr: str, value: float | None) -> None:
    assert parse_number(expr) == value


def test_find_numbers_reads_digits_and_words_with_spans() -> None:
    text = "Nine were shot down, 13 more fell and a dozen were seen; 1.2 million fled."
    found = [(n.text, n.value) for n in find_numbers(text)]
    assert found == [("Nine", 9), ("13", 13), ("a dozen", 12), ("1.2 million", 1_200_000)]
    for n in find_numbers(text):
        assert text[n.span[0] : n.span[1]] == n.text


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a unit said twice is the same number repeated, not a sum
        ("her two two sons", [("two", 2), ("two", 2)]),
        ("five six guests", [("five", 5), ("six", 6)]),
        # guard: a tens word and a unit are one compound
        ("twenty two men", [("twenty two", 22)]),
        ("forty-one people", [("forty-one", 41)]),
    ],
)
def test_a_compound_number_is_a_tens_word_and_a_unit(text: str, found: list[tuple[str, float]]) -> None:
    assert [(n.text, n.value) for n in find_numbers(text)] == found


def test_number_matches_from_their_starts_are_the_patterns_own() -> None:
    """The number scan tries the full pattern only where a digit or a number word starts: the
    same matches as the pattern's finditer, from any start to any end."""
    import random

    from summarizer.text import numbers

    rng = random.Random(3)
    vocab = ["one", "someone", "twenty-one", "a dozen", "half a dozen", "a\n dozen", "half  a\u00a0dozen", "ha", "dozen",
             "hundred", "1,200", "3.5", "often",
             "tens", "ten", "x2", "and", "thousand", "five-year-old", "seven", "million", "at", "9:30"]  # fmt: skip
    for _ in range(500):
        text = " ".join(rng.choice(vocab) for _ in range(rng.randint(0, 16)))
        pos = rng.randint(0, len(text))
        end = rng.randint(pos, len(text))
        for a, b in ((0, len(text)), (pos, end)):
            assert [m.span() for m in numbers._number_matches(text, a, b)] == [
                m.span() for m in numbers._NUMBER_RE_LOWER.finditer(text, a, b)
            ], (text, a, b)


def test_a_qualifier_is_read_as_the_search_of_the_last_thirty_characters_reads_it() -> None:
    """The characters before a number are taken a chunk at a time, and searched for a
    qualifier only when they end in one of its last words and white space: the same qualifier
    and start as going back one character at a time and searching them all."""
    import random

    from summarizer.text import numbers
    from summarizer.text.base import lower_same_length

    def searched(view: str, start: int, sent_start: int) -> tuple[str, int]:
        lo, seen = start, 0
        while lo > sent_start and seen < 30:
            lo -= 1
            seen += not view[lo].isspace()
        m = numbers._QUALIFIER_ONE.search(lower_same_length(view[lo:start]))
        if m is None:
            return "exact", start
        return ("exact" if m.lastgroup == "between" else m.lastgroup or "exact"), lo + m.start()

    words = ["at least", "more than", "over", "upwards of", "no fewer than", "no less than", "in excess of",
             "a minimum of", "up to", "as many as", "fewer than", "at most", "no more than", "nearly", "almost",
             "under", "a maximum of", "About", "around", "approximately", "roughly", "some", "an estimated",
             "close to", "an approximate", "circa", "~", "x~", "between", "at", "least", "of", "as", "tomato",
             "Leftover", "12", "drones", "the"]  # fmt: skip
    gaps = [" ", " ", " ", "  ", "\n", "\u00a0", "", "**", "\t   ", " " * 24]  # markup blanked: long blanks
    rng = random.Random(23)
    for k in range(4000):
        view = "".join(rng.choice(words) + rng.choice(gaps) for _ in range(rng.randint(0, 8)))
        start = len(view) if k % 4 else rng.randint(0, len(view))  # where a number would follow
        view += "12 drones"
        sent_start = rng.randint(0, start) if k % 3 == 0 else 0
        assert numbers.qualifier_before(view, start, sent_start) == searched(view, start, sent_start), (view, start)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("“quoted” and ‘single’", "\"quoted\" and 'single'"),
        ("a\u00a0b  c\n\nd", "a b c d"),
        ("drones\u201413\u2014recorded", "drones-13-recorded"),
        ("soft\u00adhyphen", "softhyphen"),
        ("wait\u2026", "wait..."),
        ('the `bridge` is "shut", it\'s said', "the 'bridge' is \"shut\", it's said"),  # ASCII: only "`" changes
        ("``quoted'' in TeX style", "''quoted'' in TeX style"),
        ("plain  ascii\ttext ", "plain ascii text "),
    ],
)
def test_normalize(raw: str, expected: str) -> None:
    assert normalize(raw) == expected


def test_normalize_map_points_back_to_original_offsets() -> None:
    raw = "He said:  “We  will\u00a0win.”"
    norm, where = normalize_with_map(raw)
    start = norm.index("We will win")
    end = start + len("We will win")
    assert raw[where[start] : where[end - 1] + 1] == "We  will\u00a0win"


def test_normalize_is_normalize_with_map_without_the_map() -> None:
    """Both ways of normalising agree, short texts (cached) and long ones alike, casefolded or
    not, on texts full of quotes, dashes, soft hyphens, odd spaces and leading/trailing space."""
    import random

    rng = random.Random(9)
    alphabet = list("ab \t\n\u00a0\u2003\x1c\u200b\u00ad“”’‘—–…\ufeffİß.")
    texts = ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 25))) for _ in range(3000)]
    texts += [" “Quoted” — text … with\u00a0spaces\n\n" * 40]  # past the short-text cache
    for text in texts:
        for casefold in (False, True):
            assert normalize(text, casefold=casefold) == normalize_with_map(text, casefold=casefold)[0], repr(text)


def test_normalize_of_ascii_reads_only_the_ascii_replacements() -> None:
    """An ASCII text is looked at for the replacements an ASCII character can make ("`"), not
    for every one: the same text as when each replacement is tried in turn."""
    import random

    from summarizer.text import base

    def every_replacement(text: str) -> str:
        for char, to in base._REPLACEMENTS:
            text = text.replace(char, to)
        return " ".join(text.split())

    rng = random.Random(11)
    alphabet = list("ab Z9 \t\n`'\".,-“”’—…\u00ad\u00a0é")
    texts = ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30))) for _ in range(3000)]
    for text in texts:
        expected = every_replacement(text)
        got = base._normalized(text, False)
        assert got.strip() == expected, repr(text)
