"""The gender a given name is used for, from public-domain census name frequencies
(summarizer/data/given_names.json, built by scripts/build_given_names.py): "Erin" is female,
"Josh" male, "Jordan" either (unknown)."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path


@cache
def _table() -> dict[str, str]:
    data = json.loads((Path(__file__).resolve().parents[1] / "data" / "given_names.json").read_text(encoding="utf-8"))
    return {name: gender for gender in ("male", "female") for name in data[gender]}


def gender_of_given_name(word: str) -> str | None:
    """'male', 'female' or None (not a given name, or one used for both)."""
    return _table().get(word[:1].upper() + word[1:].lower()) if word[:1].isalpha() else None
