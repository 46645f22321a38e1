"""The send room's controller: from "Send" to a record, with the questions in between.

It owns the `Sender`, the Send and Cancel actions, the questions asked before a send (the same
order written minutes ago, the send guard's, closing the order) and the one asked when the
window closes mid-send, and writes each attempt to the send log (`wording.describe`). Every
question is non-blocking (`open()` and a signal), so the loop keeps running.

Up: `finished(SendRecord)` after every attempt, `message(text, ms)` for the status bar,
`close_now()` once a "Stop and quit" may close the window. Down: `request_send()`,
`send_confirmed_again()`, `send_confirmed()`, `cancel_send()`, `copy_as_curl()`,
`holds_close()`/`ask_to_quit()`.
The editor (form) is given, never the window: send does not import the shell.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QCheckBox, QWidget

from app.ui.common.context import AppContext, ConnectionInfo
from app.ui.common.icons import icon
from app.ui.common.placeholders import arg
from app.ui.form.editor import ResultEditor
from app.ui.send.bar import SendBar, SendProgress
from app.ui.send.log_panel import LogPanel
from app.ui.send.sender import Sender

# The record types and the log's wording are imported where a send or a question needs them:
# the window paints before any of that happens.
if TYPE_CHECKING:
    # Message boxes are made on demand: QMessageBox's enums load with the first one.
    from PySide6.QtWidgets import QMessageBox

    from app.kombo.models import ResultBody
    from app.kombo.retry import RetryNotice
    from app.ui.common.send_record import SendRecord

__all__ = ["RECENT_SEND_S", "RecentWrite", "SendController"]

log = logging.getLogger(__name__)

# A second send to an order this desk wrote less than this many seconds ago asks first.
RECENT_SEND_S = 10 * 60

# When this desk last wrote an order (order ID, connection, since), and the request it wrote:
# the history's answer, handed in by the shell; sends from before a restart count too.
RecentWrite = Callable[[str, ConnectionInfo, datetime], tuple[datetime, Mapping[str, Any]] | None]


class SendController(QObject):
    finished = Signal(object)  # SendRecord, after every send attempt
    message = Signal(str, int)  # text for the status bar, milliseconds (0: until replaced)
    close_now = Signal()  # "Stop and quit" was chosen and the send has ended

    def __init__(
        self,
        editor: ResultEditor,
        bar: SendBar,
        log_panel: LogPanel,
        context: AppContext,
        current_connection: Callable[[], ConnectionInfo | None],
        copy_curl_action: QAction,
        parent: QWidget,
    ) -> None:
        """`parent`: the window the questions are modal to; `current_connection`: the chosen
        connection, asked at send time."""
        super().__init__(parent)
        self._editor, self._bar, self._log = editor, bar, log_panel
        self._context, self._connection = context, current_connection
        self._parent, self._copy_curl_action = parent, copy_curl_action
        self.sender_ = Sender(self)
        self.progress = SendProgress(parent)
        self._confirm_box: QMessageBox | None = None
        self._close_box: QMessageBox | None = None
        self._force_close = False
        # Confirm before an order leaves OPEN; "don't ask again" lasts for this session.
        self.ask_before_closing_order = True
        self._guard_passed = False  # context.send_guard said yes for the send in progress
        # Orders this window wrote successfully: ID -> (when, what was sent), for asking
        # before the same order is written again within RECENT_SEND_S.
        self._recent_sends: dict[str, tuple[datetime, Mapping[str, Any]]] = {}
        self._recent_passed = False
        # This desk's earlier writes (the history, across restarts): set by the shell.
        self.recent_write: RecentWrite | None = None
        self._closing_passed = False  # the person confirmed the send, closing included

        self.send_action = QAction(icon("send"), self.tr("&Send result"), parent)
        self.send_action.setObjectName("sendAction")
        self.send_action.setShortcuts([QKeySequence("Ctrl+Return"), QKeySequence("Ctrl+Enter")])
        self.send_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.send_action.triggered.connect(self.request_send)
        native = QKeySequence("Ctrl+Return").toString(QKeySequence.SequenceFormat.NativeText)
        bar.send_button.setToolTip(arg(self.tr("Send the result to Kombo (%1)"), native))
        self.cancel_action = QAction(icon("cancel"), self.tr("&Cancel sending"), parent)
        self.cancel_action.setObjectName("cancelAction")
        self.cancel_action.setEnabled(False)
        self.cancel_action.triggered.connect(self.cancel_send)
        bar.send_button.clicked.connect(self.request_send)
        bar.cancel_button.clicked.connect(self.cancel_send)
        copy_curl_action.triggered.connect(self.copy_as_curl)
        editor.readiness_changed.connect(self._update_buttons)

        self.sender_.busy_changed.connect(self._busy_changed)
        self.sender_.started.connect(self.progress.started)
        self.sender_.progress.connect(self.progress.progress)
        self.sender_.retrying.connect(self._send_retrying)
        self.sender_.refused.connect(self._send_refused)
        self.sender_.finished.connect(self._send_done)

    # === asking to send =====================================================================

    def request_send(self) -> bool:
        """Send (button, Ctrl+Enter): confirms first when the order would leave OPEN.

        Returns True if sending started (or waits for the confirmation), False if refused.
        """
        if self.sender_.busy or self._confirm_box is not None:
            return False
        self._editor.mark_touched()
        outcome = self._editor.validate_now()
        if not self._editor.is_ready_to_send() or outcome.body is None:
            self._editor.focus_first_problem()
            return False
        if not self._editor.reason_row.check(self._context.preferences.reason_required):
            self.message.emit(self._editor.reason_row.message_label.text(), 6000)
            return False  # the field says why; nothing is asked or sent
        guard, connection = self._context.send_guard, self._connection()
        order_id = self._editor.order_id()
        if not self._recent_passed and self._ask_if_sent_recently(order_id):
            return True  # asks first: this order was written a moment ago
        if (
            guard is not None
            and connection is not None
            and not self._guard_passed
            and not guard(order_id, connection, self._send_after_guard)
        ):
            return True  # the guard asks first (history: last outcome unknown)
        closing_asked = self.ask_before_closing_order and not self._closing_passed
        if outcome.body.status.value != "OPEN" and closing_asked:
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

    def send_confirmed(self) -> bool:
        """`request_send` after one question that said all this send does (History's "Send
        again": the order, the candidate, closing it, an unclear last answer): no other."""
        self._recent_passed = self._guard_passed = self._closing_passed = True
        try:
            return self.request_send()
        finally:
            self._recent_passed = self._guard_passed = self._closing_passed = False

    def _ask_if_sent_recently(self, order_id: str) -> bool:
        """Ask (non-blocking) before writing an order this desk wrote minutes ago: this
        window's sends at once, earlier ones (another run, before a restart) from the history."""
        since = datetime.now(UTC) - timedelta(seconds=RECENT_SEND_S)
        recent = self._recent_sends.get(order_id)
        connection = self._connection()
        if self.recent_write is not None and connection is not None:
            found = self.recent_write(order_id, connection, since)
            if found is not None and (recent is None or found[0] > recent[0]):
                recent = found
        if recent is None:
            return False
        when, what = recent
        if when < since:
            return False
        from PySide6.QtWidgets import QMessageBox

        from app.ui.send.wording import send_again_question

        box = QMessageBox(self._parent)
        box.setObjectName("confirmSendAgainDialog")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Send again?"))
        box.setText(send_again_question(order_id, when, what))
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
        from PySide6.QtWidgets import QMessageBox

        order = self._editor.order_id()
        box = QMessageBox(self._parent)
        box.setObjectName("confirmCloseOrderDialog")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Close the order?"))
        box.setText(arg(self.tr("Send order %1 as %2?"), order, body.status.value))
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
                current = self._editor.validate_now()
                if current.body is not None and self._editor.is_ready_to_send():
                    self._start_send(current.body)
            self._update_buttons()

        box.finished.connect(done)
        self._confirm_box = box
        self._update_buttons()
        box.open()

    def _start_send(self, body: ResultBody) -> bool:
        connection = self._connection()
        if connection is None:
            return False
        from app.ui.common.send_record import SendReason

        order_id = self._editor.order_id()
        reason = SendReason(
            operator_name=self._context.preferences.operator_name.strip() or None,
            note=self._editor.reason_row.note() or None,
            ticket=self._editor.reason_row.ticket() or None,
        )
        started = self.sender_.send(
            connection, self._context.key_provider, order_id, body, reason=reason
        )
        if started:
            self._log.add(
                "info",
                arg(
                    self.tr("Sending order %1 as %2 to %3…"),
                    order_id,
                    body.status.value,
                    connection.name,
                ),
            )
        return started

    def cancel_send(self) -> None:
        if self.sender_.cancel():
            self.message.emit(self.tr("Cancelling…"), 0)

    def copy_as_curl(self) -> None:
        from app.kombo.order_ids import order_id_problem

        outcome = self._editor.validate_now()
        connection = self._connection()
        order_id = self._editor.order_id()
        if outcome.body is None or connection is None or order_id_problem(order_id):
            self.message.emit(self.tr("Fix the problems first."), 4000)
            return
        from app.kombo.curl import curl_command

        command = curl_command(
            connection.base_url, connection.integration_id, order_id, outcome.body
        )
        clipboard = QGuiApplication.clipboard()
        if clipboard is not None:
            clipboard.setText(command)
        self.message.emit(
            self.tr("curl command copied; it reads the key from $KOMBO_API_KEY."), 5000
        )

    # === while and after sending ============================================================

    def _update_buttons(self) -> None:
        busy = self.sender_.busy or self._confirm_box is not None
        ready = self._editor.is_ready_to_send()
        self._bar.send_button.setEnabled(ready and not busy)
        self.send_action.setEnabled(ready and not busy)
        self._bar.cancel_button.setEnabled(self.sender_.busy)
        self.cancel_action.setEnabled(self.sender_.busy)
        self._copy_curl_action.setEnabled(ready)

    def _busy_changed(self, busy: bool) -> None:
        self._update_buttons()
        self.progress.busy_changed(busy)

    def _send_retrying(self, notice: RetryNotice) -> None:
        from app.ui.send.wording import retry_text

        text = retry_text(notice.reason, notice.wait_seconds, notice.attempt)
        self._log.add("info", text)
        self.message.emit(text, int(notice.wait_seconds * 1000) + 1000)

    def _send_refused(self, message: str) -> None:
        self._log.add("error", message)
        self.message.emit(message, 8000)

    def _send_done(self, record: SendRecord) -> None:
        from app.ui.send.wording import describe, sent_note

        described = describe(record)
        for line in described.lines:
            self._log.add(line.level, line.text, link=line.link)
        self.message.emit(described.status, 10000)
        if record.outcome == "success":
            self._recent_sends[record.order_id] = (record.started_at, record.request)
            self._editor.show_sent(sent_note(record.started_at, record.request))
        if self._context.on_send_recorded is not None:
            try:
                self._context.on_send_recorded(record)
            except Exception:
                log.exception("the send hook failed")
        self.finished.emit(record)

    # === closing while sending ==============================================================

    def holds_close(self) -> bool:
        """A send is in flight and nobody has chosen "Stop and quit" yet."""
        return self.sender_.busy and not self._force_close

    def ask_to_quit(self) -> None:
        if self._close_box is not None:
            return
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(self._parent)
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
        one whose outcome may be unknown) must reach the history before the window closes."""
        self._force_close = True  # a second close meanwhile closes at once
        if not self.sender_.busy:
            self.close_now.emit()
            return
        self.message.emit(self.tr("Stopping the send…"), 0)
        self.sender_.busy_changed.connect(self._close_when_idle)
        self.sender_.cancel()

    def _close_when_idle(self, busy: bool) -> None:
        if not busy:
            self.sender_.busy_changed.disconnect(self._close_when_idle)
            self.close_now.emit()
