"""Settings: one frozen object for every option, resolved as defaults < env SUMMARIZER_* <
explicit arguments; and the default model resolution of the contract.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from summarizer.errors import ConfigError

DEFAULT_OPENAI_MODEL = "gpt-4.1-mini"
DEFAULT_MAX_BYTES = 2 * 1024 * 1024


def _default_cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "summarizer"


class Secret(str):
    """A string whose repr and str never show its value (API keys)."""

    def __repr__(self) -> str:
        return "Secret('***')" if self else "Secret('')"

    def __str__(self) -> str:
        return "***" if self else ""

    def reveal(self) -> str:
        return str.__str__(self)


@dataclass(frozen=True)
class Settings:
    model: str | None = None
    base_url: str | None = None
    api_key: Secret | None = field(default=None, repr=False)
    mode: str | None = None  # instructor mode override: tools | json_schema | json | md_json
    timeout_s: float = 60.0
    max_http_retries: int = 2
    max_reasks: int = 2
    token_budget: int = 60_000
    temperature: float = 0.0
    cache: bool = True
    cache_dir: Path = field(default_factory=_default_cache_dir)
    prompts_dir: Path | None = None
    max_bytes: int = DEFAULT_MAX_BYTES
    jobs: int = 0  # 0: one per core for the offline model, 8 for LLM models
    fallback: str | None = None  # "rules": offline result when the LLM fails
    prices: Path | None = None  # a price table of your own (JSON, dollars per million tokens)

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None, **overrides: Any) -> Settings:
        """Defaults < SUMMARIZER_* (and OPENAI_API_KEY / OPENAI_BASE_URL) < overrides."""
        env = os.environ if env is None else env
        values: dict[str, Any] = {}
        for f in fields(cls):
            raw = env.get(f"SUMMARIZER_{f.name.upper()}")
            if raw is None or raw == "":
                continue
            values[f.name] = _coerce(f.name, raw, f.type)
        if "api_key" not in values and env.get("OPENAI_API_KEY"):
            values["api_key"] = env["OPENAI_API_KEY"]
        if "base_url" not in values and env.get("OPENAI_BASE_URL"):
            values["base_url"] = env["OPENAI_BASE_URL"]
        values.update({k: v for k, v in overrides.items() if v is not None})
        if values.get("api_key") is not None and not isinstance(values["api_key"], Secret):
            values["api_key"] = Secret(values["api_key"])
        for key in ("cache_dir", "prompts_dir", "prices"):
            if isinstance(values.get(key), str):
                values[key] = Path(values[key]).expanduser()
        settings = cls(**values)
        settings.validate()
        return settings

    def with_(self, **changes: Any) -> Settings:
        return replace(self, **{k: v for k, v in changes.items() if v is not None})

    def validate(self) -> None:
        if self.timeout_s <= 0:
            raise ConfigError("timeout_s must be positive", setting="timeout_s")
        for name in ("max_http_retries", "max_reasks", "jobs"):
            if getattr(self, name) < 0:
                raise ConfigError(f"{name} must be 0 or more", setting=name)
        if self.max_bytes <= 0:
            raise ConfigError("max_bytes must be positive", setting="max_bytes")
        if self.fallback not in (None, "rules"):
            raise ConfigError("fallback must be 'rules' or unset", setting="fallback")

    def resolved_model(self) -> str:
        """model argument > SUMMARIZER_MODEL > openai default when a key is set > rules."""
        if self.model:
            return self.model
        if self.api_key:
            return f"openai:{DEFAULT_OPENAI_MODEL}"
        return "rules"


def _coerce(name: str, raw: str, annotation: Any) -> Any:
    kind = str(annotation)
    try:
        if kind.startswith("bool"):
            lowered = raw.strip().lower()
            if lowered in ("1", "true", "yes", "on"):
                return True
            if lowered in ("0", "false", "no", "off"):
                return False
            raise ValueError(raw)
        if kind.startswith("int"):
            return int(raw)
        if kind.startswith("float"):
            return float(raw)
    except ValueError:
        raise ConfigError(f"SUMMARIZER_{name.upper()}={raw!r} is not a valid {kind.split()[0]}", setting=name) from None
    return raw
