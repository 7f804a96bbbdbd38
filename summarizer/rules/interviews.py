"""Who answers in a text set out as questions and answers: an answer line ("A: “…”") carries
the words of the person the text says it interviewed, named before ("Mayor Ana Lusk spoke to the
Herald", "in an interview with Tom Hale", "The Herald sat down with Ana Lusk").
"""

from __future__ import annotations

import re

from summarizer.text.base import Span
from summarizer.text.regex import compiled, guarded

# the label that opens an answer's line, up to the quote: "A: “", "A. "
_ANSWER = compiled(r"[ \t]*A[ \t]*[:.][ \t]*[\"“‘']?")
# a lead-in that tells of an interview: its subject or its object is the one interviewed
_LEAD_IN = guarded(
    r"\b(?:spoke|spoken|speaks|talked|talks)[ \t]+(?:to|with)\b|\bsat[ \t]+down[ \t]+with\b"
    r"|\binterview(?:ed)?[ \t]+(?:with\b)?"
)
_NEAR = 40  # how far from the lead-in its subject or object is named
# a question's line, which a text of questions and answers opens with: "Q: Will you run again?"
_QUESTION = compiled(r"^[ \t]*Q[ \t]*[:.]", re.MULTILINE)


def interviewee(view: str, quote_start: int, people: list[tuple[Span, str, str | None, bool]]) -> Span | None:
    """The span of the person named in the interview's lead-in, when the quote starting at
    ``quote_start`` opens an answer's line: the one named right after the lead-in ("spoke with
    Ana Lusk", "interview with Tom Hale"), else the one named as its subject before it in its
    sentence ("Ana Lusk spoke to the Herald"). None if the line is no answer or no one is. The
    line answers only after a question's line ("Q: …"; not an item of a list, "A: “The roads.”"),
    and the lead-in is read before the first question (not "You spoke to the minister" asked in it)."""
    line = view.rfind("\n", 0, quote_start) + 1
    if not _ANSWER.fullmatch(view, line, quote_start):
        return None
    question = _QUESTION.search(view, 0, line)
    if question is None:
        return None
    lead = None
    for m in _LEAD_IN.finditer(view, 0, question.start()):
        lead = m
    if lead is None:
        return None
    after = [p[0] for p in people if lead.end() <= p[0][0] <= lead.end() + _NEAR]
    if after:
        return after[0]
    stop = max(view.rfind(c, 0, lead.start()) for c in ".!?\n")
    before = [p[0] for p in people if stop < p[0][0] and lead.start() - _NEAR <= p[0][1] <= lead.start()]
    return before[-1] if before else None
