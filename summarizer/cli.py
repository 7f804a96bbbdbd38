"""The `summarize` command: the only module that knows about the terminal and exit codes.

    summarize [FILE|-]            one article (stdin when no FILE): pretty on a terminal, JSON when piped

Exit codes: 0 done; 1 the work failed (a model error, checker errors where asked); 2 bad usage
or unreadable input; 130 interrupted. Errors are one line on stderr unless --debug.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import IO, TYPE_CHECKING, NoReturn

from summarizer._version import __version__
from summarizer.errors import (
    BackendError,
    ConfigError,
    ExtractionError,
    InputError,
    PromptError,
    SummarizerError,
)

if TYPE_CHECKING:
    from summarizer.schema import Finding, Source

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130
_EXIT_FOR: list[tuple[type[SummarizerError], int]] = [
    (InputError, EXIT_USAGE),
    (ConfigError, EXIT_USAGE),
    (PromptError, EXIT_USAGE),
    (BackendError, EXIT_FAILED),
    (ExtractionError, EXIT_FAILED),
]


class UsageError(Exception):
    """Bad command-line usage, reported like argparse does (exit 2)."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{self.prog}: {message}")


def _main_parser() -> argparse.ArgumentParser:
    p = _Parser(
        prog="summarize",
        description="Structured, source-grounded summaries of news articles. "
        "Other commands: " + ", ".join(sorted(SUBCOMMANDS)) + " (summarize COMMAND --help).",
    )
    p.add_argument("file", nargs="?", default=None, help="article file (.txt, .md, .html); '-' or nothing reads stdin")
    p.add_argument(
        "-f",
        "--format",
        choices=("pretty", "json", "md", "html"),
        help="output format (default: pretty on a terminal, JSON otherwise; html: a self-contained page)",
    )
    p.add_argument("-m", "--model", help="'rules' (offline), 'openai:<model>' or '<provider>:<model>'")
    p.add_argument("--published", metavar="YYYY-MM-DD", help="publication date, to resolve 'Monday' or 'yesterday'")
    p.add_argument("--input-format", choices=("text", "markdown", "html"), help="force the input format")
    p.add_argument("-o", "--output", metavar="FILE", help="write to FILE (atomically) instead of stdout")
    p.add_argument("--version", action="version", version=f"summarizer {__version__}")
    p.add_argument("--debug", action="store_true", help="show tracebacks")
    _llm_options(p)
    return p


def _llm_options(p: argparse.ArgumentParser) -> None:
    g = p.add_argument_group("LLM models")
    g.add_argument("--base-url", help="an OpenAI-compatible server, e.g. http://localhost:11434/v1")
    g.add_argument("--mode", choices=("tools", "json_schema", "json", "md_json"), help="how the model returns JSON")
    g.add_argument("--max-reasks", type=int, help="re-asks after a failed check (default 2)")
    g.add_argument("--timeout", type=float, dest="timeout_s", help="seconds per request (default 60)")
    g.add_argument("--no-cache", action="store_true", help="neither read nor write the result cache")
    g.add_argument("--cache-dir", help="where the result cache lives (default ~/.cache/summarizer)")
    g.add_argument("--prompts-dir", help="your own prompt templates")
    g.add_argument("--fallback", choices=("rules",), help="on an LLM failure, give the offline result with a warning")


def _settings(args: argparse.Namespace) -> object:
    from summarizer.config import Settings

    return Settings.from_env(
        model=getattr(args, "model", None), base_url=getattr(args, "base_url", None), mode=getattr(args, "mode", None),
        max_reasks=getattr(args, "max_reasks", None), timeout_s=getattr(args, "timeout_s", None),
        cache=False if getattr(args, "no_cache", False) else None, cache_dir=getattr(args, "cache_dir", None),
        prompts_dir=getattr(args, "prompts_dir", None), fallback=getattr(args, "fallback", None),
    )  # fmt: skip


def _read_stdin(stdin: IO[str]) -> bytes:
    if stdin.isatty():
        print("Paste the article, then press Ctrl-D (Ctrl-Z Enter on Windows):", file=sys.stderr)
    buffer = getattr(stdin, "buffer", None)
    data = buffer.read() if buffer is not None else stdin.read().encode("utf-8")
    return data


def _format_for(args: argparse.Namespace, stdout: IO[str]) -> str:
    if args.format:
        return str(args.format)
    if args.output:
        return {".md": "md", ".markdown": "md", ".html": "html", ".htm": "html"}.get(
            Path(args.output).suffix.lower(), "json"
        )
    return "pretty" if stdout.isatty() else "json"


def _emit(text: str, output: str | None, stdout: IO[str]) -> None:
    if output:
        from summarizer._files import write_atomic

        write_atomic(Path(output), text)
    else:
        stdout.write(text)
        if not text.endswith("\n"):
            stdout.write("\n")


def cmd_summarize(argv: Sequence[str], stdin: IO[str], stdout: IO[str]) -> int:
    args = _main_parser().parse_args(argv)
    from summarizer.pipeline import summarize

    source: bytes | Path
    path = None
    if args.file in (None, "-"):
        source = _read_stdin(stdin)
    else:
        source = Path(args.file)
        path = args.file
    from summarizer.config import Settings
    from summarizer.ingest import read_input

    settings = _settings(args)
    assert isinstance(settings, Settings)  # _settings is typed loosely for the other commands

    # decoded here, not in summarize(), so a decoding warning (Windows-1252) reaches stderr
    text, _, warnings = read_input(source, max_bytes=settings.max_bytes)
    for warning in warnings:
        print(f"summarize: warning: {path or '<stdin>'}: {warning}", file=sys.stderr)
    result = summarize(text, published=args.published, path=path, format=args.input_format, settings=settings)
    fmt = _format_for(args, stdout)
    for finding in result.check.findings:
        if finding.rule == "llm-fallback" or (finding.rule == "language" and result.provenance.backend == "rules"):
            print(f"summarize: warning: {finding.message}", file=sys.stderr)
    if fmt == "pretty" and result.provenance.backend == "openai":
        u = result.usage
        cost = "unknown" if u.cost_usd is None else f"${u.cost_usd:.4f}"
        cached = " (from the cache)" if result.provenance.cached else ""
        print(f"summarize: {result.provenance.model}{cached}: {u.requests} requests ({u.retries} retries), "
              f"{u.input_tokens} in / {u.output_tokens} out tokens, cost {cost}", file=sys.stderr)  # fmt: skip
    if fmt == "json":
        _emit(json.dumps(result.model_dump(mode="json"), ensure_ascii=False, indent=2), args.output, stdout)
    elif fmt == "md":
        from summarizer.render.markdown import render_markdown

        _emit(render_markdown(result), args.output, stdout)
    elif fmt == "html":
        from summarizer.render.html import render_html

        _emit(render_html(result, text), args.output, stdout)
    else:
        from summarizer.render.pretty import render_pretty

        if args.output:
            import io

            buf = io.StringIO()
            render_pretty(result, buf, color=False)
            _emit(buf.getvalue(), args.output, stdout)
        else:
            render_pretty(result, stdout)
    return EXIT_OK


def _check_parser() -> argparse.ArgumentParser:
    p = _Parser(
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
    from summarizer.ingest import read_input
    from summarizer.schema import CheckReport

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


def _batch_parser() -> argparse.ArgumentParser:
    p = _Parser(
        prog="summarize batch",
        description="Summarize every article under a folder: one JSON per article mirroring the "
        "input tree, plus summaries.jsonl, errors.jsonl and report.md. A re-run skips what is done. "
        "Exit 0: all succeeded; 1: some failed; 2: bad usage; 130: interrupted.",
    )
    p.add_argument("in_dir", help="folder of articles (searched recursively)")
    p.add_argument("-o", "--out", dest="out_dir", help="output folder (default: IN_DIR-summaries beside it)")
    p.add_argument(
        "--glob", action="append", default=[], metavar="PATTERN", help="only files matching (repeatable), e.g. '*.txt'"
    )
    p.add_argument("--ext", help="comma-separated suffixes to read (default: .txt,.md,.markdown,.html,.htm)")
    p.add_argument("-j", "--jobs", type=int, default=0, help="workers (default: one per core offline, 8 for an LLM)")
    p.add_argument("-m", "--model", help="'rules' (offline), 'openai:<model>' or '<provider>:<model>'")
    p.add_argument("--published", metavar="YYYY-MM-DD", help="publication date for every article")
    p.add_argument("--max-bytes", type=int, help="size cap per file (default 2 MB)")
    p.add_argument("--force", action="store_true", help="redo every article")
    p.add_argument("--retry-failed", action="store_true", help="redo only the articles that failed")
    p.add_argument("--no-progress", action="store_true", help="no progress display on stderr")
    p.add_argument("--no-html", action="store_true", help="no HTML page per article and no index.html")
    p.add_argument(
        "--article-timeout", type=float, metavar="SECONDS",
        help="time limit per article, recorded as a 'timeout' error when passed (default: 60 with the offline "
        "model, none with an LLM model, whose requests --timeout bounds; 0: no limit)",
    )  # fmt: skip
    p.add_argument(
        "--follow-symlinks", action="store_true", help="read symlinks that lead out of IN_DIR (default: record them)"
    )
    p.add_argument("--batch-api", action="store_true", help="send the requests as OpenAI Batch API jobs (batch prices, "
                   "answers within 24 h; a re-run resumes them; SUMMARIZER_BATCH_POLL_S: seconds between polls)")  # fmt: skip
    p.add_argument("--engine", choices=("local", "ray"), default="local", help="where articles are summarised (ray: pip install 'summarizer[ray]')")  # fmt: skip
    p.add_argument("--address", help="--engine ray: the cluster's address (default: a local cluster for the run)")
    p.add_argument("--debug", action="store_true", help="show tracebacks")
    _llm_options(p)
    return p


class _PlainProgress:
    """Progress as plain lines, for stderr that is not a terminal: at most one every 2 s."""

    def __init__(self) -> None:
        self.total = 0
        self.last = 0.0
        import time

        self.started = time.perf_counter()
        self._time = time.perf_counter

    def __call__(self, totals: object, total: int | None) -> None:
        if total is not None:
            self.total = total
            print(f"summarize batch: {total} article files found", file=sys.stderr, flush=True)
            return
        now = self._time()
        if now - self.last < 2.0:
            return
        self.last = now
        print(f"summarize batch: {_progress_line(totals, self.total, now - self.started)}", file=sys.stderr, flush=True)


def _progress_line(t: object, total: int, elapsed: float) -> str:
    done = t.done + t.skipped + t.failed + t.duplicates  # type: ignore[attr-defined]
    rate = t.done / elapsed if elapsed > 0 else 0.0  # type: ignore[attr-defined]
    eta = (total - done) / rate if rate > 0 else 0.0
    tokens = f", {t.input_tokens + t.output_tokens} tokens, ${t.cost_usd:.4f}" if t.requests else ""  # type: ignore[attr-defined]
    return f"{done}/{total} ({rate:.1f}/s, ETA {eta:.0f} s), {t.failed} failed{tokens}"  # type: ignore[attr-defined]


class _RichProgress:
    def __init__(self) -> None:
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

        self.progress = Progress(
            TextColumn("[bold]summarize batch"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
            TextColumn("{task.fields[info]}"), transient=False,
        )  # fmt: skip
        self.task = self.progress.add_task("batch", total=None, info="")
        import time

        self._time = time.perf_counter
        self.started = self._time()

    def __enter__(self) -> _RichProgress:
        self.progress.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.progress.stop()

    def __call__(self, t: object, total: int | None) -> None:
        if total is not None:
            self.progress.update(self.task, total=total)
            return
        done = t.done + t.skipped + t.failed + t.duplicates  # type: ignore[attr-defined]
        elapsed = self._time() - self.started
        rate = t.done / elapsed if elapsed > 0 else 0.0  # type: ignore[attr-defined]
        info = f"{rate:.1f}/s, {t.failed} failed"  # type: ignore[attr-defined]
        if t.requests:  # type: ignore[attr-defined]
            info += f", {t.input_tokens + t.output_tokens} tokens, ${t.cost_usd:.4f}"  # type: ignore[attr-defined]
        self.progress.update(self.task, completed=done, info=info)


def cmd_batch(argv: Sequence[str], stdin: IO[str], stdout: IO[str]) -> int:
    args = _batch_parser().parse_args(argv)
    from summarizer.batch import DEFAULT_SUFFIXES, BatchOptions, BatchRun
    from summarizer.pipeline import _validate_published

    if args.force and args.retry_failed:
        raise UsageError("summarize batch: --force and --retry-failed do not go together")
    if args.jobs < 0:
        raise UsageError("summarize batch: --jobs must be 0 or more")
    if args.batch_api and args.engine != "local":
        raise UsageError("summarize batch: --batch-api sends the requests to the provider: no --engine with it")
    if args.article_timeout is not None and not args.article_timeout >= 0:
        raise UsageError("summarize batch: --article-timeout must be 0 (no limit) or more")
    in_dir = Path(args.in_dir)
    out_dir = Path(args.out_dir) if args.out_dir else in_dir.parent / f"{in_dir.name or 'articles'}-summaries"
    settings = _settings(args).with_(max_bytes=args.max_bytes)  # type: ignore[attr-defined]
    suffixes = tuple(s if s.startswith(".") else f".{s}" for s in args.ext.split(",")) if args.ext else DEFAULT_SUFFIXES
    options = BatchOptions(
        in_dir=in_dir, out_dir=out_dir, settings=settings, globs=args.glob, suffixes=suffixes, jobs=args.jobs,
        force=args.force, retry_failed=args.retry_failed, published=_validate_published(args.published),
        html=not args.no_html, article_timeout_s=args.article_timeout, follow_symlinks=args.follow_symlinks,
        engine=args.engine, address=args.address,
    )  # fmt: skip
    show = not args.no_progress
    if args.batch_api:  # the Batch API's own progress: a line per poll
        from summarizer.batch.batch_api import BatchApiRun

        say = (lambda line: print(f"summarize batch: {line}", file=sys.stderr)) if show else None
        run: BatchRun = BatchApiRun(options, status=say)
        totals = run.run()
    elif show and sys.stderr.isatty():
        with _RichProgress() as bar:
            run = BatchRun(options, bar)
            totals = run.run()
    else:
        run = BatchRun(options, _PlainProgress() if show else None)
        totals = run.run()
    # the process ends next: spare it the interpreter's last full garbage collection over all that
    # openai, instructor and pydantic loaded (a second or more, most of a Ctrl-C's time to exit)
    import gc

    gc.freeze()
    retried = f" ({totals.not_retried} failed before and not retried: --retry-failed)" if totals.not_retried else ""
    summary_line = (
        f"{totals.done} summarized, {totals.skipped} already done, {totals.failed} failed{retried}, "
        f"{totals.duplicates} duplicates in {totals.seconds:.1f} s; outputs in {out_dir}"
    )
    print(f"summarize batch: {summary_line}", file=sys.stderr)
    if run.interrupted:
        print(
            f"summarize batch: interrupted; run the same command again to resume (finished articles are kept in {out_dir})",
            file=sys.stderr,
        )
        return EXIT_INTERRUPTED
    return EXIT_FAILED if totals.failed else EXIT_OK


def cmd_prompts(argv: Sequence[str], stdin: IO[str], stdout: IO[str]) -> int:
    p = _Parser(prog="summarize prompts", description="List or show the prompt templates the LLM path uses.")
    p.add_argument("action", choices=("list", "show"))
    p.add_argument("name", nargs="?", default="summarize", help="prompt name (show)")
    p.add_argument(
        "--prompts-dir", help="your own prompt templates (else SUMMARIZER_PROMPTS_DIR, then the packaged ones)"
    )
    p.add_argument("--debug", action="store_true", help="show tracebacks")
    args = p.parse_args(argv)
    import summarizer.prompting as prompting
    from summarizer.config import Settings

    user_dir = Settings.from_env(prompts_dir=args.prompts_dir).prompts_dir
    if args.action == "list":
        for name, version, folder in prompting.available(user_dir):
            stdout.write(f"{name}@{version}  {folder}\n")
        return EXIT_OK
    prompt = prompting.load(args.name, user_dir)
    stdout.write(f"# {prompt.id} from {prompt.folder}\n")
    for part in prompting.PARTS:
        stdout.write(f"\n## {part}\n\n{prompt.templates[part].rstrip()}\n")
    return EXIT_OK


def cmd_eval(argv: Sequence[str], stdin: IO[str], stdout: IO[str]) -> int:
    p = _Parser(
        prog="summarize eval",
        description="Measure accuracy against a human-annotated gold set (JSONL; formats in the README). "
        "Prints a table, then the figures as one JSON line.",
    )
    p.add_argument("task", choices=("attribution", "hedges", "incidents"))
    p.add_argument("gold", help="gold JSONL file")
    p.add_argument("-m", "--model", help="the model to measure (default: the usual resolution)")
    p.add_argument("-j", "--jobs", type=int, default=0, help="concurrent requests for an LLM model (default 8)")
    p.add_argument("--limit", type=int, help="only the first N records")
    p.add_argument("--mismatches", metavar="FILE", help="write every mismatch as JSONL, for error analysis")
    p.add_argument("--json", action="store_true", help="only the JSON line")
    p.add_argument("--by-pattern", action="store_true", help="attribution, offline model: figures per pattern")
    p.add_argument(
        "--kinds",
        metavar="K,K",
        help="attribution: the kinds of predicted attribution scored, of speech, belief, evidence, stance "
        "(default: speech when the gold resolves its speakers, a set of quotations; every kind otherwise); "
        "the gold is scored whole, so name the kinds it annotates",
    )
    p.add_argument("--debug", action="store_true", help="show tracebacks")
    _llm_options(p)
    args = p.parse_args(argv)
    if args.limit is not None and args.limit < 1:
        raise UsageError("summarize eval: --limit must be 1 or more")
    from summarizer.evaluation import evaluate

    result = evaluate(
        args.task, Path(args.gold), settings=_settings(args), jobs=args.jobs, limit=args.limit,  # type: ignore[arg-type]
        keep_mismatches=bool(args.mismatches), by_pattern=args.by_pattern,
        kinds=args.kinds.split(",") if args.kinds is not None else None,
    )  # fmt: skip
    if args.mismatches:
        from summarizer._files import write_atomic

        write_atomic(
            Path(args.mismatches), "".join(json.dumps(m, ensure_ascii=False) + "\n" for m in result.mismatches)
        )
    if not args.json:
        stdout.write(result.table() + "\n\n")
    stdout.write(result.json_line() + "\n")
    return EXIT_FAILED if result.failures == result.items else EXIT_OK


SUBCOMMANDS: dict[str, Callable[[Sequence[str], IO[str], IO[str]], int]] = {
    "check": cmd_check, "batch": cmd_batch, "prompts": cmd_prompts, "eval": cmd_eval,
}  # fmt: skip


def main(argv: Sequence[str] | None = None, *, stdin: IO[str] | None = None, stdout: IO[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    stdin = stdin or sys.stdin
    stdout = stdout or sys.stdout
    debug = "--debug" in argv
    command = SUBCOMMANDS.get(argv[0]) if argv else None
    try:
        if command is not None:
            return command(argv[1:], stdin, stdout)
        return cmd_summarize(argv, stdin, stdout)
    except UsageError as exc:
        print(f"{exc}\n(see summarize --help)", file=sys.stderr)
        return EXIT_USAGE
    except SummarizerError as exc:
        if debug:
            raise
        code = next((c for cls, c in _EXIT_FOR if isinstance(exc, cls)), EXIT_FAILED)
        print(f"summarize: error: {_one_line(str(exc))}", file=sys.stderr)
        return code
    except KeyboardInterrupt:
        print("summarize: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        return EXIT_OK
    except Exception as exc:  # a bug: still one line, with a pointer to --debug
        if debug:
            raise
        print(
            f"summarize: internal error: {type(exc).__name__}: {_one_line(str(exc))} (run with --debug for details)",
            file=sys.stderr,
        )
        return EXIT_FAILED


def _one_line(message: str) -> str:
    return " ".join(message.split())


def _warnings_to_stderr() -> None:
    """The library's logged warnings (an unusable cache, …) as the CLI's own one-line warnings."""
    import logging

    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("summarize: warning: %(message)s"))
    log = logging.getLogger("summarizer")
    log.addHandler(handler)
    log.setLevel(logging.WARNING)
    log.propagate = False


def run() -> None:
    """Console-script entry point."""
    _warnings_to_stderr()
    sys.exit(main())


if __name__ == "__main__":
    run()
