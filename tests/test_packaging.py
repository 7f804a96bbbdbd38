"""A built wheel holds the package and its prompts, and runs without the source tree."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from conftest import ARTICLES

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(out), str(ROOT)],
        check=True, capture_output=True, timeout=300,
    )  # fmt: skip
    (built,) = out.glob("summarizer-*.whl")
    return built


def test_wheel_contains_package_and_prompts(wheel: Path) -> None:
    names = zipfile.ZipFile(wheel).namelist()
    modules = {p.relative_to(ROOT).as_posix() for p in (ROOT / "summarizer").rglob("*.py")}
    assert "summarizer/cli/__init__.py" in modules and not modules - set(names), sorted(modules - set(names))
    prompts = [n for n in names if n.startswith("summarizer/prompts/")]
    expected = sorted(f"summarizer/prompts/{p.name}" for p in (ROOT / "prompts").iterdir() if p.is_file())
    assert sorted(prompts) == expected and expected
    assert not [n for n in names if n.startswith("tests/")]


def test_unpacked_wheel_runs_the_command(wheel: Path, tmp_path: Path) -> None:
    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    env = {**os.environ, "PYTHONPATH": str(site)}
    code = "import summarizer, sys; print(summarizer.__file__)"
    where = subprocess.run(
        [sys.executable, "-c", code], env=env, cwd=tmp_path, capture_output=True, text=True, check=True
    )
    assert where.stdout.strip().startswith(str(site))
    proc = subprocess.run(
        [sys.executable, "-m", "summarizer", str(ARTICLES / "breakdown.txt"), "--format", "json"],
        env=env, capture_output=True, text=True, cwd=tmp_path, check=False, timeout=60,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    assert '"schema_version": "3"' in proc.stdout
