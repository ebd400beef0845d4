"""A minimal ApiClient over httpx for tests of the outside sources (no cache, no robots)."""

from __future__ import annotations

from typing import Any

import httpx

from infoprep.errors import FetchError


class StatusError(FetchError):
    """An HTTP error answer, with its status."""

    def __init__(self, message: str, status: int) -> None:
        super().__init__(message)
        self.status = status


class HttpxApi:
    """Implements infoprep.research.types.ApiClient; records every URL it asked for."""

    def __init__(self) -> None:
        self.asked: list[str] = []

    async def _get(
        self, url: str, params: dict[str, str] | None, headers: dict[str, str] | None
    ) -> httpx.Response:
        async with httpx.AsyncClient(
            timeout=5, headers={"User-Agent": "infoprep-tests/0 (+https://example.invalid)"}
        ) as client:
            try:
                response = await client.get(
                    url, params=params, headers=headers, follow_redirects=True
                )
            except httpx.HTTPError as exc:
                raise FetchError(f"{url}: {exc}") from None
        self.asked.append(str(response.request.url))
        if response.status_code >= 400:
            raise StatusError(f"{url}: HTTP {response.status_code}", response.status_code)
        return response

    async def get_json(
        self, url: str, params: dict[str, str] | None = None, headers: dict[str, str] | None = None
    ) -> Any:
        return (await self._get(url, params, headers)).json()

    async def get_text(
        self, url: str, params: dict[str, str] | None = None, headers: dict[str, str] | None = None
    ) -> str:
        return (await self._get(url, params, headers)).text
