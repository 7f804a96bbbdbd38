"""The house style's limits on size (../shared/STYLE.md): a module that passes ~600 lines is two
modules, a function that passes ~120 lines is two functions. Checked here so that a rule added
to a module near its limit splits it in the same change, not rounds later."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "summarizer"
MODULE_LINES = 600
FUNCTION_LINES = 120
MODULES = sorted(PACKAGE.rglob("*.py"))


@pytest.mark.parametrize("path", MODULES, ids=[str(p.relative_to(PACKAGE)) for p in MODULES])
def test_no_module_passes_its_limit_nor_any_function_its_own(path: Path) -> None:
    source = path.read_text(encoding="utf-8")
    assert source.count("\n") <= MODULE_LINES, f"{path.name}: {source.count(chr(10))} lines"
    long = [
        (node.name, node.end_lineno - node.lineno + 1)
        for node in ast.walk(ast.parse(source))
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)
        and node.end_lineno is not None
        and node.end_lineno - node.lineno + 1 > FUNCTION_LINES
    ]
    assert not long, f"{path.name}: functions over {FUNCTION_LINES} lines: {long}"


def test_the_limits_catch_a_module_that_passes_them(tmp_path: Path) -> None:
    # the check above reads every module; this one shows it fails on one too long
    body = "\n".join(f"x{i} = {i}" for i in range(MODULE_LINES + 1)) + "\n"
    (tmp_path / "big.py").write_text(body, encoding="utf-8")
    with pytest.raises(AssertionError):
        test_no_module_passes_its_limit_nor_any_function_its_own(tmp_path / "big.py")
