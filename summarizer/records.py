"""Summaries of records (dicts, or a pandas frame's rows): the per-row function that a Ray map, a
Spark ``mapInPandas`` or a Dask ``map_partitions`` calls. Each row gives its summary (the JSON
contract, as a str) or a one-line error; one row's failure never stops the others.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from typing import TYPE_CHECKING, Any, NamedTuple

from summarizer.config import Settings
from summarizer.errors import SummarizerError

if TYPE_CHECKING:
    import pandas as pd

SUMMARY_COLUMN = "summary"
ERROR_COLUMN = "error"


class RecordOutcome(NamedTuple):
    """One record's result: its ``id`` (None when the record had none), its summary as the JSON
    contract (a str; None on failure) and a one-line error (None on success)."""

    id: Any
    summary: str | None
    error: str | None


def summarize_records(
    records: Iterable[Mapping[str, Any]],
    *,
    model: str | None = None,
    settings: Settings | None = None,
    text_column: str = "text",
) -> Iterator[RecordOutcome]:
    """Summarise each record lazily, in order, in this process: its ``text`` (str or bytes; the
    column named by ``text_column``), with an optional ``id`` and ``published`` (ISO date).
    A record that fails (bad input, the model's failure, an extractor's bug) yields its error."""
    settings = settings or Settings.from_env()
    if model is not None:
        settings = settings.with_(model=model)
    for record in records:
        yield _one(record, settings, text_column)


def _one(record: Mapping[str, Any], settings: Settings, text_column: str) -> RecordOutcome:
    from summarizer.pipeline import summarize

    key = _present(record.get("id"))
    try:
        text = record.get(text_column)
        if not isinstance(text, (str, bytes)):
            kind = "missing" if _present(text) is None else f"a {type(text).__name__}, not text"
            raise SummarizerError(f"the {text_column!r} field is {kind}")
        published = _present(record.get("published"))
        result = summarize(text, published=None if published is None else str(published)[:10], settings=settings)
        return RecordOutcome(key, result.model_dump_json(), None)
    except SummarizerError as exc:
        return RecordOutcome(key, None, _one_line(str(exc)))
    except Exception as exc:  # an extractor that raises is one failed record, not a dead job
        return RecordOutcome(key, None, _one_line(f"internal error: {type(exc).__name__}: {exc}"))


def _present(value: Any) -> Any:
    """None for a missing cell (None, or a frame's NaN / NaT / NA), else the value."""
    if value is None:
        return None
    try:
        return None if value != value else value  # NaN and NaT are not equal to themselves
    except (TypeError, ValueError):  # pandas.NA refuses to be a bool
        return None


def _one_line(message: str) -> str:
    return " ".join(message.split())


def summarize_frame(
    frame: pd.DataFrame, *, model: str | None = None, settings: Settings | None = None, text_column: str = "text"
) -> pd.DataFrame:
    """A pandas frame in, the same frame out with a ``summary`` (JSON str or None) and an ``error``
    (one line or None) column; the shape ``mapInPandas`` and ``map_partitions`` map."""
    import pandas as pd

    rows = frame.to_dict("records")
    outcomes = list(summarize_records(rows, model=model, settings=settings, text_column=text_column))
    out = frame.copy()
    out[SUMMARY_COLUMN] = pd.Series([o.summary for o in outcomes], index=frame.index, dtype=object)
    out[ERROR_COLUMN] = pd.Series([o.error for o in outcomes], index=frame.index, dtype=object)
    return out
