"""`python -m summarizer` is the `summarize` command."""

from summarizer.cli import run

run()
