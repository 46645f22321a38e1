"""What the rooms' controllers use of the main window, as a Protocol.

The orders, history and connections controllers are given the window they wire into; typing it
as `shell.main_window.MainWindow` would make every room import the shell that composes it (a
circle). `MainWindow` satisfies `WindowPort` structurally, and mypy checks it where the shell
hands itself to a controller. Listed here is exactly what the controllers use today, so a new
member is a visible change of the window's contract with its rooms.

Qt's own methods are part of it (`statusBar`, `addAction`, ...): a controller parents its
actions and bars to `window.window()`, which for the top-level main window is the window itself.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Literal, Protocol

from PySide6.QtCore import Qt, SignalInstance
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import (
    QComboBox,
    QDockWidget,
    QLineEdit,
    QMenu,
    QStatusBar,
    QWidget,
)

from app.ui.common.context import AppContext, ConnectionInfo

if TYPE_CHECKING:
    from datetime import datetime

    from app.kombo.responses import Order
    from app.ui.common.send_record import BeginAttempt

__all__ = ["LogLevel", "MessageLog", "SenderPort", "StatusFocus", "WindowPort"]

# The send log's levels (send/log_panel.py `Level`), for rooms that write to it.
LogLevel = Literal["info", "success", "warning", "error", "detail"]


class MessageLog(Protocol):
    """The window's send log, as far as other rooms write to it."""

    def add(
        self,
        level: LogLevel,
        text: str,
        *,
        link: str | None = None,
        link_label: str | None = None,
        when: datetime | None = None,
    ) -> object: ...


class SenderPort(Protocol):
    """The window's sender, as the history sees it: busy or not, and the attempt journal."""

    begin_attempt: BeginAttempt | None

    @property
    def busy(self) -> bool: ...

    @property
    def busy_changed(self) -> SignalInstance: ...


class StatusFocus(Protocol):
    """The result form's status field, where choosing an order puts the cursor."""

    @property
    def status_combo(self) -> QComboBox: ...


class WindowPort(Protocol):
    """The main window as the rooms' controllers use it."""

    # Signals (see MainWindow): send_finished(SendRecord), closed(), connection_changed(
    # ConnectionInfo | None), validated(ValidationOutcome).
    @property
    def send_finished(self) -> SignalInstance: ...
    @property
    def closed(self) -> SignalInstance: ...
    @property
    def connection_changed(self) -> SignalInstance: ...
    @property
    def validated(self) -> SignalInstance: ...

    # Parts of the window a room adds to or reads.
    context: AppContext

    @property
    def sender_(self) -> SenderPort: ...
    @property
    def log_panel(self) -> MessageLog: ...
    @property
    def result_form(self) -> StatusFocus: ...
    @property
    def profile_combo(self) -> QComboBox: ...
    @property
    def order_id_edit(self) -> QLineEdit: ...
    @property
    def top_bar(self) -> QWidget: ...
    @property
    def file_menu(self) -> QMenu: ...
    @property
    def edit_menu(self) -> QMenu: ...
    @property
    def view_menu(self) -> QMenu: ...
    @property
    def quit_action(self) -> QAction: ...
    @property
    def current_order(self) -> Order | None: ...

    # The window's own methods.
    def add_to_top_bar(self, widget: QWidget, after: QWidget) -> None: ...
    def add_dock(
        self, dock: QDockWidget, area: Qt.DockWidgetArea = Qt.DockWidgetArea.LeftDockWidgetArea
    ) -> bool: ...
    def current_connection(self) -> ConnectionInfo | None: ...
    def set_connections(self, connections: Sequence[ConnectionInfo], selected: int = 0) -> None: ...
    def set_order(self, order: Order, package_name: str | None = None) -> None: ...
    def mark_order_id(self, order_id: str, message: str | None) -> None: ...
    def form_state(self) -> dict[str, Any]: ...
    def load_form_state(self, state: dict[str, Any]) -> None: ...
    def is_ready_to_send(self) -> bool: ...
    def focus_first_problem(self) -> None: ...
    def new_result(self) -> None: ...  # clear the form; the window offers Undo
    def send_confirmed_again(self) -> bool: ...
    def send_confirmed(self) -> bool: ...  # asked already: no question before this send

    # Qt's (QMainWindow) methods the controllers call.
    def window(self) -> QWidget: ...
    def statusBar(self) -> QStatusBar: ...
    def centralWidget(self) -> QWidget | None: ...
    def addAction(self, action: QAction, /) -> None: ...
    def resizeDocks(
        self,
        docks: Sequence[QDockWidget],
        sizes: Sequence[int],
        orientation: Qt.Orientation,
        /,
    ) -> None: ...
    def windowIcon(self) -> QIcon: ...
    def show(self) -> None: ...
    def raise_(self) -> None: ...
    def activateWindow(self) -> None: ...
    def tr(self, sourceText: str, /) -> str: ...
