"""What the `summarize` subcommands share: the exit codes, a usage error, the parser that raises it,
the LLM options and the Settings made from them.
"""

from __future__ import annotations

import argparse
from typing import NoReturn

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130


class UsageError(Exception):
    """Bad command-line usage, reported like argparse does (exit 2)."""


class Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{self.prog}: {message}")


def llm_options(p: argparse.ArgumentParser) -> None:
    g = p.add_argument_group("LLM models")
    g.add_argument("--base-url", help="an OpenAI-compatible server, e.g. http://localhost:11434/v1")
    g.add_argument("--mode", choices=("tools", "json_schema", "json", "md_json"), help="how the model returns JSON")
    g.add_argument("--max-reasks", type=int, help="re-asks after a failed check (default 2)")
    g.add_argument("--timeout", type=float, dest="timeout_s", help="seconds per request (default 60)")
    g.add_argument("--no-cache", action="store_true", help="neither read nor write the result cache")
    g.add_argument("--cache-dir", help="where the result cache lives (default ~/.cache/summarizer)")
    g.add_argument("--prompts-dir", help="your own prompt templates")
    g.add_argument("--fallback", choices=("rules",), help="on an LLM failure, give the offline result with a warning")


def settings_from(args: argparse.Namespace) -> object:
    from summarizer.config import Settings

    return Settings.from_env(
        model=getattr(args, "model", None), base_url=getattr(args, "base_url", None), mode=getattr(args, "mode", None),
        max_reasks=getattr(args, "max_reasks", None), timeout_s=getattr(args, "timeout_s", None),
        cache=False if getattr(args, "no_cache", False) else None, cache_dir=getattr(args, "cache_dir", None),
        prompts_dir=getattr(args, "prompts_dir", None), fallback=getattr(args, "fallback", None),
    )  # fmt: skip
