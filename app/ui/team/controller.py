"""The team history wired into one window (issue 15).

- `configure()` reads where the team server is: RESULT_DESK_TEAM_URL for this run, else
  Preferences (the password from the OS keyring), and starts `TeamHistory.run` (replication of
  the history's outbox) and `listen` (teammates' sends) as tasks on the qasync loop;
- the status bar's `teamStatusLabel` says "Team history: up to date" / "12 records waiting" /
  "unreachable since 10:42"; `wake()` (the history wrote a record) pushes soon: sending never
  waits for the team database;
- `guard` asks the team history before a send (see `guard.TeamGuard`);
- a teammate's send to the order open in the form shows at once in `notice`;
- `search` serves the History window's Team scope; `test_settings` the preferences' Test.

Nothing here imports the other rooms: the store and the hooks are handed in by app.main.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QBoxLayout, QLabel

from app.ui.common.info_bar import InfoBar
from app.ui.common.placeholders import arg
from app.ui.common.preferences import team_password_account
from app.ui.team.guard import TeamGuard
from app.ui.team.status_words import status_line

if TYPE_CHECKING:
    from app.store.history import HistoryStore
    from app.store.secrets import SecretStore
    from app.team.queries import TeamFilter, TeamPage, TeamSend
    from app.team.service import TeamHistory, TeamStatus
    from app.team.settings import PasswordProvider, TeamSettings
    from app.ui.common.window import WindowPort

__all__ = ["TeamController"]

log = logging.getLogger(__name__)


class TeamController(QObject):
    status_changed = Signal(str)  # the status line's text ("" when not configured)
    teammate_sent = Signal(object)  # TeamSend to the order open in the form

    def __init__(
        self,
        window: WindowPort,
        secrets: SecretStore,
        *,
        retry_s: float = 10.0,
        reconnect_s: float = 5.0,
    ) -> None:
        super().__init__(window.window())
        self.window = window
        self.secrets = secrets
        self.retry_s, self.reconnect_s = retry_s, reconnect_s
        self.team: TeamHistory | None = None
        self._store: HistoryStore | None = None
        self._tasks: list[asyncio.Task[None]] = []
        self._configuring: asyncio.Task[None] | None = None
        self._notice_order: str | None = None
        self.listening = asyncio.Event()  # set once LISTEN is on (for tests and the log)

        self.status_label = QLabel(window.window())
        self.status_label.setObjectName("teamStatusLabel")
        self.status_label.hide()
        window.statusBar().addPermanentWidget(self.status_label)
        self.notice = InfoBar("teamNotice", window.window())
        central = window.centralWidget()
        layout = central.layout() if central is not None else None
        if isinstance(layout, QBoxLayout):
            layout.insertWidget(0, self.notice)
        window.order_id_edit.textChanged.connect(self._order_changed)
        self.guard = TeamGuard(
            self._recent_sends, window.window(), window.log_panel, window.context.send_guard
        )
        window.context.send_guard = self.guard.check_before_send

    # --- configuration ------------------------------------------------------------------------

    def set_store(self, store: HistoryStore) -> None:
        """The desk's history (its outbox is what is pushed); configures once it is known."""
        if store is self._store:
            return
        self._store = store
        self.configure()

    def configure(self) -> asyncio.Task[None]:
        """(Re)connect with the current settings: the URL override or Preferences."""
        if self._configuring is not None and not self._configuring.done():
            self._configuring.cancel()
        self._configuring = asyncio.ensure_future(self._configure())
        return self._configuring

    async def _configure(self) -> None:
        await self._stop()
        store = self._store
        if store is None or not store.available:
            self._show("")
            return
        found = await self._settings()
        if found is None:
            self._show("")
            return
        settings, password = found
        from app.team.service import TeamHistory

        team = TeamHistory(settings, password, store, on_status=self._status)
        self.team = team
        self._show(status_line(team.status()))
        self.listening.clear()
        self._tasks = [
            asyncio.ensure_future(team.run(self.retry_s)),
            asyncio.ensure_future(
                team.listen(
                    self._teammate_sent,
                    order_id=self._open_order,
                    reconnect_s=self.reconnect_s,
                    ready=self.listening,
                )
            ),
        ]

    async def _settings(self) -> tuple[TeamSettings, PasswordProvider] | None:
        from app.team.errors import TeamNotConfiguredError
        from app.team.settings import settings_from_env

        try:
            from_env = settings_from_env()
        except TeamNotConfiguredError as exc:
            self._show(arg(self.tr("Team history: %1"), exc.message))
            return None
        if from_env is not None:
            return from_env
        settings = self.window.context.preferences.team.settings()
        if settings is None:
            return None
        password = await self._stored_password(settings)
        return settings, (lambda: password)

    async def _stored_password(self, settings: TeamSettings) -> str | None:
        from app.store.secrets import KeyringUnavailable

        try:
            return await self.secrets.stored_key(team_password_account(settings))
        except KeyringUnavailable as exc:
            log.warning("team history: the password could not be read (%s)", exc)
            return None

    async def _stop(self) -> None:
        tasks, self._tasks = self._tasks, []
        for task in tasks:
            task.cancel()
        for task in tasks:
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await task
        team, self.team = self.team, None
        if team is not None:
            with contextlib.suppress(Exception):
                await asyncio.wait_for(team.close(), 2.0)

    # --- status -------------------------------------------------------------------------------

    def _status(self, status: TeamStatus) -> None:
        self._show(status_line(status))

    def _show(self, text: str) -> None:
        self.status_label.setText(text)
        self.status_label.setVisible(bool(text))
        self.status_changed.emit(text)

    @property
    def status_text(self) -> str:
        return self.status_label.text()

    def wake(self) -> None:
        """A history record was written: push soon (never waited for)."""
        if self.team is not None:
            self._show(status_line(self.team.status()))
            self.team.wake()

    # --- queries ------------------------------------------------------------------------------

    def _recent_sends(self) -> Callable[[str, str | None], asyncio.Future[list[TeamSend]]] | None:
        team = self.team
        if team is None:
            return None

        def recent(order_id: str, integration_id: str | None) -> asyncio.Future[list[TeamSend]]:
            return asyncio.ensure_future(team.recent_sends(order_id, integration_id=integration_id))

        return recent

    def searcher(
        self,
    ) -> Callable[[TeamFilter, TeamPage], asyncio.Future[list[TeamSend]]] | None:
        """The History window's Team scope: None when no team history is configured."""
        team = self.team
        if team is None:
            return None
        return lambda flt, page: asyncio.ensure_future(team.search(flt, page))

    async def test_settings(self, settings: TeamSettings, password: str | None) -> str:
        """The preferences' Test: connect and check the schema with what is typed there."""
        from app.team.service import TeamHistory

        if password is None:
            password = await self._stored_password(settings)
        store = self._store
        if store is None:
            return self.tr("The desk's history is not open yet; try again in a moment.")
        tester = TeamHistory(settings, lambda: password, store)
        try:
            return await tester.test()
        finally:
            await tester.close()

    # --- teammates' sends ---------------------------------------------------------------------

    def _open_order(self) -> str | None:
        return self.window.order_id_edit.text().strip() or None

    def _teammate_sent(self, send: TeamSend) -> None:
        from app.team.queries import format_recent_send

        text = arg(self.tr("Order %1: %2"), send.order_id, format_recent_send(send))
        self._notice_order = send.order_id
        self.notice.show_message(text, "warning")
        self.window.log_panel.add("warning", text)
        self.teammate_sent.emit(send)

    def _order_changed(self, text: str) -> None:
        if self.notice.isVisible() and text.strip() != self._notice_order:
            self.notice.dismiss()  # it was about the order that was open before

    # --- shutdown -----------------------------------------------------------------------------

    async def aclose(self) -> None:
        if self._configuring is not None and not self._configuring.done():
            self._configuring.cancel()
        await self._stop()
