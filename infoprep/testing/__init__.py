"""Loopback servers for tests, benchmarks and the demo: a static site, API replays, and an
OpenAI-compatible server with scripted replies. Nothing here reaches the internet."""

from __future__ import annotations

from .openai_server import Fault, OpenAITestServer, Slow
from .servers import LoopbackServer, Recorded, ReplayServer, Response, StaticSite

__all__ = [
    "Fault",
    "LoopbackServer",
    "OpenAITestServer",
    "Recorded",
    "ReplayServer",
    "Response",
    "Slow",
    "StaticSite",
]
