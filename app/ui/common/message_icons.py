"""The message boxes' standard icons, made once per session instead of once per box.

`QStyle.standardIcon()` builds a new QIcon (and loads its pixmaps again) on every call, and
`QMessageBox.setIcon()` asks for one each time a box is made. The icon's pixmap at the box's
size is scaled and stored in QPixmapCache under a key made from the freshly loaded pixmap, so
every box added a new entry, about 9 KB, that nothing would look up again: a long session with
a "Send again?" question per send grew by 5 MB per 600 sends until the cache's 10 MB limit
(issue 17). `MessageIconStyle` answers those four icons from its own cache, so the scaled
pixmap is found again instead of made again.
"""

from __future__ import annotations

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle, QStyleOption, QWidget

_MESSAGE_ICONS = frozenset(
    {
        QStyle.StandardPixmap.SP_MessageBoxInformation,
        QStyle.StandardPixmap.SP_MessageBoxWarning,
        QStyle.StandardPixmap.SP_MessageBoxCritical,
        QStyle.StandardPixmap.SP_MessageBoxQuestion,
    }
)


class MessageIconStyle(QProxyStyle):
    """The application's style, with the message-box icons made once."""

    def __init__(self, base: str) -> None:
        super().__init__(base)
        self.setObjectName("messageIconStyle")
        self._icons: dict[QStyle.StandardPixmap, QIcon] = {}

    def standardIcon(
        self,
        standardIcon: QStyle.StandardPixmap,
        option: QStyleOption | None = None,
        widget: QWidget | None = None,
    ) -> QIcon:
        if standardIcon not in _MESSAGE_ICONS:
            return super().standardIcon(standardIcon, option, widget)
        icon = self._icons.get(standardIcon)
        if icon is None:
            icon = self._icons[standardIcon] = super().standardIcon(standardIcon, option, widget)
        return icon


def install_message_icon_style(app: QApplication) -> None:
    """Wrap the application's style (once) so that message boxes share their icons."""
    current = app.style()
    if isinstance(current, MessageIconStyle):
        return
    app.setStyle(MessageIconStyle(current.name()))
