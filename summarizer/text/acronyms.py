"""Function words and country codes written in capitals inside a sentence in mixed case are
acronyms, a body's or a country's name: "the WHO said" names the World Health Organization, not the
relative "who"; "The US said" a country, not the pronoun "us" nor a person; "IT said" a
department, not "it"."""

from __future__ import annotations

from summarizer.text.regex import compiled

_WORD = compiled(r"[^\W\d_]+")

# the capital forms that are also a function word; a line all in capitals ("WHO SAID WHAT")
# keeps the word
ACRONYM_WORDS = frozenset({"WHO", "US", "IT"})
# the capital forms that name a country or a union of countries, a body and never a person
COUNTRY_CODES = frozenset({"US", "UK", "UN", "EU", "UAE", "USA"})


def capitals_acronym(word: str, neighbours: list[str]) -> bool:
    """Is ``word`` (two letters or more, all capitals) an acronym among the words next to it?
    Not when none is there or every one is in capitals too."""
    return len(word) > 1 and word.isupper() and bool(neighbours) and not all(n.isupper() for n in neighbours)


def acronym_at(view: str, span: tuple[int, int]) -> bool:
    """Does the phrase at ``span`` hold a word in capitals that the words next to it (its own,
    the word before it, the word after it) mark as an acronym ("the WHO said", "said the WHO."),
    not a line in capitals ("WHO SAID IT")?"""
    words = _WORD.findall(view[span[0] : span[1]])
    before = _WORD.findall(view[max(0, span[0] - 24) : span[0]])[-1:]
    after = _WORD.findall(view[span[1] : span[1] + 24])[:1]
    return any(capitals_acronym(w, [n for n in (*before, *words, *after) if n is not w]) for w in words if len(w) > 1)
