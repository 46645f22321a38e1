"""Reading a sheet of results: CSV (delimiter and encoding detected), XLSX and ODS.

A `Sheet` is the header row and the data rows as plain Python values: text from CSV; text,
numbers, booleans and dates from XLSX/ODS (read by python-calamine). Nothing here knows what a
column means; `mapping.py` does. Dates are turned into Kombo's form by `cell_datetime`, which
takes ISO 8601 text, a spreadsheet date cell or a serial day number, and reads any value without
an offset as the local time of the zone the person chose (default: this computer's).
"""

from __future__ import annotations

import codecs
import csv
import io
import math
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo
from pathlib import Path
from typing import Any

from app.kombo.timefmt import format_kombo_datetime, to_utc

CellValue = str | int | float | bool | datetime | date | time | timedelta | None

CSV_SUFFIXES = frozenset({".csv", ".tsv", ".txt"})
CALAMINE_SUFFIXES = frozenset({".xlsx", ".xlsm", ".xls", ".ods"})
_DELIMITERS = ",;\t|"
# Day 0 of the 1900 date system as spreadsheets count it (Lotus' leap-year bug included).
_SERIAL_EPOCH = datetime(1899, 12, 30)
# Serial numbers outside this range are years 1900..9999; anything else is not a date.
_SERIAL_RANGE = (1.0, 2958466.0)


class SheetError(ValueError):
    """The file cannot be read as a sheet; the message says why, for the person."""


@dataclass(frozen=True)
class Sheet:
    path: Path
    headers: list[str]
    rows: list[list[CellValue]]
    encoding: str | None = None  # CSV only: utf-8, utf-8-sig or cp1252
    delimiter: str | None = None  # CSV only

    def line_number(self, row_index: int) -> int:
        """The row's line in the sheet as people count it (the header is line 1)."""
        return row_index + 2


def read_sheet(path: str | Path) -> Sheet:
    """Read the first worksheet (or the CSV) with its first row as the headers."""
    source = Path(path)
    suffix = source.suffix.lower()
    if not source.is_file():
        raise SheetError(f"{source} is not a file.")
    if suffix in CALAMINE_SUFFIXES:
        table = _read_calamine(source)
        encoding = delimiter = None
    elif suffix in CSV_SUFFIXES or not suffix:
        raw = _read_bytes(source)
        text, encoding = decode_text(raw)
        delimiter = detect_delimiter(text)
        table = [list(row) for row in csv.reader(io.StringIO(text), delimiter=delimiter)]
    else:
        raise SheetError(f"{source.name}: open a .csv, .xlsx or .ods file.")
    table = [row for row in table if any(not _blank(cell) for cell in row)]
    if not table:
        raise SheetError(f"{source.name} is empty: the first row must hold the column names.")
    headers = [_header_text(cell) for cell in table[0]]
    width = len(headers)
    rows = [_fit(row, width) for row in table[1:]]
    return Sheet(source, headers, rows, encoding, delimiter)


def _read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise SheetError(f"{path.name} cannot be read: {exc.strerror or exc}.") from None


def _read_calamine(path: Path) -> list[list[CellValue]]:
    from python_calamine import CalamineWorkbook

    try:
        workbook = CalamineWorkbook.from_path(str(path))
        if not workbook.sheet_names:
            raise SheetError(f"{path.name} has no worksheet.")
        sheet = workbook.get_sheet_by_index(0)
        rows: list[list[Any]] = sheet.to_python(skip_empty_area=False)
    except SheetError:
        raise
    except Exception as exc:  # calamine raises its own error types for damaged files
        raise SheetError(f"{path.name} cannot be read as a spreadsheet ({exc}).") from None
    return [[_calamine_cell(cell) for cell in row] for row in rows]


def _calamine_cell(value: Any) -> CellValue:
    # calamine gives "" for an empty cell; None reads the same everywhere else.
    if isinstance(value, str) and not value:
        return None
    if isinstance(value, float) and value.is_integer() and abs(value) < 2**53:
        return int(value)  # 12.0 in a cell typed as a number is the ID or score 12
    return value  # type: ignore[no-any-return]


def decode_text(raw: bytes) -> tuple[str, str]:
    """The text and its encoding: UTF-8 with or without BOM, else Windows-1252."""
    if raw.startswith(codecs.BOM_UTF8):
        return raw[len(codecs.BOM_UTF8) :].decode("utf-8", "replace"), "utf-8-sig"
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        # Excel on Windows saves "CSV" in the ANSI code page; 5 bytes cp1252 leaves undefined
        # are kept as the replacement character rather than refusing the whole file.
        return raw.decode("cp1252", "replace"), "cp1252"


def detect_delimiter(text: str) -> str:
    """The delimiter of the header line: the candidate that splits it most (csv-aware)."""
    sample = text[: 64 * 1024]
    try:
        return csv.Sniffer().sniff(sample, delimiters=_DELIMITERS).delimiter
    except csv.Error:
        pass
    first = sample.splitlines()[0] if sample else ""
    counts = {d: len(next(csv.reader([first], delimiter=d))) for d in _DELIMITERS}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] > 1 else ","


def _blank(value: CellValue) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _header_text(value: CellValue) -> str:
    return "" if value is None else str(value).strip()


def _fit(row: list[CellValue], width: int) -> list[CellValue]:
    if len(row) < width:
        return row + [None] * (width - len(row))
    return row[:width]


# --- cells -> values ---------------------------------------------------------------------------


def cell_text(value: CellValue) -> str:
    """A cell as text: numbers without a trailing `.0`, dates in ISO 8601."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and value.is_integer() and abs(value) < 2**53:
        return str(int(value))
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    return str(value).strip()


def serial_to_datetime(serial: float) -> datetime:
    """A spreadsheet serial date (days since 1899-12-30, fraction = time of day), naive."""
    if not math.isfinite(serial) or not _SERIAL_RANGE[0] <= serial < _SERIAL_RANGE[1]:
        raise ValueError(f"{serial:g} is not a spreadsheet date.")
    # Rounded to the millisecond: 0.1 days in binary is not exactly 2:24:00.
    millis = round(serial * 86_400_000)
    return _SERIAL_EPOCH + timedelta(milliseconds=millis)


def cell_datetime(value: CellValue, zone: tzinfo | None = None) -> str | None:
    """A date cell as Kombo's UTC text, or None for an empty cell.

    ISO 8601 text with `Z` or an offset is taken as written. Text without one, a date cell and
    a serial number are local times in `zone` (None: this computer's zone). Raises ValueError
    with a message for the person when the cell is not a date.
    """
    if _blank(value):
        return None
    moment: datetime
    if isinstance(value, datetime):
        moment = value
    elif isinstance(value, date):
        moment = datetime(value.year, value.month, value.day)
    elif isinstance(value, bool):
        raise ValueError("Enter a date and time, e.g. 2026-04-04T09:30:00Z.")
    elif isinstance(value, int | float):
        moment = serial_to_datetime(float(value))
    else:
        text = str(value).strip()
        try:
            number = float(text.replace(",", "."))
        except ValueError:
            number = None
        if number is not None:
            moment = serial_to_datetime(number)
        else:
            try:
                moment = datetime.fromisoformat(
                    text.replace(" ", "T", 1) if "T" not in text else text
                )
            except ValueError:
                raise ValueError(
                    f"{text!r} is not a date and time; use e.g. 2026-04-04T09:30:00Z, "
                    "2026-04-04 11:30 (the sheet's time zone) or a spreadsheet date."
                ) from None
    if moment.tzinfo is None and zone is not None:
        moment = moment.replace(tzinfo=zone)
    return format_kombo_datetime(to_utc(moment))
