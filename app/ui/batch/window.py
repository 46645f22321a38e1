"""The batch window (File → Import results…): a sheet, its column mapping, the batch table,
Check with Kombo, Send with pause/resume/cancel, Re-send unknown and Export.

The work is `session.BatchSession`'s (app.batch underneath: the same journal, limiter, sender
and row checks as `result-desk batch`); this module lays the window out and turns clicks
into its coroutines, which run on the qasync loop through a `TaskOwner`. Double-clicking a row
emits `open_in_form` with the row as a form state; the shell loads it into the editor.
"""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QModelIndex, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.batch.journal import RowOutcome
from app.batch.rows import RowCheck, zone_from_name
from app.batch.sender import BatchRow
from app.batch.sheet import SheetError
from app.store.send_reason import SendReason
from app.ui.batch.mapping_editor import MappingEditor
from app.ui.batch.rows_view import FILTERS, RowFilter, form_state_from_row
from app.ui.batch.send_panel import SendPanel
from app.ui.batch.session import (
    BatchSession,
    Earlier,
    OpenedSheet,
    batch_connection,
    check_rows,
    open_sheet,
)
from app.ui.batch.table_model import BatchFilterProxy, BatchTableModel, Column
from app.ui.common.connection import ConnectionInfo
from app.ui.common.info_bar import InfoBar
from app.ui.common.links import open_external
from app.ui.common.moments import short_when
from app.ui.common.placeholders import arg
from app.ui.common.preferences import DeskPreferences
from app.ui.common.tasks import TaskOwner

__all__ = ["SHEET_FILTER", "BatchWindow"]

SHEET_FILTER = "Sheets (*.csv *.tsv *.txt *.xlsx *.xlsm *.xls *.ods);;All files (*)"
KeyFor = Callable[[ConnectionInfo], Awaitable[str | None]]


def _tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("BatchWindow", text, None, n)


class BatchWindow(QWidget):
    open_in_form = Signal(object)  # dict: the row as a form state
    message = Signal(str)  # for the main window's status bar
    history_written = Signal()  # a row's attempt went to the history (the team pushes it)

    def __init__(
        self,
        current_connection: Callable[[], ConnectionInfo | None],
        key_for: KeyFor,
        parent: QWidget | None = None,
        preferences: Callable[[], DeskPreferences] = DeskPreferences,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("batchWindow")
        self.setWindowTitle(_tr("Import results"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._current_connection = current_connection
        self._key_for = key_for
        self._preferences = preferences  # read at each Send: Preferences may have changed
        self.tasks = TaskOwner("batch window", self)
        self.tasks.failed.connect(lambda error: self.banner.show_message(str(error), "error"))
        self.session: BatchSession | None = None
        self.opened: OpenedSheet | None = None
        self.checks: list[RowCheck] = []
        self._connection: ConnectionInfo | None = None
        self._generation = 0  # which check is current (a mapping change starts a new one)
        self._sending = False
        self._close_when_done = False
        self.mapping_issues: list[str] = []  # why the mapping cannot be used yet
        self.last_check_s = 0.0  # how long the last check of every row took
        self.resend_question: QMessageBox | None = None
        self._build()
        self.resize(1100, 700)

    # === building ===========================================================================

    def _build(self) -> None:
        self.open_button = QPushButton(_tr("&Open sheet…"), self)
        self.open_button.setObjectName("batchOpenButton")
        self.open_button.clicked.connect(self.choose_sheet)
        self.path_label = QLabel(_tr("Open a CSV, XLSX or ODS sheet, one row per order."), self)
        self.path_label.setObjectName("batchPathLabel")
        self.connection_label = QLabel(self)
        self.connection_label.setObjectName("batchConnectionLabel")
        top = QHBoxLayout()
        top.addWidget(self.open_button)
        top.addWidget(self.path_label, 1)
        top.addWidget(self.connection_label)

        self.banner = InfoBar("batchBanner", self)
        self.banner.hide()
        self.mapping_editor = MappingEditor(self)
        self.mapping_editor.changed.connect(self._mapping_changed)
        self.mapping_editor.message.connect(self._say)
        self._recheck_timer = QTimer(self)
        self._recheck_timer.setSingleShot(True)
        self._recheck_timer.setInterval(250)
        self._recheck_timer.timeout.connect(self._recheck)

        self.model = BatchTableModel(self)
        self.proxy = BatchFilterProxy(self.model, self)
        self.table = QTableView(self)
        self.table.setObjectName("batchTable")
        self.table.setModel(self.proxy)
        # Sheet order unsorted (sorting 10,000 rows calls data() ~300,000 times, 0.5 s);
        # a click on a header sorts.
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setResizeContentsPrecision(200)  # sampled, not every row
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setDefaultSectionSize(120)
        self.table.doubleClicked.connect(self._open_row)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)

        self.filter_combo = QComboBox(self)
        self.filter_combo.setObjectName("batchFilterCombo")
        for which, label in FILTERS:
            self.filter_combo.addItem(_tr(label), which)
        self.filter_combo.currentIndexChanged.connect(self._filter_changed)
        filter_label = QLabel(_tr("S&how:"), self)
        filter_label.setBuddy(self.filter_combo)
        self.counts_label = QLabel(self)
        self.counts_label.setObjectName("batchCountsLabel")
        self.check_button = QPushButton(_tr("&Check with Kombo"), self)
        self.check_button.setObjectName("batchCheckButton")
        self.check_button.setToolTip(
            _tr(
                "Look the orders up: candidate and status beside each row; flags orders that "
                "do not exist or are no longer OPEN"
            )
        )
        self.check_button.setEnabled(False)
        self.check_button.clicked.connect(self.check_with_kombo)
        bar = QHBoxLayout()
        bar.addWidget(filter_label)
        bar.addWidget(self.filter_combo)
        bar.addWidget(self.counts_label, 1)
        bar.addWidget(self.check_button)

        rows = QWidget(self)
        rows_layout = QVBoxLayout(rows)
        rows_layout.setContentsMargins(0, 0, 0, 0)
        rows_layout.addLayout(bar)
        rows_layout.addWidget(self.table, 1)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(self.mapping_editor)
        self.splitter.addWidget(rows)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([140, 460])  # the rows matter more than the mapping once set

        self.panel = SendPanel(self)
        self.panel.send_button.clicked.connect(self.send)
        self.panel.pause_button.clicked.connect(self.pause)
        self.panel.resume_button.clicked.connect(self.resume)
        self.panel.cancel_button.clicked.connect(self.cancel)
        self.panel.resend_button.clicked.connect(self.ask_resend_unknown)
        self.panel.export_button.clicked.connect(self.choose_export)
        self.panel.resend_button.setEnabled(False)
        self.panel.export_button.setEnabled(False)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.banner)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.panel)
        self.status = QLabel(self)
        self.status.setObjectName("batchStatusLabel")
        layout.addWidget(self.status)

    def _say(self, text: str) -> None:
        self.status.setText(text)
        self.message.emit(text)

    # === the sheet ==========================================================================

    def choose_sheet(self) -> None:
        dialog = _file_dialog(self, _tr("Open a sheet of results"), SHEET_FILTER, save=False)
        dialog.fileSelected.connect(lambda path: self.open_path(Path(path)))
        dialog.open()

    def open_path(self, path: Path) -> None:
        self.tasks.spawn(self._open(path), busy=True)

    async def _open(self, path: Path) -> None:
        import asyncio

        self._say(arg(_tr("Reading %1…"), path.name))
        try:
            if self.session is None:
                self.session = await asyncio.to_thread(BatchSession.open_default)
            opened = await asyncio.to_thread(open_sheet, path)
        except (SheetError, OSError) as exc:
            self.banner.show_message(str(exc), "error")
            self._say(_tr("The sheet was not opened."))
            return
        self.opened = opened
        self.banner.hide()
        self.path_label.setText(str(opened.sheet.path))
        self.mapping_editor.set_sheet(opened.sheet, opened.mapping)
        await self._check()
        await self._find_earlier()

    def _mapping_changed(self) -> None:
        if self.opened is not None:
            self._recheck_timer.start()

    def _recheck(self) -> None:
        self.tasks.spawn(self._check(), busy=True)

    async def _check(self) -> None:
        import asyncio

        opened = self.opened
        assert opened is not None
        opened.mapping = self.mapping_editor.mapping()
        self._generation += 1
        generation = self._generation
        started = time.perf_counter()
        self._say(_tr("Checking %n row(s)…", len(opened.sheet.rows)))
        issues, checks = await asyncio.to_thread(check_rows, opened.sheet, opened.mapping)
        if generation != self._generation:
            return  # the mapping changed again meanwhile: a newer check is on its way
        self.checks = checks
        self.model.set_rows(opened.sheet, checks)
        if self.session is not None and self.session.batch_id is not None:
            self.model.set_outcomes(self.session.outcomes())
        self.table.resizeColumnsToContents()
        self.table.setColumnWidth(Column.STATE, max(self.table.columnWidth(Column.STATE), 150))
        if issues:
            self.banner.show_message(
                _tr("The column mapping cannot be used yet:") + "\n" + "\n".join(issues), "warning"
            )
        elif self.banner.text.startswith(_tr("The column mapping")):
            self.banner.hide()
        self.mapping_issues = issues
        self._update()
        self.last_check_s = time.perf_counter() - started
        self._say(_tr("%n row(s) checked.", len(checks)))

    async def _find_earlier(self) -> None:
        opened, session, info = self.opened, self.session, self._current_connection()
        if opened is None or session is None or info is None:
            return
        self._connection = info
        self.connection_label.setText(arg(_tr("Sends to: %1"), info.name))
        earlier = await session.find_earlier(opened.sha256, batch_connection(info))
        self._show_reason(earlier)
        self.model.set_outcomes(earlier.outcomes)
        self._show_earlier(earlier)
        self._update()

    def _show_earlier(self, earlier: Earlier) -> None:
        if earlier.unfinished is not None:
            states = list(earlier.outcomes.values())
            written = sum(1 for o in states if o.state.value == "written")
            unknown = sum(1 for o in states if o.state.value == "unknown")
            left = len(states) - written - unknown
            text = _tr(
                "This sheet's batch of %1 stopped before every row was written: %2 written, "
                "%3 left to send, %4 of unknown outcome. Send continues with the rows not yet "
                "written; rows of unknown outcome are sent again only if you choose to."
            )
            when = _when(earlier.unfinished.created_at)
            self.banner.show_message(arg(text, when, written, left, unknown), "info")
        elif earlier.sent_in_full is not None:
            text = _tr("This sheet was already sent in full (%1): Send starts a new batch.")
            self.banner.show_message(arg(text, _when(earlier.sent_in_full.created_at)), "info")

    def _show_reason(self, earlier: Earlier) -> None:
        """A batch being continued keeps the reason it started with: shown, not editable."""
        row = self.panel.reason_row
        kept = earlier.unfinished.reason if earlier.unfinished is not None else None
        if kept is not None:
            row.set_values(kept.note or "", kept.ticket or "")
        for edit in (row.note_edit, row.ticket_edit):
            edit.setReadOnly(kept is not None)
            edit.setToolTip(_tr("This batch keeps the reason it started with.") if kept else "")

    # === the table ==========================================================================

    def _filter_changed(self) -> None:
        self.proxy.set_filter(RowFilter(self.filter_combo.currentData()))

    def _update(self) -> None:
        counts = self.model.counts()
        for position, (which, label) in enumerate(FILTERS):
            self.filter_combo.setItemText(position, f"{_tr(label)} ({counts[which]})")
        ready = counts[RowFilter.READY]
        self.counts_label.setText(
            arg(
                _tr("%n row(s): %1 ready, %2 with problems", counts[RowFilter.ALL]),
                ready,
                counts[RowFilter.PROBLEMS],
            )
        )
        has_sheet = self.opened is not None and not self.mapping_issues
        idle = not self._sending
        self.check_button.setEnabled(has_sheet and idle)
        self.panel.send_button.setEnabled(has_sheet and idle and ready > 0)
        self.panel.send_button.setText(_tr("&Send %n row(s)", ready))
        self.panel.resend_button.setEnabled(idle and counts[RowFilter.UNKNOWN] > 0)
        self.panel.export_button.setEnabled(self.opened is not None and idle)

    def _row_at(self, index: QModelIndex) -> int:
        return self.proxy.mapToSource(index).row()

    def _open_row(self, index: QModelIndex) -> None:
        opened = self.opened
        if opened is None or not index.isValid():
            return
        row = self._row_at(index)
        zone = zone_from_name(opened.mapping.time_zone)
        self.open_in_form.emit(form_state_from_row(opened.sheet, row, opened.mapping, zone))
        line = opened.sheet.line_number(row)
        self._say(arg(_tr("Line %1 is in the main form."), line))

    def _context_menu(self, point: QPoint) -> None:
        index = self.table.indexAt(point)
        if not index.isValid():
            return
        row = self._row_at(index)
        menu = QMenu(self)
        menu.addAction(_tr("Open in the form"), lambda: self._open_row(index))
        if (url := self.model.log_url(row)) is not None:
            menu.addAction(_tr("Open Kombo's log"), lambda: open_external(url))
        if row in self.model.unknown_rows() and not self._sending:
            menu.addAction(_tr("Send this row again…"), lambda: self.ask_resend([row]))
        menu.popup(self.table.viewport().mapToGlobal(point))

    # === Kombo ==============================================================================

    async def _key(self) -> tuple[ConnectionInfo, str] | None:
        info = self._current_connection()
        if info is None:
            self.banner.show_message(_tr("Choose a connection in the main window first."))
            return None
        key = await self._key_for(info)
        if not key:
            self.banner.show_message(arg(_tr("No API key for %1."), info.name), "error")
            return None
        if info != self._connection:
            await self._find_earlier()  # a batch belongs to one sheet and one connection
        return info, key

    def check_with_kombo(self) -> None:
        self.tasks.spawn(self._check_with_kombo(), busy=True)

    async def _check_with_kombo(self) -> None:
        if (found := await self._key()) is None or self.session is None or self.opened is None:
            return
        info, key = found
        self.check_button.setEnabled(False)
        self._say(_tr("Looking the orders up in Kombo…"))
        try:
            orders = await self.session.check_orders(
                batch_connection(info), key, self.checks, self.opened.mapping
            )
        finally:
            self.check_button.setEnabled(True)
        self.model.checks_changed()
        self.model.set_orders(orders)
        self._update()
        ids = {c.order_id for c in self.checks if c.order_id}
        self._say(
            arg(_tr("Kombo knows %1 of the %2 orders."), str(len(ids & set(orders))), str(len(ids)))
        )

    # === sending ============================================================================

    def send(self, resend_unknown: frozenset[int] = frozenset()) -> None:
        if self._sending or self.opened is None:
            return
        if not self.panel.reason_row.check(self._preferences().reason_required):
            self._say(_tr("Nothing was sent: enter a reason first."))
            return
        self.tasks.spawn(self._send(frozenset(resend_unknown or ())), busy=True)

    async def _send(self, resend_unknown: frozenset[int]) -> None:
        if (found := await self._key()) is None or self.session is None or self.opened is None:
            return
        info, key = found
        self._sending = True
        self._update()
        if self.session.batch_id is None:
            self.banner.hide()
        counts = {"written": 0, "failed": 0, "unknown": 0}
        row = self.panel.reason_row
        reason = SendReason.typed(self._preferences().operator_name, row.note(), row.ticket())

        def on_row(row: BatchRow, outcome: RowOutcome) -> None:
            self.model.set_outcome(row.index, outcome)
            counts[outcome.state.value] = counts.get(outcome.state.value, 0) + 1
            self.panel.row_done()
            self.history_written.emit()

        try:
            await self.session.send(
                batch_connection(info),
                key,
                self.opened,
                self.checks,
                on_row,
                resend_unknown=resend_unknown,
                on_start=self.panel.start,
                reason=None if reason.empty else reason,
            )
        finally:
            self._sending = False
            self.panel.set_running(False)
            self.model.set_outcomes(self.session.outcomes())
            self._update()
            if self._close_when_done:
                self.close()
        self._say(
            arg(
                _tr("Batch sent: %1 written, %2 failed, %3 unknown."),
                counts["written"],
                counts["failed"],
                counts["unknown"],
            )
        )

    def pause(self) -> None:
        if self.session is not None and self.session.sender is not None:
            self.session.sender.pause()
            self.panel.paused(True)

    def resume(self) -> None:
        if self.session is not None and self.session.sender is not None:
            self.session.sender.resume()
            self.panel.paused(False)

    def cancel(self) -> None:
        """No new row starts; rows in flight finish (so none is left unknown)."""
        if self.session is not None and self.session.sender is not None:
            self.session.sender.stop()
            self.panel.cancelling()

    def ask_resend_unknown(self) -> None:
        self.ask_resend(self.model.unknown_rows())

    def ask_resend(self, rows: list[int]) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            _tr("Send rows of unknown outcome again?"),
            _tr(
                "Kombo may already have written %n row(s): the connection ended before its "
                "answer came. Check Kombo's log first; sending again may write them twice.",
                len(rows),
            ),
            QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setObjectName("batchResendQuestion")
        again = box.addButton(_tr("Send again"), QMessageBox.ButtonRole.AcceptRole)
        again.setObjectName("batchResendConfirm")
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.buttonClicked.connect(
            lambda button: self.send(frozenset(rows)) if button is again else None
        )
        self.resend_question = box
        box.open()

    # === export and closing =================================================================

    def choose_export(self) -> None:
        dialog = _file_dialog(
            self, _tr("Export the outcome"), "CSV (*.csv);;Excel (*.xlsx)", save=True
        )
        dialog.setDefaultSuffix("csv")
        dialog.fileSelected.connect(lambda path: self.export_to(Path(path)))
        dialog.open()

    def export_to(self, path: Path) -> None:
        from app.batch.report import write_report

        if self.opened is None:
            return
        write_report(path, self.opened.sheet, self.checks, self.model.outcomes)
        self._say(arg(_tr("Exported to %1."), path))

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._sending:
            event.ignore()
            self._close_when_done = True
            self.cancel()
            return
        self.tasks.close()
        if self.session is not None:
            self.session.close()
            self.session = None
        super().closeEvent(event)


def _when(created_at: str) -> str:
    from datetime import datetime

    try:
        return short_when(datetime.fromisoformat(created_at.replace("Z", "+00:00")))
    except ValueError:
        return created_at


def _file_dialog(parent: QWidget, title: str, filters: str, *, save: bool) -> QFileDialog:
    """Qt's own dialog, opened without blocking the loop (a native one would nest it)."""
    dialog = QFileDialog(parent, title, "", filters)
    dialog.setObjectName("batchSaveDialog" if save else "batchOpenDialog")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if save:
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    else:
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    return dialog
