"""A fake OpenAI-compatible chat completions server for tests (standard library only).

    with FakeChatServer(replies=["first", "second"]) as server:
        llm = ChatOpenAI(base_url=server.base_url, api_key="test", model="fake", max_retries=0)
        assert llm.invoke("hi").content == "first"
        assert server.requests[0]["messages"] == [{"role": "user", "content": "hi"}]

Endpoints (under ``/v1``): ``POST /chat/completions`` (JSON, or SSE when ``stream`` is true)
and ``GET /models``. ``delay``, ``status``, ``error_message`` and ``api_key`` are plain
attributes and may be changed while the server runs.
"""

from __future__ import annotations

import json
import re
import socket
import sys
import threading
import time
import uuid
from collections.abc import Callable, Sequence
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Any, Self

JSONDict = dict[str, Any]
ReplyFn = Callable[[JSONDict], str]


class FakeChatServer:
    """Scripted chat completions server on 127.0.0.1, on a free port, in a background thread.

    ``replies`` is a string, a list of strings consumed in order (the last one repeats), or a
    callable ``(request_json) -> str``. Error responses do not consume a reply. If the callable
    raises, the client gets a 500 whose message names the exception.

    ``requests`` records every chat completion body that passed the ``api_key`` check,
    including those answered with an error status or abandoned by a client timeout.
    """

    def __init__(
        self,
        replies: str | Sequence[str] | ReplyFn = "ok",
        *,
        model: str = "fake",
        delay: float = 0.0,
        status: int = 200,
        error_message: str | None = None,
        api_key: str | None = None,
    ) -> None:
        self._reply_fn: ReplyFn | None = None
        self._replies: list[str] = []
        if isinstance(replies, str):
            self._replies = [replies]
        elif callable(replies):
            self._reply_fn = replies
        else:
            self._replies = list(replies)
            if not self._replies:
                raise ValueError("replies must not be empty")
        self.model = model
        self.delay = delay
        self.status = status
        self.error_message = error_message
        self.api_key = api_key
        self.requests: list[JSONDict] = []
        self._served = 0
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self._httpd: _HTTPServer | None = None
        self._thread: threading.Thread | None = None

    @property
    def port(self) -> int:
        if self._httpd is None:
            raise RuntimeError("FakeChatServer is not running")
        return int(self._httpd.server_address[1])

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    def start(self) -> Self:
        if self._httpd is not None:
            raise RuntimeError("FakeChatServer is already running")
        self._stopping.clear()
        self._httpd = _HTTPServer(self)
        # A short poll interval keeps shutdown() fast; the default 0.5 s would dominate tests.
        self._thread = threading.Thread(
            target=self._httpd.serve_forever,
            kwargs={"poll_interval": 0.05},
            name=f"FakeChatServer:{self.port}",
            daemon=True,
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        httpd, thread = self._httpd, self._thread
        if httpd is None:
            return
        # Wakes handlers sleeping in `delay`, so a timed-out request never blocks teardown.
        self._stopping.set()
        httpd.shutdown()
        httpd.server_close()
        if thread is not None:
            thread.join(timeout=5)
        self._httpd = self._thread = None

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    def _record(self, body: JSONDict) -> None:
        with self._lock:
            self.requests.append(body)

    def _next_reply(self, body: JSONDict) -> str:
        if self._reply_fn is not None:
            return self._reply_fn(body)
        with self._lock:
            reply = self._replies[min(self._served, len(self._replies) - 1)]
            self._served += 1
        return reply

    def _wait(self, seconds: float) -> bool:
        """Sleep up to ``seconds``; True if the server is stopping meanwhile."""
        return seconds > 0 and self._stopping.wait(seconds)


class _HTTPServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, app: FakeChatServer) -> None:
        self.app = app
        super().__init__(("127.0.0.1", 0), _Handler)

    def handle_error(
        self, request: socket.socket | tuple[bytes, socket.socket], client_address: object
    ) -> None:
        if isinstance(sys.exc_info()[1], ConnectionError):
            return  # the client gave up (e.g. its timeout fired) before we answered
        super().handle_error(request, client_address)


def _error_body(status: int, message: str) -> JSONDict:
    code = {401: "invalid_api_key", 404: "not_found", 429: "rate_limit_exceeded"}.get(status)
    kind = "server_error" if status >= 500 else "invalid_request_error"
    return {"error": {"message": message, "type": kind, "param": None, "code": code}}


def _text_of(content: object) -> str:
    if isinstance(content, str):
        return content
    if isinstance(content, list):  # content parts: [{"type": "text", "text": ...}, ...]
        return " ".join(str(p.get("text", "")) for p in content if isinstance(p, dict))
    return ""


def _count_tokens(text: str) -> int:
    return len(text.split())


class _Handler(BaseHTTPRequestHandler):
    server: _HTTPServer
    server_version = "FakeChatServer/1.0"
    # HTTP/1.0: one request per connection, so no idle keep-alive threads outlive the server.
    protocol_version = "HTTP/1.0"

    def log_message(self, format: str, *args: object) -> None:
        pass

    @property
    def app(self) -> FakeChatServer:
        return self.server.app

    def do_GET(self) -> None:
        path = self._authorized_path()
        if path is None:
            return
        if path == "/models":
            created = int(time.time())
            models = [
                {"id": self.app.model, "object": "model", "created": created, "owned_by": "fake"}
            ]
            self._send_json(HTTPStatus.OK, {"object": "list", "data": models})
        else:
            self._send_error(HTTPStatus.NOT_FOUND, f"Unknown endpoint: GET {self.path}")

    def do_POST(self) -> None:
        path = self._authorized_path()
        if path is None:
            return
        if path != "/chat/completions":
            self._send_error(HTTPStatus.NOT_FOUND, f"Unknown endpoint: POST {self.path}")
            return
        try:
            length = int(self.headers.get("Content-Length") or 0)
            body = json.loads(self.rfile.read(length) or b"null")
        except ValueError as exc:
            self._send_error(HTTPStatus.BAD_REQUEST, f"Invalid JSON body: {exc}")
            return
        if not isinstance(body, dict):
            self._send_error(HTTPStatus.BAD_REQUEST, "Request body must be a JSON object")
            return

        app = self.app
        app._record(body)
        if app._wait(app.delay):
            return
        if app.status >= 400:
            message = app.error_message or f"Fake server error (HTTP {app.status})"
            self._send_error(app.status, message)
            return
        try:
            reply = app._next_reply(body)
        except Exception as exc:  # surface a failing reply callable to the client
            self._send_error(HTTPStatus.INTERNAL_SERVER_ERROR, f"reply callable raised {exc!r}")
            return

        prompt = " ".join(
            _text_of(m.get("content")) for m in body.get("messages", []) if isinstance(m, dict)
        )
        prompt_tokens, completion_tokens = _count_tokens(prompt), _count_tokens(reply)
        usage = {
            "prompt_tokens": prompt_tokens,
            "completion_tokens": completion_tokens,
            "total_tokens": prompt_tokens + completion_tokens,
        }
        head = {
            "id": f"chatcmpl-{uuid.uuid4().hex[:24]}",
            "created": int(time.time()),
            "model": str(body.get("model") or app.model),
        }
        if body.get("stream"):
            stream_options = body.get("stream_options") or {}
            include_usage = bool(stream_options.get("include_usage"))
            self._send_stream(head, reply, usage if include_usage else None)
            return
        completion = {
            **head,
            "object": "chat.completion",
            "choices": [
                {
                    "index": 0,
                    "message": {"role": "assistant", "content": reply},
                    "logprobs": None,
                    "finish_reason": "stop",
                }
            ],
            "usage": usage,
        }
        self._send_json(HTTPStatus.OK, completion)

    def _authorized_path(self) -> str | None:
        """Path relative to ``/v1``, or None once an error response was sent."""
        path = self.path.split("?", 1)[0].rstrip("/")
        if not path.startswith("/v1/"):
            self._send_error(HTTPStatus.NOT_FOUND, f"Unknown endpoint: {self.path}")
            return None
        key = self.app.api_key
        if key is not None and self.headers.get("Authorization") != f"Bearer {key}":
            self._send_error(HTTPStatus.UNAUTHORIZED, "Incorrect API key provided.")
            return None
        return path[len("/v1") :]

    def _send_stream(self, head: JSONDict, reply: str, usage: JSONDict | None) -> None:
        def chunk(delta: JSONDict, finish_reason: str | None) -> JSONDict:
            choice = {"index": 0, "delta": delta, "logprobs": None, "finish_reason": finish_reason}
            return {**head, "object": "chat.completion.chunk", "choices": [choice]}

        events = [chunk({"role": "assistant", "content": ""}, None)]
        events += [chunk({"content": piece}, None) for piece in re.findall(r"\s*\S+", reply)]
        events.append(chunk({}, "stop"))
        if usage is not None:
            events.append(
                {**head, "object": "chat.completion.chunk", "choices": [], "usage": usage}
            )
        lines = [f"data: {json.dumps(event)}\n\n" for event in events] + ["data: [DONE]\n\n"]
        self._send(HTTPStatus.OK, "".join(lines).encode(), "text/event-stream; charset=utf-8")

    def _send_error(self, status: int, message: str) -> None:
        self._send_json(status, _error_body(status, message))

    def _send_json(self, status: int, payload: JSONDict) -> None:
        self._send(status, json.dumps(payload).encode(), "application/json")

    def _send(self, status: int, data: bytes, content_type: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(data)))
        if content_type.startswith("text/event-stream"):
            self.send_header("Cache-Control", "no-cache")
        self.end_headers()
        self.wfile.write(data)
