"""The main window: it composes the rooms and owns only what is window-wide.

Layout: a top bar (connection, order ID, order summary), then a horizontal splitter with the
result editor and the Send bar on the left and, on the right, a vertical splitter with the
JSON preview over the send log. Sizes and splitter positions are kept (`window_settings`).

The rooms, each in its package: the result editor (`form.editor.ResultEditor`, validation and
form state), templates and New/Undo (`form.templates`), sending (`send.controller`, its bar,
log and wording). The window builds them, registers their actions (`actions.py`), and connects
them to each other in `_connect()`, which reads as the wiring diagram. What the window owns
itself: the connection chooser, the menus, docks, drops anywhere on the window, its settings,
and closing.

Seams for the rooms built later (orders, history, connections: `common.window.WindowPort`):
`form_state()`/`load_form_state()`, `send_finished(SendRecord)`, `set_order()`, `add_dock()`,
`add_menu()`, `view_menu`, `set_connections()` and `connection_changed`.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDockWidget,
    QMainWindow,
    QMenu,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.ui.common.context import AppContext, ConnectionInfo, connection_label
from app.ui.common.icons import app_icon
from app.ui.form.drop_sources import dropped_sources
from app.ui.form.editor import ResultEditor
from app.ui.form.preview_panel import PreviewPanel
from app.ui.form.templates import Templates
from app.ui.send.bar import SendBar
from app.ui.send.controller import SendController
from app.ui.send.log_box import LogBox
from app.ui.shell import window_settings
from app.ui.shell.actions import Actions
from app.ui.shell.top_bar import TopBar

if TYPE_CHECKING:
    from app.kombo.responses import Order
    from app.ui.batch.entry import BatchEntry
    from app.ui.form.attachments_editor import AttachmentsEditor
    from app.ui.form.remote_fields_editor import RemoteFieldsEditor

log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    send_finished = Signal(object)  # SendRecord, after every send attempt
    closed = Signal()  # the window accepted a close: the program ends
    connection_changed = Signal(object)  # ConnectionInfo | None
    validated = Signal(object)  # ValidationOutcome, after every (debounced) validation
    batch_history_written = Signal()  # the batch room wrote a row's attempt to the history

    def __init__(
        self,
        context: AppContext | None = None,
        parent: QWidget | None = None,
        *,
        defer_validation: bool = False,
    ) -> None:
        """`defer_validation`: the caller runs `validate_now()` once the window has painted.

        Validation loads pydantic and the models (about 150 ms), which start-up keeps off the
        path to the first paint. Until then the window shows what a new form shows after
        validation (the draft preview, "Enter the order ID…") and Send stays disabled.
        """
        super().__init__(parent)
        self.context = context or AppContext()
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("Result Desk"))
        self.setWindowIcon(app_icon())
        self.setAcceptDrops(True)
        self.setDockOptions(
            QMainWindow.DockOption.AnimatedDocks | QMainWindow.DockOption.AllowTabbedDocks
        )
        self.statusBar().setObjectName("statusBar")

        # The rooms.
        self.preview_panel = PreviewPanel(self)
        self.editor = ResultEditor(self.preview_panel, self)
        self.log_box = LogBox(self)
        self.send_bar = SendBar(self.editor.problems_icon, self.editor.problems_label, self)
        self.send = SendController(
            self.editor,
            self.send_bar,
            self.log_box.log_panel,
            self.context,
            self.current_connection,
            self.preview_panel.copy_curl_action,
            self,
        )
        self.templates = Templates(self.editor, self.statusBar(), self)
        self._batch: BatchEntry | None = None  # the batch room, loaded on first use

        self._build_top_bar()
        self._build_central()
        self._build_menus()
        for widget in (self.send.progress.label, self.send.progress.bar):
            self.statusBar().addPermanentWidget(widget)
        self._forward()
        self._connect()

        self.set_connections(self.context.connections, self.context.selected)
        window_settings.place_by_default(self)  # inside the screen, unless saved
        self.reset_layout()  # the default, unless positions were saved
        window_settings.restore(self, self._splitters())
        if defer_validation:
            self.editor.show_unvalidated()
        else:
            self.editor.validate_now()

    # === building ===========================================================================

    def _build_top_bar(self) -> None:
        self.profile_combo = QComboBox(self)
        self.profile_combo.setObjectName("profileCombo")
        self.profile_combo.setAccessibleName(self.tr("Connection"))
        self.profile_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.profile_combo.setMinimumContentsLength(18)
        self.profile_combo.setToolTip(self.tr("Where the result is sent: the Kombo connection"))

        # Wraps its two groups onto two lines in a narrow window; rooms add buttons to it.
        self.top_bar = TopBar(self.profile_combo, self.editor.order_id_edit, self)

    def _build_central(self) -> None:
        self.right_splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.right_splitter.setObjectName("rightSplitter")
        self.right_splitter.setChildrenCollapsible(False)
        self.right_splitter.addWidget(self.preview_panel)
        self.right_splitter.addWidget(self.log_box)
        self.right_splitter.setStretchFactor(0, 3)
        self.right_splitter.setStretchFactor(1, 2)

        left = QWidget(self)
        left.setObjectName("leftPane")
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.editor, 1)
        left_layout.addWidget(self.send_bar)

        self.main_splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.main_splitter.setObjectName("mainSplitter")
        self.main_splitter.setChildrenCollapsible(False)
        self.main_splitter.addWidget(left)
        self.main_splitter.addWidget(self.right_splitter)
        self.main_splitter.setCollapsible(1, True)  # preview and log give way on small screens
        self.main_splitter.setStretchFactor(0, 5)
        self.main_splitter.setStretchFactor(1, 4)

        central = QWidget(self)
        central.setObjectName("central")
        layout = QVBoxLayout(central)
        layout.setContentsMargins(10, 8, 10, 4)
        layout.setSpacing(8)
        layout.addWidget(self.top_bar)
        layout.addWidget(self.editor.order_summary)
        layout.addWidget(self.editor.reason_row)  # why it is sent: history only, never Kombo
        layout.addWidget(self.main_splitter, 1)
        self.setCentralWidget(central)

    def _build_menus(self) -> None:
        actions = self.named_actions = Actions()
        preview = self.preview_panel
        for name, action in (
            ("new", preview.new_action),
            ("open", preview.open_action),
            ("save", preview.save_action),
            ("copy_curl", preview.copy_curl_action),
            ("send", self.send.send_action),
            ("cancel", self.send.cancel_action),
            ("undo_new", self.templates.undo_new_action),
            ("copy_log", self.log_box.copy_log_action),
            ("clear_log", self.log_box.clear_log_action),
        ):
            actions.add(name, action)
        actions.add_group("edit_keys", self.editor.window_wide_actions())
        actions.add_shell_actions(self)
        actions.add_batch_actions(self)
        actions.build_menus(self.menuBar())
        self.addAction(self.send.send_action)  # Ctrl+Enter from anywhere in the window
        self.file_menu = actions.menus["fileMenu"]
        self.edit_menu = actions.menus["editMenu"]
        self.view_menu = actions.menus["viewMenu"]
        self.help_menu = actions.menus["helpMenu"]
        self._view_docks_separator = actions.separators["viewMenu"]
        self.quit_action = actions["quit"]

    def _forward(self) -> None:
        """The rooms' parts under the names the controllers (WindowPort) and tests use."""
        editor, send, templates = self.editor, self.send, self.templates
        self.result_form = editor.result_form
        self.order_id_edit = editor.order_id_edit
        self.order_summary = editor.order_summary
        self.tabs = editor.tabs
        self.attributes_editor = editor.attributes_editor
        self.problems_label = editor.problems_label
        self.preview_edit = self.preview_panel.preview_edit
        self.form_state = editor.form_state
        self.load_form_state = editor.load_form_state
        self.validate_now = editor.validate_now
        self.is_ready_to_send = editor.is_ready_to_send
        self.focus_first_problem = editor.focus_first_problem
        self.mark_order_id = editor.mark_order_id
        self.set_order = editor.set_order
        self.log_panel = self.log_box.log_panel
        self.sender_ = send.sender_
        self.send_button = self.send_bar.send_button
        self.cancel_button = self.send_bar.cancel_button
        self.progress_label, self.progress_bar = send.progress.label, send.progress.bar
        self.request_send = send.request_send
        self.send_confirmed_again = send.send_confirmed_again
        self.send_confirmed = send.send_confirmed
        self.copy_as_curl = send.copy_as_curl
        self.new_result = templates.new_result
        self.undo_new_action = templates.undo_new_action
        self.save_json_to = templates.save_json_to
        self.open_json_from = templates.open_json_from
        self.new_action = self.preview_panel.new_action
        self.copy_curl_action = self.preview_panel.copy_curl_action

    # Built when first needed (`ResultEditor`): asked for here, they are built then.
    @property
    def attachments_editor(self) -> AttachmentsEditor:
        return self.editor.attachments_editor

    @property
    def remote_fields_editor(self) -> RemoteFieldsEditor:
        return self.editor.remote_fields_editor

    def _connect(self) -> None:
        """Every connection between the rooms, and from them to the window."""
        editor, send, templates, preview, actions = (
            self.editor,
            self.send,
            self.templates,
            self.preview_panel,
            self.named_actions,
        )
        show = self.statusBar().showMessage
        # The connection chooser tells the editor where a send would go.
        self.profile_combo.currentIndexChanged.connect(self._connection_selected)
        editor.connection_focus_requested.connect(self._focus_connection)
        # The editor: validation goes up to the rooms that draft; messages to the status bar.
        editor.validated.connect(self.validated)
        editor.message.connect(show)
        # Templates: New, Open and Save act on the editor.
        preview.new_action.triggered.connect(templates.new_result)
        preview.open_action.triggered.connect(templates.open_json)
        preview.save_action.triggered.connect(templates.save_json)
        # Sending: each attempt's record goes up to the rooms (history, orders).
        send.finished.connect(self.send_finished)
        send.message.connect(show)
        send.close_now.connect(self.close)
        self.log_box.message.connect(show)
        # Bulk corrections (the room loads on first use, see `batch`).
        actions["import_results"].triggered.connect(lambda: self.batch.show_window())
        actions["import_template"].triggered.connect(lambda: self.batch.choose_template_path())
        # The window's own actions.
        actions["quit"].triggered.connect(self.close)
        actions["reset_layout"].triggered.connect(self.reset_layout)

    # === window-wide ========================================================================

    @property
    def ask_before_closing_order(self) -> bool:
        """Ask before a send closes the order (the send room's setting, for tests and tools)."""
        return self.send.ask_before_closing_order

    @ask_before_closing_order.setter
    def ask_before_closing_order(self, value: bool) -> None:
        self.send.ask_before_closing_order = value

    @property
    def batch(self) -> BatchEntry:
        """The batch room's entry, imported and built on first use; a row opened from its
        window fills the editor."""
        if self._batch is None:
            from app.ui.batch.entry import BatchEntry

            self._batch = BatchEntry(
                self.current_connection, self._key_for, self, lambda: self.context.preferences
            )
            self._batch.open_in_form.connect(self.editor.load_form_state)
            self._batch.message.connect(self.statusBar().showMessage)
            self._batch.history_written.connect(self.batch_history_written)
        return self._batch

    @property
    def current_order(self) -> Order | None:
        """The order chosen with `set_order`, while the order ID still names it."""
        return self.editor.current_order

    def set_connections(self, connections: Sequence[ConnectionInfo], selected: int = 0) -> None:
        """Offer these connections in `profileCombo` (profiles replace the list at will)."""
        self.context.connections = list(connections)
        combo = self.profile_combo
        combo.blockSignals(True)
        combo.clear()
        for connection in self.context.connections:
            combo.addItem(
                connection_label(connection.name, connection.organization_name), connection
            )
            combo.setItemData(
                combo.count() - 1,
                f"{connection.base_url}\n{connection.integration_id or ''}",
                Qt.ItemDataRole.ToolTipRole,
            )
        combo.setPlaceholderText(self.tr("No connection configured"))
        combo.setCurrentIndex(min(max(0, selected), combo.count() - 1))  # -1 when empty
        combo.blockSignals(False)
        self._connection_selected(combo.currentIndex())

    def current_connection(self) -> ConnectionInfo | None:
        data = self.profile_combo.currentData()
        return data if isinstance(data, ConnectionInfo) else None

    def _connection_selected(self, _index: int) -> None:
        connection = self.current_connection()
        self.context.selected = max(0, self.profile_combo.currentIndex())
        self.connection_changed.emit(connection)
        self.editor.set_connection(connection)  # "Add a connection" comes and goes with it

    async def _key_for(self, connection: ConnectionInfo) -> str | None:
        return await self.context.key_provider(connection)  # profiles replace it

    def _focus_connection(self) -> None:
        self.profile_combo.setFocus(Qt.FocusReason.OtherFocusReason)

    def add_dock(
        self,
        dock: QDockWidget,
        area: Qt.DockWidgetArea = Qt.DockWidgetArea.LeftDockWidgetArea,
    ) -> bool:
        """Add a panel (e.g. the orders list) with a toggle in the View menu.

        It goes where it was and stays closed if it was closed when the window last closed
        (True), else into `area`, open (False).
        """
        # restoreDockWidget only brings back the hidden state of a dock not added yet.
        restored = self.restoreDockWidget(dock)
        if not restored:
            self.addDockWidget(area, dock)
        self.view_menu.insertAction(self._view_docks_separator, dock.toggleViewAction())
        return restored

    def add_to_top_bar(self, widget: QWidget, after: QWidget) -> None:
        """A room's button beside a field of the top bar (Connections…, Find order)."""
        self.top_bar.insert_after(after, widget)

    def add_menu(self, title: str) -> QMenu:
        """A top-level menu before Help, for features that need one."""
        menu = QMenu(title, self)
        self.menuBar().insertMenu(self.help_menu.menuAction(), menu)
        return menu

    # Files dropped anywhere on the window become attachments.
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        files, links = dropped_sources(event)
        if not (files or links):
            event.ignore()
            return
        event.acceptProposedAction()
        self.editor.add_dropped(files, links)

    # === layout, settings, closing ==========================================================

    def _splitters(self) -> list[QSplitter]:
        return [self.main_splitter, self.right_splitter]

    def save_settings(self) -> None:
        window_settings.save(self, self._splitters())

    def reset_layout(self) -> None:
        """The form gets 60 % of the width; preview and log share the right side 55:45."""
        width = max(self.main_splitter.width(), self.width())
        self.main_splitter.setSizes([width * 3 // 5, width * 2 // 5])
        height = max(self.right_splitter.height(), self.height() - 120)
        self.right_splitter.setSizes([height * 55 // 100, height * 45 // 100])

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.send.holds_close():
            event.ignore()
            self.send.ask_to_quit()  # "Stop and quit" closes again once the send has ended
            return
        self.save_settings()
        super().closeEvent(event)
        if event.isAccepted():
            self.closed.emit()
