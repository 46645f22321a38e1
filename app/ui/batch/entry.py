"""The batch room's entry: what File → Import results… and Save import template… do, and the
batch window built on first use (`SingleWindow`).

The shell owns the two actions (so the menus exist before this room is imported) and builds
this entry when one is first triggered: start-up imports nothing of the batch room. It connects
`open_in_form` to the editor, and `history_written` wakes the team history's push, as a single
send's record does.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QWidget

from app.ui.common.connection import ConnectionInfo
from app.ui.common.placeholders import arg
from app.ui.common.preferences import DeskPreferences
from app.ui.common.single_window import SingleWindow

if TYPE_CHECKING:
    from app.ui.batch.window import BatchWindow

__all__ = ["BatchEntry"]


def _tr(text: str) -> str:
    return QCoreApplication.translate("BatchEntry", text)


class BatchEntry(QObject):
    open_in_form = Signal(object)  # dict: a row of the sheet as a form state
    message = Signal(str)
    history_written = Signal()  # the batch wrote a row's attempt to the history

    def __init__(
        self,
        current_connection: Callable[[], ConnectionInfo | None],
        key_for: Callable[[ConnectionInfo], Awaitable[str | None]],
        parent: QWidget,
        preferences: Callable[[], DeskPreferences] = DeskPreferences,
    ) -> None:
        super().__init__(parent)
        self._parent = parent
        self._current_connection = current_connection
        self._key_for = key_for
        self._preferences = preferences  # the operator's name, whether a reason is required
        self.windows: SingleWindow[BatchWindow] = SingleWindow(self._build)

    def show_window(self) -> BatchWindow:
        return self.windows.show_instance()

    def _build(self) -> BatchWindow:
        from app.ui.batch.window import BatchWindow

        window = BatchWindow(
            self._current_connection, self._key_for, self._parent, self._preferences
        )
        window.open_in_form.connect(self.open_in_form)
        window.message.connect(self.message)
        window.history_written.connect(self.history_written)
        return window

    def choose_template_path(self) -> None:
        dialog = QFileDialog(
            self._parent,
            _tr("Save the import template"),
            "results-template.xlsx",
            "Excel (*.xlsx);;CSV (*.csv)",
        )
        dialog.setObjectName("batchTemplateDialog")
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix("xlsx")
        dialog.fileSelected.connect(lambda path: self.save_template(Path(path)))
        dialog.open()

    def save_template(self, path: Path) -> None:
        from app.batch.template import write_template

        try:
            write_template(path)
        except OSError as exc:
            self.message.emit(arg(_tr("The template was not saved: %1"), exc))
            return
        self.message.emit(arg(_tr("Template saved to %1."), path))
