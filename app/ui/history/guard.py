"""The question before sending an order whose last send got no clear answer.

If the latest send of an order (to the same integration) had an unknown outcome, Kombo may
already have written it: before sending it again, a non-blocking question points to Kombo's
log. `check_before_send` is the main window's send guard (`AppContext.send_guard`): the send
room receives it as a callable and never imports the history.

This session's outcomes are known at once (`note`); earlier ones come from the history store,
one indexed lookup on the Qt thread.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from app.ui.common.links import open_external
from app.ui.common.moments import short_when
from app.ui.common.placeholders import arg
from app.ui.history.service import HistoryService

if TYPE_CHECKING:
    from app.ui.common.context import ConnectionInfo
    from app.ui.common.send_record import SendRecord

__all__ = ["UnknownOutcomeGuard"]


def _tr(text: str) -> str:
    return QCoreApplication.translate("HistoryWiring", text)


class UnknownOutcomeGuard(QObject):
    def __init__(self, service: HistoryService, window: QWidget) -> None:
        super().__init__(window)
        self.service = service
        self.window = window  # the question is window-modal to it
        # The latest outcome per (order, integration) of this session; the history answers
        # for earlier ones. Updated at once, before the background write.
        self._recent: dict[tuple[str, str | None], SendRecord] = {}
        self.box: QMessageBox | None = None  # the open question

    def note(self, record: SendRecord) -> None:
        """A send of this session finished (whatever its outcome)."""
        self._recent[(record.order_id, record.connection.integration_id)] = record

    def check_before_send(
        self, order_id: str, connection: ConnectionInfo, proceed: Callable[[], None]
    ) -> bool:
        """The main window's send guard: True to send now; False when a question is open.

        If the last send of this order had an unknown outcome, ask (without blocking) and
        call `proceed` if the person still wants to send.
        """
        if self.box is not None:
            return False
        last = self.last_unknown(order_id, connection.integration_id)
        if last is None:
            return True
        when, log_url = last
        self._ask(order_id, when, log_url, proceed)
        return False

    def last_unknown(
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

    def _ask(
        self, order_id: str, when: datetime, log_url: str | None, proceed: Callable[[], None]
    ) -> None:
        box = QMessageBox(self.window)
        box.setObjectName("outcomeUnknownDialog")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(_tr("Send this order again?"))
        box.setText(
            arg(
                _tr("The last send of order %1 (%2) got no clear answer."),
                order_id,
                short_when(when),
            )
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
            self.box = None
            box.deleteLater()
            clicked = box.clickedButton()
            if open_log is not None and clicked is open_log and log_url:
                open_external(log_url)
            elif clicked is send:
                proceed()

        box.finished.connect(done)
        self.box = box
        box.open()
