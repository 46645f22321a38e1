"""The inline "Add link" form under the attachments list: URL, name, optional content type.

It checks a link with the same pydantic model the send uses (`Attachment`), marks the fields
that are wrong and only then emits `submitted`; Escape or Cancel emits `cancelled`. The editor
shows and hides it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from app.kombo.content_types import COMMON_CONTENT_TYPES
from app.kombo.issues import FieldIssue
from app.ui.common import field_marks
from app.ui.common.kombo_text import translated_issues
from app.ui.form.attachments_model import link_name
from app.ui.form.attachments_view import compact_type_combo

__all__ = ["LinkForm"]


class LinkForm(QFrame):
    """A small inline form: URL, name and an optional content type."""

    submitted = Signal(str, str, object)  # url, name, content type or None
    cancelled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("addLinkForm")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.url_edit = QLineEdit(self)
        self.url_edit.setObjectName("linkUrlEdit")
        self.url_edit.setAccessibleName(self.tr("Link URL"))
        self.url_edit.setPlaceholderText(self.tr("https://example.com/report.pdf"))
        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("linkNameEdit")
        self.name_edit.setAccessibleName(self.tr("Link name"))
        self.type_combo = QComboBox(self)
        self.type_combo.setObjectName("linkContentTypeCombo")
        self.type_combo.setAccessibleName(self.tr("Link content type"))
        self.type_combo.setEditable(True)
        self.type_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        compact_type_combo(self.type_combo)
        self.type_combo.addItems(["", *COMMON_CONTENT_TYPES])
        type_line = self.type_combo.lineEdit()
        if type_line is not None:
            type_line.setPlaceholderText(self.tr("From the download"))
        self.type_combo.setToolTip(
            self.tr("Optional: Kombo takes the type the server sends when this is empty.")
        )
        self.add_button = QPushButton(self.tr("Add link"), self)
        self.add_button.setObjectName("addLinkConfirmButton")
        self.add_button.setAccessibleName(self.tr("Add the link"))
        self.add_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setObjectName("addLinkCancelButton")
        self.cancel_button.setAccessibleName(self.tr("Cancel adding a link"))

        url_label = QLabel(self.tr("UR&L:"), self)
        url_label.setBuddy(self.url_edit)
        name_label = QLabel(self.tr("Na&me:"), self)
        name_label.setBuddy(self.name_edit)
        type_label = QLabel(self.tr("&Type:"), self)
        type_label.setBuddy(self.type_combo)
        grid = QGridLayout(self)
        grid.setContentsMargins(8, 6, 8, 6)
        grid.setHorizontalSpacing(6)
        grid.setVerticalSpacing(4)
        grid.addWidget(url_label, 0, 0)
        grid.addWidget(self.url_edit, 0, 1, 1, 3)
        grid.addWidget(name_label, 1, 0)
        grid.addWidget(self.name_edit, 1, 1)
        grid.addWidget(type_label, 1, 2)
        grid.addWidget(self.type_combo, 1, 3)
        grid.setColumnStretch(1, 3)
        grid.setColumnStretch(3, 2)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.add_button)
        grid.addLayout(buttons, 2, 0, 1, 4)

        self.url_edit.textChanged.connect(self._url_changed)
        self.url_edit.returnPressed.connect(self._submit)
        self.name_edit.returnPressed.connect(self._submit)
        if type_line is not None:
            type_line.returnPressed.connect(self._submit)
        self.add_button.clicked.connect(self._submit)
        self.cancel_button.clicked.connect(self.cancelled)

    def start(self) -> None:
        for widget in (self.url_edit, self.name_edit, self.type_combo):
            field_marks.clear(widget)
        self.url_edit.clear()
        self.name_edit.clear()
        self.type_combo.setCurrentIndex(0)
        self.type_combo.setEditText("")
        self.show()
        self.url_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _url_changed(self, text: str) -> None:
        self.name_edit.setPlaceholderText(link_name(text) if text.strip() else "")
        field_marks.clear(self.url_edit)

    def values(self) -> tuple[str, str, str | None]:
        url = self.url_edit.text().strip()
        name = self.name_edit.text().strip() or (link_name(url) if url else "")
        return url, name, self.type_combo.currentText().strip() or None

    def _submit(self) -> None:
        url, name, content_type = self.values()
        # The model decides what a valid link is; the form only shows it at its own fields.
        from pydantic import ValidationError

        from app.kombo.models import Attachment
        from app.kombo.validation import issues_from_error

        issues: list[FieldIssue] = []
        try:
            Attachment.model_validate({"name": name, "data_url": url, "content_type": content_type})
        except ValidationError as exc:
            issues = translated_issues(issues_from_error(exc))
        fields = {
            "name": self.name_edit,
            "data_url": self.url_edit,
            "content_type": self.type_combo,
        }
        for key, widget in fields.items():
            found = [issue.message for issue in issues if issue.path[:1] == (key,)]
            field_marks.mark(widget, "\n".join(found) or None)
        if not issues:
            self.submitted.emit(url, name, content_type)
        else:
            first = next(w for w in fields.values() if field_marks.message(w))
            first.setFocus(Qt.FocusReason.OtherFocusReason)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.cancelled.emit()
            return
        super().keyPressEvent(event)
