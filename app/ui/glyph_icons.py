"""Toolbar icons for the editors: the desktop theme's icon if there is one, else a vector glyph.

The glyphs are painted at whatever size and device pixel ratio is asked for, in the palette's
button text colour (greyed when disabled), so they stay crisp at any scale and follow a light
or dark palette. QStyle's standard pixmaps have no "add" or "duplicate", and mixing them with
painted ones looked patchy, so the glyphs cover every editor action on their own.
"""

from __future__ import annotations

from typing import Literal

from PySide6.QtCore import QPoint, QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QGuiApplication,
    QIcon,
    QIconEngine,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
    QPixmap,
)

Glyph = Literal["add", "remove", "duplicate", "up", "down", "link", "file", "folder"]

_THEME: dict[Glyph, QIcon.ThemeIcon] = {
    "add": QIcon.ThemeIcon.ListAdd,
    "remove": QIcon.ThemeIcon.ListRemove,
    "duplicate": QIcon.ThemeIcon.EditCopy,
    "up": QIcon.ThemeIcon.GoUp,
    "down": QIcon.ThemeIcon.GoDown,
    "link": QIcon.ThemeIcon.InsertLink,
    "file": QIcon.ThemeIcon.DocumentNew,
    "folder": QIcon.ThemeIcon.DocumentOpen,
}


class _GlyphEngine(QIconEngine):
    def __init__(self, glyph: Glyph) -> None:
        super().__init__()
        self._glyph = glyph

    def clone(self) -> QIconEngine:
        return _GlyphEngine(self._glyph)

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self.scaledPixmap(size, mode, state, 1.0)

    def scaledPixmap(
        self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float
    ) -> QPixmap:
        # Drawn at the device's resolution, so the glyph is sharp on high-DPI screens too.
        pixmap = QPixmap(size * scale)
        pixmap.fill(Qt.GlobalColor.transparent)
        pixmap.setDevicePixelRatio(scale)
        painter = QPainter(pixmap)
        self.paint(painter, QRect(QPoint(0, 0), size), mode, state)
        painter.end()
        return pixmap

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        group = (
            QPalette.ColorGroup.Disabled
            if mode == QIcon.Mode.Disabled
            else QPalette.ColorGroup.Normal
        )
        color = QGuiApplication.palette().color(group, QPalette.ColorRole.ButtonText)
        side = min(rect.width(), rect.height())
        box = QRectF(
            rect.x() + (rect.width() - side) / 2, rect.y() + (rect.height() - side) / 2, side, side
        )
        pen = QPen(color, max(1.25, side / 10))
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        _DRAW[self._glyph](painter, box)
        painter.restore()


def _at(box: QRectF, x: float, y: float) -> QPointF:
    """A point given in a 0..1 unit square inside `box`."""
    return QPointF(box.x() + x * box.width(), box.y() + y * box.height())


def _add(p: QPainter, b: QRectF) -> None:
    p.drawLine(_at(b, 0.5, 0.2), _at(b, 0.5, 0.8))
    p.drawLine(_at(b, 0.2, 0.5), _at(b, 0.8, 0.5))


def _remove(p: QPainter, b: QRectF) -> None:
    p.drawLine(_at(b, 0.2, 0.5), _at(b, 0.8, 0.5))


def _duplicate(p: QPainter, b: QRectF) -> None:
    w = b.width()
    p.drawRoundedRect(QRectF(_at(b, 0.18, 0.3), _at(b, 0.62, 0.82)), w * 0.06, w * 0.06)
    back = QPainterPath(_at(b, 0.38, 0.3))
    back.lineTo(_at(b, 0.38, 0.18))
    back.lineTo(_at(b, 0.82, 0.18))
    back.lineTo(_at(b, 0.82, 0.7))
    back.lineTo(_at(b, 0.62, 0.7))
    p.drawPath(back)


def _arrow(p: QPainter, b: QRectF, up: bool) -> None:
    tip, tail = (0.2, 0.8) if up else (0.8, 0.2)
    head = 0.45 if up else 0.55
    p.drawLine(_at(b, 0.5, tail), _at(b, 0.5, tip))
    p.drawPolyline([_at(b, 0.25, head), _at(b, 0.5, tip), _at(b, 0.75, head)])


def _link(p: QPainter, b: QRectF) -> None:
    w = b.width()
    p.save()
    p.translate(b.center())
    p.rotate(-45)
    for offset in (-0.17, 0.17):
        link = QRectF(-0.2 * w + offset * w, -0.11 * w, 0.4 * w, 0.22 * w)
        p.drawRoundedRect(link, 0.11 * w, 0.11 * w)
    p.restore()


def _file(p: QPainter, b: QRectF) -> None:
    outline = QPainterPath(_at(b, 0.25, 0.15))
    outline.lineTo(_at(b, 0.58, 0.15))
    outline.lineTo(_at(b, 0.75, 0.32))
    outline.lineTo(_at(b, 0.75, 0.85))
    outline.lineTo(_at(b, 0.25, 0.85))
    outline.closeSubpath()
    p.drawPath(outline)
    p.drawPolyline([_at(b, 0.58, 0.15), _at(b, 0.58, 0.32), _at(b, 0.75, 0.32)])


def _folder(p: QPainter, b: QRectF) -> None:
    outline = QPainterPath(_at(b, 0.15, 0.25))
    outline.lineTo(_at(b, 0.4, 0.25))
    outline.lineTo(_at(b, 0.48, 0.35))
    outline.lineTo(_at(b, 0.85, 0.35))
    outline.lineTo(_at(b, 0.85, 0.8))
    outline.lineTo(_at(b, 0.15, 0.8))
    outline.closeSubpath()
    p.drawPath(outline)


_DRAW = {
    "add": _add,
    "remove": _remove,
    "duplicate": _duplicate,
    "up": lambda p, b: _arrow(p, b, up=True),
    "down": lambda p, b: _arrow(p, b, up=False),
    "link": _link,
    "file": _file,
    "folder": _folder,
}


def glyph_icon(glyph: Glyph, *, prefer_theme: bool = True) -> QIcon:
    """The theme's icon for `glyph` when the desktop has one, else the painted glyph."""
    if prefer_theme:
        themed = QIcon.fromTheme(_THEME[glyph])
        if not themed.isNull():
            return themed
    return QIcon(_GlyphEngine(glyph))
