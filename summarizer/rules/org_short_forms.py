"""An organization named by its short form: capitals made of the initials of a name the text gave
in full before ("the British Medical Association … the BMA said"), or its name's first words
("chipmaker Calder Microsystems … Calder said"), are that organization; and a bare "police" is
the force a short form named before ("The RCMP said … Police allege").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import lru_cache
from typing import Protocol

from summarizer.rules.descriptions import org_named
from summarizer.rules.entities import Entity, name_key
from summarizer.rules.org_kinds import names_a_force
from summarizer.rules.speaker_phrases import SpeakerPhrase
from summarizer.text.given_names import is_given_name
from summarizer.text.regex import compiled

# the small words a name's capitals skip: "Canadian Union of Public Employees" is CUPE
_SKIPPED = r"[^\S\n]+(?:(?:of|for|and|the|on|in|&)[^\S\n]+){0,2}"


@lru_cache(maxsize=128)
def _spelled_out(capitals: str) -> re.Pattern[str]:
    """A name whose capitalised words begin with ``capitals``' letters, one word each, in order."""
    words = _SKIPPED.join(f"{c}[a-z][\\w-]*" for c in capitals)
    return re.compile(rf"(?<![\w'’.-]){words}(?![\w'’-])")


# a capitalised word and the initial of the next one a name's capitals can go on to, past the
# small words they skip: "Union of Public Employees" gives "UP" and "PE"
_NEXT_INITIAL = compiled(r"([A-Z])[a-z][\w-]*(?=[^\S\n]+(?:(?:of|for|and|the|on|in|&)[^\S\n]+){0,2}([A-Z])[a-z])")


@lru_cache(maxsize=2)
def _initial_pairs(text: str) -> frozenset[str]:
    """Every two capitals that open a word and the next capitalised word ``_spelled_out`` could
    read in ``text`` (and a few more: a capital inside a word): a name spelling "BMA" holds "BM"
    and "MA", so capitals with a pair not here spell no name, and their pattern, built anew for
    each, need not be compiled (one scan of the text where a compile cost more)."""
    return frozenset(m.group(1) + m.group(2) for m in _NEXT_INITIAL.finditer(text))


# a capitalised word right before or after a name, which would be part of it ("The" aside, and a
# word that ends a sentence): "Red Tide Alert" spells no RT
_CAPITAL_BEFORE = compiled(r"(?<![\w'’.-])(?!The[^\S\n])[A-Z][\w'’-]*[^\S\n]+\Z")
_CAPITAL_AFTER = compiled(r"[^\S\n]+[A-Z]")


def full_name(text: str, capitals: str, before: int) -> tuple[int, int] | None:
    """The span of the name ``capitals`` (2 to 6 capital letters, "BMA") is short for, the last
    written out in ``text`` before ``before``; None if none is ("the WHO" with no "World Health
    Organization" before stays "WHO")."""
    if not (2 <= len(capitals) <= 6 and capitals.isalpha() and capitals.isupper()):
        return None
    pairs = _initial_pairs(text)
    if any(capitals[i : i + 2] not in pairs for i in range(len(capitals) - 1)):
        return None
    found = None
    for m in _spelled_out(capitals).finditer(text, 0, before):
        # the name is the whole run of capitalised words, not a part of a longer one
        if not _CAPITAL_BEFORE.search(text, max(0, m.start() - 30), m.start()) and not _CAPITAL_AFTER.match(
            text, m.end()
        ):
            found = m
    return found.span() if found is not None else None


class _Registry(Protocol):
    text: str

    def _most_recent(self, ok: Callable[[Entity], bool]) -> Entity | None: ...
    def _find(self, phrase: SpeakerPhrase) -> Entity | None: ...
    def _new(self, phrase: SpeakerPhrase, kind: str) -> Entity: ...


def short_form_org(reg: _Registry, phrase: SpeakerPhrase) -> Entity | None:
    """The organization a named organization source in capitals ("the BMA") is short for, by the
    name written out before it, made an entity if it was no source yet; None if the phrase is no
    such short form or no name before spells it."""
    if phrase.kind != "organization" or phrase.anonymity != "named":
        return None
    span = full_name(reg.text, phrase.name, phrase.span[0])
    if span is None:
        return None
    name = reg.text[span[0] : span[1]]
    org = SpeakerPhrase(name, span, "organization", name, span)
    return reg._find(org) or reg._new(org, "organization")


_SENTENCE_END = compiled(r"\.[^\S\n]+(?=[A-Z])")


def _matches_holding(text: str, words: str, end: int) -> Iterator[re.Match[str]]:
    """The matches of org_named in ``text[:end]``, in order, on the lines that hold ``words``
    before ``end``: only those lines, not the whole text, are read (the pattern is dear, a test of
    each of its many nouns at every character). No match crosses a line's end nor looks past it,
    so a line's matches are the same read alone as in the whole text."""
    at = text.find(words, 0, end)
    while at >= 0:
        start = text.rfind("\n", 0, at) + 1
        stop = text.find("\n", at, end) + 1 or end
        yield from org_named().finditer(text, start, stop)
        at = text.find(words, stop, end) if stop < end else -1


def first_words_org(reg: _Registry, phrase: SpeakerPhrase) -> Entity | None:
    """The organization a source named by the first words of its name stands for ("Calder said"
    after "chipmaker Calder Microsystems"): a name no given name opens, whose words open the
    longer name of a body written before it (descriptions.org_named), made an entity if it was no
    source yet; None otherwise ("Tom said", a person; "Calder said" with no such name before)."""
    words = phrase.name.split()
    if (
        phrase.kind != "person"
        or phrase.anonymity != "named"
        or phrase.role
        or not 1 <= len(words) <= 2
        or is_given_name(words[0])
    ):
        return None
    found = None
    for m in _matches_holding(reg.text, phrase.name + " ", phrase.span[0]):
        # (a name's pattern may run on past a sentence's end: "… Tarn Energy. From …")
        name = _SENTENCE_END.split(next((g for g in m.groups() if g), ""), maxsplit=1)[0]
        if name.startswith(phrase.name + " ") and not is_given_name(name.split()[0]):
            at = m.start(m.lastindex or 0)
            found = (name, (at, at + len(name)))
    if found is None:
        return None
    name, span = found
    org = SpeakerPhrase(name, span, "organization", name, span)
    return reg._find(org) or reg._new(org, "organization")


def force_meant(reg: _Registry, phrase: SpeakerPhrase) -> Entity | None:
    """The force a bare "police" ("Police", "the police") means when the text named one before
    by a name that holds no "police" ("The RCMP said … Police allege"; org_kinds.names_a_force):
    the one mentioned last; None for any other phrase, or with no force named before."""
    if phrase.kind != "organization" or phrase.anonymity != "role_only" or name_key(phrase.name) != "police":
        return None
    return reg._most_recent(
        lambda e: (
            e.kind == "organization" and e.anonymity == "named" and e.first < phrase.span[0] and names_a_force(e.name)
        )
    )


def body_named_before(reg: _Registry, phrase: SpeakerPhrase) -> Entity | None:
    """The body named before that a phrase no name matched stands for: capitals its initials spell,
    the first words of its name, or "police" for a force; None if none."""
    return short_form_org(reg, phrase) or first_words_org(reg, phrase) or force_meant(reg, phrase)
