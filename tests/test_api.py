"""The public API and the layering of the package."""

from __future__ import annotations

import ast
import inspect
from pathlib import Path

import pytest

import summarizer

PACKAGE = Path(summarizer.__file__).parent


def test_all_is_sorted_and_complete() -> None:
    assert summarizer.__all__ == sorted(summarizer.__all__)
    public = {n for n in vars(summarizer) if not n.startswith("_") and n not in ("annotations",)}
    modules = {n for n in public if type(getattr(summarizer, n)).__name__ == "module"}
    assert public - modules == set(summarizer.__all__) - {"__version__"}
    for name in summarizer.__all__:
        assert hasattr(summarizer, name)


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


# who may import whom: a module may import its own layer or lower ones, never higher
LAYERS = [
    {"errors", "_version", "_text", "_files"},
    {"schema", "config", "cache"},
    {"ingest", "extract", "checker", "prompting", "render", "backends", "llm_schema", "grounding"},
    {"llm", "assembly"},  # assembly: ground, check, drop what fails, compose (any model's draft)
    {"pipeline", "batch", "evaluation"},
    {"cli", "__main__"},
]


def _layer(module: str) -> int:
    top = module.split(".")[0]
    for i, layer in enumerate(LAYERS):
        if top in layer:
            return i
    raise AssertionError(f"module {module} is in no layer")


def test_imports_flow_one_way() -> None:
    for path in PACKAGE.rglob("*.py"):
        rel = path.relative_to(PACKAGE).with_suffix("")
        parts = rel.parts if rel.name != "__init__" else rel.parts[:-1]
        if not parts:
            continue
        own = _layer(".".join(parts))
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("summarizer."):
                target = node.module.removeprefix("summarizer.")
                assert _layer(target) <= own, f"{'.'.join(parts)} imports {target}"
            elif isinstance(node, ast.Import):
                for alias in node.names:
                    if alias.name.startswith("summarizer."):
                        target = alias.name.removeprefix("summarizer.")
                        assert _layer(target) <= own, f"{'.'.join(parts)} imports {target}"
            # the package root imports every layer: a module importing it imports them all
            if isinstance(node, ast.ImportFrom) and node.module == "summarizer" and node.level == 0:
                raise AssertionError(f"{'.'.join(parts)} imports {[a.name for a in node.names]} from the package root")
            if isinstance(node, ast.Import) and any(a.name == "summarizer" for a in node.names):
                raise AssertionError(f"{'.'.join(parts)} imports the package root")


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
