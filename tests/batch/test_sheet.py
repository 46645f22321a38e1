"""Reading sheets: encodings and delimiters detected, XLSX cells typed, dates in three forms."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
import xlsxwriter

from app.batch.sheet import SheetError, cell_datetime, read_sheet


def test_csv_utf8_with_bom_and_semicolons(tmp_path: Path) -> None:
    path = tmp_path / "s.csv"
    path.write_bytes("\ufeffOrder ID;Score\nA1;85,5\nB2;90\n".encode())
    sheet = read_sheet(path)
    assert (sheet.encoding, sheet.delimiter) == ("utf-8-sig", ";")
    assert sheet.headers == ["Order ID", "Score"]
    assert sheet.rows == [["A1", "85,5"], ["B2", "90"]]


def test_csv_windows_1252_with_tabs(tmp_path: Path) -> None:
    path = tmp_path / "s.csv"
    path.write_bytes("Order ID\ttext:Comment\nA1\tMüller – ok\n".encode("cp1252"))
    sheet = read_sheet(path)
    assert (sheet.encoding, sheet.delimiter) == ("cp1252", "\t")
    assert sheet.rows == [["A1", "Müller – ok"]]


def test_csv_plain_utf8_commas_and_quotes(tmp_path: Path) -> None:
    path = tmp_path / "s.csv"
    path.write_text('Order ID,text:Note\nA1,"a, b"\n\nB2,Zoë\n', encoding="utf-8")
    sheet = read_sheet(path)
    assert (sheet.encoding, sheet.delimiter) == ("utf-8", ",")
    assert sheet.rows == [["A1", "a, b"], ["B2", "Zoë"]]  # the blank line is skipped


def test_xlsx_cells_keep_their_types(tmp_path: Path) -> None:
    path = tmp_path / "s.xlsx"
    book = xlsxwriter.Workbook(str(path))
    sheet = book.add_worksheet()
    date_format = book.add_format({"num_format": "yyyy-mm-dd hh:mm"})
    sheet.write_row(0, 0, ["Order ID", "Completed at", "Score", "Serial"])
    sheet.write_string(1, 0, "A1")
    sheet.write_datetime(1, 1, datetime(2026, 3, 1, 10, 30), date_format)
    sheet.write_number(1, 2, 85.5)
    sheet.write_number(1, 3, 46082.4375)
    book.close()
    read = read_sheet(path)
    assert read.headers == ["Order ID", "Completed at", "Score", "Serial"]
    assert read.rows == [["A1", datetime(2026, 3, 1, 10, 30), 85.5, 46082.4375]]


def test_dates_iso_local_zone_and_serial() -> None:
    berlin = ZoneInfo("Europe/Berlin")
    assert cell_datetime("2026-03-01T10:30:00Z", berlin) == "2026-03-01T10:30:00.000Z"
    assert cell_datetime("2026-03-01T10:30:00+02:00", berlin) == "2026-03-01T08:30:00.000Z"
    assert cell_datetime("2026-03-01 10:30", berlin) == "2026-03-01T09:30:00.000Z"  # CET
    assert cell_datetime("2026-07-01 10:30", berlin) == "2026-07-01T08:30:00.000Z"  # CEST
    assert cell_datetime(datetime(2026, 3, 1, 10, 30), ZoneInfo("UTC")) == (
        "2026-03-01T10:30:00.000Z"
    )
    # 46082 is 2026-03-01 in the 1900 date system; .4375 of a day is 10:30.
    assert cell_datetime(46082.4375, ZoneInfo("UTC")) == "2026-03-01T10:30:00.000Z"
    assert cell_datetime("46082.4375", berlin) == "2026-03-01T09:30:00.000Z"
    assert cell_datetime("", berlin) is None
    with pytest.raises(ValueError, match="not a date"):
        cell_datetime("next tuesday", berlin)


def test_unreadable_files_are_sheet_errors(tmp_path: Path) -> None:
    with pytest.raises(SheetError, match="not a file"):
        read_sheet(tmp_path / "missing.csv")
    bad = tmp_path / "bad.xlsx"
    bad.write_bytes(b"not a zip")
    with pytest.raises(SheetError, match="cannot be read as a spreadsheet"):
        read_sheet(bad)
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"\n\n")
    with pytest.raises(SheetError, match="empty"):
        read_sheet(empty)
