"""Before a send: has another desk sent to this order in the last 24 hours?

The window's send guard (`AppContext.send_guard`) is wrapped: the team history is asked with a
short timeout (`CHECK_TIMEOUT_S`), so an unreachable server never holds a send up; then the
person sees what the teammates sent ("Anna Keller sent COMPLETED 12 min ago — ticket
ZD-48213") and chooses, or the log says the team history could not be checked and the send
goes on. The guard it wraps (the history's unknown-outcome question) is asked after it.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from app.ui.common.context import ConnectionInfo, SendGuard
from app.ui.common.numbers import format_number
from app.ui.common.placeholders import arg

if TYPE_CHECKING:
    from app.team.queries import TeamSend
    from app.ui.common.window import MessageLog

__all__ = ["CHECK_TIMEOUT_S", "RecentSends", "TeamGuard"]

log = logging.getLogger(__name__)

CHECK_TIMEOUT_S = 1.5
# (order ID, integration ID) -> other desks' sends to it in the last 24 h; None: no team history.
RecentSends = Callable[[str, str | None], Awaitable[list["TeamSend"]]]


def _tr(text: str) -> str:
    return QCoreApplication.translate("TeamGuard", text)


class TeamGuard:
    def __init__(
        self,
        recent: Callable[[], RecentSends | None],
        parent: QWidget,
        message_log: MessageLog,
        then: SendGuard | None = None,
        timeout_s: float = CHECK_TIMEOUT_S,
    ) -> None:
        self._recent, self._parent, self._log, self._then = recent, parent, message_log, then
        self.timeout_s = timeout_s
        self.box: QMessageBox | None = None  # the question, while it is open
        self._checking: asyncio.Task[None] | None = None

    def check_before_send(
        self, order_id: str, connection: ConnectionInfo, proceed: Callable[[], None]
    ) -> bool:
        """The send guard: True sends now; False: asked (or checking), `proceed` follows."""

        def next_guard() -> None:
            if self._then is None or self._then(order_id, connection, proceed):
                proceed()

        recent = self._recent()
        if recent is None:  # no team history configured: nothing to ask
            return self._then is None or self._then(order_id, connection, proceed)
        if self.box is not None or (self._checking is not None and not self._checking.done()):
            return False  # already asking about this send
        self._checking = asyncio.ensure_future(
            self._check(recent, order_id, connection.integration_id, next_guard)
        )
        return False

    async def _check(
        self,
        recent: RecentSends,
        order_id: str,
        integration_id: str | None,
        proceed: Callable[[], None],
    ) -> None:
        # Shielded: a timeout leaves the query to finish on its own rather than cutting the
        # team connection mid-answer.
        query = asyncio.ensure_future(recent(order_id, integration_id))
        try:
            sends = await asyncio.wait_for(asyncio.shield(query), self.timeout_s)
        except Exception as exc:  # unreachable, timed out, refused: say so and send
            query.add_done_callback(_consume)
            reason = getattr(exc, "message", None) or arg(
                _tr("no answer within %1 s"), format_number(self.timeout_s)
            )
            self._log.add(
                "warning",
                arg(
                    _tr(
                        "The team history could not be checked for other desks' sends to order "
                        "%1 (%2); sending anyway."
                    ),
                    order_id,
                    reason,
                ),
            )
            proceed()
            return
        if not sends:
            proceed()
            return
        self._ask(order_id, sends, proceed)

    def _ask(self, order_id: str, sends: list[TeamSend], proceed: Callable[[], None]) -> None:
        from app.team.queries import format_recent_send

        box = QMessageBox(self._parent)
        box.setObjectName("teamRecentSendsDialog")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(_tr("Sent from another desk"))
        box.setText(arg(_tr("Order %1 was sent from another desk in the last 24 hours:"), order_id))
        box.setInformativeText("\n".join(format_recent_send(send) for send in sends[:5]))
        send = box.addButton(_tr("Send &anyway"), QMessageBox.ButtonRole.AcceptRole)
        send.setObjectName("teamSendAnywayButton")
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setWindowModality(Qt.WindowModality.WindowModal)

        def done() -> None:
            self.box = None
            box.deleteLater()
            if box.clickedButton() is send:
                proceed()

        box.finished.connect(done)
        self.box = box
        box.open()


def _consume(task: asyncio.Future[Any]) -> None:
    if not task.cancelled():
        task.exception()  # a late failure is the status line's business, not the loop's
