"""Real HTTP servers on 127.0.0.1 for tests, benchmarks and the demo: never the internet.

    with StaticSite(Path("fixtures/sites/acme")) as site:
        site.url("/about")                       # http://127.0.0.1:PORT/about
        site.route("/slow", Response(b"...", delay=2.0))
        site.requests                            # every request received, in order
"""

from __future__ import annotations

import json
import mimetypes
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

__all__ = ["LoopbackServer", "Recorded", "ReplayServer", "Response", "StaticSite"]


@dataclass
class Response:
    """What a route answers. `delay` waits before the headers; `drip` between body chunks."""

    body: bytes | str = b""
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    content_type: str | None = None
    delay: float = 0.0
    drip: float = 0.0

    def payload(self) -> bytes:
        return self.body.encode("utf-8") if isinstance(self.body, str) else self.body

    @classmethod
    def json(cls, data: Any, status: int = 200, **kw: Any) -> Response:
        return cls(json.dumps(data), status=status, content_type="application/json", **kw)


@dataclass
class Recorded:
    """A request as the server received it."""

    method: str
    path: str
    query: dict[str, list[str]]
    headers: dict[str, str]
    body: bytes

    def json(self) -> Any:
        return json.loads(self.body or b"null")


Handler = Callable[[Recorded], Response]


class _QuietServer(ThreadingHTTPServer):
    """Clients that hang up mid-exchange (timeouts, size caps) are expected, not errors."""

    daemon_threads = True

    def handle_error(self, request: Any, client_address: Any) -> None:
        import sys

        if isinstance(sys.exc_info()[1], ConnectionError | TimeoutError):
            return
        super().handle_error(request, client_address)


class LoopbackServer:
    """A threaded HTTP server on 127.0.0.1 with routes, recording every request."""

    def __init__(self) -> None:
        self.routes: dict[str, Response | Handler] = {}
        self.requests: list[Recorded] = []
        self._lock = threading.Lock()
        self._httpd: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    @property
    def port(self) -> int:
        assert self._httpd is not None, "server not started"
        return int(self._httpd.server_address[1])

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def url(self, path: str = "/") -> str:
        return self.base_url + path

    def route(self, path: str, answer: Response | Handler) -> None:
        """Answer requests for `path` (query ignored) with a fixed response or a handler."""
        self.routes[path] = answer

    def paths_requested(self) -> list[str]:
        with self._lock:
            return [r.path for r in self.requests]

    def handle(self, request: Recorded) -> Response:
        answer = self.routes.get(request.path)
        if answer is None:
            return Response("not found", status=404, content_type="text/plain")
        return answer(request) if callable(answer) else answer

    def start(self) -> LoopbackServer:
        server = self

        class _Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: Any) -> None:
                pass

            def _serve(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                parts = urlsplit(self.path)
                request = Recorded(
                    method=self.command,
                    path=parts.path,
                    query=parse_qs(parts.query),
                    headers={k.lower(): v for k, v in self.headers.items()},
                    body=body,
                )
                with server._lock:
                    server.requests.append(request)
                answer = server.handle(request)
                if answer.delay:
                    time.sleep(answer.delay)
                payload = answer.payload()
                try:
                    self.send_response(answer.status)
                    if answer.content_type:
                        self.send_header("Content-Type", answer.content_type)
                    for name, value in answer.headers.items():
                        self.send_header(name, value)
                    self.send_header("Content-Length", str(len(payload)))
                    self.end_headers()
                    if self.command == "HEAD":
                        return
                    if answer.drip:
                        for i in range(0, len(payload), 64):
                            self.wfile.write(payload[i : i + 64])
                            self.wfile.flush()
                            time.sleep(answer.drip)
                    else:
                        self.wfile.write(payload)
                except (BrokenPipeError, ConnectionResetError):
                    pass

            do_GET = do_POST = do_HEAD = do_PUT = do_DELETE = _serve

        self._httpd = _QuietServer(("127.0.0.1", 0), _Handler)
        self._httpd.daemon_threads = True
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._httpd is not None:
            self._httpd.shutdown()
            self._httpd.server_close()
            self._httpd = None

    def __enter__(self) -> LoopbackServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


class StaticSite(LoopbackServer):
    """Serves a folder: `/about` finds `about.html`, `about/index.html` or `about`."""

    def __init__(self, root: Path) -> None:
        super().__init__()
        self.root = root.resolve()

    def handle(self, request: Recorded) -> Response:
        if request.path in self.routes:
            return super().handle(request)
        rel = request.path.lstrip("/")
        candidates = (
            [rel, rel + ".html", rel.rstrip("/") + "/index.html"] if rel else ["index.html"]
        )
        for name in candidates:
            path = (self.root / name).resolve()
            if path.is_file() and path.is_relative_to(self.root):
                ctype = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
                if ctype.startswith("text/") and "charset" not in ctype:
                    ctype += "; charset=utf-8"
                return Response(path.read_bytes(), content_type=ctype)
        return Response("not found", status=404, content_type="text/plain")


class ReplayServer(LoopbackServer):
    """Answers recorded API responses, chosen by path and query parameters.

    `add("/w/api.php", {"action": "wbsearchentities"}, Response(...))`: the first recording
    whose path matches and whose parameters are all in the request's query answers.
    """

    def __init__(self) -> None:
        super().__init__()
        self.recordings: list[tuple[str, dict[str, str], Response | Handler]] = []

    def add(self, path: str, params: dict[str, str], answer: Response | Handler) -> None:
        self.recordings.append((path, params, answer))

    def handle(self, request: Recorded) -> Response:
        for path, params, answer in self.recordings:
            if path != request.path:
                continue
            if all(request.query.get(k, [None])[0] == v for k, v in params.items()):
                return answer(request) if callable(answer) else answer
        return super().handle(request)
