"""A person named two ways: the surname alone that is one part of a double-barrelled surname
("Councillor Maria Lopez-Ruiz … ¶ “…,” Lopez said") is that person, not someone new. Not when
two people bear a surname with that part ("Lopez-Ruiz", "Vidal-Lopez"), nor when the text
introduces the word alone as someone ("Lopez, the coach,", "a driver, Lopez,") or a family
("the Lopez family"), nor when a person named has the word as a given name ("Ali Karimi … ¶
“…,” Ali said" is Ali Karimi, not "Sara Haddad-Ali").
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence

from summarizer.rules.entities import Entity, latest_then_seq
from summarizer.rules.roles import SURNAME_PARTICLES
from summarizer.text.base import Span
from summarizer.text.regex import compiled

# the word alone introduced as someone of its own: an appositive after it ("Hill, the striker,"),
# a noun for them before it ("a resident, Reis,", "Ruiz's son, Tomas,"), or "the" before it ("the Ward family")
_APPOSITIVE_AFTER = compiled(r",[ \t]+(?:the|a|an)[ \t]")
_INTRODUCED_BEFORE = compiled(
    r"(?:\b(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|\w+['’]s)[ \t]+(?:[a-z]+[ \t]+)?[a-z]+,[ \t]+|\b[Tt]he[ \t]+)\Z"
)


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


def word_bearer(
    text: str,
    word_spans: Callable[[str], list[Span]],
    parts: list[str],
    entities: Iterable[Entity],
    by_last_word: Mapping[str, Sequence[Entity]],
) -> Entity | None:
    """The person a name of one word (``parts``) means that no surname matched: the one whose
    given name it is, else the one whose double-barrelled surname it is a part of."""
    if len(parts) != 1:
        return None
    spans = word_spans(parts[0])
    return given_name_bearer(text, spans, parts[0], entities) or part_bearer(text, spans, by_last_word)


def given_name_bearer(text: str, spans: list[Span], word: str, entities: Iterable[Entity]) -> Entity | None:
    """The one person named with ``word`` as their given name ("Ali" for "Ali Karimi"); none
    when no one is, two people are, or the text introduces the word alone as someone of its own
    ("Ruiz's father, Tomas, said")."""
    if _introduced_alone(text, spans):
        return None
    bearers = {
        e.name: e
        for e in entities
        if e.kind == "person" and e.anonymity == "named" and " " in e.name and e.name.split()[0] == word
    }
    return next(iter(bearers.values())) if len(bearers) == 1 else None


def part_bearer(text: str, spans: list[Span], by_last_word: Mapping[str, Sequence[Entity]]) -> Entity | None:
    """The one person whose double-barrelled surname the word at ``spans`` is a part of ("Maria
    Lopez-Ruiz" for "Lopez"); none when two people bear such a surname, or when the text
    introduces the word alone as someone of its own."""
    if _introduced_alone(text, spans):
        return None  # "Hill, the striker,": someone named by that word alone
    bearers = [e for form in hyphenated_forms(text, spans) for e in by_last_word.get(form, ()) if e.surname == form]
    if len({e.name for e in bearers}) != 1:
        return None  # none, or "Reis" with "Ines Carvalho-Reis" and "Marta Reis-Lobo"
    return max(bearers, key=latest_then_seq)


def _introduced_alone(text: str, spans: list[Span]) -> bool:
    """Whether the text introduces the word at ``spans``, standing alone, as someone of its own."""
    for start, end in spans:
        alone = not (start > 0 and text[start - 1] == "-") and not text.startswith("-", end)
        if alone and (
            _APPOSITIVE_AFTER.match(text, end) or _INTRODUCED_BEFORE.search(text[max(0, start - 40) : start])
        ):
            return True
    return False
