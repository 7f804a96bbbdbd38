"""The first-character guard (text/regex.py): it is derived from the parsed pattern, it leaves a
pattern it cannot bound as it is, and a guarded pattern finds exactly what the plain one finds."""

from __future__ import annotations

import random
import re

import pytest

from summarizer.text import lexicon as lx
from summarizer.text.base import lower_pattern
from summarizer.text.regex import first_characters, guarded


@pytest.mark.parametrize(
    ("pattern", "first"),
    [
        (r"\b(?:over|in|near)\s+", "ino"),
        (r"\d|\b(?:two|ten)\b", r"\dt"),
        (r"(?P<iso>\d{4})|(?:last\s+)?(?:monday|friday)", r"\dflm"),
        (r"[a-c]x|y", "abcy"),
        (r"(?:at\s+)?least", "al"),  # an optional opening: the next item's first characters count too
    ],
)
def test_first_characters_are_read_from_the_parsed_pattern(pattern: str, first: str) -> None:
    assert first_characters(pattern) == first


@pytest.mark.parametrize(
    "pattern",
    [
        r"\w+",  # any word character: no small class
        r"[^\W\d_]+",  # a negated class
        r"a?",  # may match the empty string: a guard would lose the empty matches
        r"(?i)abc",  # global inline flags must stay first
        r"(?i:ab)c",  # case ignored inside only: the guard would not ignore it
        r".x",
        "|".join(chr(c) for c in range(ord("a"), ord("a") + 45)),  # too many first characters to help
    ],
)
def test_a_pattern_that_cannot_be_bounded_is_left_as_it_is(pattern: str) -> None:
    assert first_characters(pattern) is None
    assert guarded(pattern).pattern == pattern


def _texts() -> list[str]:
    rng = random.Random(7)
    words = [
        "the", "ministry", "said", "two", "drones", "were", "shot", "down", "over", "Kursk", "Region", "in",
        "May", "12", "1,200", "on", "Monday", "last", "night", "could", "not", "be", "verified", "at", "least",
        "killed", "injured", "fire", "collapse", "flood", "a", "dozen", "hospital", "March", "2024-05-01",
    ]  # fmt: skip
    seps = [" ", " ", " ", ", ", ". ", "\n", "\n\n", "-", "'"]
    return ["".join(rng.choice(words) + rng.choice(seps) for _ in range(rng.randint(5, 60))) for _ in range(300)]


def test_a_guarded_pattern_finds_what_the_plain_one_finds() -> None:
    """On the incident lexicon's patterns (lower-cased, as the offline model runs them) and the
    number-start pattern: same spans, same groups, on many generated texts."""
    patterns = [p.pattern for _, _, p in lx.ALL_INCIDENT_TYPES]
    patterns += [r"\d|\b(?:half(?= a dozen)|a(?= dozen)|two|twelve|ten)\b", r"\b(?:over|in|near)\s+(?P<p>[A-Z]\w+)"]
    guarded_any = False
    for source in patterns:
        plain = re.compile(source.lower() if "(?P<" not in source else source)
        fast = guarded(plain.pattern)
        guarded_any = guarded_any or fast.pattern != plain.pattern
        for text in _texts():
            for view in (text, text.lower()):
                assert [(m.span(), m.groupdict()) for m in fast.finditer(view)] == [
                    (m.span(), m.groupdict()) for m in plain.finditer(view)
                ], source
    assert guarded_any


def test_lower_pattern_is_guarded() -> None:
    compiled = lower_pattern(r"\b(?:Killed|shot)\b")
    assert compiled.pattern.startswith("(?=[")
    assert [m.group() for m in compiled.finditer("two were killed, one shot")] == ["killed", "shot"]
