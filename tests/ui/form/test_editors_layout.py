"""The three editors together at 1024x700, as the main window holds them: nothing truncated,
light and dark. The screenshots are for looking at (artifacts/editors-1024x700-*.png)."""

from __future__ import annotations

from pathlib import Path

import pytest
from editor_helpers import app_palette, dark_palette
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGroupBox,
    QLabel,
    QSplitter,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot
from samples import sample_attributes, sub_result

from app.kombo.validation import FieldIssue
from app.ui.form.attachments_editor import AttachmentsEditor
from app.ui.form.attributes_editor import AttributesEditor
from app.ui.form.remote_fields_editor import RemoteFieldsEditor


def _group(title: str, editor: QWidget) -> QGroupBox:
    box = QGroupBox(title)
    QVBoxLayout(box).addWidget(editor)
    return box


def _truncated(root: QWidget) -> list[str]:
    """Buttons and one-line labels narrower than their text needs."""
    short: list[str] = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root):
            continue
        if isinstance(widget, QAbstractButton) or (
            isinstance(widget, QLabel) and not widget.wordWrap()
        ):
            needed = widget.sizeHint().width()
            if widget.width() < needed:
                short.append(f"{widget.objectName() or widget.text()}: {widget.width()} < {needed}")
    return short


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_the_editors_fit_a_1024x700_window(
    qtbot: QtBot, artifacts_dir: Path, tmp_path: Path, theme: str
) -> None:
    report = tmp_path / "Assessment Report.pdf"
    report.write_bytes(b"%PDF-1.7\n" + b"0" * 250_000)
    data = tmp_path / "export.bin"
    data.write_bytes(bytes(range(256)) * 40)
    with app_palette(dark_palette() if theme == "dark" else None):
        window = QWidget()
        qtbot.addWidget(window)
        splitter = QSplitter(Qt.Orientation.Horizontal, window)
        QVBoxLayout(window).addWidget(splitter)
        left = QSplitter(Qt.Orientation.Vertical)
        attributes, attachments, remote = (
            AttributesEditor(),
            AttachmentsEditor(),
            RemoteFieldsEditor(),
        )
        left.addWidget(_group("Attributes", attributes))
        left.addWidget(_group("Attachments", attachments))
        splitter.addWidget(left)
        splitter.addWidget(_group("Remote fields", remote))
        splitter.setSizes([600, 424])
        window.resize(1024, 700)

        # Row 3 is wrong on purpose: no ID and a maximum of 0.
        bad = sub_result("", "Logic", 12.5, 0.0, status="CANCELLED")
        attributes.set_state([*sample_attributes(), bad])
        attributes.show_issues(
            [
                FieldIssue((2, "id"), "This cannot be empty."),
                FieldIssue((2, "score", "max"), "The maximum score must be at least 1."),
            ]
        )
        attachments.add_paths([str(report), str(data)])
        attachments.add_link("https://files.example/reports/final.pdf", "")
        attachments.add_paths([str(tmp_path / "missing.pdf")])
        remote.set_state(
            {
                "smartrecruiters_score_label": "Overall fit",
                "workday_status_id": "Assessment_Status_Passed",
                "raw_json": '{\n  "greenhouse": {"note": "Passed"}\n}',
            }
        )
        window.show()
        qtbot.waitExposed(window)
        QApplication.processEvents()
        assert window.grab().save(str(artifacts_dir / f"editors-1024x700-{theme}.png"))
        assert _truncated(window) == []
