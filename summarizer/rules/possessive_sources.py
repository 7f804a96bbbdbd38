"""A source named by a possessive ("her campaign said", "his office said"): the organization of
that noun its possessor has, never another's of the same noun ("A rival campaign called it
reckless. … her campaign said" is not the rival's).
"""

from __future__ import annotations

from typing import Protocol

from summarizer.rules.entities import Entity, latest_then_seq, name_key
from summarizer.rules.roles import head_word
from summarizer.rules.speaker_phrases import SpeakerPhrase
from summarizer.text.base import Span
from summarizer.text.regex import compiled

_POSSESSIVE = compiled(r"([Hh]is|[Hh]er)[^\S\n]+([a-z][\w-]*(?:[^\S\n]+[a-z][\w-]*)?)")
_GENDER_OF = {"his": "male", "her": "female"}


def possessor_gender(phrase: SpeakerPhrase) -> str | None:
    """The sex a possessive organization source's "his" or "her" tells ("her campaign":
    female), or None if the phrase is no such source."""
    if phrase.kind != "organization" or phrase.anonymity != "role_only":
        return None
    m = _POSSESSIVE.fullmatch(phrase.text)
    return _GENDER_OF[m.group(1).lower()] if m is not None else None


def owners_words(owner: Entity) -> list[str]:
    """The words that, in an organization's name, make it ``owner``'s: the surname (or the one
    name) and the role ("Holt campaign", "Prime Minister's Office")."""
    words = [owner.name.split()[-1].lower().replace("’", "'")] if owner.name.split() else []
    if owner.role:
        words.append(owner.role.lower())
    return words


def owned_name(owner: Entity, phrase: SpeakerPhrase) -> str:
    """ "Jane Holt's campaign" for "her campaign" resolved through Jane Holt."""
    noun = phrase.text.split(None, 1)[1]
    return f"{owner.name}'s {noun}"


class _Registry(Protocol):
    entities: list[Entity]
    _by_key: dict[str, list[Entity]]
    _org_by_word: dict[str, list[Entity]]

    def _new(self, phrase: SpeakerPhrase, kind: str) -> Entity: ...
    def _mention(self, ent: Entity, span: Span) -> None: ...


def owned_org(reg: _Registry, phrase: SpeakerPhrase, before: int) -> Entity | None:
    """The organization a possessive source (``phrase``, "her campaign") names, through its
    possessor, a person named before of the sex "his" or "her" tells: the newest organization
    whose name holds the phrase's noun and such a person's surname or role ("the Holt campaign",
    "the Prime Minister's Office"), else that of the one named last, called "Jane Holt's
    campaign" (made if new). None if the phrase is no possessive source or no such person was
    named (then it reads as any description)."""
    gender = possessor_gender(phrase)
    if gender is None:
        return None
    owners = [
        e
        for e in reg.entities
        if e.kind == "person" and e.anonymity == "named" and e.gender == gender and e.first < before
    ]
    if not owners:
        return None
    marks = [f" {w} " for e in owners for w in owners_words(e)]
    found = None
    for ent in reversed(reg._org_by_word.get(head_word(phrase.text), [])):
        name = " " + ent.key().replace("'s ", " ") + " "  # "prime minister's office": " prime minister office "
        if ent.anonymity == "named" and ent.first < before and any(w in name for w in marks):
            found = ent
            break
    if found is None:
        name = owned_name(max(owners, key=latest_then_seq), phrase)
        found = next(iter(reg._by_key.get(name_key(name), ())), None)
        if found is None:
            made = SpeakerPhrase(name, phrase.span, "organization", name, anonymity="role_only")
            found = reg._new(made, "organization")
    reg._mention(found, phrase.span)
    return found
