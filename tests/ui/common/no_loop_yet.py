"""Run in a process of its own by test_no_loop_yet.py: the desk's loop-side objects are made
before any event loop exists (as the window is composed before its first paint, and the
qasync loop starts after it), then used on a qasync loop. Prints one JSON line.
"""

from __future__ import annotations

import json
import sys
from typing import Any

from PySide6.QtWidgets import QApplication

from app.store.profiles import Profile, ProfileStore
from app.store.secrets import KeyringUnavailable, SecretStore
from app.ui.common.connection import ConnectionInfo
from app.ui.orders.loader import LoadError, OrdersLoader
from app.ui.orders.lookup import OrderLookup
from app.ui.send.sender import Sender

LOOP_MODULES = ("asyncio", "qasync", "concurrent.futures")


async def no_key(connection: ConnectionInfo) -> str | None:
    return None


def main() -> None:
    app = QApplication(sys.argv[:1])
    store = ProfileStore().load()
    keys = SecretStore()  # the fail backend (PYTHON_KEYRING_BACKEND): every read says why
    loader, lookup, sender = OrdersLoader(), OrderLookup(), Sender()
    report: dict[str, Any] = {"before": [name for name in LOOP_MODULES if name in sys.modules]}
    connection = ConnectionInfo("Acme", "http://127.0.0.1:9/v1", "x:1", "keyring")

    import asyncio

    import qasync

    async def use() -> None:
        done = asyncio.get_running_loop().create_future
        saved = await asyncio.gather(
            store.add(Profile("Acme", integration_id="x:1")),
            store.add(Profile("Beta", integration_id="x:2")),
        )
        report["saved"] = [profile.name for profile in saved]
        try:
            await keys.get_key("Acme")
        except KeyringUnavailable as exc:
            report["keyring"] = exc.message

        failed: asyncio.Future[LoadError] = done()
        loader.failed.connect(failed.set_result)
        loader.set_connection(connection, no_key)
        loader.load()
        report["loader"] = (await failed).message

        missing: asyncio.Future[str] = done()
        lookup.failed.connect(missing.set_result)
        lookup.look_up(connection, no_key, "ord_123")
        report["lookup"] = await missing

        refused: asyncio.Future[str] = done()
        sender.refused.connect(refused.set_result)
        sender.send(connection, no_key, "ord_123", None)  # type: ignore[arg-type]
        report["sender"] = await refused

    loop = qasync.QEventLoop(app)
    with loop:
        loop.run_until_complete(use())
    print(json.dumps(report))


if __name__ == "__main__":
    main()
