"""One Result Desk per data folder and user: a second start brings the first window forward.

Two windows on one data folder would restore the same draft and race for it. The first start
listens on a local socket (QLocalServer; a Unix socket or a named pipe, for this user only)
named after RESULT_DESK_HOME (or the platform's folder) and the user; a later start connects,
hands over its arguments as one JSON line, waits for the answer and exits 0 without a window.
A socket left by a crashed run is taken over.
"""

from __future__ import annotations

import getpass
import hashlib
import json
import logging
from collections.abc import Sequence

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QWidget

__all__ = ["SingleInstance", "come_forward", "instance_name"]

log = logging.getLogger(__name__)

CONNECT_MS = 1000
ANSWER_MS = 3000
_ANSWER = b"ok\n"


def instance_name() -> str:
    """The socket's name for this data folder and user (short: socket paths are limited)."""
    from app.store.paths import config_dir

    try:
        user = getpass.getuser()
    except (KeyError, OSError):  # no name for this uid (containers)
        user = "?"
    digest = hashlib.sha256(f"{config_dir().resolve()}\0{user}".encode()).hexdigest()
    return f"result-desk-{digest[:20]}"


class SingleInstance(QObject):
    """`forward()` in a later start; `listen()` in the first, whose `activated(list[str])`
    carries each later start's arguments."""

    activated = Signal(list)

    def __init__(self, name: str | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name or instance_name()
        self._server: QLocalServer | None = None

    def forward(self, arguments: Sequence[str]) -> bool:
        """Hand `arguments` to a running Result Desk; True if one took them."""
        socket = QLocalSocket()
        socket.connectToServer(self.name)
        if not socket.waitForConnected(CONNECT_MS):
            return False
        socket.write(json.dumps(list(arguments)).encode() + b"\n")
        socket.flush()
        answered = b""
        while not answered.endswith(b"\n") and socket.waitForReadyRead(ANSWER_MS):
            answered += bytes(socket.readAll().data())
        socket.disconnectFromServer()
        return answered == _ANSWER

    def listen(self) -> bool:
        """Become the one Result Desk of this folder; False if that failed (it runs anyway)."""
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(self.name):
            # A socket file left by a run that crashed: nobody answers on it, take it over.
            QLocalServer.removeServer(self.name)
            if not server.listen(self.name):
                log.warning(
                    "single instance: cannot listen as %s: %s", self.name, server.errorString()
                )
                return False
        server.newConnection.connect(self._connected)
        self._server = server
        log.info("single instance: listening as %s", self.name)
        return True

    def _connected(self) -> None:
        server = self._server
        while server is not None and server.hasPendingConnections():
            socket = server.nextPendingConnection()
            buffer = bytearray()

            def ready(socket: QLocalSocket = socket, buffer: bytearray = buffer) -> None:
                buffer.extend(bytes(socket.readAll().data()))
                if not buffer.endswith(b"\n"):
                    return
                try:
                    arguments = [str(a) for a in json.loads(bytes(buffer))]
                except (ValueError, TypeError):
                    arguments = []
                socket.write(_ANSWER)
                socket.flush()
                socket.disconnectFromServer()
                log.info(
                    "single instance: a second start brought this window forward %s", arguments
                )
                self.activated.emit(arguments)

            socket.readyRead.connect(ready)
            socket.disconnected.connect(socket.deleteLater)

    def close(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server = None


def come_forward(window: QWidget) -> None:
    """Show `window` in front: restored if minimized, raised, and given the focus."""
    if window.isMinimized():
        window.showNormal()
    window.show()
    window.raise_()
    window.activateWindow()
