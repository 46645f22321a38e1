"""6. A long session: 1,000 results sent to the sandbox through the real window.

One child process builds the main window with its history wiring (as `python -m app` does),
fills the sample result with its two attachments, and sends it again and again through
`request_send` to the sandbox (in its own process, so its memory does not count). VmRSS is
read after a warm-up of 100 sends and then every 100 sends; the figure is the growth from the
warm-up to the end. Before the log panel kept only its last 500 entries, 300 sends grew RSS by
about 8 MB and it was still rising.

`python -m tests.bench --only session` (with the other benchmarks' table), or on its own:
`python -m tests.bench.session [--sends N]`.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path
from typing import Any

from tests.bench.common import Row, Suite, child_env, run_child, start_sandbox

SENDS = 1000
WARM_UP = 100
TARGET_GROWTH_MB = 5.0


def run(suite: Suite) -> list[Row]:
    sends = 200 if suite.quick else SENDS
    process, base_url = start_sandbox(env=child_env(suite))
    try:
        result = run_child(suite, "session", base_url, str(sends), timeout=3600)
    finally:
        process.terminate()
        process.wait(10)
    growth = result["rss_mb"][-1] - result["rss_mb"][0]
    trace = ", ".join(f"{v:.1f}" for v in result["rss_mb"])
    return [
        Row(
            "6 session",
            f"RSS growth over {sends - WARM_UP} sends after {WARM_UP} to warm up",
            growth,
            "MB",
            target=f"≤ {TARGET_GROWTH_MB:.0f} MB",
            passed=growth <= TARGET_GROWTH_MB,
            runs=1,
            note=f"VmRSS every 100 sends: {trace} MB; {result['seconds']:.0f} s",
        )
    ]


# --- the child ------------------------------------------------------------------------------------


def _child(base_url: str, sends: int) -> dict[str, Any]:
    import asyncio
    import gc
    import time

    import qasync
    from PySide6.QtWidgets import QApplication, QMessageBox

    from app.ui.common.context import AppContext, demo_connection
    from app.ui.common.message_icons import install_message_icon_style
    from app.ui.history.controller import HistoryController
    from app.ui.shell.main_window import MainWindow
    from app.ui.shell.self_check import sample_state, write_sample_files
    from tests.bench.common import proc_status_mb

    app = QApplication.instance() or QApplication([sys.argv[0]])
    install_message_icon_style(app)  # as app.main does after the first paint
    folder = Path(tempfile.mkdtemp(prefix="session-files-"))

    async def session() -> dict[str, Any]:
        window = MainWindow(AppContext(connections=[demo_connection(base_url)]))
        history = HistoryController(window)
        window.show()
        window.ask_before_closing_order = False
        order = await asyncio.to_thread(_open_order, base_url)
        window.load_form_state(sample_state(order, write_sample_files(folder)))
        rss: list[float] = []
        started = time.perf_counter()
        for number in range(1, sends + 1):
            done: asyncio.Future[object] = asyncio.get_running_loop().create_future()

            def finished(record: object, done: asyncio.Future[object] = done) -> None:
                if not done.done():
                    done.set_result(record)

            window.send_finished.connect(finished)
            if not window.request_send():
                raise SystemExit(f"send {number} did not start")
            # The same order again within minutes: answer "Send again" as the person would.
            box = window.findChild(QMessageBox, "confirmSendAgainDialog")
            if box is not None and box.isVisible():
                again = next(
                    b for b in box.buttons()
                    if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole
                )  # fmt: skip
                again.click()
            record = await done
            window.send_finished.disconnect(finished)
            if getattr(record, "outcome", None) != "success":
                raise SystemExit(f"send {number}: {getattr(record, 'outcome', record)}")
            if number >= WARM_UP and number % 100 == 0:
                history.service.flush_drafts()
                gc.collect()
                rss.append(proc_status_mb("VmRSS"))
                print(f"{number} sends: VmRSS {rss[-1]:.1f} MB", file=sys.stderr, flush=True)
        seconds = time.perf_counter() - started
        history.close()
        window.close()
        return {"rss_mb": rss, "seconds": seconds, "log_entries": len(window.log_panel.entries)}

    result: dict[str, Any] = qasync.run(session())
    del app
    return result


def _open_order(base_url: str) -> str:
    from tests.bench.send import open_order

    return open_order(base_url)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["--child"]:
        from tests.bench.common import emit

        emit(_child(argv[1], int(argv[2])))
        return 0
    parser = argparse.ArgumentParser(prog="python -m tests.bench.session", description=__doc__)
    parser.add_argument("--sends", type=int, default=SENDS)
    args = parser.parse_args(argv)
    suite = Suite(quick=False, runs=1, workdir=Path(tempfile.mkdtemp(prefix="bench-session-")))
    process, base_url = start_sandbox(env=child_env(suite))
    try:
        result = run_child(suite, "session", base_url, str(args.sends), timeout=3600)
    finally:
        process.terminate()
        process.wait(10)
    rss = result["rss_mb"]
    print(f"sends: {args.sends}, {result['seconds']:.0f} s, log panel: {result['log_entries']}")
    print("VmRSS every 100 sends after the warm-up: " + ", ".join(f"{v:.1f}" for v in rss))
    print(f"RSS growth: {rss[-1] - rss[0]:+.1f} MB (target ≤ {TARGET_GROWTH_MB:.0f} MB)")
    return 0 if rss[-1] - rss[0] <= TARGET_GROWTH_MB else 1


if __name__ == "__main__":
    raise SystemExit(main())
