"""Paragraphs, sentences and word tokens of the masked article view, all with original offsets."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from summarizer.text.acronyms import ACRONYM_WORDS, capitals_acronym
from summarizer.text.base import Span
from summarizer.text.lexicon import RANK_ABBREVIATIONS
from summarizer.text.regex import compiled

ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "ste", "mt", "ft", "gen", "sen", "rep", "gov",
    *RANK_ABBREVIATIONS, "col", "adm", "maj", "rev", "coun", "cllr", "cr",
    "fr", "hon", "pres", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
    "nov", "dec", "no", "nos", "vs", "v", "etc", "inc", "corp", "co", "ltd", "llc", "dept",
    "univ", "assn", "bros", "approx", "est", "fig", "vol", "p", "pp", "op", "ed", "al", "ave",
    "blvd", "rd", "hwy", "ark", "ariz", "calif", "colo", "conn", "del", "fla", "ga", "ill",
    "ind", "kan", "ky", "la", "md", "mass", "mich", "minn", "miss", "mo", "mont", "neb", "nev",
    "okla", "ore", "pa", "tenn", "tex", "va", "vt", "wash", "wis", "wyo", "a.m", "p.m", "u.s",
    "u.k", "u.n", "e.g", "i.e", "d.c", "n.y", "n.c", "s.c", "n.j", "n.h", "n.d", "s.d", "w.va",
}  # fmt: skip
_END_RE = compiled(r"[.!?…]+[\"'”’»)\]]*(?=\s+|$)")
# a run of end marks, its first mark written out: a pattern that opens with a class (not a repeat
# of one) is skipped in C to where the class matches, where "[.!?…]+" was tried at every position
_MARKS_RE = compiled(r"[.!?…][.!?…]*")
_CLOSERS_RE = compiled(r"[\"'”’»)\]]*")
_TOKEN_RE = compiled(
    r"\d+(?:[.,:]\d+)*(?:st|nd|rd|th|s)?"  # numbers, times, ordinals
    r"|(?:[A-Za-z]\.){2,}"  # U.S., a.m.
    r"|[^\W\d_]\w*(?:['’-]\w+)*(?:['’]s)?"  # words, with inner apostrophes and hyphens
    r"|--"  # a typed dash
    r"|[^\w\s]",
    re.UNICODE,
)


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    paragraph: int
    index: int = 0

    @property
    def span(self) -> Span:
        return self.start, self.end


class Token:
    """A word or punctuation mark with its offsets; ``low`` is its lower-case form."""

    # no __init__ of its own: tokens() makes one per word of every sentence read, and calling a
    # class with none costs about half what object.__new__ does (which copies its arguments)
    __slots__ = ("end", "low", "start", "text")
    text: str
    start: int
    end: int
    low: str

    @classmethod
    def of(cls, text: str, start: int, end: int) -> Token:
        """The token ``text`` at view[start:end]."""
        t = cls()
        t.text, t.start, t.end, t.low = text, start, end, text.lower()
        return t

    def __repr__(self) -> str:
        return f"Token({self.text!r}, {self.start}, {self.end})"


def paragraphs(view: str) -> list[Span]:
    """Non-blank paragraphs: a line break starts one unless the next line goes on in lower case."""
    spans: list[Span] = []
    start = None
    pos = 0
    lines = view.split("\n")
    last = len(lines) - 1
    for i, line in enumerate(lines):
        line_end = pos + len(line)
        if line.strip():
            if start is None:
                start = pos
            # a wrapped line: the next line starts in lower case and this one does not end a sentence
            wrapped = i < last and lines[i + 1].lstrip()[:1].islower() and not _LINE_CLOSED.search(line)
            if not wrapped:
                s, e = start, line_end
                while s < e and view[s].isspace():
                    s += 1
                while e > s and view[e - 1].isspace():
                    e -= 1
                spans.append((s, e))
                start = None
        elif start is not None:
            spans.append((start, pos))
            start = None
        pos = line_end + 1
    return spans


_LINE_CLOSED = compiled(r"[.!?:\"”]\s*$")


def is_abbreviation(view: str, dot: int) -> bool:
    """Is the full stop at ``dot`` the end of an abbreviation or an initial?"""
    j = dot
    while j > 0 and (view[j - 1].isalpha() or view[j - 1] == "."):
        j -= 1
    word = view[j:dot].lower()
    if not word:
        return False
    if word in ABBREVIATIONS:
        return True
    if len(word) == 1 and view[j].isupper():
        return True  # an initial: "J. Smith"
    return bool(_INITIALS.fullmatch(word)) and len(word) <= 5


_INITIALS = compiled(r"(?:[a-z]\.)+[a-z]")  # "u.s", "e.g": compiled once, not looked up per call
_WEB_ADDRESS = compiled(r"(?:https?://|www\.)\S")
_CLEAR_START = compiled(r"(?:The|A|An|He|She|It|They|We|I|But|In|On)\b")


def _sentence_ends(view: str, start: int, end: int) -> Iterator[Span]:
    """What ``_END_RE.finditer(view, start, end)`` finds, in linear time: a run of end marks,
    the closing quotes and brackets after it, then a space or the end. (The pattern tried every
    mark of a long run, each to the run's end: "....a" was quadratic.)"""
    for run in _MARKS_RE.finditer(view, start, end):
        closers = _CLOSERS_RE.match(view, run.end(), end)
        stop = closers.end() if closers else run.end()
        if stop == end or view[stop].isspace():
            yield run.start(), stop


def split_sentences(
    view: str, start: int = 0, end: int | None = None, *, paras: list[Span] | None = None
) -> list[Sentence]:
    """The sentences of view[start:end]; ``paras``: the view's paragraphs, when already found."""
    end = len(view) if end is None else end
    if paras is None or end != len(view):
        paras = paragraphs(view[:end])
    sentences: list[tuple[int, int, int]] = []  # (start, end, paragraph): made Sentences once, numbered
    for p_index, (p_start, p_end) in enumerate(paras):
        if p_end <= start:
            continue
        p_start = max(p_start, start)
        cursor = p_start
        for m_start, m_end in _sentence_ends(view, p_start, p_end):
            after = m_end
            nxt = after
            while nxt < p_end and view[nxt].isspace():
                nxt += 1
            if nxt < p_end:
                ch = view[nxt]
                # a web address opens a sentence of its own though in lower case ("… $500. https://…")
                if not (ch.isupper() or ch.isdigit() or ch in "\"“‘'«([—–-" or _WEB_ADDRESS.match(view, nxt)):
                    continue
            # "U.S. officials" goes on; "in the U.S. The" ends only before a clear sentence start
            if (
                view[m_start] == "."
                and m_end - m_start == 1
                and is_abbreviation(view, m_start)
                and (nxt >= p_end or not _CLEAR_START.match(view[nxt : nxt + 8]))
            ):
                continue
            if after - cursor > 1:
                sentences.append((cursor, after, p_index))
            cursor = nxt
        if cursor < p_end and view[cursor:p_end].strip():
            sentences.append((cursor, p_end, p_index))
    return [Sentence(s, e, p, i) for i, (s, e, p) in enumerate(sentences)]


# what may close or open a word with no space between (",", "." after; "(", "“" before): each
# is a token of its own, and the word next to it is one token whatever follows or precedes it
_CLOSING = frozenset(',.;:!?)]"”»')
_OPENING = frozenset('(["“«')
# a chunk the token pattern reads as one token: a run of digits, or a word whose apostrophes and
# hyphens stand between word characters ("Ukraine’s", "re-elected"): its number or word
# alternative matches, greedily, to the chunk's end, and no alternative before it starts there
_ONE_TOKEN = compiled(r"\d+|[^\W\d_]\w*(?:['’-]\w+)*", re.UNICODE)


def tokens(view: str, start: int, end: int) -> list[Token]:
    """The tokens ``_TOKEN_RE`` finds in view[start:end]. No token holds a space, so each
    whitespace-separated chunk is tokenised alone, and the common chunks (a word, a number, a
    word with inner apostrophes or hyphens; one with a comma or full stop after it, a bracket or
    quote before it) are split without the token pattern's search, which costs more per chunk
    than anything else here."""
    out: list[Token] = []
    append = out.append
    text = view[start:end]
    chunks = text.split()
    # one space between chunks and none around them: each starts a character after the last
    spaced = len(text) == sum(map(len, chunks)) + len(chunks) - 1
    find, one_token = view.find, _ONE_TOKEN.fullmatch
    pos, e = start, start - 1
    for chunk in chunks:
        if spaced:
            s = e + 1
            e = s + len(chunk)
        else:
            s = find(chunk, pos)
            pos = e = s + len(chunk)
        if chunk.isalpha():  # a letter opens a word, and \w* runs to the chunk's end
            t = Token()
            t.text = chunk
            t.start = s
            t.end = e
            t.low = chunk.lower()
            append(t)
            continue
        if chunk[-1] in _CLOSING and (chunk[:-1].isalpha() or one_token(chunk, 0, len(chunk) - 1)):
            word, w_start, w_end, mark = chunk[:-1], s, e - 1, chunk[-1]
        elif chunk[0] in _OPENING and chunk[1:].isalpha():
            t = Token()
            t.text = t.low = chunk[0]
            t.start, t.end = s, s + 1
            append(t)
            word, w_start, w_end, mark = chunk[1:], s + 1, e, ""
        elif one_token(chunk):
            word, w_start, w_end, mark = chunk, s, e, ""
        else:
            for m in _TOKEN_RE.finditer(view, s, e):
                t = Token()
                t.text = found = m.group()
                t.start, t.end = m.span()
                t.low = found.lower()
                append(t)
            continue
        t = Token()
        t.text, t.start, t.end, t.low = word, w_start, w_end, word.lower()
        append(t)
        if mark:
            t = Token()
            t.text = t.low = mark
            t.start, t.end = e - 1, e
            append(t)
    if "WHO" in text or "US" in text or "IT" in text:
        _acronyms_kept(out)
    return out


def _acronyms_kept(toks: list[Token]) -> None:
    """An acronym that is also a function word ("the WHO") keeps its capitals as its ``low``,
    so no test for the relative or question word "who" reads it."""
    for i, t in enumerate(toks):
        if t.text in ACRONYM_WORDS:
            near = [n.text for n in toks[max(0, i - 1) : i + 2] if n is not t and n.text.isalpha()]
            if capitals_acronym(t.text, near):
                t.low = t.text
