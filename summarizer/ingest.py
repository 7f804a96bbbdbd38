"""Ingestion: bytes, path or str -> an Article (text layer, format, title, removed boilerplate,
a same-length masked view that the extractors read, so every offset is an original one, and the
view's paragraphs, sentences and quotes, segmented once).
"""

from __future__ import annotations

import bisect
import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from summarizer.config import DEFAULT_MAX_BYTES
from summarizer.text import furniture as fu
from summarizer.text.base import (
    ALL_QUOTES,
    Span,
    SpanIndex,
    lower_pattern,
    lower_same_length,
    normalize,
)
from summarizer.text.decoding import BOM, Format, detect_format, extract_html, read_input
from summarizer.text.quotes import QuoteRegion, find_quotes, paired_apostrophes
from summarizer.text.regex import compiled, guarded
from summarizer.text.segments import Sentence, paragraphs, split_sentences


@dataclass(frozen=True, slots=True)
class RemovedSpan:
    span: Span
    reason: str


@dataclass(frozen=True, slots=True)
class Segments:
    """Paragraphs, sentences and quoted passages of an article's view, in original offsets."""

    paragraphs: list[Span]
    sentences: list[Sentence]
    quotes: list[QuoteRegion]


@dataclass(slots=True)
class Article:
    """An article ready for extraction. ``text`` is the layer every span indexes: the input
    itself for text and Markdown, the extracted article text for HTML. ``view`` has the same
    length as ``text``, with removed boilerplate and markup blanked out."""

    text: str
    format: Format
    view: str
    original: str
    sha256: str
    title: str | None = None
    title_span: Span | None = None
    removed: list[RemovedSpan] = field(default_factory=list)
    path: str | None = None
    published: str | None = None
    warnings: list[str] = field(default_factory=list)
    _segments: Segments | None = field(default=None, init=False, repr=False, compare=False)

    @property
    def body_start(self) -> int:
        return self.title_span[1] if self.title_span else 0

    @property
    def segments(self) -> Segments:
        """The view's paragraphs, sentences and quotes, computed once, on first need: the offline
        model, grounding and the checker all read these (read them, never change them)."""
        if self._segments is None:
            paras = paragraphs(self.view)
            self._segments = Segments(paras, split_sentences(self.view, paras=paras), find_quotes(self.view, paras))
        return self._segments


# ---------------------------------------------------------------- boilerplate

# text addressed to a language model rather than to readers (prompt injection)
INJECTION_PATTERN = (
    r"\b(?:ignore|disregard|forget|override)\s+(?:all\s+|any\s+|the\s+|your\s+)*(?:previous|prior|above|earlier|preceding|system)\s+"
    r"(?:instructions?|prompts?|messages?|context|rules)\b"
    r"|\b(?:you are|act as|pretend to be)\s+(?:now\s+)?(?:an?\s+)?(?:AI|language model|LLM|assistant|chatbot)\b"
    r"|\bsystem prompt\b|\bas an AI\b|\b(?:new|updated) instructions?\s*:|\bnote to (?:the )?(?:AI|LLM|model|assistant)\b"
)
_STRONG: list[tuple[str, re.Pattern[str]]] = [
    ("page furniture", compiled(fu.FURNITURE, re.I)),
    ("comment form", compiled(
        r"your email address will not be published|required fields are marked|^leave a (?:reply|comment)"
        r"|save my name, email|^post comment$|^cancel reply$|must be logged in to post a comment"
        r"|^comments are closed|^\d+ comments?$|^(?:add|write) a comment", re.I)),
    ("theme promo", compiled(
        r"wordpress theme|engage your visitors|increase conversions|powered by wordpress"
        r"|^theme by\b|premium theme|buy (?:this|the) theme", re.I)),
    ("newsletter box", compiled(
        r"^(?:\w+\s+)?subscribe\b|\bnewsletter\b|^sign up (?:for|to)\b|mailing list|in your inbox"
        r"|subscription (?:box|slide-in|form)", re.I)),
    ("shortcode", compiled(r"^\[/?[a-z][\w-]*(?:\s[^\]]*)?\]$", re.I)),
    ("related link", compiled(
        r"^(?:related(?: articles| stories| posts| news)?|read more|read also|see also|also read"
        r"|more from|recommended(?: for you)?|you may also like|trending now|more stories)\b\s*[:|»>-]?", re.I)),
    ("share prompt", compiled(
        r"^(?:share (?:this|on|via|the article)|click to share|tweet this|share:|follow us on|share$"
        r"|(?:facebook|twitter|linkedin|whatsapp|email|print)(?:\s*[|,/]\s*(?:facebook|twitter|x|linkedin|whatsapp|email|print|reddit))+$)",
        re.I)),
    ("copyright", compiled(r"^(?:©|copyright\b|\(c\)\s*\d{4})|all rights reserved", re.I)),
    ("advertisement", compiled(r"^(?:advertisement|sponsored content|ad)$", re.I)),
    ("instructions to an AI", compiled(INJECTION_PATTERN, re.I)),
]  # fmt: skip
# a line that reports speech is never removed (see _protected)
_ATTRIBUTION_RE = guarded(
    r"\b(?:said|says|told|tells|according to|stated|claimed|claims|announced|reported|added|"
    r"insisted|warned|denied|confirmed)\b",
    re.I,
)
_SENTENCE_END_RE = compiled(r"[.!?…][\"'”’»)\]]*\s*$")


@dataclass(slots=True)
class _Line:
    start: int
    end: int  # exclusive, without the line break
    text: str  # stripped

    @property
    def blank(self) -> bool:
        return not self.text


def _lines(text: str) -> list[_Line]:
    out: list[_Line] = []
    pos = 0
    for raw in text.splitlines(keepends=True):
        body = raw.rstrip("\r\n")
        stripped = body.strip()
        lead = len(body) - len(body.lstrip())
        start = pos + lead
        out.append(_Line(start, start + len(stripped), stripped))
        pos += len(raw)
    return out


def _protected(line: str) -> bool:
    """The line reports speech: it opens with a quote mark or holds a reporting verb."""
    return line[:1] in ALL_QUOTES or bool(_ATTRIBUTION_RE.search(line))


# the words without one of which a reason's pattern finds nothing in a lower-cased line (each of
# its branches holds one): a long paragraph that holds a hint ("share") is searched only by the
# patterns it may match, each alone (one alternation of them all tried every branch at every
# character: half a millisecond on a 2 KB paragraph)
_STRONG_NEEDS: dict[str, tuple[str, ...]] = {
    "comment form": ("email", "required", "leave a", "comment", "cancel reply"),
    "theme promo": ("theme", "wordpress", "visitors", "conversions"),
    "newsletter box": ("subscri", "newsletter", "sign up", "mailing", "inbox"),
    "copyright": ("©", "copyright", "(c)", "rights reserved"),
    "instructions to an AI": (
        "ignore", "disregard", "forget", "override", "you are", "act as", "pretend", "prompt", "as an ai",
        "instruction", "note to",
    ),
}  # fmt: skip
# every pattern for lower-cased lines, with the words it needs (none: tried on every hinted line)
_STRONG_LOWER = [(reason, lower_pattern(p.pattern), _STRONG_NEEDS.get(reason, ())) for reason, p in _STRONG]


# every boilerplate pattern holds one of these; a line without any is not tried. None holds
# another (each is one pass over the text): a hint that held one ("post comment", "comment")
# would find only lines the shorter one finds already, no hint spanning a line break
_STRONG_HINTS = (
    "email", "required", "leave a", "save my", "comment", "wordpress", "visitors", "conversions", "theme",
    "subscri", "newsletter", "sign up", "mailing", "inbox", "[", "related", "read ", "see also", "also read",
    "more from", "recommended", "you may", "trending", "more stories", "share", "tweet", "follow us",
    "facebook", "twitter", "linkedin", "whatsapp", "print", "©", "copyright", "(c)", "rights reserved",
    "advertisement", "sponsored", "ignore", "disregard", "forget", "override", "you are", "act as",
    "pretend", "prompt", "as an ai", "instruction", "note to", "cancel reply",
    "photo", "listen to", "skip ad", "caption", "gallery", "click to",
)  # fmt: skip


def _hint_positions(lowered: str) -> list[int]:
    """Where any hint starts (str.find per hint: far faster than one big alternation)."""
    found: list[int] = []
    for hint in _STRONG_HINTS:
        i = lowered.find(hint)
        while i >= 0:
            found.append(i)
            i = lowered.find(hint, i + 1)
    return sorted(found)


def _strong_reason(line: str, hinted: bool) -> str | None:
    """Why a line is boilerplate, if it is; ``hinted``: it holds one of the hint words."""
    if len(line) > 3 and not hinted:
        return None
    lowered = lower_same_length(line)
    # the leftmost match of any pattern, the first listed at that place: what one alternation of
    # them all, in this order, would find
    reason, first = None, len(line) + 1
    for name, pattern, needs in _STRONG_LOWER:
        if needs and not any(w in lowered for w in needs):
            continue
        m = pattern.search(lowered)
        if m is not None and m.start() < first:
            reason, first = name, m.start()
    if reason is None:
        return None
    if reason in ("newsletter box", "related link", "share prompt") and len(line) > 220:
        return None  # prose that merely mentions a newsletter stays
    return reason


def _headline_like(line: str) -> bool:
    """Short, without a closing full stop: a widget label or a link to another story."""
    return len(line) <= 120 and not _SENTENCE_END_RE.search(line)


def _is_prose(line: str) -> bool:
    return len(line) > 100 and bool(_SENTENCE_END_RE.search(line))


def find_boilerplate(text: str, lines: list[_Line] | None = None) -> list[RemovedSpan]:
    lines = _lines(text) if lines is None else lines
    content = [ln for ln in lines if not ln.blank]
    removed: dict[int, str] = {}
    # one pass over the whole text for the words boilerplate always holds; only lines that
    # hold one are looked at closely
    hints = _hint_positions(lower_same_length(text))
    for i, ln in enumerate(content):
        k = bisect.bisect_left(hints, ln.start)
        hinted = k < len(hints) and hints[k] < ln.end
        reason = _strong_reason(ln.text, hinted) or fu.furniture_reason(ln.text)
        # reported speech stays even when what it reports is addressed to an AI ("ignore
        # previous instructions", she said): the checker's injection-warning still names it
        if reason and not (_protected(ln.text) and reason not in ("comment form", "shortcode")):
            removed[i] = reason
    removed.update(fu.byline_names([ln.text for ln in content], removed))
    if removed:
        # The tail: from the first boilerplate line after which no prose paragraph follows,
        # short headline-like lines are links to other stories or widget labels.
        # whether a prose line that stays follows each line, found in one pass from the end
        # (a scan of the lines after each removed one was quadratic in text without full stops)
        prose_after = [False] * len(content)
        later = False
        for j in range(len(content) - 1, -1, -1):
            prose_after[j] = later
            later = later or (_is_prose(content[j].text) and j not in removed)
        first_tail = None
        for i in sorted(removed, reverse=True):
            if prose_after[i]:
                break
            first_tail = i
        if first_tail is not None:
            for j in range(first_tail + 1, len(content)):
                if j not in removed and _headline_like(content[j].text) and not _protected(content[j].text):
                    removed[j] = "related headline"
    out: list[RemovedSpan] = []
    for i, r in sorted(removed.items()):
        ln = content[i]
        if r == "copyright" and (len(ln.text) > _LONG_LINE or fu.story_beside_notice(ln.text)):
            # a notice that runs on into the story: only the notice goes (or the one inside, below)
            notice = fu.NOTICE.match(ln.text)
            if notice is not None:
                out.append(RemovedSpan((ln.start, ln.start + notice.end()), r))
            continue
        out.append(RemovedSpan((ln.start, ln.end), r))
    taken = SpanIndex([r.span for r in out])
    out += [RemovedSpan(span, r) for span, r in fu.inline_furniture(text) if not taken.overlaps(*span)]
    return sorted(out, key=lambda r: r.span)


_LONG_LINE = 220  # longer than any notice, widget or link line: a paragraph


def _title(text: str, lines: list[_Line], meta_title: str | None) -> tuple[str | None, Span | None, list[RemovedSpan]]:
    """The title line at the top (and any repeat of it just below, which is removed)."""
    content = [ln for ln in lines if not ln.blank]
    while content and fu.furniture_reason(content[0].text) in ("timestamp", "byline"):  # above the title
        content = content[1:]
    if len(content) < 2:
        return None, None, []
    kicker: list[RemovedSpan] = []
    if (
        len(content) >= 3
        and _section_label(content[0].text)
        and not _section_label(content[1].text)
        and len(content[1].text) <= 150
        and not content[1].text.rstrip().endswith((".", "!", ":"))
    ):
        # "Opinion" / "World News" above the title: the page's section, not the article's title
        kicker = [RemovedSpan((content[0].start, content[0].end), "section label")]
        content = content[1:]
    first = content[0]
    line = first.text
    if line.startswith("#"):
        hashes = len(line) - len(line.lstrip("#"))
        inner = line[hashes:].strip()
        start = text.index(inner, first.start) if inner else first.start
        line, first = inner, _Line(start, start + len(inner), inner)
    repeated = [
        RemovedSpan((ln.start, ln.end), "repeated title")
        for ln in content[1:3]
        if normalize(ln.text.lstrip("# ").strip(), casefold=True) == normalize(line, casefold=True)
    ]
    is_title = bool(repeated) or (
        len(line) <= 200
        and "\n" not in text[first.start : first.end]
        and (
            (
                meta_title is not None
                and normalize(meta_title, casefold=True).startswith(normalize(line, casefold=True)[:40])
            )
            or not _SENTENCE_END_RE.search(line)
            or _title_case(line)
        )
        and _next_is_separate_paragraph(text, first.end)
    )
    if not is_title:
        return None, None, kicker
    return line, (first.start, first.end), kicker + repeated[:1]


def _section_label(line: str) -> bool:
    """A section label ("Opinion", "World News", "LOCAL"): one or two capitalised words, no
    digit, no punctuation but '&' or '|'."""
    words = line.strip().lstrip("#").split()
    return 1 <= len([w for w in words if w not in "&|"]) <= 2 and all(
        re.fullmatch(r"[A-Z][A-Za-z]*|&|\|", w) for w in words
    )


def _title_case(line: str) -> bool:
    words = [w for w in re.findall(r"[A-Za-z][\w'’-]*", line) if len(w) > 3]
    return len(words) >= 2 and sum(w[0].isupper() for w in words) / len(words) >= 0.7


def _next_is_separate_paragraph(text: str, end: int) -> bool:
    rest = text[end : end + 4]
    return rest.startswith(("\n\n", "\r\n\r\n", "\n\r\n")) or bool(rest.startswith(("\n", "\r\n")))


# ---------------------------------------------------------------- markdown masking

_MD_MASKS = [
    compiled(r"^[ \t]{0,3}#{1,6}[ \t]+", re.M),  # heading markers
    compiled(r"^[ \t]{0,3}>[ \t]?", re.M),  # blockquote markers
    compiled(r"^[ \t]*(?:[-*+]|\d{1,3}[.)])[ \t]+", re.M),  # list bullets
    compiled(r"^[ \t]*(?:[-*_][ \t]*){3,}$", re.M),  # horizontal rules
    compiled(r"!\[[^\]\n]*\]\([^)\n]*\)"),  # images
    compiled(r"(?<=\])\([^)\s\n]*(?:\s+\"[^\"\n]*\")?\)"),  # link targets
    compiled(r"\[(?=[^\]\n]+\]\()"),  # link text opener
    compiled(r"\](?=\()"),  # link text closer
    compiled(r"(\*\*\*?|___?|~~)(?=\S)|(?<=\S)(\*\*\*?|___?|~~)"),  # strong (with emphasis), strike
    compiled(r"(?<![\w*])\*(?=\S)|(?<=\S)\*(?![\w*])"),  # emphasis
    compiled(r"(?<![\w_])_(?=[^\s_])|(?<=[^\s_])_(?![\w_])"),  # emphasis with underscores, not snake_case
    compiled(r"`+"),  # inline code
    compiled(r"<[^>\n]{1,200}>"),  # inline html
]


# what str.splitlines() breaks at: blanking keeps them, so the view has the text's lines
_LINE_BREAKS = "\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
_LINE_BREAK = compiled(f"[{_LINE_BREAKS}]")


def blanked_view(reading: str, removed: Iterable[Span]) -> str:
    """An article's view: its reading view with the removed boilerplate blanked (line breaks
    kept) and typewriter quote pairs read as double quotes. The checker rebuilds it from a
    summary's ``source.removed``, so a summary is judged alike given its article or its text."""
    spans = sorted(removed)
    if not all(0 <= s <= e <= len(reading) for s, e in spans):
        chars = list(reading)  # a span out of the text: blanked character by character, as given
        for start, end in spans:
            _blank(chars, start, end)
        return paired_apostrophes("".join(chars))
    # the text between the spans copied whole, and each span (what an earlier one left of it)
    # made spaces at once, when it holds no line break (a removed line holds none)
    pieces: list[str] = []
    pos = 0
    for start, end in spans:
        start = max(start, pos)
        if start >= end:
            continue
        cut = reading[start:end]
        blank = "".join(c if c in _LINE_BREAKS else " " for c in cut) if _LINE_BREAK.search(cut) else " " * len(cut)
        pieces += (reading[pos:start], blank)
        pos = end
    pieces.append(reading[pos:])
    return paired_apostrophes("".join(pieces))


def _blank(chars: list[str], start: int, end: int) -> None:
    for i in range(start, end):
        if chars[i] not in _LINE_BREAKS:
            chars[i] = " "


def _markdown_mask(text: str, chars: list[str]) -> None:
    for pattern in _MD_MASKS:
        for m in pattern.finditer(text):
            _blank(chars, m.start(), m.end())


# characters of no width that stand between words (a byte order mark or no-break mark, a
# zero-width space, a word joiner): the readers see a space, so "Reyes\u200b said" is a name
# and a verb (joiners that shape a script's letters, U+200C and U+200D, are left alone)
_NO_WIDTH_SPACES = (BOM, "\u200b", "\u2060")


def reading_view(text: str, markdown: bool) -> str:
    """``text`` as the readers see it, the same length (offsets stay the text's): a character of
    no width between words as a space, and with ``markdown`` its markup blanked. Boilerplate is
    still in it."""
    # str.replace, for a mark that is there: str.translate with a table of non-ASCII keys looks
    # up every character of the text in a dict (read twice a summary, that was 8 % of it)
    plain = text
    for mark in _NO_WIDTH_SPACES:
        if mark in plain:
            plain = plain.replace(mark, " ")
    if not markdown:
        return plain
    chars = list(plain)
    _markdown_mask(plain, chars)
    return "".join(chars)


# ---------------------------------------------------------------- entry point


def _whole_lines(removed: list[RemovedSpan], read: list[_Line], raw: list[_Line]) -> list[RemovedSpan]:
    """Removed lines found in the reading view, widened to the lines as written, their
    Markdown markup included ('**Subscribe** to …', not 'Subscribe** to …')."""
    widened = {(r.start, r.end): (w.start, w.end) for r, w in zip(read, raw, strict=True) if not r.blank}
    return [RemovedSpan(widened.get(r.span, r.span), r.reason) for r in removed]


def load_article(
    source: str | bytes | Path,
    *,
    published: str | None = None,
    format: str | None = None,
    path: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Article:
    """Read, decode, detect the format, extract HTML, find the title and the boilerplate."""
    original, read_path, warnings = read_input(source, max_bytes=max_bytes)
    path = path or read_path
    fmt = detect_format(original, path, format)
    meta_title = None
    text = original
    if fmt == "html":
        text, meta_title, meta_date = extract_html(original.lstrip(BOM), path)
        published = published or meta_date
    # U+FEFF stays in the text spans index, and reads as a space everywhere else (it is
    # invisible, and would otherwise glue itself to the first word of a line or a title);
    # the title and boilerplate are found past Markdown markup ('**Subscribe** to …')
    reading = reading_view(text, fmt == "markdown")
    lines = _lines(reading)
    title, title_span, repeated = _title(reading, lines, meta_title)
    removed = sorted(repeated + find_boilerplate(reading, lines), key=lambda r: r.span)
    if title_span is not None:
        removed = [r for r in removed if r.span != title_span]
    if reading != text:
        removed = _whole_lines(removed, lines, _lines(text.replace(BOM, " ")))
    view = blanked_view(reading, [r.span for r in removed])
    return Article(
        text=text,
        format=fmt,
        view=view,
        original=original,
        sha256=hashlib.sha256(original.encode("utf-8", "surrogatepass")).hexdigest(),
        title=" ".join(title.split()) if title else meta_title,
        title_span=title_span,
        removed=removed,
        path=path,
        published=published,
        warnings=warnings,
    )
