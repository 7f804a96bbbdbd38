"""A spokesperson named by the kind of body they speak for ("a university spokesperson", "a
spokesman for the union"): named after the one body of that kind the text names before them
("University of Tarnby spokesperson"); left as they are when it names none, or two or more.
"""

from __future__ import annotations

import re
from dataclasses import replace

from summarizer.rules.descriptions import org_named
from summarizer.rules.org_kinds import tells_a_kind
from summarizer.rules.speaker_phrases import SpeakerPhrase
from summarizer.text import lexicon as lx
from summarizer.text.regex import compiled

# the roles that speak for a body, not of their own: a spokesperson, a representative
_ROLE = r"spokes(?:man|woman|person)|representative"
# "a university spokesperson" (the kind's noun before the role) or "a spokesman for the union"
_BODY_ROLE = compiled(
    rf"(?:an?|the)\s+(?:(?P<noun>[a-z]+)\s+(?P<role>{_ROLE})|(?P<role2>{_ROLE})\s+(?:for|of|at)\s+the\s+(?P<noun2>[a-z]+))",
    re.I,
)


def served_body_name(text: str, phrase: SpeakerPhrase) -> str | None:
    """The name for a spokesperson of a kind of body ("University of Tarnby spokesperson"): the
    one body of that kind named before the phrase, then the role; None when no such phrase, or
    no body or several of its kind are named."""
    m = _BODY_ROLE.fullmatch(phrase.text.strip())
    if m is None:
        return None
    noun = (m.group("noun") or m.group("noun2")).lower()
    if not tells_a_kind(noun):
        return None
    bodies = _bodies_holding(text, noun, phrase.span[0])
    if len(bodies) != 1 or not (body := bodies.pop())[1]:
        return None  # none, two or more, or one only a run of capitals names (its first word may be no name's)
    return f"{body[0]} {(m.group('role') or m.group('role2')).lower()}"


def _bodies_holding(text: str, noun: str, end: int) -> set[tuple[str, bool]]:
    """The names of bodies before ``end`` that hold ``noun`` itself, capitalised ("a university
    spokesperson": "University of Tarnby", "Orla State University"; not "Tarnby College", a body
    of the kind by another noun, nor a federation for "the union"): org_named's names, and any
    run of capitalised words closed by the noun, so that a second body of the kind that
    org_named misses ("Orla High School") still makes two; a name inside another counts once.
    Each name with whether org_named took it for a body's."""
    word = compiled(rf"\b{noun.capitalize()}s?\b")
    named = {next(g for g in b.groups() if g) for b in org_named().finditer(text, 0, end)}
    names = {n: True for n in named if word.search(n)}
    for run in _capital_run(noun).finditer(text, 0, end):
        words = run.group().split()
        while words and (words[0] in lx.NON_NAME_CAPS or words[0] in ("The", "A", "An")):
            words = words[1:]  # "The University": no name before the noun
        if len(words) > 1:
            names.setdefault(" ".join(words), False)
    return {(n, b) for n, b in names.items() if not any(o != n and _same_body(n, b, o, c) for o, c in names.items())}


def _same_body(name: str, is_body: bool, other: str, other_is_body: bool) -> bool:
    """Whether ``name`` counts as ``other`` named again: inside another body's name, or a run of
    capitals around or inside another name ("Monday Orla School" holds "Orla School")."""
    return (name in other and other_is_body) or (not is_body and (name in other or other in name))


def _capital_run(noun: str) -> re.Pattern[str]:
    """Capitalised words closed by ``noun`` capitalised: "Orla State University", "Orla High School"."""
    return compiled(rf"(?<![\w'’.-])(?:[A-Z][\w'’.-]*[^\S\n]+){{1,3}}{noun.capitalize()}s?\b")


def served_phrase(text: str, phrase: SpeakerPhrase) -> SpeakerPhrase:
    """``phrase``, named for the body it serves when a person's (``served_body_name``)."""
    served = served_body_name(text, phrase) if phrase.kind == "person" else None
    return phrase if served is None else replace(phrase, name=served)


def names_server(name: str, head: str) -> bool:
    """Whether an entity's ``name`` is of one the role ``head`` names serving a body: "spokesperson
    for the ministry", "lawyer of the family", or as ``served_body_name`` gives it ("Tarn Union
    spokesman")."""
    return name.lower().startswith((head + " for ", head + " of ", head + " at ")) or name.endswith(" " + head)
