"""The Preferences dialog's labels: every mnemonic reaches its field (none shows a bare "&")."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from app.ui.common.preferences import DeskPreferences
from app.ui.preferences.dialog import PreferencesDialog


async def _never(*_args: object) -> str:
    raise AssertionError("not asked")


def test_alt_c_on_the_team_page_reaches_the_ca_file_field(qtbot: QtBot) -> None:
    dialog = PreferencesDialog(DeskPreferences(), _never, _never)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitActive(dialog)
    dialog.tabs.setCurrentIndex(1)
    dialog.host_edit.setFocus()
    qtbot.waitUntil(dialog.host_edit.hasFocus, timeout=2000)
    QTest.keyClick(dialog, Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.ca_edit, timeout=2000)
    shown = [label.text() for label in dialog.findChildren(QLabel) if label.isVisible()]
    assert all(
        label.buddy() is not None for label in dialog.findChildren(QLabel) if "&" in label.text()
    ), shown
