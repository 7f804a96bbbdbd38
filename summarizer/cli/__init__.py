"""The `summarize` command: the only package that knows about the terminal and exit codes.

    summarize [FILE|-]            one article (stdin when no FILE): pretty on a terminal, JSON when piped
    summarize COMMAND ...         check, batch, eval (a module each here), prompts

Exit codes: 0 done; 1 the work failed (a model error, checker errors where asked); 2 bad usage
or unreadable input; 130 interrupted. Errors are one line on stderr unless --debug.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import json
import signal
import sys
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import IO

from summarizer._version import __version__
from summarizer.cli.arguments import (
    EXIT_FAILED,
    EXIT_INTERRUPTED,
    EXIT_OK,
    EXIT_USAGE,
    Parser,
    UsageError,
    llm_options,
    settings_from,
)
from summarizer.cli.batch import cmd_batch
from summarizer.cli.check import cmd_check
from summarizer.cli.evaluation import cmd_eval
from summarizer.errors import (
    BackendError,
    ConfigError,
    ExtractionError,
    InputError,
    PromptError,
    SummarizerError,
)

_EXIT_FOR: list[tuple[type[SummarizerError], int]] = [
    (InputError, EXIT_USAGE),
    (ConfigError, EXIT_USAGE),
    (PromptError, EXIT_USAGE),
    (BackendError, EXIT_FAILED),
    (ExtractionError, EXIT_FAILED),
]


def _main_parser() -> argparse.ArgumentParser:
    p = Parser(
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
    llm_options(p)
    return p


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


@contextlib.contextmanager
def _no_collection() -> Iterator[None]:
    """The cyclic garbage collector held off: one article's run (the offline model's import
    included, some hundred thousand objects that live to the end) leaves next to no garbage in
    cycles, which the collector's passes over every object it tracks would only look for; the
    collector's state is restored after."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()


def cmd_summarize(argv: Sequence[str], stdin: IO[str], stdout: IO[str]) -> int:
    args = _main_parser().parse_args(argv)
    with _no_collection():
        return _summarize_one(args, stdin, stdout)


def _summarize_one(args: argparse.Namespace, stdin: IO[str], stdout: IO[str]) -> int:
    from summarizer.pipeline import summarize

    source: bytes | Path
    path = None
    if args.file in (None, "-"):
        source = _read_stdin(stdin)
    else:
        source = Path(args.file)
        path = args.file
    from summarizer.config import Settings
    from summarizer.text.decoding import read_input

    settings = settings_from(args)
    assert isinstance(settings, Settings)  # settings_from is typed loosely for the other commands

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


def cmd_prompts(argv: Sequence[str], stdin: IO[str], stdout: IO[str]) -> int:
    p = Parser(prog="summarize prompts", description="List or show the prompt templates the LLM path uses.")
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
    code = main()
    # the outcome is decided and the outputs written: a Ctrl-C from here on (the key pressed again
    # as the command ends, while the interpreter joins its threads) must not turn the exit into a
    # death by signal
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # the process ends: what it holds is the OS's to free, not the collector's to look through
    # once more at exit (its last pass skips objects frozen)
    gc.freeze()
    sys.exit(code)
