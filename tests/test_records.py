"""summarize_records and summarize_frame: records (dicts, a pandas frame's rows) to a summary or a
one-line error each, in this process, without Spark or Ray; and `--engine ray` without Ray."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from summarizer import summarize, summarize_records
from summarizer.records import RecordOutcome, summarize_frame

FERRY = (
    "Ferry runs aground near Millbrook\n\n"
    "A passenger ferry ran aground near Millbrook on Tuesday, the harbour office said. "
    '"Nobody was hurt and everyone is ashore," said Ines Varga, the harbour master. '
    "Residents said the vessel had been listing for an hour, but that could not be independently verified.\n"
)
WELL = (
    "Well collapses in Corran\n\n"
    "An old well collapsed in Corran on Friday, the council said. Two workers were treated for cuts, "
    "according to Paul Ostrow, a council spokesman.\n"
)


def _without_created_at(summary_json: str) -> dict:  # type: ignore[type-arg]
    data = json.loads(summary_json)
    data["provenance"].pop("created_at", None)
    return data


def test_records_give_the_summary_of_each_and_one_line_errors_in_order() -> None:
    records = [
        {"id": "ferry", "text": FERRY, "published": "2026-03-03"},
        {"id": 7, "text": "   \n"},  # empty after cleaning
        {"id": "no-text"},
        {"id": "bad-date", "text": WELL, "published": "last Friday"},
        {"text": WELL.encode("utf-8")},  # bytes, no id
    ]
    out = list(summarize_records(records, model="rules"))
    assert [o.id for o in out] == ["ferry", 7, "no-text", "bad-date", None]
    assert all(isinstance(o, RecordOutcome) for o in out)
    ferry = out[0]
    assert ferry.error is None and ferry.summary is not None
    expected = summarize(FERRY, model="rules", published="2026-03-03").model_dump_json()
    assert _without_created_at(ferry.summary) == _without_created_at(expected)
    for failed in out[1:4]:
        assert failed.summary is None and failed.error and "\n" not in failed.error
    assert "'text' field is missing" in out[2].error  # type: ignore[operator]
    assert "published" in out[3].error  # type: ignore[operator]
    assert out[4].error is None and out[4].summary
    expected = summarize(WELL, model="rules").model_dump_json()
    assert _without_created_at(out[4].summary) == _without_created_at(expected)


def test_records_are_summarised_lazily() -> None:
    seen: list[int] = []

    def records():  # type: ignore[no-untyped-def]
        for i in range(3):
            seen.append(i)
            yield {"id": i, "text": FERRY}

    outcomes = summarize_records(records(), model="rules")
    assert seen == []
    assert next(outcomes).id == 0 and seen == [0]


def test_an_extractor_that_raises_is_one_failed_record(monkeypatch: pytest.MonkeyPatch) -> None:
    import summarizer.rules.model

    def broken(article):  # type: ignore[no-untyped-def]
        if "Millbrook" in article.text:
            raise ValueError("a bug\nover two lines")
        return real(article)

    real = summarizer.rules.model.extract
    monkeypatch.setattr(summarizer.rules.model, "extract", broken)
    first, second = summarize_records([{"text": FERRY}, {"text": WELL}], model="rules")
    assert first.summary is None and first.error == "internal error: ValueError: a bug over two lines"
    assert second.error is None and second.summary


def test_a_pandas_frame_in_and_out() -> None:
    pd = pytest.importorskip("pandas", reason="pandas is installed with the dev or ray extra")
    frame = pd.DataFrame(
        {
            "id": ["a", "b", "c"],
            "body": [FERRY, None, WELL],
            "published": ["2026-03-03", None, float("nan")],
        },
        index=[10, 20, 30],
    )
    out = summarize_frame(frame, model="rules", text_column="body")
    assert list(out.index) == [10, 20, 30]
    assert list(out.columns) == ["id", "body", "published", "summary", "error"]
    assert "summary" not in frame.columns  # the input frame is left as it was
    assert out.loc[20, "summary"] is None and "missing" in out.loc[20, "error"]
    assert out.loc[10, "error"] is None and out.loc[30, "error"] is None
    expected = summarize(FERRY, model="rules", published="2026-03-03").model_dump_json()
    assert _without_created_at(out.loc[10, "summary"]) == _without_created_at(expected)
    expected = summarize(WELL, model="rules").model_dump_json()
    assert _without_created_at(out.loc[30, "summary"]) == _without_created_at(expected)


def test_importing_the_record_and_ray_modules_imports_neither_pandas_nor_ray() -> None:
    code = (
        "import sys, summarizer, summarizer.records, summarizer.ray\n"
        "print(sorted(m for m in ('pandas', 'ray', 'pyarrow') if m in sys.modules))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True)
    assert out.stdout.strip() == "[]"


def test_engine_ray_without_ray_is_one_line_naming_the_extra(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(FERRY)
    # Ray hidden from this process, as for someone who did not install the extra
    code = (
        "import sys\n"
        "sys.modules['ray'] = None  # import ray: ImportError; importlib.util.find_spec('ray'): None\n"
        "from summarizer.cli import main\n"
        "sys.exit(main(sys.argv[1:]))\n"
    )
    args = ["batch", str(tmp_path / "in"), "-o", str(tmp_path / "out"), "--engine", "ray", "--no-progress"]
    out = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, timeout=60)
    assert out.returncode == 2
    assert out.stderr.strip() == "summarize: error: the ray engine needs Ray: pip install 'summarizer[ray]'"
    assert not (tmp_path / "out" / "a.txt.json").exists()
