"""A summary as a Markdown report: headline, summary, incident facts, figures with their sum,
speakers, attributions grouped by speaker with status and flags, checker findings."""

from __future__ import annotations

from summarizer.schema import Attribution, Figure, IncidentSummary, Speaker

_BADGE = {"attributed": "attributed", "unverified": "**UNVERIFIED**", "disputed": "**DISPUTED**"}


def _esc(text: str | None) -> str:
    """Escape Markdown table and emphasis characters in article text."""
    if text is None:
        return ""
    out = text.replace("\\", "\\\\").replace("|", "\\|").replace("*", "\\*").replace("_", "\\_")
    out = out.replace("<", "&lt;").replace(">", "&gt;").replace("`", "\\`").replace("[", "\\[")
    return " ".join(out.split())


_QUALIFIER_WORDS = {"at_least": "at least ", "at_most": "up to ", "about": "about ", "range": "", "exact": ""}


def number(value: float) -> str:
    """A count for people to read: 10000000 as "10,000,000", 2.5 as "2.5"."""
    return f"{int(value):,}" if float(value).is_integer() else f"{value:,}"


def figure_value(f: Figure) -> str:
    """A figure with its qualifier in words, its digits as written: "up to 10 million", "at least 27".

    A number written in words ("nine") is shown in digits, so a column of counts reads at a glance."""
    if f.qualifier == "range" and f.value_max is not None:
        return f"{number(f.value)}–{number(f.value_max)}"
    written = f.text if f.text and any(c.isdigit() for c in f.text) else number(f.value)
    return _QUALIFIER_WORDS[f.qualifier] + written


def kind_note(a: Attribution) -> str:
    """What follows an attribution's type: ", belief" (or evidence, stance). Only what was not
    said or written is marked, as the lists are read for who said what."""
    return f", {a.kind}" if a.kind not in (None, "speech") else ""


def grouped_attributions(summary: IncidentSummary) -> list[tuple[Speaker | None, list[Attribution]]]:
    """Attributions grouped by speaker, speakers in order, unattributed ones last."""
    by_id: dict[str | None, list[Attribution]] = {}
    for a in summary.attributions:
        by_id.setdefault(a.speaker_id, []).append(a)
    groups: list[tuple[Speaker | None, list[Attribution]]] = [
        (s, by_id[s.id]) for s in summary.speakers if s.id in by_id
    ]
    known = {s.id for s in summary.speakers}
    orphans = [a for sid, items in by_id.items() if sid is None or sid not in known for a in items]
    if orphans:
        groups.append((None, orphans))
    return groups


def speaker_line(s: Speaker) -> str:
    details = [x for x in (s.role, s.affiliation) if x and x.lower() not in s.name.lower()]
    kind = s.kind if s.anonymity == "named" else f"{s.kind}, {s.anonymity.replace('_', ' ')}"
    return f"{s.name}" + (f", {', '.join(details)}" if details else "") + f" ({kind})"


def render_markdown(summary: IncidentSummary) -> str:
    lines: list[str] = [f"# {_esc(summary.headline)}", "", _esc(summary.summary), ""]
    inc = summary.incident
    if inc is not None:
        lines += ["## Incident", "", "| | |", "|---|---|", f"| Type | {_esc(inc.type)} ({inc.category}) |"]
        if inc.date is not None:
            lines.append(f"| Date | {inc.date.value or 'unresolved'} ({_esc(inc.date.text)}) |")
        if inc.time is not None:
            window = " to ".join(x for x in (inc.time.start, inc.time.end) if x)
            zone = f" {inc.time.timezone}" if inc.time.timezone else ""
            lines.append(f"| Time | {window}{zone} ({_esc(inc.time.text)}) |")
        if inc.locations:
            lines.append(f"| Locations | {', '.join(_esc(loc.name) for loc in inc.locations)} |")
        if inc.actors:
            lines.append(f"| Actors | {', '.join(f'{_esc(a.name)} ({a.role})' for a in inc.actors)} |")
        lines.append("")
        if inc.figures:
            lines += ["### Figures", "", "| What | Count | Where | Total | Source |", "|---|---:|---|---|---|"]
            for f in inc.figures:
                lines.append(
                    f"| {_esc(f.label)} | {_esc(figure_value(f))} | {_esc(f.location) or '—'} "
                    f"| {'total' if f.is_total else ''} | {f.attribution_id or ''} |"
                )
            lines.append("")
            for b in inc.breakdowns():
                verdict = {
                    True: "sum matches the total",
                    False: "sum does NOT match the total",
                    None: "cannot be compared exactly",
                }[b.consistent]
                lines.append(
                    f"Per-location {_esc(b.total.label)}: {len(b.parts)} figures summing to {number(b.parts_sum)}; "
                    f"stated total {_esc(figure_value(b.total))}: {verdict}."
                )
            lines.append("")
    if summary.speakers:
        lines += ["## Speakers", ""]
        lines += [f"- **{s.id}** {_esc(speaker_line(s))}" for s in summary.speakers]
        lines.append("")
    if summary.attributions:
        lines += ["## Who said what", ""]
        for speaker, items in grouped_attributions(summary):
            lines.append(f"### {_esc(speaker.name) if speaker else 'No named source'}")
            lines.append("")
            for a in items:
                quote = f"“{_esc(a.content)}”" if a.type == "direct" else _esc(a.content)
                cue = f" *{_esc(a.cue)}*" if a.cue else ""
                lines.append(f"- {a.id} {_BADGE[a.status]} ({a.type}{kind_note(a)}){cue}: {quote}")
                for fl in a.flags:
                    lines.append(
                        f"  - {fl.reason.replace('_', ' ')}: “{_esc(fl.cue)}”"
                        if fl.cue
                        else f"  - {fl.reason.replace('_', ' ')}"
                    )
            lines.append("")
    findings = summary.check.findings
    lines += ["## Checks", ""]
    if not findings:
        lines.append("All checks passed.")
    for finding in findings:
        lines.append(f"- {finding.severity.upper()} `{finding.rule}` at `{finding.path}`: {_esc(finding.message)}")
    lines.append("")
    src = summary.source
    removed = ", ".join(sorted({r.reason for r in src.removed}))
    lines += [
        "## Source",
        "",
        f"- {src.format}, {src.chars} characters, sha256 {src.sha256[:12]}…"
        + (f", {_esc(src.path)}" if src.path else ""),
        f"- Removed boilerplate: {removed}" if removed else "- No boilerplate removed",
        f"- Model: {summary.provenance.model} ({summary.provenance.backend}), summarizer {summary.provenance.tool_version}",
        "",
    ]
    return "\n".join(lines)
