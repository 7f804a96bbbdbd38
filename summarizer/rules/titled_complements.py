"""A title with its own complement before the name it belongs to: "Ambassador to Peru Sam Yeo",
"Minister of State for Trade Ann Lo", "Secretary for Housing Dee Amos". The preposition follows a
capitalised title, so what it governs is the title's field or place, and the name is the run of
name words after that complement: Sam Yeo, whose role is the whole title ("ambassador to Peru").

Near misses: "a spokeswoman for Senator Ana Reed" (a role in lower case: the name after the
preposition is someone else's, governed_names reads it), "Ambassador to Peru" (no name after
the complement), "Minister for Sam Yeo" (one word of complement at least, then a name of two)."""

from __future__ import annotations

from summarizer.text import lexicon as lx
from summarizer.text.given_names import is_given_name

_COMPLEMENT_PREPOSITIONS = frozenset({"to", "for", "of", "on"})
# the words a title's own chain may hold before its last preposition ("Minister of State for")
_CHAIN_WORDS = frozenset({"of", "for", "to", "on", "and", "the"})


def _title_before(words: list[tuple[str, int, int]], p: int, *, inside: bool = False) -> bool:
    """Is there a capitalised title in the chain of capitalised words and prepositions that ends
    right before the preposition at ``words[p]``? With ``inside``, the chain must hold a
    preposition of its own (``words[p]`` is the article that opens the complement)."""
    j = p - 1
    while j >= 0:
        w = words[j][0]
        if w[:1].isupper():
            if w.lower().rstrip(".") in lx.TITLES:
                return not inside
        elif w not in _CHAIN_WORDS:
            return False
        elif w in _COMPLEMENT_PREPOSITIONS:
            inside = False
        j -= 1
    return False


def name_after_complement(words: list[tuple[str, int, int]], k: int) -> int | None:
    """Where the personal name opens in the run of name words ``words[k:]`` when a capitalised
    title's preposition governs the run (``words[k - 1]``): at its first given name past the
    complement's first word, else at its last two words; None when no title governs the run."""
    before = words[k - 1][0] if k >= 2 else ""
    if len(words) - k < 3 or (before not in _COMPLEMENT_PREPOSITIONS and before != "the"):
        return None
    inside = before == "the"  # "Ambassador to the United Nations Nikki Haley": the article of the complement
    if words[k][0].lower().rstrip(".") in lx.TITLES or not _title_before(words, k - 1, inside=inside):
        return None  # "an aide to Gov. Bo Tran": the title is the name's after the preposition
    for i in range(k + 1, len(words) - 1):
        if is_given_name(words[i][0]):
            return i
    return len(words) - 2
