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
