"""One real send, killed by the test: the real Sender, KomboClient and history journal.

    python tests/integration/crash_sender.py BASE_URL ORDER_ID FILE PREVIOUS_ORDER|-

RESULT_DESK_HOME picks the folder. At start the history opens as the desk opens it (attempts a
killed run left in flight become "interrupted"); the line PREVIOUS says what the desk's
check-before-send finds for the previous run's order. Then it sends ORDER_ID with FILE attached
(ORDER_ID "-" only checks). Every line is flushed at once:

    PREVIOUS <order> unknown|known|missing <outcome>
    READY
    PROGRESS <sent> <total>        every chunk handed to the connection
    DONE <outcome>                 the send ended (the history write follows)
    RECORDED <row id>              ... and its outcome is committed
"""

from __future__ import annotations

import asyncio
import os
import sys
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["QT_API"] = "pyside6"

INTEGRATION_ID = "sandbox:demo"


def say(*words: object) -> None:
    sys.stdout.write(" ".join(map(str, words)) + "\n")
    sys.stdout.flush()


async def run(base_url: str, order_id: str, file: str, previous: str) -> int:
    import app.ui.send.sender as sender_module
    from app.kombo.body import file_ref_for
    from app.kombo.models import ResultBody
    from app.ui.common.context import ConnectionInfo
    from app.ui.common.send_record import SendRecord
    from app.ui.history.controller import journal_sends
    from app.ui.history.records import entry_from_send_record
    from app.ui.history.service import HistoryService
    from app.ui.send.sender import Sender

    service = HistoryService()
    service.start()
    assert service.wait_opened()
    store = service.store
    assert store is not None
    assert store.available
    if previous != "-":
        last = store.last_for_order(previous, INTEGRATION_ID)
        if last is None:
            say("PREVIOUS", previous, "missing", "-")
        else:
            state = "unknown" if last.outcome_unknown else "known"
            say("PREVIOUS", previous, state, last.outcome)
    if order_id == "-":
        service.close()
        return 0

    sender_module._PROGRESS_INTERVAL_S = 0.0  # report every chunk, so kills land anywhere
    sender = Sender()
    journal_sends(sender, service)
    finished: asyncio.Future[None] = asyncio.get_running_loop().create_future()

    def done(record: SendRecord) -> None:
        say("DONE", record.outcome)
        service.record(entry_from_send_record(record), record.attempt_key)

    def recorded(row_id: int) -> None:
        say("RECORDED", row_id)
        if not finished.done():
            finished.set_result(None)

    sender.finished.connect(done)
    sender.progress.connect(lambda sent, total: say("PROGRESS", sent, total))
    service.recorded.connect(recorded)
    body = ResultBody.model_validate(
        {
            "status": "COMPLETED",
            "result_url": f"https://results.example.com/{order_id}",
            "completed_at": datetime.now(UTC),
            "score": 71,
            "max_score": 100,
            "attachments": [
                {"name": "Report", "data": file_ref_for(file), "content_type": "application/pdf"}
            ],
        }
    )

    async def key(_connection: ConnectionInfo) -> str:
        return "sandbox"

    connection = ConnectionInfo("Crash test", base_url, INTEGRATION_ID, key_source="demo")
    say("READY")
    assert sender.send(connection, key, order_id, body)
    await finished
    service.close()
    return 0


def main() -> int:
    import qasync
    from PySide6.QtCore import QCoreApplication

    app = QCoreApplication(sys.argv[:1])
    base_url, order_id, file, previous = sys.argv[1:5]
    return int(qasync.run(run(base_url, order_id, file, previous)) or 0) if app else 1


if __name__ == "__main__":
    sys.exit(main())
