"""What stands between a count and its verb: an aside on some of the people counted, set off by
commas ("four diners, including a boy of 9, were taken to hospital"), or a relative clause ("two of
four men who burst into a bakery were shot"); figure_context reads the verb past either."""

from __future__ import annotations

import re

from summarizer.text.regex import guarded

# "Two of four masked men who burst into a bakery early Monday were shot and killed":
# a relative clause between the people and what happened to them
RELATIVE_THEN_VERB = guarded(r"\bwho\b[^,;]*\s(?:were|was)\s+(?:\w+ly\s+)?\w+\s*$", re.I)
# a person told one by one: "a 30-year-old man", "a teenage boy"
_ONE_PERSON = r"an?\s+(?:[\w-]+\s+){0,2}?(?:man|woman|boy|girl|teen|teenager|juvenile|person)\b"
# the aside's words: no stop or semicolon, and a comma only before an age ("a woman, 20"), before
# the "and" of a list ("a woman, 20, and a man, 60") or before a list's next person ("a man, a
# woman and a boy")
_ASIDE_WORDS = rf"(?:[^,;.]|,\s*\d{{1,3}}\b|,\s+(?=and\s)|,\s+(?={_ONE_PERSON}[^,;.]*(?:,|\sand\s)))"
# the aside's opening: a word that picks some of the people ("including", "among them", "one of
# them"), or an appositive that describes them one by one ("two victims, a 21-year-old man and a
# woman, 19, were hurt"; "the man, 30, and the woman, 25," name no count and are read elsewhere)
_OPENER = (
    r"(?:(?:including|among\s+them|one\s+of\s+them)\s"
    rf"|(?={_ONE_PERSON}))"
)
# the count's passive verb after the aside's closing comma
_COUNTS_VERB = r",\s*(?:were|are|have\s+been|had\s+been)\b"
# a relative clause set off by commas after the person the aside names: "including the driver,
# who was shot in the hand, …"
_RELATIVE_AFTER = r"(?:,\s*(?:who|whom|whose)\s[^,;.]{1,80})?"
# the count's words, the aside ("including …", "among them …", "one of them …"), then the verb
# the harm word opens (maybe after a first participle, "were struck and hurt", or a conveying
# verb's "to": "were taken to hospital")
_ASIDE_THEN_VERB = guarded(
    rf"[^,;.]{{1,40}},\s*{_OPENER}{_ASIDE_WORDS}{{1,80}}{_RELATIVE_AFTER}{_COUNTS_VERB}"
    r"\s+(?:\w+ly\s+)?(?:\w+\s+and\s+|\w+\s+to\s+(?:an?\s+|the\s+)?)?\w+\s*$",
    re.I,
)
# the ", and" of a list inside such an aside joins no clauses: "Seven people, including a woman,
# 20, and a man, 60, were injured" (the count before reaches its verb)
_ASIDE_OPEN_BEFORE = guarded(rf",\s*{_OPENER}{_ASIDE_WORDS}{{1,80}}$", re.I)
_ASIDE_CLOSE_AFTER = guarded(rf"{_ASIDE_WORDS}{{1,60}}{_COUNTS_VERB}", re.I)
# a harm word inside such an aside, before its closing comma or in a relative clause set off by
# commas after the person it names: the harm of the people the aside names, not of all those
# counted ("four diners, including a boy who was shot, fled", "five men, including the driver,
# who was shot in the hand, ran"); "one of them shot" is read as the group's part
# (rules/parts_of_whom), through the group's harm
_INSIDE_ASIDE = guarded(rf"[^,;.]{{1,40}},\s*(?:including|among\s+them)\s[^,;.]*{_RELATIVE_AFTER}$", re.I)


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


def joins_aside_list(view: str, start: int, end: int) -> bool:
    """Is the ", and " at view[start:end] inside an aside on some of the people counted, before
    the count's verb ("Seven people, including a woman, 20, and a man, 60, were injured")?"""
    return (
        _ASIDE_OPEN_BEFORE.search(view, max(0, start - 100), start) is not None
        and _ASIDE_CLOSE_AFTER.match(view, end) is not None
    )
