"""LLM backends: the only module that imports ``openai`` and ``instructor``, and the one place
their errors become ours. OpenAI itself, or any OpenAI-compatible server (Ollama, vLLM,
llama.cpp server, LM Studio) through a base URL.

Requests are counted on the HTTP client itself, so transport retries of the openai SDK (429
with Retry-After, 5xx, timeouts, refused connections) are counted too.
"""

from __future__ import annotations

import json
import re
import threading
import urllib.parse
import weakref
from dataclasses import dataclass, field
from typing import Any

from pydantic import BaseModel, ValidationError

from summarizer.config import OPENAI_URL, ModelChoice, Secret, Settings
from summarizer.errors import BackendError, ConfigError


@dataclass(frozen=True)
class Target:
    provider: str
    model: str
    base_url: str
    mode: str  # instructor mode: tools, json_schema, json, md_json

    @property
    def endpoint(self) -> str:
        """The URL asked, as errors name it: credentials in the URL and its query left out."""
        parts = urllib.parse.urlsplit(self.base_url)
        host = parts.netloc.rpartition("@")[2]
        netloc = f"***@{host}" if "@" in parts.netloc else host
        return urllib.parse.urlunsplit((parts.scheme, netloc, parts.path.rstrip("/") + "/chat/completions", "", ""))


def resolve(model: str, settings: Settings) -> Target:
    """'openai:gpt-4.1-mini', 'ollama:llama3.1', or '<provider>:<model>' with a base URL."""
    choice = ModelChoice.parse(model)
    if choice.provider is None or choice.model_id is None:
        raise ConfigError(
            f"model {model!r} is not 'rules' nor '<provider>:<model>' (e.g. openai:gpt-4.1-mini)", setting="model"
        )
    provider, name = choice.provider, choice.model_id
    base_url = settings.base_url_for(provider)
    if base_url is None:
        raise ConfigError(
            f"provider {provider!r} needs a base URL (--base-url or SUMMARIZER_BASE_URL)", setting="base_url"
        )
    parsed = urllib.parse.urlsplit(base_url)
    if parsed.scheme not in ("http", "https") or not parsed.hostname:
        where = "--base-url or SUMMARIZER_BASE_URL" if settings.base_url else "OPENAI_BASE_URL"
        raise ConfigError(f"base URL {base_url!r} ({where}) is not an http:// or https:// URL", setting="base_url")
    official = provider == "openai" and base_url.rstrip("/") == OPENAI_URL  # OpenAI itself, not a compatible server
    if official and not settings.api_key:
        raise ConfigError("openai models need an API key: set OPENAI_API_KEY", setting="api_key")
    mode = settings.mode or ("tools" if official else "json_schema")
    if mode not in ("tools", "json_schema", "json", "md_json"):
        raise ConfigError(f"mode {mode!r} is not one of tools, json_schema, json, md_json", setting="mode")
    return Target(provider, name, base_url, mode)


@dataclass
class Usage:
    """Counts for one article, every attempt included."""

    requests: int = 0
    calls: int = 0  # logical calls (the first attempt and every re-ask)
    input_tokens: int = 0
    output_tokens: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    @property
    def retries(self) -> int:
        return max(0, self.requests - 1)

    def add_tokens(self, usage: Any) -> None:
        if usage is None:
            return
        self.input_tokens += int(getattr(usage, "prompt_tokens", 0) or 0)
        self.output_tokens += int(getattr(usage, "completion_tokens", 0) or 0)


class InvalidOutput(Exception):
    """The model answered, but the answer failed validation (schema or grounding)."""

    def __init__(self, problems: list[str], raw: str | None) -> None:
        super().__init__("; ".join(problems[:3]))
        self.problems = problems
        self.raw = raw


def _scrub(text: str, secret: Secret | None) -> str:
    """An error message with no trace of the key (providers echo part of a wrong one)."""
    if secret:
        text = text.replace(secret.reveal(), "***")
    return re.sub(r"\b(sk-[A-Za-z0-9_\-*]{2,})", "sk-***", text)


class Backend:
    """One configured model endpoint; thread-safe, reused across articles."""

    def __init__(self, model: str, settings: Settings) -> None:
        import logging

        import instructor
        import openai

        # instructor logs every failed attempt; ours are reported once, as findings or errors
        logging.getLogger("instructor").setLevel(logging.CRITICAL)
        _check_async_validators_once()

        self.target = resolve(model, settings)
        self.settings = settings
        self._openai = openai
        self._local = threading.local()
        self._schemas: dict[type[BaseModel], type[BaseModel]] = {}
        key = settings.api_key.reveal() if settings.api_key else "not-needed"
        http_options: dict[str, Any] = {
            "event_hooks": {"request": [self._count_request], "response": [self._keep_body]}
        }
        if _REQUEST_GATE is not None:
            http_options["transport"] = _gated_transport(_REQUEST_GATE)
        self._client = openai.OpenAI(
            api_key=key,
            base_url=self.target.base_url,
            timeout=settings.timeout_s,
            max_retries=settings.max_http_retries,
            http_client=openai.DefaultHttpxClient(**http_options),
        )
        modes = {"tools": instructor.Mode.TOOLS, "json_schema": instructor.Mode.JSON_SCHEMA,
                 "json": instructor.Mode.JSON, "md_json": instructor.Mode.MD_JSON}  # fmt: skip
        self._instructor = instructor.from_openai(self._client, mode=modes[self.target.mode])
        from instructor.core.exceptions import InstructorError, InstructorRetryException

        self._retry_error = InstructorRetryException
        self._instructor_error = InstructorError

    def _wrapped(self, model: type[BaseModel]) -> type[BaseModel]:
        """The response model as instructor's schema class, made once (instructor would make a
        new class for every request otherwise)."""
        if model not in self._schemas:
            from instructor import OpenAISchema, openai_schema

            self._schemas[model] = model if issubclass(model, OpenAISchema) else openai_schema(model)
        return self._schemas[model]

    def close(self) -> None:
        self._client.close()

    def __repr__(self) -> str:
        return f"Backend({self.target.provider}:{self.target.model} at {self.target.base_url})"

    def _count_request(self, request: Any) -> None:
        usage = getattr(self._local, "usage", None)
        if usage is not None:
            with usage.lock:
                usage.requests += 1

    def _keep_body(self, response: Any) -> None:
        """The last body this thread received: when a call fails, it tells a server that does not
        speak the protocol (an HTML page, JSON of another shape) from a model that answered
        badly. Read here, it is read once: the SDK reuses it."""
        response.read()
        self._local.body = response.content

    def structured(
        self, messages: list[dict[str, str]], response_model: type[BaseModel], *, context: dict[str, Any], usage: Usage
    ) -> BaseModel:
        """One call (no re-ask here: the caller's loop decides). Validation runs inside
        instructor with ``context``; its failure is an InvalidOutput, a transport failure a
        BackendError naming the endpoint."""
        from summarizer.llm_schema import VALIDATION

        self._local.usage = usage
        self._local.body = None
        usage.calls += 1
        token = VALIDATION.set(context)
        try:
            result, completion = self._instructor.chat.completions.create_with_completion(
                model=self.target.model,
                response_model=self._wrapped(response_model),
                messages=messages,  # type: ignore[arg-type]
                max_retries=0,  # one request: re-asks are ours, with only the failing findings
                temperature=self.settings.temperature,
            )
        except self._retry_error as exc:
            usage.add_tokens(getattr(exc, "total_usage", None))
            transport = self._transport_cause(exc)
            if transport is not None:
                raise self._backend_error(transport) from None
            garbage = _not_a_completion(getattr(self._local, "body", None))
            if garbage is not None:
                raise self._not_a_completion_error(garbage) from None
            raise InvalidOutput(_problems(exc), _raw(exc)) from None
        except self._openai.APIError as exc:
            raise self._backend_error(exc) from None
        except ValidationError as exc:
            raise InvalidOutput(_problems_from_validation(exc), None) from None
        except json.JSONDecodeError as exc:
            raise self._not_a_completion_error(_body(exc.doc)) from None
        except self._instructor_error as exc:
            # an answer cut off at the output limit (finish_reason "length"), a refusal: the
            # model answered, unusably; the caller re-asks or gives up
            cut = type(exc).__name__ == "IncompleteOutputException"
            problem = "the answer was cut off at the model's output limit" if cut else _first_line(exc)
            raise InvalidOutput([problem], _raw(exc)) from None
        finally:
            self._local.usage = None
            VALIDATION.reset(token)
        usage.add_tokens(getattr(completion, "usage", None))
        return result

    def request_body(self, messages: list[dict[str, str]], response_model: type[BaseModel]) -> dict[str, Any]:
        """The chat-completions body ``structured`` sends for ``messages`` (a Batch API's line)."""
        from instructor.v2.core.response import handle_response_model

        _, body = handle_response_model(
            self._wrapped(response_model), mode=self._instructor.mode, model=self.target.model,
            messages=messages, temperature=self.settings.temperature,
        )  # fmt: skip
        return body

    def read_completion(self, body: Any, response_model: type[BaseModel], *, context: dict[str, Any]) -> BaseModel:
        """A chat completion that came another way (a Batch API's output line) read and validated
        as ``structured`` reads its answer: failed validation is an InvalidOutput, a body that is
        not a chat completion a BackendError."""
        from instructor.v2.core.response import process_response

        from summarizer.llm_schema import VALIDATION

        try:
            completion = self._openai.types.chat.ChatCompletion.model_validate(body)
            if not completion.choices:
                raise ValueError("no choices")
        except ValueError:  # pydantic's ValidationError included
            raise self._not_a_completion_error(_not_a_completion(json.dumps(body).encode()) or "no choices") from None
        token = VALIDATION.set(context)
        try:
            result: BaseModel = process_response(
                completion, response_model=self._wrapped(response_model), stream=False, mode=self._instructor.mode
            )
            return result
        except ValidationError as exc:
            raise InvalidOutput(_problems_from_validation(exc), _raw_of(completion)) from None
        except (self._instructor_error, ValueError) as exc:  # cut off at the output limit, a refusal, not JSON
            cut = type(exc).__name__ == "IncompleteOutputException"
            problem = "the answer was cut off at the model's output limit" if cut else _first_line(exc)
            raise InvalidOutput([problem], _raw_of(completion)) from None
        finally:
            VALIDATION.reset(token)

    def _transport_cause(self, exc: BaseException) -> BaseException | None:
        """An instructor retry error caused by the transport (5xx, refused, timeout), not by the
        model's output: instructor wraps them alike."""
        return next((e for e in _chain(exc) if isinstance(e, self._openai.APIError)), None)

    def scrub(self, text: str) -> str:
        """``text`` with no trace of the key, for messages that quote what a server sent."""
        return _scrub(text, self.settings.api_key)

    def _hint(self) -> str:
        if self.target.base_url.rstrip("/").endswith("/v1"):
            return ""
        return " (is the base URL right? an OpenAI-compatible server's usually ends in /v1)"

    def _not_a_completion_error(self, what: str) -> BackendError:
        """HTTP 200, but the body is not a chat completion (an HTML page, JSON of another shape):
        the server's answer, not the model's, so no re-ask would help."""
        endpoint = self.target.endpoint
        message = f"{endpoint} answered HTTP 200 with {what}, not a chat completion{self._hint()}"
        return BackendError(self.scrub(message), status_code=200, endpoint=endpoint)

    def _backend_error(self, exc: BaseException) -> BackendError:
        o = self._openai
        endpoint = self.target.endpoint
        status = getattr(exc, "status_code", None)
        if isinstance(exc, o.APITimeoutError):
            message = (
                f"{endpoint} timed out after {self.settings.timeout_s:g} s ({self.settings.max_http_retries} retries)"
            )
        elif isinstance(exc, o.APIConnectionError):
            message = f"cannot connect to {endpoint}: is the server running? ({self.settings.max_http_retries} retries)"
        elif status == 429:
            message = f"{endpoint} is rate limiting (HTTP 429) after {self.settings.max_http_retries} retries"
        elif status in (401, 403):
            message = f"{endpoint} refused the credentials (HTTP {status}): check the API key"
        elif status is not None and status >= 500:
            message = f"{endpoint} failed with HTTP {status} after {self.settings.max_http_retries} retries"
        else:
            detail = _scrub(str(getattr(exc, "message", exc)), self.settings.api_key)
            message = f"{endpoint} answered HTTP {status}: {detail}" if status else f"{endpoint}: {detail}"
            if status == 404:
                message += self._hint()
        return BackendError(_scrub(message, self.settings.api_key), status_code=status, endpoint=endpoint)


# a batch bounds the requests in flight across all its processes, not the articles in
# progress: an article whose answer has arrived is validated while another's request goes out
_REQUEST_GATE: Any = None


def set_request_gate(gate: Any) -> None:
    """Bound the HTTP requests in flight (a semaphore shared by a batch's processes). Set it
    before the first Backend is made in this process."""
    global _REQUEST_GATE
    _REQUEST_GATE = gate


def _gated_transport(gate: Any) -> Any:
    """An HTTP transport that holds one of ``gate``'s permits while a request is in flight
    (retries and re-asks each take their own)."""
    import importlib

    try:
        httpx: Any = importlib.import_module("httpx2")  # what openai 3 is built on
    except ImportError:  # pragma: no cover - openai 2 uses httpx
        httpx = importlib.import_module("httpx")

    class GatedTransport(httpx.HTTPTransport):  # type: ignore[misc]
        def handle_request(self, request: Any) -> Any:
            gate.acquire()
            try:
                return super().handle_request(request)
            finally:
                gate.release()

    return GatedTransport(limits=httpx.Limits(max_connections=1000, max_keepalive_connections=100))


_CHECKED: weakref.WeakSet[type] = weakref.WeakSet()


def _check_async_validators_once() -> None:
    """instructor walks the whole response model, on every request and several times per
    request, to refuse async validators (about 4 ms an article, a fifth of the LLM path's CPU
    work). The answer cannot change for a given class: ask once per class. A pure function
    memoised; anything not found as expected in another instructor version is left alone."""
    try:
        import instructor.v2.core.patch as patch_module
        import instructor.v2.validation.async_validators as module
    except ImportError:
        return
    original = getattr(module, "reject_async_validators", None)
    if original is None or getattr(original, "_summarizer_once", False):
        return

    def reject_async_validators(response_model: Any) -> None:
        if isinstance(response_model, type) and response_model in _CHECKED:
            return
        original(response_model)  # raises when the model has async validators: never cached
        if isinstance(response_model, type):
            _CHECKED.add(response_model)

    reject_async_validators._summarizer_once = True  # type: ignore[attr-defined]
    module.reject_async_validators = reject_async_validators
    if getattr(patch_module, "reject_async_validators", None) is original:
        patch_module.reject_async_validators = reject_async_validators  # type: ignore[attr-defined]


def preload() -> None:
    """Import the client libraries now (before worker processes are forked from this one)."""
    import instructor  # noqa: F401
    import openai  # noqa: F401


def _chain(exc: BaseException) -> list[BaseException]:
    """``exc``, its causes and contexts, and the exceptions of instructor's failed attempts."""
    seen: set[int] = set()
    out: list[BaseException] = []
    stack: list[BaseException | None] = [exc]
    while stack:
        e = stack.pop()
        if e is None or id(e) in seen:
            continue
        seen.add(id(e))
        out.append(e)
        stack += [e.__cause__, e.__context__]
        stack += [attempt.exception for attempt in getattr(e, "failed_attempts", None) or []]
    return out


def _not_a_completion(body: bytes | None) -> str | None:
    """What the server sent, in a few words, when it is not a chat completion at all (so the
    model never answered); None when it is one, whatever the model put in it."""
    if body is None:
        return None
    try:
        data = json.loads(body)
    except ValueError:
        return _body(body.decode("utf-8", "replace"))
    choices = data.get("choices") if isinstance(data, dict) else None
    if not isinstance(choices, list) or not choices:
        return "JSON that holds no choices"
    if not isinstance(choices[0], dict) or not isinstance(choices[0].get("message"), dict):
        return "a choice that holds no message"
    return None


def _body(text: str) -> str:
    words = " ".join(str(text).split())
    if not words:
        return "an empty body"
    return f"a body that is not JSON ({words[:80] + ('…' if len(words) > 80 else '')!r})"


def _first_line(exc: BaseException) -> str:
    lines = str(exc).strip().splitlines()
    return (lines[0] if lines else type(exc).__name__)[:200]


def _problems_from_validation(exc: ValidationError) -> list[str]:
    out: list[str] = []
    for err in exc.errors():
        msg = str(err.get("msg", ""))
        if "does not match the article" in msg:
            out += [line[2:] for line in msg.splitlines() if line.startswith("- ")]
        else:
            where = ".".join(str(p) for p in err.get("loc", ())) or "answer"
            out.append(f"{where}: {msg}")
    return out or [str(exc).splitlines()[0]]


def _problems(exc: BaseException) -> list[str]:
    for attempt in reversed(getattr(exc, "failed_attempts", None) or []):
        if isinstance(attempt.exception, ValidationError):
            return _problems_from_validation(attempt.exception)
        return [f"the answer could not be read: {str(attempt.exception).splitlines()[0][:200]}"]
    cause = exc.__cause__
    if isinstance(cause, ValidationError):
        return _problems_from_validation(cause)
    return [f"the answer could not be read: {str(exc).splitlines()[0][:200]}"]


def _raw(exc: BaseException) -> str | None:
    """The model's last answer as text (tool-call arguments or message content)."""
    return _raw_of(getattr(exc, "last_completion", None))


def _raw_of(completion: Any) -> str | None:
    try:
        message = completion.choices[0].message
    except (AttributeError, IndexError, TypeError):
        return None
    calls = getattr(message, "tool_calls", None) or []
    if calls:
        return str(calls[0].function.arguments)
    content = getattr(message, "content", None)
    return str(content) if content else None
