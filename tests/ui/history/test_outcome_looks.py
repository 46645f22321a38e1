"""Issue 12 item 6: each outcome in the History table has its own icon and colour, an unknown
outcome that a later write of its order made moot says so, and the Order column groups sends.

The window is opened with Ctrl+H at the main window, the Order header is clicked, and what the
table shows is read from its pixels (icon and text colour) and its cells' text."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from editor_helpers import press
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from window_helpers import make_window

from app.sandbox import SandboxServer
from app.store.history import HistoryEntry, OutcomeKind
from app.ui.history.controller import HistoryController
from app.ui.history.model import Column
from app.ui.history.view import HistoryWindow

INTEGRATION = "sandbox:demo"


def _entry(order_id: str, outcome: OutcomeKind, sent_at: datetime, **fields: Any) -> HistoryEntry:
    return HistoryEntry(
        order_id=order_id,
        outcome=outcome,
        base_url="https://api.kombo.dev/v1",
        integration_id=INTEGRATION,
        profile="Production EU",
        request={"status": "COMPLETED"},
        sent_at=sent_at,
        **fields,
    )


# One send per look, each to its own order (the text is what the table must show).
NOW = datetime.now(UTC).replace(microsecond=0)
LOOKS: dict[str, HistoryEntry] = {
    "Written": _entry("ORD-WRITTEN", OutcomeKind.SUCCESS, NOW - timedelta(minutes=50)),
    "Written, 1 warning": _entry(
        "ORD-WARNED", OutcomeKind.SUCCESS, NOW - timedelta(minutes=49), warnings=("renamed",)
    ),
    "Refused by Kombo": _entry(
        "ORD-REFUSED", OutcomeKind.API_ERROR, NOW - timedelta(minutes=48), http_status=400
    ),
    "No connection": _entry("ORD-FAILED", OutcomeKind.NETWORK_ERROR, NOW - timedelta(minutes=47)),
    "Outcome unknown": _entry(
        "ORD-UNKNOWN",
        OutcomeKind.API_ERROR,
        NOW - timedelta(minutes=46),
        http_status=500,
        outcome_unknown=True,
    ),
    "Sending…": _entry("ORD-SENDING", OutcomeKind.IN_FLIGHT, NOW - timedelta(minutes=45)),
    "Outcome unknown: Result Desk stopped": _entry(
        "ORD-STOPPED", OutcomeKind.INTERRUPTED, NOW - timedelta(minutes=44), outcome_unknown=True
    ),
    "File changed, not sent": _entry(
        "ORD-FILE", OutcomeKind.ATTACHMENT_CHANGED, NOW - timedelta(minutes=43)
    ),
}
# An unknown outcome, then a successful write of the same order two minutes later.
LATER = NOW - timedelta(minutes=20)
SUPERSEDED = [
    _entry(
        "ORD-AGAIN",
        OutcomeKind.NETWORK_ERROR,
        LATER - timedelta(minutes=2),
        outcome_unknown=True,
    ),
    _entry("ORD-AGAIN", OutcomeKind.SUCCESS, LATER),
]


@pytest.fixture
def history(qtbot: QtBot, qloop: Any, sandbox: SandboxServer) -> Iterator[HistoryWindow]:
    window = make_window(qtbot, sandbox)
    controller = HistoryController(window)
    assert controller.service.wait_opened()
    store = controller.service.store
    assert store is not None
    store.record_many([*LOOKS.values(), *SUPERSEDED])
    window.order_id_edit.setFocus()
    qtbot.waitUntil(window.order_id_edit.hasFocus)
    press(qtbot, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)  # View > History
    view = controller.history_window
    assert view is not None
    qtbot.waitExposed(view)
    qtbot.waitUntil(lambda: view.model.total == len(LOOKS) + 2 and not view.model.busy)
    view.resize(1400, 700)
    yield view
    controller.close()


def _cell(view: HistoryWindow, row: int, column: Column) -> QImage:
    """What the table paints in one cell (no selection: it would tint the row)."""
    view.table.clearSelection()
    view.table.setCurrentIndex(view.model.index(-1, -1))
    QApplication.processEvents()
    rect = view.table.visualRect(view.model.index(row, column))
    return view.table.viewport().grab(rect).toImage()


def _ink(image: QImage) -> QColor:
    """The mean colour of the pixels that differ from the cell's background (its right edge)."""
    background = image.pixelColor(image.width() - 2, image.height() // 2)
    reds = greens = blues = count = 0
    for x in range(image.width()):
        for y in range(image.height()):
            pixel = image.pixelColor(x, y)
            distance = (
                abs(pixel.red() - background.red())
                + abs(pixel.green() - background.green())
                + abs(pixel.blue() - background.blue())
            )
            if distance > 60:
                reds, greens, blues, count = (
                    reds + pixel.red(),
                    greens + pixel.green(),
                    blues + pixel.blue(),
                    count + 1,
                )
    assert count, "the cell shows nothing"
    return QColor(reds // count, greens // count, blues // count)


def _icon_area(view: HistoryWindow, row: int) -> QImage:
    image = _cell(view, row, Column.OUTCOME)
    side = view.table.iconSize().width() if view.table.iconSize().isValid() else 16
    return image.copy(0, 0, max(side, 16) + 6, image.height())


def _row_of(view: HistoryWindow, text: str) -> int:
    for row in range(view.model.rowCount()):
        if view.model.index(row, Column.OUTCOME).data() == text:
            return row
    raise AssertionError(f"no row reads {text!r}")


def test_each_outcome_has_its_own_icon_and_colour(qtbot: QtBot, history: HistoryWindow) -> None:
    view = history
    rows = {text: _row_of(view, text) for text in LOOKS}
    icons = {text: _icon_area(view, row) for text, row in rows.items()}
    texts = list(icons)
    for n, first in enumerate(texts):
        for second in texts[n + 1 :]:
            assert icons[first] != icons[second], f"{first!r} and {second!r} share an icon"
    # The two the issue names: different hues, not the same yellow and orange.
    warned = _ink(_cell(view, rows["Written, 1 warning"], Column.OUTCOME))
    unknown = _ink(_cell(view, rows["Outcome unknown"], Column.OUTCOME))
    assert abs(warned.hslHue() - unknown.hslHue()) > 60, (warned.name(), unknown.name())
    written = _ink(_cell(view, rows["Written"], Column.OUTCOME))
    refused = _ink(_cell(view, rows["Refused by Kombo"], Column.OUTCOME))
    assert written.green() > written.red()  # written reads green, refused red
    assert refused.red() > refused.green()


def test_an_unknown_outcome_a_later_write_superseded_says_so_muted(
    qtbot: QtBot, history: HistoryWindow
) -> None:
    view = history
    moment = LATER.astimezone().strftime("%H:%M")
    row = _row_of(view, f"Unknown — later written at {moment}")
    assert view.model.summary(row).order_id == "ORD-AGAIN"  # type: ignore[union-attr]
    still_unknown = _ink(_cell(view, _row_of(view, "Outcome unknown"), Column.OUTCOME))
    moot = _ink(_cell(view, row, Column.OUTCOME))
    saturation = moot.hslSaturation()
    assert saturation < 60, moot.name()  # muted grey, nothing left to check
    assert still_unknown.hslSaturation() > saturation
    # Its details say so too, and drop the "check Kombo's log" advice.
    view.table.setFocus()
    view.table.selectRow(row)
    qtbot.waitUntil(
        lambda: (
            view.current_record is not None
            and view.current_record.id
            == (
                view.model.summary(row).id  # type: ignore[union-attr]
            )
        )
    )
    assert f"later written at {moment}" in view.summary_label.text()
    assert "Check Kombo's log" not in view.summary_label.text()


def test_clicking_the_order_header_groups_the_sends_of_each_order(
    qtbot: QtBot, history: HistoryWindow
) -> None:
    view = history

    def orders() -> list[str]:
        return [view.model.index(r, Column.ORDER).data() for r in range(view.model.rowCount())]

    assert orders()[0] == "ORD-AGAIN"  # newest first: the write of ORD-AGAIN ...
    assert orders().index("ORD-AGAIN", 1) == 1  # ... then its unknown attempt
    header = view.table.horizontalHeader()
    x = header.sectionViewportPosition(Column.ORDER) + header.sectionSize(Column.ORDER) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    qtbot.waitUntil(lambda: view.model.by_order is not None and not view.model.busy)
    shown = orders()
    assert shown == sorted(shown, key=str.lower)  # ascending on the first click
    first = shown.index("ORD-AGAIN")
    assert shown[first + 1] == "ORD-AGAIN"  # the two attempts of one order stand together
    # The second row of a group shows its order ID muted; the first does not.
    lead = _ink(_cell(view, first, Column.ORDER))
    repeat = _ink(_cell(view, first + 1, Column.ORDER))
    assert repeat.lightness() > lead.lightness() + 30, (lead.name(), repeat.name())
    # A second click reverses; a click on another column goes back to the newest first.
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    qtbot.waitUntil(lambda: not view.model.busy and orders() != shown)
    assert orders() == shown[::-1]
    x = header.sectionViewportPosition(Column.CANDIDATE) + 10
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    qtbot.waitUntil(lambda: view.model.by_order is None and not view.model.busy)
    assert orders()[0] == "ORD-AGAIN"
    assert header.sortIndicatorSection() == Column.TIME
