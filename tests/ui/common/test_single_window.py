"""common/single_window.py: built on first use, brought forward when open, forgotten when
destroyed or dropped."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from app.ui.common.single_window import SingleWindow


def test_built_once_shown_again_and_rebuilt_after_destroyed(qtbot: QtBot) -> None:
    built: list[QWidget] = []

    def build() -> QWidget:
        widget = QWidget()
        built.append(widget)
        return widget

    windows: SingleWindow[QWidget] = SingleWindow(build)
    assert windows.widget is None  # nothing is built before it is asked for
    first = windows.show_instance()
    assert first.isVisible()
    first.hide()
    assert windows.show_instance() is first  # shown again, not a copy
    assert first.isVisible()
    assert len(built) == 1
    first.deleteLater()
    qtbot.waitUntil(lambda: windows.widget is None)
    second = windows.show_instance()
    assert second is not first
    second.close()


def test_a_forgotten_windows_late_destruction_keeps_the_new_one(qtbot: QtBot) -> None:
    windows: SingleWindow[QWidget] = SingleWindow(QWidget, first_show=lambda w: None)
    old = windows.show_instance()
    assert not old.isVisible()  # first_show decides how the first showing happens
    assert windows.forget() is old
    new = windows.show_instance()
    gone: list[bool] = []
    old.destroyed.connect(lambda *_: gone.append(True))
    old.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    qtbot.waitUntil(lambda: bool(gone))
    assert windows.widget is new
