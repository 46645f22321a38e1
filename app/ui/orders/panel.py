"""`ordersPanel`: find the order among the integration's orders instead of typing its ID.

Filters that Kombo applies (status, created after, order IDs) start a new query; the search box
narrows the orders already loaded, as the user types. Pages load as the table is scrolled near
its end, or with "Load more". Choosing an order (double-click, Enter, or the context menu) emits
`order_chosen(Order)`; the main window puts it into the form.

The panel never talks to Kombo itself: `OrdersLoader` does, on the qasync loop.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QEvent, QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QIcon, QKeyEvent, QKeySequence, QPalette, QShowEvent
from PySide6.QtWidgets import (
    QCalendarWidget,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.store.paths import settings_file
from app.ui.common.context import ConnectionInfo, KeyProvider
from app.ui.orders import panel_states
from app.ui.orders.filters import OrdersFilterBar
from app.ui.orders.loader import LoadError, OrderFilters, OrdersLoader
from app.ui.orders.model import OrdersModel, OrdersProxyModel
from app.ui.orders.panel_states import PanelFacts
from app.ui.orders.table_view import OrdersTableView
from app.ui.orders.widgets import StatePage, search_icon, themed_icon

if TYPE_CHECKING:
    from app.kombo.responses import Order
    from app.kombo.retry import RetryNotice

SEARCH_DEBOUNCE_MS = 100
# Start the next page this many rows before the end, so it is usually there before it is needed.
PREFETCH_ROWS = 30


def _settings() -> QSettings:
    return QSettings(str(settings_file()), QSettings.Format.IniFormat)


class OrdersPanel(QWidget):
    """The orders of the current connection: filters, search, the table and its states."""

    #: An order was chosen (double-click, Enter or "Use this order"): `Order`.
    order_chosen = Signal(object)
    #: Something for the log panel: (level, text, link or "").
    message_logged = Signal(str, str, str)
    #: "Create a connection…" on the no-connection page: the Connections dialog is wanted.
    connection_wanted = Signal()

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        loader: OrdersLoader | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("ordersPanel")
        self.setAccessibleName(self.tr("Orders"))
        self.loader = loader if loader is not None else OrdersLoader(self)
        if self.loader.parent() is None:
            self.loader.setParent(self)
        self.model = OrdersModel(self)
        self.proxy = OrdersProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self._connection: ConnectionInfo | None = None
        self._first_page_error: LoadError | None = None
        self._more_error: LoadError | None = None
        self._retry_deadline: float | None = None
        self._retry_reason = ""
        self._load_requested = False  # a connection is set; load once the panel is visible

        self._build_filters()
        self._build_table()
        self._build_footer()
        self._layout()
        self._connect()
        self._restore_settings()
        self._update_state()

    # --- building -------------------------------------------------------------------------

    def _build_filters(self) -> None:
        self.filter_bar = OrdersFilterBar(self)
        # The filter widgets, reachable from the panel (tests, the main window).
        self.status_buttons = self.filter_bar.status_buttons
        self.created_after_button = self.filter_bar.created_after_button
        self.clear_created_after_button = self.filter_bar.clear_created_after_button
        self.ids_edit = self.filter_bar.ids_edit

        self.refresh_button = QToolButton(self)
        self.refresh_button.setObjectName("ordersRefreshButton")
        self.refresh_button.setText(self.tr("Refresh"))
        self.refresh_button.setIcon(
            themed_icon(QIcon.ThemeIcon.ViewRefresh, QStyle.StandardPixmap.SP_BrowserReload)
        )
        self.refresh_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.refresh_button.setAccessibleName(self.tr("Refresh orders"))
        self.refresh_button.setToolTip(self.tr("Load the orders again from the first page (F5)"))
        self.refresh_action = QAction(self.tr("Refresh orders"), self)
        self.refresh_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Refresh))
        self.refresh_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.addAction(self.refresh_action)

        self.search_edit = QLineEdit(self)
        self.search_edit.setObjectName("ordersSearchEdit")
        self.search_edit.setPlaceholderText(
            self.tr("Search loaded orders: candidate, email, job, package or ID")
        )
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setAccessibleName(self.tr("Search loaded orders"))
        self._search_action = self.search_edit.addAction(
            self._make_search_icon(), QLineEdit.ActionPosition.LeadingPosition
        )
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DEBOUNCE_MS)

    @property
    def calendar(self) -> QCalendarWidget:
        """The created-after calendar (built when its menu first opens)."""
        return self.filter_bar.calendar

    def _make_search_icon(self) -> QIcon:
        return search_icon(self.palette().color(QPalette.ColorRole.PlaceholderText))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._search_action.setIcon(self._make_search_icon())

    def _build_table(self) -> None:
        self.table = OrdersTableView(self.proxy, self)
        # The table's actions, reachable from the panel (tests, the main window).
        self.copy_action = self.table.copy_action
        self.copy_email_action = self.table.copy_email_action
        self.choose_action = self.table.choose_action

        self.state_page = StatePage(self)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.state_page)

    def _build_footer(self) -> None:
        self.more_error_bar = QFrame(self)
        self.more_error_bar.setObjectName("ordersMoreErrorBar")
        self.more_error_bar.setFrameShape(QFrame.Shape.StyledPanel)
        self.more_error_icon = QLabel(self.more_error_bar)
        self.more_error_icon.setPixmap(
            themed_icon(
                QIcon.ThemeIcon.DialogWarning, QStyle.StandardPixmap.SP_MessageBoxWarning
            ).pixmap(16, 16)
        )
        self.more_error_label = QLabel(self.more_error_bar)
        self.more_error_label.setWordWrap(True)
        self.more_error_label.setOpenExternalLinks(True)
        self.more_error_label.setSizePolicy(
            QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred
        )
        self.more_retry_button = QPushButton(self.tr("Retry"), self.more_error_bar)
        self.more_retry_button.setObjectName("ordersMoreRetryButton")
        bar = QHBoxLayout(self.more_error_bar)
        bar.setContentsMargins(8, 4, 4, 4)
        bar.addWidget(self.more_error_icon)
        bar.addWidget(self.more_error_label, 1)
        bar.addWidget(self.more_retry_button)
        self.more_error_bar.hide()

        self.status_label = QLabel(self)
        self.status_label.setObjectName("ordersStatusLabel")
        self.status_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.status_label.setWordWrap(True)  # a narrow dock shows it on two lines, not cut
        self.status_label.setAccessibleName(self.tr("Orders status"))
        self.footer_busy = QProgressBar(self)
        self.footer_busy.setObjectName("ordersFooterBusy")
        self.footer_busy.setRange(0, 0)
        self.footer_busy.setTextVisible(False)
        self.footer_busy.setFixedSize(60, 8)
        self.footer_busy.hide()
        self.load_more_button = QPushButton(self.tr("Load more"), self)
        self.load_more_button.setObjectName("ordersLoadMoreButton")
        self.load_more_button.setAccessibleName(self.tr("Load more orders"))
        self._countdown = QTimer(self)
        self._countdown.setInterval(250)

    def _layout(self) -> None:
        self.filter_bar.first_row.addWidget(self.refresh_button)
        # The filters wrap, so only this holds the dock open: enough for a few columns, and
        # narrow enough that the window fits 1,000 px beside the form.
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 48)

        footer = QHBoxLayout()
        footer.setSpacing(6)
        footer.addWidget(self.status_label, 1)
        footer.addWidget(self.footer_busy)
        footer.addWidget(self.load_more_button)

        box = QVBoxLayout(self)
        box.setContentsMargins(6, 6, 6, 6)
        box.setSpacing(6)
        box.addWidget(self.filter_bar)
        box.addWidget(self.search_edit)
        box.addWidget(self.stack, 1)
        box.addWidget(self.more_error_bar)
        box.addLayout(footer)
        self.setTabOrder(self.search_edit, self.table)

    def _connect(self) -> None:
        self.filter_bar.changed.connect(self._filters_changed)
        self.refresh_button.clicked.connect(self.refresh)
        self.refresh_action.triggered.connect(self.refresh)
        self.search_edit.textChanged.connect(lambda _text: self._search_timer.start())
        self.search_edit.returnPressed.connect(self._on_search_return)
        self.search_edit.installEventFilter(self)
        self._search_timer.timeout.connect(self._apply_search)
        self.table.order_chosen.connect(self.order_chosen)
        self.table.verticalScrollBar().valueChanged.connect(self._on_scrolled)
        self.state_page.button.clicked.connect(self._on_state_button)
        self.more_retry_button.clicked.connect(self._retry)
        self.load_more_button.clicked.connect(self.load_more)
        self._countdown.timeout.connect(self._update_state)
        self.proxy.modelReset.connect(self._update_state)
        self.proxy.rowsInserted.connect(self._update_state)
        self.proxy.layoutChanged.connect(self._update_state)

        loader = self.loader
        loader.loading.connect(self._on_loading)
        loader.page_loaded.connect(self._on_page_loaded)
        loader.packages_loaded.connect(self.model.set_package_names)
        loader.failed.connect(self._on_failed)
        loader.retrying.connect(self._on_retrying)
        loader.finished.connect(self._update_state)

    # --- public API -----------------------------------------------------------------------

    def set_connection(
        self, connection: ConnectionInfo | None, key_provider: KeyProvider | None
    ) -> None:
        """Show the orders of this connection (loaded once the panel is visible)."""
        if connection == self._connection and key_provider is self.loader.key_provider:
            return
        self._connection = connection
        self.loader.set_connection(connection, key_provider)
        self.model.clear()
        self._first_page_error = self._more_error = None
        self._retry_deadline = None
        self._load_requested = connection is not None
        if self._load_requested and self.isVisible():
            self._start_query()
        self._update_state()

    def filters(self) -> OrderFilters:
        return self.filter_bar.filters()

    def set_statuses(self, statuses: set[str] | frozenset[str] | tuple[str, ...]) -> None:
        """Check exactly these statuses (one query for the whole change)."""
        self.filter_bar.set_statuses(statuses)

    def set_created_after(self, day: QDate | None) -> None:
        self.filter_bar.set_created_after(day)

    def set_order_ids(self, text: str) -> None:
        self.filter_bar.set_order_ids(text)

    def refresh(self) -> None:
        if self._connection is None:
            return
        self._start_query(keep_rows=True)

    def load_more(self) -> bool:
        if self._more_error is not None:
            self._more_error = None
        started = self.loader.load_more()
        self._update_state()
        return started

    def selected_order_ids(self) -> list[str]:
        return self.table.selected_order_ids()

    def current_order(self) -> Order | None:
        return self.table.current_order()

    def choose_current(self) -> None:
        self.table.choose_current()

    def copy_selected_ids(self) -> None:
        """Copy the selected rows' order IDs, one per line (context menu, Ctrl+C)."""
        self.table.copy_selected_ids()

    def state_name(self) -> str:
        """Which state the panel shows: table, loading, empty, no-match, error, no-connection."""
        return str(self.stack.property("ordersState") or "")

    # --- queries --------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # No network traffic for a panel nobody looks at: load when first shown.
        if self._load_requested and self._connection is not None and not self._has_queried():
            self._start_query()

    def _has_queried(self) -> bool:
        return (
            self.loader.is_loading
            or self.model.rowCount() > 0
            or self._first_page_error is not None
            or self.loader.at_end
        )

    def _filters_changed(self) -> None:
        if self._connection is None or not (self.isVisible() or self._has_queried()):
            self._update_state()
            return
        self._start_query()

    def _start_query(self, *, keep_rows: bool = False) -> None:
        self._first_page_error = self._more_error = None
        self._retry_deadline = None
        if not keep_rows:
            # Rows of other filters would mislead while the new ones are on their way.
            self.model.clear()
        self.loader.load(self.filters())
        self._update_state()

    def _retry(self) -> None:
        self._first_page_error = self._more_error = None
        self.loader.retry()
        self._update_state()

    # --- loader signals -------------------------------------------------------------------

    def _on_loading(self, _first_page: bool) -> None:
        self._update_state()

    def _on_page_loaded(self, orders: list[Order], first_page: bool) -> None:
        self._retry_deadline = None
        self._countdown.stop()
        if first_page:
            self.table.replace_orders(orders)
        else:
            self.model.append_orders(orders)
        self._update_state()

    def _on_failed(self, error: LoadError) -> None:
        self._retry_deadline = None
        self._countdown.stop()
        if error.first_page:
            self._first_page_error = error
            self.model.clear()
        else:
            self._more_error = error
        self.message_logged.emit("error", panel_states.failure_log_text(error), error.log_url or "")
        self._update_state()

    def _on_retrying(self, notice: RetryNotice) -> None:
        self._retry_deadline = time.monotonic() + notice.wait_seconds
        self._retry_reason = notice.reason
        self.message_logged.emit("warning", panel_states.retrying_log_text(notice), "")
        self._countdown.start()
        self._update_state()

    def _retry_text(self) -> str | None:
        if self._retry_deadline is None:
            return None
        left = self._retry_deadline - time.monotonic()
        return panel_states.retry_text(self._retry_reason, left)

    # --- state ----------------------------------------------------------------------------

    def _facts(self) -> PanelFacts:
        return PanelFacts(
            connected=self._connection is not None,
            first_page_error=self._first_page_error,
            loaded=self.model.rowCount(),
            shown=self.proxy.rowCount(),
            loading=self.loader.is_loading,
            has_more=self.loader.has_more,
            retry=self._retry_text(),
            filtered=self.filter_bar.has_filters(),
            filters_text=self.filter_bar.describe(),
            search=self.search_edit.text(),
        )

    def _update_state(self, *_args: object) -> None:
        facts = self._facts()
        state = panel_states.decide_state(facts)
        if state.name != "table":
            self.state_page.show_state(
                state.title,
                state.detail,
                icon=self._state_icon(state.icon),
                busy=state.busy,
                button=state.button,
            )
        self.stack.setProperty("ordersState", state.name)
        self.stack.setCurrentWidget(self.table if state.name == "table" else self.state_page)
        self._update_footer(facts)

    def _state_icon(self, kind: panel_states.StateIcon | None) -> QIcon | None:
        if kind == "info":
            return themed_icon(
                QIcon.ThemeIcon.DialogInformation, QStyle.StandardPixmap.SP_MessageBoxInformation
            )
        if kind == "error":
            return themed_icon(
                QIcon.ThemeIcon.DialogError, QStyle.StandardPixmap.SP_MessageBoxCritical
            )
        return self._make_search_icon() if kind == "search" else None

    def _update_footer(self, facts: PanelFacts) -> None:
        if facts.retry is None:
            self._countdown.stop()
        state = self.state_name()
        searching = bool(self.proxy.search_terms)
        text = panel_states.footer_text(state, facts, searching=searching)
        self.status_label.setText(text)
        self.status_label.setToolTip(text)
        self.footer_busy.setVisible(facts.loading and facts.loaded > 0)
        self.load_more_button.setEnabled(facts.has_more and not facts.loading)
        self.load_more_button.setVisible(state in ("table", "no-match"))
        self.refresh_button.setEnabled(self._connection is not None)
        if self._more_error is not None:
            self.more_error_label.setText(panel_states.more_error_text(self._more_error))
            self.more_error_bar.show()
        else:
            self.more_error_bar.hide()

    def _on_state_button(self) -> None:
        state = self.state_name()
        if state == "no-connection":
            self.connection_wanted.emit()
        elif state == "error":
            self._retry()
        elif state == "empty":
            if self.filter_bar.has_filters():
                self.filter_bar.clear()
            else:
                self.refresh()
        elif state == "no-match":
            if self.loader.has_more:
                self.load_more()
            else:
                self.search_edit.clear()

    # --- search ---------------------------------------------------------------------------

    def _apply_search(self) -> None:
        self.proxy.set_search(self.search_edit.text())
        self._update_state()

    def flush_search(self) -> None:
        """Apply a pending search now (tests, and Enter in the search box)."""
        if self._search_timer.isActive():
            self._search_timer.stop()
            self._apply_search()

    def _on_search_return(self) -> None:
        self.flush_search()
        if self.proxy.rowCount() == 1:
            self.table.setCurrentIndex(self.proxy.index(0, 0))
            self.choose_current()
        elif self.proxy.rowCount() > 1:
            self._focus_table()

    def _focus_table(self) -> None:
        self.table.focus_first_row()

    # --- keys, scrolling and settings ---------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.search_edit
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() == Qt.Key.Key_Down
            and self.proxy.rowCount()
        ):
            self.flush_search()
            self._focus_table()
            return True
        return super().eventFilter(watched, event)

    def _on_scrolled(self, value: int) -> None:
        if self.table.verticalScrollBar().maximum() <= 0 or self._more_error is not None:
            return
        rows_left = self.table.rows_left_below(value)
        if rows_left <= PREFETCH_ROWS and self.loader.has_more and not self.loader.is_loading:
            self.load_more()

    def _restore_settings(self) -> None:
        settings = _settings()
        self.filter_bar.restore(settings)
        self.table.restore_header(settings)

    def save_settings(self) -> None:
        """Column widths and order; the main window calls this when it closes."""
        self.table.save_header(_settings())
