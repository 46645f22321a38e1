"""Run a module as `python -m MODULE ARGS...` would, and report its first QMainWindow paint.

    python -m tests.bench.probe app --exit-on-first-paint
    python -m tests.bench.probe tests.bench.bare_window

Writes `[bench] first-paint <time.monotonic()> <window class>` to stderr (file descriptor 2,
unbuffered, so it lands in order with `-X importtime` lines) the first time any QMainWindow
paints. `time.monotonic()` is CLOCK_MONOTONIC, the same clock in the parent, so the parent can
subtract its own spawn time. The app and the bare window are started through this same probe:
both pay for it (runpy and the QtWidgets import, which each needs before painting anyway).
"""

from __future__ import annotations

import os
import runpy
import sys
import time
from typing import Any

from PySide6.QtWidgets import QMainWindow

from tests.bench import FIRST_PAINT_MARK as MARK

_original_paint = QMainWindow.paintEvent
_painted = False


def _paint_event(self: QMainWindow, event: Any) -> None:
    global _painted
    if not _painted:
        _painted = True
        os.write(2, f"\n{MARK} {time.monotonic():.6f} {type(self).__name__}\n".encode())
        if os.environ.get("RESULT_DESK_BENCH_EXIT_AT_PAINT"):
            os._exit(0)  # tests.bench.instructions: count start-up only
    _original_paint(self, event)


# A Python subclass that does not override paintEvent (the app's window, the bare one) finds
# this through Shiboken's virtual-method lookup; one that overrides it reaches it via super().
QMainWindow.paintEvent = _paint_event  # type: ignore[method-assign]


def main() -> None:
    if len(sys.argv) < 2:
        raise SystemExit("usage: python -m tests.bench.probe MODULE [ARGS...]")
    module = sys.argv[1]
    sys.argv = [module, *sys.argv[2:]]
    runpy.run_module(module, run_name="__main__", alter_sys=True)


if __name__ == "__main__":
    main()
