"""The reference for start-up: a bare PySide6 QMainWindow that quits after its first paint.

    python -m tests.bench.bare_window

It quits the way `python -m app --exit-on-first-paint` does: an event filter on the window
sees the first Paint event and schedules the quit for the next loop turn. Frozen by PyInstaller
(`tests/bench/frozen.py`), it cannot be started through probe.py and writes the probe's
first-paint mark itself, as the app does with RESULT_DESK_FIRST_PAINT_MARK.
"""

from __future__ import annotations

import os
import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow


class _QuitOnFirstPaint(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            if getattr(sys, "frozen", False):  # tests.bench.FIRST_PAINT_MARK, not importable
                os.write(2, f"\n[bench] first-paint {time.monotonic():.6f} bare\n".encode())
            watched.removeEventFilter(self)
            QTimer.singleShot(0, QApplication.quit)
        return False


def main() -> int:
    app = QApplication(sys.argv)
    window = QMainWindow()
    window.setWindowTitle("Hello")
    window.setCentralWidget(QLabel("Hello, world"))
    window.resize(1180, 760)  # the main window's default size
    quitter = _QuitOnFirstPaint(window)
    window.installEventFilter(quitter)
    window.show()
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
