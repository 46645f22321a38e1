"""History and drafts wired into the main window.

- every attempt is written to the history before its first byte leaves (outcome unknown),
  and its `send_finished` record completes that row (in the background);
- a banner in the window says when the history or the drafts folder cannot be used, or a
  damaged history was moved aside; sending works regardless;
- the form's drafts (`form.drafts.FormDrafts`) are kept by the history's service, per
  connection profile; a successful send clears the draft;
- before sending an order whose last send had an unknown outcome, `guard` asks (the window's
  send guard);
- View > History (Ctrl+H) opens the history window; its "Open in form" and "Send again" refill
  the form, flagging attachment files that are gone or changed (size, time, sha256); "Send
  again" asks one question that says all it will do (`resend`), and the send asks nothing more.

What a send record becomes in the history, and a history record in the form, is `records`.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QBoxLayout, QMessageBox, QWidget

from app.ui.common.info_bar import InfoBar
from app.ui.common.moments import short_when
from app.ui.common.on_screen import fit_on_screen
from app.ui.common.placeholders import arg
from app.ui.common.single_window import SingleWindow
from app.ui.form import form_state as fs
from app.ui.form.drafts import NO_PROFILE, FormDrafts
from app.ui.history.guard import UnknownOutcomeGuard
from app.ui.history.retention import retention_days
from app.ui.history.service import HistoryService, Worker

if TYPE_CHECKING:
    from concurrent.futures import Future

    from app.store.history import HistoryRecord
    from app.ui.common.context import ConnectionInfo
    from app.ui.common.send_record import SendRecord
    from app.ui.common.window import SenderPort, WindowPort
    from app.ui.history.records import FormFromHistory
    from app.ui.history.resend import ResendQuestion
    from app.ui.history.team_scope import TeamScope, TeamSearch
    from app.ui.history.view import HistoryWindow

# What start-up builds is what the window needs at once (the banners, the drafts, the
# unknown-outcome guard, View > History); `records` (a send as a history entry) loads with
# the first send, the "Send again" question and the History window on first use.
__all__ = ["HistoryController", "journal_sends"]

log = logging.getLogger(__name__)


def _tr(text: str) -> str:
    return QCoreApplication.translate("HistoryWiring", text)


def journal_sends(
    sender: SenderPort,
    service: HistoryService,
    candidate: Callable[[str], str | None] = lambda _order_id: None,
) -> None:
    """Put every attempt of `sender` on record before its first byte leaves (the history's
    writer thread writes it; the sender waits). Its outcome completes the same row through
    `service.record(entry, record.attempt_key)`."""

    def begin(record: SendRecord) -> Future[int] | None:
        if record.attempt_key is None:
            return None
        from app.ui.history.records import entry_from_send_record

        entry = entry_from_send_record(record, candidate(record.order_id))
        return service.begin_attempt(entry, record.attempt_key)

    sender.begin_attempt = begin


class HistoryController(QObject):
    """Wires the history and the drafts into one `MainWindow`."""

    def __init__(self, window: WindowPort, service: HistoryService | None = None) -> None:
        super().__init__(window.window())
        self.window = window
        self.service = service or HistoryService(parent=self)
        self.windows: SingleWindow[HistoryWindow] = SingleWindow(self._build_history_window)
        self._checker = Worker("history-attachments", self.service._relay)
        # The form as it was at the last send attempt: in the history, so replacing it by
        # "Open in form" loses nothing.
        self._last_attempt_state: dict[str, Any] | None = None
        self._replace_box: QMessageBox | None = None
        self._resend: ResendQuestion | None = None
        self._closing = False
        # The Team scope's search, handed in by the shell (None: no team history configured).
        self.team_search: Callable[[], TeamSearch | None] = lambda: None
        self.team_scope: TeamScope | None = None

        self.banner = InfoBar("historyBanner", window.window())
        self.drafts = FormDrafts(window, self.service, self._current_profile, window.window())
        self.draft_bar = self.drafts.bar
        self.guard = UnknownOutcomeGuard(self.service, window.window())
        self._insert_bars()

        self.history_action = QAction(_tr("&History…"), window.window())
        self.history_action.setObjectName("historyAction")
        self.history_action.setShortcut(QKeySequence("Ctrl+H"))
        self.history_action.setToolTip(_tr("Every send, what was sent and what Kombo answered"))
        self.history_action.triggered.connect(self.show_history)
        menu = window.view_menu
        if menu.actions():
            first = menu.actions()[0]
            menu.insertAction(first, self.history_action)
            menu.insertSeparator(first)
        else:
            menu.addAction(self.history_action)
        window.addAction(self.history_action)

        journal_sends(window.sender_, self.service, self._candidate)
        window.send_finished.connect(self._send_finished)
        window.validated.connect(self.drafts.form_changed)
        window.connection_changed.connect(self._connection_changed)
        window.sender_.busy_changed.connect(self._busy_changed)
        window.closed.connect(self.close)
        self.service.problem.connect(self._show_problem)
        window.context.send_guard = self.guard.check_before_send

        self.service.start(retention_days())
        self.drafts.restore_for(self._current_profile())

    # --- the window's bars --------------------------------------------------------------------

    def _insert_bars(self) -> None:
        central = self.window.centralWidget()
        layout = central.layout() if central is not None else None
        if isinstance(layout, QBoxLayout):
            layout.insertWidget(0, self.banner)
            layout.insertWidget(1, self.draft_bar)
        else:  # pragma: no cover - the main window always has a box layout
            self.window.statusBar().addWidget(self.banner)

    def _show_problem(self, text: str) -> None:
        self.banner.append_message(text, "warning")

    # --- recording sends ----------------------------------------------------------------------

    def _candidate(self, order_id: str) -> str | None:
        order = self.window.current_order
        if order is None or order.id != order_id:
            return None
        return order.candidate.display_name or None

    def _send_finished(self, record: SendRecord) -> None:
        from app.ui.history.records import entry_from_send_record

        self.guard.note(record)
        self._last_attempt_state = self.window.form_state()
        self.service.record(
            entry_from_send_record(record, self._candidate(record.order_id)), record.attempt_key
        )
        if record.outcome == "success":
            self.drafts.sent(record.connection.name, self._last_attempt_state)

    def recent_write(
        self, order_id: str, connection: ConnectionInfo, since: datetime
    ) -> tuple[datetime, Mapping[str, Any]] | None:
        """When this desk last wrote `order_id` through `connection`'s integration since
        `since`, and what it sent: the send room's "sent minutes ago" question asks this
        (handed over by the shell), so a restart does not forget a write."""
        record = self.service.last_written(order_id, connection.integration_id, since)
        return None if record is None else (record.sent_at, record.request)

    # --- drafts -------------------------------------------------------------------------------

    def _current_profile(self) -> str:
        connection = self.window.current_connection()
        return connection.name if connection is not None else NO_PROFILE

    def _connection_changed(self, connection: ConnectionInfo | None) -> None:
        if not self._closing:
            self.drafts.restore_for(connection.name if connection is not None else NO_PROFILE)

    def save_draft_now(self) -> None:
        self.drafts.save_now()

    def discard_draft(self, profile: str | None = None) -> None:
        self.drafts.discard(profile)

    def check_before_send(
        self, order_id: str, connection: ConnectionInfo, proceed: Callable[[], None]
    ) -> bool:
        return self.guard.check_before_send(order_id, connection, proceed)

    # --- the history window -------------------------------------------------------------------

    @property
    def history_window(self) -> HistoryWindow | None:
        return self.windows.widget

    def _build_history_window(self) -> HistoryWindow:
        from app.ui.history.view import HistoryWindow

        history_window = HistoryWindow(self.service, None)
        history_window.setWindowIcon(self.window.windowIcon())
        history_window.open_in_form_requested.connect(self.open_in_form)
        history_window.send_again_requested.connect(self.send_again)
        history_window.set_actions_enabled(not self.window.sender_.busy)
        from app.ui.history.team_scope import TeamScope

        self.team_scope = TeamScope(history_window, lambda: self.team_search())
        return history_window

    def show_history(self) -> HistoryWindow:
        window = self.windows.show_instance()
        fit_on_screen(window, self.window.window())  # 1,100 px wide on a 1,024 px screen
        window.refresh()
        if self.team_scope is not None:
            self.team_scope.update_enabled()
        return window

    def _busy_changed(self, busy: bool) -> None:
        if (history_window := self.windows.widget) is not None:
            history_window.set_actions_enabled(not busy)

    @property
    def resend(self) -> ResendQuestion:
        """The "Send again" question (built on first use)."""
        if self._resend is None:
            from app.ui.history.resend import ResendQuestion

            self._resend = ResendQuestion(self)
        return self._resend

    def send_again(self, record: HistoryRecord) -> None:
        """One question (order, candidate, what happens), then load and send: nothing more."""
        from app.ui.history.records import state_from_record
        from app.ui.history.resend import ResendFacts

        current = self.window.form_state()
        unsent = not fs.is_blank_state(current) and current != self._last_attempt_state
        unknown = self.guard.last_unknown(record.order_id, record.integration_id)
        facts = ResendFacts(
            record,
            replaces=str(current.get("order_id") or "") if unsent else None,
            unknown_since=unknown[0] if unknown else None,
            log_url=unknown[1] if unknown else None,
        )
        parent: QWidget = self.windows.widget or self.window.window()
        restored = state_from_record(record)
        self.resend.ask(parent, facts, lambda: self._check_and_load(record, restored, True))

    def open_in_form(self, record: HistoryRecord, send: bool = False) -> None:
        """Refill the form from a recorded send; with `send`, send it again afterwards."""
        from app.ui.history.records import state_from_record

        restored = state_from_record(record)
        current = self.window.form_state()
        if (
            not fs.is_blank_state(current)
            and current != self._last_attempt_state
            and self._replace_box is None
        ):
            self._confirm_replace(lambda: self._check_and_load(record, restored, send))
            return
        self._check_and_load(record, restored, send)

    def _confirm_replace(self, proceed: Callable[[], None]) -> None:
        parent: QWidget = self.windows.widget or self.window.window()
        box = QMessageBox(parent)
        box.setObjectName("replaceFormDialog")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(_tr("Replace the form?"))
        order = self.window.form_state().get("order_id") or _tr("(no order ID)")
        box.setText(arg(_tr("Replace the unsent result for order %1 in the form?"), order))
        box.setInformativeText(_tr("The form is filled with the send you chose instead."))
        replace = box.addButton(_tr("Replace"), QMessageBox.ButtonRole.AcceptRole)
        replace.setObjectName("replaceFormButton")
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setWindowModality(Qt.WindowModality.WindowModal)

        def done() -> None:
            self._replace_box = None
            box.deleteLater()
            if box.clickedButton() is replace:
                proceed()

        box.finished.connect(done)
        self._replace_box = box
        box.open()

    def _check_and_load(self, record: HistoryRecord, restored: FormFromHistory, send: bool) -> None:
        from app.ui.history.records import check_attachments

        state = restored.state

        def loaded(notes: list[str]) -> None:
            self._load(record, state, restored.notes + notes, send)

        self._checker.submit(lambda: check_attachments(state), loaded, self._check_failed)

    def _check_failed(self, exc: BaseException) -> None:
        log.error("attachment check failed", exc_info=exc)
        self.banner.show_message(arg(_tr("The attachments could not be checked: %1"), exc), "error")

    def _load(
        self, record: HistoryRecord, state: dict[str, Any], notes: list[str], send: bool
    ) -> None:
        window = self.window
        connection_problem = self._select_connection(record)
        window.load_form_state(state)
        for note in notes:
            window.log_panel.add("warning", note)
        window.show()
        window.raise_()
        window.activateWindow()
        ready = window.is_ready_to_send()
        message = arg(
            _tr("Order %1 from %2 is in the form."), record.order_id, short_when(record.sent_at)
        )
        if connection_problem is not None:
            message += " " + connection_problem
            window.log_panel.add("warning", connection_problem)
        elif not ready:
            message += " " + _tr("Some fields need attention before it can be sent.")
        window.statusBar().showMessage(message, 8000)
        if (history_window := self.windows.widget) is not None:
            history_window.show_status(message)
        if send:
            if connection_problem is None and ready:
                window.send_confirmed()  # its one question was the confirmation
            elif connection_problem is None:
                window.focus_first_problem()

    def _select_connection(self, record: HistoryRecord) -> str | None:
        """Choose the connection the send went to; why not, if it is gone or now elsewhere.

        "Send again" must reach the same integration: a profile that was renamed away or now
        points at another integration is not silently replaced by whatever is selected.
        """
        # `profileCombo` lists the context's connections, in this order.
        for index, connection in enumerate(self.window.context.connections):
            if connection.name != record.profile:
                continue
            if connection.integration_id != record.integration_id:
                return arg(
                    _tr(
                        "The connection “%1” now points at another integration; choose the "
                        "connection to send to and send from the form."
                    ),
                    record.profile or "",
                )
            self.window.profile_combo.setCurrentIndex(index)
            return None
        return arg(
            _tr(
                "The connection “%1” this was sent with no longer exists; choose a connection "
                "and send from the form."
            ),
            record.profile or record.base_url,
        )

    # --- shutdown -----------------------------------------------------------------------------

    def close(self) -> None:
        """Save the last keystrokes and finish pending history writes."""
        if self._closing:
            return
        self.drafts.close()
        self._closing = True
        if self.team_scope is not None:  # a team search must not answer into closed widgets
            self.team_scope.panel.close_tasks()
        if (history_window := self.windows.widget) is not None:
            history_window.close()
        self._checker.shutdown(wait=False)
        self.service.close()
