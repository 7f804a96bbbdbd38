"""The README's examples stay true."""

from __future__ import annotations

import io
import json
from pathlib import Path

from summarizer.cli import main

ROOT = Path(__file__).resolve().parents[1]


def test_readme_example_output_is_what_the_tool_gives() -> None:
    stdout = io.StringIO()
    assert main([str(ROOT / "examples" / "article.txt"), "--format", "json"], stdout=stdout) == 0
    out = json.loads(stdout.getvalue())
    readme = (ROOT / "README.md").read_text()
    assert f'"headline": "{out["headline"]}"' in readme
    assert out["summary"].split(" Ines Varga")[0].rstrip(" .").split("; the claim is disputed")[0] in readme
    a7 = next(a for a in out["attributions"] if a["id"] == "a7")
    for flag in a7["flags"]:
        assert json.dumps(flag, ensure_ascii=False) in readme
    assert f'"unverified": {json.dumps(out["unverified"])}' in readme
    for fig in out["incident"]["figures"][:1]:
        assert f'"span": {json.dumps(fig["span"])}, "attribution_id": "{fig["attribution_id"]}"' in readme
    assert out["check"] == {"ok": True, "findings": []}
