"""Message boxes share their standard icon's pixmap (issue 17: one new QPixmapCache entry per
box made a long session with a "Send again?" question per send grow by 5 MB per 600 sends)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from app.ui.common.message_icons import MessageIconStyle, install_message_icon_style


@pytest.fixture
def icon_style(qapp: QApplication) -> Iterator[QApplication]:
    before = qapp.style().name()
    install_message_icon_style(qapp)
    yield qapp
    qapp.setStyle(before)


def answer_boxes(parent: QWidget, icon: QMessageBox.Icon, count: int) -> set[int]:
    """Open `count` boxes as the window does (parented, open(), answered, deleteLater) and
    return the distinct pixmaps they showed."""
    keys: set[int] = set()
    for number in range(count):
        box = QMessageBox(parent)
        box.setIcon(icon)
        box.setText(f"Order {number} was written a moment ago. Write it again?")
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.open()
        keys.add(box.iconPixmap().cacheKey())
        box.done(0)
        box.deleteLater()
    return keys


@pytest.mark.parametrize(
    "icon",
    [
        QMessageBox.Icon.Question,
        QMessageBox.Icon.Warning,
        QMessageBox.Icon.Critical,
        QMessageBox.Icon.Information,
    ],
)
def test_every_box_shows_the_same_icon_pixmap(
    icon_style: QApplication, qtbot: QtBot, icon: QMessageBox.Icon
) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    keys = answer_boxes(window, icon, 20)
    assert len(keys) == 1
    assert next(iter(keys)) != 0  # a real pixmap, not a null one


def test_the_style_is_installed_once_and_keeps_the_look(icon_style: QApplication) -> None:
    style = icon_style.style()
    assert isinstance(style, MessageIconStyle)
    install_message_icon_style(icon_style)
    assert icon_style.style() is style
    # Other standard icons still come from the wrapped style.
    assert not style.standardIcon(style.StandardPixmap.SP_DialogOkButton).isNull()
