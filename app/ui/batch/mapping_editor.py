"""Which column feeds which field: one line per sheet column (its header, an example value and
a field combo), the sheet's time zone, and mappings saved by name (`app.batch.mapping`'s store).

The combos are editable: `text:<label>`, `sub:<id>:score` and `remote:<path>` are typed; a
target that is not one is marked at its combo with the mapping's own message. A sheet has a
few dozen columns at most, so a combo per line is fine here (the batch table has none).
"""

from __future__ import annotations

from zoneinfo import available_timezones

from PySide6.QtCore import QCoreApplication, QTimeZone, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.batch.mapping import (
    IGNORE,
    RESULT_TARGETS,
    ColumnMapping,
    load_mapping,
    mapping_names,
    name_issue,
    save_mapping,
    target_issue,
)
from app.batch.sheet import Sheet, cell_text
from app.ui.common import field_marks
from app.ui.common.placeholders import arg

__all__ = ["MappingEditor"]


def _tr(text: str) -> str:
    return QCoreApplication.translate("BatchMapping", text)


def _choices(header: str) -> list[str]:
    label = header.split(":", 1)[-1].strip() or header
    return [IGNORE, *RESULT_TARGETS, f"text:{label}", "attachment:1", f"remote:{label}"]


class MappingEditor(QWidget):
    changed = Signal()  # the mapping or the time zone changed (the rows are checked again)
    message = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("batchMappingEditor")
        self._headers: list[str] = []
        self._combos: list[QComboBox] = []
        self._loading = False

        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName("batchMappingTable")
        self.table.setHorizontalHeaderLabels([_tr("Column"), _tr("First row"), _tr("Field")])
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)

        self.zone_combo = QComboBox(self)
        self.zone_combo.setObjectName("batchZoneCombo")
        self.zone_combo.setAccessibleName(_tr("Time zone of dates without an offset"))
        local = bytes(QTimeZone.systemTimeZoneId().data()).decode() or "UTC"
        self.zone_combo.addItem(arg(_tr("This computer's (%1)"), local), None)
        for zone in sorted(available_timezones()):
            self.zone_combo.addItem(zone, zone)
        self.zone_combo.currentIndexChanged.connect(self._emit_changed)
        zone_label = QLabel(_tr("Dates without an offset are in &time zone:"), self)
        zone_label.setBuddy(self.zone_combo)

        self.name_combo = QComboBox(self)
        self.name_combo.setObjectName("batchMappingName")
        self.name_combo.setEditable(True)
        self.name_combo.setMinimumContentsLength(16)
        self.name_combo.setAccessibleName(_tr("Saved mapping"))
        self.name_combo.setPlaceholderText(_tr("Name to save it as"))
        self.name_combo.textActivated.connect(self._load_named)
        self.save_button = QPushButton(_tr("Save &mapping"), self)
        self.save_button.setObjectName("batchSaveMapping")
        self.save_button.clicked.connect(self.save_named)
        name_label = QLabel(_tr("M&apping:"), self)
        name_label.setBuddy(self.name_combo)

        row = QHBoxLayout()
        row.addWidget(zone_label)
        row.addWidget(self.zone_combo, 1)
        row.addSpacing(16)
        row.addWidget(name_label)
        row.addWidget(self.name_combo, 1)
        row.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        self._refresh_names()

    # --- the sheet's columns -----------------------------------------------------------------

    def set_sheet(self, sheet: Sheet, mapping: ColumnMapping) -> None:
        self._loading = True
        try:
            self._headers = list(sheet.headers)
            first = sheet.rows[0] if sheet.rows else []
            self.table.setRowCount(len(self._headers))
            self._combos = []
            for line, header in enumerate(self._headers):
                self.table.setItem(line, 0, QTableWidgetItem(header))
                example = cell_text(first[line]) if line < len(first) else ""
                self.table.setItem(line, 1, QTableWidgetItem(example))
                combo = QComboBox(self.table)
                combo.setObjectName(f"batchTarget_{line}")
                combo.setAccessibleName(arg(_tr("Field for column %1"), header))
                combo.setEditable(True)
                combo.addItems(_choices(header))
                combo.setCurrentText(mapping.columns.get(header, IGNORE))
                combo.currentTextChanged.connect(self._emit_changed)
                self.table.setCellWidget(line, 2, combo)
                self._combos.append(combo)
            self._set_zone(mapping.time_zone)
        finally:
            self._loading = False
        self._mark()

    def mapping(self) -> ColumnMapping:
        columns = {
            header: combo.currentText().strip() or IGNORE
            for header, combo in zip(self._headers, self._combos, strict=True)
        }
        return ColumnMapping(columns, self.zone_combo.currentData())

    def _set_zone(self, zone: str | None) -> None:
        index = self.zone_combo.findData(zone) if zone else 0
        self.zone_combo.setCurrentIndex(max(0, index))

    def _emit_changed(self, *_: object) -> None:
        if self._loading:
            return
        self._mark()
        self.changed.emit()

    def _mark(self) -> None:
        for combo in self._combos:
            field_marks.mark(combo, target_issue(combo.currentText().strip() or IGNORE))

    # --- saved by name -----------------------------------------------------------------------

    def _refresh_names(self) -> None:
        current = self.name_combo.currentText()
        self.name_combo.blockSignals(True)
        self.name_combo.clear()
        self.name_combo.addItems(mapping_names())
        self.name_combo.setCurrentText(current)
        self.name_combo.blockSignals(False)

    def save_named(self) -> None:
        name = self.name_combo.currentText().strip()
        if (issue := name_issue(name)) is not None:
            field_marks.mark(self.name_combo, issue)
            return
        field_marks.clear(self.name_combo)
        save_mapping(name, self.mapping())
        self._refresh_names()
        self.message.emit(arg(_tr("Mapping “%1” saved."), name))

    def _load_named(self, name: str) -> None:
        if name not in mapping_names():
            return
        try:
            saved = load_mapping(name)
        except (KeyError, ValueError) as exc:
            field_marks.mark(self.name_combo, str(exc))
            return
        field_marks.clear(self.name_combo)
        self._loading = True
        try:
            for header, combo in zip(self._headers, self._combos, strict=True):
                combo.setCurrentText(saved.columns.get(header, IGNORE))
            self._set_zone(saved.time_zone)
        finally:
            self._loading = False
        self._emit_changed()
        self.message.emit(arg(_tr("Mapping “%1” applied."), name))
