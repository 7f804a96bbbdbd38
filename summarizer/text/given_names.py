"""The gender a given name is used for, from public-domain census name frequencies
(summarizer/data/given_names.json, built by scripts/build_given_names.py): "Erin" is female,
"Josh" male, "Jordan" either (unknown)."""

from __future__ import annotations

import json
import unicodedata
from functools import cache, lru_cache
from pathlib import Path


@cache
def _table() -> dict[str, str]:
    data = json.loads((Path(__file__).resolve().parents[1] / "data" / "given_names.json").read_text(encoding="utf-8"))
    return {name: gender for gender in ("male", "female") for name in data[gender]}


@lru_cache(maxsize=16384)  # a word's gender, looked up once (the same names come back in every text)
def _lookup(word: str) -> str | None:
    key = word[:1].upper() + word[1:].lower()
    gender = _table().get(key)
    if gender is None and not key.isascii():
        # the census lists names without accents: "Hélène" is "Helene", "José" "Jose"
        gender = _table().get("".join(c for c in unicodedata.normalize("NFKD", key) if not unicodedata.combining(c)))
    return gender


def gender_of_given_name(word: str) -> str | None:
    """'male', 'female' or None (not a given name, or one used for both). A hyphenated given name
    ("Anne-Marie") has the gender its parts share."""
    if not word[:1].isalpha():
        return None
    if "-" in word:
        genders = {_lookup(part) for part in word.split("-")}
        return genders.pop() if len(genders) == 1 else None
    return _lookup(word)


def is_given_name(word: str) -> bool:
    """Whether the census knows ``word`` as a given name used for one gender, or the first part of
    a hyphenated one, whose other parts are capitalised words ("Jean-Pierre", "Jean-François")."""
    if not word[:1].isalpha():
        return False
    if "-" in word:
        first, *rest = word.split("-")
        return len(rest) <= 2 and _lookup(first) is not None and all(p[:1].isupper() and p.isalpha() for p in rest)
    return _lookup(word) is not None
