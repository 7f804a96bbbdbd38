"""The one error tree of summarizer; every class carries the facts of its failure as attributes.

SummarizerError
├── ConfigError            a setting is missing or invalid (setting)
├── InputError             an article cannot be read or decoded (path)
├── PromptError            a prompt template is missing or malformed (name)
├── BackendError           the model endpoint failed (status_code, endpoint)
└── ExtractionError        the model never produced a valid summary (attempts, endpoint)

Every LLM error names the endpoint it came from in its message (never the key).

The CLI maps each class to a one-line message and an exit code in one place (cli/__init__.py).
"""

from __future__ import annotations


class SummarizerError(Exception):
    """Base class of every error summarizer raises on purpose."""


class ConfigError(SummarizerError):
    def __init__(self, message: str, *, setting: str | None = None) -> None:
        super().__init__(message)
        self.setting = setting


class InputError(SummarizerError):
    def __init__(self, message: str, *, path: str | None = None, kind: str = "input") -> None:
        super().__init__(message)
        self.path = path
        self.kind = kind  # empty | binary | encoding | too_large | unreadable | format | input

    def __str__(self) -> str:
        message = super().__str__()
        return f"{self.path}: {message}" if self.path else message


class PromptError(SummarizerError):
    def __init__(self, message: str, *, name: str | None = None) -> None:
        super().__init__(message)
        self.name = name


class BackendError(SummarizerError):
    def __init__(self, message: str, *, status_code: int | None = None, endpoint: str | None = None) -> None:
        super().__init__(message)
        self.status_code = status_code
        self.endpoint = endpoint


class ExtractionError(SummarizerError):
    def __init__(self, message: str, *, attempts: int = 0, endpoint: str | None = None) -> None:
        super().__init__(message)
        self.attempts = attempts
        self.endpoint = endpoint
