"""`summarize eval`: accuracy against a human-annotated gold set, as a table and a JSON line."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import IO

from summarizer.cli.arguments import EXIT_FAILED, EXIT_OK, Parser, UsageError, llm_options, settings_from


def cmd_eval(argv: Sequence[str], stdin: IO[str], stdout: IO[str]) -> int:
    p = Parser(
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
    llm_options(p)
    args = p.parse_args(argv)
    if args.limit is not None and args.limit < 1:
        raise UsageError("summarize eval: --limit must be 1 or more")
    from summarizer.evaluation import evaluate

    result = evaluate(
        args.task, Path(args.gold), settings=settings_from(args), jobs=args.jobs, limit=args.limit,  # type: ignore[arg-type]
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
