"""Running a coroutine on the tests' qasync loop. Here rather than in conftest.py, because
`from conftest import` finds whichever conftest module was imported last."""

from __future__ import annotations

import asyncio


def run_async(
    loop: asyncio.AbstractEventLoop, qtbot: object, coro: object, timeout_ms: int = 20000
) -> object:
    """Run a coroutine on the qasync loop from a test and return its result."""
    task = asyncio.ensure_future(coro, loop=loop)  # type: ignore[arg-type]
    qtbot.waitUntil(task.done, timeout=timeout_ms)  # type: ignore[attr-defined]
    return task.result()
