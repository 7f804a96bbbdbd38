"""Common nouns that name a person, singular and plural, from WordNet 3.0's noun.person file
(summarizer/data/person_nouns.json, built by scripts/build_person_nouns.py): "interpreter",
"guides", "cashiers" are people; "tigers", "stars", "majors" are not (see the script's rule)."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path


@cache
def person_nouns() -> frozenset[str]:
    """Every noun of the lexicon, lower case, singular and plural forms alike."""
    path = Path(__file__).resolve().parents[1] / "data" / "person_nouns.json"
    return frozenset(json.loads(path.read_text(encoding="utf-8")))


def is_person_noun(word: str) -> bool:
    """Is ``word`` (any case) a common noun naming a person or people: "lifeguard", "Interpreters"?"""
    return word.lower() in person_nouns()
