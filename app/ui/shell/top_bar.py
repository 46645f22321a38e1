"""The bar above the form: [Connection: chooser …] [Order ID: field …], wrapping when narrow.

Each group keeps its label, field and buttons on one line; the groups sit side by side when the
window is wide and one above the other when it is not (a `FlowLayout`), so the bar never makes
the window wider than the wider group. Rooms add their buttons with `insert_after` (the
Connections… button after the chooser, Find order after the order ID).
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QSizePolicy, QWidget

from app.ui.common.flow_layout import FlowLayout

__all__ = ["TopBar"]


class TopBar(QWidget):
    """`topBar`: `connectionGroup` and `orderIdGroup`, wrapped by a flow layout."""

    def __init__(self, combo: QComboBox, order_id_edit: QLineEdit, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("topBar")
        connection_label = QLabel(self.tr("&Connection:"), self)
        connection_label.setBuddy(combo)
        order_label = QLabel(self.tr("&Order ID:"), self)
        order_label.setBuddy(order_id_edit)
        self.connection_group, self.connection_row = self._group("connectionGroup")
        self.connection_row.addWidget(connection_label)
        self.connection_row.addWidget(combo)
        self.order_group, self.order_row = self._group("orderIdGroup")
        self.order_row.addWidget(order_label)
        self.order_row.addWidget(order_id_edit, 1)
        # The order group takes the rest of the row (or the whole second row).
        self.order_group.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        flow = FlowLayout(self, spacing=16, row_spacing=6)
        flow.setContentsMargins(0, 0, 0, 0)
        flow.addWidget(self.connection_group)
        flow.addWidget(self.order_group)
        self._flow = flow

    def _group(self, name: str) -> tuple[QWidget, QHBoxLayout]:
        group = QWidget(self)
        group.setObjectName(name)
        row = QHBoxLayout(group)
        row.setContentsMargins(0, 0, 0, 0)
        return group, row

    def insert_after(self, anchor: QWidget, widget: QWidget) -> None:
        """Put `widget` right after `anchor` in the anchor's group (at the end if not found)."""
        for row in (self.connection_row, self.order_row):
            index = row.indexOf(anchor)
            if index >= 0:
                widget.setParent(row.parentWidget())
                row.insertWidget(index + 1, widget)
                return
        self.order_row.addWidget(widget)
