"""Page furniture a copied news page carries around its story, one whole line each: bylines and
timestamps (ingest removes them)."""

from __future__ import annotations

import re

from summarizer.text import incident_words as iw
from summarizer.text.regex import compiled

# a line that is only a furniture phrase, a photo credit or a "Sign up for …" call
FURNITURE = (
    r"^(?:" + "|".join(re.escape(p) for p in iw.FURNITURE_PHRASES) + r")[.:!]?$"
    r"|^\(?(?:[a-z]+\s){0,2}photo(?:graph)?s?\s*[:/]\s*[^()\n]{1,100}\)?$"
    r"|^sign up for\b(?![^\n]*newsletter)[^.!?\n]{0,100}[.!]?$"  # a newsletter's is a "newsletter box"
)

# ---------------------------------------------------------------- timestamps
_MONTH = r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
_DAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun"
_ZONE = r"(?:[ecmpa]|ak|h|n)[sd]?t|utc|gmt"
_LABEL = r"(?:(?:last|first|originally)\s+)?(?:updated|posted|published|modified)(?:\s+on)?"
# "Updated: 9:40 PM EST, Feb 14, 2026", "Last updated Tuesday, 7:55 a.m.", "Published 2 hours ago":
# a publishing label, then only words of a date or a clock time
_STAMP_WORD = rf"(?:\d{{1,4}}(?::\d{{2}})?(?:\s?[ap]\.?m\b\.?)?|[ap]\.?m\b\.?|(?:{_MONTH}|{_DAY})\b\.?|(?:{_ZONE}|at|on|ago|today|yesterday|minutes?|mins?|hours?|hrs?|{_LABEL})\b)"
_TIMESTAMP = compiled(rf"^{_LABEL}\s*:?\s*(?:{_STAMP_WORD}[\s,|·•/:-]*){{1,14}}$", re.I)

# ---------------------------------------------------------------- bylines
# "By Jane Roe", "By Kelsey Hart, Reporter", "BY STAFF REPORTS", "Written by Jane Roe and Tom Ray":
# "by" and then only names, an outlet, a role (capitalised words, numbers, these few words)
_BYLINE = compiled(r"^(?:(?:written|story|words|compiled)\s+)?by\s*:?\s+(?P<rest>[^\n]{2,90})$", re.I)
_BYLINE_SMALL = frozenset({"and", "of", "the", "for", "staff", "reports", "report", "writer", "reporter", "editor", "de", "van", "von", "la", "le"})  # fmt: skip
_BYLINE_WORD = compiled(r"[^\s,|/&–—-]+")
# "Author: Jane Roe", "Filed under: Crime", "Contact: jroe@example.com": a label of the page and a
# short value with no sentence in it
_LABELLED = compiled(
    r"^(?:authors?|reporter|writer|written by|posted by|contact|email|filed (?:under|in)|tags?|topics?"
    r"|categor(?:y|ies)|photo credit|credit)\s*:\s*[^\n.!?]{1,80}(?:\.[a-z]{2,6}[^\n.!?]{0,20})?$",
    re.I,
)

_LONGEST = 300  # longer than any byline or timestamp: a paragraph
_SENTENCE_END = compiled(r"[.!?][\"'”’)]*$")


def furniture_reason(line: str) -> str | None:
    """Why a stripped line is page furniture, if it is (a class below), else None."""
    if len(line) > _LONGEST:
        return None
    if _TIMESTAMP.match(line):
        return "timestamp"
    if _is_byline(line) or _LABELLED.match(line):
        return "byline"
    return None


def _is_byline(line: str) -> bool:
    m = _BYLINE.match(line)
    if m is None or _SENTENCE_END.search(line):
        return False
    words = _BYLINE_WORD.findall(m.group("rest"))
    return (
        1 <= len(words) <= 9
        and any(w[0].isupper() for w in words)
        and all(w[0].isupper() or w[0].isdigit() or w.lower() in _BYLINE_SMALL for w in words)
    )


# a line above a byline or a timestamp that names the writer or the outlet alone ("Jane Roe",
# "The Canadian Press", "CityNews Staff"): up to five capitalised words, nothing else
_NAME_LINE = compiled(r"(?:[A-Z][\w.'’&-]*|the|of|and)(?: (?:[A-Z][\w.'’&-]*|the|of|and)){0,4}")


def byline_names(lines: list[str], removed: dict[int, str]) -> dict[int, str]:
    """The name lines (index -> "byline") just above each byline or timestamp line in
    ``removed``, at most two above each, none already removed."""
    out: dict[int, str] = {}
    for i, reason in removed.items():
        if reason not in ("byline", "timestamp"):
            continue
        j = i - 1
        while j >= 0 and i - j <= 2 and j not in removed and _NAME_LINE.fullmatch(lines[j]):
            out[j] = "byline"
            j -= 1
    return out
