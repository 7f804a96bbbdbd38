"""The offline model gives the same output byte for byte whatever Python's hash seed: processes
started with different PYTHONHASHSEED values summarize the fixture articles identically."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from summarizer import summarize

FIXTURES = Path(__file__).parent / "fixtures" / "articles"

# written for this test: the full name is found in the text only after the speaker is known by
# the surname, so the surname inside "Lena Ortiz" is no mention of its own
NESTED = """Bridge Reopens in Carlow

Mayor Lena Ortiz cut the ribbon on the rebuilt Carlow bridge on Saturday morning.

"It took us two winters," Ortiz said. She thanked the crews who worked through the floods.

Lena Ortiz later told reporters that the old bridge would become a footpath, and Ortiz added \
that the city would plant trees along it.
"""

# run in each child: every fixture article and the one above, as JSON without the creation time
_CHILD = """
import json, sys
from pathlib import Path
from summarizer import summarize

out = {}
for arg in sys.argv[1:]:
    d = summarize(Path(arg), model="rules").model_dump(mode="json")
    d["provenance"].pop("created_at", None)
    out[Path(arg).name] = d
sys.stdout.write(json.dumps(out, sort_keys=True, ensure_ascii=False))
"""


def _run_under_seeds(seeds: list[str], args: list[str]) -> list[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "SUMMARIZER_"))}
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", _CHILD, *args],
            env={**env, "PYTHONHASHSEED": seed},
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for seed in seeds
    ]
    outputs = []
    try:
        for proc in procs:
            out, err = proc.communicate(timeout=120)
            assert proc.returncode == 0, err
            outputs.append(out)
    finally:
        for proc in procs:
            if proc.poll() is None:
                proc.kill()
            proc.communicate()  # reaps it and closes its pipes
    return outputs


def test_same_output_under_every_hash_seed(tmp_path: Path) -> None:
    nested = tmp_path / "nested.txt"
    nested.write_text(NESTED, encoding="utf-8")
    articles = sorted(str(p) for p in FIXTURES.iterdir() if p.is_file())
    assert articles
    first, *others = _run_under_seeds(["1", "2", "3"], [*articles, str(nested)])
    assert len(json.loads(first)) == len(articles) + 1
    for other in others:
        assert other == first


@pytest.mark.parametrize(
    ("text", "name", "mentions"),
    [
        # the full name at 32, the surname alone at 135 and 282: never the surname inside 32-42
        (NESTED, "Lena Ortiz", [[32, 42], [135, 140], [201, 211], [282, 287]]),
        ("Dana Whitfield said the team played well. Whitfield said Dana Whitfield was tired.\n", "Dana Whitfield",
         [[0, 14], [42, 51], [57, 71]]),
    ],
)  # fmt: skip
def test_a_surname_inside_a_full_name_is_no_mention_of_its_own(text: str, name: str, mentions: list[list[int]]) -> None:
    speakers = summarize(text, model="rules").speakers
    speaker = next(s for s in speakers if s.name == name)
    assert [list(m) for m in speaker.mentions] == mentions
