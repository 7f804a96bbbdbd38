"""The public API and the layering of the package."""

from __future__ import annotations

import ast
import inspect
import subprocess
import sys
from pathlib import Path

import pytest

import summarizer

PACKAGE = Path(summarizer.__file__).parent


def test_all_is_sorted_and_complete() -> None:
    assert summarizer.__all__ == sorted(summarizer.__all__)
    public = {n for n in vars(summarizer) if not n.startswith("_") and n not in ("annotations",)}
    modules = {n for n in public if type(getattr(summarizer, n)).__name__ == "module"}
    lazy = {"summarize_many"}  # imported on first use (the package's __getattr__)
    assert public - modules - lazy == set(summarizer.__all__) - {"__version__"} - lazy
    for name in summarizer.__all__:
        assert hasattr(summarizer, name)
    assert summarizer.summarize_many.__module__ == "summarizer.batch.stream"


def test_one_article_does_not_import_the_batch_machinery() -> None:
    """`import summarizer` and a summary of one article leave the batch runner unloaded (the
    CLI's `summarize FILE` starts faster); `summarize_many` loads it when first asked for."""
    code = (
        "import sys\nimport summarizer\nsummarizer.summarize('Police said two men were hurt.', model='rules')\n"
        "print('summarizer.batch.run' in sys.modules)\nsummarizer.summarize_many\n"
        "print('summarizer.batch.run' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert out == ["False", "True"]


# the contract's calls and their positional parameters; options beyond them are keyword-only
CONTRACT = [
    ("summarize", ["text", "model", "published"], {"settings"}),
    ("summarize_many", ["items", "model", "jobs"], {"settings"}),
    ("check", ["summary", "text"], set()),
    ("find_hedges", ["sentence"], set()),
]


@pytest.mark.parametrize(("name", "positional", "keywords"), CONTRACT, ids=[c[0] for c in CONTRACT])
def test_contract_calls(name: str, positional: list[str], keywords: set[str]) -> None:
    params = inspect.signature(getattr(summarizer, name)).parameters.values()
    assert [p.name for p in params if p.kind is p.POSITIONAL_OR_KEYWORD] == positional
    assert keywords <= {p.name for p in params if p.kind is p.KEYWORD_ONLY}


def test_contract_calls_return_the_contract_types() -> None:
    from summarizer import CheckReport, HedgeCue, IncidentSummary, check, find_hedges, summarize, summarize_many

    text = "Police said the bridge may reopen on Monday."
    result = summarize(text, model="rules")
    assert type(result) is IncidentSummary and result.provenance.model == "rules"
    assert result.attributions[0].content == "the bridge may reopen on Monday"
    report = check(result, text)
    assert type(report) is CheckReport and report == result.check
    cues = find_hedges("The bridge may reopen.")
    assert [(type(c), c.text, c.span, c.kind) for c in cues] == [(HedgeCue, "may", (11, 14), "modal")]
    ((item, again),) = summarize_many([text], model="rules", jobs=1)
    assert item == text and type(again) is IncidentSummary and again.attributions == result.attributions


def test_contract_fields_exist() -> None:
    from summarizer import IncidentSummary

    fields = set(IncidentSummary.model_fields)
    assert {"schema_version", "headline", "summary", "incident", "speakers", "attributions", "unverified",
            "source", "check", "provenance", "usage"} <= fields  # fmt: skip


# Who may import whom is import-linter's contracts in pyproject.toml (CI runs lint-imports); what
# they cannot say: no module imports the package root, which imports every layer.
def test_no_module_imports_the_package_root() -> None:
    for path in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text())):
            root_from = isinstance(node, ast.ImportFrom) and node.module == "summarizer" and node.level == 0
            root_import = isinstance(node, ast.Import) and any(a.name == "summarizer" for a in node.names)
            assert not (root_from or root_import), f"{path.relative_to(PACKAGE)} imports the package root"


def _private(name: str) -> bool:
    return name.startswith("_") and not name.endswith("__")


def _private_names_taken(tree: ast.AST, package: str = "summarizer") -> list[str]:
    """``from m import _x`` and ``m._x`` of an imported module ``m``: a name private to another module."""
    modules: set[str] = set()  # the names bound to the package's modules (or to names in them)
    taken = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            modules |= {(a.asname or a.name).split(".")[0] for a in node.names if a.name.startswith(f"{package}.")}
        elif isinstance(node, ast.ImportFrom) and (node.level or (node.module or "").split(".")[0] == package):
            modules |= {a.asname or a.name for a in node.names}
            taken += [f"from {node.module} import {a.name}" for a in node.names if _private(a.name)]
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and _private(node.attr):
            base = node.value
            while isinstance(base, ast.Attribute):
                base = base.value
            if isinstance(base, ast.Name) and base.id in modules and base.id != "self":
                taken.append(f"{ast.unparse(node.value)}.{node.attr}")
    return taken


def test_no_module_takes_a_private_name_from_another() -> None:
    """A name one module imports from another is public (STYLE.md): no leading underscore."""
    taken = {
        str(path.relative_to(PACKAGE)): found
        for path in PACKAGE.rglob("*.py")
        if (found := _private_names_taken(ast.parse(path.read_text())))
    }
    assert not taken, taken


def test_the_private_name_finder_finds_both_forms() -> None:
    tree = ast.parse(
        "import os, pkg.mod\nfrom pkg import other, _hidden\nfrom typing import _Final\n"
        "pkg.mod._helper()\nother._TABLE\nother.__doc__\nos._exit(0)"
    )
    assert sorted(_private_names_taken(tree, "pkg")) == ["from pkg import _hidden", "other._TABLE", "pkg.mod._helper"]


def test_only_backends_import_openai_and_instructor() -> None:
    for path in PACKAGE.rglob("*.py"):
        if path.stem == "backends":
            continue
        tree = ast.parse(path.read_text())
        for node in ast.walk(tree):
            if isinstance(node, (ast.Import, ast.ImportFrom)):
                names = [a.name for a in node.names] if isinstance(node, ast.Import) else [node.module or ""]
                assert not any(n.split(".")[0] in ("openai", "instructor") for n in names), path


def test_readme_lists_every_checker_rule() -> None:
    from summarizer.checker import RULES

    readme = (PACKAGE.parent / "README.md").read_text()
    for rule_id, rule in RULES.items():
        assert f"| `{rule_id}` | {rule.severity} |" in readme, rule_id
