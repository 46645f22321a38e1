"""Screenshots of the main window in its typical states, saved to artifacts/ to be looked at.

Each test also checks the state it shows, so a screenshot never silently shows the wrong thing.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from async_support import run_async
from editor_helpers import app_palette, dark_palette
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from window_helpers import fill_sample, make_window, send_and_wait, settle_layouts

from app.sandbox import SandboxServer
from app.ui.common import field_marks
from app.ui.shell.main_window import MainWindow
from app.ui.shell.screenshot import SCREENSHOT_SIZE, sent_sample_desk


def save(window: MainWindow, qtbot: QtBot, path: Path) -> Path:
    settle_layouts(window)  # grab() paints the marks; the layouts must be final first
    assert window.grab().save(str(path))
    assert path.stat().st_size > 10_000
    return path


def test_empty(qtbot: QtBot, sandbox: SandboxServer, artifacts_dir: Path) -> None:
    window = make_window(qtbot, sandbox)
    assert not window.send_button.isEnabled()
    save(window, qtbot, artifacts_dir / "main-window-empty.png")


@pytest.mark.parametrize("size", [(1280, 800), (1024, 700)])
def test_filled(
    qtbot: QtBot, sandbox: SandboxServer, artifacts_dir: Path, tmp_path: Path,
    size: tuple[int, int],
) -> None:  # fmt: skip
    window = make_window(qtbot, sandbox, size=size)
    fill_sample(window, sandbox.order_ids("OPEN")[0], tmp_path)
    assert window.send_button.isEnabled()
    save(window, qtbot, artifacts_dir / f"main-window-filled-{size[0]}x{size[1]}.png")


def test_with_errors(
    qtbot: QtBot, sandbox: SandboxServer, artifacts_dir: Path, tmp_path: Path
) -> None:
    window = make_window(qtbot, sandbox)
    state: dict[str, Any] = fill_sample(window, sandbox.order_ids("OPEN")[0], tmp_path)
    state["result_url"] = "assessments.example.com/results"
    state["score"] = "eighty"
    state["attributes"][2]["score"]["max"] = 0
    state["attachments"][1]["content_type"] = "application/octet-stream"
    window.load_form_state(state)
    window.tabs.setCurrentIndex(0)
    assert not window.send_button.isEnabled()
    assert field_marks.severity(window.result_form.result_url_edit) == "error"
    save(window, qtbot, artifacts_dir / "main-window-errors.png")


def _sent_with_warnings(
    qtbot: QtBot, qloop: Any, sandbox: SandboxServer, tmp_path: Path
) -> MainWindow:
    window = make_window(qtbot, sandbox)
    fill_sample(window, sandbox.order_ids("OPEN")[0], tmp_path)
    # Something before it that failed, as on a real day: Kombo refused a closed order.
    closed = make_window(qtbot, sandbox, show=False)
    state = window.form_state()
    closed.load_form_state({**state, "order_id": sandbox.order_ids("COMPLETED")[0],
                            "status": "CANCELLED"})  # fmt: skip
    failed = send_and_wait(qtbot, closed)
    for entry in closed.log_panel.entries:
        window.log_panel.add(entry.level, entry.text, link=entry.link, when=entry.when)
    assert failed.outcome == "api_error"
    record = send_and_wait(qtbot, window)
    assert record.outcome == "success"
    assert record.warnings
    window.tabs.setCurrentIndex(1)
    return window


def test_after_a_send_with_warnings(
    qtbot: QtBot, qloop: Any, sandbox: SandboxServer, artifacts_dir: Path, tmp_path: Path
) -> None:
    """The README's picture, taken as `--demo --screenshot` takes it: the window composed as
    the program composes it, the sample order chosen in the Orders dock, after the send."""
    desk, record = run_async(qloop, qtbot, sent_sample_desk(sandbox, tmp_path), 60000)
    window = desk.window
    try:
        settle_layouts(window)
        assert (window.width(), window.height()) == SCREENSHOT_SIZE
        # The rooms the program wires in, not a bare window.
        assert desk.profiles.connections_button.isVisible()
        assert desk.orders.find_button.isVisible()
        assert desk.orders.dock.isVisible()
        assert desk.history is not None
        chosen = desk.orders.panel.current_order()
        assert chosen is not None
        assert chosen.id == record.order_id
        assert window.current_order is not None
        assert window.current_order.id == record.order_id
        assert window.order_summary.isVisible()
        # After the send: written, every warning in the log, the newest line in sight.
        assert record.outcome == "success"
        assert record.warnings
        text = window.log_panel.plain_text()
        assert "Result written" in text
        assert [w for w in record.warnings if w not in text] == []
        bar = window.log_panel.verticalScrollBar()
        assert bar.maximum() > 0
        assert bar.value() == bar.maximum()
        assert window.statusBar().currentMessage().startswith("Result written")
        path = save(window, qtbot, artifacts_dir / "main-window-sent.png")
    finally:
        window.close()
        run_async(qloop, qtbot, desk.aclose())
    # The README shows this one; refreshed on request only, so a test run leaves the tree clean.
    if os.environ.get("RESULT_DESK_UPDATE_SCREENSHOTS") == "1":
        readme_copy = Path(__file__).resolve().parents[3] / "resources" / "screenshots"
        readme_copy.mkdir(parents=True, exist_ok=True)
        (readme_copy / "main-window.png").write_bytes(path.read_bytes())


def test_dark_palette(
    qtbot: QtBot, qloop: Any, sandbox: SandboxServer, artifacts_dir: Path, tmp_path: Path
) -> None:
    with app_palette(dark_palette()):
        window = _sent_with_warnings(qtbot, qloop, sandbox, tmp_path)
        text_colour = window.log_panel.palette().color(window.log_panel.foregroundRole())
        assert text_colour.lightness() > 150
        save(window, qtbot, artifacts_dir / "main-window-dark.png")
    for widget in window.findChildren(QWidget):
        assert widget.styleSheet() == "", f"{widget.objectName()} uses a style sheet"
    assert window.layoutDirection() == Qt.LayoutDirection.LeftToRight
