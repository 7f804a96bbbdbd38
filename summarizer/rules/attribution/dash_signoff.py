"""The dash sign-off: a quote signed with a dash and a name (`"…" ― Smith`)."""

from __future__ import annotations

from summarizer.rules.attribution.context import Context, Found
from summarizer.rules.attribution.registry import pattern
from summarizer.text.quotes import QuoteRegion
from summarizer.text.regex import compiled

_DASH_SPEAKER = compiled(r"\s*[―—–-]\s*(?P<sp>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})")


# abbreviations that end a name with their own stop
_NAME_ENDINGS = frozenset({"jr", "sr", "inc", "ltd", "corp", "co", "llc", "plc"})


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
        end = m.end("sp")
        last = m.group("sp").split()[-1]
        if last.endswith(".") and len(last) > 3 and "." not in last[:-1] and last[:-1].lower() not in _NAME_ENDINGS:
            end -= 1  # "― Ola Brik.": the sentence's stop, not the name's ("― Tom Hale Jr." keeps its own)
        return (m.start("sp"), end), None, None, m.end()
    return None
