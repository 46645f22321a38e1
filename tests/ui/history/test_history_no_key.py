"""The API key never lands in the history, the drafts, the exports or the history window.

One distinctive key, accepted by the sandbox and supplied through KOMBO_API_KEY; real sends
(a success and failures) through the real window and its history wiring; drafts saved; the
history exported as CSV and JSON; then every file under RESULT_DESK_HOME, every export and
every text the history window shows is searched for it.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit
from pytestqt.qtbot import QtBot

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from window_helpers import fill_sample, make_window, send_and_wait

from app.sandbox import SandboxServer
from app.store.drafts import DraftStore
from app.store.history import HistoryFilter
from app.ui.common.context import ConnectionInfo
from app.ui.history.controller import HistoryController

KEY = "rdHIST-3f9b2c71-Kx8Pq-never-store-me"
# Each wait is on the desk's worker threads (store, drafts, details): bounded generously, as a
# full run on two busy cores can take far longer than pytest-qt's default 5 s.
WAIT_MS = 20000


def _files_with_key(root: Path) -> list[str]:
    needle = KEY.encode()
    return [
        str(path.relative_to(root))
        for path in sorted(root.rglob("*"))
        if path.is_file() and needle in path.read_bytes()
    ]


def test_the_key_is_in_no_history_draft_export_or_history_widget(
    qtbot: QtBot, qloop: Any, desk_home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("KOMBO_API_KEY", KEY)
    sandbox = SandboxServer(api_key=KEY)
    sandbox.start()
    try:
        connection = ConnectionInfo("Key check", sandbox.base_url, sandbox.integration_id, "env")
        window = make_window(qtbot, connections=[connection])
        controller = HistoryController(window)
        assert controller.service.wait_opened(WAIT_MS / 1000)
        store = controller.service.store
        assert store is not None

        fill_sample(window, sandbox.order_ids("OPEN")[0], tmp_path)
        draft = DraftStore().path_for("Key check")
        qtbot.waitUntil(draft.exists, timeout=WAIT_MS)  # a draft was saved
        with qtbot.waitSignal(controller.service.recorded, timeout=WAIT_MS):
            ok = send_and_wait(qtbot, window)
        assert ok.outcome == "success"  # the key really was used, and accepted
        # Failures (each to its own order: re-sending an unknown outcome asks first).
        for n, fault in enumerate((sandbox.faults.fail_next, sandbox.faults.drop_next), 1):
            window.order_id_edit.setText(sandbox.order_ids("OPEN")[n])
            fault(1)
            with qtbot.waitSignal(controller.service.recorded, timeout=WAIT_MS):
                failed = send_and_wait(qtbot, window)
            assert failed.outcome_unknown
        window.order_id_edit.setText("EDITED-AFTER-SENDING")
        qtbot.waitUntil(
            lambda: draft.exists() and "EDITED-AFTER-SENDING" in draft.read_text(encoding="utf-8"),
            timeout=WAIT_MS,
        )

        exports = desk_home / "exports"
        exports.mkdir()
        assert store.export_csv(exports / "history.csv") == 3
        assert store.export_json(exports / "history.json", HistoryFilter()) == 3

        view = controller.show_history()
        qtbot.waitUntil(lambda: view.model.total == 3, timeout=WAIT_MS)
        shown: list[str] = []
        for row in range(3):
            view.table.selectRow(row)
            summary = view.model.summary(row)
            assert summary is not None
            qtbot.waitUntil(
                lambda summary=summary: (
                    view.current_record is not None and view.current_record.id == summary.id
                ),
                timeout=WAIT_MS,
            )
            shown += [w.text() for w in view.findChildren(QLabel)]
            shown += [w.text() for w in view.findChildren(QLineEdit)]
            shown += [w.toPlainText() for w in view.findChildren(QPlainTextEdit)]
            shown += [repr(view.current_record), str(view.current_record)]
        controller.close()
    finally:
        sandbox.stop()

    assert any(entry.status == 200 for entry in sandbox.request_log)
    assert (desk_home / "history.sqlite3").exists()
    assert list((desk_home / "drafts").glob("*.json"))
    assert _files_with_key(desk_home) == []
    assert [text for text in shown if KEY in text] == []
