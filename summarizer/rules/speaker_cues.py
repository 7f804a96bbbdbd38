"""The cues in the text around a speaker phrase that the resolver in speakers.py reads: a verb
that issued a document, "in" before a noun of saying, a sentence's opening subject, another
office than the one a person holds, an organization's noun after a name.
"""

from __future__ import annotations

import re

from summarizer.rules.entities import Entity
from summarizer.rules.roles import role_head
from summarizer.rules.speaker_phrases import SpeakerPhrase
from summarizer.text import lexicon as lx
from summarizer.text.regex import compiled


# a verb that issues a document right before it: "published a notice", "put out a statement"
# a sentence opened by "The" and a noun in apposition to the name after it ("The clerk, Ana Ruiz")
def holds_another_office(ent: Entity, phrase: SpeakerPhrase) -> bool:
    """Whether a person the text gave an office ("mayor", "senator") is described by a role noun
    of another ("the town clerk"): someone else."""
    if not (ent.role and phrase.role):
        return False
    held, named = role_head(ent.role), role_head(phrase.role)
    return held in lx.TITLES and named != held and named in lx.PERSON_ROLES


DEFINITE_BEFORE = compiled(r"(?:^|(?<=[.!?\n])\s*)The[ \t]+([a-z]+),[ \t]+$", re.M)


def introduces(text: str, noun: str, start: int, end: int) -> bool:
    """Does an indefinite phrase of ``noun`` ("another lawyer", "a second spokesperson", "a
    lawyer named …") bring in someone new between ``start`` and ``end``?"""
    pattern = rf"\b(?:an?|another)\s+(?:[\w'’-]+\s+){{0,2}}?{re.escape(noun)}\b"
    return re.search(pattern, text[start:end], re.I) is not None


ISSUED_BEFORE = compiled(r"\b(?:issued|released|published|posted|sent|put[ \t]+out)[ \t]+$")
ADVERBS = frozenset({"also", "then", "later", "again", "just", "has", "have", "had", "previously", "earlier"})


IN_BEFORE = compiled(r"\b[Ii]n[ \t]+$")
# a sentence's opening name or pronoun and the verb in lower case after it
SUBJECT_AT = compiled(r"[\s\"“‘']*((?:[A-Z][\w'’.-]*)(?:[ \t]+[A-Z][\w'’.-]*)*)[ \t]+[a-z]")
SUBJECT_PRONOUNS = frozenset({"He", "She", "It", "They", "We"})
SENTENCE_BREAK = compiled(r"[.!?][\"”’']?\s+[A-Z\"“‘']|\n")


def opens_a_sentence(text: str, at: int) -> bool:
    before = text[max(0, at - 3) : at].rstrip(" \t\"“”'’")
    return not before or before[-1] in ".!?\n"


ORG_AFTER = compiled(
    r"(?:['’]s)?\s+(?:\w+\s+)?(?:company|corporation|firm|group|agency|party|bank|network|newspaper"
    r"|organi[sz]ation|ministry|utility)\b",
    re.I,
)


# a question put by the one named right after it ("“What will you do?” asked Ana Ruiz") or by the
# one named before "asked" ("Ana Ruiz, a nurse, asked him about …")
_ASKED_BEFORE = compiled(r"\?[\"”’']?,?[ \t]+asked[ \t]+$")
_ASKED_AFTER = compiled(r"(?:[^\S\n]*,[^.!?\n]{1,80},)?[^\S\n]+asked\b(?![ \t]+(?:if|whether|for|to)\b)")


def asks_before(text: str, at: int, end: int, before: int) -> bool:
    """Whether the mention at ``at:end`` is of one who puts a question in the sentence right
    before ``before`` ("“…?” asked Ana Ruiz, a nurse. “We will fix it,” he said"): a town hall's
    questioner, whom the answer's "he" or "she" does not mean (the one asked answers)."""
    if not (_ASKED_BEFORE.search(text, max(0, at - 30), at) or _ASKED_AFTER.match(text, end)):
        return False
    return "\n" not in text[end:before] and len(SENTENCE_BREAK.findall(text, end, before)) == 1
