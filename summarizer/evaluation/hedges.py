"""The hedges task's scorer: a sentence is uncertain when the model finds a cue in it that is
no condition; sentence figures, and cue figures by overlap."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from summarizer.config import ModelChoice, Settings
from summarizer.errors import SummarizerError
from summarizer.evaluation.measures import (
    Span,
    hit_rates,
    match,
    prf,
)
from summarizer.evaluation.result import EvalResult
from summarizer.evaluation.runs import predict, summarize_text
from summarizer.text.regex import compiled

_CONDITIONAL = compiled(r"\s*(if|unless|whether or not)\b", re.IGNORECASE)


def _sentence_cues(sentence: str, settings: Settings, model: ModelChoice) -> list[Span]:
    """Non-conditional uncertainty cues of one sentence, by the model under evaluation."""
    if model.is_offline:
        from summarizer.text.hedges import find_hedges

        return [c.span for c in find_hedges(sentence) if c.kind != "conditional"]
    summary = summarize_text(sentence, settings)
    spans: set[Span] = set()
    for a in summary.attributions:
        for flag in a.flags:
            if flag.reason == "hedge" and flag.span is not None and not _CONDITIONAL.match(flag.cue):
                spans.add((flag.span[0], flag.span[1]))
    return sorted(spans)


def score_hedges(
    records: Sequence[dict[str, Any]], model: ModelChoice, settings: Settings, jobs: int, out: EvalResult, keep: bool
) -> None:
    tp = fp = fn = 0
    c_pred = c_pred_hit = c_gold = c_gold_hit = 0
    for r, pred, seconds in predict(records, lambda r: _sentence_cues(r["sentence"], settings, model), jobs):
        out.seconds += seconds
        sentence = r["sentence"]
        if isinstance(pred, SummarizerError):
            out.failures += 1
            pred = []
        gold_uncertain = r["label_without_conditionals"] == "uncertain"
        predicted = bool(pred)
        tp += predicted and gold_uncertain
        fp += predicted and not gold_uncertain
        fn += gold_uncertain and not predicted
        gold_cues = [
            (c["span"][0], c["span"][1]) for c in r.get("cues") or [] if "condition" not in str(c.get("type", ""))
        ]
        c_pred += len(pred)
        c_gold += len(gold_cues)
        pairs = match(pred, gold_cues, 0.0)
        c_pred_hit += len(pairs)
        c_gold_hit += len(pairs)
        if keep and predicted != gold_uncertain:
            out.mismatches.append({
                "id": r.get("id"), "kind": "missed" if gold_uncertain else "spurious", "sentence": sentence,
                "gold_cues": [sentence[s:e] for s, e in gold_cues], "predicted_cues": [sentence[s:e] for s, e in pred],
            })  # fmt: skip
    p, rc, f = prf(tp, fp, fn)
    cp, cr, cf1 = hit_rates(c_pred_hit, c_pred, c_gold_hit, c_gold)
    out.metrics = {
        "sentence_precision": p, "sentence_recall": rc, "sentence_f1": f,
        "cue_precision": cp, "cue_recall": cr, "cue_f1": cf1,
    }  # fmt: skip
    out.counts = {"sentences": len(records), "gold_uncertain": tp + fn, "predicted_uncertain": tp + fp}
