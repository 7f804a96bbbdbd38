"""The name of a body that lists its trades with commas ("The Oil, Gas and Allied Workers Union"):
read whole as one organisation's name, not as a name ("Oil") with an apposition after it."""

from __future__ import annotations

from summarizer.text import lexicon as lx

# the heads such a name ends in: "union", "federation", "Allied Workers"
TRADE_NAME_HEADS = frozenset(lx.ORG_HEADS | {"federation", "confederation", "guild", "league", "workers"})
_ARTICLES = ("the ", "The ", "a ", "A ")


def trades_name(raw: str) -> str | None:
    """The name without its article when ``raw`` is single capitalised words each closed by a
    comma, then capitalised words joined by "and" ending in a body's head; otherwise None."""
    text = raw.strip()
    name = next((text[len(a) :] for a in _ARTICLES if text.startswith(a)), text)
    *items, last = name.split(", ")
    if not items or len(items) > 4 or not all(w.isalpha() and w[:1].isupper() for w in items):
        return None
    words = last.split()
    if len(words) < 3 or words[-1].lower() not in TRADE_NAME_HEADS:
        return None
    joined = any(
        w == "and" and 0 < m < len(words) - 1 and words[m - 1][:1].isupper() and words[m + 1][:1].isupper()
        for m, w in enumerate(words)
    )
    return name if joined else None
