"""A name and a colon opening a paragraph: a headline's `Ada Morel: voters are worried`, a
transcript's `WALLACE: Let's start…`, `Smith: "…"`; not a roundup's run-in section label
(`MARKETS: Stocks fell…`) nor a headline's phrase (`Smoke Over Water: …`)."""

from __future__ import annotations

import re
from collections import Counter

from summarizer.rules.attribution.context import (
    Context,
    RawAttribution,
    headline_name,
    is_mid_sentence_word,
)
from summarizer.rules.attribution.registry import pattern
from summarizer.rules.attribution.words import EDITORIAL_LABELS, NAME_PARTICLES, SECTION_LABELS
from summarizer.text import lexicon as lx
from summarizer.text.base import ALL_QUOTES, Span, trim_content
from summarizer.text.datelines import town_written
from summarizer.text.language import ENGLISH_FUNCTION_WORDS
from summarizer.text.regex import compiled

_HEADLINE_SPEAKER = compiled(
    r"(?P<sp>(?:[A-Z][\w'’.-]*|[A-Z]{2,})(?:\s+(?:[A-Z][\w'’.-]*|of|the|de|van|von|al|bin)){0,4})\s*:\s+(?=\S)"
)


@pattern(
    "headline_colon",
    50,
    "paragraph",
    "a paragraph that opens with a name and a colon; the newsroom's labels are nobody's words",
    (
        "Mayor Vance: The budget is balanced for the first time\n\nThe city council met on Monday.",
        "REYES: We will not reopen the pier this year.\n\nHOST: Not even for the festival?\n\nREYES: Not then.",
    ),
)
def headline_colon(ctx: Context, paragraphs: list[Span]) -> list[RawAttribution]:
    """The paragraphs that open with a name and a colon, the rest of the paragraph its words."""
    out: list[RawAttribution] = []
    view = ctx.view
    labels: list[tuple[re.Match[str], int]] = []
    for p_start, p_end in paragraphs:
        s = p_start
        if view[s] in ALL_QUOTES:
            s += 1
        m = _HEADLINE_SPEAKER.match(view, s, p_end) if view.find(":", s, p_end) >= 0 else None
        if not m or not headline_name(m.group("sp")) or m.group("sp").lower() in _NEWSROOM_LABELS:
            continue  # "Correction: An earlier version …", "Review: …": the newsroom's note or section
        name = m.group("sp")
        if len(name.split()) > 4 or not all(w[:1].isupper() or w in NAME_PARTICLES for w in name.split()):
            continue
        labels.append((m, p_end))
    turns = Counter(m.group("sp") for m, _ in labels)
    for m, p_end in labels:
        if not _may_name_source(view, m.group("sp"), turns):
            continue
        if m.group("sp") in _INTERVIEW_LETTERS:
            continue  # an interview's "Q:": the letter names nobody, a question is no statement
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


def _may_name_source(view: str, label: str, turns: Counter[str]) -> bool:
    """Can the label before a colon name a source? Not when a word of it is a function word
    other than a name's particle (`Smoke Over Water:` is a headline's phrase: names hold no
    "over"), nor a newsroom's section label (`Further Reading:`). A label in capitals (`MARKETS:`, `WORLD BRIEFS:`) is a roundup's run-in section
    heading unless it names one: a transcript's speaker, whose label opens two turns or more
    (`REYES:` … `REYES:`), a source noun (`POLICE:`), or a surname the article also writes as
    a name, capitalised in mid-sentence (`DIAZ:` where the text names "Mayor Ana Diaz"). A
    one-letter label keeps its reading here (an interview's `Q:` is dropped after). A label the text writes after a preposition
    of place (`Lisk:` where it says "in Lisk") is a dateline's town, some outlets' style."""
    lowered = label.lower().split()
    if any(w in _NOT_IN_NAMES for w in lowered) or lowered[-1] in _SECTION_WORDS:
        return False
    if town_written(view, label):
        return False  # a dateline's town ("Mumbai: …" or "MUMBAI: …" where the text says "in Mumbai")
    letters = [c for c in label if c.isalpha()]
    if len(letters) < 2 or not label.isupper() or turns[label] > 1:
        return True
    # a person's label ends with the surname the text writes ("MIKE DIAZ", "Diaz said")
    last = label.split()[-1]
    return any(lx.is_source_noun(w) for w in lowered) or is_mid_sentence_word(view, last.capitalize())


# the newsroom's notes and its page sections: labels of a piece, nobody's words
_NEWSROOM_LABELS = frozenset(EDITORIAL_LABELS | SECTION_LABELS)
# the letters of an interview's layout ("Q: … A: …", "Q. …"): the questioner's turn, no name
_INTERVIEW_LETTERS = frozenset({"Q", "A"})
# function words no name holds, past a name's particles ("Bank of England"): "in", "over", "a"
_NOT_IN_NAMES = (ENGLISH_FUNCTION_WORDS | {"in", "on", "a", "an", "as", "for"}) - NAME_PARTICLES
# the last word of a newsroom's section label ("Further Reading:", "WORLD BRIEFS:")
_SECTION_WORDS = {"reading", "coverage", "stories", "links", "headlines", "briefs", "roundup", "digest", "highlights",
                  "updates"}  # fmt: skip
