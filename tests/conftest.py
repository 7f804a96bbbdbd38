"""Shared fixtures: no test can reach a real provider, and helpers to read fixture articles."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

FIXTURES = Path(__file__).parent / "fixtures"
ARTICLES = FIXTURES / "articles"
SHARED = Path(__file__).resolve().parents[1].parent / "shared"
USER_ARTICLE = SHARED / "articles" / "drone-interceptions.txt"
GOLD = SHARED / "data"


@pytest.fixture(autouse=True)
def _no_provider_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Clear OPENAI_*, OLLAMA_* and SUMMARIZER_* so nothing reaches a real provider or a real cache."""
    for name in list(os.environ):
        if name.startswith(("OPENAI_", "OLLAMA_", "SUMMARIZER_")):
            monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("SUMMARIZER_CACHE_DIR", str(tmp_path / "cache"))


def article(name: str) -> str:
    return (ARTICLES / name).read_text(encoding="utf-8")


needs_user_article = pytest.mark.skipif(not USER_ARTICLE.exists(), reason="../shared/articles is absent")
needs_gold = pytest.mark.skipif(not GOLD.exists(), reason="../shared/data is absent")


def speaker_of(text: str, words: str) -> str | None:
    """The name of the speaker the offline model gives the attribution whose content holds ``words``."""
    from summarizer import summarize  # here: the fixtures above must run before the package is used

    result = summarize(text, model="rules")
    names = {s.id: s.name for s in result.speakers}
    attribution = next(a for a in result.attributions if words in a.content)
    return names.get(attribution.speaker_id or "")


def resolved_speaker(text: str, phrase: str) -> tuple[str | None, str | None]:
    """The cue and the speaker's name the offline model gives the first attribution whose speaker
    phrase is ``phrase`` ("the report" -> ("said", "Audit Office"))."""
    from summarizer import summarize  # here: the fixtures above must run before the package is used

    result = summarize(text, model="rules")
    names = {s.id: s.name for s in result.speakers}
    attribution = next(a for a in result.attributions if a.speaker == phrase)
    return attribution.cue, names.get(attribution.speaker_id or "")
