"""field_marks: the message reaches tooltip and screen readers, the frame shows, clear undoes."""

from __future__ import annotations

from editor_helpers import dark_palette
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from app.ui.common import field_marks


def _frame_pixel(widget: QWidget) -> QColor:
    image = widget.grab().toImage()
    ratio = image.devicePixelRatio()
    # Halfway down the left edge, inside the 2 px frame.
    return image.pixelColor(int(1 * ratio), int(widget.height() / 2 * ratio))


def test_mark_sets_tooltip_description_and_frame_and_clear_restores(qtbot: QtBot) -> None:
    window = QWidget()
    layout = QVBoxLayout(window)
    edit = QLineEdit(window)
    edit.setToolTip("The score, e.g. 90")
    edit.setAccessibleDescription("Score")
    layout.addWidget(edit)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    plain = _frame_pixel(edit)

    field_marks.mark(edit, "Enter a number.")
    assert field_marks.message(edit) == "Enter a number."
    assert field_marks.severity(edit) == "error"
    assert edit.toolTip() == "Enter a number.\n\nThe score, e.g. 90"
    assert edit.accessibleDescription() == "Enter a number. Score"
    marked = _frame_pixel(edit)
    assert marked != plain
    assert marked.red() > marked.green()

    # Marking again replaces the message and keeps the original to restore.
    field_marks.mark(edit, "Above the maximum.", "warning")
    assert edit.toolTip() == "Above the maximum.\n\nThe score, e.g. 90"
    assert field_marks.severity(edit) == "warning"

    field_marks.mark(edit, None)
    assert field_marks.message(edit) is None
    assert field_marks.severity(edit) is None
    assert edit.toolTip() == "The score, e.g. 90"
    assert edit.accessibleDescription() == "Score"
    assert _frame_pixel(edit) == plain


def test_overlay_follows_resizes_and_works_on_scroll_areas_and_combos(qtbot: QtBot) -> None:
    text = QPlainTextEdit()
    combo = QComboBox()
    for widget in (text, combo):
        qtbot.addWidget(widget)
        widget.resize(200, 80)
        widget.show()
        qtbot.waitExposed(widget)
        field_marks.mark(widget, "Wrong.")
        widget.resize(300, 90)
        overlay = widget.findChild(QWidget, "fieldMarkOverlay")
        assert overlay is not None
        qtbot.waitUntil(lambda w=widget, o=overlay: o.geometry() == w.rect())
        assert overlay.isVisible()
        field_marks.clear(widget)
        assert not overlay.isVisible()


def test_colours_read_on_light_and_dark_palettes() -> None:
    light = QPalette(QColor("#efefef"))
    dark = dark_palette()
    for severity in ("error", "warning"):
        on_light = field_marks.mark_color(severity, light)
        on_dark = field_marks.mark_color(severity, dark)
        # Darker than the light window, lighter than the dark one.
        assert on_light.lightness() < light.color(QPalette.ColorRole.Window).lightness()
        assert on_dark.lightness() > dark.color(QPalette.ColorRole.Window).lightness()
        # A tinted cell keeps the text readable: far enough from the text colour.
        for palette in (light, dark):
            cell = field_marks.cell_background(severity, palette)
            text = field_marks.cell_foreground(severity, palette)
            assert abs(cell.lightness() - text.lightness()) > 100
