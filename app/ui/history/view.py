"""The history window: every send attempt, searchable, with what was sent and what came back.

Model/view: `HistoryTableModel` holds only the rows fetched so far (pages of 200, newest
first, fetched on the reader thread as the table scrolls) and the total count, so a history
of tens of thousands of sends opens and filters at once. The details of one send (request and
response JSON) are read when it is selected. "Open in form" and "Send again" are signals; the
wiring (`history.controller`) refills the main window.
"""

from __future__ import annotations

import html
import json
from datetime import UTC, datetime, time, timedelta
from enum import IntEnum
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    QSettings,
    Qt,
    QTimer,
    Signal,
)
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

from app.store.history import (
    HistoryFilter,
    HistoryProblem,
    HistoryRecord,
    HistoryStore,
    HistorySummary,
    OutcomeKind,
    record_to_jsonable,
)
from app.store.paths import settings_file
from app.ui.common import field_marks
from app.ui.common.icons import icon
from app.ui.common.info_bar import InfoBar
from app.ui.common.links import open_external
from app.ui.history.service import HistoryService

PAGE_SIZE = 200
SEARCH_DELAY_MS = 250
DEFAULT_RETENTION_DAYS = 365
_RETENTION_KEY = "history/retentionDays"
_Index = QModelIndex | QPersistentModelIndex


def retention_days() -> int:
    """Days of history to keep (0: keep everything), from the settings file."""
    settings = QSettings(str(settings_file()), QSettings.Format.IniFormat)
    value = settings.value(_RETENTION_KEY, DEFAULT_RETENTION_DAYS)
    try:
        return max(0, int(str(value)))
    except ValueError:
        return DEFAULT_RETENTION_DAYS


def set_retention_days(days: int) -> None:
    settings = QSettings(str(settings_file()), QSettings.Format.IniFormat)
    settings.setValue(_RETENTION_KEY, max(0, int(days)))
    settings.sync()


# --- how an outcome reads -------------------------------------------------------------------

_Outcome = HistorySummary | HistoryRecord


def _tr(text: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("History", text)


def outcome_text(item: _Outcome) -> str:
    """A few words for the outcome column: what happened, from the person's side."""
    if item.outcome is OutcomeKind.IN_FLIGHT:
        return _tr("Sending…")  # on record before it is sent; completed with its outcome
    if item.outcome is OutcomeKind.INTERRUPTED:
        return _tr("Outcome unknown: Result Desk stopped")
    if item.outcome_unknown:
        return _tr("Outcome unknown")
    kind = item.outcome
    if kind is OutcomeKind.SUCCESS:
        count = item.warning_count if isinstance(item, HistorySummary) else len(item.warnings)
        if count == 1:
            return _tr("Written, 1 warning")
        if count:
            return _tr("Written, %1 warnings").replace("%1", str(count))
        return _tr("Written")
    return {
        OutcomeKind.API_ERROR: _tr("Refused by Kombo"),
        OutcomeKind.NETWORK_ERROR: _tr("No connection"),
        OutcomeKind.INVALID_RESPONSE: _tr("Unreadable answer"),
        OutcomeKind.ATTACHMENT_CHANGED: _tr("File changed, not sent"),
        OutcomeKind.CANCELLED: _tr("Cancelled"),
    }.get(kind, str(kind))


def outcome_severity(item: _Outcome) -> str:
    """ok | warning | error: the icon and colour of the outcome."""
    if item.outcome_unknown:
        return "warning"
    if item.outcome is OutcomeKind.SUCCESS:
        count = item.warning_count if isinstance(item, HistorySummary) else len(item.warnings)
        return "warning" if count else "ok"
    if item.outcome is OutcomeKind.CANCELLED:
        return "info"
    return "error"


def _local(when: datetime) -> str:
    return when.astimezone().strftime("%Y-%m-%d %H:%M:%S")


# --- the model ------------------------------------------------------------------------------


class Column(IntEnum):
    TIME = 0
    ORDER = 1
    OUTCOME = 2
    CANDIDATE = 3
    CONNECTION = 4
    DETAIL = 5
    HTTP = 6
    DURATION = 7
    RETRIES = 8


_HEADERS = {
    Column.TIME: "Sent",
    Column.ORDER: "Order ID",
    Column.OUTCOME: "Outcome",
    Column.CANDIDATE: "Candidate",
    Column.CONNECTION: "Connection",
    Column.DETAIL: "Error",
    Column.HTTP: "HTTP",
    Column.DURATION: "Duration",
    Column.RETRIES: "Retries",
}


class HistoryTableModel(QAbstractTableModel):
    """Rows fetched page by page on the reader thread; `loaded` after each (re)load."""

    loaded = Signal()

    def __init__(self, service: HistoryService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._rows: list[HistorySummary] = []
        self._filter = HistoryFilter()
        self._total: int | None = None
        self._generation = 0
        self._fetching = False
        self._exhausted = True

    # --- loading ------------------------------------------------------------------------------

    @property
    def filter(self) -> HistoryFilter:
        return self._filter

    @property
    def total(self) -> int | None:
        """How many sends match the filter (None until the first load finished)."""
        return self._total

    @property
    def busy(self) -> bool:
        return self._fetching

    def set_filter(self, flt: HistoryFilter) -> None:
        self._filter = flt
        self.reload()

    def reload(self) -> None:
        self._generation += 1
        generation, flt = self._generation, self._filter
        self._fetching = True

        def job(store: HistoryStore) -> tuple[int, list[HistorySummary]]:
            return store.count(flt), store.query(flt, PAGE_SIZE)

        def done(result: tuple[int, list[HistorySummary]]) -> None:
            if generation != self._generation:
                return  # a newer search is on its way
            total, rows = result
            self.beginResetModel()
            self._rows, self._total = rows, total
            self._exhausted = len(rows) < PAGE_SIZE
            self._fetching = False
            self.endResetModel()
            self.loaded.emit()

        self._service.read(job, done, self._failed(generation))

    def _failed(self, generation: int) -> Any:
        def failed(exc: BaseException) -> None:
            if generation == self._generation:
                self._fetching = False
                self._exhausted = True
                self.loaded.emit()

        return failed

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008 - Qt's API
        return not parent.isValid() and not self._exhausted and not self._fetching

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008 - Qt's API
        if not self.canFetchMore(parent) or not self._rows:
            return
        self._fetching = True
        generation, flt, before = self._generation, self._filter, self._rows[-1].id

        def job(store: HistoryStore) -> list[HistorySummary]:
            return store.query(flt, PAGE_SIZE, before_id=before)

        def done(rows: list[HistorySummary]) -> None:
            if generation != self._generation:
                return
            self._fetching = False
            self._exhausted = len(rows) < PAGE_SIZE
            if rows:
                first = len(self._rows)
                self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
                self._rows.extend(rows)
                self.endInsertRows()

        self._service.read(job, done, self._failed(generation))

    def summary(self, row: int) -> HistorySummary | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, row_id: int) -> int:
        for row, item in enumerate(self._rows):
            if item.id == row_id:
                return row
        return -1

    # --- Qt's model API -----------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's API
        return 0 if parent.isValid() else len(Column)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(_HEADERS[Column(section)])
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        item = self.summary(index.row()) if index.isValid() else None
        if item is None:
            return None
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(item, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(item, column)
        if role == Qt.ItemDataRole.DecorationRole and column is Column.OUTCOME:
            return icon(outcome_severity(item))
        if role == Qt.ItemDataRole.ForegroundRole and column is Column.OUTCOME:
            severity = outcome_severity(item)
            if severity in ("warning", "error"):
                return field_marks.mark_color(severity)  # type: ignore[arg-type]
            return None
        if role == Qt.ItemDataRole.FontRole and column is Column.ORDER:
            font = QFont()
            font.setStyleHint(QFont.StyleHint.Monospace)
            font.setFamily("monospace")
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (
            Column.HTTP,
            Column.DURATION,
            Column.RETRIES,
        ):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.UserRole:
            return item
        return None

    def _display(self, item: HistorySummary, column: Column) -> str:
        if column is Column.TIME:
            return _local(item.sent_at)
        if column is Column.ORDER:
            return item.order_id
        if column is Column.CANDIDATE:
            return item.candidate or ""
        if column is Column.CONNECTION:
            return item.profile or item.base_url
        if column is Column.OUTCOME:
            return outcome_text(item)
        if column is Column.HTTP:
            return str(item.http_status) if item.http_status else "–"
        if column is Column.DETAIL:
            return item.error_code or item.error_message or ""
        if column is Column.DURATION:
            return "" if item.duration_s is None else f"{item.duration_s:.2f} s"
        return str(item.retries) if item.retries else ""

    def _tooltip(self, item: HistorySummary, column: Column) -> str | None:
        if column is Column.OUTCOME and item.outcome_unknown:
            return self.tr(
                "Kombo may or may not have written this result. Check Kombo's log before "
                "sending the order again."
            )
        if column is Column.DETAIL and item.error_message:
            return item.error_message
        if column is Column.CONNECTION:
            return f"{item.base_url}\n{item.integration_id or ''}".strip()
        if column is Column.TIME:
            return item.sent_at.strftime("%Y-%m-%d %H:%M:%S UTC")
        return None


# --- the window -----------------------------------------------------------------------------

_OUTCOME_FILTERS: list[tuple[str, frozenset[OutcomeKind], bool]] = [
    ("All outcomes", frozenset(), False),
    ("Written", frozenset({OutcomeKind.SUCCESS}), False),
    ("Any failure", frozenset(set(OutcomeKind) - {OutcomeKind.SUCCESS}), False),
    ("Outcome unknown", frozenset(), True),
    ("Refused by Kombo", frozenset({OutcomeKind.API_ERROR}), False),
    ("No connection", frozenset({OutcomeKind.NETWORK_ERROR}), False),
    ("Unreadable answer", frozenset({OutcomeKind.INVALID_RESPONSE}), False),
    ("File changed", frozenset({OutcomeKind.ATTACHMENT_CHANGED}), False),
    ("Cancelled", frozenset({OutcomeKind.CANCELLED}), False),
]
_DATE_FILTERS = ["Any time", "Today", "Last 7 days", "Last 30 days", "Custom range"]


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
        self.search_edit.setPlaceholderText(self.tr("Search order ID, candidate or error code"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.textChanged.connect(lambda _text: self._search_timer.start())
        self.search_edit.returnPressed.connect(self.apply_filter)

        self.outcome_combo = QComboBox(self)
        self.outcome_combo.setObjectName("historyOutcomeFilter")
        self.outcome_combo.setAccessibleName(self.tr("Outcome"))
        for label, _kinds, _unknown in _OUTCOME_FILTERS:
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
        for label in _DATE_FILTERS:
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
        widths = {
            Column.TIME: 140,
            Column.ORDER: 205,
            Column.OUTCOME: 165,
            Column.CANDIDATE: 130,
            Column.CONNECTION: 120,
            Column.DETAIL: 190,
            Column.HTTP: 50,
            Column.DURATION: 70,
            Column.RETRIES: 55,
        }
        for column, width in widths.items():
            header.resizeSection(column, width)
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
        _label, kinds, unknown = _OUTCOME_FILTERS[max(0, self.outcome_combo.currentIndex())]
        since, until = self._date_range()
        profile = self.profile_combo.currentData()
        return HistoryFilter(
            text=self.search_edit.text().strip(),
            outcomes=kinds,
            unknown_only=unknown,
            profile=profile if isinstance(profile, str) else None,
            since=since,
            until=until,
        )

    def _date_range(self) -> tuple[datetime | None, datetime | None]:
        mode = self.date_combo.currentIndex()
        local_midnight = datetime.combine(datetime.now().date(), time()).astimezone()
        if mode == 1:
            return local_midnight.astimezone(UTC), None
        if mode == 2:
            return (local_midnight - timedelta(days=6)).astimezone(UTC), None
        if mode == 3:
            return (local_midnight - timedelta(days=29)).astimezone(UTC), None
        if mode == 4:
            start = self.from_date.date().toPython()
            end = self.to_date.date().toPython()
            since = datetime.combine(start, time()).astimezone()  # type: ignore[arg-type]
            until = datetime.combine(end, time()).astimezone() + timedelta(days=1)  # type: ignore[arg-type]
            return since.astimezone(UTC), until.astimezone(UTC)
        return None, None

    def _date_mode_changed(self, index: int) -> None:
        custom = index == len(_DATE_FILTERS) - 1
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
        elif total == 1:
            self.count_label.setText(self.tr("1 send"))
        else:
            self.count_label.setText(self.tr("%1 sends").replace("%1", f"{total:,}"))
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
            self.summary_label.setText(
                "<p>"
                + html.escape(
                    self.tr("Select a send to see what was sent and what Kombo answered.")
                )
                + "</p>"
            )
            self.request_view.clear()
            self.response_view.clear()
            return
        self.summary_label.setText(self._summary_html(record))
        self.request_view.setPlainText(json.dumps(record.request, indent=2, ensure_ascii=False))
        self.response_view.setPlainText(
            json.dumps(response_of(record), indent=2, ensure_ascii=False)
        )

    def _summary_html(self, record: HistoryRecord) -> str:
        e = html.escape
        severity = outcome_severity(record)
        colour = (
            field_marks.mark_color(severity).name()  # type: ignore[arg-type]
            if severity in ("warning", "error")
            else ""
        )
        head = e(outcome_text(record))
        if record.outcome is OutcomeKind.API_ERROR and record.error_code:
            head += f" · <code>{e(record.error_code)}</code>"
        style = f' style="color:{colour}"' if colour else ""
        rows: list[tuple[str, str]] = [
            (self.tr("Sent"), e(_local(record.sent_at))),
            (self.tr("Order"), f"<code>{e(record.order_id)}</code>"),
        ]
        if record.candidate:
            rows.append((self.tr("Candidate"), e(record.candidate)))
        connection = e(record.profile or "")
        rows.append(
            (
                self.tr("Connection"),
                f"{connection} <small>{e(record.base_url)}"
                f"{' · ' + e(record.integration_id) if record.integration_id else ''}</small>",
            )
        )
        answer = (
            [self.tr("HTTP %1").replace("%1", str(record.http_status))]
            if (record.http_status)
            else [self.tr("no HTTP answer")]
        )
        if record.duration_s is not None:
            answer.append(f"{record.duration_s:.2f} s")
        if record.retries:
            answer.append(self.tr("%1 retries").replace("%1", str(record.retries)))
        rows.append((self.tr("Answer"), e(" · ".join(answer))))
        if record.error_title or record.error_message:
            text = " – ".join(p for p in (record.error_title, record.error_message) if p)
            rows.append((self.tr("Error"), e(text)))
        if record.log_url:
            rows.append(
                (
                    self.tr("Kombo log"),
                    f'<a href="{e(record.log_url)}">{e(record.log_url)}</a>',
                )
            )
        body = "".join(
            f"<tr><td style='padding-right:10px'><b>{e(label)}</b></td><td>{value}</td></tr>"
            for label, value in rows
        )
        parts = [f"<p style='font-size:large'{style}><b>{head}</b></p>"]
        if record.outcome_unknown:
            parts.append(
                "<p>"
                + e(
                    self.tr(
                        "Kombo may or may not have written this result. Check Kombo's log "
                        "before sending the order again."
                    )
                )
                + "</p>"
            )
        parts.append(f"<table>{body}</table>")
        if record.warnings:
            items = "".join(f"<li>{e(w)}</li>" for w in record.warnings)
            parts.append(f"<p><b>{e(self.tr('Warnings'))}</b></p><ul>{items}</ul>")
        return "".join(parts)

    # --- actions ------------------------------------------------------------------------------

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
            self.show_status(
                self.tr("Exported %1 sends to %2")
                .replace("%1", str(count))
                .replace("%2", str(path))
            )

        def failed(exc: BaseException) -> None:
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            self.show_status("")
            self.banner.show_message(
                self.tr("The history could not be exported to %1 (%2).")
                .replace("%1", str(path))
                .replace("%2", reason),
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
                self.show_status(
                    self.tr("Saved. No send is older than %1 days.").replace("%1", str(days))
                )
                return
            self._confirm_retention(days, count)

        self.service.read(lambda store: store.count(HistoryFilter(until=cutoff)), counted)

    def _confirm_retention(self, days: int, count: int) -> None:
        box = QMessageBox(self)
        box.setObjectName("historyRetentionDialog")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Delete old sends?"))
        box.setText(
            self.tr("Delete %1 sends older than %2 days from the history?")
            .replace("%1", str(count))
            .replace("%2", str(days))
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
            self.show_status(self.tr("Deleted %1 old sends.").replace("%1", str(count)))
            self.refresh()

        def failed(exc: BaseException) -> None:
            message = exc.message if isinstance(exc, HistoryProblem) else str(exc)
            self.banner.show_message(message, "error")

        self.service.write(lambda store: store.delete_older_than(days), deleted, failed)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._search_timer.stop()
        super().closeEvent(event)


def response_of(record: HistoryRecord) -> dict[str, Any]:
    """Kombo's answer as JSON: the stored response, or rebuilt from the recorded fields."""
    if record.response is not None:
        return dict(record.response)
    data = record_to_jsonable(record)
    if record.outcome is OutcomeKind.SUCCESS:
        return {"status": "success", "warnings": [{"message": w} for w in record.warnings]}
    keys = ("http_status", "error_code", "error_title", "error_message", "log_url")
    return {key: data[key] for key in keys if data.get(key) is not None}
