"""The measures `summarize eval` scores with: spans trimmed of quote marks and punctuation,
one-to-one matching by Jaccard or any overlap, precision/recall/F1, and whether a predicted
speaker is the gold source (as written, or as the annotator resolved it)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from summarizer.schema import Attribution
from summarizer.text.base import ALL_QUOTES

Span = tuple[int, int]
_EDGE = " \t\r\n\u00a0,;:.!?—–-…()[]" + ALL_QUOTES + "`'"


def trim(text: str, span: Sequence[int]) -> Span:
    """``span`` without quote marks, spaces and punctuation at its edges."""
    s, e = int(span[0]), int(span[1])
    while s < e and text[s] in _EDGE:
        s += 1
    while e > s and text[e - 1] in _EDGE:
        e -= 1
    return s, e


def jaccard(a: Span, b: Span) -> float:
    inter = max(0, min(a[1], b[1]) - max(a[0], b[0]))
    union = (a[1] - a[0]) + (b[1] - b[0]) - inter
    return inter / union if union else 0.0


def overlaps(a: Span, b: Span) -> bool:
    return min(a[1], b[1]) > max(a[0], b[0])


def match(pred: Sequence[Span], gold: Sequence[Span], threshold: float) -> list[tuple[int, int]]:
    """One-to-one (pred index, gold index) pairs with Jaccard >= threshold (> 0 when 0), best first."""
    pairs = sorted(
        ((jaccard(p, g), i, j) for i, p in enumerate(pred) for j, g in enumerate(gold) if overlaps(p, g)),
        key=lambda x: (-x[0], x[1], x[2]),
    )
    used_p: set[int] = set()
    used_g: set[int] = set()
    out: list[tuple[int, int]] = []
    for score, i, j in pairs:
        if score < threshold or i in used_p or j in used_g:
            continue
        used_p.add(i)
        used_g.add(j)
        out.append((i, j))
    return out


def units(text: str, attributions: Sequence[Attribution], gold: Sequence[Span]) -> tuple[list[Span], list[int]]:
    """What is scored of each attribution (trimmed spans) and the attribution each came from.
    An attribution in pieces (an interrupted quote) is scored whole when a gold attribution
    spans two of its pieces (gold that records the quote as one), piece by piece when gold
    records its parts as quotes of their own (two pieces or more each overlap one), and whole
    otherwise (a miss counts once), so neither way of annotating it is penalised."""
    spans: list[Span] = []
    owner: list[int] = []
    for i, a in enumerate(attributions):
        pieces = [trim(text, p) for p in a.content_spans]
        split = len(pieces) > 1 and not any(sum(overlaps(p, g) for p in pieces) >= 2 for g in gold)
        if split and sum(any(overlaps(p, g) for g in gold) for p in pieces) >= 2:
            spans.extend(pieces)
            owner.extend([i] * len(pieces))
        else:
            spans.append(trim(text, a.content_span))
            owner.append(i)
    return spans, owner


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    return hit_rates(tp, tp + fp, tp, tp + fn)


def hit_rates(pred_hit: int, pred: int, gold_hit: int, gold: int) -> tuple[float, float, float]:
    """Precision (predictions that hit), recall (gold that is hit) and their F1."""
    p = pred_hit / pred if pred else 0.0
    r = gold_hit / gold if gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def _words(s: str) -> list[str]:
    return re.findall(r"[\w’'-]+", s.casefold())


def speaker_matches(text: str, gold_span: Span, pred_span: Span | None, pred_names: Iterable[str]) -> bool:
    """The predicted speaker is the gold source as written: spans overlap, or a name agrees.

    A name agrees when its words equal the gold's, or the gold's words are a run of the name's
    ("Trump" in "Donald Trump"; "the White House" in "the White House press office").
    """
    if pred_span is not None and overlaps(pred_span, gold_span):
        return True
    gold = _words(text[gold_span[0] : gold_span[1]])
    if not gold:
        return False
    gold = [w for w in gold if w not in ("the", "a", "an")] or gold
    for name in pred_names:
        words = [w for w in _words(name) if w not in ("the", "a", "an")]
        if not words:
            continue
        n = len(gold)
        if any(words[k : k + n] == gold for k in range(len(words) - n + 1)):
            return True
    return False


_NOT_A_NAME = {
    "he",
    "she",
    "they",
    "it",
    "we",
    "i",
    "you",
    "him",
    "her",
    "them",
    "his",
    "their",
    "who",
    "the",
    "a",
    "an",
}


def name_resolves(reference: str, predicted: str | None) -> bool:
    """The predicted speaker's name is the person the annotator resolved the quote to: one's
    words are a run of the other's ("Trudeau" / "Justin Trudeau"), pronouns aside ("he" never
    resolves)."""
    ref = [w for w in _words(reference) if w not in _NOT_A_NAME]
    got = [w for w in _words(predicted or "") if w not in _NOT_A_NAME]
    if not ref or not got:
        return False
    short, long = (ref, got) if len(ref) <= len(got) else (got, ref)
    n = len(short)
    return any(long[k : k + n] == short for k in range(len(long) - n + 1))
