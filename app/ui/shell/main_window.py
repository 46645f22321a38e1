"""The main window: find the order, fill in the result, check it, send it, read the answer.

Layout: a top bar (connection, order ID, order summary), then a horizontal splitter with the
form on the left (the result's own fields; attributes, attachments and remote fields in tabs)
and, on the right, a vertical splitter with the JSON preview over the send log. The Send bar
sits under the form. Sizes and splitter positions are kept in QSettings.

Validity has one source: `validate_result` (app.kombo). The window only gathers the form into
its model input (`form_state`), debounces, and shows each issue where it belongs.

Seams for later features, kept small on purpose:
- `MainWindow(context)`: connections, key provider and the history hook (`AppContext`);
- `form_state()` / `load_form_state(state)`: the whole form as JSON-able data (drafts, history);
- `send_finished(SendRecord)`: one signal per send attempt (history);
- `set_order(order)`: fill the order ID and show who and what it is (orders panel);
- `add_dock(dock)` and `view_menu`: room for panels such as the orders list;
- `set_connections(connections, selected)` and `connection_changed`: profiles.
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, QCoreApplication, QSettings, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDesktopServices,
    QDragEnterEvent,
    QDropEvent,
    QGuiApplication,
    QIcon,
    QKeySequence,
    QPalette,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDockWidget,
    QFileDialog,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.kombo.issues import FieldIssue, ValidationOutcome
from app.kombo.order_ids import order_id_problem, trim_order_id
from app.store.regular_files import FileTooLarge, read_regular
from app.ui.common import field_marks
from app.ui.common.context import AppContext, ConnectionInfo, connection_label
from app.ui.common.icons import app_icon, icon
from app.ui.common.long_text import keep_long_text
from app.ui.common.send_record import SendRecord
from app.ui.form import form_state as fs
from app.ui.form.attachments_editor import AttachmentsEditor, dropped_sources
from app.ui.form.attributes_editor import AttributesEditor
from app.ui.form.json_depth import MAX_TEMPLATE_DEPTH, exceeds_depth
from app.ui.form.preview_panel import PreviewPanel
from app.ui.form.remote_fields_editor import STATE_KEYS as REMOTE_STATE_KEYS
from app.ui.form.remote_fields_editor import RemoteFieldsEditor
from app.ui.form.result_form import ResultForm
from app.ui.send.log_panel import LogPanel
from app.ui.send.sender import Sender

if TYPE_CHECKING:
    from app.kombo.models import Order, ResultBody
    from app.kombo.retry import RetryNotice

log = logging.getLogger(__name__)

# A second send to an order this window wrote less than this many seconds ago asks first.
RECENT_SEND_S = 10 * 60

# Keystroke → marks and preview: the work is about 5 ms (50 attributes), so the pause only
# has to coalesce key repeat and fast bursts; 80 ms keeps the answer under the ~100 ms that
# feels instant.
VALIDATION_DELAY_MS = 80
UNDO_MESSAGE_MS = 15000
# "Open JSON" reads at most this much: templates are small, attachments are file paths.
MAX_TEMPLATE_BYTES = 5 * 1024 * 1024
_SETTINGS_GROUP = "mainWindow"


class MainWindow(QMainWindow):
    send_finished = Signal(object)  # SendRecord, after every send attempt
    closed = Signal()  # the window accepted a close: the program ends
    connection_changed = Signal(object)  # ConnectionInfo | None
    validated = Signal(object)  # ValidationOutcome, after every (debounced) validation

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

        self.sender_ = Sender(self)
        self._outcome: ValidationOutcome | None = None
        self._extra_issues: list[FieldIssue] = []  # from loading a template (missing files)
        self._pristine = True  # no marks on a fresh form until the person starts typing
        self._loading = False
        self._undo_state: dict[str, Any] | None = None
        self._confirm_box: QMessageBox | None = None
        self._close_box: QMessageBox | None = None
        self._force_close = False
        # Confirm before an order leaves OPEN; "don't ask again" lasts for this session.
        self.ask_before_closing_order = True
        self._first_issue: FieldIssue | None = None
        self._blocking = True
        self._order: Order | None = None
        # What a lookup found about a typed order ID: (ID, message) while the field holds it.
        self._order_id_finding: tuple[str, str] | None = None
        self._guard_passed = False  # context.send_guard said yes for the send in progress
        # Orders this window wrote successfully: ID -> (when, what was sent), for asking
        # before the same order is written again within RECENT_SEND_S.
        self._recent_sends: dict[str, tuple[datetime, str]] = {}
        self._recent_passed = False
        self._sent_note: str | None = None  # "Sent at …" instead of "Ready to send."
        self._first_validation_pending = True  # until the first validate_now()

        self._tab_marks: dict[int, tuple[str, str]] = {}  # index -> (text, icon) shown
        self._validate_timer = QTimer(self)
        self._validate_timer.setSingleShot(True)
        self._validate_timer.setInterval(VALIDATION_DELAY_MS)
        self._validate_timer.timeout.connect(self.validate_now)

        self._build_top_bar()
        self._build_form()
        self._build_right()
        self._build_send_bar()
        self._build_central()
        self._build_actions()
        self._build_menus()
        self._build_status_bar()
        self._connect_sender()

        self.set_connections(self.context.connections, self.context.selected)
        self.resize(1180, 760)
        self._restore_settings()
        if defer_validation:
            self._show_unvalidated()
        else:
            self.validate_now()

    # === building ===========================================================================

    def _build_top_bar(self) -> None:
        self.profile_combo = QComboBox(self)
        self.profile_combo.setObjectName("profileCombo")
        self.profile_combo.setAccessibleName(self.tr("Connection"))
        self.profile_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.profile_combo.setMinimumContentsLength(18)
        self.profile_combo.setToolTip(self.tr("Where the result is sent: the Kombo connection"))
        self.profile_combo.currentIndexChanged.connect(self._connection_selected)

        self.order_id_edit = QLineEdit(self)
        self.order_id_edit.setObjectName("orderIdEdit")
        self.order_id_edit.setAccessibleName(self.tr("Order ID"))
        self.order_id_edit.setPlaceholderText(self.tr("Kombo assessment order ID"))
        self.order_id_edit.setToolTip(
            self.tr("The ID of the assessment order, e.g. GRKdd9dibYKKCrmGRSMJf3wu")
        )
        self.order_id_edit.setClearButtonEnabled(True)
        keep_long_text(self.order_id_edit)  # not cut at QLineEdit's 32,767
        self.order_id_edit.setMinimumWidth(self.fontMetrics().horizontalAdvance("M" * 22))
        self.order_id_edit.textChanged.connect(self._order_id_changed)

        self.top_bar = QWidget(self)
        self.top_bar.setObjectName("topBar")
        bar = QHBoxLayout(self.top_bar)
        bar.setContentsMargins(0, 0, 0, 0)
        connection_label = QLabel(self.tr("&Connection:"), self.top_bar)
        connection_label.setBuddy(self.profile_combo)
        order_label = QLabel(self.tr("&Order ID:"), self.top_bar)
        order_label.setBuddy(self.order_id_edit)
        bar.addWidget(connection_label)
        bar.addWidget(self.profile_combo)
        bar.addSpacing(16)
        bar.addWidget(order_label)
        bar.addWidget(self.order_id_edit, 1)
        # Later features add their widgets here (e.g. "Manage profiles…", "Find order…").
        self.top_bar_layout = bar

        self.order_summary = QLabel(self)
        self.order_summary.setObjectName("orderSummaryLabel")
        self.order_summary.setWordWrap(True)
        self.order_summary.setTextFormat(Qt.TextFormat.RichText)
        self.order_summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.order_summary.setFrameShape(QFrame.Shape.StyledPanel)
        self.order_summary.setMargin(6)
        self.order_summary.setBackgroundRole(QPalette.ColorRole.AlternateBase)
        self.order_summary.setAutoFillBackground(True)
        self.order_summary.hide()

    def _build_form(self) -> None:
        self.result_form = ResultForm(self)
        self.result_form.changed.connect(self._form_changed)
        result_box = QGroupBox(self.tr("Result"), self)
        result_box.setObjectName("resultGroup")
        box_layout = QVBoxLayout(result_box)
        box_layout.addWidget(self.result_form)

        self.attributes_editor = AttributesEditor(self)
        self.attachments_editor = AttachmentsEditor(self)
        self.remote_fields_editor = RemoteFieldsEditor(self)
        for editor in (self.attributes_editor, self.attachments_editor, self.remote_fields_editor):
            editor.changed.connect(self._form_changed)
        self.attachments_editor.changed.connect(self._attachments_changed)
        # Refusals ("at most 5 attachments") also go to the status bar.
        self.attachments_editor.message.connect(self._attachments_message)

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("editorTabs")
        self.tabs.setDocumentMode(False)
        self.tabs.addTab(self.attributes_editor, self.tr("Attributes"))
        self.tabs.addTab(self.attachments_editor, self.tr("Attachments"))
        self.tabs.addTab(self.remote_fields_editor, self.tr("Remote fields"))
        self.tabs.setMinimumHeight(220)

        form_page = QWidget(self)
        form_page.setObjectName("formPage")
        page = QVBoxLayout(form_page)
        page.setContentsMargins(0, 0, 4, 0)
        page.addWidget(result_box)
        page.addWidget(self.tabs, 1)
        self.form_scroll = QScrollArea(self)
        self.form_scroll.setObjectName("formScroll")
        self.form_scroll.setWidgetResizable(True)
        self.form_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.form_scroll.setWidget(form_page)
        self.form_scroll.setMinimumWidth(420)

    def _build_right(self) -> None:
        self.preview_panel = PreviewPanel(self)
        self.preview_edit = self.preview_panel.preview_edit

        self.log_panel = LogPanel(self)
        log_box = QWidget(self)
        log_box.setObjectName("logBox")
        log_title = QLabel(self.tr("Send log"), log_box)
        font = log_title.font()
        font.setBold(True)
        log_title.setFont(font)
        self.copy_log_action = QAction(icon("copy"), self.tr("Copy log"), self)
        self.copy_log_action.setObjectName("copyLogAction")
        self.copy_log_action.setToolTip(self.tr("Copy the selected lines, or the whole log"))
        self.copy_log_action.triggered.connect(self._copy_log)
        self.clear_log_action = QAction(icon("clear"), self.tr("Clear log"), self)
        self.clear_log_action.setObjectName("clearLogAction")
        self.clear_log_action.setToolTip(self.tr("Remove every entry from the log panel"))
        self.clear_log_action.triggered.connect(self.log_panel.clear_entries)
        header = QHBoxLayout()
        header.setSpacing(2)
        header.addWidget(log_title)
        header.addStretch(1)
        for action in (self.copy_log_action, self.clear_log_action):
            button = QToolButton(log_box)
            button.setDefaultAction(action)
            button.setAutoRaise(True)
            button.setObjectName(action.objectName().replace("Action", "Button"))
            header.addWidget(button)
        layout = QVBoxLayout(log_box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(header)
        layout.addWidget(self.log_panel, 1)

        self.right_splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.right_splitter.setObjectName("rightSplitter")
        self.right_splitter.setChildrenCollapsible(False)
        self.right_splitter.addWidget(self.preview_panel)
        self.right_splitter.addWidget(log_box)
        self.right_splitter.setStretchFactor(0, 3)
        self.right_splitter.setStretchFactor(1, 2)

    def _build_send_bar(self) -> None:
        self.problems_label = QLabel(self)
        self.problems_label.setObjectName("problemsLabel")
        self.problems_label.setWordWrap(True)
        self.problems_label.setTextFormat(Qt.TextFormat.RichText)
        self.problems_label.setSizePolicy(
            QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred
        )
        self.problems_label.linkActivated.connect(lambda _link: self.focus_first_problem())
        self.problems_icon = QLabel(self)
        self.problems_icon.setObjectName("problemsIcon")

        self.cancel_button = QPushButton(icon("cancel"), self.tr("Cancel"), self)
        self.cancel_button.setObjectName("cancelButton")
        self.cancel_button.setAccessibleName(self.tr("Cancel sending"))
        self.cancel_button.setToolTip(self.tr("Stop the send in flight; the form stays as it is"))
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(self.cancel_send)

        self.send_button = QPushButton(icon("send"), self.tr("Send result"), self)
        self.send_button.setObjectName("sendButton")
        self.send_button.setAccessibleName(self.tr("Send result"))
        self.send_button.setDefault(True)
        self.send_button.clicked.connect(self.request_send)

        self.send_bar = QWidget(self)
        self.send_bar.setObjectName("sendBar")
        bar = QHBoxLayout(self.send_bar)
        bar.setContentsMargins(0, 4, 0, 0)
        bar.addWidget(self.problems_icon, 0, Qt.AlignmentFlag.AlignTop)
        bar.addWidget(self.problems_label, 1)
        bar.addWidget(self.cancel_button, 0, Qt.AlignmentFlag.AlignTop)
        bar.addWidget(self.send_button, 0, Qt.AlignmentFlag.AlignTop)

    def _build_central(self) -> None:
        left = QWidget(self)
        left.setObjectName("leftPane")
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.form_scroll, 1)
        left_layout.addWidget(self.send_bar)

        self.main_splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.main_splitter.setObjectName("mainSplitter")
        self.main_splitter.setChildrenCollapsible(False)
        self.main_splitter.addWidget(left)
        self.main_splitter.addWidget(self.right_splitter)
        self.main_splitter.setStretchFactor(0, 5)
        self.main_splitter.setStretchFactor(1, 4)

        central = QWidget(self)
        central.setObjectName("central")
        layout = QVBoxLayout(central)
        layout.setContentsMargins(10, 8, 10, 4)
        layout.setSpacing(8)
        layout.addWidget(self.top_bar)
        layout.addWidget(self.order_summary)
        layout.addWidget(self.main_splitter, 1)
        self.setCentralWidget(central)

    def _build_actions(self) -> None:
        self.send_action = QAction(icon("send"), self.tr("&Send result"), self)
        self.send_action.setObjectName("sendAction")
        self.send_action.setShortcuts([QKeySequence("Ctrl+Return"), QKeySequence("Ctrl+Enter")])
        self.send_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.send_action.triggered.connect(self.request_send)
        self.addAction(self.send_action)
        self.send_button.setToolTip(
            self.tr("Send the result to Kombo (%1)").replace(
                "%1", QKeySequence("Ctrl+Return").toString(QKeySequence.SequenceFormat.NativeText)
            )
        )

        self.cancel_action = QAction(icon("cancel"), self.tr("&Cancel sending"), self)
        self.cancel_action.setObjectName("cancelAction")
        self.cancel_action.setEnabled(False)
        self.cancel_action.triggered.connect(self.cancel_send)

        self.new_action = self.preview_panel.new_action
        self.open_action = self.preview_panel.open_action
        self.save_action = self.preview_panel.save_action
        self.copy_curl_action = self.preview_panel.copy_curl_action
        self.new_action.triggered.connect(self.new_result)
        self.open_action.triggered.connect(self.open_json)
        self.save_action.triggered.connect(self.save_json)
        self.copy_curl_action.triggered.connect(self.copy_as_curl)

        self.undo_new_action = QAction(icon("undo"), self.tr("&Undo new result"), self)
        self.undo_new_action.setObjectName("undoNewResultAction")
        self.undo_new_action.setEnabled(False)
        self.undo_new_action.triggered.connect(self.undo_new_result)

        self.quit_action = QAction(icon("quit"), self.tr("&Quit"), self)
        self.quit_action.setObjectName("quitAction")
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit_action.triggered.connect(self.close)

        self.open_log_folder_action = QAction(icon("folder"), self.tr("Open &log folder"), self)
        self.open_log_folder_action.setObjectName("openLogFolderAction")
        self.open_log_folder_action.triggered.connect(self.open_log_folder)
        self.about_action = QAction(icon("about"), self.tr("&About Result Desk"), self)
        self.about_action.setObjectName("aboutAction")
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(self.show_about)
        self.reset_layout_action = QAction(self.tr("&Reset layout"), self)
        self.reset_layout_action.setObjectName("resetLayoutAction")
        self.reset_layout_action.triggered.connect(self.reset_layout)

    def _build_menus(self) -> None:
        menu_bar = self.menuBar()
        self.file_menu = menu_bar.addMenu(self.tr("&File"))
        self.file_menu.setObjectName("fileMenu")
        for action in (self.new_action, self.open_action, self.save_action):
            self.file_menu.addAction(action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.send_action)
        self.file_menu.addAction(self.cancel_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)

        self.edit_menu = menu_bar.addMenu(self.tr("&Edit"))
        self.edit_menu.setObjectName("editMenu")
        self.edit_menu.addAction(self.undo_new_action)
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(self.copy_curl_action)
        self.edit_menu.addAction(self.copy_log_action)
        self.edit_menu.addAction(self.clear_log_action)
        # The editors' add keys work from anywhere in the window (the empty tables name them):
        # each shows its tab first, then adds, so the new row or link field has the focus.
        self.edit_menu.addSeparator()
        attributes = self.attributes_editor
        attachments = self.attachments_editor
        for action, page, slot in (
            (attributes.add_text_action, attributes, attributes.add_text_attribute),
            (attributes.add_sub_result_action, attributes, attributes.add_sub_result),
            (attachments.add_files_action, attachments, attachments.choose_files),
            (attachments.add_link_action, attachments, attachments.start_link),
        ):
            self._make_window_wide(action, page, slot)
            self.edit_menu.addAction(action)

        self.view_menu = menu_bar.addMenu(self.tr("&View"))
        self.view_menu.setObjectName("viewMenu")
        # Panels added with add_dock() put their toggle actions above this separator.
        self._view_docks_separator = self.view_menu.addSeparator()
        self.view_menu.addAction(self.reset_layout_action)

        self.help_menu = menu_bar.addMenu(self.tr("&Help"))
        self.help_menu.setObjectName("helpMenu")
        self.help_menu.addAction(self.open_log_folder_action)
        self.help_menu.addSeparator()
        self.help_menu.addAction(self.about_action)

    def _make_window_wide(self, action: QAction, page: QWidget, slot: Callable[[], object]) -> None:
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.disconnect(slot)
        action.triggered.connect(lambda: self.tabs.setCurrentWidget(page))
        action.triggered.connect(slot)

    def _build_status_bar(self) -> None:
        status = self.statusBar()
        status.setObjectName("statusBar")
        self.progress_label = QLabel(self)
        self.progress_label.setObjectName("uploadProgressLabel")
        self.progress_bar = QProgressBar(self)
        self.progress_bar.setObjectName("uploadProgressBar")
        self.progress_bar.setMaximumWidth(180)
        self.progress_bar.setTextVisible(False)
        self.progress_label.hide()
        self.progress_bar.hide()
        status.addPermanentWidget(self.progress_label)
        status.addPermanentWidget(self.progress_bar)
        self._undo_widget: QWidget | None = None

    def _connect_sender(self) -> None:
        self.sender_.busy_changed.connect(self._busy_changed)
        self.sender_.started.connect(self._send_started)
        self.sender_.progress.connect(self._send_progress)
        self.sender_.retrying.connect(self._send_retrying)
        self.sender_.refused.connect(self._send_refused)
        self.sender_.finished.connect(self._send_done)

    # === seams ==============================================================================

    def form_state(self) -> dict[str, Any]:
        """The whole form as JSON-able data (see `form_state` for the format)."""
        state = fs.empty_state()
        state["order_id"] = trim_order_id(self.order_id_edit.text())
        state.update(self.result_form.state())
        state["attributes"] = self.attributes_editor.state()
        state["attachments"] = self.attachments_editor.state()
        state["remote_fields"] = self.remote_fields_editor.state()
        return state

    def load_form_state(self, state: dict[str, Any]) -> None:
        """Fill the form from `form_state()` output (a draft, a history entry, a template)."""
        state = fs.normalized_state(state)
        self._loading = True
        try:
            self.order_id_edit.setText(state["order_id"])
            self.result_form.set_state(state)
            self.attributes_editor.set_state(state["attributes"])
            self.attachments_editor.set_state(state["attachments"])
            self._load_remote_fields(state["remote_fields"])
        finally:
            self._loading = False
        self._extra_issues = fs.file_issues(state["attachments"])
        # An empty form is new, not wrong: no marks until the person types.
        self._pristine = fs.is_blank_state(self.form_state())
        self.validate_now()

    def _load_remote_fields(self, value: dict[str, Any]) -> None:
        # The editor's own state (inputs as typed), or a remote_fields object from a template
        # or a history entry: the editor's state keys are never ATS names, so they tell apart.
        if value and set(value) <= set(REMOTE_STATE_KEYS):
            self.remote_fields_editor.set_state(value)
        else:
            self.remote_fields_editor.set_from_model(value)

    def _remote_fields_input(self) -> dict[str, Any]:
        value = self.remote_fields_editor.model_input()
        return dict(value) if value else {}

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

    @property
    def current_order(self) -> Order | None:
        """The order chosen with `set_order`, while the order ID still names it."""
        return self._order

    def set_order(self, order: Order, package_name: str | None = None) -> None:
        """Put the order's ID in the form and show who and what it is above the form.

        `package_name`: the package's name when known (orders panel); else its id is shown.
        """
        self._order = order
        self.order_id_edit.setText(order.id)
        if order.status in ("COMPLETED", "CANCELLED"):
            # Kombo refuses any other status for a closed order; start from the only valid one.
            combo = self.result_form.status_combo
            combo.setCurrentIndex(combo.findData(order.status))
        self.order_summary.setText(self._order_summary_html(order, package_name))
        self.order_summary.show()

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

    def add_menu(self, title: str) -> QMenu:
        """A top-level menu before Help, for features that need one."""
        menu = QMenu(title, self)
        self.menuBar().insertMenu(self.help_menu.menuAction(), menu)
        return menu

    # === the form ===========================================================================

    def _order_id_changed(self, text: str) -> None:
        if self._order is not None and trim_order_id(text) != self._order.id:
            self._order = None
            self.order_summary.hide()
        self._form_changed()

    def _form_changed(self) -> None:
        if self._loading:
            return
        self._pristine = False
        self._sent_note = None  # changed since the send: it is a new result to check
        self._disable_undo()
        self._validate_timer.start()

    def _attachments_changed(self) -> None:
        if not self._loading:
            # A stat per file (at most five) when the list changes, never per keystroke.
            self._extra_issues = fs.file_issues(self.attachments_editor.state())

    def _attachments_message(self, text: str) -> None:
        if text:
            self.statusBar().showMessage(text, 8000)

    def _connection_selected(self, _index: int) -> None:
        connection = self.current_connection()
        self.context.selected = max(0, self.profile_combo.currentIndex())
        self.connection_changed.emit(connection)
        # "Add a connection" comes and goes with the choice. Profiles fill the combo before
        # the first paint: with defer_validation, the first validate_now() covers that.
        if not self._first_validation_pending:
            self._validate_timer.start()

    def validate_now(self) -> ValidationOutcome:
        """Validate the form at once (the debounce timer calls this) and show the result."""
        from app.kombo.validation import validate_result  # pydantic: not before the first paint

        self._validate_timer.stop()
        self._first_validation_pending = False
        state = self.form_state()
        remote = self._remote_fields_input()
        outcome = self.result_form.checked(validate_result(fs.model_input(state, remote)))
        self._outcome = outcome
        errors = list(outcome.errors) + [i for i in self._extra_issues if i.severity == "error"]
        warnings = list(outcome.warnings) + [
            i for i in self._extra_issues if i.severity == "warning"
        ]
        parse_error = self.remote_fields_editor.parse_error()
        if parse_error:
            errors.append(FieldIssue(("remote_fields",), parse_error))
        outside = self._outside_issues(state)
        self._show_issues(errors, warnings, outside)
        self._show_preview(outcome, fs.model_input(state, remote))
        self.validated.emit(outcome)
        return outcome

    def _outside_issues(self, state: dict[str, Any]) -> list[FieldIssue]:
        """Not part of the body, but nothing can be sent without them."""
        outside: list[FieldIssue] = []
        if self.current_connection() is None:
            outside.append(
                FieldIssue(("connection",), self.tr("Add a connection to send the result to."))
            )
        # The client's own rule (app.kombo.order_ids): what it would refuse is marked here.
        problem = order_id_problem(state["order_id"])
        if problem is not None:
            outside.append(FieldIssue(("order_id",), problem))
        elif self._order_id_finding and self._order_id_finding[0] == state["order_id"]:
            outside.append(FieldIssue(("order_id",), self._order_id_finding[1]))
        return outside

    def mark_order_id(self, order_id: str, message: str | None) -> None:
        """Show a lookup's finding (e.g. no such order) at the field while it holds `order_id`."""
        self._order_id_finding = (order_id, message) if message else None
        self._pristine = False
        self.validate_now()

    def _show_unvalidated(self) -> None:
        """Before the first validation (`defer_validation`): Send disabled, the form as a draft.

        The window is new, so this is what validation will show too: no marks (nothing typed
        yet), the summary asking for the order ID, the preview as a draft.
        """
        self._validate_timer.stop()
        state = self.form_state()
        outside = self._outside_issues(state)
        pending = FieldIssue((), self.tr("The result has not been checked yet."))
        self._outcome = None
        self._update_tab_marks(fs.route_issues([]))
        self._first_issue = outside[0] if outside else None
        self._blocking = True
        self._update_summary(outside or [pending], [])
        self._update_buttons()
        model_input = fs.model_input(state, self._remote_fields_input())
        self.preview_panel.show_json(_draft_json(model_input), valid=False)

    def _show_issues(
        self,
        errors: list[FieldIssue],
        warnings: list[FieldIssue],
        outside: list[FieldIssue],
    ) -> None:
        show_marks = not self._pristine
        everything = [*errors, *warnings]
        routed = fs.route_issues(everything if show_marks else [])
        for name in fs.RESULT_FIELDS:
            widget = self.result_form.widget_for(name)
            if widget is None:
                continue
            issues = routed.result.get(name, [])
            _mark(widget, issues)
        order_issues = [i for i in outside if i.path == ("order_id",)]
        _mark(self.order_id_edit, order_issues if show_marks else [])
        self.attributes_editor.show_issues(routed.attributes)
        self.attachments_editor.show_issues(routed.attachments)
        self.remote_fields_editor.show_issues(
            [i for i in routed.remote_fields if i.path or i.message != self._parse_error_text()]
        )
        self._update_tab_marks(fs.route_issues(everything))

        blocking = outside + errors
        self._first_issue = blocking[0] if blocking else (warnings[0] if warnings else None)
        self._blocking = bool(blocking)
        self._update_summary(blocking, warnings)
        self._update_buttons()

    def _parse_error_text(self) -> str | None:
        error = self.remote_fields_editor.parse_error()
        return str(error) if error else None

    def _update_tab_marks(self, routed: fs.RoutedIssues) -> None:
        parts = (
            (self.attributes_editor, routed.attributes, self.tr("Attributes")),
            (self.attachments_editor, routed.attachments, self.tr("Attachments")),
            (self.remote_fields_editor, routed.remote_fields, self.tr("Remote fields")),
        )
        for editor, issues, title in parts:
            index = self.tabs.indexOf(editor)
            count = _item_count(editor.state())
            text = f"{title} ({count})" if count else title
            severities = {issue.severity for issue in issues}
            if "error" in severities and not self._pristine:
                mark = "error"
            elif "warning" in severities:
                mark = "warning"
            else:
                mark = ""
            # Setting a tab's text or icon relayouts and repaints the whole tab widget (and the
            # table in it), even when nothing changed: only touch what did.
            if self._tab_marks.get(index) == (text, mark):
                continue
            self._tab_marks[index] = (text, mark)
            self.tabs.setTabText(index, text)
            self.tabs.setTabIcon(index, icon(mark) if mark else QIcon())

    def _update_summary(self, errors: list[FieldIssue], warnings: list[FieldIssue]) -> None:
        label = self.problems_label
        if self._pristine and errors:
            # A new form is not "wrong" yet: say what is needed, without a list of errors.
            label.setText(self.tr("Enter the order ID and the result to send it."))
            label.setToolTip("")
            label.setAccessibleDescription(label.text())
            self.problems_icon.setPixmap(icon("info").pixmap(16, 16))
            return
        if not errors and not warnings:
            label.setText(self._sent_note or self.tr("Ready to send."))
            label.setToolTip("")
            self.problems_icon.setPixmap(icon("ok").pixmap(16, 16))
            label.setAccessibleDescription(label.text())
            return
        shown = errors or warnings
        first = shown[0]
        lines = [f"{self._where(issue)}: {issue.message}" for issue in [*errors, *warnings]]
        if errors:
            head = (
                self.tr("1 problem")
                if len(errors) == 1
                else self.tr("%1 problems").replace("%1", str(len(errors)))
            )
        else:
            head = (
                self.tr("1 warning")
                if len(warnings) == 1
                else self.tr("%1 warnings").replace("%1", str(len(warnings)))
            )
        first_text = f"{self._where(first)}: {first.message}"
        more = len(shown) - 1
        tail = " " + self.tr("(and %1 more)").replace("%1", str(more)) if more else ""
        label.setText(f'<a href="#first">{_html(head)}</a>: {_html(first_text)}{_html(tail)}')
        label.setToolTip("\n".join(lines))
        label.setAccessibleDescription("\n".join(lines))
        kind = "error" if errors else "warning"
        self.problems_icon.setPixmap(icon(kind).pixmap(16, 16))

    def _where(self, issue: FieldIssue) -> str:
        if issue.path == ("order_id",):
            return self.tr("Order ID")
        if issue.path == ("connection",):
            return self.tr("Connection")
        return fs.issue_location(issue)

    def focus_first_problem(self) -> None:
        issue = self._first_issue
        if issue is None:
            return
        head = issue.path[0] if issue.path else None
        widget: QWidget | None = None
        if head == "order_id":
            widget = self.order_id_edit
        elif head == "connection":
            widget = self.profile_combo
        elif isinstance(head, str) and head in fs.RESULT_FIELDS:
            widget = self.result_form.widget_for(head)
        else:
            editor = {
                "attributes": self.attributes_editor,
                "attachments": self.attachments_editor,
                "remote_fields": self.remote_fields_editor,
            }.get(str(head))
            if editor is not None:
                self.tabs.setCurrentWidget(editor)
                if editor is self.remote_fields_editor and self._parse_error_text():
                    self.remote_fields_editor.go_to_error()
                    return
                widget = editor
        if widget is not None:
            self.form_scroll.ensureWidgetVisible(widget)
            widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def _show_preview(self, outcome: ValidationOutcome, model_input: dict[str, Any]) -> None:
        if outcome.body is not None:
            from app.kombo.body import preview_json

            self.preview_panel.show_json(preview_json(outcome.body), valid=True)
        else:
            self.preview_panel.show_json(_draft_json(model_input), valid=False)

    def is_ready_to_send(self) -> bool:
        return (
            self._outcome is not None
            and self._outcome.body is not None
            and not self._blocking
            and self.current_connection() is not None
        )

    def _update_buttons(self) -> None:
        busy = self.sender_.busy or self._confirm_box is not None
        ready = self.is_ready_to_send()
        self.send_button.setEnabled(ready and not busy)
        self.send_action.setEnabled(ready and not busy)
        self.cancel_button.setEnabled(self.sender_.busy)
        self.cancel_action.setEnabled(self.sender_.busy)
        self.copy_curl_action.setEnabled(ready)

    # === new / open / save ==================================================================

    def new_result(self) -> None:
        """Clear the form; "Undo new result" brings it back until the form is edited."""
        self._undo_state = self.form_state()
        self._load_pristine(fs.empty_state())
        self.undo_new_action.setEnabled(True)
        self._show_undo_message()

    def undo_new_result(self) -> None:
        if self._undo_state is None:
            return
        state, self._undo_state = self._undo_state, None
        self.load_form_state(state)
        self._disable_undo()
        self.statusBar().showMessage(self.tr("The previous result is back."), 4000)

    def _load_pristine(self, state: dict[str, Any]) -> None:
        self.load_form_state(state)
        self._order = None
        self.order_summary.hide()
        self._pristine = True
        self.validate_now()

    def _show_undo_message(self) -> None:
        self._remove_undo_widget()
        box = QWidget(self)
        box.setObjectName("undoNewResultMessage")
        layout = QHBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("The form was cleared."), box))
        button = QPushButton(icon("undo"), self.tr("Undo"), box)
        button.setObjectName("undoNewResultButton")
        button.clicked.connect(self.undo_new_result)
        layout.addWidget(button)
        self.statusBar().addWidget(box)
        self._undo_widget = box
        QTimer.singleShot(UNDO_MESSAGE_MS, box, self._remove_undo_widget)

    def _remove_undo_widget(self) -> None:
        if self._undo_widget is not None:
            self.statusBar().removeWidget(self._undo_widget)
            self._undo_widget.deleteLater()
            self._undo_widget = None

    def _disable_undo(self) -> None:
        if self._undo_state is not None or self._undo_widget is not None:
            self._undo_state = None
            self.undo_new_action.setEnabled(False)
            self._remove_undo_widget()

    def save_json(self) -> None:
        parse_error = self._parse_error_text()
        if parse_error:
            # Saving would drop the raw remote fields that do not parse; say so instead.
            self._error_box(
                self.tr("Fix the remote fields first"),
                self.tr(
                    "The other remote fields are not valid JSON (%1), so they cannot be "
                    "saved. Fix or clear them, then save again."
                ).replace("%1", parse_error),
            )
            return
        dialog = QFileDialog(self, self.tr("Save result as JSON"))
        dialog.setObjectName("saveJsonDialog")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilter(self.tr("Result templates (*.json)"))
        dialog.setDefaultSuffix("json")
        order = trim_order_id(self.order_id_edit.text())
        dialog.selectFile(f"result-{order}.json" if order else "result.json")
        dialog.fileSelected.connect(self.save_json_to)
        dialog.open()

    def save_json_to(self, path: str) -> bool:
        from app.store.atomic import atomic_write

        try:
            text = fs.dumps_template(self.form_state(), self._remote_fields_input())
            # All or nothing: a full disk or a crash never leaves half a template behind.
            atomic_write(Path(path), text.encode("utf-8"))
        except OSError as exc:
            self._error_box(self.tr("Could not save the file"), f"{path}\n{exc.strerror or exc}")
            return False
        self.statusBar().showMessage(self.tr("Saved %1").replace("%1", path), 5000)
        log.info("saved template %s", path)
        return True

    def open_json(self) -> None:
        dialog = QFileDialog(self, self.tr("Open result JSON"))
        dialog.setObjectName("openJsonDialog")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setNameFilters([self.tr("Result templates (*.json)"), self.tr("All files (*)")])
        dialog.fileSelected.connect(self.open_json_from)
        dialog.open()

    def open_json_from(self, path: str) -> bool:
        try:
            # Read on the Qt thread, so never more than a template can be (attachments are
            # kept as paths): a wrong pick of a huge file must not freeze the window.
            # A regular file only (a FIFO would block the open), at most the limit + 1 bytes.
            raw = read_regular(Path(path), MAX_TEMPLATE_BYTES)
        except FileTooLarge:
            raw = None
        except OSError as exc:
            self._error_box(self.tr("Could not open the file"), f"{path}\n{exc}")
            return False
        try:
            if raw is None:
                self._error_box(
                    self.tr("Could not open the file"),
                    self.tr(
                        "%1\nThe file is larger than 5 MB: too large for a result template, "
                        "which keeps attachments as file paths."
                    ).replace("%1", path),
                )
                return False
            text = raw.decode("utf-8")
            if exceeds_depth(text):
                self._error_box(
                    self.tr("Could not open the file"),
                    self.tr(
                        "%1\nIts JSON nests more than %2 levels deep: this is not a result "
                        "template."
                    )
                    .replace("%1", path)
                    .replace("%2", str(MAX_TEMPLATE_DEPTH)),
                )
                return False
            loaded = fs.loads_template(text, base_dir=os.path.dirname(os.path.abspath(path)))
        except (OSError, UnicodeDecodeError) as exc:
            self._error_box(self.tr("Could not open the file"), f"{path}\n{exc}")
            return False
        except fs.TemplateError as exc:
            self._error_box(self.tr("Could not open the file"), f"{path}\n{exc}")
            return False
        self.load_form_state(loaded.state)
        message = self.tr("Opened %1").replace("%1", path)
        if loaded.issues:
            message += " - " + self.tr("some attachments need attention")
        self.statusBar().showMessage(message, 8000)
        return True

    def copy_as_curl(self) -> None:
        outcome = self.validate_now()
        connection = self.current_connection()
        order_id = trim_order_id(self.order_id_edit.text())
        if outcome.body is None or connection is None or order_id_problem(order_id):
            self.statusBar().showMessage(self.tr("Fix the problems first."), 4000)
            return
        from app.kombo.curl import curl_command

        command = curl_command(
            connection.base_url, connection.integration_id, order_id, outcome.body
        )
        clipboard = QGuiApplication.clipboard()
        if clipboard is not None:
            clipboard.setText(command)
        self.statusBar().showMessage(
            self.tr("curl command copied; it reads the key from $KOMBO_API_KEY."), 5000
        )

    # === sending ============================================================================

    def request_send(self) -> bool:
        """Send (button, Ctrl+Enter): confirms first when the order would leave OPEN.

        Returns True if sending started (or waits for the confirmation), False if refused.
        """
        if self.sender_.busy or self._confirm_box is not None:
            return False
        self._pristine = False
        outcome = self.validate_now()
        if not self.is_ready_to_send() or outcome.body is None:
            self.focus_first_problem()
            return False
        guard, connection = self.context.send_guard, self.current_connection()
        order_id = trim_order_id(self.order_id_edit.text())
        if not self._recent_passed and self._ask_if_sent_recently(order_id):
            return True  # asks first: this order was written a moment ago
        if (
            guard is not None
            and connection is not None
            and not self._guard_passed
            and not guard(order_id, connection, self._send_after_guard)
        ):
            return True  # the guard asks first (history: last outcome unknown)
        if outcome.body.status.value != "OPEN" and self.ask_before_closing_order:
            self._confirm_closing(outcome.body)
            return True
        return self._start_send(outcome.body)

    def send_confirmed_again(self) -> bool:
        """`request_send` for a send the person already confirmed as a repeat (History's
        "Send again"): the recent-send question is not asked a second time."""
        self._recent_passed = True
        try:
            return self.request_send()
        finally:
            self._recent_passed = False

    def _ask_if_sent_recently(self, order_id: str) -> bool:
        """Ask (non-blocking) before writing an order this window wrote minutes ago."""
        recent = self._recent_sends.get(order_id)
        if recent is None:
            return False
        when, what = recent
        if (datetime.now(UTC) - when).total_seconds() > RECENT_SEND_S:
            return False
        box = QMessageBox(self)
        box.setObjectName("confirmSendAgainDialog")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Send again?"))
        box.setText(
            self.tr("Order %1 was written at %2 (%3): %4. Write it again?")
            .replace("%1", order_id)
            .replace("%2", when.astimezone().strftime("%H:%M:%S"))
            .replace("%3", _ago(when))
            .replace("%4", what)
        )
        again = box.addButton(self.tr("Send &again"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        self._confirm_box = box

        def done() -> None:
            self._confirm_box = None
            box.deleteLater()
            if box.clickedButton() is again:
                self.send_confirmed_again()

        box.finished.connect(done)
        box.open()
        return True

    def _send_after_guard(self) -> None:
        self._guard_passed = True
        try:
            self.request_send()
        finally:
            self._guard_passed = False

    def _confirm_closing(self, body: ResultBody) -> None:
        # Asked at send time, because that is when the order actually leaves OPEN: choosing a
        # status in the combo changes nothing yet. Non-blocking: open() and a signal.
        order = trim_order_id(self.order_id_edit.text())
        box = QMessageBox(self)
        box.setObjectName("confirmCloseOrderDialog")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Close the order?"))
        box.setText(
            self.tr("Send order %1 as %2?").replace("%1", order).replace("%2", body.status.value)
        )
        box.setInformativeText(
            self.tr(
                "This closes the order; it cannot be undone. Kombo lets the status change "
                "only while the order is OPEN."
            )
        )
        check = QCheckBox(self.tr("Don't ask again until Result Desk is closed"), box)
        check.setObjectName("dontAskAgainCheck")
        box.setCheckBox(check)
        send = box.addButton(self.tr("Send and close the order"), QMessageBox.ButtonRole.AcceptRole)
        send.setObjectName("confirmSendButton")
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(send)
        box.setWindowModality(Qt.WindowModality.WindowModal)

        def done() -> None:
            self._confirm_box = None
            box.deleteLater()
            if box.clickedButton() is send:
                self.ask_before_closing_order = not check.isChecked()
                current = self.validate_now()
                if current.body is not None and self.is_ready_to_send():
                    self._start_send(current.body)
            self._update_buttons()

        box.finished.connect(done)
        self._confirm_box = box
        self._update_buttons()
        box.open()

    def _start_send(self, body: ResultBody) -> bool:
        connection = self.current_connection()
        if connection is None:
            return False
        order_id = trim_order_id(self.order_id_edit.text())
        started = self.sender_.send(connection, self.context.key_provider, order_id, body)
        if started:
            self.log_panel.add(
                "info",
                self.tr("Sending order %1 as %2 to %3…")
                .replace("%1", order_id)
                .replace("%2", body.status.value)
                .replace("%3", connection.name),
            )
        return started

    def cancel_send(self) -> None:
        if self.sender_.cancel():
            self.statusBar().showMessage(self.tr("Cancelling…"))

    def _busy_changed(self, busy: bool) -> None:
        self._update_buttons()
        if not busy:
            self.progress_bar.hide()
            self.progress_label.hide()

    def _send_started(self) -> None:
        self.progress_bar.setRange(0, 0)
        self.progress_bar.show()
        self.progress_label.setText(self.tr("Connecting…"))
        self.progress_label.show()

    def _send_progress(self, sent: int, total: int) -> None:
        from app.kombo.body import human_size

        if total <= 0:
            return
        self.progress_bar.setRange(0, 1000)
        self.progress_bar.setValue(int(1000 * sent / total))
        if sent >= total:
            self.progress_label.setText(
                self.tr("Sent %1; waiting for Kombo…").replace("%1", human_size(total))
            )
        else:
            self.progress_label.setText(
                self.tr("Uploading %1 of %2")
                .replace("%1", human_size(sent))
                .replace("%2", human_size(total))
            )

    def _send_retrying(self, notice: RetryNotice) -> None:
        seconds = (
            f"{notice.wait_seconds:.0f}"
            if notice.wait_seconds >= 1
            else (f"{notice.wait_seconds:.1f}")
        )
        reason = (
            self.tr("Rate limited")
            if notice.reason == "rate limited"
            else self.tr("Could not connect")
        )
        text = (
            self.tr("%1, retrying in %2 s (attempt %3)")
            .replace("%1", reason)
            .replace("%2", seconds)
            .replace("%3", str(notice.attempt))
        )
        self.log_panel.add("info", text)
        self.statusBar().showMessage(text, int(notice.wait_seconds * 1000) + 1000)

    def _send_refused(self, message: str) -> None:
        self.log_panel.add("error", message)
        self.statusBar().showMessage(message, 8000)

    def _send_done(self, record: SendRecord) -> None:
        self._log_record(record)
        if record.outcome == "success":
            status = str(record.request.get("status", ""))
            score = record.request.get("score")
            what = self.tr("status %1").replace("%1", status)
            if score is not None:
                what += ", " + self.tr("score %1").replace("%1", str(score))
            self._recent_sends[record.order_id] = (record.started_at, what)
            self._sent_note = (
                self.tr("Sent at %1 (%2). Sending again writes the order again.")
                .replace("%1", record.started_at.astimezone().strftime("%H:%M:%S"))
                .replace("%2", what)
            )
            self._update_summary([], [])
        if self.context.on_send_recorded is not None:
            try:
                self.context.on_send_recorded(record)
            except Exception:
                log.exception("the send hook failed")
        self.send_finished.emit(record)

    def _log_record(self, record: SendRecord) -> None:
        """One headline per send (outcome, order, status, HTTP status, duration), then what
        Kombo said: each warning on its own highlighted line, or the error and its log link."""
        panel = self.log_panel
        http = (
            self.tr("HTTP %1").replace("%1", str(record.http_status))
            if record.http_status
            else self.tr("no HTTP answer")
        )
        facts = " · ".join(
            (
                self.tr("order %1").replace("%1", record.order_id),
                str(record.request.get("status", "")),
                http,
                self.tr("%1 s").replace("%1", f"{record.duration_s:.2f}"),
            )
        )
        error = record.error or {}
        status_message = ""
        if record.outcome == "success":
            panel.add("success", self.tr("Result written") + " · " + facts)
            for warning in record.warnings:
                panel.add("warning", self.tr("Kombo warning: %1").replace("%1", warning))
            count = len(record.warnings)
            status_message = (
                self.tr("Result written.")
                if not count
                else self.tr("Result written with %1 warning(s).").replace("%1", str(count))
            )
        elif record.outcome == "api_error":
            code = error.get("code") or http
            panel.add("error", self.tr("Kombo refused the result") + " · " + facts)
            title = error.get("title")
            message = str(error.get("message") or "")
            panel.add("detail", f"{code}: {title} - {message}" if title else f"{code}: {message}")
            if record.log_url:
                panel.add("detail", self.tr("Kombo's log of this request:"), link=record.log_url)
            status_message = self.tr("Kombo refused the result: %1").replace("%1", str(code))
        elif record.outcome == "network_error" and error.get("kind") == "configuration":
            panel.add("error", self.tr("Nothing was sent: this connection cannot be used"))
            panel.add("detail", str(error.get("message") or ""))
            status_message = self.tr("Nothing was sent: check the connection's settings.")
        elif record.outcome == "network_error":
            panel.add("error", self.tr("No answer from Kombo") + " · " + facts)
            panel.add("detail", str(error.get("message") or ""))
            status_message = self.tr("The request did not get an answer.")
        elif record.outcome == "invalid_response" and 300 <= (record.http_status or 0) < 400:
            # The client's message says where to; the usual cause is a wrong base URL.
            panel.add("error", self.tr("Kombo answered with a redirect") + " · " + facts)
            panel.add("detail", str(error.get("message") or ""))
            status_message = self.tr("Redirected, not followed: check the connection's base URL.")
        elif record.outcome == "invalid_response":
            panel.add("error", self.tr("Kombo's answer could not be read") + " · " + facts)
            panel.add("detail", str(error.get("message") or ""))
            excerpt = " ".join(str(error.get("body_excerpt") or "").split())
            if excerpt:
                panel.add("detail", self.tr("It began: %1").replace("%1", excerpt[:200]))
            status_message = self.tr("Kombo's answer could not be read.")
        elif record.outcome == "attachment_changed" and error.get("during_send"):
            panel.add(
                "error",
                self.tr(
                    "Attachment %1 changed while it was being sent. The send was stopped before "
                    "its end, but Kombo may hold a damaged copy: send again."
                ).replace("%1", str(int(error.get("index", 0)) + 1)),
            )
            panel.add("detail", str(error.get("path") or ""))
            status_message = self.tr("An attachment changed during the send: send again.")
        elif record.outcome == "attachment_changed":
            panel.add(
                "error",
                self.tr("Nothing was sent: attachment %1 %2")
                .replace("%1", str(int(error.get("index", 0)) + 1))
                .replace("%2", str(error.get("reason") or "")),
            )
            panel.add("detail", str(error.get("path") or ""))
            status_message = self.tr("Nothing was sent: an attachment changed.")
        elif record.outcome == "cancelled":
            if record.outcome_unknown:
                panel.add(
                    "warning", self.tr("Cancelled after the whole result was sent") + " · " + facts
                )
            else:
                panel.add("info", self.tr("Cancelled; nothing was written. The form is unchanged."))
            status_message = self.tr("Sending cancelled.")
        if record.outcome_unknown:
            panel.add(
                "warning",
                self.tr(
                    "The outcome is unknown: Kombo may or may not have written this result. "
                    "Check the Kombo log before sending it again."
                ),
            )
        if record.retries:
            panel.add(
                "detail",
                self.tr("%1 retry(s) before this answer.").replace("%1", str(record.retries)),
            )
        self.statusBar().showMessage(status_message, 10000)

    # === around it ==========================================================================

    def open_log_folder(self) -> None:
        from app.store.paths import log_dir

        QDesktopServices.openUrl(QUrl.fromLocalFile(str(log_dir())))

    def show_about(self) -> None:
        from app._version import __version__

        box = QMessageBox(self)
        box.setObjectName("aboutDialog")
        box.setIconPixmap(app_icon().pixmap(64, 64))
        box.setWindowTitle(self.tr("About Result Desk"))
        box.setText(f"<b>Result Desk {__version__}</b>")
        box.setInformativeText(
            self.tr(
                "Write assessment results into applicant tracking systems through "
                "Kombo's API, by hand, quickly and safely."
            )
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def _copy_log(self) -> None:
        self.log_panel.copy_all()
        self.statusBar().showMessage(self.tr("Log copied to the clipboard."), 3000)

    def _error_box(self, title: str, text: str) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, self
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def _order_summary_html(self, order: Order, package_name: str | None = None) -> str:
        candidate = order.candidate.display_name
        job = order.job.name or self.tr("(no job name)")
        location = order.job.location.display if order.job.location else ""
        parts = [f"<b>{_html(candidate)}</b>", _html(job)]
        if location:
            parts.append(_html(location))
        package = package_name or order.package_id
        parts.append(self.tr("package %1").replace("%1", _html(package)))
        parts.append(self.tr("status %1").replace("%1", f"<b>{_html(order.status)}</b>"))
        text = " · ".join(parts)
        if order.status != "OPEN":
            text += "<br>" + _html(
                self.tr(
                    "This order is %1: its status can no longer change. Kombo may still "
                    "accept a result with the same status, which is selected below."
                ).replace("%1", order.status)
            )
        return text

    # === files dropped anywhere on the window become attachments ============================

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
        self.tabs.setCurrentWidget(self.attachments_editor)
        self.attachments_editor.add_paths_in_background(files, links)

    # === settings ===========================================================================

    def _settings(self) -> QSettings:
        from app.store.paths import settings_file

        return QSettings(str(settings_file()), QSettings.Format.IniFormat)

    def _restore_settings(self) -> None:
        self.reset_layout()  # the default, unless positions were saved
        settings = self._settings()
        settings.beginGroup(_SETTINGS_GROUP)
        geometry = settings.value("geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        state = settings.value("state")
        if isinstance(state, QByteArray) and not state.isEmpty():
            self.restoreState(state)
        for splitter in (self.main_splitter, self.right_splitter):
            value = settings.value(splitter.objectName())
            if isinstance(value, QByteArray) and not value.isEmpty():
                splitter.restoreState(value)
        settings.endGroup()

    def save_settings(self) -> None:
        settings = self._settings()
        settings.beginGroup(_SETTINGS_GROUP)
        settings.setValue("geometry", self.saveGeometry())
        settings.setValue("state", self.saveState())
        for splitter in (self.main_splitter, self.right_splitter):
            settings.setValue(splitter.objectName(), splitter.saveState())
        settings.endGroup()
        settings.sync()

    def reset_layout(self) -> None:
        """The form gets 60 % of the width; preview and log share the right side 55:45."""
        width = max(self.main_splitter.width(), self.width())
        self.main_splitter.setSizes([width * 3 // 5, width * 2 // 5])
        height = max(self.right_splitter.height(), self.height() - 120)
        self.right_splitter.setSizes([height * 55 // 100, height * 45 // 100])

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.sender_.busy and not self._force_close:
            event.ignore()
            self._confirm_quit_while_sending()
            return
        self.save_settings()
        super().closeEvent(event)
        if event.isAccepted():
            self.closed.emit()

    def _confirm_quit_while_sending(self) -> None:
        if self._close_box is not None:
            return
        box = QMessageBox(self)
        box.setObjectName("confirmQuitDialog")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("A result is being sent"))
        box.setText(self.tr("Stop sending and quit?"))
        box.setInformativeText(
            self.tr("If the result was already sent, Kombo may still write it; check its log.")
        )
        quit_button = box.addButton(self.tr("Stop and quit"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setWindowModality(Qt.WindowModality.WindowModal)

        def done() -> None:
            self._close_box = None
            box.deleteLater()
            if box.clickedButton() is quit_button:
                self._stop_and_close()

        box.finished.connect(done)
        self._close_box = box
        box.open()

    def _stop_and_close(self) -> None:
        """Cancel the send and close once it has ended: the cancelled attempt's record (the
        one whose outcome may be unknown) must reach the history before `closed` shuts it."""
        self._force_close = True  # a second close meanwhile closes at once
        if not self.sender_.busy:
            self.close()
            return
        self.statusBar().showMessage(self.tr("Stopping the send…"))
        self.sender_.busy_changed.connect(self._close_when_idle)
        self.sender_.cancel()

    def _close_when_idle(self, busy: bool) -> None:
        if not busy:
            self.sender_.busy_changed.disconnect(self._close_when_idle)
            self.close()


# === helpers ================================================================================


def _mark(widget: QWidget, issues: list[FieldIssue]) -> None:
    if not issues:
        field_marks.clear(widget)
        return
    errors = [issue for issue in issues if issue.severity == "error"]
    worst = errors or issues
    field_marks.mark(
        widget, "\n".join(issue.message for issue in worst), "error" if errors else "warning"
    )


def _ago(when: datetime) -> str:
    minutes = int((datetime.now(UTC) - when).total_seconds() // 60)
    if minutes < 1:
        return QCoreApplication.translate("MainWindow", "less than a minute ago")
    return QCoreApplication.translate("MainWindow", "%1 min ago").replace("%1", str(minutes))


def _html(text: str) -> str:
    # html.escape(text, quote=False), without importing html (and its entity tables) at start-up.
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _item_count(state: Any) -> int:
    if isinstance(state, list):
        return len(state)
    return 0


def _draft_json(data: dict[str, Any]) -> str:
    def tidy(value: Any) -> Any:
        # Whole numbers as the model writes them (90, not 90.0), so the draft reads the same.
        if isinstance(value, float) and value.is_integer() and abs(value) < 2**53:
            return int(value)
        if isinstance(value, dict):
            return {key: tidy(item) for key, item in value.items()}
        if isinstance(value, list):
            return [tidy(item) for item in value]
        return value

    data = tidy(data)
    for item in data.get("attachments", []):
        source = item.get("data")
        if isinstance(source, dict):
            item["data"] = f"<file {source.get('path', '')}>"
    return json.dumps(data, indent=2, ensure_ascii=False)
