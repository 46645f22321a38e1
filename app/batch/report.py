"""The outcome of a batch, one line per sheet row: CSV (UTF-8 with BOM) and XLSX.

The same table for `result-desk batch --report` and the window's Export: line, order ID,
state, HTTP status, Kombo's error code, message, warnings and log link, and the row's
problems. A row never sent is `invalid` (it has problems) or `not sent`.
"""

from __future__ import annotations

import csv
from collections.abc import Mapping, Sequence
from pathlib import Path

from app.batch.journal import RowOutcome
from app.batch.rows import RowCheck
from app.batch.sheet import Sheet
from app.store.atomic import atomic_open

REPORT_HEADERS = (
    "line",
    "order_id",
    "state",
    "http_status",
    "error_code",
    "message",
    "warnings",
    "log_url",
    "problems",
)


def report_rows(
    sheet: Sheet, checks: Sequence[RowCheck], states: Mapping[int, RowOutcome]
) -> list[list[str | int]]:
    rows: list[list[str | int]] = []
    for check in checks:
        outcome = states.get(check.index)
        problems = " | ".join(
            (f"{p.column}: " if p.column else "") + p.message for p in check.problems
        )
        line = sheet.line_number(check.index)
        if outcome is None:
            state = "invalid" if check.errors else "not sent"
            rows.append([line, check.order_id, state, *[""] * 5, problems])
            continue
        rows.append(
            [
                line,
                check.order_id,
                outcome.state.value,
                outcome.http_status or "",
                outcome.error_code or "",
                outcome.message or "",
                " | ".join(outcome.warnings),
                outcome.log_url or "",
                problems,
            ]
        )
    return rows


def write_report(
    path: Path, sheet: Sheet, checks: Sequence[RowCheck], states: Mapping[int, RowOutcome]
) -> Path:
    """Write the report as .xlsx (by the suffix) or CSV, UTF-8 with BOM (Excel reads the
    accents right)."""
    rows = report_rows(sheet, checks, states)
    if path.suffix.lower() == ".xlsx":
        _write_xlsx(path, rows)
        return path
    with atomic_open(path) as handle:
        handle.write("\ufeff")
        writer = csv.writer(handle)
        writer.writerow(REPORT_HEADERS)
        writer.writerows(rows)
    return path


def _write_xlsx(path: Path, rows: list[list[str | int]]) -> None:
    import xlsxwriter

    tmp = path.with_name(f".{path.name}.tmp")
    workbook = xlsxwriter.Workbook(str(tmp), {"constant_memory": True})
    try:
        bold = workbook.add_format({"bold": True})
        sheet = workbook.add_worksheet("Outcome")
        sheet.write_row(0, 0, REPORT_HEADERS, bold)
        for number, row in enumerate(rows, start=1):
            # Text as text: an order ID like 00123 or a message starting with = stays as is.
            for column, value in enumerate(row):
                if isinstance(value, int):
                    sheet.write_number(number, column, value)
                else:
                    sheet.write_string(number, column, value)
        sheet.freeze_panes(1, 0)
        sheet.set_column(0, 0, 6)
        sheet.set_column(1, 4, 16)
        sheet.set_column(5, 8, 40)
    finally:
        workbook.close()
    tmp.replace(path)
