"""`summarize check`: summaries checked against their articles with the rule-based checker."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import IO, TYPE_CHECKING

from summarizer.cli.arguments import EXIT_FAILED, EXIT_OK, Parser, UsageError
from summarizer.errors import InputError

if TYPE_CHECKING:
    from summarizer.schema import Finding, Source


def _check_parser() -> argparse.ArgumentParser:
    p = Parser(
        prog="summarize check",
        description="Check summaries against their articles with the rule-based checker. "
        "Exit 0: no errors; 1: errors found; 2: bad usage or unreadable input.",
    )
    p.add_argument("summary", nargs="?", help="a summary .json, or a .jsonl of summaries ('-': stdin)")
    p.add_argument("article", nargs="?", help="the article file; for a .jsonl, a folder holding the articles")
    p.add_argument("-f", "--format", choices=("pretty", "json"), help="default: pretty on a terminal, JSON otherwise")
    p.add_argument("--rules", action="store_true", help="list the rules and exit")
    p.add_argument("--debug", action="store_true", help="show tracebacks")
    return p


def _load_summaries(arg: str, stdin: IO[str]) -> list[tuple[str, dict[str, object]]]:
    """(label, parsed JSON) of each summary in a .json, a .jsonl or stdin."""
    if arg == "-":
        raw, label = stdin.read(), "<stdin>"
    else:
        try:
            raw, label = Path(arg).read_text(encoding="utf-8"), arg
        except FileNotFoundError:
            raise InputError("no such file", path=arg, kind="unreadable") from None
        except (OSError, UnicodeDecodeError) as exc:
            raise InputError(f"cannot read: {exc}", path=arg, kind="unreadable") from None
    items: list[tuple[str, dict[str, object]]] = []
    stripped = raw.strip()
    if not stripped:
        raise InputError("empty file", path=label, kind="empty")
    try:
        whole = json.loads(stripped)
        docs = [whole] if isinstance(whole, dict) else None
    except json.JSONDecodeError as exc:
        docs = None
        if "\n" not in stripped:
            raise InputError(
                f"not valid JSON ({exc.msg} at line {exc.lineno}, column {exc.colno})", path=label, kind="format"
            ) from None
    if docs is not None:
        return [(label, docs[0])]
    for number, line in enumerate(raw.splitlines(), 1):
        if not line.strip():
            continue
        try:
            doc = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(f"line {number} is not valid JSON ({exc.msg})", path=label, kind="format") from None
        if not isinstance(doc, dict):
            raise InputError(f"line {number} is not a JSON object", path=label, kind="format")
        items.append((f"{label}:{number}", doc))
    return items


def _parse_summary(label: str, doc: dict[str, object]):  # type: ignore[no-untyped-def]
    from pydantic import ValidationError

    from summarizer.schema import READABLE_VERSIONS, IncidentSummary

    version = doc.get("schema_version")
    if version not in READABLE_VERSIONS:
        raise InputError(
            f"schema_version {version!r} is not supported "
            f"(this tool reads {', '.join(READABLE_VERSIONS[:-1])} and {READABLE_VERSIONS[-1]})",
            path=label,
            kind="format",
        )
    from summarizer.assembly import fill_kinds

    try:
        return fill_kinds(IncidentSummary.model_validate(doc))  # schema 1 and 2 carry no kind
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        more = f" (and {exc.error_count() - 1} more)" if exc.error_count() > 1 else ""
        raise InputError(f"not a valid summary: {where}: {first['msg']}{more}", path=label, kind="format") from None


def _missing_article(exc: InputError) -> Finding:
    from summarizer.schema import Finding

    return Finding(rule="article-found", severity="error", path="source.path", message=str(exc))


def _article_for(source: Source, article_arg: str | None, many: bool) -> Path:
    """The article a summary was made from: ARTICLE itself, else ``source.path`` found as written,
    under ARTICLES_DIR or under the batch's input root (``source.root``), so a batch's summaries
    are checked from any folder. Under a base folder the longest tail of the path that exists wins."""
    if article_arg is not None and (not many or Path(article_arg).is_file()):
        return Path(article_arg)
    if not source.path:
        where = "no article given and the summary" if article_arg is None else "the summary"
        raise InputError(f"{where} records no source.path to find its article by", kind="input")
    recorded = Path(source.path)
    bases = [Path(b) for b in (article_arg, source.root) if b]
    tails = [Path(*recorded.parts[i:]) for i in range(1 if recorded.is_absolute() else 0, len(recorded.parts))]
    for candidate in [recorded, *(base / tail for base in bases for tail in tails)]:
        if candidate.is_file():
            return candidate
    searched = " or ".join(str(b) for b in bases) or "the current folder"
    raise InputError(f"no article for source.path {source.path!r} in {searched}", kind="unreadable")


def cmd_check(argv: Sequence[str], stdin: IO[str], stdout: IO[str]) -> int:
    args = _check_parser().parse_args(argv)
    from summarizer.checker import catalogue, check
    from summarizer.schema import CheckReport
    from summarizer.text.decoding import read_input

    if args.rules:
        for rule_id, severity, description in catalogue():
            stdout.write(f"{rule_id:20} {severity:8} {description}\n")
        return EXIT_OK
    if not args.summary:
        raise UsageError("summarize check: give a summary .json or .jsonl (see --help)")
    fmt = args.format or ("pretty" if stdout.isatty() else "json")
    items = _load_summaries(args.summary, stdin)
    many = len(items) > 1 or args.summary.endswith(".jsonl")
    worst = EXIT_OK
    for label, doc in items:
        summary = _parse_summary(label, doc)
        try:
            path = _article_for(summary.source, args.article, many)
            text, _, warnings = read_input(path)
        except InputError as exc:
            if not many:
                raise
            # one missing article is that summary's finding; the others are still checked
            path = Path(summary.source.path or "")
            report = CheckReport(ok=False, findings=[_missing_article(exc)])
        else:
            for warning in warnings:
                print(f"summarize: warning: {path}: {warning}", file=sys.stderr)
            report = check(summary, text)
        if not report.ok:
            worst = EXIT_FAILED
        if fmt == "json":
            out = report.model_dump(mode="json")
            if many:
                out = {"summary": label, "article": str(path), **out}
            stdout.write(json.dumps(out, ensure_ascii=False) + "\n")
        else:
            errors = sum(f.severity == "error" for f in report.findings)
            warns = len(report.findings) - errors
            stdout.write(f"{label}: {'ok' if report.ok else 'FAILED'}, {errors} error(s), {warns} warning(s)\n")
            for f in report.findings:
                at = f" at [{f.span[0]}, {f.span[1]}]" if f.span else ""
                stdout.write(f"  {f.severity.upper():7} {f.rule:18} {f.path}{at}: {f.message}\n")
    return worst
