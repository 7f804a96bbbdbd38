"""A name as its sentence's subject after a description in lower case that no role list knows
("Longtime harbor volunteer Dan Roe waited …", "Veteran deckhand Tom Hale had …"): the grammar,
not the noun, tells the subject. Read by name_mentions.py, for a later "he" or "she"."""

from __future__ import annotations

import re

from summarizer.rules.attribution.words import FINITE, IRREGULAR_PAST
from summarizer.rules.sentence_starts import opens_sentence
from summarizer.text import lexicon as lx
from summarizer.text.language import ENGLISH_FUNCTION_WORDS
from summarizer.text.regex import compiled

# the word after a name, read as its verb: "waited", "had", "runs", "spoke"
_WORD_AFTER = compiled(r"[ \t]+([a-z]+)\b")


def _verb_like(word: str) -> bool:
    return (
        word in FINITE
        or word in IRREGULAR_PAST
        or word in lx.CUE_FORMS
        or (word.endswith("ed") and len(word) > 3)
        or (word.endswith("s") and not word.endswith("ss") and len(word) > 3)
    )


def _noun_like(word: str) -> bool:
    """A word of a description before a name: lower case, no function word, no verb."""
    return (
        word.replace("-", "").isalpha()
        and word.islower()
        and word not in ENGLISH_FUNCTION_WORDS
        and not _verb_like(word)
        and word not in lx.STANCE_FORMS
    )


def premodified_subject(view: str, lower: re.Match[str] | None, end: int) -> int | None:
    """Where the subject phrase starts when a name (ending at ``end``) is its sentence's subject
    after a description in lower case (``lower``: name_mentions' _LAST_WORDS match, up to three
    words before the name): the description's first word, capitalised, opens the sentence, its
    other words are nouns or adjectives, and a verb follows the name. None otherwise ("Police
    told Dan Roe he …": a verb before the name; "Harbor pilot Dan Roe's boat": no verb after)."""
    if lower is None:
        return None
    groups = [g for g in (1, 2, 3) if lower.group(g)]
    if len(groups) < 2:
        return None
    first, rest = groups[0], groups[1:]
    opener = lower.group(first)
    if not (opener[:1].isupper() and opener[1:].islower() and opener.lower() not in ENGLISH_FUNCTION_WORDS):
        return None
    if not all(_noun_like(lower.group(g)) for g in rest):
        return None
    after = _WORD_AFTER.match(view, end)
    if after is None or not _verb_like(after.group(1)):
        return None
    return lower.start(first) if opens_sentence(view, lower.start(first)) else None
