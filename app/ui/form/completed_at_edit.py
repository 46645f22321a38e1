"""The completion time: typed or pasted as text, read in a time zone, shown as it will be sent.

A line edit, not a QDateTimeEdit: a sectioned editor reorders typed digits (`14:05:00` became
`14:02:05`), ignores a pasted ISO time and traps Tab while it shows "Not set". Here the text is
the value: ISO 8601 (with `Z` or an offset, or without one for local time) or the locale's own
date-time format, read in the field's zone (the computer's, or one given for tests). Text that
cannot be read stays as typed and is a problem the form shows at the field; a local time that
happens twice (autumn) is resolved by a choice beside the field; one that does not exist
(spring) is a problem.

The computer's zone is named at once (Qt's system zone ID: the hint under the empty field
says it), but looked up in the tz database (zoneinfo) only when a time is read or shown.
"""

from __future__ import annotations

import contextlib
import os
import re
import sys
from dataclasses import dataclass
from datetime import UTC, datetime, tzinfo
from functools import lru_cache

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QPoint, Qt, Signal
from PySide6.QtGui import QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QCalendarWidget,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.kombo.i18n import error_text
from app.kombo.timefmt import (
    EARLIEST,
    format_kombo_datetime,
    format_offset,
    format_wall,
    in_range,
    local_candidates,
    parse_iso_input,
    to_local,
)
from app.ui.common.icons import icon
from app.ui.common.kombo_text import fill, kombo_text
from app.ui.common.placeholders import arg


def _tr(text: str) -> str:
    return QCoreApplication.translate("CompletedAtEdit", text)


def system_zone_name() -> str:
    """The computer's zone's ID as Qt knows it (TZ, /etc/localtime, Windows), e.g. Europe/Berlin.

    Without TZ, Linux and macOS name it in /etc/localtime's link, where Qt looks next: read
    there, it costs no QTimeZone backend (~3 ms before the first paint). Elsewhere Qt answers.
    """
    if sys.platform != "win32" and not os.environ.get("TZ"):
        with contextlib.suppress(OSError):
            target = os.readlink("/etc/localtime")
            if "zoneinfo/" in target:
                return target.rsplit("zoneinfo/", 1)[1]
    from PySide6.QtCore import QTimeZone

    return bytes(QTimeZone.systemTimeZoneId().data()).decode(errors="replace")


def system_zone(name: str | None = None) -> tzinfo:
    """The computer's zone (or the zone `name` from `system_zone_name`) with its rules (DST)."""
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    try:
        return ZoneInfo(system_zone_name() if name is None else name)
    except (ZoneInfoNotFoundError, ValueError):
        # No tz database (Windows without tzdata): today's fixed offset, still never a crash.
        return datetime.now().astimezone().tzinfo or UTC


def zone_name(zone: tzinfo) -> str:
    return str(getattr(zone, "key", None) or zone.tzname(None) or zone)


@dataclass(frozen=True)
class TimeReading:
    """What a text means in a zone: the UTC instants it names, or why it names none."""

    text: str
    candidates: tuple[datetime, ...] = ()  # UTC, earliest first; two when the time repeats
    problem: str | None = None
    wall: datetime | None = None  # the wall-clock time typed, when the text names no zone

    @property
    def is_empty(self) -> bool:
        return not self.text.strip()

    @property
    def is_ambiguous(self) -> bool:
        return len(self.candidates) == 2


def read_time(text: str, zone: tzinfo, locale: QLocale | None = None) -> TimeReading:
    """Read `text` (ISO 8601 or the locale's date-time format) as a time in `zone`."""
    if not text.strip():
        return TimeReading(text)
    try:
        moment = parse_iso_input(text)
        if moment is None:
            moment = _parse_locale(text, locale or QLocale())
        if moment is None:
            example = format_wall(datetime(2026, 11, 30, 14, 5))
            return TimeReading(
                text,
                problem=fill(
                    _tr(
                        "“{text}” is not a date and time. Type it like {example} "
                        "(your local time, {zone}) or 2026-11-30T13:05:00Z (UTC)."
                    ),
                    {"text": text.strip(), "example": example, "zone": zone_name(zone)},
                ),
            )
        if moment.tzinfo is not None:
            return TimeReading(text, (moment,))
        candidates = local_candidates(moment, zone)
    except ValueError as exc:
        return TimeReading(text, problem=kombo_text(error_text(exc)))
    if not candidates:
        return TimeReading(
            text,
            problem=fill(
                _tr(
                    "{time} does not exist in {zone}: the clocks jump over it. "
                    "Type a time before or after the jump."
                ),
                {"time": format_wall(moment), "zone": zone_name(zone)},
            ),
            wall=moment,
        )
    return TimeReading(text, tuple(candidates), wall=moment)


def _parse_locale(text: str, locale: QLocale) -> datetime | None:
    """The wall-clock time in `text` read with one of the locale's formats, or None.

    Parsed with a UTC suffix, so Qt never moves a time that the computer's own zone skips.
    """
    plain = _plain_spaces(text.strip())
    for pattern in _locale_formats(locale.name()):
        parsed = locale.toDateTime(plain + " UTC", pattern + " t", 2000)
        if parsed.isValid():
            day, clock = parsed.date(), parsed.time()
            return datetime(
                day.year(),
                day.month(),
                day.day(),
                clock.hour(),
                clock.minute(),
                clock.second(),
                clock.msec() * 1000,
            )
    return None


def _plain_spaces(text: str) -> str:
    # Locales put narrow or no-break spaces before AM/PM; people type plain ones.
    return re.sub(r"[\u00a0\u202f\u2009]", " ", text)


@lru_cache(maxsize=8)
def _locale_formats(name: str) -> tuple[str, ...]:
    locale = QLocale(name)
    short, long_ = QLocale.FormatType.ShortFormat, QLocale.FormatType.LongFormat
    dates = [locale.dateFormat(short)]
    if "yyyy" not in dates[0]:  # "26" for 2026 is fine, but so is the full year
        dates.append(re.sub(r"(?<!y)yy(?!y)", "yyyy", dates[0]))
    times = [locale.timeFormat(short), locale.timeFormat(long_), "HH:mm:ss", "HH:mm"]
    times = [re.sub(r"\s*t+\s*$", "", _plain_spaces(item)).strip() for item in times]
    out: list[str] = []
    for day in dates:
        for clock in times:
            out.append(f"{_plain_spaces(day)} {clock}")
        out.append(_plain_spaces(day))
    return tuple(dict.fromkeys(out))


class CompletedAtEdit(QLineEdit):
    """The completion time as text; `value()` is the UTC instant it names, or None."""

    valueChanged = Signal()  # the text, the zone or the chosen occurrence changed

    def __init__(self, parent: QWidget | None = None, zone: tzinfo | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("completedAtEdit")
        # The computer's zone is looked up when a time is first read or shown (`zone()`);
        # until then its name is all the field shows of it.
        self._zone = zone
        self._zone_label = zone_name(zone) if zone is not None else system_zone_name()
        self._occurrence = 0
        self._reading = TimeReading("")
        self._popup: _CalendarPopup | None = None
        self.setPlaceholderText(self.tr("Not set"))
        self.textChanged.connect(self._reread)

    # --- reading ----------------------------------------------------------------------------

    def zone(self) -> tzinfo:
        if self._zone is None:
            self._zone = system_zone(self._zone_label)
        return self._zone

    def zone_label(self) -> str:
        """The zone's name as the field's texts say it, without looking the zone up."""
        return self._zone_label

    def set_zone(self, zone: tzinfo) -> None:
        """Read the text in `zone` from now on (the computer's zone by default)."""
        self._zone = zone
        self._zone_label = zone_name(zone)
        self._reread()

    def reading(self) -> TimeReading:
        return self._reading

    def occurrence(self) -> int:
        """0 for the first of a repeated local time (summer time), 1 for the second."""
        return min(self._occurrence, max(0, len(self._reading.candidates) - 1))

    def set_occurrence(self, index: int) -> None:
        if index != self._occurrence:
            self._occurrence = index
            self.valueChanged.emit()

    def _reread(self) -> None:
        text = self.text()
        reading = read_time(text, self.zone()) if text.strip() else TimeReading(text)
        if reading.wall != self._reading.wall:
            self._occurrence = 0  # another time: the earlier occurrence until chosen
        self._reading = reading
        self.valueChanged.emit()

    def is_set(self) -> bool:
        return not self._reading.is_empty

    def value(self) -> datetime | None:
        """The instant in UTC; None when empty or when the text names no instant."""
        candidates = self._reading.candidates
        return candidates[self.occurrence()] if candidates else None

    def problem(self) -> str | None:
        return self._reading.problem

    # --- setting ----------------------------------------------------------------------------

    def set_value(self, value: datetime | None) -> None:
        """Show `value` (aware) in the field's zone; in UTC when its local form is past 9999."""
        if value is None:
            self.clear_value()
            return
        try:
            utc = in_range(value)
        except ValueError:  # kept and shown as it is, so the field says what is wrong
            self.setText(format_kombo_datetime(value))
            return
        local = to_local(utc, self.zone())
        self.setText(format_wall(local) if local is not None else format_kombo_datetime(utc))
        if utc in self._reading.candidates:
            self.set_occurrence(self._reading.candidates.index(utc))

    def set_state_value(self, value: object) -> None:
        """Fill from a form state: a UTC time is shown locally; anything else as it is."""
        if value is None or value == "":
            self.clear_value()
            return
        text = str(value)
        try:
            moment = parse_iso_input(text)
        except ValueError:
            moment = None
        if moment is not None and moment.tzinfo is not None:
            self.set_value(moment)
        else:
            self.setText(text)  # a local time, or text that is no time: the field says so

    def state_value(self) -> str | None:
        """For the form state: the UTC time when there is one, else the text as typed."""
        value = self.value()
        if value is not None:
            return format_kombo_datetime(value)
        return None if self._reading.is_empty else self.text()

    def clear_value(self) -> None:
        self.clear()

    def set_now(self) -> None:
        self.set_value(datetime.now(UTC).replace(microsecond=0))

    # --- calendar ---------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        alt_down = event.key() == Qt.Key.Key_Down and (
            event.modifiers() & Qt.KeyboardModifier.AltModifier
        )
        if alt_down or event.key() == Qt.Key.Key_F4:
            self.show_calendar()
            return
        super().keyPressEvent(event)

    def show_calendar(self) -> None:
        """A month calendar below the field; picking a day keeps the time of day typed."""
        if self._popup is None:
            self._popup = _CalendarPopup(self)
            self._popup.picked.connect(self._date_picked)
        wall = self._wall()
        self._popup.calendar.setSelectedDate(
            QDate(wall.year, wall.month, wall.day) if wall else QDate.currentDate()
        )
        self._popup.adjustSize()
        self._popup.move(self.mapToGlobal(QPoint(0, self.height())))
        self._popup.show()
        self._popup.calendar.setFocus(Qt.FocusReason.PopupFocusReason)

    def _wall(self) -> datetime | None:
        value = self.value()
        if value is not None:
            local = to_local(value, self.zone())
            return local.replace(tzinfo=None) if local is not None else None
        return self._reading.wall

    def _date_picked(self, day: QDate) -> None:
        wall = self._wall() or datetime.now(self.zone()).replace(microsecond=0, tzinfo=None)
        picked = wall.replace(year=day.year(), month=day.month(), day=day.day())
        self.setText(format_wall(picked))
        self.setFocus(Qt.FocusReason.PopupFocusReason)


class _CalendarPopup(QFrame):
    picked = Signal(QDate)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.calendar = QCalendarWidget(self)
        self.calendar.setObjectName("completedAtCalendar")
        self.calendar.setMinimumDate(QDate(EARLIEST.year, EARLIEST.month, EARLIEST.day))
        self.calendar.setMaximumDate(QDate(9999, 12, 31))
        self.calendar.setGridVisible(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.calendar)
        self.calendar.clicked.connect(self._pick)
        self.calendar.activated.connect(self._pick)

    def _pick(self, day: QDate) -> None:
        self.hide()
        self.picked.emit(day)


class CompletedAtField(QWidget):
    """The edit with its calendar button, the occurrence choice, Now, Clear and the UTC hint."""

    def __init__(self, parent: QWidget | None = None, zone: tzinfo | None = None) -> None:
        super().__init__(parent)
        self.edit = CompletedAtEdit(self, zone)
        self.edit.setAccessibleName(self.tr("Completed at"))
        self.edit.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.calendar_button = QToolButton(self)
        self.calendar_button.setObjectName("completedAtCalendarButton")
        self.calendar_button.setIcon(icon("calendar"))
        self.calendar_button.setToolTip(self.tr("Pick the day from a calendar (Alt+Down)"))
        self.calendar_button.setAccessibleName(self.tr("Calendar"))
        # Alt+Down opens it from the edit; Tab goes on to Now.
        self.calendar_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.calendar_button.clicked.connect(self.edit.show_calendar)
        self.occurrence_combo = QComboBox(self)
        self.occurrence_combo.setObjectName("completedAtOccurrenceCombo")
        self.occurrence_combo.setAccessibleName(self.tr("Which occurrence of this local time"))
        self.occurrence_combo.setToolTip(
            self.tr("This local time happens twice (the clocks go back); choose which one.")
        )
        self.occurrence_combo.hide()
        self.occurrence_combo.activated.connect(self.edit.set_occurrence)
        self.now_button = QToolButton(self)
        self.now_button.setObjectName("completedAtNowButton")
        self.now_button.setText(self.tr("Now"))
        self.now_button.setIcon(icon("now"))
        self.now_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.now_button.setToolTip(self.tr("Set the completion time to the current time"))
        self.now_button.clicked.connect(self.edit.set_now)
        self.clear_time_button = QToolButton(self)
        self.clear_time_button.setObjectName("completedAtClearButton")
        self.clear_time_button.setIcon(icon("erase"))
        self.clear_time_button.setToolTip(self.tr("Clear the completion time (not sent)"))
        self.clear_time_button.setAccessibleName(self.tr("Clear completion time"))
        self.clear_time_button.clicked.connect(self.edit.clear_value)
        self.utc_hint = QLabel(self)
        self.utc_hint.setObjectName("completedAtUtcHint")
        self.utc_hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.utc_hint.setWordWrap(True)

        row = QHBoxLayout()
        row.setSpacing(4)
        row.addWidget(self.edit, 1)
        row.addWidget(self.calendar_button)
        row.addWidget(self.occurrence_combo)
        row.addWidget(self.now_button)
        row.addWidget(self.clear_time_button)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addLayout(row)
        column.addWidget(self.utc_hint)
        self.setFocusProxy(self.edit)
        self.edit.valueChanged.connect(self._update)
        self._update()

    def _update(self) -> None:
        """The hint and the occurrence choice follow every keystroke (no debounce)."""
        edit = self.edit
        reading = edit.reading()
        self.edit.setToolTip(
            arg(
                self.tr(
                    "When the assessment was completed or cancelled: your local time (%1) such as "
                    "2026-11-30 14:05, or UTC with Z (2026-11-30T13:05:00Z) or an offset "
                    "(+02:00). Required for COMPLETED and CANCELLED; sent in UTC."
                ),
                edit.zone_label(),
            )
        )
        self._update_occurrences(reading)
        value = edit.value()
        if reading.is_empty:
            self.utc_hint.setText(
                arg(
                    self.tr(
                        "Not set (required for Completed and Cancelled). Type e.g. "
                        "2026-11-30 14:05 in %1, or UTC with Z."
                    ),
                    edit.zone_label(),
                )
            )
        elif value is None:
            self.utc_hint.setText(reading.problem or "")
        else:
            local = to_local(value, edit.zone())
            label = edit.zone_label()
            if local is None:
                where = "UTC"
            elif reading.wall is None:  # typed in UTC or with an offset: say the local time
                where = f"{format_wall(local)} {label}"
                where += f" (UTC{format_offset(local.utcoffset())})"
            else:
                where = f"{label}, UTC{format_offset(local.utcoffset())}"
            self.utc_hint.setText(
                arg(self.tr("%1 · will be sent as %2"), where, format_kombo_datetime(value))
            )

    def _update_occurrences(self, reading: TimeReading) -> None:
        combo = self.occurrence_combo
        combo.blockSignals(True)
        combo.clear()
        if reading.is_ambiguous:
            zone = self.edit.zone()
            for index, moment in enumerate(reading.candidates):
                local = moment.astimezone(zone)
                which = self.tr("first") if index == 0 else self.tr("second")
                combo.addItem(f"{format_offset(local.utcoffset())} ({which})", index)
            combo.setCurrentIndex(self.edit.occurrence())
        combo.blockSignals(False)
        combo.setVisible(reading.is_ambiguous)
