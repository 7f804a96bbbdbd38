"""A person named two ways: the surname alone that is one part of a double-barrelled surname
("Councillor Maria Lopez-Ruiz … ¶ “…,” Lopez said") is that person, not someone new.
"""

from __future__ import annotations

from summarizer.rules.roles import SURNAME_PARTICLES
from summarizer.text.base import Span


def _part_char(c: str) -> bool:
    return c.isalnum() or c in "'’"


def hyphenated_forms(text: str, spans: list[Span]) -> list[str]:
    """The double-barrelled words a word is a part of, from its occurrences as a whole word
    (``spans``, a hyphen on either side allowed): "Lopez-Ruiz" for "Lopez" in "Maria Lopez-Ruiz" (or "Ruiz"),
    in order of first occurrence; none for a word that only stands alone."""
    out: list[str] = []
    for start, end in spans:
        joined_before = start > 0 and text[start - 1] == "-"
        joined_after = end + 1 < len(text) and text[end] == "-" and text[end + 1].isupper()
        if not (joined_before or joined_after):
            continue
        lo, hi = start, end
        while lo > 1 and text[lo - 1] == "-" and text[lo - 2].isalpha():
            lo -= 1
            while lo > 0 and _part_char(text[lo - 1]):
                lo -= 1
        while hi + 1 < len(text) and text[hi] == "-" and text[hi + 1].isupper():
            hi += 1
            while hi < len(text) and _part_char(text[hi]):
                hi += 1
        form = text[lo:hi].replace("’", "'")
        if form not in out and form[:1].isupper():
            out.append(form)
    return out


def particles_at_end(words: list[str]) -> list[str]:
    """The surname's particles in lower case that end ``words`` (the words before a surname),
    taken off them: ["van"] from "Judge Piet van" before "Dyk", ["de", "la"] from "Carla de la"
    before "Vega"; the given names stand before them ("Piet van Dyk" completes "Dyk")."""
    particles: list[str] = []
    while words and words[-1] in SURNAME_PARTICLES:
        particles.insert(0, words.pop())
    return particles
