"""A team search still running when the desk closes is cancelled, not left to answer into
widgets that are gone (`HistoryController.close` → `TeamPanel.close_tasks`)."""

from __future__ import annotations

import asyncio
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from app.ui.history.team_scope import TeamPanel


def test_closing_cancels_a_team_search_still_running(
    qtbot: QtBot, qloop: asyncio.AbstractEventLoop
) -> None:
    started = asyncio.Event()
    outcome: list[str] = []

    async def never_answers(_filter: Any, _page: Any) -> list[Any]:
        started.set()
        try:
            await asyncio.Event().wait()
        except asyncio.CancelledError:
            outcome.append("cancelled")
            raise
        return []

    host = QWidget()
    qtbot.addWidget(host)
    panel = TeamPanel(lambda: never_answers, host)
    host.show()
    panel.search_edit.setFocus()
    qtbot.keyClicks(panel.search_edit, "ZD-48213")
    QTest.keyClick(panel.search_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(started.is_set, timeout=5000)
    assert panel.status_label.text() == "Searching the team history…"

    panel.close_tasks()
    qtbot.waitUntil(lambda: outcome == ["cancelled"], timeout=5000)
