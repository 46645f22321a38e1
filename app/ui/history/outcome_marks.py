"""Each outcome's icon and colour in the history: one glyph and one hue per `OutcomeLook`.

Written is a green tick, written with warnings an amber tick with a mark, refused a red bar,
failed a crimson broken link, unknown a violet question mark, interrupted an indigo pause,
sending a blue arrow, a changed attachment a brown page and cancelled a grey stop; an unknown
outcome that a later write made moot is the question mark in the palette's muted text colour.
Colours are picked against the palette (light or dark) when painted, so they read in both.
"""

from __future__ import annotations

from functools import cache, partial

from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPalette

from app.ui.common.field_marks import is_dark
from app.ui.common.icons import GlyphEngine
from app.ui.history.details import OutcomeLook

__all__ = ["outcome_color", "outcome_icon"]

# (light palette, dark palette); tuned to differ in hue, not only in lightness.
_COLOURS: dict[OutcomeLook, tuple[str, str]] = {
    OutcomeLook.WRITTEN: ("#2e7d32", "#66bb6a"),
    OutcomeLook.WRITTEN_WITH_WARNINGS: ("#9a6700", "#e3b341"),
    OutcomeLook.REFUSED: ("#c62828", "#ff7070"),
    OutcomeLook.FAILED: ("#ad1457", "#f48fb1"),
    OutcomeLook.UNKNOWN: ("#7b1fa2", "#ce93d8"),
    OutcomeLook.INTERRUPTED: ("#3949ab", "#9fa8da"),
    OutcomeLook.SENDING: ("#1565c0", "#64b5f6"),
    OutcomeLook.ATTACHMENT_CHANGED: ("#6d4c41", "#bcaaa4"),
    OutcomeLook.CANCELLED: ("#616161", "#bdbdbd"),
}

_STROKE = (
    'fill="none" stroke="{c}" stroke-width="2.2" stroke-linecap="round" stroke-linejoin="round"'
)
_RING = f'<circle cx="12" cy="12" r="9" {_STROKE}/>'
# 24x24 glyphs; "{c}" is the outcome's colour.
_GLYPHS: dict[OutcomeLook, str] = {
    OutcomeLook.WRITTEN: _RING + f'<path d="M7.5 12.5l3 3 6-7" {_STROKE}/>',
    OutcomeLook.WRITTEN_WITH_WARNINGS: (
        f'<path d="M3 13l4 4 8-10" {_STROKE}/>'
        f'<path d="M19.5 6v8" {_STROKE}/><circle cx="19.5" cy="18.5" r="1.4" fill="{{c}}"/>'
    ),
    OutcomeLook.REFUSED: _RING + f'<path d="M7 12h10" {_STROKE}/>',
    OutcomeLook.FAILED: (
        f'<path d="M10 6.5 12 4.5a4 4 0 0 1 5.7 5.7L15.5 12.5" {_STROKE}/>'
        f'<path d="M14 17.5 12 19.5a4 4 0 0 1-5.7-5.7L8.5 11.5" {_STROKE}/>'
        f'<path d="M4 4l3 3M20 20l-3-3" {_STROKE}/>'
    ),
    OutcomeLook.UNKNOWN: (
        _RING + f'<path d="M9.3 9.5a2.8 2.8 0 1 1 3.9 2.6c-.8.4-1.2 1-1.2 1.9" {_STROKE}/>'
        '<circle cx="12" cy="17" r="1.3" fill="{c}"/>'
    ),
    OutcomeLook.INTERRUPTED: _RING + f'<path d="M10 8.5v7M14 8.5v7" {_STROKE}/>',
    OutcomeLook.SENDING: f'<path d="M4 12h14M13 6.5l5.5 5.5-5.5 5.5" {_STROKE}/>',
    OutcomeLook.ATTACHMENT_CHANGED: (
        f'<path d="M6 3.5h8l4 4v13H6z M14 3.5v4h4" {_STROKE}/>'
        f'<path d="M12 10.5v4.5" {_STROKE}/><circle cx="12" cy="18" r="1.2" fill="{{c}}"/>'
    ),
    OutcomeLook.CANCELLED: _RING + f'<rect x="8.5" y="8.5" width="7" height="7" {_STROKE}/>',
}
_GLYPHS[OutcomeLook.SUPERSEDED] = _GLYPHS[OutcomeLook.UNKNOWN]


def outcome_color(look: OutcomeLook, palette: QPalette | None = None) -> QColor:
    """The text and icon colour of an outcome, readable on `palette`."""
    palette = palette or QGuiApplication.palette()
    if look is OutcomeLook.SUPERSEDED:
        return palette.color(QPalette.ColorRole.PlaceholderText)  # muted: nothing to act on
    light, dark = _COLOURS[look]
    return QColor(dark if is_dark(palette) else light)


def _colour_name(look: OutcomeLook, mode: QIcon.Mode) -> str:
    """The outcome's colour of the moment; the palette's disabled text colour when disabled."""
    if mode == QIcon.Mode.Disabled:
        palette = QGuiApplication.palette()
        return palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text).name()
    return outcome_color(look).name()


@cache
def outcome_icon(look: OutcomeLook) -> QIcon:
    return QIcon(GlyphEngine(_GLYPHS[look], partial(_colour_name, look)))
