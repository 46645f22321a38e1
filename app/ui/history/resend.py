"""The one question before History's "Send again": what will happen, answered once.

It names the order and the candidate, and says everything the send would otherwise ask about
one question at a time: that the form's unsent work is replaced, that the order is closed when
the status sent closes it, and that the last send of the order got no clear answer (with
Kombo's log). Yes sends at once; the send room asks nothing more (`send_confirmed`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from app.store.history import HistoryRecord
from app.ui.common.links import open_external
from app.ui.common.moments import short_when
from app.ui.common.placeholders import arg

__all__ = ["ResendFacts", "ResendQuestion", "resend_wording"]


def _tr(text: str) -> str:
    return QCoreApplication.translate("HistoryWiring", text)


@dataclass(frozen=True)
class ResendFacts:
    """What sending `record` again would do, as far as the question says it."""

    record: HistoryRecord
    replaces: str | None  # the order ID of unsent work in the form ("" without one); None: none
    unknown_since: datetime | None  # the last send of the order got no clear answer, then
    log_url: str | None = None


def resend_wording(facts: ResendFacts) -> tuple[str, str, str]:
    """(title, question, what will happen) of the question, in words."""
    record = facts.record
    order = record.order_id
    if record.candidate:
        question = arg(_tr("Send order %1 for %2 again?"), order, record.candidate)
    else:
        question = arg(_tr("Send order %1 again?"), order)
    lines: list[str] = []
    if facts.replaces is not None:
        lines.append(
            arg(
                _tr("The unsent result for order %1 in the form is replaced by this one."),
                facts.replaces or _tr("(no order ID)"),
            )
        )
    else:
        lines.append(_tr("The form is filled with this send."))
    status = str(record.request.get("status") or "")
    if status and status != "OPEN":
        lines.append(arg(_tr("The order is closed as %1; this cannot be undone."), status))
    else:
        lines.append(_tr("The order stays OPEN."))
    if facts.unknown_since is not None:
        lines.append(
            arg(
                _tr(
                    "The last send of this order (%1) got no clear answer: Kombo may already have "
                    "written it. Check Kombo's log first, or the ATS may get it twice."
                ),
                short_when(facts.unknown_since),
            )
        )
    return _tr("Send again?"), question, "\n\n".join(lines)


class ResendQuestion(QObject):
    """Asks (non-blocking, window-modal) and calls `proceed` on yes."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.box: QMessageBox | None = None  # the open question

    def ask(self, parent: QWidget, facts: ResendFacts, proceed: Callable[[], None]) -> None:
        if self.box is not None:
            return
        title, question, details = resend_wording(facts)
        box = QMessageBox(parent)
        box.setObjectName("resendDialog")
        box.setIcon(
            QMessageBox.Icon.Warning
            if facts.unknown_since is not None
            else QMessageBox.Icon.Question
        )
        box.setWindowTitle(title)
        box.setText(question)
        box.setInformativeText(details)
        send = box.addButton(_tr("Send &again"), QMessageBox.ButtonRole.AcceptRole)
        send.setObjectName("resendConfirmButton")
        open_log = None
        if facts.log_url:
            open_log = box.addButton(_tr("Open Kombo's &log"), QMessageBox.ButtonRole.HelpRole)
            open_log.setObjectName("openKomboLogButton")
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        # Enter sends, as the click on "Send again" meant; not when Kombo may have it already.
        box.setDefaultButton(cancel if facts.unknown_since is not None else send)
        box.setWindowModality(Qt.WindowModality.WindowModal)

        def done() -> None:
            self.box = None
            box.deleteLater()
            clicked = box.clickedButton()
            if open_log is not None and clicked is open_log and facts.log_url:
                open_external(facts.log_url)
            elif clicked is send:
                proceed()

        box.finished.connect(done)
        self.box = box
        box.open()
