"""Pydantic models of the public JSON contract (../shared/CONTRACT.md), schema version 3
(version 2, without an attribution's ``kind``, and version 1, without ``content_spans`` either,
are still read).

Spans are [start, end) offsets into the article's text layer; validating with
``context={"text": text}`` also checks that each span slices to the surface its field names.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationInfo, field_validator, model_validator

Span = tuple[int, int]  # [start, end) in str offsets of the article (text.base names the same type)

SCHEMA_VERSION = "3"
# a schema-1 summary reads as one content piece per attribution; a schema-1 or 2 one has no kind
# (None) until summarizer.assembly.fill_kinds derives it
READABLE_VERSIONS = ("1", "2", "3")
PIECE_JOINER = " … "  # an attribution's content is its pieces joined by this

IncidentCategory = Literal[
    "air_drone_strike", "shelling_missile", "armed_clash", "attack", "shooting", "explosion",
    "protest", "riot", "arrest", "accident", "disaster", "other",
]  # fmt: skip
FigureCategory = Literal[
    "killed", "injured", "missing", "arrested", "displaced", "intercepted", "launched",
    "damaged", "other",
]  # fmt: skip
Qualifier = Literal["exact", "at_least", "at_most", "about", "range"]
ActorRole = Literal["attacker", "target", "responder", "reporter", "other"]
SpeakerKind = Literal["person", "organization", "group", "document", "unnamed"]
Anonymity = Literal["named", "role_only", "anonymous"]
QuoteType = Literal["direct", "indirect", "mixed"]
# what an attribution reports: said or written, believed, shown by evidence, wanted or opposed
ReportKind = Literal["speech", "belief", "evidence", "stance"]
Status = Literal["attributed", "unverified", "disputed"]
FlagReason = Literal[
    "hedge", "claim_verb", "unnamed_source", "single_source", "not_independently_verified",
    "contested", "denied",
]  # fmt: skip
Precision = Literal["day", "week", "month", "year", "unknown"]
Severity = Literal["error", "warning"]
SourceFormat = Literal["text", "markdown", "html"]
HedgeKind = Literal["modal", "doxastic", "reporting", "unconfirmed", "investigation", "conditional"]


def _empty() -> list[Any]:
    """A new empty list, the default of the list fields: pydantic reads a default factory's
    signature as it builds a model, and ``list``'s, a builtin's, is parsed from its text (about
    0.2 ms a field, at every import)."""
    return []


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=False, validate_assignment=False)


def _check_span(value: Span | None) -> Span | None:
    if value is None:
        return None
    start, end = value
    if start < 0 or end < start:
        raise ValueError(f"span [{start}, {end}] is not a [start, end) pair")
    return value


class DateInfo(_Model):
    text: str
    value: str | None = Field(default=None, pattern=r"^\d{4}-\d{2}-\d{2}$")
    precision: Precision = "unknown"
    span: Span | None = None

    _span = field_validator("span")(_check_span)


class TimeInfo(_Model):
    text: str
    start: str | None = Field(default=None, pattern=r"^\d{2}:\d{2}$")
    end: str | None = Field(default=None, pattern=r"^\d{2}:\d{2}$")
    timezone: str | None = None
    span: Span | None = None

    _span = field_validator("span")(_check_span)


class Location(_Model):
    name: str
    span: Span

    _span = field_validator("span")(_check_span)


class Figure(_Model):
    category: FigureCategory
    label: str
    value: int | float
    value_max: int | float | None = None
    qualifier: Qualifier = "exact"
    location: str | None = None
    is_total: bool = False
    span: Span
    attribution_id: str | None = None
    text: str | None = None  # extension: the number as written, what `span` slices to

    _span = field_validator("span")(_check_span)


class Actor(_Model):
    name: str
    role: ActorRole = "other"
    span: Span | None = None

    _span = field_validator("span")(_check_span)


class Incident(_Model):
    type: str
    category: IncidentCategory = "other"
    date: DateInfo | None = None
    time: TimeInfo | None = None
    locations: list[Location] = Field(default_factory=_empty)
    figures: list[Figure] = Field(default_factory=_empty)
    actors: list[Actor] = Field(default_factory=_empty)

    def breakdowns(self) -> list[Breakdown]:
        """Each total with the per-location figures of its category and label."""
        out: list[Breakdown] = []
        for total in (f for f in self.figures if f.is_total):
            parts = [
                f for f in self.figures
                if f is not total and f.location is not None and not f.is_total
                and f.category == total.category and f.label == total.label
            ]  # fmt: skip
            if parts:
                out.append(Breakdown(total, parts))
        return out


@dataclass(frozen=True, slots=True)
class Breakdown:
    total: Figure
    parts: list[Figure]

    @property
    def parts_sum(self) -> float:
        return sum(f.value for f in self.parts)

    @property
    def exact(self) -> bool:
        return self.total.qualifier == "exact" and all(f.qualifier == "exact" for f in self.parts)

    @property
    def consistent(self) -> bool | None:
        """True/False when the parts can be tested against the total, None when they cannot."""
        total, s = self.total.value, self.parts_sum
        if self.exact:
            return s == total
        if self.total.qualifier == "at_most":
            return s <= (self.total.value_max or total)
        if self.total.qualifier == "range" and self.total.value_max is not None:
            return s <= self.total.value_max
        return None


class Speaker(_Model):
    id: str
    name: str
    kind: SpeakerKind
    role: str | None = None
    affiliation: str | None = None
    anonymity: Anonymity = "named"
    mentions: list[Span] = Field(default_factory=_empty)

    @field_validator("mentions")
    @classmethod
    def _mentions(cls, value: list[Span]) -> list[Span]:
        for span in value:
            _check_span(span)
        return value


class Flag(_Model):
    reason: FlagReason
    cue: str
    span: Span | None = None

    _span = field_validator("span")(_check_span)


class Attribution(_Model):
    id: str
    speaker_id: str | None = None
    speaker: str | None = None
    speaker_span: Span | None = None
    cue: str | None = None
    cue_span: Span | None = None
    content: str
    content_span: Span  # the outer extent: the first piece's start to the last piece's end
    # schema 2: the pieces in order ("“A,” she said. “B.”" has two); absent (schema 1): one
    content_spans: list[Span] = Field(default_factory=_empty)
    type: QuoteType = "indirect"
    # schema 3: derived from cue and type (text.report_kinds.report_kind), never a model's choice;
    # None in a summary of schema 1 or 2 as read, until fill_kinds
    kind: ReportKind | None = None
    status: Status = "attributed"
    flags: list[Flag] = Field(default_factory=_empty)

    _spans = field_validator("speaker_span", "cue_span", "content_span")(_check_span)

    @field_validator("content_spans")
    @classmethod
    def _pieces(cls, value: list[Span]) -> list[Span]:
        for span in value:
            _check_span(span)
        return value

    @model_validator(mode="after")
    def _one_piece_by_default(self) -> Attribution:
        if not self.content_spans:
            self.content_spans = [self.content_span]
        return self

    @property
    def pieces(self) -> list[tuple[Span, str]]:
        """Each content piece with its part of ``content`` (the whole content for one piece;
        for several, ``content`` cut at the " … " that join parts of the pieces' lengths, else
        split at " … ", the last part taking any extra)."""
        spans = self.content_spans
        if len(spans) <= 1:
            return [(self.content_span, self.content)]
        by_length = _split_by_lengths(self.content, [e - s for s, e in spans])
        if by_length is not None:
            return list(zip(spans, by_length, strict=True))
        parts = self.content.split(PIECE_JOINER, len(spans) - 1)
        parts += [""] * (len(spans) - len(parts))
        return list(zip(spans, parts, strict=True))


def _split_by_lengths(content: str, lengths: list[int]) -> list[str] | None:
    """``content`` cut into parts of the pieces' lengths, each joined to the next by
    PIECE_JOINER, or None if it is not so made. A piece may hold the article's own " … " (a
    quote the article elides): cut at the joiner alone, it would split that piece in two."""
    parts: list[str] = []
    at = 0
    for j, n in enumerate(lengths):
        parts.append(content[at : at + n])
        at += n
        if j < len(lengths) - 1:
            if not content.startswith(PIECE_JOINER, at):
                return None
            at += len(PIECE_JOINER)
    return parts if at == len(content) else None


class Removed(_Model):
    span: Span
    reason: str

    _span = field_validator("span")(_check_span)


class Source(_Model):
    title: str | None = None
    published: str | None = Field(default=None, pattern=r"^\d{4}-\d{2}-\d{2}$")
    chars: int
    sha256: str
    path: str | None = None
    root: str | None = None  # extension: the folder a batch read (absolute), where `path` is found again
    format: SourceFormat = "text"
    text: str | None = None
    removed: list[Removed] = Field(default_factory=_empty)


class Finding(_Model):
    rule: str
    severity: Severity
    path: str
    message: str
    span: Span | None = None


class CheckReport(_Model):
    ok: bool = True
    findings: list[Finding] = Field(default_factory=_empty)

    @property
    def errors(self) -> list[Finding]:
        return [f for f in self.findings if f.severity == "error"]

    @property
    def warnings(self) -> list[Finding]:
        return [f for f in self.findings if f.severity == "warning"]


class Provenance(_Model):
    model: str
    backend: Literal["rules", "openai"] = "rules"
    prompt: str | None = None
    tool_version: str
    created_at: str
    cached: bool = False  # extension: served from the result cache, at no cost


class Usage(_Model):
    requests: int = 0
    retries: int = 0
    input_tokens: int = 0
    output_tokens: int = 0
    cost_usd: float | None = 0.0


class IncidentSummary(_Model):
    schema_version: Literal["1", "2", "3"] = "3"  # SCHEMA_VERSION; READABLE_VERSIONS are read
    headline: str
    summary: str
    incident: Incident | None = None
    speakers: list[Speaker] = Field(default_factory=_empty)
    attributions: list[Attribution] = Field(default_factory=_empty)
    unverified: list[str] = Field(default_factory=_empty)
    source: Source
    check: CheckReport = Field(default_factory=CheckReport)
    provenance: Provenance
    usage: Usage = Field(default_factory=Usage)

    @model_validator(mode="after")
    def _spans_slice(self, info: ValidationInfo) -> IncidentSummary:
        context = info.context if isinstance(info.context, dict) else None
        if not context or context.get("text") is None:
            return self
        text = span_text_layer(self, context["text"])
        problems = [f"{path}: {message}" for path, _, message in span_problems(self, text)]
        if problems:
            more = f" (and {len(problems) - 3} more)" if len(problems) > 3 else ""
            raise ValueError("; ".join(problems[:3]) + more)
        return self


def span_text_layer(summary: IncidentSummary, original: str) -> str:
    """The text every span of ``summary`` indexes: the extracted text for HTML input."""
    if summary.source.format == "html" and summary.source.text is not None:
        return summary.source.text
    return original


def _surface(text: str, span: Span | None, expected: str | None, path: str) -> Iterator[tuple[str, Span | None, str]]:
    if span is None:
        return
    start, end = span
    if not (0 <= start <= end <= len(text)):
        yield path, span, f"span [{start}, {end}] is outside the text (0..{len(text)})"
        return
    if expected is not None and text[start:end] != expected:
        got = text[start:end]
        shown = got if len(got) <= 60 else got[:57] + "..."
        want = expected if len(expected) <= 60 else expected[:57] + "..."
        yield path, span, f"span [{start}, {end}] slices to {shown!r}, not {want!r}"


def _pieces_problems(
    text: str, att: Attribution, pieces: list[tuple[Span, str]], base: str
) -> Iterator[tuple[str, Span | None, str]]:
    """Content in pieces: each piece slices to its part of the content, the pieces come in
    order without overlapping, and ``content_span`` runs from the first to the last."""
    if att.content.count(PIECE_JOINER) < len(pieces) - 1:
        yield (
            f"{base}.content",
            att.content_span,
            f"{len(pieces)} content_spans but the content has {att.content.count(PIECE_JOINER) + 1} "
            f"part(s) joined by {PIECE_JOINER!r}",
        )
        return
    for j, (span, part) in enumerate(pieces):
        yield from _surface(text, span, part, f"{base}.content_spans[{j}]")
    spans = [span for span, _ in pieces]
    if any(a[1] > b[0] for a, b in itertools.pairwise(spans)):
        yield f"{base}.content_spans", att.content_span, "content pieces overlap or are out of order"
    outer = (spans[0][0], spans[-1][1])
    if tuple(att.content_span) != outer:
        yield (
            f"{base}.content_span",
            att.content_span,
            f"span {list(att.content_span)} is not the pieces' extent {list(outer)}",
        )


def _fits(text: str, span: Span | None, expected: str | None) -> bool:
    """Whether ``_surface`` finds nothing wrong with the span (none, or in range and slicing to
    ``expected``)."""
    if span is None:
        return True
    start, end = span
    return 0 <= start <= end <= len(text) and (expected is None or text[start:end] == expected)


def span_problems(summary: IncidentSummary, text: str) -> Iterator[tuple[str, Span | None, str]]:
    """Every span that is out of range or does not slice to its field's surface text.

    Yields (json path, span, message). Shared by model validation and the checker. A span
    that fits is passed without building its path.
    """
    incident = summary.incident
    if incident is not None:
        if incident.date is not None and not _fits(text, incident.date.span, incident.date.text):
            yield from _surface(text, incident.date.span, incident.date.text, "incident.date.span")
        if incident.time is not None and not _fits(text, incident.time.span, incident.time.text):
            yield from _surface(text, incident.time.span, incident.time.text, "incident.time.span")
        for i, loc in enumerate(incident.locations):
            if not _fits(text, loc.span, loc.name):
                yield from _surface(text, loc.span, loc.name, f"incident.locations[{i}].span")
        for i, fig in enumerate(incident.figures):
            if not _fits(text, fig.span, fig.text):
                yield from _surface(text, fig.span, fig.text, f"incident.figures[{i}].span")
        for i, actor in enumerate(incident.actors):
            if not _fits(text, actor.span, actor.name):
                yield from _surface(text, actor.span, actor.name, f"incident.actors[{i}].span")
    for i, speaker in enumerate(summary.speakers):
        for j, mention in enumerate(speaker.mentions):
            if not _fits(text, mention, None):
                yield from _surface(text, mention, None, f"speakers[{i}].mentions[{j}]")
    for i, att in enumerate(summary.attributions):
        base = f"attributions[{i}]"
        if not _fits(text, att.speaker_span, att.speaker):
            yield from _surface(text, att.speaker_span, att.speaker, f"{base}.speaker_span")
        if not _fits(text, att.cue_span, att.cue):
            yield from _surface(text, att.cue_span, att.cue, f"{base}.cue_span")
        pieces = att.pieces
        if len(pieces) == 1:
            if not _fits(text, att.content_span, att.content):
                yield from _surface(text, att.content_span, att.content, f"{base}.content_span")
        else:
            yield from _pieces_problems(text, att, pieces, base)
        for j, flag in enumerate(att.flags):
            if not _fits(text, flag.span, flag.cue):
                yield from _surface(text, flag.span, flag.cue, f"{base}.flags[{j}].span")
    for i, removed in enumerate(summary.source.removed):
        if not _fits(text, removed.span, None):
            yield from _surface(text, removed.span, None, f"source.removed[{i}].span")
    for i, finding in enumerate(summary.check.findings):
        if not _fits(text, finding.span, None):
            yield from _surface(text, finding.span, None, f"check.findings[{i}].span")


@dataclass(frozen=True, slots=True)
class HedgeCue:
    """An uncertainty or unverified-claim cue found by ``find_hedges``."""

    text: str
    span: Span
    kind: HedgeKind

    def model_dump(self) -> dict[str, Any]:
        return {"text": self.text, "span": list(self.span), "kind": self.kind}
