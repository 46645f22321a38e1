"""Keep a top-level window wholly on its screen: no title bar or edge out of reach.

A window sized for a large monitor (the History window asks for 1,100 × 640) opened on a
laptop, or put back where it was on a monitor that has since gone, would hang off the edge.
`fit_on_screen` shrinks it to the available geometry (panels and docks excluded) and moves it
inside, keeping the position where it already fits.
"""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtWidgets import QWidget

__all__ = ["fit_on_screen"]


def fit_on_screen(window: QWidget, near: QWidget | None = None) -> None:
    """Shrink and move `window` into the available geometry of `near`'s screen (else its own)."""
    screen = (near or window).screen()
    available: QRect = screen.availableGeometry()
    frame, inner = window.frameGeometry(), window.geometry()
    # The window manager's frame around the window (title bar, borders), when it has one.
    extra_w = max(0, frame.width() - inner.width())
    extra_h = max(0, frame.height() - inner.height())
    width = min(window.width(), available.width() - extra_w)
    height = min(window.height(), available.height() - extra_h)
    if (width, height) != (window.width(), window.height()):
        window.resize(max(width, window.minimumWidth()), max(height, window.minimumHeight()))
    frame = window.frameGeometry()
    x = min(max(frame.x(), available.left()), available.right() + 1 - frame.width())
    y = min(max(frame.y(), available.top()), available.bottom() + 1 - frame.height())
    x, y = max(x, available.left()), max(y, available.top())  # too big still: top-left shows
    if (x, y) != (frame.x(), frame.y()):
        window.move(x, y)
