"""Single-line fields that keep everything pasted into them.

QLineEdit cuts input at 32,767 characters without a word (a 100 KB URL arrived as 32,767
characters). The fields that go into the request take up to `SINGLE_LINE_MAX` instead, so
what is pasted is what the model judges and, if valid, what is sent; text cut at that limit is
said at the field (a tooltip there and its accessible description), never dropped silently.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLineEdit, QToolTip

from app.ui.common.numbers import count_text
from app.ui.common.placeholders import arg

SINGLE_LINE_MAX = 1_000_000


def _tr(text: str) -> str:
    return QCoreApplication.translate("LongText", text)


def cut_message(limit: int = SINGLE_LINE_MAX) -> str:
    return arg(
        _tr("This field holds at most %1 characters: the rest was cut off."), count_text(limit)
    )


def keep_long_text(edit: QLineEdit, limit: int = SINGLE_LINE_MAX) -> None:
    """Raise `edit`'s limit to `limit` and say so at the field when text reaches it."""
    edit.setMaxLength(limit)
    usual = edit.toolTip()

    def check(text: str) -> None:
        full = len(text) >= edit.maxLength()
        message = cut_message(edit.maxLength()) if full else ""
        edit.setToolTip(f"{message}\n{usual}".strip() if full else usual)
        edit.setAccessibleDescription(message)
        if full and edit.isVisible():
            QToolTip.showText(edit.mapToGlobal(edit.rect().bottomLeft()), message, edit)

    edit.textChanged.connect(check)
