"""The send log's level icons are in its document whenever an entry shows one: from the first
entry, after Clear, and after a re-render (a palette change), though an empty log has none."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QPalette, QTextDocument
from pytestqt.qtbot import QtBot

from app.ui.send.log_panel import LogPanel


def _has_icon(panel: LogPanel, level: str) -> bool:
    resource = panel.document().resource(
        QTextDocument.ResourceType.ImageResource, QUrl(f"icon:{level}")
    )
    return resource is not None and not resource.isNull()


def test_level_icons_come_with_the_first_entry_and_after_clear(qtbot: QtBot) -> None:
    panel = LogPanel()
    qtbot.addWidget(panel)
    assert not _has_icon(panel, "warning")  # an empty log registers nothing
    panel.add("warning", "remote_fields.x was ignored")
    assert _has_icon(panel, "warning")
    assert _has_icon(panel, "none")

    panel.clear_entries()
    panel.add("error", "HTTP 500")
    assert _has_icon(panel, "error")
    assert _has_icon(panel, "success")

    # A palette change re-renders every entry into a cleared document.
    panel.setPalette(QPalette(panel.palette().color(QPalette.ColorRole.Window).darker()))
    assert panel.toPlainText().endswith("HTTP 500")
    assert _has_icon(panel, "error")
