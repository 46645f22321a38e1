"""A Result Desk window that types into itself while sends are recorded; killed by the test.

    python tests/integration/crash_typist.py [SEED]

Builds the real MainWindow with the real history wiring (RESULT_DESK_HOME picks the folder),
reports what was restored from the previous run, then types into the order ID and result URL
fields and records a send attempt every few milliseconds, until it is killed. Every line it
prints is flushed at once, so what the test reads is what happened before the kill:

    RESTORED <sha256 of the form state> | NOTHING      the draft found at start
    NOTICE <text>                                       the notice shown for it
    READY
    SAVING <sha256>                                     a draft save was requested
    SAVED <sha256>                                      ... and is on disk
    RECORDED <row id>                                   a history row is committed
"""

from __future__ import annotations

import hashlib
import json
import os
import random
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["QT_API"] = "pyside6"


def state_hash(state: dict[str, Any]) -> str:
    text = json.dumps(state, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def say(*words: object) -> None:
    # One write per line; a kill can still cut the last one short (the test drops it).
    sys.stdout.write(" ".join(map(str, words)) + "\n")
    sys.stdout.flush()


def main() -> int:
    from datetime import UTC, datetime

    from PySide6.QtCore import QTimer
    from PySide6.QtTest import QTest

    from app.main import create_application
    from app.store.drafts import Draft
    from app.ui.common.context import AppContext, ConnectionInfo, demo_connection
    from app.ui.common.send_record import SendRecord
    from app.ui.history.controller import HistoryController
    from app.ui.shell.main_window import MainWindow

    rng = random.Random(int(sys.argv[1]) if len(sys.argv) > 1 else 0)
    app = create_application()
    connection = demo_connection("http://127.0.0.1:9/v1")
    window = MainWindow(AppContext(connections=[connection]))
    window.show()
    controller = HistoryController(window)
    service = controller.service

    # Report every draft save: requested (the state) and done (on disk).
    original_save = service.save_draft

    def save_draft(profile: str, state: dict[str, Any], on_saved: Any = None) -> None:
        digest = state_hash(state)
        say("SAVING", digest)

        def saved(draft: Draft) -> None:
            say("SAVED", digest)

        original_save(profile, state, saved)

    service.save_draft = save_draft  # type: ignore[method-assign]
    service.recorded.connect(lambda row_id: say("RECORDED", row_id))

    def started() -> None:
        bar = controller.draft_bar
        if bar.isVisible():
            say("RESTORED", state_hash(window.form_state()))
            say("NOTICE", bar.text)
        else:
            say("NOTHING")
        say("READY")
        typing.start()
        recording.start()

    typed = {"count": 0}
    fields = [window.order_id_edit, window.result_form.result_url_edit]
    alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz0123456789"

    def type_some() -> None:
        field = fields[typed["count"] // 7 % 2]
        if len(field.text()) > 60:
            field.clear()
        field.setFocus()
        QTest.keyClicks(field, rng.choice(alphabet))
        typed["count"] += 1
        if typed["count"] % 4 == 0:
            controller.save_draft_now()  # as the debounce would, only more often

    def record_one() -> None:
        record = SendRecord(
            order_id=f"ORDER{rng.randrange(10**6):06d}",
            # Another profile: a success clears its profile's draft, not the one being typed.
            connection=ConnectionInfo("Recorder", connection.base_url, "sandbox:demo"),
            request={"status": "OPEN", "result_url": "https://r.example/x" + "y" * 400},
            outcome=rng.choice(["success", "api_error", "network_error"]),  # type: ignore[arg-type]
            started_at=datetime.now(UTC),
            duration_s=0.1,
            warnings=["converted"],
        )
        window.send_finished.emit(record)

    typing = QTimer(window)
    typing.setInterval(15)
    typing.timeout.connect(type_some)
    recording = QTimer(window)
    recording.setInterval(8)
    recording.timeout.connect(record_one)

    # Give the draft lookup (a background read) time to finish before typing starts.
    def wait_for_restore(tries: list[int] = [0]) -> None:  # noqa: B006 - a counter
        tries[0] += 1
        if controller.drafts.ready or tries[0] > 200:
            QTimer.singleShot(50, started)
        else:
            QTimer.singleShot(10, wait_for_restore)

    QTimer.singleShot(0, wait_for_restore)
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
