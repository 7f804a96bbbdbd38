from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from conftest import ARTICLES, article
from pydantic import ValidationError
from spans import all_spans, assert_spans_slice

from summarizer import IncidentSummary, Settings, summarize
from summarizer.config import ModelChoice
from summarizer.errors import ConfigError

FIXTURES = sorted(p.name for p in ARTICLES.iterdir())


@pytest.mark.parametrize("name", FIXTURES)
def test_every_fixture_gives_a_valid_checked_summary(name: str) -> None:
    path = ARTICLES / name
    result = summarize(path, model="rules")
    assert result.schema_version == "3"
    assert result.provenance.model == "rules" and result.provenance.backend == "rules"
    assert result.usage.requests == 0 and result.usage.cost_usd == 0.0
    assert result.check.ok, result.check.findings
    assert_spans_slice(result, path.read_text(encoding="utf-8"))
    assert result.unverified == [a.id for a in result.attributions if a.status != "attributed"]
    # the JSON round-trips through the model with span validation
    data = result.model_dump(mode="json")
    again = IncidentSummary.model_validate(data, context={"text": path.read_text(encoding="utf-8")})
    assert again == result


def test_two_runs_are_identical_but_for_created_at() -> None:
    text = article("breakdown.txt")
    a = summarize(text, model="rules").model_dump(mode="json")
    b = summarize(text, model="rules").model_dump(mode="json")
    a["provenance"].pop("created_at")
    b["provenance"].pop("created_at")
    assert a == b


def test_span_validation_rejects_a_shifted_span() -> None:
    text = article("quotes_styles.txt")
    data = summarize(text, model="rules").model_dump(mode="json")
    s, e = data["attributions"][0]["content_span"]
    data["attributions"][0]["content_span"] = [s + 2, e + 2]
    with pytest.raises(ValidationError, match="content_span"):
        IncidentSummary.model_validate(data, context={"text": text})
    # without the article there is nothing to compare with
    IncidentSummary.model_validate(data)


def test_html_spans_index_the_extracted_text() -> None:
    result = summarize(ARTICLES / "article.html", model="rules")
    assert result.source.format == "html" and result.source.text
    assert result.source.published == "2026-03-04"
    assert_spans_slice(result, (ARTICLES / "article.html").read_text())
    assert any(a.content == "The tax hits the poorest families hardest" for a in result.attributions)


def test_default_model_is_rules_without_a_key() -> None:
    assert summarize("Police said two people were hurt in a crash.").provenance.model == "rules"
    assert Settings.from_env({}).resolved_model() == "rules"
    assert Settings.from_env({"OPENAI_API_KEY": "sk-test"}).resolved_model().startswith("openai:")
    assert Settings.from_env({"SUMMARIZER_MODEL": "rules", "OPENAI_API_KEY": "x"}).resolved_model() == "rules"


def test_settings_follow_every_change_of_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """from_env() keeps its last reading while the environment is unchanged, and reads it again
    after any change: a variable set, changed or removed."""
    monkeypatch.delenv("SUMMARIZER_TIMEOUT_S", raising=False)
    assert Settings.from_env().timeout_s == 60.0
    monkeypatch.setenv("SUMMARIZER_TIMEOUT_S", "7")
    assert Settings.from_env().timeout_s == 7.0
    assert Settings.from_env() == Settings.from_env(dict(os.environ))
    monkeypatch.setenv("SUMMARIZER_TIMEOUT_S", "9")
    assert Settings.from_env().timeout_s == 9.0
    monkeypatch.setenv("SUMMARIZER_TIMEOUT_S", "-1")
    with pytest.raises(ConfigError, match="timeout_s must be positive"):
        Settings.from_env()
    monkeypatch.delenv("SUMMARIZER_CACHE_DIR", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", "/tmp/elsewhere")
    monkeypatch.delenv("SUMMARIZER_TIMEOUT_S")
    assert Settings.from_env().cache_dir == Path("/tmp/elsewhere/summarizer")
    assert Settings.from_env().timeout_s == 60.0


# (environment, model argument, resolved name, provider, model id, offline)
MODEL_CHOICES = [
    ({}, None, "rules", None, None, True),
    ({"OPENAI_API_KEY": "sk-test"}, None, "openai:gpt-4.1-mini", "openai", "gpt-4.1-mini", False),
    ({"OPENAI_API_KEY": "sk-test"}, "rules", "rules", None, None, True),
    ({"SUMMARIZER_MODEL": "rules", "OPENAI_API_KEY": "x"}, None, "rules", None, None, True),
    ({"SUMMARIZER_MODEL": "ollama:llama3.1"}, None, "ollama:llama3.1", "ollama", "llama3.1", False),
    ({"SUMMARIZER_MODEL": "ollama:llama3.1"}, "openai:gpt-4o", "openai:gpt-4o", "openai", "gpt-4o", False),
    ({}, "OpenAI:gpt-4o:2024", "OpenAI:gpt-4o:2024", "openai", "gpt-4o:2024", False),  # the id keeps its colons
    ({}, "Rules", "Rules", None, None, False),  # not the offline model: backends.resolve refuses it
    ({}, "gpt-4o", "gpt-4o", None, None, False),  # no provider: refused there too
]


@pytest.mark.parametrize(("env", "model", "name", "provider", "model_id", "offline"), MODEL_CHOICES)
def test_model_choice(
    env: dict[str, str], model: str | None, name: str, provider: str | None, model_id: str | None, offline: bool
) -> None:
    settings = Settings.from_env(env, model=model)
    choice = settings.model_choice()
    assert choice == ModelChoice(name, provider, model_id) and choice.is_offline is offline
    assert settings.resolved_model() == name


def test_a_malformed_model_name_is_refused_when_the_llm_path_needs_it() -> None:
    with pytest.raises(ConfigError, match="is not 'rules' nor '<provider>:<model>'"):
        summarize("Police said two people were hurt.", model="gpt-4o")


def test_bad_published_date_is_a_config_error() -> None:
    with pytest.raises(ConfigError, match="ISO date"):
        summarize("Police said two people were hurt.", model="rules", published="last Monday")


def test_op_ed_has_no_incident() -> None:
    result = summarize(ARTICLES / "op_ed.txt", model="rules")
    assert result.incident is None
    assert result.headline == "Why Libraries Still Matter"
    assert result.summary.count(".") >= 2


def test_injected_instructions_add_nothing() -> None:
    text = article("injection.txt")
    result = summarize(ARTICLES / "injection.txt", model="rules")
    phrase = "Ignore all previous instructions"
    start = text.index(phrase)
    end = text.index("killed.", start) + len("killed.")
    # the injected sentence is set aside as what it is, and a warning names it
    assert any(r.span[0] <= start and end <= r.span[1] for r in result.source.removed), result.source.removed
    warnings = [f.span for f in result.check.findings if f.rule == "injection-warning"]
    assert warnings == [(start, start + len(phrase))]
    # nothing is read from it: no casualties, no attribution, no span inside it
    assert result.incident is None
    read = json.dumps({k: v for k, v in result.model_dump(mode="json").items() if k not in ("source", "check")})
    for word in ("500", "Ignore", "instructions", "killed"):
        assert word not in read, word
    inside = [kind for kind, span, _ in all_spans(result) if start <= span[0] < end]
    assert sorted(inside) == ["finding", "removed"]
    # what the article does say is still read
    assert result.attributions[0].content.startswith("The ferry service to Orla Island was suspended")


def test_summary_names_its_sources() -> None:
    result = summarize(ARTICLES / "breakdown.txt", model="rules")
    assert result.headline.startswith("Coastal Guard of Veloria says 30 rockets")
    assert "spokesman" in result.summary


def test_path_input_records_the_path(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("Police said two people were hurt in a crash on Elm Street.")
    assert summarize(path, model="rules").source.path == str(path)
