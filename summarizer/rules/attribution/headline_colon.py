"""A name and a colon opening a paragraph: a headline's `Pat Caddell: voters are worried`, a
transcript's `WALLACE: Let's start…`, `Smith: "…"`."""

from __future__ import annotations

import re

from summarizer.rules.attribution.context import Context, RawAttribution, headline_name
from summarizer.rules.attribution.registry import pattern
from summarizer.rules.attribution.words import EDITORIAL_LABELS, NAME_PARTICLES
from summarizer.text.base import ALL_QUOTES, Span, trim_content

_HEADLINE_SPEAKER = re.compile(
    r"(?P<sp>(?:[A-Z][\w'’.-]*|[A-Z]{2,})(?:\s+(?:[A-Z][\w'’.-]*|of|the|de|van|von|al|bin)){0,4})\s*:\s+(?=\S)"
)


@pattern(
    "headline_colon",
    50,
    "paragraph",
    "a paragraph that opens with a name and a colon; the newsroom's labels are nobody's words",
    (
        "Mayor Vance: The budget is balanced for the first time\n\nThe city council met on Monday.",
        "REYES: We will not reopen the pier this year, whatever the council says.",
    ),
)
def headline_colon(ctx: Context, paragraphs: list[Span]) -> list[RawAttribution]:
    """The paragraphs that open with a name and a colon, the rest of the paragraph its words."""
    out: list[RawAttribution] = []
    view = ctx.view
    for p_start, p_end in paragraphs:
        s = p_start
        if view[s] in ALL_QUOTES:
            s += 1
        m = _HEADLINE_SPEAKER.match(view, s, p_end) if view.find(":", s, p_end) >= 0 else None
        if not m or not headline_name(m.group("sp")) or m.group("sp").lower() in EDITORIAL_LABELS:
            continue  # "Correction: An earlier version …" is the newsroom's note, nobody's words
        name = m.group("sp")
        if len(name.split()) > 4 or not all(w[:1].isupper() or w in NAME_PARTICLES for w in name.split()):
            continue
        c_start, c_end = trim_content(view, m.end(), p_end)
        if view[c_end - 1 : c_end] in ALL_QUOTES and view[c_start] not in ALL_QUOTES:
            c_end -= 1
        if c_end - c_start < 8 or not ctx.free((c_start, c_end)):
            continue
        out.append(
            RawAttribution(
                (c_start, c_end),
                "indirect",  # the final type follows the quote marks
                (m.start("sp"), m.end("sp")),
                (m.end("sp"), m.end("sp") + 1),
                ":",
                ctx.sentence_at(c_start),
                pattern="headline_colon",
            )
        )
    return out
