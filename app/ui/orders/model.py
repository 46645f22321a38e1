"""The orders table's model and its search/sort proxy.

`OrdersModel` keeps one small tuple per order: the strings the table shows, a lowercase
"haystack" that the search box matches against, and the order's JSON. It does not keep the
pydantic `Order`s: with their nested models those cost about 8 KB each (80 MB for 10,000
orders), the tuple and the JSON about 2 KB (`tests/perf/orders_bench.py` prints both). An
`Order` is parsed again from its JSON when one is asked for (tens of microseconds).

Sorting happens here, in Python, with one key per row. `QSortFilterProxyModel`'s own sort calls
back into Python for every comparison, which took over a second for 10,000 rows; a key sort takes
milliseconds. `OrdersProxyModel.sort()` therefore hands sorting to the source model and keeps only
the filtering, which is one cheap call per row.
"""

from __future__ import annotations

import re
import sys
import unicodedata
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, NamedTuple

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor, QFontDatabase, QIcon, QPainter, QPixmap

from app.kombo.constants import OrderStatus

if TYPE_CHECKING:
    from app.kombo.responses import Order

AnyIndex = QModelIndex | QPersistentModelIndex

COL_CANDIDATE, COL_EMAIL, COL_JOB, COL_PACKAGE, COL_STATUS, COL_ORDER_ID = range(6)
COLUMN_COUNT = 6

#: The `Order` behind a row, for any column.
OrderRole = int(Qt.ItemDataRole.UserRole) + 1

_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_FONT = int(Qt.ItemDataRole.FontRole)
_DECORATION = int(Qt.ItemDataRole.DecorationRole)
_ACCESSIBLE = int(Qt.ItemDataRole.AccessibleTextRole)


def _tr(text: str) -> str:
    return QCoreApplication.translate("OrdersModel", text)


def _column_titles() -> tuple[str, ...]:
    return (
        _tr("Candidate"),
        _tr("Email"),
        _tr("Job"),
        _tr("Package"),
        _tr("Status"),
        _tr("Order ID"),
    )


def status_label(status: str) -> str:
    """The word shown for a status; unknown statuses are shown as Kombo sent them."""
    labels = {
        OrderStatus.OPEN: _tr("Open"),
        OrderStatus.COMPLETED: _tr("Completed"),
        OrderStatus.CANCELLED: _tr("Cancelled"),
        OrderStatus.REJECTED: _tr("Rejected"),
    }
    return labels.get(status, status)  # type: ignore[call-overload, no-any-return]


# Mid-tone colours that read on light and dark backgrounds alike.
STATUS_COLOURS = {
    OrderStatus.OPEN.value: "#2f80ed",
    OrderStatus.COMPLETED.value: "#2f9e44",
    OrderStatus.CANCELLED.value: "#868e96",
    OrderStatus.REJECTED.value: "#e03131",
}


def status_icon(status: str) -> QIcon | None:
    """A small coloured dot for a known status (beside its word, never instead of it)."""
    colour = STATUS_COLOURS.get(status)
    if colour is None:
        return None
    icon = QIcon()
    for size in (8, 16):
        pixmap = QPixmap(size * 2, size * 2)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(colour))
        inset = size // 2
        painter.drawEllipse(inset, inset, size, size)
        painter.end()
        pixmap.setDevicePixelRatio(2.0)
        icon.addPixmap(pixmap)
    return icon


def _parse_order(raw: bytes) -> Order:
    # pydantic loads with the first page of orders, not with the (possibly empty) panel.
    from app.kombo.responses import Order

    return Order.model_validate_json(raw)


class _Row(NamedTuple):
    raw: bytes  # the order's JSON, parsed again only when the order itself is wanted
    seq: int  # position in load order, so "unsorted" can be restored and ties stay stable
    order_id: str
    name: str  # "" when the ATS sent no name
    email: str
    job: str
    location: str
    package_id: str
    status: str
    haystack: str


# The overload that carries the hint (PySide picks the no-argument one otherwise); the hint
# tells proxies that only the row order changed.
_LAYOUT_SIGNATURE = ("QList<QPersistentModelIndex>", "QAbstractItemModel::LayoutChangeHint")


_COMBINING_MARKS = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")


def fold(text: str) -> str:
    """Case- and accent-insensitive form: "Émile Weiß" -> "emile weiss".

    Used for sorting ("Émile" beside "Emil", not after "Zoe") and searching (typing "emile"
    finds "Émile"). Letters without a decomposition (ł, ø) stay as they are.
    """
    folded = text.casefold()
    if folded.isascii():
        return folded
    return _COMBINING_MARKS.sub("", unicodedata.normalize("NFKD", folded))


class OrdersModel(QAbstractTableModel):
    """Loaded orders, one row each, in load order or sorted by one column."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[_Row] = []
        self._package_names: dict[str, str] = {}
        self._sort_column = -1
        self._sort_order = Qt.SortOrder.AscendingOrder
        self._titles = _column_titles()
        self._mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        self._status_labels: dict[str, str] = {}
        self._status_icons: dict[str, QIcon | None] = {}

    # --- reading --------------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMN_COUNT

    def data(self, index: AnyIndex, role: int = _DISPLAY) -> Any:
        row = self._rows[index.row()]
        column = index.column()
        if role in (_DISPLAY, _ACCESSIBLE):
            return self._display(row, column)
        if role == OrderRole:
            return _parse_order(row.raw)
        if role == _TOOLTIP:
            return self._tooltip(row, column)
        if role == _FONT and column == COL_ORDER_ID:
            return self._mono
        if role == _DECORATION and column == COL_STATUS:
            if row.status not in self._status_icons:
                self._status_icons[row.status] = status_icon(row.status)
            return self._status_icons[row.status]
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == _DISPLAY:
            return self._titles[section] if 0 <= section < COLUMN_COUNT else None
        return None

    def _display(self, row: _Row, column: int) -> str:
        if column == COL_CANDIDATE:
            return row.name or "—"
        if column == COL_EMAIL:
            return row.email
        if column == COL_JOB:
            return row.job or "—"
        if column == COL_PACKAGE:
            return self._package_names.get(row.package_id, row.package_id)
        if column == COL_STATUS:
            label = self._status_labels.get(row.status)
            if label is None:
                label = self._status_labels[row.status] = status_label(row.status)
            return label
        return row.order_id

    def _tooltip(self, row: _Row, column: int) -> str | None:
        if column == COL_PACKAGE:
            name = self._package_names.get(row.package_id)
            return f"{name} ({row.package_id})" if name else row.package_id
        if column == COL_JOB:
            return " · ".join(p for p in (row.job, row.location) if p) or None
        if column in (COL_CANDIDATE, COL_EMAIL):
            return " · ".join(p for p in (row.name, row.email) if p)
        if column == COL_ORDER_ID:
            return row.order_id
        return None

    def order_at(self, row: int) -> Order:
        """The order of a row, parsed from the JSON kept for it."""
        return _parse_order(self._rows[row].raw)

    def order_id_at(self, row: int) -> str:
        return self._rows[row].order_id

    def email_at(self, row: int) -> str:
        return self._rows[row].email

    def haystack(self, row: int) -> str:
        return self._rows[row].haystack

    def orders(self) -> list[Order]:
        """The loaded orders in the model's current row order (parsed: for tests and tools)."""
        return [_parse_order(r.raw) for r in self._rows]

    def order_ids(self) -> list[str]:
        return [r.order_id for r in self._rows]

    def row_of(self, order_id: str) -> int:
        """The row of an order, or -1."""
        for i, row in enumerate(self._rows):
            if row.order_id == order_id:
                return i
        return -1

    def package_name(self, package_id: str) -> str | None:
        return self._package_names.get(package_id)

    # --- changing -------------------------------------------------------------------------

    def clear(self) -> None:
        if not self._rows:
            return
        self.beginResetModel()
        self._rows = []
        self.endResetModel()

    def replace_orders(self, orders: Sequence[Order]) -> None:
        """Show exactly these orders (a new first page): one model reset, not a row diff."""
        self.beginResetModel()
        self._rows = [self._make_row(o, i) for i, o in enumerate(orders)]
        if self._sort_column >= 0:
            self._rows.sort(key=self._sort_key_function(), reverse=self._reverse())
        self.endResetModel()

    def append_orders(self, orders: Sequence[Order]) -> None:
        """Add a further page below the loaded rows (then re-sort, if a sort is active)."""
        if not orders:
            return
        start = len(self._rows)
        seq = max((r.seq for r in self._rows), default=-1) + 1
        self.beginInsertRows(QModelIndex(), start, start + len(orders) - 1)
        self._rows.extend(self._make_row(o, seq + i) for i, o in enumerate(orders))
        self.endInsertRows()
        if self._sort_column >= 0:
            self._resort()

    def set_order_status(self, order_id: str, status: str) -> None:
        """A loaded order whose status a send just changed: its row shows the new one."""
        row = self.row_of(order_id)
        if row < 0:
            return
        order = self.order_at(row).model_copy(update={"status": status})
        self._rows[row] = self._make_row(order, self._rows[row].seq)
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def set_package_names(self, names: Mapping[str, str]) -> None:
        """Package names from `GET /assessment/packages`; shown instead of their ids."""
        self._package_names = dict(names)
        self._rows = [r._replace(haystack=self._haystack(r)) for r in self._rows]
        if self._rows:
            top, bottom = self.index(0, COL_PACKAGE), self.index(len(self._rows) - 1, COL_PACKAGE)
            self.dataChanged.emit(top, bottom, [_DISPLAY, _TOOLTIP])
        if self._sort_column == COL_PACKAGE:
            self._resort()

    def _make_row(self, order: Order, seq: int) -> _Row:
        candidate = order.candidate
        job = order.job
        intern = sys.intern  # jobs, packages and statuses repeat across thousands of orders
        row = _Row(
            raw=order.__pydantic_serializer__.to_json(order),
            seq=seq,
            order_id=order.id,
            name=" ".join(p for p in (candidate.first_name, candidate.last_name) if p),
            email=candidate.email,
            job=intern(job.name or ""),
            location=intern(job.location.display if job.location else ""),
            package_id=intern(order.package_id),
            status=intern(order.status),
            haystack="",
        )
        return row._replace(haystack=self._haystack(row))

    def _haystack(self, row: _Row) -> str:
        package = self._package_names.get(row.package_id, "")
        parts = (row.name, row.email, row.job, package, row.package_id, row.order_id)
        return fold(" ".join(parts))

    # --- sorting --------------------------------------------------------------------------

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by `column`; -1 restores the order the rows were loaded in."""
        self._sort_column = column if 0 <= column < COLUMN_COUNT else -1
        self._sort_order = order
        self._resort()

    def _reverse(self) -> bool:
        return self._sort_column >= 0 and self._sort_order == Qt.SortOrder.DescendingOrder

    def _sort_key_function(self) -> Any:
        column = self._sort_column
        if column < 0:
            return lambda r: r.seq
        display = self._display
        # Empty cells ("—") go last in ascending order, as in most spreadsheets.
        if column in (COL_CANDIDATE, COL_JOB):
            attr = "name" if column == COL_CANDIDATE else "job"
            return lambda r: (not getattr(r, attr), fold(getattr(r, attr)), r.seq)
        if column == COL_ORDER_ID:
            return lambda r: (r.order_id, r.seq)
        return lambda r: (fold(display(r, column)), r.seq)

    def _resort(self) -> None:
        if len(self._rows) < 2:
            return
        hint = QAbstractItemModel.LayoutChangeHint.VerticalSortHint
        self.layoutAboutToBeChanged[_LAYOUT_SIGNATURE].emit([], hint)  # type: ignore[index]
        key = self._sort_key_function()
        reverse = self._reverse()
        permutation = sorted(
            range(len(self._rows)), key=lambda i: key(self._rows[i]), reverse=reverse
        )
        new_row_of = [0] * len(permutation)
        for new, old in enumerate(permutation):
            new_row_of[old] = new
        self._rows = [self._rows[i] for i in permutation]
        # Selection and the current row follow their orders to the new places.
        persistent = self.persistentIndexList()
        moved = [self.index(new_row_of[p.row()], p.column()) for p in persistent]
        self.changePersistentIndexList(persistent, moved)
        self.layoutChanged[_LAYOUT_SIGNATURE].emit([], hint)  # type: ignore[index]


def search_terms(text: str) -> tuple[str, ...]:
    """Whitespace-separated words of a search, folded; every one must occur in a row to match."""
    return tuple(dict.fromkeys(fold(text).split()))


class OrdersProxyModel(QSortFilterProxyModel):
    """Narrows the loaded orders to those matching the search box; sorting is the source's."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._terms: tuple[str, ...] = ()
        self._orders: OrdersModel | None = None
        # Our filter depends only on the haystack, which a row never changes without a reset.
        self.setDynamicSortFilter(False)

    def setSourceModel(self, model: QAbstractItemModel) -> None:
        if not isinstance(model, OrdersModel):
            raise TypeError("OrdersProxyModel filters an OrdersModel")
        if self._orders is not None:
            self._orders.dataChanged.disconnect(self._on_source_data_changed)
        self._orders = model
        super().setSourceModel(model)
        model.dataChanged.connect(self._on_source_data_changed)

    def orders_model(self) -> OrdersModel:
        assert self._orders is not None
        return self._orders

    @property
    def search_terms(self) -> tuple[str, ...]:
        return self._terms

    def set_search(self, text: str) -> None:
        terms = search_terms(text)
        if terms == self._terms:
            return
        self.beginFilterChange()
        self._terms = terms
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def _on_source_data_changed(self, *_args: object) -> None:
        # Only package names change in place, and they are part of the haystack.
        if self._terms:
            self.beginFilterChange()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        terms = self._terms
        if not terms or self._orders is None:
            return True
        haystack = self._orders.haystack(source_row)
        return all(t in haystack for t in terms)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        # The source sorts with one key per row; the proxy follows its layoutChanged.
        if self._orders is not None:
            self._orders.sort(column, order)

    def order_at(self, proxy_row: int) -> Order:
        source = self.mapToSource(self.index(proxy_row, 0))
        return self.orders_model().order_at(source.row())

    def source_row(self, proxy_row: int) -> int:
        return self.mapToSource(self.index(proxy_row, 0)).row()
