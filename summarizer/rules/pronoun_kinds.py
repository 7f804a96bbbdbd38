"""Which entities a pronoun may stand for: "he" and "she" a person, or one whose description is
of one sex though no role ("a man who lives nearby … “It was terrifying,” he said"); "it" a body
or a document; "they" many or a body."""

from __future__ import annotations

from itertools import pairwise

from summarizer.rules.entities import Entity
from summarizer.text import lexicon as lx

_KINDS: dict[str, tuple[str, ...]] = {
    "he": ("person",), "she": ("person",), "him": ("person",), "her": ("person",),
    "it": ("organization", "document"), "they": ("unnamed", "organization", "group", "person"),
    "them": ("unnamed", "organization", "group"), "we": ("organization", "unnamed", "group", "person"),
    "i": ("person",),
}  # fmt: skip
GENDERS = {"he": "male", "him": "male", "she": "female", "her": "female"}
_TITLES = frozenset(lx.MALE_TITLES | lx.FEMALE_TITLES)


def may_mean(pronoun: str, e: Entity) -> bool:
    """May ``pronoun`` stand for ``e`` by its kind: one the pronoun takes, or an unnamed one of
    the pronoun's sex and one person, its sex told by a noun ("a woman who lives nearby": "she";
    "a businessman"; not "officials", nor a title before a name read as no name, "Mr. Hale of the
    trust")?"""
    if e.kind in _KINDS.get(pronoun, ()):
        return True
    gender = GENDERS.get(pronoun)
    if gender is None or e.kind != "unnamed" or e.gender != gender or e.plural:
        return False
    words = e.name.split()
    # a title with a name after it ("Mr. Hale"); a noun of the title list alone ("a businessman") is
    # a description
    return not any(w.lower().rstrip(".") in _TITLES and nxt[:1].isupper() for w, nxt in pairwise(words))
