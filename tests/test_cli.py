"""The `summarize` command end to end, in a subprocess as a user runs it."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ARTICLES

from summarizer import __version__, summarize
from summarizer.cli import main


def run(*args: str, stdin: bytes | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "summarizer", *args], input=stdin, capture_output=True, cwd=cwd, timeout=60, check=False
    )


def test_file_to_json_when_piped() -> None:
    proc = run(str(ARTICLES / "breakdown.txt"))
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    assert data["schema_version"] == "1" and data["provenance"]["model"] == "rules"


def test_stdin_is_read_when_no_file_is_given() -> None:
    proc = run("--format", "json", stdin=(ARTICLES / "pronoun.txt").read_bytes())
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    assert data["speakers"][0]["name"] == "Dana Whitfield"
    assert data["source"]["path"] is None
    assert json.loads(run("-", stdin=b"Police said two people were hurt.").stdout)["attributions"]


def test_markdown_and_pretty_formats() -> None:
    md = run(str(ARTICLES / "breakdown.txt"), "--format", "md")
    assert md.returncode == 0 and md.stdout.decode().startswith("# Coastal Guard of Veloria says")
    pretty = run(str(ARTICLES / "breakdown.txt"), "--format", "pretty")
    out = pretty.stdout.decode()
    assert pretty.returncode == 0 and "Who said what" in out and "sum matches total" in out
    assert "\x1b[" not in out  # no colour codes when piped


def test_output_file_is_written_and_format_follows_its_suffix(tmp_path: Path) -> None:
    target = tmp_path / "out" / "summary.md"
    proc = run(str(ARTICLES / "breakdown.txt"), "-o", str(target))
    assert proc.returncode == 0 and proc.stdout == b""
    assert target.read_text().startswith("# ")
    as_json = tmp_path / "s.json"
    assert run(str(ARTICLES / "breakdown.txt"), "-o", str(as_json)).returncode == 0
    assert json.loads(as_json.read_text())["headline"]
    assert not [p for p in tmp_path.rglob("*.tmp")]


def test_published_resolves_relative_dates() -> None:
    proc = run(str(ARTICLES / "relative_date.txt"), "--published", "2026-03-04")
    assert json.loads(proc.stdout)["incident"]["date"]["value"] == "2026-03-02"


def test_version() -> None:
    proc = run("--version")
    assert proc.returncode == 0 and proc.stdout.decode().strip() == f"summarizer {__version__}"


@pytest.mark.parametrize(
    ("args", "stdin", "code", "message"),
    [
        (["/no/such/file.txt"], None, 2, "no such file"),
        (["--published", "yesterday", "-"], b"Police said two were hurt.", 2, "ISO date"),
        (["-"], b"", 2, "empty article"),
        (["-"], b"\x00\x01\x02\x03 binary", 2, "binary"),
        (["--format", "yaml", "-"], b"x", 2, "invalid choice"),
        (["--model", "nope:thing", "-"], b"Police said two were hurt.", 2, "needs a base URL"),
        (["--model", "gpt-4", "-"], b"Police said two were hurt.", 2, "not 'rules' nor"),
    ],
)
def test_errors_are_one_line_with_no_traceback(args: list[str], stdin: bytes | None, code: int, message: str) -> None:
    proc = run(*args, stdin=stdin)
    err = proc.stderr.decode()
    assert proc.returncode == code, err
    assert message in err
    assert "Traceback" not in err
    assert len([line for line in err.splitlines() if line.strip()]) <= 2


def test_directory_is_an_input_error(tmp_path: Path) -> None:
    proc = run(str(tmp_path))
    assert proc.returncode == 2 and b"directory" in proc.stderr


def test_debug_shows_the_traceback() -> None:
    proc = run("--debug", "/no/such/file.txt")
    assert proc.returncode != 0 and b"Traceback" in proc.stderr


def test_main_in_process(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(ARTICLES / "according_to.txt"), "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["attributions"]


def test_offline_path_does_not_import_llm_libraries() -> None:
    code = (
        "import sys, summarizer.cli as c; "
        f"c.main([{str(ARTICLES / 'breakdown.txt')!r}, '--format', 'json']); "
        "bad = [m for m in ('openai', 'instructor', 'trafilatura') if m in sys.modules]; "
        "sys.stderr.write(repr(bad)); sys.exit(1 if bad else 0)"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, timeout=60, check=False)
    assert proc.returncode == 0, proc.stderr


# ---------------------------------------------------------------- summarize check


def _summary_file(tmp_path: Path, name: str = "breakdown.txt") -> Path:
    out = tmp_path / "s.json"
    assert run(str(ARTICLES / name), "-o", str(out)).returncode == 0
    return out


def test_check_clean_summary_exits_0(tmp_path: Path) -> None:
    summary = _summary_file(tmp_path)
    proc = run("check", str(summary), str(ARTICLES / "breakdown.txt"), "--format", "json")
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["ok"] is True
    # the article can come from the summary's own source.path
    assert run("check", str(summary)).returncode == 0


def test_check_finds_errors_exits_1(tmp_path: Path) -> None:
    summary = _summary_file(tmp_path)
    data = json.loads(summary.read_text())
    data["incident"]["figures"][0]["value"] = 4444
    data["attributions"][0]["content_span"] = [99999, 100000]
    summary.write_text(json.dumps(data))
    proc = run("check", str(summary), str(ARTICLES / "breakdown.txt"), "--format", "pretty")
    out = proc.stdout.decode()
    assert proc.returncode == 1 and "FAILED" in out and "number-grounded" in out and "span-valid" in out


def test_check_jsonl_against_a_folder(tmp_path: Path) -> None:
    lines = []
    for name in ("breakdown.txt", "pronoun.txt", "qualifiers.txt"):
        data = json.loads(run(str(ARTICLES / name), "--format", "json").stdout)
        data["source"]["path"] = name  # relative: found in the folder
        lines.append(json.dumps(data))
    bad = json.loads(lines[1])
    bad["unverified"] = ["a9"]
    lines[1] = json.dumps(bad)
    jsonl = tmp_path / "all.jsonl"
    jsonl.write_text("\n".join(lines) + "\n")
    proc = run("check", str(jsonl), str(ARTICLES), "--format", "json")
    reports = [json.loads(line) for line in proc.stdout.decode().splitlines()]
    assert proc.returncode == 1
    assert [r["ok"] for r in reports] == [True, False, True]
    assert reports[1]["article"].endswith("pronoun.txt")


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{not json", "not valid JSON"),
        ('{"schema_version": "2", "headline": "x"}', "schema_version '2' is not supported"),
        ('{"schema_version": "1", "headline": 5}', "not a valid summary"),
        ("", "empty file"),
    ],
)
def test_check_bad_summary_files_exit_2(tmp_path: Path, content: str, message: str) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text(content)
    proc = run("check", str(bad), str(ARTICLES / "breakdown.txt"))
    err = proc.stderr.decode()
    assert proc.returncode == 2 and message in err and "Traceback" not in err


def test_check_unreadable_article_exits_2(tmp_path: Path) -> None:
    summary = _summary_file(tmp_path)
    proc = run("check", str(summary), str(tmp_path / "missing.txt"))
    assert proc.returncode == 2 and b"no such file" in proc.stderr


def test_check_lists_its_rules() -> None:
    proc = run("check", "--rules")
    out = proc.stdout.decode()
    assert proc.returncode == 0 and "quote-verbatim" in out and "figure-sum" in out


def _check_in_process(*argv: str) -> tuple[int, list[dict[str, object]]]:
    out = io.StringIO()
    code = main(["check", *argv, "--format", "json"], stdout=out)
    return code, [json.loads(line) for line in out.getvalue().splitlines()]


def test_check_finds_articles_by_the_batch_root_or_a_tail_of_their_path(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    news = tmp_path / "news" / "day1"
    news.mkdir(parents=True)
    lines = []
    for name in ("breakdown.txt", "pronoun.txt"):
        (news / name).write_bytes((ARTICLES / name).read_bytes())
        data = summarize(news / name, model="rules", path=f"news/day1/{name}").model_dump(mode="json")
        lines.append(data)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)  # "news/day1/…" no longer resolves from here
    jsonl = tmp_path / "all.jsonl"
    jsonl.write_text("".join(json.dumps(d) + "\n" for d in lines))
    # under ARTICLES_DIR, the longest tail of source.path that exists: day1/breakdown.txt in news/
    code, reports = _check_in_process(str(jsonl), str(tmp_path / "news"))
    assert code == 0 and [r["ok"] for r in reports] == [True, True]
    assert reports[0]["article"] == str(news / "breakdown.txt")
    # no ARTICLES_DIR: the batch's input root recorded in the summary
    for d in lines:
        d["source"]["root"] = str(tmp_path)
    jsonl.write_text("".join(json.dumps(d) + "\n" for d in lines))
    code, reports = _check_in_process(str(jsonl))
    assert code == 0 and [r["article"] for r in reports] == [
        str(tmp_path / "news/day1" / n) for n in ("breakdown.txt", "pronoun.txt")
    ]


def test_check_a_missing_article_is_a_finding_and_the_others_are_checked(tmp_path: Path) -> None:
    lines = []
    for name in ("gone.txt", "breakdown.txt"):
        data = summarize(ARTICLES / "breakdown.txt", model="rules", path=name).model_dump(mode="json")
        lines.append(json.dumps(data))
    jsonl = tmp_path / "all.jsonl"
    jsonl.write_text("\n".join(lines) + "\n")
    code, reports = _check_in_process(str(jsonl), str(ARTICLES))
    assert code == 1 and [r["ok"] for r in reports] == [False, True]
    (finding,) = reports[0]["findings"]  # type: ignore[misc]
    assert finding["rule"] == "article-found" and "gone.txt" in finding["message"]


def test_a_batch_is_checked_from_any_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "news" / "day1").mkdir(parents=True)
    for name in ("breakdown.txt", "pronoun.txt"):
        (tmp_path / "news" / "day1" / name).write_bytes((ARTICLES / name).read_bytes())
    monkeypatch.chdir(tmp_path)
    assert main(["batch", "news", "-o", "out", "--jobs", "1", "--no-progress", "--no-html"], stdout=io.StringIO()) == 0
    summary = json.loads((tmp_path / "out" / "day1" / "pronoun.txt.json").read_text())
    assert summary["source"]["path"] == "news/day1/pronoun.txt" and summary["source"]["root"] == str(tmp_path / "news")
    monkeypatch.chdir(tmp_path / "out")  # neither the relative path nor a folder argument leads to the articles
    code, reports = _check_in_process("summaries.jsonl")
    assert code == 0 and len(reports) == 2 and all(r["ok"] for r in reports)
