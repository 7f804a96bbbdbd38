"""Rules on the headline and summary: attributed claims name their source; names and numbers
occur in the article."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from summarizer.checker.facts import ArticleFacts
from summarizer.checker.numbers import literal, numbers_in
from summarizer.checker.registry import finding, rule, short
from summarizer.checker.speakers import speaker_aliases
from summarizer.schema import (
    Attribution,
    Finding,
    IncidentSummary,
    Speaker,
)
from summarizer.text.base import (
    SpanIndex,
    normalize,
)
from summarizer.text.segments import is_abbreviation

_SENTENCE_SPLIT = re.compile(r"(?<=[.!?])\s+(?=[A-Z“\"‘'])")
_REPORTING = re.compile(
    r"\b(?:says?|said|according to|claims?|claimed|reports?|reported|states?|stated|told|tells|adds?|added|"
    r"wrote|writes|tweeted|posted|found|finds|shows?|showed|shown|estimated|predicted|expects?|expected|"
    r"alleges?|alleged|denies|denied|insists?|insisted|warns?|warned|believes?|estimates?|argues?|argued|"
    r"notes?|noted|question(?:s|ed)?|emphasi[sz]ed?|raised|suggests?|suggested|announced?|confirms?|confirmed)\b",
    re.I,
)
_CONTENT_WORD = re.compile(r"[A-Za-z][\w'’-]{3,}")
_STOP = {"that", "this", "with", "from", "have", "been", "were", "their", "there", "which", "would", "could",
         "about", "after", "over", "into", "than", "they", "them", "said", "says", "also", "more", "what",
         "when", "where", "will", "some"}  # fmt: skip


@lru_cache(maxsize=4096)
def _content_words(text: str) -> frozenset[str]:
    return frozenset({w.lower() for w in _CONTENT_WORD.findall(normalize(text))} - _STOP)


def _sentences(text: str) -> list[str]:
    """Sentences of a headline or summary; a quote's own full stops do not end one."""
    out: list[str] = []
    for piece in _SENTENCE_SPLIT.split(text):
        if out and (_open_quotes(out[-1]) or _ends_in_abbreviation(out[-1], piece)):
            out[-1] += " " + piece
        else:
            out.append(piece)
    return out


_CLEAR_START = re.compile(r"(?:The|A|An|He|She|It|They|We|I|But|In|On)\b")


def _ends_in_abbreviation(previous: str, nxt: str) -> bool:
    """ "… estimates that Mrs." + "Clinton's plan …", "… at 10 p.m." + "March 16 …": one sentence."""
    previous = previous.rstrip()
    return previous.endswith(".") and is_abbreviation(previous, len(previous) - 1) and not _CLEAR_START.match(nxt)


def _open_quotes(text: str) -> bool:
    return text.count("“") > text.count("”") or text.count('"') % 2 == 1


def _names_source(sentence: str, a: Attribution, speakers: dict[str, Speaker]) -> bool:
    folded = normalize(sentence).casefold()
    if a.speaker and a.cue and normalize(a.speaker).casefold() in folded and normalize(a.cue).casefold() in folded:
        return True  # the article's own "They found …", copied with its source
    if not (_REPORTING.search(folded) or (a.cue and normalize(a.cue).casefold() in folded)):
        return False
    speaker = speakers.get(a.speaker_id) if a.speaker_id is not None else None
    candidates = set()
    if speaker is not None:
        candidates |= speaker_aliases(speaker.name, speaker.role)
        candidates |= {w for w in _content_words(speaker.name)}
        if speaker.role:
            candidates |= _content_words(speaker.role)
    if a.speaker:
        candidates |= _content_words(a.speaker)
    return any(c and c in folded for c in candidates) or "according to" in folded


@rule(
    "summary-attributed",
    "error",
    "a headline or summary sentence that states an attributed figure or claim names its source",
)
def _summary_attributed(summary: IncidentSummary, facts: ArticleFacts) -> Iterator[Finding]:
    by_id = {a.id: a for a in summary.attributions}
    attributed_numbers: dict[float, Attribution] = {}
    if summary.incident is not None:
        for f in summary.incident.figures:
            if f.attribution_id in by_id:
                attributed_numbers.setdefault(f.value, by_id[f.attribution_id])
    claims = [(a, _content_words(a.content)) for a in summary.attributions]
    speakers: dict[str, Speaker] = {}
    for sp in summary.speakers:
        speakers.setdefault(sp.id, sp)  # the first with an id, as a scan finds it
    for field_name in ("headline", "summary"):
        for sentence in _sentences(getattr(summary, field_name)):
            words = _content_words(sentence)
            owners: list[Attribution] = [
                attributed_numbers[value] for _, value, _, _ in numbers_in(sentence) if value in attributed_numbers
            ][:1]
            if not owners and len(words) >= 3:
                owners = [
                    a for a, cw in claims
                    if len(words & cw) >= 4 and len(words & cw) / max(1, len(cw)) >= 0.5
                ]  # fmt: skip
            if (
                owners
                and not any(_names_source(sentence, a, speakers) for a in owners)
                and not _writer_says(sentence, summary, facts)
            ):
                yield finding(
                    "summary-attributed",
                    field_name,
                    f"states {owners[0].id}'s claim without naming its source: {short(sentence)!r}",
                )


_MARKERS = re.compile(r"\s*(?:\(unverified\)|;\s*the claim is (?:disputed|not confirmed))?\.?\s*$")


def _writer_says(sentence: str, summary: IncidentSummary, facts: ArticleFacts) -> bool:
    """Is the sentence the article's own words outside every attribution (the writer says it)?"""
    core = normalize(_MARKERS.sub("", sentence)).casefold().rstrip(" .…")
    if len(core) < 12:
        return False
    pos = facts.folded.find(core)
    claims = SpanIndex(a.content_span for a in summary.attributions) if pos >= 0 else None
    while pos >= 0 and claims is not None:
        start = facts.norm_map[pos]
        if not claims.holds(start):
            return True
        pos = facts.folded.find(core, pos + 1)
    return False


_NAME_RUN = re.compile(r"(?<![.!?]\s)(?<!^)\b([A-Z][a-z][\w'’-]*(?:\s+(?:of\s+|the\s+)?[A-Z][\w'’-]+)+)")


@rule("summary-grounded", "error", "names, places and numbers in headline and summary occur in the article")
def _summary_grounded(summary: IncidentSummary, facts: ArticleFacts) -> Iterator[Finding]:
    for field_name in ("headline", "summary"):
        text = getattr(summary, field_name)
        for m in _NAME_RUN.finditer(text):
            name = m.group(1)
            words = [w for w in name.split() if w[:1].isupper()]
            if not all(normalize(w).casefold().rstrip("'’s") in facts.folded for w in words):
                yield finding("summary-grounded", field_name, f"name {name!r} does not occur in the article")
        for written, value, _, _ in numbers_in(text):
            if not any(n.value == value for n in facts.numbers) and not literal(written, facts):
                yield finding("summary-grounded", field_name, f"number {written!r} does not occur in the article")
