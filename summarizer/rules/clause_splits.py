"""Where a sentence splits into clauses for a count (figure_context.Reader): a semicolon, ", but",
" while", ", with", " and two …". The splits are found by trying the pattern only where one can
start (a semicolon, a comma, the blanks before "while" or "and"), each found by ``str.find``, not
at every blank of the sentence: the same matches, a few times faster.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from summarizer.text.regex import guarded

CLAUSE_SPLIT = guarded(
    r"[;]|,\s+(?:while|whereas|but|and)\s+|\s+while\s+|,\s+(?=(?:a\s+further|another|with)\b)"
    r"|\s+and\s+(?=(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b)"
    # two clauses a verb reports: "said the two men argued and that a third shot one of them"
    r"|\s+and\s+that\s+",
    re.I,
)
# the words a split opening with blanks goes on with, as they stand in lower-cased text
_AFTER_BLANKS = ("while", "and")


def clause_splits(text: str, lowered: str | None, start: int, end: int) -> Iterator[re.Match[str]]:
    """What ``CLAUSE_SPLIT.finditer(text, start, end)`` finds. ``lowered``: the text lower-cased
    (same length), None when it holds a letter that case-insensitive matching takes for an ASCII
    one ("ſ" for "s", "ı" for "i"): the words are then not looked for by ``str.find``."""
    if lowered is None:
        yield from CLAUSE_SPLIT.finditer(text, start, end)
        return
    # (where a match may start, the least position it may be tried at): a semicolon or a comma
    # only there; blanks before a word from the first blank of their run (a match from a later
    # blank of the run is the same one, shorter, which finditer never reaches)
    starts: list[tuple[int, int]] = []
    for mark in ";,":
        i = lowered.find(mark, start, end)
        while i >= 0:
            starts.append((i, i))
            i = lowered.find(mark, i + 1, end)
    for word in _AFTER_BLANKS:
        i = lowered.find(word, start + 1, end)
        while i >= 0:
            if lowered[i - 1].isspace():
                r = i - 1
                while r > start and lowered[r - 1].isspace():
                    r -= 1
                starts.append((r, i))
            i = lowered.find(word, i + 1, end)
    starts.sort()
    last = start
    for pos, word_at in starts:
        if word_at != pos:  # blanks: tried from the first of them not inside the match before
            pos = max(pos, last)
            if pos >= word_at:
                continue
        elif pos < last:
            continue
        m = CLAUSE_SPLIT.match(text, pos, end)
        if m:
            yield m
            last = m.end()
