"""Property tests: arbitrary text never crashes ingestion or extraction, and every span of
every output slices to its field's text."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from spans import assert_spans_slice

from summarizer import summarize
from summarizer.errors import InputError

WORDS = st.sampled_from(
    ["said", "told", "according to", "Police", "the minister,", "John Smith,", "“", "”", '"', "'", "«", "»",
     "12", "nine", "at least", "drones", "were", "killed", "over", "Kaluga Oblast", "and", ".", ",", ":",
     "between 2:20 pm and 7:30 pm MSK", "on Monday", "has not confirmed", "may", "\n\n", "\n", "—", "he", "she",
     "alleged", "denied", "the claim", "Subscribe", "Share this", "[x]", "# ", "**", "<p>", "…", "\u00a0"]
)  # fmt: skip

settings.register_profile("ci", max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("ci")


def _check(text: str) -> None:
    try:
        result = summarize(text, model="rules", format="text")
    except InputError:
        return  # empty, binary or undecodable: a clear error is the right answer
    assert_spans_slice(result, text)
    assert result.check is not None


@given(st.text(max_size=400))
def test_arbitrary_unicode_never_crashes(text: str) -> None:
    _check(text)


@given(st.lists(WORDS, max_size=80).map(" ".join))
def test_news_like_word_soup_keeps_every_span_valid(text: str) -> None:
    _check(text)


@given(st.binary(max_size=300))
def test_arbitrary_bytes_never_crash(data: bytes) -> None:
    try:
        result = summarize(data, model="rules", format="text")
    except InputError:
        return
    assert result.source.chars >= 1
