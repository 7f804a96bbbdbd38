"""`summarize batch`: every article under a folder, with progress on stderr."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import IO

from summarizer.cli.arguments import (
    EXIT_FAILED,
    EXIT_INTERRUPTED,
    EXIT_OK,
    Parser,
    UsageError,
    llm_options,
    settings_from,
)


def _batch_parser() -> argparse.ArgumentParser:
    p = Parser(
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
    llm_options(p)
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
    from summarizer.pipeline import validate_published

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
    settings = settings_from(args).with_(max_bytes=args.max_bytes)  # type: ignore[attr-defined]
    suffixes = tuple(s if s.startswith(".") else f".{s}" for s in args.ext.split(",")) if args.ext else DEFAULT_SUFFIXES
    options = BatchOptions(
        in_dir=in_dir, out_dir=out_dir, settings=settings, globs=args.glob, suffixes=suffixes, jobs=args.jobs,
        force=args.force, retry_failed=args.retry_failed, published=validate_published(args.published),
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
