"""The History window's scope switch: "This desk" (the local history, as before) or "Team"
(every desk's sends on the team server, searched and paged there).

Attached to a built `HistoryWindow` without changing it: the switch goes above its filters,
and choosing Team hides the local filters, table and buttons and shows `TeamPanel` instead.
The search is handed in (`search()` returns None when no team history is configured; then
the Team choice is disabled with a tooltip that says where to set it up).
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.kombo.i18n import QT_TRANSLATE_NOOP
from app.ui.common.moments import date_time

if TYPE_CHECKING:
    from app.team.queries import TeamFilter, TeamPage, TeamSend

__all__ = ["COLUMNS", "TeamPanel", "TeamScope", "TeamSearch"]

TeamSearch = Callable[["TeamFilter", "TeamPage"], Awaitable[list["TeamSend"]]]
PAGE = 100
COLUMNS = (
    QT_TRANSLATE_NOOP("TeamScope", "Sent"),
    QT_TRANSLATE_NOOP("TeamScope", "Order ID"),
    QT_TRANSLATE_NOOP("TeamScope", "Candidate"),
    QT_TRANSLATE_NOOP("TeamScope", "Outcome"),
    QT_TRANSLATE_NOOP("TeamScope", "Operator"),
    QT_TRANSLATE_NOOP("TeamScope", "Reason"),
    QT_TRANSLATE_NOOP("TeamScope", "Ticket"),
    QT_TRANSLATE_NOOP("TeamScope", "Desk"),
)


def _tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("TeamScope", text, None, n)


def _row(send: TeamSend) -> list[str]:
    when = date_time(send.sent_at, seconds=False)
    operator = send.operator
    if send.operator_user and send.operator_name:
        operator += f" ({send.operator_user}@{send.operator_host or '?'})"
    outcome = send.outcome.replace("_", " ")
    if send.result_status:
        outcome = f"{outcome} · {send.result_status}"
    return [
        when,
        send.order_id,
        send.candidate or "",
        outcome,
        operator,
        send.reason_note or "",
        send.reason_ticket or "",
        send.profile or send.integration_id or "",
    ]


class TeamPanel(QWidget):
    """Search box, table and "More" over the team's records (newest first)."""

    def __init__(self, search: Callable[[], TeamSearch | None], parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("teamHistoryPanel")
        self._search = search
        self._last: TeamSend | None = None
        self._task: asyncio.Task[None] | None = None
        self.search_edit = QLineEdit(self)
        self.search_edit.setObjectName("teamSearchEdit")
        self.search_edit.setPlaceholderText(
            _tr("Order ID, candidate, operator, reason or ticket — Enter searches")
        )
        self.search_edit.returnPressed.connect(self.reload)
        self.model = QStandardItemModel(0, len(COLUMNS), self)
        self.model.setHorizontalHeaderLabels([_tr(name) for name in COLUMNS])
        self.table = QTableView(self)
        self.table.setObjectName("teamHistoryTable")
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.more_button = QPushButton(_tr("&More"), self)
        self.more_button.setObjectName("teamMoreButton")
        self.more_button.clicked.connect(self.load_more)
        self.status_label = QLabel(self)
        self.status_label.setObjectName("teamHistoryStatus")
        bottom = QHBoxLayout()
        bottom.addWidget(self.status_label, 1)
        bottom.addWidget(self.more_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search_edit)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)

    def reload(self) -> None:
        self.model.removeRows(0, self.model.rowCount())
        self._last = None
        self.load_more()

    def load_more(self) -> None:
        search = self._search()
        if search is None:
            self.status_label.setText(_tr("No team history is configured."))
            return
        if self._task is not None and not self._task.done():
            return
        self._task = asyncio.ensure_future(self._load(search))

    async def _load(self, search: TeamSearch) -> None:
        from app.team.queries import TeamFilter, TeamPage

        self.status_label.setText(_tr("Searching the team history…"))
        self.more_button.setEnabled(False)
        flt = TeamFilter(text=self.search_edit.text().strip())
        try:
            sends = await search(flt, TeamPage(size=PAGE, after=self._last))
        except Exception as exc:  # unreachable, refused: words, never a crash
            self.status_label.setText(getattr(exc, "message", None) or str(exc))
            self.more_button.setEnabled(True)
            return
        for send in sends:
            items = [QStandardItem(text) for text in _row(send)]
            items[0].setData(send, Qt.ItemDataRole.UserRole)
            self.model.appendRow(items)
        if sends:
            self._last = sends[-1]
        shown = self.model.rowCount()
        self.status_label.setText(
            _tr("%n send(s) shown", shown)
            + ("" if len(sends) == PAGE else " — " + _tr("all found"))
        )
        self.more_button.setEnabled(len(sends) == PAGE)
        self.table.resizeColumnsToContents()

    def close_tasks(self) -> None:
        if self._task is not None and not self._task.done():
            self._task.cancel()


class TeamScope:
    """The "This desk / Team" switch on a History window."""

    def __init__(self, window: QWidget, search: Callable[[], TeamSearch | None]) -> None:
        self._search = search
        self.desk_radio = QRadioButton(_tr("This &desk"), window)
        self.desk_radio.setObjectName("historyScopeDesk")
        self.desk_radio.setChecked(True)
        self.team_radio = QRadioButton(_tr("&Team"), window)
        self.team_radio.setObjectName("historyScopeTeam")
        self.panel = TeamPanel(search, window)
        self.panel.hide()
        layout = window.layout()
        assert isinstance(layout, QBoxLayout)
        # Everything below the banner is "this desk": hidden while the Team scope shows.
        self._local: list[QWidget] = []
        self._hidden: list[QWidget] = []
        for index in range(1, layout.count()):
            item = layout.itemAt(index)
            if item is not None:
                self._local.extend(_widgets(item.widget(), item.layout()))
        switch = QHBoxLayout()
        switch.addWidget(QLabel(_tr("Scope:"), window))
        switch.addWidget(self.desk_radio)
        switch.addWidget(self.team_radio)
        switch.addStretch(1)
        layout.insertLayout(1, switch)
        layout.addWidget(self.panel, 1)
        self.team_radio.toggled.connect(self._toggled)
        self.update_enabled()

    def update_enabled(self) -> None:
        available = self._search() is not None
        self.team_radio.setEnabled(available)
        self.team_radio.setToolTip(
            _tr("Every desk's sends on the team server")
            if available
            else _tr("No team history is configured: set it in Edit → Preferences → Team history.")
        )
        if not available and self.team_radio.isChecked():
            self.desk_radio.setChecked(True)

    def _toggled(self, team: bool) -> None:
        if team:  # what the local view hides itself (e.g. custom dates) stays hidden after
            self._hidden = [widget for widget in self._local if widget.isHidden()]
        for widget in self._local:
            widget.setVisible(not team and widget not in self._hidden)
        self.panel.setVisible(team)
        if team:
            self.panel.reload()
            self.panel.search_edit.setFocus()


def _widgets(widget: QWidget | None, layout: QLayout | None) -> list[QWidget]:
    if widget is not None:
        return [widget]
    found: list[QWidget] = []
    if layout is not None:
        for index in range(layout.count()):
            item = layout.itemAt(index)
            if item is not None:
                found.extend(_widgets(item.widget(), item.layout()))
    return found
