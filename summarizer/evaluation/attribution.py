"""The attribution task's scorer: content and overlap figures, speaker accuracy, the figures
over every kind besides those scored, and, for the offline model, the figures per pattern."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from summarizer.config import ModelChoice, Settings
from summarizer.errors import SummarizerError
from summarizer.evaluation.measures import (
    Span,
    hit_rates,
    match,
    name_resolves,
    overlaps,
    prf,
    speaker_matches,
    trim,
    units,
)
from summarizer.evaluation.result import KINDS, EvalResult
from summarizer.evaluation.runs import predict, summarize_text
from summarizer.schema import Attribution, ReportKind
from summarizer.text.report_kinds import report_kind


def kind_of(a: Attribution) -> ReportKind:
    """An attribution's kind: as derived in assembly, or from its cue and type (an older summary)."""
    return a.kind or report_kind(a.cue, a.type, a.content)


def score_attribution(
    records: Sequence[dict[str, Any]], model: ModelChoice, settings: Settings, jobs: int, out: EvalResult, keep: bool
) -> None:
    tp = fp = fn = 0
    o_pred = o_pred_hit = o_gold = o_gold_hit = 0
    spk_ok = spk_n = ref_ok = ref_n = 0
    scored = set(out.kinds or KINDS)
    every = scored >= set(KINDS)
    all_kinds = [0, 0, 0, 0, 0, 0, 0]  # content tp, fp, fn; overlap pred, pred hit, gold, gold hit
    for r, pred, seconds in predict(records, lambda r: summarize_text(r["text"], settings), jobs):
        text = r["text"]
        out.seconds += seconds
        out.chars += len(text)
        everything = [] if isinstance(pred, SummarizerError) else pred.attributions
        attributions = everything if every else [a for a in everything if kind_of(a) in scored]
        if isinstance(pred, SummarizerError):
            out.failures += 1
            if keep:
                out.mismatches.append({"id": r.get("id"), "error": str(pred)})
        names = {} if isinstance(pred, SummarizerError) else {s.id: s.name for s in pred.speakers}
        G = [trim(text, q["content_span"]) for q in r["quotes"]]
        if not every:
            _count_all(text, everything, G, all_kinds)
        P, owner = units(text, attributions, G)
        pairs = match(P, G, 0.5)
        tp += len(pairs)
        fp += len(P) - len(pairs)
        fn += len(G) - len(pairs)
        o_pred += len(P)
        o_gold += len(G)
        o_pred_hit += sum(1 for p in P if any(overlaps(p, g) for g in G))
        o_gold_hit += sum(1 for g in G if any(overlaps(p, g) for p in P))
        for i, j in pairs:
            q = r["quotes"][j]
            a = attributions[owner[i]]
            if q.get("speaker_reference"):
                ref_n += 1
                resolved = names.get(a.speaker_id or "") or a.speaker
                if name_resolves(q["speaker_reference"], resolved):
                    ref_ok += 1
                elif keep:
                    out.mismatches.append({
                        "id": r.get("id"), "kind": "resolved", "content": text[G[j][0] : G[j][1]][:200],
                        "gold_reference": q["speaker_reference"], "predicted_speaker": a.speaker,
                        "predicted_name": names.get(a.speaker_id or ""), "attribution_kind": kind_of(a),
                    })  # fmt: skip
            if q.get("speaker_span") is None:
                continue
            spk_n += 1
            candidates = [x for x in (a.speaker, names.get(a.speaker_id or "")) if x]
            gold_span = (q["speaker_span"][0], q["speaker_span"][1])
            if speaker_matches(text, gold_span, a.speaker_span, candidates):
                spk_ok += 1
            elif keep:
                out.mismatches.append({
                    "id": r.get("id"), "kind": "speaker", "content": text[G[j][0] : G[j][1]][:200],
                    "gold_speaker": text[gold_span[0] : gold_span[1]], "predicted_speaker": a.speaker,
                    "predicted_name": names.get(a.speaker_id or ""), "attribution_kind": kind_of(a),
                })  # fmt: skip
        if keep:
            matched_p = {i for i, _ in pairs}
            matched_g = {j for _, j in pairs}
            left_out = [(trim(text, a.content_span), kind_of(a)) for a in everything if kind_of(a) not in scored]
            for j, g in enumerate(G):
                if j not in matched_g:
                    q = r["quotes"][j]
                    out.mismatches.append({
                        "id": r.get("id"), "kind": "missed", "span": list(g), "content": text[g[0] : g[1]][:300],
                        "cue": q.get("cue"), "type": q.get("type"), "speaker": q.get("speaker"),
                        "overlapped": any(overlaps(p, g) for p in P),
                        # an attribution of a kind not scored that would have overlapped it
                        "overlapped_unscored": sorted({k for p, k in left_out if overlaps(p, g)}),
                    })  # fmt: skip
            for i, p in enumerate(P):
                if i not in matched_p:
                    a = attributions[owner[i]]
                    out.mismatches.append({
                        "id": r.get("id"), "kind": "spurious", "span": list(p), "content": text[p[0] : p[1]][:300],
                        "cue": a.cue, "type": a.type, "attribution_kind": kind_of(a), "speaker": a.speaker,
                        "overlapped": any(overlaps(p, g) for g in G),
                    })  # fmt: skip
    precision, rc, f = prf(tp, fp, fn)
    op, orc, of = hit_rates(o_pred_hit, o_pred, o_gold_hit, o_gold)
    out.metrics = {
        "content_precision": precision, "content_recall": rc, "content_f1": f,
        "overlap_precision": op, "overlap_recall": orc, "overlap_f1": of,
        "speaker_accuracy": spk_ok / spk_n if spk_n else 0.0,
    }  # fmt: skip
    out.counts = {"gold": tp + fn, "predicted": tp + fp, "matched": tp, "speaker_pairs": spk_n}
    if ref_n:  # the gold resolves each quote to a name (GGT's speaker_reference)
        out.metrics["resolved_speaker_accuracy"] = ref_ok / ref_n
        out.counts["resolved_pairs"] = ref_n
    if not every:  # nothing hidden: the figures over every kind besides
        a_tp, a_fp, a_fn, a_pred, a_pred_hit, a_gold, a_gold_hit = all_kinds
        for name, rates in (
            ("content", prf(a_tp, a_fp, a_fn)),
            ("overlap", hit_rates(a_pred_hit, a_pred, a_gold_hit, a_gold)),
        ):
            for label, value in zip(("precision", "recall", "f1"), rates, strict=True):
                out.metrics[f"all_kinds_{name}_{label}"] = value
        out.counts["predicted_all_kinds"] = a_tp + a_fp


def _count_all(text: str, attributions: Sequence[Attribution], gold: list[Span], into: list[int]) -> None:
    """Add one article's content and overlap counts over every kind of attribution to ``into``
    (content tp, fp, fn; overlap predictions, predictions that hit, gold, gold hit)."""
    P, _ = units(text, attributions, gold)
    pairs = match(P, gold, 0.5)
    into[0] += len(pairs)
    into[1] += len(P) - len(pairs)
    into[2] += len(gold) - len(pairs)
    into[3] += len(P)
    into[4] += sum(1 for p in P if any(overlaps(p, g) for g in gold))
    into[5] += len(gold)
    into[6] += sum(1 for g in gold if any(overlaps(p, g) for p in P))


def score_by_pattern(
    records: Sequence[dict[str, Any]], settings: Settings, kinds: Sequence[str]
) -> dict[str, dict[str, float]]:
    """Per registered attribution pattern: the offline model's predictions it made, how many of
    them match a gold attribution (as in the content figures: Jaccard >= 0.5, one-to-one),
    their precision, and the share of all gold attributions it found (the shares add up to
    the content recall). Only attributions of the kinds scored count, as in the content figures."""
    from summarizer.ingest import load_article
    from summarizer.rules.attribution import PATTERNS, patterns_of

    ordered = sorted(PATTERNS.values(), key=lambda p: (p.priority, p.id))
    predicted = dict.fromkeys((p.id for p in ordered), 0)
    matched = dict.fromkeys(predicted, 0)
    gold_total = 0
    for r in records:
        text = r["text"]
        try:
            summary = summarize_text(text, settings)
            pattern_at = patterns_of(load_article(text, max_bytes=settings.max_bytes))
        except SummarizerError:
            continue  # counted among the failures already
        G = [trim(text, q["content_span"]) for q in r["quotes"]]
        scored = [a for a in summary.attributions if kind_of(a) in kinds]
        P, owner = units(text, scored, G)
        ids = [pattern_at.get((a.content_span[0], a.content_span[1]), "unknown") for a in (scored[k] for k in owner)]
        gold_total += len(G)
        for pid in ids:
            predicted[pid] = predicted.get(pid, 0) + 1
        for i, _ in match(P, G, 0.5):
            matched[ids[i]] = matched.get(ids[i], 0) + 1
    return {
        pid: {
            "predicted": n,
            "matched": matched.get(pid, 0),
            "precision": matched.get(pid, 0) / n if n else 0.0,
            "gold_share": matched.get(pid, 0) / gold_total if gold_total else 0.0,
        }
        for pid, n in predicted.items()
    }
