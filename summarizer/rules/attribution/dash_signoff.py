"""The dash sign-off: a quote signed with a dash and a name (`"…" ― Smith`), or with a role
phrase after a dash or in brackets (`'…' – the education minister.`, `'…' (a police spokesman)`)."""

from __future__ import annotations

from summarizer.rules.attribution.context import Context, Found
from summarizer.rules.attribution.registry import pattern
from summarizer.text import lexicon as lx
from summarizer.text.language import ENGLISH_FUNCTION_WORDS
from summarizer.text.quotes import QuoteRegion
from summarizer.text.regex import compiled
from summarizer.text.segments import ABBREVIATIONS

_DASH_SPEAKER = compiled(r"\s*[―—–-]\s*(?P<sp>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})")
# a role phrase's opener: a dash, or a bracket the phrase closes ("(water board spokesperson)")
_SIGN_OPEN = compiled(r"\s*(?:(?P<dash>[―—–-])|(?P<paren>\())\s*")
_WORD = compiled(r"[\w'’-]+\.?")
_ARTICLES = frozenset({"the", "a", "an", "our", "its", "their"})
_MAX_ROLE_WORDS = 8
# the journalists who sign an article, not a quote ("– staff correspondent", "(staff writer)")
_BYLINE_WORDS = frozenset({"staff", "reporter", "correspondent", "writer", "editor", "photographer", "stringer"})

# abbreviations that end a name with their own stop
_NAME_ENDINGS = frozenset({"jr", "sr", "inc", "ltd", "corp", "co", "llc", "plc"})


@pattern(
    "dash_signoff",
    10,
    "quote",
    "a quote signed with a dash and a name, or a role phrase after a dash or in brackets; the dash is no cue",
    (
        "“Keep the harbour open for the boats that feed us.” ― Ada Pine",
        "'The ferry will sail at dawn' – the harbour master.",
        "'The ferry will sail at dawn' (port spokesperson Lina Voss).",
    ),
)
def dash_signoff(ctx: Context, q: QuoteRegion, p_start: int, p_end: int) -> Found | None:
    """(speaker, no cue, no lemma, end) of `"…" ― Smith` or `'…' – the harbour master.`"""
    role = _role_signoff(ctx.view, q.end, p_end) if _opens_sentence(ctx.view, p_start, q.start) else None
    if role is not None:
        return role
    m = _DASH_SPEAKER.match(ctx.view, q.end, min(p_end, q.end + 160))
    if m:
        end = m.end("sp")
        last = m.group("sp").split()[-1]
        if last.endswith(".") and len(last) > 3 and "." not in last[:-1] and last[:-1].lower() not in _NAME_ENDINGS:
            end -= 1  # "― Ola Brik.": the sentence's stop, not the name's ("― Tom Hale Jr." keeps its own)
        return (m.start("sp"), end), None, None, m.end()
    return None


def _role_signoff(view: str, at: int, p_end: int) -> Found | None:
    """A sign-off that is a whole noun phrase ending its sentence: an optional article, then
    content words only (no function word: "– a promise he kept" is a comment on the quote),
    headed by a source noun or ending in a name ("– the education minister.", "– Nairobi police
    commander Ada Kiptoo."), and some lower-case word among them (names alone are the dash's
    plain reading). In brackets, the bracket closes right after it."""
    m = _SIGN_OPEN.match(view, at, p_end)
    if m is None:
        return None
    words: list[tuple[int, int]] = []
    pos = m.end()
    while len(words) < _MAX_ROLE_WORDS:
        w = _WORD.match(view, pos, p_end)
        if w is None:
            break
        text = w.group().rstrip(".")
        low = text.lower()
        if (low in ENGLISH_FUNCTION_WORDS and not (not words and low in _ARTICLES)) or low in lx.SPEECH_FORMS:
            return None
        words.append((w.start(), w.end()))
        if w.group().endswith(".") and low not in ABBREVIATIONS:
            break  # the sentence's stop
        pos = w.end()
        while pos < p_end and view[pos] in " \t":
            pos += 1
    if not words:
        return None
    start, end = words[0][0], words[-1][1]
    if view[end - 1] == ".":
        end -= 1
    tail = end + (view[end : end + 1] == ".")
    if m.group("paren"):
        if view[tail : tail + 1] != ")":
            return None
        tail += 1
        if view[tail : tail + 1] == ".":
            tail += 1
    ends = tail >= p_end or view[tail - 1] == "." or view[tail:p_end].strip() == ""
    if not ends:
        return None
    texts = [view[s:e].rstrip(".") for s, e in words]
    lower = [t for t in texts if t[:1].islower() and t.lower() not in _ARTICLES]
    last = texts[-1]
    headed = lx.is_source_noun(last.lower()) or (
        last[:1].isupper() and any(lx.is_source_noun(t.lower()) for t in lower)
    )  # "the local MP", "port spokesperson Lina Voss"; not "the official advice"
    if not lower or not headed or any(t.lower() in _BYLINE_WORDS for t in texts):
        return None
    return (start, end), None, None, tail


def _opens_sentence(view: str, p_start: int, q_start: int) -> bool:
    """Does the quote open its sentence? A role after a quote inside a sentence ("The mayor
    promised 'a bridge by spring' – the council's engineers.") is no sign-off: the sentence has
    its own speaker."""
    before = view[p_start:q_start].rstrip()
    return not before or before[-1] in ".!?:\"”’'"
