"""Mark a widget (or an item view's cell) as invalid or questionable, with its message.

One look for every field in the desk:
- the message becomes the widget's tooltip (before its own tooltip, which is kept) and its
  accessible description, so screen readers read it with the field;
- a frame is painted over the widget's edge by a small overlay (no style sheet, so the
  native style of the widget is untouched): solid for an error, dashed for a warning, in a
  colour chosen against the widget's palette so it reads in light and dark themes.

    field_marks.mark(edit, "Enter a number.")               # an error
    field_marks.mark(edit, "Above the maximum.", "warning")
    field_marks.mark(edit, None)                            # same as clear(edit)
    field_marks.clear(edit)
    field_marks.message(edit), field_marks.severity(edit)   # for tests and summaries

Item models use `cell_background`, `cell_foreground` and `severity_icon` for their cells.
"""

from __future__ import annotations

from typing import Literal

from PySide6.QtCore import QEvent, QObject, QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QApplication, QWidget

Severity = Literal["error", "warning"]

_ORIGINAL_TOOLTIP = "_fieldMarkOriginalToolTip"
_ORIGINAL_DESCRIPTION = "_fieldMarkOriginalDescription"
_MESSAGE = "fieldMarkMessage"
_SEVERITY = "fieldMarkSeverity"  # also usable from style sheets: [fieldMarkSeverity="error"]
_OVERLAY_NAME = "fieldMarkOverlay"

# Tuned by eye on Fusion's light palette and a typical dark one (see the editors' screenshots).
_COLORS: dict[tuple[Severity, bool], str] = {
    ("error", False): "#c62828",
    ("error", True): "#ff7070",
    ("warning", False): "#b25e00",
    ("warning", True): "#f5b942",
}


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def mark_color(severity: Severity, palette: QPalette | None = None) -> QColor:
    """The frame and icon colour for a severity, readable on `palette`."""
    palette = palette or QGuiApplication.palette()
    return QColor(_COLORS[(severity, is_dark(palette))])


def _blend(base: QColor, tint: QColor, amount: float) -> QColor:
    return QColor.fromRgbF(
        base.redF() + (tint.redF() - base.redF()) * amount,
        base.greenF() + (tint.greenF() - base.greenF()) * amount,
        base.blueF() + (tint.blueF() - base.blueF()) * amount,
    )


def cell_background(severity: Severity, palette: QPalette | None = None) -> QColor:
    """A tinted cell background; the normal text colour stays readable on it."""
    palette = palette or QGuiApplication.palette()
    base = palette.color(QPalette.ColorRole.Base)
    return _blend(base, mark_color(severity, palette), 0.32 if is_dark(palette) else 0.2)


def cell_foreground(severity: Severity, palette: QPalette | None = None) -> QColor:
    palette = palette or QGuiApplication.palette()
    return palette.color(QPalette.ColorRole.Text)


def unavailable_background(palette: QPalette | None = None) -> QColor:
    """Background for cells that do not apply to their row (visibly empty, not just blank)."""
    palette = palette or QGuiApplication.palette()
    base = palette.color(QPalette.ColorRole.Base)
    window = palette.color(QPalette.ColorRole.Window)
    # Dark palettes need the full step to Window to be told apart from Base.
    return _blend(base, window, 1.0 if is_dark(palette) else 0.75)


def severity_icon(severity: Severity) -> QIcon:
    theme = QIcon.ThemeIcon.DialogError if severity == "error" else QIcon.ThemeIcon.DialogWarning
    icon = QIcon.fromTheme(theme)
    if icon.isNull():
        from PySide6.QtWidgets import QStyle  # its enums cost ~7 ms: not before they are needed

        pixmap = (
            QStyle.StandardPixmap.SP_MessageBoxCritical
            if severity == "error"
            else QStyle.StandardPixmap.SP_MessageBoxWarning
        )
        icon = QApplication.style().standardIcon(pixmap)
    return icon


class _MarkOverlay(QWidget):
    """Paints the mark's frame over its parent's edge; never takes mouse or focus."""

    def __init__(self, target: QWidget) -> None:
        super().__init__(target)
        self._target = target
        self.setObjectName(_OVERLAY_NAME)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.severity: Severity = "error"
        target.installEventFilter(self)
        self.setGeometry(target.rect())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._target and event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self.setGeometry(self._target.rect())
            self.raise_()
        elif watched is self._target and event.type() == QEvent.Type.ChildAdded:
            self.raise_()
        return False

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        width = 2.0
        pen = QPen(mark_color(self.severity, self._target.palette()), width)
        if self.severity == "warning":
            pen.setStyle(Qt.PenStyle.CustomDashLine)
            pen.setDashPattern([3.0, 2.0])
        painter.setPen(pen)
        inset = width / 2
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(inset, inset, -inset, -inset), 3, 3)


def _overlay(widget: QWidget) -> _MarkOverlay | None:
    found = widget.findChild(_MarkOverlay, _OVERLAY_NAME, Qt.FindChildOption.FindDirectChildrenOnly)
    return found if isinstance(found, _MarkOverlay) else None


def mark(widget: QWidget, message: str | None, severity: Severity = "error") -> None:
    """Mark `widget` with `message` (None or "" clears the mark)."""
    if not message:
        clear(widget)
        return
    overlay = _overlay(widget)
    if (
        overlay is not None
        and overlay.isVisibleTo(widget)
        and widget.property(_MESSAGE) == message
        and widget.property(_SEVERITY) == severity
    ):
        return  # unchanged: repainting the overlay repaints the whole widget under it
    if widget.property(_MESSAGE) is None:
        widget.setProperty(_ORIGINAL_TOOLTIP, widget.toolTip())
        widget.setProperty(_ORIGINAL_DESCRIPTION, widget.accessibleDescription())
    original_tip = str(widget.property(_ORIGINAL_TOOLTIP) or "")
    original_description = str(widget.property(_ORIGINAL_DESCRIPTION) or "")
    widget.setProperty(_MESSAGE, message)
    widget.setProperty(_SEVERITY, severity)
    widget.setToolTip(f"{message}\n\n{original_tip}" if original_tip else message)
    widget.setAccessibleDescription(
        f"{message} {original_description}" if original_description else message
    )
    overlay = overlay or _MarkOverlay(widget)
    overlay.severity = severity
    overlay.setGeometry(widget.rect())
    overlay.show()
    overlay.raise_()
    overlay.update()


def clear(widget: QWidget) -> None:
    """Remove the mark and give the widget its own tooltip and description back."""
    if widget.property(_MESSAGE) is not None:
        widget.setToolTip(str(widget.property(_ORIGINAL_TOOLTIP) or ""))
        widget.setAccessibleDescription(str(widget.property(_ORIGINAL_DESCRIPTION) or ""))
        widget.setProperty(_MESSAGE, None)
        widget.setProperty(_SEVERITY, None)
    overlay = _overlay(widget)
    if overlay is not None:
        overlay.hide()


def message(widget: QWidget) -> str | None:
    """The message the widget is marked with, or None."""
    value = widget.property(_MESSAGE)
    return str(value) if value else None


def severity(widget: QWidget) -> Severity | None:
    value = widget.property(_SEVERITY)
    if value == "error":
        return "error"
    if value == "warning":
        return "warning"
    return None
