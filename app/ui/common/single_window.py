"""A window or dialog built on first use, brought forward when asked for again, forgotten when
it is destroyed (Picard's `SingletonDialog.show_instance`).

Used for the History window and the Connections dialog: neither is built before someone opens
it (a lazier start), and a second Ctrl+H or Ctrl+, raises the open one instead of a copy.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtWidgets import QWidget

__all__ = ["SingleWindow"]

W = TypeVar("W", bound=QWidget)


def _show(widget: QWidget) -> None:
    widget.show()
    widget.raise_()
    widget.activateWindow()


class SingleWindow(Generic[W]):
    def __init__(self, build: Callable[[], W], first_show: Callable[[W], None] = _show) -> None:
        self._build = build
        self._first_show = first_show  # e.g. a dialog's non-modal `open`
        self._widget: W | None = None
        self._generation = 0  # which build a `destroyed` is about (a forgotten one's is late)

    @property
    def widget(self) -> W | None:
        """The window while it exists, else None."""
        return self._widget

    def show_instance(self) -> W:
        """Build and show the window on first use; otherwise show it and bring it forward."""
        widget = self._widget
        if widget is None:
            widget = self._widget = self._build()
            self._generation += 1
            generation = self._generation
            widget.destroyed.connect(lambda *_: self._destroyed(generation))
            self._first_show(widget)
        else:
            _show(widget)
        return widget

    def forget(self) -> W | None:
        """Drop the window now (e.g. when a dialog finished, before its deferred delete);
        the next `show_instance` builds a new one. Returns it."""
        widget, self._widget = self._widget, None
        self._generation += 1
        return widget

    def _destroyed(self, generation: int) -> None:
        if generation == self._generation:
            self._widget = None
