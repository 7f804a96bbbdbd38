"""A pronoun after an unnamed description of one sex ("a man who lives nearby", "a woman"): "he"
or "she" stands for it, as for a person by role ("a neighbour"). Near misses: a description of
the other sex, many people, and a title before a name read as no name, are no antecedent."""

from __future__ import annotations

import pytest

from summarizer import summarize
from summarizer.rules.entities import Entity
from summarizer.rules.phrase_genders import gender_of
from summarizer.rules.pronoun_kinds import may_mean
from summarizer.rules.speaker_phrases import SpeakerPhrase


def pronoun_speaker(text: str) -> str | None:
    s = summarize(text, model="rules")
    names = {x.id: x.name for x in s.speakers}
    last = s.attributions[-1]
    return names.get(last.speaker_id) if last.speaker_id else None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'Ruth Vance called the fire brigade. A man who lives nearby said smoke filled the lane. "It was '
            'frightening," he said.',
            "man who lives nearby",
        ),
        (
            'A woman said the shed was burning. "It went up so fast," she said.',
            "woman",
        ),
        # a noun of one sex the title list holds, alone ("a businessman"), or compounded on "man" or "woman"
        ('A businessman said sales had slumped. "It is grim," he said.', "businessman"),
        ('A policewoman said the road was shut. "Stay well away," she said.', "policewoman"),
        ('A fisherman said the boat sank. "We lost the lot," he said.', "fisherman"),
        # near miss: a compound of the other sex
        ('A fisherman said the boat sank. "We lost the lot," she said.', None),
        # near miss: the description is of the other sex; the named man is the antecedent
        (
            'Omar Quist called the fire brigade. A woman who lives nearby said smoke filled the lane. "It was '
            'frightening," he said.',
            "Omar Quist",
        ),
    ],
)
def test_a_pronoun_stands_for_a_description_of_its_sex(text: str, expected: str | None) -> None:
    assert pronoun_speaker(text) == expected


def entity(name: str, kind: str, gender: str | None, plural: bool = False) -> Entity:
    return Entity(id="s1", name=name, kind=kind, role=None, affiliation=None, anonymity="role_only",
                  gender=gender, plural=plural)  # fmt: skip


@pytest.mark.parametrize(
    ("pronoun", "ent", "expected"),
    [
        ("he", entity("man who lives nearby", "unnamed", "male"), True),
        ("she", entity("woman", "unnamed", "female"), True),
        ("he", entity("Ann Cole", "person", "female"), True),  # by kind: the gender is checked after
        ("she", entity("man", "unnamed", "male"), False),
        ("he", entity("men at the scene", "unnamed", "male", plural=True), False),
        ("he", entity("Mr. Hale of the trust", "unnamed", "male"), False),  # a title: a name misread
        ("he", entity("Mr Hale", "unnamed", "male"), False),
        ("he", entity("businessman", "unnamed", "male"), True),  # a noun of the title list, no name after it
        ("she", entity("local businesswoman", "unnamed", "female"), True),
        ("it", entity("man", "unnamed", "male"), False),
        ("they", entity("residents", "unnamed", None), True),
    ],
)
def test_may_mean(pronoun: str, ent: Entity, expected: bool) -> None:
    assert may_mean(pronoun, ent) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a fisherman", "male"),
        ("the policewoman", "female"),
        ("a local councilwoman", "female"),
        # near misses: a short first part, a word not compounded, a capitalised name
        ("a shaman", None),
        ("a human rights lawyer", None),
        ("Freeman", None),
    ],
)
def test_a_head_compounded_on_man_or_woman_tells_its_sex(text: str, expected: str | None) -> None:
    assert gender_of(SpeakerPhrase(text, (0, len(text)), "unnamed", text)) == expected
