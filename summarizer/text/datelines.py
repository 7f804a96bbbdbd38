"""Datelines: where a report was filed, opening it or a paragraph ("KYIV — ", "STATEN ISLAND,
N.Y. -- ", "LISK, March 3 (Reuters) - ", some outlets' "Lisk: "), defined once for the readers
that know one: the incident's town, an attribution's content and speaker, the checker's speaker."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from summarizer.text.base import Span
from summarizer.text.given_names import is_given_name
from summarizer.text.regex import compiled

# an all-caps place of up to four words ("SAN ROQUE", "WILKES-BARRE"; a first word of two letters
# only a town's article or short title before another word, "EL CARMEN", "LA VEGA", "ST LUCIA",
# never alone, "OK — ", "AP — ", nor a label's "MY VIEW — ", "IN BRIEF — "), then a region or a
# wire's date (", Calif.", ", N.Y.", ", March 3"), a wire or station in brackets ("(AP)", "(KXYZ)"),
# and a dash: a long dash with or without a space after it, a hyphen or two with one, or some
# newspaper groups' double chevron with a space before it ("LISK >> Two men …"), the line's only
# one: a chain of them is a page's trail of sections ("HOME >> NEWS >> LOCAL"), no dateline
_DASHED = (
    r"(?P<place>(?:[A-Z][A-Z.'’]{2,}|(?:EL|LA|LE|DE|DU|DA|DI|AL|ST|MT|FT|PT)(?=[ -][A-Z][A-Z.'’]))(?:[ -][A-Z][A-Z.'’]+){0,3})"
    r"(?:,\s*[A-Z][A-Za-z.]{1,14}(?:\s+\d{1,2})?){0,2}"
    r"(?:\s*\([^)\n]{1,40}\))?\s*(?:[―—–]\s*|--?\s+|(?<=\s)>>\s+(?![^\n]*\s>>\s))"
)
# some outlets' dateline: a town and a colon ("Lisk: Three people …"), one only when the text
# also writes the town after a preposition of place ("in Lisk"); else a transcript's "Reyes:"
_COLON = r"(?P<town>[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,2}):[ \t]+(?=[A-Z0-9])"
_DASHED_AT = compiled(_DASHED)
_COLON_AT = compiled(_COLON)
_LINE_START = compiled(r"^[ \t]*", re.M)
# words in a dateline's shape that name no place: a label over the story, a wire's name alone, a
# web page's section or control run into the text ("SPORTS >> ", "READ MORE >> ", "HOME — ")
NOT_PLACES = frozenset({
    "UPDATE", "UPDATED", "BREAKING", "WATCH", "VIDEO", "PHOTOS", "EXCLUSIVE", "LIVE", "ANALYSIS",
    "OPINION", "EDITOR'S", "NOTE", "NEWS", "CORRECTION", "AP", "CNN",
    "HOME", "MENU", "MORE", "READ", "CLICK", "HERE", "SPORTS", "RELATED", "NEXT", "PREVIOUS", "SUBSCRIBE",
    "SHARE",
})  # fmt: skip


@dataclass(frozen=True, slots=True)
class Dateline:
    span: Span  # the dateline with its dash or colon and the space after it: what follows is the story's
    place: Span  # the place as written, without a full stop after it
    is_place: bool  # False for a label in the same shape ("UPDATE — ", "BREAKING — "): no place, still no one's words

    def name(self, text: str) -> str:
        return text[self.place[0] : self.place[1]]


@lru_cache(maxsize=256)  # asked of one name by several readers of the same text
def written_as_place(view: str, name: str) -> bool:
    """Does the text write ``name`` after a preposition of place ("in Lisk", "near Lisk"), and
    never as a person's surname after a given name ("Dario Ortega")? Not "at" or "from", which
    come before people as often ("a statement from Ortega"), nor "in Ortega's …", a possessive."""
    # the patterns are built from the name (compiled anew for each name: Python's cache of
    # patterns misses them), so only where the name stands after a word at all
    place_starts = _word_before_starts(view, name, _PLACE_PREPOSITIONS)
    if not place_starts:
        return False
    escaped = re.escape(name)
    after_place = re.compile(rf"\b(?:in|near|outside|across)\s+{escaped}\b(?!['’]s\b)")
    if not any(after_place.match(view, s) for s in place_starts):
        return False
    word_starts = _word_before_starts(view, name)
    after_word = re.compile(rf"\b([A-Z][a-z]+)\s+{escaped}\b")
    return not any(is_given_name(m.group(1)) for m in _leftmost_matches(after_word, view, word_starts))


_PLACE_PREPOSITIONS = frozenset({"in", "near", "outside", "across"})


def town_written(view: str, label: str) -> bool:
    """Is a colon dateline's ``label`` a town the text writes as a place? As it stands ("Lisk:"
    and "in Lisk"), or, set in capitals as South Asian and some African papers set their
    datelines ("LISK:", "NEW LISK:"), in its ordinary case ("in Lisk", "in New Lisk"). A dateline
    opens its article once: a label in capitals that opens several turns is a transcript's
    speaker ("LISK: …", "HOST: …", "LISK: …")."""
    if written_as_place(view, label):
        return True
    return label.isupper() and len(label) > 2 and view.count(label + ":") < 2 and written_as_place(view, label.title())


def _word_before_starts(view: str, name: str, words: frozenset[str] | None = None) -> list[int]:
    """Where the word before each occurrence of ``name`` starts, white space between them (of
    ``words`` only, when given), in order: the only places a pattern "WORD\\s+NAME" can match,
    since its white space runs back to the word's last letter. Found by ``str.find`` for the name,
    where the pattern itself would be tried at every position of the text."""
    starts: list[int] = []
    i = view.find(name) if name else -1
    while i >= 0:
        q = i
        while q > 0 and view[q - 1].isspace():  # what \s matches in a str pattern
            q -= 1
        r = q
        while r > 0 and view[r - 1].isalpha():
            r -= 1
        if q < i and r < q and (words is None or view[r:q] in words):
            starts.append(r)
        i = view.find(name, i + 1)
    return sorted(set(starts))


def _leftmost_matches(pattern: re.Pattern[str], view: str, starts: list[int]) -> list[re.Match[str]]:
    """What ``pattern.finditer(view)`` finds, for a pattern that can match only at ``starts``:
    each match tried at those places in order, none overlapping the one before it."""
    out: list[re.Match[str]] = []
    end = 0
    for s in starts:
        if s >= end and (m := pattern.match(view, s)) is not None:
            out.append(m)
            end = max(m.end(), s + 1)
    return out


def dateline_at(text: str, start: int, end: int | None = None) -> Dateline | None:
    """The dateline that starts exactly at ``start`` (before ``end``), or None: the dashed form
    first, else a town and a colon that the text writes as a place elsewhere."""
    end = len(text) if end is None else end
    m = _DASHED_AT.match(text, start, end)
    if m is not None:
        s, e = m.span("place")
        while e > s and text[e - 1] == ".":
            e -= 1
        words = text[s:e].replace("’", "'").split()
        return Dateline((start, m.end()), (s, e), not any(w in NOT_PLACES for w in words))
    m = _COLON_AT.match(text, start, end)
    if m is not None and town_written(text, m.group("town")):
        return Dateline((start, m.end()), m.span("town"), True)
    return None


def line_datelines(text: str, start: int = 0, end: int | None = None) -> list[Dateline]:
    """Every dateline that opens a line (after spaces or tabs) between ``start`` and ``end``."""
    end = len(text) if end is None else end
    out: list[Dateline] = []
    for m in _LINE_START.finditer(text, start, end):
        found = dateline_at(text, m.end(), end) if m.end() < end and text[m.end()].isupper() else None
        if found is not None:
            out.append(found)
    return out
