"""`python -m summarizer.cli` is the `summarize` command, as it was when the CLI was one module."""

from summarizer.cli import run

run()
