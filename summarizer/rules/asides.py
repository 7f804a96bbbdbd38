"""What stands between a count and its verb: an aside on some of the people counted, set off by
commas ("four diners, including a boy of 9, were taken to hospital"), or a relative clause ("two of
four men who burst into a bakery were shot"); figure_context reads the verb past either."""

from __future__ import annotations

import re

from summarizer.text.regex import guarded

# "Two of four masked men who burst into a bakery early Monday were shot and killed":
# a relative clause between the people and what happened to them
RELATIVE_THEN_VERB = guarded(r"\bwho\b[^,;]*\s(?:were|was)\s+(?:\w+ly\s+)?\w+\s*$", re.I)
# the count's words, the aside ("including …", "among them …", "one of them …"), then the verb
# the harm word opens (maybe after a first participle, "were struck and hurt", or a conveying
# verb's "to": "were taken to hospital"); the aside holds
# no stop or semicolon, and the verb is the count's, after the aside's closing comma
_ASIDE_THEN_VERB = guarded(
    r"[^,;.]{1,40},\s*(?:including|among\s+them|one\s+of\s+them)\s[^,;.]{1,80},\s*"
    r"(?:were|are|have\s+been|had\s+been)\s+(?:\w+ly\s+)?(?:\w+\s+and\s+|\w+\s+to\s+(?:an?\s+|the\s+)?)?\w+\s*$",
    re.I,
)
# a harm word inside such an aside, before its closing comma: the harm of the people the aside
# names, not of all those counted ("four diners, including a boy who was shot, fled"); "one of
# them shot" is read as the group's part (rules/parts_of_whom), through the group's harm
_INSIDE_ASIDE = guarded(r"[^,;.]{1,40},\s*(?:including|among\s+them)\s[^,;.]*$", re.I)


def harm_in_aside(text: str, at: int, harm: int) -> bool:
    """Does the harm word at ``harm`` lie inside an aside on some of the people counted at ``at``
    ("Four diners, including two who were shot, fled")?"""
    return "," in text[at:harm] and _INSIDE_ASIDE.match(text, at, harm) is not None


def aside_then_verb(text: str, at: int, end: int) -> bool:
    """Does text[at:end], from a count to the first letter of a harm word, run over an aside on
    some of the people counted to their own verb ("Seven people, including a woman in her 20s and
    a man in his 60s, were i")?"""
    return "," in text[at:end] and _ASIDE_THEN_VERB.match(text, at, end) is not None


def verb_past_aside(text: str, at: int, end: int) -> bool:
    """Does text[at:end], from a count to the first letter of a harm word, reach the count's own
    verb past a relative clause or an aside on some of its people?"""
    return RELATIVE_THEN_VERB.search(text, at, end) is not None or aside_then_verb(text, at, end)
