"""The cut-off check finds what it looks for (so a passing rendering test means something)."""

from __future__ import annotations

from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from tests.i18n.rendering_checks import cut_offs, plain

LONG = "Ergebnisübermittlungsbestätigung"


def test_plain_drops_mnemonics_and_the_shortcut_column() -> None:
    assert plain("&Datei") == "Datei"
    assert plain("Drag && Drop") == "Drag & Drop"
    assert plain("&Open\tCtrl+O") == "Open"


def test_each_kind_of_cut_text_is_found_and_room_enough_is_not(qtbot: QtBot) -> None:
    root = QWidget()
    qtbot.addWidget(root)
    layout = QVBoxLayout(root)
    label, button, check = QLabel(LONG), QPushButton(LONG), QCheckBox(LONG)
    group = QGroupBox(LONG)
    tabs = QTabWidget()
    tabs.addTab(QWidget(), LONG)
    tabs.addTab(QWidget(), "Zwei")
    table = QTableView()
    model = QStandardItemModel(1, 2)
    model.setHorizontalHeaderLabels([LONG, "B"])
    table.setModel(model)
    wrapped = QLabel(" ".join([LONG] * 6))
    wrapped.setWordWrap(True)
    for widget in (label, button, check, group, tabs, table, wrapped):
        layout.addWidget(widget)
    table.horizontalHeader().resizeSection(0, 260)
    root.resize(900, 600)
    root.show()
    qtbot.waitExposed(root)
    assert cut_offs(root) == []

    for widget in (label, button, check, group):
        widget.setFixedWidth(60)
    tabs.setFixedWidth(90)
    table.horizontalHeader().resizeSection(0, 40)
    wrapped.setFixedSize(120, 20)
    qtbot.waitUntil(lambda: label.width() == 60)
    found = "\n".join(cut_offs(root))
    for kind in ("QLabel", "QPushButton", "QCheckBox", "QGroupBox", "QTabBar", "QHeaderView"):
        assert kind in found, found
    assert "wraps to" in found
