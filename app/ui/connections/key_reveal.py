"""The eye on the API key field: “Show the key” / “Hide the key”.

The theme's `view-reveal`/`view-conceal` icons where the desktop has them; otherwise a small SVG
eye drawn in the palette's text colour, so it reads in dark and light themes alike.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QGuiApplication, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer

__all__ = ["eye_icon"]

_EYE = (
    '<path d="M2 12s3.6-7 10-7 10 7 10 7-3.6 7-10 7S2 12 2 12z" fill="none" stroke="{c}" '
    'stroke-width="1.8" stroke-linejoin="round"/><circle cx="12" cy="12" r="3.2" fill="none" '
    'stroke="{c}" stroke-width="1.8"/>'
)
_EYE_OFF = _EYE + '<path d="M4 20 20 4" stroke="{c}" stroke-width="1.8" stroke-linecap="round"/>'


def _svg_icon(body: str) -> QIcon:
    colour = QGuiApplication.palette().color(QPalette.ColorRole.Text).name()
    svg = f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24">{body}</svg>'
    renderer = QSvgRenderer(QByteArray(svg.replace("{c}", colour).encode()))
    icon = QIcon()
    for size in (16, 24, 32, 48):
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter, QRectF(0, 0, size, size))
        painter.end()
        icon.addPixmap(pixmap)
    return icon


def eye_icon(revealed: bool) -> QIcon:
    """The icon of the action that toggles to the other state (an open eye shows the key)."""
    theme = "view-conceal" if revealed else "view-reveal"
    if QIcon.hasThemeIcon(theme):
        return QIcon.fromTheme(theme)
    return _svg_icon(_EYE_OFF if revealed else _EYE)
