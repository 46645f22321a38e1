"""The log panel: what happened to every send, one timestamped line per event.

Entries are kept as data and rendered with text formats, so a palette change (light/dark)
re-renders them in the new colours; warnings and errors carry the style's icon, bold text and
a background taken from the palette, never a fixed colour. Links (Kombo's `log_url`) open in
the browser through `app.ui.common.links.open_external` (web links only).
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QGuiApplication, QPalette, QPixmap
from PySide6.QtWidgets import QTextBrowser, QWidget

from app.ui.common.icons import icon
from app.ui.common.links import open_external
from app.ui.common.moments import clock_time

if TYPE_CHECKING:
    from PySide6.QtCore import QUrl

    # Made with the first entry (log_entry.py): the window paints an empty log.
    from app.ui.send.log_entry import Level, LogEntry

_ICONS: dict[Level, str] = {"success": "ok", "warning": "warning", "error": "error"}
_ICON_SIZE = 14


# A long session must not grow without end (300 sends: +8 MB and rising): the panel keeps the
# last MAX_ENTRIES entries; every send stays in full in the history (View > History). Trimming
# re-renders, so it happens once per TRIM_SLACK entries, not on every add.
MAX_ENTRIES = 500
TRIM_SLACK = 100


class LogPanel(QTextBrowser):
    """`logPanel`: read-only, selectable, links open in the system browser."""

    # A QUrl; `object`, since Signal(QUrl) would build QUrl's Python type (~1.3 ms) before the
    # first paint, and nothing on the way to it needs one.
    link_opened = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("logPanel")
        self.setAccessibleName(self.tr("Send log"))
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.anchorClicked.connect(self._open_link)
        self._entries: list[LogEntry] = []
        # The level icons go into the document with the first entry: the panel is built
        # before the first paint, and an empty log shows none.
        self._icons_registered = False
        self.setPlaceholderText(self.tr("Kombo's answers appear here."))
        # Scrolled to the end, the log stays there when its view shrinks or its text re-wraps
        # (the status bar's message after a send, a narrower column): the newest line in sight.
        self._at_end = True
        bar = self.verticalScrollBar()
        bar.valueChanged.connect(self._note_position)
        bar.rangeChanged.connect(self._keep_end)

    # --- entries ----------------------------------------------------------------------------

    @property
    def entries(self) -> list[LogEntry]:
        return list(self._entries)

    def add(
        self,
        level: Level,
        text: str,
        *,
        link: str | None = None,
        link_label: str | None = None,
        when: datetime | None = None,
    ) -> LogEntry:
        from app.ui.send.log_entry import LogEntry

        entry = LogEntry(when or datetime.now(), level, text, link, link_label)
        self._entries.append(entry)
        if len(self._entries) > MAX_ENTRIES + TRIM_SLACK:
            del self._entries[: len(self._entries) - MAX_ENTRIES]
            self._rerender()
        else:
            self._append(entry)
        bar = self.verticalScrollBar()
        bar.setValue(bar.maximum())
        return entry

    def _note_position(self, value: int) -> None:
        self._at_end = value >= self.verticalScrollBar().maximum()

    def _keep_end(self, _minimum: int, maximum: int) -> None:
        if self._at_end:
            self.verticalScrollBar().setValue(maximum)

    def plain_text(self) -> str:
        return "\n".join(entry.plain() for entry in self._entries)

    def copy_all(self) -> None:
        """Copy the selection if there is one, otherwise every entry, as plain text."""
        selected = self.textCursor().selectedText()
        text = selected.replace("\u2029", "\n") if selected else self.plain_text()
        clipboard = QGuiApplication.clipboard()
        if text:
            clipboard.setText(text)

    def clear_entries(self) -> None:
        self._entries.clear()
        self.clear()
        self._icons_registered = False  # clear() drops the document's resources too

    # --- rendering --------------------------------------------------------------------------

    def _register_icons(self) -> None:
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QTextDocument

        self._icons_registered = True
        document = self.document()
        blank = QPixmap(_ICON_SIZE, 1)
        blank.fill(Qt.GlobalColor.transparent)
        document.addResource(QTextDocument.ResourceType.ImageResource, QUrl("icon:none"), blank)
        for level, name in _ICONS.items():
            pixmap = icon(name).pixmap(16, 16)
            document.addResource(
                QTextDocument.ResourceType.ImageResource, QUrl(f"icon:{level}"), pixmap
            )

    def _append(self, entry: LogEntry) -> None:
        # Imported with the first entry: building these Python types costs ~2.5 ms, and the
        # window paints an empty log.
        from PySide6.QtGui import (
            QFont,
            QFontMetrics,
            QTextBlockFormat,
            QTextCharFormat,
            QTextCursor,
            QTextImageFormat,
        )

        if not self._icons_registered:
            self._register_icons()
        palette = self.palette()
        cursor = QTextCursor(self.document())
        cursor.movePosition(QTextCursor.MoveOperation.End)
        # A hanging indent: wrapped lines start under the text, not under the time.
        stamp_text = clock_time(entry.when) + "\u2003"
        metrics = QFontMetrics(self.font())
        text_column = (
            metrics.horizontalAdvance(stamp_text) + _ICON_SIZE + metrics.horizontalAdvance(" ")
        )
        block = QTextBlockFormat()
        block.setTopMargin(2)
        block.setBottomMargin(2)
        block.setLeftMargin(text_column)
        if entry.level in ("warning", "error"):
            block.setBackground(palette.brush(QPalette.ColorRole.AlternateBase))
        if entry.level != "detail":  # details continue the entry above, without a time
            block.setTextIndent(-text_column)
        if self.document().isEmpty():
            cursor.setBlockFormat(block)
        else:
            cursor.insertBlock(block)

        if entry.level != "detail":
            stamp = QTextCharFormat()
            stamp.setForeground(palette.brush(QPalette.ColorRole.PlaceholderText))
            cursor.insertText(stamp_text, stamp)

        if entry.level in _ICONS:
            image = QTextImageFormat()
            image.setName(f"icon:{entry.level}")
            image.setWidth(_ICON_SIZE)
            image.setHeight(_ICON_SIZE)
            image.setVerticalAlignment(QTextCharFormat.VerticalAlignment.AlignMiddle)
            cursor.insertImage(image)
            cursor.insertText(" ", QTextCharFormat())
        elif entry.level != "detail":
            # Keep the text column the same with or without an icon.
            spacer = QTextImageFormat()
            spacer.setName("icon:none")
            spacer.setWidth(_ICON_SIZE)
            spacer.setHeight(1)
            cursor.insertImage(spacer)
            cursor.insertText(" ", QTextCharFormat())

        body = QTextCharFormat()
        body.setForeground(palette.brush(QPalette.ColorRole.Text))
        if entry.level in ("warning", "error", "success"):
            body.setFontWeight(QFont.Weight.DemiBold)
        cursor.insertText(entry.text, body)

        if entry.link:
            cursor.insertText(" ", QTextCharFormat())
            anchor = QTextCharFormat()
            anchor.setAnchor(True)
            anchor.setAnchorHref(entry.link)
            anchor.setForeground(palette.brush(QPalette.ColorRole.Link))
            anchor.setFontUnderline(True)
            anchor.setToolTip(entry.link)
            cursor.insertText(entry.link_label or entry.link, anchor)

    def _rerender(self) -> None:
        self.clear()
        self._icons_registered = False
        for entry in self._entries:
            self._append(entry)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._rerender()

    # --- links ------------------------------------------------------------------------------

    def _open_link(self, url: QUrl) -> None:
        if open_external(url):
            self.link_opened.emit(url)
