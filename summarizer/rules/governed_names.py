"""A name that a preposition governs inside a speaker phrase, past the name's titles: "a
spokeswoman for Senator Ana Reed", "an aide to Gov. Bo Tran", "the wife of Vice President Tom
Hale". The phrase is about someone else (the spokeswoman, the aide, the wife), so the name is
whose they are, never the speaker's own: "A spokeswoman for Senator Ana Reed, Jo Cole, said"
is Jo Cole, and "An aide to Gov. Bo Tran said" names no one.

Near misses: "Senator Ana Reed" (a title opens the phrase, no preposition), "Police Chief Bo
Tran" (a noun before the title, no preposition), "Ambassador to France Ana Ruiz" (the role before
the preposition is a capitalised title of the name's own)."""

from __future__ import annotations

from summarizer.text import lexicon as lx

# the prepositions that make a name someone's in a phrase about another ("to" after a role:
# "an aide to", "adviser to", "successor to"), and the participle that reads as "for" ("a lawyer
# representing Gov. Bo Tran")
_GOVERNING = frozenset({"for", "to", "of", "with", "at", "from", "representing"})
_COUNTRIES = frozenset(lx.DEMONYMS.values())


def governed_name(words: list[tuple[str, int, int]], k: int) -> bool:
    """Does a preposition after a role in lower case govern the name that opens at ``words[k]``,
    past one or more capitalised titles ("a spokeswoman for Senator", "an aide to Gov.", "the wife
    of Vice President"), or "to" right before it ("an aide to Bo Tran")? A capitalised role before
    the preposition is a title of the name's own ("Ambassador to France Ana Ruiz")."""
    if k >= len(words):
        return False  # no name after the words ("the clerk I spoke to")
    j = k - 1
    titles = 0
    while j > 0 and words[j][0][:1].isupper() and words[j][0].lower().rstrip(".") in lx.TITLES:
        j -= 1
        titles += 1
    word = words[j][0].lower() if j > 0 else ""
    if word not in _GOVERNING or (titles == 0 and (word != "to" or words[k][0] in _COUNTRIES)):
        return False  # "ambassador to Russia": a country, which other readings take as a place
    return words[j - 1][0].islower()
