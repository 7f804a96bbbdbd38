"""The wire side of ``summarize batch --batch-api``: a request line built exactly as the
synchronous call builds its body, an answer read back as the synchronous call reads it, and the
Batch API's files and batches, through the synchronous path's own client and its errors.

Requests and answers go through instructor's own builders and readers with the synchronous
call's response model and mode, so a batch line is the body ``Backend.structured`` sends.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from summarizer.backends import Backend, InvalidOutput
from summarizer.errors import BackendError
from summarizer.llm_schema import VALIDATION, LLMSummary

ENDPOINT = "/v1/chat/completions"
COMPLETION_WINDOW = "24h"
TERMINAL = frozenset({"completed", "failed", "expired", "cancelled"})


class Wire:
    """One model endpoint's Batch API: request bodies, answers, files and batches."""

    def __init__(self, backend: Backend) -> None:
        self.backend = backend
        self.target = backend.target
        self._client: Any = backend._client
        self._mode = backend._instructor.mode
        self._response_model = backend._wrapped(LLMSummary)
        self._api_error: type[BaseException] = backend._openai.APIError
        self._completion: Any = backend._openai.types.chat.ChatCompletion

    @property
    def base(self) -> str:
        """The server's URL as messages name it: no credentials, no query."""
        return self.target.endpoint.removesuffix("/chat/completions")

    # -- one article's request and answer

    def body(self, messages: list[dict[str, str]]) -> dict[str, Any]:
        """The chat-completions body the synchronous call sends for ``messages``."""
        from instructor.v2.core.response import handle_response_model

        _, kwargs = handle_response_model(
            self._response_model,
            mode=self._mode,
            model=self.target.model,
            messages=messages,
            temperature=self.backend.settings.temperature,
        )
        return kwargs

    def answer(self, body: Any, article: str, validate: Callable[[LLMSummary], list[str]]) -> LLMSummary:
        """The model's answer in a completion, validated (grounding and checker) as the
        synchronous call validates it: an InvalidOutput with the failing findings, or a
        BackendError when ``body`` is not a chat completion at all."""
        from instructor.v2.core.response import process_response
        from pydantic import ValidationError

        from summarizer.backends import _problems_from_validation

        try:
            completion = self._completion.model_validate(body)
            if not completion.choices:
                raise ValueError("no choices")
        except (ValidationError, ValueError):
            raise BackendError(
                f"{self.base}/batches answered a line with {_what(body)}, not a chat completion",
                status_code=200,
                endpoint=f"{self.base}/batches",
            ) from None
        token = VALIDATION.set({"article": article, "validate": validate})
        try:
            result: LLMSummary = process_response(
                completion, response_model=self._response_model, stream=False, mode=self._mode
            )
            return result
        except ValidationError as exc:
            raise InvalidOutput(_problems_from_validation(exc), raw_answer(body)) from None
        except Exception as exc:  # cut off at the output limit, a refusal: the model answered, unusably
            cut = type(exc).__name__ == "IncompleteOutputException"
            line = (str(exc).strip().splitlines() or [type(exc).__name__])[0][:200]
            problem = (
                "the answer was cut off at the model's output limit" if cut else f"the answer could not be read: {line}"
            )
            raise InvalidOutput([problem], raw_answer(body)) from None
        finally:
            VALIDATION.reset(token)

    # -- the Batch API

    def upload(self, jsonl: bytes) -> str:
        """``POST /files`` (purpose batch): the id of the uploaded requests."""
        file = self._call("files", lambda: self._client.files.create(
            file=("requests.jsonl", jsonl, "application/jsonl"), purpose="batch"))  # fmt: skip
        return str(file.id)

    def create(self, input_file_id: str) -> dict[str, Any]:
        batch = self._call("batches", lambda: self._client.batches.create(
            input_file_id=input_file_id, endpoint=ENDPOINT, completion_window=COMPLETION_WINDOW,
            metadata={"tool": "summarizer"}))  # fmt: skip
        return _plain(batch)

    def retrieve(self, batch_id: str) -> dict[str, Any]:
        return _plain(self._call(f"batches/{batch_id}", lambda: self._client.batches.retrieve(batch_id)))

    def find(self, input_file_id: str) -> dict[str, Any] | None:
        """The batch made from ``input_file_id``, if one was (a run killed right after creating it)."""
        page = self._call("batches", lambda: self._client.batches.list(limit=100))
        for batch in page.data:
            if batch.input_file_id == input_file_id:
                return _plain(batch)
        return None

    def content(self, file_id: str) -> list[dict[str, Any]]:
        """``GET /files/{id}/content``: an output or error file's lines."""
        data = self._call(f"files/{file_id}/content", lambda: self._client.files.content(file_id))
        lines = []
        for line in data.content.decode("utf-8", "replace").splitlines():
            try:
                record = json.loads(line)
            except ValueError:
                continue
            if isinstance(record, dict):
                lines.append(record)
        return lines

    def _call(self, what: str, call: Callable[[], Any]) -> Any:
        """A Batch API call; its failure a BackendError naming the URL asked, never the key."""
        url = f"{self.base}/{what}"
        try:
            return call()
        except self._api_error as exc:
            status = getattr(exc, "status_code", None)
            detail = str(getattr(exc, "message", exc))
            if status is None:
                message = f"cannot reach {url}: {detail}"
            elif status in (401, 403):
                message = f"{url} refused the credentials (HTTP {status}): check the API key"
            else:
                message = f"{url} answered HTTP {status}: {detail}"
                if status == 404:
                    message += " (does this server implement the Batch API?)"
            raise BackendError(self.backend.scrub(message), status_code=status, endpoint=url) from None


def raw_answer(body: Any) -> str | None:
    """The model's answer as text (tool-call arguments or message content)."""
    try:
        message = body["choices"][0]["message"]
    except (KeyError, IndexError, TypeError):
        return None
    calls = message.get("tool_calls") or []
    if calls:
        return str(calls[0]["function"]["arguments"])
    content = message.get("content")
    return str(content) if content else None


def _what(body: Any) -> str:
    if isinstance(body, dict):
        return "JSON that holds no choices"
    words = " ".join(str(body).split())
    return f"a body that is not JSON ({words[:80]!r})" if words else "an empty body"


def _plain(batch: Any) -> dict[str, Any]:
    """A batch as the fields a run reads."""
    counts = getattr(batch, "request_counts", None)
    errors = getattr(batch, "errors", None)
    return {
        "id": str(batch.id),
        "status": str(batch.status),
        "input_file_id": getattr(batch, "input_file_id", None),
        "output_file_id": getattr(batch, "output_file_id", None),
        "error_file_id": getattr(batch, "error_file_id", None),
        "total": getattr(counts, "total", 0) if counts else 0,
        "completed": getattr(counts, "completed", 0) if counts else 0,
        "failed": getattr(counts, "failed", 0) if counts else 0,
        "errors": [
            str(getattr(e, "message", "") or getattr(e, "code", "")) for e in (getattr(errors, "data", None) or [])
        ],
    }
