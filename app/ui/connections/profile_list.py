"""The left side of the Connections dialog: the saved connections and the buttons that act on them.

A widget only: it shows the `Profile`s it is given and reports which one the person picked.
The dialog's actions (`dialog_actions.ProfileActions`) read the store, decide whether the pick
may happen now (unsaved changes) and put it back with `restore_previous` while they ask.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QIcon
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.store.profiles import Profile
from app.ui.common.context import connection_label
from app.ui.common.icons import icon

__all__ = ["ProfileList"]

_NEW_ITEM_ROLE = Qt.ItemDataRole.UserRole + 1


class ProfileList(QWidget):
    """`profileList` and its tool buttons (Add, Duplicate, Delete…, Rename…, Make default)."""

    chosen = Signal(str)  # the person selected this saved connection

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._quiet = False  # set while the list is changed by code, not by the person
        self._previous: QListWidgetItem | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.list = QListWidget(self)
        self.list.setObjectName("profileList")
        self.list.setAccessibleName(self.tr("Saved connections"))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.currentItemChanged.connect(self._on_current_changed)
        layout.addWidget(self.list, 1)

        self.add_button = self._tool("addProfileButton", self.tr("Add"), icon("add"))
        self.duplicate_button = self._tool(
            "duplicateProfileButton", self.tr("Duplicate"), icon("duplicate")
        )
        self.rename_button = self._tool("renameProfileButton", self.tr("Rename…"), None)
        self.delete_button = self._tool("deleteProfileButton", self.tr("Delete…"), icon("remove"))
        self.default_button = self._tool("defaultProfileButton", self.tr("Make default"), None)
        self.default_button.setToolTip(self.tr("Use this connection when Result Desk starts"))
        row1, row2 = QHBoxLayout(), QHBoxLayout()
        for button in (self.add_button, self.duplicate_button, self.delete_button):
            row1.addWidget(button)
        for button in (self.rename_button, self.default_button):
            row2.addWidget(button)
        layout.addLayout(row1)
        layout.addLayout(row2)

    def _tool(self, name: str, text: str, glyph: QIcon | None) -> QToolButton:
        button = QToolButton(self)
        button.setObjectName(name)
        button.setText(text)
        button.setAccessibleName(text.rstrip("…"))
        button.setToolTip(text.rstrip("…"))
        if glyph is not None:
            button.setIcon(glyph)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        return button

    # --- filling ---------------------------------------------------------------------------

    def fill(self, profiles: Iterable[Profile], select: str | None) -> str | None:
        """Show `profiles`; select the one named `select` (or the first). Returns its name."""
        was_quiet = self._quiet
        self._quiet = True
        try:
            self.list.clear()
            current: QListWidgetItem | None = None
            for profile in profiles:
                label = connection_label(profile.name, profile.organization_name)
                item = QListWidgetItem(label, self.list)
                item.setData(Qt.ItemDataRole.UserRole, profile.name)
                if profile.is_default:
                    font = QFont(item.font())
                    font.setBold(True)
                    item.setFont(font)
                    item.setText(self.tr("{name} (default)").replace("{name}", label))
                    item.setToolTip(self.tr("Used when Result Desk starts"))
                if select is not None and profile.name.casefold() == select.casefold():
                    current = item
            if current is None and self.list.count():
                current = self.list.item(0)
            if current is not None:
                self.list.setCurrentItem(current)
        finally:
            self._quiet = was_quiet
        return str(current.data(Qt.ItemDataRole.UserRole)) if current is not None else None

    def add_new_item(self) -> None:
        """An italic “New connection” row, selected, for the form's unsaved new connection."""
        self.drop_new_item()
        item = QListWidgetItem(self.tr("New connection"))
        item.setData(_NEW_ITEM_ROLE, True)
        font = QFont(item.font())
        font.setItalic(True)
        item.setFont(font)
        self._quiet = True
        self.list.addItem(item)
        self.list.setCurrentItem(item)
        self._quiet = False

    def drop_new_item(self) -> None:
        for row in range(self.list.count() - 1, -1, -1):
            item: QListWidgetItem | None = self.list.item(row)
            if item is not None and item.data(_NEW_ITEM_ROLE):
                self._quiet = True
                self.list.takeItem(row)
                self._quiet = False

    def selected_name(self) -> str | None:
        item: QListWidgetItem | None = self.list.currentItem()
        if item is None or item.data(_NEW_ITEM_ROLE):
            return None
        return str(item.data(Qt.ItemDataRole.UserRole))

    def restore_previous(self) -> None:
        """Put the selection back where it was before the last `chosen` (while asking)."""
        if self._previous is not None:
            self._quiet = True
            self.list.setCurrentItem(self._previous)
            self._quiet = False

    def _on_current_changed(
        self, current: QListWidgetItem | None, previous: QListWidgetItem | None
    ) -> None:
        if self._quiet or current is None or current.data(_NEW_ITEM_ROLE):
            return
        self._previous = previous
        self.chosen.emit(str(current.data(Qt.ItemDataRole.UserRole)))

    # --- state -----------------------------------------------------------------------------

    def set_enabled(self, *, busy: bool, saved: bool, is_default: bool, read_only: bool) -> None:
        """Busy: nothing; a new connection: only Add; a read-only store: no button at all."""
        self.list.setEnabled(not busy)
        self.add_button.setEnabled(not busy)
        for tool in (self.duplicate_button, self.rename_button, self.delete_button):
            tool.setEnabled(not busy and saved)
        self.default_button.setEnabled(not busy and saved and not is_default)
        if read_only:
            changing: tuple[QAbstractButton, ...] = (
                self.add_button,
                self.duplicate_button,
                self.rename_button,
                self.delete_button,
                self.default_button,
            )
            for button in changing:
                button.setEnabled(False)
