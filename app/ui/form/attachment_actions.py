"""The attachments' add actions (Add files…, Add link), apart from their editor.

They are window-wide keys and Edit menu items from the start, while the attachments page is
built when it is first needed: the result editor owns them and builds the page when one is
triggered. A standalone `AttachmentsEditor` makes its own.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from app.ui.form.editor_kit import editor_action

__all__ = ["AddActions", "add_actions"]


def _tr(text: str) -> str:
    return QCoreApplication.translate("AttachmentsEditor", text)


class AddActions(NamedTuple):
    files: QAction  # "addAttachmentAction", Ctrl+Shift+A
    link: QAction  # "addLinkAction", Ctrl+Shift+L


def add_actions(
    owner: QWidget, choose_files: Callable[[], object], start_link: Callable[[], object]
) -> AddActions:
    """The two add actions of `owner`, calling `choose_files` and `start_link`."""
    return AddActions(
        editor_action(
            owner, "addAttachment", _tr("Add files…"), _tr("Attach files"),
            "file", QKeySequence("Ctrl+Shift+A"), choose_files,
        ),
        editor_action(
            owner, "addLink", _tr("Add link"), _tr("Attach a link (data_url)"),
            "link", QKeySequence("Ctrl+Shift+L"), start_link,
        ),
    )  # fmt: skip
