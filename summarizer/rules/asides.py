"""An aside on some of the people counted, set off by commas between them and their verb ("four
diners, including a boy of 9, were taken to hospital"): figure_context reads the verb past it."""

from __future__ import annotations

import re

from summarizer.text.regex import guarded

# the count's words, the aside ("including …", "among them …", "one of them …"), then the verb
# the harm word opens (maybe after a first participle: "were struck and hurt"); the aside holds
# no stop or semicolon, and the verb is the count's, after the aside's closing comma
_ASIDE_THEN_VERB = guarded(
    r"[^,;.]{1,40},\s*(?:including|among\s+them|one\s+of\s+them)\s[^,;.]{1,80},\s*"
    r"(?:were|are|have\s+been|had\s+been)\s+(?:\w+ly\s+)?(?:\w+\s+and\s+)?\w+\s*$",
    re.I,
)


def aside_then_verb(text: str, at: int, end: int) -> bool:
    """Does text[at:end], from a count to the first letter of a harm word, run over an aside on
    some of the people counted to their own verb ("Seven people, including a woman in her 20s and
    a man in his 60s, were i")?"""
    return "," in text[at:end] and _ASIDE_THEN_VERB.match(text, at, end) is not None
