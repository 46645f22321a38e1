"""`ordersTable`: the loaded orders as a table, its columns, its menu and how an order is chosen.

Columns are sized to their content and to the dock: each column wants the width of its widest
loaded cell (or its title), the four text columns (candidate, email, job, package) capped so
one long email does not push Status and Order ID out of sight. When the dock is wider than
that, the text columns share the extra; when it is narrower, they give up width first (down to
`_FLOOR`), so Status and Order ID stay whole and sideways scrolling starts only when even that
does not fit. A column the person resized by hand keeps its width (remembered with the header).

Cells are measured as rows arrive (a page at a time), never all 10,000 at once: the widths
only grow until the next first page replaces the rows.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QItemSelectionModel,
    QModelIndex,
    QPoint,
    QSettings,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QFont,
    QFontDatabase,
    QFontMetrics,
    QGuiApplication,
    QIcon,
    QKeyEvent,
    QKeySequence,
    QResizeEvent,
)
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QMenu, QStyle, QTableView, QWidget

from app.ui.orders.model import (
    COL_CANDIDATE,
    COL_EMAIL,
    COL_JOB,
    COL_ORDER_ID,
    COL_PACKAGE,
    COL_STATUS,
    COLUMN_COUNT,
    OrdersProxyModel,
)
from app.ui.orders.widgets import themed_icon

if TYPE_CHECKING:
    from app.kombo.responses import Order

_SETTINGS_HEADER = "ordersPanel/header"
_SETTINGS_HAND_SIZED = "ordersPanel/handSizedColumns"
# The text columns: capped when fitted, and the ones that give and take width with the dock.
_TEXT_CAPS = {COL_CANDIDATE: 220, COL_EMAIL: 260, COL_JOB: 240, COL_PACKAGE: 200}
_FLOOR = 60  # a text column narrower than this shows only an ellipsis
_CELL_PADDING = 16  # the style's cell margins and a little air
# How many rows of a page are measured; the rest of a page rarely holds a wider cell.
_MEASURED_ROWS = 200


class OrdersTableView(QTableView):
    """The orders table: columns fitted to content and width, copy, context menu, choosing."""

    #: An order was chosen (double-click, Enter or "Use this order"): `Order`.
    order_chosen = Signal(object)

    def __init__(self, proxy: OrdersProxyModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ordersTable")
        self.setAccessibleName(self.tr("Orders"))
        self.proxy = proxy
        self.orders = proxy.orders_model()
        self.setModel(proxy)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setShowGrid(False)
        self.setCornerButtonEnabled(False)
        self.setTabKeyNavigation(False)  # Tab leaves the table; the arrows move in it
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        vertical = self.verticalHeader()
        vertical.hide()
        # Fixed row heights: the view never measures 10,000 rows.
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # The fitting below fills the width; a stretched last section would fight it.
        header.setStretchLastSection(False)
        header.setHighlightSections(False)
        header.setSectionsMovable(True)
        # Unsorted (server order) until a header is clicked.
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.setSortingEnabled(True)
        header.setSortIndicatorClearable(True)

        self._content = [0] * COLUMN_COUNT  # the widest measured cell of each column
        self._hand_sized: set[int] = set()
        self._fitting = False
        header.sectionResized.connect(self._section_resized)
        self.orders.modelReset.connect(self._measure_all)
        self.orders.rowsInserted.connect(self._rows_inserted)
        self.orders.dataChanged.connect(self._rows_changed)
        self._measure_all()

        self._build_actions()
        self.doubleClicked.connect(self._on_double_clicked)
        self.customContextMenuRequested.connect(self._show_context_menu)

    def _build_actions(self) -> None:
        self.copy_action = QAction(self.tr("Copy order ID"), self)
        self.copy_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Copy))
        self.copy_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.copy_action.setIcon(
            themed_icon(QIcon.ThemeIcon.EditCopy, QStyle.StandardPixmap.SP_FileIcon)
        )
        self.addAction(self.copy_action)
        self.copy_email_action = QAction(self.tr("Copy email"), self)
        self.choose_action = QAction(self.tr("Use this order"), self)
        font = QFont(self.choose_action.font())
        font.setBold(True)
        self.choose_action.setFont(font)
        self.copy_action.triggered.connect(self.copy_selected_ids)
        self.copy_email_action.triggered.connect(self._copy_selected_emails)
        self.choose_action.triggered.connect(self.choose_current)

    # --- choosing and selection -----------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.choose_current()
            return
        super().keyPressEvent(event)

    def _on_double_clicked(self, index: QModelIndex) -> None:
        if index.isValid():
            self.order_chosen.emit(self.proxy.order_at(index.row()))

    def current_order(self) -> Order | None:
        index = self.currentIndex()
        if not index.isValid():
            return None
        return self.proxy.order_at(index.row())

    def choose_current(self) -> None:
        order = self.current_order()
        if order is not None:
            self.order_chosen.emit(order)

    def selected_source_rows(self) -> list[int]:
        rows = sorted({i.row() for i in self.selectionModel().selectedRows()})
        if not rows and self.currentIndex().isValid():
            rows = [self.currentIndex().row()]
        return [self.proxy.source_row(r) for r in rows]

    def selected_order_ids(self) -> list[str]:
        return [self.orders.order_id_at(r) for r in self.selected_source_rows()]

    def copy_selected_ids(self) -> None:
        """Copy the selected rows' order IDs, one per line (context menu, Ctrl+C)."""
        ids = self.selected_order_ids()
        if ids:
            QGuiApplication.clipboard().setText("\n".join(ids))

    def _copy_selected_emails(self) -> None:
        emails = [self.orders.email_at(r) for r in self.selected_source_rows()]
        if emails:
            QGuiApplication.clipboard().setText("\n".join(emails))

    def replace_orders(self, orders: list[Order]) -> None:
        """Show a new first page, keeping the current order current if it is still there."""
        current = self.currentIndex()
        current_id = (
            self.orders.order_id_at(self.proxy.source_row(current.row()))
            if current.isValid()
            else None
        )
        self.orders.replace_orders(orders)
        if current_id is not None:
            self.select_order_id(current_id)

    def select_order_id(self, order_id: str) -> None:
        row = self.orders.row_of(order_id)
        if row < 0:
            return
        proxy_index = self.proxy.mapFromSource(self.orders.index(row, 0))
        if proxy_index.isValid():
            self.setCurrentIndex(proxy_index)

    def focus_first_row(self) -> None:
        """Focus the table, on the first row when none is current."""
        if not self.currentIndex().isValid() and self.proxy.rowCount():
            self.setCurrentIndex(self.proxy.index(0, 0))
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    def rows_left_below(self, value: int) -> float:
        """How many rows lie below the view when the scroll bar is at `value`."""
        bar = self.verticalScrollBar()
        return (bar.maximum() - value) / max(1, self.verticalHeader().defaultSectionSize())

    def _show_context_menu(self, pos: QPoint) -> None:
        index = self.indexAt(pos)
        if not index.isValid():
            return
        if not self.selectionModel().isRowSelected(index.row(), QModelIndex()):
            self.setCurrentIndex(index)
        else:
            self.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.NoUpdate)
        many = len(self.selectionModel().selectedRows()) > 1
        self.copy_action.setText(self.tr("Copy order IDs") if many else self.tr("Copy order ID"))
        self.copy_email_action.setText(self.tr("Copy emails") if many else self.tr("Copy email"))
        menu = QMenu(self)
        menu.addAction(self.choose_action)
        menu.addSeparator()
        menu.addAction(self.copy_action)
        menu.addAction(self.copy_email_action)
        menu.popup(self.viewport().mapToGlobal(pos))

    # --- column widths --------------------------------------------------------------------

    def _measure_all(self) -> None:
        header = self.horizontalHeader()
        self._content = [header.sectionSizeFromContents(c).width() for c in range(COLUMN_COUNT)]
        self._measure(0, self.orders.rowCount() - 1)

    def _rows_inserted(self, _parent: QModelIndex, first: int, last: int) -> None:
        self._measure(first, last)

    def _rows_changed(self, top: QModelIndex, bottom: QModelIndex, *_roles: object) -> None:
        self._measure(top.row(), bottom.row())

    def _measure(self, first: int, last: int) -> None:
        last = min(last, first + _MEASURED_ROWS - 1)
        if last >= first >= 0:
            metrics = self.fontMetrics()
            mono = QFontMetrics(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
            icon = self.iconSize().width() if self.iconSize().isValid() else 16
            model = self.orders
            for column in range(COLUMN_COUNT):
                measure = mono if column == COL_ORDER_ID else metrics
                extra = _CELL_PADDING + (icon + 4 if column == COL_STATUS else 0)
                widest = max(
                    measure.horizontalAdvance(str(model.index(row, column).data() or ""))
                    for row in range(first, last + 1)
                )
                self._content[column] = max(self._content[column], widest + extra)
        self.fit_columns()

    def wanted_widths(self) -> list[int]:
        """Each column's width before the dock is taken into account."""
        return [
            min(width, _TEXT_CAPS[column]) if column in _TEXT_CAPS else width
            for column, width in enumerate(self._content)
        ]

    def fit_columns(self) -> None:
        """Give each column its content's width, then fit the text columns to the viewport."""
        header = self.horizontalHeader()
        shown = [c for c in range(COLUMN_COUNT) if not header.isSectionHidden(c)]
        widths = dict(zip(range(COLUMN_COUNT), self.wanted_widths(), strict=True))
        for column in self._hand_sized:
            widths[column] = header.sectionSize(column)
        elastic = [c for c in shown if c in _TEXT_CAPS and c not in self._hand_sized]
        spare = self.viewport().width() - sum(widths[c] for c in shown)
        if elastic and spare > 0:
            share, rest = divmod(spare, len(elastic))
            for n, column in enumerate(elastic):
                widths[column] += share + (1 if n < rest else 0)
        elif elastic and spare < 0:
            give = {c: max(0, widths[c] - _FLOOR) for c in elastic}
            available = sum(give.values())
            if available:
                part = min(1.0, -spare / available)
                for column in elastic:
                    widths[column] -= math.ceil(give[column] * part)  # never wider than room
        self._fitting = True
        try:
            for column in shown:
                if header.sectionSize(column) != widths[column]:
                    header.resizeSection(column, widths[column])
        finally:
            self._fitting = False

    def _section_resized(self, column: int, _old: int, _new: int) -> None:
        if not self._fitting:
            self._hand_sized.add(column)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_columns()

    # --- settings -------------------------------------------------------------------------

    def restore_header(self, settings: QSettings) -> None:
        state = settings.value(_SETTINGS_HEADER)
        hand_sized = settings.value(_SETTINGS_HAND_SIZED, [], list)
        if state is not None:
            self._fitting = True
            try:
                self.horizontalHeader().restoreState(state)
            finally:
                self._fitting = False
            self.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
            listed = hand_sized if isinstance(hand_sized, list) else []
            self._hand_sized = {
                int(c) for c in listed if str(c).isdigit() and int(c) < COLUMN_COUNT
            }
        self.horizontalHeader().setStretchLastSection(False)
        self.fit_columns()

    def save_header(self, settings: QSettings) -> None:
        """Column order and widths, and which widths the person chose by hand."""
        settings.setValue(_SETTINGS_HEADER, self.horizontalHeader().saveState())
        settings.setValue(_SETTINGS_HAND_SIZED, sorted(self._hand_sized))
