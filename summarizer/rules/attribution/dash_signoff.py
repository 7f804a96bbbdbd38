"""The dash sign-off: a quote signed with a dash and a name (`"…" ― Smith`)."""

from __future__ import annotations

import re

from summarizer.rules.attribution.context import Context, Found
from summarizer.rules.attribution.registry import pattern
from summarizer.text.quotes import QuoteRegion

_DASH_SPEAKER = re.compile(r"\s*[―—–-]\s*(?P<sp>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})")


@pattern(
    "dash_signoff",
    10,
    "quote",
    "a quote signed with a dash and a name; the dash is no cue",
    ("“Keep the harbour open for the boats that feed us.” ― Ada Pine",),
)
def dash_signoff(ctx: Context, q: QuoteRegion, p_start: int, p_end: int) -> Found | None:
    """(speaker, no cue, no lemma, end) of `"…" ― Smith`."""
    m = _DASH_SPEAKER.match(ctx.view, q.end, min(p_end, q.end + 160))
    if m:
        return (m.start("sp"), m.end("sp")), None, None, m.end()
    return None
