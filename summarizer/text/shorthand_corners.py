"""A corner named in shorthand, by its two streets without their type words after a preposition of
place ("at Fifth and Main", "near Oak and 3rd", "on the corner of Pell and Orrin" where the story
writes "Pell Road"), and whether a word after a street's name makes it a modifier ("Street gangs")."""

from __future__ import annotations

import re

from summarizer.text.base import Span
from summarizer.text.language import ENGLISH_FUNCTION_WORDS
from summarizer.text.regex import compiled

# a lower-case word after a street's type word or a short route's number that makes the whole a
# modifier, a count of things or a product: "the 2 Street gangs", "30 Street vendors", "22 Road
# crews", "Chicago street violence", "an SR 25 rifle"; not a word of grammar, time or direction, nor
# a verb after its subject ("at 64 Street and", "on Elm street late Sunday", "on 82 Street injured
# two", "on Elm street shortly", "along 150 Avenue following")
_NEXT_LOWER = compiled(r"\s+([a-z][a-z'’]*)\b")
_AFTER_A_STREET = ENGLISH_FUNCTION_WORDS | frozenset({
    "a", "an", "in", "on", "was", "so", "no", "near", "off", "outside", "inside", "behind", "beside", "past", "around",
    "just", "yesterday", "today", "tonight", "overnight", "late", "early", "last", "morning", "afternoon",
    "evening", "night", "north", "south", "east", "west", "northbound", "southbound", "eastbound", "westbound",
    "left", "hit", "shot", "struck", "saw", "took", "sent", "led", "caught", "fell", "ran", "broke", "became", "remains",
})  # fmt: skip


def modified_after(view: str, end: int) -> bool:
    """Whether a lower-case content word follows view[:end], a street's name or a route's number
    ("Street gangs", "SR 25 rifle"): the name is then a modifier or a count, not a street."""
    m = _NEXT_LOWER.match(view, end)
    return m is not None and not (m.group(1) in _AFTER_A_STREET or m.group(1).endswith(("ed", "ly", "ing")))


# a street named by its number in words ("Fifth and Main"), as grids name theirs: up to the twentieth
_WRITTEN_ORDINALS = frozenset({
    "First", "Second", "Third", "Fourth", "Fifth", "Sixth", "Seventh", "Eighth", "Ninth", "Tenth", "Eleventh",
    "Twelfth", "Thirteenth", "Fourteenth", "Fifteenth", "Sixteenth", "Seventeenth", "Eighteenth", "Nineteenth",
    "Twentieth",
})  # fmt: skip
_NUMBERED = compiled(r"\d{1,3}(?:st|nd|rd|th)")
# one side of the corner: a numbered street ("3rd", "Fifth") or a capitalised name, not a possessive
# ("Ann's house"), with its compass point before it or not ("North Fifth", "W. Oak")
_SIDE = r"(?:\d{1,3}(?:st|nd|rd|th)|[A-Z][a-z][\w-]*)(?![\w'’-])"
# (or its quarter, as grids of the north-west write it: "NE 12th", "SW Alder", "Northeast 12th")
COMPASS_PREFIX = (
    r"(?:(?:North|South|East|West|Northeast|Northwest|Southeast|Southwest|N\.|S\.|E\.|W\."
    r"|(?:N|S)\.?(?:E|W)\.?(?![\w'’-]))\s+)?"
)
# the preposition of place and the first street, read back from the join
_BEFORE_JOIN = compiled(rf"\b(?:at|near|on|of|off)\s+(?P<x>{COMPASS_PREFIX}(?P<a>{_SIDE}))\Z")
_AFTER_JOIN = compiled(rf"{COMPASS_PREFIX}(?P<b>{_SIDE})")
_JOINS = (" and ", " & ")
# after the second street: its type word (the plural of the two: "Fifth and Main streets"; the second
# street's own: "Fifth and Main Street"), a stop, or a word that is no other name's; a weekday may follow
_TYPE_AFTER = compiled(
    r"\s+(?:Street|Avenue|Road|Drive|Lane|Boulevard)s?(?![\w'’])|\s+(?:street|avenue|road|drive|lane|boulevard)s(?![\w'’])"
)
_NAME_AFTER = compiled(r"\s+(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)[A-Z]")
_STOP_AFTER = compiled(r"\s*(?:[,.;:)]|\Z)")


def _is_numbered(word: str) -> bool:
    return word in _WRITTEN_ORDINALS or _NUMBERED.fullmatch(word) is not None


def _typed_elsewhere(view: str, name: str, street_type: re.Pattern[str]) -> bool:
    """Whether the text writes ``name`` before a street's type word somewhere ("Pell Road")."""
    i = view.find(name + " ")
    while i != -1:
        if (i == 0 or not view[i - 1].isalnum()) and street_type.match(view, i + len(name) + 1):
            return True
        i = view.find(name + " ", i + 1)
    return False


def shorthand_corners(view: str, start: int, end: int, street_type: re.Pattern[str]) -> list[Span]:
    """The corners between ``start`` and ``end`` named by two streets without their type words
    after a preposition of place: one of them numbered ("at Fifth and Main", "near Oak and 3rd";
    two numbers only before a stop or their type word: "at Fifth and Sixth grade levels" names
    none), or one the text writes elsewhere before ``street_type`` ("at Pell and Orrin" where
    "Pell Road" is written); not two names that are nobody's streets ("at Smith and Wesson"). A
    corner whose first street is a number in digits is streets._BARE_CORNER's."""
    spans: list[Span] = []
    for join in _JOINS:
        j = view.find(join, start, end)
        while j != -1:
            before = _BEFORE_JOIN.search(view, max(start, j - 40), j)
            after = _AFTER_JOIN.match(view, j + len(join), end)
            if before is not None and after is not None:
                span = _corner(view, before, after, street_type)
                if span is not None:
                    spans.append(span)
            j = view.find(join, j + len(join), end)
    return sorted(spans)


def _corner(view: str, before: re.Match[str], after: re.Match[str], street_type: re.Pattern[str]) -> Span | None:
    a, b = before.group("a"), after.group("b")
    if a[0].isdigit() or a == b:
        return None  # "12th and Vine" is read by streets._BARE_CORNER; "Johnson and Johnson" is a firm
    typed = _TYPE_AFTER.match(view, after.end())
    if typed is not None:
        return before.start("x"), typed.end()
    if _NAME_AFTER.match(view, after.end()) or modified_after(view, after.end()):
        return None  # "at Fifth and Main Hall"; "at Fifth and Sixth grade levels"
    numbered = _is_numbered(a), _is_numbered(b)
    if all(numbered):
        ok = _STOP_AFTER.match(view, after.end()) is not None
    else:
        ok = any(numbered) or any(_typed_elsewhere(view, w, street_type) for w in (a, b))
    return (before.start("x"), after.end()) if ok else None
