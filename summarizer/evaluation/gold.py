"""Gold files for `summarize eval`: reading and checking a task's JSONL records, and the two
halves by id that rules are written on and checked against."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from summarizer.errors import InputError

TASKS = ("attribution", "hedges", "incidents")

# what the gold format must hold, per task: key -> accepted types
_REQUIRED: dict[str, dict[str, tuple[type, ...]]] = {
    "attribution": {"text": (str,), "quotes": (list,)},
    "hedges": {"sentence": (str,), "label_without_conditionals": (str,)},
    "incidents": {"text": (str,), "gold": (dict,)},
}


def halves(records: Sequence[dict[str, Any]]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """A gold set in two halves by id (records sorted by id as text; A the first half, B the
    rest): rules are written on one and kept only if they also help the other."""
    ordered = sorted(records, key=lambda r: str(r.get("id", "")))
    return ordered[: len(ordered) // 2], ordered[len(ordered) // 2 :]


def load_gold(task: str, path: str | Path, *, limit: int | None = None) -> list[dict[str, Any]]:
    """Read a gold JSONL file for ``task``; a malformed line is an ``InputError`` naming it."""
    if task not in TASKS:
        raise InputError(f"unknown task {task!r}; choose one of {', '.join(TASKS)}", kind="input")
    p = Path(path)
    try:
        raw = p.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read the gold file: {exc.strerror or exc}", path=str(p), kind="unreadable") from None
    try:
        lines = raw.decode("utf-8-sig").splitlines()
    except UnicodeDecodeError:
        raise InputError("the gold file is not UTF-8 text", path=str(p), kind="encoding") from None
    records: list[dict[str, Any]] = []
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(f"line {number}: not JSON ({exc.msg})", path=str(p), kind="format") from None
        if not isinstance(record, dict):
            raise InputError(f"line {number}: expected a JSON object", path=str(p), kind="format")
        for key, types in _REQUIRED[task].items():
            if not isinstance(record.get(key), types):
                raise InputError(
                    f"line {number}: a {task} record needs {key!r} ({'/'.join(t.__name__ for t in types)}); "
                    f"see the README's gold formats",
                    path=str(p),
                    kind="format",
                )
        _check_record(task, record, number, str(p))
        records.append(record)
        if limit is not None and len(records) >= limit:
            break
    if not records:
        raise InputError("the gold file holds no records", path=str(p), kind="empty")
    return records


def _check_record(task: str, r: dict[str, Any], number: int, path: str) -> None:
    def bad(message: str) -> InputError:
        return InputError(f"line {number}: {message}", path=path, kind="format")

    def span_ok(span: Any, length: int) -> bool:
        return (
            isinstance(span, list)
            and len(span) == 2
            and all(isinstance(x, int) for x in span)
            and 0 <= span[0] <= span[1] <= length
        )

    if task == "attribution":
        for i, q in enumerate(r["quotes"]):
            if not isinstance(q, dict) or not span_ok(q.get("content_span"), len(r["text"])):
                raise bad(f"quotes[{i}] needs a content_span [start, end] within the text")
            if q.get("speaker_span") is not None and not span_ok(q["speaker_span"], len(r["text"])):
                raise bad(f"quotes[{i}].speaker_span is not a span within the text")
    elif task == "hedges":
        if r["label_without_conditionals"] not in ("certain", "uncertain"):
            raise bad("label_without_conditionals must be 'certain' or 'uncertain'")
        for i, c in enumerate(r.get("cues") or []):
            if not isinstance(c, dict) or not span_ok(c.get("span"), len(r["sentence"])):
                raise bad(f"cues[{i}] needs a span [start, end] within the sentence")
    else:
        g = r["gold"]
        for key in ("n_killed", "n_injured"):
            if not isinstance(g.get(key), int):
                raise bad(f"gold.{key} must be an integer")
        if g.get("incident_date") is not None and not isinstance(g["incident_date"], str):
            raise bad("gold.incident_date must be a YYYY-MM-DD string")
