"""The prefixes of a past office, "ex-" and "then-", read like "former" (roles.PAST_OFFICE_PREFIXES):
"the ex-governor" is a governor's office held before, resolved only to someone the text gave
it. Original sentences."""

from __future__ import annotations

import pytest

from summarizer import summarize
from summarizer.rules.roles import head_word, past_office_noun, role_head


def _speaker_name(text: str) -> str | None:
    result = summarize(f"Plant visit\n\n{text}\n", model="rules")
    names = {s.id: s.name for s in result.speakers}
    a = next(a for a in result.attributions if "budget" in a.content)
    return names.get(a.speaker_id or "")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Ida Pell, who was governor until 2019, toured the mill. The ex-governor said the budget was sound.",
            "Ida Pell",
        ),
        ("Ida Pell, who was mayor in 2011, toured the mill. The then-mayor said the budget was sound.", "Ida Pell"),
        ("Former governor Ida Pell toured the mill. The ex-governor said the budget was sound.", "Ida Pell"),
        ("Ex-governor Ida Pell toured the mill. The former governor said the budget was sound.", "Ida Pell"),
        # near miss: the governor of now is not the ex-governor
        ("Governor Ida Pell toured the mill. The ex-governor said the budget was sound.", "ex-governor"),
    ],
)
def test_a_prefixed_past_office_reads_like_former(text: str, name: str) -> None:
    assert _speaker_name(text) == name


@pytest.mark.parametrize(
    ("word", "office"),
    [
        ("ex-governor", "governor"),
        ("then-mayor", "mayor"),
        ("Ex-minister", "minister"),
        # near misses: a prefixed word that is no title keeps its prefix; no prefix, no change
        ("ex-wife", "ex-wife"),
        ("then-fiancee", "then-fiancee"),
        ("mayor", "mayor"),
    ],
)
def test_the_office_past_its_prefix(word: str, office: str) -> None:
    assert past_office_noun(word) == office


def test_heads_and_roles_read_the_office() -> None:
    assert head_word("the ex-governor") == "governor"
    assert role_head("then-mayor") == "mayor"
    assert head_word("his ex-wife") == "ex-wife"
