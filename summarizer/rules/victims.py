"""People hurt whom the text names again rather than counts: "he was pronounced dead", "the
victim is expected to recover", "the boy has died". Each is one person; figures.py counts them
only where nothing stronger (a number, "a man") counts that category.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from summarizer.text.base import Span
from summarizer.text.numbers import FILLER, VICTIM_NOUNS
from summarizer.text.segments import Sentence

# a person already introduced: a pronoun, or a definite noun phrase ("the victim", "the
# 22-year-old man", "the wounded teen"); an apposition may follow (", 24,", ", identified as …,")
_SOMEONE = (
    rf"(?P<who>\b(?:he|she|the\s+(?:{FILLER}\s+){{0,3}}?(?:{VICTIM_NOUNS}|victim)"
    r"|the\s+\d{1,3}-year-old))(?:\s*,[^,.;]{1,60},)?"
)
_ADVERB = r"(?:(?:later|eventually|subsequently|then|also|soon|both|all|initially|ultimately|\w+ly)\s+)?"
_HOSPITAL = r"(?:a|an|the)\s+(?:[\w'’.-]+\s+){0,4}?(?:hospital|medical\s+cent(?:er|re)|trauma\s+cent(?:er|re))"
_DIED = (
    r"(?:died|dies|has\s+died|had\s+died|succumbed|passed\s+away|did\s+not\s+survive|didn['’]t\s+survive"
    r"|(?:was|has\s+been|had\s+been)\s+(?:\w+ly\s+)?(?:pronounced|declared|found|confirmed)\s+dead"
    r"|(?:was|has\s+been|had\s+been|is)\s+(?:\w+ly\s+)?(?:killed|slain|dead|shot\s+(?:and\s+killed|dead|to\s+death)"
    r"|fatally\s+(?:shot|wounded|injured|struck|stabbed)))\b"
)
_HURT = (
    r"(?:(?:was|were|is|remains|remained|had\s+been|has\s+been)\s+(?:\w+ly\s+)?(?:shot|wounded|injured|hurt|grazed"
    r"|struck|hit|hospitali[sz]ed|treated|recovering|(?:taken|transported|rushed|flown|driven)\s+to\s+"
    + _HOSPITAL
    + r""
    r"|(?:listed\s+)?in\s+(?:critical|serious|stable|good|fair|satisfactory|grave)(?:\s+but\s+stable)?\s+condition)"
    r"|(?:had\s+)?(?:suffered|sustained|received)\s+(?:an?\s+|one\s+|two\s+|multiple\s+|several\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:gunshot\s+)?(?:wounds?|injur(?:y|ies))"
    r"|(?:is|was|were)\s+expected\s+to\s+(?:recover|survive|be\s+(?:ok|okay|fine|all\s+right))"
    r"|survived)\b"
)
_WEAK_RE = re.compile(rf"{_SOMEONE}\s+{_ADVERB}(?:(?P<killed>{_DIED})|(?P<injured>{_HURT}))", re.I)
# "officers found a teenager with a gunshot wound", "a man suffering from gunshot wounds": an
# indefinite person and the wound they carry
_WOUNDED_RE = re.compile(
    rf"\b(?P<who>(?:an?|one)\s+(?:{FILLER}\s+){{0,4}}?(?:{VICTIM_NOUNS}|\d{{1,3}}-year-old|victim))"
    r"(?:\s*,[^,.;]{1,60},)?\s+(?:who\s+had\s+been\s+shot|(?:suffering\s+(?:from\s+)?|with)\s+(?:an?\s+|one\s+|multiple\s+|several\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:gunshot|bullet|stab)\s+wounds?)\b",
    re.I,
)
_DEATH_RE = re.compile(
    r"\b(?P<killed>(?:died|succumbed|was\s+pronounced\s+dead)\s+(?:at|in|from|of|after|on|later|shortly|a\s+short)"
    r"|(?:fatally\s+shot|killed)\s+(?:himself|herself))\b",
    re.I,
)


@dataclass(frozen=True, slots=True)
class Mention:
    """One person hurt, as the text refers to them again."""

    category: str  # killed | injured
    span: Span  # the words referring to the person, or the death's words when none
    sentence: int


def mentions(view: str, sentences: list[Sentence]) -> Iterator[Mention]:
    """Every person referred to as hurt by a pronoun, a definite noun phrase or an indefinite
    person with a wound, in text order."""
    for sent in sentences:
        for m in _WEAK_RE.finditer(view, sent.start, sent.end):
            yield Mention("killed" if m.group("killed") else "injured", m.span("who"), sent.index)
        for m in _WOUNDED_RE.finditer(view, sent.start, sent.end):
            yield Mention("injured", m.span("who"), sent.index)
        for m in _DEATH_RE.finditer(view, sent.start, sent.end):
            yield Mention("killed", m.span("killed"), sent.index)
