"""A summary for the terminal (rich): compact, readable without colour, plain when piped."""

from __future__ import annotations

from typing import IO

from rich.console import Console, Group
from rich.markup import escape
from rich.table import Table
from rich.text import Text

from summarizer.render.markdown import figure_value, grouped_attributions, kind_note, number, speaker_line
from summarizer.schema import IncidentSummary

_STATUS_STYLE = {"attributed": "green", "unverified": "yellow", "disputed": "bold red"}
_STATUS_BADGE = {"attributed": "[attributed]", "unverified": "[UNVERIFIED]", "disputed": "[DISPUTED]"}


def _table(*columns: str, title: str | None = None) -> Table:
    table = Table(
        *columns,
        title=title,
        title_justify="left",
        title_style="bold",
        box=None,
        pad_edge=False,
        show_edge=False,
        header_style="bold",
    )
    return table


def build(summary: IncidentSummary) -> Group:
    parts: list[object] = [Text(summary.headline, style="bold"), Text(""), Text(summary.summary), Text("")]
    inc = summary.incident
    if inc is not None:
        facts = _table("", "", title="Incident")
        facts.add_row("type", f"{escape(inc.type)} ({inc.category})")
        if inc.date is not None:
            facts.add_row("date", f"{inc.date.value or 'unresolved'} ({escape(inc.date.text)})")
        if inc.time is not None:
            window = " to ".join(x for x in (inc.time.start, inc.time.end) if x)
            zone = f" {inc.time.timezone}" if inc.time.timezone else ""
            facts.add_row("time", f"{window}{zone} ({escape(inc.time.text)})")
        if inc.locations:
            facts.add_row("where", escape(", ".join(loc.name for loc in inc.locations)))
        if inc.actors:
            facts.add_row("actors", escape(", ".join(f"{a.name} ({a.role})" for a in inc.actors)))
        parts += [facts, Text("")]
        if inc.figures:
            figs = _table("what", "count", "where", "", "source", title="Figures")
            for f in inc.figures:
                figs.add_row(
                    escape(f.label),
                    escape(figure_value(f)),
                    escape(f.location or "-"),
                    "TOTAL" if f.is_total else "",
                    f.attribution_id or "",
                )
            parts.append(figs)
            for b in inc.breakdowns():
                ok = b.consistent
                mark = {
                    True: ("sum matches total", "green"),
                    False: ("sum does NOT match total", "bold red"),
                    None: ("not exactly comparable", "yellow"),
                }[ok]
                total = figure_value(b.total)
                parts.append(
                    Text.assemble(
                        f"  {len(b.parts)} per-location figures sum to {number(b.parts_sum)}, total {total}: ",
                        (mark[0], mark[1]),
                    )
                )
            parts.append(Text(""))
    if summary.speakers:
        sp = _table("id", "speaker", title="Speakers")
        for s in summary.speakers:
            sp.add_row(s.id, escape(speaker_line(s)))
        parts += [sp, Text("")]
    if summary.attributions:
        parts.append(Text("Who said what", style="bold"))
        for speaker, items in grouped_attributions(summary):
            parts.append(Text(f"  {speaker.name if speaker else 'No named source'}", style="bold"))
            for a in items:
                line = Text("    ")
                line.append(_STATUS_BADGE[a.status], style=_STATUS_STYLE[a.status])
                line.append(f" {a.id} {a.type}{kind_note(a)}")
                if a.cue:
                    line.append(f" ({a.cue})", style="italic")
                line.append(": ")
                line.append(f"“{a.content}”" if a.type == "direct" else a.content)
                parts.append(line)
                for fl in a.flags:
                    note = Text("        ")
                    note.append(
                        fl.reason.replace("_", " "),
                        style=_STATUS_STYLE["disputed" if fl.reason in ("contested", "denied") else "unverified"],
                    )
                    if fl.cue:
                        note.append(f": “{fl.cue}”")
                    parts.append(note)
        parts.append(Text(""))
    findings = summary.check.findings
    if findings:
        parts.append(Text("Checks", style="bold"))
        for finding in findings:
            parts.append(
                Text.assemble(
                    "  ",
                    (finding.severity.upper(), "bold red" if finding.severity == "error" else "yellow"),
                    f" {finding.rule} {finding.path}: {finding.message}",
                )
            )
    else:
        parts.append(Text.assemble(("Checks: ", "bold"), ("all passed", "green")))
    src = summary.source
    removed = ", ".join(sorted({r.reason for r in src.removed}))
    tail = (
        f"{src.format}, {src.chars} chars"
        + (f"; removed: {removed}" if removed else "")
        + f"; model {summary.provenance.model}"
    )
    parts.append(Text(tail, style="dim"))
    return Group(*parts)  # type: ignore[arg-type]


def render_pretty(summary: IncidentSummary, file: IO[str] | None = None, *, color: bool | None = None) -> None:
    console = Console(
        file=file, highlight=False, soft_wrap=False, no_color=None if color is None else not color, force_terminal=color
    )
    console.print(build(summary))
