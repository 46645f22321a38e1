"""The application icon and the action icons (the window's and the editors').

Action icons come from the desktop's icon theme where there is one, so the program looks at
home; otherwise from small built-in SVGs painted on demand in the palette's button text colour
(crisp at any scale, right in light and dark mode), and last from the Qt style's standard
pixmaps. QStyle has no "add" or "duplicate", and mixing its pixmaps with painted glyphs looked
patchy, so every editor action has a built-in SVG.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QPoint, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QGuiApplication, QIcon, QIconEngine, QPainter, QPalette, QPixmap

if TYPE_CHECKING:
    from PySide6.QtSvg import QSvgRenderer

# The window icon: the PNGs rendered for the desktop's icon theme (packaging/make_icons.py,
# named after the application ID). Qt loads the size a title bar or switcher asks for, and no
# SVG engine is loaded before the first paint (~1.5 ms).
APP_ICON_FILE = "dev.resultdesk.ResultDesk-{size}.png"
APP_ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def resources_dir() -> Path:
    """`resources/` beside the package, or inside a PyInstaller bundle."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parents[3] / "resources"


@cache
def app_icon() -> QIcon:
    folder = resources_dir() / "icons"
    icon = QIcon()
    for size in APP_ICON_SIZES:
        path = folder / APP_ICON_FILE.format(size=size)
        if path.exists():
            icon.addFile(str(path), QSize(size, size))
    return icon


def _glyph(*shapes: str) -> str:
    """The editors' heavier outline: a tenth of the icon's side, rounded ends and corners."""
    return (
        '<g fill="none" stroke="{c}" stroke-width="2.4" stroke-linecap="round" '
        'stroke-linejoin="round">' + "".join(shapes) + "</g>"
    )


# 24x24 outlines; "{c}" is the palette's text colour.
_SVG: dict[str, str] = {
    "send": (
        '<path d="M3 11.5 21 3l-6.5 18-3.2-7.3z M11.3 13.7 21 3" fill="none" stroke="{c}" '
        'stroke-width="1.8" stroke-linejoin="round" stroke-linecap="round"/>'
    ),
    "copy": (
        '<rect x="8" y="8" width="12" height="13" rx="2" fill="none" stroke="{c}" '
        'stroke-width="1.8"/><path d="M16 8V5a2 2 0 0 0-2-2H6a2 2 0 0 0-2 2v10a2 2 0 0 0 2 2h2" '
        'fill="none" stroke="{c}" stroke-width="1.8"/>'
    ),
    "terminal": (
        '<rect x="2.5" y="4" width="19" height="16" rx="2" fill="none" stroke="{c}" '
        'stroke-width="1.8"/><path d="M6.5 9l3 3-3 3M12 15h5" fill="none" stroke="{c}" '
        'stroke-width="1.8" stroke-linecap="round" stroke-linejoin="round"/>'
    ),
    "new": (
        '<path d="M6 3h8l5 5v12a1 1 0 0 1-1 1H6a1 1 0 0 1-1-1V4a1 1 0 0 1 1-1z M14 3v5h5" '
        'fill="none" stroke="{c}" stroke-width="1.8" stroke-linejoin="round"/>'
        '<path d="M12 11v7M8.5 14.5h7" stroke="{c}" stroke-width="1.8" stroke-linecap="round"/>'
    ),
    "save": (
        '<path d="M5 3h11l4 4v13a1 1 0 0 1-1 1H5a1 1 0 0 1-1-1V4a1 1 0 0 1 1-1z" fill="none" '
        'stroke="{c}" stroke-width="1.8" stroke-linejoin="round"/>'
        '<path d="M8 3v5h7V3M7.5 21v-6.5h9V21" fill="none" stroke="{c}" stroke-width="1.8" '
        'stroke-linejoin="round"/>'
    ),
    "open": (
        '<path d="M3.5 18.5V5.5a1 1 0 0 1 1-1h4.5l2 2.5h7.5a1 1 0 0 1 1 1V10" fill="none" '
        'stroke="{c}" stroke-width="1.8" stroke-linejoin="round"/>'
        '<path d="M3.5 19.5 6.5 11h15l-3 8.5z" fill="none" stroke="{c}" stroke-width="1.8" '
        'stroke-linejoin="round"/>'
    ),
    "info": (
        '<circle cx="12" cy="12" r="9" fill="none" stroke="{c}" stroke-width="1.8"/>'
        '<path d="M12 11v6M12 7.6v.01" stroke="{c}" stroke-width="2.2" stroke-linecap="round"/>'
    ),
    "quit": (
        '<path d="M14 4H6a1 1 0 0 0-1 1v14a1 1 0 0 0 1 1h8" fill="none" stroke="{c}" '
        'stroke-width="1.8" stroke-linejoin="round" stroke-linecap="round"/>'
        '<path d="M10 12h10M16.5 8.5 20 12l-3.5 3.5" fill="none" stroke="{c}" '
        'stroke-width="1.8" stroke-linejoin="round" stroke-linecap="round"/>'
    ),
    "undo": (
        '<path d="M9 14 4 9l5-5" fill="none" stroke="{c}" stroke-width="1.8" '
        'stroke-linecap="round" stroke-linejoin="round"/><path d="M4 9h10a6 6 0 0 1 0 12h-3" '
        'fill="none" stroke="{c}" stroke-width="1.8" stroke-linecap="round"/>'
    ),
    "stop": (
        '<circle cx="12" cy="12" r="9" fill="none" stroke="{c}" stroke-width="1.8"/>'
        '<path d="M8.5 8.5l7 7M15.5 8.5l-7 7" stroke="{c}" stroke-width="1.8" '
        'stroke-linecap="round"/>'
    ),
    "clear": (
        '<path d="M4 7h16M9 7V4h6v3M6 7l1 13a1 1 0 0 0 1 1h8a1 1 0 0 0 1-1l1-13" fill="none" '
        'stroke="{c}" stroke-width="1.8" stroke-linejoin="round" stroke-linecap="round"/>'
    ),
    "erase": (
        '<path d="M8.5 5H20a1 1 0 0 1 1 1v12a1 1 0 0 1-1 1H8.5L2.5 12z" fill="none" '
        'stroke="{c}" stroke-width="1.8" stroke-linejoin="round"/>'
        '<path d="M11 9l6 6M17 9l-6 6" stroke="{c}" stroke-width="1.8" stroke-linecap="round"/>'
    ),
    "now": (
        '<circle cx="12" cy="12" r="9" fill="none" stroke="{c}" stroke-width="1.8"/>'
        '<path d="M12 7v5l3.5 2" fill="none" stroke="{c}" stroke-width="1.8" '
        'stroke-linecap="round" stroke-linejoin="round"/>'
    ),
    "calendar": (
        '<rect x="3.5" y="5" width="17" height="15" rx="1.5" fill="none" stroke="{c}" '
        'stroke-width="1.8"/>'
        '<path d="M3.5 9.5h17M8 3v4M16 3v4" fill="none" stroke="{c}" stroke-width="1.8" '
        'stroke-linecap="round"/>'
    ),
    # The editors' glyphs; each shape is its own element so that crossing strokes (an arrow's
    # head on its shaft) are drawn over each other as before, not merged into one outline.
    "add": _glyph('<path d="M12 4.8V19.2"/>', '<path d="M4.8 12H19.2"/>'),
    "remove": _glyph('<path d="M4.8 12H19.2"/>'),
    "duplicate": _glyph(
        '<rect x="4.32" y="7.2" width="10.56" height="12.48" rx="1.44"/>',
        '<path d="M9.12 7.2V4.32H19.68V16.8H14.88"/>',
    ),
    "up": _glyph('<path d="M12 19.2V4.8"/>', '<path d="M6 10.8 12 4.8 18 10.8"/>'),
    "down": _glyph('<path d="M12 4.8V19.2"/>', '<path d="M6 13.2 12 19.2 18 13.2"/>'),
    "link": _glyph(
        '<g transform="translate(12 12) rotate(-45)">'
        '<rect x="-8.88" y="-2.64" width="9.6" height="5.28" rx="2.64"/>'
        '<rect x="-0.72" y="-2.64" width="9.6" height="5.28" rx="2.64"/></g>'
    ),
    "file": _glyph('<path d="M6 3.6H13.92L18 7.68V20.4H6Z"/>', '<path d="M13.92 3.6V7.68H18"/>'),
}

# name -> (freedesktop theme name, built-in SVG or None, QStyle.StandardPixmap fallback). The
# fallback is named, not the enum member: touching QStyle builds its Python enums (~7 ms),
# which only the few icons that fall back to the style need.
_ACTIONS: dict[str, tuple[str, str | None, str]] = {
    "send": ("mail-send", "send", "SP_ArrowForward"),
    "cancel": ("process-stop", "stop", "SP_BrowserStop"),
    "copy": ("edit-copy", "copy", "SP_FileDialogContentsView"),
    "curl": ("utilities-terminal", "terminal", "SP_ComputerIcon"),
    "save": ("document-save-as", "save", "SP_DialogSaveButton"),
    "open": ("document-open", "open", "SP_DialogOpenButton"),
    "new": ("document-new", "new", "SP_FileIcon"),
    "undo": ("edit-undo", "undo", "SP_ArrowBack"),
    "clear": ("edit-clear-all", "clear", "SP_DialogResetButton"),
    "erase": ("edit-clear", "erase", "SP_LineEditClearButton"),
    "now": ("appointment-soon", "now", "SP_BrowserReload"),
    "calendar": ("x-office-calendar", "calendar", "SP_FileDialogDetailedView"),
    "folder": ("folder-open", "open", "SP_DirOpenIcon"),
    "quit": ("application-exit", "quit", "SP_DialogCloseButton"),
    "about": ("help-about", "info", "SP_MessageBoxInformation"),
    "warning": ("dialog-warning", None, "SP_MessageBoxWarning"),
    "error": ("dialog-error", None, "SP_MessageBoxCritical"),
    "info": ("dialog-information", "info", "SP_MessageBoxInformation"),
    "ok": ("emblem-ok", None, "SP_DialogApplyButton"),
    # The editors' row actions and attachment kinds.
    "add": ("list-add", "add", "SP_FileDialogNewFolder"),
    "remove": ("list-remove", "remove", "SP_TrashIcon"),
    "duplicate": ("edit-copy", "duplicate", "SP_FileDialogContentsView"),
    "up": ("go-up", "up", "SP_ArrowUp"),
    "down": ("go-down", "down", "SP_ArrowDown"),
    "link": ("insert-link", "link", "SP_FileLinkIcon"),
    "file": ("document-new", "file", "SP_FileIcon"),
}


class GlyphEngine(QIconEngine):
    """Renders a 24x24 SVG body when painted, "{c}" in the colour `colour_for(mode)` names at
    that moment: crisp at any size and device pixel ratio, and right after a switch between
    light and dark. One renderer per colour, kept."""

    def __init__(self, body: str, colour_for: Callable[[QIcon.Mode], str]) -> None:
        super().__init__()
        self._body = body
        self._colour_for = colour_for
        self._renderers: dict[str, QSvgRenderer] = {}

    def clone(self) -> QIconEngine:
        return GlyphEngine(self._body, self._colour_for)

    def _renderer(self, colour: str) -> QSvgRenderer:
        renderer = self._renderers.get(colour)
        if renderer is None:
            svg = (
                '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24">'
                + self._body.replace("{c}", colour)
                + "</svg>"
            )
            # QtSvg (~15 ms to load) only when a glyph is first painted, not at import.
            from PySide6.QtSvg import QSvgRenderer

            renderer = self._renderers[colour] = QSvgRenderer(QByteArray(svg.encode()))
        return renderer

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self.scaledPixmap(size, mode, state, 1.0)

    def scaledPixmap(
        self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float
    ) -> QPixmap:
        pixmap = QPixmap(size * scale)
        pixmap.fill(Qt.GlobalColor.transparent)
        pixmap.setDevicePixelRatio(scale)
        painter = QPainter(pixmap)
        self.paint(painter, QRect(QPoint(0, 0), size), mode, state)
        painter.end()
        return pixmap

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        side = min(rect.width(), rect.height())
        box = QRectF(
            rect.x() + (rect.width() - side) / 2, rect.y() + (rect.height() - side) / 2, side, side
        )
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._renderer(self._colour_for(mode)).render(painter, box)
        painter.restore()


def _button_text_colour(mode: QIcon.Mode) -> str:
    """The palette's button text colour, greyed when disabled."""
    group = (
        QPalette.ColorGroup.Disabled if mode == QIcon.Mode.Disabled else QPalette.ColorGroup.Normal
    )
    return QGuiApplication.palette().color(group, QPalette.ColorRole.ButtonText).name()


@cache
def icon(name: str) -> QIcon:
    """The icon for an action name listed in `_ACTIONS` (e.g. "send", "copy", "warning")."""
    theme_name, svg, standard = _ACTIONS[name]
    if QIcon.hasThemeIcon(theme_name):
        return QIcon.fromTheme(theme_name)
    if svg is not None:
        return QIcon(GlyphEngine(_SVG[svg], _button_text_colour))
    from PySide6.QtWidgets import QApplication, QStyle

    pixmap: QStyle.StandardPixmap = getattr(QStyle.StandardPixmap, standard)
    return QApplication.style().standardIcon(pixmap)
