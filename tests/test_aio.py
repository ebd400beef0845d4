from __future__ import annotations

import asyncio

import pytest

from infoprep.aio import run_sync


async def double(x: int) -> int:
    await asyncio.sleep(0)
    return 2 * x


async def fail() -> None:
    raise ValueError("boom")


def test_run_sync_without_loop() -> None:
    assert run_sync(double(21)) == 42


def test_run_sync_inside_running_loop() -> None:
    async def notebook_cell() -> int:
        return run_sync(double(5))

    assert asyncio.run(notebook_cell()) == 10


def test_run_sync_propagates_errors_inside_loop() -> None:
    async def notebook_cell() -> None:
        run_sync(fail())

    with pytest.raises(ValueError, match="boom"):
        asyncio.run(notebook_cell())
