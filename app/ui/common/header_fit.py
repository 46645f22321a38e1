"""Column widths that hold their title in any language: a table's first widths are its
designer's pixels, widened where the translated title needs more (font metrics, the style's
header margins and the sort arrow)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QStyle

__all__ = ["title_width", "widen_to_titles"]

Section = TypeVar("Section", bound=int)  # a table's column enum (IntEnum) or a plain index


def title_width(header: QHeaderView, section: int) -> int:
    """The width section `section` needs to show its title whole, sort arrow included."""
    title = header.model().headerData(section, header.orientation())
    if not isinstance(title, str) or not title:
        return 0
    style = header.style()
    margin = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    arrow = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, None, header)
    text = max(header.fontMetrics().horizontalAdvance(line) for line in title.split("\n"))
    return text + 2 * margin + arrow + margin


def widen_to_titles(header: QHeaderView, widths: Mapping[Section, int]) -> None:
    """Give each section its width from `widths`, or what its title needs when that is more."""
    assert header.orientation() == Qt.Orientation.Horizontal
    for section, width in widths.items():
        header.resizeSection(section, max(width, title_width(header, section)))
