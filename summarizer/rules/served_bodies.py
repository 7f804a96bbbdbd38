"""A spokesperson named by the kind of body they speak for ("a university spokesperson", "a
spokesman for the union"): named after the one body of that kind the text names before them
("University of Tarnby spokesperson"); left as they are when it names none, or two or more.
"""

from __future__ import annotations

import re
from dataclasses import replace

from summarizer.rules.descriptions import org_named
from summarizer.rules.org_kinds import names_kind_of, tells_a_kind
from summarizer.rules.speaker_phrases import SpeakerPhrase
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
    names = (next(g for g in b.groups() if g) for b in org_named().finditer(text, 0, phrase.span[0]))
    bodies = {name for name in names if names_kind_of(noun, name)}
    if len(bodies) != 1:
        return None
    return f"{bodies.pop()} {(m.group('role') or m.group('role2')).lower()}"


def served_phrase(text: str, phrase: SpeakerPhrase) -> SpeakerPhrase:
    """``phrase``, named for the body it serves when a person's (``served_body_name``)."""
    served = served_body_name(text, phrase) if phrase.kind == "person" else None
    return phrase if served is None else replace(phrase, name=served)


def names_server(name: str, head: str) -> bool:
    """Whether an entity's ``name`` is of one the role ``head`` names serving a body: "spokesperson
    for the ministry", "lawyer of the family", or as ``served_body_name`` gives it ("Tarn Union
    spokesman")."""
    return name.lower().startswith((head + " for ", head + " of ", head + " at ")) or name.endswith(" " + head)
