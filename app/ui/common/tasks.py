"""One owner for a part's qasync tasks: keeps them referenced, counts the busy ones, reports
what a task did not handle, and cancels them all on close.

asyncio keeps only weak references to tasks, so a task nobody holds can vanish mid-way; and a
task that ends after its widgets were closed must not touch them. `TaskOwner` does both for
whoever spawns tasks from slots (the Connections dialog today; STYLE.md §4 names the other
places that hold tasks by hand).

Promised: `busyChanged(True)` when the first busy task starts and `busyChanged(bool)` after each
busy task ends (before `failed` for the same task); `failed(Exception)` once per task that
raised; after `close()`, nothing is emitted and late failures are only logged.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Coroutine
from typing import Any

from PySide6.QtCore import QObject, Signal
from shiboken6 import isValid

__all__ = ["TaskOwner"]

log = logging.getLogger(__name__)


class TaskOwner(QObject):
    busyChanged = Signal(bool)
    failed = Signal(object)  # BaseException: what a task raised and did not handle

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._name = name  # in the log: whose task failed
        self._tasks: set[asyncio.Task[Any]] = set()
        self._busy = 0
        self._closed = False

    @property
    def busy(self) -> bool:
        return self._busy > 0

    @property
    def closed(self) -> bool:
        return self._closed

    def spawn(self, coro: Coroutine[Any, Any, Any], *, busy: bool = False) -> asyncio.Task[Any]:
        """Run `coro` on the qasync loop; keep it referenced; report what it did not handle."""
        task = asyncio.ensure_future(coro)
        if self._closed:
            task.cancel()  # started by a late signal after closing: never touch the widgets
        self._tasks.add(task)
        if busy:
            self._busy += 1
            self.busyChanged.emit(True)

        def done(finished: asyncio.Task[Any]) -> None:
            self._tasks.discard(finished)
            if not self._closed and not isValid(self):
                self._closed = True  # deleted with its parent without close(): same as closed
            if self._closed:
                # A task that ended after closing (a keyring call cannot be cancelled mid-way)
                # may have failed on widgets already deleted: log it, show nothing.
                if not finished.cancelled() and (error := finished.exception()) is not None:
                    log.info("%s: after closing: %s: %s", self._name, type(error).__name__, error)
                return
            if busy:
                self._busy -= 1
                self.busyChanged.emit(self.busy)
            if not finished.cancelled() and (error := finished.exception()) is not None:
                log.error("%s: %s: %s", self._name, type(error).__name__, error)
                self.failed.emit(error)

        task.add_done_callback(done)
        return task

    def pending(self) -> list[asyncio.Task[Any]]:
        return list(self._tasks)

    def close(self) -> None:
        """Cancel every task; from now on, new tasks are cancelled at once."""
        self._closed = True
        for task in list(self._tasks):
            task.cancel()
