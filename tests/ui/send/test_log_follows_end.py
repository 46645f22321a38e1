"""The send log keeps its newest line in sight when its view shrinks (the status bar's message
after a send, a narrower column), and leaves a person who scrolled up where they are."""

from __future__ import annotations

from editor_helpers import show_active
from pytestqt.qtbot import QtBot
from window_helpers import settle_layouts

from app.ui.send.log_panel import LogPanel


def _filled(qtbot: QtBot) -> LogPanel:
    panel = LogPanel()
    qtbot.addWidget(panel)
    panel.resize(320, 240)
    show_active(qtbot, panel)
    for n in range(12):
        panel.add("warning", f"Kombo warning {n}: remote_fields.x was ignored for this ATS.")
    bar = panel.verticalScrollBar()
    assert bar.maximum() > 0
    assert bar.value() == bar.maximum()
    return panel


def test_at_the_end_it_stays_at_the_end_when_the_view_shrinks(qtbot: QtBot) -> None:
    panel = _filled(qtbot)
    panel.resize(260, 160)  # shorter, and narrower: the lines wrap onto more rows
    settle_layouts(panel)
    bar = panel.verticalScrollBar()
    assert bar.maximum() > 0
    assert bar.value() == bar.maximum()
    assert panel.toPlainText().endswith("ignored for this ATS.")


def test_scrolled_up_it_stays_put(qtbot: QtBot) -> None:
    panel = _filled(qtbot)
    bar = panel.verticalScrollBar()
    bar.setValue(0)  # the person went back to the first entry
    panel.resize(260, 160)
    settle_layouts(panel)
    assert bar.value() == 0
    assert bar.maximum() > 0
