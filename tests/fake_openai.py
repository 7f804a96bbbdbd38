"""A real local HTTP server speaking the OpenAI chat-completions protocol, for tests and
benchmarks: a queue of scripted replies (or a function of the request), every request
recorded. The real openai client and instructor talk to it over loopback.

It also speaks the Batch API: ``/v1/files`` (upload, content) and ``/v1/batches`` (create,
retrieve, list, cancel). A batch moves one status a poll (validating -> in_progress ->
finalizing -> completed, or the fate scripted with ``script_batches``), and each of its lines
is answered, when it completes, by the same replies or responder as a chat completion.
"""

from __future__ import annotations

import contextlib
import json
import queue
import re
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

ARTICLE_RE = re.compile(r"<<<ARTICLE (\w+)>>>\n(.*)\n<<<END \1>>>", re.S)


@dataclass
class Reply:
    payload: dict[str, Any] | None = None  # the structured answer (as tool call or JSON content)
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    delay_s: float = 0.0
    raw: bytes | None = None  # a body sent as is (malformed JSON, say)
    drop: bool = False  # close the connection without answering
    hang: bool = False  # never answer: hold the request until the server closes, then drop it
    usage: tuple[int, int] = (1200, 400)
    content_type: str = "application/json"  # what the body claims to be (an HTML error page, say)


@dataclass
class Recorded:
    path: str
    headers: dict[str, str]
    body: dict[str, Any]
    custom_id: str | None = None  # a Batch API line's

    @property
    def messages(self) -> list[dict[str, Any]]:
        return list(self.body.get("messages", []))

    def article(self) -> str | None:
        for m in self.messages:
            found = ARTICLE_RE.search(str(m.get("content", "")))
            if found:
                return found.group(2)
        return None


class FakeOpenAI:
    def __init__(self, responder: Callable[[Recorded], Reply] | None = None) -> None:
        self.replies: queue.Queue[Reply] = queue.Queue()
        self.requests: list[Recorded] = []
        self.responder = responder
        self._lock = threading.Lock()
        self._closing = threading.Event()  # wakes the requests held by ``hang`` or a delay
        self.calls: list[tuple[str, str]] = []  # (method, path) of every HTTP request, any endpoint
        self.files: dict[str, dict[str, Any]] = {}  # id -> the file object, its bytes under "content"
        self.batches: dict[str, dict[str, Any]] = {}  # id -> the batch object, its fate under "_fate"
        self.batch_requests: list[Recorded] = []  # every batch line answered, in order
        self.fates: queue.Queue[str] = queue.Queue()  # how the next batches end (default: completed)
        self.hold = threading.Event()  # while set, batches stay in_progress
        owner = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            disable_nagle_algorithm = True  # headers and body leave at once: no 40 ms delayed-ACK stall

            def log_message(self, *args: Any) -> None:
                pass

            def _send_json(self, status: int, data: bytes, content_type: str = "application/json") -> None:
                self.send_response(status)
                self.send_header("content-type", content_type)
                self.send_header("content-length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def do_GET(self) -> None:
                with owner._lock:
                    owner.calls.append(("GET", self.path))
                self._send_json(*owner._batch_api("GET", self.path, "", b""))

            def do_POST(self) -> None:
                length = int(self.headers.get("content-length", 0))
                raw = self.rfile.read(length)
                with owner._lock:
                    owner.calls.append(("POST", self.path))
                if self.path.startswith(("/v1/files", "/v1/batches")):
                    self._send_json(*owner._batch_api("POST", self.path, self.headers.get("content-type", ""), raw))
                    return
                try:
                    body = json.loads(raw)
                except ValueError:
                    body = {}
                record = Recorded(self.path, {k.lower(): v for k, v in self.headers.items()}, body)
                with owner._lock:
                    owner.requests.append(record)
                try:
                    reply = owner.replies.get_nowait()
                except queue.Empty:
                    reply = owner.responder(record) if owner.responder else Reply(status=500)
                if reply.hang:
                    owner._closing.wait()
                elif reply.delay_s:
                    owner._closing.wait(reply.delay_s)
                if reply.drop or reply.hang or owner._closing.is_set():
                    self.close_connection = True
                    with contextlib.suppress(OSError):  # the client may be gone already
                        self.connection.shutdown(2)
                    return
                if reply.raw is not None:
                    data = reply.raw
                elif reply.status != 200:
                    data = json.dumps(
                        {"error": {"message": f"scripted error {reply.status}", "type": "server_error"}}
                    ).encode()
                else:
                    data = json.dumps(completion(body, reply.payload or {}, reply.usage)).encode()
                self.send_response(reply.status)
                self.send_header("content-type", reply.content_type)
                self.send_header("content-length", str(len(data)))
                for k, v in reply.headers.items():
                    self.send_header(k, v)
                self.end_headers()
                self.wfile.write(data)

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        # a short poll: shutdown() waits for one, and the suite starts and stops dozens of servers
        self.thread = threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}/v1"

    def __enter__(self) -> FakeOpenAI:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._closing.set()
        self.server.shutdown()
        self.server.server_close()

    def script(self, *replies: Reply) -> None:
        for r in replies:
            self.replies.put(r)

    def script_batches(self, *fates: str) -> None:
        """How the next batches created end: completed, failed, expired or cancelled."""
        for fate in fates:
            self.fates.put(fate)

    def _answer(self, record: Recorded) -> Reply:
        try:
            return self.replies.get_nowait()
        except queue.Empty:
            return self.responder(record) if self.responder else Reply(status=500)

    def _batch_api(self, method: str, path: str, content_type: str, raw: bytes) -> tuple[int, bytes]:
        """The Batch API's endpoints: (HTTP status, JSON body) for one request."""
        with self._lock:
            parts = path.split("?")[0].strip("/").split("/")[1:]  # without the leading v1
            if method == "POST" and parts == ["files"]:
                return 200, _json(self._upload(content_type, raw))
            if method == "GET" and len(parts) == 3 and parts[0] == "files" and parts[2] == "content":
                file = self.files.get(parts[1])
                return (200, file["content"]) if file else (404, _json(_error("no such file")))
            if method == "POST" and parts == ["batches"]:
                return self._create(json.loads(raw or b"{}"))
            if method == "GET" and parts == ["batches"]:
                data = [_public(b) for b in reversed(self.batches.values())]
                return 200, _json({"object": "list", "data": data, "has_more": False})
            batch = self.batches.get(parts[1]) if len(parts) >= 2 and parts[0] == "batches" else None
            if batch is None:
                return 404, _json(_error(f"no such endpoint or object: {method} {path}"))
            if method == "GET" and len(parts) == 2:
                self._advance(batch)
                return 200, _json(_public(batch))
            if method == "POST" and parts[2:] == ["cancel"]:
                if batch["status"] not in _TERMINAL:
                    batch["status"], batch["_fate"] = "cancelling", "cancelled"
                return 200, _json(_public(batch))
            return 404, _json(_error(f"no such endpoint: {method} {path}"))

    def _upload(self, content_type: str, raw: bytes) -> dict[str, Any]:
        from email.parser import BytesParser
        from email.policy import default

        message = BytesParser(policy=default).parsebytes(b"content-type: " + content_type.encode() + b"\r\n\r\n" + raw)
        fields: dict[str, tuple[str | None, bytes]] = {}
        for part in message.iter_parts():
            name = part.get_param("name", header="content-disposition")
            fields[str(name)] = (part.get_filename(), part.get_payload(decode=True) or b"")
        filename, content = fields.get("file", (None, b""))
        purpose = fields.get("purpose", (None, b""))[1].decode()
        return self._add_file(content, filename or "upload.jsonl", purpose)

    def _add_file(self, content: bytes, filename: str, purpose: str) -> dict[str, Any]:
        file_id = f"file-{len(self.files) + 1}"
        self.files[file_id] = {
            "id": file_id, "object": "file", "bytes": len(content), "created_at": int(time.time()),
            "filename": filename, "purpose": purpose, "status": "processed", "content": content,
        }  # fmt: skip
        return {k: v for k, v in self.files[file_id].items() if k != "content"}

    def _create(self, body: dict[str, Any]) -> tuple[int, bytes]:
        if body.get("input_file_id") not in self.files:
            return 400, _json(_error("input_file_id names no uploaded file"))
        try:
            fate = self.fates.get_nowait()
        except queue.Empty:
            fate = "completed"
        batch_id = f"batch_{len(self.batches) + 1}"
        lines = self.files[body["input_file_id"]]["content"].decode().splitlines()
        self.batches[batch_id] = {
            "id": batch_id, "object": "batch", "endpoint": body.get("endpoint"), "errors": None,
            "input_file_id": body["input_file_id"], "completion_window": body.get("completion_window"),
            "status": "validating", "output_file_id": None, "error_file_id": None, "created_at": int(time.time()),
            "request_counts": {"total": len([x for x in lines if x.strip()]), "completed": 0, "failed": 0},
            "metadata": body.get("metadata"), "_fate": fate,
        }  # fmt: skip
        return 200, _json(_public(self.batches[batch_id]))

    def _advance(self, batch: dict[str, Any]) -> None:
        """One status further, as a poll sees it."""
        status, fate = batch["status"], batch["_fate"]
        if status in _TERMINAL:
            return
        if status == "validating":
            batch["status"] = "failed" if fate == "failed" else "in_progress"
            if fate == "failed":
                batch["errors"] = {
                    "object": "list",
                    "data": [{"code": "invalid_request", "message": "scripted failure"}],
                }
        elif status == "in_progress" and self.hold.is_set():
            return
        elif status == "in_progress" and fate in ("expired", "cancelled"):
            self._finish(batch, fate)
        elif status == "cancelling":
            self._finish(batch, "cancelled")
        elif status == "in_progress":
            batch["status"] = "finalizing"
        elif status == "finalizing":
            self._finish(batch, "completed")

    def _finish(self, batch: dict[str, Any], status: str) -> None:
        """Answer every line (an expired or cancelled batch: none, each an error line)."""
        output: list[str] = []
        errors: list[str] = []
        for n, line in enumerate(self.files[batch["input_file_id"]]["content"].decode().splitlines()):
            if not line.strip():
                continue
            request = json.loads(line)
            head = {"id": f"batch_req_{batch['id']}_{n}", "custom_id": request.get("custom_id")}
            if status != "completed":
                code = f"batch_{status}"
                errors.append(
                    json.dumps({**head, "response": None, "error": {"code": code, "message": f"not run: {code}"}})
                )
                continue
            record = Recorded(request.get("url", ""), {}, request.get("body") or {}, request.get("custom_id"))
            self.batch_requests.append(record)
            reply = self._answer(record)
            if reply.status == 200 and reply.raw is None:
                body: Any = completion(record.body, reply.payload or {}, reply.usage)
            elif reply.raw is not None:
                body = reply.raw.decode("utf-8", "replace")
            else:
                body = _error(f"scripted error {reply.status}")
            response = {"status_code": reply.status, "request_id": f"req_{n}", "body": body}
            (output if reply.status == 200 else errors).append(
                json.dumps({**head, "response": response, "error": None})
            )
        batch["request_counts"] = {"total": len(output) + len(errors), "completed": len(output), "failed": len(errors)}
        if output:
            batch["output_file_id"] = self._add_file(
                ("\n".join(output) + "\n").encode(), "output.jsonl", "batch_output"
            )["id"]
        if errors:
            batch["error_file_id"] = self._add_file(
                ("\n".join(errors) + "\n").encode(), "errors.jsonl", "batch_output"
            )["id"]
        batch["status"] = status
        batch[f"{status}_at"] = int(time.time())


_TERMINAL = ("completed", "failed", "expired", "cancelled")


def _json(data: Any) -> bytes:
    return json.dumps(data).encode()


def _error(message: str) -> dict[str, Any]:
    return {"error": {"message": message, "type": "invalid_request_error"}}


def _public(batch: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in batch.items() if not k.startswith("_")}


def completion(request: dict[str, Any], payload: dict[str, Any], usage: tuple[int, int]) -> dict[str, Any]:
    """A chat completion answering ``request`` with ``payload``: a tool call when the request
    offered tools (instructor's tools mode), else JSON in the message content."""
    arguments = json.dumps(payload)
    message: dict[str, Any] = {"role": "assistant", "content": None}
    if request.get("tools"):
        name = request["tools"][0]["function"]["name"]
        message["tool_calls"] = [
            {"id": "call_1", "type": "function", "function": {"name": name, "arguments": arguments}}
        ]
        finish = "tool_calls"
    else:
        message["content"] = arguments
        finish = "stop"
    return {
        "id": "chatcmpl-fake",
        "object": "chat.completion",
        "created": int(time.time()),
        "model": request.get("model", "fake"),
        "choices": [{"index": 0, "message": message, "finish_reason": finish, "logprobs": None}],
        "usage": {"prompt_tokens": usage[0], "completion_tokens": usage[1], "total_tokens": usage[0] + usage[1]},
    }


def payload_from(summary: Any, text: str | None = None) -> dict[str, Any]:
    """A model answer (LLMSummary JSON) built from a summary, for answers that ground exactly.
    With the article ``text``, each figure's context is the words around it, as a model gives."""
    names = {s.id: s.name for s in summary.speakers}

    def context(f: Any) -> str:
        if text is None:
            return str(f.text)
        s, e = f.span
        left = text[max(0, s - 25) : s].split(" ", 1)[-1] if s > 25 else text[:s]
        right = text[e : e + 25].rsplit(" ", 1)[0]
        return (left + text[s:e] + right).strip()

    inc = summary.incident
    text_of = {loc.name: loc.name for loc in inc.locations} if inc else {}
    return {
        "headline": summary.headline,
        "summary": summary.summary,
        "incident": None if inc is None else {
            "type": inc.type, "category": inc.category,
            "date_text": inc.date.text if inc.date else None, "date_value": inc.date.value if inc.date else None,
            "time_text": inc.time.text if inc.time else None, "time_start": inc.time.start if inc.time else None,
            "time_end": inc.time.end if inc.time else None, "timezone": inc.time.timezone if inc.time else None,
            "locations": list(text_of),
            "figures": [{
                "category": f.category, "label": f.label, "number": f.text, "value": f.value, "value_max": f.value_max,
                "qualifier": f.qualifier, "location": f.location, "is_total": f.is_total, "context": context(f),
            } for f in inc.figures],
        },
        "speakers": [{"name": s.name, "kind": s.kind, "role": s.role, "affiliation": s.affiliation,
                      "anonymity": s.anonymity} for s in summary.speakers],
        "attributions": [{
            "speaker": a.speaker, "speaker_name": names.get(a.speaker_id or ""), "cue": a.cue, "content": a.content,
            "type": a.type, "status": a.status, "flags": [{"reason": f.reason, "cue": f.cue} for f in a.flags if f.cue],
        } for a in summary.attributions],
    }  # fmt: skip


def _serve_forever() -> None:
    """Run as a process of its own (benchmarks): answers each article with its payload, after a
    fixed delay. asyncio, one thread, answers prepared in advance: the server costs little CPU,
    so a benchmark measures the client.

    python tests/fake_openai.py PAYLOADS.json DELAY_S URL_FILE [MODE]
    PAYLOADS.json maps the sha256 of an article's text to the answer for it.
    """
    import asyncio
    import hashlib
    import sys
    from pathlib import Path

    payloads = json.loads(Path(sys.argv[1]).read_text())
    delay = float(sys.argv[2])
    ready: dict[str, bytes] = {}

    def response(body: dict[str, Any]) -> bytes:
        text = ""
        for m in body.get("messages", []):
            found = ARTICLE_RE.search(str(m.get("content", "")))
            if found:
                text = found.group(2)
        key = hashlib.sha256(text.encode()).hexdigest()
        tools = bool(body.get("tools"))
        cache_key = f"{key}:{tools}"
        if cache_key not in ready:
            payload = payloads.get(key)
            data = (
                json.dumps(completion(body, payload, (1200, 400))).encode()
                if payload
                else b'{"error": {"message": "unknown article"}}'
            )
            status = b"200 OK" if payload else b"400 Bad Request"
            ready[cache_key] = (b"HTTP/1.1 " + status + b"\r\ncontent-type: application/json\r\ncontent-length: "
                               + str(len(data)).encode() + b"\r\n\r\n" + data)  # fmt: skip
        return ready[cache_key]

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while True:
                head = await reader.readuntil(b"\r\n\r\n")
                length = 0
                for line in head.split(b"\r\n"):
                    if line.lower().startswith(b"content-length:"):
                        length = int(line.split(b":", 1)[1])
                body = json.loads(await reader.readexactly(length)) if length else {}
                await asyncio.sleep(delay)
                writer.write(response(body))
                await writer.drain()
        except (asyncio.IncompleteReadError, ConnectionError):
            pass
        finally:
            writer.close()

    async def main() -> None:
        server = await asyncio.start_server(handle, "127.0.0.1", 0, backlog=256)
        port = server.sockets[0].getsockname()[1]
        Path(sys.argv[3]).write_text(f"http://127.0.0.1:{port}/v1")
        async with server:
            await server.serve_forever()

    asyncio.run(main())


if __name__ == "__main__":
    _serve_forever()
