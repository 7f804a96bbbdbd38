"""The `summarize` command. `cli.main(argv, stdin=, stdout=)` is the whole command but for the
interpreter around it, so most tests call it in-process (stderr through capsys, the exit code
as its return value); a few run real processes for what only a process shows: the console
script, `python -m summarizer` in a fresh interpreter, a real pipe, a terminal, Ctrl-C."""

from __future__ import annotations

import contextlib
import io
import json
import os
import pty
import select
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from conftest import ARTICLES

from summarizer import InputError, __version__, summarize
from summarizer.cli import main


@dataclass(frozen=True)
class Ran:
    code: int
    out: str
    err: str


Cli = Callable[..., Ran]


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str]) -> Cli:
    """``cli(*argv, stdin=b"...")`` runs the command in-process: its exit code, stdout, stderr."""

    def run(*args: str, stdin: bytes = b"") -> Ran:
        capsys.readouterr()  # only this run's output
        out = io.StringIO()  # not a terminal: what a pipe is to the command
        try:
            code = main(list(args), stdin=io.TextIOWrapper(io.BytesIO(stdin), encoding="utf-8"), stdout=out)
        except SystemExit as exc:  # argparse's --version exits, as it does in a process
            code = 0 if exc.code is None else int(exc.code)
        captured = capsys.readouterr()
        return Ran(code, out.getvalue() + captured.out, captured.err)

    return run


def test_file_to_json_when_piped(cli: Cli) -> None:
    ran = cli(str(ARTICLES / "breakdown.txt"))
    assert ran.code == 0, ran.err
    data = json.loads(ran.out)
    assert data["schema_version"] == "3" and data["provenance"]["model"] == "rules"


def test_stdin_is_read_when_no_file_is_given(cli: Cli) -> None:
    ran = cli("--format", "json", stdin=(ARTICLES / "pronoun.txt").read_bytes())
    assert ran.code == 0, ran.err
    data = json.loads(ran.out)
    assert data["speakers"][0]["name"] == "Dana Whitfield"
    assert data["source"]["path"] is None
    assert json.loads(cli("-", stdin=b"Police said two people were hurt.").out)["attributions"]


def test_markdown_and_pretty_formats(cli: Cli) -> None:
    md = cli(str(ARTICLES / "breakdown.txt"), "--format", "md")
    assert md.code == 0 and md.out.startswith("# Coastal Guard of Veloria says")
    pretty = cli(str(ARTICLES / "breakdown.txt"), "--format", "pretty")
    assert pretty.code == 0 and "Who said what" in pretty.out and "sum matches total" in pretty.out
    assert "\x1b[" not in pretty.out  # no colour codes when the output is not a terminal


def test_output_file_is_written_and_format_follows_its_suffix(cli: Cli, tmp_path: Path) -> None:
    target = tmp_path / "out" / "summary.md"
    ran = cli(str(ARTICLES / "breakdown.txt"), "-o", str(target))
    assert ran.code == 0 and ran.out == ""
    assert target.read_text().startswith("# ")
    as_json = tmp_path / "s.json"
    assert cli(str(ARTICLES / "breakdown.txt"), "-o", str(as_json)).code == 0
    assert json.loads(as_json.read_text())["headline"]
    assert not [p for p in tmp_path.rglob("*.tmp")]


def test_published_resolves_relative_dates(cli: Cli) -> None:
    ran = cli(str(ARTICLES / "relative_date.txt"), "--published", "2026-03-04")
    assert json.loads(ran.out)["incident"]["date"]["value"] == "2026-03-02"


def test_version(cli: Cli) -> None:
    ran = cli("--version")
    assert ran.code == 0 and ran.out.strip() == f"summarizer {__version__}"


@pytest.mark.parametrize(
    ("args", "stdin", "code", "message"),
    [
        (["/no/such/file.txt"], b"", 2, "no such file"),
        (["--published", "yesterday", "-"], b"Police said two were hurt.", 2, "ISO date"),
        (["-"], b"", 2, "empty article"),
        (["-"], b"\x00\x01\x02\x03 binary", 2, "binary"),
        (["--format", "yaml", "-"], b"x", 2, "invalid choice"),
        (["--model", "nope:thing", "-"], b"Police said two were hurt.", 2, "needs a base URL"),
        (["--model", "gpt-4", "-"], b"Police said two were hurt.", 2, "not 'rules' nor"),
    ],
)
def test_errors_are_one_line_with_no_traceback(
    cli: Cli, args: list[str], stdin: bytes, code: int, message: str
) -> None:
    ran = cli(*args, stdin=stdin)
    assert ran.code == code, ran.err
    assert message in ran.err
    assert "Traceback" not in ran.err
    assert len([line for line in ran.err.splitlines() if line.strip()]) <= 2
    assert ran.out == ""


def test_directory_is_an_input_error(cli: Cli, tmp_path: Path) -> None:
    ran = cli(str(tmp_path))
    assert ran.code == 2 and "directory" in ran.err


def test_debug_lets_the_error_through_with_its_traceback(cli: Cli) -> None:
    # without --debug the same error is one line and exit 2 (above); with it, main re-raises,
    # and the interpreter prints the traceback
    with pytest.raises(InputError, match="no such file"):
        cli("--debug", "/no/such/file.txt")


# ---------------------------------------------------------------- real processes


def _summarize_script() -> str:
    """The installed console script (the package is installed in development and CI alike)."""
    script = shutil.which("summarize", path=str(Path(sys.executable).parent))
    assert script, f"no 'summarize' script next to {sys.executable}: is the package installed?"
    return script


def _env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "FORCE_COLOR", "TTY_COMPATIBLE", "COLUMNS")}
    return {**env, "TERM": "xterm-256color"}


def _read_until(fd: int, want: bytes | None, timeout_s: float = 60) -> bytes:
    """Bytes from ``fd`` until ``want`` shows (None: until the writer is gone); fails after
    ``timeout_s`` rather than hang."""
    got = b""
    deadline = time.monotonic() + timeout_s
    while want is None or want not in got:
        left = deadline - time.monotonic()
        assert left > 0, f"waited {timeout_s} s for {want!r}; got {got[-500:]!r}"
        if not select.select([fd], [], [], left)[0]:
            continue
        try:
            chunk = os.read(fd, 65536)
        except OSError:  # a pty's reader gets EIO once the other side is closed
            chunk = b""
        if not chunk:
            break
        got += chunk
    return got


def test_python_m_summarizer_in_a_fresh_interpreter_imports_no_llm_library() -> None:
    # -X importtime lists on stderr every module the run imports
    proc = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "summarizer", str(ARTICLES / "breakdown.txt"), "--format", "json"],
        capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert json.loads(proc.stdout)["provenance"]["model"] == "rules"
    imported = {line.rsplit("|", 1)[-1].strip() for line in proc.stderr.splitlines() if line.startswith("import time")}
    assert "summarizer.pipeline" in imported  # the listing is there to read
    assert not {name.split(".")[0] for name in imported} & {"openai", "instructor", "trafilatura"}


def test_console_script_reads_a_pipe_and_writes_json_to_a_pipe() -> None:
    proc = subprocess.run(
        [_summarize_script()],
        input=(ARTICLES / "pronoun.txt").read_bytes(),
        capture_output=True,
        timeout=60,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)  # JSON: stdout is a pipe, no --format given
    assert data["speakers"][0]["name"] == "Dana Whitfield"
    assert data["source"]["path"] is None


@contextlib.contextmanager
def _on_a_terminal(argv: list[str], stream: str) -> Iterator[tuple[subprocess.Popen[bytes], int]]:
    """The command with its ``stream`` ('stdin' or 'stdout') on a new pseudo-terminal, the
    others on pipes; yields the process and the terminal's other end. The process is ended
    and the terminal closed on the way out."""
    master, slave = pty.openpty()
    streams = {"stdin": subprocess.DEVNULL, "stdout": subprocess.PIPE, stream: slave}
    try:
        with subprocess.Popen(argv, stderr=subprocess.PIPE, env=_env(), **streams) as proc:  # type: ignore[call-overload]
            os.close(slave)  # the child holds its own copy; the reader sees EOF when it exits
            slave = -1
            try:
                yield proc, master
            finally:
                if proc.poll() is None:
                    proc.kill()
    finally:
        os.close(master)
        if slave >= 0:
            os.close(slave)


def test_on_a_terminal_the_output_is_pretty_and_coloured() -> None:
    with _on_a_terminal([_summarize_script(), str(ARTICLES / "breakdown.txt")], "stdout") as (proc, terminal):
        shown = _read_until(terminal, None).decode()
        _, err = proc.communicate(timeout=60)
    assert proc.returncode == 0, err
    assert "Who said what" in shown and "sum matches total" in shown
    assert "\x1b[" in shown and not shown.lstrip().startswith("{")


def test_on_a_terminal_it_asks_for_the_article_and_ctrl_c_exits_130() -> None:
    with _on_a_terminal([_summarize_script()], "stdin") as (proc, _):
        assert proc.stderr is not None
        # the prompt shows once the command waits for the article, its Ctrl-C handling in place
        prompt = _read_until(proc.stderr.fileno(), b"Ctrl-D")
        assert prompt.startswith(b"Paste the article")
        proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, err
    assert out == b"" and err.strip() == b"summarize: interrupted"


# ---------------------------------------------------------------- summarize check


def _summary_file(cli: Cli, tmp_path: Path, name: str = "breakdown.txt") -> Path:
    out = tmp_path / "s.json"
    assert cli(str(ARTICLES / name), "-o", str(out)).code == 0
    return out


@pytest.mark.parametrize("collecting", [True, False])
@pytest.mark.parametrize(
    ("args", "stdin"),
    [
        ((), b"Police said two people were hurt in a crash on Monday."),  # a summary
        (("/no/such/file.txt",), b""),  # an input error, exit 2
        (("--debug", "/no/such/file.txt"), b""),  # the error let through
        (("--model", "gpt-4", "-"), b"Police said two were hurt."),  # bad usage
    ],
)
def test_the_collector_is_held_off_for_one_article_and_left_as_found(
    cli: Cli, monkeypatch: pytest.MonkeyPatch, collecting: bool, args: tuple[str, ...], stdin: bytes
) -> None:
    # main() in a process that runs on (a test session, a notebook) must not leave the cyclic
    # collector off: a long run after would keep every cycle it makes
    import gc

    import summarizer.pipeline

    during: list[bool] = []
    real = summarizer.pipeline.summarize

    def watched(*a: object, **k: object) -> object:
        during.append(gc.isenabled())
        return real(*a, **k)  # type: ignore[arg-type]

    monkeypatch.setattr(summarizer.pipeline, "summarize", watched)
    was = gc.isenabled()
    (gc.enable if collecting else gc.disable)()
    try:
        with contextlib.suppress(InputError):
            cli(*args, stdin=stdin)
        assert gc.isenabled() is collecting
        assert not any(during) and (during or args)  # off while an article ran (the first row runs one)
    finally:
        (gc.enable if was else gc.disable)()


def test_check_clean_summary_exits_0(cli: Cli, tmp_path: Path) -> None:
    summary = _summary_file(cli, tmp_path)
    ran = cli("check", str(summary), str(ARTICLES / "breakdown.txt"), "--format", "json")
    assert ran.code == 0, ran.err
    assert json.loads(ran.out)["ok"] is True
    # the article can come from the summary's own source.path
    assert cli("check", str(summary)).code == 0


def test_check_finds_errors_exits_1(cli: Cli, tmp_path: Path) -> None:
    summary = _summary_file(cli, tmp_path)
    data = json.loads(summary.read_text())
    data["incident"]["figures"][0]["value"] = 4444
    data["attributions"][0]["content_span"] = [99999, 100000]
    summary.write_text(json.dumps(data))
    ran = cli("check", str(summary), str(ARTICLES / "breakdown.txt"), "--format", "pretty")
    assert ran.code == 1 and "FAILED" in ran.out and "number-grounded" in ran.out and "span-valid" in ran.out


def test_check_jsonl_against_a_folder(cli: Cli, tmp_path: Path) -> None:
    lines = []
    for name in ("breakdown.txt", "pronoun.txt", "qualifiers.txt"):
        data = json.loads(cli(str(ARTICLES / name), "--format", "json").out)
        data["source"]["path"] = name  # relative: found in the folder
        lines.append(json.dumps(data))
    bad = json.loads(lines[1])
    bad["unverified"] = ["a9"]
    lines[1] = json.dumps(bad)
    jsonl = tmp_path / "all.jsonl"
    jsonl.write_text("\n".join(lines) + "\n")
    ran = cli("check", str(jsonl), str(ARTICLES), "--format", "json")
    reports = [json.loads(line) for line in ran.out.splitlines()]
    assert ran.code == 1
    assert [r["ok"] for r in reports] == [True, False, True]
    assert reports[1]["article"].endswith("pronoun.txt")


def test_check_reads_a_summary_from_stdin(cli: Cli) -> None:
    summary = cli(str(ARTICLES / "breakdown.txt"), "--format", "json").out
    ran = cli("check", "-", str(ARTICLES / "breakdown.txt"), "--format", "json", stdin=summary.encode())
    assert ran.code == 0, ran.err
    assert json.loads(ran.out)["ok"] is True


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{not json", "not valid JSON"),
        (
            '{"schema_version": "4", "headline": "x"}',
            "schema_version '4' is not supported (this tool reads 1, 2 and 3)",
        ),
        ('{"schema_version": "1", "headline": 5}', "not a valid summary"),
        ("", "empty file"),
    ],
)
def test_check_bad_summary_files_exit_2(cli: Cli, tmp_path: Path, content: str, message: str) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text(content)
    ran = cli("check", str(bad), str(ARTICLES / "breakdown.txt"))
    assert ran.code == 2 and message in ran.err and "Traceback" not in ran.err


def test_check_unreadable_article_exits_2(cli: Cli, tmp_path: Path) -> None:
    summary = _summary_file(cli, tmp_path)
    ran = cli("check", str(summary), str(tmp_path / "missing.txt"))
    assert ran.code == 2 and "no such file" in ran.err


def test_check_lists_its_rules(cli: Cli) -> None:
    ran = cli("check", "--rules")
    assert ran.code == 0 and "quote-verbatim" in ran.out and "figure-sum" in ran.out


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
