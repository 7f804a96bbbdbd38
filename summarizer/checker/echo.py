"""A rule on text that is not the article's but the instructions': no output field repeats a
sentence or a boundary marker of the prompts (a model that echoes its instructions, or an
article that made it do so)."""

from __future__ import annotations

import itertools
import os
import re
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path

import summarizer.prompting as prompting
from summarizer.checker.facts import ArticleFacts
from summarizer.checker.registry import finding, rule, short
from summarizer.errors import PromptError
from summarizer.schema import (
    Finding,
    IncidentSummary,
)
from summarizer.text.regex import compiled

N = 6  # (>= _LINE_WORDS) a run of six words of the prompts is theirs, not a coincidence of news prose
_LINE_WORDS = 4  # a whole line of the prompts this long or longer counts too
_WORD = compiled(r"[^\W_]+(?:['’][^\W_]+)?")
_MARKER = compiled(r"<<<\s*(?:ARTICLE|END)\b|<<<|>>>", re.I)
_PLACEHOLDER = compiled(r"\$\{?\w+\}?")


def _words(text: str) -> list[str]:
    """``_WORD.findall(text.casefold())``, in the same order: no word holds white space, so each
    chunk between spaces is read alone, and a chunk of letters and digits alone (most of them) is
    one word, kept without the pattern (whose class costs more per character than the split)."""
    out: list[str] = []
    add, extend, find = out.append, out.extend, _WORD.findall
    for chunk in text.casefold().split():
        if chunk.isalnum():
            add(chunk)
        else:
            extend(find(chunk))
    return out


def prompt_runs() -> tuple[frozenset[str], frozenset[str]]:
    """Word 6-grams of the summarize prompts, and their lines of four words or more (joined
    by one space), placeholders left out: the packaged prompts, those of SUMMARIZER_PROMPTS_DIR,
    and every other set this process has loaded (``--prompts-dir``, ``Settings.prompts_dir``).
    The checker judges a summary without being told which folder its run used."""
    sets = {(p.id, str(p.folder)): p for p in _default_sets(os.environ.get("SUMMARIZER_PROMPTS_DIR") or "")}
    for p in prompting.loaded():
        sets.setdefault((p.id, str(p.folder)), p)
    key = tuple(sets)
    if key not in _RUNS:
        _RUNS[key] = _runs(list(sets.values()))
    return _RUNS[key]


_RUNS: dict[tuple[tuple[str, str], ...], tuple[frozenset[str], frozenset[str]]] = {}


@lru_cache(maxsize=8)
def _default_sets(user_dir: str) -> tuple[prompting.PromptSet, ...]:
    """The packaged summarize prompts, and a user folder's, read once per folder."""
    out = []
    for folder in (None, Path(user_dir).expanduser() if user_dir else None):
        try:
            out.append(prompting.load("summarize", folder))
        except PromptError:
            continue
    return tuple(out)


def _runs(sets: list[prompting.PromptSet]) -> tuple[frozenset[str], frozenset[str]]:
    grams: set[str] = set()
    lines: set[str] = set()
    for prompts in sets:
        for template in prompts.templates.values():
            for line in template.splitlines():
                words = _words(_PLACEHOLDER.sub(" ", line.lstrip("-* ")))
                if len(words) >= _LINE_WORDS:
                    lines.add(" ".join(words))
            words = _words(_PLACEHOLDER.sub(" ", template))
            grams |= {" ".join(words[k : k + N]) for k in range(len(words) - N + 1)}
    return frozenset(grams), frozenset(lines)


def _fields(summary: IncidentSummary) -> Iterator[tuple[str, str]]:
    yield "headline", summary.headline
    yield "summary", summary.summary
    if summary.incident is not None:
        yield "incident.type", summary.incident.type
        for i, f in enumerate(summary.incident.figures):
            yield f"incident.figures[{i}].label", f.label
    for i, s in enumerate(summary.speakers):
        yield f"speakers[{i}].name", s.name
        for name in ("role", "affiliation"):
            value = getattr(s, name)
            if value:
                yield f"speakers[{i}].{name}", value
    for i, a in enumerate(summary.attributions):
        yield f"attributions[{i}].content", a.content


@lru_cache(maxsize=8)
def _vocabulary(grams: frozenset[str], lines: frozenset[str]) -> frozenset[str]:
    """Every word of the prompts' runs and lines: a text repeats one only where that many of its
    words in a row are among these."""
    return frozenset(w for run in itertools.chain(grams, lines) for w in run.split(" "))


@lru_cache(maxsize=4096)
def _echo_in(text: str, grams: frozenset[str], lines: frozenset[str]) -> str | None:
    """The prompt's words this text repeats, or None (``grams``, ``lines``: ``prompt_runs()``).
    Every marker holds "<<<" or ">>>"; a line (four words or more) or a run (six) is looked for
    only when the text has that many words of the prompts in a row (one byte per word, 1 for
    a word of theirs, tested in C), which news prose rarely has."""
    m = _MARKER.search(text) if "<<<" in text or ">>>" in text else None
    if m:
        return m.group(0)
    words = _words(text)
    known = bytes(map(_vocabulary(grams, lines).__contains__, words))
    if b"\1" * _LINE_WORDS not in known:
        return None  # (a run is longer than a line: N >= _LINE_WORDS)
    run = " " + " ".join(words) + " "
    for line in lines:
        if f" {line} " in run:
            return line
    if b"\1" * N not in known:
        return None
    for k in range(len(words) - N + 1):
        gram = " ".join(words[k : k + N])
        if gram in grams:
            return gram
    return None


@rule(
    "prompt-echo",
    "error",
    "no output field (headline, summary, incident type, labels, speakers, roles, affiliations, contents) holds a "
    "sentence or boundary marker of the prompts that the article does not",
)
def _prompt_echo(summary: IncidentSummary, facts: ArticleFacts) -> Iterator[Finding]:
    grams, lines = prompt_runs()
    for path, text in _fields(summary):
        echoed = _echo_in(text, grams, lines)
        if echoed is not None and f" {' '.join(_words(echoed))} " not in facts.word_run and echoed not in facts.text:
            yield finding("prompt-echo", path, f"repeats the instructions, not the article: {short(echoed, 60)!r}")
