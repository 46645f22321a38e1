"""The last line of defence: an unexpected error is logged and shown, and the window lives on.

qasync hands exceptions of `@asyncSlot` coroutines to `sys.excepthook`, Qt slots do the same,
and worker threads go through `threading.excepthook`. Each one is written to the log with its
traceback and shown in a non-blocking message box (never `exec()`: that would nest an event
loop inside whatever coroutine failed). A burst of errors shows one dialog, not a pile.
"""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QWidget

from app.applog import redact
from app.ui.common.placeholders import arg

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox  # made with the first error, not at start-up

log = logging.getLogger("result_desk.crash")

ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None]


def _tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("ExceptionHook", text, None, n)


class ExceptionHook(QObject):
    """Install with `install()`; the dialog is shown on the GUI thread through a signal."""

    _report = Signal(str, str)  # summary, details

    def __init__(self, log_path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.log_path = log_path
        self.dialog: QMessageBox | None = None
        self.count = 0
        self._previous_hook: Callable[..., object] | None = None
        self._previous_thread_hook: Callable[..., object] | None = None
        self._report.connect(self._show, Qt.ConnectionType.QueuedConnection)

    def install(self) -> None:
        self._previous_hook = sys.excepthook
        self._previous_thread_hook = threading.excepthook
        sys.excepthook = self.handle
        threading.excepthook = self._handle_thread

    def uninstall(self) -> None:
        if self._previous_hook is not None:
            sys.excepthook = self._previous_hook
        if self._previous_thread_hook is not None:
            threading.excepthook = self._previous_thread_hook

    def handle(
        self,
        exc_type: type[BaseException],
        exc: BaseException,
        tb: TracebackType | None,
    ) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            QApplication.quit()
            return
        log.error("Unexpected error", exc_info=(exc_type, exc, tb))
        summary = redact(f"{exc_type.__name__}: {exc}".strip().rstrip(":"))
        details = redact("".join(traceback.format_exception(exc_type, exc, tb)))
        self.count += 1
        if QApplication.instance() is not None:
            self._report.emit(summary, details)
        else:  # before the app exists: stderr is all there is
            sys.stderr.write(details)

    def _handle_thread(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is None:
            return
        self.handle(args.exc_type, args.exc_value, args.exc_traceback)

    @Slot(str, str)
    def _show(self, summary: str, details: str) -> None:
        if self.dialog is not None and self.dialog.isVisible():
            # One dialog for a burst; say how many happened.
            self.dialog.setInformativeText(self._informative(self.count))
            return
        from PySide6.QtWidgets import QMessageBox

        self.count = 1
        parent = _active_window()
        box = QMessageBox(parent)
        box.setObjectName("exceptionDialog")
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle(_tr("Unexpected error"))
        box.setText(arg(_tr("Something went wrong that Result Desk did not expect:\n%1"), summary))
        box.setInformativeText(self._informative(1))
        box.setDetailedText(details)
        box.setStandardButtons(QMessageBox.StandardButton.Close)
        open_folder = box.addButton(_tr("Open log folder"), QMessageBox.ButtonRole.ActionRole)
        open_folder.clicked.connect(self._open_log_folder)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(self._dialog_closed)
        self.dialog = box
        box.open()

    def _informative(self, count: int) -> str:
        text = arg(
            _tr(
                "The window is still usable and nothing you typed was lost. "
                "The details were written to the log file:\n%1"
            ),
            self.log_path,
        )
        if count > 1:
            text += "\n\n" + _tr("%n error(s) happened in a row.", count)
        return text

    def _dialog_closed(self) -> None:
        self.dialog = None
        self.count = 0

    def _open_log_folder(self) -> None:
        from PySide6.QtCore import QUrl  # when used: the hook is installed before the paint

        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.log_path.parent)))


def _active_window() -> QWidget | None:
    window = QApplication.activeWindow()
    if window is not None:
        return window
    for widget in QApplication.topLevelWidgets():
        if widget.isVisible() and widget.isWindow() and widget.objectName() == "mainWindow":
            return widget
    return None


def asyncio_exception_handler(hook: ExceptionHook) -> Callable[..., None]:
    """A loop exception handler that sends task errors nobody awaited to the hook."""

    def handler(loop: object, context: dict[str, object]) -> None:
        exc = context.get("exception")
        if isinstance(exc, BaseException):
            hook.handle(type(exc), exc, exc.__traceback__)
        else:
            log.error("asyncio: %s", context.get("message"))

    return handler
