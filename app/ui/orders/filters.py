"""The filters of the orders panel that Kombo applies: status, created after, order IDs.

Every change emits `changed` once, and the panel starts a new query with `filters()`:
- statuses are checkable buttons, several at once (none checked: every status); the choice is
  remembered in the settings;
- "Created after" is a button that opens a calendar, with a clear button beside it; the day
  means the local midnight at its start;
- order IDs are typed or pasted (commas, spaces, semicolons or new lines between) and applied
  with Enter or when the field is left; clearing the field applies at once.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDate, QLocale, QSettings, Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QButtonGroup,
    QCalendarWidget,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

from app.kombo.constants import OrderStatus
from app.store.paths import settings_file
from app.ui.common.flow_layout import FlowLayout
from app.ui.common.placeholders import arg
from app.ui.orders.loader import OrderFilters, parse_order_ids
from app.ui.orders.model import status_label
from app.ui.orders.widgets import status_toggle_icon, themed_icon

STATUSES = (OrderStatus.OPEN, OrderStatus.COMPLETED, OrderStatus.CANCELLED, OrderStatus.REJECTED)
SETTINGS_STATUSES = "ordersPanel/statuses"


class OrdersFilterBar(QWidget):
    """Two rows: the status buttons (`first_row` has room for more), then date and IDs."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ordersFilterBar")
        self._created_after: QDate | None = None
        self._applied_ids: tuple[str, ...] = ()
        self._build()
        self._show_created_after()

    def _build(self) -> None:
        self.status_group = QButtonGroup(self)
        self.status_group.setExclusive(False)
        self.status_buttons: dict[str, QToolButton] = {}
        for status in STATUSES:
            button = QToolButton(self)
            button.setObjectName(f"ordersStatus{status.value.title()}Button")
            button.setText(status_label(status))
            button.setCheckable(True)
            # Off: flat text with a ring; on: a raised button with a filled dot. Both the
            # frame and the dot tell the state apart, in light and dark palettes alike.
            button.setAutoRaise(True)
            button.setIcon(status_toggle_icon(status.value))
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            button.setAccessibleName(arg(self.tr("Show %1 orders"), status_label(status)))
            button.setToolTip(
                self.tr(
                    "Show orders with this status; select several to combine them. "
                    "With none selected, orders of every status are shown."
                )
            )
            self.status_group.addButton(button)
            self.status_buttons[status.value] = button
        self.status_group.buttonToggled.connect(self._statuses_toggled)

        self.created_after_label = QLabel(self.tr("Created after"), self)
        self.created_after_button = QPushButton(self)
        self.created_after_button.setObjectName("ordersCreatedAfterButton")
        self.created_after_button.setAccessibleName(self.tr("Created after"))
        self.created_after_button.setToolTip(
            self.tr("Only orders created on or after this day (your local midnight)")
        )
        self.created_after_label.setBuddy(self.created_after_button)
        # The calendar is built when its menu first opens (the `calendar` property): the first
        # QCalendarWidget of a process costs ~6 ms, and the panel is built at start-up.
        self._calendar: QCalendarWidget | None = None
        self._calendar_menu = QMenu(self.created_after_button)
        self._calendar_menu.aboutToShow.connect(self._prepare_calendar)
        self.created_after_button.setMenu(self._calendar_menu)
        self.clear_created_after_button = QToolButton(self)
        self.clear_created_after_button.setObjectName("ordersCreatedAfterClearButton")
        self.clear_created_after_button.setIcon(
            themed_icon(QIcon.ThemeIcon.EditClear, QStyle.StandardPixmap.SP_LineEditClearButton)
        )
        self.clear_created_after_button.setAutoRaise(True)
        self.clear_created_after_button.setAccessibleName(self.tr("Clear the created-after date"))
        self.clear_created_after_button.setToolTip(self.tr("Any creation date"))
        self.clear_created_after_button.clicked.connect(lambda: self.set_created_after(None))

        self.ids_edit = QLineEdit(self)
        self.ids_edit.setObjectName("ordersIdsEdit")
        self.ids_edit.setPlaceholderText(self.tr("Order IDs, separated by commas or spaces"))
        self.ids_edit.setClearButtonEnabled(True)
        self.ids_edit.setAccessibleName(self.tr("Order IDs filter"))
        self.ids_edit.setToolTip(self.tr("Ask Kombo for these orders only. Press Enter to apply."))
        self.ids_edit.editingFinished.connect(self._ids_edited)
        self.ids_edit.textChanged.connect(self._ids_text_changed)
        self.ids_label = QLabel(self.tr("IDs"), self)
        self.ids_label.setBuddy(self.ids_edit)

        # Wraps onto two rows in a narrow dock, so the panel never holds the window wide.
        self.first_row = FlowLayout(spacing=2, row_spacing=2)
        self.first_row.addWidget(QLabel(self.tr("Status"), self))
        for button in self.status_buttons.values():
            self.first_row.addWidget(button)
        created_after = QHBoxLayout()
        created_after.setSpacing(4)
        created_after.addWidget(self.created_after_label)
        created_after.addWidget(self.created_after_button)
        created_after.addWidget(self.clear_created_after_button)
        ids = QHBoxLayout()
        ids.setSpacing(4)
        ids.addWidget(self.ids_label)
        ids.addWidget(self.ids_edit, 1)
        # Room for an ID or two; in a narrow dock the IDs go below the date, the whole width.
        self.ids_edit.setMinimumWidth(self.fontMetrics().horizontalAdvance("M" * 12))
        second = FlowLayout(spacing=12, row_spacing=6)
        second.addLayout(created_after)
        second.addLayout(ids)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(6)
        box.addLayout(self.first_row)
        box.addLayout(second)

    @property
    def calendar(self) -> QCalendarWidget:
        """The created-after menu's calendar, built on first use."""
        if self._calendar is None:
            calendar = QCalendarWidget(self)
            calendar.setObjectName("ordersCreatedAfterCalendar")
            calendar.setGridVisible(False)
            calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
            calendar_action = QWidgetAction(self._calendar_menu)
            calendar_action.setDefaultWidget(calendar)
            self._calendar_menu.addAction(calendar_action)
            calendar.clicked.connect(self._calendar_picked)
            calendar.activated.connect(self._calendar_picked)
            self._calendar = calendar
        return self._calendar

    # --- reading --------------------------------------------------------------------------

    def filters(self) -> OrderFilters:
        statuses = tuple(s for s, b in self.status_buttons.items() if b.isChecked())
        created_after: datetime | None = None
        if self._created_after is not None:
            d = self._created_after
            created_after = datetime(d.year(), d.month(), d.day()).astimezone()  # local midnight
        return OrderFilters(statuses, parse_order_ids(self.ids_edit.text()), created_after)

    def has_filters(self) -> bool:
        f = self.filters()
        return bool(f.statuses or f.ids or f.created_after)

    def describe(self) -> str:
        """The active filters in a few words ("Open, Completed · created after 5/3/26")."""
        f = self.filters()
        parts: list[str] = []
        if f.statuses:
            parts.append(", ".join(status_label(s) for s in f.statuses))
        if self._created_after is not None:
            parts.append(arg(self.tr("created after %1"), _format_date(self._created_after)))
        if f.ids:
            parts.append(self.tr("%n order ID(s)", "", len(f.ids)))
        return " · ".join(parts)

    # --- changing -------------------------------------------------------------------------

    def set_statuses(self, statuses: set[str] | frozenset[str] | tuple[str, ...]) -> None:
        """Check exactly these statuses (one `changed` for the whole change)."""
        if self._check_statuses(set(statuses)):
            self._statuses_toggled()

    def set_created_after(self, day: QDate | None) -> None:
        if day is not None and not day.isValid():
            day = None
        if day == self._created_after:
            return
        self._created_after = day
        self._show_created_after()
        self.changed.emit()

    def set_order_ids(self, text: str) -> None:
        self.ids_edit.setText(text)
        self._ids_edited()

    def clear(self) -> None:
        """No filter at all (one `changed`)."""
        self._check_statuses(set())
        self._created_after = None
        self._show_created_after()
        self.ids_edit.blockSignals(True)
        self.ids_edit.clear()
        self.ids_edit.blockSignals(False)
        self._applied_ids = ()
        self._save_statuses()
        self.changed.emit()

    def restore(self, settings: QSettings) -> None:
        """The statuses chosen last time (no `changed`: nothing has been asked yet)."""
        raw = settings.value(SETTINGS_STATUSES, "")
        self._check_statuses(set(str(raw).split(",")) if raw else set())

    # --- internals ------------------------------------------------------------------------

    def _check_statuses(self, wanted: set[str]) -> bool:
        changed = False
        self.status_group.blockSignals(True)
        for status, button in self.status_buttons.items():
            if button.isChecked() != (status in wanted):
                button.setChecked(status in wanted)
                changed = True
        self.status_group.blockSignals(False)
        return changed

    def _statuses_toggled(self, *_args: object) -> None:
        self._save_statuses()
        self.changed.emit()

    def _save_statuses(self) -> None:
        statuses = ",".join(s for s, b in self.status_buttons.items() if b.isChecked())
        QSettings(str(settings_file()), QSettings.Format.IniFormat).setValue(
            SETTINGS_STATUSES, statuses
        )

    def _ids_edited(self) -> None:
        ids = parse_order_ids(self.ids_edit.text())
        if ids == self._applied_ids:
            return
        self._applied_ids = ids
        self.changed.emit()

    def _ids_text_changed(self, text: str) -> None:
        # The clear button (or deleting everything) applies at once; typing waits for Enter.
        if not text.strip() and self._applied_ids:
            self._ids_edited()

    def _prepare_calendar(self) -> None:
        self.calendar.setMaximumDate(QDate.currentDate())
        self.calendar.setSelectedDate(self._created_after or QDate.currentDate().addDays(-7))
        self.calendar.setFocus()

    def _calendar_picked(self, day: QDate) -> None:
        self._calendar_menu.close()
        self.set_created_after(day)

    def _show_created_after(self) -> None:
        if self._created_after is None:
            self.created_after_button.setText(self.tr("Any date"))
            self.clear_created_after_button.hide()
        else:
            self.created_after_button.setText(_format_date(self._created_after))
            self.clear_created_after_button.show()


def _format_date(day: QDate) -> str:
    return QLocale().toString(day, QLocale.FormatType.ShortFormat)
