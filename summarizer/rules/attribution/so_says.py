"""Pattern `so_says`: a quote alone in its paragraph, its speaker named by an inverted cue that
opens the next one (`“…” ¶ So says Ana Ruiz, a nurse who …`, "Or so says …", "So said …")."""

from __future__ import annotations

from summarizer.rules.attribution.context import Context, Found
from summarizer.rules.attribution.registry import pattern
from summarizer.text.quotes import QuoteRegion
from summarizer.text.regex import compiled

# "So says" / "Or so said" / "So writes" opening a paragraph, then a name: a title's words may
# come first ("So says Dr. Ana Ruiz"); a common noun ("So says the report") is no one's name. The
# name ends at punctuation, a relative or a preposition of where or how it was said ("So wrote
# Ana Ruiz in a letter"), not at any small word ("So says Tarn Bank chief Ana Ruiz" is no bank's)
_SO_SAYS = compiled(
    r"\s*(?:Or[ \t]+so|So)[ \t]+(?P<cue>says|said|writes|wrote|argues|argued)[ \t]+"
    r"(?P<name>[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’-]*){1,3})(?=[,.;:]|[ \t]+(?:who|of|from|in|at|on)\b|\s*$)"
)


@pattern(
    "so_says",
    45,
    "quote",
    "a quote alone in its paragraph, its speaker named after 'So says' opening the next one",
    ("“We were promised a school by now.”\n\nSo says Ilse Varnok, who has two children at home.",),
)
def so_says(ctx: Context, q: QuoteRegion, p_start: int, p_end: int) -> Found | None:
    """(speaker, cue, lemma, end) of a quote named by "So says X" in the next paragraph."""
    view = ctx.view
    if view[p_start : q.start].strip() or view[q.end : p_end].strip():
        return None  # not alone in its paragraph
    m = _SO_SAYS.match(view, p_end)
    if m is None or "\n" not in view[p_end : m.start("cue")]:
        return None  # no paragraph break before "So says": that is another sentence's
    return m.span("name"), m.span("cue"), "say", q.end
