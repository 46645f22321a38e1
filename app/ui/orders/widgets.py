"""Small pieces of the orders panel: the state page shown in the table's place, and icons.

The icons are painted (a magnifier, status dots) so that they look the same with or without a
desktop icon theme, and follow the palette where they use its colours.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPen, QPixmap, QTextDocumentFragment
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QProgressBar,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from app.ui.orders.model import STATUS_COLOURS


def themed_icon(name: QIcon.ThemeIcon, fallback: QStyle.StandardPixmap) -> QIcon:
    """The desktop theme's icon, else the style's standard one."""
    if QIcon.hasThemeIcon(name):
        return QIcon.fromTheme(name)
    return QApplication.style().standardIcon(fallback)


def search_icon(colour: QColor) -> QIcon:
    """A magnifier in `colour`; the theme's "edit-find" when there is one."""
    if QIcon.hasThemeIcon(QIcon.ThemeIcon.EditFind):
        return QIcon.fromTheme(QIcon.ThemeIcon.EditFind)
    icon = QIcon()
    for size in (16, 32, 48, 96):
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(colour, size / 9)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        radius = size * 0.27
        painter.drawEllipse(QPointF(size * 0.42, size * 0.42), radius, radius)
        painter.drawLine(QPointF(size * 0.62, size * 0.62), QPointF(size * 0.85, size * 0.85))
        painter.end()
        icon.addPixmap(pixmap)
    return icon


def status_toggle_icon(status: str) -> QIcon:
    """A dot in the status's colour: filled when the filter is on, a ring when it is off."""
    colour = QColor(STATUS_COLOURS.get(status, "#868e96"))
    icon = QIcon()
    for size in (16, 32):
        for state in (QIcon.State.On, QIcon.State.Off):
            pixmap = QPixmap(size, size)
            pixmap.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pixmap)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            inset = size * 0.25
            box = QRectF(inset, inset, size - 2 * inset, size - 2 * inset)
            if state == QIcon.State.On:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(colour)
            else:
                painter.setPen(QPen(colour, size / 12))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                box.adjust(size / 24, size / 24, -size / 24, -size / 24)
            painter.drawEllipse(box)
            painter.end()
            icon.addPixmap(pixmap, QIcon.Mode.Normal, state)
    return icon


class StatePage(QWidget):
    """What the table's place shows when there are no rows: loading, empty or an error.

    A centred icon, a title, a detail line (rich text: error codes in bold, a link to Kombo's
    log), an indeterminate progress bar while loading, and one action button.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ordersStatePage")
        self.icon = QLabel(self)
        self.icon.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title = QLabel(self)
        self.title.setObjectName("ordersStateTitle")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title.setWordWrap(True)
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.15)
        font.setBold(True)
        self.title.setFont(font)
        self.detail = QLabel(self)
        self.detail.setObjectName("ordersStateDetail")
        self.detail.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        self.detail.setOpenExternalLinks(True)
        self.busy = QProgressBar(self)
        self.busy.setObjectName("ordersStateBusy")
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setMaximumWidth(220)
        self.busy.setFixedHeight(8)
        self.button = QPushButton(self)
        self.button.setObjectName("ordersStateButton")

        box = QVBoxLayout(self)
        box.setContentsMargins(24, 24, 24, 24)
        box.setSpacing(10)
        box.addStretch(2)
        box.addWidget(self.icon)
        box.addWidget(self.title)
        box.addWidget(self.detail)
        box.addWidget(self.busy, 0, Qt.AlignmentFlag.AlignHCenter)
        box.addWidget(self.button, 0, Qt.AlignmentFlag.AlignHCenter)
        box.addStretch(3)

    def show_state(
        self,
        title: str,
        detail: str = "",
        *,
        icon: QIcon | None = None,
        busy: bool = False,
        button: str | None = None,
    ) -> None:
        """Show a state; `detail` is rich text (escape what came from outside)."""
        self.title.setText(title)
        self.detail.setText(detail)
        self.detail.setVisible(bool(detail))
        if icon is not None and not icon.isNull():
            self.icon.setPixmap(icon.pixmap(40, 40))
            self.icon.show()
        else:
            self.icon.clear()
            self.icon.hide()
        self.busy.setVisible(busy)
        self.button.setVisible(button is not None)
        if button is not None:
            self.button.setText(button)
        self.setAccessibleName(title)
        # Screen readers get the words, not the markup.
        self.setAccessibleDescription(QTextDocumentFragment.fromHtml(detail).toPlainText())
