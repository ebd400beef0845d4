"""An OpenAI-compatible test server on 127.0.0.1 with scripted replies.

    with OpenAITestServer() as llm:
        llm.enqueue("Hello!")                               # a reply's content
        llm.enqueue(Fault(status=429, headers={"Retry-After": "0"}))
        llm.enqueue(Slow("late", delay=5))                  # slower than the client's timeout
        llm.enqueue(Fault(raw=b"{not json"))                # a malformed body
        llm.responder = lambda body: "..."                  # when the script is empty
        ...
        llm.chat_requests()                                 # bodies of every completion request

`GET /v1/models` lists `models`. The server answers like OpenAI's API: `choices`, `usage`,
error envelopes with `type` and `code`.
"""

from __future__ import annotations

import json
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from .servers import LoopbackServer, Recorded, Response

__all__ = ["Fault", "OpenAITestServer", "Slow"]


@dataclass
class Fault:
    """A scripted failure: an HTTP error status, a delay, or a raw body."""

    status: int = 500
    headers: dict[str, str] = field(default_factory=dict)
    raw: bytes | None = None
    message: str = "scripted fault"


@dataclass
class Slow:
    """A reply that arrives after `delay` seconds (to outlast the client's timeout)."""

    content: str
    delay: float


_ERROR_TYPES = {
    400: ("invalid_request_error", None),
    401: ("invalid_request_error", "invalid_api_key"),
    403: ("invalid_request_error", "unsupported_country"),
    404: ("invalid_request_error", "model_not_found"),
    429: ("rate_limit_exceeded", "rate_limit_exceeded"),
    500: ("server_error", None),
    503: ("server_error", None),
}


class OpenAITestServer(LoopbackServer):
    """Scripted chat completions; records every request it receives."""

    def __init__(self, models: list[str] | None = None) -> None:
        super().__init__()
        self.models = models or ["gpt-4o-mini", "test-model"]
        self.script: deque[str | Fault | Slow | dict[str, Any]] = deque()
        self.responder: Callable[[dict[str, Any]], str] | None = None
        self._script_lock = threading.Lock()

    @property
    def base_url_v1(self) -> str:
        return self.base_url + "/v1"

    def enqueue(self, *items: str | Fault | Slow | dict[str, Any]) -> None:
        """Queue replies: a content string, a Fault, or a JSON-able object sent as content."""
        with self._script_lock:
            self.script.extend(items)

    def chat_requests(self) -> list[dict[str, Any]]:
        with self._lock:
            return [
                r.json() for r in self.requests if r.path.endswith("/chat/completions")
            ]

    def handle(self, request: Recorded) -> Response:
        if request.method == "GET" and request.path.endswith("/models"):
            data = [{"id": m, "object": "model", "owned_by": "test"} for m in self.models]
            return Response.json({"object": "list", "data": data})
        if request.method == "POST" and request.path.endswith("/chat/completions"):
            return self._complete(request)
        return super().handle(request)

    def _complete(self, request: Recorded) -> Response:
        body = request.json()
        with self._script_lock:
            item = self.script.popleft() if self.script else None
        if item is None:
            if self.responder is None:
                return _error(500, "the test server's script is empty")
            item = self.responder(body)
        if isinstance(item, Slow):
            time.sleep(item.delay)
            return _reply(body, item.content)
        if isinstance(item, Fault):
            if item.raw is not None:
                return Response(item.raw, status=200, content_type="application/json")
            return _error(item.status, item.message, item.headers)
        if body.get("model") not in self.models:
            return _error(404, f"The model `{body.get('model')}` does not exist")
        content = item if isinstance(item, str) else json.dumps(item)
        return _reply(body, content)


def _reply(body: dict[str, Any], content: str) -> Response:
    prompt_chars = sum(len(str(m.get("content", ""))) for m in body.get("messages", []))
    prompt_tokens = max(1, prompt_chars // 4)
    completion_tokens = max(1, len(content) // 4)
    return Response.json(
        {
            "id": "chatcmpl-test",
            "object": "chat.completion",
            "created": int(time.time()),
            "model": body.get("model", ""),
            "choices": [
                {
                    "index": 0,
                    "message": {"role": "assistant", "content": content, "refusal": None},
                    "finish_reason": "stop",
                }
            ],
            "usage": {
                "prompt_tokens": prompt_tokens,
                "completion_tokens": completion_tokens,
                "total_tokens": prompt_tokens + completion_tokens,
            },
        }
    )


def _error(status: int, message: str, headers: dict[str, str] | None = None) -> Response:
    kind, code = _ERROR_TYPES.get(status, ("server_error", None))
    envelope = {"error": {"message": message, "type": kind, "param": None, "code": code}}
    return Response.json(envelope, status=status, headers=headers or {})
