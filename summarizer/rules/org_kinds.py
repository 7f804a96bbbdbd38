"""Kinds of organization, read from the common noun a name or a description holds: a description
refers back only to an organization of its own kind ("the department" is no "Nurses Federation"),
and a possessive source ("her campaign") is its possessor's, not another's of that noun.
"""

from __future__ import annotations

from summarizer.text.regex import compiled

# nouns of one kind of organization, each row one kind; a noun in no row tells no kind ("the
# agency" may be "Transitco", whose name holds no such noun)
_KINDS: tuple[frozenset[str], ...] = (
    frozenset({"department", "ministry", "office", "agency", "bureau", "secretariat", "directorate"}),
    frozenset({"union", "federation", "confederation", "association", "guild", "syndicate"}),
    frozenset({"company", "firm", "corporation", "corp", "inc", "ltd", "carmaker", "retailer"}),
    frozenset({"council", "board", "committee", "commission"}),
    frozenset({"campaign"}),
    frozenset({"party"}),
    frozenset({"club", "team"}),
    frozenset({"university", "college", "school", "institute"}),
    frozenset({"chamber"}),
)
_KIND_OF: dict[str, int] = {noun: k for k, nouns in enumerate(_KINDS) for noun in nouns}
_WORD = compiled(r"[A-Za-z]+")


def kinds_named(name: str) -> set[int]:
    """The kinds of organization the words of ``name`` say it is ("Ministry of Health": one)."""
    words = [w.lower() for w in _WORD.findall(name)]
    # a noun in the plural tells its kind too ("Manitoba Chambers of Commerce")
    return {k for w in words if (k := _KIND_OF.get(w, _KIND_OF.get(w[:-1]) if w[-1:] == "s" else None)) is not None}


def same_kind_nouns(head: str) -> frozenset[str]:
    """The nouns of ``head``'s kind, itself among them ("department": "ministry", "office", …)."""
    k = _KIND_OF.get(head)
    return _KINDS[k] if k is not None else frozenset({head})


def of_another_kind(head: str, name: str) -> bool:
    """Whether an organization called ``name`` cannot be what a description by the noun ``head``
    means: both tell a kind, and not the same ("the department" / "Nurses Federation"); a name of
    no told kind ("Transitco") or a head of none ("the group") can be."""
    k = _KIND_OF.get(head)
    if k is None:
        return False
    kinds = kinds_named(name)
    return bool(kinds) and k not in kinds
