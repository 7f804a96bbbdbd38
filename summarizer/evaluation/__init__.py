"""Accuracy against human-annotated gold sets: `summarize eval TASK GOLD.jsonl`.

Three tasks, each reading one JSON object per line (formats in the README, "Measuring accuracy"):

- ``attribution``: articles with their gold attributions. Content precision, recall and F1 (a
  predicted attribution matches a gold one when their content characters, trimmed of quote
  marks, spaces and edge punctuation, have Jaccard >= 0.5; one-to-one, best pairs first), the
  same with any overlap, and speaker accuracy on matched pairs whose gold has a source. Scored
  on the attributions of the kinds asked (``kinds``); by default speech alone when the gold
  resolves its speakers (GGT's ``speaker_reference``: a set of quotations, which annotates
  neither beliefs nor intentions), every kind otherwise; the figures over every kind are
  reported besides (``all_kinds_*``).
- ``hedges``: sentences labelled certain or uncertain. Sentence precision, recall and F1 (a
  sentence is uncertain when ``find_hedges`` finds a non-conditional cue; for an LLM model,
  when the model's summary of the sentence flags a hedge), and cue-level F1 by overlap.
- ``incidents``: articles with the killed and injured counts and the incident date. Exact-match
  accuracy of each, the article's publication date passed as ``published``.

The metrics are plain functions of predictions and gold, so they run on any model's output.
Each task's scorer is its own module (``attribution``, ``hedges``, ``incidents``), over the
figures of ``result``, the model runs of ``runs``, the gold files of ``gold`` and the span
matching of ``measures``; this module chooses and runs them (``evaluate``).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from summarizer.config import Settings
from summarizer.errors import InputError
from summarizer.evaluation.attribution import kind_of, score_attribution, score_by_pattern
from summarizer.evaluation.gold import TASKS, halves, load_gold
from summarizer.evaluation.hedges import score_hedges
from summarizer.evaluation.incidents import count_of, score_incidents
from summarizer.evaluation.measures import (
    hit_rates,
    jaccard,
    match,
    name_resolves,
    overlaps,
    prf,
    speaker_matches,
    trim,
    units,
)
from summarizer.evaluation.result import KINDS, EvalResult
from summarizer.evaluation.runs import summarize_text
from summarizer.schema import ReportKind

__all__ = [
    "KINDS",
    "TASKS",
    "EvalResult",
    "count_of",
    "evaluate",
    "halves",
    "hit_rates",
    "jaccard",
    "kind_of",
    "load_gold",
    "match",
    "name_resolves",
    "overlaps",
    "prf",
    "speaker_matches",
    "trim",
    "units",
]


def evaluate(
    task: str,
    gold: str | Path | Sequence[dict[str, Any]],
    model: str | None = None,
    *,
    settings: Settings | None = None,
    jobs: int = 0,
    limit: int | None = None,
    keep_mismatches: bool = False,
    by_pattern: bool = False,
    kinds: Iterable[str] | None = None,
) -> EvalResult:
    """Run ``model`` over the gold records of ``task`` and score it.

    ``gold``: a JSONL path or the records already loaded. ``jobs``: concurrent requests for an
    LLM model (0: 8); the offline model runs in this process, one item at a time, so the
    figure per item is its own time. ``by_pattern`` (attribution, offline model): precision and
    the share of gold found per registered attribution pattern, in ``result.by_pattern``.
    ``kinds`` (attribution): the kinds of attribution scored (``KINDS``, any case); None: speech
    when the gold resolves its speakers (a set of quotations), every kind otherwise. Only the
    predictions are chosen by kind: the gold is scored whole, so ask for the kinds the gold set
    annotates.
    """
    if task not in TASKS:
        raise InputError(f"unknown task {task!r}; choose one of {', '.join(TASKS)}")
    if kinds is not None and task != "attribution":
        raise InputError("--kinds applies to the attribution task only", kind="input")
    asked = _kinds(kinds)
    label = "records"
    if isinstance(gold, (str, Path)):
        label = Path(gold).name
        records = load_gold(task, gold, limit=limit)
    else:
        records = list(gold)[:limit] if limit is not None else list(gold)
    settings = settings or Settings.from_env()
    if model is not None:
        settings = settings.with_(model=model)
    choice = settings.model_choice()
    workers = 1 if choice.is_offline else (jobs or 8)
    result = EvalResult(task=task, model=choice.name, gold=label, items=len(records))
    if task == "attribution":
        quotations = any(q.get("speaker_reference") for r in records for q in r["quotes"])
        result.kinds = list(asked or (("speech",) if quotations else KINDS))
    if choice.is_offline:
        summarize_text("A warm-up sentence, police said.", settings)  # imports and caches: not the model's time
    scorer = {"attribution": score_attribution, "hedges": score_hedges, "incidents": score_incidents}[task]
    scorer(records, choice, settings, workers, result, keep_mismatches)
    if by_pattern and task == "attribution" and choice.is_offline:
        result.by_pattern = score_by_pattern(records, settings, result.kinds)
    return result


def _kinds(kinds: Iterable[str] | None) -> tuple[ReportKind, ...] | None:
    """The kinds asked, in ``KINDS`` order; an unknown one is an ``InputError``."""
    if kinds is None:
        return None
    asked = {k.strip().lower() for k in kinds if k.strip()}
    unknown = sorted(asked - set(KINDS))
    if unknown or not asked:
        what = (
            f"unknown kind of attribution {', '.join(map(repr, unknown))}"
            if unknown
            else "no kind of attribution given"
        )
        raise InputError(f"{what}; choose among {', '.join(KINDS)}", kind="input")
    return tuple(k for k in KINDS if k in asked)
