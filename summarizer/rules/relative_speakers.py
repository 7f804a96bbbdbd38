"""The relative pronoun that speaks for its antecedent: in "… met Tom Hale, who said the vote was
fair" the source as written is "who", while the person who spoke stays Tom Hale."""

from __future__ import annotations

from summarizer.text.base import Span
from summarizer.text.regex import compiled

# between the antecedent and the verb: a comma or a dash perhaps ("Hale — who said"), the relative word, then at most three
# words of the verb group or an adverb ("who also said", "which has long argued", "who in 2010
# said"), no punctuation (", who ran the clinic, said": the clause is an aside, the name speaks)
_RELATIVE_GAP = compiled(r"\s*(?:,|[—–]|--?)?\s*\b(who|which|that)\b(?:\s+[A-Za-z0-9’'-]+){0,3}\s*")


def relative_word(view: str, speaker: Span, cue: Span | None) -> Span | None:
    """Where the relative pronoun stands when the reporting verb is in a relative clause on the
    speaker ("Hale, who said", "Hale — who said", "the board, which later argued"); None otherwise."""
    if cue is None or not speaker[1] <= cue[0] <= speaker[1] + 40:
        return None
    gap = _RELATIVE_GAP.fullmatch(view, speaker[1], cue[0])
    if gap is None or any(c in ',.;:!?"“”()' for c in view[gap.end(1) : cue[0]]):
        return None
    return gap.start(1), gap.end(1)
