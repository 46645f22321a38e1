"""A layout that puts its items in a row and wraps them onto more rows when the row is full.

Qt's flow layout example, with `insertWidget` for bars that other rooms add buttons to. A bar
in this layout needs only the width of its widest item, so it never holds a window wider than
a small screen: it grows taller instead (its parent layout asks `heightForWidth`).
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QWidget, QWidgetItem

__all__ = ["FlowLayout"]


class FlowLayout(QLayout):
    """Items left to right, wrapped; items in one row are centred vertically on each other.
    Items that expand horizontally share the width their row leaves free."""

    def __init__(
        self, parent: QWidget | None = None, spacing: int = -1, row_spacing: int = -1
    ) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self._row_spacing = row_spacing
        if parent is None:
            self.setContentsMargins(0, 0, 0, 0)

    # --- the items ------------------------------------------------------------------------

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def addLayout(self, layout: QLayout) -> None:
        """A group that stays on one line (a label and its field), wrapped as one item."""
        self.addChildLayout(layout)
        self.addItem(layout)
        self.invalidate()

    def insertWidget(self, index: int, widget: QWidget) -> None:
        """Like QBoxLayout.insertWidget: a negative index appends."""
        self.addChildWidget(widget)
        item = QWidgetItem(widget)
        if index < 0 or index > len(self._items):
            self._items.append(item)
        else:
            self._items.insert(index, item)
        self.invalidate()

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    # --- sizes ----------------------------------------------------------------------------

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), apply=False)

    def sizeHint(self) -> QSize:
        """Everything in one row."""
        visible = [item for item in self._items if not item.isEmpty()]
        margins = self.contentsMargins()
        width = sum(item.sizeHint().width() for item in visible)
        width += max(0, len(visible) - 1) * self._gap(Qt.Orientation.Horizontal)
        height = max((item.sizeHint().height() for item in visible), default=0)
        return QSize(width, height).grownBy(margins)

    def minimumSize(self) -> QSize:
        """The widest item: everything else can go onto more rows."""
        size = QSize()
        for item in self._items:
            if not item.isEmpty():
                size = size.expandedTo(item.minimumSize())
        return size.grownBy(self.contentsMargins())

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, apply=True)

    # --- arranging ------------------------------------------------------------------------

    def _gap(self, orientation: Qt.Orientation) -> int:
        chosen = self._spacing if orientation == Qt.Orientation.Horizontal else self._row_spacing
        if chosen >= 0:
            return chosen
        parent = self.parentWidget()
        if parent is None:
            return 6
        from PySide6.QtWidgets import QStyle  # its enums cost ~7 ms: only for a style's gap

        metric = (
            QStyle.PixelMetric.PM_LayoutHorizontalSpacing
            if orientation == Qt.Orientation.Horizontal
            else QStyle.PixelMetric.PM_LayoutVerticalSpacing
        )
        gap = parent.style().pixelMetric(metric, None, parent)
        return gap if gap >= 0 else 6

    def _arrange(self, rect: QRect, *, apply: bool) -> int:
        """Place the items in `rect` (when `apply`); the height they need."""
        area = rect.marginsRemoved(self.contentsMargins())
        h_gap, v_gap = self._gap(Qt.Orientation.Horizontal), self._gap(Qt.Orientation.Vertical)
        rows: list[list[tuple[QLayoutItem, QSize]]] = [[]]
        x = area.x()
        for item in self._items:
            if item.isEmpty():
                continue
            size = item.sizeHint().boundedTo(QSize(max(area.width(), 1), 1 << 20))
            size = size.expandedTo(item.minimumSize())
            if rows[-1] and x + size.width() > area.right() + 1:
                rows.append([])
                x = area.x()
            rows[-1].append((item, size))
            x += size.width() + h_gap
        y = area.y()
        for row in rows:
            if not row:
                continue
            height = max(size.height() for _item, size in row)
            used_width = sum(size.width() for _item, size in row) + h_gap * (len(row) - 1)
            growing = [
                item
                for item, _size in row
                if item.expandingDirections() & Qt.Orientation.Horizontal
            ]
            extra = max(0, area.width() - used_width) // max(1, len(growing))
            x = area.x()
            for item, size in row:
                if item in growing:  # expanding items share what the row leaves free
                    size = QSize(
                        min(size.width() + extra, item.maximumSize().width()), size.height()
                    )
                if apply:
                    top = y + (height - size.height()) // 2
                    item.setGeometry(QRect(QPoint(x, top), size))
                x += size.width() + h_gap
            y += height + v_gap
        used = y - v_gap - area.y() if any(rows) else 0
        margins: QMargins = self.contentsMargins()
        return max(0, used) + margins.top() + margins.bottom()
