"""Text that does not fit its widget, found with the widget's own font metrics.

For every visible QLabel, QAbstractButton (QPushButton, QToolButton with text, QCheckBox,
QRadioButton), QGroupBox title, QTabBar tab and horizontal QHeaderView section: the width the
text needs (mnemonic `&` removed, icons, indicators and the style's margins added) against the
width the widget has. A label that wraps is checked for height instead (its heightForWidth).
"""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics, QTextDocument
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QStyle,
    QTabBar,
    QToolButton,
    QWidget,
)

_MNEMONIC = re.compile(r"&(.)")
SLACK = 1  # rounding of fractional advances


def plain(text: str) -> str:
    """`text` as shown: `&x` is x, `&&` is &, a tab (a shortcut column) ends it."""
    return _MNEMONIC.sub(r"\1", text).split("\t")[0]


def _advance(metrics: QFontMetrics, text: str) -> int:
    return max((metrics.horizontalAdvance(line) for line in text.split("\n")), default=0)


def _name(widget: QWidget) -> str:
    return f"{type(widget).__name__}({widget.objectName() or '-'})"


def _label(label: QLabel) -> str | None:
    text = label.text()
    if not text or (label.pixmap() is not None and not label.pixmap().isNull()):
        return None
    room = label.contentsRect().width() - 2 * label.margin() - max(label.indent(), 0)
    if label.wordWrap():
        needed_height = label.heightForWidth(label.width())
        if needed_height > label.height() + SLACK:
            return f"{_name(label)} wraps to {needed_height} px in {label.height()}: {text!r}"
        return None
    rich = label.textFormat() == Qt.TextFormat.RichText or (
        label.textFormat() == Qt.TextFormat.AutoText and GuiQt.mightBeRichText(text)
    )
    if rich:
        document = QTextDocument()
        document.setDefaultFont(label.font())
        document.setDocumentMargin(0)
        document.setHtml(text)
        needed = int(document.idealWidth() + 0.999)
        shown = document.toPlainText()
    else:
        shown = plain(text) if label.buddy() is not None else text  # no buddy: "&" shows
        needed = _advance(label.fontMetrics(), shown)
    if needed > room + SLACK:
        return f"{_name(label)} needs {needed} px, has {room}: {shown!r}"
    return None


def _button(button: QAbstractButton) -> str | None:
    text = plain(button.text())
    if not text:
        return None
    if (
        isinstance(button, QToolButton)
        and button.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly
    ):
        return None
    if button.width() >= button.sizeHint().width():
        return None  # the style's own measure of text, icon, indicator and margins
    style = button.style()
    needed = _advance(button.fontMetrics(), text)
    if not button.icon().isNull():
        needed += button.iconSize().width() + 4
    if isinstance(button, QCheckBox):
        needed += style.pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth, None, button)
        needed += style.pixelMetric(QStyle.PixelMetric.PM_CheckBoxLabelSpacing, None, button)
    elif isinstance(button, QRadioButton):
        needed += style.pixelMetric(QStyle.PixelMetric.PM_ExclusiveIndicatorWidth, None, button)
        needed += style.pixelMetric(QStyle.PixelMetric.PM_RadioButtonLabelSpacing, None, button)
    elif isinstance(button, QPushButton | QToolButton):
        frame = style.pixelMetric(QStyle.PixelMetric.PM_DefaultFrameWidth, None, button)
        needed += 2 * frame + (4 if isinstance(button, QToolButton) else 8)
        if isinstance(button, QToolButton) and button.menu() is not None:
            needed += style.pixelMetric(QStyle.PixelMetric.PM_MenuButtonIndicator, None, button)
    if needed > button.width() + SLACK:
        return f"{_name(button)} needs {needed} px, has {button.width()}: {text!r}"
    return None


def _group(box: QGroupBox) -> str | None:
    title = plain(box.title())
    if not title:
        return None
    needed = _advance(box.fontMetrics(), title) + 8
    if box.isCheckable():
        needed += box.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth, None, box) + 4
    if needed > box.width() + SLACK:
        return f"{_name(box)} title needs {needed} px, has {box.width()}: {title!r}"
    return None


def _tabs(bar: QTabBar) -> list[str]:
    found: list[str] = []
    hspace = bar.style().pixelMetric(QStyle.PixelMetric.PM_TabBarTabHSpace, None, bar)
    for index in range(bar.count()):
        if not bar.isTabVisible(index):
            continue
        text = plain(bar.tabText(index))
        rect = bar.tabRect(index)
        needed = _advance(bar.fontMetrics(), text) + hspace
        if not bar.tabIcon(index).isNull():
            needed += bar.iconSize().width() + 4
        for side in (QTabBar.ButtonPosition.LeftSide, QTabBar.ButtonPosition.RightSide):
            if (extra := bar.tabButton(index, side)) is not None:
                needed += extra.width()
        if needed > rect.width() + SLACK:
            found.append(f"{_name(bar)} tab needs {needed} px, has {rect.width()}: {text!r}")
        elif rect.right() > bar.width():
            found.append(f"{_name(bar)} tab {text!r} lies beyond the bar (scrolled away)")
    return found


def _sections(header: QHeaderView) -> list[str]:
    if header.orientation() != Qt.Orientation.Horizontal or header.model() is None:
        return []
    found: list[str] = []
    style = header.style()
    margin = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    mark = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, None, header)
    model = header.model()
    for logical in range(header.count()):
        if header.isSectionHidden(logical):
            continue
        text = model.headerData(logical, Qt.Orientation.Horizontal)
        if not isinstance(text, str) or not text:
            continue
        needed = _advance(header.fontMetrics(), text) + 2 * margin
        if header.isSortIndicatorShown() and header.sortIndicatorSection() == logical:
            needed += mark + margin
        size = header.sectionSize(logical)
        if needed > size + SLACK:
            found.append(f"{_name(header)} column needs {needed} px, has {size}: {text!r}")
    return found


def cut_offs(root: QWidget) -> list[str]:
    """Every visible text in `root` (and its children) that is wider than its space."""
    found: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible() or widget.width() <= 0:
            continue
        problem: str | None = None
        if isinstance(widget, QLabel):
            problem = _label(widget)
        elif isinstance(widget, QAbstractButton):
            problem = _button(widget)
        elif isinstance(widget, QGroupBox):
            problem = _group(widget)
        elif isinstance(widget, QTabBar):
            found += _tabs(widget)
        elif isinstance(widget, QHeaderView):
            found += _sections(widget)
        if problem:
            found.append(problem)
    return found
