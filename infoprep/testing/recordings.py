"""Recorded API answers on disk, served by a ReplayServer.

`fixtures/replay/routes.json` lists `{"path", "params", "file", "status", "content_type"}`;
`load_recordings(server, folder)` adds each as a recording whose body is that file's bytes.
"""

from __future__ import annotations

import json
from pathlib import Path

from .servers import ReplayServer, Response

__all__ = ["load_recordings"]


def load_recordings(
    server: ReplayServer, folder: Path, manifest: str = "routes.json"
) -> ReplayServer:
    """Add every route of `folder/manifest` to `server`; returns the server."""
    routes = json.loads((folder / manifest).read_text(encoding="utf-8"))
    for route in routes:
        body = (folder / route["file"]).read_bytes()
        server.add(
            route["path"],
            dict(route.get("params") or {}),
            Response(body, status=int(route.get("status", 200)),
                     content_type=route.get("content_type")),
        )
    return server
