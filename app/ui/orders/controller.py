"""The orders panel wired into the main window.

- the panel sits in a dock (`ordersDock`, left by default), toggled from View > Orders
  (Ctrl+Shift+O); "Find order…" (Ctrl+F, also a button beside the order ID) shows it and puts
  the cursor in its search box; F5 (View > Refresh orders) reloads them from anywhere;
- it shows the orders of the connection chosen in `profileCombo`, with that connection's key;
- choosing an order calls `MainWindow.set_order` (ID, summary with the package's name) and
  moves the focus to the result's status;
- load failures and rate-limit waits also go to the log panel.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget, QToolButton

from app.kombo.order_ids import trim_order_id
from app.ui.common.placeholders import arg
from app.ui.orders.lookup import OrderLookup

if TYPE_CHECKING:
    from app.kombo.responses import Order
    from app.ui.common.context import ConnectionInfo
    from app.ui.common.send_record import SendRecord
    from app.ui.common.window import LogLevel, WindowPort
    from app.ui.orders.panel import OrdersPanel


def _tr(text: str) -> str:
    return QCoreApplication.translate("OrdersController", text)


class OrdersController(QObject):
    """Owns the orders dock of one main window; `aclose()` on shutdown.

    The dock, its View-menu toggle and "Find order…" exist at once; the panel inside (its
    modules, table and filters) is built when the dock is first shown: at start-up if the dock
    is open (the default on a first start), else when the person opens it. With
    `defer_panel`, an open dock paints empty first and `build_deferred_panel()` (called after
    the window's first paint) fills it.
    """

    #: "Create a connection…" in the panel without a connection (the shell opens the dialog).
    connection_wanted = Signal()

    def __init__(self, window: WindowPort, *, defer_panel: bool = False) -> None:
        super().__init__(window.window())
        self.window = window
        self._panel: OrdersPanel | None = None
        self.dock = QDockWidget(_tr("Orders"), window.window())
        self.dock.setObjectName("ordersDock")
        self.dock.setAllowedAreas(
            Qt.DockWidgetArea.LeftDockWidgetArea
            | Qt.DockWidgetArea.RightDockWidgetArea
            | Qt.DockWidgetArea.BottomDockWidgetArea
        )
        toggle = self.dock.toggleViewAction()
        toggle.setText(_tr("&Orders"))
        toggle.setObjectName("ordersDockAction")
        toggle.setShortcut(QKeySequence("Ctrl+Shift+O"))
        # Where and as (open or closed) it was when the window last closed; else open, left.
        if not window.add_dock(self.dock, Qt.DockWidgetArea.LeftDockWidgetArea):
            window.resizeDocks([self.dock], [460], Qt.Orientation.Horizontal)

        self.find_action = QAction(_tr("Find order…"), window.window())
        self.find_action.setObjectName("findOrderAction")
        self.find_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Find))
        self.find_action.setToolTip(
            arg(
                _tr(
                    "Look up the order ID typed beside it, or search the integration's orders "
                    "by candidate, job or package (%1)"
                ),
                self.find_action.shortcut().toString(QKeySequence.SequenceFormat.NativeText),
            )
        )
        self.find_action.triggered.connect(self.find_order)
        window.addAction(self.find_action)
        window.view_menu.insertAction(toggle, self.find_action)
        # F5 from anywhere in the window (the panel's own F5 works only inside it, and is
        # cleared when the panel is built here, so the two never compete).
        self.refresh_action = QAction(_tr("Re&fresh orders"), window.window())
        self.refresh_action.setObjectName("refreshOrdersAction")
        self.refresh_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Refresh))
        self.refresh_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.refresh_action.triggered.connect(self.refresh)
        window.addAction(self.refresh_action)
        window.view_menu.insertAction(toggle, self.refresh_action)
        self.find_button = QToolButton(window.top_bar)
        self.find_button.setObjectName("findOrderButton")
        self.find_button.setDefaultAction(self.find_action)
        self.find_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        window.add_to_top_bar(self.find_button, after=window.order_id_edit)

        # Enter in Order ID (or Find order with an ID typed) asks Kombo for that order.
        self.lookup = OrderLookup(self)
        self.lookup.found.connect(self._order_found)
        self.lookup.not_found.connect(self._no_such_order)
        self.lookup.failed.connect(self._lookup_failed)
        window.order_id_edit.returnPressed.connect(self.look_up_typed_id)

        window.connection_changed.connect(self._connection_changed)
        window.send_finished.connect(self._sent)
        window.closed.connect(self._save_settings)
        self._deferred = defer_panel and self.dock.isVisibleTo(window.window())
        if self._deferred:
            pass  # open: build_deferred_panel() fills it once the window has painted
        elif self.dock.isVisibleTo(window.window()):
            self._build_panel()
        else:  # closed last time: build the panel when it is opened
            self.dock.visibilityChanged.connect(self._dock_visibility_changed)

    def build_deferred_panel(self) -> None:
        """After the first paint: fill the open dock, or build when it is next shown."""
        if not self._deferred:
            return
        self._deferred = False
        if self._panel is not None:
            return  # asked for already (Find order, F5)
        if self.dock.isVisibleTo(self.window.window()):
            self._build_panel()
        else:
            self.dock.visibilityChanged.connect(self._dock_visibility_changed)

    @property
    def panel(self) -> OrdersPanel:
        """The orders panel (built now if the dock has not been shown yet)."""
        return self._panel if self._panel is not None else self._build_panel()

    def _build_panel(self) -> OrdersPanel:
        from app.ui.orders.panel import OrdersPanel

        panel = OrdersPanel()
        self._panel = panel
        self.dock.setWidget(panel)
        panel.refresh_action.setShortcut(QKeySequence())  # the window's F5 owns the key
        panel.order_chosen.connect(self._order_chosen)
        panel.message_logged.connect(self._log)
        panel.connection_wanted.connect(self.connection_wanted)
        self._connection_changed(self.window.current_connection())
        return panel

    def _dock_visibility_changed(self, visible: bool) -> None:
        if visible and self._panel is None:
            self.dock.visibilityChanged.disconnect(self._dock_visibility_changed)
            self._build_panel()

    def find_order(self) -> None:
        """Look up the ID in the order ID field; with none typed, search the orders panel."""
        if self.window.order_id_edit.text().strip():
            self.look_up_typed_id()
        else:
            self.show_and_search()

    def look_up_typed_id(self) -> None:
        """Ask Kombo for the order whose ID is in the field (`GET /assessment/orders?ids=`)."""
        window = self.window
        text = window.order_id_edit.text()
        current = window.current_order
        if current is not None and current.id == trim_order_id(text):
            return  # already in the form with its summary
        if self.lookup.look_up(window.current_connection(), window.context.key_provider, text):
            window.statusBar().showMessage(_tr("Looking the order up…"))

    def _order_found(self, order: Order) -> None:
        if order.id != trim_order_id(self.window.order_id_edit.text()):
            return  # the field changed while Kombo answered
        self._order_chosen(order)

    def _no_such_order(self, order_id: str) -> None:
        self.window.statusBar().clearMessage()
        connection = self.window.current_connection()
        integration = (connection.integration_id if connection else None) or ""
        self.window.mark_order_id(
            order_id,
            arg(_tr("Integration %1 has no order with this ID."), integration),
        )

    def _lookup_failed(self, message: str) -> None:
        text = arg(_tr("The order could not be looked up: %1"), message)
        self.window.statusBar().showMessage(text, 10000)
        self.window.log_panel.add("error", text)

    def show_and_search(self) -> None:
        """Show the orders dock and put the cursor in its search box."""
        self.dock.show()
        self.dock.raise_()
        self.panel.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.panel.search_edit.selectAll()

    def refresh(self) -> None:
        """Show the orders dock and load the orders again from the first page."""
        self.dock.show()
        self.dock.raise_()
        self.panel.refresh()

    def _connection_changed(self, connection: ConnectionInfo | None) -> None:
        if self._panel is not None:  # an unbuilt panel takes the connection when it is built
            self._panel.set_connection(connection, self.window.context.key_provider)

    def _save_settings(self) -> None:
        if self._panel is not None:
            self._panel.save_settings()  # column widths and order

    def _order_chosen(self, order: Order) -> None:
        # A looked-up order before the panel was ever shown: its package's id is shown.
        name = self._panel.model.package_name(order.package_id) if self._panel else None
        self.window.set_order(order, package_name=name)
        self.window.statusBar().showMessage(
            arg(_tr("Order %1 of %2 is in the form."), order.id, order.candidate.display_name),
            6000,
        )
        self.window.result_form.status_combo.setFocus(Qt.FocusReason.OtherFocusReason)

    def _sent(self, record: SendRecord) -> None:
        """A written result changed the order's status: the summary and its row say so."""
        if record.outcome != "success" or "status" not in record.request:
            return
        status = str(record.request["status"])
        current = self.window.current_order
        if current is not None and current.id == record.order_id:
            updated = current.model_copy(update={"status": status})
            name = self._panel.model.package_name(current.package_id) if self._panel else None
            self.window.set_order(updated, package_name=name)
        if self._panel is not None:
            self._panel.model.set_order_status(record.order_id, status)

    def _log(self, level: str, text: str, link: str) -> None:
        self.window.log_panel.add(cast("LogLevel", level), text, link=link or None)

    async def aclose(self) -> None:
        """Stop loading and close the orders connection (on quit, after the window closed)."""
        if self._panel is not None:
            await self._panel.loader.aclose()
