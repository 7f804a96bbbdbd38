"""The wire side of ``summarize batch --batch-api``: a request line built exactly as the
synchronous call builds its body, an answer read back as the synchronous call reads it (both by
``Backend``), and the Batch API's files and batches through the synchronous path's own client.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any, cast

from summarizer.backends import Backend
from summarizer.errors import BackendError
from summarizer.llm_schema import LLMSummary

ENDPOINT = "/v1/chat/completions"
COMPLETION_WINDOW = "24h"
TERMINAL = frozenset({"completed", "failed", "expired", "cancelled"})


class Wire:
    """One model endpoint's Batch API: request bodies, answers, files and batches."""

    def __init__(self, backend: Backend) -> None:
        self.backend = backend
        self.target = backend.target
        self._client: Any = backend._client
        self._api_error: type[BaseException] = backend._openai.APIError

    @property
    def base(self) -> str:
        """The server's URL as messages name it: no credentials, no query."""
        return self.target.endpoint.removesuffix("/chat/completions")

    # -- one article's request and answer

    def body(self, messages: list[dict[str, str]]) -> dict[str, Any]:
        """The chat-completions body the synchronous call sends for ``messages``."""
        return self.backend.request_body(messages, LLMSummary)

    def answer(self, body: Any, article: str, validate: Callable[[LLMSummary], list[str]]) -> LLMSummary:
        """The model's answer in a completion, validated (grounding and checker) as the
        synchronous call validates it: an InvalidOutput with the failing findings, or a
        BackendError when ``body`` is not a chat completion at all."""
        context = {"article": article, "validate": validate}
        return cast(LLMSummary, self.backend.read_completion(body, LLMSummary, context=context))

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
