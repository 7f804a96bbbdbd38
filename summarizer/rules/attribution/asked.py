"""An indirect question that "asked" opens: what is asked is no one's report."""

from __future__ import annotations

from summarizer.text.base import ALL_QUOTES
from summarizer.text.segments import Token

_ASK_FORMS = frozenset({"ask", "asks", "asked", "asking"})
_QUESTION_WORDS = frozenset({"what", "whether", "if", "how", "why", "who", "when", "where"})


def asked_about(toks: list[Token], vg: int) -> bool:
    """Is the verb group at vg inside an indirect question that "asked" opens, within five words
    and no stop ("Asked whether Ivy Marsh wanted …", "asking if the council backs …")? A direct
    question ("But has he called for …?") is another matter, read by its caller."""
    for j in range(vg - 1, max(0, vg - 6) - 1, -1):
        t = toks[j].low
        if t in (",", ";", ":", ".") or toks[j].text in ALL_QUOTES:
            return False
        if t in _QUESTION_WORDS:
            return j > 0 and toks[j - 1].low in _ASK_FORMS
    return False


# the nouns of the act of asking: "asked the mayor a question" tells that a question was put,
# not what was asked
_QUESTION_NOUNS = frozenset({"question", "questions"})


def asked_question(toks: list[Token], i: int, hi: int) -> bool:
    """Is the object of "ask" at toks[i] the act itself, a "question" noun after at most a
    hearer and its modifiers, all words ("asked council members a pointed question", "asked
    the next question", "asks questions")? Not "asked whether …", "asked her to …", nor a
    question set out after the noun: after a colon or a comma in quotes ("asked a question,
    “Who pays?”"), or after "of" or "about" and a question word ("asked the question of whether
    …"): those give what was asked."""
    for j in range(i, min(hi, i + 8)):
        if toks[j].low in _QUESTION_NOUNS:
            return not _set_out(toks, j + 1, hi)
        if toks[j].low in _QUESTION_WORDS or toks[j].low in ("to", "that") or not toks[j].text.isalpha():
            return False
    return False


def _set_out(toks: list[Token], j: int, hi: int) -> bool:
    """Does the question itself follow its noun at toks[j]: a colon or a quote, a comma and a
    quote, or "of" or "about" and a question word?"""
    first = toks[j].text if j < hi else ""
    second = toks[j + 1].text if j + 1 < hi else ""
    return (
        first in (":", *ALL_QUOTES)
        or (first == "," and second in ALL_QUOTES)
        or (first.lower() in ("of", "about") and second.lower() in _QUESTION_WORDS)
    )
