"""The history window: every send attempt, searchable, with what was sent and what came back.

The window shows `model.HistoryTableModel` (pages of sends fetched as the table scrolls), filters
it (`filters`), and reads the details of one send when it is selected (`details` formats them).
"Open in form" and "Send again" are signals; the wiring (`history.controller`) refills the main
window.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QDate, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.store.history import HistoryFilter, HistoryProblem, HistoryRecord, HistoryStore
from app.ui.common.header_fit import widen_to_titles
from app.ui.common.icons import icon
from app.ui.common.info_bar import InfoBar
from app.ui.common.links import open_external
from app.ui.common.placeholders import arg
from app.ui.history.details import (
    no_selection_html,
    outcome_look,
    outcome_severity,
    outcome_text,
    response_of,
    summary_html,
)
from app.ui.history.filters import (
    CUSTOM_RANGE,
    DATE_FILTERS,
    OUTCOME_FILTERS,
    date_range,
    history_filter,
)
from app.ui.history.model import (
    COLUMN_WIDTHS,
    PAGE_SIZE,
    HistoryTableModel,
    sort_by_time_or_order,
)
from app.ui.history.outcome_marks import outcome_color
from app.ui.history.retention import retention_days, set_retention_days
from app.ui.history.service import HistoryService

# Re-exported: callers and tests knew them from here.
__all__ = [
    "PAGE_SIZE",
    "HistoryWindow",
    "outcome_severity",
    "outcome_text",
    "response_of",
    "retention_days",
]

SEARCH_DELAY_MS = 250


class HistoryWindow(QWidget):
    """`historyWindow`: search, filter, read and reuse past sends."""

    open_in_form_requested = Signal(object)  # HistoryRecord
    send_again_requested = Signal(object)  # HistoryRecord

    def __init__(self, service: HistoryService, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("historyWindow")
        self.setWindowTitle(self.tr("Send history – Result Desk"))
        self.service = service
        self.model = HistoryTableModel(service, self)
        self.current_record: HistoryRecord | None = None
        self._details_generation = 0
        self._pending_select: int | None = None
        self._retention_box: QMessageBox | None = None
        self._actions_enabled = True

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filter)

        self._build()
        self.model.loaded.connect(self._loaded)
        service.changed.connect(self._history_changed)
        service.problem.connect(lambda text: self.banner.append_message(text, "warning"))
        service.opened.connect(self._store_opened)
        if service.store is not None:
            self._store_opened(service.store)
        self.resize(1100, 640)

    # --- building -----------------------------------------------------------------------------

    def _build(self) -> None:
        self.banner = InfoBar("historyBanner", self)

        self.search_edit = QLineEdit(self)
        self.search_edit.setObjectName("historySearchEdit")
        self.search_edit.setAccessibleName(self.tr("Search the history"))
        self.search_edit.setPlaceholderText(
            self.tr("Search order ID, candidate, error code, operator, reason or ticket")
        )
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.textChanged.connect(lambda _text: self._search_timer.start())
        self.search_edit.returnPressed.connect(self.apply_filter)

        self.outcome_combo = QComboBox(self)
        self.outcome_combo.setObjectName("historyOutcomeFilter")
        self.outcome_combo.setAccessibleName(self.tr("Outcome"))
        for label, _kinds, _unknown in OUTCOME_FILTERS:
            self.outcome_combo.addItem(self.tr(label))
        self.outcome_combo.currentIndexChanged.connect(self.apply_filter)

        self.profile_combo = QComboBox(self)
        self.profile_combo.setObjectName("historyProfileFilter")
        self.profile_combo.setAccessibleName(self.tr("Connection"))
        self.profile_combo.addItem(self.tr("All connections"), None)
        self.profile_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.profile_combo.currentIndexChanged.connect(self.apply_filter)

        self.date_combo = QComboBox(self)
        self.date_combo.setObjectName("historyDateFilter")
        self.date_combo.setAccessibleName(self.tr("When"))
        for label in DATE_FILTERS:
            self.date_combo.addItem(self.tr(label))
        self.date_combo.currentIndexChanged.connect(self._date_mode_changed)
        today = QDate.currentDate()
        self.from_date = QDateEdit(today.addDays(-30), self)
        self.from_date.setObjectName("historyFromDate")
        self.from_date.setAccessibleName(self.tr("From"))
        self.to_date = QDateEdit(today, self)
        self.to_date.setObjectName("historyToDate")
        self.to_date.setAccessibleName(self.tr("To"))
        for edit in (self.from_date, self.to_date):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.dateChanged.connect(self.apply_filter)
            edit.hide()

        filters = QHBoxLayout()
        filters.addWidget(self.search_edit, 3)
        filters.addWidget(self.outcome_combo)
        filters.addWidget(self.profile_combo)
        filters.addWidget(self.date_combo)
        filters.addWidget(self.from_date)
        filters.addWidget(self.to_date)

        self.table = QTableView(self)
        self.table.setObjectName("historyTable")
        self.table.setAccessibleName(self.tr("Sends"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        widen_to_titles(header, COLUMN_WIDTHS)  # "Retries" is "Wiederholungen" in German
        sort_by_time_or_order(self.table)  # the Order column's header groups by order
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.table.doubleClicked.connect(lambda _index: self.open_in_form())

        self.details = QWidget(self)
        self.details.setObjectName("historyDetails")
        self.summary_label = QLabel(self.details)
        self.summary_label.setObjectName("historySummaryLabel")
        self.summary_label.setWordWrap(True)
        self.summary_label.setTextFormat(Qt.TextFormat.RichText)
        self.summary_label.setOpenExternalLinks(False)
        self.summary_label.linkActivated.connect(open_external)
        self.summary_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.summary_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        mono = QFont("monospace")
        mono.setStyleHint(QFont.StyleHint.Monospace)
        self.request_view = QPlainTextEdit(self.details)
        self.request_view.setObjectName("historyRequestView")
        self.request_view.setAccessibleName(self.tr("Request sent"))
        self.response_view = QPlainTextEdit(self.details)
        self.response_view.setObjectName("historyResponseView")
        self.response_view.setAccessibleName(self.tr("Kombo's answer"))
        for view in (self.request_view, self.response_view):
            view.setReadOnly(True)
            view.setFont(mono)
            view.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.detail_tabs = QTabWidget(self.details)
        self.detail_tabs.setObjectName("historyDetailTabs")
        self.detail_tabs.addTab(self.request_view, self.tr("Request"))
        self.detail_tabs.addTab(self.response_view, self.tr("Response"))

        self.open_button = QPushButton(icon("open"), self.tr("&Open in form"), self.details)
        self.open_button.setObjectName("historyOpenInFormButton")
        self.open_button.setToolTip(
            self.tr("Fill the main window's form with this request, to check or change it")
        )
        self.open_button.clicked.connect(self.open_in_form)
        self.send_again_button = QPushButton(icon("send"), self.tr("Send &again"), self.details)
        self.send_again_button.setObjectName("historySendAgainButton")
        self.send_again_button.setToolTip(
            self.tr("Fill the form with this request and send it to the same order again")
        )
        self.send_again_button.clicked.connect(self.send_again)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.send_again_button)

        details_layout = QVBoxLayout(self.details)
        details_layout.setContentsMargins(0, 0, 0, 0)
        details_layout.addWidget(self.summary_label)
        details_layout.addWidget(self.detail_tabs, 1)
        details_layout.addLayout(buttons)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("historySplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.details)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([640, 440])

        self.count_label = QLabel(self)
        self.count_label.setObjectName("historyCountLabel")
        self.status_label = QLabel(self)
        self.status_label.setObjectName("historyStatusLabel")
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.retention_spin = QSpinBox(self)
        self.retention_spin.setObjectName("historyRetentionSpin")
        self.retention_spin.setAccessibleName(self.tr("Keep history for (days)"))
        self.retention_spin.setRange(0, 36500)
        self.retention_spin.setSpecialValueText(self.tr("ever"))
        self.retention_spin.setSuffix(self.tr(" days"))
        self.retention_spin.setValue(retention_days())
        self.retention_spin.setToolTip(
            self.tr("Sends older than this are deleted at start-up (0: keep everything)")
        )
        self.apply_retention_button = QPushButton(self.tr("Apply"), self)
        self.apply_retention_button.setObjectName("historyApplyRetentionButton")
        self.apply_retention_button.clicked.connect(self.apply_retention)
        retention_label = QLabel(self.tr("Keep for"), self)
        retention_label.setBuddy(self.retention_spin)

        self.export_button = QToolButton(self)
        self.export_button.setObjectName("historyExportButton")
        self.export_button.setText(self.tr("Export"))
        self.export_button.setToolTip(
            self.tr("Save the sends shown as CSV or JSON (attachment details, never the key)")
        )
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.export_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.export_button.setIcon(icon("save"))
        export_menu = QMenu(self.export_button)
        self.export_csv_action = QAction(self.tr("Export as &CSV…"), self)
        self.export_csv_action.setObjectName("historyExportCsvAction")
        self.export_csv_action.triggered.connect(lambda: self._choose_export("csv"))
        self.export_json_action = QAction(self.tr("Export as &JSON…"), self)
        self.export_json_action.setObjectName("historyExportJsonAction")
        self.export_json_action.triggered.connect(lambda: self._choose_export("json"))
        export_menu.addAction(self.export_csv_action)
        export_menu.addAction(self.export_json_action)
        self.export_button.setMenu(export_menu)

        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label)
        bottom.addWidget(self.status_label, 1)
        bottom.addWidget(retention_label)
        bottom.addWidget(self.retention_spin)
        bottom.addWidget(self.apply_retention_button)
        bottom.addSpacing(12)
        bottom.addWidget(self.export_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.addWidget(self.banner)
        layout.addLayout(filters)
        layout.addWidget(self.splitter, 1)
        layout.addLayout(bottom)

        find = QShortcut(QKeySequence.StandardKey.Find, self)
        find.activated.connect(self._focus_search)
        close = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        close.activated.connect(self.close)
        self._show_record(None)

    # --- filtering ----------------------------------------------------------------------------

    def current_filter(self) -> HistoryFilter:
        since, until = date_range(
            self.date_combo.currentIndex(),
            self.from_date.date().toPython(),  # type: ignore[arg-type]
            self.to_date.date().toPython(),  # type: ignore[arg-type]
        )
        return history_filter(
            self.search_edit.text(),
            self.outcome_combo.currentIndex(),
            self.profile_combo.currentData(),
            since,
            until,
        )

    def _date_mode_changed(self, index: int) -> None:
        custom = index == CUSTOM_RANGE
        self.from_date.setVisible(custom)
        self.to_date.setVisible(custom)
        self.apply_filter()

    def apply_filter(self) -> None:
        self._search_timer.stop()
        flt = self.current_filter()
        if flt != self.model.filter or self.model.total is None:
            self.count_label.setText(self.tr("Searching…"))
            self.model.set_filter(flt)

    def refresh(self) -> None:
        """Read the list again (new sends, retention)."""
        self.model.reload()
        self._refresh_profiles()

    def _focus_search(self) -> None:
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    def _store_opened(self, store: HistoryStore) -> None:
        if store.problem is not None:
            self.banner.append_message(store.problem.message, "warning")
        self.refresh()

    def _history_changed(self) -> None:
        if self.isVisible():
            self.refresh()

    def _refresh_profiles(self) -> None:
        def done(names: list[str]) -> None:
            current = self.profile_combo.currentData()
            self.profile_combo.blockSignals(True)
            self.profile_combo.clear()
            self.profile_combo.addItem(self.tr("All connections"), None)
            for name in names:
                self.profile_combo.addItem(name, name)
            found = self.profile_combo.findData(current) if current is not None else 0
            self.profile_combo.setCurrentIndex(max(0, found))
            self.profile_combo.blockSignals(False)

        self.service.read(lambda store: store.profiles(), done)

    def _loaded(self) -> None:
        total = self.model.total or 0
        flt = self.model.filter
        filtered = flt != HistoryFilter()
        if total == 0:
            self.count_label.setText(
                self.tr("No send matches.") if filtered else self.tr("No sends recorded yet.")
            )
        else:
            self.count_label.setText(self.tr("%Ln send(s)", "", total))  # %Ln: 1.234 in German
        target = self._pending_select
        self._pending_select = None
        row = self.model.row_of(target) if target is not None else -1
        if row < 0 and self.model.rowCount() and self.current_record is not None:
            row = self.model.row_of(self.current_record.id)
        if row < 0 and self.model.rowCount():
            row = 0
        if row >= 0:
            shown = self.current_record
            self.table.selectRow(row)
            summary = self.model.summary(row)
            if shown is not None and summary is not None and summary.id == shown.id:
                # Still the same row, perhaps completed since (in flight -> its outcome).
                self._row_changed(self.model.index(row, 0), QModelIndex())
        else:
            self._show_record(None)

    def select_id(self, row_id: int) -> None:
        """Select this send once it is listed (after the next load)."""
        row = self.model.row_of(row_id)
        if row >= 0:
            self.table.selectRow(row)
        else:
            self._pending_select = row_id

    # --- details ------------------------------------------------------------------------------

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        item = self.model.summary(current.row())
        if item is None:
            self._show_record(None)
            return
        self._details_generation += 1
        generation = self._details_generation

        def done(record: HistoryRecord | None) -> None:
            if generation == self._details_generation:
                self._show_record(record)

        self.service.read(lambda store: store.get(item.id), done)

    def _show_record(self, record: HistoryRecord | None) -> None:
        self.current_record = record
        usable = record is not None and self._actions_enabled
        self.open_button.setEnabled(usable)
        self.send_again_button.setEnabled(usable)
        if record is None:
            self.summary_label.setText(no_selection_html())
            self.request_view.clear()
            self.response_view.clear()
            return
        later = self.model.superseded_at(record.id)
        colour = outcome_color(outcome_look(record, later is not None)).name()
        self.summary_label.setText(summary_html(record, colour, later))
        self.request_view.setPlainText(json.dumps(record.request, indent=2, ensure_ascii=False))
        self.response_view.setPlainText(
            json.dumps(response_of(record), indent=2, ensure_ascii=False)
        )

    def set_actions_enabled(self, enabled: bool) -> None:
        """Open in form / Send again are off while the main window is sending."""
        self._actions_enabled = enabled
        usable = enabled and self.current_record is not None
        self.open_button.setEnabled(usable)
        self.send_again_button.setEnabled(usable)

    def open_in_form(self) -> None:
        if self.current_record is not None and self._actions_enabled:
            self.open_in_form_requested.emit(self.current_record)

    def send_again(self) -> None:
        if self.current_record is not None and self._actions_enabled:
            self.send_again_requested.emit(self.current_record)

    def show_status(self, text: str) -> None:
        self.status_label.setText(text)

    # --- export -------------------------------------------------------------------------------

    def _choose_export(self, kind: str) -> None:
        dialog = QFileDialog(self, self.tr("Export the history"))
        dialog.setObjectName("historyExportDialog")
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # one per export, not kept
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        if kind == "csv":
            dialog.setNameFilter(self.tr("CSV files (*.csv)"))
        else:
            dialog.setNameFilter(self.tr("JSON files (*.json)"))
        dialog.setDefaultSuffix(kind)
        dialog.selectFile(f"result-desk-history-{datetime.now():%Y%m%d}.{kind}")
        dialog.fileSelected.connect(lambda path: self.export_to(Path(path), kind))
        dialog.open()

    def export_to(self, path: Path, kind: str) -> None:
        """Export the sends matching the current filter, on the writer thread."""
        flt = self.current_filter()
        self.show_status(self.tr("Exporting…"))

        def job(store: HistoryStore) -> int:
            if kind == "csv":
                return store.export_csv(path, flt)
            return store.export_json(path, flt)

        def done(count: int) -> None:
            self.show_status(arg(self.tr("Exported %n send(s) to %1", "", count), path))

        def failed(exc: BaseException) -> None:
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            self.show_status("")
            self.banner.show_message(
                arg(self.tr("The history could not be exported to %1 (%2)."), path, reason),
                "error",
            )

        self.service.write(job, done, failed)

    # --- retention ----------------------------------------------------------------------------

    def apply_retention(self) -> None:
        """Save the setting; if it deletes sends now, ask first (without blocking)."""
        days = self.retention_spin.value()
        set_retention_days(days)
        if days <= 0:
            self.show_status(self.tr("The history is kept without a time limit."))
            return
        cutoff = datetime.now(UTC) - timedelta(days=days)

        def counted(count: int) -> None:
            if count == 0:
                self.show_status(self.tr("Saved. No send is older than %n day(s).", "", days))
                return
            self._confirm_retention(days, count)

        self.service.read(lambda store: store.count(HistoryFilter(until=cutoff)), counted)

    def _confirm_retention(self, days: int, count: int) -> None:
        box = QMessageBox(self)
        box.setObjectName("historyRetentionDialog")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Delete old sends?"))
        box.setText(
            # Two counts: the days are their own plural, filled in as %1.
            arg(
                self.tr("Delete %n send(s) older than %1 from the history?", "", count),
                self.tr("%n day(s)", "", days),
            )
        )
        box.setInformativeText(self.tr("This cannot be undone. Export them first to keep a copy."))
        delete = box.addButton(self.tr("Delete"), QMessageBox.ButtonRole.DestructiveRole)
        delete.setObjectName("historyRetentionDeleteButton")
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setWindowModality(Qt.WindowModality.WindowModal)

        def done() -> None:
            self._retention_box = None
            box.deleteLater()
            if box.clickedButton() is delete:
                self.delete_older_than(days)

        box.finished.connect(done)
        self._retention_box = box
        box.open()

    def delete_older_than(self, days: int) -> None:
        def deleted(count: int) -> None:
            self.show_status(self.tr("Deleted %n old send(s).", "", count))
            self.refresh()

        def failed(exc: BaseException) -> None:
            message = exc.message if isinstance(exc, HistoryProblem) else str(exc)
            self.banner.show_message(message, "error")

        self.service.write(lambda store: store.delete_older_than(days), deleted, failed)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._search_timer.stop()
        super().closeEvent(event)
