"""Settings: one frozen object for every option, resolved as defaults < env SUMMARIZER_* <
explicit arguments; the default model resolution of the contract, and each provider's base URL.
"""

from __future__ import annotations

import os
import urllib.parse
from collections.abc import Mapping
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from summarizer.errors import ConfigError

OFFLINE_MODEL = "rules"  # the offline model's name, and the only --fallback there is
DEFAULT_OPENAI_MODEL = "gpt-4.1-mini"
DEFAULT_MAX_BYTES = 2 * 1024 * 1024

OPENAI_URL = "https://api.openai.com/v1"
# providers that speak the OpenAI protocol, with the base URL they listen on by default
LOCAL_DEFAULTS = {
    "ollama": "http://localhost:11434/v1",
    "vllm": "http://localhost:8000/v1",
    "llamacpp": "http://localhost:8080/v1",
    "lmstudio": "http://localhost:1234/v1",
}
# a provider's own variable, read for that provider's models only
_PROVIDER_ENV = {"openai_base_url": "OPENAI_BASE_URL", "ollama_host": "OLLAMA_HOST"}


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
class ModelChoice:
    """The model a run uses, resolved once: the offline ``rules`` model, or ``<provider>:<model_id>``
    for an LLM. Code branches on this, never on the string. A malformed name is not refused here:
    ``backends.resolve`` says what is wrong with it when the LLM path first needs it."""

    name: str  # as given: "rules", "openai:gpt-4.1-mini", "ollama:llama3.1"
    provider: str | None  # lower-cased; None for the offline model (and a name without one)
    model_id: str | None  # the name the provider knows the model by; None as for provider

    @property
    def is_offline(self) -> bool:
        return self.name == OFFLINE_MODEL

    @classmethod
    def parse(cls, name: str) -> ModelChoice:
        provider, sep, model_id = name.partition(":")
        if name == OFFLINE_MODEL or not (sep and provider and model_id):
            return cls(name, None, None)
        return cls(name, provider.lower(), model_id)


# Our own env reading, not pydantic-settings: that adds ~75-125 ms to `import summarizer` (~490 ms, CLI budget 0.5 s).
@dataclass(frozen=True)
class Settings:
    model: str | None = None
    base_url: str | None = None  # any provider's server: --base-url, SUMMARIZER_BASE_URL
    openai_base_url: str | None = None  # openai: models only: OPENAI_BASE_URL
    ollama_host: str | None = None  # ollama: models only: OLLAMA_HOST (host[:port] or a URL)
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
    fallback: str | None = None  # OFFLINE_MODEL ("rules"): offline result when the LLM fails
    prices: Path | None = None  # a price table of your own (JSON, dollars per million tokens)

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None, **overrides: Any) -> Settings:
        """Defaults < SUMMARIZER_* (and OPENAI_API_KEY, OPENAI_BASE_URL, OLLAMA_HOST) < overrides."""
        if env is not None or overrides:
            return cls._from_env(os.environ if env is None else env, overrides)
        # the process's environment, read on every summarize(): while it is unchanged (its dict
        # of raw entries, compared in C: os.environ.get of ~20 names costs more than building
        # the settings) the same frozen settings serve; any change reads it again
        data = getattr(os.environ, "_data", None)
        if not isinstance(data, dict):  # pragma: no cover - a Python whose os.environ differs
            return cls._from_env(os.environ, {})
        last = _LAST_FROM_ENV.get(cls)
        if last is None or last[0] != data:
            last = _LAST_FROM_ENV[cls] = (dict(data), cls._from_env(os.environ, {}))
        return last[1]

    @classmethod
    def _from_env(cls, env: Mapping[str, str], overrides: dict[str, Any]) -> Settings:
        values: dict[str, Any] = {}
        for f in fields(cls):
            raw = env.get(_PROVIDER_ENV.get(f.name) or f"SUMMARIZER_{f.name.upper()}")
            if raw is None or raw == "":
                continue
            values[f.name] = _coerce(f.name, raw, f.type)
        if "api_key" not in values and env.get("OPENAI_API_KEY"):
            values["api_key"] = env["OPENAI_API_KEY"]
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
        if self.fallback not in (None, OFFLINE_MODEL):
            raise ConfigError("fallback must be 'rules' or unset", setting="fallback")

    def base_url_for(self, provider: str) -> str | None:
        """Where a provider's models are asked: ``base_url`` (--base-url > SUMMARIZER_BASE_URL) >
        the provider's own variable (OPENAI_BASE_URL for openai:, OLLAMA_HOST for ollama:) >
        the provider's default; None for a provider with no default."""
        if self.base_url:
            return self.base_url
        if provider == "openai":
            return self.openai_base_url or OPENAI_URL
        if provider == "ollama" and self.ollama_host:
            return ollama_url(self.ollama_host)
        return LOCAL_DEFAULTS.get(provider)

    def resolved_model(self) -> str:
        """model argument > SUMMARIZER_MODEL > openai default when a key is set > rules."""
        if self.model:
            return self.model
        if self.api_key:
            return f"openai:{DEFAULT_OPENAI_MODEL}"
        return OFFLINE_MODEL

    def model_choice(self) -> ModelChoice:
        """The resolved model (``resolved_model``) as an object to branch on."""
        return ModelChoice.parse(self.resolved_model())


def ollama_url(host: str) -> str:
    """OLLAMA_HOST read as Ollama reads it (a host, host:port, :port or a URL; port 11434, or
    80 and 443 after an http:// or https:// scheme; a path kept), with the OpenAI-compatible
    path /v1 after it."""
    text = host.strip()
    scheme, sep, rest = text.partition("://")
    port = 11434
    if not sep:
        scheme, rest = "http", text
    elif scheme in ("http", "https"):
        port = 80 if scheme == "http" else 443
    else:
        raise ConfigError(f"OLLAMA_HOST={host!r}: the scheme must be http or https", setting="ollama_host")
    hostport, _, path = rest.partition("/")
    try:
        split = urllib.parse.urlsplit(f"{scheme}://{hostport}")
        port = split.port or port
    except ValueError:
        raise ConfigError(f"OLLAMA_HOST={host!r} is not host[:port] nor a URL", setting="ollama_host") from None
    name = split.hostname or "localhost"
    # a server listening on every address is reached, from here, on this machine's
    name = {"0.0.0.0": "127.0.0.1", "::": "::1"}.get(name, name)
    if ":" in name:
        name = f"[{name}]"
    path = "/" + path.strip("/") if path.strip("/") else ""
    if not path.endswith("/v1"):
        path += "/v1"
    return f"{scheme}://{name}:{port}{path}"


# Settings.from_env() without arguments: the last result, with the environment it was read from
_LAST_FROM_ENV: dict[type[Settings], tuple[dict[Any, Any], Settings]] = {}


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
