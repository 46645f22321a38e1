"""History and drafts wired into the main window.

- every attempt is written to the history before its first byte leaves (outcome unknown),
  and its `send_finished` record completes that row (in the background);
- a banner in the window says when the history or the drafts folder cannot be used, or a
  damaged history was moved aside; sending works regardless;
- the form is saved as a draft ~500 ms after each change, per connection profile, and restored
  at start with a notice naming the order and the time ("Discard" clears it); a successful
  send clears the draft, a failed one keeps form and draft as they were;
- before sending an order whose last send had an unknown outcome, a non-blocking question
  points to Kombo's log;
- View > History (Ctrl+H) opens the history window; its "Open in form" and "Send again" refill
  the form, flagging attachment files that are gone or changed (size, time, sha256).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QBoxLayout, QMessageBox, QWidget

from app.store.drafts import Draft
from app.store.history import HistoryEntry, HistoryRecord, OutcomeKind, sanitize_request
from app.ui.common.info_bar import InfoBar
from app.ui.common.links import open_external
from app.ui.form import form_state as fs
from app.ui.form.sent_files_check import check_sent_files
from app.ui.history.service import HistoryService, Worker
from app.ui.history.view import HistoryWindow, retention_days

if TYPE_CHECKING:
    from concurrent.futures import Future

    from app.ui.common.context import ConnectionInfo
    from app.ui.common.send_record import SendRecord
    from app.ui.common.window import SenderPort, WindowPort

log = logging.getLogger(__name__)

DRAFT_DELAY_MS = 500
# The draft of a form with no connection yet (first start, before a profile exists).
NO_PROFILE = ""


# --- send records -> history ----------------------------------------------------------------


def entry_from_send_record(record: SendRecord, candidate: str | None = None) -> HistoryEntry:
    """The history entry of one send attempt (attachments as metadata, never content)."""
    error = record.error or {}
    outcome = OutcomeKind(record.outcome)
    response: dict[str, Any] | None
    if outcome is OutcomeKind.SUCCESS:
        response = {"status": "success", "warnings": [{"message": w} for w in record.warnings]}
    elif outcome is OutcomeKind.API_ERROR:
        response = {
            "status": "error",
            "error": {
                "code": error.get("code"),
                "title": error.get("title"),
                "message": error.get("message"),
                "log_url": error.get("log_url"),
            },
        }
    else:
        response = {key: value for key, value in error.items() if value is not None} or None
    started = record.started_at
    return HistoryEntry(
        order_id=record.order_id,
        outcome=outcome,
        base_url=record.connection.base_url,
        integration_id=record.connection.integration_id,
        profile=record.connection.name,
        request=sanitize_request(record.request),
        http_status=record.http_status,
        warnings=tuple(record.warnings),
        error_code=error.get("code") if outcome is OutcomeKind.API_ERROR else None,
        error_title=error.get("title"),
        error_message=error.get("message") if outcome is not OutcomeKind.SUCCESS else None,
        log_url=record.log_url or error.get("log_url"),
        outcome_unknown=record.outcome_unknown,
        duration_s=record.duration_s,
        retries=record.retries,
        candidate=candidate,
        response=response,
        sent_at=started if started.tzinfo else started.replace(tzinfo=UTC),
    )


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
        entry = entry_from_send_record(record, candidate(record.order_id))
        return service.begin_attempt(entry, record.attempt_key)

    sender.begin_attempt = begin


# --- history -> form ------------------------------------------------------------------------


@dataclass
class FormFromHistory:
    state: dict[str, Any]
    notes: list[str]  # for the log panel: what could not be restored as it was


def state_from_record(record: HistoryRecord) -> FormFromHistory:
    """The form state of a recorded request (no file access; see `check_attachments`)."""
    request = record.request
    state = fs.empty_state()
    state["order_id"] = record.order_id
    for key in fs.RESULT_FIELDS:
        if key in request:
            state[key] = request[key]
    if isinstance(request.get("attributes"), list):
        state["attributes"] = [dict(a) for a in request["attributes"] if isinstance(a, dict)]
    if isinstance(request.get("remote_fields"), dict):
        state["remote_fields"] = dict(request["remote_fields"])
    notes: list[str] = []
    attachments: list[dict[str, Any]] = []
    for item in request.get("attachments") or []:
        if not isinstance(item, dict):
            continue
        entry: dict[str, Any] = {"name": str(item.get("name") or "")}
        if item.get("content_type"):
            entry["content_type"] = str(item["content_type"])
        if item.get("data_url"):
            entry["data_url"] = str(item["data_url"])
        elif item.get("source_path"):
            entry["path"] = str(item["source_path"])
            entry["size"] = item.get("size")
            entry["mtime_ns"] = item.get("mtime_ns")
            if item.get("sha256"):
                entry["sha256"] = item["sha256"]
        else:
            # Inline data is not kept in the history (only its size and sha256).
            notes.append(
                _tr(
                    "“%1” was sent inline and the history keeps no file content: attach it again."
                ).replace("%1", entry["name"])
            )
            entry["data_url"] = ""
        attachments.append(entry)
    state["attachments"] = attachments
    return FormFromHistory(state, notes)


def check_attachments(state: dict[str, Any]) -> list[str]:
    """Compare each file attachment with what was sent (blocking; see `sent_files_check`)."""
    return check_sent_files(state)


def _tr(text: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("HistoryWiring", text)


def _when(moment: datetime) -> str:
    local = moment.astimezone()
    if local.date() == datetime.now().astimezone().date():
        return local.strftime("%H:%M")
    return local.strftime("%d %b %Y, %H:%M")


# --- the controller -------------------------------------------------------------------------


class HistoryController(QObject):
    """Wires the history and the drafts into one `MainWindow`."""

    def __init__(self, window: WindowPort, service: HistoryService | None = None) -> None:
        super().__init__(window.window())
        self.window = window
        self.service = service or HistoryService(parent=self)
        self.history_window: HistoryWindow | None = None
        self._checker = Worker("history-attachments", self.service._relay)
        self._draft_timer = QTimer(self)
        self._draft_timer.setSingleShot(True)
        self._draft_timer.setInterval(DRAFT_DELAY_MS)
        self._draft_timer.timeout.connect(self.save_draft_now)
        self._draft_ready = False  # no autosave before the saved draft was looked at
        self._restore_tried: set[str] = set()
        self._last_saved: dict[str, dict[str, Any]] = {}
        self._saved_at: dict[str, datetime] = {}
        # The form as it was at the last send attempt: in the history, so replacing it by
        # "Open in form" loses nothing.
        self._last_attempt_state: dict[str, Any] | None = None
        # The latest outcome per (order, integration) of this session; the history answers
        # for earlier ones. Updated at once, before the background write.
        self._recent: dict[tuple[str, str | None], SendRecord] = {}
        self._unknown_box: QMessageBox | None = None
        self._replace_box: QMessageBox | None = None
        self._closing = False

        self.banner = InfoBar("historyBanner", window.window())
        self.draft_bar = InfoBar("draftRestoredBar", window.window())
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
        window.validated.connect(self._form_changed)
        window.connection_changed.connect(self._connection_changed)
        window.sender_.busy_changed.connect(self._busy_changed)
        window.closed.connect(self.close)
        self.service.problem.connect(self._show_problem)
        context = window.context
        if hasattr(context, "send_guard"):
            context.send_guard = self.check_before_send

        self.service.start(retention_days())
        connection = window.current_connection()
        self._restore_for(connection.name if connection is not None else NO_PROFILE)

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
        order = getattr(self.window, "current_order", None)
        if order is None:
            return None
        if getattr(order, "id", None) != order_id:
            return None
        candidate = getattr(order, "candidate", None)
        name = getattr(candidate, "display_name", None)
        return str(name) if name else None

    def _send_finished(self, record: SendRecord) -> None:
        self._recent[(record.order_id, record.connection.integration_id)] = record
        self._last_attempt_state = self.window.form_state()
        self.service.record(
            entry_from_send_record(record, self._candidate(record.order_id)), record.attempt_key
        )
        if record.outcome == "success":
            # Sent as it is: nothing left to lose. The form stays; editing it drafts again.
            profile = record.connection.name
            self._draft_timer.stop()
            self._last_saved[profile] = self._last_attempt_state
            self.service.discard_draft(profile)
            self.draft_bar.hide()

    # --- drafts -------------------------------------------------------------------------------

    def _current_profile(self) -> str:
        connection = self.window.current_connection()
        return connection.name if connection is not None else NO_PROFILE

    def _connection_changed(self, connection: ConnectionInfo | None) -> None:
        name = connection.name if connection is not None else NO_PROFILE
        self._restore_for(name)

    def _restore_for(self, profile: str) -> None:
        """At start (and when the first real connection appears): bring back its draft."""
        if profile in self._restore_tried or self._closing:
            return
        self._restore_tried.add(profile)
        if not fs.is_blank_state(self.window.form_state()):
            self._draft_ready = True  # the person already typed; do not overwrite that
            self._form_changed()
            return

        def loaded(draft: Draft | None) -> None:
            if draft is not None and fs.is_blank_state(self.window.form_state()):
                self._restore(draft)
            self._draft_ready = True
            self._form_changed()  # anything typed or loaded meanwhile is drafted now

        self.service.load_draft(profile, loaded)

    def _restore(self, draft: Draft) -> None:
        if fs.is_blank_state(draft.state):
            return
        self.window.load_form_state(dict(draft.state))
        self._last_saved[draft.profile] = self.window.form_state()
        self._saved_at[draft.profile] = draft.saved_at
        when = _when(draft.saved_at)
        if draft.order_id:
            text = (
                _tr("Restored your unsent draft for order %1 from %2.")
                .replace("%1", draft.order_id)
                .replace("%2", when)
            )
        else:
            text = _tr("Restored your unsent draft from %1.").replace("%1", when)
        self.draft_bar.show_message(
            text,
            "info",
            [(_tr("Discard"), "discardDraftButton", lambda: self.discard_draft(draft.profile))],
        )
        log.info("restored the draft of %r saved at %s", draft.profile, draft.saved_at)

    def discard_draft(self, profile: str | None = None) -> None:
        """Forget the restored draft and clear the form (Undo brings it back)."""
        profile = self._current_profile() if profile is None else profile
        self._draft_timer.stop()
        self.service.discard_draft(profile)
        self.draft_bar.dismiss()
        new_result = getattr(self.window, "new_result", None)
        if callable(new_result):
            new_result()  # the main window offers Undo for a few seconds
        else:  # pragma: no cover
            self.window.load_form_state(fs.empty_state())
        self._last_saved[profile] = self.window.form_state()

    def _form_changed(self, _outcome: object = None) -> None:
        if self._draft_ready and not self._closing:
            self._draft_timer.start()

    def save_draft_now(self) -> None:
        """Save the form as the current profile's draft, if it changed since the last save."""
        self._draft_timer.stop()
        if not self._draft_ready:
            return
        profile = self._current_profile()
        state = self.window.form_state()
        if self._last_saved.get(profile) == state:
            return
        self._last_saved[profile] = state
        if fs.is_blank_state(state):
            self.service.discard_draft(profile)  # an emptied form has nothing to keep
            return
        self.service.save_draft(profile, state)

    # --- re-sending an order whose outcome is unknown ----------------------------------------

    def check_before_send(
        self, order_id: str, connection: ConnectionInfo, proceed: Callable[[], None]
    ) -> bool:
        """The main window's send guard: True to send now; False when a question is open.

        If the last send of this order had an unknown outcome, ask (without blocking) and
        call `proceed` if the person still wants to send.
        """
        if self._unknown_box is not None:
            return False
        last = self._last_outcome(order_id, connection.integration_id)
        if last is None:
            return True
        when, log_url = last
        self._ask_unknown(order_id, when, log_url, proceed)
        return False

    def _last_outcome(
        self, order_id: str, integration_id: str | None
    ) -> tuple[datetime, str | None] | None:
        """(time, log_url) if the latest send of this order has an unknown outcome."""
        recent = self._recent.get((order_id, integration_id))
        if recent is not None:
            if not recent.outcome_unknown:
                return None
            return recent.started_at, recent.log_url
        store = self.service.store
        if store is None or not store.available:
            return None
        # One indexed lookup (~0.1 ms even with 50,000 sends): fine on the Qt thread.
        summary = store.last_for_order(order_id, integration_id)
        if summary is None or not summary.outcome_unknown:
            return None
        return summary.sent_at, summary.log_url

    def _ask_unknown(
        self, order_id: str, when: datetime, log_url: str | None, proceed: Callable[[], None]
    ) -> None:
        box = QMessageBox(self.window.window())
        box.setObjectName("outcomeUnknownDialog")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(_tr("Send this order again?"))
        box.setText(
            _tr("The last send of order %1 (%2) got no clear answer.")
            .replace("%1", order_id)
            .replace("%2", _when(when))
        )
        details = _tr(
            "Kombo may already have written that result. Check Kombo's log for this order "
            "before sending it again, or the ATS may get it twice."
        )
        if log_url:
            details += "\n\n" + log_url
        box.setInformativeText(details)
        send = box.addButton(_tr("Send anyway"), QMessageBox.ButtonRole.AcceptRole)
        send.setObjectName("sendAnywayButton")
        open_log = None
        if log_url:
            open_log = box.addButton(_tr("Open Kombo's log"), QMessageBox.ButtonRole.HelpRole)
            open_log.setObjectName("openKomboLogButton")
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setWindowModality(Qt.WindowModality.WindowModal)

        def done() -> None:
            self._unknown_box = None
            box.deleteLater()
            clicked = box.clickedButton()
            if open_log is not None and clicked is open_log and log_url:
                open_external(log_url)
            elif clicked is send:
                proceed()

        box.finished.connect(done)
        self._unknown_box = box
        box.open()

    # --- the history window -------------------------------------------------------------------

    def show_history(self) -> HistoryWindow:
        if self.history_window is None:
            self.history_window = HistoryWindow(self.service, None)
            self.history_window.setWindowIcon(self.window.windowIcon())
            self.history_window.open_in_form_requested.connect(self.open_in_form)
            self.history_window.send_again_requested.connect(
                lambda record: self.open_in_form(record, send=True)
            )
            self.history_window.set_actions_enabled(not self.window.sender_.busy)
        window = self.history_window
        window.show()
        window.raise_()
        window.activateWindow()
        window.refresh()
        return window

    def _busy_changed(self, busy: bool) -> None:
        if self.history_window is not None:
            self.history_window.set_actions_enabled(not busy)

    def open_in_form(self, record: HistoryRecord, send: bool = False) -> None:
        """Refill the form from a recorded send; with `send`, send it again afterwards."""
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
        parent: QWidget = self.history_window or self.window.window()
        box = QMessageBox(parent)
        box.setObjectName("replaceFormDialog")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(_tr("Replace the form?"))
        order = self.window.form_state().get("order_id") or _tr("(no order ID)")
        box.setText(_tr("Replace the unsent result for order %1 in the form?").replace("%1", order))
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
        state = restored.state

        def loaded(notes: list[str]) -> None:
            self._load(record, state, restored.notes + notes, send)

        self._checker.submit(lambda: check_attachments(state), loaded, self._check_failed)

    def _check_failed(self, exc: BaseException) -> None:
        log.error("attachment check failed", exc_info=exc)
        self.banner.show_message(
            _tr("The attachments could not be checked: %1").replace("%1", str(exc)), "error"
        )

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
        message = (
            _tr("Order %1 from %2 is in the form.")
            .replace("%1", record.order_id)
            .replace("%2", _when(record.sent_at))
        )
        if connection_problem is not None:
            message += " " + connection_problem
            window.log_panel.add("warning", connection_problem)
        elif not ready:
            message += " " + _tr("Some fields need attention before it can be sent.")
        window.statusBar().showMessage(message, 8000)
        if self.history_window is not None:
            self.history_window.show_status(message)
        if send:
            if connection_problem is None and ready:
                window.send_confirmed_again()  # "Send again" was the confirmation
            elif connection_problem is None:
                window.focus_first_problem()

    def _select_connection(self, record: HistoryRecord) -> str | None:
        """Choose the connection the send went to; why not, if it is gone or now elsewhere.

        "Send again" must reach the same integration: a profile that was renamed away or now
        points at another integration is not silently replaced by whatever is selected.
        """
        combo = self.window.profile_combo
        for index in range(combo.count()):
            connection = combo.itemData(index)
            if getattr(connection, "name", None) != record.profile:
                continue
            if getattr(connection, "integration_id", None) != record.integration_id:
                return _tr(
                    "The connection “%1” now points at another integration; choose the "
                    "connection to send to and send from the form."
                ).replace("%1", record.profile or "")
            combo.setCurrentIndex(index)
            return None
        return _tr(
            "The connection “%1” this was sent with no longer exists; choose a connection "
            "and send from the form."
        ).replace("%1", record.profile or record.base_url)

    # --- shutdown -----------------------------------------------------------------------------

    def close(self) -> None:
        """Save the last keystrokes and finish pending history writes."""
        if self._closing:
            return
        if self._draft_timer.isActive():
            self.save_draft_now()
        self._closing = True
        self._draft_timer.stop()
        if self.history_window is not None:
            self.history_window.close()
        self._checker.shutdown(wait=False)
        self.service.close()
