"""Where a sentence splits into clauses for a count (figure_context.Reader): a semicolon, ", but",
" while", ", with", " and two …". The splits are found by trying the pattern only where one can
start (a semicolon, a comma, the blanks before "while" or "and"), each found by ``str.find``, not
at every blank of the sentence: the same matches, a few times faster.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from summarizer.text.implicit_counts import FILLER, HARM_OR_KILL_VERB, PEOPLE_PLURAL, PERSON_PREFIX, VICTIM_NOUNS
from summarizer.text.lexicon import IRREGULAR_PAST
from summarizer.text.regex import compiled, guarded

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


# one person a harm's verb takes, then the " and " before people counted beside them: "shot a clerk
# (and two coworkers)", "killed his wife (and two stepdaughters)"; not a possessive, whose noun
# after it is the object ("shot a woman's dog")
_HARMED_ONE_BEFORE = compiled(
    rf"\b{HARM_OR_KILL_VERB}\s+(?:an?|one|his|her|their|the)\s+"
    rf"(?:{FILLER}\s+){{0,3}}?{PERSON_PREFIX}(?:{VICTIM_NOUNS})$",
    re.I,
)
# the people counted after it, maybe a part of a group: "two coworkers", "two of his customers"
_PEOPLE_COUNTED_AT = compiled(rf"\S+\s+(?:of\s+(?:his|her|their|the)\s+)?{PEOPLE_PLURAL}\b", re.I)


# a verb after people, theirs: they are the subject of a clause of their own ("shot two men and a
# woman ran for help", "shot a clerk and two customers fled"), a past with no "-ed" too ("… and two
# customers hid", "saw it", "held him down", "say he fled")
OWN_VERB_AFTER = compiled(
    r"\s+(?:was|is|were|are|had|has|did|says?|called|\w+ed|" + "|".join(sorted(IRREGULAR_PAST)) + r")\b", re.I
)


def joins_one_harmed(view: str, start: int, end: int) -> bool:
    """Is the " and " at view[start:end] inside one harm's object, a person and the people counted
    beside them ("a gunman shot a clerk and two coworkers"), not a split before a clause of their
    own ("shot a clerk and two customers fled"), nor one set off by a comma ("shot a clerk, and two
    customers hid"), which two people in one object never are?"""
    people = _PEOPLE_COUNTED_AT.match(view, end)
    return (
        people is not None
        and not view[start:end].startswith(",")
        and not OWN_VERB_AFTER.match(view, people.end())
        and _HARMED_ONE_BEFORE.search(view, max(0, start - 60), start) is not None
    )
