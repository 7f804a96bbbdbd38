"""A name as its sentence's subject after a description in lower case that no role list knows
("Longtime harbor volunteer Dan Roe waited …", "Port Authority spokesperson Dan Roe gave …"): the
grammar, not the noun, tells the subject. Read by name_mentions.py, for a later "he" or "she"."""

from __future__ import annotations

import re

from summarizer.rules.attribution.words import FINITE, IRREGULAR_PAST
from summarizer.rules.sentence_starts import opens_sentence
from summarizer.text import lexicon as lx
from summarizer.text.language import ENGLISH_FUNCTION_WORDS
from summarizer.text.regex import compiled

# the word after a name, read as its verb: "waited", "had", "runs", "spoke"
_WORD_AFTER = compiled(r"[ \t]+([a-z]+)\b")
# capitalised words right before a description in lower case: the name of the body it serves
# ("Port Authority spokesperson", "Chinese Foreign Ministry spokesperson")
# ("U.S. Coast Guard spokesperson"; a stop ends no other word: "… in Lisk. Port Authority …")
_CAPS_BEFORE = compiled(r"(?:(?:[A-Z](?:\.[A-Z])+\.|[A-Z][\w&'’-]*)[ \t]+){1,5}\Z")


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
        return _after_a_body(view, lower, end)
    first, rest = groups[0], groups[1:]
    opener = lower.group(first)
    if not (opener[:1].isupper() and opener[1:].islower() and opener.lower() not in ENGLISH_FUNCTION_WORDS):
        return _after_a_body(view, lower, end)
    if not all(_noun_like(lower.group(g)) for g in rest):
        return _after_a_body(view, lower, end)
    after = _WORD_AFTER.match(view, end)
    if after is None or not _verb_like(after.group(1)):
        return None
    return lower.start(first) if opens_sentence(view, lower.start(first)) else None


def _after_a_body(view: str, lower: re.Match[str], end: int) -> int | None:
    """Where the subject phrase starts when the description in lower case before the name follows
    the capitalised name of the body it serves, and those capitals open the sentence: "Port
    Authority spokesperson Dan Roe gave …", "Chinese Foreign Ministry spokesperson …"; a verb
    follows the name. None otherwise ("Police told Port Authority spokesperson Dan Roe …")."""
    first = 3  # the description's words, in lower case, end the match
    while first > 1 and lower.group(first - 1) and _noun_like(lower.group(first - 1)):
        first -= 1
    if not _noun_like(lower.group(3)):
        return None
    at = lower.start(first)
    if at < 2 or not view[at - 2].isalpha():  # a cheap test first: a word right before it
        return None
    caps = _CAPS_BEFORE.search(view, max(0, at - 60), at)
    if caps is None or caps.group().split()[0].lower() in ENGLISH_FUNCTION_WORDS:
        return None
    after = _WORD_AFTER.match(view, end)
    if after is None or not _verb_like(after.group(1)):
        return None
    return caps.start() if opens_sentence(view, caps.start()) else None
