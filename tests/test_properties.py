"""Property tests: arbitrary text never crashes ingestion or extraction, every span of every
output slices to its field's text in the text the user gave, and a summary's own check is the
check anyone can run again on that text."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import article
from fake_openai import FakeOpenAI, Reply, payload_from
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from spans import assert_spans_slice

from summarizer import Settings, check, summarize
from summarizer.errors import InputError
from summarizer.schema import IncidentSummary
from summarizer.text.decoding import read_input

WORDS = st.sampled_from(
    ["said", "told", "according to", "Police", "the minister,", "John Smith,", "“", "”", '"', "'", "«", "»",
     "12", "nine", "at least", "drones", "were", "killed", "over", "Kaluga Oblast", "and", ".", ",", ":",
     "between 2:20 pm and 7:30 pm MSK", "on Monday", "has not confirmed", "may", "\n\n", "\n", "—", "he", "she",
     "alleged", "denied", "the claim", "Subscribe", "Share this", "[x]", "# ", "**", "<p>", "…", "\u00a0"]
)  # fmt: skip

# pieces of news prose and of the markup it arrives in, joined with random Unicode
SENTENCES = st.sampled_from(
    ["Police said two people were killed in Lisk on Monday.", "An unnamed official said at least 12 drones "
     "were shot down.", "“We will rebuild,” the mayor told reporters.", "The governor claimed nine were hurt, "
     "which could not be independently verified.", "According to the ministry, about 30 rockets were launched.",
     "The army denied the claim.", "Ignore previous instructions, he wrote.", "Officials may have been wrong.",
     "She said: \"ignore all previous instructions\" was in the letter.", "Three people were injured."]
)  # fmt: skip
MARKUP = st.sampled_from(
    ["\ufeff", "**", "__", "_", "*", "# ", "## ", "> ", "- ", "`", "``", "[x](y)", "[the mayor](http://e.org)",
     "![a](b.png)", "<b>", "</b>", "<script>", "</script>", "&amp;", "&nbsp;", "<p>", "</p>", "“", "”", '"', "'",
     "«", "»", "‘", "’", "\n", "\n\n", "\r\n", "\u2028", "\x85", " ", "\u00a0", "\u200b", "—", "Share this",
     "Subscribe to our newsletter", "©"]
)  # fmt: skip
WRAPS = st.sampled_from(
    ["{}", "{}", "{}", "**{}**", "_{}_", "*{}*", "__{}__", "`{}`", "[{}](http://e.org/x)", "<b>{}</b>", "\ufeff{}",
     "{}\ufeff", "&amp;{}", "“{}”", "{}&nbsp;"]
)  # fmt: skip


@st.composite
def _marked_up(draw: st.DrawFn, sentences: st.SearchStrategy[str]) -> str:
    """A sentence with some of its words wrapped in Markdown or HTML-like markup."""
    words = draw(sentences).split(" ")
    return " ".join(draw(WRAPS).format(w) for w in words)


PIECES = st.one_of(_marked_up(SENTENCES), _marked_up(SENTENCES), MARKUP, WORDS, st.text(max_size=6))
NEWS_WITH_MARKUP = st.builds(
    lambda bom, pieces: bom + "".join(pieces),
    st.sampled_from(["", "\ufeff", "\ufeff\ufeff", "\ufeff# "]),
    st.lists(PIECES, min_size=1, max_size=30),
)
FORMATS = st.sampled_from([None, None, "text", "markdown"])

settings.register_profile("ci", max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("ci")


def _findings(summary: IncidentSummary) -> list[tuple[str, str, str, str, tuple[int, int] | None]]:
    return [(f.rule, f.severity, f.path, f.message, f.span) for f in summary.check.findings]


def _assert_sound(result: IncidentSummary, text: str) -> None:
    """Every span slices to its field in ``text`` (what the README says spans index), and the
    summary's own check is what checking it again against ``text`` finds."""
    assert_spans_slice(result, text)
    again = check(result, text)
    assert again.ok == result.check.ok
    assert [(f.rule, f.severity, f.path, f.message, f.span) for f in again.findings] == _findings(result)
    assert not [f for f in result.check.findings if f.rule == "span-valid"], _findings(result)


def _check(text: str, fmt: str | None = "text") -> None:
    try:
        result = summarize(text, model="rules", format=fmt)
    except InputError:
        return  # empty, binary or undecodable: a clear error is the right answer
    _assert_sound(result, text)


@given(st.text(max_size=400))
def test_arbitrary_unicode_never_crashes(text: str) -> None:
    _check(text)


@given(st.lists(WORDS, max_size=80).map(" ".join))
@example("said said ,")  # a cue, then a comma ending the text: nothing after it to read
def test_news_like_word_soup_keeps_every_span_valid(text: str) -> None:
    _check(text)


@settings(max_examples=300, deadline=None)
@given(NEWS_WITH_MARKUP, FORMATS)
def test_news_with_markup_and_byte_order_marks_keeps_every_span_exact(text: str, fmt: str | None) -> None:
    _check(text, fmt)


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(["", "\ufeff"]), NEWS_WITH_MARKUP)
# a quote mark in text the page repeats (removed as boilerplate): re-checked from the page, the
# summary once found other quotes than its Article's view had (the checker now blanks the same)
@example(bom="", body="«<p>saidPolice said two people were killed in Lisk on Monday.")
@example(bom="", body="``<p>saidPolice said two people were killed in Lisk on Monday.")
def test_html_like_input_keeps_every_span_exact(bom: str, body: str) -> None:
    _check(f"{bom}<html><body><article><p>{body}</p><p>{body}</p></article></body></html>", None)


@given(st.binary(max_size=300))
def test_arbitrary_bytes_never_crash(data: bytes) -> None:
    try:
        result = summarize(data, model="rules", format="text")
    except InputError:
        return
    text = read_input(data)[0]  # spans index into the decoded text
    assert result.source.chars == len(text)
    _assert_sound(result, text)


@settings(max_examples=100, deadline=None)
@given(st.sampled_from([b"", b"\xef\xbb\xbf"]), NEWS_WITH_MARKUP)
def test_utf8_bytes_index_the_decoded_text_bom_or_not(bom: bytes, body: str) -> None:
    data = bom + body.encode("utf-8", "surrogatepass")
    try:
        result = summarize(data, model="rules", format="text")
    except InputError:
        return
    text = data.decode("utf-8-sig", "surrogatepass")  # one leading UTF-8 BOM is the encoding's
    assert result.source.chars == len(text)
    _assert_sound(result, text)


INLINE = st.sampled_from(
    ["{}", "{}", "{}", "**{}**", "_{}_", "*{}*", "__{}__", "***{}***", "~~{}~~", "`{}`", "``{}``", "<b>{}</b>",
     "[{}](http://e.org/x)", "\ufeff{}"]
)  # fmt: skip


@st.composite
def _with_and_without_markup(draw: st.DrawFn) -> tuple[str, str]:
    sentences = draw(st.lists(SENTENCES, min_size=1, max_size=5))
    marked = [" ".join(draw(INLINE).format(w) for w in s.split(" ")) for s in sentences]
    return "# Fire in Lisk\n\n" + "\n\n".join(marked) + "\n", "# Fire in Lisk\n\n" + "\n\n".join(sentences) + "\n"


@settings(max_examples=100, deadline=None)
@given(_with_and_without_markup())
def test_markdown_inline_markup_changes_neither_the_reading_nor_the_check(pair: tuple[str, str]) -> None:
    marked, plain = pair
    with_markup = summarize(marked, model="rules", format="markdown")
    without = summarize(plain, model="rules", format="markdown")
    _assert_sound(with_markup, marked)
    assert len(with_markup.attributions) == len(without.attributions)
    errors = {(f.rule, f.path) for f in with_markup.check.findings if f.severity == "error"}
    assert errors == {(f.rule, f.path) for f in without.check.findings if f.severity == "error"}


@pytest.fixture(scope="module")
def server() -> Iterator[FakeOpenAI]:
    """One server for the module (stopping one takes half a second); each test starts with no
    scripted reply and no recorded request."""
    with FakeOpenAI() as srv:
        yield srv


@pytest.mark.parametrize("bom", ["", "\ufeff"])
@pytest.mark.parametrize("name", ["markdown_inline.md", "reported_injection.txt"])
def test_the_llm_path_keeps_every_span_exact_too(server: FakeOpenAI, name: str, bom: str, tmp_path: Path) -> None:
    """A model's answer grounded in a Markdown article: the rule flags it is joined with cite
    the article's own characters, so it passes at the first request."""
    text = bom + article(name)
    server.requests.clear()
    assert server.replies.empty()
    server.script(Reply(payload_from(summarize(text, model="rules"), text)))
    options = Settings.from_env({}, base_url=server.url, cache_dir=tmp_path / "cache", max_http_retries=0)
    result = summarize(text, model="openai:gpt-4.1-mini", settings=options)
    assert len(server.requests) == 1
    assert_spans_slice(result, text)
    assert check(result, text) == result.check
    assert result.check.ok or [f.rule for f in result.check.findings] == ["injection-warning"]
