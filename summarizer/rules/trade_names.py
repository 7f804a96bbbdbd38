"""The name of a body that lists its fields with commas ("The Oil, Gas and Allied Workers Union",
"The Ministry of Health, Labour and Welfare"): read whole as one organisation's name, not as a
name ("Oil") with an apposition after it."""

from __future__ import annotations

from summarizer.text import lexicon as lx
from summarizer.text.regex import compiled

# the heads such a name ends in, or opens with before "of": "union", "federation", "ministry"
TRADE_NAME_HEADS = frozenset(lx.ORG_HEADS | {"federation", "confederation", "guild", "league", "workers"})
_ARTICLES = ("the ", "The ", "a ", "A ")
# "Ministry of Health": a capitalised body's head, "of", one capitalised field
_HEAD_OF = compiled(r"([A-Z][a-z]+) of ([A-Z][a-z]+)")


def _field(word: str) -> bool:
    return word.isalpha() and word[:1].isupper()


def trades_name(raw: str) -> str | None:
    """The name without its article when ``raw`` is single capitalised words each closed by a
    comma, then capitalised words joined by "and" ending in a body's head; or a body's head with
    "of" before such a list of capitalised words ("Ministry of Health, Labour and Welfare");
    otherwise None."""
    text = raw.strip()
    name = next((text[len(a) :] for a in _ARTICLES if text.startswith(a)), text)
    first, *items, last = name.split(", ")
    words = last.split()
    joined = any(
        w == "and" and 0 < m < len(words) - 1 and words[m - 1][:1].isupper() and words[m + 1][:1].isupper()
        for m, w in enumerate(words)
    )
    if not joined or len(items) > 3 or not all(_field(w) for w in items):
        return None
    head_of = _HEAD_OF.fullmatch(first)
    if head_of is not None and head_of.group(1).lower() in TRADE_NAME_HEADS:
        return name if all(_field(w) or w == "and" for w in words) else None
    if not _field(first) or len(words) < 3 or words[-1].lower() not in TRADE_NAME_HEADS:
        return None
    return name
