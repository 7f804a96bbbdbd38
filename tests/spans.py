"""Test helper: every span of a summary, with the text it must slice to (None: any text)."""

from __future__ import annotations

from collections.abc import Iterator

from summarizer.schema import IncidentSummary


def all_spans(summary: IncidentSummary) -> Iterator[tuple[str, tuple[int, int], str | None]]:
    inc = summary.incident
    if inc is not None:
        if inc.date and inc.date.span:
            yield "date", inc.date.span, inc.date.text
        if inc.time and inc.time.span:
            yield "time", inc.time.span, inc.time.text
        for loc in inc.locations:
            yield "location", loc.span, loc.name
        for f in inc.figures:
            yield "figure", f.span, f.text
        for a in inc.actors:
            if a.span:
                yield "actor", a.span, a.name
    for s in summary.speakers:
        for m in s.mentions:
            yield "mention", m, None
    for a in summary.attributions:
        if a.speaker_span:
            yield "speaker", a.speaker_span, a.speaker
        if a.cue_span:
            yield "cue", a.cue_span, a.cue
        for span, part in a.pieces:  # schema 2: each piece slices to its part of the content
            yield "content", span, part
        for fl in a.flags:
            if fl.span:
                yield "flag", fl.span, fl.cue
    for r in summary.source.removed:
        yield "removed", r.span, None
    for finding in summary.check.findings:
        if finding.span:
            yield "finding", finding.span, None


def assert_spans_slice(summary: IncidentSummary, text: str) -> None:
    layer = summary.source.text if summary.source.format == "html" and summary.source.text is not None else text
    for kind, (start, end), surface in all_spans(summary):
        assert 0 <= start <= end <= len(layer), (kind, start, end, len(layer))
        if surface is not None:
            assert layer[start:end] == surface, (kind, layer[start:end], surface)
    if summary.incident is not None:  # a figure's place is one of the incident's, as written
        names = {loc.name for loc in summary.incident.locations}
        for f in summary.incident.figures:
            assert f.location is None or f.location in names, (f.location, names)
