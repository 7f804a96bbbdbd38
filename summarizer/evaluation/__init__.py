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
"""

from __future__ import annotations

import concurrent.futures as cf
import itertools
import json
import re
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from summarizer.config import ModelChoice, Settings
from summarizer.errors import InputError, SummarizerError
from summarizer.evaluation.gold import TASKS, halves, load_gold
from summarizer.evaluation.measures import (
    Span,
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
from summarizer.schema import Attribution, Figure, IncidentSummary, ReportKind
from summarizer.text.numbers import HURT_ENDS, added_after
from summarizer.text.report_kinds import report_kind
from summarizer.text.streets import STREET_TYPE

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

KINDS: tuple[ReportKind, ...] = ("speech", "belief", "evidence", "stance")
_CONDITIONAL = re.compile(r"\s*(if|unless|whether or not)\b", re.IGNORECASE)


@dataclass
class EvalResult:
    """Metrics of one task over one gold file, with the mismatches for error analysis."""

    task: str
    model: str
    gold: str
    items: int
    metrics: dict[str, float] = field(default_factory=dict)
    counts: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0
    chars: int = 0
    failures: int = 0
    mismatches: list[dict[str, Any]] = field(default_factory=list)
    # attribution --by-pattern: pattern id -> predicted, matched, precision, gold_share
    by_pattern: dict[str, dict[str, float]] = field(default_factory=dict)
    kinds: list[str] = field(default_factory=list)  # attribution: the kinds of attribution scored

    @property
    def ms_per_item(self) -> float:
        return 1000 * self.seconds / self.items if self.items else 0.0

    @property
    def mean_chars(self) -> int:
        return round(self.chars / self.items) if self.items else 0

    def as_dict(self) -> dict[str, Any]:
        out = {
            "task": self.task, "model": self.model, "gold": self.gold, "items": self.items,
            "metrics": {k: round(v, 4) for k, v in self.metrics.items()}, "counts": self.counts,
            "failures": self.failures, "ms_per_item": round(self.ms_per_item, 2),
            "mean_chars": self.mean_chars,
        }  # fmt: skip
        if self.kinds:
            out["kinds"] = self.kinds
        if self.by_pattern:
            out["by_pattern"] = {
                pid: {k: round(v, 4) if isinstance(v, float) else v for k, v in row.items()}
                for pid, row in self.by_pattern.items()
            }
        return out

    def json_line(self) -> str:
        return json.dumps(self.as_dict(), ensure_ascii=False, sort_keys=False)

    def table(self) -> str:
        rows = [(name, f"{value:.3f}") for name, value in self.metrics.items()]
        rows += [(name, str(value)) for name, value in self.counts.items()]
        rows.append(("failures", str(self.failures)))
        rows.append(("ms per item", f"{self.ms_per_item:.2f}"))
        if self.chars:
            rows.append(("mean characters", str(self.mean_chars)))
        width = max(len(r[0]) for r in rows)
        head = f"{self.task} · {self.model} · {self.items} items from {self.gold}"
        lines = [head, "-" * len(head)]
        if self.kinds:
            every = list(self.kinds) == list(KINDS)
            lines.append(
                "scored: attributions of every kind"
                if every
                else f"scored: {', '.join(self.kinds)} attributions (all_kinds_*: every kind)"
            )
        lines += [f"{name:<{width}}  {value:>8}" for name, value in rows]
        if self.by_pattern:
            lines += ["", *pattern_table(self.by_pattern)]
        return "\n".join(lines)


def pattern_table(by_pattern: dict[str, dict[str, float]]) -> list[str]:
    """The per-pattern figures as text rows, in the registry's priority order."""
    width = max(len("pattern"), *(len(pid) for pid in by_pattern))
    lines = [f"{'pattern':<{width}}  {'predicted':>9}  {'matched':>7}  {'precision':>9}  {'gold found':>10}"]
    for pid, row in by_pattern.items():
        lines.append(
            f"{pid:<{width}}  {row['predicted']:>9.0f}  {row['matched']:>7.0f}  {row['precision']:>9.3f}"
            f"  {row['gold_share']:>10.3f}"
        )
    return lines


def _predict(
    records: Sequence[dict[str, Any]],
    fn: Callable[[dict[str, Any]], Any],
    jobs: int,
) -> Iterator[tuple[dict[str, Any], Any, float]]:
    """``(record, prediction or error, seconds)`` in input order; threads for LLM models."""

    def timed(r: dict[str, Any]) -> tuple[dict[str, Any], Any, float]:
        t0 = time.perf_counter()
        try:
            out: Any = fn(r)
        except SummarizerError as exc:
            out = exc
        return r, out, time.perf_counter() - t0

    if jobs <= 1:
        for r in records:
            yield timed(r)
        return
    with cf.ThreadPoolExecutor(jobs, thread_name_prefix="eval") as pool:
        yield from pool.map(timed, records)


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
        _summarize("A warm-up sentence, police said.", settings)  # imports and caches: not the model's time
    scorer = {"attribution": _attribution, "hedges": _hedges, "incidents": _incidents}[task]
    scorer(records, choice, settings, workers, result, keep_mismatches)
    if by_pattern and task == "attribution" and choice.is_offline:
        result.by_pattern = _by_pattern(records, settings, result.kinds)
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


def kind_of(a: Attribution) -> ReportKind:
    """An attribution's kind: as derived in assembly, or from its cue and type (an older summary)."""
    return a.kind or report_kind(a.cue, a.type, a.content)


def _summarize(text: str, settings: Settings, published: str | None = None) -> IncidentSummary:
    from summarizer.pipeline import summarize

    return summarize(text, published=published, settings=settings)


def _attribution(
    records: Sequence[dict[str, Any]], model: ModelChoice, settings: Settings, jobs: int, out: EvalResult, keep: bool
) -> None:
    tp = fp = fn = 0
    o_pred = o_pred_hit = o_gold = o_gold_hit = 0
    spk_ok = spk_n = ref_ok = ref_n = 0
    scored = set(out.kinds or KINDS)
    every = scored >= set(KINDS)
    all_kinds = [0, 0, 0, 0, 0, 0, 0]  # content tp, fp, fn; overlap pred, pred hit, gold, gold hit
    for r, pred, seconds in _predict(records, lambda r: _summarize(r["text"], settings), jobs):
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


def _by_pattern(
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
            summary = _summarize(text, settings)
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


def _sentence_cues(sentence: str, settings: Settings, model: ModelChoice) -> list[Span]:
    """Non-conditional uncertainty cues of one sentence, by the model under evaluation."""
    if model.is_offline:
        from summarizer.text.hedges import find_hedges

        return [c.span for c in find_hedges(sentence) if c.kind != "conditional"]
    summary = _summarize(sentence, settings)
    spans: set[Span] = set()
    for a in summary.attributions:
        for flag in a.flags:
            if flag.reason == "hedge" and flag.span is not None and not _CONDITIONAL.match(flag.cue):
                spans.add((flag.span[0], flag.span[1]))
    return sorted(spans)


def _hedges(
    records: Sequence[dict[str, Any]], model: ModelChoice, settings: Settings, jobs: int, out: EvalResult, keep: bool
) -> None:
    tp = fp = fn = 0
    c_pred = c_pred_hit = c_gold = c_gold_hit = 0
    for r, pred, seconds in _predict(records, lambda r: _sentence_cues(r["sentence"], settings, model), jobs):
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


def count_of(summary: IncidentSummary, category: str) -> int:
    """The count of ``category`` a summary states: a total wins; else, when every figure belongs
    to a place, their sum over places; else the first figure in the text (a news report leads
    with its toll, and a later "a man was shot" is usually one of the people already counted),
    with the people the figures right after it name as one more ("another", "a second victim",
    labelled "people also …")."""
    if summary.incident is None:
        return 0
    figures = [f for f in summary.incident.figures if f.category == category]
    if category == "injured" and not any(f.is_total for f in figures):
        # "Four people were shot, one fatally": the people shot less those who died of it
        # (the killed figures written right after them) were injured
        everything = sorted(summary.incident.figures, key=lambda f: f.span[0] if f.span else 0)
        first = min((g.span[0] for g in figures if g.span), default=None)

        def people_hurt(f: Figure) -> bool:  # labelled by their harm, some of whom died, before any injured
            return (
                f.category == "other"
                and f.label.endswith(HURT_ENDS)
                and f.span is not None
                and (first is None or f.span[0] < first)
            )

        for f, after in itertools.pairwise(everything):
            if people_hurt(f) and after.category == "killed" and after.value:
                return int(f.value - after.value)
        # or the dead told first, as the part of them ("one of the three men shot has died") or
        # before them ("The man shot Sunday died. He was one of three people shot")
        for dead, f in itertools.pairwise(everything):
            if people_hurt(f) and dead.category == "killed" and 0 < dead.value < f.value:
                return int(f.value - dead.value)
    totals = [f for f in figures if f.is_total]
    if totals:
        return int(max(f.value for f in totals))
    if not figures:
        return 0
    if all(f.location is not None for f in figures) and len({f.location for f in figures}) > 1:
        by_place: dict[str | None, float] = {}
        for f in figures:
            by_place[f.location] = max(by_place.get(f.location, 0), f.value)
        return int(sum(by_place.values()))
    lead = min(figures, key=lambda f: f.span[0] if f.span else 0)
    return int(lead.value) + sum(int(f.value) for f in added_after(lead, summary.incident.figures))


def _address_spans(record: dict[str, Any]) -> list[Span]:
    """Where the gold says the incident happened: GVA's address spans, or GVDB's location
    details ("near the intersection of … and …")."""
    spans = record.get("address_spans") or (
        [record["location_details_span"]] if record.get("location_details_span") else []
    )
    return [(s[0], s[1]) for s in spans]


def _incidents(
    records: Sequence[dict[str, Any]], model: ModelChoice, settings: Settings, jobs: int, out: EvalResult, keep: bool
) -> None:
    ok = {"killed": 0, "injured": 0, "date": 0, "all": 0, "place": 0, "city": 0, "street": 0}
    dated = given_street = 0
    for r, pred, seconds in _predict(
        records, lambda r: _summarize(r["text"], settings, r.get("publish_date") or None), jobs
    ):
        out.seconds += seconds
        out.chars += len(r["text"])
        g = r["gold"]
        if isinstance(pred, SummarizerError):
            out.failures += 1
            killed = injured = 0
            date: str | None = None
            places: list[Span] = []
        else:
            killed, injured = count_of(pred, "killed"), count_of(pred, "injured")
            inc = pred.incident
            date = inc.date.value if inc is not None and inc.date is not None else None
            places = [(loc.span[0], loc.span[1]) for loc in inc.locations if loc.span] if inc else []
        hits = {
            "killed": killed == g["n_killed"],
            "injured": injured == g["n_injured"],
            "date": g.get("incident_date") is not None and date == g["incident_date"],
        }
        dated += g.get("incident_date") is not None
        for k, v in hits.items():
            ok[k] += v
        ok["all"] += all(hits.values())
        addresses = _address_spans(r)
        ok["place"] += any(overlaps(p, a) for p in places for a in addresses)
        # the other side of address_found, which a wrong street does not lower: of the articles with
        # a gold address given a street (a location with a street's word: "Pell Road", "Route 9"),
        # those where one is the gold's
        streets = [p for p in places if addresses and STREET_TYPE.search(r["text"], p[0], p[1])]
        given_street += bool(streets)
        ok["street"] += any(overlaps(p, a) for p in streets for a in addresses)
        # the town: a location at GVDB's city span, or one that names it ("Dunmore", "DUNMORE")
        city = r.get("city_span")
        if city:
            town = r["text"][city[0] : city[1]].casefold()
            ok["city"] += any(
                overlaps(p, (city[0], city[1])) or r["text"][p[0] : p[1]].casefold() == town for p in places
            )
        if keep and not all(hits.values()):
            out.mismatches.append({
                "id": r.get("id"), "gold": {k: g.get(k) for k in ("n_killed", "n_injured", "incident_date")},
                "predicted": {"n_killed": killed, "n_injured": injured, "incident_date": date},
                "publish_date": r.get("publish_date"),
            })  # fmt: skip
    n = len(records)
    with_address = sum(1 for r in records if _address_spans(r))
    out.metrics = {
        "killed_accuracy": ok["killed"] / n, "injured_accuracy": ok["injured"] / n,
        "date_accuracy": ok["date"] / dated if dated else 0.0, "all_three_accuracy": ok["all"] / n,
        "address_found": ok["place"] / with_address if with_address else 0.0,
        "street_precision": ok["street"] / given_street if given_street else 0.0,
    }  # fmt: skip
    with_city = sum(1 for r in records if r.get("city_span"))
    if with_city:
        out.metrics["city_found"] = ok["city"] / with_city
    out.counts = {
        "articles": n, "with_date": dated, "with_address": with_address, "with_city": with_city,
        "given_street": given_street,
    }  # fmt: skip
