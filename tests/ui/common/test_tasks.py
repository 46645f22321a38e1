"""TaskOwner: a task that ends after its owner was deleted with its parent (a window torn down
without close()) is treated as closed: nothing is emitted on the deleted object, nothing raised
into the loop's exception handler."""

from __future__ import annotations

import asyncio
from typing import Any

from PySide6.QtCore import QObject
from pytestqt.qtbot import QtBot
from shiboken6 import delete

from app.ui.common.tasks import TaskOwner


def test_a_task_ending_after_its_owner_was_deleted_emits_nothing(
    qtbot: QtBot, qloop: asyncio.AbstractEventLoop
) -> None:
    unhandled: list[dict[str, Any]] = []
    before = qloop.get_exception_handler()
    qloop.set_exception_handler(lambda _loop, context: unhandled.append(context))
    try:
        parent = QObject()
        owner = TaskOwner("probe", parent)
        busy: list[bool] = []
        owner.busyChanged.connect(busy.append)
        gate = asyncio.Event()
        task = owner.spawn(gate.wait(), busy=True)
        assert busy == [True]
        delete(parent)  # the C++ owner goes with its parent; the task is still waiting
        task.cancel()
        # The done callback runs a loop turn after the task ends: it either marks the owner
        # closed or (the bug) raises "Signal source has been deleted" into the handler.
        qtbot.waitUntil(lambda: owner.closed or bool(unhandled), timeout=2000)
        assert unhandled == []
        assert busy == [True]
    finally:
        qloop.set_exception_handler(before)
